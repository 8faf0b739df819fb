"""The page budget in the window: the status bar after each render, and the undoable fit."""

from __future__ import annotations

import io

from vnhg_desk.export.pdf import write_pdf
from vnhg_desk.gui import dialogs
from vnhg_desk.model import PageFit


def _edition_id(library) -> int:
    return next(s.id for s in library.list_documents() if s.kind != "invitation")


def _render(qtbot, window):
    with qtbot.waitSignal(window.preview.rendered, timeout=60000):
        window.preview.render_now()


def test_status_bar_shows_the_budget_of_the_previewed_pages(qtbot, window, demo_library):
    window.open_document(_edition_id(demo_library))
    _render(qtbot, window)
    label = window.page_budget.label
    document = window.controller.document
    pages = write_pdf(document, demo_library.house_style(), demo_library, io.BytesIO()).page_count
    assert label.isVisible()
    assert label.text().startswith("4 pagina's \u2014 ")
    assert label.text().endswith(f"te lang (nu {pages})") == (pages > 4)
    assert "%" in label.toolTip()
    window.resize(1366, 768)
    window.grab().save(str(window.library.path.parent / "budget.png"))
    # A smaller target changes the words at the next render.
    window.controller.set_field((), "page_target", 8, "Aantal pagina's", typing=False)
    _render(qtbot, window)
    assert label.text().startswith("8 pagina's \u2014 ") and "ruimte" in label.text()


def test_fit_is_one_undoable_step(qtbot, window, demo_library):
    window.open_document(_edition_id(demo_library))
    document = window.controller.document
    stored = document.fit
    document.fit = PageFit()  # as the secretary's edition is before any fit
    assert window.page_budget.fit_to(4) is True
    assert document.page_target == 4 and document.fit == stored != PageFit()
    _render(qtbot, window)
    assert len(window.preview.page_labels) == 4
    assert window.page_budget.label.text().startswith("4 pagina's \u2014 ")
    assert "te lang" not in window.page_budget.label.text()
    window.undo_stack.undo()
    assert document.fit == PageFit() and document.page_target == 4
    window.undo_stack.redo()
    assert document.fit == stored
    # Five pages need no tightening: target and fit change together, one step.
    steps = window.undo_stack.count()
    assert window.page_budget.fit_to(5) is True
    assert (document.page_target, document.fit) == (5, PageFit())
    assert window.undo_stack.count() == steps + 1
    window.undo_stack.undo()
    assert (document.page_target, document.fit) == (4, stored)
    window.controller.save_now()
    assert demo_library.load(document.id).fit == stored  # stored with the edition


def test_fit_that_cannot_reach_the_target_says_how_much_must_go(
    qtbot, window, demo_library, monkeypatch
):
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: shown.append(text))
    window.open_document(_edition_id(demo_library))
    steps = window.undo_stack.count()
    assert window.page_budget.fit_to(2) is False
    assert shown and "Past niet op 2 pagina's" in shown[0] and "woorden" in shown[0]
    assert window.undo_stack.count() == steps
    assert window.controller.document.page_target == 4
