"""initial schema: documents, mentions, actors, times, events, event_actors, quotes, sources, stories

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _doc_fk(table: str) -> list:
    return [
        sa.Column("doc_id", sa.String, nullable=False),
        sa.ForeignKeyConstraint(
            ["doc_id"], ["documents.doc_id"], name=f"fk_{table}_doc_id_documents", ondelete="CASCADE"
        ),
    ]


def _span(prefix: str = "", *, nullable: bool = False) -> list[sa.Column]:
    return [
        sa.Column(f"{prefix}text", sa.Text, nullable=nullable),
        sa.Column(f"{prefix}start", sa.Integer, nullable=nullable),
        sa.Column(f"{prefix}end", sa.Integer, nullable=nullable),
    ]


def _index(table: str, *columns: str) -> None:
    op.create_index(f"ix_{table}_{columns[0]}", table, list(columns))


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("doc_id", sa.String, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("lang", sa.String(16)),
        sa.Column("published", sa.Date),
        sa.Column("title", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("source", sa.Text),
        sa.Column("removed", sa.JSON, nullable=False),
        sa.Column("sentences", sa.JSON, nullable=False),
        sa.Column("n_sentences", sa.Integer, nullable=False),
        sa.Column("stages", sa.JSON, nullable=False),
        sa.Column("warta_version", sa.String(32), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("doc_id", name="pk_documents"),
    )
    _index("documents", "lang")
    _index("documents", "published")

    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer, nullable=False),
        *_doc_fk("mentions"),
        sa.Column("position", sa.Integer, nullable=False),
        *_span(),
        sa.Column("label", sa.String(16), nullable=False),
        sa.Column("stage", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_mentions"),
    )
    _index("mentions", "doc_id")

    op.create_table(
        "actors",
        sa.Column("id", sa.Integer, nullable=False),
        *_doc_fk("actors"),
        sa.Column("position", sa.Integer, nullable=False),
        *_span(),
        sa.Column("name", sa.Text),
        sa.Column("country", sa.String(16)),
        sa.Column("sector", sa.String(16)),
        sa.Column("stage", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_actors"),
    )
    _index("actors", "doc_id")
    _index("actors", "country")

    op.create_table(
        "times",
        sa.Column("id", sa.Integer, nullable=False),
        *_doc_fk("times"),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("listed", sa.Boolean, nullable=False),
        *_span(),
        sa.Column("value", sa.String(64)),
        sa.Column("anchor", sa.String(16), nullable=False),
        sa.Column("granularity", sa.String(16), nullable=False),
        sa.Column("stage", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_times"),
    )
    _index("times", "doc_id")

    op.create_table(
        "events",
        sa.Column("id", sa.Integer, nullable=False),
        *_doc_fk("events"),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("event_id", sa.String, nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("mode", sa.String(32)),
        sa.Column("context", sa.JSON, nullable=False),
        sa.Column("modality", sa.String(16), nullable=False),
        sa.Column("date", sa.String(64)),
        sa.Column("date_start", sa.Date),
        sa.Column("date_end", sa.Date),
        sa.Column("evidence", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        *_span("trigger_", nullable=True),
        *_span("location_", nullable=True),
        sa.Column("location_country", sa.String(16)),
        sa.Column("time_id", sa.Integer),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("cameo", sa.String(16)),
        sa.Column("stage", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_events"),
        sa.ForeignKeyConstraint(
            ["time_id"], ["times.id"], name="fk_events_time_id_times", ondelete="SET NULL"
        ),
        sa.UniqueConstraint("doc_id", "event_id", name="uq_events_doc_id_event_id"),
    )
    _index("events", "doc_id")
    _index("events", "type")
    _index("events", "date_start")
    _index("events", "date_end")

    op.create_table(
        "event_actors",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("event_id", sa.Integer, nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        *_span(),
        sa.Column("name", sa.Text),
        sa.Column("country", sa.String(16)),
        sa.Column("sector", sa.String(16)),
        sa.Column("stage", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_event_actors"),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name="fk_event_actors_event_id_events", ondelete="CASCADE"
        ),
    )
    _index("event_actors", "event_id")
    _index("event_actors", "country")

    op.create_table(
        "quotes",
        sa.Column("id", sa.Integer, nullable=False),
        *_doc_fk("quotes"),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("quote_id", sa.String, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        *_span(),
        *_span("speaker_", nullable=True),
        sa.Column("speaker_name", sa.Text),
        sa.Column("speaker_country", sa.String(16)),
        sa.Column("speaker_sector", sa.String(16)),
        sa.Column("speaker_stage", sa.String(32)),
        *_span("cue_", nullable=True),
        sa.Column("event_id", sa.String),
        sa.Column("stage", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_quotes"),
        sa.UniqueConstraint("doc_id", "quote_id", name="uq_quotes_doc_id_quote_id"),
    )
    _index("quotes", "doc_id")
    _index("quotes", "speaker_country")

    op.create_table(
        "sources",
        sa.Column("id", sa.Integer, nullable=False),
        *_doc_fk("sources"),
        sa.Column("owner_kind", sa.String(8), nullable=False),
        sa.Column("owner_id", sa.Integer, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        *_span(),
        sa.PrimaryKeyConstraint("id", name="pk_sources"),
    )
    _index("sources", "doc_id")
    op.create_index("ix_sources_owner", "sources", ["owner_kind", "owner_id"])

    op.create_table(
        "stories",
        sa.Column("id", sa.String, nullable=False),
        sa.Column("title", sa.Text),
        sa.PrimaryKeyConstraint("id", name="pk_stories"),
    )
    op.create_table(
        "story_documents",
        sa.Column("story_id", sa.String, nullable=False),
        *_doc_fk("story_documents"),
        sa.PrimaryKeyConstraint("story_id", "doc_id", name="pk_story_documents"),
        sa.ForeignKeyConstraint(
            ["story_id"], ["stories.id"], name="fk_story_documents_story_id_stories", ondelete="CASCADE"
        ),
    )
    _index("story_documents", "doc_id")


def downgrade() -> None:
    for table in (
        "story_documents", "stories", "sources", "quotes", "event_actors", "events", "times", "actors",
        "mentions", "documents",
    ):  # fmt: skip
        op.drop_table(table)
