"""The time stage: every time expression of the text, with its value resolved against the publication
date or an earlier date in the text (see :mod:`warta.time.resolve` for the rules)."""

from __future__ import annotations

import dataclasses
import logging

from warta.model import Document
from warta.options import ExtractOptions
from warta.time.finder import TimeSpan, find_time_spans
from warta.time.resolve import resolve_spans
from warta.time.words import TimeWords, load_time_words

__all__ = ["TimeSpan", "TimeWords", "find_time_spans", "load_time_words", "resolve_times"]

SUPPORTED = ("id", "en")
log = logging.getLogger(__name__)


def resolve_times(document: Document, options: ExtractOptions) -> Document:
    """``document`` with ``times`` filled, sorted by start, each span an exact slice of the text.

    The language is the document's (else the options', else Indonesian); the publication date is the
    document's, else ``options.published``; without one, relative expressions keep value None.
    """
    lang = document.lang or options.lang
    if lang in (None, "auto"):
        lang = "id"
    if lang not in SUPPORTED:
        log.info("%s: no time words for language %r; no times extracted", document.doc_id, lang)
        return dataclasses.replace(document, times=())
    words = load_time_words(lang)
    published = document.published or options.published
    spans = find_time_spans(document.text, words, removed=document.removed)
    times = tuple(resolve_spans(spans, document.text, words, published, document.sentences))
    return dataclasses.replace(document, times=times)
