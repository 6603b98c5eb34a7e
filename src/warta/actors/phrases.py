"""Pass 1 of the actors stage: actor candidates in each sentence, from knowledge-base matches, title
phrases ("Presiden Rusia Vladimir Putin", "Duta Besar AS untuk Seoul Philip Goldberg"), organisation
phrases ("Kementerian Luar Negeri Rusia"), and the words that refer back (names, pronouns, "-nya",
"tersebut", "kedua negara"), which pass 2 (coref) resolves."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from warta.actors.context import load_context
from warta.actors.gazetteer import Match, Word, adjacent, joined
from warta.actors.kb import KnowledgeBase, name_key

MAX_NAME_WORDS = 4


@dataclass(slots=True)
class Candidate:
    """An actor mention before coreference. `start`/`end` is the actor span; `phrase` the whole
    role phrase around it (title, portfolio, country, name)."""

    start: int
    end: int
    kind: str  # person | org | country | bare | pronoun | clitic | anaphor | pair
    sent: int
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    role_key: str | None = None
    phrase: tuple[int, int] = (0, 0)
    name_words: tuple[str, ...] = ()  # the proper name, for coreference
    anaphor: str | None = None  # what an anaphor refers to: a role key, 'country', 'media', 'person'
    refs: list[tuple[int, str]] = field(default_factory=list)  # (offset, code) of countries named inside
    known: bool = False  # name from the knowledge base
    starts: tuple[int, ...] = ()  # offset of each word of a bare name, to drop a sentence-initial word
    keep: bool = False  # a bare name the analyser tagged as a person: kept even when unresolved
    lone_role: bool = False  # a lowercase role word alone ("militer" in "kerja sama militer")
    person_role: bool = False  # an anaphor whose role is a person's ("politikus itu", "juru bicara itu")


def is_name_word(kb: KnowledgeBase, text: str, words: list[Word], i: int) -> bool:
    """A word that can be part of a person's name: capitalised, or a hyphenated part (Yung-ho). In a
    headline written in capitals or Title Case, none is taken for a name by its case: names there come
    from the knowledge base and the analyser's mentions."""
    word = words[i]
    if word.case_blind or word.text in kb.grammar.not_names or not word.text[:1].isalpha():
        return False
    if word.text[:1].isupper():
        return True
    if i > 0 and joined(text, words[i - 1], word) and text[words[i - 1].end : word.start] == "-":
        return True
    return is_particle_of(text, words, i)


def is_particle_of(text: str, words: list[Word], i: int) -> bool:
    """A lower-case particle joined by a hyphen to the capitalised word after it: "al-Otaibi"."""
    return (
        i + 1 < len(words)
        and text[words[i].end : words[i + 1].start] == "-"
        and words[i + 1].text[:1].isupper()
        and not words[i + 1].case_blind
    )


def _code_of(match: Match, day: dt.date | None) -> tuple[str | None, str | None]:
    entry = match.entry
    if entry.person is not None:
        role = entry.person.role_on(day)
        return (role.country, role.sector) if role else (None, None)
    return entry.country, entry.sector


def build_candidates(
    text: str, words: list[Word], matches: list[Match], kb: KnowledgeBase, day: dt.date | None
) -> list[Candidate]:
    g = kb.grammar
    at = {m.first: m for m in matches}
    used: set[int] = set()  # word indices inside a candidate
    out: list[Candidate] = []

    def take(first: int, last: int) -> None:
        used.update(range(first, last))

    # Title and organisation phrases.
    for m in matches:
        if m.entry.kind not in ("title", "body") or m.first in used:
            continue
        cand = _phrase(text, words, m, at, kb, day)
        if cand is None:
            continue
        cand_first, cand_last = cand
        out.append(cand_first)
        take(*cand_last)
    # Knowledge-base names outside phrases; an organisation followed by one with the same code is one.
    i = 0
    ordered = [m for m in matches if m.first not in used]
    while i < len(ordered):
        m = ordered[i]
        kind = m.entry.kind
        if kind in ("title", "body", "demonym", "location"):
            i += 1
            continue
        last = m
        while (
            kind == "org"
            and i + 1 < len(ordered)
            and ordered[i + 1].entry.kind == "org"
            and ordered[i + 1].entry.country == m.entry.country
            and ordered[i + 1].first == last.last
            and adjacent(text, words[last.last - 1], words[ordered[i + 1].first])
        ):
            i += 1
            last = ordered[i]
        country, sector = _code_of(m, day)
        w = words[m.first]
        if kind == "pair":
            out.append(Candidate(m.start, last.end, "pair", w.sent, phrase=(m.start, last.end)))
        else:
            out.append(
                Candidate(
                    m.start,
                    last.end,
                    "person" if kind == "person" else ("org" if kind == "org" else "country"),
                    w.sent,
                    name=m.entry.name,
                    country=country,
                    sector=sector,
                    phrase=(m.start, last.end),
                    name_words=name_key(m.entry.name) if kind == "person" else (),
                    refs=[(m.start, country)] if country and kind in ("country", "place") else [],
                    known=True,
                )
            )
        take(m.first, last.last)
        i += 1
    # Words that refer back: capitalised runs (surnames), pronouns, clitics, demonstrative anaphors.
    i = 0
    while i < len(words):
        if i in used:
            i += 1
            continue
        word = words[i]
        anaphor = (
            _demonstrative(text, words, i, i + 1, g)
            if word.norm in g.anaphor_nouns and not (i > 0 and words[i - 1].norm in g.plural_words)
            else None
        )
        if anaphor:  # "Departemen tersebut" opening a sentence is no name
            out.append(
                Candidate(anaphor[0], anaphor[1], "anaphor", word.sent, name=text[anaphor[0] : anaphor[1]],
                          phrase=anaphor, anaphor=g.anaphor_nouns[word.norm])
            )  # fmt: skip
            i += 1
            continue
        if is_name_word(kb, text, words, i) and (word.text[:1].isupper() or is_particle_of(text, words, i)):
            j = i + 1
            while (
                j < len(words)
                and j not in used
                and joined(text, words[j - 1], words[j])
                and is_name_word(kb, text, words, j)
            ):
                j += 1
            start, end = word.start, words[j - 1].end
            out.append(
                Candidate(start, end, "bare", word.sent, name=text[start:end], phrase=(start, end),
                          name_words=tuple(w.norm for w in words[i:j]), starts=tuple(w.start for w in words[i:j]))
            )  # fmt: skip
            i = j
            continue
        if word.norm in g.pronouns:
            out.append(Candidate(word.start, word.end, "pronoun", word.sent, phrase=(word.start, word.end)))
        elif (
            g.clitic and word.norm.endswith(g.clitic) and word.norm[: -len(g.clitic)] in g.clitic_speech_verbs
        ):
            start = word.end - len(g.clitic)
            out.append(Candidate(start, word.end, "clitic", word.sent, phrase=(word.start, word.end)))
        i += 1
    out.sort(key=lambda c: (c.start, c.end))
    return out


def _demonstrative(text: str, words: list[Word], first: int, last: int, g) -> tuple[int, int] | None:  # noqa: ANN001
    """The span of a role noun with its demonstrative ("kementerian tersebut", "the ministry")."""
    if (
        last < len(words)
        and words[last].norm in g.anaphor_after
        and adjacent(text, words[last - 1], words[last])
    ):
        return words[first].start, words[last].end
    k = last + 1
    if last < len(words) and words[last].norm in g.origin_words:
        while (
            k < min(len(words), last + 4)
            and words[k].text[:1].isupper()
            and words[k].sent == words[last].sent
        ):
            k += 1
        if (
            k > last + 1
            and k < len(words)
            and words[k].norm in g.anaphor_after
            and adjacent(text, words[k - 1], words[k])
        ):
            return words[first].start, words[k].end  # "perempuan asal Bekasi itu"
    if (
        first > 0
        and words[first - 1].norm in g.anaphor_before
        and adjacent(text, words[first - 1], words[first])
    ):
        return words[first - 1].start, words[last - 1].end
    return None


# an acronym in brackets between a phrase and its demonstrative: "Partai Amanat Nasional (PAN) itu"
_BRACKETED = re.compile(r"\s*\([^()]{1,15}\)")


def _demonstrative_after(text: str, words: list[Word], last: int, g) -> bool:  # noqa: ANN001
    """A demonstrative right after word ``last - 1`` (past a bracketed acronym)."""
    if last >= len(words) or words[last].sent != words[last - 1].sent:
        return False
    pos = words[last - 1].end
    bracket = _BRACKETED.match(text, pos)
    k = last
    if bracket:
        while k < len(words) and words[k].start < bracket.end():
            k += 1
        pos = bracket.end()
    return k < len(words) and words[k].norm in g.anaphor_after and not text[pos : words[k].start].strip()


def _portfolio_at(text: str, words: list[Word], j: int, g) -> bool:  # noqa: ANN001
    """A title's field ("Komunikasi", "Hukum dan HAM") at word j: a portfolio word, or a joiner
    ("dan") with one right after it."""
    if words[j].norm in g.portfolio_words:
        return True
    return (
        words[j].norm in g.joiner_words
        and j + 1 < len(words)
        and words[j + 1].norm in g.portfolio_words
        and adjacent(text, words[j], words[j + 1])
    )


def _listed_portfolio(text: str, words: list[Word], j: int, g, open_title: bool) -> bool:  # noqa: ANN001
    """A comma inside a title's list of fields ("Menteri Koordinator Bidang Politik, Hukum, dan
    Keamanan Wiranto"): portfolio words on both sides of it."""
    return (
        open_title
        and words[j - 1].norm in g.portfolio_words
        and words[j - 1].sent == words[j].sent
        and text[words[j - 1].end : words[j].start].strip() == ","
        and _portfolio_at(text, words, j, g)
    )


MAX_PLACE_WORDS = 4


def _glossed(text: str, words: list[Word], j: int) -> bool:
    """Word j is a one-word gloss in brackets between two words of one phrase: "Daerah (Polda) Jawa"."""
    return (
        0 < j < len(words) - 1
        and words[j - 1].sent == words[j].sent == words[j + 1].sent
        and text[words[j - 1].end : words[j].start].strip() == "("
        and text[words[j].end : words[j + 1].start].strip() == ")"
    )


def _subnational_place(lang: str, words: list[Word], j: int) -> tuple[int, str] | None:
    """The state, province or city (context.yaml `places`) starting at word j: its length in words
    and its country."""
    places = load_context(lang).places
    for n in range(min(MAX_PLACE_WORDS, len(words) - j), 0, -1):
        if not words[j].text[:1].isupper():
            return None
        found = places.get(name_key(" ".join(w.text for w in words[j : j + n])))
        if found:
            return n, found
    return None


def _phrase(
    text: str, words: list[Word], head: Match, at: dict[int, Match], kb: KnowledgeBase, day: dt.date | None
) -> tuple[Candidate, tuple[int, int]] | None:
    """A title or organisation phrase from its head word(s), and the word range it covers."""
    g = kb.grammar
    entry = head.entry
    is_person = entry.kind == "title"
    role_key, sector = entry.key, entry.sector
    first, j = head.first, head.last
    country: str | None = None
    refs: list[tuple[int, str]] = []
    name: Match | None = None
    name_first = name_last = -1
    dest = False
    last_kept = head.last
    # English puts the country first: "South Korean Unification Minister Kim Yung-ho".
    if g.country_before_title:
        k = first - 1
        steps = 0
        while k >= 0 and steps < 3 and adjacent(text, words[k], words[k + 1]):
            pre = next((m for m in at.values() if m.last == k + 1), None)
            if pre and pre.entry.kind in ("country", "place", "demonym", "org"):
                country = pre.entry.country
                refs.append((pre.start, pre.entry.country or ""))
                first = pre.first
                break
            if pre or not words[k].text[:1].isupper():
                break
            k -= 1
            steps += 1
    after_gloss = -1
    while j < len(words) and (
        adjacent(text, words[j - 1], words[j])
        or _listed_portfolio(text, words, j, g, is_person and name_first < 0)
        or ((not is_person or name_first < 0) and _glossed(text, words, j))
        or j == after_gloss
    ):
        if (not is_person or name_first < 0) and _glossed(text, words, j):
            # "Kepolisian Daerah (Polda) Jawa Tengah", "Kepala Biro … Sekretariat Presiden (Setpres)
            # Bey Machmudin": past the acronym of the office, before any name
            j = after_gloss = j + 1
            continue
        m = at.get(j)
        word = words[j]
        if m is not None:
            kind = m.entry.kind
            if kind == "person" and is_person:
                name, name_first, name_last = m, m.first, m.last
                j = last_kept = m.last
                break
            if kind in ("country", "place", "demonym", "org"):
                if not dest:
                    country = m.entry.country
                    if kind == "org" and not is_person:
                        sector = sector or m.entry.sector
                if m.entry.country:
                    refs.append((m.start, m.entry.country))
                name_first = -1  # capitalised words before a country were a portfolio, not a name
                longer = _subnational_place(kb.lang, words, j) if kind == "place" else None
                # "Jakarta Selatan", not the capital "Jakarta" and a person named "Selatan"
                j = last_kept = max(m.last, j + longer[0]) if longer else m.last
                continue
            if kind == "body" or (kind == "title" and (entry.key == "honorific" or m.first == j)):
                if kind == "title" and entry.key == "honorific":
                    role_key, sector = m.entry.key, m.entry.sector
                elif kind == "body" and is_person and role_key in g.context_roles:
                    sector = m.entry.sector or sector
                name_first = -1
                j = last_kept = m.last
                continue
            break
        if not is_person and word.norm in g.rank_words:
            break  # "Polda Metro Jaya AKBP Roberto Pasaribu": a rank ends the unit, a person follows
        if is_person and not dest and name is None and word.norm in g.rank_words:
            name_first = -1  # the capitalised words before a rank were its unit or place, not a name
            j = last_kept = j + 1
            continue
        if is_person and name_first < 0 and not dest and _portfolio_at(text, words, j, g):
            j += 1  # "Menteri Komunikasi dan Informatika Rudiantara": the field, not the name
            continue
        place = _subnational_place(kb.lang, words, j) if is_person and name_first < 0 and not dest else None
        if place is not None:
            # "Bupati Klaten", "Gubernur Jawa Barat", "Wali Kota Surabaya Tri Rismaharini": the
            # place the office is of, not a name
            length, place_country = place
            country = country or place_country
            j = last_kept = j + length
            continue
        if is_name_word(kb, text, words, j) and (word.text[:1].isupper() or name_first >= 0):
            if is_person:
                if name_first < 0:
                    name_first = j
                name_last = j + 1
                if name_last - name_first > MAX_NAME_WORDS:
                    break
            j = last_kept = j + 1
            continue
        if name_first >= 0:
            break  # a name ends the phrase
        if word.norm in g.destination_words and not dest and role_key in g.posted_roles:
            dest = True
            j += 1
            continue
        if not dest and (
            word.norm in g.phrase_link_words
            or (is_person and name_first < 0 and word.norm in g.agent_modifiers)
        ):
            j += 1  # "Menteri Luar Negeri", "Pemimpin oposisi Jeremy Corbyn", "pejabat senior Kemlu"
            continue
        break
    head_word = words[head.first]
    if name is None and name_first < 0 and entry.key == "honorific":
        return None  # "Ibu", "Pak" alone: not a role
    start, end = words[first].start, words[last_kept - 1].end
    if head.end > end:
        end = head.end
    if is_person and name is None and name_first >= 0 and _demonstrative_after(text, words, name_last, g):
        # "Politikus Partai Amanat Nasional (PAN) itu": a role pointing back, the capitalised words
        # were its party or office, not a name
        start, end = words[first].start, words[name_last - 1].end
        # an epithet: the person last named, whatever their title
        cand = Candidate(
            start, end, "anaphor", head_word.sent, name=text[start:end], country=country, sector=sector,
            role_key=role_key, phrase=(start, end), anaphor="person", refs=refs,
        )  # fmt: skip
        return cand, (first, name_last)
    if (
        is_person
        and name is None
        and name_first < 0
        and last_kept > head.last
        and _demonstrative_after(text, words, last_kept, g)
    ):
        # "Juru bicara Kemlu itu": a title with its office and a demonstrative points back at the
        # person last named with that title (of that country)
        cand = Candidate(
            start, end, "anaphor", head_word.sent, name=text[start:end], country=country, sector=sector,
            role_key=role_key, phrase=(start, end), anaphor=role_key, refs=refs,
        )  # fmt: skip
        return cand, (first, last_kept)
    if is_person and (name is not None or name_first >= 0):
        if name is not None:
            n_start, n_end = name.start, name.end
            n_country, n_sector = _code_of(name, day)
            canonical = name.entry.name
            known = True
        else:
            n_start, n_end = words[name_first].start, words[name_last - 1].end
            canonical = text[n_start:n_end]
            person = kb.person(canonical)
            role = person.role_on(day) if person else None
            n_country, n_sector = (role.country, role.sector) if role else (None, None)
            canonical = person.name if person else canonical
            known = person is not None
        cand = Candidate(
            n_start, n_end, "person", head_word.sent, name=canonical,
            # a known person's dated role says whose they are ("Pemimpin Partai Buruh Jeremy Corbyn")
            country=(n_country or country) if known else (country or n_country),
            sector=(n_sector or sector) if known else (sector or n_sector), role_key=role_key,
            phrase=(start, max(end, n_end)), name_words=name_key(canonical), refs=refs, known=known,
        )  # fmt: skip
        return cand, (first, max(last_kept, name_last))
    # A role with no name: the phrase is the actor ("Kementerian Luar Negeri Rusia", "Presiden Rusia").
    anaphor = None
    demo = _demonstrative(text, words, head.first, head.last, g) if last_kept == head.last else None
    if demo and country is None and not (head.first > 0 and words[head.first - 1].norm in g.plural_words):
        start, end = min(start, demo[0]), max(end, demo[1])
        anaphor = role_key
        last_kept = max(
            last_kept,
            max(k + 1 for k in range(head.last, len(words)) if words[k].end <= demo[1])
            if demo[1] > head.end
            else head.last,
        )
    cand = Candidate(
        start, end, "anaphor" if anaphor else ("person" if is_person else "org"), head_word.sent,
        name=text[start:end], country=country, sector=sector, role_key=role_key, phrase=(start, end),
        anaphor=anaphor, refs=refs, person_role=bool(anaphor) and is_person,
        lone_role=last_kept == head.last and first == head.first and text[start : start + 1].islower(),
    )  # fmt: skip
    return cand, (first, last_kept)
