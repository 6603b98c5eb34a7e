"""The analyse stage: sentences, tokens (POS, lemma) and named-entity mentions, per language.

Each language is a sub-package (`warta.lang.id`, `warta.lang.en`) exposing
``analyse_text(text, *, removed) -> Analysis``; adding a language is adding a folder.
"""

from __future__ import annotations

import dataclasses
import importlib
from dataclasses import dataclass

from warta.errors import UnsupportedLanguage
from warta.model import Document, Mention, Sentence, Token
from warta.options import ExtractOptions

SUPPORTED = ("id", "en")


@dataclass(frozen=True, slots=True)
class Analysis:
    sentences: tuple[Sentence, ...]
    tokens: tuple[Token, ...]
    mentions: tuple[Mention, ...]


def language_module(lang: str | None):  # noqa: ANN201 - a module
    if lang not in SUPPORTED:
        raise UnsupportedLanguage(lang)
    return importlib.import_module(f"warta.lang.{lang}")


def analyse(document: Document, options: ExtractOptions) -> Document:
    analysis: Analysis = language_module(document.lang).analyse_text(document.text, removed=document.removed)
    return dataclasses.replace(
        document, sentences=analysis.sentences, tokens=analysis.tokens, mentions=analysis.mentions
    )
