"""Every modal question the application asks, in one place.

Windows call these functions instead of `QMessageBox` and `QFileDialog`
directly, so tests can replace them (monkeypatch) and never hang on a modal
dialog, and so messages look the same everywhere.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QWidget,
)

from app.domain.errors import Cancelled, CheckFailed, ConnectionLost, TijoriError
from app.gui import settings
from app.gui.i18n import say, tr

#: Qt's own words on standard buttons (QMessageBox, QDialogButtonBox) and in the menus
#: of text fields: Qt ships no Urdu for them, so Tijori's translations carry them, under
#: the contexts Qt looks them up in.
QT_WORDS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"), QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"), QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"), QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"), QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"), QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"), QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"), QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"), QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QMessageBox", "Show Details..."),
    QT_TRANSLATE_NOOP("QMessageBox", "Hide Details..."),
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"), QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"), QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"), QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Copy &Link Location"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All"),
)


def any_open(window: QWidget) -> bool:
    """Whether a dialog of `window` shows (one it opened, at any depth): what is typed in it
    would be lost if the window were built again (in another language)."""
    return any(dialog.isVisible() for dialog in window.findChildren(QDialog))


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def bug(parent: QWidget | None, text: str, details: str) -> None:
    """An unexpected error: say so plainly, with the details there to copy."""
    box = QMessageBox(QMessageBox.Icon.Critical, tr("Unexpected error"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(tr("This is a fault in Tijori, not in what you entered. Nothing "
                              "half-written was kept. Copy the details below into a report."))
    box.setDetailedText(details)
    box.setTextInteractionFlags(box.textInteractionFlags())
    box.exec()


def show_error(parent: QWidget | None, exc: BaseException, details: str = "") -> None:
    """A user's mistake in plain words; anything else as a bug with details."""
    if isinstance(exc, Cancelled):
        inform(parent, tr("Cancelled"), say(exc))
    elif isinstance(exc, ConnectionLost):
        warn(parent, tr("Connection lost"), say(exc))
    elif isinstance(exc, CheckFailed):
        warn(parent, tr("Check failed"), say(exc))
    elif isinstance(exc, TijoriError):
        warn(parent, tr("Cannot do that"), say(exc))
    else:
        bug(parent, f"{type(exc).__name__}: {exc}", details)


def open_file(parent: QWidget | None, title: str, filters: str, key: str = "files") -> str:
    """A file to read ('' when the user cancels); remembers the folder under `key`."""
    path, _ = QFileDialog.getOpenFileName(parent, title, settings.last_folder(key), filters)
    if path:
        settings.remember_folder(key, path)
    return path


def open_files(parent: QWidget | None, title: str, filters: str, key: str = "files"
               ) -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(parent, title, settings.last_folder(key), filters)
    if paths:
        settings.remember_folder(key, paths[0])
    return paths


def save_file(parent: QWidget | None, title: str, suggested: str, filters: str,
              key: str = "files") -> str:
    """A file to write ('' when the user cancels)."""
    from pathlib import Path

    start = str(Path(settings.last_folder(key)) / suggested)
    path, _ = QFileDialog.getSaveFileName(parent, title, start, filters)
    if path:
        settings.remember_folder(key, path)
    return path


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str:
    """A line of text typed by the user ('' when they cancel)."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value.strip() if ok else ""


def pick_folder(parent: QWidget | None, title: str, key: str = "folders") -> str:
    path = QFileDialog.getExistingDirectory(parent, title, settings.last_folder(key))
    if path:
        settings.remember_folder(key, path + "/x")
    return path


def footer(dialog: QDialog, action: str, name: str,
           submit: Callable[[], object]) -> tuple[QHBoxLayout, QPushButton, QPushButton]:
    """A dialog's row of buttons, right-aligned: Cancel (rejects) and the primary action
    (`action`, object name `name`, the default button, calls `submit`)."""
    from app.gui.look import set_role

    primary = QPushButton(action)
    primary.setObjectName(name)
    set_role(primary, "primary")
    primary.setDefault(True)
    primary.clicked.connect(submit)
    cancel = QPushButton(tr("Cancel"))
    cancel.setObjectName("cancel")
    cancel.setAutoDefault(False)
    cancel.clicked.connect(dialog.reject)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(cancel)
    row.addWidget(primary)
    return row, primary, cancel
