"""Workarounds for Beam bugs: they must keep Beam's values and remove the failure."""

from __future__ import annotations

import itertools

from apache_beam.metrics import monitoring_infos
from apache_beam.runners.portability import portable_metrics
from apache_beam.runners.portability.fn_api_runner import fn_runner

from geoevents.pipelines import beam_patches


def test_counters_of_thousands_of_bundles_can_still_be_read() -> None:
    # fn_runner folds each bundle's metrics into the previous ones exactly like this; unpatched,
    # the lazy fold nests one generator per bundle and reading it raises RecursionError.
    beam_patches.apply()
    beam_patches.apply()  # idempotent
    counter = monitoring_infos.int64_user_counter("geoevents", "items_read", 1, ptransform="Read")
    folded = [counter]
    for _ in range(5_000):
        folded = fn_runner.consolidate_monitoring_infos(itertools.chain([counter], folded))
    counters, *_ = portable_metrics.from_monitoring_infos(folded, user_metrics_only=True)
    assert [c for c in counters.values()] == [5_001]
