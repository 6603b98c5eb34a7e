"""Building a Document from text: artefact spans, language, publication date, stable id."""

from __future__ import annotations

import datetime as dt

from warta.ingest.cleanup import find_artefacts, kept_text
from warta.ingest.dates import parse_date
from warta.ingest.ids import document_id
from warta.ingest.langid import identify_language
from warta.model import Document

AUTO = "auto"


def forced_lang(lang: str | None) -> str | None:
    """The language a caller imposes, or None when it asks for identification (None or "auto")."""
    if lang is None or lang.strip().lower() in ("", AUTO):
        return None
    return lang.strip().lower()


def make_document(
    text: str,
    *,
    lang: str | None = None,
    published: dt.date | str | None = None,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
    doc_id: str | None = None,
) -> Document:
    """A Document for `text`, which is kept exactly as given.

    Scrape artefacts become `removed` spans (the text is not edited). `lang` None or "auto" means
    identify it; a language other than id/en is kept as detected (the pipeline refuses it later).
    `doc_id` defaults to the hash of the text without its artefacts, whitespace-normalised, so a page
    scraped again with a new comment counter keeps its id.
    """
    removed = find_artefacts(text)
    kept = kept_text(text, removed) if removed else text
    return Document(
        doc_id=doc_id or document_id(kept),
        text=text,
        lang=forced_lang(lang) or identify_language(kept),
        published=parse_date(published, source=source or ""),
        title=title.strip() if title and title.strip() else None,
        url=url or None,
        source=source,
        removed=removed,
    )
