"""Rebuilding a Document from its rows: the exact record that was saved (tokens excepted)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import sqlalchemy as sa

from warta.model import Actor, Cue, Document, Event, Location, Mention, Quote, Sentence, Source, Time
from warta.store.schema import actors, documents, event_actors, events, mentions, quotes, sources, times


def _rows(connection: sa.Connection, table: sa.Table, doc_id: str) -> list[Any]:
    query = sa.select(table).where(table.c.doc_id == doc_id).order_by(table.c.position, table.c.id)
    return list(connection.execute(query))


def _actor(row: Any, prefix: str = "") -> Actor:
    get = row._mapping
    return Actor(
        start=get[f"{prefix}start"], end=get[f"{prefix}end"], text=get[f"{prefix}text"],
        name=get[f"{prefix}name"], country=get[f"{prefix}country"], sector=get[f"{prefix}sector"],
        stage=get[f"{prefix}stage"],
    )  # fmt: skip


def _cue(row: Any, prefix: str) -> Cue | None:
    get = row._mapping
    if get[f"{prefix}start"] is None:
        return None
    return Cue(start=get[f"{prefix}start"], end=get[f"{prefix}end"], text=get[f"{prefix}text"])


def _time(row: Any) -> Time:
    return Time(
        start=row.start, end=row.end, text=row.text, value=row.value, anchor=row.anchor,
        granularity=row.granularity, stage=row.stage,
    )  # fmt: skip


def load_document(connection: sa.Connection, doc_id: str) -> Document | None:
    doc = connection.execute(sa.select(documents).where(documents.c.doc_id == doc_id)).first()
    if doc is None:
        return None
    text = doc.text

    time_rows = _rows(connection, times, doc_id)
    time_by_id = {row.id: _time(row) for row in time_rows}

    source_by_owner: dict[tuple[str, int], list[Source]] = defaultdict(list)
    source_query = (
        sa.select(sources)
        .where(sources.c.doc_id == doc_id)
        .order_by(sources.c.owner_kind, sources.c.owner_id, sources.c.position)
    )
    for row in connection.execute(source_query):
        source_by_owner[(row.owner_kind, row.owner_id)].append(Source(row.start, row.end, row.text))

    parties: dict[tuple[int, str], list[Actor]] = defaultdict(list)
    party_query = (
        sa.select(event_actors)
        .join(events, events.c.id == event_actors.c.event_id)
        .where(events.c.doc_id == doc_id)
        .order_by(event_actors.c.event_id, event_actors.c.role, event_actors.c.position)
    )
    for row in connection.execute(party_query):
        parties[(row.event_id, row.role)].append(_actor(row))

    document_events = []
    for row in _rows(connection, events, doc_id):
        location = None
        if row.location_start is not None:
            location = Location(row.location_start, row.location_end, row.location_text, row.location_country)
        document_events.append(
            Event(
                id=row.event_id,
                type=row.type,
                start=row.start,
                end=row.end,
                evidence=row.evidence,
                trigger=_cue(row, "trigger_"),
                mode=row.mode,
                context=tuple(row.context or ()),
                actor=tuple(parties[(row.id, "actor")]),
                recipient=tuple(parties[(row.id, "recipient")]),
                modality=row.modality,
                date=row.date,
                time=time_by_id.get(row.time_id) if row.time_id is not None else None,
                location=location,
                reported_by=tuple(source_by_owner[("event", row.id)]),
                confidence=row.confidence,
                cameo=row.cameo,
                rule=row.rule,
                stage=row.stage,
            )  # fmt: skip
        )

    document_quotes = [
        Quote(
            id=row.quote_id,
            kind=row.kind,
            start=row.start,
            end=row.end,
            text=row.text,
            speaker=_actor(row, "speaker_") if row.speaker_start is not None else None,
            cue=_cue(row, "cue_"),
            reported_by=tuple(source_by_owner[("quote", row.id)]),
            event_id=row.event_id,
            stage=row.stage,
        )  # fmt: skip
        for row in _rows(connection, quotes, doc_id)
    ]

    return Document(
        doc_id=doc.doc_id,
        text=text,
        lang=doc.lang,
        published=doc.published,
        title=doc.title,
        url=doc.url,
        source=doc.source,
        removed=tuple((start, end) for start, end in doc.removed),
        sentences=tuple(Sentence(start, end, text[start:end]) for start, end in doc.sentences),
        mentions=tuple(
            Mention(row.start, row.end, row.text, row.label, row.stage)
            for row in _rows(connection, mentions, doc_id)
        ),
        actors=tuple(_actor(row) for row in _rows(connection, actors, doc_id)),
        times=tuple(time_by_id[row.id] for row in time_rows if row.listed),
        events=tuple(document_events),
        quotes=tuple(document_quotes),
        stages=tuple(doc.stages),
    )
