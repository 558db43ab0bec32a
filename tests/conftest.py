"""Shared fixtures: repo paths, the seed folder, and small spaCy pipelines built in the test."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SAMPLES = REPO / "geoevents" / "data" / "samples"
EMBEDDED_MODEL = REPO / "geoevents" / "models" / "nl_geoevents"

pytest_plugins = ["tests.faultserver"]


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the repo")
    return SHARED


@pytest.fixture(scope="session")
def embedded_model() -> Path:
    if not (EMBEDDED_MODEL / "meta.json").is_file():
        pytest.skip("the embedded model geoevents/models/nl_geoevents is not built")
    return EMBEDDED_MODEL
