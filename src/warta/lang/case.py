"""Letter case of a whole sentence, for every language: headlines are written in capitals or with
every word capitalised ("Jokowi Minta KPK Usut Kasus Bansos"), where a capital letter no longer
marks a name."""

from __future__ import annotations

from collections.abc import Sequence


def is_shouted(words: Sequence[str]) -> bool:
    """A sentence written in capitals: nearly every letter upper case, and more than two long words
    (so that "KPK dan DPR." is not one)."""
    if sum(len(w) >= 4 and w.isupper() for w in words) <= 2:  # the cheap test first: most sentences stop here
        return False
    letters = [c for w in words for c in w if c.isalpha()]
    return sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def case_marks_no_names(words: Sequence[str]) -> bool:
    """Whether capitals say nothing about names here: a sentence in capitals, or one of four or more
    words nearly all of which start with a capital (a Title Case headline)."""
    alphabetic = [w for w in words if len(w) > 1 and w[:1].isalpha()]
    if len(alphabetic) < 4:
        return False
    return is_shouted(words) or sum(w[:1].isupper() for w in alphabetic) >= 0.85 * len(alphabetic)
