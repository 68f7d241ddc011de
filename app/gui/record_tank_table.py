"""Record › Tank calibration table…: store the next version of a tank's strapping table.

The custodian picks the tank and the CSV file the calibration certificate came
with, adds the certificate's number, date, reference height and (floating roofs)
critical zone, and sees every row of the table, checked by the same rules as
`tijori tank table` (`app.domain.strapping`), before anything is stored. Saving
records event `tank.table` through `calibration.store_table`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QPushButton, QTableView

from app.domain import strapping
from app.domain.errors import InvalidInput, TijoriError
from app.domain.text import clean_text
from app.domain.units import decimal_string, group_digits
from app.gui import dialogs
from app.gui.i18n import say
from app.gui.record_base import RecordDialog
from app.gui.record_oil import ROOF_NAMES
from app.gui.record_parts import (
    card,
    combo,
    fill_tanks,
    line,
    number_check,
    place_beside,
    styled,
    tr,
)
from app.services import calibration, gauging

Index = QModelIndex | QPersistentModelIndex
UNIT_NAMES = {"m3": "m³", "bbl": "bbl"}


class TableRows(QAbstractTableModel):
    """A calibration table's rows, read from the table itself (no copy per cell)."""

    def __init__(self) -> None:
        super().__init__()
        self.table: strapping.CalibrationTable | None = None

    def show(self, table: strapping.CalibrationTable | None) -> None:
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if self.table is None or parent.isValid() else self.table.rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.table is None or not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            values = self.table.levels if index.column() == 0 else self.table.volumes
            return group_digits(decimal_string(values[index.row()]))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        unit = UNIT_NAMES[self.table.unit if self.table is not None else "m3"]
        return (tr("Level (mm)"), tr("Volume ({unit})").format(unit=unit))[section]


class TankTableDialog(RecordDialog):
    """Store a tank's calibration table: the newest version applies to new gaugings."""

    MOVEMENT = None
    ALIASES: ClassVar[dict[str, str]] = {
        "table": "file", "reference_height_mm": "reference_height",
        "critical_zone_mm": "critical_zone"}
    NOT_FOUND_FIELD = "tank"
    WIDTH = 900
    #: Room for every field beside the rows: the wrapped notes of a form take more height
    #: than their size hints say, and a shorter dialog would make the fields scroll.
    HEIGHT = 600

    def build(self) -> None:
        self.setWindowTitle(self.tr("Tank calibration table"))
        self.setMinimumHeight(self.HEIGHT)
        self.tanks: dict[str, dict[str, Any]] = {}
        self.current: dict[str, calibration.TankTable | None] = {}
        self.data: bytes | None = None
        self.path = ""
        self._parsed: tuple[tuple[Any, ...], strapping.CalibrationTable] | None = None
        f = self.form
        self.tank = f.add("tank", self.tr("Tank:"), combo([]))
        self.tank_info = f.note("tank_info")
        self.file = f.add("file", self.tr("Table file (CSV):"),
                          line(self.tr("level_mm,volume_m3 (or volume_bbl)")),
                          self._file_check)
        self.file.setReadOnly(True)
        self.choose = QPushButton(self.tr("Choose…"))
        self.choose.setObjectName("choose_file")
        self.choose.setAutoDefault(False)
        self.choose.clicked.connect(self.pick)
        place_beside(self.file, self.choose)
        self.order.append(self.choose)  # after the file field, in reading order
        f.add("certificate", self.tr("Certificate:"), line(self.tr("number, e.g. CAL-2026-114")),
              lambda t: clean_text(t, "certificate", 100, required=False), required=False)
        f.add("calibrated_on", self.tr("Calibrated on:"), line(self.tr("e.g. 2026-03-31")),
              strapping.parse_calibration_date, required=False)
        f.add("reference_height", self.tr("Reference height (mm):"),
              line(self.tr("optional; needed to gauge by ullage")),
              number_check(above=0), required=False)
        self.zone = f.add("critical_zone", self.tr("Critical zone (mm):"),
                          line(self.tr("floating roofs: LOW-HIGH, e.g. 900-1900")),
                          strapping.parse_critical_zone, required=False)
        self.tank.currentIndexChanged.connect(self._tank_chosen)

        box = card(self.right, self.tr("Rows"))
        self.summary = styled(self.tr("Choose the table file to see its rows."), "hint",
                              "table_summary")
        box.addWidget(self.summary)
        self.rows = TableRows()
        self.view = QTableView()
        self.view.setObjectName("table_rows")
        self.view.setModel(self.rows)
        self.view.setMinimumHeight(300)  # the rows set the height: the fields fit beside them
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setDefaultSectionSize(20)
        box.addWidget(self.view, 1)

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
        floating = held["roof"] in calibration.ROOFS_WITH_CRITICAL_ZONE
        self.zone.setEnabled(floating)
        if not floating:
            self.zone.clear()
        if code in self.current:
            self._describe(code)
        else:
            self.fetch(lambda ledger: calibration.current(ledger, code),
                       lambda table: self._current_arrived(code, table))

    def _current_arrived(self, code: str, table: calibration.TankTable | None) -> None:
        self.current[code] = table
        if code == self.tank.currentData():
            self._describe(code)

    def _describe(self, code: str) -> None:
        held, table = self.tanks[code], self.current.get(code)
        roof = tr(ROOF_NAMES[held["roof"]]).lower()
        if table is None:
            text = self.tr("{roof}; no calibration table yet: this will be version 1").format(
                roof=roof)
        else:
            text = self.tr("{roof}; now {label}, recorded {when}: this will be version "
                           "{next}").format(roof=roof, label=table.label(),
                                            when=table.recorded_at[:10],
                                            next=table.version + 1)
        self.form.say(self.tank_info, text[:1].upper() + text[1:])

    def pick(self) -> None:
        path = dialogs.open_file(self, self.tr("Calibration table"),
                                 self.tr("CSV files (*.csv);;All files (*)"), "tables")
        if not path:
            return
        try:
            data = calibration.read_table_file(path)
        except TijoriError as exc:
            self.data, self.path = None, ""
            self.file.setText(Path(path).name)
            self.form.set_error("file", say(exc))  # after the check the text change ran
            return
        self.data, self.path, self._parsed = data, path, None
        self.file.setText(Path(path).name)  # triggers the checks and the preview

    def _file_check(self, text: str) -> None:
        if self.data is None:
            raise InvalidInput(self.tr("Choose the file with Choose…"))

    def options(self, values: dict[str, str]) -> dict[str, Any]:
        return {"certificate": values["certificate"],
                "calibrated_on": values["calibrated_on"] or None,
                "reference_height_mm": values["reference_height"] or None,
                "critical_zone_mm": values["critical_zone"] or None}

    def parsed(self, values: dict[str, str]) -> strapping.CalibrationTable:
        """The table with the options typed, parsed once per file and options."""
        if self.data is None:
            raise InvalidInput(self.tr("Choose the file with Choose…"), "file")
        options = self.options(values)
        key = (id(self.data), *options.values())
        if self._parsed is None or self._parsed[0] != key:
            self._parsed = (key, calibration.parse_file(self.data, **options))
        return self._parsed[1]

    def check_whole(self, values: dict[str, str]) -> None:
        self.parsed(values)

    def update_preview(self) -> None:
        if not hasattr(self, "rows"):
            return
        try:
            table = self.parsed(self.form.values())
        except InvalidInput as exc:
            self.rows.show(None)
            self.summary.setText(say(exc) if self.data is not None else
                                 self.tr("Choose the table file to see its rows."))
            return
        self.rows.show(table)
        self.summary.setText(self.tr(
            "{described}; SHA-256 {digest}…\nA level is read by linear interpolation "
            "between rows, rounded to {step} {unit}.").format(
            described=table.describe(), digest=table.digest[:16],
            step=decimal_string(strapping.VOLUME_STEP[table.unit]),
            unit=UNIT_NAMES[table.unit]))
        self.summary.setToolTip(self.tr("SHA-256 of the table: {digest}").format(
            digest=table.digest))

    def save_text(self) -> str:
        return self.tr("Store table")

    def job(self) -> Callable[[Any, Any], Any]:
        values = self.form.values()
        data, source, options = self.data, self.path, self.options(values)
        if data is None:
            raise InvalidInput(self.tr("Choose the file with Choose…"), "file")
        return lambda ledger, task: calibration.store_table(
            ledger, tank=values["tank"], data=data, source=source, **options)
