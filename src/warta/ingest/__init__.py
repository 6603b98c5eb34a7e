"""The ingest stage: turns raw input (text, HTML, JSONL/CSV, feeds, folders) into Documents.

Placeholder: only `make_document` for plain text (the full readers come with the ingest work).
"""

from __future__ import annotations

import datetime as dt
import hashlib

from warta.model import Document


def document_id(text: str) -> str:
    """A stable id: the same article text always gets the same id (whitespace-insensitive)."""
    normalised = " ".join(text.split())
    return hashlib.sha1(normalised.encode("utf-8")).hexdigest()[:16]


def make_document(
    text: str,
    *,
    lang: str | None = None,
    published: dt.date | None = None,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
    doc_id: str | None = None,
) -> Document:
    return Document(
        doc_id=doc_id or document_id(text),
        text=text,
        lang=lang or "id",
        published=published,
        title=title,
        url=url,
        source=source,
    )
