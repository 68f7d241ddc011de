"""Forms that validate as the user types, with the message next to the field.

A `Form` owns a QFormLayout of named fields. Each field may have a check that
raises `InvalidInput`; the whole form may have a check too (for rules that
join fields, e.g. gross weight and fineness). Services raise `InvalidInput`
with a `field` name: `Form.claim(exc)` puts that message under the field of
that name. Nothing here stores anything.

Validity (and so the Save button) follows every keystroke, but a field's
message first appears when the field is left, or on Save (`touch_all`): a
half-typed value is not an error. Once shown, it follows the typing until it
is put right. The message takes the place of the field's hint, or a line kept
free for it, so fields never jump under the mouse when one appears.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import InvalidInput
from app.gui.i18n import say, tr
from app.gui.look import set_role

Check = Callable[[str], Any]


def widget_value(widget: QWidget) -> str:
    if isinstance(widget, QLineEdit):
        return widget.text().strip()
    if isinstance(widget, QComboBox):
        data = widget.currentData()
        return str(data) if data is not None else widget.currentText().strip()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText().strip()
    if isinstance(widget, QSpinBox):
        return str(widget.value())
    if isinstance(widget, QCheckBox):
        return "1" if widget.isChecked() else ""
    raise TypeError(f"no value for {type(widget).__name__}")


def _changed_signal(widget: QWidget):
    if isinstance(widget, QLineEdit):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QPlainTextEdit):
        return widget.textChanged
    if isinstance(widget, QSpinBox):
        return widget.valueChanged
    if isinstance(widget, QCheckBox):
        return widget.toggled
    return None


#: Widgets whose every change is a finished choice (no half-typed state).
_CHOSEN = (QComboBox, QCheckBox, QSpinBox)


class Field:
    def __init__(self, name: str, widget: QWidget, error: QLabel, check: Check | None,
                 required: bool, label: str, hint: QLabel | None = None) -> None:
        self.name = name
        self.widget = widget
        self.error = error
        self.check = check
        self.required = required
        self.label = label
        self.hint = hint


class Form(QObject):
    """Named fields in a QFormLayout; `validity(bool)` follows every keystroke."""

    validity = Signal(bool)
    edited = Signal()

    def __init__(self, layout: QFormLayout, whole: Callable[[dict[str, str]], Any] | None = None
                 ) -> None:
        super().__init__(layout)
        self.layout = layout
        self.fields: dict[str, Field] = {}
        self.whole = whole
        self.general = QLabel()
        set_role(self.general, "error")
        self.general.setWordWrap(True)
        self.general.hide()
        self._touched: set[str] = set()

    def add(self, name: str, label: str, widget: QWidget, check: Check | None = None, *,
            required: bool = True, hint: str = "") -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        hint_label = None
        if hint:
            hint_label = QLabel(hint)
            hint_label.setWordWrap(True)
            set_role(hint_label, "hint")
            column.addWidget(hint_label)
        error = QLabel()
        error.setObjectName(f"error_{name}")
        set_role(error, "error")
        error.setWordWrap(True)
        if hint_label is None:  # keep its line free, so nothing below moves when it shows
            policy = error.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            error.setSizePolicy(policy)
            error.setProperty("reserve", error.fontMetrics().height())  # see RecordForm.fit
            error.setMinimumHeight(error.fontMetrics().height())
        error.hide()
        column.addWidget(error)
        widget.setObjectName(name)
        self.layout.addRow(label, box)
        self.fields[name] = Field(name, widget, error, check, required, label.rstrip(":"),
                                  hint_label)
        signal = _changed_signal(widget)
        if signal is not None:
            signal.connect(lambda *_: self._on_edit(name))
        for part in (widget, *widget.findChildren(QLineEdit)):
            part.setProperty("form_field", name)
            part.installEventFilter(self)
        return widget

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            name = watched.property("form_field")
            if name in self.fields and name not in self._touched and \
                    widget_value(self.fields[name].widget):
                self._touched.add(name)  # left with something in it: now it is judged
                self.revalidate(show=True)
        return False

    def finish(self) -> None:
        """Add the form-wide message row; call after the last field."""
        self.layout.addRow(self.general)
        self.revalidate(show=False)

    def value(self, name: str) -> str:
        return widget_value(self.fields[name].widget)

    def values(self) -> dict[str, str]:
        return {name: self.value(name) for name in self.fields}

    def _on_edit(self, name: str) -> None:
        if isinstance(self.fields[name].widget, _CHOSEN):
            self._touched.add(name)
        self.revalidate(show=True)
        self.edited.emit()

    def reset(self, names: tuple[str, ...] = ()) -> None:
        """Empty the fields `names` and forget that any field was touched: a new entry."""
        for name in names:
            widget = self.fields[name].widget
            widget.blockSignals(True)
            widget.clear()
            widget.blockSignals(False)
        self._touched.clear()
        for name in self.fields:
            self.set_error(name, "")
        self.revalidate(show=False)

    def set_error(self, name: str | None, message: str) -> None:
        field = self.fields.get(name or "")
        if field is not None and message:
            self._touched.add(field.name)  # a message shown follows the typing until put right
        target = field.error if field else self.general
        target.setText(message)
        target.setVisible(bool(message))
        if field is not None and field.hint is not None:
            field.hint.setVisible(not message)  # the message takes the hint's place
        if field is not None:
            field.widget.setProperty("invalid", "true" if message else "false")
            field.widget.style().unpolish(field.widget)
            field.widget.style().polish(field.widget)

    def _field_problem(self, field: Field) -> str:
        text = widget_value(field.widget)
        if not text:
            return tr("{label} is required").format(label=field.label) if field.required else ""
        if field.check is None:
            return ""
        try:
            field.check(text)
        except InvalidInput as exc:
            return say(exc)
        return ""

    def revalidate(self, *, show: bool = True) -> bool:
        """Check every field and the whole; show messages for fields already touched."""
        ok = True
        for field in self.fields.values():
            problem = self._field_problem(field)
            ok = ok and not problem
            if show and field.name in self._touched:
                self.set_error(field.name, problem)
            elif not problem:
                self.set_error(field.name, "")
        whole_message, whole_field = "", None
        if ok and self.whole is not None:
            try:
                self.whole(self.values())
            except InvalidInput as exc:
                ok = False
                whole_message, whole_field = say(exc), exc.field
        if whole_field in self.fields:
            self.set_error(whole_field, whole_message if show else "")
            self.set_error(None, "")
        else:
            self.set_error(None, whole_message if show else "")
        self.validity.emit(ok)
        return ok

    def touch_all(self) -> bool:
        self._touched.update(self.fields)
        return self.revalidate(show=True)

    def claim(self, exc: BaseException) -> bool:
        """Show a service's InvalidInput next to its field; True when shown in the form."""
        if not isinstance(exc, InvalidInput):
            return False
        self.set_error(exc.field if exc.field in self.fields else None, say(exc))
        return True
