"""Creating and upgrading the schema with Alembic, run in code (users need no alembic.ini).

To change the schema: edit schema.py, then write the next revision in migrations/versions/
(numbered ids: "0002", "0003"…), e.g. let Alembic draft it from a database at the previous head:

    from alembic import command
    from warta.store.migrate import alembic_config
    command.revision(alembic_config("sqlite:///warta.db"), message="add …", autogenerate=True, rev_id="0002")

tests/store/test_store_open.py checks that the revisions build exactly what schema.py describes.
"""

from __future__ import annotations

import logging
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError

from warta.errors import StoreError
from warta.store.engine import SQLITE_BEGIN, display_url

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().with_name("migrations")


def alembic_config(url: str, script_location: Path | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(script_location or MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def head_revision(script_location: Path | None = None) -> str | None:
    """The latest revision this warta knows."""
    script = ScriptDirectory.from_config(alembic_config("sqlite://", script_location))
    return script.get_current_head()


def current_revision(engine: sa.Engine) -> str | None:
    """The revision the database is at; None for a new (empty) database."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: sa.Engine, script_location: Path | None = None) -> str | None:
    """Bring the database to the latest revision, in one transaction; returns that revision."""
    url = engine.url.render_as_string(hide_password=False)
    config = alembic_config(url, script_location)
    script = ScriptDirectory.from_config(config)
    head = script.get_current_head()
    try:
        current = current_revision(engine)
    except sa.exc.SQLAlchemyError as error:
        raise StoreError(f"{display_url(engine.url)}: cannot open the database: {error}") from error
    if current == head:
        return head
    if current is not None:
        try:
            script.get_revision(current)
        except CommandError as error:
            raise StoreError(
                f"{display_url(engine.url)}: the database is at schema revision {current!r}, which this "
                f"version of warta does not know (it knows up to {head!r}); upgrade warta"
            ) from error
    log.info("upgrading %s from schema revision %s to %s", display_url(engine.url), current, head)
    try:
        # The write lock first, then Alembic reads the revision again: of two processes opening a
        # new database at once, the second waits and then finds nothing left to do.
        with engine.execution_options(**{SQLITE_BEGIN: "IMMEDIATE"}).begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except (sa.exc.SQLAlchemyError, CommandError) as error:
        raise StoreError(
            f"{display_url(engine.url)}: cannot upgrade the database from schema revision {current!r} "
            f"to {head!r}: {error}"
        ) from error
    return head
