"""The window's publishing actions: export, e-mail draft, print, house style, people, language.

``install_publish_actions(window)`` adds them to the window's menus and toolbar. Exports
run in a worker thread (export_worker.py) behind a progress dialog; results and problems
are shown without blocking the window (status bar plus a non-modal message).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QObject,
    QPointF,
    QProcess,
    QRectF,
    QSettings,
    QStandardPaths,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QColor,
    QDesktopServices,
    QIcon,
    QKeySequence,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMessageBox,
    QStyle,
)

from vnhg_desk.gui.export_worker import ExportRunner, LibraryCopy
from vnhg_desk.gui.i18n import LANGUAGES, current_language, save_language
from vnhg_desk.gui.presend_dialog import PresendMixin
from vnhg_desk.gui.printing import PrintMixin
from vnhg_desk.gui.publish_mail import EmailDraftMixin

LAST_FOLDER_KEY = "export/last_folder"
FILE_MENU = (
    "|",
    "check",
    "pdf-email",
    "pdf-print",
    "docx",
    "email-draft",
    "export-log",
    "|",
    "print",
    "print-booklet",
    "|",
)
EXPORT_KINDS = {  # kind -> (suffix, variant)
    "pdf-email": (".pdf", "email"),
    "pdf-print": (".pdf", "print"),
    "docx": (".docx", "email"),
}


def drawn_icon(kind: str, colour: QColor) -> QIcon:
    """A simple line icon ("mail": an envelope, "printer") in the palette's text colour."""
    pixmap = QPixmap(64, 64)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(colour, 4)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    if kind == "mail":
        painter.drawRoundedRect(QRectF(6, 14, 52, 36), 4, 4)
        painter.drawPolyline([QPointF(8, 17), QPointF(32, 36), QPointF(56, 17)])
    else:  # printer: paper in, body, paper out
        painter.drawRect(QRectF(18, 6, 28, 16))
        painter.drawRoundedRect(QRectF(6, 22, 52, 24), 4, 4)
        painter.drawRect(QRectF(18, 38, 28, 20))
        painter.drawLine(QPointF(24, 46), QPointF(40, 46))
        painter.drawLine(QPointF(24, 52), QPointF(36, 52))
    painter.end()
    return QIcon(pixmap)


def install_publish_actions(window: Any) -> PublishActions:
    """Add the publishing actions to ``window`` (the MainWindow); returns their owner."""
    actions = PublishActions(window)
    window.publish_actions = actions
    return actions


class PublishActions(PresendMixin, EmailDraftMixin, PrintMixin, QObject):
    """Owns the actions and runs what they start."""

    export_finished = Signal(object)  # Path of the written file
    export_failed = Signal(str)  # the Dutch message shown

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.runner = ExportRunner(window, self)
        self.runner.busy_changed.connect(self._set_busy)
        self.last_message: QMessageBox | None = None
        self.actions: dict[str, QAction] = {}
        self._make_actions()
        self._place_actions()
        self.retranslate()
        window.installEventFilter(self)

    # -- actions ---------------------------------------------------------------------------
    def _action(self, key: str, slot: Callable[[], Any], icon: QIcon | None = None) -> QAction:
        action = QAction(self.window)
        if icon is not None:
            action.setIcon(icon)
        action.triggered.connect(lambda _checked=False: slot())
        self.actions[key] = action
        return action

    def _icon(self, theme: str, fallback: QStyle.StandardPixmap | str) -> QIcon:
        """The desktop theme's icon, else a drawn one ("mail", "printer") or Qt's own."""
        if isinstance(fallback, str):
            backup = drawn_icon(fallback, self.window.palette().color(QPalette.ColorRole.Text))
        else:
            backup = self.window.style().standardIcon(fallback)
        return QIcon.fromTheme(theme, backup)

    def _make_actions(self) -> None:
        pixmap = QStyle.StandardPixmap
        checked = self.before_sending  # the pre-send check first (presend_dialog.py)
        self._action(
            "pdf-email",
            lambda: checked(lambda: self.export("pdf-email")),
            self._icon("document-export", pixmap.SP_DialogSaveButton),
        )
        self._action("pdf-print", lambda: checked(lambda: self.export("pdf-print")))
        self._action("docx", lambda: checked(lambda: self.export("docx")))
        self._action(
            "email-draft",
            lambda: checked(self.email_draft),
            self._icon("mail-message-new", "mail"),
        )
        self._action("check", self.check_before_sending)
        self._action("print", self.print_document, self._icon("document-print", "printer"))
        self._action("print-booklet", lambda: self.print_document(booklet="a3"))
        self._action("house-style", self.edit_house_style)
        self._action("people", self.edit_people)
        self._action("cover-email", self.edit_cover_email)
        self._action("export-log", self.show_export_log)
        self.actions["pdf-email"].setShortcut(QKeySequence("Ctrl+E"))
        self.actions["print"].setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        for code, name in LANGUAGES.items():  # each language named in itself
            action = self._action(f"language-{code}", lambda code=code: self.set_language(code))
            action.setText(name)
            action.setCheckable(True)
            action.setChecked(code == current_language())
            self.language_group.addAction(action)

    def _place_actions(self) -> None:
        window, a = self.window, self.actions
        file_menu = window.file_menu
        quit_action = next(
            (
                x
                for x in file_menu.actions()
                if x.menuRole() == QAction.MenuRole.QuitRole
                or x.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)
            ),
            None,
        )
        for entry in FILE_MENU:
            action = QAction(window) if entry == "|" else a[entry]
            action.setSeparator(entry == "|")
            file_menu.insertAction(quit_action, action)  # None: at the end
        tools = window.tools_menu
        tools.addSeparator()
        for key in ("house-style", "people", "cover-email"):
            tools.addAction(a[key])
        tools.addSeparator()
        self.language_menu = tools.addMenu("")
        for code in LANGUAGES:
            self.language_menu.addAction(a[f"language-{code}"])
        toolbar = getattr(window, "toolbar", None)
        if toolbar is not None:
            toolbar.addSeparator()
            for key in ("pdf-email", "email-draft", "print"):
                toolbar.addAction(a[key])

    def retranslate(self) -> None:
        """(Re)set every text in the current UI language."""
        texts = {
            "pdf-email": (
                self.tr("Exporteren als PDF (e-mail)…"),
                self.tr("Kleine PDF om per e-mail te versturen"),
            ),
            "pdf-print": (
                self.tr("Exporteren als PDF (drukwerk)…"),
                self.tr("PDF voor de drukker: afloop, snijtekens, foto's op 300 ppi"),
            ),
            "docx": (
                self.tr("Exporteren als Word…"),
                self.tr("Word-bestand dat collega's kunnen bewerken"),
            ),
            "email-draft": (
                self.tr("E-mailconcept maken…"),
                self.tr("Concept met de PDF als bijlage openen in uw e-mailprogramma"),
            ),
            "print": (self.tr("Afdrukken…"), self.tr("Afdrukken op een printer")),
            "print-booklet": (
                self.tr("Afdrukken als boekje…"),
                self.tr("Dubbelzijdig op A3 (of als A5-boekje op A4), om te vouwen tot een boekje"),
            ),
            "check": (
                self.tr("Controle voor verzenden…"),
                self.tr("Zoek wat nog niet klopt voordat de editie de deur uitgaat"),
            ),
            "export-log": (
                self.tr("Exportgeschiedenis…"),
                self.tr("Wat er van dit document is geëxporteerd, verstuurd en afgedrukt"),
            ),
            "house-style": (
                self.tr("Huisstijl…"),
                self.tr("Naam, logo, kleuren, lettertypen en contactgegevens"),
            ),
            "people": (self.tr("Personen…"), self.tr("Personen voor panels en bijschriften")),
            "cover-email": (
                self.tr("Begeleidende e-mail…"),
                self.tr("Adressenlijst, onderwerp, tekst en ondertekening"),
            ),
        }
        for key, (text, tip) in texts.items():
            self.actions[key].setText(text)
            self.actions[key].setToolTip(tip)
            self.actions[key].setStatusTip(tip)
        self.actions["pdf-email"].setIconText(self.tr("PDF (e-mail)"))
        self.actions["email-draft"].setIconText(self.tr("E-mailconcept"))
        self.actions["print"].setIconText(self.tr("Afdrukken"))
        self.language_menu.setTitle(self.tr("Taal"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif watched is self.window and event.type() == QEvent.Type.Close:
            self.runner.wait()  # let a running export finish before the window goes
        return False

    # -- helpers ---------------------------------------------------------------------------
    def _document(self) -> Any:
        document = self.window.current_document()
        if document is None or document.id is None:
            self._say(self.tr("Open eerst een editie of uitnodiging."), warning=True)
            return None
        return document

    def _say(self, text: str, *, warning: bool = False, folder: Path | None = None) -> QMessageBox:
        """Status bar text plus a non-blocking message box (kept in ``last_message``)."""
        self.window.show_status(text)
        icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
        box = QMessageBox(icon, "VNHG Desk", text, QMessageBox.StandardButton.Ok, self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if folder is not None:
            button = box.addButton(self.tr("Map openen"), QMessageBox.ButtonRole.ActionRole)
            button.clicked.connect(
                lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
            )
        box.setEscapeButton(QMessageBox.StandardButton.Ok)  # Esc closes it, as OK does
        self.last_message = box
        box.open()
        return box

    def _settings(self) -> QSettings:
        """The window's settings (its recent folders live there), else the app's."""
        settings = getattr(self.window, "settings", None)
        return settings if isinstance(settings, QSettings) else QSettings()

    def _last_folder(self) -> Path:
        saved = self._settings().value(LAST_FOLDER_KEY, "")
        if saved and Path(str(saved)).is_dir():
            return Path(str(saved))
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents else Path.home()

    def default_file_name(self, document: Any, kind: str) -> str:
        """The proposed file name: "2026-10-09 Verslag ledenvergadering.pdf"."""
        from vnhg_desk.export.dispatch import safe_file_name

        suffix, variant = EXPORT_KINDS[kind]
        title = document.title + (self.tr(" (drukwerk)") if variant == "print" else "")
        return safe_file_name(title, document.date, suffix=suffix)

    def _run(
        self,
        doc_ids: list[int],
        job: Callable[[LibraryCopy, Callable[[float], None]], Any],
        title: str,
        done: Callable[[Any], None],
        failed: Callable[[str], None] | None = None,
    ) -> None:
        """Run ``job`` on a copy of the library in a worker, with a progress dialog."""
        self.runner.run(self.window.library, doc_ids, job, title, done, failed or self._failed)

    def _set_busy(self, busy: bool) -> None:
        for key in ("pdf-email", "pdf-print", "docx", "email-draft", "print", "print-booklet"):
            self.actions[key].setEnabled(not busy)

    @property
    def busy(self) -> bool:
        """True while an export runs."""
        return self.runner.busy

    def _failed(self, message: str) -> None:
        self._say(message, warning=True)
        self.export_failed.emit(message)

    def wait(self, timeout_ms: int = 60000) -> None:
        """Block until running exports are done (for tests and closing the window)."""
        self.runner.wait(timeout_ms)

    # -- export ----------------------------------------------------------------------------
    def export(self, kind: str, target: Path | None = None) -> None:
        """Export the open document as ``kind``; asks for the file when ``target`` is None."""
        document = self._document()
        if document is None:
            return
        suffix, variant = EXPORT_KINDS[kind]
        if target is None:
            titles = {
                "pdf-email": self.tr("PDF voor e-mail opslaan"),
                "pdf-print": self.tr("PDF voor drukwerk opslaan"),
                "docx": self.tr("Word-bestand opslaan"),
            }
            filters = {
                ".pdf": self.tr("PDF-bestanden (*.pdf)"),
                ".docx": self.tr("Word-bestanden (*.docx)"),
            }
            proposal = self._last_folder() / self.default_file_name(document, kind)
            name, _filter = QFileDialog.getSaveFileName(
                self.window, titles[kind], str(proposal), filters[suffix]
            )
            if not name:
                return
            target = Path(name)
        target = Path(target)
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        if target.is_dir():  # the dispatcher would write an exchange folder there
            self._failed(self.tr("{path} is een map; kies een bestandsnaam.").format(path=target))
            return
        self._settings().setValue(LAST_FOLDER_KEY, str(target.parent))
        from vnhg_desk.export.dispatch import export_document

        def job(library: LibraryCopy, progress: Callable[[float], None]) -> Path:
            return export_document(library, document.id, target, variant=variant, progress=progress)

        self._run([document.id], job, self.tr("Bezig met exporteren…"), self._saved)

    def _saved(self, path: Path) -> None:
        self._say(self.tr("Opgeslagen in {path}").format(path=path), folder=Path(path).parent)
        self.export_finished.emit(Path(path))

    # -- dialogs ---------------------------------------------------------------------------
    def edit_house_style(self) -> QDialog:
        """Open the house style dialog; saving refreshes the preview at once."""
        from vnhg_desk.gui.house_style_dialog import HouseStyleDialog

        dialog = HouseStyleDialog(self.window.library, self.window)
        dialog.saved.connect(lambda _style: self.window.refresh_preview())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def edit_people(self) -> QDialog:
        """Open the people list."""
        from vnhg_desk.gui.people_dialog import PeopleDialog

        dialog = PeopleDialog(self.window.library, self.window)
        dialog.people_changed.connect(self._people_changed)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _people_changed(self) -> None:
        editor = getattr(self.window, "invitation_editor", None)
        if hasattr(editor, "refresh_people"):
            editor.refresh_people()  # new people can be picked in the open invitation

    def edit_cover_email(self) -> QDialog:
        """Open the recipients list and templates of the cover e-mail."""
        from vnhg_desk.gui.cover_email_dialog import CoverEmailDialog

        dialog = CoverEmailDialog(self.window.library, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_export_log(self) -> QDialog | None:
        """Show what was exported, drafted and printed for the open document."""
        from vnhg_desk.gui.export_log_dialog import ExportLogDialog

        document = self._document()
        if document is None:
            return None
        dialog = ExportLogDialog(self.window.library, document.id, document.title, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- language --------------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        """Remember the UI language; it takes effect when VNHG Desk starts again.

        Until then every text stays in the current language (never a mix of both); the
        user is offered a restart at once (the window saves everything before it closes).
        """
        if language not in LANGUAGES:
            return
        save_language(language)
        self.actions[f"language-{language}"].setChecked(True)
        if language == current_language():
            return
        box = self._say(
            self.tr(
                "De nieuwe taal is overal zichtbaar na het herstarten van "
                "VNHG Desk. Nu herstarten? Uw werk is bewaard."
            )
        )
        button = box.addButton(self.tr("Nu herstarten"), QMessageBox.ButtonRole.AcceptRole)
        button.clicked.connect(self.restart)

    def restart(self) -> bool:
        """Close the window (it saves everything) and start the program again."""
        if not self.window.close():
            return False
        frozen = getattr(sys, "frozen", False)
        arguments = sys.argv[1:] if frozen else sys.argv
        return QProcess.startDetached(sys.executable, arguments)
