"""The time words of one language, loaded from ``data/<lang>/time_words.yaml`` and checked."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from warta.errors import DataFileError

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
UNIT_NAMES = frozenset({"day", "week", "month", "year"})

_MAPS_INT = ("weekdays", "months", "month_abbreviations", "relative_after", "relative_before",
             "deictic_days", "previous_days", "numerals")  # fmt: skip
_MAPS_UNIT = ("units", "units_one")
_LISTS = ("day_prefix", "month_prefix", "year_prefix", "prepositions", "modifiers", "ago", "ahead",
          "later", "earlier", "vague_numerals", "past_markers", "future_markers", "new_topic_markers")  # fmt: skip
KEYS = frozenset((*_MAPS_INT, *_MAPS_UNIT, *_LISTS, "numeric_date_order", "lowercase_months"))


@dataclass(frozen=True, slots=True, eq=False)  # hashed by identity: cached per loaded file
class TimeWords:
    """Lower-cased words of one language; maps give a number (weekday, month, offset) or a unit."""

    lang: str
    weekdays: dict[str, int]
    months: dict[str, int]
    month_abbreviations: dict[str, int]
    units: dict[str, str]
    units_one: dict[str, str]
    day_prefix: tuple[str, ...]
    month_prefix: tuple[str, ...]
    year_prefix: tuple[str, ...]
    prepositions: tuple[str, ...]
    modifiers: tuple[str, ...]
    relative_after: dict[str, int]
    relative_before: dict[str, int]
    ago: tuple[str, ...]
    ahead: tuple[str, ...]
    later: tuple[str, ...]
    earlier: tuple[str, ...]
    deictic_days: dict[str, int]
    previous_days: dict[str, int]
    numerals: dict[str, int]
    vague_numerals: tuple[str, ...]
    past_markers: tuple[str, ...]
    future_markers: tuple[str, ...]
    new_topic_markers: tuple[str, ...]
    numeric_date_order: str  # "DMY" or "MDY"
    lowercase_months: bool  # "8 mei 2024" counts as a date


def _norm(word: Any, path: str, key: str) -> str:
    if not isinstance(word, str) or not word.strip():
        raise DataFileError(path, f"{key}: expected a non-empty word, got {word!r}")
    return " ".join(word.lower().split())


def parse_time_words(raw: Any, *, lang: str, path: str) -> TimeWords:
    """Check the YAML content and build a :class:`TimeWords`; errors name the file and the key."""
    if not isinstance(raw, dict):
        raise DataFileError(path, "expected a mapping at the top level")
    missing = sorted(KEYS - raw.keys())
    unknown = sorted(raw.keys() - KEYS)
    if missing or unknown:
        raise DataFileError(path, f"missing keys {missing}, unknown keys {unknown}")
    fields: dict[str, Any] = {"lang": lang}
    for key in _MAPS_INT:
        value = raw[key] or {}
        if not isinstance(value, dict) or not all(isinstance(v, int) for v in value.values()):
            raise DataFileError(path, f"{key}: expected a mapping of words to integers")
        fields[key] = {_norm(k, path, key): v for k, v in value.items()}
    for key in _MAPS_UNIT:
        value = raw[key] or {}
        if not isinstance(value, dict) or not set(value.values()) <= UNIT_NAMES:
            raise DataFileError(path, f"{key}: expected a mapping of words to {sorted(UNIT_NAMES)}")
        fields[key] = {_norm(k, path, key): v for k, v in value.items()}
    for key in _LISTS:
        value = raw[key] or []
        if not isinstance(value, list):
            raise DataFileError(path, f"{key}: expected a list of words")
        fields[key] = tuple(_norm(w, path, key) for w in value)
    if raw["numeric_date_order"] not in ("DMY", "MDY"):
        raise DataFileError(path, "numeric_date_order: expected DMY or MDY")
    fields["numeric_date_order"] = raw["numeric_date_order"]
    if not isinstance(raw["lowercase_months"], bool):
        raise DataFileError(path, "lowercase_months: expected true or false")
    fields["lowercase_months"] = raw["lowercase_months"]
    if not all(1 <= n <= 7 for n in fields["weekdays"].values()):
        raise DataFileError(path, "weekdays: ISO weekday numbers are 1..7")
    if not all(1 <= n <= 12 for n in (*fields["months"].values(), *fields["month_abbreviations"].values())):
        raise DataFileError(path, "months: month numbers are 1..12")
    return TimeWords(**fields)


@lru_cache(maxsize=8)
def load_time_words(lang: str) -> TimeWords:
    """The bundled time words of ``lang`` ("id" or "en"), read once."""
    path = DATA_DIR / lang / "time_words.yaml"
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise DataFileError(str(path), "no time words for this language") from exc
    except yaml.YAMLError as exc:
        raise DataFileError(str(path), f"not valid YAML: {exc}") from exc
    return parse_time_words(raw, lang=lang, path=str(path))
