"""Finds event triggers in a sentence: lexicon words and phrases (matched on case-folded tokens, with
the lexicon's suffix rules, skipping quotation marks inside a phrase) and lexicon patterns.

Overlaps are resolved longest-first (patterns before phrases, longer phrases before shorter), and a
trigger inside the complement of a governing trigger ("sepakat untuk bertemu", "mengundang Putin untuk
mengunjungi") is part of that event, not an event of its own; so is a deed noun that restates the
verb before it in its clause ("menjerat Saipov dengan 22 dakwaan"), and an act refused ("menolak
mencabut") is not done. A trigger inside one of the lexicon's `not_events` phrases ("menolak
disebutkan namanya") is none."""

from __future__ import annotations

from dataclasses import dataclass

from warta.events.clauses import Frame, Tok
from warta.events.lexicon import Lexicon, PhraseTrigger, Sense, Voice

QUOTE_MARKS = frozenset("\"'“”‘’«»")


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    start: int  # the cue's char span
    end: int
    sense: Sense
    voice: Voice
    words: int  # length, for overlap priority
    rule: str  # the lexicon entry that made it


def _match_phrase(tokens: tuple[Tok, ...], i: int, phrase: PhraseTrigger, lexicon: Lexicon) -> int | None:
    """Index of the token after the phrase when it matches at token i, else None."""
    j = i
    for n, word in enumerate(phrase.words):
        if n:
            while j < len(tokens) and tokens[j].text in QUOTE_MARKS:
                j += 1
        if j >= len(tokens) or word not in lexicon.variants(tokens[j].norm):
            return None
        j += 1
    return j


def _voice(tokens: tuple[Tok, ...], i: int, phrase: PhraseTrigger, lexicon: Lexicon) -> Voice:
    if phrase.voice == "active" and lexicon.passive_auxiliaries:
        before = [t.norm for t in tokens[max(0, i - 2) : i]]
        if any(w in lexicon.passive_auxiliaries for w in before):
            return "passive"
    return phrase.voice


def _fits(norm: str, word: str) -> bool:
    """A phrase word matches itself; "#" matches a number in digits ("ancaman 6 tahun")."""
    return norm == word or (word == "#" and norm.replace(".", "").replace(",", "").isdigit())


def _not_event_spans(tokens: tuple[Tok, ...], lexicon: Lexicon) -> list[tuple[int, int]]:
    """Char spans of the lexicon's `not_events` phrases ("menolak disebutkan namanya")."""
    spans = []
    for i, tok in enumerate(tokens):
        for words in lexicon.not_events_by_first_word.get(tok.norm, ()):
            if all(i + k < len(tokens) and _fits(tokens[i + k].norm, w) for k, w in enumerate(words)):
                spans.append((tok.start, tokens[i + len(words) - 1].end))
    return spans


def pattern_hits(text: str, lexicon: Lexicon, start: int = 0, end: int | None = None) -> list[TriggerMatch]:
    """The lexicon's pattern triggers in text[start:end]: run once over a whole document, they cost
    one scan per pattern instead of one per pattern and sentence."""
    found = []
    folded = text[start:end].casefold()
    for pattern in lexicon.patterns:
        if pattern.anchors and not any(a in folded for a in pattern.anchors):
            continue  # none of the words it starts with: nothing to find
        group = "cue" if "cue" in pattern.regex.groupindex else 0
        for m in pattern.regex.finditer(text, start, len(text) if end is None else end):
            found.append(
                TriggerMatch(m.start(group), m.end(group), pattern.sense, "pattern", 100, pattern.rule)
            )
    return found


def find_triggers(
    frame: Frame, text: str, lexicon: Lexicon, patterns: list[TriggerMatch] | None = None
) -> list[TriggerMatch]:
    """Every trigger of the sentence, overlaps resolved (governed ones still in: see drop_governed).
    `patterns`: the document's pattern hits (`pattern_hits`), when the caller found them at once."""
    index = lexicon.by_first_word
    tokens = frame.tokens
    found: list[TriggerMatch] = []
    for i, tok in enumerate(tokens):
        for variant in lexicon.variants(tok.norm):
            for phrase in index.get(variant, ()):
                j = _match_phrase(tokens, i, phrase, lexicon)
                if j is not None:
                    voice = _voice(tokens, i, phrase, lexicon)
                    found.append(
                        TriggerMatch(
                            tok.start, tokens[j - 1].end, phrase.sense, voice, len(phrase.words), phrase.rule
                        )
                    )
    s = frame.sentence
    if patterns is None:
        found.extend(pattern_hits(text, lexicon, s.start, s.end))
    else:
        found.extend(t for t in patterns if s.start <= t.start and t.end <= s.end)
    blocked = _not_event_spans(tokens, lexicon)
    found = [t for t in found if not any(t.start < b and a < t.end for a, b in blocked)]
    found.sort(key=lambda t: (-t.words, t.start))
    kept: list[TriggerMatch] = []
    for t in found:
        if all(t.end <= k.start or t.start >= k.end for k in kept):
            kept.append(t)
    kept.sort(key=lambda t: t.start)
    return kept


def governed_scope(trigger: TriggerMatch, frame: Frame, lexicon: Lexicon) -> tuple[int, int]:
    """Char span of a governing trigger's complement: the rest of its clause and the subordinate
    clauses ("bahwa …", "jika …", "yang …") that follow it, up to an adverbial one ("setelah …")."""
    c = frame.clause_of(trigger.start)
    end = frame.clauses[c].end
    for clause in frame.clauses[c + 1 :]:
        if clause.kind != "sub" or clause.opener in lexicon.adverbials:
            break
        end = clause.end
    return trigger.end, end


def drop_governed(triggers: list[TriggerMatch], frame: Frame, lexicon: Lexicon) -> list[TriggerMatch]:
    scopes = [(governed_scope(t, frame, lexicon), t.sense.governs) for t in triggers if t.sense.governs]
    kept = [
        t
        for t in triggers
        if not any(
            a <= t.start < b and (what == "all" or t.sense.kind == "verbal") for (a, b), what in scopes
        )
    ]
    return [t for t in kept if not _restates(t, kept, frame) and not _refused(t, frame, lexicon)]


def _refused(trigger: TriggerMatch, frame: Frame, lexicon: Lexicon) -> bool:
    """The act right after a refusal ("menolak (untuk) mencabut dekret") is not done: the refusal is
    the event."""
    i = frame.token_at(trigger.start)
    before = [t.norm for t in frame.tokens[max(0, i - 2) : i]]
    if before and before[-1] in lexicon.purpose_words:
        before = before[:-1]
    return bool(before) and before[-1] in lexicon.refusals


def _restates(trigger: TriggerMatch, triggers: list[TriggerMatch], frame: Frame) -> bool:
    """A deed noun after a verb of the same type in its clause names that verb's act again, as its
    instrument or ground ("menjerat Saipov dengan 22 dakwaan", "menyerang pos itu dengan serangan
    roket"): one event, not two."""
    if trigger.voice != "nominal" or trigger.sense.kind != "material":
        return False
    clause = frame.clause_of(trigger.start)
    return any(
        v.voice in ("active", "passive")
        and v.sense.type == trigger.sense.type
        and v.end <= trigger.start
        and frame.clause_of(v.start) == clause
        for v in triggers
    )
