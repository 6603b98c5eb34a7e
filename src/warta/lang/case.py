"""Letter case of a whole sentence, for every language: headlines and some wire copy are written in
capitals, where a capital letter no longer marks a name."""

from __future__ import annotations

from collections.abc import Sequence


def is_shouted(words: Sequence[str]) -> bool:
    """A sentence written in capitals: nearly every letter upper case, and more than two long words
    (so that "KPK dan DPR." is not one)."""
    letters = [c for w in words for c in w if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) < 0.9 * len(letters):
        return False
    return sum(len(w) >= 4 and w.isupper() for w in words) > 2
