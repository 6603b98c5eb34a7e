"""Publication dates from records, HTML metadata and feeds: ISO first, then common formats, then
dateparser (Indonesian and English month names). A date that cannot be read is None (with a warning):
the document is kept."""

from __future__ import annotations

import datetime as dt
import logging
import re
import time

log = logging.getLogger(__name__)

_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_FORMATS = ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y/%m/%d", "%Y%m%d")


def parse_date(value: object, *, source: str = "") -> dt.date | None:
    """A date from a date, datetime, struct_time, ISO string or free text; None when unreadable."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, time.struct_time):
        return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    text = str(value).strip()
    if not text:
        return None
    match = _ISO_DAY.match(text)
    if match:
        try:
            return dt.date(*(int(g) for g in match.groups()))
        except ValueError:
            pass
    for fmt in _FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    parsed = _dateparser(text)
    if parsed is None:
        log.warning("%s: unreadable date %r ignored", source or "input", text)
    return parsed


def _dateparser(text: str) -> dt.date | None:
    import dateparser  # slow to import; most inputs never need it

    parsed = dateparser.parse(
        text, languages=["id", "en"], settings={"PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": False}
    )
    return parsed.date() if parsed else None
