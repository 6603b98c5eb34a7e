"""A quote before its speaker's name is resolved, and the rules for its kind and its edges."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from warta.quotes.marks import DOUBLE_OPEN, SINGLE_OPEN, Segment
from warta.quotes.speakers import Candidate, Span

OPENERS = DOUBLE_OPEN + SINGLE_OPEN + "\"'"


@dataclass(frozen=True, slots=True)
class Draft:
    start: int
    end: int
    kind: str
    cue: Span | None
    speaker: Candidate | None
    # how the speaker is found: "mention" (the candidate names it), "source" (the source credited
    # before: "… dikatakan …"), "same" (the speaker of the quote this one continues)
    mode: str = "mention"
    own_credit: Span | None = None  # the "Menurut X" marker that names the speaker, not a source
    # who reports the speaker's words: "Biden mengatakan …, Associated Press melaporkan"
    reporter: Candidate | None = None


def trim(text: str, start: int, end: int) -> Span:
    """Drop surrounding spaces and the punctuation that belongs to the cue, not the content."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end


def classify(text: str, start: int, end: int, segments: Sequence[Segment]) -> tuple[str, int, int]:
    """Kind and content span of reported material in [start, end): direct when it is all one
    quoted segment (the marks left out), mixed when it contains quoted words, else indirect."""
    inside = [s for s in segments if start <= s.open and s.close < end]
    if not inside:
        s, e = trim(text, start, end)
        while e > s and text[e - 1] == ".":
            e -= 1
        return "indirect", s, e
    first, last = inside[0], inside[-1]
    if (
        len(inside) == 1
        and not text[start : first.open].strip()
        and not text[last.close + 1 : end].strip(" .,")
    ):
        s, e = trim(text, first.start, first.end)
        return "direct", s, e
    s, e = trim(text, start, end)
    if s < e and text[s] in OPENERS and any(seg.open == s for seg in inside):
        s += 1
    while e > s and text[e - 1] == ".":
        e -= 1
    return "mixed", s, e
