"""Workarounds for Apache Beam bugs that geoevents runs into, applied before a pipeline runs.

Each patch names the Beam code it changes and why; all are idempotent.
"""

from __future__ import annotations

from typing import Any


def _eager_consolidate(*args: Any, **kwargs: Any) -> list:
    from apache_beam.metrics import monitoring_infos

    return list(monitoring_infos.consolidate(*args, **kwargs))


def apply() -> None:
    """Make the FnApiRunner consolidate each bundle's metrics eagerly.

    ``fn_runner`` (Beam 2.77) folds every finished bundle's monitoring infos into a *lazy*
    ``consolidate(chain(new, previous))`` generator, so the chain nests one level per bundle.
    A streaming run on the DirectRunner polls through thousands of small bundles, and reading
    the run's counters then fails with ``RecursionError`` (seen after an 8-second run). Turning
    each step into a list keeps the same values and a flat, bounded structure.
    """
    from apache_beam.runners.portability.fn_api_runner import fn_runner

    if getattr(fn_runner, "consolidate_monitoring_infos", None) is not _eager_consolidate:
        fn_runner.consolidate_monitoring_infos = _eager_consolidate
