"""The quotes stage: direct, indirect and mixed quotations, their speaker, cue and source chain.

    extract_quotes(document, options) -> Document   (the stage)
    find_sources(document, start, end) -> tuple[Source, ...]   (for the events stage)

Indonesian first (data/id/speech_verbs.yaml), English second; other languages use the
Indonesian cues. Quote.event_id is left for the events stage.
"""

from __future__ import annotations

import dataclasses
import logging

from warta.model import Document, Quote
from warta.options import ExtractOptions
from warta.quotes.attribution import attribute
from warta.quotes.direct import inverted_cues
from warta.quotes.draft import Draft
from warta.quotes.indirect import according_to, cue_clauses, passive_cues, passive_that, trailing_according_to
from warta.quotes.lexicon import Lexicon as QuoteLexicon
from warta.quotes.marks import Segment
from warta.quotes.sources import SourceIndex, find_sources

__all__ = ["extract_quotes", "find_sources"]

log = logging.getLogger(__name__)


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _previous_line(text: str, pos: int) -> tuple[int, int] | None:
    """The non-blank line before the one holding ``pos`` (paragraphs may be blank-line separated)."""
    end = _line_start(text, pos) - 1
    while end > 0:
        start = _line_start(text, end)
        if text[start:end].strip():
            return start, end
        end = start - 1
    return None


def _quote_paragraph(text: str, seg: Segment, prev: Draft) -> bool:
    """A paragraph that is nothing but a quotation, right after a paragraph holding a quote, goes
    on with that quote's speaker (news style names a speaker once for several quoted paragraphs)."""
    if text[_line_start(text, seg.open) : seg.open].strip():
        return False
    line_end = text.find("\n", seg.close)
    rest = text[seg.close + 1 : len(text) if line_end == -1 else line_end]
    if rest.strip(" .,”’\"'\t"):
        return False
    if prev.kind == "indirect" and "\n" in text[seg.open : seg.close]:
        return False  # a quoted passage of several paragraphs after reported speech: a block
        # quotation (a letter, a document, an essay's own passage), not shown to be the speaker's
    before = _previous_line(text, seg.open)
    return before is not None and before[0] <= prev.end <= before[1] + 1


MAX_CUE_TAIL_WORDS = 8


def _cue_tail(text: str, start: int, end: int, lex: QuoteLexicon) -> bool:
    """Between a quote's cue and the next quoted segment only punctuation, or the rest of the cue's
    clause: an addressee, a place, a time ("…,” kata Trump kepada wartawan di Gedung Putih. “…”")."""
    gap = text[start:end].strip(" \t,.:;”’\"'")
    if not gap:
        return True
    ws = gap.split()
    if not ws:
        return False  # a line break: the next paragraph (_quote_paragraph decides)
    openers = lex.words("addressee_prepositions") | lex.words("prepositions") | lex.words("time_openers")
    return (
        len(ws) <= MAX_CUE_TAIL_WORDS
        and ws[0].lower() in openers
        and not any(c in gap for c in ",;\n")
        and lex.regex("verbs").search(gap) is None
    )


def _continuations(text: str, drafts: list[Draft], index: SourceIndex) -> list[Draft]:
    """“A,” kata Kirby. “B.”: a quoted segment with no cue of its own, right after a quote, is
    the same speaker going on; so is a quoted paragraph after a paragraph with a quote."""
    out = list(drafts)
    for seg in index.segments:
        if any(d.start <= seg.start < d.end or seg.start <= d.start < seg.end for d in out):
            continue
        before = [d for d in out if d.end <= seg.open]
        if not before:
            continue
        prev = max(before, key=lambda d: d.end)
        if not _quote_paragraph(text, seg, prev):
            tail = max(prev.end, prev.cue[1] if prev.cue else 0, prev.speaker.span[1] if prev.speaker else 0)
            if tail > seg.open or not _cue_tail(text, tail, seg.open, index.lex):
                continue
            unit = index.unit_index(seg.open)
            if unit is not None and text[seg.close + 1 : index.units[unit][1]].strip(" .,”’\"'"):
                continue  # more follows the segment in its sentence: not a bare continuation
        s, e = seg.start, seg.end
        while e > s and (text[e - 1] == "," or text[e - 1].isspace()):
            e -= 1
        if e > s:
            out.append(Draft(s, e, "direct", prev.cue, prev.speaker, mode="same"))
    return sorted(out, key=lambda d: d.start)


def find_drafts(document: Document, index: SourceIndex) -> list[Draft]:
    text, lex, actors = document.text, index.lex, document.actors
    drafts: list[Draft] = []
    for i, unit in enumerate(index.units):
        segments = [s for s in index.segments if unit[0] <= s.open < unit[1]]
        trailing = [c.marker for c in index.credits[i] if not c.opening]
        found: list[Draft] = []
        opening = according_to(text, unit, segments, lex, actors, trailing)
        if opening:
            found.append(opening)
        found += inverted_cues(text, unit, segments, lex, actors)
        taken = [(d.start, d.end) for d in found] + [d.cue for d in found if d.cue]
        found += passive_cues(text, unit, segments, lex, actors, taken)
        taken = [(d.start, d.end) for d in found] + [d.cue for d in found if d.cue]
        found += passive_that(text, unit, segments, lex, actors, taken, trailing)
        taken = [(d.start, d.end) for d in found] + [d.cue for d in found if d.cue]
        found += cue_clauses(
            text, unit, segments, lex, actors, taken, sorted(found, key=lambda d: d.start), trailing
        )
        if not found:
            closing = trailing_according_to(text, unit, segments, lex, actors)
            found = [closing] if closing else []
        drafts += sorted(found, key=lambda d: d.start)
    return _continuations(text, drafts, index)


def extract_quotes(document: Document, options: ExtractOptions) -> Document:
    index = SourceIndex(document)
    drafts = find_drafts(document, index)
    quotes: list[Quote] = attribute(document, drafts, index)
    log.debug("%s: %d quotes", document.doc_id, len(quotes))
    return dataclasses.replace(document, quotes=tuple(quotes))
