"""The reporting cues of one language (data/<lang>/speech_verbs.yaml), loaded once and compiled."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from warta.errors import DataFileError
from warta.lang._base import abbreviation_set

KEYS: tuple[str, ...] = (
    "verbs", "clause_verbs", "inverted", "passive", "complementizers", "according_to",
    "source_markers", "source_anaphora", "pronouns", "demonstratives", "titles",
    "fronted_adverbials", "prepositions", "coordinators", "outlet_heads", "adverbs", "time_openers",
)  # fmt: skip
# Keys a language file may leave out (an empty list then): added after the English file was written.
OPTIONAL_KEYS: tuple[str, ...] = (
    "clause_markers", "as_verbs", "adjacent_complementizers", "addressee_prepositions", "name_stops",
    "nonfinite_openers", "speaker_nouns", "speaker_quantifiers", "name_particles", "sentence_openers",
    "org_nouns", "speechless_objects", "passive_that", "passive_blockers", "statement_nouns",
    "judgement_only_verbs", "small_clause_verbs", "small_clause_predicates", "evidential_verbs",
    "manner_openers", "title_chain_words",
    "plural_pronouns", "relativizers", "definite_articles", "singular_quantifiers",
    "subjectless_markers", "clitic_lookalikes", "object_nouns",
    "non_predicates", "circumstance_openers", "verb_prefixes", "copulas", "role_links", "age_words",
    "unsaid_before", "contrast_openers", "two_sense_verbs", "academic_degrees",
)  # fmt: skip
DEFAULT_LANG = "id"


@dataclass(frozen=True, slots=True)
class Lexicon:
    lang: str
    lists: dict[str, tuple[str, ...]]
    clitic: str

    def words(self, key: str) -> frozenset[str]:
        return _word_set(self.lang, key)  # built once: the rules ask for sets inside word loops

    def regex(self, key: str) -> re.Pattern[str]:
        """Whole-word, case-insensitive alternation of the entries, longest first."""
        return _compile(self.lang, key)

    @property
    def abbreviations(self) -> frozenset[str]:
        """Abbreviations whose final period ends no sentence ("Tn.", "Dr."), as written and
        lower-cased: data/<lang>/abbreviations.txt, empty when the language has none."""
        return abbreviation_set(self.lang)

    def regex_with_clitic(self, key: str) -> re.Pattern[str]:
        """As :meth:`regex`, also matching the entry with the clitic attached ("ujarnya")."""
        return _compile(self.lang, key, self.clitic)


def _data_path(lang: str):  # noqa: ANN202 - a Traversable
    return resources.files("warta") / "data" / lang / "speech_verbs.yaml"


@cache
def load_lexicon(lang: str | None) -> Lexicon:
    """The cues for ``lang``; languages without a file use Indonesian's (the project's first)."""
    path = _data_path(lang or DEFAULT_LANG)
    if not path.is_file():
        path, lang = _data_path(DEFAULT_LANG), DEFAULT_LANG
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise DataFileError(str(path), f"invalid YAML: {exc}") from exc
    missing = [k for k in KEYS if k not in raw]
    if missing:
        raise DataFileError(str(path), f"missing keys: {', '.join(missing)}")
    lists = {k: tuple(str(w).lower() for w in raw.get(k) or ()) for k in KEYS + OPTIONAL_KEYS}
    return Lexicon(lang=lang or DEFAULT_LANG, lists=lists, clitic=str(raw.get("clitic") or ""))


@cache
def _word_set(lang: str, key: str) -> frozenset[str]:
    return frozenset(load_lexicon(lang).lists[key])


@cache
def _compile(lang: str, key: str, clitic: str = "") -> re.Pattern[str]:
    entries = sorted(load_lexicon(lang).lists[key], key=len, reverse=True)
    if not entries:
        return re.compile(r"(?!x)x")  # matches nothing
    parts = [r"\s+".join(re.escape(w) for w in e.split()) for e in entries]
    suffix = f"(?:{re.escape(clitic)})?" if clitic else ""
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")" + suffix + r"(?!\w)", re.IGNORECASE)
