"""Entity mentions from the NER model, with GPE and NORP told apart by rule.

The model predicts PER, ORG and LOC. A LOC whose text is in gazetteer_gpe.txt (countries, provinces,
major cities) becomes GPE; a country or place mention right after a NORP cue word (warga, orang,
bangsa, rakyat: norp_cues.txt) becomes NORP ("warga Korea Selatan" -> NORP "Korea Selatan").
Mentions never cross a sentence boundary or touch a removed span. In cased text a mention with no
capital letter and no digit is dropped: the model also learned from NERP, a lowercased corpus, and
would otherwise tag common nouns ("gigi", "jarum") that a cased article never writes as names.
A weekday name at the end of a longer mention is cut off ("Joko Widodo Rabu" -> "Joko Widodo"),
and so are honorifics and ranks before a person's name ("Prof. Dr. H. Mahfud" -> "Mahfud",
name_titles.txt); initials after "berinisial" are a person (person_cues.txt), not "AS" the country,
there and wherever the same letters recur in the article.

The model reads one sentence at a time, so one article can call the same name a person in one
sentence and a place in the next. Labels are then made consistent across the document: a one-word
mention that is the last word of a longer PER mention ("Goldberg" after "Philip Goldberg") is PER,
and mentions with the same text take the label most of them have.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import Counter

import yaml

from warta.lang.id.lexicon import DATA_DIR
from warta.model import Mention, Sentence

_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\S+")
_LAST_WORD = re.compile(r"(?<=\S)\s+(\S+)$")  # a last word that is not the only one


def _read(name: str) -> frozenset[str]:
    path = DATA_DIR / name
    if not path.is_file():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(_key(x) for x in lines if x.strip() and not x.startswith("#"))


def _key(name: str) -> str:
    return _SPACE.sub(" ", name.strip()).casefold()


@functools.cache
def gazetteer_gpe() -> frozenset[str]:
    return _read("gazetteer_gpe.txt")


@functools.cache
def norp_cues() -> frozenset[str]:
    return _read("norp_cues.txt")


@functools.cache
def person_cues() -> frozenset[str]:
    return _read("person_cues.txt")


@functools.cache
def name_titles() -> frozenset[str]:
    return _read("name_titles.txt")


def strip_leading_titles(text: str, start: int, end: int) -> int:
    """The start of a person mention without the honorifics and ranks before the name
    ("Prof. Dr. H. Mahfud" -> "Mahfud"); end when the mention is nothing but titles."""
    for word in _WORD.finditer(text, start, end):
        if _key(word.group()) not in name_titles():
            return word.start()
    return end


@functools.cache
def weekdays() -> frozenset[str]:
    """Weekday names, from the time words file (one list of them for the whole language)."""
    path = DATA_DIR / "time_words.yaml"
    if not path.is_file():
        return frozenset()
    return frozenset(
        _key(x) for x in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("weekdays", {})
    )


def trim_trailing_weekday(text: str, start: int, end: int) -> int:
    """The end of a mention without a weekday name after it: news writes the day right after the
    speaker ("kata Joko Widodo Rabu"), and the model, reading capitalised words, takes it in."""
    while (last := _LAST_WORD.search(text, start, end)) and _key(last.group(1)) in weekdays():
        end = last.start()
    return end


def label_mention(text: str, start: int, end: int, label: str) -> str:
    """The final label of a model mention text[start:end] (PER/ORG/LOC in, PER/ORG/LOC/GPE/NORP out)."""
    before = text[max(0, start - 40) : start].split()
    if before and before[-1].casefold() in person_cues():
        return "PER"
    if label != "LOC" and label != "GPE":
        return label
    if before and before[-1].casefold() in norp_cues():
        return "NORP"
    return "GPE" if _key(text[start:end]) in gazetteer_gpe() else "LOC"


def is_cased(text: str) -> bool:
    """True unless the text is (nearly) all lowercase, like NERP or a lowercased social-media post."""
    letters = sum(c.isalpha() for c in text)
    return letters > 0 and sum(c.isupper() for c in text) / letters >= 0.01


def _looks_like_name(span: str) -> bool:
    return any(c.isupper() or c.isdigit() for c in span)


def build_mentions(
    text: str, entities: list[tuple[int, int, str]], sentences: tuple[Sentence, ...]
) -> tuple[Mention, ...]:
    """Mentions from (start, end, model label) character spans, clipped to their sentence."""
    mentions = []
    cased = is_cased(text)
    for start, end, label in entities:
        sentence = next((s for s in sentences if s.start <= start < s.end), None)
        if sentence is None:
            continue
        end = min(end, sentence.end)
        while end > start and text[end - 1] in " ,.;:":
            end -= 1
        end = trim_trailing_weekday(text, start, end)
        if _key(text[start:end]) in weekdays():
            continue  # "bentrokan Ahad dengan pemerintah": a day, not a name
        after_titles = strip_leading_titles(text, start, end)
        if label == "PER" or after_titles == end:  # a person without titles; a title alone is no name
            start = after_titles
        if end > start and (not cased or _looks_like_name(text[start:end])):
            mentions.append(Mention(start, end, text[start:end], label_mention(text, start, end, label)))
    return harmonise_labels(_with_initials_named_again(text, mentions, sentences))


_INITIALS_WORD = re.compile(r"\b[A-Z]{1,4}\b")
# after a person cue: initials, each with an optional age, listed with commas or "dan"
_INITIALS_LIST = re.compile(r"\s+((?:[A-Z]{1,4}(?:\s*\(\d+\))?(?:\s*,\s*|\s+dan\s+|\s*,\s*dan\s+)?)+)")


def _with_initials_named_again(
    text: str, mentions: list[Mention], sentences: tuple[Sentence, ...]
) -> list[Mention]:
    """Initials a person cue introduces ("tersangka berinisial RH", "berinisial AS (24), MR dan DF")
    name persons there and wherever they recur in the article ("Prasetyo meminta RH segera
    menyerahkan diri"): the model, seeing two capitals alone, mostly finds no name, or a country in "AS"."""
    initials: set[str] = set()
    for cue in _WORD.finditer(text):
        if _key(cue.group()) in person_cues() and (listed := _INITIALS_LIST.match(text, cue.end())):
            initials.update(_INITIALS_WORD.findall(listed.group(1)))
    if not initials:
        return mentions
    # the same letters the model read as a place are the person too ("AS mengaku menyesal")
    mentions = [dataclasses.replace(m, label="PER") if m.text in initials else m for m in mentions]
    taken = [(m.start, m.end) for m in mentions]
    added = [
        Mention(w.start(), w.end(), w.group(), "PER")
        for w in _INITIALS_WORD.finditer(text)
        if w.group() in initials
        and not any(a < w.end() and w.start() < b for a, b in taken)
        and any(s.start <= w.start() and w.end() <= s.end for s in sentences)
    ]
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))


def harmonise_labels(mentions: list[Mention]) -> tuple[Mention, ...]:
    """One label per name within a document (see the module docstring). NORP depends on the cue word
    before the mention, not on the name, so NORP mentions neither vote nor change."""
    surnames = {m.text.split()[-1] for m in mentions if m.label == "PER" and len(m.text.split()) > 1}
    votes: dict[str, Counter[str]] = {}
    for m in mentions:
        if m.label != "NORP":
            votes.setdefault(m.text, Counter())[m.label] += 1
    out = []
    for m in mentions:
        label = m.label
        if label != "NORP":
            if label != "PER" and m.text in surnames and _key(m.text) not in gazetteer_gpe():
                label = "PER"
            else:
                (top, n), *rest = votes[m.text].most_common()
                if top != label and (not rest or rest[0][1] < n):
                    label = top
        out.append(m if label == m.label else dataclasses.replace(m, label=label))
    return tuple(out)
