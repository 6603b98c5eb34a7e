"""From drafts to Quote records: the speaker's full name (through pronouns, "-nya", "Lim",
"Presiden Rusia", "Kementerian tersebut", "sumber tersebut") and the quote's sources."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from functools import cache

from warta.model import Actor, Cue, Document, Quote, Source
from warta.quotes.draft import Draft
from warta.quotes.lexicon import Lexicon, load_lexicon
from warta.quotes.sources import SourceIndex, _country_names
from warta.quotes.speakers import (
    _capitalised,
    _fold,
    actor_in,
    bare_name,
    possessor_role,
    same_person,
    strip_titles,
    words,
)


class NameResolver:
    """Full names the document has introduced before a position, and what a short mention means."""

    def __init__(self, document: Document, lex: Lexicon) -> None:
        self.text = document.text
        self.lex = lex
        # (position, name, actor) — names from the actors stage first, then name-like runs
        self.known: list[tuple[int, str, Actor | None]] = [
            (a.start, a.name, a) for a in document.actors if a.name
        ]
        # a run the actors stage already named there is one mention, not two
        named = {(a.start, _fold(a.name)) for a in document.actors if a.name}
        self.known += [(s, n, None) for s, n in _name_runs(document.text, lex) if (s, _fold(n)) not in named]

    def resolve(self, mention: str, pos: int) -> tuple[str, Actor | None]:
        lex, text = self.lex, self.text
        mention = mention.strip()
        titles = lex.regex("titles")
        if titles.match(mention):  # "Presiden Rusia" -> the name after it earlier ("… Vladimir Putin")
            after = re.compile(re.escape(mention) + r"\s+((?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){0,3})")
            found = [m for m in after.finditer(text, 0, pos)]
            if found:
                return found[-1].group(1), None
        ws = mention.split()
        if len(ws) >= 2 and ws[-1].lower() in lex.words("demonstratives"):
            head = ws[0].lower()
            earlier = [
                k for k in self.known if k[0] < pos and k[1].lower().startswith(head) and k[1].lower() != head
            ]  # not a sentence-initial "Kelompok" of an earlier "Kelompok ini"
            if earlier:
                return max(earlier, key=lambda k: k[0])[1:]
        bare = bare_name(mention, lex)
        longer = [k for k in self.known if k[0] < pos and len(bare.split()) == 1 and same_person(bare, k[1])]
        if longer:
            return self._most_salient(longer, pos)
        misspelt = self._misspelt_surname(bare, pos)
        if misspelt is not None:
            return misspelt
        match = [k for k in self.known if k[0] < pos and _fold(k[1]) == _fold(bare) and k[2] is not None]
        return self._full_form(bare), (match[-1][2] if match else None)

    def role_antecedent(self, mention: str, pos: int) -> tuple[str, Actor | None] | None:
        """ "juru bicara itu", "sang menteri", "pria tersebut": the person last introduced with
        that role noun as a subject ("Juru bicara Kemlu, Teuku Faizasyah, …" opening a sentence
        or a clause after a comma): the name that follows the role within its sentence."""
        ws = mention.split()
        if ws and ws[0].lower() in self.lex.words("definite_articles"):
            ws = ws[1:]
        if ws and ws[-1].lower() in self.lex.words("demonstratives"):
            ws = ws[:-1]
        if not ws or any(_capitalised(w) for w in ws[1:]):
            return None
        role = re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in ws) + r"(?!\w)", re.IGNORECASE)
        for m in reversed(list(role.finditer(self.text, 0, pos))):
            opening = re.split(r"[.!?\n]", self.text[max(0, m.start() - 200) : m.start()])[-1].strip()
            if opening and not opening.endswith(","):
                continue  # "mantan pacar penyanyi rap Mac Miller": the role modifies another noun
            window = self.text[m.end() : m.end() + ROLE_WINDOW]
            stop = re.search(r"[.!?\n]", window)
            end = m.end() + (stop.start() if stop else len(window))
            orgs = _org_table(self.lex)
            after = [
                k
                for k in self.known
                if m.end() <= k[0] < end and k[0] < pos and " " in k[1] and _fold(k[1]).split()[0] not in orgs
            ]  # a person's name, not the institution of "Juru bicara Kementerian Luar Negeri, …"
            if after:
                return min(after, key=lambda k: k[0])[1:]
        return None

    def titled_person(self, mention: str, pos: int) -> tuple[str, Actor | None] | None:
        """ "hakim menyatakan …" after "dibacakan hakim Ratna Dewi Kusumastuti": a bare role noun
        stands for the one person the text has named with it as a title, right before the name.
        Two people so titled ("jaksa Andi …", "jaksa Budi …") leave it a role."""
        role = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, mention.split())) + r"\s+", re.IGNORECASE)
        names: dict[str, tuple[str, Actor | None]] = {}
        for m in role.finditer(self.text, 0, pos):
            for start, name, actor in self.known:
                if start == m.end() and " " in name and start < pos:
                    names.setdefault(_fold(name), (name, actor))
        return next(iter(names.values())) if len(names) == 1 else None

    def _misspelt_surname(self, bare: str, pos: int) -> tuple[str, Actor | None] | None:
        """A lone capitalised word one letter off the surname of a person named before
        ("Water" for "Maxine Waters") and not written as a name before: a typo in the text."""
        word = _fold(bare)
        if (
            " " in word
            or len(word) < MIN_TYPO_LENGTH
            or any(_fold(k[1]) == word for k in self.known if k[0] < pos)
        ):
            return None
        near = [
            k
            for k in self.known
            if k[0] < pos and len(k[1].split()) > 1 and _one_edit(word, _fold(k[1]).split()[-1])
        ]
        return self._most_salient(near, pos) if near else None

    def _full_form(self, name: str) -> str:
        """A name of two words or more that the article mostly writes longer, the same words
        first ("KJRI Davao" once, "KJRI Davao City" throughout), is a short form of the longer
        one; a name usually written alone ("Global Citizen" beside one "Global Citizen
        Festival") stays as it is."""
        ws = _fold(name).split()
        if len(ws) < 2:
            return name
        counts: dict[str, int] = {}
        for _, known, _ in self.known:
            kw = _fold(known).split()
            if kw[: len(ws)] == ws:
                counts[known] = counts.get(known, 0) + 1
        alone = sum(n for k, n in counts.items() if len(_fold(k).split()) == len(ws))
        longer = [(n, k) for k, n in counts.items() if len(_fold(k).split()) > len(ws)]
        if not longer:
            return name
        n, best = max(longer, key=lambda nk: (nk[0], -len(nk[1])))
        return best if n > alone else name

    def longest_form(self, name: str, pos: int) -> str:
        """The longest name introduced before ``pos`` that holds all of ``name``'s words in order
        ("Komjen Ari Dono" -> "Komjen Pol Ari Dono Sukmanto"): a later mention is a short form."""
        words_ = _fold(name).split()
        if any(k[2] is not None and k[0] < pos and _fold(k[1]) == _fold(name) for k in self.known):
            return name  # a name the actors stage found on its own before is no short form ("Global Citizen")
        best = name
        for start, known, _ in self.known:
            if start + len(known) > pos:
                continue  # only an earlier mention, not the mention's own run
            kw = _fold(known).split()
            if len(kw) > len(_fold(best).split()) and kw[0] == words_[0] and _in_order(words_, kw):
                best = known
        return best

    def _most_salient(
        self, candidates: Sequence[tuple[int, str, Actor | None]], pos: int
    ) -> tuple[str, Actor | None]:
        """The name mentioned most often before ``pos``; on a tie, the one introduced first
        (a bare surname in a news story usually means its protagonist)."""
        by_name: dict[str, tuple[int, int, Actor | None]] = {}
        for start, name, actor in candidates:
            count, first, known_actor = by_name.get(name, (0, start, None))
            by_name[name] = (count + 1, min(first, start), known_actor or actor)
        has_actor = any(v[2] is not None for v in by_name.values())
        ranked = sorted(
            ((n, v) for n, v in by_name.items() if v[2] is not None or not has_actor),
            key=lambda kv: (-kv[1][0], kv[1][1]),
        )
        name, (_, _, actor) = ranked[0]
        return name, actor


ROLE_WINDOW = 60  # "Juru bicara Kementerian Luar Negeri, Teuku Faizasyah": role to name
MIN_TYPO_LENGTH = 5  # shorter words are too often another name one letter away ("Lim"/"Kim")


def _one_edit(a: str, b: str) -> bool:
    """a and b differ by one inserted, deleted or replaced letter."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    i = next((k for k, (x, y) in enumerate(zip(short, long_, strict=False)) if x != y), len(short))
    return short[i:] == long_[i + 1 :]


def _in_order(part: list[str], full: list[str]) -> bool:
    it = iter(full)
    return all(w in it for w in part)


def _extend_name(text: str, actor: Actor, lex: Lexicon) -> str:
    """A name the actors stage cut short ("Kepala … Abu" before "Hurairah") takes the capitalised
    word right after its mention; weekdays, months and sentence connectives ("Adapun" after a
    missing full stop) are not name words."""
    name = actor.name or actor.text
    if not actor.text.endswith(name.split()[-1]):
        return name
    m = re.compile(r" ([A-Z][\w'’-]+)(?=[\s,.;:)]|$)").match(text, actor.end)
    stops = lex.words("name_stops") | lex.words("sentence_openers")
    if not m or m.group(1).lower() in stops:
        return name
    return f"{name} {m.group(1)}"


def _as_written(text: str, name: str, mention: str = "") -> str:
    """A knowledge-base name the article never writes ("Sri Mulyani Indrawati") becomes the
    longest form it does write ("Sri Mulyani"), or, when it writes none, the capitalised mention
    itself ("Polri" for "Kepolisian Negara Republik Indonesia"): the speaker is named as the
    article names them."""
    if name in text:
        return name
    ws = name.split()
    for n in range(len(ws) - 1, 1, -1):
        for i in range(len(ws) - n + 1):
            form = " ".join(ws[i : i + n])
            if re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text):
                return form
    if mention[:1].isupper() and not set(_fold(mention).split()) & set(_fold(name).split()):
        return mention  # an acronym or another name, not a short form ("Meutya" of "Meutya Hafid")
    return name


@cache
def _country_heads() -> frozenset[str]:
    """First words of the country names: a run holding none of them has no country to split off."""
    return frozenset(c.split()[0] for c in _country_names())


def _name_runs(text: str, lex: Lexicon) -> list[tuple[int, str]]:
    """Runs of capitalised words, titles stripped, a leading country split off a person's name
    ("Korea Utara Kim Jong Un" -> "Kim Jong Un")."""
    runs: list[tuple[int, int]] = []
    openers = lex.words("sentence_openers")
    for s, e in words(text, 0, len(text), lex):
        if not _capitalised(text[s:e]):
            continue
        if runs and text[runs[-1][1] : s] == " " and text[s:e].lower() not in openers:
            runs[-1] = (runs[-1][0], e)
        else:
            runs.append((s, e))
    function_words = set().union(
        *(
            lex.words(k)
            for k in (
                "according_to",
                "fronted_adverbials",
                "prepositions",
                "coordinators",
                "adverbs",
                "pronouns",
                "demonstratives",
            )
        )
    )
    out = []
    for s, e in runs:
        first = text[s:e].split()[0]
        if first.lower() in function_words and len(text[s:e].split()) > 1:
            s += len(first) + 1  # "Menurut Tn. Goldberg": a capitalised sentence opener
        name = strip_titles(text[s:e], lex)
        heads = _country_heads()
        for country in () if not any(w in heads for w in name.split()[:-2]) else _country_names():
            at = name.rfind(country + " ")
            if at != -1 and (at == 0 or name[at - 1] == " ") and len(name[at + len(country) :].split()) >= 2:
                name = name[at + len(country) :].strip()
                break
        if name:
            out.append((s + len(text[s:e]) - len(name), name))
    return out


def _is_pronoun(mention: str, lex: Lexicon) -> bool:
    low = mention.strip().lower()
    return low in lex.words("pronouns") or bool(lex.clitic and low == lex.clitic)


def _definite_role(mention: str, lex: Lexicon) -> bool:
    """ "sang menteri": a role noun made definite by an article."""
    ws = mention.split()
    return len(ws) >= 2 and ws[0].lower() in lex.words("definite_articles") and ws[1].islower()


def _epithet(text: str, end: int, mention: str, lex: Lexicon) -> bool:
    """A lower-case person noun, then an age, then a demonstrative: "perempuan berusia 45 tahun
    itu", "pria 32 tahun itu" point back at someone named before."""
    if not mention[:1].islower() or len(mention.split()) > 2:
        return False
    rest = text[end : end + 40].split()
    k = 0
    while k < len(rest) and (rest[k].isdigit() or rest[k].lower() in lex.words("age_words")):
        k += 1
    return 0 < k < len(rest) and rest[k].lower().rstrip(",.") in lex.words("demonstratives")


def _bare_role(mention: str, lex: Lexicon) -> bool:
    """A speaker noun written alone and in lower case: "hakim", "jaksa" ("kata hakim")."""
    return mention.islower() and " ".join(mention.split()) in lex.words("speaker_nouns")


def _singular(mention: str, lex: Lexicon) -> bool:
    """A pronoun or "-nya" that can stand for one person: not a plural pronoun ("mereka")."""
    return mention.strip().lower() not in lex.words("plural_pronouns")


def _role_anaphor(mention: str, lex: Lexicon) -> bool:
    """A common noun with a demonstrative ("Kelompok ini", "rapper itu"): it points back; so does
    a lower-case epithet holding a name ("pemenang Ballon d'Or lima kali ini"). Source phrases
    ("sumber tersebut") are handled apart."""
    ws = mention.split()
    return (
        len(ws) >= 2
        and ws[-1].lower() in lex.words("demonstratives")
        and (ws[0].islower() or not any(w[:1].isupper() for w in ws[1:-1]))
        and not lex.regex("source_anaphora").fullmatch(mention)
    )


def _org_table(lex: Lexicon) -> dict[str, frozenset[str]]:
    """org_nouns as a map: common noun -> words an institution's proper name may hold."""
    return _org_table_for(lex.lang)


@cache
def _org_table_for(lang: str) -> dict[str, frozenset[str]]:
    table = {}
    for entry in load_lexicon(lang).lists["org_nouns"]:
        noun, _, name_words = entry.partition(":")
        table[noun.strip()] = frozenset(name_words.split())
    return table


def _institution(mention: str, pos: int, resolver: NameResolver, lex: Lexicon) -> str | None:
    """A speaker named by an institution's common noun ("polisi", "para polisi", "kelompok
    tersebut") is the institution the article named last whose proper name holds such a word
    ("Departemen Kepolisian Baton Rouge", "KJRI Davao City"); without one it stays the noun."""
    skip = lex.words("speaker_quantifiers") | lex.words("demonstratives")
    ws = [w for w in _fold(mention).split() if w not in skip]
    if not ws or any(_capitalised(w) for w in mention.split()[1:]):
        return None
    name_words = _org_table(lex).get(ws[0])
    if not name_words:
        return None
    earlier = [
        (start, name)
        for start, name, _ in resolver.known
        if start < pos
        and _fold(name) != ws[0]
        and any(_capitalised(w) and _fold(w) in name_words for w in name.split())
    ]
    return max(earlier)[1] if earlier else None


def _new_subject(document: Document, index: SourceIndex, after: int, pos: int) -> Actor | None:
    """The named actor opening a sentence (outside quotation marks) between the last quote and a
    pronoun speaker: the pronoun's antecedent is the subject the story last turned to, which is
    the last speaker unless such a sentence introduced someone else."""
    if after < 0:
        return None
    text, found = document.text, None
    lex = index.lex
    for a, b in index.units:
        if a < after or a >= pos:
            continue
        lead = re.compile(r"[\s\"“‘']*").match(text, a).end()
        first = text[lead : lead + 20].split()[:1]
        prepositional = bool(first) and first[0].lower() in lex.words("prepositions")
        if (
            lex.regex("fronted_adverbials").match(text, lead)
            or lex.regex("according_to").match(text, lead)
            or prepositional  # "Dari Beijing, juru bicara … Zhao Weiming menepis …"
        ):
            comma = text.find(",", lead, min(b, pos))  # "Berdasarkan dokumen pengadilan, Saipov …"
            a = comma + 1 if comma != -1 else a
        opening = [
            x
            for x in document.actors
            if a <= x.start < min(b, pos)
            and x.name
            and (
                len(text[a : x.start].split()) <= 3
                or _appositive_opening(text[a : x.start])
                or _title_opening(text[a : x.start], x, lex)
            )
            and not any(seg.open < x.start < seg.close for seg in index.segments)
            and not _is_pronoun(x.name, index.lex)
            and not _after_preposition(text, a, x.start, lex)  # "Dari Beijing, juru bicara … Zhao"
            # initials ("tersangka HN sempat melompat …") name a suspect, whom a pronoun after the
            # next quote does not stand for (as for the actors stage's pronouns)
            and not str(x.name).isupper()
        ]
        if opening:
            found = min(opening, key=lambda x: x.start)
        elif (one := _someone_opening(document, lead, min(b, pos), lex)) is not None:
            found = one
    return found


def _after_preposition(text: str, floor: int, start: int, lex: Lexicon) -> bool:
    """An actor right after a preposition ("Dari Beijing, …") is a place or a party, not the subject."""
    before = text[floor:start].split()
    return bool(before) and before[-1].lower().strip("\"“‘'") in lex.words("prepositions")


def _title_opening(before: str, actor: Actor, lex: Lexicon) -> bool:
    """ "juru bicara Kementerian Luar Negeri China Zhao Weiming menepis …": a title before a full name
    opening the sentence, with no verb or comma in it."""
    words = before.split()
    prefixes = tuple(lex.words("verb_prefixes"))
    return (
        len(str(actor.name or "").split()) >= 2
        and len(words) <= MAX_ROLE_WORDS
        and "," not in before
        and not any(w.lower().startswith(prefixes) and w.islower() for w in words)
    )


def _appositive_opening(before: str) -> bool:
    """ "Manajer Humas PT Sumber Hijau Lestari, Robert Situmorang, menyatakan …": a role set off by a
    comma before the name that opens the sentence."""
    return before.rstrip().endswith(",") and before.count(",") == 1 and len(before.split()) <= MAX_ROLE_WORDS


MAX_ROLE_WORDS = 8
FIRST_WORD = re.compile(r"(\w+)\s+")


def _someone_opening(document: Document, lead: int, end: int, lex: Lexicon) -> Actor | None:
    """ "Seorang wanita muncul di lokasi …": a sentence opened by one person named by role, who a
    singular pronoun after it ("Dia selalu mengulang …") stands for; the role is the name."""
    text = document.text
    m = FIRST_WORD.match(text, lead)
    if not m or m.group(1).lower() not in lex.words("singular_quantifiers"):
        return None
    head = next((x for x in document.actors if x.start == m.end() and x.end <= end and not x.name), None)
    if head is None:
        return None
    return dataclasses.replace(head, start=lead, text=text[lead : head.end], name=text[lead : head.end])


def _speaker_actor(
    document: Document,
    draft: Draft,
    index: SourceIndex,
    resolver: NameResolver,
    last: Actor | None,
    last_end: int = -1,
) -> Actor | None:
    text, lex = document.text, index.lex
    cand = draft.speaker
    if cand is None:
        return None
    s, e = cand.span
    mention = text[s:e]
    pronoun = _is_pronoun(mention, lex)
    actor = cand.actor or next((a for a in document.actors if (a.start, a.end) == (s, e)), None)
    if pronoun:
        new = _new_subject(document, index, last_end, s)
        if new is None and last is not None and not _capitalised(last.name or "") and _singular(mention, lex):
            # "Berdasarkan dokumen pengadilan, Saipov …. …, dia mengatakan": a person pronoun
            # after the words of an institution or document named by a common noun is the
            # person the story last made a subject
            new = _new_subject(document, index, 0, s)
        if new is not None:  # someone introduced since the last quote: "Navarro … “…,” tulisnya"
            return Actor(s, e, mention, new.name, new.country, new.sector, stage="quotes")
        if last is None and actor is not None and actor.name and not _is_pronoun(actor.name, lex):
            return dataclasses.replace(actor, start=s, end=e, text=mention)
        if last is None:  # no earlier speaker: the nearest named actor before it, not one the
            # quote itself talks about, nor a country for "dia" ("…dari Berlin, ibukota Jerman…, sebut dia")
            places = {c.casefold() for c in _country_names()} if _singular(mention, lex) else set()
            before = [
                a
                for a in document.actors
                if a.end <= s
                and a.name
                and not (draft.start <= a.start < draft.end)
                and a.name.casefold() not in places
            ]
            if before:
                near = max(before, key=lambda a: a.end)
                return Actor(s, e, mention, near.name, near.country, near.sector, stage="quotes")
            return Actor(s, e, mention, stage="quotes")
        return Actor(s, e, mention, last.name, last.country, last.sector, stage="quotes")
    if _epithet(text, e, mention, lex):
        # "kata perempuan berusia 45 tahun itu": the person the story last named
        new = _new_subject(document, index, max(last_end, 0), s) or last
        if new is not None and new.name:
            return Actor(s, e, mention, new.name, new.country, new.sector, stage="quotes")
    # "Polisi menemukan …": a common noun capitalised at the sentence start is no name
    named = bool(actor and actor.name and _capitalised(actor.name)) and _fold(mention) not in _org_table(lex)
    if not named and (_role_anaphor(mention, lex) or _definite_role(mention, lex)):
        role = resolver.role_antecedent(mention, s)
        if role is not None:  # "juru bicara itu" -> the spokesman named earlier
            name, known = role
            base = actor or Actor(s, e, mention, stage="quotes")
            country = base.country or (known.country if known else None)
            sector = base.sector or (known.sector if known else None)
            return dataclasses.replace(base, name=name, country=country, sector=sector)
    if not named and _bare_role(mention, lex):
        titled = resolver.titled_person(mention, s)
        if titled is not None:  # "hakim menyatakan" -> "hakim Ratna Dewi Kusumastuti" named before
            name, known = titled
            base = actor or Actor(s, e, mention, stage="quotes")
            return dataclasses.replace(
                base, name=name, country=base.country or (known.country if known else None)
            )
    if (
        last is not None
        and not named
        and _role_anaphor(mention, lex)
        and resolver.resolve(mention, s)[0] == bare_name(mention, lex)
    ):
        # "Kelompok ini", "pemenang Ballon d'Or lima kali ini" naming no one the text has named
        # with that head: the speaker the story last quoted
        return Actor(s, e, mention, last.name, last.country, last.sector, stage="quotes")
    if lex.regex("source_anaphora").fullmatch(mention):
        credit = index.antecedent(s)
        if credit is None:
            return Actor(s, e, mention, last.name if last else None, stage="quotes")
        known = actor_in(document.actors, credit.source.start, credit.source.end + 1)
        country, sector = (known.country, known.sector) if known else (None, None)
        return Actor(s, e, mention, credit.source.text, country, sector, stage="quotes")
    owned = [a for a in document.actors if s < a.start and a.end <= e]
    if owned and possessor_role(text, owned[-1].start, s, lex) == s:
        # "juru bicara kampanye Trump": a role of someone's, named by the role, of their country
        return Actor(s, e, mention, mention, owned[-1].country, None, stage="quotes")
    institution = _institution(mention, s, resolver, lex) if not named else None
    if institution is not None:  # "polisi mengatakan" -> "Departemen Kepolisian Baton Rouge"
        base = actor or Actor(s, e, mention, stage="quotes")
        return dataclasses.replace(base, name=institution)
    if actor is not None and actor.name and len(actor.name.split()) > 1:
        name = _as_written(text, resolver.longest_form(_extend_name(text, actor, lex), s), actor.text)
        return dataclasses.replace(actor, name=name)
    name, known = resolver.resolve(actor.text if actor else mention, s)
    base = actor or Actor(s, e, mention, stage="quotes")
    country = base.country or (known.country if known else None)
    sector = base.sector or (known.sector if known else None)
    return dataclasses.replace(base, name=name, country=country, sector=sector)


def _same_description(
    text: str, speaker: Actor | None, described: dict[str, Actor], lex: Lexicon
) -> Actor | None:
    """A definite description repeated in a story ("Kelompok ini … Kelompok ini juga mengatakan")
    names the same actor each time: later uses take the name its first use was resolved to."""
    if speaker is None or not _role_anaphor(speaker.text, lex):
        return speaker
    key = _fold(speaker.text)
    first = described.get(key)
    if first is None:
        if speaker.name and _fold(speaker.name) != key:
            described[key] = speaker
        return speaker
    return dataclasses.replace(speaker, name=first.name, country=first.country, sector=first.sector)


def _source_speaker(document: Document, draft: Draft, index: SourceIndex, last: Actor | None) -> Actor | None:
    """The words of "… dikatakan …" belong to the source the article last credited."""
    credit = index.antecedent(draft.cue[0] if draft.cue else draft.start)
    if credit is not None:
        src = credit.source
        known = actor_in(document.actors, src.start, src.end + 1)
        country, sector = (known.country, known.sector) if known else (None, None)
        return Actor(src.start, src.end, src.text, src.text, country, sector, stage="quotes")
    return last


def _reporter_source(text: str, draft: Draft, lex: Lexicon) -> Source | None:
    """The one who reports a nested quote ("…, Associated Press melaporkan"), as a source named
    without title or role ("afiliasi WAFB CBS" -> "WAFB CBS")."""
    if draft.reporter is None:
        return None
    s, e = draft.reporter.span
    mention = text[s:e]
    bare = bare_name(mention, lex)
    at = mention.rfind(bare) if bare else -1
    if at == -1:
        return Source(s, e, mention)
    return Source(s + at, s + at + len(bare), bare)


def attribute(document: Document, drafts: Sequence[Draft], index: SourceIndex) -> list[Quote]:
    text = document.text
    resolver = NameResolver(document, index.lex)
    quotes: list[Quote] = []
    last: Actor | None = None
    last_end = -1  # where the quote that gave ``last`` ends
    by_candidate: dict[tuple[int, int], Actor | None] = {}
    described: dict[str, Actor] = {}  # "kelompok ini" -> the actor it was first resolved to
    for draft in sorted(drafts, key=lambda d: d.start):
        if draft.mode == "same" and draft.speaker is not None:
            speaker = by_candidate.get(draft.speaker.span, last)
        elif draft.mode == "source":
            speaker = _source_speaker(document, draft, index, last)
        else:
            speaker = _speaker_actor(document, draft, index, resolver, last, last_end)
            speaker = _same_description(text, speaker, described, index.lex)
        if draft.speaker is not None:
            by_candidate.setdefault(draft.speaker.span, speaker)
        exclude = [(draft.start, draft.end)]
        if draft.own_credit:
            exclude.append(draft.own_credit)
        if speaker is not None:
            exclude.append((speaker.start, speaker.end))
        sources = index.sentence_sources(draft.start, draft.end, exclude=exclude)
        if speaker is not None:
            sources = [src for src in sources if not (speaker.start <= src.start < speaker.end)]
        reporter = _reporter_source(text, draft, index.lex)
        if reporter is not None and all(src.text != reporter.text for src in sources):
            sources.append(reporter)
        cue = Cue(draft.cue[0], draft.cue[1], text[draft.cue[0] : draft.cue[1]]) if draft.cue else None
        quotes.append(
            Quote(
                id=f"{document.doc_id}:q{len(quotes) + 1}",
                kind=draft.kind,  # type: ignore[arg-type]
                start=draft.start,
                end=draft.end,
                text=text[draft.start : draft.end],
                speaker=speaker,
                cue=cue,
                reported_by=tuple(sources),
            )
        )
        if speaker is not None and speaker.name:
            last, last_end = speaker, max(draft.end, draft.cue[1] if draft.cue else draft.end)
    return quotes
