"""Moving what is held: transfer, withdrawal and adjustment of a bar or lot.

Each dialog looks the holding up as its id is typed and shows what it found, so the
custodian sees which bar or lot will move before saving.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFormLayout, QWidget

from app.domain import metals
from app.domain.errors import InvalidInput, TijoriError
from app.gui import dialogs
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
from app.services import recording

MOVABLE = ("bar", "lot")


def describe(held: dict[str, Any]) -> str:
    """One line naming a holding as a custodian would recognise it."""
    where = f"{held['site']} {held.get('location') or ''}".strip()
    if held["kind"] == "bar":
        text = tr("Bar {id}: {metal} {brand} {serial} ({year}), {fine} ozt fine, at {where}")
        return text.format(
            id=held["id"], metal=held["commodity"], brand=held["brand"], serial=held["serial"],
            year=held["year"], fine=held["fine_oz"], where=where)
    if held["kind"] == "lot":
        return tr("Lot {id}: {metal} warrant {warrant}, {brand}, {net} t net, at {where}").format(
            id=held["id"], metal=held["commodity"], warrant=held["warrant"],
            brand=held["brand"], net=held["net_t"], where=where)
    return tr("{kind} {id}: {code} at {site}").format(
        kind=held["kind"].capitalize(), id=held["id"], code=held.get("code", ""),
        site=held["site"])


class HoldingDialog(RecordDialog):
    """A record dialog about one existing bar or lot, found by its id."""

    NOT_FOUND_FIELD = "holding"
    WIDTH = 940

    def build(self) -> None:
        self.held: dict[str, Any] | None = None
        self._looked_up = ""
        self._problem = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._look_up)
        self.holding_edit = self.form.add("holding", self.tr("Holding id:"),
                                          line(self.tr("number shown in Holdings")),
                                          self._check_holding)
        self.found = self.form.note("found")
        self.holding_edit.textChanged.connect(self._typed)
        self.build_rest()
        if self.holding is not None:
            self.holding_edit.setText(str(self.holding))

    def build_rest(self) -> None:
        """The fields after the holding id."""

    def _check_holding(self, text: str) -> None:
        if not (text.isascii() and text.isdigit()) or int(text) < 1:
            raise InvalidInput(self.tr("A holding id is a whole number, e.g. 42"))
        if text == self._looked_up and self._problem:
            raise InvalidInput(self._problem)

    def _typed(self) -> None:
        self.held = None
        self.form.say(self.found, "")
        self.held_lost()
        self._timer.start()
        self.refresh()

    def _look_up(self) -> None:
        text = self.holding_edit.text().strip()
        if not (text.isascii() and text.isdigit()):
            return
        self._looked_up, self._problem = text, ""
        self.form.say(self.found, self.tr("Looking up holding {id}…").format(id=text), "hint")
        self.fetch(lambda ledger: self._find(ledger, text), lambda found: self._found(text, found))

    @staticmethod
    def _find(ledger: Any, text: str) -> dict[str, Any] | str:
        try:
            return recording.find_holding(ledger, text)
        except TijoriError as exc:  # shown next to the field, not as a dialog
            return str(exc)

    def _found(self, text: str, found: dict[str, Any] | str) -> None:
        if text != self.holding_edit.text().strip():
            return  # typed on since; a newer look-up follows
        if isinstance(found, str):
            self._problem = found
        elif found["kind"] not in MOVABLE:
            self._problem = self.tr("Holding {id} is a {kind}: only bars and lots move this "
                                    "way; record a new gauging or gas reading instead.").format(
                id=found["id"], kind=found["kind"])
        else:
            self.held = found
            self.form.say(self.found, describe(found), "ok")
            self.held_found(found)
            return
        self.form.say(self.found, "")

    def held_found(self, held: dict[str, Any]) -> None:
        """The holding typed is a bar or lot (e.g. fill in its current values)."""

    def held_lost(self) -> None:
        """The id was edited: what was found no longer applies."""

    def extra_ok(self) -> bool:
        return getattr(self, "held", None) is not None


class TransferDialog(HoldingDialog):
    MOVEMENT = "transfer"

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
        movement = self.movement.builder()
        return lambda ledger, task: recording.transfer(
            ledger, v["holding"], v["to_site"], v["location"], movement())


class WithdrawalDialog(HoldingDialog):
    MOVEMENT = "withdrawal"

    def build_rest(self) -> None:
        self.setWindowTitle(self.tr("Withdrawal"))

    def save_text(self) -> str:
        return self.tr("Withdraw")

    def confirm(self) -> bool:
        return self.held is not None and dialogs.ask(
            self, self.tr("Withdraw this holding?"),
            self.tr("{what}\n\nIt leaves custody and stops counting toward the reserves.")
            .format(what=describe(self.held)))

    def job(self) -> Callable[[Any, Any], Any]:
        holding = self.form.value("holding")
        movement = self.movement.builder()
        return lambda ledger, task: recording.withdraw(ledger, holding, movement())


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
        holding, reason = self.form.value("holding"), self.form.value("reason")
        changed = self._changed()
        movement = self.movement.builder()
        return lambda ledger, task: recording.adjust(
            ledger, holding, reason=reason, movement=movement(), **changed)
