"""The database: documents and everything extracted from them, queryable and exportable.

    >>> store = Store("sqlite:///warta.db")      # created, or upgraded to the latest schema
    >>> store.save(document)                       # one transaction; False if already stored
    >>> store.events(type="THREATEN", country="PRK", since="2023-09-01")

SQLite by default (one file); any SQLAlchemy URL works (PostgreSQL for teams). The schema is
versioned with Alembic migrations shipped inside the package and applied on open.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Iterator
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any

import sqlalchemy as sa

from warta.errors import StoreError
from warta.model import Document
from warta.store import migrate
from warta.store.engine import SQLITE_BEGIN, display_url, make_engine
from warta.store.export import ROW_FORMATS, frame, write_rows
from warta.store.queries import (
    COLUMNS,
    Filter,
    query_actors,
    query_documents,
    query_events,
    query_quotes,
)
from warta.store.read import load_document
from warta.store.schema import documents, metadata
from warta.store.write import check_document, delete_document, insert_document

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["COLUMNS", "ROW_FORMATS", "Store"]

log = logging.getLogger(__name__)


class Store:
    """A warta database. Opening it creates it or upgrades its schema to the latest revision."""

    def __init__(self, url: str = "sqlite:///warta.db") -> None:
        self.url = display_url(url)  # for messages: password hidden
        self.engine = make_engine(url)
        # Writers take SQLite's write lock when their transaction begins (see engine.SQLITE_BEGIN).
        self._writer = self.engine.execution_options(**{SQLITE_BEGIN: "IMMEDIATE"})
        try:
            self.revision = migrate.upgrade(self.engine)
        except BaseException:
            self.engine.dispose()
            raise

    def __repr__(self) -> str:
        return f"Store({self.url!r})"

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _read(self) -> sa.Connection:
        try:
            return self.engine.connect()
        except sa.exc.SQLAlchemyError as error:
            raise StoreError(f"{self.url}: cannot read the database: {error}") from error

    # -- writing ------------------------------------------------------------------------------

    def save(self, document: Document, *, replace: bool = False) -> bool:
        """Store the whole document in one transaction. Returns False, changing nothing, when its
        doc_id is already stored (unless ``replace``: then the old rows are swapped for the new in
        the same transaction). Any failure rolls back this document only and raises."""
        check_document(document)
        from warta import __version__

        doc_id = document.doc_id
        try:
            with self._writer.begin() as connection:
                stored = connection.execute(
                    sa.select(documents.c.doc_id).where(documents.c.doc_id == doc_id)
                ).first()
                if stored is not None:
                    if not replace:
                        log.debug("%s: document %s already stored", self.url, doc_id)
                        return False
                    delete_document(connection, doc_id)
                insert_document(
                    connection, document, warta_version=__version__, ingested_at=dt.datetime.now(dt.UTC)
                )
        except sa.exc.IntegrityError as error:
            # another writer stored the same document between our check and our insert
            if not replace and self.has_document(doc_id):
                return False
            raise StoreError(f"{self.url}: cannot save document {doc_id!r}: {error.orig}") from error
        except sa.exc.SQLAlchemyError as error:
            raise StoreError(f"{self.url}: cannot save document {doc_id!r}: {error}") from error
        return True

    def delete(self, doc_id: str) -> bool:
        """Remove one document and everything extracted from it; False if it was not stored."""
        try:
            with self._writer.begin() as connection:
                return delete_document(connection, doc_id)
        except sa.exc.SQLAlchemyError as error:
            raise StoreError(f"{self.url}: cannot delete document {doc_id!r}: {error}") from error

    # -- documents ----------------------------------------------------------------------------

    def has_document(self, doc_id: str) -> bool:
        with self._read() as connection:
            query = sa.select(documents.c.doc_id).where(documents.c.doc_id == doc_id)
            return connection.execute(query).first() is not None

    def __contains__(self, doc_id: object) -> bool:
        return isinstance(doc_id, str) and self.has_document(doc_id)

    def get_document(self, doc_id: str) -> Document | None:
        """The stored Document, rebuilt in full (all but tokens, which are not stored)."""
        with self._read() as connection:
            return load_document(connection, doc_id)

    def iter_documents(self, doc_ids: Iterable[str] | None = None) -> Iterator[Document]:
        """Stored documents one at a time (all, in doc_id order, when ``doc_ids`` is None);
        an id that is not stored is skipped."""
        for doc_id in self.doc_ids() if doc_ids is None else doc_ids:
            document = self.get_document(doc_id)
            if document is not None:
                yield document

    def doc_ids(self) -> list[str]:
        with self._read() as connection:
            return list(connection.scalars(sa.select(documents.c.doc_id).order_by(documents.c.doc_id)))

    def count_documents(self) -> int:
        with self._read() as connection:
            return connection.scalar(sa.select(sa.func.count()).select_from(documents)) or 0

    def counts(self) -> dict[str, int]:
        """Rows per table (documents, events, quotes, …)."""
        with self._read() as connection:
            return {
                name: connection.scalar(sa.select(sa.func.count()).select_from(table)) or 0
                for name, table in metadata.tables.items()
            }

    # -- queries: flat rows, see warta.store.queries for each filter --------------------------------

    def documents(
        self,
        *,
        lang: Filter = None,
        since: dt.date | str | None = None,
        until: dt.date | str | None = None,
        doc_id: Filter = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        with self._read() as connection:
            return query_documents(
                connection, lang=lang, since=since, until=until, doc_id=doc_id, limit=limit
            )

    def events(
        self,
        *,
        type: Filter = None,  # noqa: A002
        country: Filter = None,
        actor: str | None = None,
        since: dt.date | str | None = None,
        until: dt.date | str | None = None,
        doc_id: Filter = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        with self._read() as connection:
            return query_events(
                connection, type=type, country=country, actor=actor, since=since, until=until,
                doc_id=doc_id, limit=limit,
            )  # fmt: skip

    def quotes(
        self,
        *,
        speaker: str | None = None,
        country: Filter = None,
        doc_id: Filter = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        with self._read() as connection:
            return query_quotes(connection, speaker=speaker, country=country, doc_id=doc_id, limit=limit)

    def actors(
        self,
        *,
        country: Filter = None,
        name: str | None = None,
        doc_id: Filter = None,
        limit: int | None = None,
        named: bool = False,
    ) -> list[dict[str, Any]]:
        with self._read() as connection:
            return query_actors(
                connection, country=country, name=name, doc_id=doc_id, limit=limit, named=named
            )

    def rows(self, kind: str, **filters: Any) -> list[dict[str, Any]]:
        """``kind``: events | quotes | actors | documents; ``filters`` as for that method."""
        if kind not in COLUMNS:
            raise StoreError(f"unknown row kind {kind!r} (kinds: {', '.join(COLUMNS)})")
        return getattr(self, kind)(**filters)

    def events_frame(self, **filters: Any) -> pd.DataFrame:
        """The events() rows as a pandas DataFrame (columns even when empty); ``published``,
        ``date_start`` and ``date_end`` are datetimes, for resampling by day or week."""
        import pandas as pd

        events_table = frame(self.events(**filters), COLUMNS["events"])
        for column in ("published", "date_start", "date_end"):
            events_table[column] = pd.to_datetime(events_table[column], errors="coerce")
        return events_table

    # -- export ----------------------------------------------------------------------------------

    def export_rows(self, kind: str, fmt: str, fp: IO, **filters: Any) -> int:
        """Write the rows of ``kind`` (events | quotes | actors | documents) as ``fmt`` (csv | jsonl
        | parquet; parquet needs a binary file) to ``fp``; returns how many rows were written."""
        if fmt not in ROW_FORMATS:
            raise StoreError(f"unknown export format {fmt!r} (formats: {', '.join(ROW_FORMATS)})")
        return write_rows(self.rows(kind, **filters), COLUMNS[kind], fmt, fp)

    def export_gold(self, fp: IO[str], doc_ids: Iterable[str] | None = None) -> int:
        """Write one warta-gold line (../shared/gold/FORMAT.md) per stored document; returns the count."""
        import json

        from warta.eval.gold import document_to_gold

        written = 0
        for document in self.iter_documents(doc_ids):
            fp.write(json.dumps(document_to_gold(document), ensure_ascii=False) + "\n")
            written += 1
        return written
