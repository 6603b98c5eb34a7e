"""HTML pages (main text, title, date, site and URL through trafilatura) and RSS/Atom feeds
(feedparser: one Document per entry)."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

from warta.ingest.dates import parse_date
from warta.ingest.documents import forced_lang, make_document
from warta.ingest.encoding import repair_text
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


def read_html(data: bytes, source: str, options: ExtractOptions) -> Iterator[Result]:
    import trafilatura  # slow to import; only HTML needs it

    extracted = trafilatura.bare_extraction(
        data, with_metadata=True, include_comments=False, include_tables=False
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
        url=meta.get("url"),
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
