"""Indonesian. Baseline: regex sentences and tokens, no entities (trained models replace this)."""

from __future__ import annotations

from collections.abc import Iterable

from warta.lang import Analysis
from warta.lang._base import split_sentences, tokenize

ABBREVIATIONS = ("Tn.", "Ny.", "Sdr.", "Dr.", "Prof.", "Jl.", "No.", "Kec.", "dll.", "dsb.", "dst.")


def analyse_text(text: str, *, removed: Iterable[tuple[int, int]] = ()) -> Analysis:
    sentences = split_sentences(text, abbreviations=ABBREVIATIONS, removed=removed)
    return Analysis(sentences=sentences, tokens=tokenize(text, sentences), mentions=())
