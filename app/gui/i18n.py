"""The language of the desktop application: its translations, direction and font.

Translations are Qt's: `make translations-update` runs PySide6's `lupdate` over
`app/gui` (and the services whose sentences the application shows:
`app/services/timeline.py`, `app/services/feedback.py`) into
`resources/translations/tijori_<lang>.ts`; `make translations` runs `lrelease` into
the `.qm` files loaded here. `lupdate` files `self.tr("…")` under the class
it is written in, `QCoreApplication.translate("Context", "…")` and
`QT_TRANSLATE_NOOP("Context", "…")` under their context, and a bare `tr("…")` under
no context at all: so the `tr` below translates with the empty context, for messages
written outside a class. The journal's sentences are built by the services, which
know no Qt: they take a `translate` function, and `timeline_words` below is the one
the application gives them (the context "Timeline").

The language is the one chosen in Settings, else the system's when Tijori has
it, else English. Urdu is written right to left, in Noto Naskh Arabic (shipped
in resources/fonts); quantities, serials and codes stay in Latin digits because
the application formats them itself, never through the locale.
"""

from __future__ import annotations

import string
from importlib import resources

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from app.domain.errors import TijoriError
from app.domain.messages import CONTEXT, Code, Message
from app.gui import settings

#: Languages the application is translated into: code → its own name for itself.
LANGUAGES = {"en": "English", "ur": "اردو"}
RIGHT_TO_LEFT = frozenset({"ur"})
#: Fonts for a language's script, in resources/fonts.
FONTS = {"ur": ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf")}
SETTING = "interface/language"


def tr(text: str) -> str:
    """A message written outside a class, in the application's language."""
    return QCoreApplication.translate("", text)


def timeline_words(text: str) -> str:
    """A template or phrase of the journal's sentences (`app.services.timeline`, marked
    in the context "Timeline") in the application's language: the `translate` that
    `timeline.describe` and `feedback.recorded_since` take. Safe on any thread."""
    return QCoreApplication.translate("Timeline", text)


def say(what: BaseException | str) -> str:
    """An error, or a check's reason, from the layers below the GUI in the application's
    language. They write English `Message`s that keep their template and fields
    (app/domain/messages.py): the template is looked up in the context "Messages" and its
    fields filled in, a field that is itself a message or an error said the same way. What
    has no translation, or a translation that does not fit its fields, reads in English;
    anything that is not Tijori's (an OSError) reads as it is."""
    message = what.message if isinstance(what, TijoriError) else what
    if isinstance(message, BaseException):  # another error raised with a Message (CmsError)
        message = message.args[0] if len(message.args) == 1 else str(message)
    if not isinstance(message, str):
        return str(what)
    if not isinstance(message, Message):
        return QCoreApplication.translate(CONTEXT, message)
    text = QCoreApplication.translate(CONTEXT, message.template)
    if not message.fields:
        return text
    fields = {name: _said(value) for name, value in message.fields.items()}
    try:
        return _filled(text, fields, QGuiApplication.layoutDirection()
                       == Qt.LayoutDirection.RightToLeft)
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):
        return str(message)


_FORMATTER = string.Formatter()


def _filled(template: str, fields: dict[str, object], isolated: bool) -> str:
    """`template.format(**fields)`, each field set apart from the sentence around it
    (FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE) when the sentence reads right to
    left: a time (2026-12-06T03:17:10Z), a quantity or a path then keeps its own order
    instead of being broken up by the Urdu around it."""
    parts = []
    for literal, name, spec, conversion in _FORMATTER.parse(template):
        parts.append(literal)
        if name is None:
            continue
        value = _FORMATTER.convert_field(_FORMATTER.get_field(name, (), fields)[0],
                                         conversion)
        shown = _FORMATTER.format_field(value, spec or "")
        parts.append(f"\u2068{shown}\u2069" if isolated else shown)
    return "".join(parts)


def _said(value: object) -> object:
    """A message's field as shown: a message or an error said, a code (`Code`) named."""
    if isinstance(value, (Message, BaseException)):
        return say(value)
    if isinstance(value, Code):
        from app.gui import names  # names is built on this module

        return names.name(value.code) if value.code in names.NAMES else str(value)
    return value


def counted(kind: str, count: int) -> str:
    """ "1 bar", "2,000 bars": a number of holdings of one kind (bar, lot, tank, gas), with
    the word that goes with it in the application's language."""
    translate = QCoreApplication.translate
    if count == 1:
        return {"bar": translate("Counted", "1 bar"), "lot": translate("Counted", "1 lot"),
                "tank": translate("Counted", "1 tank"),
                "gas": translate("Counted", "1 gas inventory")}[kind]
    text = {"bar": translate("Counted", "{n} bars"), "lot": translate("Counted", "{n} lots"),
            "tank": translate("Counted", "{n} tanks"),
            "gas": translate("Counted", "{n} gas inventories")}[kind]
    return text.format(n=f"{count:,}")


def chosen() -> str:
    """The language code saved in Settings ("" for the system's)."""
    code = settings.value(SETTING)
    return code if code in LANGUAGES else ""


def choose(code: str) -> None:
    """Save the language ("" follows the system): Tijori starts in it from now on (Settings
    also has it shown at once: `app.gui.main.Controller.change_language`)."""
    settings.set_value(SETTING, code if code in LANGUAGES else "")


def system_language() -> str:
    """The system's language when Tijori has it, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def current() -> str:
    """The language the application runs in."""
    return chosen() or system_language()


def _translations_folder() -> str:
    return str(resources.files("resources").joinpath("translations"))


def install(app: QApplication, language: str | None = None) -> str:
    """Load `language` (default: `current()`) into `app`: Tijori's and Qt's own
    translations, the layout direction and the script's font. Returns the code.

    Called again, it swaps all of them: the translators it installed before are removed,
    the default locale and the font are those of the new language. Widgets already built
    keep the texts they were given (Qt sets a text once): the windows are built again
    for a change of language (`app.gui.main.Controller.change_language`)."""
    global _base_font, _installed
    code = language or current()
    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.deleteLater()
    locale = QLocale(code)
    # Urdu's CLDR digits are Latin: numbers stay as written. English is the system's
    # locale, as when Tijori starts in English (not the language installed before).
    QLocale.setDefault(locale if code != "en" else QLocale.system())
    qt_own = QTranslator(app)
    if qt_own.load(locale, "qtbase", "_",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
    ours = QTranslator(app)
    if code != "en" and ours.load(f"tijori_{code}", _translations_folder()):
        app.installTranslator(ours)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if code in RIGHT_TO_LEFT
                           else Qt.LayoutDirection.LeftToRight)
    if _base_font is None:
        _base_font = QFont(app.font())
    font = QFont(_base_font)
    families = [family for name in FONTS.get(code, ()) for family in _load_font(name)]
    if families:
        # The script's font first; Latin letters and digits fall back to the usual one.
        font.setFamilies([families[0], *_base_font.families()])
    app.setFont(font)
    _installed = code
    return code


def installed() -> str:
    """The language `install` last loaded ("" before it ran)."""
    return _installed


_base_font: QFont | None = None  # the application's font before any script's font
_installed = ""
_fonts: dict[str, list[str]] = {}  # a font file → its families, once it is added


def _load_font(name: str) -> list[str]:
    """The families of the font file `name`, added to the application the first time."""
    if name not in _fonts:
        data = resources.files("resources").joinpath("fonts", name).read_bytes()
        font_id = QFontDatabase.addApplicationFontFromData(data)
        _fonts[name] = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return _fonts[name]


def translated(code: str) -> bool:
    """Whether the compiled translation for `code` is there (English always is)."""
    if code == "en":
        return True
    return resources.files("resources").joinpath("translations", f"tijori_{code}.qm").is_file()
