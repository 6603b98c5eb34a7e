"""The gold files of ../shared/gold are valid input: their labels are ignored, their text kept as is."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from warta.ingest import read_paths
from warta.model import Document
from warta.options import ExtractOptions


@pytest.mark.shared
def test_readers_gold_seeds_readable(shared_dir: Path) -> None:
    path = shared_dir / "gold" / "dev" / "seeds.jsonl"
    gold = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = list(read_paths([path], ExtractOptions()))
    assert all(isinstance(d, Document) for d in docs)
    assert [d.doc_id for d in docs] == [g["doc_id"] for g in gold]
    assert [d.text for d in docs] == [g["text"] for g in gold]  # byte for byte: gold offsets stay valid
    assert [d.published for d in docs] == [dt.date.fromisoformat(g["published"]) for g in gold]
    assert {d.lang for d in docs} == {"id"}
