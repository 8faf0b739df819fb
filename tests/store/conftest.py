"""Fixtures for library tests: a fresh library file per test."""

from __future__ import annotations

import hashlib
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
