"""The UI language: Dutch (the source strings) or English, through Qt's translators.

Our strings come from resources/translations/vnhg_desk_<lang>.qm; Qt's own dialog
buttons from Qt's qtbase_<lang>.qm. The choice is kept in QSettings "ui/language".
Words printed in the newsletter follow the document's language instead (layout/words.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from vnhg_desk.resources import resource_path

LANGUAGES = {"nl": "Nederlands", "en": "English"}
DEFAULT_LANGUAGE = "nl"
SETTINGS_KEY = "ui/language"
_LOCALES = {
    "nl": QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}

# Translators must stay alive while installed; kept here, one set per application.
_installed: list[QTranslator] = []
_current = {"language": DEFAULT_LANGUAGE}


def saved_language(settings: QSettings | None = None) -> str:
    """The language chosen earlier ("nl" when none or unknown)."""
    settings = settings or QSettings()
    value = str(settings.value(SETTINGS_KEY, DEFAULT_LANGUAGE) or DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def save_language(language: str, settings: QSettings | None = None) -> None:
    """Remember the language for the next start."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown UI language {language!r}")
    settings = settings or QSettings()
    settings.setValue(SETTINGS_KEY, language)
    settings.sync()


def current_language() -> str:
    """The language whose translators are installed now."""
    return _current["language"]


def translation_file(language: str):
    """Path of our compiled translation for ``language`` (Dutch: only the plural forms)."""
    return resource_path("translations", f"vnhg_desk_{language}.qm")


def install_translator(app: QCoreApplication, language: str | None = None) -> bool:
    """Switch ``app`` to ``language`` (default: the saved one); True when fully available.

    Removes translators installed earlier, so calling it again switches language; Qt then
    sends every widget a LanguageChange event.
    """
    language = language if language in LANGUAGES else saved_language()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    complete = True
    qt_translator = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    # Dutch is the source language; its small file only adds the singular forms of the
    # plurals ("1 document", "2 documenten").
    ours = QTranslator(app)
    path = translation_file(language)
    if path.is_file() and ours.load(str(path)):
        app.installTranslator(ours)
        _installed.append(ours)
    elif language != DEFAULT_LANGUAGE:
        complete = False
    QLocale.setDefault(_LOCALES[language])
    _current["language"] = language
    return complete
