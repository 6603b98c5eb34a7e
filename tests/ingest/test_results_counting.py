"""Duplicates within a batch, and the counting behind the CLI's closing summary."""

from __future__ import annotations

from pathlib import Path

from warta.ingest import Deduplicator, Duplicate, IngestFailure, make_document, read_paths
from warta.model import Document
from warta.options import ExtractOptions


def test_results_reingesting_same_files_gives_duplicates(fixtures: Path) -> None:
    paths = [str(fixtures / "articles.jsonl"), str(fixtures / "article.txt")]
    dedup = Deduplicator()
    first = list(dedup.filter(read_paths(paths, ExtractOptions())))
    again = list(dedup.filter(read_paths(paths, ExtractOptions())))
    assert not any(isinstance(i, Duplicate) for i in first)
    assert [type(i).__name__ for i in again] == ["Duplicate"] * 4
    assert again[0] == Duplicate(f"{fixtures / 'articles.jsonl'}:1", "kn-2024-0001")


def test_results_same_text_two_files(tmp_path: Path) -> None:
    text = "Presiden melantik Kapolri baru di Istana Negara pada Jumat."
    (tmp_path / "a.txt").write_text(text)
    (tmp_path / "b.txt").write_text(text + "\n\nKomentar (5)\n")
    items = list(Deduplicator().filter(read_paths([tmp_path], ExtractOptions())))
    assert [type(i).__name__ for i in items] == ["Document", "Duplicate"]
    assert str(items[1]) == f"{tmp_path / 'b.txt'}: duplicate of document {items[0].doc_id}"


def test_results_seeded_with_stored_ids() -> None:
    doc = make_document("Gubernur membuka pameran di Surabaya.", source="x.txt")
    assert Deduplicator(seen={doc.doc_id}).check(doc) == Duplicate("x.txt", doc.doc_id)


def test_results_batch_yields_documents_duplicates_and_failures(fixtures: Path) -> None:
    paths = [str(fixtures / n) for n in ("articles.jsonl", "truncated.jsonl", "empty.txt")]
    items = list(Deduplicator().filter(read_paths(paths, ExtractOptions())))
    ingested = sum(isinstance(i, Document) for i in items)
    duplicates = sum(isinstance(i, Duplicate) for i in items)
    failed = [i for i in items if isinstance(i, IngestFailure)]
    assert (ingested, duplicates) == (3, 2)
    assert [str(f).split(": ")[0] for f in failed] == [
        f"{fixtures / 'truncated.jsonl'}:3",
        str(fixtures / "empty.txt"),
    ]


def test_results_failure_str() -> None:
    assert str(IngestFailure("a.jsonl", "malformed JSON", 7)) == "a.jsonl:7: malformed JSON"
    assert str(IngestFailure("b.txt", "empty file")) == "b.txt: empty file"
