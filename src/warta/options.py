"""One options object, built once (by the CLI, the API or the caller) and passed down to every stage."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class ExtractOptions:
    lang: str | None = None  # "id", "en", or None/"auto" to identify it
    published: dt.date | None = None  # fallback publication date when the input has none
    max_bytes: int = 5_000_000  # larger inputs are refused, not truncated
    until: str | None = None  # stop after this stage (see warta.pipeline.STAGES)
