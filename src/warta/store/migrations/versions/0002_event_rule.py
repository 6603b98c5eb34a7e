"""events.rule: the lexicon entry or rule that produced each event, so an analyst can ask why

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # batch mode: SQLite cannot ALTER a table in place; existing events keep rule NULL (made before
    # provenance was recorded)
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("rule", sa.String(200)))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("rule")
