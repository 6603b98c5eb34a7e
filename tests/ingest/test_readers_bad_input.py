"""Bad input: each case gives a clear failure naming the file (and line); the rest still goes in."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from warta.ingest import IngestFailure, read_paths
from warta.model import Document
from warta.options import ExtractOptions


def read(paths: list, options: ExtractOptions | None = None) -> list:
    return list(read_paths([str(p) for p in paths], options or ExtractOptions()))


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("empty.txt", "empty file"),
        ("whitespace.txt", "empty file (only whitespace)"),
        ("binary.txt", "binary file"),
        ("undecodable.txt", "undecodable"),
        ("nicht-da.txt", "no such file or directory"),
    ],
)
def test_readers_bad_file_fails_with_reason(fixtures: Path, name: str, reason: str) -> None:
    (failure,) = read([fixtures / name])
    assert isinstance(failure, IngestFailure)
    assert failure.source == str(fixtures / name) and failure.line is None
    assert failure.reason.startswith(reason)
    assert str(failure).startswith(f"{fixtures / name}: {reason}")


def test_readers_truncated_jsonl_fails_on_its_line_only(fixtures: Path) -> None:
    items = read([fixtures / "truncated.jsonl"])
    assert [type(i).__name__ for i in items] == ["Document", "Document", "IngestFailure"]
    failure = items[2]
    assert failure.line == 3 and failure.reason.startswith("malformed JSON: Unterminated string")
    assert "truncated" in failure.reason
    assert str(failure).startswith(f"{fixtures / 'truncated.jsonl'}:3: malformed JSON")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"text": "Presiden tiba di Bali."', "malformed JSON"),
        ('["Presiden tiba di Bali."]', "expected a JSON object, got list"),
        ('{"title": "Tanpa isi"}', "no 'text' field"),
        ('{"text": 42}', "'text' must be a string"),
        ('{"text": "   "}', "'text' is only whitespace"),
    ],
)
def test_readers_bad_jsonl_line(tmp_path: Path, line: str, reason: str) -> None:
    path = tmp_path / "campur.jsonl"
    good = '{"text": "Menteri Keuangan mengumumkan paket stimulus baru pada Jumat."}'
    path.write_text(f"{good}\n{line}\n{good.replace('Jumat', 'Sabtu')}\n", encoding="utf-8")
    items = read([path])
    assert [type(i).__name__ for i in items] == ["Document", "IngestFailure", "Document"]
    assert items[1].line == 2 and items[1].reason.startswith(reason)


def test_readers_malformed_csv_rows_named(fixtures: Path) -> None:
    items = read([fixtures / "malformed.csv"])
    assert [type(i).__name__ for i in items] == ["Document", "IngestFailure", "IngestFailure", "Document"]
    assert (items[1].line, items[1].reason) == (3, "no 'text' field (or it is empty)")
    assert (items[2].line, items[2].reason) == (4, "row has 5 fields, the header has 4")
    assert items[3].doc_id == "bad-004"


def test_readers_csv_without_text_column(tmp_path: Path) -> None:
    path = tmp_path / "salah.csv"
    path.write_text("judul,tanggal\nRapat kabinet,2024-01-02\n", encoding="utf-8")
    (failure,) = read([path])
    assert failure.line == 1 and failure.reason.startswith("CSV header has no text column")


def test_readers_csv_unterminated_quote(tmp_path: Path) -> None:
    path = tmp_path / "kutip.csv"
    path.write_text('id;text\n1;"Presiden tiba di Bali.\n', encoding="utf-8")  # ';' sniffed
    (failure,) = read([path])
    assert failure.line == 2 and failure.reason.startswith("malformed CSV row")


def test_readers_oversized_file_refused_not_truncated(fixtures: Path) -> None:
    options = ExtractOptions(max_bytes=100)
    (failure,) = read([fixtures / "article.txt"], options)
    assert isinstance(failure, IngestFailure) and failure.reason.startswith("file too large (434 bytes")
    assert "limit is 100 bytes" in failure.reason
    (doc,) = read([fixtures / "article.txt"], ExtractOptions(max_bytes=1000))
    assert isinstance(doc, Document)


def test_readers_oversized_record_refused(tmp_path: Path) -> None:
    path = tmp_path / "panjang.jsonl"
    short = '{"text": "Presiden tiba di Bali."}'
    path.write_text(f'{short}\n{{"text": "{"Menteri tiba di Aceh. " * 20}"}}\n{short}\n', encoding="utf-8")
    items = read([path], ExtractOptions(max_bytes=200))
    assert [type(i).__name__ for i in items] == ["Document", "IngestFailure", "Document"]
    assert items[1].line == 2 and "too large" in items[1].reason


def test_readers_oversized_gzip_refused(tmp_path: Path) -> None:
    import gzip

    path = tmp_path / "bom.txt.gz"
    path.write_bytes(gzip.compress(b"Presiden tiba di Bali. " * 1000))
    (failure,) = read([path], ExtractOptions(max_bytes=5000))
    assert failure.reason.startswith("file too large")


def test_readers_broken_gzip(tmp_path: Path) -> None:
    path = tmp_path / "rusak.txt.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00bukan gzip")
    (failure,) = read([path])
    assert failure.reason.startswith("cannot read")


def test_readers_malformed_warc(tmp_path: Path) -> None:
    path = tmp_path / "rusak.warc"
    path.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 999\r\n\r\nterpotong")
    items = read([path])
    assert len(items) == 1 and isinstance(items[0], IngestFailure), items
    assert items[0].source == str(path)


def test_readers_malformed_feed(tmp_path: Path) -> None:
    path = tmp_path / "kanal.rss"
    path.write_text("<rss><channel><title>Kosong</title></channel></rss>", encoding="utf-8")
    (failure,) = read([path])
    assert failure.reason.startswith("no feed entries")


def test_readers_html_without_text(tmp_path: Path) -> None:
    path = tmp_path / "kosong.html"
    path.write_text("<html><head><title>x</title><script>var a = 1;</script></head><body></body></html>")
    (failure,) = read([path])
    assert failure.reason == "no article text found in the HTML page"


def test_readers_mixed_directory_good_ones_come_through(tmp_path: Path, fixtures: Path) -> None:
    for name in ("article.txt", "articles.jsonl", "binary.txt", "empty.txt", "truncated.jsonl",
                 "undecodable.txt", "malformed.csv", "feed.rss"):  # fmt: skip
        shutil.copy(fixtures / name, tmp_path / name)
    items = read([tmp_path, tmp_path / "hilang.txt"])
    docs = [i for i in items if isinstance(i, Document)]
    failures = [i for i in items if isinstance(i, IngestFailure)]
    assert len(docs) == 1 + 3 + 2 + 2 + 2
    assert sorted(Path(f.source).name + (f":{f.line}" if f.line else "") for f in failures) == [
        "binary.txt", "empty.txt", "hilang.txt", "malformed.csv:3", "malformed.csv:4",
        "truncated.jsonl:3", "undecodable.txt",
    ]  # fmt: skip


def test_readers_undecodable_jsonl_line_after_utf8_head(tmp_path: Path) -> None:
    path = tmp_path / "besar.jsonl"
    good = '{"text": "Menteri Luar Negeri tiba di Kairo untuk membahas gencatan senjata — %d."}\n'
    lines = [(good % i).encode() for i in range(800)]  # over the 64 KiB the encoding is detected from
    lines.insert(700, b'{"text": "Caf\xe9 \xff\xfe rusak"}\n')
    path.write_bytes(b"".join(lines))
    items = read([path])
    failures = [i for i in items if isinstance(i, IngestFailure)]
    assert len(items) == 801 and [(f.line, f.reason) for f in failures] == [
        (701, "undecodable line (not utf-8)")
    ]
    assert isinstance(items[700], IngestFailure) and items[701].source == f"{path}:702"
