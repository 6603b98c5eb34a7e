"""Read and write warta-gold v1 (../shared/gold/FORMAT.md): one JSON object per article per line.

`read_gold` checks each line (JSON, required keys, PLOVER types, modalities, and that every quoted
span is a substring of the article) and raises :class:`warta.errors.InputError` naming the line.
`document_to_gold` turns a pipeline :class:`~warta.model.Document` into the same shape, so a
prediction and a gold line are compared field by field.

Beyond v1, `document_to_gold` adds ``start``/``end`` (character offsets into ``text``) to each
event (its evidence), quote (its content) and time, and ``rule`` (the lexicon entry that made it) to
each predicted event: v1 readers ignore unknown keys, and the scorer
uses them, when present, instead of searching the text. `gold_to_document` goes the other way,
locating every span in the text, so gold can be inspected with the pipeline's own tools.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warta.errors import InputError
from warta.model import (
    MODALITIES,
    PLOVER_TYPES,
    Actor,
    Cue,
    Document,
    Event,
    Location,
    Quote,
    Source,
    Time,
)

QUOTE_KINDS = ("direct", "indirect", "mixed")
ANCHORS = ("absolute", "published", "previous")


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """One article of a gold (or prediction) file. Items stay plain dicts in the v1 shape."""

    doc_id: str
    text: str
    lang: str | None = None
    published: str | None = None  # ISO date
    title: str | None = None
    events: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    times: list[dict[str, Any]] = field(default_factory=list)
    line: int | None = None  # where it was read from

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "lang": self.lang,
            "published": self.published,
            "title": self.title,
            "text": self.text,
            "events": self.events,
            "quotes": self.quotes,
            "times": self.times,
        }


class _Invalid(ValueError):
    """A reason a record is malformed; turned into InputError with the file and line."""


def _check_span(text: str, value: Any, where: str, *, nullable: bool = True) -> None:
    if value is None and nullable:
        return
    if not isinstance(value, str):
        raise _Invalid(f"{where} must be a string, got {value!r}")
    if value not in text:
        raise _Invalid(f"{where} {value!r} is not a substring of the article text")


def _check_actor_list(text: str, value: Any, where: str) -> None:
    if not isinstance(value, list):
        raise _Invalid(f"{where} must be a list")
    for i, actor in enumerate(value):
        if not isinstance(actor, dict):
            raise _Invalid(f"{where}[{i}] must be an object")
        _check_span(text, actor.get("text"), f"{where}[{i}].text")


def _check_event(text: str, event: Any, where: str) -> None:
    if not isinstance(event, dict):
        raise _Invalid(f"{where} must be an object")
    if event.get("type") not in PLOVER_TYPES:
        raise _Invalid(f"{where}.type {event.get('type')!r} is not one of the 16 PLOVER types")
    modality = event.get("modality", "asserted")
    if modality is not None and modality not in MODALITIES:
        raise _Invalid(f"{where}.modality {modality!r} is not one of {', '.join(MODALITIES)}")
    for role in ("actor", "recipient"):
        _check_actor_list(text, event.get(role, []), f"{where}.{role}")
    _check_span(text, event.get("evidence"), f"{where}.evidence")
    location = event.get("location")
    if location is not None:
        if not isinstance(location, dict):
            raise _Invalid(f"{where}.location must be an object or null")
        _check_span(text, location.get("text"), f"{where}.location.text")
    reported_by = event.get("reported_by", [])
    if not isinstance(reported_by, list) or not all(isinstance(r, str) for r in reported_by):
        raise _Invalid(f"{where}.reported_by must be a list of strings")


def _check_quote(text: str, quote: Any, where: str) -> None:
    if not isinstance(quote, dict):
        raise _Invalid(f"{where} must be an object")
    if quote.get("kind", "direct") not in QUOTE_KINDS:
        raise _Invalid(f"{where}.kind {quote.get('kind')!r} is not one of {', '.join(QUOTE_KINDS)}")
    _check_span(text, quote.get("text"), f"{where}.text", nullable=False)
    speaker = quote.get("speaker")
    if speaker is not None:
        if not isinstance(speaker, dict):
            raise _Invalid(f"{where}.speaker must be an object or null")
        _check_span(text, speaker.get("text"), f"{where}.speaker.text")


def _check_time(text: str, time: Any, where: str) -> None:
    if not isinstance(time, dict):
        raise _Invalid(f"{where} must be an object")
    _check_span(text, time.get("text"), f"{where}.text", nullable=False)


def parse_gold_record(record: Any, *, line: int | None = None) -> GoldDocument:
    """Check one decoded JSON object and wrap it; raises _Invalid (a ValueError) with the reason."""
    if not isinstance(record, dict):
        raise _Invalid("a line must hold a JSON object")
    doc_id, text = record.get("doc_id"), record.get("text")
    if not isinstance(doc_id, str) or not doc_id:
        raise _Invalid("missing or empty 'doc_id'")
    if not isinstance(text, str):
        raise _Invalid("missing 'text' (the article, a string)")
    published = record.get("published")
    if published is not None:
        try:
            dt.date.fromisoformat(str(published)[:10])
        except ValueError as err:
            raise _Invalid(f"'published' {published!r} is not an ISO date") from err
    items: dict[str, list[dict[str, Any]]] = {}
    for key, check in (("events", _check_event), ("quotes", _check_quote), ("times", _check_time)):
        value = record.get(key) or []
        if not isinstance(value, list):
            raise _Invalid(f"'{key}' must be a list")
        for i, item in enumerate(value):
            check(text, item, f"{key}[{i}]")
        items[key] = value
    return GoldDocument(
        doc_id=doc_id,
        text=text,
        lang=record.get("lang"),
        published=str(published)[:10] if published is not None else None,
        title=record.get("title"),
        line=line,
        **items,
    )


def read_gold(path: str | Path) -> list[GoldDocument]:
    """Every article of a warta-gold v1 JSONL file, in file order (blank lines are skipped)."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise InputError(str(path), f"cannot read: {err.strerror or err}") from err
    except UnicodeDecodeError as err:
        raise InputError(str(path), f"not UTF-8 text: {err.reason}") from err
    documents: list[GoldDocument] = []
    seen: set[str] = set()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(str(path), f"invalid JSON: {err.msg} (column {err.colno})", line=number) from err
        try:
            document = parse_gold_record(record, line=number)
        except _Invalid as err:
            raise InputError(str(path), str(err), line=number) from err
        if document.doc_id in seen:
            raise InputError(str(path), f"doc_id {document.doc_id!r} appears twice", line=number)
        seen.add(document.doc_id)
        documents.append(document)
    return documents


def write_gold(path: str | Path, records: Iterable[GoldDocument | dict[str, Any]]) -> int:
    """Write records as warta-gold v1 JSONL (UTF-8, not ASCII-escaped); returns how many."""
    count = 0
    with Path(path).open("w", encoding="utf-8") as out:
        for record in records:
            data = record.to_dict() if isinstance(record, GoldDocument) else record
            out.write(json.dumps(data, ensure_ascii=False) + "\n")
            count += 1
    return count


# --- Document -> gold ---------------------------------------------------------------------------


def _actor(actor: Actor) -> dict[str, Any]:
    return {"text": actor.text, "country": actor.country, "sector": actor.sector}


def _speaker(actor: Actor | None) -> dict[str, Any] | None:
    if actor is None:
        return None
    # A speaker known only by name (no mention near the cue) has an empty span: text is null.
    text = actor.text or None
    return {"text": text, "name": actor.name, "country": actor.country, "sector": actor.sector}


def event_to_gold(event: Event) -> dict[str, Any]:
    return {
        "type": event.type,
        "mode": event.mode,
        "context": list(event.context),
        "actor": [_actor(a) for a in event.actor],
        "recipient": [_actor(a) for a in event.recipient],
        "modality": event.modality,
        "date": event.date,
        "location": (
            {"text": event.location.text, "country": event.location.country} if event.location else None
        ),
        "reported_by": [s.text for s in event.reported_by],
        "evidence": event.evidence,
        "start": event.start,
        "end": event.end,
        **({"rule": event.rule} if event.rule else {}),  # provenance, beyond v1
    }


def quote_to_gold(quote: Quote) -> dict[str, Any]:
    return {
        "kind": quote.kind,
        "text": quote.text,
        "speaker": _speaker(quote.speaker),
        "cue": quote.cue.text if quote.cue else None,
        "reported_by": [s.text for s in quote.reported_by],
        "start": quote.start,
        "end": quote.end,
    }


def time_to_gold(time: Time) -> dict[str, Any]:
    return {
        "text": time.text,
        "value": time.value,
        "anchor": time.anchor,
        "start": time.start,
        "end": time.end,
    }


def document_to_gold(document: Document) -> dict[str, Any]:
    """One warta-gold v1 object for a pipeline Document (its events, quotes and times)."""
    return {
        "doc_id": document.doc_id,
        "lang": document.lang,
        "published": document.published.isoformat() if document.published else None,
        "title": document.title,
        "text": document.text,
        "events": [event_to_gold(e) for e in document.events],
        "quotes": [quote_to_gold(q) for q in document.quotes],
        "times": [time_to_gold(t) for t in document.times],
    }


# --- gold -> Document (spans located in the text) -----------------------------------------------


def _occurrences(text: str, needle: str) -> list[int]:
    found, i = [], text.find(needle)
    while needle and i >= 0:
        found.append(i)
        i = text.find(needle, i + 1)
    return found


def locate(text: str, needle: str, *, near: tuple[int, int] | None = None, taken: Iterable[int] = ()) -> int:
    """Start offset of `needle` in `text`: inside `near` if it occurs there, else the occurrence
    closest to it; occurrences in `taken` are used only when nothing else is left. -1 if absent."""
    starts = _occurrences(text, needle)
    if not starts:
        return -1
    free = [s for s in starts if s not in set(taken)] or starts
    if near is None:
        return free[0]
    a, b = near
    inside = [s for s in free if a <= s and s + len(needle) <= b]
    if inside:
        return inside[0]
    return min(free, key=lambda s: min(abs(s - a), abs(s - b)))


def item_spans(text: str, items: list[dict[str, Any]], key: str) -> list[tuple[int, int] | None]:
    """(start, end) of each item's `key` span: its own offsets when it carries valid ones, else
    successive occurrences in the text (the second item saying "Rabu" gets the second "Rabu")."""
    spans: list[tuple[int, int] | None] = []
    taken: list[int] = []
    for item in items:
        value = item.get(key)
        start, end = item.get("start"), item.get("end")
        has_offsets = isinstance(start, int) and isinstance(end, int)
        if isinstance(value, str) and has_offsets and text[start:end] == value:
            spans.append((start, end))
            taken.append(start)
            continue
        if not isinstance(value, str) or not value:
            spans.append(None)
            continue
        at = locate(text, value, taken=taken)
        if at < 0:
            spans.append(None)
            continue
        taken.append(at)
        spans.append((at, at + len(value)))
    return spans


def _gold_actor(text: str, data: dict[str, Any], near: tuple[int, int] | None) -> Actor:
    value = data.get("text") or ""
    at = max(locate(text, value, near=near), 0) if value else (near[0] if near else 0)
    return Actor(
        at,
        at + len(value),
        value,
        name=data.get("name"),
        country=data.get("country"),
        sector=data.get("sector"),
    )


def _source(text: str, name: str, near: tuple[int, int] | None) -> Source:
    at = max(locate(text, name, near=near), 0)
    return Source(at, at + len(name), name) if text[at : at + len(name)] == name else Source(0, 0, "")


def gold_to_document(gold: GoldDocument | dict[str, Any]) -> Document:
    """A Document carrying the gold events, quotes and times, every span located in the text."""
    g = gold if isinstance(gold, GoldDocument) else parse_gold_record(gold)
    text = g.text
    events = []
    for i, (item, span) in enumerate(zip(g.events, item_spans(text, g.events, "evidence"), strict=True)):
        start, end = span or (0, 0)
        loc = item.get("location")
        location = None
        if loc and loc.get("text"):
            at = max(locate(text, loc["text"], near=span), 0)
            location = Location(at, at + len(loc["text"]), loc["text"], loc.get("country"))
        events.append(
            Event(
                id=f"{g.doc_id}:e{i}",
                type=item["type"],
                start=start,
                end=end,
                evidence=text[start:end],
                mode=item.get("mode"),
                context=tuple(item.get("context") or ()),
                actor=tuple(_gold_actor(text, a, span) for a in item.get("actor", [])),
                recipient=tuple(_gold_actor(text, a, span) for a in item.get("recipient", [])),
                modality=item.get("modality") or "asserted",
                date=item.get("date"),
                location=location,
                reported_by=tuple(_source(text, r, span) for r in item.get("reported_by", [])),
                stage="gold",
            )
        )
    quotes = []
    for i, (item, span) in enumerate(zip(g.quotes, item_spans(text, g.quotes, "text"), strict=True)):
        start, end = span or (0, 0)
        speaker = item.get("speaker")
        cue = item.get("cue")
        cue_at = locate(text, cue, near=span) if cue else -1
        quotes.append(
            Quote(
                id=f"{g.doc_id}:q{i}",
                kind=item.get("kind", "direct"),
                start=start,
                end=end,
                text=text[start:end],
                speaker=_gold_actor(text, speaker, span) if speaker else None,
                cue=Cue(cue_at, cue_at + len(cue), cue) if cue and cue_at >= 0 else None,
                reported_by=tuple(_source(text, r, span) for r in item.get("reported_by", [])),
                stage="gold",
            )
        )
    times = []
    for item, span in zip(g.times, item_spans(text, g.times, "text"), strict=True):
        start, end = span or (0, 0)
        times.append(
            Time(start, end, text[start:end], item.get("value"), anchor=item.get("anchor") or "absolute")
        )
    return Document(
        doc_id=g.doc_id,
        text=text,
        lang=g.lang,
        published=dt.date.fromisoformat(g.published) if g.published else None,
        title=g.title,
        events=tuple(events),
        quotes=tuple(quotes),
        times=tuple(dataclasses.replace(t, stage="gold") for t in times),
    )
