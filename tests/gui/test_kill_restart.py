"""Killing the program (SIGKILL) loses nothing that was saved; restart reopens there.

The child reports once its typing has been saved, then waits to be killed: the test
does not guess how long a save takes (that promise is measured by benchmarks/bench_gui.py
as "keystroke to durable").
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QSettings

from vnhg_desk.demo import add_demo
from vnhg_desk.store import Library

SCRIPT = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from vnhg_desk.gui.app import make_application, open_library, create_window

    app = make_application()
    library = open_library(Path(sys.argv[1]))
    window = create_window(library, QSettings(sys.argv[2], QSettings.Format.IniFormat))
    edition = next(s.id for s in library.list_documents() if s.kind != "invitation")
    window.open_document(edition)
    article = window.controller.document.articles[1]
    window.structure.select(article.uid)
    editor = window.article_editor

    def report_when_stored():
        stored = library.load(edition).find(article.uid)
        if stored.headline.startswith("Getypt") and stored.body.startswith("Nieuwe slotzin."):
            print("SAVED", flush=True)

    window.controller.saved.connect(report_when_stored)
    editor.headline.setFocus()
    editor.headline.selectAll()
    QTest.keyClicks(editor.headline, "Getypt vlak voor de crash")
    editor.body.edit.setFocus()
    QTest.keyClicks(editor.body.edit, "Nieuwe slotzin. ")
    print("TYPED", article.uid, flush=True)
    while True:  # keep running until killed, like a user who keeps the window open
        app.processEvents()
        time.sleep(0.01)
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_keeps_typing_and_restart_reopens_the_article(tmp_path, qtbot):
    library_path = tmp_path / "bibliotheek.vnhg-desk"
    settings_path = tmp_path / "settings.ini"
    with Library.open(library_path) as library:
        add_demo(library)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen(
        [sys.executable, "-c", SCRIPT, str(library_path), str(settings_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        line = process.stdout.readline()
        assert line.startswith("TYPED"), line
        uid = line.split()[1]
        assert process.stdout.readline() == "SAVED\n"  # both fields are in the library
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(10)
    assert process.returncode == -signal.SIGKILL

    with Library.open(library_path) as library:
        edition = next(s.id for s in library.list_documents() if s.kind != "invitation")
        article = library.load(edition).find(uid)
        assert article.headline == "Getypt vlak voor de crash"
        assert article.body.startswith("Nieuwe slotzin.")

    from vnhg_desk.gui.main_window import MainWindow

    library = Library.open(library_path)
    try:
        window = MainWindow(library, QSettings(str(settings_path), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        window.restore_session()
        assert window.controller.document.id == edition
        assert window.article_editor.uid == uid
        assert window.article_editor.headline.text() == "Getypt vlak voor de crash"
        window.preview.shutdown()
    finally:
        window.close()
        library.close()


TERM_SCRIPT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    import vnhg_desk.gui.app as app_module

    make = app_module.create_window

    def create_and_type(library, settings=None):
        window = make(library, settings)
        def type_text():
            edition = next(s.id for s in library.list_documents() if s.kind != "invitation")
            window.open_document(edition)
            window.structure.select(window.controller.document.articles[0].uid)
            window.article_editor.headline.setFocus()
            window.article_editor.headline.selectAll()
            QTest.keyClicks(window.article_editor.headline, "Net getypt, dan afgesloten")
            print("TYPED", flush=True)
        QTimer.singleShot(0, type_text)
        return window

    app_module.create_window = create_and_type
    sys.exit(app_module.run(Path(sys.argv[1])))
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM is POSIX")
def test_sigterm_closes_normally_and_saves_the_last_keystrokes(tmp_path):
    library_path = tmp_path / "bibliotheek.vnhg-desk"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    process = subprocess.Popen(
        [sys.executable, "-c", TERM_SCRIPT, str(library_path)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
    )  # fmt: skip
    try:
        assert process.stdout.readline().startswith("TYPED")
        process.send_signal(signal.SIGTERM)  # at once: still inside the typing pause
        assert process.wait(30) == 0
    finally:
        if process.poll() is None:
            process.kill()
    assert not list(tmp_path.glob("*-journal")) and not list(tmp_path.glob("*-wal"))
    with Library.open(library_path) as library:
        edition = next(s.id for s in library.list_documents() if s.kind != "invitation")
        assert library.load(edition).articles[0].headline == "Net getypt, dan afgesloten"
