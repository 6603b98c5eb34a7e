"""Indonesian word lists the tokenizer and lemmatizer read (plain files in src/warta/data/id/).

Loaded lazily once per process. A missing file is an empty list (the analyser then splits fewer
clitics and lemmatises less, and logs a warning), so the product runs without them.
"""

from __future__ import annotations

import functools
import logging
from importlib import resources
from pathlib import Path

from warta.lang._base import abbreviation_set

log = logging.getLogger(__name__)

DATA_DIR = Path(str(resources.files("warta") / "data" / "id"))


def _lines(name: str) -> list[str]:
    path = DATA_DIR / name
    if not path.is_file():
        log.warning("%s is missing: Indonesian analysis runs with less knowledge", path)
        return []
    out = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if line and not line.startswith("#"):
                out.append(line)
    return out


@functools.cache
def abbreviations() -> frozenset[str]:
    """Abbreviations that end with a period which does not end the sentence (as written, with '.',
    and lower-cased)."""
    return abbreviation_set("id")


@functools.cache
def root_words() -> frozenset[str]:
    """Indonesian root words (lower case): words that are never split into host + clitic."""
    return frozenset(_lines("root_words.txt"))


@functools.cache
def non_clitic_words() -> frozenset[str]:
    """Words ending in -nya/-ku/-mu/-lah/-kah that are whole words (akhirnya, misalnya, bertanya)."""
    return frozenset(_lines("non_clitic_words.txt"))


@functools.cache
def lemmas() -> dict[str, str]:
    """Inflected form (lower case) -> root, for the words seen in the training corpora."""
    table: dict[str, str] = {}
    for line in _lines("lemmas.tsv"):
        form, _, lemma = line.partition("\t")
        if lemma:
            table[form] = lemma
    return table
