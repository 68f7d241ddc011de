"""Settings: what this terminal remembers for its operator (the interface's language)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.gui import dialogs, i18n, settings
from app.gui.look import set_role

#: The camera chosen for QR codes (`camera_scan` reads it), by its id in hex.
CAMERA_SETTING = "camera/device"


class SettingsDialog(QDialog):
    """The language of the interface, saved for the next start and shown at once; and the
    camera that reads QR codes (opened only while a scan runs).

    `language_changed(code)` on Save when the choice changed ("" for the system's): the
    window that opened Settings passes it on to the `Controller` (app/gui/main.py), which
    installs the language and builds the windows again in it.
    """

    language_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        system = i18n.LANGUAGES[i18n.system_language()]
        self.language.addItem(self.tr("As the system: {language}").format(language=system), "")
        for code, name in i18n.LANGUAGES.items():
            if i18n.translated(code):
                self.language.addItem(name, code)
        index = self.language.findData(i18n.chosen())
        self.language.setCurrentIndex(max(0, index))
        self.note = QLabel(self.tr("Tijori shows the new language at once. A window with "
                                   "work in progress or a dialog open keeps its language "
                                   "until it is next opened. Quantities, serials and codes "
                                   "are always written in Latin digits."))
        self.note.setObjectName("note")
        self.note.setWordWrap(True)
        set_role(self.note, "hint")
        self.camera = QComboBox()
        self.camera.setObjectName("camera")
        try:  # Qt Multimedia, loaded only here and when a scan starts
            from app.gui import camera_scan
        except ImportError:
            camera_scan = None
        devices = camera_scan.cameras() if camera_scan else []
        for device in devices:
            self.camera.addItem(device.description(), camera_scan.camera_key(device))
        if devices:
            chosen = camera_scan.chosen_camera()
            index = self.camera.findData(camera_scan.camera_key(chosen)) if chosen else 0
            self.camera.setCurrentIndex(max(0, index))
        else:
            self.camera.addItem(self.tr("No camera connected: QR codes are read from image "
                                        "files"), "")
            self.camera.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Camera for QR codes:"), self.camera)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def accept(self) -> None:
        if self.camera.currentData():
            settings.set_value(CAMERA_SETTING, self.camera.currentData())
        before = i18n.chosen()
        code = self.language.currentData() or ""
        i18n.choose(code)
        # Closed first: the window that opened Settings then holds no dialog open, and may
        # be built again in the new language.
        super().accept()
        if code != before:
            self.language_changed.emit(code)


def tell_kept(parent: QWidget | None, titles: Sequence[str]) -> None:
    """Tell the user that the windows `titles` keep the language they were built in (they
    hold work in progress or a dialog): each shows the new one when it is next opened."""
    translate = QCoreApplication.translate
    dialogs.inform(parent, translate("SettingsDialog", "Language"),
                   translate("SettingsDialog", "These windows have work in progress or a "
                             "dialog open, so they keep their language until they are next "
                             "opened:\n{windows}").format(windows="\n".join(titles)))
