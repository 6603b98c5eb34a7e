"""Headlines in the case the models were trained on. Only what the models read changes: tokens,
offsets and mention text stay the original's.

- In capitals ("PRESIDEN JOKO WIDODO BERTEMU PUTIN"): a word takes its commonest written form in
  cased training text (truecase.txt, built by scripts/train_id.py); a word not listed there is
  lowercase when the lexicon knows it as an Indonesian word, kept in capitals when it looks like an
  acronym (three letters or fewer, or no vowel: PBB, BMKG), and otherwise capitalised like a name.
- In Title Case ("Jokowi Minta KPK Usut Kasus Bansos"), told apart from a sentence full of names by
  its capitalised everyday words (minta, usut, kasus): a capitalised word whose commonest form is
  lowercase is lowercased; names and acronyms keep their form.
"""

from __future__ import annotations

import functools
import re

from warta.lang.case import is_shouted
from warta.lang.id import lexicon

_VOWEL = re.compile(r"[AIUEO]")
_SENTENCE_ENDS = frozenset({".", "!", "?", "…", '"', "'", ")"})


@functools.cache
def forms() -> dict[str, str]:
    """Lower case -> commonest written form."""
    return {w.lower(): w for w in lexicon._lines("truecase.txt")}


def truecase(word: str) -> str:
    if not word.isupper():
        return word
    lower = word.lower()
    if lower in forms():
        return forms()[lower]
    if lower in lexicon.root_words() or lower in lexicon.lemmas():
        return lower
    if sum(c.isalpha() for c in word) <= 3 or not _VOWEL.search(word):
        return word
    return word[:1] + word[1:].lower()


def _usually_lowercase(word: str) -> bool:
    return forms().get(word.lower(), "").islower()


def is_title_cased(words: list[str]) -> bool:
    """Three or more words after the first that are usually lowercase, and four in five of them
    capitalised (a long name such as "Sekolah Tinggi Kesejahteraan Sosial" in a sentence is not enough);
    two are enough when nothing ends the sentence, as in a headline ("Menlu Retno Kecam Serangan Israel")."""
    enough = 2 if words and words[-1] not in _SENTENCE_ENDS else 3
    if sum(w[:1].isupper() for w in words[1:]) < enough:  # the cheap test first: most sentences stop here
        return False
    everyday = [w for w in words[1:] if w[:1].isalpha() and _usually_lowercase(w)]
    capitalised = sum(w[:1].isupper() for w in everyday)
    return capitalised >= enough and capitalised >= 0.8 * len(everyday)


def model_words(words: list[str]) -> list[str]:
    """The words of one sentence as the models should read them."""
    if is_shouted(words):
        return [truecase(w) for w in words]
    if is_title_cased(words):
        return [
            w.lower() if w[:1].isupper() and w[1:].islower() and _usually_lowercase(w) else w for w in words
        ]
    return words
