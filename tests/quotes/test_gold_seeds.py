"""The stage scored on the dev gold (../shared/gold/dev/seeds.jsonl) end to end, the way
FORMAT.md scores quotes (span overlap >= half the shorter; speaker by name or surname token).

Measured when written (pipeline with the actors stage): span P/R/F1 1.00/1.00/1.00, speaker
accuracy 0.96 (25/26). The floors leave room for changes in other stages; the gold is two
articles, so these numbers say the rules work on them, not that they generalise."""

from __future__ import annotations

import pytest

import warta
from warta.eval.gold import document_to_gold, read_gold
from warta.eval.score import score_documents
from warta.model import offset_errors

SPAN_F1_FLOOR = 0.90
SPEAKER_FLOOR = 0.85


@pytest.mark.shared
def test_gold_seeds_quote_scores(shared_dir) -> None:
    gold = read_gold(shared_dir / "gold" / "dev" / "seeds.jsonl")
    preds = []
    for g in gold:
        document = warta.extract(g.text, lang=g.lang, published=g.published)
        assert offset_errors(document) == []
        pred = document_to_gold(document)
        pred["doc_id"] = g.doc_id
        preds.append(pred)
    report = score_documents(gold, preds)
    span, speaker = report.quotes.span, report.quotes.speaker
    assert span.f1 >= SPAN_F1_FLOOR, (span.precision, span.recall, span.f1)
    assert speaker.value is not None and speaker.value >= SPEAKER_FLOOR, (speaker.correct, speaker.total)
