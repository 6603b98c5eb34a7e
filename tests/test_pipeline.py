"""The pipeline as a whole: stage order, `until`, and the offset invariant on real articles."""

from __future__ import annotations

import pytest

import warta
from warta.errors import UnsupportedLanguage, WartaError
from warta.model import offset_errors
from warta.options import ExtractOptions
from warta.pipeline import STAGE_NAMES, build_pipeline


def test_pipeline_stage_names_match_stages():
    assert tuple(s.name for s in build_pipeline(ExtractOptions())) == STAGE_NAMES


@pytest.mark.parametrize("until", STAGE_NAMES)
def test_pipeline_until_stops_after_stage(until):
    stages = build_pipeline(ExtractOptions(until=until))
    assert stages[-1].name == until


def test_pipeline_unknown_until_is_an_error():
    with pytest.raises(WartaError, match="unknown stage"):
        build_pipeline(ExtractOptions(until="translate"))


def test_pipeline_offsets_hold_on_sample_articles(sample_texts):
    for name, text in sample_texts.items():
        document = warta.extract(text, lang="id", published="2023-09-22")
        assert document.stages == STAGE_NAMES
        assert offset_errors(document) == [], name
        assert document.sentences, name


def test_pipeline_finds_events_and_quotes_in_sample_articles(sample_texts):
    found_types: set[str] = set()
    direct = 0
    for text in sample_texts.values():
        document = warta.extract(text, lang="id", published="2023-09-14")
        found_types |= {e.type for e in document.events}
        direct += sum(q.kind == "direct" for q in document.quotes)
    assert {"CONSULT", "AGREE", "ACCUSE", "THREATEN"} <= found_types
    assert direct >= 3


def test_pipeline_refuses_unsupported_language():
    with pytest.raises(UnsupportedLanguage):
        warta.extract("Bonjour tout le monde.", lang="fr")


def test_pipeline_english_text_runs():
    document = warta.extract(
        "Russian President Vladimir Putin met North Korean leader Kim Jong Un on Wednesday.",
        lang="en",
        published="2023-09-14",
    )
    assert offset_errors(document) == []
    assert document.sentences
