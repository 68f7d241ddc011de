"""Oil: add a tank, and gauge one with the quantity chain recomputed as the custodian types.

The chain (TOV → GOV → CTPL → GSV → NSV) is computed on the GUI thread by
`gauging.compute`, the very function `recording.gauge_tank` records with, from the
tank's VCF group, roof and shell read once from the ledger when the dialog opens.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtWidgets import QGridLayout, QLabel

from app.domain import petroleum
from app.domain.errors import InvalidInput
from app.domain.text import clean_text
from app.gui.look import set_role
from app.gui.record_base import RecordDialog
from app.gui.record_parts import (
    card,
    combo,
    line,
    number_check,
    select_data,
    styled,
    text_check,
    tr,
)
from app.services import gauging, recording

COMMODITY_NAMES = {
    "crude-oil": "Crude oil", "gasoline": "Gasoline", "jet-fuel": "Jet fuel",
    "diesel": "Diesel", "fuel-oil": "Fuel oil", "lube-oil": "Lube oil",
    "refined-product": "Refined product",
}
ROOF_NAMES = {"fixed": "Fixed roof", "floating": "Floating roof",
              "internal-floating": "Internal floating roof"}
SHELL_NAMES = {"mild-steel": "Mild steel", "stainless-steel": "Stainless steel"}
DENSITY_NAMES = {
    "api": "API gravity (°API)",
    "sg": "Relative density 60/60 °F",
    "density15": "Density at 15 °C (kg/m³)",
    "density60": "Density at 60 °F (kg/m³)",
}
# The density a custodian is most likely to have for each API MPMS 11.1 group.
USUAL_DENSITY = {"crude": "api", "lube": "density15"}
# (label, chain key for m³, chain key for bbl): the rows of the live chain.
CHAIN_ROWS = (
    ("TOV", "tov_m3", ""), ("Free water", "free_water_m3", ""), ("CTSh", "ctsh", ""),
    ("FRA", "fra_m3", ""), ("GOV", "gov_m3", "gov_bbl"), ("CTL · CPL", "ctl_cpl", ""),
    ("CTPL", "ctpl", ""), ("GSV", "gsv_m3", "gsv_bbl"),
    ("S&W %", "sw_percent", ""), ("NSV", "nsv_m3", "nsv_bbl"),
    ("NSV at 15 °C", "nsv15_m3", ""), ("Mass in air (t)", "mass_t", ""),
)


class AddTankDialog(RecordDialog):
    """Add an oil tank to a tank farm."""

    MOVEMENT = None
    WIDTH = 560

    def build(self) -> None:
        self.setWindowTitle(self.tr("Add tank"))
        f = self.form
        self.site = f.add("site", self.tr("Tank farm:"), combo([]))
        f.add("code", self.tr("Tank code:"), line(self.tr("e.g. T-101")),
              lambda t: clean_text(t, "code", 32))
        self.commodity = f.add("commodity", self.tr("Commodity:"), combo(
            (self.tr(name), key) for key, name in COMMODITY_NAMES.items()))
        f.add("product", self.tr("Product:"), line(self.tr("optional, e.g. Arab Light")),
              text_check("product", 100), required=False)
        self.group = f.add("vcf_group", self.tr("API MPMS 11.1 group:"), combo([]),
                           required=False)
        f.add("roof", self.tr("Roof:"), combo(
            (self.tr(ROOF_NAMES[r]), r) for r in recording.ROOFS))
        f.add("shell", self.tr("Shell:"), combo(
            (self.tr(SHELL_NAMES[s]), s) for s in recording.SHELLS))
        self.commodity.currentIndexChanged.connect(self._groups)
        self._groups()

    def _groups(self) -> None:
        usual = recording.TANK_COMMODITIES[self.commodity.currentData()]
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItem(self.tr("As the commodity ({group})").format(group=usual), "")
        for group in petroleum.VcfGroup:
            if group.value != usual:
                self.group.addItem(group.value, group.value)
        self.group.blockSignals(False)

    def load(self) -> None:
        self.load_sites(self.site, ["tank-farm"])

    def save_text(self) -> str:
        return self.tr("Add tank")

    def job(self) -> Callable[[Any, Any], Any]:
        v = self.form.values()
        return lambda ledger, task: recording.add_tank(
            ledger, site=v["site"], code=v["code"], commodity=v["commodity"],
            product=v["product"], vcf_group=v["vcf_group"] or None, roof=v["roof"],
            shell=v["shell"])


class TankGaugingDialog(RecordDialog):
    """Gauge a tank: TOV, temperature, density and the rest, with the chain shown live."""

    MOVEMENT = "inventory"
    MOVEMENT_KINDS = ("inventory", "receipt", "withdrawal")
    ALIASES: ClassVar[dict[str, str]] = {
        "temp_c": "temperature", "temp_f": "temperature", "t_liquid_f": "temperature",
        "temperature_unit": "temperature", "t_ambient_f": "ambient", "ctsh": "ambient",
        "api": "density", "sg": "density", "density60": "density", "density15": "density",
        "unit": "tov"}
    NOT_FOUND_FIELD = "tank"
    WIDTH = 1060

    def build(self) -> None:
        self.setWindowTitle(self.tr("Tank gauging"))
        self.tanks: dict[str, dict[str, Any]] = {}
        f = self.form
        self.tank = f.add("tank", self.tr("Tank:"), combo([]))
        self.tank_info = f.note("tank_info")
        volume_unit = combo([(self.tr("m³"), "m3"), (self.tr("bbl"), "bbl")])
        f.add("tov", self.tr("Total observed volume:"), line(self.tr("TOV from the tank table")),
              number_check(minimum=0), beside=volume_unit)
        scale = combo([(self.tr("°C"), "C"), (self.tr("°F"), "F")])
        f.add("temperature", self.tr("Liquid temperature:"), line(self.tr("average, e.g. 27.5")),
              number_check(), beside=scale)
        self.density_kind = combo((self.tr(name), key) for key, name in DENSITY_NAMES.items())
        f.add("density", self.tr("Density:"), line(self.tr("as the laboratory reports it")),
              number_check(above=0), beside=self.density_kind)
        f.add("psig", self.tr("Pressure (psig):"), line("0"), number_check(), required=False)
        f.add("free_water", self.tr("Free water:"), line(self.tr("0, in the unit of TOV")),
              number_check(minimum=0), required=False)
        f.add("sw_percent", self.tr("Sediment and water %:"), line("0"),
              number_check(minimum=0, maximum=100), required=False)
        ambient = f.add("ambient", self.tr("Ambient temperature:"),
                        line(self.tr("optional, for the shell correction")), number_check(),
                        required=False)
        ambient.setToolTip(self.tr("Same scale as the liquid. Without it the shell is taken "
                                   "to be at the liquid's temperature."))
        self.fra = f.add("fra", self.tr("Floating-roof adjustment:"),
                         line(self.tr("0, in the unit of TOV")), number_check(), required=False)
        self.fra.setToolTip(self.tr("Floating roofs only; usually negative (a deduction)."))
        f.add("at", self.tr("Gauged at:"), line(self.tr("now, or e.g. 2026-11-25T09:30:00Z")),
              lambda t: recording.time_arg(t, "at", None), required=False)
        self.tank.currentIndexChanged.connect(self._tank_chosen)

        box = card(self.right, self.tr("Quantity chain"))
        self.standard = styled("", "hint", "standard")
        box.addWidget(self.standard)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)
        for col, text in enumerate(("", self.tr("m³"), self.tr("bbl"))):
            grid.addWidget(styled(text, "hint"), 0, col)
        self.cells: dict[str, QLabel] = {}
        for row, (label, m3, bbl) in enumerate(CHAIN_ROWS, start=1):
            grid.addWidget(QLabel(self.tr(label)), row, 0)
            for col, key in ((1, m3), (2, bbl)):
                if key:
                    cell = QLabel("—")
                    cell.setObjectName(key)
                    if key.startswith("nsv_"):
                        set_role(cell, "big")
                    grid.addWidget(cell, row, col)
                    self.cells[key] = cell
        box.addLayout(grid)
        box.parentWidget().setToolTip(self.tr(
            "GOV = (TOV − free water) × CTSh + FRA\nGSV = GOV × CTPL, CTPL = CTL × CPL "
            "rounded to 5 decimals\nNSV = GSV × (1 − S&W / 100)"))
        self.chain_note = styled("", "hint", "chain_note")
        box.addWidget(self.chain_note)

    def load(self) -> None:
        self.fetch(gauging.tanks, self._fill_tanks)

    def _fill_tanks(self, tanks: list[dict[str, Any]]) -> None:
        self.tanks = {t["code"]: t for t in tanks}
        self.tank.blockSignals(True)
        for t in tanks:
            self.tank.addItem(f"{t['code']} — {t['product']} ({t['site']})", t["code"])
        if not tanks:
            self.tank.setPlaceholderText(self.tr("no tanks yet: add a tank first"))
        chosen = next((t["code"] for t in tanks if t["id"] == self.holding), None)
        if chosen is not None:
            select_data(self.tank, chosen)
        self.tank.blockSignals(False)
        self._tank_chosen()

    def _tank_chosen(self) -> None:
        held = self.tanks.get(self.tank.currentData())
        if held is None:
            self.form.say(self.tank_info, "")
            return
        floating = held["roof"] != "fixed"
        self.fra.setEnabled(floating)
        if not floating:
            self.fra.clear()
        select_data(self.density_kind, USUAL_DENSITY.get(held["vcf_group"], "density15"))
        self.form.say(self.tank_info, self.tr(
            "{commodity} · API MPMS 11.1 group {group} · {roof} · {shell} shell · "
            "last NSV {nsv} m³").format(
            commodity=self.tr(COMMODITY_NAMES.get(held["commodity"], held["commodity"])),
            group=held["vcf_group"], roof=self.tr(ROOF_NAMES[held["roof"]]).lower(),
            shell=self.tr(SHELL_NAMES[held["shell"]]).lower(), nsv=held["nsv_m3"]))

    def save_text(self) -> str:
        return self.tr("Record gauging")

    def inputs(self, values: dict[str, str]) -> dict[str, Any]:
        """The gauging's parameters, as `gauging.compute` and `gauge_tank` take them."""
        f = self.form
        return {
            "tov": values["tov"], "unit": f.unit("tov"), "temperature": values["temperature"],
            "temperature_unit": f.unit("temperature"), f.unit("density"): values["density"],
            "psig": values["psig"] or "0", "free_water": values["free_water"] or "0",
            "sw_percent": values["sw_percent"] or "0", "ambient": values["ambient"] or None,
            "fra": values["fra"] or "0",
        }

    def compute(self, values: dict[str, str]) -> gauging.Gauging:
        held = self.tanks.get(values["tank"])
        if held is None:
            raise InvalidInput(tr("Choose a tank"), "tank")
        return gauging.compute(held, **self.inputs(values))

    def check_whole(self, values: dict[str, str]) -> None:
        self.compute(values)

    def update_preview(self) -> None:
        values = self.form.values()
        try:
            if not all(values[k] for k in ("tank", "tov", "temperature", "density")):
                raise InvalidInput(self.tr("The chain appears when the tank, TOV, temperature "
                                           "and density are given."))
            result = self.compute(values)
        except InvalidInput as exc:
            for cell in self.cells.values():
                cell.setText("—")
            self.standard.setText("")
            self.chain_note.setText(str(exc))
            self.chain_note.show()
            return
        chain, vcf = result.chain.as_json(), result.chain.vcf
        shown = {**chain, "ctl_cpl": f"{vcf.ctl:.6f} · {vcf.cpl:.6f}"}
        for key, cell in self.cells.items():
            value = shown.get(key)
            cell.setText("—" if value in (None, "") else str(value))
        self.standard.setText(self.tr(
            "{standard}-{edition} · table {table} · {group} · {base}").format(
            standard=vcf.standard, edition=vcf.edition, table=vcf.table, group=vcf.group,
            base=vcf.base_temperature))
        self.chain_note.hide()

    def job(self) -> Callable[[Any, Any], Any]:
        values = self.form.values()
        kwargs = self.inputs(values)
        movement = self.movement.builder()
        tank, at = values["tank"], values["at"] or None
        return lambda ledger, task: recording.gauge_tank(
            ledger, tank=tank, gauged_at=at, movement=movement(), **kwargs)
