"""The installed package declares exactly the third-party distributions its code imports.

A module imported but not declared works on the developer's machine (some other package pulled
it in) and breaks a user's fresh install; a declared package nobody imports is dead weight.
"""

from __future__ import annotations

import ast
import re
import sys
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE_DIRS = ("geoevents", "pipelines", "transforms", "schemas")
# declared for a reason other than an import in the package code
INDIRECT = {
    "lxml-html-clean": "jusText (via trafilatura) imports lxml.html.clean",
}


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _install_requires() -> set[str]:
    text = (ROOT / "setup.py").read_text(encoding="utf-8")
    block = text.split("install_requires=[", 1)[1].split("],", 1)[0]
    return {_norm(re.split(r"[<>=!~\[ ]", r)[0]) for r in re.findall(r'"([^"]+)"', block)}


def _extras() -> set[str]:
    text = (ROOT / "setup.py").read_text(encoding="utf-8")
    names = set(re.findall(r'"([A-Za-z][A-Za-z0-9_.\-]*)(?:\[[^\]]*\])?[<>=]', text))
    return {_norm(n) for n in names}


def _imported_distributions() -> dict[str, set[str]]:
    dists = packages_distributions()
    found: dict[str, set[str]] = {}
    for folder in PACKAGE_DIRS:
        for path in (ROOT / folder).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    mods = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    mods = [node.module]
                else:
                    continue
                for mod in mods:
                    top = mod.split(".")[0]
                    if top in sys.stdlib_module_names or top == "geoevents":
                        continue
                    for dist in dists.get(top, [top]):
                        found.setdefault(_norm(dist), set()).add(str(path.relative_to(ROOT)))
    return found


def test_every_imported_distribution_is_declared() -> None:
    declared = _install_requires() | _extras()
    missing = {d: sorted(p)[:3] for d, p in _imported_distributions().items() if d not in declared}
    assert not missing, f"imported but not declared in setup.py: {missing}"


def test_every_required_distribution_is_imported() -> None:
    imported = set(_imported_distributions())
    unused = _install_requires() - imported - set(INDIRECT)
    assert not unused, f"declared in install_requires but never imported: {sorted(unused)}"
