"""Import the repository's stand-alone scripts (``training/``, ``eval/``) in tests: they are not
part of the installed package, so their folder goes on ``sys.path`` for the import only."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def script_module(folder: str, name: str) -> ModuleType:
    """The module ``name`` of the repository folder ``folder`` ("training", "ner_gold")."""
    sys.path.insert(0, str(ROOT / folder))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.pop(0)


def run_script(rel: str, *args: str) -> subprocess.CompletedProcess:
    """Run the repository script ``rel`` ("training/common_words.py") with ``args``."""
    return subprocess.run([sys.executable, str(ROOT / rel), *args], capture_output=True, text=True)
