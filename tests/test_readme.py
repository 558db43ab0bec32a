"""The README's commands point at what the repository ships and keep sample and live data apart
(issue 17, item 14)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from geoevents import checks

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")


def commands(prefix: str) -> list[list[str]]:
    """Shell commands in the README's bash blocks that start with ``prefix``."""
    found = []
    for block in re.findall(r"```bash\n(.*?)```", README, flags=re.S):
        for line in block.splitlines():
            line = line.split("  #", 1)[0].strip()
            if line.startswith(prefix):
                found.append(shlex.split(line.replace("\\", "")))
    return found


def option(command: list[str], name: str) -> str | None:
    return command[command.index(name) + 1] if name in command else None


def test_sample_runs_write_elsewhere_than_live_runs() -> None:
    runs = commands("geoevents run")
    sample = {option(c, "--output") for c in runs if option(c, "--feeds") == "samples"}
    live = {option(c, "--output") for c in runs if option(c, "--feeds") != "samples"}
    assert sample and live and not sample & live, (sample, live)
    (query,) = commands("geoevents query")
    assert option(query, "--output") in sample, "the query example reads the sample run"


def test_the_sample_runs_deliberate_failures_are_explained() -> None:
    for words in ("on purpose", "parse_feed.not_a_feed", "normalise.missing_link"):
        assert words in README, words


def test_the_eval_example_and_its_guidelines_are_in_the_repository() -> None:
    (evaluate,) = commands("geoevents eval events")
    assert checks.check_gold(str(REPO / evaluate[3])) > 0
    assert "docs/EVENT_GUIDELINES.md" in README
    guidelines = (REPO / "docs" / "EVENT_GUIDELINES.md").read_text(encoding="utf-8")
    assert "Source:" in guidelines.splitlines()[0] and "## Scoring" in guidelines


def test_the_test_section_installs_the_test_extras_first() -> None:
    section = README.split("## Test", 1)[1].split("\n## ", 1)[0]
    assert section.index('pip install ".[test]"') < section.index("python -m pytest")


def test_the_layout_section_names_every_folder_of_the_repository() -> None:
    """Issue 21: the README's layout table matches the folders (both ways)."""
    section = README.split("## Layout", 1)[1].split("\n## ", 1)[0]
    named = {m.rstrip("/") for m in re.findall(r"^\| `([a-z_]+)/", section, flags=re.M)}
    on_disk = {
        p.name
        for p in REPO.iterdir()
        if p.is_dir()
        and not p.name.startswith((".", "_"))
        and not p.name.endswith(".egg-info")
        and p.name not in ("build", "dist")
        and any(p.rglob("*.py"))
    }
    assert named == on_disk | {"eval"}
    assert all((REPO / name).is_dir() for name in named)
