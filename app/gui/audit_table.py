"""The count's table and its small dialogs (Physical count ▸ 3. Count).

The table is quick at the keyboard, as a warehouse terminal needs: y, n, Space and Delete
set found and seal intact; typing in another cell edits it (measured takes only a number,
the year only digits); Tab moves along the row, Enter ends it. The scan field keeps its
Enter to itself. Bars that share a serial are told apart in `CandidatesDialog`; a bar the
plan does not list is described in `UnlistedDialog`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.gui.audit_model import KEYS, NO, TOGGLED, YES, CountModel
from app.gui.forms import Form

_Index = QModelIndex | QPersistentModelIndex


class _Editors(QStyledItemDelegate):
    """Plain line editors; measured takes a number (no thousands separators) and the year
    four digits, so a slip of the finger cannot be typed at all."""

    def createEditor(self, parent: QWidget, option: Any, index: _Index) -> QWidget:
        editor = super().createEditor(parent, option, index)
        pattern = {"measured": r"\d*\.?\d*", "year_read": r"\d{0,4}"}.get(KEYS[index.column()])
        if pattern and isinstance(editor, QLineEdit):
            editor.setValidator(QRegularExpressionValidator(QRegularExpression(pattern),
                                                            editor))
        return editor


class CountTable(QTableView):
    """The count's table, quick at the keyboard: y, n, Space and Delete set found and seal
    intact; typing in another cell edits it; Tab moves along the row; Enter ends the row
    (`row_done`: back to the scan field)."""

    row_done = Signal()

    def __init__(self, model: CountModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("count_table")
        self.setModel(model)
        self.setItemDelegate(_Editors(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(26)
        self.horizontalHeader().setStretchLastSection(True)
        self.doubleClicked.connect(self._double_clicked)

    def count_model(self) -> CountModel:
        model = self.model()
        assert isinstance(model, CountModel)
        return model

    def toggle(self, index: QModelIndex, value: str | None = None) -> bool:
        """Set found or seal intact: `value`, or the next of its choices (Space)."""
        model, key = self.count_model(), KEYS[index.column()]
        if key not in TOGGLED or not model.editable(index.row(), key):
            return False
        now = model.rows[index.row()].cells[key]
        if value is None:
            value = (NO if now == YES else YES) if key == "found" else \
                {"": YES, YES: NO}.get(now, "")
        model.set_cell(index.row(), key, value)
        return True

    def keyPressEvent(self, event: Any) -> None:
        index = self.currentIndex()
        if index.isValid() and self.state() != QAbstractItemView.State.EditingState and \
                self._take_key(index, event):
            return
        super().keyPressEvent(event)

    def _take_key(self, index: QModelIndex, event: Any) -> bool:
        """Keys the table takes itself (True when taken): Enter ends the row; y, n, Space
        and Delete set found and seal intact; Delete empties another cell."""
        key, column = event.key(), KEYS[index.column()]
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.row_done.emit()
            return True
        clear = key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        if column in TOGGLED:
            choice = {"y": YES, "n": NO}.get(event.text().casefold())
            if clear:
                return self.toggle(index, "")
            if key == Qt.Key.Key_Space:
                return self.toggle(index)
            return choice is not None and self.toggle(index, choice)
        if clear and self.count_model().editable(index.row(), column):
            self.count_model().set_cell(index.row(), column, "")
            return True
        return False

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter
            self.row_done.emit()

    def _double_clicked(self, index: QModelIndex) -> None:
        self.toggle(index)


class CandidatesDialog(QDialog):
    """Which of the planned bars that share a serial is this one: by brand and year."""

    def __init__(self, text: str, model: CountModel, numbers: list[int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Which bar?"))
        self.setObjectName("candidates_dialog")
        self.numbers = numbers
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("{n} planned holdings answer to “{text}”. Read the brand and "
                               "year on this one and choose it:").format(n=len(numbers),
                                                                        text=text))
        label.setWordWrap(True)
        layout.addWidget(label)
        self.list = QListWidget()
        self.list.setObjectName("candidates")
        for number in numbers:
            row = model.rows[number]
            where = " ".join(filter(None, (row.cells["site"], row.cells["location"])))
            text_ = self.tr("{listed} — {where} (leaf {leaf})").format(
                listed=row.cells["listed_as"], where=where, leaf=row.cells["leaf"])
            if row.marked:
                text_ += " · " + self.tr("already marked")
            self.list.addItem(QListWidgetItem(text_))
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda *_: self.accept())
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(600, 240)

    def chosen(self) -> int | None:
        row = self.list.currentRow()
        return self.numbers[row] if 0 <= row < len(self.numbers) else None


class UnlistedDialog(QDialog):
    """A bar found that the plan does not list: where it is, and what is stamped on it."""

    def __init__(self, serial: str, sites: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("A bar the plan does not list"))
        self.setObjectName("unlisted_dialog")
        layout = QVBoxLayout(self)
        said = (self.tr("No holding of the plan answers to “{text}”.").format(text=serial)
                + " " if serial else "")
        intro = QLabel(said + self.tr(
            "If this bar is not in the attestation at all, add it as a bar found unlisted: "
            "the certificate names it and its conclusion says so. A bar of the attestation "
            "that was not sampled is not recorded: then Cancel."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form = Form(QFormLayout())
        self.site = QComboBox()
        self.site.setEditable(True)
        self.site.addItems(sites)
        self.form.add("site", self.tr("Site:"), self.site)
        self.form.add("location", self.tr("Location:"), QLineEdit(), required=False)
        self.serial = self.form.add("serial_read", self.tr("Serial as read:"), QLineEdit(serial))
        self.form.add("brand_read", self.tr("Brand as read:"), QLineEdit())
        self.form.add("year_read", self.tr("Year as read:"), QLineEdit(), required=False)
        self.form.add("remarks", self.tr("Remarks:"), QLineEdit(), required=False)
        self.form.finish()
        layout.addLayout(self.form.layout)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = buttons.addButton(self.tr("Add as a bar found unlisted"),
                                            QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.form.fields["brand_read" if serial else "serial_read"].widget.setFocus()
        self.resize(560, 360)

    def accept(self) -> None:
        if self.form.touch_all():
            super().accept()

    def cells(self) -> dict[str, str]:
        return self.form.values()


class ScanField(QLineEdit):
    """Where a scanner types. Its Enter is its own: it never reaches the window (whose
    dialogs' default buttons would take it)."""

    def keyPressEvent(self, event: Any) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
