"""Undo steps: typing merges per field within a pause window; structure edits never merge."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from vnhg_desk.gui import commands
from vnhg_desk.gui.controller import DocumentController
from vnhg_desk.model import Article, Edition


class _NoLibrary:
    def save(self, document):
        document.revision += 1


def _controller(qapp):
    stack = QUndoStack()
    controller = DocumentController(_NoLibrary(), stack)
    article = Article(headline="Oud")
    controller.open(Edition(content=[article]))
    return controller, stack, article


def test_typing_in_one_field_is_one_step_until_a_pause(qapp, monkeypatch):
    controller, stack, article = _controller(qapp)
    clock = [100.0]
    monkeypatch.setattr(commands.time, "monotonic", lambda: clock[0])
    for text in ("O", "Op", "Op z"):
        clock[0] += 1.0
        controller.set_field((article.uid,), "headline", text, "Kop", typing=True)
    assert stack.count() == 1
    clock[0] += commands.MERGE_WINDOW_S + 1
    controller.set_field((article.uid,), "headline", "Op zee", "Kop", typing=True)
    assert stack.count() == 2
    stack.undo()
    assert article.headline == "Op z"
    stack.undo()
    assert article.headline == "Oud"


def test_other_field_or_closed_step_starts_a_new_step(qapp):
    controller, stack, article = _controller(qapp)
    controller.set_field((article.uid,), "headline", "A", "Kop", typing=True)
    controller.set_field((article.uid,), "kicker", "B", "Bovenkop", typing=True)
    assert stack.count() == 2
    controller.close_merge()
    controller.set_field((article.uid,), "kicker", "BC", "Bovenkop", typing=True)
    assert stack.count() == 3


def test_typing_back_to_the_old_text_leaves_no_step(qapp):
    controller, stack, article = _controller(qapp)
    controller.set_field((article.uid,), "headline", "Oude", "Kop", typing=True)
    controller.set_field((article.uid,), "headline", "Oud", "Kop", typing=True)
    assert stack.count() == 0 and article.headline == "Oud"


def test_edits_mark_dirty_and_save_writes(qapp):
    controller, _stack, _article = _controller(qapp)
    controller.insert((), "content", 1, Article(headline="Nieuw"), "Artikel")
    assert controller.dirty
    assert controller.save_now() and not controller.dirty
    assert controller.document.revision == 1
