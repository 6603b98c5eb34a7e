"""Locate time expressions in a text: regexes compiled once per language from its time words.

Each pattern yields a :class:`TimeSpan` (offsets, a kind, the words its groups matched); overlapping
candidates are settled longest first. Nothing is resolved here (see :mod:`warta.time.resolve`).

Span conventions (those of gold/dev): a preposition that introduces the expression is left out
("pada Rabu" -> "Rabu", "pada tanggal 22 September" -> "22 September", "pada 2019" -> "2019"), a
naming word is kept ("bulan Oktober", "hari Rabu", "tahun 2019"), and so are narrowing and direction
words ("awal pekan ini", "Oktober lalu"). "pada hari yang sama" is a fixed phrase and keeps its "pada".
Clock times ("pukul 10.00 WIB") are not recorded: the day they belong to is its own expression.

Against false hits: weekday and bare month names count only when capitalised ("Mei" also only after
a preposition, a modifier or with a direction word); "Minggu lalu"/"minggu ini" is a week, not
Sunday; a unit or weekday right after a number ("30 tahun ini", "dua Minggu") is a duration; a year
needs "tahun", a preposition or a modifier in front of it, so "2019 responden" is not one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from warta.time.words import TimeWords, load_time_words

_L = r"(?<![\w'])"  # left word boundary (an apostrophe belongs to the word: "Jum'at")
_R = r"(?![\w'])"


@dataclass(frozen=True, slots=True)
class TimeSpan:
    """A located time expression: ``kind`` names the pattern, ``parts`` its matched groups
    (lower-cased, spaces collapsed)."""

    start: int
    end: int
    kind: str
    parts: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class _Pattern:
    kind: str
    regex: re.Pattern[str]
    needs_context: bool = False  # a bare name: keep only after a preposition or with a modifier


def _alt(words: Iterable[str], *, cased: bool = False) -> str:
    """A regex alternation of ``words``, longest first; spaces match any whitespace.

    cased=False matches any case; cased=True only the Capitalised and UPPER forms (names).
    """
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    if not unique:
        return r"(?!x)x"  # matches nothing: the language has no such words
    if cased:
        forms = [f for w in unique for f in (w[:1].upper() + w[1:], w.upper())]
        return "(?:" + "|".join(_escape(f) for f in forms) + ")"
    return "(?i:" + "|".join(_escape(w) for w in unique) + ")"


def _escape(word: str) -> str:
    return r"\s+".join(re.escape(part) for part in word.split())


@lru_cache(maxsize=8)
def _patterns(lang: str) -> tuple[tuple[_Pattern, ...], re.Pattern[str], re.Pattern[str]]:
    """The compiled patterns of ``lang`` (in tie-break order), its preposition and numeral tails."""
    w = load_time_words(lang)
    months_ci = _alt(w.months)
    months_c = _alt(w.months, cased=True)
    abbr_ci = _alt(w.month_abbreviations) + r"\.?"
    abbr_c = _alt(w.month_abbreviations, cased=True) + r"\.?"
    any_month = f"(?:{months_ci}|{abbr_ci})" if w.lowercase_months else f"(?:{months_c}|{abbr_c})"
    wd_c = _alt(w.weekdays, cased=True)
    wd_ci = _alt(w.weekdays)
    mod = _alt(w.modifiers)
    rel_a = _alt(w.relative_after)
    rel_b = _alt(w.relative_before)
    units = _alt(w.units)
    units_no_day = _alt(k for k, v in w.units.items() if v != "day")
    numerals = _alt([*w.numerals, *w.vague_numerals])
    directions = _alt([*w.ago, *w.ahead, *w.later, *w.earlier])
    ordinal = r"(?:st|nd|rd|th)?"
    year = r"(?P<year>\d{4})"
    mod_opt = rf"(?:(?P<mod>{mod})(?:\s+|-))?"
    relb_opt = rf"(?:(?P<relb>{rel_b})\s+)?"
    rela_opt = rf"(?:\s+(?P<rel>{rel_a}))?"
    year_value = r"(?P<year>(?:1[89]|20)\d{2})(?!-?an\b)"  # "tahun 1990-an" is a decade

    specs: list[tuple[str, str, bool]] = [
        ("previous", rf"(?P<phrase>{_alt(w.previous_days)})", False),
        ("deictic", rf"(?P<phrase>{_alt(w.deictic_days)})", False),
        (
            "range",
            rf"(?P<d1>[0-3]?\d){ordinal}\s*[-–—]\s*(?P<d2>[0-3]?\d){ordinal}\s+(?P<month>{any_month})"
            rf"(?:\s*,?\s+{year})?",
            False,
        ),
        (
            "date",
            rf"(?:(?P<wd>{wd_c}),?\s+)?(?P<core>(?P<day>[0-3]?\d){ordinal}\s+(?:of\s+)?"
            rf"(?P<month>{any_month})(?:\s*,?\s+{year})?){rela_opt}",
            False,
        ),
        (
            "numeric",
            rf"(?P<wd>{wd_c})\s*,?\s*\(\s*(?P<core>(?P<n1>\d{{1,2}})/(?P<n2>\d{{1,2}})"
            rf"(?:/(?P<year>\d{{4}}|\d{{2}}))?)\s*\)",
            False,
        ),
        ("numeric", r"(?P<core>(?P<n1>\d{1,2})(?P<sep>[/.-])(?P<n2>\d{1,2})(?P=sep)(?P<year>\d{4}))", False),
        ("iso", r"(?P<core>(?P<year>\d{4})-(?P<month_num>\d{2})-(?P<day>\d{2}))", False),
        (
            "month_year",
            rf"{mod_opt}(?:(?P<pfx>{_alt(w.month_prefix)})\s+)?"
            rf"(?P<core>(?P<month>{any_month})\s+{year})",
            False,
        ),
        (
            "month",
            rf"{mod_opt}{relb_opt}(?P<pfx>{_alt(w.month_prefix)})\s+(?P<month>{months_ci}){rela_opt}",
            False,
        ),
        ("month", rf"{mod_opt}{relb_opt}(?P<month>{months_c}){rela_opt}", True),
        ("year", rf"{mod_opt}(?P<pfx>{_alt(w.year_prefix)})\s+{year_value}", False),
        ("year", rf"{mod_opt}{year_value}", True),
        ("unit", rf"(?:(?P<mod>{mod})\s+)?(?P<unit>{units_no_day})\s+(?P<rel>{rel_a})", False),
        ("unit", rf"(?:(?P<mod>{mod})\s+)?(?P<relb>{rel_b})\s+(?P<unit>{units_no_day})", False),
        (
            "count",
            rf"(?:(?P<num>\d{{1,3}}|{numerals})\s+(?P<unit>{units})|(?P<one>{_alt(w.units_one)}))"
            rf"\s+(?P<dir>{directions})",
            False,
        ),
        ("weekday", rf"{relb_opt}(?P<pfx>{_alt(w.day_prefix)})\s+(?P<wd>{wd_ci}){rela_opt}", False),
        ("weekday", rf"{relb_opt}(?P<wd>{wd_c}){rela_opt}", False),
    ]
    if w.numeric_date_order == "MDY":  # languages writing "5/8/2024" month first also write "May 8"
        specs.insert(
            4,
            (
                "date",
                rf"(?:(?P<wd>{wd_c}),?\s+)?(?P<core>(?P<month>{months_c}|{abbr_c})\s+"
                rf"(?P<day>[0-3]?\d){ordinal}(?:\s*,?\s+{year})?)",
                False,
            ),
        )
        specs.insert(
            3,
            (
                "range",
                rf"(?P<month>{months_c}|{abbr_c})\s+(?P<d1>[0-3]?\d)\s*[-–—]\s*"
                rf"(?P<d2>[0-3]?\d)(?:\s*,?\s+{year})?",
                False,
            ),
        )
    patterns = tuple(_Pattern(kind, re.compile(_L + body + _R), ctx) for kind, body, ctx in specs)
    preposition_tail = re.compile(_L + f"(?:{_alt(w.prepositions)})" + r"\s+$")
    numeral_tail = re.compile(_L + rf"(?:\d+|{numerals})" + r"\s+$")
    return patterns, preposition_tail, numeral_tail


def _parts(match: re.Match[str]) -> dict[str, str]:
    return {k: " ".join(v.lower().split()) for k, v in match.groupdict().items() if v is not None}


def _keep(
    kind: str,
    parts: Mapping[str, str],
    needs_context: bool,
    before: str,
    tails: Sequence[re.Pattern[str]],
    words: TimeWords,
) -> bool:
    preposition_tail, numeral_tail = tails
    if needs_context and not ({"mod", "relb", "rel"} & parts.keys() or preposition_tail.search(before)):
        return False
    if kind in ("unit", "weekday") and numeral_tail.search(before):
        return False  # "30 tahun ini", "dua Minggu": a duration, not a date
    if "day" in parts and not 1 <= int(parts["day"]) <= 31:
        return False
    return not ("d1" in parts and not 1 <= int(parts["d1"]) < int(parts["d2"]) <= 31)


def find_time_spans(
    text: str, words: TimeWords, *, removed: Sequence[tuple[int, int]] = ()
) -> list[TimeSpan]:
    """Every time expression of ``text``, sorted by start, none overlapping, none inside ``removed``."""
    patterns, *tails = _patterns(words.lang)
    candidates: list[tuple[int, int, TimeSpan]] = []
    for priority, pattern in enumerate(patterns):
        for match in pattern.regex.finditer(text):
            start, end = match.span()
            if any(start < r_end and r_start < end for r_start, r_end in removed):
                continue
            parts = _parts(match)
            if not _keep(
                pattern.kind, parts, pattern.needs_context, text[max(0, start - 24) : start], tails, words
            ):
                continue
            candidates.append((-(end - start), priority, TimeSpan(start, end, pattern.kind, parts)))
    chosen: list[TimeSpan] = []
    for _, _, span in sorted(candidates, key=lambda c: (c[0], c[1], c[2].start)):
        if all(span.end <= other.start or other.end <= span.start for other in chosen):
            chosen.append(span)
    return sorted(chosen, key=lambda s: s.start)


def find_times_in(text: str, lang: str) -> list[TimeSpan]:
    """Convenience: the spans of ``text`` with the bundled words of ``lang``."""
    return find_time_spans(text, load_time_words(lang))
