"""The time stage (placeholder: adds nothing yet)."""

from __future__ import annotations

from warta.model import Document
from warta.options import ExtractOptions


def resolve_times(document: Document, options: ExtractOptions) -> Document:
    return document
