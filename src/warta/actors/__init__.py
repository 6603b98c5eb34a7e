"""The actors stage: every actor mention resolved to a canonical actor (country code + sector).

Emitted spans (``Document.actors``, sorted by start):
- a person named with a title is emitted as the *name* ("Vladimir Putin" in "Presiden Rusia Vladimir
  Putin"), with the country and sector the title gives; :func:`role_span` returns the whole phrase;
- a role or organisation without a name is the whole phrase ("Kementerian Luar Negeri Rusia",
  "juru bicara Kremlin", "Presiden Rusia"), its `name` the person it stands for when known, else
  the phrase itself;
- countries, capitals and seats of government ("Moskow", "Gedung Putih") are the GOV of their country;
- words that refer back ("Kim", "Dia", the "nya" of "ujarnya", "kementerian tersebut") carry the
  resolved name, country and sector; "kedua negara" yields two actors with the same span.
Names in a title phrase are not emitted again on their own (the "Rusia" of "Presiden Rusia").
Common nouns that name actors ("polisi", "jaksa penuntut", "para demonstran": warta.actors.agent_nouns)
are actors too. Actors the text gives no country (a name after a title, a role, "polisi") take the country the
article is set in (warta.actors.context); only where that is unknown do they keep `country=None`.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import re

from warta.actors.agent_nouns import find_agent_nouns
from warta.actors.context import with_document_country
from warta.actors.coref import Resolved, resolve
from warta.actors.gazetteer import find_matches, words_of
from warta.actors.kb import KnowledgeBase, load_kb, name_key
from warta.actors.phrases import Candidate, build_candidates
from warta.model import Actor, Document
from warta.options import ExtractOptions

__all__ = ["find_actors", "load_kb", "resolve_actors", "role_span"]

log = logging.getLogger(__name__)
NER_PERSON = ("PER", "PERSON")
NER_ORG = ("ORG", "ORGANISATION", "ORGANIZATION")
NER_PLACE = ("GPE", "LOC", "PLACE")


def _sentence_spans(document: Document) -> list[tuple[int, int, int]]:
    if document.sentences:
        return [(s.start, s.end, i) for i, s in enumerate(document.sentences)]
    return [(0, len(document.text), 0)]


_DATELINE_END = re.compile(r"(?:-{1,2}|–|—)\s*$")


def _datelines(document: Document) -> list[tuple[int, int]]:
    """Datelines the splitter cut off as sentences of their own ("JAKARTA, KOMPAS.com -", "MOSKOW -"):
    the place a report was filed from, not an actor of it."""
    return [
        (s.start, s.end)
        for s in document.sentences
        if _DATELINE_END.search(s.text) and len(s.text.split()) <= 5
    ]


def _sentence_of(spans: list[tuple[int, int, int]], offset: int) -> int:
    for start, end, i in spans:
        if start <= offset < end:
            return i
    return 0


def _trim_to(text: str, c: Candidate, start: int) -> None:
    """A name read off a capitalised run that runs into a person's name the analyser found ("Juru
    bicara Kepolisian Daerah Papua Kombes Ignatius Benny"): the person starts where the analyser's
    name does; the words before it stay in the role phrase."""
    c.start, c.starts = start, tuple(s for s in c.starts if s >= start)
    c.name = text[start : c.end]
    c.name_words = name_key(c.name)


def _mention_candidates(
    document: Document, kb: KnowledgeBase, cands: list[Candidate], skipped: list[tuple[int, int]]
) -> list[Candidate]:
    """Named entities from the analyser: a PER mention keeps the bare name it covers even when it
    names nobody known; mentions no rule found become extra candidates."""
    spans = _sentence_spans(document)
    out = []
    for m in document.mentions:
        if any(a <= m.start < b for a, b in skipped):
            continue
        overlapping = [c for c in cands if c.phrase[0] < m.end and m.start < c.phrase[1]]
        if overlapping:
            if m.label in NER_PERSON:
                for c in overlapping:
                    c.keep = c.keep or c.kind == "bare"
                    if c.kind in ("bare", "person") and not c.known and c.start < m.start < c.end <= m.end:
                        _trim_to(document.text, c, m.start)
            continue
        sent = _sentence_of(spans, m.start)
        entries = kb.lookup(m.text)
        entry = entries[0] if entries else None
        if m.label in NER_PERSON:
            person = kb.person(m.text)
            role = person.role_on(document.published) if person else None
            name = person.name if person else m.text
            out.append(Candidate(m.start, m.end, "bare" if person is None else "person", sent, name=name,
                                 country=role and role.country, sector=role and role.sector,
                                 phrase=(m.start, m.end), name_words=name_key(name), known=person is not None,
                                 keep=True))  # fmt: skip
        elif m.label in NER_ORG:
            out.append(Candidate(m.start, m.end, "org", sent, name=entry.name if entry else m.text,
                                 country=entry and entry.country, sector=entry and entry.sector,
                                 phrase=(m.start, m.end), known=entry is not None))  # fmt: skip
        elif m.label in NER_PLACE and entry is not None and entry.kind in ("country", "place"):
            out.append(Candidate(m.start, m.end, "country", sent, name=entry.name, country=entry.country,
                                 sector=entry.sector, phrase=(m.start, m.end),
                                 refs=[(m.start, entry.country or "")], known=True))  # fmt: skip
    return out


def _stance(text: str, start: int, kb: KnowledgeBase) -> bool:
    """A name hyphened to "anti"/"pro" ("parlemen anti-Suriah") is what someone stands for, not an actor,
    and gives no country to the role before it."""
    head, dash, _ = text[max(0, start - 6) : start].rpartition(" ")[-1].partition("-")
    return bool(dash) and head.casefold() in kb.grammar.stance_prefixes


def _without_people_read_as_countries(document: Document, cands: list[Candidate]) -> list[Candidate]:
    """A country match in capitals that is exactly a person mention is the person: the analyser saw a
    cue the alias list cannot ("tersangka berinisial AS" is a suspect's initials, not Amerika Serikat).
    A country's written name stays the country ("Yaman mengecam …"), whatever the model made of it."""
    people = {(m.start, m.end) for m in document.mentions if m.label in NER_PERSON and m.text.isupper()}
    cands = [c for c in cands if not (c.kind == "country" and (c.start, c.end) in people)]
    # a place name that ends a person's name ("Hotman Paris") is part of it: the name is the
    # analyser's whole mention, and the article is not set in Paris
    named = [(m.start, m.end) for m in document.mentions if m.label in NER_PERSON and " " in m.text]
    inside = [
        (a, b) for a, b in named
        if any(c.kind == "country" and a < c.start and c.end <= b for c in cands)
        and all(c.kind in ("country", "bare") for c in cands if c.start < b and a < c.end)
    ]  # fmt: skip
    return [c for c in cands if not any(a <= c.start and c.end <= b for a, b in inside)]


def _organisations_the_analyser_named(document: Document, cands: list[Candidate]) -> list[Candidate]:
    """An organisation the analyser found that the knowledge base does not know ("Amnesty
    International", "Indonesia Corruption Watch") is one actor: the capitalised words it is made of are
    no unresolved name, and a country inside its name ("Indonesia") is where it is, not who acts."""
    out = list(cands)
    starts = {s.start for s in document.sentences}
    for m in document.mentions:
        if m.label not in NER_ORG or not all(w[:1].isupper() for w in m.text.split()):
            continue  # a proper name is capitalised throughout: not "Pasal 170 ayat"
        if m.start in starts and " " not in m.text and not m.text.isupper():
            continue  # one capitalised word opening a sentence ("Jajak pendapat itu …") names nothing
        inside = [c for c in out if c.phrase[0] < m.end and m.start < c.phrase[1]]
        if not inside or any(
            c.kind not in ("bare", "country") or c.keep or c.phrase[0] < m.start or m.end < c.phrase[1]
            for c in inside
        ):
            continue
        if all(c.kind == "country" for c in inside) and (inside[0].start, inside[-1].end) == (m.start, m.end):
            continue  # the analyser's ORG is a country's name: the country acts
        country = next((c.country for c in inside if c.kind == "country"), None)
        org = Candidate(
            m.start, m.end, "org", inside[0].sent, name=m.text, country=country, phrase=(m.start, m.end)
        )
        out = [c for c in out if c not in inside] + [org]
    return sorted(out, key=lambda c: (c.start, c.end))


def find_actors(document: Document, kb: KnowledgeBase | None = None) -> list[Resolved]:
    """Resolved actor mentions with their candidates (the role phrase, the kind of mention)."""
    kb = kb or load_kb(document.lang if document.lang in ("id", "en") else "id")
    text = document.text
    skipped = [*document.removed, *_datelines(document)]
    words = words_of(text, _sentence_spans(document), skipped)
    matches = [m for m in find_matches(text, words, kb) if not _stance(text, m.start, kb)]
    cands = _without_people_read_as_countries(
        document, build_candidates(text, words, matches, kb, document.published)
    )
    cands = _organisations_the_analyser_named(document, cands)
    cands = sorted(
        [*cands, *_mention_candidates(document, kb, cands, skipped)], key=lambda c: (c.start, c.end)
    )
    return sorted(resolve(text, cands, kb), key=lambda r: (r.start, r.end))


EPITHET_REACH = 3  # sentences back an epithet ("perempuan asal Bekasi itu") may reach for its person


@functools.cache
def _epithet_tail(lang: str) -> re.Pattern[str]:
    """Up to five words and a demonstrative after an epithet noun ("asal Bekasi itu")."""
    demonstratives = "|".join(map(re.escape, sorted(load_kb(lang).grammar.anaphor_after)))
    return re.compile(r"((?:[ \t]+[\w-]+){0,5}?)[ \t]+(?:" + demonstratives + r")(?![\w-])")


def _epithets(document: Document, nouns: list[Actor], resolved: list[Resolved]) -> list[Actor]:
    """A person noun with a demonstrative a few words on ("kata perempuan asal Bekasi itu", "pria
    berusia 45 tahun tersebut"; grammar epithet_nouns) is the person named last, in this sentence
    or the few before: the writer's way of not repeating the name."""
    lang = document.lang or "id"
    g = load_kb(lang).grammar
    if not any(n.text.casefold() in g.epithet_nouns for n in nouns):
        return nouns
    spans = _sentence_spans(document)
    persons = [
        (_sentence_of(spans, r.start), r)
        for r in resolved
        if r.source.kind == "person" and r.name and not str(r.name).isupper()
    ]
    tail = _epithet_tail(lang)
    out = []
    for noun in nouns:
        m = tail.match(document.text, noun.end) if noun.text.casefold() in g.epithet_nouns else None
        if m is None or set(m.group(1).casefold().split()) & g.phrase_stop_words:
            out.append(noun)
            continue
        sent = _sentence_of(spans, noun.start)
        before = [(s, p) for s, p in persons if p.end <= noun.start and sent - s <= EPITHET_REACH]
        # the subject of the last sentence naming someone: its first person ("Sri … meminta polisi
        # menelusuri aset Gilang": Sri), not the last name it mentions
        person = next((p for s, p in before if s == before[-1][0]), None) if before else None
        if person is None:
            out.append(noun)
            continue
        end = m.end()
        out.append(
            dataclasses.replace(
                noun,
                end=end,
                text=document.text[noun.start : end],
                name=person.name,
                country=person.country,
                sector=person.sector or noun.sector,
            )
        )
    return out


def resolve_actors(document: Document, options: ExtractOptions) -> Document:
    resolved = find_actors(document)
    actors = tuple(
        Actor(r.start, r.end, document.text[r.start : r.end], name=r.name, country=r.country, sector=r.sector)
        for r in resolved
    )
    skipped = [*document.removed, *_datelines(document)]
    # a country, or an armed group of one: "pejabat Myanmar", "pemberontak Houthi" are of it
    countries = frozenset(
        (r.start, r.end)
        for r in resolved
        if r.source.kind == "country" or (r.sector == "REB" and r.country and r.source.kind == "org")
    )
    phrases = [r.source.phrase for r in resolved]  # "Pemimpin Partai Buruh …" holds no agent noun
    nouns = find_agent_nouns(
        document.text, document.lang or "id", list(actors), [*skipped, *phrases], countries
    )
    nouns = _epithets(document, nouns, resolved)
    # a country a noun took in ("pejabat Myanmar") is part of that actor, not one of its own
    actors = tuple(a for a in actors if not any(n.start <= a.start and a.end <= n.end for n in nouns))
    actors = tuple(sorted((*actors, *nouns), key=lambda a: (a.start, a.end)))
    actors = with_document_country(document, actors)
    log.debug("%s: %d actors", document.doc_id, len(actors))
    return dataclasses.replace(document, actors=actors)


def role_span(document: Document, actor: Actor) -> tuple[int, int]:
    """The whole role phrase of an actor ("Presiden Rusia Vladimir Putin" for "Vladimir Putin");
    the actor's own span when it has no title."""
    for r in find_actors(document):
        if r.start == actor.start and r.end == actor.end:
            return r.source.phrase
    return actor.start, actor.end
