"""Shared fixtures. `../shared` (the project's data folder) is optional: tests that need it are
marked `shared` and skipped, with a reason, when it is absent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLES = ROOT / "src" / "warta" / "samples"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if SHARED.is_dir():
        return
    skip = pytest.mark.skip(reason=f"{SHARED} is absent (data for measuring, not needed to run warta)")
    for item in items:
        if "shared" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return SHARED


@pytest.fixture(scope="session")
def sample_texts() -> dict[str, str]:
    """doc_id → text of the bundled sample articles."""
    lines = (SAMPLES / "seeds.jsonl").read_text(encoding="utf-8").splitlines()
    return {record["doc_id"]: record["text"] for record in map(json.loads, lines)}
