"""The read queries behind `warta events|quotes|actors|docs`: flat rows (plain dicts of str, int,
float or None), one per event/quote/actor/document, in a fixed column order (the *_COLUMNS)."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

import sqlalchemy as sa

from warta.actors.kb import name_key
from warta.errors import StoreError
from warta.store.schema import actors, documents, event_actors, events, quotes, sources

EVENT_COLUMNS: tuple[str, ...] = (
    "doc_id", "event_id", "published", "date", "date_start", "date_end", "type", "mode", "modality",
    "actor", "actor_name", "actor_country", "actor_sector",
    "recipient", "recipient_name", "recipient_country", "recipient_sector",
    "location", "location_country", "reported_by", "context", "trigger", "evidence", "start", "end",
    "confidence", "cameo", "rule",
)  # fmt: skip
QUOTE_COLUMNS: tuple[str, ...] = (
    "doc_id", "quote_id", "published", "kind", "speaker", "speaker_name", "speaker_country",
    "speaker_sector", "cue", "text", "start", "end", "reported_by", "event_id",
)  # fmt: skip
ACTOR_COLUMNS: tuple[str, ...] = ("name", "country", "sector", "mentions", "documents")
DOCUMENT_COLUMNS: tuple[str, ...] = (
    "doc_id", "published", "lang", "title", "url", "source", "chars", "sentences", "events", "quotes",
    "stages", "warta_version", "ingested_at",
)  # fmt: skip
COLUMNS: dict[str, tuple[str, ...]] = {
    "events": EVENT_COLUMNS, "quotes": QUOTE_COLUMNS, "actors": ACTOR_COLUMNS, "documents": DOCUMENT_COLUMNS,
}  # fmt: skip

SEPARATOR = "; "  # joins the parts of a multi-valued cell (two actors, a source chain)
_CHUNK = 500  # ids per IN (...) list, well under every database's parameter limit

Filter = str | Iterable[str] | None


def _values(value: Filter, *, upper: bool = False) -> list[str] | None:
    if value is None:
        return None
    items = [value] if isinstance(value, str) else list(value)
    items = [item.strip() for item in items if item and item.strip()]
    return [item.upper() for item in items] if upper else items


def _as_date(value: dt.date | str | None, name: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError as error:
        raise StoreError(f"{name}={value!r} is not an ISO date (YYYY-MM-DD)") from error


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _join(values: list[str | None]) -> str | None:
    if not any(values):
        return None
    return SEPARATOR.join(value or "" for value in values)


def _contains(column: sa.ColumnElement, needle: str) -> sa.ColumnElement[bool]:
    return sa.func.lower(column).contains(needle.lower(), autoescape=True)


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i : i + _CHUNK]


def _check_limit(limit: int | None) -> None:
    if limit is not None and limit < 0:
        raise StoreError(f"limit={limit} must be 0 or more")


def _limit(query: sa.Select, limit: int | None) -> sa.Select:
    _check_limit(limit)
    return query if limit is None else query.limit(limit)


def _sources(connection: sa.Connection, kind: str, ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    for chunk in _chunks(ids):
        query = (
            sa.select(sources.c.owner_id, sources.c.text)
            .where(sources.c.owner_kind == kind, sources.c.owner_id.in_(chunk))
            .order_by(sources.c.owner_id, sources.c.position)
        )
        for owner_id, text in connection.execute(query):
            found[owner_id].append(text)
    return found


def query_events(
    connection: sa.Connection,
    *,
    type: Filter = None,  # noqa: A002 - the PLOVER word, and the CLI option's name
    country: Filter = None,
    actor: str | None = None,
    since: dt.date | str | None = None,
    until: dt.date | str | None = None,
    doc_id: Filter = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Events, filtered. ``country`` and ``actor`` match either party (actor or recipient);
    ``actor`` is a case-insensitive substring of the party's text or canonical name. ``since`` and
    ``until`` keep events whose date range overlaps them; an undated event counts as happening on
    its article's publication date (and is dropped by a date filter when that is unknown too)."""
    first_day = sa.func.coalesce(events.c.date_start, documents.c.published)
    last_day = sa.func.coalesce(events.c.date_end, documents.c.published)
    query = sa.select(events, documents.c.published).join(documents, documents.c.doc_id == events.c.doc_id)
    if (types := _values(type, upper=True)) is not None:
        query = query.where(events.c.type.in_(types))
    if (doc_ids := _values(doc_id)) is not None:
        query = query.where(events.c.doc_id.in_(doc_ids))
    if (countries := _values(country, upper=True)) is not None:
        party = sa.select(event_actors.c.id).where(
            event_actors.c.event_id == events.c.id, event_actors.c.country.in_(countries)
        )
        query = query.where(party.exists())
    if actor:
        party = sa.select(event_actors.c.id).where(
            event_actors.c.event_id == events.c.id,
            sa.or_(_contains(event_actors.c.text, actor), _contains(event_actors.c.name, actor)),
        )
        query = query.where(party.exists())
    if (since_day := _as_date(since, "since")) is not None:
        query = query.where(last_day >= since_day)
    if (until_day := _as_date(until, "until")) is not None:
        query = query.where(first_day <= until_day)
    query = query.order_by(first_day.asc().nulls_last(), events.c.doc_id, events.c.position)
    found = list(connection.execute(_limit(query, limit)))

    ids = [row.id for row in found]
    parties: dict[tuple[int, str], list[Any]] = defaultdict(list)
    for chunk in _chunks(ids):
        party_query = (
            sa.select(event_actors)
            .where(event_actors.c.event_id.in_(chunk))
            .order_by(event_actors.c.event_id, event_actors.c.position)
        )
        for row in connection.execute(party_query):
            parties[(row.event_id, row.role)].append(row)
    reported = _sources(connection, "event", ids)

    result = []
    for row in found:
        item: dict[str, Any] = {
            "doc_id": row.doc_id, "event_id": row.event_id, "published": _iso(row.published),
            "date": row.date, "date_start": _iso(row.date_start), "date_end": _iso(row.date_end),
            "type": row.type, "mode": row.mode, "modality": row.modality,
        }  # fmt: skip
        for role in ("actor", "recipient"):
            members = parties[(row.id, role)]
            item[role] = _join([m.text for m in members])
            item[f"{role}_name"] = _join([m.name for m in members])
            item[f"{role}_country"] = _join([m.country for m in members])
            item[f"{role}_sector"] = _join([m.sector for m in members])
        item.update(
            {
                "location": row.location_text,
                "location_country": row.location_country,
                "reported_by": _join(reported.get(row.id, [])),
                "context": _join(list(row.context or ())),
                "trigger": row.trigger_text,
                "evidence": row.evidence,
                "start": row.start,
                "end": row.end,
                "confidence": row.confidence,
                "cameo": row.cameo,
                "rule": row.rule,
            }  # fmt: skip
        )
        result.append({column: item[column] for column in EVENT_COLUMNS})
    return result


def query_quotes(
    connection: sa.Connection,
    *,
    speaker: str | None = None,
    country: Filter = None,
    doc_id: Filter = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Quotes, filtered; ``speaker`` is a case-insensitive substring of the speaker's text or name,
    ``country`` the speaker's country code."""
    query = sa.select(quotes, documents.c.published).join(documents, documents.c.doc_id == quotes.c.doc_id)
    if speaker:
        query = query.where(
            sa.or_(_contains(quotes.c.speaker_text, speaker), _contains(quotes.c.speaker_name, speaker))
        )
    if (countries := _values(country, upper=True)) is not None:
        query = query.where(quotes.c.speaker_country.in_(countries))
    if (doc_ids := _values(doc_id)) is not None:
        query = query.where(quotes.c.doc_id.in_(doc_ids))
    query = query.order_by(documents.c.published.asc().nulls_last(), quotes.c.doc_id, quotes.c.position)
    found = list(connection.execute(_limit(query, limit)))
    reported = _sources(connection, "quote", [row.id for row in found])
    return [
        {
            "doc_id": row.doc_id,
            "quote_id": row.quote_id,
            "published": _iso(row.published),
            "kind": row.kind,
            "speaker": row.speaker_text,
            "speaker_name": row.speaker_name,
            "speaker_country": row.speaker_country,
            "speaker_sector": row.speaker_sector,
            "cue": row.cue_text,
            "text": row.text,
            "start": row.start,
            "end": row.end,
            "reported_by": _join(reported.get(row.id, [])),
            "event_id": row.event_id,
        }  # fmt: skip
        for row in found
    ]


def query_actors(
    connection: sa.Connection,
    *,
    country: Filter = None,
    name: str | None = None,
    doc_id: Filter = None,
    limit: int | None = None,
    named: bool = False,
) -> list[dict[str, Any]]:
    """Resolved actors, one row per (name, country, sector), most mentioned first. An actor with
    no canonical name (a common noun or pronoun: "polisi", "mereka") is counted under its text as
    written, or left out with ``named``. Spellings of one name count together
    ("Kim Yung-ho" and "Kim Yung Ho": the same words, case and hyphens aside), shown as the
    commonest one."""
    _check_limit(limit)
    label = sa.func.coalesce(actors.c.name, actors.c.text).label("name")
    query = sa.select(label, actors.c.country, actors.c.sector, actors.c.doc_id, sa.func.count(actors.c.id))
    if (countries := _values(country, upper=True)) is not None:
        query = query.where(actors.c.country.in_(countries))
    if name:
        query = query.where(sa.or_(_contains(actors.c.name, name), _contains(actors.c.text, name)))
    if (doc_ids := _values(doc_id)) is not None:
        query = query.where(actors.c.doc_id.in_(doc_ids))
    if named:
        query = query.where(actors.c.name.is_not(None))
    query = query.group_by(label, actors.c.country, actors.c.sector, actors.c.doc_id)
    spellings: dict[tuple[Any, ...], Counter[str]] = defaultdict(Counter)
    docs: dict[tuple[Any, ...], set[str]] = defaultdict(set)
    for label_text, country_code, sector, doc, n in connection.execute(query):
        key = (name_key(label_text) or (label_text,), country_code, sector)
        spellings[key][label_text] += n
        docs[key].add(doc)
    rows = [
        {
            "name": min(counts, key=lambda s: (-counts[s], s)),
            "country": key[1],
            "sector": key[2],
            "mentions": sum(counts.values()),
            "documents": len(docs[key]),
        }
        for key, counts in spellings.items()
    ]
    rows.sort(key=lambda r: (-r["mentions"], r["name"], r["country"] or "", r["sector"] or ""))
    return rows[:limit] if limit is not None else rows


def query_documents(
    connection: sa.Connection,
    *,
    lang: Filter = None,
    since: dt.date | str | None = None,
    until: dt.date | str | None = None,
    doc_id: Filter = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Stored documents with their counts, filtered on language and publication date."""
    event_count = (
        sa.select(sa.func.count(events.c.id)).where(events.c.doc_id == documents.c.doc_id).scalar_subquery()
    )
    quote_count = (
        sa.select(sa.func.count(quotes.c.id)).where(quotes.c.doc_id == documents.c.doc_id).scalar_subquery()
    )
    query = sa.select(
        documents.c.doc_id, documents.c.published, documents.c.lang, documents.c.title, documents.c.url,
        documents.c.source, sa.func.length(documents.c.text).label("chars"),
        documents.c.n_sentences.label("sentences"), event_count.label("events"),
        quote_count.label("quotes"), documents.c.stages, documents.c.warta_version, documents.c.ingested_at,
    )  # fmt: skip
    if (langs := _values(lang)) is not None:
        query = query.where(documents.c.lang.in_(langs))
    if (since_day := _as_date(since, "since")) is not None:
        query = query.where(documents.c.published >= since_day)
    if (until_day := _as_date(until, "until")) is not None:
        query = query.where(documents.c.published <= until_day)
    if (doc_ids := _values(doc_id)) is not None:
        query = query.where(documents.c.doc_id.in_(doc_ids))
    query = query.order_by(documents.c.published.asc().nulls_last(), documents.c.doc_id)
    rows = []
    for row in connection.execute(_limit(query, limit)):
        item = dict(row._mapping)
        item["published"] = _iso(row.published)
        item["ingested_at"] = _iso(row.ingested_at)
        item["stages"] = ",".join(row.stages or ())
        rows.append(item)
    return rows
