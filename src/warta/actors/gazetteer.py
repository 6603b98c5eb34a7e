"""Finding knowledge-base names in text: word tokens with offsets, longest match first."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from warta.actors.kb import Entry, KnowledgeBase
from warta.lang.case import case_marks_no_names

_WORD_RE = re.compile(r"\w+")
# What may separate the words of one name: spaces, a hyphen (Bangsa-Bangsa, Yung-ho), an apostrophe,
# the dot of an abbreviation (U.S.).
_JOIN_RE = re.compile(r"[ \t]*[-'’.]?[ \t]*")


@dataclass(frozen=True, slots=True)
class Word:
    start: int
    end: int
    text: str
    norm: str  # case-folded
    sent: int
    case_blind: bool = False  # in a headline whose capitals mark no names (warta.lang.case)


@dataclass(frozen=True, slots=True)
class Match:
    first: int  # index of the first word
    last: int  # index after the last word
    start: int  # character offsets
    end: int
    entry: Entry


def words_of(
    text: str, spans: Iterable[tuple[int, int, int]], removed: Iterable[tuple[int, int]] = ()
) -> list[Word]:
    """Word tokens of the (start, end, sentence index) spans, skipping removed spans."""
    cut = sorted(removed)
    out = []
    for start, end, sent in spans:
        found = [
            m for m in _WORD_RE.finditer(text, start, end) if not any(a <= m.start() < b for a, b in cut)
        ]
        no_case = case_marks_no_names([m.group() for m in found])
        out += [Word(m.start(), m.end(), m.group(), m.group().casefold(), sent, no_case) for m in found]
    return out


def joined(text: str, left: Word, right: Word) -> bool:
    """Whether two words are parts of one name: same sentence, nothing but a space/hyphen between."""
    return left.sent == right.sent and _JOIN_RE.fullmatch(text, left.end, right.start) is not None


def adjacent(text: str, left: Word, right: Word) -> bool:
    """Whether two words follow each other in one phrase: same sentence, only spaces (or the dot of
    "Tn.") between."""
    return left.sent == right.sent and text[left.end : right.start].strip(" \t-.") == ""


def _case_fits(entry: Entry, surface: str) -> bool:
    rule = entry.case
    if rule == "exact":
        return "".join(ch for ch in surface if ch.isalnum()) == "".join(
            ch for ch in entry.alias if ch.isalnum()
        )
    if rule == "capital":
        return surface[:1].isupper()
    return True


def find_matches(text: str, words: list[Word], kb: KnowledgeBase) -> list[Match]:
    """Non-overlapping knowledge-base matches, left to right, longest first."""
    matches = []
    n = len(words)
    # reach[i]: how many words from i on are joined into one run; a match never crosses a break,
    # so the lengths worth trying from i are 1..reach[i] (computed once, not per candidate).
    reach = [1] * n
    for k in range(n - 2, -1, -1):
        if joined(text, words[k], words[k + 1]):
            reach[k] = reach[k + 1] + 1
    i = 0
    while i < n:
        found = None
        for length in range(min(kb.max_len, reach[i]), 0, -1):
            j = i + length
            entries = kb.entries.get(tuple(w.norm for w in words[i:j]))
            if not entries:
                continue
            surface = text[words[i].start : words[j - 1].end]
            entry = next((e for e in entries if _case_fits(e, surface)), None)
            if entry is not None:
                end = words[j - 1].end
                if entry.alias.endswith(".") and text[end : end + 1] == ".":
                    end += 1  # "Tn." keeps its dot
                found = Match(i, j, words[i].start, end, entry)
                break
        if found:
            matches.append(found)
            i = found.last
        else:
            i += 1
    return matches
