"""The Indonesian analyser end to end: offsets, removed spans, model-backed POS/NER, fallback."""

from __future__ import annotations

import pytest

from warta.lang.id import analyse_text, models
from warta.lang.id.lemmas import lemmatize
from warta.lang.id.mentions import label_mention
from warta.model import Document, offset_errors

JOKOWI = "Presiden Joko Widodo tiba di Jakarta pada Senin. Ia bertemu Menteri Luar Negeri Retno Marsudi."


def as_document(text: str, removed: tuple[tuple[int, int], ...] = ()) -> Document:
    analysis = analyse_text(text, removed=removed)
    return Document(
        doc_id="t",
        text=text,
        removed=removed,
        sentences=analysis.sentences,
        tokens=analysis.tokens,
        mentions=analysis.mentions,
    )


def test_analyse_text_offsets_hold_on_sample_articles(sample_texts: dict[str, str]) -> None:
    assert sample_texts
    for text in sample_texts.values():
        document = as_document(text)
        assert offset_errors(document) == []
        assert document.tokens and document.sentences
        assert all(
            document.sentences[t.sent].start <= t.start < t.end <= document.sentences[t.sent].end
            for t in document.tokens
        )


def test_analyse_text_nothing_inside_removed_spans() -> None:
    text = "Presiden Joko Widodo tiba. [iklan_2] Komentar (0) Menteri Retno Marsudi pulang."
    start = text.index("[iklan_2]")
    end = text.index("Menteri") - 1
    document = as_document(text, removed=((start, end),))
    assert offset_errors(document) == []
    for record in (*document.sentences, *document.tokens, *document.mentions):
        assert record.end <= start or record.start >= end


def test_analyse_text_finds_person_mention() -> None:
    mentions = {(m.text, m.label) for m in analyse_text(JOKOWI).mentions}
    assert any(label == "PER" and "Joko Widodo" in text for text, label in mentions)


def test_analyse_text_country_is_gpe() -> None:
    text = "Pemerintah Rusia dan Korea Utara menandatangani perjanjian di Moskow."
    labels = {m.text: m.label for m in analyse_text(text).mentions}
    assert labels.get("Rusia") == "GPE" or labels.get("Moskow") == "GPE"


def test_analyse_text_clitic_gives_cue_and_pronoun() -> None:
    tokens = analyse_text('"Kami siap," ujarnya.').tokens
    by_text = {t.text: t for t in tokens}
    assert by_text["ujar"].lemma == "ujar"
    assert by_text["nya"].pos == "PRON"


@pytest.mark.parametrize(
    ("sentence", "word", "pos"),
    [
        ("Menteri itu memperingatkan Amerika Serikat.", "memperingatkan", "VERB"),
        ("Mereka membahas berbagai masalah.", "masalah", "NOUN"),
        ("Ia tidak datang ke rapat.", "ke", "ADP"),
        ("Ia tidak datang ke rapat.", ".", "PUNCT"),
    ],
)
def test_analyse_text_pos_tags(sentence: str, word: str, pos: str) -> None:
    assert {t.text: t.pos for t in analyse_text(sentence).tokens}[word] == pos


@pytest.mark.parametrize(
    ("word", "pos", "lemma"),
    [
        ("memperingatkan", "VERB", "ingat"),
        ("mengatakan", "VERB", "kata"),
        ("pertemuan", "NOUN", "temu"),
        ("berbagai", "DET", "berbagai"),
        ("berbagai", "", "berbagai"),
        ("sebagai", "ADP", "sebagai"),
        ("Inilah", "DET", "ini"),
    ],
)
def test_lemmatize_cases(word: str, pos: str, lemma: str) -> None:
    assert lemmatize(word, pos) == lemma


@pytest.mark.parametrize(
    ("text", "name", "label", "expected"),
    [
        ("ribuan warga Korea Selatan", "Korea Selatan", "LOC", "NORP"),
        ("kata orang Jepang", "Jepang", "LOC", "NORP"),
        ("tiba di Korea Selatan", "Korea Selatan", "LOC", "GPE"),
        ("tiba di Gunung Merapi", "Gunung Merapi", "LOC", "LOC"),
        ("kata Joko Widodo", "Joko Widodo", "PER", "PER"),
    ],
)
def test_label_mention_gpe_and_norp(text: str, name: str, label: str, expected: str) -> None:
    start = text.index(name)
    assert label_mention(text, start, start + len(name), label) == expected


def test_analyse_text_without_models_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(models, "pipeline", lambda: None)
    analysis = analyse_text(JOKOWI)
    assert analysis.mentions == ()
    assert all(t.pos == "" for t in analysis.tokens)
    assert [s.text for s in analysis.sentences][1].startswith("Ia bertemu")
    document = Document(doc_id="t", text=JOKOWI, sentences=analysis.sentences, tokens=analysis.tokens)
    assert offset_errors(document) == []


@pytest.mark.parametrize("text", ["", "   \n\n ", "..."])
def test_analyse_text_empty_or_punctuation_only(text: str) -> None:
    analysis = analyse_text(text)
    assert analysis.mentions == ()
    assert all(text[t.start : t.end] == t.text for t in analysis.tokens)


def test_analyse_text_norp_after_warga() -> None:
    labels = {
        m.text: m.label for m in analyse_text("Ribuan warga Korea Selatan berunjuk rasa di Seoul.").mentions
    }
    assert labels.get("Korea Selatan") == "NORP"
