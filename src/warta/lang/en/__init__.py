"""English. Baseline: regex sentences and tokens, no entities."""

from __future__ import annotations

from collections.abc import Iterable

from warta.lang import Analysis
from warta.lang._base import split_sentences, tokenize, written_abbreviations

ABBREVIATIONS = written_abbreviations("en")


def analyse_text(text: str, *, removed: Iterable[tuple[int, int]] = ()) -> Analysis:
    sentences = split_sentences(text, abbreviations=ABBREVIATIONS, removed=removed)
    return Analysis(sentences=sentences, tokens=tokenize(text, sentences), mentions=())
