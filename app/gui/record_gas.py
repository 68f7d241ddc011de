"""Gas: an inventory of a storage facility (working and cushion gas) or of an LNG tank,
with its energy in MMBtu, GJ and MWh shown as the custodian types.

The site decides which: a gas-storage site takes volumes and a calorific value per
Sm³ (ISO 6976), an LNG terminal a liquid volume, density and calorific value per kg
(GIIGNL). The fields follow `recording.record_gas` and `tijori gas record`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtWidgets import QCompleter, QFormLayout, QWidget

from app.domain import gas as gasdom
from app.domain.errors import InvalidInput
from app.domain.text import clean_text
from app.gui.record_base import RecordDialog
from app.gui.record_parts import (
    RecordForm,
    card,
    combo,
    line,
    number_check,
    styled,
)
from app.services import gauging, recording

SITE_GAS_KIND = {"gas-storage": "storage", "lng-terminal": "lng"}


class GasInventoryDialog(RecordDialog):
    """Record a gas storage or LNG inventory (a new reading replaces the last one)."""

    MOVEMENT = "inventory"
    MOVEMENT_KINDS = ("inventory", "receipt", "withdrawal")
    ALIASES: ClassVar[dict[str, str]] = {"unit": "working_volume"}
    WIDTH = 1000

    def build(self) -> None:
        self.setWindowTitle(self.tr("Gas inventory"))
        self.site_kinds: dict[str, str] = {}
        self.codes: dict[str, dict[str, Any]] = {}
        f = self.form
        self.site = f.add("site", self.tr("Site:"), combo([]))
        self.code = f.add("code", self.tr("Inventory code:"),
                          line(self.tr("storage facility or LNG tank, e.g. GS-1")),
                          lambda t: clean_text(t, "code", 32))
        self.code_info = f.note("code_info")

        self.pages = (QWidget(), QWidget())
        storage_layout = QFormLayout(self.pages[0])
        whole = self._aliased(lambda values: self.check_page())
        self.storage = self.add_form(RecordForm(storage_layout, self.order, whole))
        unit = combo((u, u) for u in gasdom.VOLUME_UNITS)
        self.storage.add("working_volume", self.tr("Working gas:"), line(self.tr("volume")),
                         number_check(minimum=0), beside=unit)
        self.storage.add("cushion_volume", self.tr("Cushion gas:"), line("0"),
                         number_check(minimum=0), required=False,
                         hint=self.tr("Same unit; stays in the store and is recorded apart."))
        self.storage.add("gcv_mj_per_sm3", self.tr("GCV (MJ/Sm³):"), line(self.tr("e.g. 39.5")),
                         number_check(minimum=gasdom.GCV_MJ_PER_SM3_MIN,
                                      maximum=gasdom.GCV_MJ_PER_SM3_MAX),
                         hint=self.tr("Gross calorific value, ISO 6976, at 15 °C."))
        self.storage.finish()
        lng_layout = QFormLayout(self.pages[1])
        self.lng = self.add_form(RecordForm(lng_layout, self.order, whole))
        self.lng.add("volume_m3", self.tr("Liquid volume (m³):"), line(),
                     number_check(minimum=0))
        self.lng.add("density_kg_m3", self.tr("Density (kg/m³):"), line(self.tr("e.g. 450")),
                     number_check(minimum=gasdom.LNG_DENSITY_MIN,
                                  maximum=gasdom.LNG_DENSITY_MAX))
        self.lng.add("gcv_mj_per_kg", self.tr("GCV (MJ/kg):"), line(self.tr("e.g. 54.5")),
                     number_check(minimum=gasdom.LNG_GCV_MJ_PER_KG_MIN,
                                  maximum=gasdom.LNG_GCV_MJ_PER_KG_MAX))
        self.lng.add("displaced_vapour_gj", self.tr("Displaced vapour (GJ):"), line("0"),
                     number_check(minimum=0), required=False)
        self.lng.add("mmbtu_basis", self.tr("MMBtu basis:"),
                     combo((basis, basis) for basis in gasdom.MMBTU_BASES))
        self.lng.finish()
        for page, layout in zip(self.pages, (storage_layout, lng_layout), strict=True):
            layout.setContentsMargins(0, 0, 0, 0)
            self.left.addWidget(page)  # only the page in use is shown (and takes room)
        at_layout = QFormLayout()
        self.left.addLayout(at_layout)
        self.when = self.add_form(RecordForm(at_layout, self.order))
        self.when.add("at", self.tr("Measured at:"),
                      line(self.tr("now, or e.g. 2026-11-25T09:30:00Z")),
                      lambda t: recording.time_arg(t, "at", None), required=False)
        self.when.finish()
        self.site.currentIndexChanged.connect(self._site_chosen)
        self.code.textChanged.connect(self._describe_code)

        box = card(self.right, self.tr("Energy"))
        self.method = styled("", "hint", "method")
        self.energy = styled("—", "big", "energy")
        self.detail = styled("", "hint", "energy_detail")
        for widget in (self.method, self.energy, self.detail):
            box.addWidget(widget)

    def load(self) -> None:
        self.load_sites(self.site, SITE_GAS_KIND, self._sites)
        self.fetch(gauging.gas_inventories, self._inventories)

    def _sites(self, sites: list[dict[str, Any]]) -> None:
        self.site_kinds = {s["code"]: SITE_GAS_KIND[s["kind"]] for s in sites}
        self._site_chosen()

    def _inventories(self, held: list[dict[str, Any]]) -> None:
        self.codes = {h["code"]: h for h in held}
        completer = QCompleter(sorted(self.codes), self.code)
        self.code.setCompleter(completer)

    @property
    def kind(self) -> str:
        return self.site_kinds.get(self.site.currentData() or "", "storage")

    def _site_chosen(self) -> None:
        self.pages[0].setVisible(self.kind == "storage")
        self.pages[1].setVisible(self.kind == "lng")
        self.method.setText(self.tr(recording.GAS_METHOD["standard"] if self.kind == "storage"
                                    else recording.LNG_METHOD["standard"]))
        self._describe_code()
        self.update_preview()
        self.refresh()

    def _describe_code(self) -> None:
        held = self.codes.get(self.code.text().strip().upper())
        self.form.say(self.code_info, "" if held is None else self.tr(
            "Replaces the reading of {when} at {site}: {mmbtu} MMBtu").format(
            when=held["measured_at"], site=held["site"], mmbtu=held["energy_mmbtu"]))

    def active_forms(self) -> list[RecordForm]:
        page = self.storage if self.kind == "storage" else self.lng
        return [f for f in self.forms if f not in (self.storage, self.lng)] + [page]

    def save_text(self) -> str:
        return self.tr("Record inventory")

    def params(self) -> dict[str, Any]:
        if self.kind == "storage":
            v = self.storage.values()
            return {"working_volume": v["working_volume"],
                    "cushion_volume": v["cushion_volume"] or "0",
                    "unit": self.storage.unit("working_volume"),
                    "gcv_mj_per_sm3": v["gcv_mj_per_sm3"]}
        v = self.lng.values()
        return {"volume_m3": v["volume_m3"], "density_kg_m3": v["density_kg_m3"],
                "gcv_mj_per_kg": v["gcv_mj_per_kg"],
                "displaced_vapour_gj": v["displaced_vapour_gj"] or "0",
                "mmbtu_basis": v["mmbtu_basis"]}

    def check_page(self) -> None:
        """The rules that join the fields of the page in use (e.g. vapour above the LNG's)."""
        if self.kind == "storage":
            gasdom.storage_inventory(**self.params())
        else:
            gasdom.lng_inventory(**self.params())

    def update_preview(self) -> None:
        if not hasattr(self, "energy"):
            return
        p = self.params()
        try:
            if self.kind == "storage":
                inv = gasdom.storage_inventory(**p)
                work, cushion = inv.working, inv.cushion
                self.energy.setText(self.tr("{mmbtu} MMBtu").format(mmbtu=work.mmbtu))
                self.detail.setText(self.tr(
                    "Working gas {sm3} Sm³ = {gj} GJ = {mwh} MWh\n"
                    "Cushion gas {csm3} Sm³ = {cmmbtu} MMBtu = {cgj} GJ = {cmwh} MWh").format(
                    sm3=work.sm3, gj=work.gj, mwh=work.mwh, csm3=cushion.sm3,
                    cmmbtu=cushion.mmbtu, cgj=cushion.gj, cmwh=cushion.mwh))
            else:
                lng = gasdom.lng_inventory(**p)
                self.energy.setText(self.tr("{mmbtu} MMBtu").format(mmbtu=lng.mmbtu))
                self.detail.setText(self.tr("= {gj} GJ = {mwh} MWh (basis {basis})").format(
                    gj=lng.gj, mwh=lng.mwh, basis=lng.mmbtu_basis))
        except InvalidInput:
            self.energy.setText("—")
            self.detail.setText(self.tr("The energy appears when the volumes and calorific "
                                        "value are given."))

    def job(self) -> Callable[[Any, Any], Any]:
        values = self.form.values()
        kwargs = {"site": values["site"], "code": values["code"], "kind": self.kind,
                  "measured_at": self.when.value("at") or None, **self.params()}
        movement = self.movement.builder()
        return lambda ledger, task: recording.record_gas(ledger, movement=movement(), **kwargs)
