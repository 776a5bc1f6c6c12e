"""Interface language: Italian (the source language and the default) or English.

cotdesk's own strings are written in Italian in the code (``self.tr("…")``) and translated
to English by ``resources/translations/cotdesk_en.qm`` (built by ``make translations``);
Qt's own dialogs (buttons like OK/Annulla, file and print dialogs) are translated by the
``qtbase_*.qm`` files shipped with Qt.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cotdesk.resources import resources_dir

LANGUAGES = {"it": "Italiano", "en": "English"}
DEFAULT_LANGUAGE = "it"

_installed: list[QTranslator] = []


def translations_dir() -> str:
    return str(resources_dir() / "translations")


def install_translators(app: QCoreApplication, language: str = DEFAULT_LANGUAGE) -> list[str]:
    """Install the translators for ``language``; return the names of the files loaded."""
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    country = QLocale.Country.Italy if language == "it" else QLocale.Country.UnitedKingdom
    lang = QLocale.Language.Italian if language == "it" else QLocale.Language.English
    QLocale.setDefault(QLocale(lang, country))
    loaded = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, directory in (
        (f"qtbase_{language}", qt_dir),
        (f"cotdesk_{language}", translations_dir()),
    ):
        translator = QTranslator(app)
        if translator.load(name, directory):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(name)
    return loaded
