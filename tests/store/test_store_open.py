from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from warta.errors import StoreError
from warta.store import Store, migrate
from warta.store.schema import metadata

TABLES = {
    "documents", "mentions", "actors", "times", "events", "event_actors", "quotes", "sources", "stories",
    "story_documents", "alembic_version",
}  # fmt: skip

REVISION_0003 = '''
"""add documents.note"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("note", sa.Text))


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("note")
'''


def test_store_open_creates_every_table_at_head(store: Store, db_url: str) -> None:
    assert set(sa.inspect(store.engine).get_table_names()) == TABLES
    assert store.revision == migrate.head_revision() == migrate.current_revision(store.engine)
    assert store.counts() == {name: 0 for name in metadata.tables}


def test_store_open_migrations_build_exactly_the_schema_module(store: Store) -> None:
    with store.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), metadata) == []


def test_store_open_reopen_keeps_documents(db_url: str, documents) -> None:
    with Store(db_url) as first:
        first.save(documents[0])
    with Store(db_url) as again:
        assert again.doc_ids() == [documents[0].doc_id]


@pytest.mark.parametrize(("pragma", "value"), [("journal_mode", "wal"), ("foreign_keys", 1)])
def test_store_open_sqlite_pragmas(store: Store, pragma: str, value: object) -> None:
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql(f"PRAGMA {pragma}").scalar() == value


def test_store_open_relative_sqlite_path_is_fixed_at_open(tmp_path: Path, monkeypatch, documents) -> None:
    monkeypatch.chdir(tmp_path)
    store = Store("sqlite:///relative.db")
    monkeypatch.chdir(Path(__file__).parent)  # a later change of directory changes nothing
    assert store.save(documents[0])
    store.close()
    assert (tmp_path / "relative.db").is_file()
    assert not (Path(__file__).parent / "relative.db").exists()


def test_store_open_in_memory_database_is_shared_across_calls(documents) -> None:
    with Store("sqlite://") as store:
        store.save(documents[2])
        assert store.get_document(documents[2].doc_id) == documents[2]


def _write_garbage(path: Path) -> None:
    path.write_bytes(b"this is not a database, just a text file\n" * 100)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("warta.db", "is not a database URL"),
        ("sqlite:////no/such/folder/warta.db", "folder /no/such/folder does not exist"),
        ("nosuchdialect://user@host/db", "cannot use this database"),
    ],
)
def test_store_open_bad_url_raises_store_error(url: str, message: str) -> None:
    with pytest.raises(StoreError, match=message):
        Store(url)


def test_store_open_file_that_is_not_sqlite_raises_store_error_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    _write_garbage(path)
    with pytest.raises(StoreError, match="notes.db"):
        Store(f"sqlite:///{path}")
    assert path.read_bytes().startswith(b"this is not a database")


def test_store_open_unknown_newer_revision_is_refused(db_url: str) -> None:
    Store(db_url).close()
    path = sa.make_url(db_url).database
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099'")
    with pytest.raises(StoreError, match="revision '0099'.*upgrade warta"):
        Store(db_url)


def test_store_open_upgrades_existing_database_in_place(
    tmp_path: Path, monkeypatch, db_url: str, documents
) -> None:
    with Store(db_url) as old:
        old.save(documents[0])
        assert old.revision == "0002"
    newer = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, newer, ignore=shutil.ignore_patterns("__pycache__"))
    (newer / "versions" / "0003_note.py").write_text(REVISION_0003, encoding="utf-8")
    monkeypatch.setattr(migrate, "MIGRATIONS", newer)

    with Store(db_url) as upgraded:
        assert upgraded.revision == "0003" == migrate.current_revision(upgraded.engine)
        columns = {c["name"] for c in sa.inspect(upgraded.engine).get_columns("documents")}
        assert "note" in columns
        assert upgraded.get_document(documents[0].doc_id) == documents[0]
        assert upgraded.save(documents[1])


def test_store_open_adds_event_rules_to_a_database_made_before_them(
    tmp_path: Path, monkeypatch, db_url: str, documents
) -> None:
    """Migration 0002: a 0001 database keeps its events (rule unknown: NULL) and stores rules after."""
    import dataclasses

    older = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, older, ignore=shutil.ignore_patterns("__pycache__", "0002_*"))
    real = migrate.MIGRATIONS
    monkeypatch.setattr(migrate, "MIGRATIONS", older)
    with Store(db_url) as old:
        assert old.revision == "0001"
        columns = {c["name"] for c in sa.inspect(old.engine).get_columns("events")}
        assert "rule" not in columns
        old.engine.dispose()
    monkeypatch.setattr(migrate, "MIGRATIONS", real)
    with Store(db_url) as upgraded:
        assert upgraded.revision == "0002"
        columns = {c["name"] for c in sa.inspect(upgraded.engine).get_columns("events")}
        assert "rule" in columns
        doc = documents[0]
        assert doc.events, "the fixture document needs events"
        ruled = dataclasses.replace(
            doc, events=tuple(dataclasses.replace(e, rule="support-praise: puji [meN]") for e in doc.events)
        )
        upgraded.save(ruled)
        assert [e.rule for e in upgraded.get_document(doc.doc_id).events] == [e.rule for e in ruled.events]
