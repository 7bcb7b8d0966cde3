"""Translatable text, for core/ and ui/ alike, without importing Qt here.

Every user-visible string goes through `translate(context, text)`; `pyside6-lupdate`
finds these calls by name (docs/translations.md). The context is the module's short
name. Text with values uses named fields filled after translation, so a translator can
move them: ``translate("plan", "Week {week} of 4–8").format(week=3)``. Strings kept in
tables are marked with `QT_TRANSLATE_NOOP` and translated where they are shown.

Without a translator (core tests, the CLI before the UI starts) the English text is
returned as it is. The UI installs Qt's `QCoreApplication.translate` at start-up.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]

_translator: Translator | None = None


def install(translator: Translator | None) -> None:
    """Look text up through `translator` from now on (None: English as written)."""
    global _translator
    _translator = translator


def translate(context: str, text: str) -> str:
    """`text` in the user's language, when a translation for it is installed."""
    if _translator is None:
        return text
    return _translator(context, text) or text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for extraction without translating it yet (for tables)."""
    del context
    return text
