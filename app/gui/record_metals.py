"""Receiving metal: a gold or silver bar (LBMA Good Delivery) and a base-metal lot (warrant).

Both dialogs have "Save and next", for a shipment received one item after another.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from app.domain import metals
from app.domain.errors import InvalidInput
from app.domain.text import clean_text
from app.gui.context import AppContext
from app.gui.look import set_role
from app.gui.names import capitalised, name
from app.gui.record_base import RecordDialog
from app.gui.record_parts import (
    card,
    combo,
    line,
    number_check,
    styled,
    text_check,
    tr,
)
from app.services import identify, recording

#: What each flag says, marked for lupdate in the context "Flags".
FLAG_WORDS = {
    metals.FLAG_GOLD_FINENESS: QT_TRANSLATE_NOOP("Flags", "fineness below 995.0"),
    metals.FLAG_GOLD_FINE_LOW: QT_TRANSLATE_NOOP("Flags", "fine weight below 350 ozt"),
    metals.FLAG_GOLD_FINE_HIGH: QT_TRANSLATE_NOOP("Flags", "fine weight above 430 ozt"),
    metals.FLAG_SILVER_FINENESS: QT_TRANSLATE_NOOP("Flags", "fineness below 999.0"),
    metals.FLAG_SILVER_GROSS_LOW: QT_TRANSLATE_NOOP("Flags", "gross weight below 500 ozt"),
    metals.FLAG_SILVER_GROSS_HIGH: QT_TRANSLATE_NOOP("Flags", "gross weight above 1,250 ozt"),
    metals.FLAG_SILVER_GROSS_UNUSUAL: QT_TRANSLATE_NOOP(
        "Flags", "gross weight outside the recommended 750–1,100 ozt"),
    metals.FLAG_OUTSIDE_LOT_TOLERANCE: QT_TRANSLATE_NOOP(
        "Flags", "net weight outside ±2 % of the lot size"),
}


def flag_words(flags: tuple[str, ...] | list[str]) -> str:
    return "; ".join(QCoreApplication.translate("Flags", FLAG_WORDS[flag]) if flag in FLAG_WORDS
                     else flag for flag in flags)


def _fineness(text: str) -> None:
    # Fineness rules live in bar_weights; a valid reference weight isolates them.
    metals.bar_weights("gold", gross_oz="400", fineness=text)


def location_prefix(location: str) -> str:
    """What the next item of a shipment likely shares of a location: up to its last
    separator ("B2-14-03" → "B2-14-", "R 4/12" → "R 4/"); a location without one is kept."""
    match = re.match(r"(.*[-/ .:])[^-/ .:]+$", location)
    return match.group(1) if match else location


class ShipmentDialog(RecordDialog):
    """A receipt dialog with "Save and next": record, then clear the item's own fields.

    For a shipment received one item after another: the site, metal, brand,
    location prefix and the movement details (seals, witness, documents, note)
    stay; the fields in `CLEAR` empty, and `FIRST` takes the focus. What was just
    recorded is named above the buttons (`last_summary`).
    """

    #: The fields that belong to one item, emptied for the next.
    CLEAR: ClassVar[tuple[str, ...]] = ()
    #: The field the next item starts in.
    FIRST = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 holding: int | None = None) -> None:
        super().__init__(ctx, parent, holding)
        self._and_next = False
        self.last_summary = ""
        self.next_button = QPushButton(self.tr("Save and next"))
        self.next_button.setObjectName("save_next")
        self.next_button.setAutoDefault(False)
        self.next_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.next_button.setToolTip(self.tr("Record this one and start the next, keeping the "
                                            "site, brand, location and movement details "
                                            "(Ctrl+Enter)"))
        self.next_button.clicked.connect(self.save_and_next)
        outer = self.layout()
        for index in range(outer.count()):
            row = outer.itemAt(index).layout()
            if row is not None and row.indexOf(self.save_button) >= 0:
                row.insertWidget(row.indexOf(self.save_button), self.next_button)
                break
        self.order.insert(self.order.index(self.save_button), self.next_button)
        self._chain_tabs()
        self.previous = styled("", "ok", "previous")
        self.previous.hide()
        self.left.addWidget(self.previous)
        self.refresh()

    def refresh(self) -> None:
        super().refresh()
        if hasattr(self, "next_button"):
            self.next_button.setEnabled(self.save_button.isEnabled())

    def save(self) -> None:
        self._and_next = False
        super().save()

    def save_and_next(self) -> None:
        """Save; once recorded, the dialog stays open for the next item."""
        if not self.save_button.isEnabled():
            for form in self.active_forms():
                form.touch_all()
            return
        self._and_next = True
        RecordDialog.save(self)
        if not self.saving:  # not sent (e.g. refused before the ledger was asked)
            self._and_next = False

    def accept(self) -> None:
        if self._and_next and shiboken6.isValid(self):
            self._and_next = False
            self.next_entry()
            return
        super().accept()

    def next_entry(self) -> None:
        """Clear the item's own fields after a save, keeping what the shipment shares."""
        held = self.result_value
        if isinstance(held, dict) and "id" in held:
            self.last_summary = self.tr("Recorded holding {id}: {what}").format(
                id=held["id"], what=identify.label(held))
            self.previous.setText("✔ " + self.last_summary)
            self.previous.show()
        location = self.form.value("location")
        self.form.reset(self.CLEAR)
        self.form.fields["location"].widget.setText(location_prefix(location))
        self.form.revalidate(show=False)
        self.update_preview()
        self.refresh()
        self.form.fields[self.FIRST].widget.setFocus()


class BarReceiptDialog(ShipmentDialog):
    """Receive one gold or silver bar; fine weight and Good Delivery status follow the typing."""

    ALIASES: ClassVar[dict[str, str]] = {"gross_oz": "gross", "gross_kg": "gross"}
    WIDTH = 980
    CLEAR = ("serial", "year", "gross", "fineness", "fine_oz")
    FIRST = "serial"

    def build(self) -> None:
        self.setWindowTitle(self.tr("Bar receipt"))
        f = self.form
        self.site = f.add("site", self.tr("Site:"), combo([]))
        self.metal = f.add("metal", self.tr("Metal:"),
                           combo([(self.tr("Gold"), "gold"), (self.tr("Silver"), "silver")]))
        f.add("brand", self.tr("Brand (refiner):"), line(self.tr("e.g. PAMP")),
              metals.normalize_brand)
        f.add("serial", self.tr("Serial:"), line(self.tr("as stamped, leading zeros kept")),
              metals.normalize_serial)
        f.add("year", self.tr("Year:"), line(self.tr("e.g. 2024")), metals.parse_year)
        self.unit = combo([(self.tr("ozt"), "oz"), (self.tr("kg"), "kg")])
        f.add("gross", self.tr("Gross weight:"), line(self.tr("e.g. 400.125")),
              number_check(above=0), beside=self.unit)
        f.add("fineness", self.tr("Fineness:"), line(self.tr("parts per thousand, e.g. 999.9")),
              _fineness)
        f.add("fine_oz", self.tr("Expected fine weight:"), line(self.tr("optional, ozt")),
              number_check(above=0), required=False,
              hint=self.tr("From the refiner's list; checked against the computed fine weight."))
        f.add("location", self.tr("Location:"), line(self.tr("optional, e.g. B2-14-03")),
              text_check("location", 100), required=False)

        box = card(self.right, self.tr("Computed (LBMA Good Delivery Rules 2024)"))
        self.fine_label = styled("—", "big", "fine_weight")
        self.gross_label = styled("", "hint", "london_gross")
        self.status_label = styled("", "", "good_delivery")
        for widget in (QLabel(self.tr("Fine weight")), self.fine_label, self.gross_label,
                       self.status_label):
            box.addWidget(widget)

    def load(self) -> None:
        self.load_sites(self.site, (k.value for k in recording.SITE_KINDS["bar"]))

    def save_text(self) -> str:
        return self.tr("Record receipt")

    def _weights(self, values: dict[str, str]) -> metals.BarWeights:
        key = "gross_oz" if self.form.unit("gross") == "oz" else "gross_kg"
        return metals.bar_weights(values["metal"], fineness=values["fineness"],
                                  **{key: values["gross"]})

    def check_whole(self, values: dict[str, str]) -> None:
        weights = self._weights(values)
        if values["fine_oz"]:
            metals.check_fine_oz(weights, values["fine_oz"])

    def update_preview(self) -> None:
        try:
            weights = self._weights(self.form.values())
        except InvalidInput:
            self.fine_label.setText("—")
            self.gross_label.setText(self.tr("Type the gross weight and fineness."))
            self.status_label.setText("")
            return
        self.fine_label.setText(self.tr("{fine} ozt").format(fine=weights.fine_oz))
        self.gross_label.setText(self.tr("London gross weight {gross} ozt, fineness {fine}")
                                 .format(gross=weights.gross_oz, fine=weights.fineness))
        advisory = [f for f in weights.flags if f in metals.ADVISORY_FLAGS]
        if weights.good_delivery:
            text = self.tr("✔ Good Delivery")
            if advisory:
                text += " — " + flag_words(advisory)
            self._status(text, "ok")
        else:
            self._status(self.tr("✘ Not Good Delivery: {why}").format(
                why=flag_words(weights.flags)), "error")

    def _status(self, text: str, role: str) -> None:
        self.status_label.setText(text)
        set_role(self.status_label, role)

    def job(self) -> Callable[[Any, Any], Any]:
        values = self.form.values()
        key = "gross_oz" if self.form.unit("gross") == "oz" else "gross_kg"
        movement = self.movement.builder()
        kwargs = {"site": values["site"], "metal": values["metal"], "brand": values["brand"],
                  "serial": values["serial"], "year": values["year"],
                  "fineness": values["fineness"], key: values["gross"],
                  "fine_oz": values["fine_oz"] or None, "location": values["location"]}
        return lambda ledger, task: recording.add_bar(ledger, movement=movement(), **kwargs)


def _lot_text(field: str, limit: int) -> Callable[[str], str]:
    return lambda text: clean_text(text, field, limit)


class LotReceiptDialog(ShipmentDialog):
    """Receive one base-metal lot on an LME-style warrant."""

    WIDTH = 940
    CLEAR = ("warrant", "bundles", "gross_t", "net_t")
    FIRST = "warrant"

    def build(self) -> None:
        self.setWindowTitle(self.tr("Lot receipt"))
        f = self.form
        self.site = f.add("site", self.tr("Site:"), combo([]))
        f.add("metal", self.tr("Metal:"),
              combo((capitalised(m.value), m.value) for m in metals.BaseMetal))
        f.add("warrant", self.tr("Warrant:"), line(self.tr("warrant number")),
              _lot_text("warrant", metals.MAX_IDENTITY_CHARS))
        f.add("brand", self.tr("Brand:"), line(self.tr("e.g. KGHM")),
              _lot_text("brand", metals.MAX_IDENTITY_CHARS))
        f.add("shape", self.tr("Shape:"), combo((name(s), s) for s in metals.SHAPES))
        f.add("grade", self.tr("Grade:"), line(self.tr("e.g. Cu-CATH-1")),
              _lot_text("grade", metals.MAX_GRADE_CHARS))
        f.add("bundles", self.tr("Bundles:"), line(self.tr("whole number")), _bundles)
        f.add("gross_t", self.tr("Gross weight (t):"), line(self.tr("e.g. 25.300")),
              number_check(above=0, places=3))
        f.add("net_t", self.tr("Net weight (t):"), line(self.tr("e.g. 25.100")),
              number_check(above=0, places=3))
        f.add("location", self.tr("Location:"), line(self.tr("optional")),
              text_check("location", 100), required=False)
        box = card(self.right, self.tr("Lot check (LME-style warrant)"))
        self.size_label = styled("", "hint", "lot_size")
        self.status_label = styled("—", "", "tolerance")
        box.addWidget(self.size_label)
        box.addWidget(self.status_label)

    def load(self) -> None:
        self.load_sites(self.site, (k.value for k in recording.SITE_KINDS["lot"]))

    def save_text(self) -> str:
        return self.tr("Record receipt")

    def check_whole(self, values: dict[str, str]) -> None:
        self._lot(values)

    @staticmethod
    def _lot(values: dict[str, str]) -> metals.LotRecord:
        return metals.lot_record(
            metal=values["metal"], warrant=values["warrant"], brand=values["brand"],
            shape=values["shape"], grade=values["grade"], bundles=values["bundles"],
            gross_t=values["gross_t"], net_t=values["net_t"])

    def update_preview(self) -> None:
        values = self.form.values()
        metal = metals.BaseMetal(values["metal"])
        size = metals.LOT_SIZE_T[metal]
        self.size_label.setText(self.tr("Lot size {size} t, net weight within ±2 %").format(
            size=size))
        try:
            net = number_check(above=0, places=3)(values["net_t"])
        except InvalidInput:
            self.status_label.setText("—")
            return
        low, high = size * (1 - metals.LOT_TOLERANCE), size * (1 + metals.LOT_TOLERANCE)
        within = low <= net <= high
        self.status_label.setText(
            self.tr("✔ {net} t is within tolerance").format(net=net) if within else
            self.tr("✘ {net} t is outside {low}–{high} t: it will be flagged").format(
                net=net, low=low, high=high))
        set_role(self.status_label, "ok" if within else "error")

    def job(self) -> Callable[[Any, Any], Any]:
        values = self.form.values()
        movement = self.movement.builder()
        kwargs = {k: values[k] for k in ("site", "metal", "warrant", "brand", "shape", "grade",
                                         "bundles", "gross_t", "net_t", "location")}
        return lambda ledger, task: recording.add_lot(ledger, movement=movement(), **kwargs)


def _bundles(text: str) -> None:
    if not (text.isascii() and text.isdigit()):
        raise InvalidInput(tr("Give a whole number of bundles"))
    if int(text) < 1:
        raise InvalidInput(tr("At least 1 bundle"))
    if int(text) > metals.MAX_BUNDLES:
        raise InvalidInput(tr("At most {n} bundles in one lot").format(n=metals.MAX_BUNDLES))
