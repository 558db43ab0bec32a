"""Layers you can see in the folders (issue 21, item 1): the entry point (``geoevents.cli``,
``geoevents.cli_annotate``, ``geoevents.checks``) -> ``pipelines/`` -> ``transforms/`` -> a core of contracts, settings and
models (the rest of ``geoevents/`` and ``schemas/``). Nothing imports upward, and nothing imports
the old top-level names (issue 17, item 12)."""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FOLDERS = ("geoevents", "pipelines", "transforms", "schemas")
ENTRY, PIPELINES, TRANSFORMS, CORE = 3, 2, 1, 0
LAYER_NAMES = {ENTRY: "entry point", PIPELINES: "pipelines", TRANSFORMS: "transforms", CORE: "core"}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    if parts[0] != "geoevents":
        parts.insert(0, "geoevents")
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def layer(module: str) -> int:
    if module in ("geoevents.cli", "geoevents.cli_annotate", "geoevents.checks"):
        return ENTRY
    if module.startswith("geoevents.pipelines"):
        return PIPELINES
    if module.startswith("geoevents.transforms"):
        return TRANSFORMS
    return CORE


def imports(path: Path, module: str) -> list[tuple[str, int]]:
    """Absolute names of the modules ``path`` imports (relative imports resolved)."""
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.extend((a.name, node.lineno) for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                name = ".".join(base + ([node.module] if node.module else []))
            else:
                name = node.module or ""
            out.append((name, node.lineno))
    return out


def edges() -> list[tuple[str, str, str]]:
    found = []
    for folder in FOLDERS:
        for path in sorted((REPO / folder).rglob("*.py")):
            if "models" in path.relative_to(REPO).parts:
                continue
            module = module_name(path)
            for name, line in imports(path, module):
                found.append((module, name, f"{path.relative_to(REPO)}:{line}"))
    return found


def test_nothing_imports_upward() -> None:
    all_edges = edges()
    internal = [e for e in all_edges if e[1].startswith("geoevents")]
    assert len({e[0] for e in all_edges}) > 50 and len(internal) > 100  # the walk saw the code
    upward = [
        f"{where}: {src} ({LAYER_NAMES[layer(src)]}) imports {dst} ({LAYER_NAMES[layer(dst)]})"
        for src, dst, where in internal
        if layer(dst) > layer(src)
    ]
    assert not upward, "\n".join(upward)


def test_no_module_uses_the_old_top_level_names() -> None:
    old = [
        f"{where}: {dst}"
        for _src, dst, where in edges()
        if dst.split(".")[0] in ("pipelines", "transforms", "schemas")
    ]
    assert not old, "\n".join(old)


def test_the_checker_sees_an_upward_arrow(tmp_path: Path) -> None:
    """The walk resolves relative imports, so ``from ..pipelines import batch`` in a transform
    counts as the upward arrow it is."""
    path = REPO / "transforms" / "coder" / "probe.py"
    tmp = tmp_path / "probe.py"
    tmp.write_text("from ...pipelines import batch\nfrom geoevents.cli import main\n")
    found = imports(tmp, module_name(path))
    assert [n for n, _ in found] == ["geoevents.pipelines", "geoevents.cli"]
    assert all(layer(n) > layer(module_name(path)) for n, _ in found)
