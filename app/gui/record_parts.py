"""The pieces record dialogs are made of: field checks, widgets, a form that knows its
tab order and units, and the movement details (seals, witness, documents, note)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import InvalidInput
from app.domain.text import clean_text
from app.domain.units import parse_decimal
from app.gui import dialogs
from app.gui.forms import Form, widget_value
from app.gui.i18n import tr
from app.gui.look import set_role
from app.services.movement import Movement

# --- checks for fields (each raises InvalidInput with words for the custodian) ----------


def number_check(*, minimum: Decimal | int | None = None, above: Decimal | int | None = None,
                 maximum: Decimal | int | None = None, places: int | None = None
                 ) -> Callable[[str], Decimal]:
    """A decimal number, optionally at least `minimum`, above `above`, at most `maximum`."""

    def check(text: str) -> Decimal:
        try:
            value = parse_decimal(text, "value", places=places)
        except InvalidInput:
            if places is not None:
                try:
                    parse_decimal(text, "value")
                except InvalidInput:
                    pass
                else:
                    raise InvalidInput(
                        tr("Give at most {n} decimal places").format(n=places)) from None
            raise InvalidInput(tr("Not a number: {text}").format(text=text)) from None
        if above is not None and value <= above:
            raise InvalidInput(tr("Must be greater than {n}").format(n=above))
        if minimum is not None and value < minimum:
            raise InvalidInput(tr("Must not be less than {n}").format(n=minimum))
        if maximum is not None and value > maximum:
            raise InvalidInput(tr("Must not be more than {n}").format(n=maximum))
        return value

    return check


def text_check(field: str, limit: int) -> Callable[[str], str]:
    """Printable text of at most `limit` characters (the rule of `clean_text`)."""
    return lambda text: clean_text(text, field, limit, required=False)


def combo(items: Iterable[tuple[str, Any]], *, editable: bool = False) -> QComboBox:
    """A combo box of (label, value) pairs; `widget_value` reads the value."""
    box = QComboBox()
    box.setEditable(editable)
    for label, value in items:
        box.addItem(label, value)
    return box


def select_data(box: QComboBox, value: Any) -> bool:
    index = box.findData(value)
    if index >= 0:
        box.setCurrentIndex(index)
    return index >= 0


def line(placeholder: str = "", width: int = 260) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setMinimumWidth(width)
    edit.setClearButtonEnabled(False)
    return edit


def place_beside(widget: QWidget, other: QWidget) -> None:
    """Put `other` (a unit, a Choose… button) on `widget`'s line in its form field."""
    column = widget.parentWidget().layout()
    index = column.indexOf(widget)
    column.removeWidget(widget)
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(widget, 1)
    row.addWidget(other)
    column.insertLayout(index, row)


def fill_tanks(box: QComboBox, tanks: list[dict[str, Any]], holding: Any = None
               ) -> dict[str, dict[str, Any]]:
    """Fill `box` with the tanks (value: the code), choosing the tank with id `holding`;
    returns the tanks by code. Signals stay quiet: the caller reacts to the choice."""
    box.blockSignals(True)
    for tank in tanks:
        box.addItem(f"{tank['code']} — {tank['product']} ({tank['site']})", tank["code"])
    if not tanks:
        box.setPlaceholderText(tr("no tanks yet: add a tank first"))
    chosen = next((t["code"] for t in tanks if t["id"] == holding), None)
    if chosen is not None:
        select_data(box, chosen)
    box.blockSignals(False)
    return {tank["code"]: tank for tank in tanks}


def card(parent_layout: QVBoxLayout, title: str) -> QVBoxLayout:
    """A white card with a title, added to `parent_layout`; returns its inner layout."""
    frame = QFrame()
    set_role(frame, "card")
    inner = QVBoxLayout(frame)
    inner.setContentsMargins(14, 10, 14, 12)
    heading = QLabel(title)
    set_role(heading, "subtitle")
    inner.addWidget(heading)
    parent_layout.addWidget(frame)
    return inner


def styled(text: str = "", role: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role:
        set_role(label, role)
    if name:
        label.setObjectName(name)
    return label


def wrapped_height(label: QLabel, width: int) -> int:
    """The height `label`'s text needs when wrapped at `width` pixels (0 when empty)."""
    if not label.text() or width <= 0:
        return 0
    flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
    return label.fontMetrics().boundingRect(QRect(0, 0, width, 100000), flags,
                                            label.text()).height()


class RecordForm(Form):
    """A `Form` that also remembers its widgets in tab order and can put a unit
    selector beside a field (a change of unit re-checks that field)."""

    def __init__(self, layout: QFormLayout, order: list[QWidget],
                 whole: Callable[[dict[str, str]], Any] | None = None) -> None:
        super().__init__(layout, whole)
        self.order = order
        self.units: dict[str, QComboBox] = {}
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # The same spacing whether the layout sits on a widget or inside another layout,
        # so that the forms of one column line up.
        layout.setHorizontalSpacing(14)
        layout.setVerticalSpacing(8)

    def add(self, name: str, label: str, widget: QWidget, check: Any = None, *,
            required: bool = True, hint: str = "", beside: QComboBox | None = None) -> QWidget:
        super().add(name, label, widget, check, required=required, hint=hint)
        self.order.append(widget)
        for text in widget.parentWidget().findChildren(QLabel):
            text.setWordWrap(True)  # a long hint wraps instead of squeezing the labels
        if beside is not None:
            place_beside(widget, beside)
            beside.setObjectName(f"{name}_unit")
            beside.currentIndexChanged.connect(lambda *_: self._on_edit(name))
            self.units[name] = beside
            self.order.append(beside)
        return widget

    def unit(self, name: str) -> str:
        return widget_value(self.units[name])

    def set_error(self, name: str | None, message: str) -> None:
        super().set_error(name, message)
        if name in self.fields:
            self.fit(name)

    def fit(self, name: str | None = None) -> None:
        """Give wrapped messages and hints the height their text needs at the field's width.

        A field's box sits inside the form layout, which does not pass the wrapped
        label's height up; without this a two-line message is cut to one line.
        """
        for field_name in [name] if name else list(self.fields):
            box = self.fields[field_name].widget.parentWidget()
            width = box.width() if box.isVisible() else box.sizeHint().width()
            for label in box.findChildren(QLabel):
                if label.wordWrap():
                    reserved = label.property("reserve") or 0  # a message's line kept free
                    label.setMinimumHeight(max(reserved, wrapped_height(label, width)))

    def note(self, name: str, role: str = "hint") -> QLabel:
        """A line of information under the last field, across the field column;
        fill it with `say` (an empty note takes no room)."""
        label = styled("", role, name)
        self.layout.addRow("", label)
        self.layout.setRowVisible(label, False)
        return label

    def say(self, note: QLabel, text: str, role: str | None = None) -> None:
        note.setText(text)
        if role is not None:
            set_role(note, role)
        self.layout.setRowVisible(note, bool(text))

    def labels(self) -> list[QWidget]:
        rows = range(self.layout.rowCount())
        found = [self.layout.itemAt(row, QFormLayout.ItemRole.LabelRole) for row in rows]
        return [item.widget() for item in found if item is not None and item.widget()]


class MovementBox(QGroupBox):
    """Seals, witness, supporting documents and a note: who saw it and what proves it."""

    def __init__(self, kind: str, order: list[QWidget], kinds: tuple[str, ...] = ()) -> None:
        super().__init__(tr("Movement details"))
        self.kind = kind
        self.documents: list[str] = []
        layout = QFormLayout(self)
        self.form = RecordForm(layout, order)
        if kinds:
            names = {"inventory": tr("Inventory (stock count)"), "receipt": tr("Receipt"),
                     "withdrawal": tr("Withdrawal")}
            self.form.add("movement", tr("Kind:"), combo((names[k], k) for k in kinds))
        self.form.add("seal", tr("Seals:"), line(tr("e.g. S-1041, S-1042")),
                      lambda t: Movement.build(kind, seals=t.split(",")), required=False)
        self.form.add("witness", tr("Witness:"), line(tr("name of who saw it")),
                      lambda t: Movement.build(kind, witness=t), required=False)
        self.form.add("note", tr("Note:"), line(),
                      lambda t: Movement.build(kind, note=t), required=False)
        files = QWidget()
        row = QHBoxLayout(files)
        row.setContentsMargins(0, 0, 0, 0)
        self.files_label = styled(tr("none"), "hint", "documents")
        self.add_button = QPushButton(tr("Add…"))
        self.add_button.setObjectName("add_documents")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.pick)
        self.clear_button = QPushButton(tr("Clear"))
        self.clear_button.setAutoDefault(False)
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.setEnabled(False)
        row.addWidget(self.files_label, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.clear_button)
        layout.addRow(tr("Documents:"), files)
        order.extend([self.add_button, self.clear_button])
        self.form.finish()

    def pick(self) -> None:
        paths = dialogs.open_files(self, tr("Supporting documents"), tr("All files (*)"),
                                   "documents")
        self.documents.extend(p for p in paths if p not in self.documents)
        self._show()

    def clear(self) -> None:
        self.documents.clear()
        self._show()

    def _show(self) -> None:
        names = [Path(p).name for p in self.documents]
        self.files_label.setText(", ".join(names) if names else tr("none"))
        self.files_label.setToolTip("\n".join(self.documents))
        self.clear_button.setEnabled(bool(names))
        self.form.set_error(None, "")

    def builder(self) -> Callable[[], Movement]:
        """What to build on the ledger thread (documents are hashed there, not here)."""
        values = self.form.values()
        kind = values.get("movement") or self.kind
        seals, witness, note = values["seal"].split(","), values["witness"], values["note"]
        documents = list(self.documents)
        return lambda: Movement.build(kind, seals=seals, witness=witness, documents=documents,
                                      note=note)
