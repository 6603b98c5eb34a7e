"""The events stage: PLOVER events (type, mode, context, actors, recipients, modality, date, location,
sources, evidence, confidence, CAMEO code) from the sentences, actors, times and quotes of a document.

Per sentence: find the lexicon's triggers (warta.events.triggers), then for each its arguments
(arguments), modality (modality), time and sources (sources); an event needs an actor, a meeting or
joint work a partner, and a sense marked `requires: recipient` a recipient. Mentions of the same event
are merged (dedupe); a denial of an accusation that names no one then answers the actor of an earlier
ACCUSE of the denier. A bare statement ("mengatakan") is no event: only lexicon triggers
make events, and there is no fallback code.

Dates. An event takes the resolved time expression of its own clause; else, unless it is a noun for
a deed ("invasi", "pertemuan"), the nearest one in an earlier clause of its sentence ("Pada tanggal
22 September, Kementerian … mengatakan bahwa Moskow ingin …"); else a time that closes the sentence
as a clause of its own ("…, Senin (7/12/2020).") unless a report ("kata X") stands between; else, for
a speech act (lexicon kind `verbal`), the narrative date: the last time expression of an earlier
sentence that dates a statement rather than a deed or a report ("Dalam perkembangan lain pada hari
yang sama, …" dates the statements that follow it). Times in "menurut X pada Kamis" date the report,
not the event. A deed with no time cue has no date.

Confidence: 0.3, +0.3 with an actor, +0.2 with a recipient, +0.1 for a verb (not a noun) trigger,
+0.1 for a multi-word phrase or pattern, +0.05 for each further mention merged into it (max 1.0).
"""

from __future__ import annotations

import dataclasses
import logging
import re

from warta.actors.context import document_country
from warta.errors import UnsupportedLanguage
from warta.events.arguments import (
    Arguments,
    clitic_object,
    find_arguments,
    find_location,
    implied_authority,
    later_party,
    reporting_subject,
)
from warta.events.clauses import Frame, build_frame, looks_like_verb
from warta.events.dedupe import Mention, merge_duplicates
from warta.events.lexicon import Lexicon, load_lexicon
from warta.events.modality import find_modality
from warta.events.sources import clause_sources, containing_quote, find_reported_by
from warta.events.triggers import TriggerMatch, drop_governed, find_triggers, pattern_hits
from warta.model import SYMMETRIC_TYPES, Actor, Cue, Document, Event, Sentence, Source, Time, Token
from warta.options import ExtractOptions

__all__ = ["extract_events"]

log = logging.getLogger(__name__)


def _sentences(document: Document) -> tuple[Sentence, ...]:
    if document.sentences:
        return document.sentences
    from warta.lang._base import split_sentences  # fallback when the analyse stage did not run

    return split_sentences(document.text, removed=document.removed)


def _tokens_by_sentence(document: Document) -> dict[int, list[Token]]:
    """The analysed tokens of each sentence, keyed by the sentence's start offset."""
    starts = [s.start for s in document.sentences]
    out: dict[int, list[Token]] = {}
    for token in document.tokens:
        if 0 <= token.sent < len(starts):
            out.setdefault(starts[token.sent], []).append(token)
    return out


def _is_deed_noun(trigger: TriggerMatch) -> bool:
    return trigger.voice == "nominal" and trigger.sense.kind == "material"


def _pick_time(frame: Frame, trigger: TriggerMatch, times: list[Time]) -> Time | None:
    ci = frame.clause_of(trigger.start)
    own = [t for t in times if frame.clause_of(t.start) == ci]
    if own:
        return min(own, key=lambda t: abs(t.start - trigger.start))
    if _is_deed_noun(trigger):
        return None
    for c in range(ci - 1, -1, -1):
        if frame.clauses[c].kind == "source":
            continue
        earlier = [t for t in times if frame.clause_of(t.start) == c]
        if earlier:
            return earlier[-1]
    return _trailing_time(frame, ci, times)


TIME_LEAD_WORDS = frozenset({"pada", "on"})


def _trailing_time(frame: Frame, ci: int, times: list[Time]) -> Time | None:
    """A time that is a later clause all by itself, as news closes a sentence with its date ("Presiden
    meminta KPK mengusut kasus itu, Senin (7/12/2020)."): it dates the trigger's predicate when only
    subordinate clauses stand between them (after "kata Zelensky" it would date the report)."""
    for c in range(ci + 1, len(frame.clauses)):
        clause = frame.clauses[c]
        inside = [t for t in times if clause.start <= t.start < clause.end]
        if not inside:
            if clause.kind == "sub":
                continue
            return None
        words = [
            tok
            for tok in frame.tokens[clause.first : clause.last]
            if tok.is_word and tok.norm not in TIME_LEAD_WORDS
            and not any(t.start <= tok.start < t.end for t in inside)
        ]  # fmt: skip
        return inside[0] if not words else None
    return None


def _first_person_speaker(
    document: Document, frame: Frame, trigger: TriggerMatch, lexicon: Lexicon
) -> Actor | None:
    quote = containing_quote(document.quotes, trigger.start, trigger.end)
    if quote is None or quote.speaker is None:
        return None
    clause = frame.clauses[frame.clause_of(trigger.start)]
    before = [t for t in frame.tokens[clause.first : clause.last] if t.end <= trigger.start]
    return quote.speaker if any(t.norm in lexicon.first_person for t in before) else None


def _with_country(actors: tuple[Actor, ...], country: str | None) -> tuple[Actor, ...]:
    return tuple(
        dataclasses.replace(a, country=country) if a.country is None and country else a for a in actors
    )


def _quoted_speaker(document: Document, trigger: TriggerMatch) -> tuple[Actor, ...]:
    """A speech act with no subject inside what someone is quoted saying ("Itu hoax," kata Setyo)
    is the speaker's."""
    quote = containing_quote(document.quotes, trigger.start, trigger.end)
    return (quote.speaker,) if quote is not None and quote.speaker is not None else ()


def _actor(
    document: Document, frame: Frame, trigger: TriggerMatch, found: tuple[Actor, ...], lexicon: Lexicon
) -> tuple[Actor, ...]:
    """The trigger's actor: the one its arguments name (`found`), unless the lexicon or the quote it
    stands in says who it is; () when nobody is."""
    actor = found
    if trigger.sense.said_by_speaker:  # "… itu hoax," kata Setyo: Setyo denies it
        actor = _quoted_speaker(document, trigger) or reporting_subject(frame, trigger, lexicon) or actor
    if not actor or all(a.text.casefold() in lexicon.first_person for a in actor):
        # "kami"/"saya" in a quote is its speaker
        speaker = _first_person_speaker(document, frame, trigger, lexicon)
        actor = (speaker,) if speaker else actor
    if not actor and trigger.sense.kind == "verbal" and trigger.voice != "nominal":
        actor = _quoted_speaker(document, trigger)
    if not actor and trigger.sense.implied_actor == "authority" and trigger.voice == "passive":
        sentence = frame.sentence
        authority = implied_authority(
            document.text, document.actors, trigger, (sentence.start, sentence.end), lexicon
        )
        actor = (authority,) if authority else ()
    return actor


def _has_partner(
    frame: Frame, trigger: TriggerMatch, actor: tuple[Actor, ...], args: Arguments, lexicon: Lexicon
) -> bool:
    """A meeting or joint work needs two parties: two actors, a partner after "dengan"/"bersama" (an
    actor or not: "berbicara dengan pihak-pihak di Indonesia"), or a noun whose partner the article
    gave before ("pertemuan Rabu di Vostochny")."""
    if len({*actor, *args.recipient}) >= 2 or trigger.voice == "nominal":
        return True
    clause = frame.clauses[frame.clause_of(trigger.start)]
    return any(
        t.norm in lexicon.comitatives
        for t in frame.tokens[clause.first : clause.last]
        if t.start >= trigger.end
    )


def _press_only(actor: tuple[Actor, ...], recipient: tuple[Actor, ...]) -> bool:
    """One side of the encounter is only the press (a journalist, a newspaper)."""
    return any(side and all(a.sector == "MED" for a in side) for side in (actor, recipient))


def _contexts(frame: Frame, trigger: TriggerMatch, end: int, lexicon: Lexicon) -> tuple[str, ...]:
    out = list(trigger.sense.context)
    for tok in frame.tokens:
        if trigger.start <= tok.start < end:
            for variant in lexicon.variants(tok.norm):
                ctx = lexicon.context_cues.get(variant)
                if ctx and ctx not in out:
                    out.append(ctx)
    return tuple(out)


def _in_removed(document: Document, start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in document.removed)


def _mentions(document: Document, lexicon: Lexicon) -> list[Mention]:
    text = document.text
    actors = list(document.actors)
    dated = [t for t in document.times if t.value]
    mentions: list[Mention] = []
    patterns = pattern_hits(text, lexicon)
    by_sentence = _tokens_by_sentence(document)  # the analyse stage's tokens, one analysis for all
    narrative: Time | None = None
    previous_sources: list[Source] = []
    # a quote's speaker is its report's source, never the counterpart a recipient-less event guesses
    speakers = {(q.speaker.start, q.speaker.end) for q in document.quotes if q.speaker is not None}
    for sentence in _sentences(document):
        if _in_removed(document, sentence.start, sentence.end):
            continue
        analysed = [t for t in by_sentence.get(sentence.start, ()) if t.end <= sentence.end]
        frame = build_frame(text, sentence, actors, lexicon, lexicon.stop_words, analysed)
        if not frame.tokens:
            continue
        triggers_here = find_triggers(frame, text, lexicon, patterns)
        found = [t for t in triggers_here if not _in_removed(document, t.start, t.end)]
        triggers = drop_governed(found, frame, lexicon)
        times = [t for t in dated if sentence.start <= t.start and t.end <= sentence.end]
        for trigger in triggers:
            if _anaphoric_object(frame, trigger, triggers, lexicon):
                continue  # "menyambut baik pertemuan tersebut": an event told before, not Abe's
            args = find_arguments(frame, trigger, lexicon)
            if not args.actor and trigger.sense.implied_actor == "subject" and trigger.voice == "passive":
                # "120 personel Polres Sarolangun dikerahkan": the forces deployed stand for their command
                args = dataclasses.replace(args, actor=args.recipient, recipient=())
            actor = _actor(document, frame, trigger, args.actor, lexicon)
            if not actor:  # PLOVER needs a source actor; an actorless mention is not coded
                continue
            if trigger.sense.type in SYMMETRIC_TYPES and not _has_partner(
                frame, trigger, actor, args, lexicon
            ):
                continue  # a meeting with no one: "Trump akan membahas sidang", "Jokowi tiba di Palu"
            if trigger.sense.type == "CONSULT" and _press_only(actor, args.recipient):
                continue  # "saat ditemui wartawan": an interview is how the news was got, not a meeting
            if any(a.country is None for a in actor):  # a quote's speaker, whom the actors stage did not see
                actor = _with_country(actor, document_country(document))
            recipient = args.recipient
            if not recipient and trigger.sense.said_by_speaker and args.actor and actor != args.actor:
                # "akun The Times tidaklah benar," kata Rosenstein: what he calls false is The Times'
                recipient = args.actor
            if not recipient and trigger.voice == "active":
                obj = clitic_object(actors, text[trigger.start : trigger.end], trigger.start, actor, lexicon)
                recipient = (obj,) if obj else ()
            recipient = _others(recipient, actor)
            if trigger.sense.needs_recipient and not recipient:
                continue
            time = _pick_time(frame, trigger, times)
            date = time.value if time else None
            if time is None and trigger.sense.kind == "verbal" and narrative is not None:
                date = narrative.value
            location = find_location(frame, trigger, lexicon)
            inside = [a for a in (*actor, *recipient) if sentence.start <= a.start and a.end <= sentence.end]
            spans = [(trigger.start, trigger.end), *((a.start, a.end) for a in inside)]
            if location:
                spans.append((location.start, location.end))
            start, end = min(s for s, _ in spans), max(e for _, e in spans)
            reported_by = find_reported_by(
                document, frame, lexicon, cue=(trigger.start, trigger.end), span=(start, end),
                actors=actor, previous=previous_sources,
            )  # fmt: skip
            confidence = 0.3 + 0.3 + 0.2 * bool(recipient)
            confidence += 0.1 * (trigger.voice != "nominal") + 0.1 * (trigger.words > 1)
            event = Event(
                id="",
                type=trigger.sense.type,
                start=start,
                end=end,
                evidence=text[start:end],
                trigger=_cue(text, trigger),
                mode=trigger.sense.mode,
                context=_contexts(
                    frame, trigger, max(end, frame.clauses[frame.clause_of(trigger.start)].end), lexicon
                ),
                actor=actor,
                recipient=recipient,
                modality=find_modality(frame, trigger, lexicon),
                date=date,
                time=time,
                location=location,
                reported_by=reported_by,
                confidence=round(min(confidence, 1.0), 2),
                cameo=trigger.sense.cameo,
                rule=trigger.rule,
            )
            fallback = (
                _others(later_party(frame, trigger, actor, lexicon, speakers), actor)
                if not recipient and trigger.sense.type not in SYMMETRIC_TYPES and not args.mutual
                else ()
            )
            mentions.append(
                Mention(
                    event,
                    [(trigger.start, trigger.end)],
                    trigger.sense.kind == "verbal",
                    fallback,
                    deed="" if trigger.sense.kind == "verbal" else _deed_root(analysed, trigger, lexicon),
                    sentence=sentence.start,
                )
            )
        deed_clauses = {frame.clause_of(t.start) for t in found if _is_deed_noun(t)}
        for t in times:
            c = frame.clause_of(t.start)
            if frame.clauses[c].kind != "source" and c not in deed_clauses:
                narrative = t
        here = clause_sources(document, frame, lexicon)
        if here:
            previous_sources = here
    return mentions


def _others(recipient: tuple[Actor, ...], actor: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """The recipients that are not the actor itself under another mention: the same span, or the
    same person by name ("Trump … Donald Trump"); an unresolved "dia" may be anyone."""
    spans = {(a.start, a.end) for a in actor}
    names = {a.name.casefold() for a in actor if a.name}
    return tuple(
        r for r in recipient if (r.start, r.end) not in spans and not (r.name and r.name.casefold() in names)
    )


def _anaphoric_object(
    frame: Frame, trigger: TriggerMatch, triggers: list[TriggerMatch], lexicon: Lexicon
) -> bool:
    """A deed noun with a demonstrative as the object of a verb ("menyambut baik pertemuan tersebut",
    "mengecam serangan itu") points back at an event; its actor is not the verb's subject."""
    if trigger.voice != "nominal" or trigger.sense.kind != "material":
        return False
    after = frame.token_at(trigger.end)
    if after >= len(frame.tokens) or frame.tokens[after].norm not in lexicon.demonstratives:
        return False
    before = frame.token_before(trigger.start)
    if before is None:
        return False
    in_trigger = any(t.start <= before.start < t.end for t in triggers if t is not trigger)
    return (
        in_trigger
        or looks_like_verb(before, lexicon)
        or before.norm in lexicon.adverbs
        or before.norm in lexicon.crime_links  # "sebagai tanggapan atas serangan itu"
    )


def _deed_root(tokens: list[Token], trigger: TriggerMatch, lexicon: Lexicon) -> str:
    """The lemma of a deed trigger's first word ("ditangkap", "penangkapan": "tangkap"), past a light
    verb; "" when the analyse stage gave no tokens."""
    inside = [t for t in tokens if trigger.start <= t.start < trigger.end]
    # past a light verb: "melakukan penembakan", "melancarkan serangan" name the deed by their noun
    content = [t for t in inside if t.text.casefold() not in lexicon.light_verbs] or inside
    root = (content[0].lemma or content[0].text).casefold() if content else ""
    return lexicon.same_deeds.get(root, root)


def _cue(text: str, trigger: TriggerMatch) -> Cue:
    return Cue(trigger.start, trigger.end, text[trigger.start : trigger.end])


ACCUSER_RULE = "recipient: who made the accusation it denies"


def _names(actors: tuple[Actor, ...]) -> set[str]:
    return {(a.name or a.text).casefold() for a in actors}


def _content_words(text: str) -> set[str]:
    return {w.removesuffix("nya") for w in re.findall(r"\w{4,}", text.casefold())}


def _same_accusation(text: str, denial: Event, accusation: Event, after: list[str], lexicon: Lexicon) -> bool:
    """The accused named by their office ("… menilai Kementerian Pertanian gagal memperbarui data";
    "Menteri Bambang membantah tudingan bahwa kementeriannya lalai"): a denial of "tudingan
    tersebut" answers the last accusation by someone else, one of "tudingan bahwa …" an accusation
    whose words it repeats."""
    if _names(accusation.actor) & _names(denial.actor):
        return False
    if len(after) > 1 and after[1].casefold().strip(".,") in lexicon.demonstratives:
        return True
    stop = text.find(".", accusation.end)
    said = _content_words(text[denial.end : denial.end + 80]) - set(lexicon.accusation_nouns)
    told = _content_words(text[accusation.start : stop if stop > 0 else accusation.end + 80])
    return bool(said & told)


def _denials_answer_their_accusers(text: str, events: list[Event], lexicon: Lexicon) -> list[Event]:
    """A denial of an accusation with no one named ("Kemendag membantah tudingan bahwa …") is aimed
    at whoever an earlier ACCUSE of the denier has as its actor ("Komisi VI menuding Kemendag …"),
    failing that at the accusation it points back to or repeats (`_same_accusation`)."""
    out: list[Event] = []
    for event in events:
        if event.type == "REJECT" and not event.recipient and event.trigger is not None:
            after = text[event.trigger.end : event.trigger.end + 40].split()
            if after and any(v in lexicon.accusation_nouns for v in lexicon.variants(after[0].casefold())):
                earlier = [e for e in reversed(out) if e.type == "ACCUSE"]
                accuser = next((e.actor for e in earlier if _names(e.recipient) & _names(event.actor)), ())
                if not accuser:
                    accuser = next(
                        (e.actor for e in earlier if _same_accusation(text, event, e, after, lexicon)), ()
                    )
                if accuser and not _names(accuser) & _names(event.actor):
                    event = dataclasses.replace(
                        event, recipient=accuser, rule=f"{event.rule}; {ACCUSER_RULE}"
                    )
        out.append(event)
    return out


def extract_events(document: Document, options: ExtractOptions) -> Document:
    """Fill `document.events`, and link each quote to the event its text states."""
    try:
        lexicon = load_lexicon(document.lang or "id")
    except UnsupportedLanguage:
        log.warning("no event lexicon for language %r: no events extracted", document.lang)
        return document
    merged = merge_duplicates(_mentions(document, lexicon))
    answered = _denials_answer_their_accusers(document.text, [m.event for m in merged], lexicon)
    events = tuple(dataclasses.replace(e, id=f"{document.doc_id}:e{n}") for n, e in enumerate(answered))
    quotes = []
    for quote in document.quotes:
        linked = next(
            (
                events[n].id
                for n, m in enumerate(merged)
                if any(quote.start <= a and b <= quote.end for a, b in m.cues)
            ),
            None,
        )
        quotes.append(dataclasses.replace(quote, event_id=linked) if linked and not quote.event_id else quote)
    return dataclasses.replace(document, events=events, quotes=tuple(quotes))
