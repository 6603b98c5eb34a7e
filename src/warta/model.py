"""The records every stage reads and writes: the contract of the pipeline.

All records are frozen dataclasses. Every record that refers to text carries ``start``/``end``:
character offsets into ``Document.text`` (end exclusive), and ``Document.text[start:end] == text``
always holds (see :func:`iter_spans`, checked by the invariant tests). ``Document.text`` never
changes after ingest.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

Modality = Literal["asserted", "negated", "hypothetical", "future"]
QuoteKind = Literal["direct", "indirect", "mixed"]
Anchor = Literal["absolute", "published", "previous"]
Granularity = Literal["day", "week", "month", "year", "range"]

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
# a meeting or joint work of X and Y is the same whoever is named first, and needs both
SYMMETRIC_TYPES: frozenset[str] = frozenset({"CONSULT", "COOPERATE"})
MODALITIES: tuple[str, ...] = ("asserted", "negated", "hypothetical", "future")
SECTORS: tuple[str, ...] = ("GOV", "MIL", "LEG", "JUD", "PTY", "MED", "BUS", "CVL", "REB", "IGO")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    pos: str = ""  # Universal POS
    lemma: str = ""
    sent: int = 0  # index into Document.sentences


@dataclass(frozen=True, slots=True)
class Mention:
    """A named-entity mention (PER, ORG, LOC, GPE, NORP) found by the language analyser."""

    start: int
    end: int
    text: str
    label: str
    stage: str = "analyse"


@dataclass(frozen=True, slots=True)
class Actor:
    """A mention resolved to a canonical actor (country code + sector). Unknown parts are None."""

    start: int
    end: int
    text: str
    name: str | None = None  # canonical name ("Kim Yung Ho"), or the role when no name is given
    country: str | None = None  # ISO alpha-3 or CAMEO IGO code
    sector: str | None = None
    stage: str = "actors"


@dataclass(frozen=True, slots=True)
class Time:
    start: int
    end: int
    text: str
    value: str | None  # ISO day, "start/end" interval, "YYYY-MM" or "YYYY"
    anchor: Anchor = "absolute"
    granularity: Granularity = "day"
    stage: str = "time"


@dataclass(frozen=True, slots=True)
class Location:
    start: int
    end: int
    text: str
    country: str | None = None


@dataclass(frozen=True, slots=True)
class Source:
    """Who the article credits for a statement or event ("menurut KCNA", "melalui The AP")."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Cue:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    type: str  # one of PLOVER_TYPES
    start: int  # evidence span
    end: int
    evidence: str
    trigger: Cue | None = None
    mode: str | None = None
    context: tuple[str, ...] = ()
    actor: tuple[Actor, ...] = ()
    recipient: tuple[Actor, ...] = ()
    modality: Modality = "asserted"
    date: str | None = None
    time: Time | None = None
    location: Location | None = None
    reported_by: tuple[Source, ...] = ()
    confidence: float = 0.5
    cameo: str | None = None
    rule: str | None = None  # the lexicon entry or rule that made it ("coerce-arrest: tangkap [di]")
    stage: str = "events"


@dataclass(frozen=True, slots=True)
class Quote:
    id: str
    kind: QuoteKind
    start: int  # content span, without the quotation marks
    end: int
    text: str
    speaker: Actor | None = None
    cue: Cue | None = None
    reported_by: tuple[Source, ...] = ()
    event_id: str | None = None  # the event this statement constitutes, when there is one
    stage: str = "quotes"


@dataclass(frozen=True, slots=True)
class Story:
    id: str
    doc_ids: tuple[str, ...] = ()
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Document:
    doc_id: str
    text: str
    lang: str | None = None
    published: dt.date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None  # where it came from: a path, "path:line", "-"
    # Spans of `text` that ingest judged to be scrape artefacts ("[iklan_2]", "Komentar (0)"):
    # later stages skip them; the text itself is never edited.
    removed: tuple[tuple[int, int], ...] = ()
    sentences: tuple[Sentence, ...] = ()
    tokens: tuple[Token, ...] = ()
    mentions: tuple[Mention, ...] = ()
    actors: tuple[Actor, ...] = ()
    times: tuple[Time, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    stages: tuple[str, ...] = field(default=())  # names of the stages that have run, in order


def iter_spans(document: Document) -> Iterator[tuple[str, int, int, str]]:
    """Yield (field path, start, end, claimed text) for every offset-carrying item in the document."""
    for i, s in enumerate(document.sentences):
        yield f"sentences[{i}]", s.start, s.end, s.text
    for i, t in enumerate(document.tokens):
        yield f"tokens[{i}]", t.start, t.end, t.text
    for i, m in enumerate(document.mentions):
        yield f"mentions[{i}]", m.start, m.end, m.text
    for i, a in enumerate(document.actors):
        yield f"actors[{i}]", a.start, a.end, a.text
    for i, t in enumerate(document.times):
        yield f"times[{i}]", t.start, t.end, t.text
    for i, e in enumerate(document.events):
        p = f"events[{i}]"
        yield f"{p}.evidence", e.start, e.end, e.evidence
        if e.trigger:
            yield f"{p}.trigger", e.trigger.start, e.trigger.end, e.trigger.text
        for role in ("actor", "recipient"):
            for j, a in enumerate(getattr(e, role)):
                yield f"{p}.{role}[{j}]", a.start, a.end, a.text
        if e.time:
            yield f"{p}.time", e.time.start, e.time.end, e.time.text
        if e.location:
            yield f"{p}.location", e.location.start, e.location.end, e.location.text
        for j, r in enumerate(e.reported_by):
            yield f"{p}.reported_by[{j}]", r.start, r.end, r.text
    for i, q in enumerate(document.quotes):
        p = f"quotes[{i}]"
        yield f"{p}.text", q.start, q.end, q.text
        if q.speaker:
            yield f"{p}.speaker", q.speaker.start, q.speaker.end, q.speaker.text
        if q.cue:
            yield f"{p}.cue", q.cue.start, q.cue.end, q.cue.text
        for j, r in enumerate(q.reported_by):
            yield f"{p}.reported_by[{j}]", r.start, r.end, r.text


def offset_errors(document: Document) -> list[str]:
    """Every span whose offsets do not point at its text; empty when the document is sound."""
    text = document.text
    return [
        f"{path}: text[{start}:{end}]={text[start:end]!r} but field says {claimed!r}"
        for path, start, end, claimed in iter_spans(document)
        if not (0 <= start <= end <= len(text)) or text[start:end] != claimed
    ]
