"""Indonesian sentence splitter: rules, offsets into the original text.

A sentence ends at . ! ? or an ellipsis (with any closing quotes/brackets) before whitespace and an
upper-case letter, digit or opening quote, except:
- after a listed abbreviation (Dr., Jl., dll., S.H.), an initialism (A.S., a.n.) or a lone initial
  (M. Yusuf);
- inside a quotation that closes in the same paragraph within a few hundred characters, so that a
  quote of several sentences stays with its attribution ("... Kami siap," kata dia.);
Paragraph breaks (blank lines) always end a sentence; a single line break only when the line looks
complete (ends with punctuation, or is a short title line), so line-wrapped text is rejoined. A
dateline at the start of a line ("BERLIN, KOMPAS.com -- ", "MOSKOW - ") or a known city and a comma
opening a paragraph ("Jakarta, Di jejaring sosial ...") is a sentence of its own. Spans
marked as removed (scrape artefacts) are never part of a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from warta.lang._base import sentences_between
from warta.lang.id import lexicon
from warta.model import Sentence

_END_RE = re.compile(r"(?:[.!?]+|…)[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[A-Z0-9\u00c0-\u024f])")
_PARAGRAPH_RE = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_LINE_RE = re.compile(r"\n")
_DATELINE_RE = re.compile(
    r"(?:[A-Z][A-Za-z.'-]*(?:\s[A-Z][A-Za-z.'-]*){0,3},\s*(?:[A-Z][\w.]*)(?:\s[A-Z][\w.]*){0,2}"
    r"|[A-Z]{3,}(?:\s[A-Z]{3,}){0,2})"  # "BERLIN, KOMPAS.com" or a bare upper-case place, "MOSKOW"
    r"(?:\s*\([^)\n]{1,30}\))?\s*(?:--?|–|—)\s+(?=\S)"
)
# "Jakarta, Di jejaring sosial, ..." : a known city and a comma opening a paragraph.
_CITY_DATELINE_RE = re.compile(r"([A-Z][a-z]+(?: [A-Z][a-z]+)?),[ \t]+(?=([A-Z][a-z]+)\b)")
_INITIALISM_RE = re.compile(r"(?:^|(?<=\W))(?:[A-Za-z]\.){2,}$")
_LONE_INITIAL_RE = re.compile(r"(?:^|(?<=\W))[A-Z]\.$")
# List markers that often end a sentence: they end one when a capitalised word follows.
_FINAL_ABBREVIATIONS = frozenset(("dll.", "dsb.", "dst.", "dkk.", "tsb."))
_OPEN_QUOTES = {"“": "”", "«": "»"}
_MAX_QUOTE = 400
_TITLE_LINE = 60


def _last_word(text: str, start: int, end: int) -> str:
    i = end
    while i > start and not text[i - 1].isspace():
        i -= 1
    return text[i:end]


def _is_abbreviation(word: str) -> bool:
    word = word.lstrip("\"'“‘(")
    abbreviations = lexicon.abbreviations()
    return (
        word in abbreviations
        or word.lower() in abbreviations
        or bool(_INITIALISM_RE.search(word))
        or bool(_LONE_INITIAL_RE.search(word))
    )


def _quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of quotations that close within _MAX_QUOTE characters (no boundary inside them)."""
    spans = []
    open_at: int | None = None
    closer = ""
    for i in range(start, end):
        c = text[i]
        if open_at is None:
            if c in _OPEN_QUOTES or c == '"':
                open_at, closer = i, _OPEN_QUOTES.get(c, '"')
        elif c == closer or (closer == '"' and c == "”"):
            if i - open_at <= _MAX_QUOTE:
                spans.append((open_at, i))
            open_at = None
        elif c == "\n":
            open_at = None
    return spans


def _line_break_ends(text: str, start: int, end: int, pos: int) -> bool:
    """Does the single line break at text[pos] end a sentence?"""
    line_start = text.rfind("\n", start, pos) + 1
    line_start = max(line_start, start)
    line = text[line_start:pos].strip()
    nxt = text[pos + 1 : end].lstrip()
    if not line or not nxt:
        return True
    if line[-1] in '.!?:;"”’)…' or len(line) < _TITLE_LINE:
        return True
    return not (nxt[0].islower() or line[-1].isalnum() or line[-1] in ",-")


def _cuts(text: str, start: int, end: int) -> Iterator[int]:
    quotes = _quote_spans(text, start, end)
    for m in _END_RE.finditer(text, start, end):
        word = _last_word(text, start, m.start() + 1 if text[m.start()] == "." else m.start())
        if text[m.start()] == "." and _is_abbreviation(word) and word.lower() not in _FINAL_ABBREVIATIONS:
            continue
        if any(a < m.start() and m.end() <= b for a, b in quotes):
            continue
        yield m.end()
    for m in _LINE_RE.finditer(text, start, end):
        if _line_break_ends(text, start, end, m.start()):
            yield m.start()


def _paragraphs(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    at = start
    for m in _PARAGRAPH_RE.finditer(text, start, end):
        yield at, m.start()
        at = m.end()
    yield at, end


def lead_start(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _is_place(name: str) -> bool:
    from warta.lang.id.mentions import gazetteer_gpe

    return name.casefold() in gazetteer_gpe()


def _kept_segments(length: int, removed: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    at = 0
    for a, b in sorted((max(0, a), min(length, b)) for a, b in removed):
        if a > at:
            yield at, a
        at = max(at, b)
    if at < length:
        yield at, length


def split_sentences(text: str, *, removed: Iterable[tuple[int, int]] = ()) -> tuple[Sentence, ...]:
    sentences: list[Sentence] = []
    for seg_start, seg_end in _kept_segments(len(text), removed):
        for para_start, para_end in _paragraphs(text, seg_start, seg_end):
            cuts = {para_start, para_end}
            for line_start in (para_start, *(m.end() for m in _LINE_RE.finditer(text, para_start, para_end))):
                while line_start < para_end and text[line_start].isspace():
                    line_start += 1
                dateline = _DATELINE_RE.match(text, line_start, para_end)
                if dateline:
                    cuts.add(dateline.end())
            city = _CITY_DATELINE_RE.match(text, lead_start(text, para_start, para_end), para_end)
            if city and _is_place(city.group(1)) and not _is_place(city.group(2)):
                cuts.add(city.end())
            cuts.update(_cuts(text, para_start, para_end))
            sentences.extend(sentences_between(text, cuts))
    return tuple(sentences)
