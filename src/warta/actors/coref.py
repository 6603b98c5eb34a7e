"""Pass 2 of the actors stage: within-document coreference, left to right.

- A name or part of one ("Kim", "Tn. Goldberg", "Menteri Kim Yung Ho") takes the full name, country and
  sector of the person named earlier whose name contains it. When several do ("Kim Jong Un", "Kim Yung
  Ho"), the one this short form already stood for wins (writers keep a short form for one person), else
  the most recent.
- A role without a name ("Presiden Rusia") takes the person last named with the same role and country.
- A role with a demonstrative ("kementerian tersebut", "negara itu", "sumber tersebut") takes the last
  actor of that role, the last country, or the last media source.
- "Dia", "ia", and "-nya" on a speech verb ("ujarnya") take the last person named in this or the three
  sentences before (not an acronym in capitals the analyser took for a person). They and the bare names are kept only when resolved.
- "kedua negara" / "kedua belah pihak" stand for the two countries last named together ("Rusia dan Korea
  Utara", "Rusia-Korea Utara"); failing that, the last two countries named.
- A spokesperson or official with no country of their own belongs to the organisation last named.
- "Kim Yung-ho, Menteri Persatuan Korea Selatan": a name followed by a role without one is that person.
- A capitalised first name + surname the analyser missed ("Track Palin, putra sulung Sarah Palin") is a
  person when a person the analyser or the knowledge base found anywhere in the article has that
  surname and no one of it was named before: a family name names people throughout a news story
  (`_family_names`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from warta.actors.kb import KnowledgeBase
from warta.actors.phrases import Candidate

PRONOUN_REACH = 3  # sentences back a pronoun or "-nya" may reach
CONTEXT_REACH = 2  # sentences back a spokesperson may take an organisation from


@dataclass(frozen=True, slots=True)
class Resolved:
    start: int
    end: int
    name: str | None
    country: str | None
    sector: str | None
    source: Candidate


def _keys_match(antecedent: str | None, key: str | None) -> bool:
    return bool(antecedent and key) and (antecedent == key or antecedent.endswith("_" + str(key)))


def _contains(full: tuple[str, ...], part: tuple[str, ...]) -> bool:
    n = len(part)
    return 0 < n <= len(full) and any(full[i : i + n] == part for i in range(len(full) - n + 1))


def _antecedent(
    c: Candidate, persons: dict[str, list[Candidate]], short_forms: dict[tuple[str, ...], Candidate]
) -> Candidate | None:
    """The person named earlier whose name contains this one; a short form keeps its referent.
    `persons` indexes the persons named so far by each word of their name."""
    full = next(
        (h for h in reversed(persons.get(c.name_words[0], []) if c.name_words else [])
         if len(h.name_words) >= len(c.name_words) and _contains(h.name_words, c.name_words)),
        None,
    )  # fmt: skip
    if full is None and c.name_words in short_forms:
        return short_forms[c.name_words]  # a nickname ("Nando" for Ferdinandus Setu)
    if full is not None and full.name_words != c.name_words:
        earlier = short_forms.get(c.name_words)
        if earlier is not None and earlier.name_words != full.name_words:
            return earlier
    return full


def _merge_appositives(text: str, cands: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    skip = set()
    for i, c in enumerate(cands):
        if i in skip:
            continue
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        if (
            c.kind == "bare"
            and len(c.name_words) >= 2
            and nxt is not None
            and nxt.kind == "person"
            and not nxt.name_words
            and re.fullmatch(r"\s*,\s*", text[c.end : nxt.phrase[0]])
        ):
            c = replace(c, kind="person", country=nxt.country, sector=nxt.sector, role_key=nxt.role_key,
                        phrase=(c.start, nxt.phrase[1]), refs=nxt.refs)  # fmt: skip
            skip.add(i + 1)
        out.append(c)
    return out


def _is_nickname(text: str, c: Candidate, kb: KnowledgeBase) -> bool:
    """A name set off by "sapaan akrabnya" (grammar nickname_cues): what the person last named is called."""
    after = re.match(r"\s*[,(]\s*([^,.)]{0,30})", text[c.end : c.end + 40])
    return bool(after) and any(after.group(1).casefold().startswith(cue) for cue in kb.grammar.nickname_cues)


def _object_of_verb(text: str, c: Candidate, kb: KnowledgeBase) -> bool:
    """A person's role right after a verb or "dengan"/"kepada" ("bertemu presiden", "menemui
    menteri"): someone acted on, not a modifier ("calon presiden", "kerja sama militer")."""
    if c.kind != "person":
        return False
    before = text[max(0, c.start - 40) : c.start].split()  # the word before, without copying the text
    if not before:
        return False
    prev = before[-1].casefold()
    g = kb.grammar
    return prev in g.object_prepositions or (prev.startswith(g.verb_prefixes) and len(prev) > 5)


def _pair_of(text: str, kb: KnowledgeBase, history: list[Candidate]) -> tuple[str, str] | None:
    """The two countries last named together, else the last two distinct countries named."""
    g = kb.grammar

    def code(c: Candidate) -> str | None:
        return c.country if c.country and not c.country.startswith("IGO") else None

    def locative(c: Candidate) -> bool:
        before = text[: c.phrase[0]].split()
        return bool(before) and before[-1].casefold() in g.locative_words

    for a, b in zip(reversed(history[:-1]), reversed(history[1:]), strict=False):
        gap = text[a.phrase[1] : b.phrase[0]].strip().casefold()
        ca, cb = code(a), code(b)
        if ca and cb and ca != cb and (gap in g.joiner_words or gap == "-") and not locative(a):
            return ca, cb
    seen: list[str] = []
    for c in reversed(history):
        for _, ref in reversed(c.refs or ([(c.start, c.country)] if code(c) else [])):
            if ref and not ref.startswith("IGO") and ref not in seen:
                seen.append(ref)
        if len(seen) >= 2:
            return seen[1], seen[0]
    return None


def _family_names(cands: list[Candidate]) -> frozenset[str]:
    """The surnames (last name word) of the persons of full names the analyser or the knowledge base
    found in the article."""
    return frozenset(
        c.name_words[-1]
        for c in cands
        if len(c.name_words) >= 2 and (c.kind == "person" or (c.kind == "bare" and c.keep))
    )


def resolve(text: str, cands: list[Candidate], kb: KnowledgeBase) -> list[Resolved]:
    cands = _merge_appositives(text, cands)
    family = _family_names(cands)
    out: list[Resolved] = []
    history: list[Candidate] = []  # resolved candidates, in order
    short_forms: dict[tuple[str, ...], Candidate] = {}
    persons: dict[str, list[Candidate]] = {}

    def emit(c: Candidate, name: str | None, country: str | None, sector: str | None) -> None:
        out.append(Resolved(c.start, c.end, name, country, sector, c))

    def last(pred, reach: int | None = None, sent: int = 0) -> Candidate | None:  # noqa: ANN001
        for h in reversed(history):
            if reach is not None and sent - h.sent > reach:
                return None
            if pred(h):
                return h
        return None

    for c in cands:
        if (
            c.kind == "bare"
            and len(c.name_words) == 2
            and c.name_words[-1] in family
            and not persons.get(c.name_words[-1])
        ):
            # the first of a family named here ("Track Palin, putra Sarah Palin"); once one is, a
            # capitalised word before the surname is no first name ("Kata Palin")
            c = replace(c, keep=True)
        if (
            c.kind == "bare"
            and not c.keep
            and len(c.starts) > 1
            and _antecedent(c, persons, short_forms) is None
        ):
            # "Kata Kirby", "Delegasi Kim": a capitalised word before the name is not part of it.
            c = replace(c, start=c.starts[1], name=text[c.starts[1] : c.end], name_words=c.name_words[1:],
                        starts=c.starts[1:], phrase=(c.starts[1], c.end))  # fmt: skip
        if c.kind in ("person", "bare") and c.name_words and _is_nickname(text, c, kb):
            # "tegas Nando, sapaan akrabnya": the person last named, by the name people call them
            named = last(lambda h: h.kind == "person" and bool(h.name_words), CONTEXT_REACH, c.sent)
            if named is not None and named.name_words != c.name_words:
                short_forms[c.name_words] = named
        if c.kind in ("person", "bare") and c.name_words:
            full = _antecedent(c, persons, short_forms)
            if full is not None and (not c.known or full.name_words == c.name_words):
                if full.name_words != c.name_words:
                    short_forms[c.name_words] = full
                c = replace(c, kind="person", name=full.name, name_words=full.name_words,
                            country=c.country or full.country, sector=c.sector or full.sector,
                            role_key=c.role_key or full.role_key)  # fmt: skip
            elif c.kind == "bare" and c.keep:
                c = replace(c, kind="person")  # a person the analyser found; unknown, kept
            elif c.kind == "bare":
                continue  # a capitalised word that names nobody we know
        if c.kind == "person" and not c.name_words:
            same = last(
                lambda h, c=c: (
                    h.kind == "person"
                    and bool(h.name_words)
                    and _keys_match(h.role_key, c.role_key)
                    and h.country == c.country
                    and c.country
                )
            )
            if same is not None:
                c = replace(c, name=same.name, sector=c.sector or same.sector)
        if c.kind == "person" and c.country is None and c.role_key in kb.grammar.context_roles:
            # A ministry or office (an organisation named by its role) before any other organisation.
            org = last(
                lambda h: h.kind == "org" and bool(h.country) and bool(h.role_key), CONTEXT_REACH, c.sent
            )
            org = org or last(lambda h: h.kind == "org" and bool(h.country), CONTEXT_REACH, c.sent)
            if org is not None:
                c = replace(c, country=org.country)
        if (
            c.lone_role
            and c.country is None
            and (c.kind != "person" or c.name == text[c.start : c.end])
            and not _object_of_verb(text, c, kb)
        ):
            continue  # a role word used as a modifier or a generic noun: no actor to resolve
        if c.kind in ("pronoun", "clitic"):
            # an acronym the analyser took for a person ("ISIS", "LSU") is no one a pronoun stands for
            ant = last(
                # nor is a lone role word ("kepada wartawan"): no one in particular
                lambda h: (
                    h.kind == "person" and bool(h.name) and not str(h.name).isupper() and not h.lone_role
                ),
                PRONOUN_REACH,
                c.sent,
            )
            if ant is None:
                continue
            emit(c, ant.name, ant.country, ant.sector)
            continue
        if c.kind == "anaphor":
            ant = _anaphor_antecedent(text, c, history)
            if ant is None:
                if c.role_key is None:
                    continue  # "negara itu" with nothing to refer to
                emit(c, c.name, c.country, c.sector)
                history.append(c)
                continue
            if c.anaphor == "country":
                country = _last_country(ant)
                emit(c, country, country, "GOV")  # named by its code here, by its name below
                history.append(replace(c, kind="country", country=country, refs=[(c.start, country or "")]))
                continue
            country = ant.country
            emit(c, ant.name, country, ant.sector)
            history.append(
                replace(c, kind=ant.kind, name=ant.name, country=country, name_words=ant.name_words)
            )
            continue
        if c.kind == "pair":
            pair = _pair_of(text, kb, history)
            if pair is not None:
                for code in pair:
                    emit(c, code, code, "GOV")
            continue
        emit(c, c.name, c.country, c.sector)
        history.append(c)
        if c.kind == "person":
            for word in set(c.name_words):
                persons.setdefault(word, []).append(c)
    return _name_countries(out, kb)


def _last_country(c: Candidate) -> str | None:
    states = [code for _, code in c.refs if code and not code.startswith("IGO")]
    return states[-1] if states else c.country


def _anaphor_antecedent(text: str, c: Candidate, history: list[Candidate]) -> Candidate | None:
    if c.anaphor == "org":
        # the last organisation named with that noun, else the last one ("Departemen Kepolisian …":
        # the actors stage may have named it without its "Departemen")
        orgs = [h for h in reversed(history) if h.kind == "org"]
        named = next((h for h in orgs if _head_noun(c) in str(h.name or "").casefold().split()), None)
        return named or (orgs[0] if orgs else None)
    for i in range(len(history) - 1, -1, -1):
        h = history[i]
        if c.role_key is not None and _keys_match(h.role_key, c.role_key):
            if c.country and h.country and c.country != h.country:
                continue  # "juru bicara Kemlu itu" is not the Kremlin's spokesman named last
            named = history[i + 1] if i + 1 < len(history) else None
            if (
                not h.name_words
                and named is not None
                and named.kind == "person"
                and named.name_words
                and named.sent == h.sent
                and text[h.end : named.start].strip() == ","
            ):
                return named  # "Juru bicara KPU Sulawesi Tenggara, Andi Herman, …": the name it set off
            return h
        state = _last_country(h) if (h.refs or (h.kind == "country" and h.country)) else None
        if c.anaphor == "country" and state and not state.startswith("IGO"):
            return h
        if c.anaphor == "media" and h.sector == "MED":
            return h
        if c.anaphor == "person" and h.kind == "person" and h.name_words:
            return h
    if c.person_role:
        # "Politikus itu" after "Wakil Ketua Komisi III DPR ... Bambang Sutrisno": an epithet for the
        # person just named, whose title said it another way
        return next(
            (h for h in reversed(history) if c.sent - h.sent <= PRONOUN_REACH and h.kind == "person"
             and h.name_words and (not c.country or not h.country or c.country == h.country)),
            None,
        )  # fmt: skip
    return None


def _head_noun(c: Candidate) -> str:
    """The noun of a demonstrative anaphor: "departemen" of "Departemen tersebut"."""
    words = str(c.name or "").casefold().split()
    return words[0] if words else ""


def _name_countries(out: list[Resolved], kb: KnowledgeBase) -> list[Resolved]:
    """Pairs and "negara itu" are named by their country code; give them the country's name."""
    names = {}
    for bucket in kb.entries.values():
        for e in bucket:
            if e.kind == "country" and e.country and e.country not in names and e.alias == e.name:
                names[e.country] = e.name
    return [
        replace(r, name=names.get(r.name, r.name)) if r.source.kind in ("pair", "anaphor") else r for r in out
    ]
