"""According to whom: the source chain an article credits ("menurut KCNA", "melalui The AP").

`find_sources` is what the events stage calls for an event's evidence span; the quotes stage
uses the same credits for each quote's ``reported_by``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from babel import Locale

from warta.model import Actor, Document, Quote, Source
from warta.quotes.lexicon import Lexicon, load_lexicon
from warta.quotes.marks import Segment, find_segments, text_units
from warta.quotes.speakers import Span, _capitalised, actor_in, phrase_after, words

# Markers that credit the source of a claim the outlet relays, not a speaker of a direct quote.
_CITING = ("mengutip", "dikutip", "citing", "quoted by", "cited by")


@dataclass(frozen=True, slots=True)
class Credit:
    marker: Span
    source: Source
    alias: Source | None = None  # "(KCNA)" after "Kantor Berita Pusat Korea"
    opening: bool = False  # "Menurut X, …" at the start of the sentence: X is the speaker
    paragraph: bool = False  # "(Sumber: X)": credits the whole paragraph
    citing: bool = False  # "mengutip X": X is the source of the source before it


@cache
def _country_names() -> tuple[str, ...]:
    names: set[str] = set()
    for lang in ("id", "en"):
        names.update(v for k, v in Locale(lang).territories.items() if k.isalpha())
    return tuple(sorted(names, key=len, reverse=True))


def _source_at(text: str, start: int, end: int, lex: Lexicon, actors: Sequence[Actor]) -> Source | None:
    """The source named by the phrase starting at ``start``, without title, role or descriptor."""
    np = phrase_after(text, start, end, lex)
    if np is None:
        return None
    actor = actor_in(actors, *np)
    if actor is not None:
        if actor.name and actor.name in actor.text:
            s = actor.start + actor.text.index(actor.name)
            return Source(s, s + len(actor.name), actor.name)
        return Source(actor.start, actor.end, actor.text)
    s, e = np
    titles = lex.regex("titles")
    while (m := titles.match(text, s, e)) and text[m.end() : e].strip():
        s = m.end() + len(text[m.end() : e]) - len(text[m.end() : e].lstrip())
    ws = words(text, s, e, lex)
    caps = [i for i, (a, b) in enumerate(ws) if _capitalised(text[a:b])]
    if not caps and not lex.regex("source_anaphora").match(text, s):
        return None
    if caps and caps[0] > 0 and caps == list(range(caps[0], len(ws))):
        rest = text[ws[caps[0]][0] : e]
        if rest not in _country_names():  # "militer Korea Selatan" stays whole
            s = ws[caps[0]][0]  # "kantor berita Yonhap" -> "Yonhap"
    e = _drop_country_descriptor(text, s, e, lex)
    return Source(s, e, text[s:e])


def _drop_country_descriptor(text: str, s: int, e: int, lex: Lexicon) -> int:
    """ "Korean Central News Agency Korea Utara" -> "Korean Central News Agency"."""
    phrase = text[s:e]
    for name in _country_names():
        if phrase.endswith(" " + name):
            head = phrase[: -len(name)].rstrip()
            last = head.split()[-1].lower() if head.split() else ""
            if last in lex.words("outlet_heads"):
                return s + len(head)
            return e
    return e


def _alias_after(text: str, end: int) -> Source | None:
    m = re.compile(r"\s*\(([A-Z][A-Za-z0-9.&-]{1,15})\)").match(text, end)
    return Source(m.start(1), m.end(1), m.group(1)) if m else None


def unit_credits(document: Document, unit: Span, segments: Sequence[Segment], lex: Lexicon) -> list[Credit]:
    """Every source marker in the sentence (outside quotation marks), in text order."""
    text = document.text
    credits: list[Credit] = []
    first_word = re.compile(r"\s*[\"“‘']?\s*").match(text, unit[0]).end()
    for m in lex.regex("source_markers").finditer(text, *unit):
        if any(seg.open < m.start() < seg.close for seg in segments):
            continue
        marker = m.group().lower()
        start = m.end()
        paragraph = marker in ("sumber", "source")
        if paragraph:
            colon = re.compile(r"\s*:").match(text, start)
            if not colon:
                continue
            start = colon.end()
        start += len(text[start : unit[1]]) - len(text[start : unit[1]].lstrip())
        source = _source_at(text, start, unit[1], lex, document.actors)
        if source is None:
            continue
        opening = m.start() == first_word and lex.regex("according_to").fullmatch(m.group()) is not None
        alias = _alias_after(text, source.end)
        citing = marker.startswith(_CITING)
        credits.append(Credit((m.start(), m.end()), source, alias, opening, paragraph, citing))
    return credits


def _is_reportative(text: str, unit: Span, lex: Lexicon) -> bool:
    return lex.regex("passive").search(text, *unit) is not None


def _line_of(text: str, pos: int) -> Span:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, len(text) if b == -1 else b


def _ordered(credits: Sequence[Credit]) -> list[Source]:
    """Innermost first: a source the outlet cites ("mengutip X") comes before the one citing it."""
    out: list[Source] = []
    for c in credits:
        if out and c.citing:
            out.insert(len(out) - 1, c.source)
        else:
            out.append(c.source)
    return out


class SourceIndex:
    """The credits of one document, by sentence, computed once."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.lex = load_lexicon(document.lang)
        text = document.text
        self.segments = find_segments(text, document.removed)
        sentences = [(s.start, s.end) for s in document.sentences]
        if not sentences:
            from warta.lang._base import split_sentences

            sentences = [(s.start, s.end) for s in split_sentences(text, removed=document.removed)]
        self.units = text_units(text, sentences, self.segments, document.removed)
        self.credits = [unit_credits(document, u, self.segments, self.lex) for u in self.units]

    def unit_index(self, pos: int) -> int | None:
        for i, (a, b) in enumerate(self.units):
            if a <= pos < b:
                return i
        return None

    def sentence_sources(self, start: int, end: int, exclude: Sequence[Span] = ()) -> list[Source]:
        """Credits of the sentence holding ``start`` (its paragraph's "(Sumber: X)" included),
        leaving out credits inside ``exclude`` spans; a reportative sentence ("dilaporkan") with
        none of its own takes those of the sentence before."""
        i = self.unit_index(start)
        if i is None:
            return []
        text = self.document.text

        def keep(c: Credit) -> bool:
            return not any(a <= c.marker[0] < b for a, b in exclude)

        own = [c for c in self.credits[i] if keep(c) and not c.paragraph]
        if not own and i > 0 and _is_reportative(text, self.units[i], self.lex):
            own = [c for c in self.credits[i - 1] if not c.paragraph and not c.opening]
        line = _line_of(text, start)
        para = [
            c
            for cs in self.credits
            for c in cs
            if c.paragraph and line[0] <= c.marker[0] < line[1] and keep(c)
        ]
        return _ordered(own + para)

    def antecedent(self, pos: int) -> Credit | None:
        """The last source credited before ``pos`` (what "sumber tersebut" points back to)."""
        before = [c for cs in self.credits for c in cs if c.marker[1] <= pos]
        return before[-1] if before else None


def speaker_source(document: Document, quote: Quote, index: SourceIndex) -> Source | None:
    """The quote's speaker as a source: the name as written, without title; a pronoun, "-nya" or
    "sumber tersebut" points at the name it stands for."""
    speaker = quote.speaker
    if speaker is None:
        return None
    text = document.text
    lex = index.lex
    if quote.cue is not None:  # "…, menurut militer Ukraina": the speaker is the credit's source
        unit = index.unit_index(quote.cue.start)
        for credit in index.credits[unit] if unit is not None else ():
            if credit.marker == (quote.cue.start, quote.cue.end):
                return credit.alias or credit.source
    if lex.regex("source_anaphora").fullmatch(speaker.text.strip()):
        credit = index.antecedent(speaker.start)
        if credit is not None:
            return credit.alias or credit.source
    name = speaker.name or speaker.text
    if name and name in speaker.text:
        s = speaker.start + speaker.text.rindex(name)
        return Source(s, s + len(name), name)
    from warta.quotes.speakers import bare_name

    bare = bare_name(speaker.text, lex)
    if name and _capitalised(name):
        at = text.rfind(name, 0, speaker.start)
        if at == -1:
            at = text.find(name)
        if at != -1:
            return Source(at, at + len(name), name)
    if bare and bare in speaker.text:
        s = speaker.start + speaker.text.rindex(bare)
        return Source(s, s + len(bare), bare)
    return Source(speaker.start, speaker.end, speaker.text)


_last_index: list[SourceIndex] = []  # the index of the document asked about last


def _index_of(document: Document) -> SourceIndex:
    """The document's SourceIndex, built once however many events ask (the events stage asks once
    per event, and building it reads the whole text)."""
    last = _last_index[0] if _last_index else None  # read once: another thread may replace it
    if last is None or last.document is not document:
        last = SourceIndex(document)
        _last_index[:] = [last]
    return last


def find_sources(document: Document, start: int, end: int) -> tuple[Source, ...]:
    """The source chain the article credits for the statement or event in [start, end), innermost
    first: the speaker of a quote the span lies inside, then that quote's sources; otherwise the
    sentence's own credits ("menurut X", "melalui X", "(Sumber: X)"). Empty when the outlet
    itself is the source."""
    index = _index_of(document)
    inside = [q for q in document.quotes if q.start <= start and end <= q.end + 1]
    if inside:
        quote = min(inside, key=lambda q: q.end - q.start)
        chain = [s for s in (speaker_source(document, quote, index),) if s is not None]
        chain += [s for s in quote.reported_by if all(s.text != c.text for c in chain)]
        return tuple(chain)
    stated = [q for q in document.quotes if q.cue and start <= q.cue.start < end]
    if stated:
        return stated[0].reported_by
    return tuple(index.sentence_sources(start, end))
