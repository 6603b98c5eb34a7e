"""The same store on PostgreSQL. Runs only when WARTA_TEST_POSTGRES_URL names a throw-away
database (every table in it is dropped), e.g.
WARTA_TEST_POSTGRES_URL=postgresql+psycopg://postgres@/warta_test?host=/tmp&port=54329"""

from __future__ import annotations

import dataclasses
import io
import json
import os

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from warta.model import offset_errors
from warta.store import Store, write
from warta.store.schema import metadata

URL = os.environ.get("WARTA_TEST_POSTGRES_URL")
pytestmark = pytest.mark.skipif(not URL, reason="WARTA_TEST_POSTGRES_URL is not set")


@pytest.fixture
def pg_store():
    engine = sa.create_engine(URL)
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
    engine.dispose()
    store = Store(URL)
    yield store
    store.close()


def test_store_postgres_migrations_build_exactly_the_schema_module(pg_store: Store) -> None:
    with pg_store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, metadata) == []


def test_store_postgres_round_trip_idempotence_and_rollback(pg_store: Store, documents, monkeypatch) -> None:
    for document in documents:
        assert pg_store.save(document)
        assert pg_store.get_document(document.doc_id) == document
        assert offset_errors(pg_store.get_document(document.doc_id)) == []
    before = pg_store.counts()
    assert [pg_store.save(document) for document in documents] == [False] * 3

    def failing(connection, table, rows):
        raise RuntimeError("disk unplugged")

    monkeypatch.setattr(write, "_insert_many", failing)
    with pytest.raises(RuntimeError):
        pg_store.save(dataclasses.replace(documents[0], doc_id="copy"))
    assert pg_store.counts() == before


def test_store_postgres_queries(pg_store: Store, documents) -> None:
    for document in documents:
        pg_store.save(document)
    assert [r["event_id"] for r in pg_store.events(country="PRK")] == ["summit:e0", "summit:e1", "summit:e2"]
    assert [r["event_id"] for r in pg_store.events(since="2023-10-15", until="2023-10-20")] == ["demo:e0"]
    assert [r["event_id"] for r in pg_store.events(actor="kim")][-1] == "envoy:e1"
    assert [r["quote_id"] for r in pg_store.quotes(speaker="kirby")] == ["summit:q1"]
    assert pg_store.actors(limit=1)[0]["name"] == "Kim Jong Un"
    assert [r["doc_id"] for r in pg_store.documents()][-1] == "demo-dpr"  # undated last
    out = io.StringIO()
    assert pg_store.export_rows("events", "jsonl", out) == 6
    json.loads(out.getvalue().splitlines()[0])
    assert pg_store.delete("demo-dpr") and pg_store.count_documents() == 2
