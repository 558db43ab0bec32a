"""The sink's contract where the third mutation pass (issue 21) found no test."""

from __future__ import annotations

import json
from pathlib import Path

import apache_beam as beam
import pytest
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import BeamAssertException, assert_that

from geoevents.cli import main
from geoevents.transforms.sink import WriteTables
from tests.test_sink import sample_tables


def test_the_writer_hands_on_the_manifest_it_committed(tmp_path: Path) -> None:
    """``WriteTables`` (and ``pipelines.batch.build``) return the run manifest, for a pipeline
    that acts once the commit is done; it must be the manifest written to ``_manifests/``
    (mutation survivor: ``yield manifest`` deleted, the output was empty and only the file told)."""
    manifest_file = tmp_path / "_manifests" / "r1.json"

    def is_the_written_manifest(manifests: list[dict]) -> None:
        written = json.loads(manifest_file.read_text())
        if manifests != [written]:
            raise BeamAssertException(f"{manifests!r} != [{written!r}]")

    with TestPipeline() as p:
        pcolls = {
            name: p | f"Create{name}" >> beam.Create(rows, reshuffle=False)
            for name, rows in sample_tables().items()
        }
        out = pcolls | WriteTables(str(tmp_path), "r1", {"test": True})
        assert_that(out, is_the_written_manifest)
    manifest = json.loads(manifest_file.read_text())
    assert manifest["rows_added"]["articles"] == 3 and manifest["test"] is True


def test_an_empty_output_folder_is_refused_not_read_as_the_working_folder(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    tiny_model: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``--output ""`` (an unset shell variable) must not put the warehouse in the folder the
    command ran in: one line, exit 2, nothing written (mutation survivor: without the sink's own
    refusal of an empty output, a run wrote its tables and manifest into the working folder)."""
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    assert main(["run", "--feeds", "samples", "--output", "", "--spacy-model", tiny_model]) == 2
    assert main(["upgrade", "--output", ""]) == 2
    err = capsys.readouterr().err
    assert err.count("--output is empty") == 2 and "Traceback" not in err
    assert not any(cwd.iterdir())


def test_the_sink_itself_refuses_an_empty_output() -> None:
    """The library transform has its own guard, for pipelines built without the CLI."""
    with pytest.raises(ValueError, match="needs an output folder"):
        WriteTables("", "r1")
