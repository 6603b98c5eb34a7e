"""Paths to Documents: files by extension (or by sniffing their first bytes), directories
(recursive, sorted, hidden files skipped), "-" for stdin, ".gz" transparently.

Every problem is yielded as an IngestFailure naming the file (and line), never raised, so the rest
of a batch goes on. Whole-document files (text, HTML, feeds) larger than `options.max_bytes` are
refused, not truncated; record files (JSONL, CSV) are streamed and the limit applies to each record.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
import logging
import sys
import zlib
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from warta.errors import InputError
from warta.ingest.documents import forced_lang, make_document
from warta.ingest.encoding import check_bytes, detect_encoding, has_bom, read_text_bytes
from warta.ingest.records import read_csv, read_json_array, read_jsonl
from warta.ingest.results import IngestFailure
from warta.ingest.web import read_feed, read_html, read_warc
from warta.model import Document
from warta.options import ExtractOptions

log = logging.getLogger(__name__)

Result = Document | IngestFailure
STDIN = "-"
HEAD_BYTES = 65536  # what sniffing and encoding detection look at
STREAMED = ("jsonl", "csv", "tsv", "warc")  # read record by record; max_bytes limits each record

FORMATS: dict[str, str] = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".csv": "csv", ".tsv": "tsv",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
    ".warc": "warc", ".arc": "warc",
}  # fmt: skip


class _Rewound(io.RawIOBase):
    """A stream whose first bytes were already read (to sniff them), put back in front."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # noqa: ANN001 - a writable buffer
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def format_of(path: Path) -> str | None:
    """The format its extension says (".gz" looked through), or None when the extension is unknown."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return FORMATS.get(suffixes[-1]) if suffixes else None


def _as_utf8(head: bytes) -> bytes:
    """The first bytes to sniff, re-encoded as UTF-8 when they are UTF-16/32 (with a BOM)."""
    if has_bom(head) and not head.startswith(codecs.BOM_UTF8):
        return head[:4096].decode(detect_encoding(head[:4096]), errors="ignore").encode("utf-8")
    return head


def sniff_format(head: bytes) -> str:
    """Guess from the first bytes: a feed, an HTML page, JSON lines/array, or plain text."""
    if head.startswith(b"WARC/"):
        return "warc"
    start = _as_utf8(head).lstrip(b"\xef\xbb\xbf \t\r\n")[:2048].lower()
    if start.startswith(b"<"):
        if b"<rss" in start or b"<feed" in start or b"<rdf:rdf" in start:
            return "feed"
        return "html"
    if start.startswith((b"{", b"[")):
        return "json"
    return "text"


def read_paths(paths: Sequence[str | Path], options: ExtractOptions) -> Iterator[Result]:
    """Documents and failures, in input order (directories in sorted order)."""
    for item in paths:
        if str(item) == STDIN:
            yield from read_stream(sys.stdin.buffer, STDIN, None, options)
            continue
        path = Path(item)
        if path.is_dir():
            for file in walk(path):
                yield from read_file(file, options, in_directory=True)
        elif path.exists():
            yield from read_file(path, options)
        else:
            yield IngestFailure(str(item), "no such file or directory")


def expected_count(paths: Sequence[str | Path]) -> int | None:
    """How many items (documents, duplicates, failures) `read_paths` will yield, for a progress bar;
    None where that cannot be told without parsing (stdin, feeds, WARC, gzip, JSON documents, files
    whose format is sniffed)."""
    total = 0
    for item in paths:
        if str(item) == STDIN:
            return None
        path = Path(item)
        in_directory = path.is_dir()
        for file in walk(path) if in_directory else [path]:
            fmt = format_of(file)
            if fmt is None and in_directory and file.suffix:
                continue  # skipped by read_file too
            if fmt in (None, "feed", "warc", "json") or file.suffix.lower() == ".gz":
                return None  # sniffed, or records only a parser can count
            try:
                if fmt == "jsonl":
                    with file.open("rb") as handle:
                        total += sum(1 for line in handle if line.strip())
                elif fmt in ("csv", "tsv"):
                    with file.open(encoding="utf-8", errors="replace", newline="") as handle:
                        rows = csv.reader(handle, delimiter="\t" if fmt == "tsv" else ",")
                        total += max(0, sum(1 for row in rows if row) - 1)  # less the header
                else:
                    total += 1
            except OSError:
                total += 1  # reported as one failure
    return total


def walk(directory: Path) -> Iterator[Path]:
    """Files under `directory`, recursively, sorted; hidden files and folders skipped."""
    for path in sorted(directory.rglob("*")):
        relative = path.relative_to(directory)
        if any(part.startswith(".") for part in relative.parts) or not path.is_file():
            continue
        yield path


def read_file(path: Path, options: ExtractOptions, *, in_directory: bool = False) -> Iterator[Result]:
    source = str(path)
    fmt = format_of(path)
    if fmt is None and in_directory and path.suffix:
        # A folder of articles often holds images, PDFs or style sheets: skip what we cannot read.
        log.info("%s: skipped (unknown file type %s)", source, path.suffix)
        return
    try:
        size = path.stat().st_size
        if fmt not in STREAMED and not source.endswith(".gz") and size > options.max_bytes:
            yield IngestFailure(source, _too_large(size, options))
            return
        with path.open("rb") as raw:
            stream: BinaryIO = gzip.GzipFile(fileobj=raw) if path.suffix.lower() == ".gz" else raw
            yield from read_stream(stream, source, fmt, options)
    except (OSError, EOFError, zlib.error) as exc:  # unreadable, a directory race, a broken gzip
        yield IngestFailure(source, f"cannot read: {getattr(exc, 'strerror', None) or exc}")


def _too_large(size: int | None, options: ExtractOptions) -> str:
    got = f"{size} bytes" if size is not None else "larger"
    return f"file too large ({got}; the limit is {options.max_bytes} bytes, see max_bytes / --max-bytes)"


def read_stream(stream: BinaryIO, source: str, fmt: str | None, options: ExtractOptions) -> Iterator[Result]:
    """Read one input of a known (or sniffed) format from a binary stream."""
    head = stream.read(HEAD_BYTES)
    fmt = fmt or sniff_format(head)
    try:
        if fmt == "warc":
            yield from read_warc(io.BufferedReader(_Rewound(head, stream)), source, options)
            return
        if fmt in STREAMED or (fmt == "json" and _first_line_is_json(head)):
            yield from _read_records(head, stream, source, fmt, options)
            return
        data = head + stream.read(max(0, options.max_bytes + 1 - len(head)))
        if len(data) > options.max_bytes:
            yield IngestFailure(source, _too_large(None, options))
            return
        check_bytes(data, source)
        if fmt == "json":
            yield from _read_json_array(data, source, options)
        elif fmt == "html":
            yield from read_html(data, source, options)
        elif fmt == "feed":
            yield from read_feed(data, source, options)
        else:
            text = read_text_bytes(data, source)
            yield make_document(
                text, lang=forced_lang(options.lang), published=options.published, source=source
            )
    except InputError as exc:
        yield IngestFailure(exc.source, exc.reason, exc.line)


def _first_line_is_json(head: bytes) -> bool:
    """JSON lines (each line a record) rather than one JSON document (an array, a pretty-printed object)."""
    first = _as_utf8(head).lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 1)[0]
    if first.startswith(b"["):
        return False
    try:
        json.loads(first)
        return True
    except (json.JSONDecodeError, UnicodeDecodeError):
        return False


def _read_json_array(data: bytes, source: str, options: ExtractOptions) -> Iterator[Result]:
    text = read_text_bytes(data, source)
    try:
        records = json.loads(text)
    except json.JSONDecodeError as exc:
        yield IngestFailure(source, f"malformed JSON: {exc.msg} (column {exc.colno})", exc.lineno)
        return
    if isinstance(records, dict):
        records = [records]
    if not isinstance(records, list):
        yield IngestFailure(
            source, f"expected a JSON array of objects or one object, got {type(records).__name__}"
        )
        return
    yield from read_json_array(records, source, options)


def _read_records(
    head: bytes, stream: BinaryIO, source: str, fmt: str, options: ExtractOptions
) -> Iterator[Result]:
    """JSONL and CSV, streamed line by line; the encoding is detected once, from the head."""
    check_bytes(head, source)
    encoding = _head_encoding(head, source)
    lines: Iterable[bytes] = io.BufferedReader(_Rewound(head, stream))
    if encoding.startswith(("utf-16", "utf-32")):
        # a newline byte is not a line end in a wide encoding: decode the stream, re-encode each line
        wide = io.TextIOWrapper(lines, encoding=encoding, errors="replace", newline="")  # type: ignore[arg-type]
        lines, encoding = (line.encode("utf-8") for line in wide), "utf-8"
    if fmt in ("csv", "tsv"):
        decoded = (raw.decode(encoding, errors="replace") for raw in lines)
        yield from read_csv(decoded, source, options, delimiter="\t" if fmt == "tsv" else None)
        return

    def numbered() -> Iterator[tuple[int, str]]:
        for number, raw in enumerate(lines, 1):
            try:
                yield number, raw.decode(encoding).lstrip("\ufeff")
            except UnicodeDecodeError:
                yield number, ""  # a blank line is skipped; report the bad one instead
                failures.append(IngestFailure(source, f"undecodable line (not {encoding})", number))

    failures: list[IngestFailure] = []
    for result in read_jsonl(numbered(), source, options):
        yield from failures
        failures.clear()
        yield result
    yield from failures


def _head_encoding(head: bytes, source: str) -> str:
    """UTF-8 when the head is UTF-8 (a character cut at the end of the head is fine), else detected."""
    try:
        head.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 3 and head[: exc.start].decode("utf-8", errors="strict") is not None:
            return "utf-8"
    encoding = detect_encoding(head, source)
    return "utf-8" if encoding == "utf-8-replace" else encoding
