"""Load the Dutch spaCy pipeline: the embedded ``nl_geoevents`` model by default.

The model ships as package data so ``pip install .`` and Beam workers (``--setup_file``) have it
without any model download. Other spaCy pipelines (e.g. ``nl_core_news_lg``) can still be used
when they are installed, by package name or by path.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import spacy

DEFAULT_MODEL = "nl_geoevents"
MODELS_DIR = Path(__file__).resolve().parent / "models"


class ModelNotFoundError(ValueError):
    """Raised when a pipeline name or path cannot be loaded."""


def embedded_models() -> dict[str, Path]:
    """Short names of the pipelines shipped inside the package, mapped to their folders."""
    if not MODELS_DIR.is_dir():
        return {}
    return {
        p.name: p
        for p in sorted(MODELS_DIR.iterdir())
        if p.is_dir() and (p / "meta.json").is_file()
    }


def resolve_model(name: str | None = None) -> str | Path:
    """Map ``None`` and embedded short names to their package folder; pass others through."""
    name = name or DEFAULT_MODEL
    embedded = embedded_models()
    if name in embedded:
        return embedded[name]
    return name


def load_pipeline(name: str | None = None, **kwargs: Any) -> spacy.Language:
    """Load a spaCy pipeline by short name, installed package name or path.

    ``None`` and ``"nl_geoevents"`` load the embedded model. Extra keyword arguments go to
    ``spacy.load`` (e.g. ``disable=["parser"]``).
    """
    target = resolve_model(name)
    try:
        return spacy.load(target, **kwargs)
    except (OSError, ValueError, ImportError) as exc:
        available = ", ".join(embedded_models()) or "(none: package data missing)"
        raise ModelNotFoundError(
            f"Cannot load spaCy pipeline {name or DEFAULT_MODEL!r}: {exc}\n"
            f"Embedded pipelines: {available}. Other pipelines can be given as a path to a "
            "pipeline directory, or as the name of an installed pipeline package "
            "(install one with `pip install <package>` or `python -m spacy download <name>` "
            "where a network connection is available)."
        ) from exc
