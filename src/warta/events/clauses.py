"""Tokens, actor groups and clauses of one sentence: the frame the trigger and argument rules use.
The tokens are the analyse stage's (with their POS tags; a split-off clitic glued back), or a regex
tokenisation when that stage did not run.

A clause starts after , ; : ( ) or at a subordinator ("bahwa", "yang", "jika"), a source marker
("menurut") or a coordinator ("dan") that opens a new predicate. Commas and coordinators between two
actors ("Korea Selatan, Amerika Serikat dan Jepang") do not split: that is one compound.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Literal

from warta.events.lexicon import Lexicon
from warta.model import Actor, Sentence, Token

TOKEN_RE = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]", re.UNICODE)
BREAK_PUNCT = frozenset(",;:()[]—–|")
ClauseKind = Literal["main", "sub", "coord", "source"]


@dataclass(frozen=True, slots=True)
class Tok:
    start: int
    end: int
    text: str
    norm: str  # case-folded
    pos: str = ""  # the analyse stage's UPOS tag, "" on a regex token

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()


def looks_like_verb(tok: Tok, lexicon: Lexicon) -> bool:
    """A verb by the analyser's tag when it tagged this token; else by its prefix (me-, di-, ber-)."""
    if tok.pos:
        return tok.pos == "VERB"
    return len(tok.norm) > 4 and any(tok.norm.startswith(p) for p in lexicon.verb_prefixes)


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
        """Index of the token holding char, or of the first one after it (tokens are in order)."""
        return bisect_right(self.tokens, char, key=_end)

    def token_before(self, char: int) -> Tok | None:
        i = bisect_right(self.tokens, char, key=_end)
        return self.tokens[i - 1] if i else None


def _end(token: Tok) -> int:
    return token.end


def tokenize(text: str, sentence: Sentence) -> tuple[Tok, ...]:
    return tuple(
        Tok(m.start(), m.end(), m.group(), m.group().casefold())
        for m in TOKEN_RE.finditer(text, sentence.start, sentence.end)
    )


def group_actors(text: str, actors: list[Actor], lexicon: Lexicon, stop_words: frozenset[str]) -> list[Group]:
    """Join actors separated only by compound joiners (and at most two lower-case words after one,
    "Putin dan pemimpin Korea Utara Kim Jong Un") into groups. Commas alone do not make a compound
    ("Menurut TV Rusia, Kim akan …"): a comma list needs a word joiner ("X, Y dan Z")."""
    runs: list[list[tuple[Actor, str]]] = []  # (actor, how it was joined to the previous one)
    end = -1
    for actor in sorted(actors, key=lambda a: (a.start, a.end)):
        if runs:
            gap = [m.group() for m in TOKEN_RE.finditer(text[end : actor.start])]
            joiners = [w.casefold() for w in gap if w.casefold() in lexicon.compound_joiners]
            others = [
                w.casefold() for w in gap if w.casefold() not in lexicon.compound_joiners and w.islower()
            ]
            if actor.start < end or not gap:
                runs[-1].append((actor, "span"))
                end = max(end, actor.end)
                continue
            if joiners and len(others) <= 2 and not any(w in stop_words for w in others):
                runs[-1].append((actor, "word" if any(j.isalpha() for j in joiners) else "comma"))
                end = max(end, actor.end)
                continue
        runs.append([(actor, "")])
        end = actor.end
    groups: list[Group] = []
    for run in runs:
        if not any(how == "word" for _, how in run):  # split a comma-only run at its commas
            parts: list[list[Actor]] = []
            for actor, how in run:
                if how == "comma" or not parts:
                    parts.append([actor])
                else:
                    parts[-1].append(actor)
        else:
            parts = [[a for a, _ in run]]
        for part in parts:
            groups.append(Group(min(a.start for a in part), max(a.end for a in part), tuple(part)))
    return groups


def _in_group(groups: list[Group], char: int) -> bool:
    return any(g.start <= char < g.end for g in groups)


def split_clauses(
    tokens: tuple[Tok, ...], groups: list[Group], lexicon: Lexicon, trigger_starts: Collection[str]
) -> tuple[Clause, ...]:
    cuts: list[tuple[int, str, bool]] = [(0, "", False)]  # token index, opener word, after punctuation

    for i, tok in enumerate(tokens):
        if _in_group(groups, tok.start):  # a joiner inside a compound ("X, Y dan Z")
            continue
        if tok.text in BREAK_PUNCT:
            cuts.append((i + 1, "", True))
            continue
        word = tok.norm
        adverb = (
            word in lexicon.adverbials
            and i + 1 < len(tokens)
            and tokens[i + 1].norm in lexicon.demonstratives
        )
        if word in lexicon.subordinators and not adverb:
            cuts.append((i, word, False))
        elif word in lexicon.source_markers:
            # "menurut juru bicara …" after a pause or "melalui The AP"; not "melalui telepon"
            initial = i == 0 or not tokens[i - 1].is_word
            named = i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper()
            if initial or named:
                cuts.append((i, word, False))
        elif word in lexicon.coordinators and i + 1 < len(tokens):
            nxt = tokens[i + 1].norm
            after_comma = i > 0 and tokens[i - 1].text == ","
            verb_like = (
                looks_like_verb(tokens[i + 1], lexicon)
                or (nxt in lexicon.negation and nxt not in lexicon.non_subject_prepositions)
                or nxt in lexicon.hypothetical
                or nxt in lexicon.future
                or nxt in trigger_starts
            )
            if after_comma or verb_like:
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


def _glue_clitics(text: str, analysed: Sequence[Token], lexicon: Lexicon) -> tuple[Tok, ...]:
    """Frame tokens from analysed ones, a split-off clitic glued back to its word ("menyelidiki" +
    "nya"): the lexicon's words and suffix rules are written on whole words ("menolak disebutkan
    namanya"), and a verb's object clitic is part of the verb."""
    clitics = {suffix for suffix, _ in lexicon.suffixes}
    out: list[Tok] = []
    for t in analysed:
        norm = t.text.casefold()
        if out and norm in clitics and out[-1].end == t.start and out[-1].is_word:
            prev = out[-1]
            out[-1] = Tok(prev.start, t.end, text[prev.start : t.end], prev.norm + norm, prev.pos)
        else:
            out.append(Tok(t.start, t.end, t.text, norm, t.pos or ""))
    return tuple(out)


def build_frame(
    text: str,
    sentence: Sentence,
    actors: list[Actor],
    lexicon: Lexicon,
    stop_words: frozenset[str],
    analysed: Sequence[Token] = (),
) -> Frame:
    """The sentence's frame, on the analyse stage's tokens (`analysed`: the sentence's, with their POS
    tags) when it ran, else on a regex tokenisation."""
    tokens = _glue_clitics(text, analysed, lexicon) if analysed else tokenize(text, sentence)
    inside = [a for a in actors if sentence.start <= a.start and a.end <= sentence.end]
    groups = group_actors(text, inside, lexicon, stop_words)
    clauses = split_clauses(tokens, groups, lexicon, lexicon.by_first_word.keys())
    return Frame(sentence, tokens, clauses, tuple(groups))
