"""Duplicates within a batch, and the counting behind the CLI's closing summary."""

from __future__ import annotations

from pathlib import Path

from warta.ingest import Deduplicator, Duplicate, IngestFailure, IngestSummary, make_document, read_paths
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


def test_results_summary_counts_and_exit_code(fixtures: Path) -> None:
    summary = IngestSummary()
    paths = [str(fixtures / n) for n in ("articles.jsonl", "truncated.jsonl", "empty.txt")]
    for item in Deduplicator().filter(read_paths(paths, ExtractOptions())):
        summary.add(item)
    assert (summary.ingested, summary.duplicates) == (3, 2)
    assert [str(f).split(": ")[0] for f in summary.failed] == [
        f"{fixtures / 'truncated.jsonl'}:3",
        str(fixtures / "empty.txt"),
    ]
    assert summary.exit_code == 1 and not summary.ok


def test_results_summary_all_good() -> None:
    summary = IngestSummary()
    summary.add(make_document("Menteri tiba di Medan."))
    summary.add(Duplicate("b.txt", "abc"))
    assert (summary.ingested, summary.duplicates, summary.exit_code) == (1, 1, 0)
    summary.fail("c.txt", "language 'de' is not supported")
    assert summary.exit_code == 1 and str(summary.failed[0]) == "c.txt: language 'de' is not supported"


def test_results_failure_str() -> None:
    assert str(IngestFailure("a.jsonl", "malformed JSON", 7)) == "a.jsonl:7: malformed JSON"
    assert str(IngestFailure("b.txt", "empty file")) == "b.txt: empty file"
