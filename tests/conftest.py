"""Shared fixtures: the real spaCy pipeline, loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from consistency import ClaimExtractor, Document

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"


@pytest.fixture(scope="session")
def extractor() -> ClaimExtractor:
    return ClaimExtractor()


@pytest.fixture(scope="session")
def extract(extractor: ClaimExtractor):
    """Extract claims from one text; returns the ClaimsResult."""

    def run(text: str):
        return extractor.extract([Document(id="t", text=text)])

    return run
