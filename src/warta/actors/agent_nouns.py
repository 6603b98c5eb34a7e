"""Actors named by a common noun: "polisi", "jaksa penuntut", "para demonstran", "petugas", "kami".

Most actors of domestic news have no name: the police arrest, prosecutors charge, protesters march.
The nouns (``data/<lang>/actors/agent_nouns.csv``) are found as whole words (a one-word noun also
reduplicated, the plural "kelompok-kelompok"), longest first, with the
capitalised names right after them ("polisi Universitas Southern"; "tim pembela Saipov" stops before
the actor "Saipov", and before the title of a known name). A span that overlaps an actor the earlier
rules found is left to that actor. Their country comes later from the document's context
(warta.actors.context). A noun that names people only when counted ("orang") is an actor with its
number: "polisi menahan 12 orang".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection

from warta.actors.kb import DATA_DIR, check_sector, load_kb, rows
from warta.errors import DataFileError
from warta.model import Actor

NAME_WORD = re.compile(r"\s+([A-Z][\w.'’-]*)")


@functools.cache
def load_agent_nouns(lang: str) -> dict[str, str | None]:
    """noun (case-folded) -> sector; empty when the language has no list."""
    path = DATA_DIR / lang / "actors" / "agent_nouns.csv"
    if not path.is_file():
        return {}
    nouns: dict[str, str | None] = {}
    for line, row in rows(path):
        if not row.get("noun"):
            raise DataFileError(str(path), "a noun is required", line=line)
        nouns[" ".join(row["noun"].casefold().split())] = check_sector(path, line, row.get("sector", ""))
    return nouns


@functools.cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    nouns = load_agent_nouns(lang)
    if not nouns:
        return None
    words = sorted(nouns, key=len, reverse=True)
    # a one-word noun also in its reduplicated plural: "kelompok-kelompok", "pejabat-pejabat"
    alternation = "|".join(
        rf"{re.escape(w)}(?:-{re.escape(w)})?" if " " not in w else r"\s+".join(map(re.escape, w.split()))
        for w in words
    )
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)


@functools.cache
def _counted_pattern(lang: str) -> re.Pattern[str] | None:
    """A number and a counted noun: "12 orang", "tiga orang" (grammar.yaml counted_nouns, numerals)."""
    grammar = load_kb(lang).grammar
    if not grammar.counted_nouns:
        return None
    numbers = "|".join([r"\d[\d.,]*", *map(re.escape, sorted(grammar.numerals, key=len, reverse=True))])
    nouns = "|".join(map(re.escape, sorted(grammar.counted_nouns)))
    return re.compile(rf"(?<![\w-])(?:{numbers})\s+(?:{nouns})(?![\w-])", re.IGNORECASE)


def _noun_key(surface: str, listed: Collection[str] = ()) -> str:
    """The list's form of a matched noun: case-folded, spaces collapsed, a reduplication undone
    ("Kelompok-kelompok" -> "kelompok"; a listed hyphenated noun stays whole: "laki-laki")."""
    folded = " ".join(surface.casefold().split())
    return folded if folded in listed else folded.split("-")[0]


def _name_like(word: str) -> bool:
    """A capitalised name ("Southern") or a short acronym ("LSU"), not a shouted word ("KORUPSI")."""
    return any(c.islower() for c in word) or len(word) <= 5


def _next_word(text: str, end: int) -> int:
    while end < len(text) and text[end].isspace():
        end += 1
    return end


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < b and a < end for a, b in spans)


LOWER_WORD = re.compile(r"\s+([a-z]+(?:-[a-z]+)*)(?![\w-])")  # whole words: not the "pro" of "pro-Rusia"


def _lower_words_after(text: str, end: int, takes: Callable[[str], bool], most: int = 2) -> int:
    """Where a noun phrase ends when it takes up to `most` lower-case words after `end`."""
    for _ in range(most):
        m = LOWER_WORD.match(text, end)
        if not m or not takes(m.group(1)):
            break
        end = m.end(1)
    return end


def _classified(text: str, noun: str, end: int, lang: str) -> int:
    """Where a classifier noun's phrase ends: "pihak pengelola masjid" from "pihak"."""
    g = load_kb(lang).grammar
    if _noun_key(noun) not in g.classifier_nouns:
        return end
    return _lower_words_after(
        text, end, lambda w: w not in g.phrase_stop_words and not w.startswith(g.verb_prefixes)
    )


def _modified(text: str, end: int, lang: str) -> int:
    """Where a noun's modifiers end: "pejabat senior", "warga setempat" (grammar agent_modifiers)."""
    return _lower_words_after(text, end, load_kb(lang).grammar.agent_modifiers.__contains__)


def find_agent_nouns(
    text: str,
    lang: str,
    known: list[Actor],
    skipped: list[tuple[int, int]],
    countries: frozenset[tuple[int, int]] = frozenset(),
) -> list[Actor]:
    """Actors for the agent nouns of `text` that no `known` actor covers (country left unknown). A
    noun right before a country name (`countries`: spans of `known` that name a country) is of that
    country and takes it in: "pejabat Myanmar", "tentara Israel"."""
    pattern = _pattern(lang)
    if pattern is None:
        return []
    nouns = load_agent_nouns(lang)
    taken = [(a.start, a.end) for a in known]
    out: list[Actor] = []
    for m in pattern.finditer(text):
        start, end = m.start(), m.end()
        if _overlaps(start, end, taken) or _overlaps(start, end, skipped):
            continue
        sector = nouns[_noun_key(m.group(), nouns)]
        shouted = m.group().isupper()  # a headline in capitals has no names to tell apart
        for _ in range(0 if shouted else 4):  # the names that complete it: "polisi Universitas Southern"
            name = NAME_WORD.match(text, end)
            if not name or _overlaps(name.start(1), name.end(1), taken) or not _name_like(name.group(1)):
                break
            if any(a.start == _next_word(text, name.end(1)) for a in known):
                break  # a title before a known name ("tim pembela Presiden Joko Widodo")
            end = name.end(1)
        if end == m.end() and not shouted:
            end = _classified(text, m.group(), end, lang)
        if end == m.end() and not shouted:
            end = _modified(text, end, lang)
        while text[end - 1] in ".,":  # a sentence's full stop is not part of a name
            end -= 1
        country = None
        if not shouted and end == m.end():
            after = _next_word(text, end)
            state = next((a for a in known if a.start == after and (a.start, a.end) in countries), None)
            if state is not None:
                end, country = state.end, state.country
        # no canonical name: the noun names a role, not someone (coreference may name it later)
        out.append(Actor(start, end, text[start:end], name=None, country=country, sector=sector))
        taken.append((start, end))
    counted = _counted_pattern(lang)
    for m in counted.finditer(text) if counted else ():
        if not (_overlaps(m.start(), m.end(), taken) or _overlaps(m.start(), m.end(), skipped)):
            out.append(Actor(m.start(), m.end(), m.group(), name=None, sector="CVL"))
            taken.append(m.span())
    return sorted(out, key=lambda a: a.start)
