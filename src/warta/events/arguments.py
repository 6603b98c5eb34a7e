"""Who did it to whom, and where: actor, recipient and location of a trigger, from the sentence frame.

- actor: the nearest actor group before the trigger in its clause that is not inside a prepositional
  phrase; with none, the subject of an earlier main clause of the sentence (a coordinated or "bahwa"
  clause shares its subject: "Lim menunjukkan …, dan mengatakan akan ada …"), or the head before a
  "yang" clause (also for the verb after the relative clause: "Sekelompok pemuda yang ditahan polisi
  melempari …"); a fronted adverbial clause ("Setelah menginterogasi Simpson, polisi …") shares the
  subject of the main clause after it. After "untuk" the subject is not the object just before it ("DPR memanggil Facebook
  untuk meminta …").
- a nominal trigger takes the actor right after it ("invasi Moskow ke Ukraina"), or both parties
  after "antara" or joined by "dan" in a meeting ("pertemuan antara Putin dan Kim", "pertemuan Jokowi dan
  Prabowo": a mutual act, no recipient, one party per name); a peN-an deed noun
  takes its patient there instead ("pemblokiran Facebook", "penangkapan Budi"; an authority after it
  still acts: "penyelidikan polisi"). Its "oleh X" agent counts only within its own phrase. It is not
  the deed of the subject of a trigger verb right before it ("Biden mengecam serangan roket"). A crime
  after "atas/karena (dugaan)" was done by the one arrested or sentenced for it ("hukuman kepada
  Sambo atas pembunuhan"); any other deed noun there by no one the clause names.
- passive ("dikenai sanksi oleh Dewan Keamanan"): the agent after "oleh" (or right after the verb,
  "diamankan petugas") is the actor, the subject the recipient.
- a deed noun after a light verb ("melakukan penembakan") takes its arguments like the verb; after a
  receiving verb ("mendapat kecaman dari X") its subject is the recipient and X the actor.
- a passive deed only authorities do (lexicon `implied_actor: authority`) with no agent was done by the
  police, prosecutor or court the sentence names, else the last one the article named before it
  (`implied_authority`).
- recipient: the first actor group after the trigger in its clause (and in a "yang" clause after it;
  for speech acts also in the "bahwa"/"tentang" complement), not a location ("di X"), not the agent.
  Parties of the actor's own country are dropped from the recipients when others remain, and words
  for the actor itself ("pihaknya", "dirinya") always.
- an active verb whose object is a deed noun with its own agent ("mengecam pengesahan RUU oleh DPR")
  has that agent as the recipient, when no other actor follows.
- an active verb with an object clitic and no recipient ("menyelidikinya") is done to the person last
  named before it (`clitic_object`).
- with no recipient in its clause, an event's counterpart is the next actor its sentence names
  (`later_party`); the events stage uses it only when no mention of the event names one.
- location: "di X" after the trigger in its clause, X an actor or a capitalised name.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from warta.events.clauses import Clause, Frame, Group, looks_like_verb
from warta.events.lexicon import Lexicon
from warta.events.triggers import TriggerMatch
from warta.model import SYMMETRIC_TYPES, Actor, Location


@dataclass(frozen=True, slots=True)
class Arguments:
    actor: tuple[Actor, ...]
    recipient: tuple[Actor, ...]
    mutual: bool = False


def _prev_word(frame: Frame, char: int, lexicon: Lexicon | None = None) -> str:
    """The word before `char`; with a lexicon, the word before its determiners ("dari para
    penonton": "dari")."""
    tok = frame.token_before(char)
    while tok is not None and lexicon is not None and tok.norm in lexicon.determiners:
        tok = frame.token_before(tok.start)
    return tok.norm if tok else ""


def _in_phrase(frame: Frame, clause: Clause, char: int, lexicon: Lexicon) -> bool:
    """Whether the actor at `char` sits in a prepositional phrase: a preposition stands before it,
    with only title-like words between ("antara Presiden Rusia Vladimir Putin")."""
    return bool(_governing_preposition(frame, clause, char, lexicon))


def _governing_preposition(frame: Frame, clause: Clause, char: int, lexicon: Lexicon) -> str:
    """The preposition whose phrase the actor at `char` stands in ("di pinggiran Paris": "di"), or ""."""
    before = [t for t in frame.tokens[clause.first : clause.last] if t.end <= char][-3:]
    i = frame.token_at(char)
    if i < len(frame.tokens) and frame.tokens[i].norm in lexicon.pronouns:
        before = before[-1:]  # "Selama 30 menit mereka …": a pronoun follows its preposition directly
    for tok in reversed(before):
        if tok.norm in lexicon.non_subject_prepositions:
            return tok.norm
        if not tok.is_word or looks_like_verb(tok, lexicon):
            return ""
    return ""


def _groups_in(frame: Frame, start: int, end: int) -> list[Group]:
    return [g for g in frame.groups if start <= g.start and g.end <= end]


def _subject_groups(frame: Frame, clause: Clause, before: int, lexicon: Lexicon) -> list[Group]:
    return [
        g for g in _groups_in(frame, clause.start, before) if not _in_phrase(frame, clause, g.start, lexicon)
    ]


def _shares_subject(frame: Frame, clause: Clause, trigger_start: int, lexicon: Lexicon) -> bool:
    """A clause with no subject of its own before the trigger (only its opener, adverbs, modal cues
    and verbs: "dan mengatakan akan ada …") shares the subject of an earlier clause."""
    skip = 1 if clause.opener else 0
    for tok in frame.tokens[clause.first + skip : clause.last]:
        if tok.end > trigger_start:
            return True
        word = tok.norm
        if (
            not tok.is_word
            or word in lexicon.adverbs
            or word in lexicon.future
            or word in lexicon.hypothetical
        ):
            continue
        if word in lexicon.negation or looks_like_verb(tok, lexicon):
            continue
        return False
    return True


def _is_object(frame: Frame, group: Group, lexicon: Lexicon) -> bool:
    before = frame.token_before(group.start)
    return before is not None and looks_like_verb(before, lexicon)


def _after_verb(frame: Frame, clause: Clause, group: Group, lexicon: Lexicon) -> bool:
    """A verb of the clause stands before the group: it is that verb's object or its complement's
    ("mendatangi kantor Kementerian Luar Negeri untuk meminta": the ministry is visited)."""
    return any(
        looks_like_verb(t, lexicon) for t in frame.tokens[clause.first : clause.last] if t.end <= group.start
    )


def find_subject(
    frame: Frame, trigger_start: int, lexicon: Lexicon, *, look_back: bool = True
) -> Group | None:
    ci = frame.clause_of(trigger_start)
    clause = frame.clauses[ci]
    here = _subject_groups(frame, clause, trigger_start, lexicon)
    objects_only = False
    if _prev_word(frame, trigger_start) in lexicon.purpose_words:
        # "memanggil Facebook untuk meminta …": the caller asks, not the one called
        subjects = [
            g
            for g in here
            if not _is_object(frame, g, lexicon) and not _after_verb(frame, clause, g, lexicon)
        ]
        objects_only, here = bool(here) and not subjects, subjects
    if (
        here
        and clause.opener == "yang"
        and ci > 0
        and all(_after_verb(frame, clause, g, lexicon) for g in here)
    ):
        # "Mustaghfirin yang tengah mendampingi Musliar segera meminta …": a group after the
        # relative clause's verb is its object; the head before "yang" is who acts (below)
        here = []
    if here:
        return here[-1]
    if clause.kind == "source" or not look_back:
        return None
    if clause.opener == "yang" and ci > 0:
        # the head noun before a relative clause is its subject, and also the subject of the main
        # verb after it ("Sekelompok pemuda yang ditahan polisi melempari mereka"): the clause
        # boundary is not marked, and with no subject of its own the verb is the head's either way
        prev = frame.clauses[ci - 1]
        heads = _groups_in(frame, prev.start, prev.end)
        return heads[-1] if heads else None
    if not objects_only and not _shares_subject(frame, clause, trigger_start, lexicon):
        return None  # (a clause with only its main verb's objects before the purpose shares it)
    for earlier in reversed(frame.clauses[:ci]):
        if earlier.kind in ("sub", "source"):
            continue
        subjects = _subject_groups(frame, earlier, earlier.end, lexicon)
        if subjects:
            return subjects[0]
    if clause.kind == "sub" and clause.opener in lexicon.adverbials and ci == 0:
        # a fronted adverbial clause with no subject shares the main clause's ("Setelah
        # menginterogasi Simpson, polisi mengatakan …": the police questioned him)
        for later in frame.clauses[1:]:
            if later.kind == "main":
                subjects = _subject_groups(frame, later, later.end, lexicon)
                return subjects[0] if subjects else None
    return None


def _group_after(
    frame: Frame, start: int, end: int, lexicon: Lexicon, *, skip: frozenset[str]
) -> Group | None:
    for g in _groups_in(frame, start, end):
        clause = frame.clauses[frame.clause_of(g.start)]
        if _prev_word(frame, g.start, lexicon) not in skip and (
            _governing_preposition(frame, clause, g.start, lexicon) not in skip
        ):
            return g
    return None


def _recipient_end(frame: Frame, trigger: TriggerMatch, lexicon: Lexicon) -> int:
    ci = frame.clause_of(trigger.start)
    end = frame.clauses[ci].end
    verbal = trigger.sense.kind == "verbal"
    for clause in frame.clauses[ci + 1 :]:
        if clause.opener == "yang" or (verbal and clause.opener in lexicon.complementizers):
            end = clause.end
            continue
        break
    return end


def _verb_between(frame: Frame, start: int, end: int, lexicon: Lexicon) -> bool:
    """A predicate stands between: a verb not inside a relative clause ("tuduhan yang diajukan oleh
    Ford" keeps Ford the accuser)."""
    for t in frame.tokens:
        if start <= t.start and t.end <= end:
            if t.norm in lexicon.relativizers:
                return False
            if looks_like_verb(t, lexicon):
                return True
    return False


def _agent(frame: Frame, trigger: TriggerMatch, end: int, lexicon: Lexicon) -> Group | None:
    for g in _groups_in(frame, trigger.end, end):
        if _prev_word(frame, g.start, lexicon) in lexicon.agent_prepositions:
            return g
    return None


def _by_country(actors: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """One actor per country (the longest mention), unknown countries kept apart; text order."""
    best: dict[object, Actor] = {}
    for a in actors:
        key: object = a.country or (a.start, a.end)
        if key not in best or (a.end - a.start) > (best[key].end - best[key].start):
            best[key] = a
    return tuple(sorted(best.values(), key=lambda a: a.start))


def _joined(frame: Frame, group: Group, lexicon: Lexicon) -> bool:
    """The group names two parties joined by "dan"/"serta" ("Jokowi dan Prabowo"), not one name run
    on into another ("Komite Sentral Partai Buruh Korea")."""
    return any(
        t.norm in lexicon.compound_joiners and t.is_word
        for t in frame.tokens
        if group.start <= t.start < group.end and not any(a.start <= t.start < a.end for a in group.actors)
    )


def _distinct(actors: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """The parties of a mutual act, one per name: two of one country both took part ("antara
    Jokowi dan Prabowo")."""
    seen: dict[str, Actor] = {}
    for a in actors:
        seen.setdefault((a.name or a.text).casefold(), a)
    return tuple(seen.values())


def _group_right_after(frame: Frame, trigger: TriggerMatch, end: int) -> Group | None:
    """An actor group that starts right after the trigger: the agent of a passive without "oleh"
    ("ponsel mereka diamankan petugas")."""
    i = frame.token_at(trigger.end)
    if i >= len(frame.tokens):
        return None
    nxt = frame.tokens[i]
    return next((g for g in frame.groups if g.start == nxt.start and g.end <= end), None)


def _nominal_voice(frame: Frame, trigger: TriggerMatch, lexicon: Lexicon) -> str:
    """How a deed noun takes its arguments from the verb before it: "melakukan penembakan" acts like
    the verb (active), "mendapat kecaman dari X" like a passive with X as the agent (received)."""
    if trigger.voice != "nominal":
        return trigger.voice
    prev = _prev_word(frame, trigger.start)
    if prev in lexicon.light_verbs:
        return "active"
    if prev in lexicon.receiving_verbs:
        return "received"
    return "nominal"


def _verb_object(frame: Frame, trigger: TriggerMatch, lexicon: Lexicon) -> bool:
    """A deed noun right after a verb that is itself a trigger is what that act is about ("Biden
    mengecam serangan roket"): the verb's subject does not do the deed. After other verbs it does
    ("Mueller memimpin penyelidikan", "memberikan dukungan"), and so with "-nya", whose owner is the
    subject ("Mueller membahas penyelidikannya")."""
    before = frame.token_before(trigger.start)
    if before is None or not looks_like_verb(before, lexicon):
        return False
    if frame_text(frame, trigger.start, trigger.end).casefold().endswith(tuple(lexicon.object_clitics)):
        return False
    return any(
        len(p.words) == 1 for v in lexicon.variants(before.norm) for p in lexicon.by_first_word.get(v, ())
    )


def _harmed_in(frame: Frame, group: Group, trigger: TriggerMatch, lexicon: Lexicon) -> bool:
    """Between the subject and the deed noun stand only a state of harm and the preposition it is
    suffered in ("tewas dalam (satu) serangan", "menjadi korban dalam serangan")."""
    between = [t for t in frame.tokens if group.end <= t.start and t.end <= trigger.start]
    words = [t.norm for t in between]
    if not words or not any(w in lexicon.harm_states for w in words):
        return False
    allowed = lexicon.harm_states | lexicon.non_subject_prepositions | lexicon.determiners | lexicon.adverbs
    return all(w in allowed or w.isdigit() or w in ("satu", "sebuah", "serangkaian") for w in words)


def _crime_link(frame: Frame, trigger: TriggerMatch, lexicon: Lexicon) -> int | None:
    """Where the preposition stands that makes a deed noun the reason for something ("ditahan atas
    dugaan pembunuhan", "banding atas vonis"); None when there is none right before it."""
    i = frame.token_at(trigger.start)
    for tok in reversed(frame.tokens[max(0, i - 3) : i]):
        if tok.norm in lexicon.crime_links:
            return tok.start
        if tok.norm not in lexicon.crime_nouns:
            return None
    return None


def _takes_patient(frame: Frame, trigger: TriggerMatch, group: Group, lexicon: Lexicon) -> bool:
    """A peN-…-an deed noun and a non-authority right after it: the one it is done to
    ("pemblokiran Facebook"), not the one who does it."""
    word = frame_text(frame, trigger.start, trigger.end).casefold()
    if trigger.sense.kind != "material" or " " in word or not word.endswith("an"):
        return False
    # derived by the peN-an template ("peracunan" from racun, "pelarangan" from larang: pe- before
    # r, l, w, y), or spelt with its nasal prefix ("pemblokiran")
    derived = trigger.rule.endswith("[peN-an]") and trigger.sense.type not in SYMMETRIC_TYPES
    if not derived and not any(word.startswith(p) for p in lexicon.patient_nominal_prefixes):
        return False
    return not _names_authority(frame, group, lexicon)


def _names_authority(frame: Frame, group: Group, lexicon: Lexicon) -> bool:
    return _is_authority(frame_text(frame, group.start, group.end), lexicon)


def _last_word(text: str, end: int) -> str:
    words = text[max(0, end - 30) : end].split()
    return words[-1].casefold() if words else ""


def _is_authority(text: str, lexicon: Lexicon) -> bool:
    """Named by a police, prosecutor or court word (`arguments.authorities`)."""
    return any(w in lexicon.authorities for w in text.casefold().split())


def _purpose_counterpart(
    frame: Frame, trigger: TriggerMatch, actor: Group | None, lexicon: Lexicon, skip: frozenset[str]
) -> Group | None:
    """In a purpose clause with no object of its own, the party its main verb went to: "DPR memanggil
    Facebook untuk meminta penjelasan", "mendatangi kantor Kementerian Luar Negeri untuk meminta
    klarifikasi" (asked of Facebook, of the ministry)."""
    purpose = frame.token_before(trigger.start)
    if purpose is None or purpose.norm not in lexicon.purpose_words:
        return None
    clause = frame.clauses[frame.clause_of(purpose.start)]
    floor = actor.end if actor is not None and actor.end <= purpose.start else clause.start
    for g in reversed(_groups_in(frame, floor, purpose.start)):
        if g.start < clause.start:
            break
        if _governing_preposition(frame, clause, g.start, lexicon) not in skip:
            return g
    return None


def find_arguments(frame: Frame, trigger: TriggerMatch, lexicon: Lexicon) -> Arguments:
    end = _recipient_end(frame, trigger, lexicon)
    voice = _nominal_voice(frame, trigger, lexicon)
    agent = _agent(frame, trigger, end, lexicon)
    if agent is not None and voice == "nominal" and _verb_between(frame, trigger.end, agent.start, lexicon):
        agent = None  # "Keluhan pengguna telah dibantah oleh Apple": Apple is the denial's agent
    if agent is None and voice == "passive":
        agent = _group_right_after(frame, trigger, end)
    actor_group: Group | None = None
    recipient_group: Group | None = None
    skip = lexicon.location_prepositions | lexicon.agent_prepositions | lexicon.source_markers
    if voice == "received":
        actor_group = agent or next(
            (
                g
                for g in _groups_in(frame, trigger.end, end)
                if _prev_word(frame, g.start, lexicon) in lexicon.source_prepositions
            ),
            None,
        )
        recipient_group = find_subject(frame, trigger.start, lexicon)
    elif voice == "passive" or (agent is not None and voice == "nominal"):
        actor_group = agent
        recipient_group = find_subject(frame, trigger.start, lexicon) if voice == "passive" else None
    else:
        if voice == "nominal":
            nxt = [t for t in frame.tokens if t.start >= trigger.end][:3]
            first = _group_after(frame, trigger.end, end, lexicon, skip=skip)
            if first is not None:
                gap = [t for t in nxt if t.end <= first.start]
                if len(gap) <= 3 and any(t.norm in lexicon.mutual_prepositions for t in gap):
                    # "pertemuan antara Presiden Jokowi dan Prabowo": a title may stand before the name
                    return Arguments(_distinct(first.actors), (), mutual=True)
                plain = len(gap) <= 1 and not any(t.norm in lexicon.non_subject_prepositions for t in gap)
                if (
                    plain
                    and trigger.sense.type in SYMMETRIC_TYPES
                    and trigger.sense.mode != "visit"  # "kunjungan Retno dan Prabowo ke Beijing": both went
                    and _joined(frame, first, lexicon)
                ):
                    # "pertemuan Presiden Jokowi dan Ketua Umum Gerindra": both met, as after "antara"
                    return Arguments(_distinct(first.actors), (), mutual=True)
                if plain and _takes_patient(frame, trigger, first, lexicon):
                    recipient_group = first
                elif plain:
                    actor_group = first
        link = _crime_link(frame, trigger, lexicon) if voice == "nominal" else None
        if actor_group is None and link is not None:
            # "menjatuhkan hukuman kepada Sambo atas pembunuhan": the one punished for it did it
            before = [
                g
                for g in _groups_in(frame, frame.clauses[frame.clause_of(trigger.start)].start, link)
                if not _names_authority(frame, g, lexicon)  # the police who hold him did not do it
            ]
            actor_group = before[-1] if before and trigger.sense.type == "ASSAULT" else None
        elif actor_group is None and not (voice == "nominal" and _verb_object(frame, trigger, lexicon)):
            # a noun needs its own actor: no look-back to earlier clauses
            actor_group = find_subject(frame, trigger.start, lexicon, look_back=voice != "nominal")
            if (
                voice == "nominal"
                and _prev_word(frame, trigger.start) in lexicon.topic_prepositions
                and not frame_text(frame, trigger.start, trigger.end)
                .casefold()
                .endswith(tuple(lexicon.object_clitics))
            ):
                # "memastikan pesan soal penculikan anak adalah hoaks": a topic, not the subject's deed
                # ("mengenai kunjungannya" is the subject's own)
                actor_group = None
            if voice == "nominal" and actor_group and _harmed_in(frame, actor_group, trigger, lexicon):
                # "17 orang cedera dalam serangan roket": the injured suffered the attack
                recipient_group, actor_group = actor_group, None
        start = actor_group.end if actor_group and trigger.end <= actor_group.start < end else trigger.end
        if recipient_group is None:
            # "mengusir diplomat AS", "memanggil duta besar Inggris": the phrase's own last words
            # begin the party it is done to
            recipient_group = next(
                (g for g in frame.groups if trigger.start < g.start < trigger.end < g.end), None
            )
        if recipient_group is None:
            recipient_group = _group_after(frame, start, end, lexicon, skip=skip)
        if recipient_group is None and voice in ("active", "pattern") and agent is not None:
            # "mengecam pengesahan RUU oleh DPR": the agent of the deed criticised is its target
            recipient_group = agent
        if recipient_group is None and voice in ("active", "pattern"):
            recipient_group = _purpose_counterpart(frame, trigger, actor_group, lexicon, skip)
    actors = _by_country(actor_group.actors) if actor_group else ()
    recipients = _by_country(recipient_group.actors) if recipient_group else ()
    own = {a.country for a in actors if a.country}
    recipients = tuple(r for r in recipients if r.text.casefold() not in lexicon.reflexives)
    others = tuple(r for r in recipients if not (r.country and r.country in own) and r not in actors)
    # a party of the actor's own country is not its counterpart, unless it is the only one
    recipients = others or tuple(r for r in recipients if r not in actors)
    return Arguments(actors, recipients)


def later_party(
    frame: Frame,
    trigger: TriggerMatch,
    actor: tuple[Actor, ...],
    lexicon: Lexicon,
    sources: Collection[tuple[int, int]] = (),
) -> tuple[Actor, ...]:
    """The first actor group after the trigger in its sentence, before any adverbial clause, not a
    location or a source ("di X", "menurut X"), not the actor or a word of its title ("dibantah Kepala
    Bagian … Divisi Humas Mabes Polri"), not a clitic ("ujarnya": the speaker), not at or after a
    quote's speaker (`sources`): the likeliest counterpart of a deed or statement whose own clause
    names none ("Pelosi menuduh …, bahwa dia …")."""
    skip = lexicon.location_prepositions | lexicon.source_markers
    title_end = max((a.end for a in actor if a.start >= trigger.end), default=-1)
    for g in frame.groups:
        if g.start < trigger.end:
            continue
        if any((a.start, a.end) in sources for a in g.actors):
            break  # ", kata seorang pejabat": the report's source, and nothing after it is the deed's
        clause = frame.clauses[frame.clause_of(g.start)]
        governor = _governing_preposition(frame, clause, g.start, lexicon)
        prev = _prev_word(frame, g.start, lexicon)
        # held at a party's premises ("di depan gedung DPR"), not in a town ("di Budapest")
        venue = (
            trigger.sense.venue_recipient
            and governor in lexicon.location_prepositions
            and prev not in lexicon.location_prepositions
        )
        if not venue and (prev in skip or governor in skip):
            continue
        if clause.opener in lexicon.adverbials:
            break  # "memprotes, setelah itu bupati datang": another event's party
        if title_end >= 0 and _name_chain(frame, title_end, g.start):
            title_end = g.end
            continue
        parties = tuple(
            a
            for a in _by_country(g.actors)
            if a not in actor
            and a.text.casefold() not in lexicon.reflexives
            and a.text.casefold() not in lexicon.object_clitics
        )
        if parties:
            return parties
    return ()


def _name_chain(frame: Frame, end: int, start: int) -> bool:
    """Only capitalised words stand between `end` and `start`: one title or name runs on."""
    between = frame.tokens[frame.token_at(end) : frame.token_at(start)]
    return all(t.text[:1].isupper() for t in between if end <= t.start and t.end <= start)


def reporting_subject(frame: Frame, trigger: TriggerMatch, lexicon: Lexicon) -> tuple[Actor, ...]:
    """Who says the embedded clause the trigger stands in: the subject of the nearest main clause
    before it ("Sri Mulyani menegaskan berita bahwa … itu adalah hoax": Sri Mulyani)."""
    ci = frame.clause_of(trigger.start)
    if frame.clauses[ci].kind != "sub":
        return ()
    for clause in reversed(frame.clauses[:ci]):
        if clause.kind in ("sub", "source"):
            continue
        subjects = _subject_groups(frame, clause, clause.end, lexicon)
        return _by_country(subjects[0].actors) if subjects else ()
    return ()


def implied_authority(
    text: str, actors: Sequence[Actor], trigger: TriggerMatch, sentence: tuple[int, int], lexicon: Lexicon
) -> Actor | None:
    """The authority (police, prosecutors, courts) the sentence names, nearest the trigger; else the
    last one named before it ("Enam orang ditangkap …, kata polisi"); else the first one the next
    sentences name (news reports the arrest, then who made it: "… ditahan. Polisi telah meminta …").
    A job named after "sebagai" describes someone ("bekerja sebagai petugas bagasi"): no authority."""
    actors = [a for a in actors if _last_word(text, a.start) not in lexicon.role_copulas]
    here = [
        a
        for a in actors
        if sentence[0] <= a.start and a.end <= sentence[1] and _is_authority(a.text, lexicon)
    ]
    if here:
        return min(here, key=lambda a: abs(a.start - trigger.start))
    for actor in reversed(actors):
        if actor.start < trigger.start and _is_authority(actor.text, lexicon):
            return actor
    return next((a for a in actors if a.start > trigger.end and _is_authority(a.text, lexicon)), None)


def find_location(frame: Frame, trigger: TriggerMatch, lexicon: Lexicon) -> Location | None:
    clause = frame.clauses[frame.clause_of(trigger.start)]
    tokens = frame.tokens
    for i, tok in enumerate(tokens):
        if (
            tok.start < trigger.end
            or tok.start >= clause.end
            or tok.norm not in lexicon.location_prepositions
        ):
            continue
        if i + 1 >= len(tokens):
            break
        nxt = tokens[i + 1]
        for g in frame.groups:
            if g.start == nxt.start:
                a = max(g.actors, key=lambda x: x.end - x.start)
                return Location(g.start, g.end, frame_text(frame, g.start, g.end), a.country)
        j = i + 1
        while j < len(tokens) and tokens[j].text[:1].isupper() and tokens[j].start < clause.end:
            j += 1
        if j > i + 1:
            start, end = tokens[i + 1].start, tokens[j - 1].end
            country = next(
                (a.country for g in frame.groups for a in g.actors if start <= a.start < end), None
            )
            return Location(start, end, frame_text(frame, start, end), country)
    return None


def frame_text(frame: Frame, start: int, end: int) -> str:
    s = frame.sentence
    return s.text[start - s.start : end - s.start]


def clitic_object(
    actors: list[Actor], trigger_text: str, before: int, actor: tuple[Actor, ...], lexicon: Lexicon
) -> Actor | None:
    """The one an object clitic stands for ("FBI menyelidikinya": the person last named before it),
    not the actor itself."""
    word = trigger_text.casefold()
    if not any(word.endswith(c) and len(word) > len(c) + 3 for c in lexicon.object_clitics):
        return None
    own = {(a.name or a.text).casefold() for a in actor}
    for candidate in reversed(actors):
        if candidate.end <= before and candidate.name and candidate.name.casefold() not in own:
            return candidate
    return None
