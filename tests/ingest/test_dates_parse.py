"""Publication dates from records, pages and feeds; an unreadable one is None, not a failure."""

from __future__ import annotations

import datetime as dt
import logging
import time

import pytest

from warta.ingest import parse_date

D = dt.date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-09-22", D(2023, 9, 22)),
        ("2023-09-22T10:15:00+07:00", D(2023, 9, 22)),
        ("22/09/2023", D(2023, 9, 22)),
        ("22 September 2023", D(2023, 9, 22)),
        ("Kamis, 14 September 2023", D(2023, 9, 14)),
        ("12 Juni 2024", D(2024, 6, 12)),
        ("Thu, 04 Jul 2024 09:30:00 +0700", D(2024, 7, 4)),
        (dt.datetime(2024, 1, 2, 3, 4), D(2024, 1, 2)),
        (D(2024, 1, 2), D(2024, 1, 2)),
        (time.strptime("2024-03-11", "%Y-%m-%d"), D(2024, 3, 11)),
        (None, None),
        ("", None),
    ],
)
def test_dates_parse(value: object, expected: D | None) -> None:
    assert parse_date(value) == expected


def test_dates_unreadable_warns(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        assert parse_date("bukan tanggal sama sekali xyz", source="a.jsonl:3") is None
    assert "a.jsonl:3: unreadable date" in caplog.text


def test_dates_bad_record_date_keeps_document(tmp_path) -> None:
    from warta.ingest import read_paths
    from warta.options import ExtractOptions

    path = tmp_path / "t.jsonl"
    path.write_text('{"text": "Presiden tiba di Bali.", "published": "kemarin sore entah kapan xyz"}\n')
    (doc,) = read_paths([path], ExtractOptions(published=D(2024, 5, 1)))
    assert doc.published == D(2024, 5, 1)  # the fallback, not a failure
