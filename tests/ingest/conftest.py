"""Fixtures for the ingest tests: the small real-looking input files under fixtures/."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.options import ExtractOptions

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def options() -> ExtractOptions:
    return ExtractOptions()
