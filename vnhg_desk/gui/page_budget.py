"""The page budget in the editor: how full the pages are (status bar), and the fit action.

The status bar shows, after every preview render (which typesets the real e-mail PDF),
"4 pagina's — 1/3 pagina te lang" for the open edition. *Opmaak → Passend maken op
pagina's…* asks for the page count, finds the least tightening that reaches it
(:func:`vnhg_desk.export.pdf.budget.fit_edition`) and stores the target and the fit as
one undoable step; when nothing fits, it says how much must go.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QInputDialog, QLabel, QWidget

from vnhg_desk.gui import dialogs
from vnhg_desk.gui.i18n import current_language
from vnhg_desk.model import Edition
from vnhg_desk.store.codec import MAX_PAGES

if TYPE_CHECKING:
    from vnhg_desk.gui.main_window import MainWindow
    from vnhg_desk.layout.page_budget import Budget

_OVER = "color: #b3261e; font-weight: bold;"
_FITS = "color: #1b6e3a;"


class PageBudgetLabel(QLabel):
    """The status-bar indicator: the page budget of the edition in the preview."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageBudget")
        self.setAccessibleName(self.tr("Paginabudget"))
        self.budget: Budget | None = None
        self.show_budget(None)

    def show_budget(self, result: Budget | None) -> None:
        """Show ``result`` (None: no edition open, e.g. an invitation)."""
        self.budget = result
        if result is None:
            self.setText("")
            self.setToolTip("")
            self.setVisible(False)
            return
        from vnhg_desk.layout.page_budget import budget_words  # after a render, not at start

        self.setVisible(True)
        self.setText(budget_words(result, current_language()))
        self.setStyleSheet(_FITS if result.fits else _OVER)
        used = ", ".join(f"{round(share * 100)} %" for share in result.fill)
        self.setToolTip(
            self.tr("Gevuld per pagina: {used}. Kies Opmaak → Passend maken om het "
                    "verslag op het gewenste aantal pagina's te krijgen.").format(used=used)
        )  # fmt: skip


class PageBudgetActions(QObject):
    """Connects the preview to the indicator and offers the automatic fit."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.label = PageBudgetLabel(window)
        window.statusBar().addPermanentWidget(self.label)
        window.preview.rendered.connect(self._rendered)
        self.fit_action = QAction(self.tr("Passend maken op pagina's…"), window)
        self.fit_action.setObjectName("fitPages")
        self.fit_action.setStatusTip(
            self.tr("Foto's iets lager, minder witruimte en hoogstens 0,5 pt kleinere "
                    "letter, tot het verslag op het gekozen aantal pagina's past")
        )  # fmt: skip
        self.fit_action.triggered.connect(self.ask_fit)
        menu = getattr(window.actions_, "format_menu", None) or window.tools_menu
        menu.addSeparator()
        menu.addAction(self.fit_action)
        window.document_changed.connect(self._enable)
        window.controller.document_replaced.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        document = self.window.controller.document
        self.fit_action.setEnabled(isinstance(document, Edition))
        if not isinstance(document, Edition):
            self.label.show_budget(None)

    def _rendered(self, result: Any) -> None:
        document = self.window.controller.document
        fill = getattr(result, "page_fill", None)
        if not isinstance(document, Edition) or not fill:
            self.label.show_budget(None)
            return
        from vnhg_desk.layout.page_budget import budget

        self.label.show_budget(budget(fill, document.page_target))

    def ask_fit(self) -> None:
        """Ask for the page count, then fit (see :meth:`fit_to`)."""
        document = self.window.controller.document
        if not isinstance(document, Edition):
            return
        pages, chosen = QInputDialog.getInt(
            self.window,
            self.tr("Passend maken"),
            self.tr("Aantal pagina's (voor gevouwen drukwerk een viervoud):"),
            document.page_target,
            1,
            MAX_PAGES,
        )
        if chosen:
            self.fit_to(pages)

    def fit_to(self, pages: int) -> bool:
        """Fit the open edition to ``pages`` pages as one undoable step; False (and a
        message saying how much must go) when even the tightest fit is too long."""
        from vnhg_desk.export.pdf.budget import edition_words, fit_edition
        from vnhg_desk.layout.page_fit import too_long_message

        window = self.window
        document = window.current_document()
        if not isinstance(document, Edition):
            return False
        trial = _copy(document, pages)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            outcome = fit_edition(trial, window.library.house_style(), window.library)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if not outcome.fits:
            dialogs.show_error(
                window, self.tr("Past niet"), too_long_message(outcome, edition_words(trial))
            )
            return False
        controller = window.controller
        window.undo_stack.beginMacro(self.tr("Passend maken op %n pagina's", "", pages))
        try:
            controller.set_field((), "page_target", pages, self.tr("Aantal pagina's"), typing=False)
            controller.set_field((), "fit", outcome.fit, self.tr("Passend maken"), typing=False)
        finally:
            window.undo_stack.endMacro()
        from vnhg_desk.layout.page_budget import budget_words

        window.show_status(budget_words(outcome.budget, current_language()))
        return True


def _copy(document: Edition, pages: int) -> Edition:
    import dataclasses

    return dataclasses.replace(document, page_target=pages)
