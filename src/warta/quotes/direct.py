"""Quotes whose cue comes after them: “…,” kata X / “…,” ujarnya / “…,” Kirby mengatakan /
… , said Kirby. The reported material is what stands before the cue in the sentence."""

from __future__ import annotations

import re
from collections.abc import Sequence

from warta.model import Actor
from warta.quotes.draft import Draft, classify
from warta.quotes.lexicon import Lexicon
from warta.quotes.marks import DOUBLE_CLOSE, DOUBLE_OPEN, SINGLE_CLOSE, SINGLE_OPEN, Segment
from warta.quotes.speakers import (
    Candidate,
    Span,
    actor_in,
    is_name_run,
    name_in_apposition_after,
    phrase_after,
    possessor_role,
    words,
)

CLOSERS = DOUBLE_CLOSE + SINGLE_CLOSE + "\"'"
OPEN_QUOTES = DOUBLE_OPEN + SINGLE_OPEN + "\"'"


def _opens_after_quote_or_comma(text: str, pos: int, unit_start: int) -> int | None:
    """Where the reported material ends if the cue at ``pos`` follows a comma or a closing mark."""
    i = pos
    while i > unit_start and text[i - 1].isspace():
        i -= 1
    if i > unit_start and text[i - 1] == ",":
        return i - 1
    if i > unit_start and text[i - 1] in CLOSERS:
        return i
    return None


def _speaker_after(
    text: str, start: int, end: int, lex: Lexicon, actors: Sequence[Actor]
) -> Candidate | None:
    np = phrase_after(text, start, end, lex)
    if np is None:
        return None
    first = words(text, *np, lex)[0]
    if text[first[0] : first[1]].lower() in lex.words("complementizers"):
        return None
    if text[first[0] : first[1]].lower() in lex.words("pronouns"):
        return Candidate(first)
    named = name_in_apposition_after(text, np, end, lex)
    if named:
        np = named
    actor = actor_in(actors, *np)
    named = [a for a in actors if np[0] <= a.start and a.end <= np[1] and a.text[:1].isupper()]
    later = actor is not None and bool(named) and named[-1].start > actor.start
    if later and (not actor.text[:1].isupper() or named[-1].end == np[1]):  # type: ignore[union-attr]
        # "kata tersangka Budi", "kata Kasubdit Siber Polda Metro Jaya AKBP Roberto Pasaribu": the
        # name that closes the title chain, not a role noun or the unit before it
        actor = named[-1]
    return Candidate((actor.start, actor.end), actor) if actor else Candidate(np)


MAX_APPOSITIVE_WORDS = 20  # "Karine Jean-Pierre, seorang penasihat senior … MoveOn mengatakannya"


def _subject_span(text: str, start: int, verb_start: int, lex: Lexicon, quoted: bool) -> Span | None:
    """The subject between the material and its cue verb: a short name or pronoun, or, after a
    quotation, a name with an appositive ("Guy Cecil, direktur Priorities USA, mengatakan")."""
    before = words(text, start, verb_start, lex)
    if not before or any(c in '.;:“”"' for c in text[before[0][0] : verb_start]):
        return None
    head = text[before[0][0] : before[0][1]]
    if text[before[-1][0] : before[-1][1]].lower() in lex.words("coordinators"):
        return None  # "dia menantang X dan mengulangi …": a second predicate, not a subject
    if head.lower() in lex.words("prepositions") or any(
        text[a:b].lower() in lex.words("adjacent_complementizers") for a, b in before
    ):
        return None  # "“…” pada hubungan Moskow jika melanjutkan …": an adverbial, not a subject
    if not (head[:1].isupper() or head.lower() in lex.words("pronouns") or len(before) > 1):
        return None
    comma = text.find(",", before[0][0], verb_start)
    if comma != -1 and not quoted:
        return None
    if comma == -1:
        rel = [i for i, (a, b) in enumerate(before) if text[a:b].lower() in lex.words("relativizers")]
        if quoted and rel and 0 < rel[0] <= 6 and len(before) <= MAX_APPOSITIVE_WORDS:
            # "“…,” juru bicara kampanye Trump yang menolak disebutkan namanya menyampaikan"
            before = before[: rel[0]]
        if len(before) > 6:
            return None
        span = (before[0][0], before[-1][1])
    else:
        first = [w for w in before if w[1] <= comma]
        if not first or len(first) > 6 or len(before) > MAX_APPOSITIVE_WORDS:
            return None
        span = (first[0][0], first[-1][1])
    if (
        not any(text[a:b][:1].isupper() for a, b in words(text, *span, lex))
        and head.lower() not in lex.words("pronouns")
        and not _role_subject(text, span, lex)
    ):
        return None  # "seorang pejabat mengatakan" without a name is left to the clause rules
    return span


def _role_subject(text: str, span: Span, lex: Lexicon) -> bool:
    """ "pers setempat", "seorang pejabat senior": a speaker noun (after a quantifier) heads the
    span, a few modifiers after it."""
    ws = [text[a:b].lower() for a, b in words(text, *span, lex)]
    if ws and ws[0] in lex.words("speaker_quantifiers"):
        ws = ws[1:]
    if not ws or len(ws) > 4:
        return False
    return lex.regex("speaker_nouns").match(" ".join(ws)) is not None


def _speaker_verb(
    text: str, start: int, end: int, lex: Lexicon, actors: Sequence[Actor], quoted: bool = False
) -> tuple[Candidate, Span, int] | None:
    """ "Kirby mengatakan," / "he said." right after the material: a name or pronoun (with an
    appositive, possibly), a speech verb (with -nya, possibly), then the end of the clause or an
    addressee and time ("mengatakan kepada The Hill pada hari Sabtu"). Appositives and long
    tails only after a ``quoted`` material: elsewhere they are a clause of their own."""
    m = lex.regex_with_clitic("verbs").search(text, start, min(end, start + 240))
    if not m:
        return None
    span = _subject_span(text, start, m.start(), lex, quoted)
    if span is None:
        return None
    if text[m.end() : end].lstrip().lstrip(",").lstrip()[:1] in OPEN_QUOTES + ":":
        # "para demonstran meneriakkan “…”", "Kavanaugh menjawab, “…”": the cue opens the quotation after it
        return None
    tail = re.compile(r"[^,.;!?]*").match(text, m.end(), end)
    tail_words = tail.group().split()
    openers = lex.words("addressee_prepositions") | lex.words("time_openers") | lex.words("prepositions")
    if len(tail_words) > 3 and not (quoted and tail_words[0].lower() in openers):
        return None
    if any(w.lower() in lex.words("complementizers") for w in tail_words):
        return None
    subject_start = span[0]
    if quoted:
        span = _name_in_apposition(text, span, m.start(), lex)
    actor = actor_in(actors, *span)
    inside = [a for a in actors if span[0] < a.start and a.end <= span[1]]
    if any(possessor_role(text, a.start, span[0], lex) == span[0] for a in inside):
        actor = None  # "“…,” juru bicara kampanye Trump … menyampaikan": the spokesperson speaks
    speaker = Candidate((actor.start, actor.end), actor) if actor else Candidate(span)
    return speaker, m.span(), subject_start


def _name_in_apposition(text: str, span: Span, verb_start: int, lex: Lexicon) -> Span:
    """ "duta The Power of Nutrition, Tracey Ullman mengatakan": a role, then the name in
    apposition right before the verb; the name is the speaker's mention."""
    last_comma = text.rfind(",", span[0], verb_start)
    tail = words(text, last_comma + 1, verb_start, lex) if last_comma != -1 else []
    if tail and not is_name_run(text, span, lex) and is_name_run(text, (tail[0][0], tail[-1][1]), lex):
        return tail[0][0], tail[-1][1]
    return span


def inverted_cues(
    text: str, unit: Span, segments: Sequence[Segment], lex: Lexicon, actors: Sequence[Actor]
) -> list[Draft]:
    """Every "…, kata X" in the sentence, left to right; the material runs from the end of the
    previous quote (or the sentence start) to the comma or closing mark before the cue."""
    drafts: list[Draft] = []
    clause_start = unit[0]
    inverted = lex.regex_with_clitic("inverted")
    clitic = lex.clitic
    pos = unit[0]
    while pos < unit[1]:
        found = None
        for m in re.finditer(r"\S+", text[pos : unit[1]]):
            at = pos + m.start()
            if any(s.open < at < s.close for s in segments):
                continue
            stop = _opens_after_quote_or_comma(text, at, clause_start)
            if stop is None or not text[clause_start:stop].strip():
                continue
            inv = inverted.match(text, at)
            if inv:
                cue_end = inv.end()
                word = inv.group().lower()
                if clitic and word.endswith(clitic) and word not in lex.words("clitic_lookalikes"):
                    # "ujarnya", "dikatakannya": the clitic -nya is the speaker
                    speaker = Candidate((cue_end - len(clitic), cue_end))
                    found = (stop, (at, cue_end), speaker, cue_end)
                    break
                speaker = _speaker_after(text, cue_end, unit[1], lex, actors)
                if speaker:
                    found = (stop, (at, cue_end), speaker, speaker.span[1])
                    break
            quoted = text[max(clause_start, stop - 2) : stop + 1].strip(" ,")[-1:] in CLOSERS
            sv = _speaker_verb(text, at, unit[1], lex, actors, quoted)
            if sv and sv[2] == at and (quoted or not _adverbial_clause(text, clause_start, stop, lex)):
                found = (stop, sv[1], sv[0], sv[1][1])
                break
        if not found:
            break
        stop, cue, speaker, after = found
        inner = _parenthetical(text, clause_start, stop, after, unit, segments, lex)
        if inner is not None:  # "Padahal, kata dia, informasi …": the words after the cue
            kind, s, e = classify(text, inner[0], inner[1], segments)
            if e > s:
                drafts.append(Draft(s, e, kind, cue, speaker))
            break
        kind, s, e = classify(text, clause_start, stop, segments)
        if e > s:
            drafts.append(_nested(text, Draft(s, e, kind, cue, speaker), segments, lex, actors))
        clause_start = pos = after
    return drafts


def _adverbial_clause(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """ "Saat dikonfirmasi, Frans membenarkan …": what stands before the comma is a circumstance of
    the verb after it (opened by a subordinator), not what was said."""
    ws = words(text, start, end, lex)
    # "Setelah dorongan dari Flake, saat ini FBI …, The Guardian melaporkan": a clause follows the comma
    clause_follows = bool(ws) and "," in text[ws[0][0] : end].rstrip(" ,")
    return (
        bool(ws)
        and not clause_follows
        and text[ws[0][0] : ws[0][1]].lower() in lex.words("circumstance_openers")
    )


MAX_NESTED_LEAD_WORDS = 12  # "Polisi menemukan kaca mata itu di lokasi dan mengatakan bahwa …"


def _nested(
    text: str, draft: Draft, segments: Sequence[Segment], lex: Lexicon, actors: Sequence[Actor]
) -> Draft:
    """ "Biden mengatakan dia akan memutuskannya Januari, Associated Press melaporkan": reported
    speech inside reported speech. When the material of a cue after it is itself a clause with a
    speaker and a speech verb of its own, the quote is that clause's, said by its subject; the
    cue's speaker reports it (a source)."""
    if draft.kind != "indirect" or draft.speaker is None:
        return draft
    from warta.quotes.indirect import cue_clauses  # indirect's rules, for the clause inside

    inner = cue_clauses(text, (draft.start, draft.end), segments, lex, actors, [], [], [])
    inner = [d for d in inner if d.speaker is not None and d.cue is not None]
    if not inner:
        return draft
    first = inner[0]
    lead = words(text, draft.start, first.cue[0], lex)
    if len(lead) > MAX_NESTED_LEAD_WORDS or first.speaker.span[0] < draft.start:
        return draft
    return Draft(first.start, first.end, first.kind, first.cue, first.speaker, reporter=draft.speaker)


MAX_LEAD_WORDS = 3  # "Padahal", "Tim Amerika": what may stand before a cue set off by commas


def _parenthetical(
    text: str, start: int, stop: int, after: int, unit: Span, segments: Sequence[Segment], lex: Lexicon
) -> Span | None:
    """A cue set off by commas inside the sentence ("Padahal, kata dia, informasi itu hoaks",
    "Tim Amerika, seperti kata Spieth, merasa …"): when only a connective or a short subject
    stands before it, what was said is the rest of the sentence after it."""
    if any(start <= seg.open < stop for seg in segments):
        return None
    if len(words(text, start, stop, lex)) > MAX_LEAD_WORDS:
        return None
    comma = re.compile(r"\s*,").match(text, after, unit[1])
    if not comma or len(words(text, comma.end(), unit[1], lex)) < 3:
        return None
    return comma.end(), unit[1]
