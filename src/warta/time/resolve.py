"""Give each located time expression its value, anchor and granularity.

Rules (the gold's conventions, gold/FORMAT.md and gold/dev/NOTES.md):
- a date with a year ("8 Mei 2024", "Senin (8/5/2024)", "Oktober 2023") is parsed by dateparser on the
  located span only; ``absolute``.
- a day and month without a year ("22 September", "Rabu (13/9)") takes the year that puts it closest
  to publication (published 2024-01-03: "28 Desember" is 2023-12-28); ``absolute``.
- weekdays: the most recent such day on or before publication; "Rabu lalu" strictly before,
  "Rabu depan" strictly after, "Rabu ini" in the publication's ISO week; ``published``.
- "pekan lalu" / "last week": the previous ISO week, Monday/Sunday; "bulan lalu": "YYYY-MM";
  "tahun lalu": "YYYY"; "dua hari lalu": a day; "dua pekan lalu": the ISO week 14 days back.
- a bare month ("bulan Oktober", "in October"): in the publication year, except a month after the
  publication month in a sentence with a past marker ("telah", "sudah") and no future marker ("akan",
  "dapat"), which is taken as last year's; "Oktober lalu"/"Oktober depan": the previous/next one.
- "N <unit> lagi" counts forward from publication; "beberapa hari lalu" (a vague count) keeps value
  None; "dua hari kemudian" / "two days later" count from the previous date (``previous``).
- "pada hari yang sama" and kin (``previous``): the most recent day-precision date found earlier in
  the text; right after a new-topic marker ("Dalam perkembangan lain pada hari yang sama") the
  story's main date instead: the first dated day of the text.
- without a publication date, expressions relative to it keep the value None.
"""

from __future__ import annotations

import bisect
import datetime as dt
import logging
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import cast

from dateparser.date import DateDataParser

from warta.errors import WartaError
from warta.model import Anchor, Granularity, Sentence, Time
from warta.time.finder import TimeSpan
from warta.time.words import TimeWords

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Resolved:
    value: str | None
    anchor: Anchor
    granularity: Granularity
    day: dt.date | None = None  # the day it names, when it names one (feeds "pada hari yang sama")


def iso_week(day: dt.date) -> str:
    monday = day - dt.timedelta(days=day.isoweekday() - 1)
    return f"{monday.isoformat()}/{(monday + dt.timedelta(days=6)).isoformat()}"


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def closest_year(month: int, day: int, published: dt.date) -> dt.date | None:
    """The date with this month and day nearest to ``published`` (None if no year has it)."""
    options = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            options.append(dt.date(year, month, day))
        except ValueError:
            continue
    return min(options, key=lambda d: (abs((d - published).days), d > published)) if options else None


def weekday_date(weekday: int, published: dt.date, direction: int | None) -> dt.date:
    """None: on or before publication; -1 strictly before; 1 strictly after; 0 in its ISO week."""
    if direction == 0:
        return published + dt.timedelta(days=weekday - published.isoweekday())
    if direction == 1:
        return published + dt.timedelta(days=(weekday - published.isoweekday() - 1) % 7 + 1)
    back = (published.isoweekday() - weekday) % 7
    if direction == -1 and back == 0:
        back = 7
    return published - dt.timedelta(days=back)


def shifted(base: dt.date, unit: str, count: int) -> Resolved:
    """``base`` moved by ``count`` units, at that unit's precision (anchor set by the caller)."""
    if unit == "day":
        day = base + dt.timedelta(days=count)
        return Resolved(day.isoformat(), "published", "day", day)
    if unit == "week":
        return Resolved(iso_week(base + dt.timedelta(weeks=count)), "published", "week")
    if unit == "month":
        year, month = shift_month(base.year, base.month, count)
        return Resolved(f"{year:04d}-{month:02d}", "published", "month")
    return Resolved(f"{base.year + count:04d}", "published", "year")


@lru_cache(maxsize=32)
def _dateparser(lang: str, published: dt.date | None, order: str) -> DateDataParser:
    settings: dict[str, object] = {
        "PREFER_DATES_FROM": "past",
        "DATE_ORDER": order,
        "PREFER_DAY_OF_MONTH": "first",
    }
    if published is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(published, dt.time())
    return DateDataParser(languages=[lang], settings=settings)


@dataclass(slots=True)
class _Context:
    """What the resolver remembers while walking the text in order."""

    text: str
    words: TimeWords
    published: dt.date | None
    sentence_starts: list[int] = field(default_factory=list)
    sentences: Sequence[Sentence] = ()
    last_day: dt.date | None = None
    lead_day: dt.date | None = None


class _Rules:
    def __init__(self, words: TimeWords) -> None:
        def words_re(items: Sequence[str]) -> re.Pattern[str]:
            body = "|".join(
                r"\s+".join(map(re.escape, w.split())) for w in sorted(items, key=len, reverse=True)
            )
            return re.compile(rf"(?i)(?<!\w)(?:{body or '(?!x)x'})(?!\w)")

        self.past = words_re(words.past_markers)
        self.future = words_re(words.future_markers)
        self.new_topic = words_re(words.new_topic_markers)
        self.direction = {
            w: d
            for d, ws in (
                ("ago", words.ago),
                ("ahead", words.ahead),
                ("later", words.later),
                ("earlier", words.earlier),
            )
            for w in ws
        }


@lru_cache(maxsize=8)
def _rules(words: TimeWords) -> _Rules:
    return _Rules(words)


def _sentence_of(ctx: _Context, position: int) -> tuple[int, int]:
    """Bounds of the sentence holding ``position``: the document's sentences, else punctuation."""
    if ctx.sentences:
        i = bisect.bisect_right(ctx.sentence_starts, position) - 1
        if i >= 0 and ctx.sentences[i].start <= position < ctx.sentences[i].end:
            return ctx.sentences[i].start, ctx.sentences[i].end
    text = ctx.text
    start = max(text.rfind(c, 0, position) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, position) for c in ".!?\n") if i >= 0]
    return start, min(ends, default=len(text))


def _parse_absolute(ctx: _Context, core: str, order: str) -> dt.date | None:
    data = _dateparser(ctx.words.lang, ctx.published, order).get_date_data(core)
    return data.date_obj.date() if data and data.date_obj and data.period == "day" else None


def _month_number(word: str, words: TimeWords) -> int:
    return words.months.get(word) or words.month_abbreviations[word.rstrip(".")]


def _day_month(
    month: int, day: int, year: int | None, ctx: _Context, direction: int | None = None
) -> dt.date | None:
    """The date; without a year the one nearest publication, or the last before / first after it
    ("15 Agustus lalu", "12 Januari mendatang"), or the one of its year ("22 September ini")."""
    published = ctx.published
    if year is None and published is not None:
        if direction is None:
            return closest_year(month, day, published)
        year = published.year
        if direction == -1 and (month, day) >= (published.month, published.day):
            year -= 1
        elif direction == 1 and (month, day) <= (published.month, published.day):
            year += 1
    if year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def resolve_span(span: TimeSpan, ctx: _Context) -> Resolved:
    """The value of one span, given what came before it in the text."""
    words, parts, published = ctx.words, span.parts, ctx.published
    kind = span.kind
    if kind in ("date", "numeric", "iso"):
        if kind == "numeric":
            n1, n2 = int(parts["n1"]), int(parts["n2"])
            day, month = (n1, n2) if words.numeric_date_order == "DMY" else (n2, n1)
        elif kind == "iso":
            day, month = int(parts["day"]), int(parts["month_num"])
        else:
            day, month = int(parts["day"]), _month_number(parts["month"], words)
        year = int(parts["year"]) if "year" in parts else None
        if year is not None and year < 100:
            year += 2000
        date = _day_month(month, day, year, ctx, _direction(parts, words))
        if year is not None:
            # A written date with its year: dateparser reads the located span (never the whole text);
            # the regex parts are the fallback when it cannot.
            order = words.numeric_date_order if kind == "numeric" else "YMD" if kind == "iso" else "DMY"
            parsed = _parse_absolute(ctx, parts["core"], order)
            if parsed is not None:
                if parsed != date:
                    log.debug(
                        "dateparser read %r as %s, the span's parts say %s", parts["core"], parsed, date
                    )
                date = parsed
        return Resolved(date.isoformat() if date else None, "absolute", "day", date)
    if kind == "range":
        month = _month_number(parts["month"], words)
        year = int(parts["year"]) if "year" in parts else None
        first = _day_month(month, int(parts["d1"]), year, ctx)
        last = _day_month(month, int(parts["d2"]), first.year if first else None, ctx)
        value = f"{first.isoformat()}/{last.isoformat()}" if first and last else None
        return Resolved(value, "absolute", "range")
    if kind == "month_year":
        month, year = _month_number(parts["month"], words), int(parts["year"])
        return Resolved(f"{year:04d}-{month:02d}", "absolute", "month")
    if kind == "year":
        return Resolved(parts["year"], "absolute", "year")
    if kind == "previous":
        return _previous(span, ctx, words.previous_days[parts["phrase"]])
    if kind == "count" and _rules(words).direction[parts["dir"]] in ("later", "earlier"):
        unit = _unit(parts, words)
        count = _count(parts, words)
        sign = 1 if _rules(words).direction[parts["dir"]] == "later" else -1
        base = ctx.last_day
        if base is None or count is None:
            return Resolved(None, "previous", unit)
        r = shifted(base, unit, sign * count)
        return Resolved(r.value, "previous", r.granularity, r.day)
    # Everything below counts from the publication date.
    granularity = _granularity(span, words)
    if published is None:
        return Resolved(None, "published", granularity)
    if kind == "deictic":
        return shifted(published, "day", words.deictic_days[parts["phrase"]])
    if kind == "weekday":
        direction = _direction(parts, words)
        day = weekday_date(words.weekdays[parts["wd"]], published, direction)
        return Resolved(day.isoformat(), "published", "day", day)
    if kind == "unit":
        return shifted(published, words.units[parts["unit"]], _direction(parts, words) or 0)
    if kind == "count":
        count = _count(parts, words)
        if count is None:
            return Resolved(None, "published", granularity)
        sign = 1 if _rules(words).direction[parts["dir"]] == "ahead" else -1
        return shifted(published, granularity, sign * count)
    if kind == "month":
        return Resolved(_bare_month(span, ctx, published), "published", "month")
    raise WartaError(f"time span of unknown kind {kind!r}")  # the finder and this function go together


def _unit(parts: Mapping[str, str], words: TimeWords) -> Granularity:
    """The calendar unit of a "unit" or "count" span ("pekan lalu", "sepekan lalu", "dua hari lalu")."""
    unit = words.units_one.get(parts.get("one", "")) or words.units[parts["unit"]]
    return cast(Granularity, unit)


def _granularity(span: TimeSpan, words: TimeWords) -> Granularity:
    if span.kind in ("unit", "count"):
        return _unit(span.parts, words)
    return "month" if span.kind == "month" else "day"


def _direction(parts: Mapping[str, str], words: TimeWords) -> int | None:
    if "rel" in parts:
        return words.relative_after[parts["rel"]]
    if "relb" in parts:
        return words.relative_before[parts["relb"]]
    return None


def _count(parts: Mapping[str, str], words: TimeWords) -> int | None:
    """The number of units; None for a vague quantity ("beberapa hari lalu")."""
    if "one" in parts:
        return 1
    num = parts["num"]
    return int(num) if num.isdigit() else words.numerals.get(num)


def _bare_month(span: TimeSpan, ctx: _Context, published: dt.date) -> str:
    words = ctx.words
    month = words.months[span.parts["month"]]
    direction = _direction(span.parts, words)
    if direction == -1:
        year = published.year if month < published.month else published.year - 1
    elif direction == 1:
        year = published.year if month > published.month else published.year + 1
    else:
        year = published.year
        if direction is None and month > published.month:
            start, end = _sentence_of(ctx, span.start)
            sentence = ctx.text[start:end]
            rules = _rules(words)
            if rules.past.search(sentence) and not rules.future.search(sentence):
                year -= 1
    return f"{year:04d}-{month:02d}"


def _previous(span: TimeSpan, ctx: _Context, offset: int) -> Resolved:
    base = ctx.last_day
    start, _ = _sentence_of(ctx, span.start)
    if ctx.lead_day is not None and _rules(ctx.words).new_topic.search(ctx.text[start : span.start]):
        base = ctx.lead_day
    if base is None:
        return Resolved(None, "previous", "day")
    day = base + dt.timedelta(days=offset)
    return Resolved(day.isoformat(), "previous", "day", day)


def resolve_spans(
    spans: Sequence[TimeSpan],
    text: str,
    words: TimeWords,
    published: dt.date | None,
    sentences: Sequence[Sentence] = (),
) -> Iterator[Time]:
    """Resolve ``spans`` (sorted by start) in text order, each against what came before it."""
    ctx = _Context(text, words, published, [s.start for s in sentences], sentences)
    for span in spans:
        resolved = resolve_span(span, ctx)
        if resolved.day is not None:
            ctx.last_day = resolved.day
            if ctx.lead_day is None:
                ctx.lead_day = resolved.day
        yield Time(
            span.start,
            span.end,
            text[span.start : span.end],
            resolved.value,
            resolved.anchor,
            resolved.granularity,
        )
