"""Score predictions against gold, exactly as ../shared/gold/FORMAT.md ("How predictions are scored")
says. Pure functions over gold-shaped dicts: a prediction is ``document_to_gold(extract(...))``.

Per article, predicted and gold items are matched one-to-one, greedily, best match first:

- events: compatible when the type is the same and the actor lists share a country (or both are
  empty). CONSULT and COOPERATE are symmetric: their parties are actor ∪ recipient, compatibility
  needs a shared party country (or no parties on either side), and the dyad needs the same set of
  party countries. Otherwise the dyad needs recipients sharing a country, or both empty.
  "Best" ranks candidate pairs by: dyad match, then overlap of the evidence spans (intersection over
  union), then how many of modality/date/reported_by agree; ties go to the earlier gold item.
- quotes: compatible when the content spans overlap by at least half of the shorter one; ranked by
  overlap, then speaker agreement.
- times: compatible when the spans overlap; ranked by overlap, then value agreement.

Attribute accuracies are over matched pairs. Text is compared after folding: case-folded,
punctuation turned into spaces, whitespace collapsed ("Kim Yung-ho" == "Kim Yung Ho"). Speakers
agree on the same folded ``name`` (``text`` when there is no name), or on the same surname token:
the last tokens are equal, or one name is a single token equal to the other's first or last token
("Putin" ~ "Vladimir Putin"; "Lim" ~ "Lim Soo-suk", family name first). Two absent speakers agree.
Counts are summed over articles (micro-average).
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from warta.eval.gold import GoldDocument, item_spans
from warta.model import SYMMETRIC_TYPES

log = logging.getLogger(__name__)

Item = dict[str, Any]
Span = tuple[int, int] | None


# --- counts -------------------------------------------------------------------------------------


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


@dataclass(slots=True)
class PRF:
    """Matched / gold / predicted counts, and the precision, recall and F1 they give."""

    tp: int = 0
    gold: int = 0
    pred: int = 0

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.pred)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.gold)

    @property
    def f1(self) -> float:
        return _ratio(2 * self.tp, self.gold + self.pred)

    def add(self, other: PRF) -> None:
        self.tp += other.tp
        self.gold += other.gold
        self.pred += other.pred

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "gold": self.gold,
            "pred": self.pred,
        }


@dataclass(slots=True)
class Accuracy:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        """None when there was nothing to judge (no matched pairs)."""
        return self.correct / self.total if self.total else None

    def count(self, ok: bool) -> None:
        self.total += 1
        self.correct += int(ok)

    def to_dict(self) -> dict[str, Any]:
        value = self.value
        return {
            "accuracy": round(value, 4) if value is not None else None,
            "correct": self.correct,
            "total": self.total,
        }


@dataclass(slots=True)
class EventScores:
    event: PRF = field(default_factory=PRF)
    dyad: PRF = field(default_factory=PRF)
    modality: Accuracy = field(default_factory=Accuracy)
    date: Accuracy = field(default_factory=Accuracy)
    reported_by: Accuracy = field(default_factory=Accuracy)

    def to_dict(self) -> dict[str, Any]:
        return {
            "event": self.event.to_dict(),
            "dyad": self.dyad.to_dict(),
            "modality": self.modality.to_dict(),
            "date": self.date.to_dict(),
            "reported_by": self.reported_by.to_dict(),
        }


@dataclass(slots=True)
class QuoteScores:
    span: PRF = field(default_factory=PRF)
    speaker: Accuracy = field(default_factory=Accuracy)

    def to_dict(self) -> dict[str, Any]:
        return {"span": self.span.to_dict(), "speaker": self.speaker.to_dict()}


@dataclass(slots=True)
class TimeScores:
    span: PRF = field(default_factory=PRF)
    value: Accuracy = field(default_factory=Accuracy)

    def to_dict(self) -> dict[str, Any]:
        return {"span": self.span.to_dict(), "value": self.value.to_dict()}


@dataclass(frozen=True, slots=True)
class ErrorItem:
    """A missed or spurious item, or a matched pair that disagrees on one attribute."""

    doc_id: str
    kind: str  # events | quotes | times
    problem: str  # missed | spurious | dyad | modality | date | reported_by | speaker | value
    gold: Item | None = None
    pred: Item | None = None

    @property
    def evidence(self) -> str:
        item = self.gold or self.pred or {}
        return str(item.get("evidence") or item.get("text") or "")

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "kind": self.kind,
            "problem": self.problem,
            "evidence": self.evidence,
            "gold": self.gold,
            "pred": self.pred,
        }


@dataclass(slots=True)
class EvalReport:
    documents: int = 0
    events: EventScores = field(default_factory=EventScores)
    events_by_type: dict[str, EventScores] = field(default_factory=dict)
    quotes: QuoteScores = field(default_factory=QuoteScores)
    times: TimeScores = field(default_factory=TimeScores)
    errors: list[ErrorItem] = field(default_factory=list)
    missing_predictions: list[str] = field(default_factory=list)  # gold doc_ids with no prediction

    def to_dict(self, *, errors: bool = True) -> dict[str, Any]:
        data: dict[str, Any] = {
            "documents": self.documents,
            "events": self.events.to_dict(),
            "events_by_type": {t: s.to_dict() for t, s in sorted(self.events_by_type.items())},
            "quotes": self.quotes.to_dict(),
            "times": self.times.to_dict(),
            "missing_predictions": self.missing_predictions,
        }
        if errors:
            data["errors"] = [e.to_dict() for e in self.errors]
        return data


# --- comparisons --------------------------------------------------------------------------------


def fold(value: str | None) -> str:
    """Case-folded, punctuation as spaces, whitespace collapsed: the form names are compared in."""
    if not value:
        return ""
    chars = (" " if unicodedata.category(c)[0] in "PS" else c for c in value.casefold())
    return " ".join("".join(chars).split())


def countries(actors: Iterable[Item] | None) -> set[str]:
    return {a["country"] for a in actors or () if isinstance(a, dict) and a.get("country")}


def _is_symmetric(event: Item) -> bool:
    return event.get("type") in SYMMETRIC_TYPES


def _parties(event: Item) -> list[Item]:
    return [*(event.get("actor") or []), *(event.get("recipient") or [])]


def events_match(gold: Item, pred: Item) -> bool:
    """Same type and a shared actor country, or both actor lists empty (parties, if symmetric)."""
    if gold.get("type") != pred.get("type"):
        return False
    if _is_symmetric(gold):
        g, p = _parties(gold), _parties(pred)
    else:
        g, p = gold.get("actor") or [], pred.get("actor") or []
    if not g and not p:
        return True
    return bool(countries(g) & countries(p))


def dyads_match(gold: Item, pred: Item) -> bool:
    """An event match whose recipients also agree (the same party countries, if symmetric)."""
    if not events_match(gold, pred):
        return False
    if _is_symmetric(gold):
        return countries(_parties(gold)) == countries(_parties(pred))
    # FORMAT.md: recipients agree when they share a country or neither side names one (an empty
    # list and recipients with `country: null` alike).
    g, p = countries(gold.get("recipient")), countries(pred.get("recipient"))
    if not g and not p:
        return True
    return bool(g & p)


def same_reported_by(gold: Item, pred: Item) -> bool:
    return [fold(s) for s in gold.get("reported_by") or []] == [
        fold(s) for s in pred.get("reported_by") or []
    ]


def same_modality(gold: Item, pred: Item) -> bool:
    return (gold.get("modality") or "asserted") == (pred.get("modality") or "asserted")


def same_date(gold: Item, pred: Item) -> bool:
    return gold.get("date") == pred.get("date")


def _speaker_name(speaker: Item | None) -> str:
    if not speaker:
        return ""
    return fold(speaker.get("name") or speaker.get("text"))


def same_speaker(gold: Item, pred: Item) -> bool:
    """Same folded name, or the same surname token (see the module docstring)."""
    g, p = _speaker_name(gold.get("speaker")), _speaker_name(pred.get("speaker"))
    if g == p:
        return True
    if not g or not p:
        return False
    gt, pt = g.split(), p.split()
    if gt[-1] == pt[-1]:
        return True
    short, long_ = (gt, pt) if len(gt) <= len(pt) else (pt, gt)
    return len(short) == 1 and short[0] in (long_[0], long_[-1])


def overlap(a: Span, b: Span) -> int:
    if a is None or b is None:
        return 0
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def jaccard(a: Span, b: Span) -> float:
    inter = overlap(a, b)
    if not inter or a is None or b is None:
        return 0.0
    return inter / (max(a[1], b[1]) - min(a[0], b[0]))


def quote_spans_match(a: Span, b: Span) -> bool:
    """Overlap of at least half of the shorter span."""
    if a is None or b is None:
        return False
    inter = overlap(a, b)
    return inter > 0 and 2 * inter >= min(a[1] - a[0], b[1] - b[0])


# --- matching -----------------------------------------------------------------------------------


def greedy_match(
    gold: Sequence[Item],
    pred: Sequence[Item],
    compatible: Callable[[int, int], bool],
    rank: Callable[[int, int], tuple[float, ...]],
) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, pred index), best-ranked compatible pair first; ties go to the
    earlier gold item, then the earlier prediction."""
    candidates = [(rank(i, j), i, j) for i in range(len(gold)) for j in range(len(pred)) if compatible(i, j)]
    candidates.sort(key=lambda c: (tuple(-x for x in c[0]), c[1], c[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        pairs.append((i, j))
    return sorted(pairs)


def _unmatched(
    doc_id: str, kind: str, gold: Sequence[Item], pred: Sequence[Item], pairs: list[tuple[int, int]]
) -> list[ErrorItem]:
    matched_g = {i for i, _ in pairs}
    matched_p = {j for _, j in pairs}
    errors = [ErrorItem(doc_id, kind, "missed", gold=g) for i, g in enumerate(gold) if i not in matched_g]
    errors += [ErrorItem(doc_id, kind, "spurious", pred=p) for j, p in enumerate(pred) if j not in matched_p]
    return errors


def score_events(doc_id: str, text: str, gold: list[Item], pred: list[Item], report: EvalReport) -> None:
    g_spans = item_spans(text, gold, "evidence")
    p_spans = item_spans(text, pred, "evidence")

    def attrs(g: Item, p: Item) -> int:
        return int(same_modality(g, p)) + int(same_date(g, p)) + int(same_reported_by(g, p))

    pairs = greedy_match(
        gold,
        pred,
        lambda i, j: events_match(gold[i], pred[j]),
        lambda i, j: (
            float(dyads_match(gold[i], pred[j])),
            jaccard(g_spans[i], p_spans[j]),
            float(attrs(gold[i], pred[j])),
        ),
    )
    total = report.events
    by_type = report.events_by_type
    for item in gold:
        total.event.gold += 1
        total.dyad.gold += 1
        scores = by_type.setdefault(item["type"], EventScores())
        scores.event.gold += 1
        scores.dyad.gold += 1
    for item in pred:
        total.event.pred += 1
        total.dyad.pred += 1
        scores = by_type.setdefault(item["type"], EventScores())
        scores.event.pred += 1
        scores.dyad.pred += 1
    for i, j in pairs:
        g, p = gold[i], pred[j]
        for scores in (total, by_type[g["type"]]):
            scores.event.tp += 1
            scores.dyad.tp += int(dyads_match(g, p))
            scores.modality.count(same_modality(g, p))
            scores.date.count(same_date(g, p))
            scores.reported_by.count(same_reported_by(g, p))
        checks = (
            ("dyad", dyads_match),
            ("modality", same_modality),
            ("date", same_date),
            ("reported_by", same_reported_by),
        )
        for problem, check in checks:
            if not check(g, p):
                report.errors.append(ErrorItem(doc_id, "events", problem, gold=g, pred=p))
    report.errors.extend(_unmatched(doc_id, "events", gold, pred, pairs))


def score_quotes(doc_id: str, text: str, gold: list[Item], pred: list[Item], report: EvalReport) -> None:
    g_spans = item_spans(text, gold, "text")
    p_spans = item_spans(text, pred, "text")
    pairs = greedy_match(
        gold,
        pred,
        lambda i, j: quote_spans_match(g_spans[i], p_spans[j]),
        lambda i, j: (jaccard(g_spans[i], p_spans[j]), float(same_speaker(gold[i], pred[j]))),
    )
    scores = report.quotes
    scores.span.add(PRF(tp=len(pairs), gold=len(gold), pred=len(pred)))
    for i, j in pairs:
        ok = same_speaker(gold[i], pred[j])
        scores.speaker.count(ok)
        if not ok:
            report.errors.append(ErrorItem(doc_id, "quotes", "speaker", gold=gold[i], pred=pred[j]))
    report.errors.extend(_unmatched(doc_id, "quotes", gold, pred, pairs))


def score_times(doc_id: str, text: str, gold: list[Item], pred: list[Item], report: EvalReport) -> None:
    g_spans = item_spans(text, gold, "text")
    p_spans = item_spans(text, pred, "text")
    pairs = greedy_match(
        gold,
        pred,
        lambda i, j: overlap(g_spans[i], p_spans[j]) > 0,
        lambda i, j: (jaccard(g_spans[i], p_spans[j]), float(gold[i].get("value") == pred[j].get("value"))),
    )
    scores = report.times
    scores.span.add(PRF(tp=len(pairs), gold=len(gold), pred=len(pred)))
    for i, j in pairs:
        ok = gold[i].get("value") == pred[j].get("value")
        scores.value.count(ok)
        if not ok:
            report.errors.append(ErrorItem(doc_id, "times", "value", gold=gold[i], pred=pred[j]))
    report.errors.extend(_unmatched(doc_id, "times", gold, pred, pairs))


def _as_dict(record: GoldDocument | Item) -> Item:
    return record.to_dict() if isinstance(record, GoldDocument) else record


def score_document(gold: GoldDocument | Item, pred: GoldDocument | Item | None, report: EvalReport) -> None:
    """Add one article's counts (and errors) to `report`. A missing prediction predicts nothing."""
    g = _as_dict(gold)
    p = _as_dict(pred) if pred is not None else {}
    doc_id, text = g["doc_id"], g.get("text") or ""
    report.documents += 1
    score_events(doc_id, text, list(g.get("events") or []), list(p.get("events") or []), report)
    score_quotes(doc_id, text, list(g.get("quotes") or []), list(p.get("quotes") or []), report)
    score_times(doc_id, text, list(g.get("times") or []), list(p.get("times") or []), report)


def score_documents(gold: Sequence[GoldDocument | Item], pred: Sequence[GoldDocument | Item]) -> EvalReport:
    """Score predictions (matched to gold by doc_id) against gold; micro-averaged over articles."""
    by_id = {_as_dict(p)["doc_id"]: p for p in pred}
    gold_ids = {_as_dict(g)["doc_id"] for g in gold}
    extra = sorted(set(by_id) - gold_ids)
    if extra:
        log.warning("%d predicted documents have no gold and are ignored: %s", len(extra), extra[:5])
    report = EvalReport()
    for g in gold:
        doc_id = _as_dict(g)["doc_id"]
        if doc_id not in by_id:
            report.missing_predictions.append(doc_id)
        score_document(g, by_id.get(doc_id), report)
    return report
