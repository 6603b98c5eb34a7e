"""Who the article credits for an event (`reported_by`, innermost first).

- An act inside a quote whose speaker is not one of its actors is alleged by that speaker: the
  speaker comes first, by name without title when the name occurs in the text ("Kim Yung Ho", not
  "ujarnya").
- With the quotes stage's `find_sources` installed, its chain for the trigger (speaker first), less
  the speaker when the speaker states its own side's act; without it, the speaker, the quote's own
  sources and the "menurut X" / "melalui X" clauses of the sentence.
"""

from __future__ import annotations

import logging
import re

from warta.events.clauses import Frame
from warta.events.lexicon import Lexicon
from warta.model import Actor, Document, Quote, Source

log = logging.getLogger(__name__)

try:  # written in parallel by the quotes stage; guarded so the events stage runs without it
    from warta.quotes.sources import find_sources as _find_sources
except ImportError:  # pragma: no cover - depends on which stages have landed
    _find_sources = None


def containing_quote(quotes: tuple[Quote, ...], start: int, end: int) -> Quote | None:
    inside = [q for q in quotes if q.start <= start and end <= q.end]
    return min(inside, key=lambda q: q.end - q.start) if inside else None


def name_source(text: str, actor: Actor, near: int) -> Source:
    """The actor as a source, by name without title, as the text writes it: the end of its mention
    that is part of its name ("Tn. Goldberg" -> "Goldberg"), else its name where the text spells it
    (for "ujarnya": the occurrence nearest before `near`), else its mention."""
    name = actor.name
    if name and name != actor.text:
        words = list(re.finditer(r"\S+", actor.text))
        for w in words:
            tail = actor.text[w.start() :]
            if tail in name and tail[:1].isupper():
                return Source(actor.start + w.start(), actor.end, tail)
        spots = [m.start() for m in re.finditer(re.escape(name), text)]
        if spots:
            before = [s for s in spots if s <= near]
            at = before[-1] if before else spots[0]
            return Source(at, at + len(name), name)
    return Source(actor.start, actor.end, actor.text)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return start, end


def clause_sources(document: Document, frame: Frame, lexicon: Lexicon) -> list[Source]:
    """The sources named by the sentence's "menurut X" clauses (fallback when find_sources is absent)."""
    text = document.text
    out: list[Source] = []
    for clause in frame.clauses:
        if clause.kind != "source":
            continue
        groups = [g for g in frame.groups if clause.start <= g.start and g.end <= clause.end]
        people = [a for g in groups for a in g.actors if a.name and " " in a.name]
        if people:
            out.append(name_source(text, people[0], clause.start))
            continue
        first = frame.token_at(clause.start) + 1  # after the marker
        if first >= clause.last:
            continue
        start, end = frame.tokens[first].start, clause.end
        later = [g.start for g in groups if g.start > start]  # "KCNA Korea Utara": the name ends there
        end = min([end, *later])
        for t in document.times:  # "menurut KCNA pada Kamis": the date is not part of the name
            if start <= t.start < end:
                end = t.start
                prev = frame.token_before(end)
                if prev and prev.norm in lexicon.non_subject_prepositions:
                    end = prev.start
        start, end = _strip(text, start, end)
        if start < end:
            out.append(Source(start, end, text[start:end]))
    return out


def _fold(s: str) -> str:
    return re.sub(r"\W+", " ", s.casefold()).strip()


def find_reported_by(
    document: Document,
    frame: Frame,
    lexicon: Lexicon,
    *,
    cue: tuple[int, int],
    span: tuple[int, int],
    actors: tuple[Actor, ...],
    previous: list[Source],
) -> tuple[Source, ...]:
    sources: list[Source] = []
    quote = containing_quote(document.quotes, *cue)
    speaker = quote.speaker if quote else None
    own = speaker is not None and any(
        a is speaker
        or (a.start, a.end) == (speaker.start, speaker.end)
        or (a.name and speaker.name and _fold(a.name) == _fold(speaker.name))
        or (a.country and a.country == speaker.country)  # a side speaking of its own act
        for a in actors
    )
    if _find_sources is not None:
        try:
            chain = list(_find_sources(document, *cue))
        except Exception:  # noqa: BLE001 - a failing helper must not lose the event
            log.exception("find_sources failed for %s [%d:%d]", document.doc_id, *cue)
            chain = []
        if own and speaker is not None:  # the speaker states its own act: not a second-hand report
            names = {_fold(speaker.text), _fold(speaker.name or "")}
            chain = [s for s in chain if not any(_fold(s.text) and _fold(s.text) in n for n in names)]
        sources.extend(chain)
    else:
        if speaker is not None and not own:
            sources.append(name_source(document.text, speaker, quote.start if quote else cue[0]))
        if quote:
            sources.extend(quote.reported_by)
        sources.extend(clause_sources(document, frame, lexicon))
        clause = frame.clauses[frame.clause_of(cue[0])]
        words = {t.norm for t in frame.tokens[clause.first : clause.last]}
        if not sources and words & lexicon.carry_source:
            sources.extend(previous)
    unique: list[Source] = []
    for s in sources:
        if s.text and all(_fold(s.text) != _fold(u.text) for u in unique):
            unique.append(s)
    return tuple(unique)
