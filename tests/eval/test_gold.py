"""The warta-gold reader, writer and the Document <-> gold conversion."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta.errors import InputError
from warta.eval.gold import document_to_gold, gold_to_document, item_spans, read_gold, write_gold
from warta.model import offset_errors

TEXT = (
    "Menteri Luar Negeri Retno Marsudi bertemu dengan Menlu Jepang di Tokyo pada Rabu. "
    '"Kami sepakat memperkuat kerja sama," kata Retno, menurut Antara. Rabu itu hujan.'
)
EVENT = {
    "type": "CONSULT",
    "mode": "visit",
    "context": ["diplomatic"],
    "actor": [{"text": "Retno Marsudi", "country": "IDN", "sector": "GOV"}],
    "recipient": [{"text": "Menlu Jepang", "country": "JPN", "sector": "GOV"}],
    "modality": "asserted",
    "date": "2024-05-08",
    "location": {"text": "Tokyo", "country": "JPN"},
    "reported_by": ["Antara"],
    "evidence": "Retno Marsudi bertemu dengan Menlu Jepang di Tokyo pada Rabu",
}
QUOTE = {
    "kind": "direct",
    "text": "Kami sepakat memperkuat kerja sama,",
    "speaker": {"text": "Retno", "name": "Retno Marsudi", "country": "IDN", "sector": "GOV"},
    "cue": "kata",
    "reported_by": ["Antara"],
}
TIMES = [
    {"text": "Rabu", "value": "2024-05-08", "anchor": "published"},
    {"text": "Rabu", "value": "2024-05-08", "anchor": "previous"},
]


def record(**changes: object) -> dict:
    base = {
        "doc_id": "t-1", "lang": "id", "published": "2024-05-09", "title": None, "text": TEXT,
        "events": [EVENT], "quotes": [QUOTE], "times": TIMES,
    }  # fmt: skip
    base.update(changes)
    return base


def write_lines(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_gold_reads_valid_file_and_skips_blank_lines(tmp_path: Path) -> None:
    path = write_lines(tmp_path, json.dumps(record()), "", json.dumps(record(doc_id="t-2", events=[])))
    docs = read_gold(path)
    assert [d.doc_id for d in docs] == ["t-1", "t-2"]
    assert docs[0].events == [EVENT] and docs[1].line == 3


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("{not json", "invalid JSON"),
        ("[1, 2]", "JSON object"),
        (json.dumps(record(doc_id="")), "doc_id"),
        (json.dumps({"doc_id": "x"}), "'text'"),
        (json.dumps(record(published="22/09/2023")), "ISO date"),
        (json.dumps(record(events=[{**EVENT, "type": "DISAPPROVE"}])), "PLOVER"),
        (json.dumps(record(events=[{**EVENT, "modality": "maybe"}])), "modality"),
        (json.dumps(record(events=[{**EVENT, "evidence": "Prabowo bertemu"}])), "not a substring"),
        (json.dumps(record(events=[{**EVENT, "actor": {"text": "Retno"}}])), "must be a list"),
        (json.dumps(record(quotes=[{**QUOTE, "kind": "said"}])), "kind"),
        (json.dumps(record(times=[{"text": "Kamis", "value": None}])), "not a substring"),
        (json.dumps(record(events="none")), "must be a list"),
    ],
)
def test_gold_reader_rejects_malformed_line_naming_it(tmp_path: Path, line: str, reason: str) -> None:
    path = write_lines(tmp_path, json.dumps(record(doc_id="ok")), line)
    with pytest.raises(InputError) as err:
        read_gold(path)
    assert err.value.line == 2
    assert reason in err.value.reason
    assert str(path) in str(err.value)


def test_gold_reader_rejects_duplicate_doc_id(tmp_path: Path) -> None:
    path = write_lines(tmp_path, json.dumps(record()), json.dumps(record()))
    with pytest.raises(InputError, match="appears twice"):
        read_gold(path)


def test_gold_reader_names_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        read_gold(tmp_path / "absent.jsonl")


def test_gold_round_trip_through_document_keeps_every_field(tmp_path: Path) -> None:
    document = gold_to_document(record())
    assert offset_errors(document) == []
    back = document_to_gold(document)
    for key in ("events", "quotes", "times"):
        stripped = [{k: v for k, v in item.items() if k not in ("start", "end")} for item in back[key]]
        assert stripped == record()[key]
    path = tmp_path / "out.jsonl"
    write_gold(path, [back])
    assert read_gold(path)[0].to_dict()["events"][0]["evidence"] == EVENT["evidence"]


def test_gold_export_offsets_point_at_field_text() -> None:
    back = document_to_gold(gold_to_document(record()))
    for key, field in (("events", "evidence"), ("quotes", "text"), ("times", "text")):
        for item in back[key]:
            assert TEXT[item["start"] : item["end"]] == item[field]


def test_gold_repeated_time_text_gets_successive_occurrences() -> None:
    spans = item_spans(TEXT, TIMES, "text")
    first, second = TEXT.index("Rabu"), TEXT.rindex("Rabu")
    assert spans == [(first, first + 4), (second, second + 4)]


def test_gold_speaker_without_mention_exports_null_text() -> None:
    quote = {**QUOTE, "speaker": {"text": None, "name": "Retno Marsudi", "country": "IDN", "sector": "GOV"}}
    back = document_to_gold(gold_to_document(record(quotes=[quote])))
    assert back["quotes"][0]["speaker"] == quote["speaker"]


@pytest.mark.shared
def test_gold_dev_seeds_read_and_round_trip(shared_dir: Path) -> None:
    docs = read_gold(shared_dir / "gold" / "dev" / "seeds.jsonl")
    assert sum(len(d.events) for d in docs) == 29
    for doc in docs:
        document = gold_to_document(doc)
        assert offset_errors(document) == []
        back = document_to_gold(document)
        assert [
            {k: v for k, v in q.items() if k not in ("start", "end")} for q in back["quotes"]
        ] == doc.quotes


def test_gold_export_of_pipeline_output_points_at_text(sample_texts: dict[str, str]) -> None:
    import warta

    text = sample_texts["seed-003"]
    document = warta.extract(text, lang="id", published="2023-09-14")
    exported = document_to_gold(document)
    assert exported["published"] == "2023-09-14" and exported["text"] == text
    for key, field in (("events", "evidence"), ("quotes", "text"), ("times", "text")):
        for item in exported[key]:
            assert text[item["start"] : item["end"]] == item[field]
    for event in exported["events"]:
        assert all(a["text"] in text for a in event["actor"] + event["recipient"])
    json.dumps(exported)  # JSON-serialisable as it is


GOLD = Path(__file__).resolve().parents[2] / "gold"


@pytest.mark.parametrize("folder", ["own", "own2"])
@pytest.mark.parametrize("name", ["develop.jsonl", "held-out.jsonl"])
def test_the_projects_own_gold_is_valid_and_every_span_is_in_its_article(folder: str, name: str) -> None:
    docs = read_gold(GOLD / folder / name)
    assert len(docs) == 8 and len({d.doc_id for d in docs}) == 8
    for line in (GOLD / folder / name).read_text(encoding="utf-8").splitlines():
        raw = json.loads(line)
        text = raw["text"]
        for event in raw["events"]:
            assert event["evidence"] in text
            assert all(a["text"] in text for a in [*event["actor"], *event["recipient"]])
        for quote in raw["quotes"]:
            assert quote["text"] in text
            speaker = (quote["speaker"] or {}).get("text")
            assert speaker is None or speaker in text
        assert all(t["text"] in text for t in raw["times"])
