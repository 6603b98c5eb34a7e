"""Plain-JSON views of the records (all fields, offsets included), for the CLI, the API and exports."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from warta.model import Document


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def document_to_dict(document: Document, *, tokens: bool = False) -> dict[str, Any]:
    """Every field of the Document as JSON-ready data; tokens only when asked (they are bulky)."""
    data = dataclasses.asdict(document)
    if not tokens:
        data.pop("tokens")
    return _plain(data)
