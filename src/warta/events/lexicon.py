"""Loads and checks the event lexicon (src/warta/data/<lang>/event_lexicon.yaml): trigger words,
phrases and patterns mapped to PLOVER types, plus the cue words the argument and modality rules use.
The knowledge is in the data file; this module only reads and validates it."""

from __future__ import annotations

import dataclasses
import functools
import re
import re._constants as _constants  # the parsed form of a pattern, to find its required words
import re._parser as _parser
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml

from warta.errors import DataFileError, UnsupportedLanguage
from warta.model import PLOVER_TYPES

Voice = Literal["active", "passive", "nominal", "pattern"]
Kind = Literal["verbal", "material"]
VOICES: tuple[Voice, ...] = ("active", "passive", "nominal")

# PLOVER draft 0.8 modes (CAMEO2PLOVER-2021.txt) and contexts (manual, section 3).
PLOVER_MODES: frozenset[str] = frozenset(
    [
        "phone",
        "visit",
        "third-party",
        "investigate",
        "disapprove",
        "allege",
        "assist",
        "change",
        "yield",
        "meet",
        "release",
        "return",
        "ease",
        "access",
        "disarm",
        "ceasefire",
        "withdraw",
        "relations",
        "restrict",
        "ban",
        "political",
        "expel",
        "violence",
        "territory",
        "demo",
        "hunger",
        "boycott",
        "obstruct",
        "riot",
        "police",
        "troops",
        "discontinue",
        "seize",
        "arrest",
        "deport",
        "curfew",
        "martial-law",
        "abduct",
        "beat",
        "sexual",
        "torture",
        "suicide-attack",
        "explosives",
        "assassinate",
        "firearms",
        "heavy-weapons",
        "massacre",
        "cleansing",
        "unconventional",
        "pro_autocracy",
    ]
)
PLOVER_CONTEXTS: frozenset[str] = frozenset(
    [
        "diplomatic",
        "military",
        "economic",
        "legal",
        "intelligence",
        "political_institutions",
        "executive",
        "rights_freedoms",
        "humanitarian",
        "peacekeeping",
        "asylum",
        "democracy",
        "crime",
        "corruption",
        "human_rights",
        "human_security",
        "cbrn",
        "pro_autocracy",
        "religion_ethnicity",
        "terrorism",
        "cyber",
        "environment",
        "health",
        "migration",
        "refugees",
    ]
)
KINDS: tuple[Kind, ...] = ("verbal", "material")


@dataclass(frozen=True, slots=True)
class Sense:
    """One PLOVER reading of a trigger."""

    id: str  # the lexicon entry's name: an event's `rule` starts with it
    type: str
    cameo: str | None
    mode: str | None
    context: tuple[str, ...]
    kind: Kind
    # what of its complement belongs to it: "all" ("sepakat untuk bertemu" is one AGREE), "speech"
    # (only speech acts: "menuduh dia menonjok" is an ACCUSE and the ASSAULT it alleges), or ""
    governs: str
    said_by_speaker: bool  # its actor is who says it (quote speaker, or the reporting clause's subject)
    implied_actor: str  # "authority": a deed only the police or courts do, so with no actor named
    # they did it ("Simpson ditangkap": by the police the article names)
    needs_recipient: bool = False  # an event only when done to an actor ("mengamankan pelaku", not
    # "mengamankan jalannya pertandingan")
    venue_recipient: bool = False  # done at its target's door: with no recipient named, the party
    # whose premises it is held at ("unjuk rasa di depan gedung DPR") is the likeliest one
    condition_is_content: bool = False  # a threat named by what would follow ("Kalau tidak, kami akan
    # ambil tindakan tegas"): made now, whatever its condition


@dataclass(frozen=True, slots=True)
class PhraseTrigger:
    words: tuple[str, ...]  # case-folded
    sense: Sense
    voice: Voice
    rule: str  # which entry made it: "coerce-arrest: ditahan", "coerce-arrest: tangkap [di]"


@dataclass(frozen=True, slots=True)
class PatternTrigger:
    regex: re.Pattern[str]
    sense: Sense
    rule: str
    # case-folded words one of which every match starts with (from the pattern's leading
    # alternation): a text that contains none is not scanned; empty = always scan
    anchors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Lexicon:
    language: str
    phrases: tuple[PhraseTrigger, ...]
    patterns: tuple[PatternTrigger, ...]
    suffixes: tuple[tuple[str, str], ...]
    window: int
    negation: frozenset[str]
    hypothetical: frozenset[str]
    future: frozenset[str]
    bare_verbs: frozenset[str]  # verbs without a prefix: a negation before one negates it
    existential: frozenset[str]  # "ada": carries a negation to the noun after it
    recipient_prepositions: frozenset[str]
    agent_prepositions: frozenset[str]
    mutual_prepositions: frozenset[str]
    location_prepositions: frozenset[str]
    non_subject_prepositions: frozenset[str]
    first_person: frozenset[str]
    determiners: frozenset[str]  # plural and quantity words before a noun: a preposition governs past them
    pronouns: frozenset[str]  # personal pronouns: they take no determiner, number or title before them
    adverbs: frozenset[str]
    passive_auxiliaries: frozenset[str]
    light_verbs: frozenset[str]
    receiving_verbs: frozenset[str]
    source_prepositions: frozenset[str]
    authorities: frozenset[str]
    object_clitics: frozenset[str]
    patient_nominal_prefixes: frozenset[str]
    purpose_words: frozenset[str]
    reflexives: frozenset[str]
    comitatives: frozenset[str]
    accusation_nouns: frozenset[str]  # "membantah tudingan …": the denial answers whoever made it
    relativizers: frozenset[str]
    crime_links: frozenset[str]
    crime_nouns: frozenset[str]
    role_copulas: frozenset[str]  # "bekerja sebagai petugas": the actor after one is a job, not an agent
    topic_prepositions: frozenset[str]  # "soal penculikan": a deed noun talked about, not done
    harm_states: frozenset[str]  # "tewas dalam serangan": the subject suffered the deed noun after
    compound_joiners: frozenset[str]
    # lemma -> the first lemma of its group in same_deeds: "ditahan" repeats "ditangkap"
    same_deeds: dict[str, str]
    subordinators: frozenset[str]
    coordinators: frozenset[str]
    conditionals: frozenset[str]
    complementizers: frozenset[str]
    adverbials: frozenset[str]  # subordinators of time, cause and concession: no verb's complement
    demonstratives: frozenset[str]  # after an adverbial they make an adverb: "saat ini", "setelah itu"
    source_markers: frozenset[str]
    carry_source: frozenset[str]
    reporting_verbs: frozenset[str]
    refusals: frozenset[str]  # "menolak mencabut": the act after one is refused, not done
    verb_prefixes: tuple[str, ...]
    context_cues: dict[str, str]  # word -> context
    not_events: tuple[tuple[str, ...], ...] = ()  # phrases whose triggers state no event
    # built once when the lexicon is parsed, for matching: the phrases and the not_events by their
    # first word, and the words that are never part of an actor group (clauses.build_frame)
    by_first_word: dict[str, tuple[PhraseTrigger, ...]] = field(default_factory=dict)
    not_events_by_first_word: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    stop_words: frozenset[str] = frozenset()

    def variants(self, word: str) -> tuple[str, ...]:
        """The forms a (case-folded) text word may stand for: itself, and itself minus a suffix."""
        return _variants(self.suffixes, word)


@functools.lru_cache(maxsize=65536)  # every token of every sentence asks: words repeat
def _variants(suffixes: tuple[tuple[str, str], ...], word: str) -> tuple[str, ...]:
    out = [word]
    for suffix, repl in suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            stem = word[: len(word) - len(suffix)] + repl
            out.append(stem)
            if not repl and len(stem) > 3 and stem[-1] == stem[-2]:  # "stopped" -> "stop"
                out.append(stem[:-1])
    return tuple(out)


def _words(path: str, data: dict[str, Any], key: str) -> frozenset[str]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DataFileError(path, f"{key!r} must be a list of strings")
    return frozenset(v.casefold() for v in value)


def _groups(path: str, data: dict[str, Any], key: str) -> dict[str, str]:
    """Each string of `key` is a group of words ("tangkap tahan amankan"): every word maps to the first."""
    out: dict[str, str] = {}
    for group in _words(path, data, key):
        words = group.split()
        for w in words:
            out[w] = words[0]
    return out


def _sense(path: str, i: int, item: Any) -> Sense:
    if not isinstance(item, dict):
        raise DataFileError(path, f"senses[{i}] must be a mapping")
    where = f"senses[{i}]"
    if item.get("type") not in PLOVER_TYPES:
        raise DataFileError(path, f"{where}: type {item.get('type')!r} is not a PLOVER type")
    mode = item.get("mode")
    if mode is not None and mode not in PLOVER_MODES:
        raise DataFileError(path, f"{where}: mode {mode!r} is not a PLOVER mode")
    context = tuple(item.get("context") or ())
    for c in context:
        if c not in PLOVER_CONTEXTS:
            raise DataFileError(path, f"{where}: context {c!r} is not a PLOVER context")
    kind = item.get("kind", "material")
    if kind not in KINDS:
        raise DataFileError(path, f"{where}: kind {kind!r} is not one of {KINDS}")
    cameo = item.get("cameo")
    if cameo is not None and not re.fullmatch(r"\d{2,4}", str(cameo)):
        raise DataFileError(path, f"{where}: cameo {cameo!r} is not a CAMEO code")
    sense_id = item.get("id") or f"{item['type'].lower()}-{i}"
    return Sense(
        str(sense_id),
        item["type"],
        str(cameo) if cameo else None,
        mode,
        context,
        kind,
        _governs(path, where, item.get("governs")),
        _flag(path, where, item, "actor", "speaker"),
        _implied(path, where, item.get("implied_actor")),
        _flag(path, where, item, "requires", "recipient"),
        _flag(path, where, item, "recipient", "venue"),
        _flag(path, where, item, "condition", "content"),
    )


def _governs(path: str, where: str, value: Any) -> str:
    if value is True or value == "all":
        return "all"
    if value in (None, False, ""):
        return ""
    if value == "speech":
        return "speech"
    raise DataFileError(path, f"{where}: governs must be true, 'all' or 'speech', not {value!r}")


def _flag(path: str, where: str, item: dict[str, Any], key: str, value: str) -> bool:
    """A sense's yes/no property written as its one allowed value ("actor: speaker")."""
    found = item.get(key)
    if found in (None, "", value):
        return found == value
    raise DataFileError(path, f"{where}: {key} must be {value!r}, not {found!r}")


def _implied(path: str, where: str, value: Any) -> str:
    if value in (None, "", "authority", "subject"):
        return value or ""
    raise DataFileError(path, f"{where}: implied_actor must be 'authority' or 'subject', not {value!r}")


def _root_entries(path: str, i: int, item: dict[str, Any]) -> list[tuple[str, tuple[str, ...]]]:
    """(root, templates) of a sense's `roots`: a plain root takes the sense's `forms`, a mapping
    ("tahan: [meN, di]") its own."""
    default = tuple(item.get("forms") or ())
    out = []
    for entry in item.get("roots") or []:
        if isinstance(entry, str):
            if not default:
                raise DataFileError(path, f"senses[{i}]: root {entry!r} needs `forms` (affix templates)")
            out.append((entry, default))
        elif isinstance(entry, dict) and len(entry) == 1:
            ((root, templates),) = entry.items()
            if not isinstance(templates, list):
                raise DataFileError(path, f"senses[{i}]: root {root!r} must map to a list of templates")
            out.append((str(root), tuple(str(t) for t in templates)))
        else:
            raise DataFileError(path, f"senses[{i}]: a root is a word or a one-key mapping, not {entry!r}")
    return out


def _derive(path: str, language: str, i: int, root: str, template: str) -> tuple[set[str], Voice]:
    if language != "id":
        raise DataFileError(path, f"senses[{i}]: roots need an affix grammar, which {language!r} lacks")
    from warta.lang.id.affixes import VOICE_OF, forms

    if template not in VOICE_OF:
        raise DataFileError(path, f"senses[{i}]: {template!r} is not an affix template ({root!r})")
    voice: Voice = VOICE_OF[template]  # type: ignore[assignment]
    return forms(root, template), voice


def parse_lexicon(data: Any, path: str) -> Lexicon:
    """Build a Lexicon from the parsed YAML, raising DataFileError on any malformed entry."""
    if not isinstance(data, dict):
        raise DataFileError(path, "the lexicon must be a mapping")
    phrases: list[PhraseTrigger] = []
    patterns: list[PatternTrigger] = []
    seen: dict[str, str] = {}  # trigger -> the sense it belongs to (its index)
    senses = [_sense(path, i, item) for i, item in enumerate(data.get("senses") or [])]
    if len({s.id for s in senses}) != len(senses):
        raise DataFileError(path, "two senses share an id")
    items = list(data.get("senses") or [])
    for i, (item, sense) in enumerate(zip(items, senses, strict=True)):
        for voice in VOICES:
            for trigger in item.get(voice) or []:
                key = " ".join(str(trigger).casefold().split())
                if key in seen:
                    raise DataFileError(path, f"trigger {key!r} appears twice (senses {seen[key]} and {i})")
                seen[key] = str(i)
                phrases.append(PhraseTrigger(tuple(key.split()), sense, voice, f"{sense.id}: {key}"))
        for pattern in item.get("patterns") or []:
            key = str(pattern).casefold()
            if key in seen:
                raise DataFileError(path, f"pattern {pattern!r} appears twice")
            seen[key] = str(i)
            try:
                regex = re.compile(pattern, re.IGNORECASE)
            except re.error as exc:
                raise DataFileError(path, f"senses[{i}]: bad pattern {pattern!r}: {exc}") from exc
            patterns.append(PatternTrigger(regex, sense, f"{sense.id}: /{pattern}/", _anchors(str(pattern))))
    # Forms derived from roots come after every written trigger: a written one wins ("tuntutan" may
    # be listed as REQUEST while "tuntut" derives COERCE forms); two roots deriving one form clash.
    derived: dict[str, str] = {}
    language = str(data.get("language", ""))
    for i, (item, sense) in enumerate(zip(items, senses, strict=True)):
        for root, templates in _root_entries(path, i, item):
            for template in templates:
                words, voice = _derive(path, language, i, root, template)
                for key in sorted(words):
                    if key in seen:
                        continue
                    if key in derived and derived[key] != str(i):
                        raise DataFileError(
                            path, f"{key!r} derives from roots of senses {derived[key]} and {i}"
                        )
                    if key in derived:
                        continue
                    derived[key] = str(i)
                    rule = f"{sense.id}: {root} [{template}]"
                    phrases.append(PhraseTrigger(tuple(key.split()), sense, voice, rule))
    tokens = data.get("tokens") or {}
    suffixes = tuple((str(a).casefold(), str(b).casefold()) for a, b in tokens.get("suffixes") or [])
    modality = data.get("modality") or {}
    args = data.get("arguments") or {}
    clauses = data.get("clauses") or {}
    cues: dict[str, str] = {}
    for context, words in (data.get("context_cues") or {}).items():
        if context not in PLOVER_CONTEXTS:
            raise DataFileError(path, f"context_cues: {context!r} is not a PLOVER context")
        for w in words:
            cues[str(w).casefold()] = context
    lexicon = Lexicon(
        language=str(data.get("language", "")),
        phrases=tuple(phrases),
        patterns=tuple(patterns),
        suffixes=suffixes,
        window=int(modality.get("window", 6)),
        negation=_words(path, modality, "negation"),
        hypothetical=_words(path, modality, "hypothetical"),
        future=_words(path, modality, "future"),
        bare_verbs=_words(path, modality, "bare_verbs"),
        existential=_words(path, modality, "existential"),
        recipient_prepositions=_words(path, args, "recipient_prepositions"),
        agent_prepositions=_words(path, args, "agent_prepositions"),
        mutual_prepositions=_words(path, args, "mutual_prepositions"),
        location_prepositions=_words(path, args, "location_prepositions"),
        non_subject_prepositions=_words(path, args, "non_subject_prepositions"),
        first_person=_words(path, args, "first_person"),
        pronouns=_words(path, args, "pronouns"),
        determiners=_words(path, args, "determiners"),
        adverbs=_words(path, args, "adverbs"),
        passive_auxiliaries=_words(path, args, "passive_auxiliaries"),
        light_verbs=_words(path, args, "light_verbs"),
        receiving_verbs=_words(path, args, "receiving_verbs"),
        source_prepositions=_words(path, args, "source_prepositions"),
        authorities=_words(path, args, "authorities"),
        object_clitics=_words(path, args, "object_clitics"),
        patient_nominal_prefixes=_words(path, args, "patient_nominal_prefixes"),
        purpose_words=_words(path, args, "purpose_words"),
        reflexives=_words(path, args, "reflexives"),
        comitatives=_words(path, args, "comitatives"),
        accusation_nouns=_words(path, args, "accusation_nouns"),
        relativizers=_words(path, args, "relativizers"),
        crime_links=_words(path, args, "crime_links"),
        crime_nouns=_words(path, args, "crime_nouns"),
        harm_states=_words(path, args, "harm_states"),
        topic_prepositions=_words(path, args, "topic_prepositions"),
        role_copulas=_words(path, args, "role_copulas"),
        compound_joiners=_words(path, args, "compound_joiners"),
        same_deeds=_groups(path, args, "same_deeds"),
        subordinators=_words(path, clauses, "subordinators"),
        coordinators=_words(path, clauses, "coordinators"),
        conditionals=_words(path, clauses, "conditionals"),
        complementizers=_words(path, clauses, "complementizers"),
        adverbials=_words(path, clauses, "adverbials"),
        demonstratives=_words(path, clauses, "demonstratives"),
        source_markers=_words(path, clauses, "source_markers"),
        carry_source=_words(path, clauses, "carry_source"),
        reporting_verbs=_words(path, clauses, "reporting_verbs"),
        refusals=_words(path, clauses, "refusals"),
        verb_prefixes=tuple(sorted(_words(path, clauses, "verb_prefixes"))),
        context_cues=cues,
        not_events=tuple(tuple(p.split()) for p in sorted(_words(path, data, "not_events"))),
        by_first_word=_by_first_word(phrases),
    )
    not_events: dict[str, list[tuple[str, ...]]] = {}
    for words in lexicon.not_events:
        not_events.setdefault(words[0], []).append(words)
    return dataclasses.replace(
        lexicon,
        not_events_by_first_word={w: tuple(ps) for w, ps in not_events.items()},
        stop_words=_stop_words(lexicon),
    )


def _stop_words(lexicon: Lexicon) -> frozenset[str]:
    """Trigger words, prepositions, clause openers and modality cues: never inside an actor group."""
    words = {w for p in lexicon.phrases for w in p.words}
    return frozenset(
        words
        | lexicon.non_subject_prepositions
        | lexicon.subordinators
        | lexicon.coordinators
        | lexicon.source_markers
        | lexicon.negation
        | lexicon.hypothetical
        | lexicon.future
    )


LEADING_ALTERNATION = re.compile(r"(?:\(\?P<cue>)?\\b\(\?:([^()]*)\)(?![?*{])")
LEADING_WORD = re.compile(r"(?:\(\?P<cue>)?\\b([a-z]{3,})")


def _anchors(pattern: str) -> tuple[str, ...]:
    """The literal starts of a pattern's leading alternatives ("\\b(?:menilai|menganggap)…" ->
    menilai, menganggap), or its leading word; else words one of which every match must contain
    (_required_words); () when none can be told."""
    m = LEADING_ALTERNATION.match(pattern)
    if m:
        starts = [re.match(r"[a-z]*", alt.casefold()).group() for alt in m.group(1).split("|")]  # type: ignore[union-attr]
        if all(len(s) >= 3 for s in starts):
            return tuple(sorted(set(starts)))
    m = LEADING_WORD.match(pattern)
    if m:
        return (m.group(1).casefold(),)
    try:
        words = _required_words(list(_parser.parse(pattern, re.IGNORECASE)))
    except (re.error, RecursionError):
        return ()
    return tuple(sorted(words)) if words else ()


MIN_ANCHOR = 3  # letters: a shorter literal is in nearly every text


def _required_words(items: list) -> set[str] | None:  # noqa: ANN401
    """Words one of which every match of the parsed pattern `items` contains: the literal run, group
    or alternation that comes first and cannot be skipped ("(?:ber)?(?:bicara|diskusi)" -> bicara,
    diskusi). None when the first such item is no literal (a class, a wildcard)."""
    for i, (op, arg) in enumerate(items):
        if op is _constants.AT:
            continue  # \b: matches no text
        if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT):
            low, _high, body = arg
            if low == 0:
                continue  # optional: a match need not contain it
            return _required_words(list(body))
        if op is _constants.LITERAL:
            run = ""
            for op2, arg2 in items[i:]:
                if op2 is not _constants.LITERAL:
                    break
                run += chr(arg2)
            return {run.casefold()} if len(run) >= MIN_ANCHOR else None
        if op is _constants.SUBPATTERN:
            return _required_words(list(arg[-1]))
        if op is _constants.BRANCH:
            out: set[str] = set()
            for branch in arg[1]:
                words = _required_words(list(branch))
                if not words:
                    return None
                out |= words
            return out
        return None
    return None


def _by_first_word(phrases: list[PhraseTrigger]) -> dict[str, tuple[PhraseTrigger, ...]]:
    out: dict[str, list[PhraseTrigger]] = {}
    for p in phrases:
        out.setdefault(p.words[0], []).append(p)
    return {word: tuple(ps) for word, ps in out.items()}


def lexicon_path(lang: str) -> Path:
    return Path(str(resources.files("warta") / "data" / lang / "event_lexicon.yaml"))


@functools.cache
def load_lexicon(lang: str) -> Lexicon:
    """The bundled lexicon for `lang` ("id" or "en"), parsed once per process."""
    path = lexicon_path(lang)
    if not path.is_file():
        raise UnsupportedLanguage(lang)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise DataFileError(str(path), f"not valid YAML: {exc}") from exc
    return parse_lexicon(data, str(path))
