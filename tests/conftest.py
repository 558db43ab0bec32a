"""Shared fixtures: repo paths, the seed folder, and small spaCy pipelines built in the test."""

from __future__ import annotations

import getpass
import os
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SAMPLES = REPO / "geoevents" / "data" / "samples"
EMBEDDED_MODEL = REPO / "geoevents" / "models" / "nl_geoevents"

pytest_plugins = ["tests.faultserver"]

# One cache of built coders (transforms/coder/cache.py) for the test run, shared by the
# pytest-xdist workers and the pipelines the tests start, apart from the user's own cache.
os.environ.setdefault(
    "GEOEVENTS_CACHE_DIR",
    str(Path(tempfile.gettempdir()) / f"geoevents-test-cache-{getpass.getuser()}"),
)


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
def shipped_nlp():
    """The shipped Dutch pipeline, loaded by its short name once per session.

    One load costs 5-7 s (since the entity ruler is built with the tokenizer alone), so every test
    that reads the loaded pipeline shares this one: the coder, geocoder, model, name-type,
    paragraph-break and eval tests. Loading itself (by path, with keyword arguments, unknown
    names) is tested in test_model.py; nothing mutates the shared pipeline.
    """
    from geoevents.model import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="module")
def kit(shipped_nlp):
    """The shipped pipeline and a geocoder, for the geocoder tests' hand-made events (a test module
    may define its own ``kit``)."""
    from geoevents.transforms.gazetteer import Gazetteer
    from geoevents.transforms.geo import Geocoder

    return shipped_nlp, Geocoder(Gazetteer())


@pytest.fixture(scope="session")
def nlp(embedded_model: Path, shipped_nlp):
    """The shipped Dutch pipeline for the coder tests (skipped if the model is not built)."""
    return shipped_nlp


@pytest.fixture(scope="session")
def coder(shipped_nlp):
    """An event coder whose internal errors fail the test instead of skipping the sentence.

    It reads names with the shipped pipeline's tokenizer, as the pipeline's coder does
    (``transforms/nlp.py``): a blank tokenizer splits some names differently."""
    from geoevents.transforms.coder import EventCoder

    c = EventCoder(tokenizer=shipped_nlp.tokenizer)
    c.strict = True
    return c


@pytest.fixture(scope="session")
def served_samples_run(tmp_path_factory: pytest.TempPathFactory, embedded_model: Path):
    """``geoevents run`` with the shipped model over the bundled samples served on 127.0.0.1,
    once per session: the end-to-end tests check its tables and the remote-output test compares
    an object-store run with them (each run costs a model load, 5-7 s). The server stays up
    for the tests that run again against it."""
    import hashlib
    import json

    from geoevents.cli import main
    from tests.faultserver import FaultServer
    from tests.samples import feed_file, serve_samples

    tmp_path = tmp_path_factory.mktemp("e2e")
    output = tmp_path / "out"
    with FaultServer() as server:
        serve_samples(server)
        feeds = feed_file(tmp_path, server)
        code = main(["run", "--feeds", feeds, "--output", str(output), "--json"])
        files = {
            str(p.relative_to(output)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(output.rglob("part-*.parquet"))
        }
        manifests = sorted((output / "_manifests").glob("*.json"))
        yield {
            "code": code,
            "output": output,
            "manifest": json.loads(manifests[-1].read_text()) if manifests else None,
            "files": files,
            "feeds": feeds,
            "server": server,
            "hits": {path: server.hits(path) for path in ("/rss/", "/robots.txt")},
        }


@pytest.fixture(scope="session")
def samples_direct_run(tiny_model: str, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """``geoevents run --feeds samples`` with the tiny model on the default (Direct) runner,
    once per session, with the log messages it wrote at INFO and above: the runner tests
    compare other runners with it and check it never reached for Prism."""
    import logging

    from geoevents.cli import main

    class Messages(logging.Handler):
        def __init__(self) -> None:
            super().__init__(logging.INFO)
            self.messages: list[str] = []

        def emit(self, record: logging.LogRecord) -> None:
            self.messages.append(record.getMessage())

    output = tmp_path_factory.mktemp("direct") / "out"
    handler, root = Messages(), logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    try:
        code = main(
            ["run", "--feeds", "samples", "--output", str(output), "--spacy-model", tiny_model]
        )
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
    return {"code": code, "output": output, "log": handler.messages}


# Session fixtures that cost a model load or a Beam run: under pytest-xdist every test that uses
# one runs on the same worker, so the suite pays for each once (docs/TESTING.md, "Suite time").
SHARED_SESSION_FIXTURES = ("shipped_nlp", "served_samples_run", "samples_direct_run")
GROUPS_FILE = "geoevents_xdist_groups"  # workerinput key: where workers write the groups


def xdist_groups(items: list[pytest.Item]) -> dict[str, str]:
    """Test id -> group: the first fixture above that the test uses, else its module (so the
    module's fixtures are built once). The other tests of a module that has a test in a shared
    group may run on the other worker: none of those modules has a costly module fixture."""
    groups = {}
    for item in items:
        used = [n for n in SHARED_SESSION_FIXTURES if n in getattr(item, "fixturenames", ())]
        groups[item.nodeid] = used[0] if used else item.nodeid.split("::", 1)[0]
    return groups


# Rough seconds a test costs by the fixtures it uses (a Beam run or CLI with the shipped model,
# a run with the tiny model, anything else): an xdist worker orders the groups heaviest first, so
# no long group is left for the end while the other worker idles.
FIXTURE_SECONDS = {"embedded_model": 15.0, "tiny_model": 5.0}
OTHER_SECONDS = 0.1


def _cost(item: pytest.Item) -> float:
    names = getattr(item, "fixturenames", ())
    return max([s for n, s in FIXTURE_SECONDS.items() if n in names], default=OTHER_SECONDS)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On an xdist worker under the scheduler below: order the groups heaviest first (each
    group's tests keep their order) and write the groups for the controller."""
    target = getattr(config, "workerinput", {}).get(GROUPS_FILE)
    if not target:
        return
    import json
    import os

    groups = xdist_groups(items)
    cost: dict[str, float] = {}
    for item in items:
        cost[groups[item.nodeid]] = cost.get(groups[item.nodeid], 0.0) + _cost(item)
    items.sort(key=lambda item: -cost[groups[item.nodeid]])  # stable: keeps in-group order
    part = f"{target}.{config.workerinput['workerid']}"
    Path(part).write_text(json.dumps(groups), encoding="utf-8")
    os.replace(part, target)


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node) -> None:
    """Controller: tell each xdist worker where to write the groups."""
    node.workerinput[GROUPS_FILE] = str(_groups_path(node.config))


def _groups_path(config: pytest.Config) -> Path:
    return config._tmp_path_factory.getbasetemp() / "xdist-groups.json"


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log):
    """``--dist loadgroup`` (.ci/run) with the groups of ``xdist_groups``, which follow fixture
    use, so a new test of the loaded model joins its group without a mark (pytest-xdist's own
    loadgroup reads ``xdist_group`` marks through an attribute pytest 9 no longer sets, and
    splits every module). Each module stays on one worker, so its module fixtures (a Beam run,
    a server, a Dask cluster) are built once. Groups go out heaviest first (the workers'
    order), then one at a time as a worker runs dry."""
    if config.getvalue("dist") != "loadgroup":
        return None
    config.option.loadscopereorder = False  # keep the workers' heaviest-first order
    import json

    from xdist.scheduler import LoadScopeScheduling

    class SharedFixtureScheduling(LoadScopeScheduling):
        groups: dict[str, str] | None = None

        def _split_scope(self, nodeid: str) -> str:
            if self.groups is None:
                try:
                    self.groups = json.loads(_groups_path(config).read_text(encoding="utf-8"))
                except (OSError, ValueError):
                    self.groups = {}  # then one group per module
            return self.groups.get(nodeid) or nodeid.split("::", 1)[0]

    return SharedFixtureScheduling(config, log)
