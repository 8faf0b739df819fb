"""Fixtures for library tests: a fresh library per test, on both engines.

A test that takes ``lib`` (or ``library_target``) runs twice: on a new SQLite file and on
a new database of a throw-away PostgreSQL cluster (tests/pg_cluster.py; one cluster per
test run, each database a copy of a migrated template). Mark a test about something only
a file has with ``@pytest.mark.sqlite_only``. Without PostgreSQL the second run is
skipped, naming what is missing.
"""

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

ENGINES = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "engine" in metafunc.fixturenames:
        only_sqlite = metafunc.definition.get_closest_marker("sqlite_only") is not None
        metafunc.parametrize("engine", ENGINES[:1] if only_sqlite else ENGINES)


@pytest.fixture
def library_target(engine: str, request: pytest.FixtureRequest) -> str | Path:
    """Where the test's library is: a new file, or a new PostgreSQL database."""
    if engine == "postgresql":
        return str(request.getfixturevalue("postgres_url"))
    return Path(request.getfixturevalue("library_path"))


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    folder = tmp_path / "bibliotheek"  # a folder of its own: side files would show up
    folder.mkdir()
    return folder / "bibliotheek.vnhg-desk"


@pytest.fixture
def lib(library_target: str | Path):
    with Library.open(library_target) as library:
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
