"""One label per name within a document (warta.lang.id.mentions.harmonise_labels)."""

from warta.lang.id.mentions import build_mentions
from warta.model import Sentence

TEXT = (
    "Duta Besar Philip Goldberg bertemu Menteri Luar Negeri di Seoul. "
    "Goldberg mengatakan Seoul akan menjawab. Warga Seoul menunggu."
)


def _mentions(text: str, spans: list[tuple[str, str, int]]):
    """spans: (surface, model label, occurrence) -> character spans in text."""
    entities = []
    for surface, label, occurrence in spans:
        at = -1
        for _ in range(occurrence + 1):
            at = text.index(surface, at + 1)
        entities.append((at, at + len(surface), label))
    sentences = []
    start = 0
    for part in text.split(". "):
        end = min(len(text), start + len(part) + 1)
        sentences.append(Sentence(start, end, text[start:end]))
        start = end + 1
    return build_mentions(text, entities, tuple(sentences))


def test_surname_of_a_person_is_a_person_across_sentences():
    mentions = _mentions(TEXT, [("Philip Goldberg", "PER", 0), ("Goldberg", "LOC", 1)])
    assert [(m.text, m.label) for m in mentions] == [("Philip Goldberg", "PER"), ("Goldberg", "PER")]
    for m in mentions:
        assert TEXT[m.start : m.end] == m.text


def test_same_name_takes_the_majority_label():
    text = "Hujan turun di Seoul. Seoul mengumumkan siaga. Sekolah di Seoul tutup."
    mentions = _mentions(text, [("Seoul", "LOC", 0), ("Seoul", "PER", 1), ("Seoul", "LOC", 2)])
    assert [m.label for m in mentions] == ["GPE", "GPE", "GPE"]


def test_a_tie_keeps_each_label():
    mentions = _mentions(TEXT, [("Seoul", "LOC", 0), ("Seoul", "PER", 1)])
    assert [m.label for m in mentions] == ["GPE", "PER"]


def test_norp_depends_on_its_cue_and_is_left_alone():
    mentions = _mentions(TEXT, [("Seoul", "LOC", 0), ("Seoul", "ORG", 1), ("Seoul", "LOC", 2)])
    labels = [m.label for m in mentions]
    assert labels[2] == "NORP"  # "Warga Seoul": after the cue word
    assert labels[:2] == ["GPE", "ORG"]  # NORP does not vote, so 1:1 is a tie


def test_a_gazetteer_place_is_not_made_a_surname():
    text = "Pengusaha Budi Jakarta datang. Jakarta banjir lagi."
    mentions = _mentions(text, [("Budi Jakarta", "PER", 0), ("Jakarta", "LOC", 1)])
    assert [m.label for m in mentions] == ["PER", "GPE"]
