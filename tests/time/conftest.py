"""Fixtures for the time stage tests: run the stage on one text, pick one time by its text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from warta.model import Document, Time
from warta.options import ExtractOptions
from warta.time import resolve_times


def _run_times(text: str, lang: str = "id", published: str | None = "2023-09-22") -> Document:
    day = dt.date.fromisoformat(published) if published else None
    return resolve_times(Document(doc_id="t", text=text, lang=lang, published=day), ExtractOptions())


def _only_time(document: Document, span: str) -> Time:
    found = [t for t in document.times if t.text == span]
    assert len(found) == 1, f"expected one time {span!r}, got {[t.text for t in document.times]}"
    return found[0]


@pytest.fixture(scope="session")
def run_times() -> Callable[..., Document]:
    return _run_times


@pytest.fixture(scope="session")
def only_time() -> Callable[[Document, str], Time]:
    return _only_time
