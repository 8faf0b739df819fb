"""How the installed program starts its window: what it spares before the first frame.

The child runs ``vnhg-desk --library PATH`` as the installed script does
(``cli.main.console``) in a home folder of its own, and reports once the first frame is
painted and what waited for it has run. The time these save is measured by
benchmarks/bench_gui.py ("start to first paint"); here we check that they happen.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import types
from pathlib import Path

import pytest

import vnhg_desk.gui
from vnhg_desk.gui import import_scan

CHILD = textwrap.dedent(
    """
    import gc, importlib, json, linecache, sys
    from vnhg_desk.cli.main import console

    seen = {}
    import_module = importlib.import_module

    def watching(name, *args):
        module = import_module(name, *args)
        if name == "vnhg_desk.gui.app":
            made = module.create_window

            def create_window(*more, **named):
                seen["collecting while the window is built"] = gc.isenabled()
                window = made(*more, **named)
                window.after_first_paint.add(lambda: report(window))
                return window

            module.create_window = create_window
        return module

    def report(window):
        from PySide6.QtCore import QTimer

        def after_the_rest():  # what run() added to wait for the first frame after us
            seen["collecting after the first frame"] = gc.isenabled()
            seen["sources read"] = sorted(linecache.cache)
            seen["title"] = window.windowTitle()
            seen["markdown-it loaded"] = "markdown_it" in sys.modules
            print(json.dumps(seen), flush=True)
            window.close()

        QTimer.singleShot(0, after_the_rest)

    importlib.import_module = watching
    sys.argv = ["vnhg-desk", "--library", sys.argv[1]]
    console()
    """
)


def start(home: Path) -> dict:
    """What the child saw of its start-up with ``home`` as the user's home folder."""
    env = dict(os.environ, HOME=str(home), QT_QPA_PLATFORM="offscreen")
    for name in ("CONFIG", "CACHE", "DATA", "STATE"):
        env[f"XDG_{name}_HOME"] = str(home / name.lower())
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(home / "bibliotheek.vnhg-desk")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("home")


@pytest.fixture(scope="module")
def started(home) -> dict:
    """The first start: a new library, the demo edition opens."""
    return start(home)


@pytest.fixture(scope="module")
def restarted(home, started) -> dict:
    """The next start, on the library and the cache the first one left."""
    return start(home)


def test_the_collector_rests_until_the_first_frame(started):
    assert "VNHG Desk" in started["title"]
    assert started["collecting while the window is built"] is False
    assert started["collecting after the first frame"] is True


def test_pyside_reads_no_source_of_ours_nor_of_the_standard_library(started):
    package = Path(vnhg_desk.gui.__file__).parents[1]
    ours = [name for name in started["sources read"] if Path(name).is_relative_to(package)]
    assert ours == []
    standard = {Path(name).name for name in started["sources read"]}
    assert not standard & {"typing.py", "dataclasses.py", "pathlib.py", "json.py"}


def test_a_restart_counts_the_words_of_known_bodies_without_markdown_it(started, restarted):
    assert started["markdown-it loaded"]  # the demo was added: its bodies were parsed
    assert not restarted["markdown-it loaded"]  # the word counts read the parse cache


def test_answers_are_what_pyside_would_find():
    assert import_scan.answer_for("vnhg_desk.gui.main_window") == import_scan.USES_PYSIDE
    assert import_scan.answer_for("vnhg_desk.gui") == import_scan.USES_PYSIDE
    assert import_scan.answer_for("vnhg_desk.guide") == import_scan.NO_PYSIDE
    assert import_scan.answer_for("vnhg_desk.layout.words") == import_scan.NO_PYSIDE
    assert import_scan.answer_for("markdown_it") == import_scan.NO_PYSIDE


def test_the_table_is_filled_once_and_left_alone_without_it(monkeypatch):
    from shibokensupport.feature import pyside_feature_dict  # PySide's own (private)

    assert import_scan.skip_source_scans()  # done when vnhg_desk.gui was imported
    finders = [f for f in sys.meta_path if isinstance(f, import_scan.AnswerFirst)]
    assert len(finders) == 1 and finders[0].table is pyside_feature_dict
    assert pyside_feature_dict["vnhg_desk.gui.import_scan"] == import_scan.USES_PYSIDE
    assert pyside_feature_dict["json"] == import_scan.NO_PYSIDE

    monkeypatch.setitem(sys.modules, "shibokensupport.feature", types.ModuleType("renamed"))
    meta_path = list(sys.meta_path)
    assert import_scan.skip_source_scans() is False
    assert sys.meta_path == meta_path
