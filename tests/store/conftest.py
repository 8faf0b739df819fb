"""Fixtures for library tests: a fresh library file per test."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from vnhg_desk.store import Library


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    folder = tmp_path / "bibliotheek"  # a folder of its own: side files would show up
    folder.mkdir()
    return folder / "bibliotheek.vnhg-desk"


@pytest.fixture
def lib(library_path: Path):
    with Library.open(library_path) as library:
        yield library


def file_hash(path: Path) -> str:
    """SHA-256 of a file, to prove a refused file was not touched."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


@contextmanager
def locked_by_other_process(path: Path, how: str = "EXCLUSIVE") -> Iterator[None]:
    """Another process holds ``BEGIN <how>`` on the file until the block ends."""
    script = textwrap.dedent(
        f"""
        import sqlite3, sys
        conn = sqlite3.connect({str(path)!r}, isolation_level=None)
        conn.execute("BEGIN {how}")
        print("locked", flush=True)
        sys.stdin.readline()
        conn.execute("ROLLBACK")
        """
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        yield
    finally:
        holder.communicate("\n", timeout=30)
