"""warta: political events from Indonesian (and English) news, every field grounded in the text.

>>> import warta
>>> document = warta.extract("Presiden Joko Widodo bertemu dengan Perdana Menteri Jepang di Tokyo pada Senin.",
...                          lang="id", published="2024-05-08")
>>> [e.type for e in document.events]
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from warta.model import Actor, Document, Event, Mention, Quote, Sentence, Story, Time, Token
from warta.options import ExtractOptions

if TYPE_CHECKING:
    from warta.store import Store

__version__ = "0.1.0"
__all__ = [
    "Actor", "Document", "Event", "ExtractOptions", "Mention", "Quote", "Sentence", "Story", "Time",
    "Token", "extract", "extract_document", "open",
]  # fmt: skip


def _as_date(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value[:10])


def extract(
    text: str,
    *,
    lang: str | None = None,
    published: dt.date | str | None = None,
    title: str | None = None,
    options: ExtractOptions | None = None,
) -> Document:
    """Run the whole pipeline on one text, without a database; returns the analysed Document."""
    from warta.ingest import make_document

    options = options or ExtractOptions()
    document = make_document(
        text, lang=lang or options.lang, published=_as_date(published) or options.published, title=title
    )
    return extract_document(document, options=options)


def extract_document(document: Document, *, options: ExtractOptions | None = None) -> Document:
    """Run the analysis stages on a Document that ingest already built."""
    from warta.pipeline import run_pipeline

    return run_pipeline(document, options or ExtractOptions())


def open(url: str = "sqlite:///warta.db") -> Store:  # noqa: A001 - mirrors sqlite3.connect / shelve.open
    """Open (creating or upgrading if needed) a warta database."""
    from warta.store import Store

    return Store(url)
