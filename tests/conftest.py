"""Shared test set-up: Qt runs offscreen and no test touches the user's own library."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def _shared_cache_dir(tmp_path_factory):
    """One cache folder for the whole run (e.g. the hyphenation dictionary cache)."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def _isolated_user_state(tmp_path, monkeypatch, _shared_cache_dir):
    """Point the default library and Qt settings into the test's own folder."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(_shared_cache_dir))
    monkeypatch.setenv("VNHG_DESK_LIBRARY", str(tmp_path / "user-library.vnhg-desk"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home").mkdir(exist_ok=True)
