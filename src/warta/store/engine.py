"""Making the SQLAlchemy engine for a database URL, with the SQLite settings warta relies on."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import URL, Engine
from sqlalchemy.pool import StaticPool

from warta.errors import StoreError

# Execution option naming how a SQLite transaction begins: "IMMEDIATE" takes the write lock at
# once, so two writers queue (busy timeout) instead of failing when a read turns into a write.
SQLITE_BEGIN = "warta_sqlite_begin"
SQLITE_BUSY_TIMEOUT_S = 30


def display_url(url: URL | str) -> str:
    """The URL as it may be shown to a user (password hidden)."""
    if isinstance(url, str):
        try:
            url = sa.make_url(url)
        except sa.exc.ArgumentError:
            return url
    return url.render_as_string(hide_password=True)


def _is_memory(url: URL) -> bool:
    return url.database in (None, "", ":memory:") or "mode=memory" in str(url.query.get("mode", ""))


def resolve_url(url: str) -> URL:
    """Parse ``url``; a relative SQLite path is made absolute against the current directory now,
    so a later change of directory cannot point the store at another file."""
    try:
        parsed = sa.make_url(url)
    except sa.exc.ArgumentError as error:
        raise StoreError(f"{url!r} is not a database URL (example: sqlite:///warta.db): {error}") from error
    if parsed.get_backend_name() != "sqlite" or _is_memory(parsed) or parsed.database.startswith("file:"):
        return parsed
    path = Path(parsed.database).expanduser().resolve()
    if not path.parent.is_dir():
        raise StoreError(f"{display_url(url)}: folder {path.parent} does not exist")
    return parsed.set(database=str(path))


def _sqlite_hooks(engine: Engine) -> None:
    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin (so DDL in
        # migrations and the existence check in save() are inside them too).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")  # readers do not block the writer
        cursor.execute("PRAGMA synchronous=NORMAL")  # safe with WAL: a crash loses no committed doc
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(connection: sa.Connection) -> None:
        mode = connection.get_execution_options().get(SQLITE_BEGIN, "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")


def make_engine(url: str) -> Engine:
    """An engine for ``url``; raises StoreError naming the URL when it cannot be made."""
    parsed = resolve_url(url)
    kwargs: dict = {}
    if parsed.get_backend_name() == "sqlite":
        kwargs["connect_args"] = {"timeout": SQLITE_BUSY_TIMEOUT_S}
        if _is_memory(parsed):
            # one shared connection, or every connection would see its own empty database
            kwargs["poolclass"] = StaticPool
            kwargs["connect_args"]["check_same_thread"] = False
    try:
        engine = sa.create_engine(parsed, **kwargs)
    except (sa.exc.ArgumentError, ImportError) as error:
        raise StoreError(f"{display_url(parsed)}: cannot use this database: {error}") from error
    if engine.dialect.name == "sqlite":
        _sqlite_hooks(engine)
    return engine
