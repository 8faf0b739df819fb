"""The import report in the window: read before accepting; cancel changes nothing."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from vnhg_desk.exchange.staging import prepare_import
from vnhg_desk.gui import dialogs
from vnhg_desk.gui.file_open import import_and_open
from vnhg_desk.gui.import_report_dialog import ImportReportDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from hostile import gen_documents as gd

REPO = Path(__file__).resolve().parents[2]


def _word_file_with_notes(tmp_path: Path) -> Path:
    document = gd._base()
    gd.nested_table(document)
    gd.chart(document)
    gd.linked_picture(document)
    gd._end(document)
    path = tmp_path / "bijdrage.docx"
    document.save(path)
    return path


def _answer_report(choice: str, seen: list[list[str]], shot: Path | None = None) -> None:
    """When the report appears: remember its notes (and screenshot it), then choose."""

    def act() -> None:
        dialog = next(
            (w for w in QApplication.topLevelWidgets()
             if isinstance(w, ImportReportDialog) and w.isVisible()),
            None,
        )  # fmt: skip
        if dialog is None:
            QTimer.singleShot(50, act)
            return
        seen.append([dialog.notes.item(i).text() for i in range(dialog.notes.count())])
        if shot is not None:
            dialog.grab().save(str(shot))
        (dialog.accept if choice == "import" else dialog.reject)()

    QTimer.singleShot(50, act)


def _ids(window) -> set[int]:
    library = window.library
    return {s.id for s in library.list_documents() + library.list_documents(deleted=True)}


def test_cancelling_the_report_leaves_the_library_untouched(window, tmp_path):
    path = _word_file_with_notes(tmp_path)
    expected = prepare_import(path).notes
    before = _ids(window)
    seen: list[list[str]] = []
    _answer_report("cancel", seen)
    assert not import_and_open(window, path)
    assert seen == [expected]
    assert (
        "grafiek 'Begroting' op pagina 1 niet overgenomen; de afbeelding en de teksten ervan wel"
        in expected
    )
    assert _ids(window) == before
    assert not any(window.library.has_photo(h) for h in prepare_import(path).photos)


def test_accepting_the_report_imports_and_opens(window, tmp_path):
    path = _word_file_with_notes(tmp_path)
    before = _ids(window)
    seen: list[list[str]] = []
    shot = None
    if os.environ.get("VNHG_SCREENSHOTS"):  # as the secretary sees it: Qt's buttons in Dutch
        from vnhg_desk.gui import i18n

        i18n.install_translator(QApplication.instance(), "nl")
        shot = REPO / "docs" / "screenshots" / "import-report.png"
    _answer_report("import", seen, shot)
    assert import_and_open(window, path)
    assert len(seen) == 1 and "tabel op pagina 1: als tekst overgenomen" in seen[0]
    (new,) = _ids(window) - before
    document = window.library.load(new)
    assert window.current_document().id == new
    assert "Edam" in document.content[0].body and "binnen twee" in document.content[0].body
    assert len(document.content[0].photos) == 1  # the chart's picture


def test_a_file_without_notes_imports_without_asking(window, tmp_path, monkeypatch):
    path = gd.word_file(tmp_path / "gewoon.docx", "breaks-and-tabs")
    asked: list[object] = []
    monkeypatch.setattr(ImportReportDialog, "exec", lambda self: asked.append(self) or 0)
    assert import_and_open(window, path)
    assert asked == []


def test_a_refused_file_gives_one_dutch_message(window, tmp_path, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, _title, text: shown.append(text))
    pipe = tmp_path / "x.docx"
    os.mkfifo(pipe)
    before = _ids(window)
    assert not import_and_open(window, pipe)
    assert shown and "geen gewoon bestand" in shown[0]
    assert _ids(window) == before


def test_the_file_menu_has_an_import_action(window):
    assert "import" in window.actions_.by_name
