"""Oil: add a tank, and gauge one with the quantity chain recomputed as the custodian types.

The chain ((level → calibration table →) TOV → GOV → CTPL → GSV → NSV) is computed
on the GUI thread by `gauging.compute`, the very function `recording.gauge_tank`
records with, from the tank's VCF group, roof and shell read once from the ledger
when the dialog opens, and its current calibration table read when it is chosen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain import petroleum
from app.domain.errors import InvalidInput
from app.domain.text import clean_text
from app.gui.i18n import say, timeline_words
from app.gui.look import set_role
from app.gui.names import group as group_name
from app.gui.record_base import RecordDialog
from app.gui.record_parts import (
    card,
    combo,
    fill_tanks,
    line,
    number_check,
    select_data,
    styled,
    text_check,
    tr,
)
from app.services import calibration, gauging, recording, timeline

# Names shown for codes, marked for lupdate (shown with `tr`, the empty context).
COMMODITY_NAMES = {
    "crude-oil": QT_TRANSLATE_NOOP("", "Crude oil"),
    "gasoline": QT_TRANSLATE_NOOP("", "Gasoline"),
    "jet-fuel": QT_TRANSLATE_NOOP("", "Jet fuel"),
    "diesel": QT_TRANSLATE_NOOP("", "Diesel"),
    "fuel-oil": QT_TRANSLATE_NOOP("", "Fuel oil"),
    "lube-oil": QT_TRANSLATE_NOOP("", "Lube oil"),
    "refined-product": QT_TRANSLATE_NOOP("", "Refined product"),
}
ROOF_NAMES = {
    "fixed": QT_TRANSLATE_NOOP("", "Fixed roof"),
    "floating": QT_TRANSLATE_NOOP("", "Floating roof"),
    "internal-floating": QT_TRANSLATE_NOOP("", "Internal floating roof"),
}
SHELL_NAMES = {
    "mild-steel": QT_TRANSLATE_NOOP("", "Mild steel"),
    "stainless-steel": QT_TRANSLATE_NOOP("", "Stainless steel"),
}
DENSITY_NAMES = {
    "api": QT_TRANSLATE_NOOP("", "API gravity (°API)"),
    "sg": QT_TRANSLATE_NOOP("", "Relative density 60/60 °F"),
    "density15": QT_TRANSLATE_NOOP("", "Density at 15 °C (kg/m³)"),
    "density60": QT_TRANSLATE_NOOP("", "Density at 60 °F (kg/m³)"),
}
# The density a custodian is most likely to have for each API MPMS 11.1 group.
USUAL_DENSITY = {"crude": "api", "lube": "density15"}
GAUGED_BY_NAMES = {
    "level": QT_TRANSLATE_NOOP("", "Level (innage)"),
    "ullage": QT_TRANSLATE_NOOP("", "Ullage"),
    "tov": QT_TRANSLATE_NOOP("", "Volume (TOV)"),
}
#: The minimum width of a number's field (the form's default suits names).
NARROW = 120
#: The widest a number's field grows: a number needs no more, and the dialog fits 1024×768.
NUMBER_MAX = 130
# (label, chain key for m³, chain key for bbl): the rows of the live chain.
CHAIN_ROWS = (
    ("TOV", "tov_m3", ""), (QT_TRANSLATE_NOOP("", "Free water"), "free_water_m3", ""),
    ("CTSh", "ctsh", ""), ("FRA", "fra_m3", ""), ("GOV", "gov_m3", "gov_bbl"),
    ("CTL · CPL", "ctl_cpl", ""), ("CTPL", "ctpl", ""), ("GSV", "gsv_m3", "gsv_bbl"),
    ("S&W %", "sw_percent", ""), ("NSV", "nsv_m3", "nsv_bbl"),
    (QT_TRANSLATE_NOOP("", "NSV at 15 °C"), "nsv15_m3", ""),
    (QT_TRANSLATE_NOOP("", "Mass in air (t)"), "mass_t", ""),
)


def number(placeholder: str) -> QLineEdit:
    """A field for a number: narrow, and never wider than a number needs."""
    edit = line(placeholder, NARROW)
    edit.setMaximumWidth(NUMBER_MAX)
    return edit


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
            (tr(name), key) for key, name in COMMODITY_NAMES.items()))
        f.add("product", self.tr("Product:"), line(self.tr("optional, e.g. Arab Light")),
              text_check("product", 100), required=False)
        self.group = f.add("vcf_group", self.tr("API MPMS 11.1 group:"), combo([]),
                           required=False)
        f.add("roof", self.tr("Roof:"), combo(
            (tr(ROOF_NAMES[r]), r) for r in recording.ROOFS))
        f.add("shell", self.tr("Shell:"), combo(
            (tr(SHELL_NAMES[s]), s) for s in recording.SHELLS))
        self.commodity.currentIndexChanged.connect(self._groups)
        self._groups()

    def _groups(self) -> None:
        usual = recording.TANK_COMMODITIES[self.commodity.currentData()]
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItem(self.tr("As the commodity ({group})").format(
            group=group_name(usual)), "")
        for group in petroleum.VcfGroup:
            if group.value != usual:
                self.group.addItem(group_name(group.value), group.value)
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


class _FieldsArea(QScrollArea):
    """Fields that scroll vertically, asking for their whole width and at most `height`."""

    def __init__(self, inner: QWidget, height: int) -> None:
        super().__init__()
        self.cap = height
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(inner)

    def sizeHint(self) -> QSize:
        inner = self.widget().sizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(inner.width() + bar, min(inner.height(), self.cap))

    def minimumSizeHint(self) -> QSize:
        inner = self.widget().minimumSizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(inner.width() + bar, min(inner.height(), self.cap // 2))


class TankGaugingDialog(RecordDialog):
    """Gauge a tank: by level or ullage through its calibration table, or by TOV; then
    temperature, density and the rest, with the chain shown live.

    The fields (and the movement details under them) scroll beside the live chain, so
    that the dialog fits a 1024×768 screen with the chain always in view.
    """

    MOVEMENT = "inventory"
    MOVEMENT_KINDS = ("inventory", "receipt", "withdrawal")
    ALIASES: ClassVar[dict[str, str]] = {
        "temp_c": "temperature", "temp_f": "temperature", "t_liquid_f": "temperature",
        "temperature_unit": "temperature", "t_ambient_f": "ambient", "ctsh": "ambient",
        "api": "density", "sg": "density", "density60": "density", "density15": "density",
        "unit": "tov", "level_mm": "level", "ullage_mm": "ullage",
        "reference_height_mm": "reference_height"}
    NOT_FOUND_FIELD = "tank"
    WIDTH = 900
    #: Which fields each way of gauging uses.
    GAUGED_BY: ClassVar[dict[str, tuple[str, ...]]] = {
        "level": ("level",), "ullage": ("ullage", "reference_height"), "tov": ("tov",)}
    #: The most height the fields take before they scroll (the dialog fits 1024×768).
    FIELDS_HEIGHT = 575

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.movement is not None:  # under the fields, in reading (and Tab) order
            self.right.removeWidget(self.movement)
            self.fields_column.addWidget(self.movement)
        self.fields_column.addStretch(1)

    def build(self) -> None:
        self.setWindowTitle(self.tr("Tank gauging"))
        self.tanks: dict[str, dict[str, Any]] = {}
        self.tables: dict[str, calibration.TankTable | None] = {}
        self._method_picked = False
        f = self.form
        self.tank = f.add("tank", self.tr("Tank:"), combo([]))
        self.tank.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.tank.setMinimumContentsLength(18)
        self.tank_info = f.note("tank_info")
        self.method = f.add("method", self.tr("Gauged by:"), combo(
            (tr(name), key) for key, name in GAUGED_BY_NAMES.items()))
        self.method.activated.connect(self._method_picked_by_user)
        self.table_info = f.note("table_info")
        f.add("level", self.tr("Level (mm):"), number(self.tr("innage, e.g. 12345")),
              self._when_used("level", number_check(minimum=0)), required=False)
        f.add("ullage", self.tr("Ullage (mm):"), number(self.tr("from the reference point")),
              self._when_used("ullage", number_check(minimum=0)), required=False)
        f.add("reference_height", self.tr("Reference height:"),
              number(self.tr("mm; else the table's")),
              self._when_used("reference_height", number_check(above=0)), required=False)
        volume_unit = combo([(self.tr("m³"), "m3"), (self.tr("bbl"), "bbl")])
        f.add("tov", self.tr("Total observed volume:"), number(self.tr("TOV")),
              self._when_used("tov", number_check(minimum=0)), required=False,
              beside=volume_unit)
        self.allow_critical = f.add("allow_critical", self.tr("Critical zone:"), QCheckBox(
            self.tr("Allow a level in it")), required=False)
        self.allow_critical.setToolTip(self.tr(
            "Where the floating roof rests on its legs or floats partly the table is "
            "unreliable; a gauging there is recorded as such."))
        scale = combo([(self.tr("°C"), "C"), (self.tr("°F"), "F")])
        f.add("temperature", self.tr("Liquid temperature:"), number(self.tr("e.g. 27.5")),
              number_check(), beside=scale)
        self.density_kind = combo((tr(name), key) for key, name in DENSITY_NAMES.items())
        f.add("density", self.tr("Density:"), number(self.tr("as reported")),
              number_check(above=0), beside=self.density_kind)
        f.add("psig", self.tr("Pressure (psig):"), number("0"), number_check(),
              required=False)
        f.add("at", self.tr("Gauged at:"), line(self.tr("now, or 2026-11-25T09:30:00Z"), NARROW),
              lambda t: recording.time_arg(t, "at", None), required=False)
        f.add("free_water", self.tr("Free water:"), number(self.tr("0, unit of TOV")),
              number_check(minimum=0), required=False)
        f.add("sw_percent", self.tr("Sediment and water %:"), number("0"),
              number_check(minimum=0, maximum=100), required=False)
        ambient = f.add("ambient", self.tr("Ambient temperature:"),
                        number(self.tr("optional")), number_check(), required=False)
        ambient.setToolTip(self.tr("Same scale as the liquid, for the shell correction. "
                                   "Without it the shell is taken to be at the liquid's "
                                   "temperature."))
        self.fra = f.add("fra", self.tr("Floating-roof adjustment:"),
                         number(self.tr("0, unit of TOV")), number_check(),
                         required=False)
        self.fra.setToolTip(self.tr("Floating roofs only; usually negative (a deduction)."))
        self._scrolling_fields()
        self.tank.currentIndexChanged.connect(self._tank_chosen)
        self.method.currentIndexChanged.connect(self._method_chosen)

        box = card(self.right, self.tr("Quantity chain"))
        self.level_line = styled("", "", "level_line")
        self.level_line.hide()
        box.addWidget(self.level_line)
        self.standard = styled("", "hint", "standard")
        box.addWidget(self.standard)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        for col, text in enumerate(("", self.tr("m³"), self.tr("bbl"))):
            grid.addWidget(styled(text, "hint"), 0, col)
        self.cells: dict[str, QLabel] = {}
        for row, (label, m3, bbl) in enumerate(CHAIN_ROWS, start=1):
            grid.addWidget(QLabel(tr(label)), row, 0)
            for col, key in ((1, m3), (2, bbl)):
                if key:
                    cell = QLabel("—")
                    cell.setObjectName(key)
                    if key.startswith("nsv_"):
                        set_role(cell, "big")
                    # a factor pair takes both columns rather than widening one
                    span = 2 if key == "ctl_cpl" else 1
                    grid.addWidget(cell, row, col, 1, span)
                    self.cells[key] = cell
        box.addLayout(grid)
        box.parentWidget().setToolTip(self.tr(
            "TOV from the calibration table at the level, by linear interpolation\n"
            "GOV = (TOV − free water) × CTSh + FRA\nGSV = GOV × CTPL, CTPL = CTL × CPL "
            "rounded to 5 decimals\nNSV = GSV × (1 − S&W / 100)"))
        self.chain_note = styled("", "hint", "chain_note")
        box.addWidget(self.chain_note)
        self._method_chosen()

    def _scrolling_fields(self) -> None:
        """Put the form (and, once it exists, the movement box) in a scroll area of its own
        beside the chain: the chain stays in view while the fields scroll."""
        form_layout = self.form.layout
        self.left.removeItem(form_layout)
        form_layout.setParent(None)
        inner = QWidget()
        inner.setObjectName("gauging_fields")
        self.fields_column = QVBoxLayout(inner)
        self.fields_column.setContentsMargins(0, 0, 8, 0)
        self.fields_column.setSpacing(14)
        self.fields_column.addLayout(form_layout)
        self.left.insertWidget(0, _FieldsArea(inner, self.FIELDS_HEIGHT))

    def _when_used(self, name: str, check: Callable[[str], Any]) -> Callable[[str], Any]:
        """`check`, for a field of the way of gauging chosen; other ways' fields are unused."""
        return lambda text: check(text) if name in self._used() else None

    def _used(self) -> tuple[str, ...]:
        return self.GAUGED_BY.get(self.method.currentData() or "tov", ())

    def _method_picked_by_user(self) -> None:
        self._method_picked = True

    def _method_chosen(self) -> None:
        used = self._used()
        for names in self.GAUGED_BY.values():
            for name in names:
                field = self.form.fields[name]
                field.required = name in used and name != "reference_height"
                self.form.layout.setRowVisible(field.widget.parentWidget(), name in used)
        self._show_critical()
        self.form.revalidate(show=False)
        self.update_preview()
        self.refresh()

    def _show_critical(self) -> None:
        table = self.tables.get(self.tank.currentData())
        held = self.tanks.get(self.tank.currentData())
        wanted = (table is not None and table.table.critical_zone is not None
                  and held is not None and held["roof"] != "fixed"
                  and self.method.currentData() != "tov")
        self.form.layout.setRowVisible(self.allow_critical.parentWidget(), wanted)
        if not wanted:
            self.allow_critical.setChecked(False)

    def load(self) -> None:
        self.fetch(gauging.tanks, self._fill_tanks)

    def _fill_tanks(self, tanks: list[dict[str, Any]]) -> None:
        self.tanks = fill_tanks(self.tank, tanks, self.holding)
        self._tank_chosen()

    def _tank_chosen(self) -> None:
        code = self.tank.currentData()
        held = self.tanks.get(code)
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
            commodity=tr(COMMODITY_NAMES.get(held["commodity"], held["commodity"])),
            group=group_name(held["vcf_group"]), roof=tr(ROOF_NAMES[held["roof"]]).lower(),
            shell=tr(SHELL_NAMES[held["shell"]]).lower(), nsv=held["nsv_m3"]))
        if code in self.tables:
            self._table_arrived(code, self.tables[code])
        else:
            self.fetch(lambda ledger: calibration.current(ledger, code),
                       lambda table: self._table_arrived(code, table))

    def _table_arrived(self, code: str, table: calibration.TankTable | None) -> None:
        """The tank's current calibration table (None: it has none) is known: say which,
        and gauge by level when it has one (unless the custodian chose otherwise), by
        volume when not."""
        self.tables[code] = table
        if code != self.tank.currentData():
            return
        if table is None:
            self.form.say(self.table_info, self.tr(
                "No calibration table: give the total observed volume, or store the tank's "
                "table first (Record › Tank calibration table…)."))
            wanted = "tov"  # nothing to read a level through
        else:
            described = table.table.describe()
            self.form.say(self.table_info, self.tr("Calibration {label}: {described}").format(
                label=table.label(), described=described))
            wanted = None if self._method_picked else "level"
        if wanted is not None:
            select_data(self.method, wanted)
        if table is not None:  # TOV, free water and FRA are in the table's unit
            select_data(self.form.units["tov"], table.table.unit)
        self._show_critical()
        self.revalidate()

    def save_text(self) -> str:
        return self.tr("Record gauging")

    def inputs(self, values: dict[str, str]) -> dict[str, Any]:
        """The gauging's parameters, as `gauging.compute` and `gauge_tank` take them."""
        f = self.form
        method = values["method"] or "tov"
        if method == "level":
            gauged: dict[str, Any] = {"level_mm": values["level"]}
        elif method == "ullage":
            gauged = {"ullage_mm": values["ullage"],
                      "reference_height_mm": values["reference_height"] or None}
        else:
            gauged = {"tov": values["tov"], "unit": f.unit("tov")}
        return {
            **gauged, "allow_critical_zone": bool(values["allow_critical"]),
            "temperature": values["temperature"],
            "temperature_unit": f.unit("temperature"), f.unit("density"): values["density"],
            "psig": values["psig"] or "0", "free_water": values["free_water"] or "0",
            "sw_percent": values["sw_percent"] or "0", "ambient": values["ambient"] or None,
            "fra": values["fra"] or "0",
        }

    def compute(self, values: dict[str, str]) -> gauging.Gauging:
        held = self.tanks.get(values["tank"])
        if held is None:
            raise InvalidInput(tr("Choose a tank"), "tank")
        return gauging.compute(held, table=self.tables.get(values["tank"]),
                               **self.inputs(values))

    def check_whole(self, values: dict[str, str]) -> None:
        self.compute(values)

    def update_preview(self) -> None:
        if not hasattr(self, "chain_note"):
            return
        values = self.form.values()
        try:
            needed = ("tank", *self._used()[:1], "temperature", "density")
            if not all(values[k] for k in needed):
                raise InvalidInput(self.tr("The chain appears when the tank, how it was gauged, "
                                           "temperature and density are given."))
            result = self.compute(values)
        except InvalidInput as exc:
            for cell in self.cells.values():
                cell.setText("—")
            self.standard.setText("")
            self.level_line.hide()
            self.chain_note.setText(say(exc))
            self.chain_note.show()
            return
        chain, vcf = result.chain.as_json(), result.chain.vcf
        shown = {**chain, "ctl_cpl": f"{vcf.ctl:.6f} · {vcf.cpl:.6f}"}
        for key, cell in self.cells.items():
            value = shown.get(key)
            cell.setText("—" if value in (None, "") else str(value))
        self.standard.setText(self.tr(
            "{standard}-{edition} · table {table} · {group} · {base}").format(
            standard=vcf.standard, edition=vcf.edition, table=vcf.table,
            group=group_name(vcf.group), base=vcf.base_temperature))
        text = timeline.level_line(result.inputs, timeline_words,
                                   {"m3": self.tr("m³"), "bbl": self.tr("bbl")})
        self.level_line.setText(text[:1].upper() + text[1:])
        self.level_line.setVisible(bool(text))
        self.chain_note.hide()

    def job(self) -> Callable[[Any, Any], Any]:
        values = self.form.values()
        kwargs = self.inputs(values)
        movement = self.movement.builder()
        tank, at = values["tank"], values["at"] or None
        return lambda ledger, task: recording.gauge_tank(
            ledger, tank=tank, gauged_at=at, movement=movement(), **kwargs)
