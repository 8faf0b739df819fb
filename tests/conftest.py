"""Shared test set-up: Qt runs offscreen and no test touches the user's own library.

pytest-qt is loaded from here (pyproject blocks its automatic loading) only when Qt can
start: on a machine without Qt's system libraries the window tests skip, naming them,
instead of the whole run stopping at pytest-qt's start. Only an ImportError that repeats
Qt's own loading failure becomes a skip; any other import error stays an error.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from vnhg_desk.imaging.source import MemoryPhotoSource

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

QT_PACKAGES = "libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3"


def _qt_problem() -> str | None:
    """Why Qt cannot load here (a missing system library), or None when it can."""
    try:
        import PySide6.QtGui
        import PySide6.QtWidgets  # noqa: F401
    except ImportError as error:
        return str(error)
    return None


QT_PROBLEM = _qt_problem()
# pg_cluster: postgres_server / postgres_url, a throw-away PostgreSQL cluster.
pytest_plugins = ["pg_cluster"] + ([] if QT_PROBLEM else ["pytestqt.plugin"])
_QT_SKIP = f"Qt cannot start: {QT_PROBLEM} (Debian packages {QT_PACKAGES})"


def _is_qt_problem(text: str) -> bool:
    return QT_PROBLEM is not None and QT_PROBLEM in text


@pytest.hookimpl(hookwrapper=True)
def pytest_make_collect_report(collector):
    """A test module that cannot import Qt's libraries is skipped, not an error."""
    outcome = yield
    report = outcome.get_result()
    if report.failed and _is_qt_problem(str(report.longrepr)):
        report.outcome = "skipped"
        report.longrepr = (str(collector.path), 0, f"Skipped: {_QT_SKIP}")


def pytest_collection_modifyitems(items):
    if QT_PROBLEM is None:
        return
    window_tests = Path(__file__).parent / "gui"  # the window's, some in child processes
    for item in items:
        uses_qt = {"qtbot", "qapp"} & set(getattr(item, "fixturenames", ()))
        if uses_qt or item.path.is_relative_to(window_tests):
            item.add_marker(pytest.mark.skip(reason=_QT_SKIP))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """A test whose code loads Qt lazily and hits the same missing library skips."""
    outcome = yield
    report = outcome.get_result()
    if report.failed and call.excinfo is not None and call.excinfo.errisinstance(ImportError):
        if _is_qt_problem(str(call.excinfo.value)):
            report.outcome = "skipped"
            report.longrepr = (str(item.path), 0, f"Skipped: {_QT_SKIP}")


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


@pytest.fixture
def photos(photo_set) -> MemoryPhotoSource:
    """The test folder's ``photo_set`` (hash, info, bytes) as a photo source."""
    source = MemoryPhotoSource()
    for photo_hash, info, data in photo_set:
        source.add(photo_hash, info, data)
    return source
