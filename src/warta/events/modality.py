"""Modality of an event: asserted, negated, hypothetical or future.

Scope rule: a cue counts only when it stands before the trigger, in the trigger's clause, within the
lexicon's window of tokens ("tidak akan menyerang", "bisa menghasilkan kesepakatan untuk memasok").
A cue after the trigger belongs to its complement, not to the act: "menyatakan kekhawatiran tentang
potensi kesepakatan" is an asserted ACCUSE, "siap … tanpa prasyarat" an asserted AGREE. A cue inside
the trigger itself does not count: "akan ada konsekuensi" is a threat made now (asserted THREATEN).
A clause opened by a conditional ("jika …"), or following one in the same sentence, is hypothetical.
When several cues apply, negation beats hypothetical beats future.
"""

from __future__ import annotations

from warta.events.clauses import Frame
from warta.events.lexicon import Lexicon
from warta.events.triggers import TriggerMatch
from warta.model import Modality


def find_modality(frame: Frame, trigger: TriggerMatch, lexicon: Lexicon) -> Modality:
    ci = frame.clause_of(trigger.start)
    clause = frame.clauses[ci]
    before = [t for t in frame.tokens[clause.first : clause.last] if t.end <= trigger.start]
    window = {t.norm for t in before[-lexicon.window :]}
    if window & lexicon.negation:
        return "negated"
    conditional = clause.opener in lexicon.conditionals or (
        ci > 0 and clause.kind == "main" and frame.clauses[ci - 1].opener in lexicon.conditionals
    )
    if conditional or window & lexicon.hypothetical:
        return "hypothetical"
    if window & lexicon.future:
        return "future"
    return "asserted"
