"""Settings: what this terminal remembers for its operator (the interface's language)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.gui import i18n
from app.gui.look import set_role


class SettingsDialog(QDialog):
    """The language of the interface; a change applies when Tijori next starts."""

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
        self.note = QLabel(self.tr("Tijori shows the new language the next time it starts. "
                                   "Quantities, serials and codes are always written in "
                                   "Latin digits."))
        self.note.setWordWrap(True)
        set_role(self.note, "hint")
        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language)
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
        i18n.choose(self.language.currentData() or "")
        super().accept()
