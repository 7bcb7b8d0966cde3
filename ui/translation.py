"""The app's language: load the translation for Settings → Language (or the system's
language) before any window is built, for Qt's own texts as well as ours.

Our texts are in resources/i18n/unknot_<code>.qm, made from the .ts files there
(docs/translations.md); Qt's dialogs' buttons come from Qt's own qtbase_<code>.qm.
A language takes effect when Unknot starts; Settings says so.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from core import i18n
from core.resources import resource
from core.settings import LANGUAGES

log = logging.getLogger("unknot.translation")

SOURCE_LANGUAGE = "en"
# Each language in its own words, as the Settings list shows it.
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch"}


def translations_dir() -> str:
    """Where the compiled translations are."""
    return str(resource("i18n"))


def chosen_language(setting: str, system: QLocale | None = None) -> str:
    """The language to use: the setting, or the system's first language we ship."""
    if setting:
        return setting
    for name in (system or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def install_language(app: QCoreApplication, setting: str) -> str:
    """Install the translators for `setting` on `app`; return the language in use. A
    missing translation file falls back to English and is logged, never fatal."""
    language = chosen_language(setting)
    QLocale.setDefault(QLocale(language))
    if language != SOURCE_LANGUAGE:
        ours = QTranslator(app)
        if ours.load(f"unknot_{language}", translations_dir()):
            app.installTranslator(ours)
        else:
            log.warning("no translation unknot_%s in %s", language, translations_dir())
            language = SOURCE_LANGUAGE
        qt = QTranslator(app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if language != SOURCE_LANGUAGE and qt.load(f"qtbase_{language}", qt_folder):
            app.installTranslator(qt)
    i18n.install(QCoreApplication.translate)
    log.info("language %s (setting %r)", language, setting)
    return language
