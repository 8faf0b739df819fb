"""Fixtures for the hostile-case suite; the hostile inputs come from the gen_* modules."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .helpers import TIMINGS, open_library


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Any]:
    """A fresh library in the test's folder."""
    lib = open_library(tmp_path / "bibliotheek.vnhg-desk")
    try:
        yield lib
    finally:
        lib.close()


@pytest.fixture
def style() -> Any:
    from vnhg_desk.model import HouseStyle

    return HouseStyle()


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Show how long each hostile-text export took (the limits are in gen_texts)."""
    if TIMINGS:
        terminalreporter.section("hostile text export times")
        for key, seconds in sorted(TIMINGS.items()):
            terminalreporter.write_line(f"{key:45s} {seconds:6.2f} s")
