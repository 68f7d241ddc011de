"""Moving what is held: transfer, withdrawal and adjustment of bars and lots.

The holding field takes what people read off a bar or a warrant, as a barcode
scanner types it: a serial, a warrant, a tank or gas code, or the holding id
(`#12`; see app/services/identify.py). Each dialog looks the text up as it is
typed and shows what it found, so the custodian sees which bar or lot will move
before saving; Enter (what a scanner sends after the serial) looks it up at
once. A serial two bars share opens a small chooser of the candidates.

Transfer and Withdrawal move a list: each serial scanned (or typed, then Enter)
joins it, a holding already listed is refused with a message on the field, and
the count and total weight show before saving. Save records one journal event
for the whole list. The dialogs may open with one holding or several preselected
(`holding`: an id or a list of ids, e.g. the rows selected on the Holdings page).

After a save, `last_summary` names what was recorded and its event, e.g.
"Transferred 3 bars (1,198.320 ozt) to ZRH-V2 B-04 — event 31"; it is set before
`recorded` is emitted.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import metals
from app.domain.errors import Ambiguous, InvalidInput, TijoriError
from app.gui import dialogs
from app.gui.i18n import say
from app.gui.record_base import RecordDialog
from app.gui.record_parts import (
    RecordForm,
    combo,
    line,
    number_check,
    styled,
    text_check,
    tr,
)
from app.services import identify, recording

MOVABLE = ("bar", "lot")
#: How many holdings a withdrawal's confirmation names one by one.
NAMED_IN_QUESTION = 8


def describe(held: dict[str, Any]) -> str:
    """One line naming a holding as a custodian would recognise it, with its id."""
    return tr("Holding {id}: {what}").format(id=held["id"], what=identify.label(held))


class _EnterKey(QObject):
    """Enter in the holding field looks the text up at once (and is not a Save)."""

    def __init__(self, on_enter: Callable[[], bool], parent: QObject) -> None:
        super().__init__(parent)
        self.on_enter = on_enter

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                      Qt.KeyboardModifier.KeypadModifier):
            return self.on_enter()
        return False


class HoldingChooser(QDialog):
    """Which of several holdings a text meant: a list of the candidates to pick from."""

    def __init__(self, text: str, candidates: list[dict[str, Any]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Which holding?"))
        self.candidates = candidates
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("{n} holdings answer to “{text}”. Choose one:").format(
            n=len(candidates), text=text)))
        self.list = QListWidget()
        self.list.setObjectName("candidates")
        for held in candidates:
            item = QListWidgetItem(describe(held))
            item.setData(Qt.ItemDataRole.UserRole, held["id"])
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda *_: self.accept())
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 260)

    def chosen(self) -> dict[str, Any] | None:
        row = self.list.currentRow()
        return self.candidates[row] if 0 <= row < len(self.candidates) else None


class HoldingDialog(RecordDialog):
    """A record dialog about existing bars or lots, found by what people type."""

    NOT_FOUND_FIELD = "holding"
    WIDTH = 940
    #: Whether the dialog moves a list of holdings (Transfer, Withdrawal).
    MANY = False

    def build(self) -> None:
        self.held: dict[str, Any] | None = None  # what the field's text names, once found
        self.listed: list[dict[str, Any]] = []
        self.choices: list[dict[str, Any]] = []  # an ambiguous text's candidates
        self.chooser: HoldingChooser | None = None
        self.last_summary = ""
        self._looked_up = ""  # the text last sent to the ledger
        self._asking = ""  # the text whose answer is on its way
        self._answered = ""  # the text whose answer has arrived (and still applies)
        self._problem = ""
        self._enter_for = ""  # Enter was pressed on this text: act when it is answered
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._look_up)
        hint = self.tr("Scan or type serials, warrants or codes; Enter adds each to the list.") \
            if self.MANY else ""
        self.holding_edit = self.form.add(
            "holding", self.tr("Holding:"), line(self.tr("serial, warrant, code, or #id")),
            self._check_holding, required=not self.MANY, hint=hint)
        self.holding_edit.installEventFilter(_EnterKey(self._enter, self))
        self.found = self.form.note("found")
        if self.MANY:
            self._build_list()
        self.holding_edit.textChanged.connect(self._typed)
        self.build_rest()
        self._preselect()

    def _build_list(self) -> None:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.list_widget = QListWidget()
        self.list_widget.setObjectName("holdings_list")
        self.list_widget.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list_widget.setMinimumHeight(96)
        self.list_widget.setMaximumHeight(150)
        self.list_widget.itemSelectionChanged.connect(self._selection_changed)
        row = QHBoxLayout()
        self.total = styled("", "hint", "total")
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("remove")
        self.remove_button.setAutoDefault(False)
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_selected)
        row.addWidget(self.total, 1)
        row.addWidget(self.remove_button)
        column.addWidget(self.list_widget)
        column.addLayout(row)
        self.form.layout.addRow(self.tr("To move:"), box)
        self.order.extend([self.list_widget, self.remove_button])
        self._show_total()

    def _preselect(self) -> None:
        ids = self.holding if isinstance(self.holding, list) else \
            [] if self.holding is None else [self.holding]
        if len(ids) == 1 or (ids and not self.MANY):
            self.holding_edit.setText(str(ids[0]))  # looked up as if typed
        elif ids:
            self.fetch(lambda ledger: [recording.find_holding(ledger, int(i)) for i in ids],
                       self._add_all)

    def build_rest(self) -> None:
        """The fields after the holding."""

    # --- the holding field ---------------------------------------------------------------

    def _check_holding(self, text: str) -> None:
        if text == self._looked_up and self._problem:
            raise InvalidInput(self._problem)

    def _typed(self) -> None:
        self.held, self.choices, self._answered = None, [], ""
        self.form.say(self.found, "")
        self.held_lost()
        if self.holding_edit.text().strip():
            self._timer.start()
        else:
            self._timer.stop()
        self._show_total()
        self.refresh()

    def _look_up(self) -> None:
        self._timer.stop()
        text = self.holding_edit.text().strip()
        if not text or text == self._asking:
            return  # nothing to look up, or its answer is on the way
        self._looked_up, self._asking, self._answered, self._problem = text, text, "", ""
        self.form.say(self.found, self.tr("Looking up {text}…").format(text=text), "hint")
        self.fetch(lambda ledger: self._find(ledger, text), lambda found: self._found(text, found))

    @staticmethod
    def _find(ledger: Any, text: str) -> dict[str, Any] | Ambiguous | str:
        try:
            return recording.find_holding(ledger, text)
        except Ambiguous as exc:  # the candidates, for the chooser
            return exc
        except TijoriError as exc:  # shown next to the field, not as a dialog
            return say(exc)

    def _found(self, text: str, found: dict[str, Any] | Ambiguous | str) -> None:
        if self._asking == text:
            self._asking = ""
        if text != self.holding_edit.text().strip():
            return  # typed on since; a newer look-up follows
        self._timer.stop()
        self._answered = text
        self.held, self.choices, self._problem = None, [], ""
        if isinstance(found, Ambiguous):
            self.choices = found.candidates
            self._problem = self.tr("{n} holdings answer to {text}: press Enter to choose "
                                    "one.").format(n=len(found.candidates), text=text)
        elif isinstance(found, str):
            self._problem = found
        elif found["kind"] not in MOVABLE:
            self._problem = self.tr("Holding {id} is a {kind}: only bars and lots move this "
                                    "way; record a new gauging or gas reading instead.").format(
                id=found["id"], kind=found["kind"])
        elif self._listed(found):
            self._problem = self.tr("{what} is already in the list.").format(
                what=describe(found))
        else:
            self.held = found
            self.form.say(self.found, describe(found), "ok")
            self.held_found(found)
        if self.held is None:
            self.form.say(self.found, "")
        self._show_total()
        self.refresh()
        if self._enter_for == text:
            self._enter_for = ""
            self._act()

    def _enter(self) -> bool:
        """Enter in the holding field: look up now, then add (or choose). False: not ours."""
        text = self.holding_edit.text().strip()
        if not text:
            return False  # an empty field: Enter is the dialog's (Save)
        self._enter_for = text
        if self._answered == text:
            self._enter_for = ""
            self._act()
        else:
            self._look_up()  # acts when the answer comes (`_found`)
        return True

    def _act(self) -> None:
        """What Enter does once the text is answered: choose, add, or say what is wrong."""
        if self.choices:
            self.choose()
        elif self.held is None:
            self.form.claim(InvalidInput(self._problem or self.tr("Not a bar or lot"),
                                         "holding"))
            self.holding_edit.selectAll()  # the next scan replaces it
        else:
            self.entered(self.held)

    def choose(self) -> None:
        """Offer the candidates of an ambiguous text; the one chosen fills the field."""
        text, candidates = self.holding_edit.text().strip(), list(self.choices)
        self.chooser = HoldingChooser(text, candidates, self)
        self.chooser.accepted.connect(lambda: self._chosen(self.chooser))
        self.chooser.open()

    def _chosen(self, chooser: HoldingChooser | None) -> None:
        held = chooser.chosen() if chooser is not None else None
        if held is None or not shiboken6.isValid(self):
            return
        text = f"#{held['id']}"
        self.holding_edit.setText(text)
        self._looked_up = text
        self._enter_for = text
        self._found(text, held)
        self.revalidate()

    def entered(self, held: dict[str, Any]) -> None:
        """Enter on a holding found: add it to the list, or go on to the next field."""
        if self.MANY:
            self.add(held)
            self.holding_edit.clear()
            self.form.say(self.found, self.tr("Added {what}").format(what=describe(held)), "ok")
        else:
            self.focusNextChild()

    def held_found(self, held: dict[str, Any]) -> None:
        """The holding typed is a bar or lot (e.g. fill in its current values)."""

    def held_lost(self) -> None:
        """The text was edited: what was found no longer applies."""

    # --- the list ------------------------------------------------------------------------

    def _listed(self, held: dict[str, Any]) -> bool:
        return any(h["id"] == held["id"] for h in self.listed)

    def add(self, held: dict[str, Any]) -> bool:
        """Put a bar or lot on the list (False, and nothing changes, if it is there)."""
        if not self.MANY or self._listed(held) or held["kind"] not in MOVABLE:
            return False
        self.listed.append(held)
        item = QListWidgetItem(describe(held))
        item.setData(Qt.ItemDataRole.UserRole, held["id"])
        self.list_widget.addItem(item)
        self.list_widget.scrollToItem(item)
        self._show_total()
        self.refresh()
        return True

    def _add_all(self, found: list[dict[str, Any]]) -> None:
        for held in found:
            self.add(held)

    def remove_selected(self) -> None:
        rows = sorted((self.list_widget.row(i) for i in self.list_widget.selectedItems()),
                      reverse=True)
        for row in rows:
            self.list_widget.takeItem(row)
            del self.listed[row]
        self._show_total()
        self.refresh()

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(bool(self.list_widget.selectedItems()))

    def moving(self) -> list[dict[str, Any]]:
        """What Save moves: the list, and the holding in the field if it is not listed."""
        if not self.MANY:
            return [self.held] if self.held is not None else []
        pending = [self.held] if self.held is not None and not self._listed(self.held) else []
        return self.listed + pending

    def _show_total(self) -> None:
        if not self.MANY or not hasattr(self, "total"):
            return
        moving = self.moving()
        self.total.setText(identify.tally_words(identify.tally(moving), running=True)
                           if moving else self.tr("Nothing listed yet."))

    def extra_ok(self) -> bool:
        if not hasattr(self, "holding_edit"):
            return False
        if not self.MANY:
            return self.held is not None
        typed = self.holding_edit.text().strip()
        return bool(self.moving()) and (not typed or self.held is not None)

    # --- saving --------------------------------------------------------------------------

    def settle(self, result: tuple[Any, str]) -> Any:
        """The job's result is (what `recorded` carries, the one-line summary)."""
        value, self.last_summary = result
        return value


def _moved_value(ledger: Any, result: dict[str, Any]) -> tuple[Any, str]:
    """One holding: it as it is now (as the single moves return it); several: the result."""
    ids = result["holdings"]
    value = recording.find_holding(ledger, ids[0]) if len(ids) == 1 else result
    return value, result["summary"]


class TransferDialog(HoldingDialog):
    MOVEMENT = "transfer"
    MANY = True

    def build_rest(self) -> None:
        self.setWindowTitle(self.tr("Transfer"))
        self.to_site = self.form.add("to_site", self.tr("To site:"), combo([]))
        self.form.add("location", self.tr("Location there:"), line(self.tr("optional")),
                      text_check("location", 100), required=False)

    def load(self) -> None:
        self.load_sites(self.to_site, {k.value for k in recording.SITE_KINDS["bar"]}
                        | {k.value for k in recording.SITE_KINDS["lot"]})

    def save_text(self) -> str:
        return self.tr("Transfer")

    def job(self) -> Callable[[Any, Any], Any]:
        v = self.form.values()
        ids = [h["id"] for h in self.moving()]
        movement = self.movement.builder()
        return lambda ledger, task: _moved_value(ledger, recording.transfer_many(
            ledger, ids, v["to_site"], v["location"], movement()))


class WithdrawalDialog(HoldingDialog):
    MOVEMENT = "withdrawal"
    MANY = True

    def build_rest(self) -> None:
        self.setWindowTitle(self.tr("Withdrawal"))

    def save_text(self) -> str:
        return self.tr("Withdraw")

    def confirm(self) -> bool:
        moving = self.moving()
        if not moving:
            return False
        if len(moving) == 1:
            return dialogs.ask(
                self, self.tr("Withdraw this holding?"),
                self.tr("{what}\n\nIt leaves custody and stops counting toward the reserves.")
                .format(what=describe(moving[0])))
        named = "\n".join(describe(h) for h in moving[:NAMED_IN_QUESTION])
        more = len(moving) - NAMED_IN_QUESTION
        if more > 0:
            named += "\n" + self.tr("and {n} more").format(n=more)
        return dialogs.ask(
            self, self.tr("Withdraw these {n} holdings?").format(n=len(moving)),
            self.tr("{total}:\n{named}\n\nThey leave custody and stop counting toward the "
                    "reserves.").format(total=identify.tally_words(identify.tally(moving)),
                                        named=named))

    def job(self) -> Callable[[Any, Any], Any]:
        ids = [h["id"] for h in self.moving()]
        movement = self.movement.builder()

        def work(ledger: Any, task: Any) -> tuple[Any, str]:
            result = recording.withdraw_many(ledger, ids, movement())
            return (result["withdrawn"][0] if len(ids) == 1 else result), result["summary"]

        return work


class AdjustmentDialog(HoldingDialog):
    """Correct a bar's or lot's record; the reason is required and journaled."""

    MOVEMENT = "adjustment"

    def build_rest(self) -> None:
        self.setWindowTitle(self.tr("Adjustment"))
        self.form.add("reason", self.tr("Reason:"), line(self.tr("why the record is corrected")),
                      text_check("reason", 1000),
                      hint=self.tr("Required. It is written to the journal with the change."))
        self.form.add("location", self.tr("Location:"), line(), text_check("location", 100),
                      required=False)
        self.pages = (QWidget(), QWidget())
        bar_layout, lot_layout = QFormLayout(self.pages[0]), QFormLayout(self.pages[1])
        self.bar = self.add_form(RecordForm(bar_layout, self.order))
        self.bar.add("gross_oz", self.tr("Gross weight (ozt):"), line(),
                     number_check(above=0), required=False)
        self.bar.add("fineness", self.tr("Fineness:"), line(),
                     lambda t: metals.bar_weights("gold", gross_oz="400", fineness=t),
                     required=False)
        self.lot = self.add_form(RecordForm(lot_layout, self.order))
        self.lot.add("bundles", self.tr("Bundles:"), line(), number_check(minimum=1, places=0),
                     required=False)
        self.lot.add("gross_t", self.tr("Gross weight (t):"), line(),
                     number_check(above=0, places=3), required=False)
        self.lot.add("net_t", self.tr("Net weight (t):"), line(),
                     number_check(above=0, places=3), required=False)
        for page, layout, form in zip(self.pages, (bar_layout, lot_layout), (self.bar, self.lot),
                                      strict=True):
            layout.setContentsMargins(0, 0, 0, 0)
            form.finish()
            page.hide()  # until the holding is found; then only its kind's page shows
            self.left.addWidget(page)
        self.changes = styled("", "hint", "changes")
        self.left.addWidget(self.changes)

    def held_found(self, held: dict[str, Any]) -> None:
        form = self.bar if held["kind"] == "bar" else self.lot
        self.pages[0].setVisible(form is self.bar)
        self.pages[1].setVisible(form is self.lot)
        self.form.fields["location"].widget.setText(held.get("location") or "")
        for name, field in form.fields.items():
            field.widget.setText(str(held.get(name, "")))
        self.update_preview()

    def held_lost(self) -> None:
        for page in getattr(self, "pages", ()):
            page.hide()

    def active_forms(self) -> list[RecordForm]:
        held = getattr(self, "held", None)
        extra = [] if held is None else [self.bar if held["kind"] == "bar" else self.lot]
        return [f for f in self.forms if f not in (self.bar, self.lot)] + extra

    def _changed(self) -> dict[str, str]:
        """Fields whose text differs from the holding's current record."""
        held = getattr(self, "held", None)
        if held is None:
            return {}
        form = self.bar if held["kind"] == "bar" else self.lot
        typed = {"location": self.form.value("location"), **form.values()}
        return {k: v for k, v in typed.items()
                if v != str(held.get(k) or "") and (v or k == "location")}

    def update_preview(self) -> None:
        if not hasattr(self, "changes"):
            return
        held, changed = getattr(self, "held", None), self._changed()
        if held is None:
            self.changes.setText("")
        elif not changed:
            self.changes.setText(self.tr("Change at least one value above."))
        else:
            self.changes.setText(self.tr("Will change: {list}").format(list="; ".join(
                f"{k} {held.get(k) or '—'} → {v or '—'}" for k, v in changed.items())))

    def extra_ok(self) -> bool:
        return super().extra_ok() and bool(self._changed())

    def save_text(self) -> str:
        return self.tr("Record adjustment")

    def job(self) -> Callable[[Any, Any], Any]:
        holding, reason = self.held["id"], self.form.value("reason")
        changed = self._changed()
        movement = self.movement.builder()

        def work(ledger: Any, task: Any) -> tuple[Any, str]:
            held = recording.adjust(ledger, holding, reason=reason, movement=movement(),
                                    **changed)
            event, _ = ledger.head()
            return held, f"Adjusted holding {held['id']} ({identify.label(held)}) — event {event}"

        return work
