"""The quotes stage (placeholder: adds nothing yet)."""

from __future__ import annotations

from warta.model import Document
from warta.options import ExtractOptions


def extract_quotes(document: Document, options: ExtractOptions) -> Document:
    return document
