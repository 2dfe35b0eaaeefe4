"""The language the window speaks: Qt's translation system with the app's catalogue and Qt's own.

Every text a person reads goes through `translate(context, text)` where it is shown (a module-level constant is
marked with `QT_TRANSLATE_NOOP(context, text)` and translated where it is used, since it is built before the
language is chosen). `pyside6-lupdate` finds both by their names; `scripts/translations.py` updates the `.ts`
catalogues in `resources/i18n/` from them and compiles the `.qm` files the app loads.

A sentence with numbers keeps its placeholders named, so a translation may reorder them:
`translate("Status", "Epoch {epoch}: loss {loss}").format(epoch=e, loss=f"{x:.3f}")`; a count uses Qt's plural
rules: `translate("Data", "%n point(s)", None, n)`.

The language is chosen once, before the window is built: `--lang`, else Preferences > Language (kept in the app's
settings), else the system's locale. A change in Preferences applies at the next start (the menu says so).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from nnplayground import resources
from nnplayground.core.texts import rendered

# the languages the app speaks: code -> its own name (a menu shows each in itself, as a reader of it looks for it)
LANGUAGES: dict[str, str] = {"en": "English", "zh_CN": "简体中文"}
SOURCE_LANGUAGE = "en"
SETTINGS_KEY = "ui/language"
_installed: list[QTranslator] = []  # kept alive here: Qt holds only a pointer to an installed translator
_speaking = [SOURCE_LANGUAGE]  # the language `install` last made the app speak


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the window's language (itself when there is no translation): Qt's `QCoreApplication.translate`."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def translated(text: str) -> str:
    """A text from the core in the window's language: a marked `Source` or a `Text` with its values filled in
    (a value that is itself marked is translated too); any other string as it is (a name, a number)."""
    return rendered(text, translate)


def error_text(exc: BaseException) -> str:
    """An exception's message in the window's language (a core `Text`/`Source` is translated, else as it is)."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return translated(first) if isinstance(first, str) else str(exc)


def normalise(code: str | None) -> str | None:
    """The language of LANGUAGES a code names ("zh", "zh_CN", "zh-Hans-CN", "en_GB" ...), or None for none."""
    if not code:
        return None
    code = code.replace("-", "_")
    if code in LANGUAGES:
        return code
    base = code.split("_")[0].lower()
    if base == "zh":
        return "zh_CN"  # the one Chinese catalogue there is; better than English for a reader of any Chinese
    return next((c for c in LANGUAGES if c.split("_")[0] == base), None)


def system_language() -> str:
    """The system locale's language if the app speaks it, else English."""
    for name in QLocale.system().uiLanguages():
        found = normalise(name)
        if found:
            return found
    return SOURCE_LANGUAGE


def chosen_language(settings: QSettings, asked: str | None = None) -> str:
    """What the window speaks: `asked` (--lang) if given, else the one kept in `settings`, else the system's."""
    return normalise(asked) or normalise(str(settings.value(SETTINGS_KEY) or "")) or system_language()


def catalogue(language: str) -> str:
    """The path of the app's compiled catalogue for `language` (it may not exist: English has none)."""
    return str(resources.path("i18n", f"nnplayground_{language}.qm"))


def install(app: QCoreApplication, language: str) -> bool:
    """Make `app` speak `language`: the app's catalogue, Qt's own (Save/Discard/Cancel, the colour dialog ...) and
    the locale's number format. Replaces whatever an earlier call installed. False if the app's catalogue for a
    language other than English could not be loaded (then the window stays English)."""
    uninstall(app)
    if language == SOURCE_LANGUAGE:
        return True  # (numbers keep the system's format, as before there was a choice)
    ours = QTranslator(app)
    if not ours.load(catalogue(language)):
        return False
    QLocale.setDefault(QLocale(language))
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    app.installTranslator(ours)
    _installed.append(ours)
    _speaking[0] = language
    return True


def current() -> str:
    """The language the window speaks now."""
    return _speaking[0]


def uninstall(app: QCoreApplication) -> None:
    """Back to English (the language of the source) and the system's number format."""
    while _installed:
        app.removeTranslator(_installed.pop())
    QLocale.setDefault(QLocale.system())
    _speaking[0] = SOURCE_LANGUAGE
