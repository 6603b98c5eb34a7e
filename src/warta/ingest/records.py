"""JSONL (and JSON arrays) and CSV: one Document per line/row. A bad line or row is an IngestFailure
for that line only; the rest of the file still goes in.

Fields (case-insensitive; other fields, such as the labels of a gold file, are ignored):
doc_id (or id), text, title, published (or date), url, lang. CSV headers may also use the Indonesian
names below (berita, judul, tanggal) because Indonesian datasets do.
"""

from __future__ import annotations

import csv
import json
import logging
from collections.abc import Iterable, Iterator
from typing import Any

from warta.ingest.dates import parse_date
from warta.ingest.documents import forced_lang, make_document
from warta.ingest.encoding import repair_text
from warta.ingest.results import IngestFailure
from warta.model import Document
from warta.options import ExtractOptions

log = logging.getLogger(__name__)

FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "body", "berita", "isi", "article"),
    "doc_id": ("doc_id", "id", "docid", "document_id"),
    "title": ("title", "judul", "headline"),
    "published": ("published", "date", "tanggal", "published_at", "pubdate"),
    "url": ("url", "link"),
    "lang": ("lang", "language", "bahasa"),
}
CSV_DELIMITERS = ",;\t|"

Result = Document | IngestFailure


def _field(record: dict[str, Any], name: str) -> Any:
    lowered = {str(k).strip().lower(): v for k, v in record.items() if k is not None}
    for alias in FIELD_ALIASES[name]:
        value = lowered.get(alias)
        if value not in (None, ""):
            return value
    return None


def record_document(
    record: dict[str, Any], *, source: str, line: int | None, options: ExtractOptions
) -> Result:
    """A Document from one record, or the reason it cannot be one."""
    where = f"{source}:{line}" if line is not None else source
    text = _field(record, "text")
    if text is None:
        return IngestFailure(source, "no 'text' field (or it is empty)", line)
    if not isinstance(text, str):
        return IngestFailure(source, f"'text' must be a string, not {type(text).__name__}", line)
    if not text.strip():
        return IngestFailure(source, "'text' is only whitespace", line)
    if len(text.encode("utf-8")) > options.max_bytes:
        return IngestFailure(
            source, f"record too large (text over the limit of {options.max_bytes} bytes)", line
        )
    doc_id = _field(record, "doc_id")
    title, url, lang = (_field(record, name) for name in ("title", "url", "lang"))
    published = _field(record, "published")
    return make_document(
        repair_text(text),
        lang=forced_lang(options.lang) or (str(lang) if lang else None),
        published=parse_date(published, source=where) or options.published,
        title=str(title) if title is not None else None,
        url=str(url) if url is not None else None,
        source=where,
        doc_id=str(doc_id) if doc_id is not None else None,
    )


def read_jsonl(lines: Iterable[tuple[int, str]], source: str, options: ExtractOptions) -> Iterator[Result]:
    """One Document per non-blank line; `lines` yields (line number, decoded line)."""
    for number, line in lines:
        if not line.strip():
            continue
        if len(line) > options.max_bytes:  # characters >= bytes / 4; a cheap first check
            yield IngestFailure(
                source, f"line too large (over the limit of {options.max_bytes} bytes)", number
            )
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            cut = "" if line.endswith("\n") else " (the line is cut off: truncated file?)"
            yield IngestFailure(source, f"malformed JSON: {exc.msg} (column {exc.colno}){cut}", number)
            continue
        if not isinstance(record, dict):
            yield IngestFailure(source, f"expected a JSON object, got {type(record).__name__}", number)
            continue
        yield record_document(record, source=source, line=number, options=options)


def read_json_array(records: list[Any], source: str, options: ExtractOptions) -> Iterator[Result]:
    """A JSON file holding a list of records (source "path#N", N counted from 1)."""
    for index, record in enumerate(records, 1):
        if not isinstance(record, dict):
            yield IngestFailure(
                source, f"record {index}: expected a JSON object, got {type(record).__name__}"
            )
            continue
        yield record_document(record, source=f"{source}#{index}", line=None, options=options)


def sniff_delimiter(header: str, default: str = ",") -> str:
    counts = {d: header.count(d) for d in CSV_DELIMITERS}
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] else default


def read_csv(
    lines: Iterable[str], source: str, options: ExtractOptions, *, delimiter: str | None = None
) -> Iterator[Result]:
    """One Document per row; the first row is the header and must have a text column."""
    iterator = iter(lines)
    first = next(iterator, "")
    if not first.strip():
        yield IngestFailure(source, "empty CSV file (no header)")
        return
    first = first.lstrip("\ufeff")
    delimiter = delimiter or sniff_delimiter(first)
    csv.field_size_limit(max(options.max_bytes, 131072))

    def chained() -> Iterator[str]:
        yield first
        yield from iterator

    reader = csv.reader(chained(), delimiter=delimiter, strict=True)
    try:
        header = [h.strip() for h in next(reader)]
    except csv.Error as exc:
        yield IngestFailure(source, f"malformed CSV header: {exc}", 1)
        return
    if _field(dict.fromkeys(header, "x"), "text") is None:
        names = ", ".join(FIELD_ALIASES["text"])
        yield IngestFailure(source, f"CSV header has no text column (one of: {names}); header: {header}", 1)
        return
    end = reader.line_num
    while True:
        start = end + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield IngestFailure(source, f"malformed CSV row: {exc}; the rest of the file is skipped", start)
            return
        end = reader.line_num
        if not row or not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            yield IngestFailure(source, f"row has {len(row)} fields, the header has {len(header)}", start)
            continue
        yield record_document(dict(zip(header, row, strict=True)), source=source, line=start, options=options)
