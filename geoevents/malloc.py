"""glibc allocator settings for processes that run spaCy over batch after batch.

Inside a Beam worker, glibc hands the memory a spaCy batch frees back to the kernel after
every batch and faults it in again for the next one; a bare ``nlp.pipe`` loop over the same
texts does not. A 500-article ``geoevents run`` took ~300,000 minor page faults and ~1.8 s of
system time with glibc's defaults, against ~95,000 and ~1.0 s with these settings, for ~80 MB
more peak memory (measured, docs/BENCHMARKS.md). A trim threshold of 64 MB was not enough.

Also ``collector_paused``, for the loads that build hundreds of thousands of long-lived objects.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import sys
from collections.abc import Iterator

M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3
# Allocations above this still get their own mapping (glibc's own upper bound for its
# dynamic threshold), so one huge array is returned to the kernel as soon as it is freed.
MMAP_THRESHOLD_BYTES = 32 * 2**20
# Freed memory kept at the top of the heap for the next batch.
TRIM_THRESHOLD_BYTES = 128 * 2**20


def keep_freed_memory(
    mmap_threshold: int = MMAP_THRESHOLD_BYTES, trim_threshold: int = TRIM_THRESHOLD_BYTES
) -> bool:
    """Keep up to ``trim_threshold`` bytes of freed heap memory for reuse.

    Returns whether the settings took effect: only glibc on Linux has ``mallopt``; elsewhere
    (macOS, musl) this does nothing.
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        mallopt = ctypes.CDLL("libc.so.6").mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    return bool(mallopt(M_MMAP_THRESHOLD, mmap_threshold)) and bool(
        mallopt(M_TRIM_THRESHOLD, trim_threshold)
    )


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a load builds objects that all live on.

    The coder's dictionaries and the gazetteer each build hundreds of thousands of small
    objects; every few hundred of them trigger a collection that walks the growing heap (and
    the model loaded before them) for nothing. Measured in fresh processes after the model:
    coder 1.35-1.49 s -> 0.62-0.66 s, gazetteer 1.55-1.60 s -> 0.80-0.91 s, the name-type
    matcher 0.98-1.38 s -> 0.67-0.70 s (docs/BENCHMARKS.md); the rest of the model's load did
    not change measurably, so it is not paused. Nests: only the outermost pause turns the
    collector back on.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
