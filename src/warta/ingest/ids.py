"""Stable document ids: the same article text always gets the same id, wherever it came from."""

from __future__ import annotations

import hashlib


def document_id(text: str) -> str:
    """sha1 of the whitespace-normalised text, 16 hex digits (re-wrapped or re-indented copies of an
    article get the same id; any change of words gives a new one)."""
    normalised = " ".join(text.split())
    return hashlib.sha1(normalised.encode("utf-8")).hexdigest()[:16]
