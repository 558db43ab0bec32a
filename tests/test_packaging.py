"""The wheel carries the code's licence and the attributions of the data it ships (issue 17,
item 13). Built from a copy of the checkout, so no build/ or *.egg-info lands in the repo."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SKIP = shutil.ignore_patterns(
    ".git", "__pycache__", "*.egg-info", "build", "dist", ".*_cache", ".hypothesis", "work", "data"
)


def _ignore(folder: str, names: list[str]) -> set[str]:
    """Skip caches, build output and large local data; keep package data folders named data."""
    skipped = SKIP(folder, names)
    if Path(folder).name in ("geoevents", "coder"):
        skipped.discard("data")
    return skipped


def test_the_wheel_ships_the_licence_notice_and_data_attributions(tmp_path: Path) -> None:
    pytest.importorskip("setuptools")
    pytest.importorskip("wheel")
    source = tmp_path / "src"
    shutil.copytree(REPO, source, ignore=_ignore)
    wheels = tmp_path / "wheels"
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(source), "-w", str(wheels)]
        + ["--no-deps", "--no-build-isolation", "-q"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    (wheel,) = wheels.glob("geoevents-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        licences = next(n for n in names if n.endswith(".dist-info/licenses/LICENSE"))
        folder = licences.removesuffix("LICENSE")
        licence = archive.read(licences).decode("utf-8")
        notice = " ".join(archive.read(folder + "NOTICE").decode("utf-8").split())
    assert licence == (REPO / "LICENSE").read_text(encoding="utf-8")
    assert "Apache License" in licence and "Version 2.0, January 2004" in licence
    assert "END OF TERMS AND CONDITIONS" in licence
    for attribution in ("Open Event Data Alliance", "UNICODE LICENSE V3", "CC BY-SA 4.0"):
        assert attribution in notice
    for path in (
        "geoevents/models/nl_geoevents/LICENSE",
        "geoevents/models/nl_geoevents/README.md",
        "transforms/coder/data/README.md",
    ):
        assert path in names and folder + path in names, path
    assert "transforms/coder/data/people_phoenix.tsv" in names
