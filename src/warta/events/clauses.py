"""Tokens, actor groups and clauses of one sentence: the frame the trigger and argument rules use.

A clause starts after , ; : ( ) or at a subordinator ("bahwa", "yang", "jika"), a source marker
("menurut") or a coordinator ("dan") that opens a new predicate. Commas and coordinators between two
actors ("Korea Selatan, Amerika Serikat dan Jepang") do not split: that is one compound.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from warta.events.lexicon import Lexicon
from warta.model import Actor, Sentence

TOKEN_RE = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]", re.UNICODE)
BREAK_PUNCT = frozenset(",;:()[]—–|")
ClauseKind = Literal["main", "sub", "coord", "source"]


@dataclass(frozen=True, slots=True)
class Tok:
    start: int
    end: int
    text: str
    norm: str  # case-folded

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()


@dataclass(frozen=True, slots=True)
class Group:
    """Adjacent actors forming one argument ("Rusia dan Korea Utara"); actors on one span stay apart."""

    start: int
    end: int
    actors: tuple[Actor, ...]


@dataclass(frozen=True, slots=True)
class Clause:
    first: int  # token indices, end exclusive
    last: int
    start: int  # char offsets
    end: int
    kind: ClauseKind
    opener: str  # the word that opened it, "" after punctuation or at the sentence start


@dataclass(frozen=True, slots=True)
class Frame:
    sentence: Sentence
    tokens: tuple[Tok, ...]
    clauses: tuple[Clause, ...]
    groups: tuple[Group, ...]

    def clause_of(self, char: int) -> int:
        for i, c in enumerate(self.clauses):
            if c.start <= char < c.end:
                return i
        return len(self.clauses) - 1

    def token_at(self, char: int) -> int:
        for i, t in enumerate(self.tokens):
            if t.start <= char < t.end or char < t.start:
                return i
        return len(self.tokens)

    def token_before(self, char: int) -> Tok | None:
        before = [t for t in self.tokens if t.end <= char]
        return before[-1] if before else None


def tokenize(text: str, sentence: Sentence) -> tuple[Tok, ...]:
    return tuple(
        Tok(m.start(), m.end(), m.group(), m.group().casefold())
        for m in TOKEN_RE.finditer(text, sentence.start, sentence.end)
    )


def group_actors(text: str, actors: list[Actor], lexicon: Lexicon, stop_words: frozenset[str]) -> list[Group]:
    """Join actors separated only by compound joiners (and at most two other plain words after one,
    "Putin dan pemimpin Korea Utara Kim Jong Un") into groups."""
    groups: list[Group] = []
    for actor in sorted(actors, key=lambda a: (a.start, a.end)):
        if groups:
            g = groups[-1]
            gap = [m.group().casefold() for m in TOKEN_RE.finditer(text[g.end : actor.start])]
            joiners = [w for w in gap if w in lexicon.compound_joiners]
            others = [w for w in gap if w not in lexicon.compound_joiners]
            joinable = (
                actor.start < g.end
                or not gap
                or (joiners and len(others) <= 2 and not any(w in stop_words for w in others))
            )
            if joinable:
                groups[-1] = Group(g.start, max(g.end, actor.end), (*g.actors, actor))
                continue
        groups.append(Group(actor.start, actor.end, (actor,)))
    return groups


def _in_group(groups: list[Group], char: int) -> bool:
    return any(g.start <= char < g.end for g in groups)


def split_clauses(
    tokens: tuple[Tok, ...], groups: list[Group], lexicon: Lexicon, trigger_starts: frozenset[str]
) -> tuple[Clause, ...]:
    cuts: list[tuple[int, str, bool]] = [(0, "", False)]  # token index, opener word, after punctuation

    def between_actors(i: int, j: int) -> bool:
        return (
            i > 0
            and j < len(tokens)
            and _in_group(groups, tokens[i - 1].start)
            and _in_group(groups, tokens[j].start)
        )

    for i, tok in enumerate(tokens):
        if tok.text in BREAK_PUNCT and not _in_group(groups, tok.start):
            if tok.text == "," and between_actors(i, i + 1):
                continue
            cuts.append((i + 1, "", True))
            continue
        word = tok.norm
        if word in lexicon.subordinators or word in lexicon.source_markers:
            cuts.append((i, word, False))
        elif word in lexicon.coordinators and i + 1 < len(tokens):
            nxt = tokens[i + 1].norm
            after_comma = i > 0 and tokens[i - 1].text == ","
            verb_like = (
                any(nxt.startswith(p) for p in lexicon.verb_prefixes)
                or nxt in lexicon.negation
                or nxt in lexicon.hypothetical
                or nxt in lexicon.future
                or nxt in trigger_starts
            )
            if (after_comma or verb_like) and not between_actors(i, i + 1):
                cuts.append((i, word, False))
    clauses: list[Clause] = []
    openers: dict[int, str] = {}
    for idx, opener, _punct in cuts:
        if opener or idx not in openers:
            openers[idx] = opener
    starts = sorted(k for k in openers if k < len(tokens))
    for n, first in enumerate(starts):
        last = starts[n + 1] if n + 1 < len(starts) else len(tokens)
        if first >= last:
            continue
        opener = openers[first] or tokens[first].norm
        if opener in lexicon.source_markers:
            kind: ClauseKind = "source"
        elif opener in lexicon.subordinators:
            kind = "sub"
        elif opener in lexicon.coordinators:
            kind = "coord"
        else:
            kind, opener = "main", ""
        clauses.append(Clause(first, last, tokens[first].start, tokens[last - 1].end, kind, opener))
    if not clauses and tokens:
        clauses.append(Clause(0, len(tokens), tokens[0].start, tokens[-1].end, "main", ""))
    return tuple(clauses)


def build_frame(
    text: str, sentence: Sentence, actors: list[Actor], lexicon: Lexicon, stop_words: frozenset[str]
) -> Frame:
    tokens = tokenize(text, sentence)
    inside = [a for a in actors if sentence.start <= a.start and a.end <= sentence.end]
    groups = group_actors(text, inside, lexicon, stop_words)
    trigger_starts = frozenset(p.words[0] for p in lexicon.phrases)
    clauses = split_clauses(tokens, groups, lexicon, trigger_starts)
    return Frame(sentence, tokens, clauses, tuple(groups))
