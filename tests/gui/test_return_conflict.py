"""Bringing back an edition that was changed meanwhile: the window asks, in Dutch, like a
save conflict (keep both, take mine, keep the other); nothing changes before the answer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from vnhg_desk.exchange.returning import BOTH_SUFFIX, NOT_TAKEN
from vnhg_desk.export.dispatch import export_document
from vnhg_desk.gui.file_open import import_and_open
from vnhg_desk.store import Library

LAPTOP_TITLE = "Verslag (bijgewerkt op de laptop)"
OFFICE_TITLE = "Verslag (bijgewerkt op kantoor)"


def _answer(button: str, seen: list[dict], shot: Path | None = None) -> None:
    """When the message box appears: remember its text and buttons, then press ``button``
    (its text, or "Cancel")."""

    def act() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, act)
            return
        buttons = {b.text().replace("&", ""): b for b in box.buttons()}
        seen.append({"title": box.windowTitle(), "text": box.text(), "buttons": list(buttons)})
        if shot is not None:
            box.grab().save(str(shot))
        if button == "Cancel":
            box.reject()
        else:
            buttons[button].click()

    QTimer.singleShot(0, act)


@pytest.fixture
def returning(window, tmp_path):
    """The demo edition taken along as a package and edited there; then changed in the
    library by another editor (their own connection) while it was away."""
    edition_id = next(s.id for s in window.library.list_documents() if s.kind != "invitation")
    window.open_document(edition_id)
    package = export_document(window.library, edition_id, tmp_path / "meegenomen.json")
    data = json.loads(package.read_text(encoding="utf-8"))
    data["document"]["title"] = LAPTOP_TITLE
    package.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with Library.open(window.library.path) as colleague:
        theirs = colleague.load(edition_id)
        theirs.title = OFFICE_TITLE
        colleague.save(theirs)
    return edition_id, package


def _titles(window) -> list[str]:
    return sorted(s.title for s in window.library.list_documents())


def test_the_conflict_is_asked_in_dutch_and_take_mine_keeps_the_other_in_history(
    window, returning, tmp_path
):
    edition_id, package = returning
    seen: list[dict] = []
    _answer("Mijn versie bewaren", seen, tmp_path / "conflict.png")
    assert import_and_open(window, package)
    (box,) = seen
    assert box["title"] == "Elders gewijzigd"
    assert "gewijzigd sinds het werd meegenomen" in box["text"]
    assert "Mijn versie bewaren" in box["text"]  # the choices are explained
    assert {"Mijn versie bewaren", "Andere versie houden", "Beide bewaren"} <= set(box["buttons"])
    assert window.library.load(edition_id).title == LAPTOP_TITLE
    assert window.controller.document.title == LAPTOP_TITLE  # the window shows it
    assert window.controller.document.id == edition_id
    history = [
        window.library.load_revision(r.id).title for r in window.library.revisions(edition_id)
    ]
    assert OFFICE_TITLE in history
    assert "overgenomen" in window.statusBar().currentMessage()
    assert (tmp_path / "conflict.png").stat().st_size > 0


def test_keep_the_other_version_changes_the_document_not(window, returning):
    edition_id, package = returning
    seen: list[dict] = []
    _answer("Andere versie houden", seen)
    assert import_and_open(window, package)
    assert window.library.load(edition_id).title == OFFICE_TITLE
    assert window.controller.document.title == OFFICE_TITLE
    (kept,) = [r for r in window.library.revisions(edition_id) if r.reason == NOT_TAKEN]
    assert window.library.load_revision(kept.id).title == LAPTOP_TITLE


def test_keep_both_adds_the_brought_back_version_as_a_document(window, returning):
    edition_id, package = returning
    before = _titles(window)
    _answer("Beide bewaren", [])
    assert import_and_open(window, package)
    assert _titles(window) == sorted([*before, LAPTOP_TITLE + BOTH_SUFFIX])
    assert window.library.load(edition_id).title == OFFICE_TITLE
    assert window.controller.document.title == LAPTOP_TITLE + BOTH_SUFFIX


def test_cancel_imports_nothing(window, returning):
    edition_id, package = returning
    before = (_titles(window), len(window.library.revisions(edition_id)))
    _answer("Cancel", [])
    assert not import_and_open(window, package)
    assert (_titles(window), len(window.library.revisions(edition_id))) == before
    assert "geannuleerd" in window.statusBar().currentMessage()


def test_unchanged_since_updates_without_asking(window, tmp_path, monkeypatch):
    from vnhg_desk.gui import dialogs

    monkeypatch.setattr(dialogs, "choose", lambda *a: pytest.fail("asked without a conflict"))
    edition_id = next(s.id for s in window.library.list_documents() if s.kind != "invitation")
    package = export_document(window.library, edition_id, tmp_path / "meegenomen.json")
    data = json.loads(package.read_text(encoding="utf-8"))
    data["document"]["title"] = LAPTOP_TITLE
    package.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    count = len(window.library.list_documents())
    assert import_and_open(window, package)
    assert len(window.library.list_documents()) == count
    assert window.library.load(edition_id).title == LAPTOP_TITLE
    assert window.controller.document.title == LAPTOP_TITLE
