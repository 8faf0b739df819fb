"""The window's publishing actions: export, e-mail draft, print, house style, people, language.

``install_publish_actions(window)`` adds them to the window's menus and toolbar. What the
actions start lives in objects of its own, each given only what it needs:
:class:`~vnhg_desk.gui.publish_jobs.PublishJobs` (worker, progress, messages; exports
run in a worker thread behind a progress dialog and never block the window),
:class:`~vnhg_desk.gui.file_export.FileExport`, :class:`~vnhg_desk.gui.publish_mail.EmailDraft`,
:class:`~vnhg_desk.gui.printing.DocumentPrinting`,
:class:`~vnhg_desk.gui.presend_dialog.PresendCheck` and the settings dialogs
(:class:`~vnhg_desk.gui.settings_dialogs.SettingsDialogs`).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QProcess
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QIcon,
    QKeySequence,
)
from PySide6.QtWidgets import QMessageBox

from vnhg_desk.gui.file_export import FileExport
from vnhg_desk.gui.i18n import LANGUAGES, current_language, save_language
from vnhg_desk.gui.icons import line_icon
from vnhg_desk.gui.presend_dialog import PresendCheck, show_place
from vnhg_desk.gui.printing import DocumentPrinting
from vnhg_desk.gui.publish_jobs import PublishJobs
from vnhg_desk.gui.publish_mail import EmailDraft
from vnhg_desk.gui.settings_dialogs import SettingsDialogs

if TYPE_CHECKING:
    from vnhg_desk.gui.main_window import MainWindow

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


def install_publish_actions(window: MainWindow) -> PublishActions:
    """Add the publishing actions to ``window`` (the MainWindow); returns their owner."""
    return PublishActions(window)


class PublishActions(QObject):
    """Owns the actions, places them in the window's menus and toolbar, and hands what
    they start to the publishing objects below."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main_window = window
        self.jobs = PublishJobs(window.library, window, window.current_document, window.show_status)
        self.jobs.busy_changed.connect(self._set_busy)
        self.files = FileExport(self.jobs, window.settings)
        self.mail = EmailDraft(self.jobs)
        self.printing = DocumentPrinting(self.jobs)
        self.presend = PresendCheck(
            self.jobs, window.controller.flush, lambda place: show_place(window, place)
        )
        self.dialogs = SettingsDialogs(
            window.library,
            window,
            style_saved=lambda: window.refresh_preview(),
            people_changed=self._people_changed,
        )
        self.actions: dict[str, QAction] = {}
        self._make_actions()
        self._place_actions()
        self.retranslate()
        window.installEventFilter(self)

    # -- actions ---------------------------------------------------------------------------
    def _action(self, key: str, slot: Callable[[], Any], icon: QIcon | None = None) -> QAction:
        action = QAction(self.main_window)
        if icon is not None:
            action.setIcon(icon)
        action.triggered.connect(lambda _checked=False: slot())
        self.actions[key] = action
        return action

    def _make_actions(self) -> None:
        checked = self.presend.before_sending  # the pre-send check first (presend_dialog.py)
        self._action(
            "pdf-email",
            lambda: checked(lambda: self.files.export("pdf-email")),
            line_icon("export", self.main_window),
        )
        self._action("pdf-print", lambda: checked(lambda: self.files.export("pdf-print")))
        self._action("docx", lambda: checked(lambda: self.files.export("docx")))
        self._action(
            "email-draft",
            lambda: checked(self.mail.email_draft),
            line_icon("mail", self.main_window),
        )
        self._action("check", self.presend.check_before_sending)
        self._action("print", self.printing.print_document, line_icon("printer", self.main_window))
        self._action("print-booklet", lambda: self.printing.print_document(booklet="a3"))
        self._action("house-style", self.dialogs.edit_house_style)
        self._action("people", self.dialogs.edit_people)
        self._action("cover-email", self.dialogs.edit_cover_email)
        self._action("export-log", self.files.show_export_log)
        self.actions["pdf-email"].setShortcut(QKeySequence("Ctrl+E"))
        self.actions["print"].setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        for code, name in LANGUAGES.items():  # each language named in itself
            action = self._action(f"language-{code}", partial(self.set_language, code))
            action.setText(name)
            action.setCheckable(True)
            action.setChecked(code == current_language())
            self.language_group.addAction(action)

    def _place_actions(self) -> None:
        window, a = self.main_window, self.actions
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
            if quit_action is None:
                file_menu.addAction(action)
            else:
                file_menu.insertAction(quit_action, action)
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
        if watched is self.main_window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif watched is self.main_window and event.type() == QEvent.Type.Close:
            self.jobs.wait()  # let a running export finish before the window goes
        return False

    def _set_busy(self, busy: bool) -> None:
        for key in ("pdf-email", "pdf-print", "docx", "email-draft", "print", "print-booklet"):
            self.actions[key].setEnabled(not busy)

    def _people_changed(self) -> None:
        editor = self.main_window.invitation_editor
        if editor is not None:
            editor.refresh_people()  # new people can be picked in the open invitation

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
        box = self.jobs.say(
            self.tr(
                "De nieuwe taal is overal zichtbaar na het herstarten van "
                "VNHG Desk. Nu herstarten? Uw werk is bewaard."
            )
        )
        button = box.addButton(self.tr("Nu herstarten"), QMessageBox.ButtonRole.AcceptRole)
        button.clicked.connect(self.restart)

    def restart(self) -> bool:
        """Close the window (it saves everything) and start the program again."""
        if not self.main_window.close():
            return False
        frozen = getattr(sys, "frozen", False)
        arguments = sys.argv[1:] if frozen else sys.argv
        started = QProcess.startDetached(sys.executable, arguments)
        # PySide gives (started, pid) here; a bare bool is taken as it is
        return bool(started[0] if isinstance(started, tuple) else started)
