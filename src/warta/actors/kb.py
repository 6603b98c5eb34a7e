"""The actor knowledge base: plain data files a user can extend without code.

Language-specific names live in ``data/<lang>/actors/`` (``countries.csv`` generated from CLDR,
``names.csv`` other names, capitals, organisations and media, ``roles.csv`` titles and organisation
heads, ``grammar.yaml`` the words used to refer back); language-neutral facts in ``data/actors/``
(``people.csv`` and ``people_petrarch.csv``: people with date-ranged roles; ``igos.csv``: valid IGO
codes). Extra directories given to :func:`load_kb` are read after the bundled ones, file by file.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import yaml

from warta.errors import DataFileError
from warta.model import SECTORS

DATA_DIR = Path(str(resources.files("warta") / "data"))
NAME_KINDS = ("country", "place", "org", "demonym", "location")
ROLE_KINDS = ("person", "org")
_WORD_RE = re.compile(r"\w+")
_COUNTRY_RE = re.compile(r"[A-Z]{3}")


def name_key(text: str) -> tuple[str, ...]:
    """Words of a name, case-folded, hyphens, dots and apostrophes dropped: 'Kim Yung-ho' == 'kim yung ho'."""
    return tuple(_WORD_RE.findall(text.casefold()))


def case_rule(alias: str) -> str:
    """How the text must be written to match: 'exact' for acronyms (AS, PBB), 'capital' for names,
    'any' for lowercase words."""
    letters = "".join(ch for ch in alias if ch.isalpha())
    if len(letters) >= 2 and letters.isupper():
        return "exact"
    return "capital" if letters[:1].isupper() else "any"


@dataclass(frozen=True, slots=True)
class Role:
    country: str | None
    sector: str | None
    start: dt.date | None = None
    end: dt.date | None = None  # exclusive

    def holds_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    aliases: tuple[str, ...]
    roles: tuple[Role, ...]

    def role_on(self, day: dt.date | None) -> Role | None:
        """The role that held on `day`; else the nearest one in time (the latest when no date)."""
        if not self.roles:
            return None
        if day is None:
            return max(self.roles, key=lambda r: r.start or dt.date.min)
        for role in self.roles:
            if role.holds_on(day):
                return role

        def distance(role: Role) -> int:
            if role.start and day < role.start:
                return (role.start - day).days
            return (day - role.end).days if role.end else 0

        return min(self.roles, key=distance)


@dataclass(frozen=True, slots=True)
class Entry:
    """One alias in the gazetteer."""

    alias: str
    kind: str  # country | place | org | demonym | location | title | body | person | pair
    name: str
    country: str | None = None
    sector: str | None = None
    key: str | None = None  # role key (titles and bodies), shared across languages
    person: Person | None = None

    @property
    def case(self) -> str:
        # Titles and bodies are common nouns: "presiden" and "Presiden" alike; their acronyms are not.
        rule = case_rule(self.alias)
        return "any" if self.kind in ("title", "body", "pair") and rule == "capital" else rule


@dataclass(frozen=True, slots=True)
class Grammar:
    country_before_title: bool = False
    destination_words: frozenset[str] = frozenset()
    posted_roles: frozenset[str] = frozenset()  # role keys whose phrase runs past a destination word
    phrase_link_words: frozenset[str] = frozenset()
    portfolio_words: frozenset[str] = frozenset()
    rank_words: frozenset[str] = frozenset()  # ranks between a post and a name: the name follows them
    locative_words: frozenset[str] = frozenset()
    joiner_words: frozenset[str] = frozenset()
    stance_prefixes: frozenset[str] = frozenset()  # "anti-Suriah": the name after one is a stance
    nickname_cues: frozenset[str] = frozenset()  # ", sapaan akrabnya": the name before is a nickname
    anaphor_after: frozenset[str] = frozenset()
    origin_words: frozenset[str] = frozenset()  # "perempuan asal Bekasi itu": no end of the epithet
    epithet_nouns: frozenset[str] = frozenset()  # "perempuan … itu": the person named last
    anaphor_before: frozenset[str] = frozenset()
    anaphor_nouns: dict[str, str] = field(default_factory=dict)
    plural_words: frozenset[str] = frozenset()
    pronouns: frozenset[str] = frozenset()
    clitic: str = ""
    clitic_speech_verbs: frozenset[str] = frozenset()
    pair_phrases: tuple[str, ...] = ()
    context_roles: frozenset[str] = frozenset()
    not_names: frozenset[str] = frozenset()
    classifier_nouns: frozenset[str] = frozenset()  # agent nouns a noun phrase follows: "pihak sekolah"
    phrase_stop_words: frozenset[str] = frozenset()  # words that end such a noun phrase
    verb_prefixes: tuple[str, ...] = ()  # a word starting so is a verb: it ends such a noun phrase
    counted_nouns: frozenset[str] = frozenset()  # nouns that name people only when counted: "tiga orang"
    numerals: frozenset[str] = frozenset()  # number words that count them (digits always do)
    agent_modifiers: frozenset[str] = frozenset()  # words that stay with an agent noun: "pejabat senior"
    object_prepositions: frozenset[str] = frozenset()  # a lone role after one is a party: "dengan presiden"


@dataclass(slots=True)
class KnowledgeBase:
    lang: str
    entries: dict[tuple[str, ...], list[Entry]] = field(default_factory=dict)
    people: dict[tuple[str, ...], Person] = field(default_factory=dict)
    grammar: Grammar = field(default_factory=Grammar)
    max_len: int = 1

    def add(self, entry: Entry) -> None:
        key = name_key(entry.alias)
        if not key:
            return
        bucket = self.entries.setdefault(key, [])
        if any(e.kind == entry.kind and e.country == entry.country and e.key == entry.key for e in bucket):
            return
        bucket.append(entry)
        bucket.sort(key=lambda e: _KIND_PRIORITY.index(e.kind))
        self.max_len = max(self.max_len, len(key))

    def lookup(self, text: str) -> list[Entry]:
        return self.entries.get(name_key(text), [])

    def person(self, text: str) -> Person | None:
        return self.people.get(name_key(text))


# When one alias has several entries, the first whose case rule fits the text wins.
_KIND_PRIORITY = ("person", "org", "location", "country", "place", "demonym", "pair", "title", "body")


def rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """CSV rows (line number, row) of a data file; '#' lines are comments."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [(i, line) for i, line in enumerate(handle, start=1) if not line.startswith("#")]
    reader = csv.DictReader(line for _, line in lines)
    for (number, _), row in zip(lines[1:], reader, strict=False):
        yield number, {k: (v or "").strip() for k, v in row.items() if k is not None}


def _check_code(path: Path, line: int, country: str, igos: set[str]) -> str | None:
    if not country:
        return None
    if country.startswith("IGO"):
        if country not in igos:
            raise DataFileError(
                str(path), f"unknown IGO code {country!r} (see data/actors/igos.csv)", line=line
            )
    elif not _COUNTRY_RE.fullmatch(country):
        raise DataFileError(str(path), f"country {country!r} is not an ISO alpha-3 or IGO code", line=line)
    return country


def check_sector(path: Path, line: int, sector: str) -> str | None:
    if sector and sector not in SECTORS:
        raise DataFileError(str(path), f"sector {sector!r} is not one of {', '.join(SECTORS)}", line=line)
    return sector or None


def _date(path: Path, line: int, text: str) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError as err:
        raise DataFileError(str(path), f"bad date {text!r}", line=line) from err


def read_igos(paths: Iterable[Path]) -> set[str]:
    return {row["code"] for path in paths if path.is_file() for _, row in rows(path)}


def read_people(path: Path, igos: set[str]) -> dict[str, Person]:
    """People by main name; several rows of one name are its roles."""
    grouped: dict[str, tuple[list[str], list[Role]]] = {}
    for line, row in rows(path):
        name = row.get("name", "")
        if not name:
            raise DataFileError(str(path), "empty name", line=line)
        role = Role(
            country=_check_code(path, line, row.get("country", ""), igos),
            sector=check_sector(path, line, row.get("sector", "")),
            start=_date(path, line, row.get("start", "")),
            end=_date(path, line, row.get("end", "")),
        )
        aliases, roles = grouped.setdefault(name, ([], []))
        aliases.extend(a.strip() for a in row.get("aliases", "").split("|") if a.strip())
        roles.append(role)
    return {
        name: Person(name, tuple(dict.fromkeys(aliases)), tuple(roles))
        for name, (aliases, roles) in grouped.items()
    }


def _read_grammar(path: Path) -> Grammar:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as err:
        raise DataFileError(str(path), f"not valid YAML: {err}") from err

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).casefold() for w in raw.get(key) or ())

    return Grammar(
        country_before_title=bool(raw.get("country_before_title", False)),
        destination_words=words("destination_words"),
        posted_roles=words("posted_roles"),
        phrase_link_words=words("phrase_link_words"),
        portfolio_words=words("portfolio_words"),
        rank_words=words("rank_words"),
        locative_words=words("locative_words"),
        joiner_words=words("joiner_words"),
        stance_prefixes=words("stance_prefixes"),
        nickname_cues=words("nickname_cues"),
        anaphor_after=words("anaphor_after"),
        origin_words=words("origin_words"),
        epithet_nouns=words("epithet_nouns"),
        anaphor_before=words("anaphor_before"),
        anaphor_nouns={str(k).casefold(): str(v) for k, v in (raw.get("anaphor_nouns") or {}).items()},
        plural_words=words("plural_words"),
        pronouns=words("pronouns"),
        clitic=str(raw.get("clitic") or ""),
        clitic_speech_verbs=words("clitic_speech_verbs"),
        pair_phrases=tuple(str(p) for p in raw.get("pair_phrases") or ()),
        context_roles=frozenset(str(w) for w in raw.get("context_roles") or ()),
        not_names=frozenset(str(w) for w in raw.get("not_names") or ()),
        classifier_nouns=words("classifier_nouns"),
        phrase_stop_words=words("phrase_stop_words"),
        verb_prefixes=tuple(sorted(words("verb_prefixes"))),
        counted_nouns=words("counted_nouns"),
        numerals=words("numerals"),
        object_prepositions=words("object_prepositions"),
        agent_modifiers=words("agent_modifiers"),
    )


def build_kb(lang: str, dirs: Iterable[Path]) -> KnowledgeBase:
    """A knowledge base from data directories (each with ``actors/`` and ``<lang>/actors/``)."""
    dirs = list(dirs)
    igos = read_igos(d / "actors" / "igos.csv" for d in dirs)
    kb = KnowledgeBase(lang)
    people: dict[str, Person] = {}
    for d in dirs:
        # A curated people.csv replaces the generated PETRARCH rows of the same person.
        for name in ("people_petrarch.csv", "people.csv"):
            path = d / "actors" / name
            if path.is_file():
                people.update(read_people(path, igos))
    for person in people.values():
        for alias in (person.name, *person.aliases):
            role = person.role_on(None)
            kb.add(
                Entry(
                    alias, "person", person.name, role and role.country, role and role.sector, person=person
                )
            )
            kb.people.setdefault(name_key(alias), person)
    for d in dirs:
        folder = d / lang / "actors"
        path = folder / "countries.csv"
        if path.is_file():
            for line, row in rows(path):
                code = _check_code(path, line, row["country"], igos)
                sector = "IGO" if code and code.startswith("IGO") else "GOV"
                kb.add(Entry(row["alias"], "country", row["alias"], code, sector))
        path = folder / "names.csv"
        if path.is_file():
            for line, row in rows(path):
                if row.get("kind") not in NAME_KINDS:
                    raise DataFileError(str(path), f"kind {row.get('kind')!r} not in {NAME_KINDS}", line=line)
                kb.add(
                    Entry(
                        row["alias"],
                        row["kind"],
                        row.get("name") or row["alias"],
                        _check_code(path, line, row.get("country", ""), igos),
                        check_sector(path, line, row.get("sector", "")),
                    )
                )
        path = folder / "roles.csv"
        if path.is_file():
            for line, row in rows(path):
                if row.get("kind") not in ROLE_KINDS:
                    raise DataFileError(str(path), f"kind {row.get('kind')!r} not in {ROLE_KINDS}", line=line)
                kind = "title" if row["kind"] == "person" else "body"
                sector = check_sector(path, line, row.get("sector", ""))
                kb.add(Entry(row["alias"], kind, row["alias"], None, sector, key=row["key"]))
        path = folder / "grammar.yaml"
        if path.is_file():
            kb.grammar = _read_grammar(path)
    for phrase in kb.grammar.pair_phrases:
        kb.add(Entry(phrase, "pair", phrase))
    return kb


@functools.cache
def load_kb(lang: str, extra_dirs: tuple[Path, ...] = ()) -> KnowledgeBase:
    """The bundled knowledge base for `lang`, extended by the data directories in `extra_dirs`."""
    return build_kb(lang, (DATA_DIR, *extra_dirs))
