"""Document-level country context: the country an article is set in, and the actors that take it.

News names its domestic actors without their country: "polisi", "jaksa penuntut", a minister by surname,
"Ia". The article's setting says whose they are. The setting is the country most named by the actors
that belong to a state (governments, courts, parties: the `vote_sectors`) and by the places it names
(states, provinces and cities in `places`, matched as written); with no such evidence, the home
country of the language (Indonesian news: IDN). Then:

- an actor with no country takes the document's;
- an actor that is a generic body ("Mahkamah Agung", "Partai Demokrat": names every country has, which
  the knowledge base gives the home country) takes the document's when the article is set elsewhere.

Knowledge lives in ``data/<lang>/actors/context.yaml``; this module only counts and assigns.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

import yaml

from warta.actors.kb import DATA_DIR, name_key
from warta.errors import DataFileError
from warta.model import Actor, Document


@dataclass(frozen=True, slots=True)
class CountryContext:
    home_country: str | None
    vote_sectors: frozenset[str]
    generic_bodies: frozenset[tuple[str, ...]]
    places: dict[tuple[str, ...], str]  # name key -> country
    place_pattern: re.Pattern[str] | None = None  # the place names as written, whole words
    nationality_pattern: re.Pattern[str] | None = None  # ", asal " before a country after an actor
    nationality_before: re.Pattern[str] | None = None  # "asal " ending right before a country


def parse_context(data: object, path: str) -> CountryContext:
    if not isinstance(data, dict):
        raise DataFileError(path, "the country context must be a mapping")
    places: dict[tuple[str, ...], str] = {}
    raw_places = data.get("places") or {}
    if not isinstance(raw_places, dict):
        raise DataFileError(path, "'places' must map a country code to a list of names")
    for country, names in raw_places.items():
        if not isinstance(names, list):
            raise DataFileError(path, f"places.{country} must be a list of names")
        for name in names:
            places[name_key(str(name))] = str(country)
    home = data.get("home_country")
    names = sorted({str(n) for ns in raw_places.values() for n in ns}, key=len, reverse=True)
    pattern = (
        re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
        if names
        else None
    )
    cues = data.get("nationality_cues") or []
    if not isinstance(cues, list):
        raise DataFileError(path, "'nationality_cues' must be a list of words")
    words = sorted((str(c) for c in cues), key=len, reverse=True)
    nationality = (
        re.compile(r"\s*,?\s*(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + r")\s+")
        if words
        else None
    )
    before = (
        re.compile(
            r"(?<![\w-])(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + r")\s+$",
            re.IGNORECASE,
        )
        if words
        else None
    )
    return CountryContext(
        home_country=str(home) if home else None,
        vote_sectors=frozenset(str(s) for s in data.get("vote_sectors") or ()),
        generic_bodies=frozenset(name_key(str(b)) for b in data.get("generic_bodies") or ()),
        places=places,
        place_pattern=pattern,
        nationality_pattern=nationality,
        nationality_before=before,
    )


@functools.cache
def load_context(lang: str) -> CountryContext:
    path = DATA_DIR / lang / "actors" / "context.yaml"
    if not path.is_file():
        return CountryContext(None, frozenset(), frozenset(), {})
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise DataFileError(str(path), f"not valid YAML: {exc}") from exc
    return parse_context(data, str(path))


def _is_generic(actor: Actor, context: CountryContext) -> bool:
    return name_key(actor.text) in context.generic_bodies


def country_votes(
    document: Document, actors: Iterable[Actor], context: CountryContext
) -> dict[str, tuple[int, int]]:
    """Country -> (votes, offset of its first vote)."""
    votes: dict[str, tuple[int, int]] = {}

    def vote(country: str, offset: int) -> None:
        n, first = votes.get(country, (0, offset))
        votes[country] = (n + 1, min(first, offset))

    for actor in actors:
        if actor.country and actor.sector in context.vote_sectors and not _is_generic(actor, context):
            vote(actor.country, actor.start)
    if context.place_pattern is not None:
        # a place name inside a person's name ("Hotman Paris") sets nothing
        people = [(p.start, p.end) for p in document.mentions if p.label in ("PER", "PERSON")]
        for m in context.place_pattern.finditer(document.text):
            country = context.places.get(name_key(m.group()))
            if country and not any(a <= m.start() and m.end() <= b for a, b in people):
                vote(country, m.start())
    return votes


def document_country(document: Document, actors: Iterable[Actor] | None = None) -> str | None:
    """The country the article is set in: the most voted, the earliest named on a tie; else the home
    country of its language."""
    context = load_context(document.lang or "id")
    votes = country_votes(document, document.actors if actors is None else actors, context)
    if not votes:
        return context.home_country
    return min(votes, key=lambda c: (-votes[c][0], votes[c][1]))


def nationalities(
    document: Document, actors: tuple[Actor, ...], context: CountryContext
) -> tuple[dict[object, str], set[Actor]]:
    """The country the article gives a person without one ("Saipov, asal Uzbekistan"; "wisatawan asal
    Argentina"), by name (each mention of that person) or, for a nameless actor, by its span; and
    the country mentions that said so (they tell where a person is from, not where the article is
    set, and do not act)."""
    if context.nationality_pattern is None:
        return {}, set()
    text = document.text
    countries = {a.start: a for a in actors if a.country and a.sector == "GOV"}

    def stated_after(actor: Actor) -> Actor | None:  # "Saipov, asal Uzbekistan"
        m = context.nationality_pattern.match(text, actor.end)  # type: ignore[union-attr]
        return countries.get(m.end()) if m else None

    # countries a nationality cue stands right before ("asal Uzbekistan"), with where the cue starts
    cued = [
        (country, cue.start())
        for country in countries.values()
        if context.nationality_before is not None
        and (cue := context.nationality_before.search(text, max(0, country.start - 30), country.start))
    ]

    def stated_before(actor: Actor) -> Actor | None:
        """ "pria asal Uzbekistan, Sayfullo Saipov": the name after; "Warga negara Australia": the cue's own noun."""
        for country, cue_start in cued:
            after = country.end <= actor.start and re.fullmatch(r"\s*,?\s*", text[country.end : actor.start])
            if after or (cue_start <= actor.start and actor.end <= country.start):
                return country
        return None

    found: dict[object, str] = {}
    used: set[Actor] = set()
    for i, actor in enumerate(actors):
        if actor.country is not None:
            continue
        country = stated_after(actor) or stated_before(actor)
        nxt = actors[i + 1] if i + 1 < len(actors) else None
        if country is None and nxt is not None and re.fullmatch(r"\s*,\s*", text[actor.end : nxt.start]):
            country = stated_after(nxt)  # "Saipov, imigran asal Uzbekistan": the noun set off after him
        if country is not None and country.country:
            found[actor.name or (actor.start, actor.end)] = country.country
            used.add(country)
    return found, used


def with_document_country(document: Document, actors: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """`actors` with the document's country given to those that lack one and to generic bodies; a
    person whose nationality the article states takes that instead."""
    context = load_context(document.lang or "id")
    stated, origins = nationalities(document, actors, context)
    actors = tuple(a for a in actors if a not in origins)
    country = document_country(document, actors)
    if country is None:
        return actors
    out = []
    for actor in actors:
        own = stated.get(actor.name or (actor.start, actor.end)) if actor.country is None else None
        if own is not None:
            actor = dataclasses.replace(actor, country=own)
        elif actor.country is None or (
            _is_generic(actor, context) and actor.country == context.home_country and country != actor.country
        ):
            actor = dataclasses.replace(actor, country=country)
        out.append(actor)
    return tuple(out)
