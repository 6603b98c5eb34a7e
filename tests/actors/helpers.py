"""Builds a document the way the pipeline hands it to the actors stage (regex sentences, no NER),
so these tests do not depend on the analyser's models."""

from __future__ import annotations

import datetime as dt

from warta.actors import resolve_actors
from warta.lang._base import split_sentences, tokenize
from warta.model import Document
from warta.options import ExtractOptions

ABBREVIATIONS = ("Tn.", "Ny.", "Dr.", "Mr.", "Mrs.", "Ms.", "Gen.", "U.S.")


def document(text: str, lang: str = "id", published: dt.date | None = dt.date(2023, 9, 22)) -> Document:
    sentences = split_sentences(text, abbreviations=ABBREVIATIONS)
    return Document(
        doc_id="t", text=text, lang=lang, published=published, sentences=sentences,
        tokens=tokenize(text, sentences),
    )  # fmt: skip


def actors(text: str, lang: str = "id", published: dt.date | None = dt.date(2023, 9, 22)) -> Document:
    return resolve_actors(document(text, lang, published), ExtractOptions())


def triples(text: str, lang: str = "id", published: dt.date | None = dt.date(2023, 9, 22)) -> list[tuple]:
    """(text, name, country, sector) of every actor, in order."""
    return [(a.text, a.name, a.country, a.sector) for a in actors(text, lang, published).actors]
