"""Indonesian tokenizer: offsets into the original text, one model word per token.

Decisions (documented in src/warta/data/id/models/README.md):
- Hyphenated words stay one token: names (Yung-ho), reduplications (Bangsa-Bangsa, baru-baru),
  compounds (Rusia-Ukraina, A330-900). The nlp-id corpus and NERGrit write them so.
- Numbers keep their separators (3,5 / 1.000.000 / 12.30 / 17/8/2023); initialisms (A.S., S.H., a.n.)
  and listed abbreviations (Dr., Jl., dll.) keep their periods; web names (KOMPAS.com) are one token.
- Pronoun clitics are split off as tokens of their own, as in UD Indonesian: ujarnya -> ujar + nya,
  ibuku -> ibu + ku, kubuat -> ku + buat, unless the whole word is a word (hanya, akhirnya, bertanya,
  buku). -lah/-kah/-pun stay on the word (inilah, apakah); the lemmatizer strips them.
- Curly quotes are given to the models as straight quotes; token text and offsets stay the original's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from warta.lang.id import lexicon

_TOKEN_RE = re.compile(
    r"""
    (?P<url>https?://\S+[\w/]|www\.\S+[\w/]|[\w.+-]+@\w+(?:\.\w+)+)
    |(?P<initialism>\b(?:[A-Za-z]\.){2,}(?!\w))
    |(?P<number>\d+(?:[.,:/]\d+)*)
    |(?P<web>\b\w+\.(?:com|co\.id|go\.id|or\.id|ac\.id|net|org|id|tv)\b)
    |(?P<currency>Rp(?=\d)|US\$(?=\d))
    |(?P<word>\w+(?:[-'’]\w+)*(?:\.(?!\.))?)
    |(?P<dots>\.{2,}|…|-{2,}|[!?]{2,})
    |(?P<punct>[^\w\s])
    """,
    re.VERBOSE | re.UNICODE,
)
_MODEL_CHARS = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"',
                              "‘": "'", "’": "'", "‚": "'", "‛": "'", "–": "-", "—": "-"})  # fmt: skip
_SUFFIX_CLITICS = ("nya", "ku", "mu")
_PREFIX_CLITICS = ("kau", "ku")
_PARTICLES = frozenset({"lah", "kah", "pun", "tah"})  # kaulah = kau + -lah: stays one word
_VOWEL = re.compile(r"[aiueo]", re.IGNORECASE)


def model_word(text: str) -> str:
    """The form a token is given to the models as: curly quotes and dashes straightened."""
    return text.translate(_MODEL_CHARS)


def split_clitics(word: str) -> tuple[int, ...]:
    """Lengths of the parts of an alphabetic word: (len,) or (host, clitic) / (clitic, host)."""
    lower = word.lower()
    if not lower.isalpha() or len(lower) < 4:
        return (len(word),)
    roots, whole = lexicon.root_words(), lexicon.non_clitic_words()
    if lower in roots or lower in whole:
        return (len(word),)
    for clitic in _SUFFIX_CLITICS:
        stem = lower[: -len(clitic)]
        # -nya is productive; -ku/-mu only on a host the lexicon knows (ilmu, waktu are words)
        known_host = clitic == "nya" or stem in roots or stem in lexicon.lemmas()
        # a capitalised short host is more likely a name (Sonya, Anya) than host + clitic
        shortest = 3 if word[0].isupper() else 2
        if lower.endswith(clitic) and len(stem) >= shortest and _VOWEL.search(stem) and known_host:
            return (len(stem), len(clitic))
    if word[0].islower():
        for clitic in _PREFIX_CLITICS:
            rest = lower[len(clitic) :]
            if (
                lower.startswith(clitic)
                and rest in roots
                and rest not in _PARTICLES
                and lower not in lexicon.lemmas()
            ):
                return (len(clitic), len(rest))
    return (len(word),)


def _word_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    abbreviations = lexicon.abbreviations()
    for m in _TOKEN_RE.finditer(text, start, end):
        a, b = m.span()
        kind = m.lastgroup
        if kind == "word":
            if text[b - 1] == ".":
                if text[a:b] in abbreviations or text[a:b].lower() in abbreviations:
                    yield a, b
                    continue
                yield from _split_word(text, a, b - 1)
                yield b - 1, b
                continue
            yield from _split_word(text, a, b)
        else:
            yield a, b


def _split_word(text: str, a: int, b: int) -> Iterator[tuple[int, int]]:
    for length in split_clitics(text[a:b]):
        yield a, a + length
        a += length


def token_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of every token of text[start:end]."""
    return list(_word_spans(text, start, len(text) if end is None else end))
