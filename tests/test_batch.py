"""Batch ingest: nothing silently dropped, a failing article doesn't stop the batch, Ctrl-C keeps
what was committed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import warta
from warta import batch
from warta.batch import ingest_paths
from warta.options import ExtractOptions
from warta.store import Store

ARTICLES = [
    "Presiden Joko Widodo bertemu dengan Perdana Menteri Jepang Fumio Kishida di Tokyo pada Senin.",
    "Kementerian Luar Negeri Indonesia mengecam serangan Israel terhadap warga sipil di Gaza.",
    "Menteri Pertahanan Prabowo Subianto mengunjungi Moskow untuk membahas kerja sama militer.",
]


@pytest.fixture()
def articles(tmp_path: Path) -> Path:
    path = tmp_path / "articles.jsonl"
    path.write_text(
        "".join(json.dumps({"text": t, "lang": "id", "published": "2024-05-08"}) + "\n" for t in ARTICLES),
        encoding="utf-8",
    )
    return path


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    return Store(f"sqlite:///{tmp_path / 'w.db'}")


def test_batch_stores_every_article(articles, store):
    report = ingest_paths([articles], store=store, options=ExtractOptions())
    assert report.ingested == 3 and not report.failed and not report.duplicates
    assert store.count_documents() == 3


def test_batch_internal_error_is_reported_and_batch_goes_on(articles, store, monkeypatch):
    real = batch.process_document

    def flaky(document, options):
        if "Kementerian" in document.text:
            raise RuntimeError("boom")
        return real(document, options)

    monkeypatch.setattr(batch, "process_document", flaky)
    report = ingest_paths([articles], store=store, options=ExtractOptions())
    assert report.ingested == 2
    assert len(report.failed) == 1 and "RuntimeError: boom" in report.failed[0] and ":2" in report.failed[0]
    assert store.count_documents() == 2


def test_batch_interrupt_keeps_committed_documents(articles, store, monkeypatch):
    real = batch.process_document

    def interrupted(document, options):
        if "Prabowo" in document.text:
            raise KeyboardInterrupt
        return real(document, options)

    monkeypatch.setattr(batch, "process_document", interrupted)
    report = ingest_paths([articles], store=store, options=ExtractOptions())
    assert report.interrupted and report.ingested == 2
    stored = [store.get_document(doc_id) for doc_id in store.doc_ids()]
    assert len(stored) == 2 and all(d is not None and d.events is not None for d in stored)


def test_batch_unsupported_language_is_a_reported_failure(tmp_path, store):
    path = tmp_path / "fr.txt"
    path.write_text("Le président de la République a rencontré le chancelier allemand à Berlin mardi.")
    report = ingest_paths([path], store=store, options=ExtractOptions())
    assert report.ingested == 0
    assert len(report.failed) == 1 and "fr.txt" in report.failed[0] and "not supported" in report.failed[0]


def test_api_open_gives_queries_and_dataframe(articles, tmp_path):
    db = warta.open(f"sqlite:///{tmp_path / 'api.db'}")
    ingest_paths([articles], store=db, options=ExtractOptions())
    frame = db.events_frame()
    assert len(frame) == len(db.events()) > 0
    assert {"type", "actor_country", "evidence"} <= set(frame.columns)
    document = db.get_document(db.doc_ids()[0])
    assert document is not None and warta.model.offset_errors(document) == []
