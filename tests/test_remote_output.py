"""Remote output: the batch job commits to an object store (no folders, rename = copy + delete).

``gefake://`` (``tests/objectstore.py``) is a Beam filesystem with GCS's semantics kept on local
disk, so the remote branches of the commit, the run lock and the staging cleanup run for real.
The output must equal a local run's, table by table, and nothing may be left in ``_staging``.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from apache_beam.io.filesystems import FileSystems

from geoevents.cli import main
from tests.objectstore import FakeObjectStore


def _tables_local(root: Path) -> dict[str, list[dict]]:
    out = {}
    for table in ("articles", "mentions", "events", "dead_letters"):
        rows = []
        for p in sorted((root / table).rglob("part-*.parquet")):
            rows.extend(pq.read_table(p).to_pylist())
        out[table] = rows
    return out


def _tables_remote(store: FakeObjectStore, output: str) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {t: [] for t in ("articles", "mentions", "events", "dead_letters")}
    for key in store.objects():
        if not key.startswith(output + "/") or not key.endswith(".parquet"):
            continue
        table = key[len(output) + 1 :].split("/", 1)[0]
        if table in out:
            with FileSystems.open(key) as handle:
                out[table].extend(pq.read_table(io.BytesIO(handle.read())).to_pylist())
    return out


def _comparable(tables: dict[str, list[dict]]) -> dict[str, list[str]]:
    # times and run ids differ between two runs; a dead letter's raw item holds its fetch time
    volatile = {"run_id", "fetched_at", "date_added", "raw"}
    return {
        t: sorted(
            json.dumps(
                {k: v for k, v in r.items() if k not in volatile}, default=str, sort_keys=True
            )
            for r in rows
        )
        for t, rows in tables.items()
    }


@pytest.fixture()
def store(tmp_path: Path):
    FakeObjectStore.root = tmp_path / "bucket-data"
    yield FakeObjectStore(pipeline_options=None)
    FakeObjectStore.root = None


def test_a_run_on_an_object_store_writes_what_a_local_run_writes(
    store: FakeObjectStore, served_samples_run: dict
) -> None:
    # The local run: the end-to-end tests' run of the same samples on the same server
    # (conftest.py), so article URLs (the server's port) match.
    assert served_samples_run["code"] == 0
    feeds = served_samples_run["feeds"]
    output = "gefake://bucket/out"
    # a killed run's leftovers: an object store has no folder to delete, only keys under it
    with FileSystems.create(f"{output}/_staging/killed-run/events/part-00000.parquet") as f:
        f.write(b"partial")
    assert main(["run", "--feeds", feeds, "--output", output]) == 0
    first = [k for k in store.objects() if k.endswith(".parquet")]
    # a rerun replaces the committed files instead of adding copies
    assert main(["run", "--feeds", feeds, "--output", output]) == 0
    local = _comparable(_tables_local(served_samples_run["output"]))
    remote = _comparable(_tables_remote(store, output))
    assert remote == local and local["events"] and local["mentions"]
    keys = store.objects()
    assert [k for k in keys if k.endswith(".parquet")] == first
    assert not [k for k in keys if "/_staging/" in k], "staging objects left behind"
    assert not FileSystems.exists(f"{output}/_state/run.lock"), "run lock not released"
    manifests = [k for k in keys if "/_manifests/" in k and k.endswith(".json")]
    assert len(manifests) >= 2
