"""Quotation marks: pair them into segments without being fooled by apostrophes or a lone mark.

A segment does not cross a line break, except where a paragraph opens a quotation it does not
close: news style leaves the closing mark off when a quote runs on into the next paragraph, and
closes it only at the end of the last one. Any other unclosed mark is dropped rather than
allowed to swallow the rest.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘"
SINGLE_CLOSE = "’"
ALL_MARKS = DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE + "\"'"


@dataclass(frozen=True, slots=True)
class Segment:
    """A quoted stretch: ``open`` and ``close`` are the offsets of its two marks."""

    open: int
    close: int

    @property
    def start(self) -> int:  # first character of the content
        return self.open + 1

    @property
    def end(self) -> int:  # one past the last character of the content
        return self.close


def _before(text: str, i: int) -> str:
    return text[i - 1] if i > 0 else " "


def _after(text: str, i: int) -> str:
    return text[i + 1] if i + 1 < len(text) else " "


def _can_open(text: str, i: int) -> bool:
    """A straight mark opens when it follows a space or bracket and precedes a word."""
    b, a = _before(text, i), _after(text, i)
    return (b.isspace() or b in "([{—–-:" or i == 0) and not a.isspace()


def _can_close(text: str, i: int) -> bool:
    b, a = _before(text, i), _after(text, i)
    return not b.isspace() and not a.isalnum()


def _double_segments(text: str, start: int, end: int) -> tuple[list[Segment], int | None]:
    """The closed pairs in [start, end) and the offset of a mark left open at the end, if any."""
    segments: list[Segment] = []
    open_at: int | None = None
    for i in range(start, end):
        ch = text[i]
        if ch in DOUBLE_OPEN:
            open_at = i  # a second opener means the first was never closed: drop it
        elif ch in DOUBLE_CLOSE:
            if open_at is not None:
                segments.append(Segment(open_at, i))
                open_at = None
            elif _can_open(text, i) and not _can_close(text, i):
                open_at = i  # some sites write ”…” with the closing mark on both sides
        elif ch == '"':
            if open_at is not None and _can_close(text, i):
                segments.append(Segment(open_at, i))
                open_at = None
            elif _can_open(text, i):
                open_at = i
    return [s for s in segments if text[s.start : s.end].strip()], open_at


MAX_RUN_ON_LINES = 12  # paragraphs a quote left open may run on through


def _opens_paragraph(text: str, line_start: int, mark: int) -> bool:
    """An unclosed mark that starts its paragraph or follows a colon ("kepada CNN: “…") opens a
    quote that runs on; one elsewhere is more likely a typo."""
    head = text[line_start:mark].rstrip()
    return not head or head.endswith(":")


def _run_on_close(text: str, start: int, end: int) -> int | None:
    """Where a quote running on from an earlier paragraph closes in this line: its first double
    mark, when that mark closes. None when the line has no double mark (the quote goes on) or
    opens a new quote first."""
    for i in range(start, end):
        ch = text[i]
        if ch in DOUBLE_CLOSE or (ch == '"' and _can_close(text, i) and not _can_open(text, i)):
            return i
        if ch in DOUBLE_OPEN or ch == '"':
            return -1
    return None


_SINGLE_MARK = re.compile("[" + SINGLE_OPEN + SINGLE_CLOSE + "']")


def _single_segments(text: str, start: int, end: int, inside: list[Segment]) -> list[Segment]:
    """‘…’ and '…' pairs outside double-quoted text; a mark between letters is an apostrophe."""
    segments: list[Segment] = []
    open_at: int | None = None
    for m in _SINGLE_MARK.finditer(text, start, end):  # only the marks, not every character
        i = m.start()
        if any(s.open <= i <= s.close for s in inside):
            continue
        ch = text[i]
        b, a = _before(text, i), _after(text, i)
        if b.isalnum() and a.isalnum():
            continue  # O'Brien, Ma’ruf, don't
        if ch in (SINGLE_CLOSE, "'") and open_at is not None and _can_close(text, i):
            segments.append(Segment(open_at, i))
            open_at = None
        elif ch in (SINGLE_OPEN, "'") and _can_open(text, i) and a.isalnum():
            open_at = i
    return [s for s in segments if text[s.start : s.end].strip()]


def _run_on_end(text: str, lines: list[tuple[int, int]], k: int) -> tuple[int, int, int]:
    """Where a quote left open in line ``k`` closes: (offset of the close, the line to go on
    scanning, where in it). A closing mark within the next paragraphs ends it there; a new
    opener first ends it at the paragraph before. When no double mark follows within reach the
    paragraphs after are not part of it (a continued paragraph reopens with a mark; one without
    marks is the writer's): it closes at the end of its own paragraph."""
    for j in range(k + 1, min(len(lines), k + 1 + MAX_RUN_ON_LINES)):
        close = _run_on_close(text, *lines[j])
        if close is None:
            continue
        if close >= 0:
            return close, j, close + 1
        return lines[j - 1][1], j, lines[j][0]
    return lines[k][1], k + 1, lines[k + 1][0] if k + 1 < len(lines) else len(text)


def find_segments(text: str, removed: Iterable[tuple[int, int]] = ()) -> tuple[Segment, ...]:
    """Every quoted segment of ``text``, in order, outside the ``removed`` spans."""
    removed = tuple(removed)
    segments: list[Segment] = []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    k, start = 0, lines[0][0] if lines else 0
    while k < len(lines):
        line_start, line_end = lines[k]
        start = max(start, line_start)
        doubles, dangling = _double_segments(text, start, line_end)
        singles = _single_segments(text, start, line_end, doubles)
        segments.extend(doubles + singles)
        if dangling is not None and _opens_paragraph(text, line_start, dangling):
            close, k, start = _run_on_end(text, lines, k)
            segments.append(Segment(dangling, close))
            continue
        k += 1
    segments = [s for s in segments if not any(a < s.close and s.open < b for a, b in removed)]
    return tuple(sorted(segments, key=lambda s: s.open))


def text_units(
    text: str,
    sentences: Iterable[tuple[int, int]],
    segments: Iterable[Segment],
    removed: Iterable[tuple[int, int]] = (),
) -> tuple[tuple[int, int], ...]:
    """Sentences joined where a quoted segment runs across their boundary (“A. B,” ujarnya.),
    without the removed spans. Falls back to lines when there are no sentences."""
    spans = _split_at_lines(text, sorted(sentences)) or [
        (m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)
    ]
    removed = tuple(removed)
    spans = [s for s in spans if not any(a <= s[0] and s[1] <= b for a, b in removed)]
    segments = tuple(segments)
    units: list[tuple[int, int]] = []
    for s, e in spans:
        if units and any(
            seg.open < units[-1][1] and seg.close >= s for seg in segments if seg.open >= units[-1][0]
        ):
            units[-1] = (units[-1][0], e)
        else:
            units.append((s, e))
    # a quote running to its paragraph's end closes at the line break: keep it in its unit
    for seg in segments:
        for k, (a, b) in enumerate(units):
            if a <= seg.open < b and seg.close >= b:
                units[k] = (a, min(len(text), seg.close + 1))
    return tuple(units)


def _split_at_lines(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A line break ends a sentence: a paragraph without a final stop ("… massa aksi\n") is not
    one sentence with the next paragraph."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        for m in re.finditer(r"[^\n]+", text[s:e]):
            a, b = s + m.start(), s + m.end()
            if text[a:b].strip():
                out.append((a, b))
    return out
