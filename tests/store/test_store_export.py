from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pandas as pd
import pytest

from warta.errors import StoreError
from warta.eval.gold import document_to_gold, gold_to_document
from warta.model import offset_errors
from warta.store import COLUMNS, Store


@pytest.mark.parametrize("kind", ["events", "quotes", "actors", "documents"])
def test_store_export_csv_has_header_and_every_row(filled: Store, kind: str) -> None:
    out = io.StringIO()
    written = filled.export_rows(kind, "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert written == len(rows) == len(filled.rows(kind)) > 0
    assert list(rows[0]) == list(COLUMNS[kind])


@pytest.mark.parametrize("kind", ["events", "quotes", "actors", "documents"])
def test_store_export_jsonl_lines_equal_rows(filled: Store, kind: str) -> None:
    out = io.StringIO()
    filled.export_rows(kind, "jsonl", out)
    assert [json.loads(line) for line in out.getvalue().splitlines()] == filled.rows(kind)


def test_store_export_jsonl_keeps_indonesian_text_readable(filled: Store) -> None:
    out = io.StringIO()
    filled.export_rows("quotes", "jsonl", out, doc_id="summit-2023-09-14")
    assert '"Kami akan selalu bersama Rusia"' in out.getvalue()


def test_store_export_csv_filters_apply(filled: Store) -> None:
    out = io.StringIO()
    assert filled.export_rows("events", "csv", out, type="THREATEN") == 1
    assert "John Kirby memperingatkan" in out.getvalue()


def test_store_export_parquet_round_trip(filled: Store) -> None:
    out = io.BytesIO()
    filled.export_rows("events", "parquet", out)
    frame = pd.read_parquet(io.BytesIO(out.getvalue()))
    assert list(frame.columns) == list(COLUMNS["events"])
    assert frame["event_id"].tolist() == [row["event_id"] for row in filled.events()]


def test_store_export_empty_csv_still_has_header(store: Store) -> None:
    out = io.StringIO()
    assert store.export_rows("events", "csv", out) == 0
    assert out.getvalue().strip().split(",") == list(COLUMNS["events"])


def test_store_export_unknown_format(filled: Store) -> None:
    with pytest.raises(StoreError, match="unknown export format 'xlsx'"):
        filled.export_rows("events", "xlsx", io.StringIO())


def test_store_export_gold_one_line_per_document(filled: Store, documents) -> None:
    out = io.StringIO()
    assert filled.export_gold(out) == 3
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    by_id = {document.doc_id: document_to_gold(document) for document in documents}
    assert lines == [by_id[doc_id] for doc_id in filled.doc_ids()]


def test_store_export_gold_selected_documents(filled: Store) -> None:
    out = io.StringIO()
    assert filled.export_gold(out, doc_ids=["envoy-2023-09-22"]) == 1
    assert json.loads(out.getvalue())["events"][1]["reported_by"] == ["Yonhap"]


@pytest.mark.shared
def test_store_export_gold_round_trips_the_dev_gold(shared_dir: Path, store: Store) -> None:
    lines = (shared_dir / "gold" / "dev" / "seeds.jsonl").read_text(encoding="utf-8").splitlines()
    gold = [json.loads(line) for line in lines if line.strip()]
    for record in gold:
        document = gold_to_document(record)
        assert store.save(document)
        assert offset_errors(store.get_document(record["doc_id"])) == []
    out = io.StringIO()
    store.export_gold(out)
    exported = {line["doc_id"]: line for line in map(json.loads, out.getvalue().splitlines())}
    for record in gold:
        assert _without_offsets(exported[record["doc_id"]]) == _without_offsets(record)


def _without_offsets(value):
    """The gold content, less the start/end offsets the writer adds (the annotation has none)."""
    if isinstance(value, dict):
        return {k: _without_offsets(v) for k, v in value.items() if k not in ("start", "end")}
    if isinstance(value, list):
        return [_without_offsets(v) for v in value]
    return value
