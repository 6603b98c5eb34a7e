"""NER / POS / PLOVER task scoring, on hand-made sentences and a stand-in analyser."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import warta
from warta.datasets import TaggedSentence
from warta.errors import InputError
from warta.eval import tasks
from warta.lang import Analysis
from warta.model import Actor, Document, Event, Mention, Token


@pytest.mark.parametrize(
    ("tags", "spans"),
    [
        (["B-PER", "I-PER", "O", "B-LOC"], [(0, 1, "PER"), (3, 3, "LOC")]),
        (["I-ORG", "I-ORG", "O"], [(0, 1, "ORG")]),  # CoNLL: a leading I- opens an entity
        (["B-PER", "I-LOC"], [(0, 0, "PER"), (1, 1, "LOC")]),
        (["B-PER", "B-PER"], [(0, 0, "PER"), (1, 1, "PER")]),
        (["O", "O"], []),
        ([], []),
    ],
)
def test_tasks_bio_spans(tags: list[str], spans: list[tuple]) -> None:
    assert tasks.bio_spans(tags) == spans


def test_tasks_score_spans_exact_match_per_type_and_micro() -> None:
    gold = [[(0, 1, "PER"), (3, 3, "LOC")], [(0, 0, "ORG")]]
    pred = [[(0, 1, "PER"), (3, 4, "LOC")], [(0, 0, "PER")]]
    result = tasks.score_spans(gold, pred)
    assert result["overall"]["tp"] == 1 and result["overall"]["precision"] == round(1 / 3, 4)
    assert result["per_type"]["PER"] == {
        "precision": 0.5,
        "recall": 1.0,
        "f1": 0.6667,
        "tp": 1,
        "gold": 1,
        "pred": 2,
    }
    assert result["per_type"]["ORG"]["recall"] == 0.0


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [(0, 5, (0, 0)), (0, 12, (0, 1)), (6, 12, (1, 1)), (1, 5, None), (0, 8, None)],
)
def test_tasks_char_to_word_span(start: int, end: int, expected: tuple | None) -> None:
    offsets = tasks.word_offsets(["Joko", "Widodo", "ke", "Tokyo"])
    assert offsets[:2] == [(0, 4), (5, 11)]
    assert tasks.char_to_word_span(tasks.word_offsets(["Jokow", "Widodo"]), start, end) == expected


@pytest.mark.parametrize(
    ("label", "gold_labels", "expected"),
    [
        ("GPE", {"PER", "LOC"}, "LOC"),
        ("GPE", {"GPE", "LOC"}, "GPE"),
        ("NORP", {"PER"}, None),
        ("PER", {"PER"}, "PER"),
    ],
)
def test_tasks_fold_label_onto_gold_set(label: str, gold_labels: set, expected: str | None) -> None:
    assert tasks.fold_label(label, gold_labels) == expected


def fake_analyser(text: str) -> Analysis:
    """Tags "Jokowi" PER, "Jepang" GPE, and one mention cutting a word; POS: capitalised → PROPN."""
    mentions = []
    for word, label in (("Jokowi", "PER"), ("Jepang", "GPE"), ("Toky", "LOC")):
        at = text.find(word)
        if at >= 0:
            mentions.append(Mention(at, at + len(word), word, label))
    tokens, at = [], 0
    for word in text.split(" "):
        tokens.append(Token(at, at + len(word), word, pos="PROPN" if word[:1].isupper() else "VERB"))
        at += len(word) + 1
    return Analysis(sentences=(), tokens=tuple(tokens), mentions=tuple(mentions))


@pytest.fixture
def stand_in(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tasks, "_analyser", lambda lang: fake_analyser)


def test_tasks_evaluate_ner_maps_offsets_to_words(stand_in: None) -> None:
    sentences = [
        TaggedSentence(("Jokowi", "terbang", "ke", "Jepang"), ("B-PER", "O", "O", "B-LOC")),
        TaggedSentence(("Tokyo", "menyambut", "Jokowi", "Widodo"), ("B-LOC", "O", "B-PER", "I-PER")),
    ]
    result = tasks.evaluate_ner(sentences)
    # tp: Jokowi, Jepang(GPE→LOC); spurious: "Toky" (cuts a word), Jokowi (gold is "Jokowi Widodo")
    assert (result["overall"]["tp"], result["overall"]["gold"], result["overall"]["pred"]) == (2, 4, 4)
    assert result["per_type"]["LOC"]["tp"] == 1


def test_tasks_evaluate_pos_counts_aligned_tokens(stand_in: None) -> None:
    sentences = [TaggedSentence(("Jokowi", "terbang", "ke", "Jepang"), ("PROPN", "VERB", "ADP", "PROPN"))]
    result = tasks.evaluate_pos(sentences)
    assert (result["tokens"], result["aligned"], result["correct"], result["accuracy"]) == (4, 4, 3, 0.75)


CAMEO_TABLE = "# test table\n10: REQUEST\n100: REQUEST, , # Demand\n11: ACCUSE\n19: ASSAULT\n09: ACCUSE\n"


def plover_files(tmp_path: Path, records: list[dict]) -> Path:
    (tmp_path / "CAMEO2PLOVER-2021.txt").write_text(CAMEO_TABLE, encoding="utf-8")
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    return path


RECORDS = [
    {"id": "D", "event": "DOCUMENT", "eventText": "internal"},
    {
        "id": "P-1", "event": "DEMAND", "language": "en", "text": "Japan demanded that Italy return the envoy.",
        "source": [{"actorText": "Japan", "code": "JAP", "sector": "GOV"}],
        "target": [{"actorText": "Italy", "code": "ITL"}],
    },
    {
        "id": "P-2", "event": "DISAPPROVE", "language": "en", "text": "The UN criticised Serbia.",
        "source": [{"actorText": "UN", "code": "IGO"}], "target": "",
    },
]  # fmt: skip


def test_tasks_read_plover_maps_old_types_and_codes(tmp_path: Path) -> None:
    docs = tasks.read_plover(plover_files(tmp_path, RECORDS))
    assert [d["doc_id"] for d in docs] == ["P-1", "P-2"]
    first, second = docs[0]["events"][0], docs[1]["events"][0]
    assert (first["type"], first["actor"][0]["country"], first["recipient"][0]["country"]) == (
        "REQUEST",
        "JPN",
        "ITA",
    )
    assert (second["type"], second["mode"], second["recipient"]) == ("ACCUSE", "disapprove", [])


def test_tasks_read_plover_rejects_unknown_type(tmp_path: Path) -> None:
    bad = [{**RECORDS[1], "event": "GOSSIP"}]
    with pytest.raises(InputError, match="GOSSIP"):
        tasks.read_plover(plover_files(tmp_path, bad))


def test_tasks_evaluate_plover_scores_type_and_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def extract(text: str, **_: object) -> Document:
        if not text.startswith("The UN"):
            return Document(doc_id="x", text=text)
        un = Actor(4, 6, "UN", country="IGOUNO")
        return Document(
            doc_id="x", text=text, events=(Event("e", "ACCUSE", 0, len(text), text, actor=(un,)),)
        )

    monkeypatch.setattr(warta, "extract", extract)
    result = tasks.evaluate_plover(tasks.read_plover(plover_files(tmp_path, RECORDS)))
    assert (result["overall"]["tp"], result["overall"]["gold"], result["overall"]["pred"]) == (1, 2, 1)
    assert result["per_type"]["REQUEST"]["recall"] == 0.0 and result["note"] == ""


def test_tasks_evaluate_plover_says_when_nothing_is_predicted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(warta, "extract", lambda text, **_: Document(doc_id="x", text=text))
    result = tasks.evaluate_plover(tasks.read_plover(plover_files(tmp_path, RECORDS)))
    assert "language en: no event extraction yet, 0 events predicted" in result["note"]


@pytest.mark.shared
def test_tasks_plover_mapping_from_shared_table(shared_dir: Path) -> None:
    table = tasks.plover_type_map(shared_dir / "data" / "plover" / "CAMEO2PLOVER-2021.txt")
    assert table == {
        "DEMAND": ("REQUEST", None),
        "DISAPPROVE": ("ACCUSE", "disapprove"),
        "INVESTIGATE": ("ACCUSE", "investigate"),
        "FIGHT": ("ASSAULT", None),
    }
    docs = tasks.read_plover(shared_dir / "data" / "plover" / "PLOVER_GSR_CAMEO.txt")
    assert len(docs) == 322


def test_tasks_evaluate_sentences_scores_boundaries(tmp_path: Path) -> None:
    conllu = tmp_path / "two.conllu"
    conllu.write_text(
        "# text = Tn. Budi datang ke Jl. Sudirman No. 5 kemarin.\n"
        + "".join(f"{i}\t{w}\t_\tX\t_\t_\t_\t_\t_\t_\n" for i, w in enumerate(["Tn.", "Budi", "datang"], 1))
        + "\n# text = Dia pulang.\n1\tDia\t_\tPRON\t_\t_\t_\t_\t_\t_\n2\tpulang.\t_\tVERB\t_\t_\t_\t_\t_\t_\n\n",
        encoding="utf-8",
    )
    result = tasks.evaluate_task("sentences", conllu)
    assert result["sentences"] == 2
    assert result["overall"]["gold"] == 1
    assert result["overall"]["f1"] == 1.0  # one boundary, found; abbreviations did not split


def test_tasks_sentences_refuses_column_files(tmp_path: Path) -> None:
    path = tmp_path / "ner.txt"
    path.write_text("Budi\tB-PERSON\n", encoding="utf-8")
    with pytest.raises(InputError, match="CoNLL-U"):
        tasks.evaluate_task("sentences", path)
