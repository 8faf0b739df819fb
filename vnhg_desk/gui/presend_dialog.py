"""Controle voor verzenden in the window: the pre-send check's findings as a list, with a
jump to each problem, before an e-mail draft or an export (the secretary can still go on).

Before "E-mailconcept maken…" and the exports, the checks that need no typesetting run at
once (a few milliseconds); when one blocks, the list is shown with "Toch doorgaan". The
menu item "Controle voor verzenden…" runs every check, including the typeset ones
(headline lines, page count, e-mail size), in a worker. :class:`PresendCheck` runs them
with the :class:`~vnhg_desk.gui.publish_jobs.PublishJobs` it is given; texts are
translated in the "PublishActions" context.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from vnhg_desk.gui.export_worker import LibraryCopy
from vnhg_desk.gui.publish_jobs import PublishJobs
from vnhg_desk.model import Article, Edition, Invitation, SidebarBox

if TYPE_CHECKING:
    from vnhg_desk.check import Finding, Place
    from vnhg_desk.gui.main_window import MainWindow

MASTHEAD = ""  # the structure pane's uid for the edition's own fields (structure_pane.py)
_FINDING = Qt.ItemDataRole.UserRole + 1


class PresendDialog(QDialog):
    """The findings; selecting one shows its part and field in the editor. Not modal, so
    the secretary can fix things with the list still open."""

    def __init__(
        self,
        findings: list[Finding],
        parent: QWidget,
        show: Callable[[Place], object],
        *,
        can_proceed: bool,
    ) -> None:
        super().__init__(parent)
        self.show_place = show  # selects the finding's part and field in the editor
        self.findings = findings
        self.setWindowTitle(QCoreApplication.translate("PublishActions", "Controle voor verzenden"))
        blocking = sum(1 for f in findings if f.blocking)
        warnings = len(findings) - blocking
        if findings:
            summary = QCoreApplication.translate(
                "PublishActions", "{blocking} blokkerend, {warnings} waarschuwing(en)."
            ).format(blocking=blocking, warnings=warnings)
            if blocking:
                summary += " " + QCoreApplication.translate(
                    "PublishActions", "Dit kan zo beter niet de deur uit."
                )
        else:
            summary = QCoreApplication.translate(
                "PublishActions", "Niets gevonden: dit document kan de deur uit."
            )
        self.summary = QLabel(summary, self)
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(QCoreApplication.translate("PublishActions", "Bevindingen"))
        self.list.setWordWrap(True)
        style = self.style()
        for found in findings:
            icon = style.standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxCritical
                if found.blocking
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            where = found.place.label or found.place.field
            item = QListWidgetItem(icon, f"{where}\n{found.message}")
            item.setToolTip(f"{found.code} ({found.severity.value})")
            item.setData(_FINDING, found)
            self.list.addItem(item)
        self.list.currentRowChanged.connect(self._selected)
        self.buttons = QDialogButtonBox(self)
        self.proceed_button: QPushButton | None = None
        if can_proceed:
            self.proceed_button = self.buttons.addButton(
                QCoreApplication.translate("PublishActions", "Toch doorgaan"),
                QDialogButtonBox.ButtonRole.AcceptRole,
            )
        self.buttons.addButton(
            QCoreApplication.translate("PublishActions", "Terug naar de tekst")
            if can_proceed
            else QCoreApplication.translate("PublishActions", "Sluiten"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(620, 420)

    def _selected(self, row: int) -> None:
        if 0 <= row < len(self.findings):
            self.show_place(self.findings[row].place)


def _field_widget(owner: Any, name: str) -> QWidget | None:
    widget = getattr(owner, name, None) or getattr(owner, f"{name}_field", None)
    edit = getattr(widget, "edit", None)  # a BodyEditor: its text field
    if isinstance(edit, QWidget):
        return edit
    return widget if isinstance(widget, QWidget) else None


def show_place(window: MainWindow, place: Place) -> QWidget | None:
    """Select the part a finding points to in the editor and focus its field (or open the
    cover e-mail or house-style dialog); returns the widget that got the focus."""
    dialogs = window.publish_actions.dialogs
    if place.area == "cover-email":
        dialogs.edit_cover_email()
        return None
    if place.area == "house-style":
        dialogs.edit_house_style()
        return None
    document = window.current_document()
    widget: QWidget | None = None
    if isinstance(document, Invitation):
        widget = _field_widget(window.invitation_editor, place.field)
    elif isinstance(document, Edition):
        item = document.find(place.part) if place.part else None
        window.structure.select(item.uid if item is not None else MASTHEAD)
        if isinstance(item, Article):
            editor = window.article_editor
            owner: Any = editor
            if place.item is not None:
                editor.refresh((item.uid, place.item))  # selects the photo or quote
                is_photo = any(p.uid == place.item for p in item.photos)
                owner = editor.photos if is_photo else editor.quotes
                if place.field == "photo":
                    widget = owner.list
            widget = widget or _field_widget(owner, place.field)
        elif isinstance(item, SidebarBox):
            widget = _field_widget(window.box_editor, place.field)
        else:
            widget = _field_widget(window.masthead_editor, place.field)
    if widget is not None:
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
    return widget


class PresendCheck:
    """Runs the check before sending, and the full check from the menu."""

    def __init__(
        self,
        jobs: PublishJobs,
        flush: Callable[[], object],
        show: Callable[[Place], object],
    ) -> None:
        self.jobs = jobs
        self.flush = flush  # writes pending edits: the full check reads the saved document
        self.show = show
        self.dialog: PresendDialog | None = None

    def before_sending(self, then: Callable[[], Any]) -> None:
        """Run ``then`` at once unless a quick check finds something blocking; then show
        the findings first, with "Toch doorgaan" running ``then``."""
        document = self.jobs.current_document()
        if document is None or document.id is None:
            then()  # it says "open a document first" itself
            return
        from vnhg_desk.check import CheckContext, library_words, run_checks  # not at start-up

        library = self.jobs.library
        context = CheckContext(
            document,
            library.house_style(),
            library.cover_email(),
            library,
            typeset_allowed=False,
            extra_words=library_words(library),
        )
        findings = run_checks(context)
        if not any(f.blocking for f in findings):
            if findings:
                self.jobs.show_status(
                    QCoreApplication.translate(
                        "PublishActions", "Controle voor verzenden: {count} waarschuwing(en)."
                    ).format(count=len(findings))
                )
            then()
            return
        self.show_findings(findings, then)

    def check_before_sending(self) -> None:
        """Every check, typeset ones too, in a worker; then the list (also when empty)."""
        found = self.jobs.document()
        if found is None:
            return
        doc_id = found[0]
        self.flush()

        def job(copy: LibraryCopy, _progress: Callable[[float], None]) -> list[Finding]:
            from vnhg_desk.check import check_document

            return check_document(copy, doc_id)

        title = QCoreApplication.translate("PublishActions", "Controle voor verzenden…")
        self.jobs.run([doc_id], job, title, self.show_findings)

    def show_findings(
        self, findings: list[Finding], then: Callable[[], Any] | None = None
    ) -> PresendDialog:
        """The list of findings (not modal); with ``then``, "Toch doorgaan" runs it."""
        if self.dialog is not None:
            self.dialog.close()
        dialog = PresendDialog(findings, self.jobs.widget, self.show, can_proceed=then is not None)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if then is not None:
            dialog.accepted.connect(then)
        dialog.destroyed.connect(lambda *_args: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog
