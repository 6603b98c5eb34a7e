"""Modality of an event: asserted, negated, hypothetical or future.

Scope rule: a cue counts only when it stands before the trigger, in the trigger's clause, within the
lexicon's window of tokens ("tidak akan menyerang", "bisa menghasilkan kesepakatan untuk memasok").
A cue after the trigger belongs to its complement, not to the act: "menyatakan kekhawatiran tentang
potensi kesepakatan" is an asserted ACCUSE, "siap … tanpa prasyarat" an asserted AGREE. A cue inside
the trigger itself does not count: "akan ada konsekuensi" is a threat made now (asserted THREATEN).
A clause opened by a conditional ("jika …"), or following one in the same sentence, is hypothetical,
except a threat named by what would follow (lexicon `condition: content`): that one is made now.
When several cues apply, negation beats hypothetical beats future. A negation cue followed by another
verb negates that verb ("tak terima ponsel mereka diamankan": the seizure is asserted).
"""

from __future__ import annotations

from warta.events.clauses import Clause, Frame, looks_like_verb
from warta.events.lexicon import Lexicon
from warta.events.triggers import TriggerMatch
from warta.model import Modality


def _negates(near: list, lexicon: Lexicon) -> bool:
    """A negation cue negates the trigger unless another verb stands between them: "tidak akan
    memblokir" is negated, "tak terima ponsel mereka diamankan" negates "terima", not the seizure;
    the existential "ada" carries it on ("tidak ada pembahasan")."""
    for i in range(len(near) - 1, -1, -1):
        if near[i].norm in lexicon.negation:
            between = near[i + 1 :]
            return not any(
                looks_like_verb(t, lexicon) and t.norm not in lexicon.adverbs and t.norm not in lexicon.future
                and t.norm not in lexicon.existential
                and t.norm not in lexicon.hypothetical and t.norm not in lexicon.light_verbs
                for t in between
            ) and not any(t.norm in lexicon.bare_verbs for t in between)  # fmt: skip
    return False


def _reports(frame: Frame, clause: Clause, lexicon: Lexicon) -> bool:
    """ "menegaskan kalau ia tidak segan …": after a reporting verb "kalau" means "that", no condition."""
    before = frame.tokens[clause.first - 1] if clause.first > 0 else None
    return before is not None and before.norm in lexicon.reporting_verbs


def _after_condition(frame: Frame, ci: int, lexicon: Lexicon) -> bool:
    """A main clause after a conditional one, and the clauses coordinated with it ("Kalau X melanggar,
    menteri akan menutupnya dan mengancam pemiliknya"), are what would follow: hypothetical."""
    if frame.clauses[ci].kind not in ("main", "coord"):
        return False
    for c in range(ci - 1, -1, -1):
        clause = frame.clauses[c]
        if clause.opener in lexicon.conditionals:
            return not _reports(frame, clause, lexicon)
        if clause.kind not in ("main", "coord"):
            return False
    return False


def find_modality(frame: Frame, trigger: TriggerMatch, lexicon: Lexicon) -> Modality:
    ci = frame.clause_of(trigger.start)
    clause = frame.clauses[ci]
    reported = clause.opener in lexicon.conditionals and _reports(frame, clause, lexicon)
    first = clause.first + 1 if reported else clause.first  # that "kalau" is no cue
    before = [t for t in frame.tokens[first : clause.last] if t.end <= trigger.start]
    near = before[-lexicon.window :]
    window = {t.norm for t in near}
    if _negates(near, lexicon):
        return "negated"
    conditional = (clause.opener in lexicon.conditionals and not reported) or _after_condition(
        frame, ci, lexicon
    )
    if conditional and trigger.sense.condition_is_content:
        conditional = False  # "Kalau tidak, kami akan ambil tindakan tegas": the threat is made now
    if conditional or window & lexicon.hypothetical:
        return "hypothetical"
    if window & lexicon.future or _purpose_of_future(before, lexicon):
        return "future"
    return "asserted"


def _purpose_of_future(before: list, lexicon: Lexicon) -> bool:
    """ "akan memanggil Menteri … untuk meminta penjelasan": a purpose is as future as the act it is
    the purpose of (the cue before that act's verb, in the same clause)."""
    if not before or before[-1].norm not in lexicon.purpose_words:
        return False
    verbs = [i for i, t in enumerate(before[:-1]) if looks_like_verb(t, lexicon)]
    if not verbs:
        return False
    governing = before[max(0, verbs[-1] - lexicon.window) : verbs[-1]]
    return bool({t.norm for t in governing} & lexicon.future)
