"""Values that depend on the rest of the text or on a missing publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from warta.model import Document
from warta.options import ExtractOptions
from warta.time import resolve_times

# fmt: off
PREVIOUS_CASES = [
    # the most recent day-precision date before the phrase
    ("id", "Pada 20 September hujan. Pada 21 September banjir. Pada hari yang sama jembatan putus.", "2023-09-21"),
    ("id", "Kamis hujan. Pekan lalu kering. Pada hari yang sama jembatan putus.", "2023-09-21"),
    ("id", "Pada 22 September menteri berbicara. Pada 20 September Kim melapor. "
           "Dalam perkembangan lain pada hari yang sama, menteri Korea bertemu duta besar.", "2023-09-22"),
    ("en", "On September 20 it rained. On September 21 it flooded. The same day a bridge fell.", "2023-09-21"),
    ("en", "On September 22 Moscow spoke. On September 20 Kim reported. "
           "In another development on the same day, Seoul protested.", "2023-09-22"),
    ("id", "Pada hari yang sama jembatan putus.", None),
]
NO_PUBLICATION = [
    ("id", "Pekan lalu hujan, Rabu banjir, kemarin kering, 2 hari lalu mendung, bulan Oktober panas.",
     {"Pekan lalu": None, "Rabu": None, "kemarin": None, "2 hari lalu": None, "bulan Oktober": None}),
    ("id", "Pada 8 Mei 2024 hujan. Pada hari yang sama banjir. Pada 9 Mei angin.",
     {"8 Mei 2024": "2024-05-08", "Pada hari yang sama": "2024-05-08", "9 Mei": None}),
    ("en", "Last week it rained; on 8 May 2024 it flooded.", {"Last week": None, "8 May 2024": "2024-05-08"}),
]
# fmt: on


@pytest.mark.parametrize(("lang", "text", "value"), PREVIOUS_CASES)
def test_resolve_context_same_day_follows_previous_date(run_times, lang, text, value):
    times = [t for t in run_times(text, lang).times if t.anchor == "previous"]
    assert [(t.value, t.granularity) for t in times] == [(value, "day")]


@pytest.mark.parametrize(("lang", "text", "values"), NO_PUBLICATION)
def test_resolve_context_without_publication_date(run_times, lang, text, values):
    times = run_times(text, lang, None).times
    assert {t.text: t.value for t in times} == values


def test_resolve_context_options_published_is_the_fallback():
    document = Document(doc_id="t", text="Dia datang pekan lalu.", lang="id")
    out = resolve_times(document, ExtractOptions(published=dt.date(2023, 9, 22)))
    assert [t.value for t in out.times] == ["2023-09-11/2023-09-17"]


@pytest.mark.parametrize(("lang", "count"), [("id", 1), (None, 1), ("auto", 1), ("fr", 0)])
def test_resolve_context_language_choice(lang, count):
    document = Document(doc_id="t", text="Dia datang pekan lalu.", lang=lang)
    assert len(resolve_times(document, ExtractOptions()).times) == count
