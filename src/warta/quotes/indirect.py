"""Quotes whose cue comes first: "X mengatakan bahwa …", "X menegaskan bahwa “…”",
"Menurut X, …", "… dikatakan … “…”". The material runs from the cue to the end of the clause."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from warta.model import Actor
from warta.quotes.draft import Draft, classify
from warta.quotes.lexicon import Lexicon, load_lexicon
from warta.quotes.marks import DOUBLE_OPEN, SINGLE_OPEN, Segment
from warta.quotes.speakers import (
    Candidate,
    Span,
    actor_in,
    capitalised_run_starting,
    clause_start,
    name_in_apposition_after,
    overlaps,
    phrase_after,
    subject_before,
    words,
)

OPEN_MARKS = DOUBLE_OPEN + SINGLE_OPEN + "\"'"
MAX_GAP_WORDS = 4  # "mengatakan pada Rabu bahwa", "memberi tahu wartawan bahwa"


SPACE_RE = re.compile(r"\s*")


def _in_segment(pos: int, segments: Sequence[Segment]) -> bool:
    return any(s.open < pos < s.close for s in segments)


def _complement(text: str, start: int, end: int, lex: Lexicon) -> Span | None:
    """The "bahwa" that opens the reported clause, a few words after the cue at most."""
    m = lex.regex("complementizers").search(text, start, end)
    if not m:
        return None
    gap = text[start : m.start()]
    if len(gap.split()) > MAX_GAP_WORDS or any(c in ',.;:“”"‘' for c in gap):
        return None
    return m.span()


@cache
def _next_cue_pattern(lang: str) -> re.Pattern[str]:
    lex = load_lexicon(lang)
    coord = "|".join(re.escape(w) for w in lex.lists["coordinators"] + lex.lists["adverbs"])
    pronoun = "|".join(re.escape(w) for w in lex.lists["pronouns"])
    verbs = lex.regex("verbs").pattern
    # after a comma, or after a coordinator without one ("… berlutut dan mengatakan kepadanya …")
    conj = "|".join(re.escape(w) for w in lex.lists["coordinators"])
    lead = r"(?:,\s*(?:(?:" + coord + r")\s+)*|\s+(?:" + conj + r")\s+)"
    same = lead + r"(?:(?:" + pronoun + r")\s+)?(?:(?:" + coord + r")\s+)*" + verbs
    # "…, namun Inggris menyatakan …", "…, sementara keluarga korban menyebutkan …": a contrast
    # opens the words of another speaker
    contrast = "|".join(re.escape(w) for w in lex.lists["contrast_openers"]) or "(?!)"
    other = r",\s*(?:" + contrast + r")\s+(?:[\w.'’-]+\s+){1,5}?(?:(?:" + coord + r")\s+)*" + verbs
    return re.compile(r"(?:" + same + r")|(?:" + other + r")", re.IGNORECASE)


def _next_cue(lex: Lexicon) -> re.Pattern[str]:
    """A comma or a coordinator and the next cue of the same speaker, with a pronoun subject
    possibly ("…, dan mengatakan …", "…, ia mengatakan …", "… dan mengatakan kepadanya …")."""
    return _next_cue_pattern(lex.lang)


def _clause_end(
    text: str, start: int, unit: Span, segments: Sequence[Segment], lex: Lexicon, trailing: Sequence[Span]
) -> int:
    """The end of the reported clause: the sentence end, or the comma before a trailing source
    ("…, menurut The AP") or before the next cue of the same speaker ("…, dan mengatakan …")."""
    end = unit[1]
    for s, _ in trailing:
        comma = text.rfind(",", start, s)
        if comma != -1 and not text[comma + 1 : s].strip() and comma > start:
            end = min(end, comma)
    next_cue = _next_cue(lex)
    for m in next_cue.finditer(text, start, end):
        if _in_segment(m.start(), segments) or _a_deed_not_a_cue(text, start, m.end(), lex):
            continue
        end = min(end, m.start())
        break
    return end


def _a_deed_not_a_cue(text: str, start: int, cue_end: int, lex: Lexicon) -> bool:
    """ "… mengunggah video lama dan menambahkan narasi bohong": a two-sense cue verb with a bare
    object after "dan" and a deed is that deed (speech_verbs `two_sense_verbs`)."""
    verb = re.search(r"(\w+)$", text[start:cue_end])
    if verb is None or verb.group(1).lower() not in lex.words("two_sense_verbs"):
        return False
    after = text[cue_end : cue_end + 12].lstrip()
    if after[:1] in ',:“"' or after.split(" ")[0].lower() in lex.words("complementizers"):
        return False
    return _coordinated_with_a_deed(text, start, start + verb.start(1), lex)


def _cut_commentary(text: str, start: int, end: int, segments: Sequence[Segment]) -> int:
    """“… kepentingannya,” tampaknya mengacu pada …: the writer's comment after the last quoted
    words is not part of what was said."""
    inside = [s for s in segments if start <= s.open and s.close < end]
    if not inside:
        return end
    last = inside[-1]
    rest = text[last.close + 1 : end]
    if (text[last.close - 1] == "," or rest.lstrip().startswith(",")) and rest.strip(" ,."):
        return last.close + 1
    return end


def _adjacent_complement(text: str, cue_end: int, end: int, lex: Lexicon) -> Span | None:
    """ "membantah jika …": a colloquial complementiser right after the cue."""
    m = re.compile(r"\s+").match(text, cue_end)
    at = m.end() if m else cue_end
    c = lex.regex("adjacent_complementizers").match(text, at, end)
    return c.span() if c else None


_COLON_QUOTE = re.compile(r"[^,.;:“”\"‘’]{0,60}?:\s*(?=[“\"‘'])")


def _colon_quote(text: str, cue_end: int, end: int) -> int | None:
    """ "menyampaikan kepada CNN: “…”": an addressee, a colon, then the quotation."""
    m = _COLON_QUOTE.match(text, cue_end, end)
    return m.end() if m else None


def _looks_like_clause(text: str, start: int, end: int, verb: str, lex: Lexicon) -> bool:
    """A bare complement is reported speech when it has a predicate of its own: an auxiliary,
    negator or copula among its first words before any comma ("keputusannya dapat menyelamatkan
    …"; not "keyakinan pada pria ini, bukan karena dia bisa …"), or, after a
    verb of judging, "sebagai" ("menganggap hal itu sebagai pelanggaran")."""
    comma = text.find(",", start, end)
    first = [text[a:b].lower() for a, b in words(text, start, end if comma == -1 else comma, lex)[:10]]
    if len(first) < 3:
        return False
    if verb in lex.words("as_verbs") and "sebagai" in first:
        return True
    if verb in lex.words("judgement_only_verbs"):
        return False
    if verb in lex.words("small_clause_verbs") and (
        any(w in lex.words("small_clause_predicates") for w in first[1:])
        or _has_predicate(text, start, end, lex)
    ):
        return True  # "menilai penetapan itu cacat prosedur", "menuding Kemendag mengabaikan …"
    # the marker after the complement's subject; or first, for a negator with the speaker as the
    # subject ("Dia menyatakan tidak bersalah …"; not "berjanji akan mencari …", a promise)
    return any(w in lex.words("clause_markers") for w in first[1:]) or first[0] in lex.words(
        "subjectless_markers"
    )


MAX_SUBJECT_WORDS = 6
MIN_VERB_ROOT = 3  # letters after a verb prefix: "bersifat", not "beri"


def _has_predicate(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A verb (a prefixed word: speech_verbs `verb_prefixes`) or a copula among the first words after
    the first: "berita bohong tersebut bersifat provokatif" is a clause, "tuduhan tersebut" a noun
    phrase."""
    prefixes, copulas = lex.words("verb_prefixes"), lex.words("copulas")
    ws = [text[a:b].lower() for a, b in words(text, start, end, lex)[1:MAX_SUBJECT_WORDS]]
    return any(
        w not in lex.words("non_predicates")
        and (w in copulas or any(w.startswith(p) and len(w) - len(p) >= MIN_VERB_ROOT for p in prefixes))
        and w.isalnum()
        for w in ws
    )


def _opening(text: str, cue_s: int, cue_e: int, unit: Span, lex: Lexicon) -> tuple[int, Span, str] | None:
    """Where the reported material after a cue verb starts, the cue span, and how it is
    introduced: "that" (a complementiser), "quote" (a colon or an opening mark), "comma"
    ("Abu menjelaskan, pintu …") or "bare"; None when the verb closes a quote before it."""
    after = cue_e + len(text[cue_e : unit[1]]) - len(text[cue_e : unit[1]].lstrip())
    comp = _complement(text, cue_e, unit[1], lex) or _adjacent_complement(text, cue_e, unit[1], lex)
    if comp:
        one_word = not text[cue_e : comp[0]].strip() or len(text[cue_e : comp[0]].split()) == 1
        return comp[1], ((cue_s, comp[1]) if one_word else (cue_s, cue_e)), "that"
    if after < unit[1] and text[after] in ":" and text[after + 1 :].lstrip()[:1] in OPEN_MARKS:
        return after + 1, (cue_s, cue_e), "quote"
    if after < unit[1] and text[after] in OPEN_MARKS:
        return after, (cue_s, cue_e), "quote"
    colon = _colon_quote(text, cue_e, unit[1])
    if colon is not None:
        return colon, (cue_s, cue_e), "quote"
    if after < unit[1] and text[after] == "," and text[after + 1 :].lstrip()[:1] in OPEN_MARKS:
        return after + 1, (cue_s, cue_e), "quote"  # "berteriak, “Hidup Spanyol.”"
    if after < unit[1] and text[after] == "," and len(words(text, after, unit[1], lex)) >= 3:
        return after + 1, (cue_s, cue_e), "comma"
    if after >= unit[1] or text[after] in ",.;":
        return None  # "Kirby mengatakan," closes a quote before it (direct.py)
    return after, (cue_s, cue_e), "bare"


def _after_nonfinite_opener(text: str, unit_start: int, cue_s: int, lex: Lexicon) -> bool:
    """ "untuk memastikan …", "saat memastikan …": the verb is a purpose or a circumstance."""
    ws = words(text, unit_start, cue_s, lex)
    return bool(ws) and text[ws[-1][0] : ws[-1][1]].lower() in lex.words("nonfinite_openers")


def _unsaid(text: str, unit_start: int, cue_start: int, lex: Lexicon) -> bool:
    before = text[max(unit_start, cue_start - 30) : cue_start].lower().split()
    unsaid = lex.words("unsaid_before")
    return bool(before) and (before[-1] in unsaid or " ".join(before[-2:]) in unsaid)


def cue_clauses(
    text: str,
    unit: Span,
    segments: Sequence[Segment],
    lex: Lexicon,
    actors: Sequence[Actor],
    taken: Sequence[Span],
    previous: Sequence[Draft],
    trailing: Sequence[Span],
) -> list[Draft]:
    """Quotes opened by an active speech verb, left to right. ``taken`` spans (earlier quotes'
    material and cues) are not searched for cues; ``previous`` are the sentence's earlier quotes."""
    drafts: list[Draft] = []
    clause_verbs = lex.words("clause_verbs")
    addressee = lex.words("addressee_prepositions")
    for m in lex.regex("verbs").finditer(text, *unit):
        cue_s, cue_e = m.span()
        if _in_segment(cue_s, segments) or any(a <= cue_s < b for a, b in taken):
            continue
        if any(a <= cue_s < b for d in drafts for a, b in ((d.start, d.end),)):
            continue
        if _after_nonfinite_opener(text, unit[0], cue_s, lex):
            continue
        if _unsaid(text, unit[0], cue_s, lex):
            continue  # "tanpa menjelaskan lebih jauh alasannya": nothing was said
        if lex.regex("speechless_objects").match(text, SPACE_RE.match(text, cue_e).end()):
            continue  # "tidak bisa berkata apa-apa": nothing was said
        opening = _opening(text, cue_s, cue_e, unit, lex)
        if opening is None:
            continue
        start, cue, how = opening
        end = _clause_end(text, start, unit, segments, lex, trailing)
        if how == "quote":
            # "meneriakkan “…” berhadapan dengan pengunjuk rasa yang berteriak, “…”": the quoted
            # words only, when another cue follows them ("“dukungan penuh” untuk Kamboja" stays)
            opened = [seg for seg in segments if seg.open >= start - 1 and seg.close < end]
            if opened and not text[start : opened[0].open].strip(" :"):
                after_quote = [
                    v
                    for v in lex.regex("verbs").finditer(text, opened[0].close + 1, end)
                    if not _in_segment(v.start(), segments)
                ]
                # a quotation closed by its own stop ("“November sudah dekat!” saat mereka …") is
                # whole: what follows the mark is the writer's narration
                closed = text[opened[0].close - 1] in ".!?,"
                if after_quote or closed:
                    end = opened[0].close + 1
        has_quote = any(start <= s.open and s.close < end for s in segments)
        verb = m.group().lower()
        if how == "bare" and _a_deed_not_a_cue(text, unit[0], cue_e, lex):
            continue  # "mengunggah video lama dan menambahkan narasi bohong": added, not said
        if how in ("bare", "comma") and not has_quote:
            first = words(text, start, end, lex)[:1]
            if first and text[first[0][0] : first[0][1]].lower() in addressee:
                continue  # "mengatakan kepada The Hill untuk …": an addressee, not speech
            if first and text[first[0][0] : first[0][1]].lower() in lex.words("manner_openers"):
                continue  # "menambahkan sambil tersenyum": how it was said, not what
            if (
                verb not in clause_verbs
                and not _looks_like_clause(text, start, end, verb, lex)
                and not (how == "comma" and _has_predicate(text, start, end, lex))
            ):
                continue  # "menyatakan kekhawatirannya": a noun object, not speech; after a comma a
                # clause with a verb of its own is ("Kemenkes menyatakan, jumlah kasus terus menurun")
            if (
                first
                and text[first[0][0] : first[0][1]].lower() in lex.words("object_nouns")
                and not (
                    _looks_like_clause(text, start, end, verb, lex) or _has_predicate(text, start, end, lex)
                )
            ):
                continue  # "membantah tuduhan tersebut": the claim denied, not what was said
        end = _cut_commentary(text, start, end, segments)
        kind, s, e = classify(text, start, end, segments)
        if e <= s:
            continue
        blocked = [(seg.open, seg.close + 1) for seg in segments] + [
            (d.start, d.end) for d in previous + drafts
        ]
        speaker = subject_before(text, unit[0], cue_s, blocked, actors, lex)
        shared = _shares_subject(text, unit[0], cue_s, lex)
        earlier = [d for d in (*previous, *drafts) if d.speaker and d.start < cue_s]
        if shared and earlier:
            speaker = earlier[-1].speaker
        if verb in lex.words("evidential_verbs") and not _right_before(text, speaker, cue_s, lex):
            continue  # "sesi itu juga menunjukkan bahwa …": evidence, not speech
        drafts.append(Draft(s, e, kind, cue, speaker))
    return drafts


def _right_before(text: str, speaker: Candidate | None, cue_start: int, lex: Lexicon) -> bool:
    """The speaker stands right before the cue, with adverbs between at most, and is a name, an
    actor or a pronoun (not a lower-case thing: "sesi foursome juga menunjukkan")."""
    if speaker is None or speaker.span[1] > cue_start:
        return False
    gap = [w.lower() for w in text[speaker.span[1] : cue_start].split()]
    if not all(w in lex.words("adverbs") for w in gap):
        return False
    mention = text[speaker.span[0] : speaker.span[1]]
    return speaker.actor is not None or mention[:1].isupper() or mention.lower() in lex.words("pronouns")


def _coordinated_with_a_deed(text: str, unit_start: int, cue_start: int, lex: Lexicon) -> bool:
    """ "pelaku mengunggah video lama dan menambahkan …": after "dan" the cue verb shares its subject
    with a deed (a prefixed verb that is no speech verb) in the same clause."""
    ws = words(text, unit_start, cue_start, lex)
    if not ws or text[ws[-1][0] : ws[-1][1]].lower() not in lex.words("coordinators"):
        return False
    clause = text.rfind(",", unit_start, ws[-1][0]) + 1 or unit_start
    prefixes, verbs = lex.words("verb_prefixes"), lex.regex("verbs")
    for a, b in reversed(words(text, clause, ws[-1][0], lex)):  # the verb "dan" joins it to
        w = text[a:b].lower()
        prefixed = any(w.startswith(p) and len(w) - len(p) >= MIN_VERB_ROOT for p in prefixes)
        if prefixed and w.isalpha() and w not in lex.words("non_predicates"):
            return not verbs.fullmatch(text, a, b)
    return False


def _shares_subject(text: str, unit_start: int, cue_start: int, lex: Lexicon) -> bool:
    before = text[unit_start:cue_start].rstrip()
    ws = words(text, unit_start, cue_start, lex)
    while ws and text[ws[-1][0] : ws[-1][1]].lower() in lex.words("adverbs"):
        before = text[unit_start : ws[-1][0]].rstrip()
        ws.pop()
    last = text[ws[-1][0] : ws[-1][1]].lower() if ws else ""
    return before.endswith(",") or last in lex.words("coordinators")


def according_to(
    text: str,
    unit: Span,
    segments: Sequence[Segment],
    lex: Lexicon,
    actors: Sequence[Actor],
    trailing: Sequence[Span],
) -> Draft | None:
    """ "Menurut X, …" opening the sentence: X said what follows the comma."""
    lead = re.compile(r"\s*").match(text, unit[0]).end()
    m = lex.regex("according_to").match(text, lead)
    if not m:
        return _according_to_clitic(text, unit, segments, lex, trailing, lead)
    np_start = m.end() + len(text[m.end() : unit[1]]) - len(text[m.end() : unit[1]].lstrip())
    preposition = lex.regex("prepositions").match(text, np_start)
    if preposition:  # "Dikatakan oleh Frans, …": the agent after the preposition speaks
        np_start = SPACE_RE.match(text, preposition.end()).end()
    np = phrase_after(text, np_start, unit[1], lex)
    if np is None:
        return None
    # "Menurut anggota Dewan Pembina Partai Demokrat, Ahmad Mubarok, …": the holder of the role speaks
    np = name_in_apposition_after(text, np, unit[1], lex) or np
    actor = actor_in(actors, *np)
    speaker = Candidate((actor.start, actor.end), actor) if actor else Candidate(np)
    comma = re.compile(r"\s*(?:\([^)]{1,40}\))?\s*,").match(text, np[1])
    return _after_comma(text, unit, segments, lex, trailing, comma, m.span(), speaker)


def _after_comma(
    text: str,
    unit: Span,
    segments: Sequence[Segment],
    lex: Lexicon,
    trailing: Sequence[Span],
    comma: re.Match[str] | None,
    cue: Span,
    speaker: Candidate,
) -> Draft | None:
    """What a sentence-opening "Menurut X," says: the clause after its comma."""
    if not comma:
        return None
    end = _clause_end(text, comma.end(), unit, segments, lex, [t for t in trailing if t[0] > comma.end()])
    kind, s, e = classify(text, comma.end(), end, segments)
    if e <= s:
        return None
    return Draft(s, e, kind, cue, speaker, own_credit=cue)


def _according_to_clitic(
    text: str, unit: Span, segments: Sequence[Segment], lex: Lexicon, trailing: Sequence[Span], lead: int
) -> Draft | None:
    """ "Menurutnya, …": the clitic is the speaker, the one named before (resolved as "katanya")."""
    clitic = lex.clitic
    m = lex.regex_with_clitic("according_to").match(text, lead) if clitic else None
    if not m or not m.group().lower().endswith(clitic):
        return None
    speaker = Candidate((m.end() - len(clitic), m.end()))
    return _after_comma(
        text, unit, segments, lex, trailing, re.compile(r"\s*,").match(text, m.end()), m.span(), speaker
    )


def passive_cues(
    text: str,
    unit: Span,
    segments: Sequence[Segment],
    lex: Lexicon,
    actors: Sequence[Actor],
    taken: Sequence[Span],
) -> list[Draft]:
    """ "Putin dilaporkan menerima undangan dengan “senang hati …”": the quoted words after a
    reportative passive. The subject is the speaker when it is a name; otherwise ("kunjungan …
    dikatakan …") the words are the source's."""
    drafts = []
    for m in lex.regex("passive").finditer(text, *unit):
        if _in_segment(m.start(), segments) or any(a <= m.start() < b for a, b in taken):
            continue
        following = [s for s in segments if s.open >= m.end() and s.close < unit[1]]
        if not following or any(overlaps((following[0].open, following[0].close), t) for t in taken):
            continue
        seg = following[0]
        if "," in text[m.end() : seg.open]:
            continue  # "setelah klaim itu dilaporkan, Ronaldo … mengecam …": another clause's words
        start = clause_start(text, unit[0], m.start(), lex)
        subject = (start, len(text[: m.start()].rstrip()))
        speaker: Candidate | None = None
        actor = actor_in(actors, *subject)
        if actor and actor.start == subject[0]:
            speaker = Candidate((actor.start, actor.end), actor)
        else:
            run = capitalised_run_starting(text, start, m.start(), lex)
            if run and not text[run[1] : m.start()].strip(" ,"):
                speaker = Candidate(run)
        s, e = seg.start, seg.end
        while e > s and (text[e - 1] in ", " or text[e - 1].isspace()):
            e -= 1
        speaker = speaker or _statement_author(text, unit[0], m.start(), lex, actors)
        mode = "mention" if speaker else "source"
        drafts.append(Draft(s, e, "direct", m.span(), speaker, mode=mode))
    return drafts


def _agent(
    text: str, verb_end: int, end: int, lex: Lexicon, actors: Sequence[Actor]
) -> tuple[Candidate | None, int]:
    """ "oleh polisi" right after a passive verb: the agent, and where the words after it start."""
    m = AGENT_RE.match(text, verb_end, end)
    if not m:
        return None, verb_end
    comp = lex.regex("complementizers").search(text, m.end(), end)
    if (
        not comp
        or len(words(text, m.end(), comp.start(), lex)) > 6
        or any(c in ",.;:" for c in text[m.end() : comp.start()])
    ):
        return None, verb_end
    span = (m.end(), len(text[: comp.start()].rstrip()))
    actor = actor_in(actors, *span)
    return (Candidate((actor.start, actor.end), actor) if actor else Candidate(span)), comp.start()


AGENT_RE = re.compile(r"\s+oleh\s+", re.IGNORECASE)


def _statement_author(
    text: str, start: int, verb_start: int, lex: Lexicon, actors: Sequence[Actor]
) -> Candidate | None:
    """ "dalam siaran pers KJRI Davao …, dijelaskan bahwa": the author named after a statement noun."""
    for m in lex.regex("statement_nouns").finditer(text, start, verb_start):
        run = capitalised_run_starting(text, SPACE_RE.match(text, m.end()).end(), verb_start, lex)
        if run:
            actor = actor_in(actors, *run)
            return Candidate((actor.start, actor.end), actor) if actor else Candidate(run)
    return None


def passive_that(
    text: str,
    unit: Span,
    segments: Sequence[Segment],
    lex: Lexicon,
    actors: Sequence[Actor],
    taken: Sequence[Span],
    trailing: Sequence[Span],
) -> list[Draft]:
    """ "… diberitahu oleh polisi bahwa X", "Dikatakan bahwa X": a passive speech verb with a
    "bahwa" clause reports X; the agent after "oleh" says it, or a statement's author named in the
    sentence, or else the source or speaker the story last named (mode "source")."""
    drafts = []
    for m in lex.regex("passive_that").finditer(text, *unit):
        if _in_segment(m.start(), segments) or any(a <= m.start() < b for a, b in taken):
            continue
        prev = words(text, max(unit[0], m.start() - 30), m.start(), lex)
        if prev and text[prev[-1][0] : prev[-1][1]].lower() in lex.words("passive_blockers"):
            continue
        speaker, after = _agent(text, m.end(), unit[1], lex, actors)
        comp = _complement(text, after, unit[1], lex)
        if comp is None:
            continue
        end = _clause_end(text, comp[1], unit, segments, lex, trailing)
        kind, s, e = classify(text, comp[1], end, segments)
        if e <= s or any(overlaps((s, e), t) for t in taken):
            continue
        speaker = speaker or _statement_author(text, unit[0], m.start(), lex, actors)
        cue = (m.start(), comp[1])
        drafts.append(Draft(s, e, kind, cue, speaker, mode="mention" if speaker else "source"))
    return drafts


def trailing_according_to(
    text: str,
    unit: Span,
    segments: Sequence[Segment],
    lex: Lexicon,
    actors: Sequence[Actor],
) -> Draft | None:
    """ "Empat belas orang dirawat karena luka ringan, menurut pers setempat.": a sentence closed
    by "menurut X" that holds no other cue is what X says (X is a source only where someone else
    is quoted in the sentence: the caller asks only then). The source phrase must close the
    sentence, a time phrase after it at most ("menurut KCNA pada Kamis")."""
    for m in lex.regex("according_to").finditer(text, *unit):
        if _in_segment(m.start(), segments):
            continue
        before = text[unit[0] : m.start()].rstrip()
        if not before.endswith(",") and not (before[-1:] in CLOSE_MARKS and before[-2:-1] == ","):
            continue
        np_start = SPACE_RE.match(text, m.end()).end()
        np = phrase_after(text, np_start, unit[1], lex)
        if np is None:
            continue
        rest = text[np[1] : unit[1]]
        if any(c in rest for c in ',;:“"'):
            continue  # "menurut X, …" inside the sentence, or more of the sentence after it
        if rest.strip(" .!?”’") and not lex.regex("time_openers").match(rest.lstrip()):
            # "menurut laporan yang diajukan di Pengadilan Distrik …": the source runs to the end
            np = (np[0], unit[0] + len(text[unit[0] : unit[1]].rstrip(" .!?”’\n")))
        stop = unit[0] + len(before) - 1 if before.endswith(",") else unit[0] + len(before)
        kind, s, e = classify(text, unit[0], stop, segments)
        if e <= s or len(words(text, s, e, lex)) < 3:
            continue
        actor = actor_in(actors, *np)
        speaker = Candidate((actor.start, actor.end), actor) if actor else Candidate(np)
        return Draft(s, e, kind, m.span(), speaker, own_credit=m.span())
    return None


CLOSE_MARKS = "”’\"'"
