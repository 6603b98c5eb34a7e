"""One event per real-world event in an article (GDELT counts reports; warta counts events).

Two mentions are the same event when they have the same type and modality and the same parties:
for CONSULT and COOPERATE (symmetric) the same set of party countries, otherwise the same actor
countries (for a speech act, the same actor names) and the same recipient countries (an actor of
unknown country counts by its name), no two different dates, and, for deeds, the same root of their
verb or noun: an arrest, a charge and a sentence of one suspect are three events ("ditangkap",
"didakwa", "divonis"), while "penangkapan" is "ditangkap" told again (one lemma); deeds told in one
sentence are one whatever their words. Without the analyse stage's lemmas deeds are not split.
A CONSULT or COOPERATE whose evidence overlaps one of the same type with more parties is that one.
The event is kept at its most explicit mention (most arguments filled, then the earliest), and takes
a date, location or source from the other mentions when its own is missing; an event no mention
names a recipient for takes its mentions' fallback (the next party their sentence names). Falling
back after merging keeps a guessed counterpart from splitting or joining events.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Hashable
from dataclasses import dataclass, field

from warta.model import SYMMETRIC_TYPES, Actor, Event

FALLBACK_RULE = "recipient: next party its sentence names"


@dataclass(slots=True)
class Mention:
    """An event as found at one place in the text, before duplicates are merged."""

    event: Event
    cues: list[tuple[int, int]] = field(default_factory=list)  # trigger spans of all merged mentions
    verbal: bool = False  # a speech act (its lexicon sense's kind), merged only with the same speaker
    # the next party its sentence names, the recipient when no merged mention names one
    fallback: tuple[Actor, ...] = ()
    deed: str = ""  # the lemma of a deed's trigger: an arrest and a charge are two events; "" for a
    # speech act
    sentence: int = -1  # the start of its sentence: deeds told in one sentence are one


def _keys(actors: tuple[Actor, ...], *, by_name: bool = False) -> frozenset[Hashable]:
    if by_name:
        return frozenset((a.name or a.text).casefold() for a in actors)
    return frozenset(a.country or (a.name or a.text).casefold() for a in actors)


def event_key(event: Event, verbal: bool = False) -> tuple[Hashable, ...]:
    if event.type in SYMMETRIC_TYPES:
        return (event.type, event.modality, _keys(event.actor + event.recipient))
    # A deed told twice names its parties differently ("polisi" / "Departemen Kepolisian", "tersangka"
    # / "Simpson"): their countries tell it is one. Statements are one only from the same speaker:
    # two senators of one country criticising are two events.
    return (event.type, event.modality, _keys(event.actor, by_name=verbal), _keys(event.recipient))


def explicitness(event: Event) -> int:
    return (
        2 * len(_keys(event.actor))
        + 2 * len(_keys(event.recipient))
        + int(event.date is not None)
        + int(event.location is not None)
        + int(bool(event.reported_by))
    )


def _parties(event: Event) -> frozenset[Hashable]:
    return _keys(event.actor + event.recipient)


def _merge_key(event: Event, events: list[Event], verbal: bool) -> tuple[Hashable, ...]:
    """event_key, except that a meeting whose parties are some of those of an overlapping meeting of
    the same type is that meeting ("Widodo bertemu Putin di Moskow untuk membahas ...": "membahas"
    names no new meeting, though its nearest actor is Putin alone)."""
    if event.type in SYMMETRIC_TYPES:
        for other in events:
            if (
                other.type == event.type
                and other.modality == event.modality
                and other.start < event.end
                and event.start < other.end
                and _parties(event) < _parties(other)
            ):
                return event_key(other)
    return event_key(event, verbal=verbal)


def _by_date(group: list[Mention]) -> list[list[Mention]]:
    """A group split where its mentions are dated differently: an arrest in 2016 and one in 2017 are
    two events (an undated mention joins the first group it does not contradict)."""
    out: list[list[Mention]] = []
    for m in group:
        date = m.event.date
        home = next((g for g in out if date is None or all(o.event.date in (None, date) for o in g)), None)
        if home is None:
            out.append([m])
        else:
            home.append(m)
    return out


def _by_deed(group: list[Mention]) -> list[list[Mention]]:
    """A group split by the roots of its deeds: "ditangkap", "didakwa" and "divonis" are an arrest, a
    charge and a sentence, three events; "penangkapan" repeats "ditangkap". Deeds of one sentence are
    one ("melancarkan aksi walk out untuk memprotes …"); a mention with no root (a speech act) joins
    the first deed."""
    roots = list(dict.fromkeys(m.deed for m in group if m.deed))
    if len(roots) < 2:
        return [group]
    same: dict[str, str] = {r: r for r in roots}  # root -> the first root it shares a sentence with

    def home(root: str) -> str:
        while same[root] != root:
            root = same[root]
        return root

    by_sentence: dict[int, str] = {}
    for m in group:
        if m.deed and m.sentence >= 0:
            first = by_sentence.setdefault(m.sentence, m.deed)
            a, b = sorted((home(first), home(m.deed)), key=roots.index)
            same[b] = a
    parts: dict[str, list[Mention]] = {}
    for m in group:
        parts.setdefault(home(m.deed) if m.deed else home(roots[0]), []).append(m)
    return list(parts.values())


def merge_duplicates(mentions: list[Mention]) -> list[Mention]:
    groups: dict[tuple[Hashable, ...], list[Mention]] = {}
    events = [m.event for m in mentions]
    for m in mentions:
        groups.setdefault(_merge_key(m.event, events, m.verbal), []).append(m)
    merged: list[Mention] = []
    parts = (part for whole in groups.values() for dated in _by_date(whole) for part in _by_deed(dated))
    for group in parts:
        ranked = sorted(group, key=lambda m: (-explicitness(m.event), m.event.start))
        best = ranked[0].event
        for other in (m.event for m in ranked[1:]):
            best = dataclasses.replace(
                best,
                date=best.date if best.date is not None else other.date,
                time=best.time if best.date is not None else other.time,
                location=best.location or other.location,
                reported_by=best.reported_by or other.reported_by,
                confidence=min(1.0, best.confidence + 0.05),
            )
        fallback = next((m.fallback for m in ranked if m.fallback), ())
        if not best.recipient and fallback:
            # the rule says so: an analyst can tell a guessed counterpart from a parsed one
            best = dataclasses.replace(best, recipient=fallback, rule=f"{best.rule}; {FALLBACK_RULE}")
        cues = [c for m in group for c in (m.cues or [])]
        merged.append(Mention(best, cues, ranked[0].verbal, deed=ranked[0].deed, sentence=ranked[0].sentence))
    merged.sort(key=lambda m: m.event.start)
    return merged
