"""Scrape-artefact detection: finds page furniture ("[iklan_2]", "Komentar (0)", a trailing "Sumber")
and returns it as (start, end) spans. The text is never edited, so every offset a later stage
computes still points into the original; the spans go to Document.removed and stages skip them.

The patterns are data: src/warta/data/artefacts.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

import yaml

from warta.errors import DataFileError

Scope = Literal["anywhere", "line", "tail"]
SCOPES: tuple[str, ...] = ("anywhere", "line", "tail")
ARTEFACTS_FILE = "artefacts.yaml"
DATA_DIR = Path(__file__).resolve().parents[1] / "data"

_LINE = re.compile(r"[^\n]*")


@dataclass(frozen=True, slots=True)
class ArtefactPattern:
    name: str
    regex: re.Pattern[str]
    scope: Scope


def load_patterns(text: str, path: str = ARTEFACTS_FILE) -> tuple[ArtefactPattern, ...]:
    """Parse an artefacts YAML document; raises DataFileError naming the entry that is wrong."""
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise DataFileError(path, f"invalid YAML: {exc}") from exc
    entries = data.get("patterns") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise DataFileError(path, "expected a top-level 'patterns' list")
    patterns = []
    for i, entry in enumerate(entries):
        if not isinstance(entry, dict) or not {"name", "regex"} <= entry.keys():
            raise DataFileError(path, f"pattern #{i + 1}: needs 'name' and 'regex'")
        scope = entry.get("scope", "anywhere")
        if scope not in SCOPES:
            raise DataFileError(path, f"pattern {entry['name']!r}: scope must be one of {SCOPES}")
        flags = re.MULTILINE | (0 if entry.get("case") else re.IGNORECASE)
        source = str(entry["regex"])
        if scope != "anywhere":  # the regex must cover the whole line
            source = rf"[ \t]*(?:{source})[ \t]*"
        try:
            regex = re.compile(source, flags)
        except re.error as exc:
            raise DataFileError(path, f"pattern {entry['name']!r}: bad regex: {exc}") from exc
        patterns.append(ArtefactPattern(str(entry["name"]), regex, scope))
    return tuple(patterns)


@cache
def default_patterns() -> tuple[ArtefactPattern, ...]:
    path = DATA_DIR / ARTEFACTS_FILE
    return load_patterns(path.read_text(encoding="utf-8"), str(path))


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, without its newline."""
    return [
        (m.start(), m.end()) for m in _LINE.finditer(text) if m.start() == 0 or text[m.start() - 1] == "\n"
    ]


def _whole_line(pattern: ArtefactPattern, text: str, start: int, end: int) -> bool:
    return pattern.regex.fullmatch(text, start, end) is not None


def find_artefacts(
    text: str, patterns: tuple[ArtefactPattern, ...] | None = None
) -> tuple[tuple[int, int], ...]:
    """Sorted, merged spans of `text` that are scrape artefacts."""
    patterns = default_patterns() if patterns is None else patterns
    spans: list[tuple[int, int]] = []
    anywhere = [p for p in patterns if p.scope == "anywhere"]
    line_patterns = [p for p in patterns if p.scope == "line"]
    tail_patterns = [p for p in patterns if p.scope == "tail"]
    for pattern in anywhere:
        spans.extend(m.span() for m in pattern.regex.finditer(text) if m.end() > m.start())

    lines = [(s, e) for s, e in _lines(text) if text[s:e].strip()]
    removed_lines: set[tuple[int, int]] = set()
    for start, end in lines:
        if any(_whole_line(p, text, start, end) for p in line_patterns):
            removed_lines.add((start, end))
    # The trailing block: walk up from the last line while lines are furniture (already removed,
    # covered by `anywhere` spans, or a tail pattern); stop at the first line of prose.
    covered = _merge(spans)
    for start, end in reversed(lines):
        if (start, end) in removed_lines or _covered(covered, text, start, end):
            continue
        if any(_whole_line(p, text, start, end) for p in tail_patterns):
            removed_lines.add((start, end))
            continue
        break
    spans.extend(_trim(text, s, e) for s, e in removed_lines)
    return tuple(_merge(spans))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The line without its surrounding spaces (the span covers only what is visible)."""
    line = text[start:end]
    return start + (len(line) - len(line.lstrip())), end - (len(line) - len(line.rstrip()))


def _covered(spans: list[tuple[int, int]], text: str, start: int, end: int) -> bool:
    """True when every non-space character of text[start:end] lies inside a span."""
    inside = [False] * (end - start)
    for s, e in spans:
        for i in range(max(s, start), min(e, end)):
            inside[i - start] = True
    return all(inside[i] or text[start + i].isspace() for i in range(end - start))


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def kept_text(text: str, removed: tuple[tuple[int, int], ...]) -> str:
    """The text with removed spans blanked out by spaces (same length, so offsets stay valid)."""
    chars = list(text)
    for start, end in removed:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)
