"""Readers for the tagged Indonesian corpora warta trains and measures on.

Every reader returns a list of :class:`TaggedSentence` (one word per token of the corpus, one tag per
word) and raises :class:`warta.errors.DataFileError` naming the file and line of a malformed line.

NER column files (``read_ner``): one token per line, a blank line between sentences; the word is the
first column and the BIO tag the last (NERGrit and NERP: ``word<TAB>tag``; idner-news-2k:
``word POS tag``). Labels are mapped to warta's PER/ORG/LOC/GPE/NORP; anything else becomes ``O``:

=====================  ======  =====================================================
corpus label           warta   note
=====================  ======  =====================================================
PERSON, PPL, PER       PER     NERGrit, NERP, idner-news-2k
ORGANISATION, ORG      ORG
IND                    ORG     NERP "industry/institution": companies, agencies, parties
PLACE, PLC, LOC        LOC     countries and cities included: GPE is told apart later
GPE, NORP              same    passed through when a file already uses them
EVT, FNB, others       O       events, food and beverages: not warta entity types
=====================  ======  =====================================================

After mapping, an ``I-X`` that does not continue an ``X`` entity becomes ``B-X`` (the corpora have a
few such slips, and dropped types leave orphans).

POS files (``read_pos``): ``word<TAB>tag``. posp uses the Prosa tagset with a ``B-`` prefix on every
tag; the nlp-id corpus (``nlp_id/data/dataset_postag.txt``) a Penn-like tagset. Both map to Universal
POS; a few tags split by word where UD Indonesian does (``akan``/``telah``/``adalah`` are AUX):

=========================================  ==========================================
source tag                                 UPOS
=========================================  ==========================================
NNO, NN; UNS (units), $$$ (currency)       NOUN
NNP                                        PROPN
VBI, VBT, VBP, VBE, VB                     VERB
VBL (adalah/ialah -> AUX; yaitu/yakni ->    VERB
SCONJ)
ADK (akan/telah/sudah/... -> AUX)          ADV
ADV, VB of nlp-id (the same words -> AUX)  ADV, VERB
ADJ, JJ                                    ADJ
ADV                                        ADV
ART, KUA, DT                               DET
PRN, PRR, PRI, PRK, PR                     PRON
PPO, IN                                    ADP
CCN, CC                                    CCONJ
CSN, SC                                    SCONJ
NEG, PAR, RP                               PART
NUM                                        NUM
INT, UH                                    INTJ
FW                                         X
SYM                                        PUNCT (SYM for % $ + = < > @ # & * ~ ^ |)
=========================================  ==========================================

Tags that are already UPOS pass through. CoNLL-U (``read_conllu``): FORM and UPOS of each syntactic
word; multiword-token ranges (``1-2``) and empty nodes (``1.1``) are skipped; ``# text`` is kept.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from warta.errors import DataFileError

log = logging.getLogger(__name__)

UPOS = frozenset(
    [
        "ADJ",
        "ADP",
        "ADV",
        "AUX",
        "CCONJ",
        "DET",
        "INTJ",
        "NOUN",
        "NUM",
        "PART",
        "PRON",
        "PROPN",
        "PUNCT",
        "SCONJ",
        "SYM",
        "VERB",
        "X",
    ]
)
WARTA_LABELS = ("PER", "ORG", "LOC", "GPE", "NORP")

NER_LABELS: dict[str, str] = {
    "PERSON": "PER", "PPL": "PER", "PER": "PER",
    "ORGANISATION": "ORG", "ORGANIZATION": "ORG", "ORG": "ORG", "IND": "ORG",
    "PLACE": "LOC", "PLC": "LOC", "LOC": "LOC",
    "GPE": "GPE", "NORP": "NORP",
}  # fmt: skip

POS_TAGS: dict[str, str] = {
    # Prosa (posp)
    "NNO": "NOUN", "UNS": "NOUN", "$$$": "NOUN", "NNP": "PROPN",
    "VBI": "VERB", "VBT": "VERB", "VBP": "VERB", "VBE": "VERB", "VBL": "VERB",
    "ADK": "ADV", "ADJ": "ADJ", "ADV": "ADV", "ART": "DET", "KUA": "DET",
    "PRN": "PRON", "PRR": "PRON", "PRI": "PRON", "PRK": "PRON",
    "PPO": "ADP", "CCN": "CCONJ", "CSN": "SCONJ", "NEG": "PART", "PAR": "PART",
    "NUM": "NUM", "INT": "INTJ", "SYM": "PUNCT",
    # nlp-id
    "NN": "NOUN", "VB": "VERB", "JJ": "ADJ", "DT": "DET", "PR": "PRON", "IN": "ADP",
    "CC": "CCONJ", "SC": "SCONJ", "RP": "PART", "UH": "INTJ", "FW": "X",
}  # fmt: skip
AUX_WORDS = frozenset(
    ["akan", "telah", "sudah", "bakal", "adalah", "ialah", "harus", "dapat", "bisa", "boleh", "sedang"]
)
_SCONJ_WORDS = frozenset(("yaitu", "yakni"))
_SYMBOLS = frozenset("%$+=<>@#&*~^|")


@dataclass(frozen=True, slots=True)
class TaggedSentence:
    words: tuple[str, ...]
    tags: tuple[str, ...]  # one per word: UPOS for POS readers; BIO with warta labels for NER
    text: str | None = None  # the original sentence text when the format has it (CoNLL-U "# text")


def _blocks(path: str | Path) -> Iterator[list[tuple[int, list[str]]]]:
    """Blank-line separated blocks of (line number, whitespace-split fields)."""
    block: list[tuple[int, list[str]]] = []
    with open(path, encoding="utf-8") as handle:
        for number, raw in enumerate(handle, 1):
            line = raw.rstrip("\r\n")
            if not line.strip():
                if block:
                    yield block
                block = []
                continue
            fields = line.split("\t") if "\t" in line else line.split()
            block.append((number, [f.strip() for f in fields]))
    if block:
        yield block


def map_ner_tag(tag: str) -> str:
    """A corpus BIO tag ("B-PERSON") as a warta BIO tag ("B-PER"), or "O"."""
    if tag == "O":
        return "O"
    prefix, _, label = tag.partition("-")
    mapped = NER_LABELS.get(label.upper())
    return f"{prefix}-{mapped}" if mapped and prefix in ("B", "I") else "O"


def _repair_bio(tags: list[str]) -> list[str]:
    out: list[str] = []
    for tag in tags:
        if tag.startswith("I-") and (not out or out[-1] == "O" or out[-1][2:] != tag[2:]):
            tag = "B-" + tag[2:]
        out.append(tag)
    return out


def read_ner(path: str | Path) -> list[TaggedSentence]:
    """NERGrit / NERP / idner-news-2k column files, labels mapped to warta's (see module table)."""
    sentences = []
    for block in _blocks(path):
        words, tags = [], []
        for number, fields in block:
            if len(fields) < 2 or not fields[0]:
                raise DataFileError(str(path), f"expected 'word ... tag', got {fields!r}", line=number)
            tag = fields[-1]
            if tag != "O" and not (tag[:2] in ("B-", "I-") and len(tag) > 2):
                raise DataFileError(str(path), f"not a BIO tag: {tag!r}", line=number)
            words.append(fields[0])
            tags.append(map_ner_tag(tag))
        sentences.append(TaggedSentence(tuple(words), tuple(_repair_bio(tags))))
    return sentences


def map_pos_tag(word: str, tag: str) -> str | None:
    """A posp / nlp-id / UPOS tag as UPOS (None when unknown)."""
    tag = tag.upper()
    if tag.startswith("B-") and tag[2:] in POS_TAGS:
        tag = tag[2:]
    lower = word.lower()
    # posp tags these ADK/VBL, the nlp-id corpus ADV/VB (e.g. "adalah\tADV"); UD Indonesian (and
    # UD CSUI train, where each is AUX in >= 95% of uses) calls them AUX.
    if tag in ("ADK", "VBL", "ADV", "VB") and lower in AUX_WORDS:
        return "AUX"
    if tag == "VBL" and lower in _SCONJ_WORDS:
        return "SCONJ"
    if tag == "SYM":
        return "SYM" if word in _SYMBOLS else "PUNCT"
    if tag in POS_TAGS:
        return POS_TAGS[tag]
    return tag if tag in UPOS else None


def read_pos(path: str | Path, *, skip_malformed: bool = False) -> list[TaggedSentence]:
    """posp (Prosa tagset) and nlp-id corpus files, tags mapped to UPOS (see module table).

    ``skip_malformed`` drops (and logs) whole sentences with a malformed line instead of raising: the
    nlp-id corpus has 7 lines with a stray third column.
    """
    sentences = []
    skipped = 0
    for block in _blocks(path):
        try:
            sentences.append(_pos_sentence(path, block))
        except DataFileError:
            if not skip_malformed:
                raise
            skipped += 1
    if skipped:
        log.warning("%s: skipped %d sentences with malformed lines", path, skipped)
    return sentences


def _pos_sentence(path: str | Path, block: list[tuple[int, list[str]]]) -> TaggedSentence:
    words, tags = [], []
    for number, fields in block:
        if len(fields) != 2 or not fields[0]:
            raise DataFileError(str(path), f"expected 'word<TAB>tag', got {fields!r}", line=number)
        upos = map_pos_tag(fields[0], fields[1])
        if upos is None:
            raise DataFileError(str(path), f"unknown POS tag {fields[1]!r}", line=number)
        words.append(fields[0])
        tags.append(upos)
    return TaggedSentence(tuple(words), tuple(tags))


def read_conllu(path: str | Path) -> list[TaggedSentence]:
    """UD CoNLL-U: FORM + UPOS of each syntactic word, the text from "# text"."""
    sentences = []
    words: list[str] = []
    tags: list[str] = []
    text: str | None = None

    def flush() -> None:
        nonlocal words, tags, text
        if words:
            sentences.append(TaggedSentence(tuple(words), tuple(tags), text))
        words, tags, text = [], [], None

    with open(path, encoding="utf-8") as handle:
        for number, raw in enumerate(handle, 1):
            line = raw.rstrip("\r\n")
            if not line.strip():
                flush()
            elif line.startswith("#"):
                key, sep, value = line[1:].partition("=")
                if sep and key.strip() == "text":
                    text = value.strip()
            else:
                fields = line.split("\t")
                if len(fields) != 10:
                    raise DataFileError(str(path), f"expected 10 columns, got {len(fields)}", line=number)
                if "-" in fields[0] or "." in fields[0]:
                    continue
                if not fields[0].isdigit():
                    raise DataFileError(str(path), f"bad word id {fields[0]!r}", line=number)
                if fields[3] not in UPOS:
                    raise DataFileError(str(path), f"not a UPOS tag: {fields[3]!r}", line=number)
                words.append(fields[1])
                tags.append(fields[3])
    flush()
    return sentences
