"""Writing one Document's rows (inside the caller's transaction) and deleting them."""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

import sqlalchemy as sa

from warta.errors import StoreError
from warta.model import Actor, Document, Source, Time, offset_errors
from warta.store.schema import (
    actors,
    documents,
    event_actors,
    events,
    mentions,
    quotes,
    sources,
    story_documents,
    times,
)


def _day_bounds(value: str) -> tuple[dt.date | None, dt.date | None]:
    value = value.strip()
    if len(value) > 10 and value[10] in "T ":
        value = value[:10]
    try:
        if len(value) == 10:
            day = dt.date.fromisoformat(value)
            return day, day
        if len(value) == 7 and value[4] == "-":
            year, month = int(value[:4]), int(value[5:])
            return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
        if len(value) == 4:
            year = int(value)
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
    except ValueError:
        pass
    return None, None


def date_bounds(value: str | None) -> tuple[dt.date | None, dt.date | None]:
    """First and last day an extracted date covers: "2023-09-13", "2023-09-11/2023-09-17",
    "2023-10" (the month), "2023" (the year); (None, None) when it is missing or unreadable."""
    if not value:
        return None, None
    if "/" in value:
        first, last = value.split("/", 1)
        start, end = _day_bounds(first)[0], _day_bounds(last)[1]
        return (start, end) if start and end and start <= end else (None, None)
    return _day_bounds(value)


def check_document(document: Document) -> None:
    """Refuse a record that would be stored wrong: no id, or spans that do not point at their text."""
    if not isinstance(document, Document):
        raise StoreError(f"can only save a warta Document, not {type(document).__name__}")
    if not isinstance(document.doc_id, str) or not document.doc_id:
        raise StoreError(f"document has no doc_id ({document.doc_id!r})")
    for kind, ids in (("event", [e.id for e in document.events]), ("quote", [q.id for q in document.quotes])):
        repeated = sorted({i for i in ids if ids.count(i) > 1})
        if repeated:
            raise StoreError(
                f"document {document.doc_id!r} not saved: {kind} id {repeated[0]!r} is used twice"
            )
    errors = offset_errors(document)
    if errors:
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise StoreError(f"document {document.doc_id!r} not saved: bad offsets: {errors[0]}{more}")


def _span(item: Any, prefix: str = "") -> dict[str, Any]:
    if item is None:
        return {f"{prefix}text": None, f"{prefix}start": None, f"{prefix}end": None}
    return {f"{prefix}text": item.text, f"{prefix}start": item.start, f"{prefix}end": item.end}


def _actor_row(actor: Actor) -> dict[str, Any]:
    return {
        **_span(actor),
        "name": actor.name,
        "country": actor.country,
        "sector": actor.sector,
        "stage": actor.stage,
    }


def _time_row(doc_id: str, position: int, time: Time, *, listed: bool) -> dict[str, Any]:
    return {
        "doc_id": doc_id, "position": position, "listed": listed, **_span(time), "value": time.value,
        "anchor": time.anchor, "granularity": time.granularity, "stage": time.stage,
    }  # fmt: skip


def _source_rows(doc_id: str, kind: str, owner_id: int, items: tuple[Source, ...]) -> list[dict[str, Any]]:
    return [
        {"doc_id": doc_id, "owner_kind": kind, "owner_id": owner_id, "position": i, **_span(source)}
        for i, source in enumerate(items)
    ]


def _insert_one(connection: sa.Connection, table: sa.Table, row: dict[str, Any]) -> int:
    return connection.execute(table.insert().values(**row)).inserted_primary_key[0]


def _insert_many(connection: sa.Connection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    if rows:
        connection.execute(table.insert(), rows)


def insert_document(
    connection: sa.Connection, document: Document, *, warta_version: str, ingested_at: dt.datetime
) -> None:
    """Insert every row of ``document``; the caller owns the transaction."""
    doc_id = document.doc_id
    _insert_one(
        connection,
        documents,
        {
            "doc_id": doc_id, "text": document.text, "lang": document.lang, "published": document.published,
            "title": document.title, "url": document.url, "source": document.source,
            "removed": [list(span) for span in document.removed],
            "sentences": [[s.start, s.end] for s in document.sentences],
            "n_sentences": len(document.sentences), "stages": list(document.stages),
            "warta_version": warta_version, "ingested_at": ingested_at,
        },
    )  # fmt: skip
    _insert_many(
        connection,
        mentions,
        [
            {"doc_id": doc_id, "position": i, **_span(m), "label": m.label, "stage": m.stage}
            for i, m in enumerate(document.mentions)
        ],
    )
    _insert_many(
        connection,
        actors,
        [{"doc_id": doc_id, "position": i, **_actor_row(a)} for i, a in enumerate(document.actors)],
    )

    time_ids: dict[Time, int] = {}
    for i, time in enumerate(document.times):
        time_id = _insert_one(connection, times, _time_row(doc_id, i, time, listed=True))
        time_ids.setdefault(time, time_id)
    for event in document.events:  # an event's time that the times stage did not list
        if event.time is not None and event.time not in time_ids:
            row = _time_row(doc_id, len(time_ids), event.time, listed=False)
            time_ids[event.time] = _insert_one(connection, times, row)

    party_rows: list[dict[str, Any]] = []
    source_rows: list[dict[str, Any]] = []
    for i, event in enumerate(document.events):
        start, end = date_bounds(event.date)
        row = {
            "doc_id": doc_id, "position": i, "event_id": event.id, "type": event.type, "mode": event.mode,
            "context": list(event.context), "modality": event.modality, "date": event.date,
            "date_start": start, "date_end": end, "evidence": event.evidence, "start": event.start,
            "end": event.end, **_span(event.trigger, "trigger_"), **_span(event.location, "location_"),
            "location_country": event.location.country if event.location else None,
            "time_id": time_ids[event.time] if event.time is not None else None,
            "confidence": float(event.confidence), "cameo": event.cameo, "rule": event.rule,
            "stage": event.stage,
        }  # fmt: skip
        event_pk = _insert_one(connection, events, row)
        for role in ("actor", "recipient"):
            party_rows.extend(
                {"event_id": event_pk, "role": role, "position": j, **_actor_row(actor)}
                for j, actor in enumerate(getattr(event, role))
            )
        source_rows.extend(_source_rows(doc_id, "event", event_pk, event.reported_by))

    for i, quote in enumerate(document.quotes):
        speaker = quote.speaker
        row = {
            "doc_id": doc_id, "position": i, "quote_id": quote.id, "kind": quote.kind, **_span(quote),
            **_span(speaker, "speaker_"),
            "speaker_name": speaker.name if speaker else None,
            "speaker_country": speaker.country if speaker else None,
            "speaker_sector": speaker.sector if speaker else None,
            "speaker_stage": speaker.stage if speaker else None,
            **_span(quote.cue, "cue_"), "event_id": quote.event_id, "stage": quote.stage,
        }  # fmt: skip
        quote_pk = _insert_one(connection, quotes, row)
        source_rows.extend(_source_rows(doc_id, "quote", quote_pk, quote.reported_by))

    _insert_many(connection, event_actors, party_rows)
    _insert_many(connection, sources, source_rows)


def delete_document(connection: sa.Connection, doc_id: str) -> bool:
    """Delete every row of one document (children first, so no foreign-key cascade is needed)."""
    event_ids = sa.select(events.c.id).where(events.c.doc_id == doc_id)
    connection.execute(event_actors.delete().where(event_actors.c.event_id.in_(event_ids)))
    for table in (story_documents, sources, quotes, events, times, actors, mentions):
        connection.execute(table.delete().where(table.c.doc_id == doc_id))
    return connection.execute(documents.delete().where(documents.c.doc_id == doc_id)).rowcount > 0
