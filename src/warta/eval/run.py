"""Run the pipeline over gold articles and score it: the glue between the reader, `warta.extract`
and the scorer (kept apart so the scorer stays pure)."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from warta.eval.gold import GoldDocument, document_to_gold, read_gold
from warta.eval.score import EvalReport, score_documents

log = logging.getLogger(__name__)


def predict(gold: GoldDocument) -> dict[str, Any]:
    """The pipeline's output for one gold article (its text, lang and published), as a gold dict."""
    import warta

    document = warta.extract(gold.text, lang=gold.lang, published=gold.published, title=gold.title)
    return document_to_gold(dataclasses.replace(document, doc_id=gold.doc_id))


def evaluate_gold(
    path: str | Path, *, predictor: Callable[[GoldDocument], dict[str, Any]] = predict
) -> EvalReport:
    """Read a warta-gold file, run `predictor` (the pipeline by default) on each article, score it."""
    gold = read_gold(path)
    predictions = [predictor(g) for g in gold]
    return score_documents(gold, predictions)


def evaluate_predictions(gold: Sequence[GoldDocument], predictions: Sequence[dict[str, Any]]) -> EvalReport:
    return score_documents(gold, predictions)
