"""The allocator settings for NLP workers: applied on glibc Linux, a no-op elsewhere."""

from __future__ import annotations

import platform
import sys

import pytest

from geoevents import malloc


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc",
    reason="mallopt is glibc's",
)
def test_settings_take_effect_on_glibc() -> None:
    assert malloc.keep_freed_memory() is True


def test_other_platforms_are_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(malloc.sys, "platform", "darwin")
    assert malloc.keep_freed_memory() is False
