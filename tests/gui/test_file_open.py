"""Opening a document file given to the program: imported, shown, errors as a message."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent

from vnhg_desk.cli.main import _file_to_open
from vnhg_desk.export.dispatch import export_document
from vnhg_desk.gui import dialogs
from vnhg_desk.gui.file_open import FileOpenFilter, import_and_open


def _exported(window, tmp_path: Path) -> Path:
    """An edition as a package from another library (its origin is not this one)."""
    edition_id = next(s.id for s in window.library.list_documents() if s.kind != "invitation")
    target = export_document(window.library, edition_id, tmp_path / "uit.json")
    data = json.loads(target.read_text(encoding="utf-8"))
    data["origin"]["library"] = "0" * 32
    target.write_text(json.dumps(data), encoding="utf-8")
    return target


def test_import_and_open_shows_the_new_document(window, tmp_path):
    target = _exported(window, tmp_path)
    before = {s.id for s in window.library.list_documents()}
    assert import_and_open(window, target)
    new = {s.id for s in window.library.list_documents()} - before
    assert len(new) == 1
    assert window.current_document().id == new.pop()


def test_macos_file_open_event_imports(window, tmp_path):
    target = _exported(window, tmp_path)
    count = len(window.library.list_documents())
    watcher = FileOpenFilter(window)
    assert watcher.eventFilter(QCoreApplication.instance(), QFileOpenEvent(str(target)))
    assert len(window.library.list_documents()) == count + 1


def test_broken_file_gives_a_message_and_changes_nothing(window, tmp_path, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, _title, text: shown.append(text))
    bad = tmp_path / "kapot.vnhg"
    bad.write_bytes(b"dit is geen zip")
    count = len(window.library.list_documents())
    assert not import_and_open(window, bad)
    assert shown and "Traceback" not in shown[0]
    assert len(window.library.list_documents()) == count


def test_command_line_hands_a_bare_file_to_the_window():
    assert _file_to_open(["verslag.vnhg"]) == ([], Path("verslag.vnhg"))
    assert _file_to_open(["--library", "b.db", "x.docx"]) == (["--library", "b.db"], Path("x.docx"))
    assert _file_to_open(["import", "x.zip"]) == (["import", "x.zip"], None)
    assert _file_to_open(["list"]) == (["list"], None)
