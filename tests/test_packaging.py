"""What ``pip install`` puts on a user's machine: one ``geoevents`` namespace (issue 17, item 12),
the model and the dictionaries as package data, the code's licence and the attributions of the
data it ships (item 13). The wheel is built once from a copy of the checkout, so no build/ or
*.egg-info lands in the repo."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
MODEL_DIR = REPO / "geoevents" / "models" / "nl_geoevents"
SKIP = shutil.ignore_patterns(
    ".git", "__pycache__", "*.egg-info", "build", "dist", ".*_cache", ".hypothesis", "work", "data"
)


def _ignore(folder: str, names: list[str]) -> set[str]:
    """Skip caches, build output and large local data; keep package data folders named data."""
    skipped = SKIP(folder, names)
    if Path(folder).name in ("geoevents", "coder"):
        skipped.discard("data")
    return skipped


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    pytest.importorskip("setuptools")
    pytest.importorskip("wheel")
    tmp = tmp_path_factory.mktemp("wheel")
    source = tmp / "src"
    shutil.copytree(REPO, source, ignore=_ignore)
    wheels = tmp / "wheels"
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(source), "-w", str(wheels)]
        + ["--no-deps", "--no-build-isolation", "-q"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    (built,) = wheels.glob("geoevents-*.whl")
    with zipfile.ZipFile(built) as archive:
        yield archive


def test_the_wheel_installs_one_namespace(wheel: zipfile.ZipFile) -> None:
    """Nothing generic at the top of site-packages: a user's own schemas.py cannot shadow it."""
    tops = {name.split("/", 1)[0] for name in wheel.namelist()}
    assert {t for t in tops if not t.endswith(".dist-info")} == {"geoevents"}
    names = set(wheel.namelist())
    for module in ("pipelines/batch.py", "transforms/coder/coder.py", "schemas/tables.py"):
        assert f"geoevents/{module}" in names, module
    assert "geoevents/transforms/coder/data/people_phoenix.tsv" in names


def test_the_wheel_ships_the_model(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    shipped = {p.relative_to(REPO).as_posix() for p in MODEL_DIR.rglob("*") if p.is_file()}
    assert shipped, "model folder is empty"
    missing = shipped - names
    assert not missing, f"wheel lacks model files: {sorted(missing)[:5]}"
    for required in (
        "meta.json",
        "config.cfg",
        "LICENSE",
        "README.md",
        "ner/model",
        "parser/model",
    ):
        assert f"geoevents/models/nl_geoevents/{required}" in names


def test_the_wheel_ships_the_licence_notice_and_data_attributions(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    licences = next(n for n in names if n.endswith(".dist-info/licenses/LICENSE"))
    folder = licences.removesuffix("LICENSE")
    licence = wheel.read(licences).decode("utf-8")
    notice = " ".join(wheel.read(folder + "NOTICE").decode("utf-8").split())
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
        assert folder + path in names, path
    for path in (
        "geoevents/models/nl_geoevents/LICENSE",
        "geoevents/models/nl_geoevents/README.md",
        "geoevents/transforms/coder/data/README.md",
    ):
        assert path in names, path


def test_a_users_own_generic_modules_do_not_shadow_geoevents(tmp_path: Path) -> None:
    """A working directory with its own schemas.py, transforms.py and pipelines.py (the reported
    case) still imports and runs the CLI."""
    for name in ("schemas", "transforms", "pipelines"):
        (tmp_path / f"{name}.py").write_text(f"raise ImportError('the user\\'s own {name}.py')\n")
    code = (
        "from geoevents.cli import main\n"
        "import geoevents.pipelines.batch, geoevents.transforms.coder, geoevents.schemas.tables\n"
        "raise SystemExit(main(['--help']))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "usage" in result.stdout.lower()
