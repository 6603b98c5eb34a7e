"""The time stage against the 13 times of ../shared/gold/dev/seeds.jsonl (dev data: measured, and a
floor asserted at what was measured). Gold times carry no offsets: each is located at its next
occurrence in the text (the gold lists them in text order), then matched one-to-one by overlap."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from warta.model import Document
from warta.options import ExtractOptions
from warta.time import resolve_times

FOUND_FLOOR = 13  # measured 13/13
VALUES_FLOOR = 13  # measured 13/13


def _gold_spans(text: str, times: list[dict]) -> list[tuple[int, int, str | None]]:
    spans, cursor = [], 0
    for gold in times:
        start = text.find(gold["text"], cursor)
        if start < 0:
            start = text.find(gold["text"])
        assert start >= 0, gold
        spans.append((start, start + len(gold["text"]), gold["value"]))
        cursor = start + 1
    return spans


@pytest.mark.shared
def test_time_gold_dev_seeds(shared_dir):
    total = found = correct = 0
    for line in (shared_dir / "gold" / "dev" / "seeds.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        published = dt.date.fromisoformat(record["published"]) if record["published"] else None
        document = Document(
            doc_id=record["doc_id"], text=record["text"], lang=record["lang"], published=published
        )
        predicted = list(resolve_times(document, ExtractOptions()).times)
        for start, end, value in _gold_spans(record["text"], record["times"]):
            total += 1
            match = next((t for t in predicted if t.start < end and start < t.end), None)
            if match is None:
                continue
            predicted.remove(match)
            found += 1
            correct += match.value == value
    assert total == 13
    assert found >= FOUND_FLOOR, f"found {found}/13, values {correct}/13"
    assert correct >= VALUES_FLOOR, f"found {found}/13, values {correct}/13"
