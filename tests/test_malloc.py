"""The allocator settings for NLP workers: freed batch memory is reused, not faulted in again."""

from __future__ import annotations

import json
import platform
import subprocess
import sys
import textwrap

import pytest

from geoevents import malloc

GLIBC = sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"

# Batches of 2 MB arrays (100 MB per batch, like a spaCy batch's transient arrays; under numpy's
# 4 MB cut-off for huge pages) allocated, written and freed five times; prints the minor page
# faults of batches 2-5.
CHURN = textwrap.dedent(
    """
    import json, resource, sys
    import numpy as np
    from geoevents import malloc
    if sys.argv[1] == "tuned":
        assert malloc.keep_freed_memory()
    warm = np.ones(3 * 2**20 // 8)
    del warm
    def batch():
        arrays = [np.ones(2 * 2**20 // 8) for _ in range(50)]
        del arrays
    batch()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    for _ in range(4):
        batch()
    print(json.dumps(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before))
    """
)


def _faults(mode: str) -> int:
    done = subprocess.run(
        [sys.executable, "-c", CHURN, mode], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.skipif(not GLIBC, reason="mallopt is glibc's")
def test_freed_batch_memory_is_reused_instead_of_faulted_in_again() -> None:
    pages_per_batch = 100 * 2**20 // 4096
    default, tuned = _faults("default"), _faults("tuned")
    assert default > 2 * pages_per_batch  # glibc's defaults: trimmed and faulted in again
    assert tuned < pages_per_batch // 10


def test_other_platforms_are_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(malloc.sys, "platform", "darwin")
    assert malloc.keep_freed_memory() is False


def test_the_collector_is_paused_during_a_load_and_restored_after() -> None:
    import gc

    from geoevents.malloc import collector_paused

    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():  # nested loads (the coder inside a pipeline's load)
            assert not gc.isenabled()
        assert not gc.isenabled(), "only the outermost pause turns the collector back on"
    assert gc.isenabled()
    try:
        with collector_paused():
            raise ValueError("a load that fails")
    except ValueError:
        pass
    assert gc.isenabled(), "a failed load leaves the collector on"
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled(), "a caller that had it off keeps it off"
    finally:
        gc.enable()
