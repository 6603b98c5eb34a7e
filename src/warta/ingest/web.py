"""HTML pages (main text, title, date, site and URL through trafilatura), RSS/Atom feeds (feedparser:
one Document per entry) and WARC archives (warcio: one Document per HTML or text response)."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from typing import BinaryIO

from warta.errors import InputError
from warta.ingest.dates import parse_date
from warta.ingest.documents import forced_lang, make_document
from warta.ingest.encoding import read_text_bytes, repair_text
from warta.ingest.results import IngestFailure
from warta.model import Document
from warta.options import ExtractOptions

log = logging.getLogger(__name__)

Result = Document | IngestFailure
_BLOCK_TAGS = (
    "p", "div", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article",
)  # fmt: skip
_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def read_html(
    data: bytes, source: str, options: ExtractOptions, *, url: str | None = None
) -> Iterator[Result]:
    import trafilatura  # slow to import; only HTML needs it

    extracted = trafilatura.bare_extraction(
        data, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    text = (extracted.text or "") if extracted is not None else ""
    if not text.strip():
        yield IngestFailure(source, "no article text found in the HTML page")
        return
    meta = extracted.as_dict()
    published = parse_date(meta.get("date"), source=source) or options.published
    if meta.get("sitename"):
        log.debug("%s: site %s", source, meta["sitename"])
    yield make_document(
        repair_text(text),
        lang=forced_lang(options.lang),
        published=published,
        title=meta.get("title"),
        url=meta.get("url") or url,
        source=source,
    )


def fragment_text(html: str) -> str:
    """Plain text of an HTML fragment (a feed summary): block elements become line breaks."""
    if "<" not in html:
        return html.strip()
    import lxml.html

    try:
        root = lxml.html.fromstring(f"<div>{html}</div>")
    except (ValueError, lxml.etree.ParserError):
        return re.sub(r"<[^>]+>", " ", html).strip()
    for element in root.iter(*_BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    text = _SPACES.sub(" ", root.text_content())
    lines = "\n".join(line.strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n", lines).strip()


def read_feed(data: bytes, source: str, options: ExtractOptions) -> Iterator[Result]:
    import feedparser

    # A feed's declared <language> is not trusted (portals often declare "en-us" by template):
    # unless the caller forces one, each entry's language is identified from its text.

    feed = feedparser.parse(data)
    if not feed.entries:
        problem = f": {feed.bozo_exception}" if feed.get("bozo") else ""
        yield IngestFailure(source, f"no feed entries (not an RSS/Atom feed, or a malformed one{problem})")
        return
    if feed.get("bozo"):
        log.warning("%s: feed is not well-formed (%s); read what could be read", source, feed.bozo_exception)
    for index, entry in enumerate(feed.entries, 1):
        where = f"{source}#{index}"
        html = entry.content[0].value if entry.get("content") else entry.get("summary", "")
        text = repair_text(fragment_text(html or ""))
        if not text:
            yield IngestFailure(source, f"entry {index} ({entry.get('link') or entry.get('title')}): no text")
            continue
        date = entry.get("published_parsed") or entry.get("updated_parsed")
        published = parse_date(date or entry.get("published"), source=where) or options.published
        yield make_document(
            text,
            lang=forced_lang(options.lang),
            published=published,
            title=entry.get("title"),
            url=entry.get("link"),
            source=where,
        )


WARC_TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


def read_warc(stream: BinaryIO, source: str, options: ExtractOptions) -> Iterator[Result]:
    """Each response (or resource) record with an HTML or plain-text payload; source "path#N" with N
    the record's number in the archive (counted from 1, all records counted)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        for index, record in enumerate(ArchiveIterator(stream), 1):
            if record.rec_type not in ("response", "resource"):
                continue
            mime = (record.http_headers or record.rec_headers).get_header("Content-Type") or ""
            if mime.split(";")[0].strip().lower() not in WARC_TEXT_TYPES:
                continue
            where = f"{source}#{index}"
            url = record.rec_headers.get_header("WARC-Target-URI")
            data = record.content_stream().read(options.max_bytes + 1)
            if len(data) > options.max_bytes:
                yield IngestFailure(
                    source, f"record {index} ({url}): over the limit of {options.max_bytes} bytes"
                )
                continue
            if not data.strip():
                yield IngestFailure(source, f"record {index} ({url}): empty payload")
                continue
            if "html" in mime.lower():
                yield from read_html(data, where, options, url=url)
            else:
                try:
                    text = read_text_bytes(data, where)
                except InputError as exc:
                    yield IngestFailure(source, f"record {index}: {exc.reason}")
                    continue
                yield make_document(
                    text, lang=forced_lang(options.lang), published=options.published, url=url, source=where
                )
    except ArchiveLoadFailed as exc:
        yield IngestFailure(source, f"malformed WARC: {exc}")
    except Exception as exc:  # noqa: BLE001 - warcio fails on bad input in many ways; stop this file only
        yield IngestFailure(source, f"malformed WARC: {type(exc).__name__}: {exc}")
