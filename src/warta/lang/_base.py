"""Language-independent fallbacks: a regex sentence splitter and tokenizer used when a language
has no trained model yet. Offsets always point into the original text."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from importlib import resources

from warta.model import Sentence, Token


@functools.cache
def written_abbreviations(lang: str) -> tuple[str, ...]:
    """A language's abbreviations whose final period ends no sentence, as written
    (data/<lang>/abbreviations.txt; '#' lines are comments); () when it has none."""
    path = resources.files("warta") / "data" / lang / "abbreviations.txt"
    if not path.is_file():
        return ()
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


@functools.cache
def abbreviation_set(lang: str) -> frozenset[str]:
    """`written_abbreviations` as written and lower-cased, for matching words."""
    written = written_abbreviations(lang)
    return frozenset(written) | frozenset(a.lower() for a in written)


TOKEN_RE = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]", re.UNICODE)
# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before whitespace and an
# upper-case letter, digit or opening quote; or at a line break.
_BOUNDARY_RE = re.compile(r"(?<=[.!?])[\"'”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])|\n+")


def split_sentences(
    text: str, *, abbreviations: Iterable[str] = (), removed: Iterable[tuple[int, int]] = ()
) -> tuple[Sentence, ...]:
    abbrevs = {a.lower() for a in abbreviations}
    cuts = [0]
    for m in _BOUNDARY_RE.finditer(text):
        end = m.end() if m.group().startswith("\n") else m.end()
        if not m.group().startswith("\n"):
            word = re.search(r"(\S+)$", text[: m.start()])
            if word and word.group(1).lower() in abbrevs:
                continue
        cuts.append(end)
    cuts.append(len(text))
    return tuple(sentences_between(text, cuts))


def sentences_between(text: str, cuts: Iterable[int]) -> Iterator[Sentence]:
    """The sentences between consecutive sorted cut offsets, whitespace trimmed on both sides
    (offsets move inwards; the text is never edited); empty stretches are skipped."""
    ordered = sorted(cuts)
    for a, b in zip(ordered, ordered[1:], strict=False):
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            yield Sentence(a, b, text[a:b])


def tokenize(text: str, sentences: tuple[Sentence, ...]) -> tuple[Token, ...]:
    tokens = []
    for i, s in enumerate(sentences):
        for m in TOKEN_RE.finditer(text, s.start, s.end):
            tokens.append(Token(m.start(), m.end(), m.group(), sent=i))
    return tuple(tokens)
