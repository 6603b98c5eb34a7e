"""CI regression guard: the pipeline on ../shared/gold/dev must not fall more than 0.05 below the
figures pinned in tests/eval/baseline.json. A guard, not a target.

Re-pin after an accepted change: `python scripts/evaluate_all.py --pin` (commit the baseline and
EVALUATION.md together)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta.eval.run import evaluate_gold

BASELINE = Path(__file__).with_name("baseline.json")
TOLERANCE = 0.05


def dig(data: dict, dotted: str) -> float:
    for key in dotted.split("."):
        data = data[key]
    return float(data) if data is not None else 0.0  # type: ignore[arg-type]


@pytest.mark.shared
def test_regression_dev_gold_within_tolerance_of_baseline(shared_dir: Path) -> None:
    pinned = json.loads(BASELINE.read_text(encoding="utf-8"))
    result = evaluate_gold(shared_dir / pinned["dataset"]).to_dict(errors=False)
    drops = {
        key: (baseline, dig(result, key))
        for key, baseline in pinned["figures"].items()
        if dig(result, key) < float(baseline or 0.0) - TOLERANCE
    }
    assert not drops, f"dropped more than {TOLERANCE} below {BASELINE.name} (baseline, now): {drops}"
