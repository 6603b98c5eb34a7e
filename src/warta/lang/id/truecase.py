"""Words of an all-capitals sentence ("PRESIDEN JOKO WIDODO BERTEMU PUTIN") in the case the models
were trained on ("Presiden Joko Widodo bertemu Putin"). Only what the models read changes: tokens,
offsets and mention text stay the original's.

A word takes its commonest written form in cased training text (truecase.txt, built by
scripts/train_id.py); a word not listed there is lowercase when the lexicon knows it as an Indonesian
word, kept in capitals when it looks like an acronym (three letters or fewer, or no vowel: PBB,
BMKG), and otherwise capitalised like a name.
"""

from __future__ import annotations

import functools
import re

from warta.lang.id import lexicon

_VOWEL = re.compile(r"[AIUEO]")


@functools.cache
def forms() -> dict[str, str]:
    """Lower case -> commonest written form."""
    path = lexicon.DATA_DIR / "truecase.txt"
    if not path.is_file():
        return {}
    lines = path.read_text(encoding="utf-8").splitlines()
    return {w.lower(): w for w in lines if w and not w.startswith("#")}


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
