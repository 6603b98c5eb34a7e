"""The tables, as SQLAlchemy Core. This module describes the *latest* schema; the Alembic
revisions in ``migrations/versions`` build it step by step (a test checks that the two agree).

Every span keeps its own text next to its offsets (``text[start:end] == text`` was checked before
the row was written), so rows can be read, filtered and exported without the article.
Lists that are only ever read whole (removed spans, sentence offsets, contexts, stages) are JSON.
"""

from __future__ import annotations

import sqlalchemy as sa

# Named constraints, so later migrations (batch mode on SQLite) can find and alter them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)


def _doc_fk() -> sa.Column:
    return sa.Column(
        "doc_id", sa.String, sa.ForeignKey("documents.doc_id", ondelete="CASCADE"), nullable=False, index=True
    )


def _span(prefix: str = "", *, nullable: bool = False) -> list[sa.Column]:
    return [
        sa.Column(f"{prefix}text", sa.Text, nullable=nullable),
        sa.Column(f"{prefix}start", sa.Integer, nullable=nullable),
        sa.Column(f"{prefix}end", sa.Integer, nullable=nullable),
    ]


documents = sa.Table(
    "documents",
    metadata,
    sa.Column("doc_id", sa.String, primary_key=True),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("lang", sa.String(16), index=True),
    sa.Column("published", sa.Date, index=True),
    sa.Column("title", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("source", sa.Text),
    sa.Column("removed", sa.JSON, nullable=False),  # [[start, end], ...]
    sa.Column("sentences", sa.JSON, nullable=False),  # [[start, end], ...]
    sa.Column("n_sentences", sa.Integer, nullable=False),
    # provenance: which stages produced the record, by which warta, when
    sa.Column("stages", sa.JSON, nullable=False),
    sa.Column("warta_version", sa.String(32), nullable=False),
    sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
)

mentions = sa.Table(
    "mentions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _doc_fk(),
    sa.Column("position", sa.Integer, nullable=False),
    *_span(),
    sa.Column("label", sa.String(16), nullable=False),
    sa.Column("stage", sa.String(32), nullable=False),
)

actors = sa.Table(
    "actors",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _doc_fk(),
    sa.Column("position", sa.Integer, nullable=False),
    *_span(),
    sa.Column("name", sa.Text),
    sa.Column("country", sa.String(16), index=True),
    sa.Column("sector", sa.String(16)),
    sa.Column("stage", sa.String(32), nullable=False),
)

# Document.times (listed=True) plus any Event.time that is not one of them (listed=False),
# so that every event can point at its time by id.
times = sa.Table(
    "times",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _doc_fk(),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("listed", sa.Boolean, nullable=False),
    *_span(),
    sa.Column("value", sa.String(64)),
    sa.Column("anchor", sa.String(16), nullable=False),
    sa.Column("granularity", sa.String(16), nullable=False),
    sa.Column("stage", sa.String(32), nullable=False),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _doc_fk(),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("event_id", sa.String, nullable=False),  # Event.id
    sa.Column("type", sa.String(16), nullable=False, index=True),
    sa.Column("mode", sa.String(32)),
    sa.Column("context", sa.JSON, nullable=False),
    sa.Column("modality", sa.String(16), nullable=False),
    sa.Column("date", sa.String(64)),  # as extracted: day, "start/end", month or year
    # the first and last day `date` covers, for range queries
    sa.Column("date_start", sa.Date, index=True),
    sa.Column("date_end", sa.Date, index=True),
    sa.Column("evidence", sa.Text, nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    *_span("trigger_", nullable=True),
    *_span("location_", nullable=True),
    sa.Column("location_country", sa.String(16)),
    sa.Column("time_id", sa.Integer, sa.ForeignKey("times.id", ondelete="SET NULL")),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("cameo", sa.String(16)),
    sa.Column("rule", sa.String(200)),  # the lexicon entry that made the event (migration 0002)
    sa.Column("stage", sa.String(32), nullable=False),
    sa.UniqueConstraint("doc_id", "event_id", name="uq_events_doc_id_event_id"),
)

event_actors = sa.Table(
    "event_actors",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column(
        "event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    sa.Column("role", sa.String(16), nullable=False),  # actor | recipient
    sa.Column("position", sa.Integer, nullable=False),
    *_span(),
    sa.Column("name", sa.Text),
    sa.Column("country", sa.String(16), index=True),
    sa.Column("sector", sa.String(16)),
    sa.Column("stage", sa.String(32), nullable=False),
)

quotes = sa.Table(
    "quotes",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _doc_fk(),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("quote_id", sa.String, nullable=False),  # Quote.id
    sa.Column("kind", sa.String(16), nullable=False),
    *_span(),
    *_span("speaker_", nullable=True),
    sa.Column("speaker_name", sa.Text),
    sa.Column("speaker_country", sa.String(16), index=True),
    sa.Column("speaker_sector", sa.String(16)),
    sa.Column("speaker_stage", sa.String(32)),
    *_span("cue_", nullable=True),
    sa.Column("event_id", sa.String),  # Quote.event_id: the Event.id of the same document
    sa.Column("stage", sa.String(32), nullable=False),
    sa.UniqueConstraint("doc_id", "quote_id", name="uq_quotes_doc_id_quote_id"),
)

# Who an event or a quote is credited to ("menurut KCNA"), innermost first.
sources = sa.Table(
    "sources",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _doc_fk(),
    sa.Column("owner_kind", sa.String(8), nullable=False),  # event | quote
    sa.Column("owner_id", sa.Integer, nullable=False),  # events.id or quotes.id
    sa.Column("position", sa.Integer, nullable=False),
    *_span(),
    sa.Index("ix_sources_owner", "owner_kind", "owner_id"),
)

# Articles about the same happening (filled by the stories stage, later).
stories = sa.Table(
    "stories",
    metadata,
    sa.Column("id", sa.String, primary_key=True),
    sa.Column("title", sa.Text),
)

story_documents = sa.Table(
    "story_documents",
    metadata,
    sa.Column("story_id", sa.String, sa.ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
    sa.Column(
        "doc_id",
        sa.String,
        sa.ForeignKey("documents.doc_id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
)

# Children first: the order to delete a document's rows in.
DOCUMENT_TABLES: tuple[sa.Table, ...] = (
    story_documents, sources, quotes, event_actors, events, times, actors, mentions, documents,
)  # fmt: skip
