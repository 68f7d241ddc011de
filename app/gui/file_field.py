"""A file path field: a line edit with a Browse… button inside it.

It is a QLineEdit, so a `Form` reads and checks it like any text field; the
button asks through `app.gui.dialogs` (never QFileDialog directly).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QStyle, QWidget

from app.gui import dialogs
from app.gui.i18n import tr


class FileField(QLineEdit):
    """A path typed or chosen; `picked(path)` after a choice in the dialog."""

    picked = Signal(str)

    def __init__(self, title: str, filters: str, *, key: str = "files", save: bool = False,
                 suggested: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.filters = filters
        self.key = key
        self.save = save
        self.suggested = suggested
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_DirOpenIcon)
        self.browse_action = self.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
        self.browse_action.setToolTip(tr("Choose…"))
        self.browse_action.triggered.connect(self.browse)
        self.setPlaceholderText(tr("Type a path, or click the folder to choose"))

    def browse(self) -> str:
        """Ask for the file; keep the answer ('' when the user cancels)."""
        if self.save:
            path = dialogs.save_file(self, self.title, self.suggested, self.filters, self.key)
        else:
            path = dialogs.open_file(self, self.title, self.filters, self.key)
        if path:
            self.setText(path)
            self.picked.emit(path)
        return path

    @property
    def path(self) -> str:
        return self.text().strip()


class FolderField(FileField):
    """A folder typed or chosen (the button asks for a folder, not a file)."""

    def browse(self) -> str:
        path = dialogs.pick_folder(self, self.title, self.key)
        if path:
            self.setText(path)
            self.picked.emit(path)
        return path


def check_existing_file(text: str) -> None:
    """A form check: the path names a file that is there."""
    from pathlib import Path

    from app.domain.errors import InvalidInput

    if not Path(text).expanduser().is_file():
        raise InvalidInput(tr("There is no file {path}.").format(path=text))


def check_new_path(text: str) -> None:
    """A form check: the path names no file yet, in a folder that is there."""
    from pathlib import Path

    from app.domain.errors import InvalidInput

    path = Path(text).expanduser()
    if path.exists():
        raise InvalidInput(tr("{path} already exists; choose a new name.").format(path=text))
    if not path.parent.is_dir():
        raise InvalidInput(tr("There is no folder {path}.").format(path=str(path.parent)))


def check_key_reference(text: str) -> None:
    """A form check for a signing key's field: a key file that is there, or a key inside a
    hardware token named by its pkcs11: URI (looked for in the token only when it signs:
    the token may be plugged in later)."""
    from app.services.signing_keys import is_token_ref

    if not is_token_ref(text):
        check_existing_file(text)
