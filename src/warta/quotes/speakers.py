"""Who said it: the speaker's mention next to a cue, and the full name it stands for.

Actor records from the actors stage are preferred; when none is near, a run of capitalised words
(with a title before it or a demonstrative after it) stands in for the mention.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from warta.model import Actor
from warta.quotes.lexicon import Lexicon

WORD_RE = re.compile(r"\w+(?:[-'’]\w+)*\.?")
STOP_CHARS = ',.;:!?()[]“”"‘’«»|\n'

Span = tuple[int, int]


def words(text: str, start: int, end: int, lex: Lexicon) -> list[Span]:
    """Word spans in [start, end); a trailing dot is kept only on the language's abbreviations ("Tn.")."""
    spans = []
    for m in WORD_RE.finditer(text, start, end):
        s, e = m.span()
        if text[e - 1] == "." and not _is_abbreviation(text[s:e], lex):
            e -= 1
        spans.append((s, e))
    return spans


def _is_abbreviation(word: str, lex: Lexicon) -> bool:
    """ "Tn.", "Dr.", "Jr." (the abbreviation list) and single initials ("M. Hanafi"); a short
    name closing a sentence ("ditegaskan Arsul Sani.") leaves its full stop."""
    core = word[:-1]
    return len(core) == 1 and core.isupper() or word in lex.abbreviations


def overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _name_word(word: str) -> bool:
    """A capitalised word, or a name with a lower-case particle joined by a hyphen ("al-Otaibi")."""
    return _capitalised(word) or ("-" in word and _capitalised(word.rsplit("-", 1)[-1]))


def actor_in(actors: Sequence[Actor], start: int, end: int) -> Actor | None:
    """The longest actor inside [start, end), the first one on ties."""
    inside = [a for a in actors if start <= a.start and a.end <= end]
    return max(inside, key=lambda a: (a.end - a.start, -a.start), default=None)


def phrase_after(text: str, start: int, end: int, lex: Lexicon) -> Span | None:
    """The noun phrase that starts at ``start``: up to punctuation, a preposition, a source marker
    or a time phrase ("kata juru bicara Lim Soo-suk, melalui …" -> "juru bicara Lim Soo-suk")."""
    stop_words = lex.words("prepositions") | lex.words("source_markers") | lex.words("time_openers")
    spans = []
    for s, e in words(text, start, end, lex):
        gap = text[spans[-1][1] if spans else start : s]
        if any(c in STOP_CHARS for c in gap):
            break
        if spans and text[s:e].lower() in stop_words:
            break
        if spans and _capitalised(text[s:e]) and text[s:e].lower() in lex.words("sentence_openers"):
            break  # "jelas Bey Adapun besarnya …": a full stop is missing before the connective
        spans.append((s, e))
        if len(spans) >= 12:
            break
    if not spans:
        return None
    return spans[0][0], spans[-1][1]


@dataclass(frozen=True, slots=True)
class Candidate:
    span: Span
    actor: Actor | None = None


def _word_before(text: str, pos: int, floor: int, lex: Lexicon) -> Span | None:
    found = None
    for s, e in words(text, max(floor, pos - 40), pos, lex):
        if e <= pos:
            found = (s, e)
    return found


def _skip_degrees(text: str, pos: int, floor: int, lex: Lexicon) -> int:
    """Move left over the academic degrees after a name ("Witnu Urip Laksana, S.I.K., M.H. mengatakan"):
    the name before them is the subject."""
    degrees = lex.words("academic_degrees")
    while True:
        head = text[floor:pos].rstrip()
        low = head.lower()
        cut = next((d for d in degrees if low.endswith(d) and head[: -len(d)].endswith((",", " "))), None)
        if cut is None:
            return pos
        pos = floor + len(head[: -len(cut)].rstrip().rstrip(","))


def _skip_adverbs(text: str, pos: int, floor: int, lex: Lexicon) -> int:
    """Move left over adverbs and time phrases between a subject and its cue."""
    adverbs = lex.words("adverbs")
    openers = lex.words("time_openers")
    while True:
        w = _word_before(text, pos, floor, lex)
        if w is None or text[w[1] : pos].strip():
            return pos
        word = text[w[0] : w[1]]
        prev = _word_before(text, w[0], floor, lex)
        # "Polda Jawa Tengah memastikan": a capitalised "tengah" after a capitalised word ends a name
        in_name = _capitalised(word) and prev is not None and _capitalised(text[prev[0] : prev[1]])
        if word.lower() in adverbs and not in_name:
            pos = w[0]
            continue
        if (
            _capitalised(word)
            and prev
            and not text[prev[1] : w[0]].strip()
            and text[prev[0] : prev[1]].lower() in openers
        ):
            pos = prev[0]  # "pada Rabu"
            continue
        return pos


def _extend_title(text: str, span: Span, floor: int, lex: Lexicon) -> Span:
    """Take a lower-case title in front ("juru bicara Lim Soo-suk")."""
    head = text[max(floor, span[0] - 40) : span[0]]
    for m in lex.regex("titles").finditer(head):
        if not head[m.end() :].strip():
            return span[0] - len(head) + m.start(), span[1]
    return span


def capitalised_run_ending(text: str, pos: int, floor: int, lex: Lexicon) -> Span | None:
    """The name-like run of words ending at ``pos`` ("Kementerian tersebut", "John Kirby")."""
    ws = [w for w in words(text, floor, pos, lex) if w[1] <= pos]
    if not ws or text[ws[-1][1] : pos].strip():
        return None
    i = len(ws) - 1
    demonstratives = lex.words("demonstratives")
    last = text[ws[i][0] : ws[i][1]]
    end = ws[i][1]
    if last.lower() in demonstratives and i > 0:
        i -= 1  # "Kementerian tersebut", "sumber tersebut"
    if not _capitalised(text[ws[i][0] : ws[i][1]]) and last.lower() not in demonstratives:
        return None
    j = i
    while (
        j > 0
        and _capitalised(text[ws[j - 1][0] : ws[j - 1][1]])
        and not text[ws[j - 1][1] : ws[j][0]].strip()
    ):
        j -= 1
    return _extend_title(text, (ws[j][0], end), floor, lex)


def capitalised_run_starting(text: str, pos: int, end: int, lex: Lexicon) -> Span | None:
    """The name-like run that opens at ``pos`` (after a fronted adverbial)."""
    ws = words(text, pos, end, lex)
    if not ws or text[pos : ws[0][0]].strip():
        return None
    demonstratives = lex.words("demonstratives")
    titles = lex.regex("titles")
    m = titles.match(text, ws[0][0])
    k = 0
    if m:
        while k < len(ws) and ws[k][1] <= m.end():
            k += 1
    if k >= len(ws) or not _capitalised(text[ws[k][0] : ws[k][1]]):
        return None
    j = k
    while j + 1 < len(ws) and not text[ws[j][1] : ws[j + 1][0]].strip():
        nxt = text[ws[j + 1][0] : ws[j + 1][1]]
        if _capitalised(nxt):
            j += 1
        elif nxt.lower() in demonstratives:
            j += 1
            break
        else:
            break
    return ws[0][0], ws[j][1]


def clause_start(text: str, unit_start: int, cue_start: int, lex: Lexicon) -> int:
    """Skip a fronted adverbial ("Selama pertemuan …, Kim bersumpah"): start after its comma."""
    m = lex.regex("fronted_adverbials").match(text, unit_start)
    if m:
        comma = text.find(",", m.end(), cue_start)
        if comma != -1:
            return comma + 1 + (len(text[comma + 1 : cue_start]) - len(text[comma + 1 : cue_start].lstrip()))
    return unit_start


def subject_before(
    text: str,
    unit_start: int,
    cue_start: int,
    blocked: Sequence[Span],
    actors: Sequence[Actor],
    lex: Lexicon,
) -> Candidate | None:
    """The speaker of a cue verb: the subject of its clause.

    Right before the cue (past adverbs and "pada Rabu") when a name or pronoun stands there;
    after a comma, a coordinator or "dengan" the cue shares the subject of the main clause, which
    is the first actor (or name) of the sentence not governed by a preposition.
    """
    start = clause_start(text, unit_start, cue_start, lex)
    pos = _skip_degrees(text, _skip_adverbs(text, cue_start, start, lex), start, lex)
    before = text[start:pos].rstrip()
    prev = _word_before(text, pos, start, lex)
    prev_word = text[prev[0] : prev[1]].lower() if prev else ""
    if before.endswith(","):
        appositive = appositive_name(text, start, len(before) + start, actors, lex)
        if appositive and not any(overlaps(appositive.span, b) for b in blocked):
            return appositive
    if prev_word in lex.words("relativizers") and not text[prev[1] : pos].strip():
        # "Candace Turner yang menulis: “…”": the noun before the relative clause speaks
        head = _adjacent(text, prev[0], start, actors, lex)
        if head and not any(overlaps(head.span, b) for b in blocked):
            return head
    shared = (
        before.endswith(",")
        or prev_word in lex.words("coordinators")
        or prev_word in ("dengan", "with", "by")
    )
    if not shared and prev:
        adjacent = _adjacent(text, pos, start, actors, lex)
        if (
            adjacent
            and not any(overlaps(adjacent.span, b) for b in blocked)
            and not _governed(text, adjacent, start, lex)
        ):
            return adjacent
    return _main_subject(text, start, cue_start, blocked, actors, lex, sentence_start=unit_start)


def _governed(text: str, candidate: Candidate, floor: int, lex: Lexicon) -> bool:
    """A preposition stands right before it: "Narcis Termes, … yang datang dengan istrinya
    mengatakan" is Termes speaking, not his wife."""
    w = _word_before(text, candidate.span[0], floor, lex)
    word = text[w[0] : w[1]].lower() if w else ""
    return word in lex.words("prepositions") and word not in lex.words("coordinators")


def is_name_run(text: str, span: Span, lex: Lexicon) -> bool:
    """Capitalised words only (name particles such as "bin", "van" allowed inside), not opening
    with a function word: "Meutya Hafid", "Murphy J. Paul", "Oriol Junqueras"."""
    ws = [text[s:e] for s, e in words(text, *span, lex)]
    if not ws or len(ws) > 6 or not _capitalised(ws[0]) or not _name_word(ws[-1]):
        return False
    if any(c in STOP_CHARS.replace(".", "") for c in text[span[0] : span[1]]):
        return False
    function_words = lex.words("fronted_adverbials") | lex.words("coordinators") | lex.words("pronouns")
    if ws[0].lower() in function_words or ws[0].lower() in lex.words("according_to"):
        return False
    return all(_name_word(w) or w.lower() in lex.words("name_particles") for w in ws)


def role_opens(text: str, span: Span, lex: Lexicon) -> bool:
    """The phrase opens with a title or a speaker noun ("Menteri Luar Negeri Rusia", "pengacara
    Halloran", "seorang juru bicara"), after a quantifier possibly."""
    ws = words(text, *span, lex)
    if ws and text[ws[0][0] : ws[0][1]].lower() in lex.words("speaker_quantifiers"):
        ws = ws[1:]
    if not ws:
        return False
    pos = ws[0][0]
    # "kata ibunya, Grace Asante,": a speaker noun with its owner's clitic
    return bool(
        lex.regex("titles").match(text, pos) or lex.regex_with_clitic("speaker_nouns").match(text, pos)
    )


MAX_ROLE_TAIL_WORDS = 4
_ROLE_TAIL = re.compile(r"[^,.;:!?()“”\"\n]{0,60}?,\s*")  # what runs on from a role to its comma


def name_in_apposition_after(text: str, np: Span, end: int, lex: Lexicon) -> Span | None:
    """ "kata pengacara Halloran, Martin Kessler, kepada …", "kata Menteri Luar Negeri Rusia, Sergei
    Lavrov,": a role, then after a comma the name of who holds it (past a rank: "Kolonel Fahd
    al-Otaibi"), closed by a comma, the sentence end, or an addressee or time; the name speaks."""
    if not role_opens(text, np, lex):
        return None
    # the role may run on past a preposition: "Wakil Komisaris Polisi untuk Operasi, Chan Kwok-wing"
    m = _ROLE_TAIL.match(text, np[1], end)
    tail = m.group().rsplit(",", 1)[0].split() if m else []
    if not m or len(tail) > MAX_ROLE_TAIL_WORDS or (tail and tail[0].lower() not in lex.words("role_links")):
        return None
    name = phrase_after(text, m.end(), end, lex)
    if name is None:
        return None
    while (rank := _chain_word(text, name[0], lex)) and rank.end() < name[1]:
        start = rank.end()
        while text[start].isspace():
            start += 1
        name = (start, name[1])  # "Irjen Pol Mochamad Iriawan": the name follows the ranks
    if not is_name_run(text, name, lex):
        return None
    ws = words(text, *name, lex)
    if text[ws[0][0] : ws[0][1]].lower() in lex.words("name_stops"):
        return None  # "kata seorang pejabat AS, Senin": a day, not a name
    after = text[name[1] : end].lstrip()
    follows = words(text, name[1], end, lex)
    nxt = text[follows[0][0] : follows[0][1]].lower() if follows else ""
    closers = lex.words("addressee_prepositions") | lex.words("time_openers") | lex.words("prepositions")
    if after[:1] in ("", ",", ".", ";") or nxt in closers:
        return name
    return None


def _chunk(text: str, a: int, b: int) -> Span | None:
    s, e = a, b
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return (s, e) if e > s else None


# an age or an aside closing an appositive: "warga setempat, Ahmad (45), mengaku …"
_TRAILING_ASIDE = re.compile(r"\s*\([^()]{1,30}\)\s*$")


def appositive_name(
    text: str, start: int, end: int, actors: Sequence[Actor], lex: Lexicon
) -> Candidate | None:
    """A subject closed by a comma before its verb is set off by apposition or a parenthetical:
    "Juru bicara X, Yohannes Sirait, menyampaikan", "Oriol Junqueras, satu dari …, mengumumkan",
    "…, Rudiantara, dalam kesempatan tersebut, menegaskan". Walking the comma-separated chunks
    from the verb leftwards, the first that is a bare name is the speaker; a lower-case chunk
    (a description, an adverbial) is passed over, anything else ends the search."""
    pieces = text[start:end].split(",")
    pos = end
    for piece in reversed(pieces):
        a = pos - len(piece)
        chunk = _chunk(text, a, pos)
        pos = a - 1
        if chunk is None:
            continue
        aside = _TRAILING_ASIDE.search(text, chunk[0], chunk[1])
        if aside and aside.start() > chunk[0]:
            chunk = _chunk(text, chunk[0], aside.start()) or chunk  # "Ahmad (45)": the name
        if is_name_run(text, chunk, lex):
            actor = actor_in(actors, *chunk)
            return Candidate((actor.start, actor.end), actor) if actor else Candidate(chunk)
        if _capitalised(text[chunk[0] : chunk[1]]) and chunk[0] != start:
            return None
    return None


def possessor_role(text: str, actor_start: int, floor: int, lex: Lexicon) -> int | None:
    """Where the role whose possessor the actor is starts: "juru bicara kampanye Trump" (Trump's
    campaign spokesperson speaks, not Trump). A role noun, then lower-case nouns that are no role,
    then the actor; None otherwise ("juru bicara Sarah Sanders" is Sanders)."""
    pos, between = actor_start, 0
    while between < 3:
        w = _word_before(text, pos, floor, lex)
        if w is None or text[w[1] : pos].strip() or not text[w[0]].islower():
            return None
        role = _role_noun_ending(text, w[1], floor, lex)
        if role is not None:
            return role[0] if between else None
        pos, between = w[0], between + 1
    return None


def _adjacent(text: str, pos: int, floor: int, actors: Sequence[Actor], lex: Lexicon) -> Candidate | None:
    end = len(text[:pos].rstrip())
    w = _word_before(text, pos, floor, lex)
    if w and w[1] == end and text[w[0] : w[1]].lower() in lex.words("demonstratives"):
        # "Kepala Biro … Setpres itu menyebutkan": the role the actors stage resolved, before "itu"
        inner = len(text[: w[0]].rstrip())
        pointed = next((a for a in actors if a.end == inner and a.start >= floor and a.name), None)
        opens = max(floor, text.rfind(",", floor, pointed.start) + 1) if pointed else floor
        if pointed is not None and pointed.name != pointed.text and not text[opens : pointed.start].strip():
            return Candidate((pointed.start, end), pointed)  # the whole subject, not "Perwira … Polri itu"
    for a in actors:
        if a.end == end and a.start >= floor:
            owner = possessor_role(text, a.start, floor, lex)
            if owner is not None:
                return Candidate((owner, a.end))
            role = _role_noun_ending(text, end, floor, lex) if a.name is None else None
            if role and role[0] < a.start:  # "Seorang petugas polisi", not its head "polisi"
                return Candidate(role)
            return Candidate((a.start, a.end), a)
    w = _word_before(text, pos, floor, lex)
    if w and text[w[0] : w[1]].lower() in lex.words("pronouns") and not text[w[1] : pos].strip():
        return Candidate(w)
    run = capitalised_run_ending(text, end, floor, lex)
    if run:
        return Candidate(run)
    role = _role_noun_ending(text, end, floor, lex)
    return Candidate(role) if role else None


def _role_noun_ending(text: str, end: int, floor: int, lex: Lexicon) -> Span | None:
    """ "analis", "para pengacara", "seorang petugas polisi" ending at ``end``: a speaker named by
    role or group (speaker_nouns), with the quantifier before it."""
    m = None
    for cand in lex.regex("speaker_nouns").finditer(text, max(floor, end - 40), end):
        if cand.end() == end:
            m = cand
    if m is None:
        return None
    start = m.start()
    prev = _word_before(text, start, floor, lex)
    if prev and not text[prev[1] : start].strip():
        word = text[prev[0] : prev[1]].lower()
        if word in lex.words("speaker_quantifiers") or word in lex.words("speaker_nouns"):
            start = prev[0]  # "para analis", "petugas polisi"
            prev2 = _word_before(text, start, floor, lex)
            if (
                prev2
                and not text[prev2[1] : start].strip()
                and text[prev2[0] : prev2[1]].lower() in lex.words("speaker_quantifiers")
            ):
                start = prev2[0]  # "seorang petugas polisi"
    return start, end


def _sentence_case_only(text: str, run: Span, sentence_start: int, lex: Lexicon) -> bool:
    """A lone capitalised word opening the sentence that is no name: "Dulunya, …" (an adverb in
    -nya), "Dibesarkan sebagai …" (followed by a lower-case word)."""
    if run[0] != sentence_start or len(text[run[0] : run[1]].split()) != 1:
        return False
    word = text[run[0] : run[1]]
    if lex.clitic and word.lower().endswith(lex.clitic) and len(word) > len(lex.clitic) + 2:
        return True
    nxt = re.compile(r"\s+(\w)").match(text, run[1])
    return bool(nxt) and nxt.group(1).islower()


def _main_subject(
    text: str,
    start: int,
    cue_start: int,
    blocked: Sequence[Span],
    actors: Sequence[Actor],
    lex: Lexicon,
    sentence_start: int = -1,
) -> Candidate | None:
    prepositions = lex.words("prepositions")

    def governed(s: int) -> bool:
        w = _word_before(text, s, start, lex)
        return bool(w) and not text[w[1] : s].strip() and text[w[0] : w[1]].lower() in prepositions

    free = [
        a
        for a in actors
        if start <= a.start
        and a.end <= cue_start
        and not governed(a.start)
        and not any(overlaps((a.start, a.end), b) for b in blocked)
    ]
    if free:
        first = min(free, key=lambda a: (a.start, -(a.end - a.start)))
        return Candidate((first.start, first.end), first)
    # No actor: the clause-initial pronoun or name-like run.
    ws = [w for w in words(text, start, cue_start, lex) if not any(overlaps(w, b) for b in blocked)]
    if not ws:
        return None
    first = ws[0]
    if text[first[0] : first[1]].lower() in lex.words("pronouns"):
        return Candidate(first)
    run = capitalised_run_starting(text, first[0], cue_start, lex)
    if run and _sentence_case_only(text, run, sentence_start, lex):
        return None
    return Candidate(run) if run else None


# --- names ---------------------------------------------------------------------------------------


ACRONYM_RE = re.compile(r"(?:[A-Z]{2,6}|[IVX]{1,4})(?!\w)")  # "DPR", "RI", "LSU"; "Komisi I"


def strip_titles(text: str, lex: Lexicon) -> str:
    """ "Tn. Goldberg" -> "Goldberg", "juru bicara Lim Soo-suk" -> "Lim Soo-suk", and a whole
    title chain once a title opens it: "Kepala Divisi Humas Polri Irjen Pol Setyo Wasisto" ->
    "Setyo Wasisto", "Wakil Jaksa Agung Rod Rosenstein" -> "Rod Rosenstein" (the words of an
    office, its institution's short forms and acronyms, and ranks; title_chain_words)."""
    titles = lex.regex("titles")
    out = text.strip()
    titled = False
    while True:
        m = titles.match(out)
        if not m and titled:
            m = _chain_word(out, 0, lex)
        rest = out[m.end() :].strip() if m else ""
        if not rest or titled and (not _capitalised(rest) or _only_titles(rest, lex)):
            return out  # "Kepala Biro Pers" names no one after its title: it stays whole
        out = rest
        titled = True


def _chain_word(text: str, pos: int, lex: Lexicon) -> re.Match[str] | None:
    return (
        lex.regex("titles").match(text, pos)
        or lex.regex("title_chain_words").match(text, pos)
        or ACRONYM_RE.match(text, pos)
    )


def _only_titles(text: str, lex: Lexicon) -> bool:
    pos = 0
    while pos < len(text):
        m = _chain_word(text, pos, lex)
        if not m:
            return False
        pos = m.end() + len(text[m.end() :]) - len(text[m.end() :].lstrip())
    return True


def bare_name(text: str, lex: Lexicon) -> str:
    """A mention reduced to its name: titles off the front, and lower-case words before a
    capitalised run ("pejabat senior Lim" -> "Lim"); a phrase with no capitalised run stays whole
    ("TV negara Rusia" keeps its lower-case words because they are inside it)."""
    core = strip_titles(text, lex)
    ws = core.split()
    k = 0
    while k < len(ws) and not _capitalised(ws[k]):
        k += 1
    if 0 < k < len(ws) and all(_capitalised(w) for w in ws[k:]):
        return " ".join(ws[k:])
    return core


def same_person(short: str, full: str) -> bool:
    """ "Lim" / "Lim Soo-suk", "Kirby" / "John Kirby": one name's words are all in the other."""
    a, b = _fold(short).split(), _fold(full).split()
    return bool(a) and len(a) < len(b) and all(w in b for w in a)


@lru_cache(maxsize=8192)  # the same known names are folded for every mention resolved
def _fold(name: str) -> str:
    return re.sub(r"[^\w\s-]", "", name.lower()).replace("-", " ")
