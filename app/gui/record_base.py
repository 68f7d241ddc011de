"""What every record dialog shares: forms that check as you type, movement details,
a Save button enabled only when the whole entry is valid, and saving on the ledger thread.

A dialog is built as `Dialog(ctx, parent=None, holding=None)` and shown with `open()`
or `show()`. Nothing is stored until Save; a service's refusal is shown next to its
field (or above the buttons) and the dialog stays open; on success it closes and
`ctx.changed` fires.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import ConnectionLost, InvalidInput, NotFound, TijoriError
from app.gui.context import AppContext
from app.gui.forms import widget_value
from app.gui.i18n import say
from app.gui.look import set_role
from app.gui.names import name
from app.gui.record_parts import MovementBox, RecordForm, styled, tr
from app.gui.screen_fit import content_size, fit_to_screen, scrolled
from app.services import ledger_views


class RecordDialog(QDialog):
    """The frame of every record dialog; subclasses fill in `build` and `job`."""

    #: The service's result, after a successful save.
    recorded = Signal(object)
    #: Everything the dialog needed from the ledger has arrived.
    ready = Signal()

    #: Movement kind for the movement box; None for dialogs without one.
    MOVEMENT: str | None = "receipt"
    MOVEMENT_KINDS: tuple[str, ...] = ()
    #: Service field names shown under another field of this form.
    ALIASES: ClassVar[dict[str, str]] = {}
    #: Where a `NotFound` from the service is shown.
    NOT_FOUND_FIELD: str | None = None
    WIDTH = 620

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 holding: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.holding = holding
        self.result_value: Any = None
        self._busy = False
        self._pending = 0
        self._valid: dict[int, bool] = {}
        self.order: list[QWidget] = []
        self._sized = False
        self.setModal(True)
        self.setMinimumWidth(self.WIDTH)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 14, 18, 14)
        self.heading = styled(self.windowTitle(), "title")
        outer.addWidget(self.heading)
        # The fields scroll when the screen is smaller than the dialog; heading and
        # buttons stay in view.
        self.body = QWidget()
        self.body.setObjectName("record_body")
        body = QHBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(18)
        self.left = QVBoxLayout()
        self.right = QVBoxLayout()
        body.addLayout(self.left, 3)
        body.addLayout(self.right, 2)
        outer.addWidget(scrolled(self.body, natural=True), 1)

        form_layout = QFormLayout()
        self.left.addLayout(form_layout)
        self.form = RecordForm(form_layout, self.order, self._aliased(self.check_whole))
        self.forms: list[RecordForm] = [self.form]
        self.build()
        self.form.finish()
        self.movement: MovementBox | None = None
        if self.MOVEMENT is not None:
            self.movement = MovementBox(self.MOVEMENT, self.order, self.MOVEMENT_KINDS)
            self.right.addWidget(self.movement)
            self.forms.append(self.movement.form)
        self.left.addStretch(1)
        if self.right.count():
            self.right.addStretch(1)
        else:  # nothing beside the form: let the form have the width
            body.setStretch(1, 0)

        self.missing = styled("", "hint", "missing")
        self.error = styled("", "error", "dialog_error")
        self.error.hide()
        outer.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.missing, 1)
        self.save_button = QPushButton(self.save_text())
        self.save_button.setObjectName("save")
        set_role(self.save_button, "primary")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        self.order.extend([self.save_button, self.cancel_button])

        for form in self.forms:
            self._watch(form)
        self._chain_tabs()
        if self.order:
            self.order[0].setFocus()
        self.load()
        self.refresh()

    # --- to fill in --------------------------------------------------------------------

    def build(self) -> None:
        """Add the fields to `self.form` (and any preview to `self.right`)."""

    def load(self) -> None:
        """Fetch what the dialog needs from the ledger (with `self.fetch`)."""

    def check_whole(self, values: dict[str, str]) -> None:
        """Rules that join fields; raise InvalidInput naming the field."""

    def job(self) -> Callable[[Any, Any], Any]:
        """The work to run on the ledger thread: `fn(ledger, task)`."""
        raise NotImplementedError

    def save_text(self) -> str:
        return tr("Save")

    def confirm(self) -> bool:
        """A last question before saving (True to go on)."""
        return True

    def extra_ok(self) -> bool:
        """Anything beyond the forms that must hold before Save is enabled."""
        return True

    def active_forms(self) -> list[RecordForm]:
        return self.forms

    def update_preview(self) -> None:
        """Recompute what the dialog shows live (called after every edit)."""

    # --- machinery ---------------------------------------------------------------------

    def setWindowTitle(self, title: str) -> None:
        super().setWindowTitle(title)
        if hasattr(self, "heading"):
            self.heading.setText(title)

    def add_form(self, form: RecordForm) -> RecordForm:
        """A further form (e.g. one page of a stack) whose validity counts when active."""
        self.forms.append(form)
        return form

    def _watch(self, form: RecordForm) -> None:
        form.validity.connect(lambda ok, f=form: self._on_validity(f, ok))
        form.edited.connect(self._on_edited)
        self._valid[id(form)] = form.revalidate(show=False)

    def _on_validity(self, form: RecordForm, ok: bool) -> None:
        self._valid[id(form)] = ok
        self.refresh()

    def _on_edited(self) -> None:
        self.error.hide()
        self.update_preview()
        self.refresh()

    def _aliased(self, fn: Callable[[dict[str, str]], Any]) -> Callable[[dict[str, str]], Any]:
        def run(values: dict[str, str]) -> Any:
            try:
                return fn(values)
            except InvalidInput as exc:
                raise InvalidInput(say(exc), self.ALIASES.get(exc.field, exc.field)) from None
        return run

    def _align_labels(self) -> None:
        """The forms of the left column (main, stacked pages) share one label width."""
        labels = [label for form in self.forms if form is not getattr(self.movement, "form", None)
                  for label in form.labels()]
        for label in labels:
            label.setMinimumWidth(0)
        width = max((label.sizeHint().width() for label in labels), default=0)
        for label in labels:
            label.setMinimumWidth(width)

    def _chain_tabs(self) -> None:
        for first, second in zip(self.order, self.order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def is_valid(self) -> bool:
        return all(self._valid.get(id(f), False) for f in self.active_forms()) and \
            self.extra_ok()

    @property
    def loaded(self) -> bool:
        """Everything the dialog reads from the ledger has arrived."""
        return self._pending == 0

    @property
    def saving(self) -> bool:
        """A save is on its way to the ledger."""
        return self._busy

    def refresh(self) -> None:
        """Enable Save only when everything is valid; say what is still missing."""
        if not hasattr(self, "save_button"):
            return
        ok = self.is_valid()
        self.save_button.setEnabled(ok and not self._busy and self.loaded)
        missing = [field.label for form in self.active_forms()
                   for field in form.fields.values()
                   if field.required and field.widget.isEnabled()
                   and not widget_value(field.widget)]
        if self._busy:
            self.missing.setText(tr("Saving…"))
        elif not self.loaded:
            self.missing.setText(tr("Reading the ledger…"))
        elif missing:
            self.missing.setText(tr("Still to fill in: {fields}").format(
                fields=", ".join(missing)))
        else:
            self.missing.setText("")

    def revalidate(self) -> None:
        for form in self.forms:
            form.revalidate(show=True)
        self.update_preview()
        self.refresh()

    def fetch(self, fn: Callable[[Any], Any], apply: Callable[[Any], None]) -> None:
        """Read from the ledger on its thread, then `apply(result)` here."""
        self._pending += 1

        def finish(result: Any = None, exc: BaseException | None = None) -> bool:
            if not shiboken6.isValid(self):
                return True
            self._pending -= 1
            handled = True
            if exc is None:
                apply(result)
            else:
                handled = self.show_problem(exc)
            self.revalidate()
            if self.loaded:
                self.ready.emit()
            return handled

        self.ctx.run(lambda ledger, task: fn(ledger), parent=self,
                     done=lambda result: finish(result),
                     failed=lambda exc: finish(exc=exc))

    def load_sites(self, box: QComboBox, kinds: Iterable[str],
                   apply: Callable[[list[dict[str, Any]]], None] | None = None) -> None:
        """Fill `box` with the ledger's sites of these kinds (value: the site code)."""
        wanted = set(kinds)

        def fill(sites: list[dict[str, Any]]) -> None:
            chosen = [s for s in sites if s["kind"] in wanted]
            box.blockSignals(True)
            box.clear()
            for site in chosen:
                box.addItem(f"{site['code']} — {site['name']} ({name(site['kind'])})",
                            site["code"])
            box.blockSignals(False)
            if not chosen:
                box.setPlaceholderText(tr("no {kinds} in this ledger: add a site first").format(
                    kinds=tr(" or ").join(name(kind) for kind in sorted(wanted))))
            if apply is not None:
                apply(chosen)

        self.fetch(ledger_views.sites, fill)

    def show_problem(self, exc: BaseException) -> bool:
        """Put a refusal next to its field, or above the buttons; False for a bug, and for a
        dropped connection to a server ledger, said in a dialog of its own over this one,
        which keeps what was typed for the next try."""
        if isinstance(exc, ConnectionLost):
            return False
        if isinstance(exc, InvalidInput):
            field = self.ALIASES.get(exc.field, exc.field)
            if field == "document" and self.movement is not None:
                self.movement.form.set_error(None, say(exc))
                return True
            for form in self.active_forms():
                if field in form.fields:
                    form.set_error(field, say(exc))
                    return True
        elif isinstance(exc, NotFound) and self.NOT_FOUND_FIELD in self.form.fields:
            self.form.set_error(self.NOT_FOUND_FIELD, say(exc))
            return True
        if isinstance(exc, TijoriError):
            self.error.setText(say(exc))
            self.error.show()
            return True
        return False

    def save(self) -> None:
        if self._busy or not self.save_button.isEnabled():
            return
        if not self.confirm():
            return
        try:
            fn = self.job()
        except InvalidInput as exc:
            self.show_problem(exc)
            return
        self._busy = True
        self.error.hide()
        self.refresh()
        self.ctx.run(fn, parent=self, done=self._saved, failed=self._failed, changes=True,
                     label=self.windowTitle())

    def settle(self, result: Any) -> Any:
        """What `recorded` carries, from what the job returned (the job's result itself,
        unless a dialog's job returns more, e.g. a line naming what was recorded)."""
        return result

    def _saved(self, result: Any) -> None:
        if not shiboken6.isValid(self):
            return
        self._busy = False
        result = self.settle(result)
        self.result_value = result
        self.recorded.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> bool:
        if not shiboken6.isValid(self):
            return True
        self._busy = False
        self.refresh()
        return self.show_problem(exc)

    def reject(self) -> None:
        if not self._busy:  # a save in flight finishes first; it cannot be half-undone
            super().reject()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._align_labels()  # now that the style sheet's fonts are in place
        self._fit_all()
        if not self._sized:  # its natural size, within the screen (a 1024×768 one scrolls)
            self._sized = True
            fit_to_screen(self, content_size(self))
        QTimer.singleShot(0, self._refit)  # again once the layout has settled

    def _refit(self) -> None:
        if shiboken6.isValid(self):
            self._fit_all()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_all()

    def _fit_all(self) -> None:
        for form in getattr(self, "forms", ()):
            form.fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                not self.save_button.isEnabled():
            for form in self.active_forms():  # Enter on an incomplete entry: say what is wrong
                form.touch_all()
            event.accept()
            return
        super().keyPressEvent(event)
