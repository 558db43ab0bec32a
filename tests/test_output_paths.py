"""Output folders are taken literally (issue 20.4): glob characters in ``--output`` never read,
merge or delete a neighbour's files, and never crash.

``--output 'out/y*'`` used to read the partition of the neighbouring folder ``out/ysib``, merge its
rows, delete its Parquet file as "stale", then crash; ``query --output 'out/x*'`` counted rows of
other folders; a ``[`` in the name crashed.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow.dataset as ds

from geoevents.cli import main
from geoevents.paths import delete_paths, escape_glob, list_files
from geoevents.pipelines.streaming import window_manifests
from geoevents.schemas.warehouse import connect
from tests.rows import row
from tests.test_sink import files, write

# (glob-like output name, a neighbour the glob would match)
NAMES = [("y*", "ysib"), ("y?", "yz"), ("c[ab]", "ca"), ("b[1", "b[1x")]


def articles(*ids: str) -> dict[str, list[dict]]:
    return {
        "articles": [row("articles", article_id=i, content_hash="h", title=i) for i in ids],
        "events": [],
        "mentions": [],
        "dead_letters": [],
    }


def titles(output: Path) -> list[str]:
    table = ds.dataset(output / "articles", format="parquet", partitioning="hive").to_table()
    return sorted(table.column("title").to_pylist())


def test_a_glob_named_output_never_touches_its_neighbour(tmp_path: Path) -> None:
    write(tmp_path / "seed", articles("buur"))
    for _, neighbour in NAMES:
        shutil.copytree(tmp_path / "seed", tmp_path / neighbour)
    before = {n: files(tmp_path / n) for _, n in NAMES}
    for name, _ in NAMES:
        write(tmp_path / name, articles(f"eigen {name}"))
    write(tmp_path / "y*", articles("later"), run_id="r2")  # merges with what it holds only
    for name, neighbour in NAMES:
        assert files(tmp_path / neighbour) == before[neighbour], name
        assert titles(tmp_path / neighbour) == ["buur"]
        own = ["eigen y*", "later"] if name == "y*" else [f"eigen {name}"]
        assert titles(tmp_path / name) == own
        count = connect(tmp_path / name).sql("select count(*) from articles").fetchall()
        assert count == [(len(own),)], name


def test_a_glob_named_output_beside_a_full_neighbour_runs_end_to_end(
    tmp_path: Path, tiny_model: str
) -> None:
    write(tmp_path / "ysib", articles("buur"))
    before = files(tmp_path / "ysib")
    (tmp_path / "ysib" / "_staging" / "other-run").mkdir(parents=True)
    output = tmp_path / "y*"
    args = ["run", "--feeds", "samples", "--output", str(output), "--spacy-model", tiny_model]
    assert main(args) == 0
    assert files(tmp_path / "ysib") == before
    assert (tmp_path / "ysib" / "_staging" / "other-run").is_dir()
    manifest = json.loads(next((output / "_manifests").glob("*.json")).read_text())
    assert manifest["summary"]["reconciles"] and "buur" not in titles(output)


def test_window_manifests_of_a_glob_named_output_are_its_own(tmp_path: Path) -> None:
    for folder, window in (("y*", 1), ("ysib", 2)):
        (tmp_path / folder / "_manifests").mkdir(parents=True)
        (tmp_path / folder / "_manifests" / f"r-w{window}.json").write_text("{}")
    assert window_manifests(str(tmp_path / "y*"), "r") == ["r-w1.json"]


def test_listing_and_deleting_take_paths_literally(tmp_path: Path) -> None:
    for folder in ("a*", "ab"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "part-00000.parquet").write_bytes(b"x")
    assert list_files(str(tmp_path / "a*"), "part-*.parquet") == [
        str(tmp_path / "a*" / "part-00000.parquet")
    ]
    assert list_files(str(tmp_path / "missing["), "*") == []
    delete_paths([str(tmp_path / "a*"), str(tmp_path / "gone*")])
    assert not (tmp_path / "a*").exists() and (tmp_path / "ab" / "part-00000.parquet").exists()
    assert escape_glob("out/y*/b[1?") == "out/y[*]/b[[]1[?]"
