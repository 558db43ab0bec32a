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


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A small Dutch pipeline built in the test: sentencizer plus an entity ruler.

    For tests where a trained model is not the point (plumbing, faults, runners): it loads in
    milliseconds and its entities are exactly the patterns below.
    """
    import spacy

    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "PER", "pattern": "Biden"},
            {"label": "PER", "pattern": "Xi"},
            {"label": "PER", "pattern": "Poetin"},
            {"label": "LOC", "pattern": "China"},
            {"label": "LOC", "pattern": "Rusland"},
            {"label": "LOC", "pattern": "Moskou"},
        ]
    )
    nlp.meta["name"] = "tiny"
    path = tmp_path_factory.mktemp("models") / "tiny"
    nlp.to_disk(path)
    return str(path)


@pytest.fixture(scope="session")
def nlp(embedded_model: Path):
    """The shipped Dutch pipeline, loaded once for the coder tests."""
    from geoevents.model import load_pipeline

    return load_pipeline(str(embedded_model))


@pytest.fixture(scope="session")
def coder():
    """An event coder whose internal errors fail the test instead of skipping the sentence."""
    from geoevents.transforms.coder import EventCoder

    c = EventCoder()
    c.strict = True
    return c
