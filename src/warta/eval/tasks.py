"""`warta eval --task ner|pos|plover`: warta scored on tagged corpora and on the PLOVER records.

NER (CoNLL-style, exact span and type): the words of each sentence are joined with single spaces,
analysed with the language's ``analyse_text``, and each predicted mention whose start and end fall on
word boundaries becomes a (first word, last word, label) span; a mention that cuts a word counts as
predicted but can never match. Gold labels are mapped to warta's by :mod:`warta.datasets` (PERSON,
PPL→PER; ORGANISATION, IND→ORG; PLACE, PLC→LOC; events and food dropped). warta's own labels are
folded onto the gold label set before scoring: GPE→LOC when the gold file has no GPE (the corpora
tag countries and cities as places), and NORP is dropped when the gold file has no NORP.

POS: a gold word counts when a predicted token has exactly its character span ("aligned");
accuracy is correct / aligned, and ``accuracy_all`` counts unaligned words as wrong. Gold tags are
UPOS (posp's Prosa tags mapped by :mod:`warta.datasets`; CoNLL-U UPOS as is).

PLOVER (../shared/data/plover/PLOVER_GSR_CAMEO.txt, English, a JSON list): ``DOCUMENT`` records
are skipped. Its type names are those of the 0.6 draft; they are mapped to the 16 current types
through the CAMEO root code each old name stood for and the two-digit headers of
CAMEO2PLOVER-2021.txt (``10: REQUEST``, ``11: ACCUSE``…):

=============  ==========  ===========================================
old name       CAMEO root  current type (from CAMEO2PLOVER-2021.txt)
=============  ==========  ===========================================
DEMAND         10          REQUEST
DISAPPROVE     11          ACCUSE (mode "disapprove")
INVESTIGATE    09          ACCUSE (mode "investigate")
FIGHT          19          ASSAULT
others         —           unchanged (already one of the 16)
=============  ==========  ===========================================

Actor codes are CAMEO's: three differ from ISO alpha-3 and are mapped (JAP→JPN, ITL→ITA,
VTN→VNM); the rest (IGO, NGO, IMG…) are kept. The records give a generic ``IGO``, so predicted
IGO codes (IGOUNO, IGOEU…) are folded to ``IGO``. Each record becomes one gold article with one
event (source → actor, target → recipient) and is scored with the warta-gold scorer: "event" is
type + source actor, "dyad" adds the target.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from warta.errors import InputError, WartaError
from warta.eval.score import PRF, score_documents

log = logging.getLogger(__name__)

Span = tuple[int, int, str]  # first word, last word (inclusive), label

# --- NER ----------------------------------------------------------------------------------------


def bio_spans(tags: Sequence[str]) -> list[Span]:
    """Entity spans of a BIO sequence (CoNLL rule: an I- without a matching open entity starts one)."""
    spans: list[Span] = []
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, name = tag.partition("-")
        continues = prefix == "I" and name == label and start >= 0
        if start >= 0 and not continues:
            spans.append((start, i - 1, label))
            start, label = -1, ""
        if prefix in ("B", "I") and not continues:
            start, label = i, name
    return spans


def score_spans(gold: Sequence[Sequence[Span]], pred: Sequence[Sequence[Span]]) -> dict[str, Any]:
    """Exact-match P/R/F1 per label and micro overall, over parallel lists of per-sentence spans."""
    per_type: dict[str, PRF] = {}
    overall = PRF()
    for g_spans, p_spans in zip(gold, pred, strict=True):
        g_set, p_set = set(g_spans), set(p_spans)
        for span in g_set:
            per_type.setdefault(span[2], PRF()).gold += 1
        for span in p_set:
            per_type.setdefault(span[2], PRF()).pred += 1
        for span in g_set & p_set:
            per_type[span[2]].tp += 1
        overall.add(PRF(tp=len(g_set & p_set), gold=len(g_set), pred=len(p_set)))
    return {
        "per_type": {k: v.to_dict() for k, v in sorted(per_type.items())},
        "overall": overall.to_dict(),
    }


def word_offsets(words: Sequence[str]) -> list[tuple[int, int]]:
    """Character spans of the words in ``" ".join(words)``."""
    spans, at = [], 0
    for word in words:
        spans.append((at, at + len(word)))
        at += len(word) + 1
    return spans


def char_to_word_span(offsets: Sequence[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """(first, last) word whose boundaries are exactly start and end; None if the span cuts a word."""
    first = next((i for i, (s, _) in enumerate(offsets) if s == start), None)
    last = next((i for i, (_, e) in enumerate(offsets) if e == end), None)
    if first is None or last is None or last < first:
        return None
    return first, last


def fold_label(label: str, gold_labels: set[str]) -> str | None:
    """A warta label on the gold file's label set (see the module docstring); None to drop it."""
    if label in gold_labels:
        return label
    if label == "GPE" and "LOC" in gold_labels:
        return "LOC"
    if label == "NORP":
        return None
    return label


def _analyser(lang: str) -> Callable[[str], Any]:
    from warta.lang import language_module

    module = language_module(lang)
    return lambda text: module.analyse_text(text, removed=())


def evaluate_ner(sentences: Sequence[Any], *, lang: str = "id") -> dict[str, Any]:
    """Score the analyser's mentions against TaggedSentence (words, BIO tags) gold."""
    analyse = _analyser(lang)
    gold_spans = [bio_spans(s.tags) for s in sentences]
    gold_labels = {label for spans in gold_spans for *_, label in spans}
    pred_spans: list[list[Span]] = []
    for sentence in sentences:
        offsets = word_offsets(sentence.words)
        spans: list[Span] = []
        for n, mention in enumerate(analyse(" ".join(sentence.words)).mentions):
            label = fold_label(mention.label, gold_labels)
            if label is None:
                continue
            words = char_to_word_span(offsets, mention.start, mention.end)
            # a span that cuts a word is kept as a prediction that cannot match
            spans.append((*words, label) if words else (-1 - n, -1, label))
        pred_spans.append(spans)
    result = score_spans(gold_spans, pred_spans)
    result["sentences"] = len(sentences)
    return result


def evaluate_pos(sentences: Sequence[Any], *, lang: str = "id") -> dict[str, Any]:
    """Token accuracy of the analyser's UPOS on words whose boundaries align with its tokens."""
    analyse = _analyser(lang)
    tokens = aligned = correct = 0
    for sentence in sentences:
        offsets = word_offsets(sentence.words)
        predicted = {(t.start, t.end): t.pos for t in analyse(" ".join(sentence.words)).tokens}
        for span, tag in zip(offsets, sentence.tags, strict=True):
            tokens += 1
            if span in predicted:
                aligned += 1
                correct += int(predicted[span] == tag)
    return {
        "sentences": len(sentences),
        "tokens": tokens,
        "aligned": aligned,
        "correct": correct,
        "accuracy": round(correct / aligned, 4) if aligned else 0.0,
        "accuracy_all": round(correct / tokens, 4) if tokens else 0.0,
    }


def evaluate_sentences(sentences: Sequence[Any], *, lang: str = "id") -> dict[str, Any]:
    """Sentence-boundary P/R/F1: the gold sentences (CoNLL-U ``# text``) joined by one space, split
    again by the analyser; a boundary is the start offset of every sentence but the first."""
    from warta.lang import language_module

    texts = [s.text or " ".join(s.words) for s in sentences]
    gold, at = set(), 0
    for text in texts:
        gold.add(at)
        at += len(text) + 1
    joined = " ".join(texts)
    predicted = {s.start for s in language_module(lang).analyse_text(joined).sentences}
    gold.discard(0)
    predicted.discard(0)
    tp = len(gold & predicted)
    p = tp / len(predicted) if predicted else 0.0
    r = tp / len(gold) if gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    overall = {"precision": p, "recall": r, "f1": f1, "tp": tp, "gold": len(gold), "pred": len(predicted)}
    return {"sentences": len(texts), "overall": overall}


def is_conllu(path: Path) -> bool:
    return path.suffix == ".conllu"


# --- PLOVER -------------------------------------------------------------------------------------

OLD_TYPE_ROOTS = {"DEMAND": "10", "DISAPPROVE": "11", "INVESTIGATE": "09", "FIGHT": "19"}
OLD_TYPE_MODES = {"DISAPPROVE": "disapprove", "INVESTIGATE": "investigate"}
CAMEO_COUNTRY_FIXES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
_HEADER_RE = re.compile(r"^(\d\d):\s*([A-Z]+)\s*$")


def read_cameo_roots(path: str | Path) -> dict[str, str]:
    """The two-digit headers of CAMEO2PLOVER-2021.txt: CAMEO root code → PLOVER type. A root listed
    twice (08: CONCEDE and RETREAT) keeps its first type."""
    roots: dict[str, str] = {}
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise InputError(str(path), f"cannot read: {err.strerror or err}") from err
    for line in lines:
        match = _HEADER_RE.match(line.strip())
        if match:
            roots.setdefault(match.group(1), match.group(2))
    if not roots:
        raise InputError(str(path), "no 'NN: TYPE' header lines: not a CAMEO2PLOVER table")
    return roots


def plover_type_map(cameo2plover: str | Path) -> dict[str, tuple[str, str | None]]:
    """Old GSR type name → (current type, mode implied by the old name)."""
    roots = read_cameo_roots(cameo2plover)
    return {
        old: (roots[root], OLD_TYPE_MODES.get(old)) for old, root in OLD_TYPE_ROOTS.items() if root in roots
    }


def _plover_actors(value: Any) -> list[dict[str, Any]]:
    if not isinstance(value, list):  # a few records hold "" (or a stray context) instead of a list
        return []
    actors = []
    for actor in value:
        if isinstance(actor, dict):
            code = actor.get("code")
            actors.append(
                {
                    "text": actor.get("actorText"),
                    "country": CAMEO_COUNTRY_FIXES.get(code, code) if code else None,
                    "sector": actor.get("sector"),
                }
            )
    return actors


def read_plover(path: str | Path, cameo2plover: str | Path | None = None) -> list[dict[str, Any]]:
    """PLOVER gold records as warta-gold dicts (one article, one event each); DOCUMENT skipped."""
    from warta.model import PLOVER_TYPES

    path = Path(path)
    table = Path(cameo2plover) if cameo2plover else path.with_name("CAMEO2PLOVER-2021.txt")
    types = plover_type_map(table)
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise InputError(str(path), f"cannot read: {err.strerror or err}") from err
    except json.JSONDecodeError as err:
        raise InputError(str(path), f"invalid JSON: {err.msg}", line=err.lineno) from err
    if not isinstance(records, list):
        raise InputError(str(path), "expected a JSON list of PLOVER records")
    documents = []
    for n, record in enumerate(records):
        if not isinstance(record, dict) or record.get("event") == "DOCUMENT":
            continue
        old = record.get("event")
        new, implied_mode = types.get(old, (old, None))
        if new not in PLOVER_TYPES or not isinstance(record.get("text"), str):
            raise InputError(str(path), f"record {n} ({record.get('id')}): unknown event type {old!r}")
        documents.append(
            {
                "doc_id": str(record.get("id") or f"plover-{n}"),
                "lang": record.get("language") or "en",
                "published": None,
                "title": None,
                "text": record["text"],
                "events": [
                    {
                        "type": new,
                        "mode": record.get("mode") or implied_mode,
                        "context": [c for c in str(record.get("context") or "").split(";") if c],
                        "actor": _plover_actors(record.get("source")),
                        "recipient": _plover_actors(record.get("target")),
                        "modality": "asserted",
                        "date": None,
                        "location": None,
                        "reported_by": [],
                        "evidence": None,
                        "old_type": old,
                    }
                ],
                "quotes": [],
                "times": [],
            }
        )
    return documents


def _fold_igo(prediction: dict[str, Any]) -> dict[str, Any]:
    for event in prediction.get("events", []):
        for role in ("actor", "recipient"):
            for actor in event.get(role, []):
                if (actor.get("country") or "").startswith("IGO"):
                    actor["country"] = "IGO"
    return prediction


def evaluate_plover(records: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Run the pipeline (English) on each record's sentence and score type + source actor."""
    import warta
    from warta.eval.gold import document_to_gold

    predictions: list[dict[str, Any]] = []
    failures: dict[str, int] = {}
    for record in records:
        try:
            document = warta.extract(record["text"], lang=record["lang"])
            prediction = document_to_gold(document)
        except WartaError as err:
            failures[str(err)] = failures.get(str(err), 0) + 1
            prediction = {"events": [], "quotes": [], "times": []}
        predictions.append(_fold_igo({**prediction, "doc_id": record["doc_id"], "text": record["text"]}))
    report = score_documents(list(records), predictions)
    predicted = sum(len(p["events"]) for p in predictions)
    notes = [f"{message} ({count} records)" for message, count in failures.items()]
    if predicted == 0:
        lang = records[0]["lang"] if records else "en"
        notes.append(f"language {lang}: no event extraction yet, 0 events predicted")
    return {
        "per_type": {t: s.event.to_dict() for t, s in sorted(report.events_by_type.items())},
        "overall": report.events.event.to_dict(),
        "dyad": report.events.dyad.to_dict(),
        "records": len(records),
        "predicted_events": predicted,
        "note": "; ".join(notes),
    }


# --- dispatch -----------------------------------------------------------------------------------


def evaluate_task(
    task: str, path: str | Path, *, limit: int | None = None, lang: str = "id"
) -> dict[str, Any]:
    """One task's result as a JSON-ready dict (``task`` and ``path`` included)."""
    from warta import datasets

    path = Path(path)
    if not path.exists():
        raise InputError(str(path), "no such file")
    if task == "plover":
        records = read_plover(path)[:limit]
        result = evaluate_plover(records)
    elif task == "ner":
        result = evaluate_ner(datasets.read_ner(path)[:limit], lang=lang)
    elif task == "pos":
        reader = datasets.read_conllu if is_conllu(path) else datasets.read_pos
        result = evaluate_pos(reader(path)[:limit], lang=lang)
    elif task == "sentences":
        if not is_conllu(path):
            raise InputError(str(path), "the sentences task reads CoNLL-U files (with '# text' lines)")
        result = evaluate_sentences(datasets.read_conllu(path)[:limit], lang=lang)
    else:
        raise WartaError(f"unknown task {task!r} (tasks: ner, pos, sentences, plover)")
    return {"task": task, "path": str(path), **result}
