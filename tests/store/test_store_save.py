from __future__ import annotations

import dataclasses

import pytest

import warta
from warta.errors import StoreError
from warta.model import Document, Event, offset_errors
from warta.store import Store, write


@pytest.mark.parametrize("index", [0, 1, 2])
def test_store_save_round_trip_gives_back_the_same_document(store: Store, documents, index: int) -> None:
    document = documents[index]
    assert store.save(document) is True
    stored = store.get_document(document.doc_id)
    assert stored == document
    assert offset_errors(stored) == []


def test_store_save_keeps_an_unlisted_event_time(filled: Store, documents) -> None:
    stored = filled.get_document("envoy-2023-09-22")
    assert stored.events[1].time.stage == "events"
    assert stored.times == documents[1].times


def test_store_save_same_document_again_changes_nothing(filled: Store, documents) -> None:
    before = filled.counts()
    ingested = filled.documents(doc_id=documents[0].doc_id)[0]["ingested_at"]
    assert [filled.save(document) for document in documents] == [False, False, False]
    assert filled.counts() == before
    assert filled.documents(doc_id=documents[0].doc_id)[0]["ingested_at"] == ingested


def test_store_save_replace_swaps_the_rows(filled: Store, documents) -> None:
    before = filled.counts()
    fewer = dataclasses.replace(documents[0], events=documents[0].events[:1])
    assert filled.save(fewer, replace=True) is True
    assert filled.get_document(fewer.doc_id) == fewer
    after = filled.counts()
    assert after["events"] == before["events"] - 2
    assert after["documents"] == before["documents"]


def test_store_save_failure_mid_document_leaves_no_partial_rows(
    filled: Store, documents, monkeypatch
) -> None:
    before = filled.counts()
    original = write._insert_many

    def failing(connection, table, rows):
        if table.name == "sources":
            raise RuntimeError("disk unplugged")
        original(connection, table, rows)

    monkeypatch.setattr(write, "_insert_many", failing)
    late = dataclasses.replace(documents[0], doc_id="summit-copy")
    with pytest.raises(RuntimeError, match="disk unplugged"):
        filled.save(late)
    assert filled.counts() == before
    assert filled.get_document("summit-copy") is None
    assert [filled.get_document(d.doc_id) for d in documents] == documents

    monkeypatch.setattr(write, "_insert_many", original)
    assert filled.save(late)


def test_store_save_interrupt_rolls_back(filled: Store, documents, monkeypatch) -> None:
    before = filled.counts()

    def interrupted(connection, table, rows):
        raise KeyboardInterrupt

    monkeypatch.setattr(write, "_insert_many", interrupted)
    with pytest.raises(KeyboardInterrupt):
        filled.save(dataclasses.replace(documents[1], doc_id="envoy-copy"))
    assert filled.counts() == before


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (Document(doc_id="", text="Rusia dan Korea Utara bertemu."), "no doc_id"),
        (
            Document(
                doc_id="geser",
                text="Rusia dan Korea Utara bertemu.",
                events=(Event(id="geser:e0", type="CONSULT", start=1, end=6, evidence="Rusia"),),
            ),
            "bad offsets: events\\[0\\].evidence",
        ),
        ("Rusia dan Korea Utara bertemu.", "only save a warta Document"),
        (
            Document(
                doc_id="kembar",
                text="Rusia dan Korea Utara bertemu.",
                events=(
                    Event(id="kembar:e0", type="CONSULT", start=0, end=5, evidence="Rusia"),
                    Event(id="kembar:e0", type="CONSULT", start=10, end=21, evidence="Korea Utara"),
                ),
            ),
            "event id 'kembar:e0' is used twice",
        ),
    ],
)
def test_store_save_bad_input_is_refused_and_stored_data_kept(filled: Store, documents, bad, message) -> None:
    before = filled.counts()
    with pytest.raises(StoreError, match=message):
        filled.save(bad)
    assert filled.counts() == before
    assert filled.get_document(documents[0].doc_id) == documents[0]


def test_store_save_records_provenance(filled: Store) -> None:
    row = filled.documents(doc_id="summit-2023-09-14")[0]
    assert row["stages"] == "analyse,time,actors,quotes,events"
    assert row["warta_version"] == warta.__version__
    assert row["ingested_at"]


def test_store_save_two_stores_on_one_file_store_a_document_once(
    filled: Store, db_url: str, documents
) -> None:
    with Store(db_url) as other:
        assert other.save(documents[2]) is False
        assert other.count_documents() == 3


def test_store_delete_removes_every_row_of_the_document(filled: Store, documents) -> None:
    assert filled.delete(documents[0].doc_id) is True
    assert filled.delete(documents[0].doc_id) is False
    counts = filled.counts()
    assert counts["documents"] == 2
    assert counts["events"] == 3 and counts["event_actors"] == 5 and counts["quotes"] == 1
    assert [d.doc_id for d in filled.iter_documents()] == ["demo-dpr", "envoy-2023-09-22"]


def test_store_has_document(filled: Store) -> None:
    assert filled.has_document("demo-dpr") and not filled.has_document("tidak-ada")


def test_store_iter_documents_skips_unknown_ids(filled: Store, documents) -> None:
    assert list(filled.iter_documents(["envoy-2023-09-22", "tidak-ada"])) == [documents[1]]
    assert "demo-dpr" in filled and "tidak-ada" not in filled


def test_warta_open_returns_a_store(db_url: str, documents) -> None:
    with warta.open(db_url) as store:
        store.save(documents[1])
        assert store.count_documents() == 1
