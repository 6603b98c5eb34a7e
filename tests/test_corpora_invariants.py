"""Robustness on real, unseen news: every article of the measuring corpora goes through the whole
pipeline without an error, and every offset points at its text. (Measuring only: nothing is tuned on
these corpora; this checks invariants, not outputs.)"""

from __future__ import annotations

import itertools
import json

import pytest

from warta.ingest import make_document
from warta.model import offset_errors
from warta.options import ExtractOptions
from warta.pipeline import run_pipeline

CORPORA = ["hoax600-id", "ntrex-id"]
PER_CORPUS = 40


@pytest.mark.shared
@pytest.mark.parametrize("corpus", CORPORA)
def test_corpora_pipeline_keeps_offsets_sound(shared_dir, corpus):
    path = shared_dir / "corpora" / corpus / "articles.jsonl"
    with path.open(encoding="utf-8") as fp:
        records = [json.loads(line) for line in itertools.islice(fp, PER_CORPUS)]
    problems = []
    for record in records:
        document = run_pipeline(make_document(record["text"], lang="id"), ExtractOptions())
        problems += [f"{record['id']}: {error}" for error in offset_errors(document)]
    assert problems == []


@pytest.mark.shared
def test_corpora_english_originals_keep_offsets_sound(shared_dir):
    path = shared_dir / "corpora" / "ntrex-id" / "articles.jsonl"
    with path.open(encoding="utf-8") as fp:
        records = [json.loads(line) for line in itertools.islice(fp, PER_CORPUS)]
    problems = []
    for record in records:
        document = run_pipeline(make_document(record["text_en"], lang="en"), ExtractOptions())
        problems += [f"{record['id']} (en): {error}" for error in offset_errors(document)]
    assert problems == []
