"""The count's rows as a Qt table model (Physical count ▸ 3. Count): every planned
holding in the order of the walk, then the bars found that the plan does not list.

Each row holds the cells of a results sheet (`counting.COLUMNS`) and is classified again
whenever one of them changes (`counting.classify_rows`, under the tolerances the auditor
states): its exceptions, or why it cannot be recorded as it stands, are the last column.
What the model holds is what is saved (`counting.save_results`) and recorded
(`counting.record_rows`); it reads back what `counting.read_results` reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from app.domain.errors import InvalidInput
from app.gui.i18n import say
from app.gui.palette import BAD, BAD_BACKGROUND, CAUTION, GOOD, MUTED
from app.services import counting
from app.services.counting import COLUMNS, FILLED, Planned, Unlisted

_Index = QModelIndex | QPersistentModelIndex
#: The table's columns: the results sheet's, then the exceptions found so far.
KEYS = (*COLUMNS, "exceptions")
COLUMN = {key: number for number, key in enumerate(KEYS)}
#: What the auditor fills in for a bar found that the plan does not list.
UNLISTED_FILLED = ("site", "location", "serial_read", "brand_read", "year_read", "remarks")
#: Set with a key (y, n, Space), never typed out.
TOGGLED = ("found", "seal_intact")
YES, NO = "yes", "no"


def _yes_no(text: str) -> str:
    """y or yes, n or no, as the sheet writes them; anything else as typed (the service
    then says what is wrong with it)."""
    word = text.strip().casefold()
    return YES if word in ("y", "yes") else NO if word in ("n", "no") else text.strip()


def reading_key(text: str) -> str:
    """A reading compared with another: case and white space aside."""
    return "".join(text.casefold().split())


@dataclass(eq=False)
class CountRow:
    """One row of the count: a planned holding (or a bar found unlisted, `item` None), the
    results sheet's cells, and how it stands."""

    item: Planned | None
    cells: dict[str, str]
    problem: str = ""  # why it cannot be recorded as it stands, naming the row
    short: str = ""  # the same, said in the row itself (without naming it)
    exceptions: tuple[str, ...] = ()

    @property
    def marked(self) -> bool:
        return self.item is not None and bool(self.cells["found"])

    @property
    def touched(self) -> bool:
        return any(self.cells[column] for column in FILLED)


class CountModel(QAbstractTableModel):
    """The rows of a count: every planned holding in walk order, then the bars found
    unlisted. `changed` follows every mark (the progress line, the unsaved state)."""

    changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[CountRow] = []
        self.items: list[Planned] = []
        self.tolerances: tuple[str, ...] = ()
        self.unsaved = False
        self.source = self.tr("the count table")
        # Two lines where a title is wider than what the column holds.
        self.titles = [self.tr("Leaf"), self.tr("Kind"), self.tr("Site"), self.tr("Location"),
                       self.tr("Listed as"), self.tr("Found"), self.tr("Serial\nread"),
                       self.tr("Brand\nread"), self.tr("Year\nread"), self.tr("Seal\nintact"),
                       self.tr("Measured"), self.tr("Unit"), self.tr("Remarks"),
                       self.tr("Exceptions")]
        self.tips = {
            "found": self.tr("y: found, n: not found; Space switches"),
            "serial_read": self.tr("A bar's serial, a lot's warrant, a tank's or gas "
                                   "inventory's code, as read or scanned"),
            "brand_read": self.tr("A bar's or lot's brand, as read"),
            "year_read": self.tr("A bar's year, as read"),
            "seal_intact": self.tr("y: intact, n: broken, Delete: no seal; Space switches"),
            "measured": self.tr("A bar's gross weight, a lot's gross tonnes, a tank's net "
                                "standard volume, a gas inventory's energy, as measured"),
            "exceptions": self.tr("What the count found, or why the row cannot be recorded "
                                  "as it stands"),
        }
        self.words = {"bar": self.tr("bar"), "lot": self.tr("lot"), "tank": self.tr("tank"),
                      "gas": self.tr("gas"), YES: self.tr("yes"), NO: self.tr("no"),
                      "missing": self.tr("missing"),
                      "identity mismatch": self.tr("identity mismatch"),
                      "seal broken": self.tr("seal broken"),
                      "weight outside tolerance": self.tr("weight outside tolerance"),
                      "volume outside tolerance": self.tr("volume outside tolerance"),
                      "energy outside tolerance": self.tr("energy outside tolerance")}

    # -- the plan and the marks ---------------------------------------------------------

    def set_plan(self, plan: dict[str, Any]) -> None:
        """A fresh count of `plan`: every holding unmarked, in the order of the walk."""
        items = counting.walk_order(counting.planned(plan))
        cells = counting.sheet_rows(plan)  # the same walk, as the sheet's cells
        self.beginResetModel()
        self.items = items
        self.rows = [CountRow(item, dict(zip(COLUMNS, row, strict=True)))
                     for item, row in zip(items, cells, strict=True)]
        for row in self.rows:
            self._classify(row)
        self.unsaved = False
        self.endResetModel()
        self.changed.emit()

    def load(self, read: list[tuple[Planned, dict[str, str]]], unlisted: list[Unlisted]
             ) -> None:
        """The marks of a saved results sheet (`counting.read_results`), in place of these."""
        by_leaf = {item.index: row for item, row in read}
        self.beginResetModel()
        self.rows = [row for row in self.rows if row.item is not None]
        for row in self.rows:
            saved = by_leaf.get(row.item.index, {}) if row.item is not None else {}
            row.cells.update({column: saved.get(column, "") for column in FILLED})
            self._classify(row)
        for bar in unlisted:
            self.rows.append(CountRow(None, counting.unlisted_row(bar)))
            self._classify(self.rows[-1])
        self.unsaved = False
        self.endResetModel()
        self.changed.emit()

    def set_tolerances(self, lines: tuple[str, ...]) -> None:
        """The tolerances the auditor states (valid lines only): every row again."""
        if lines == self.tolerances:
            return
        self.tolerances = lines
        for row in self.rows:
            self._classify(row)
        if self.rows:
            column = COLUMN["exceptions"]
            self.dataChanged.emit(self.index(0, column), self.index(len(self.rows) - 1, column))
        self.changed.emit()

    def where(self, row: CountRow) -> str:
        at = next(n for n, other in enumerate(self.rows) if other is row)
        number = sum(1 for other in self.rows[:at + 1] if other.item is None)
        return self.tr("{source}, unlisted bar {n}").format(source=self.source, n=number)

    def _classify(self, row: CountRow) -> None:
        row.problem, row.short, row.exceptions = "", "", ()
        # As `classify_rows` names a row, so that the row's own cell can leave it out.
        where = self.where(row) if row.item is None else \
            self.tr("{source}, leaf {index}").format(source=self.source, index=row.item.index)
        try:
            if row.item is None:
                counting.unlisted_bar(row.cells, where)
            elif row.touched:
                results, _ = counting.classify_rows([(row.item, row.cells)], self.tolerances,
                                                    self.source)
                row.exceptions = results[0].exceptions
        except InvalidInput as exc:
            row.problem = say(exc)
            row.short = row.problem.lstrip("\u200f").removeprefix(f"{where}: ")

    def set_cell(self, number: int, key: str, value: str) -> None:
        self.set_cells(number, {key: value})

    def set_cells(self, number: int, values: dict[str, str]) -> None:
        row = self.rows[number]
        values = {k: _yes_no(v) if k in TOGGLED else v.strip() for k, v in values.items()}
        if all(row.cells[k] == v for k, v in values.items()):
            return
        row.cells.update(values)
        self._classify(row)
        self.unsaved = True
        self.dataChanged.emit(self.index(number, 0), self.index(number, len(KEYS) - 1))
        self.changed.emit()

    def mark_found(self, number: int, scanned: str) -> None:
        """Found, with what was scanned as its serial (warrant, code) as read."""
        self.set_cells(number, {"found": YES, "serial_read": scanned})

    def mark_not_found(self, numbers: list[int]) -> None:
        """Not found: nothing read, measured or seen of it (its remarks are kept)."""
        for number in numbers:
            if self.rows[number].item is not None:
                self.set_cells(number, {"found": NO, "serial_read": "", "brand_read": "",
                                        "year_read": "", "seal_intact": "", "measured": ""})

    def add_unlisted(self, cells: dict[str, str]) -> int:
        """A bar found that the plan does not list, at the end; its row number."""
        row = CountRow(None, counting.unlisted_row(Unlisted(
            cells.get("site", ""), cells.get("location", ""), cells.get("serial_read", ""),
            cells.get("brand_read", ""), cells.get("year_read", ""), cells.get("remarks", ""))))
        number = len(self.rows)
        self.beginInsertRows(QModelIndex(), number, number)
        self.rows.append(row)
        self._classify(row)
        self.endInsertRows()
        self.unsaved = True
        self.changed.emit()
        return number

    def remove_unlisted(self, numbers: list[int]) -> None:
        for number in sorted(numbers, reverse=True):
            if self.rows[number].item is None:
                self.beginRemoveRows(QModelIndex(), number, number)
                del self.rows[number]
                self.endRemoveRows()
                self.unsaved = True
        for row in self.rows:  # their "unlisted bar N" may have moved
            if row.item is None:
                self._classify(row)
        self.changed.emit()

    def find(self, text: str) -> list[int]:
        """The rows of the planned holdings a scanned or typed text names."""
        wanted = {item.index for item in counting.find_planned(self.items, text)}
        return [n for n, row in enumerate(self.rows)
                if row.item is not None and row.item.index in wanted]

    def unlisted_with(self, text: str) -> int | None:
        """The row of a bar already added as unlisted with this serial, if any."""
        return next((n for n, row in enumerate(self.rows) if row.item is None
                     and reading_key(row.cells["serial_read"]) == reading_key(text)), None)

    def counts(self) -> dict[str, int]:
        planned = [row for row in self.rows if row.item is not None]
        return {"marked": sum(1 for row in planned if row.marked), "planned": len(planned),
                "exceptions": sum(1 for row in planned if row.exceptions),
                "unlisted": sum(1 for row in self.rows if row.item is None),
                "problems": sum(1 for row in self.rows if row.problem)}

    def first(self, which: str) -> int | None:
        """The first row to put right ("problem") or not yet marked ("unmarked")."""
        for number, row in enumerate(self.rows):
            if which == "problem" and row.problem:
                return number
            if which == "unmarked" and row.item is not None and not row.touched:
                return number
        return None

    def _unlisted(self) -> list[Unlisted]:
        """The bars found unlisted; InvalidInput names the first that lacks something."""
        return [counting.unlisted_bar(row.cells, self.where(row)) for row in self.rows
                if row.item is None]

    def progress(self) -> tuple[list[dict[str, str]], list[Unlisted]]:
        """Every planned row (marked or not) and the bars found unlisted, to save."""
        return [dict(row.cells) for row in self.rows if row.item is not None], self._unlisted()

    def results(self) -> tuple[list[tuple[Planned, dict[str, str]]], list[Unlisted]]:
        """The rows with something entered, and the bars found unlisted, to record: a
        planned holding left blank has no result, and recording says so."""
        return [(row.item, dict(row.cells)) for row in self.rows
                if row.item is not None and row.touched], self._unlisted()

    # -- Qt's model ---------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(KEYS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(KEYS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.titles[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tips.get(KEYS[section])
        return None

    def verdict_text(self, row: CountRow) -> str:
        """What the exceptions column says of a row."""
        if row.problem:
            return row.short
        if row.item is None:
            return self.tr("bar found unlisted")
        if not row.touched:
            return ""
        if row.exceptions:
            return ", ".join(self.words.get(e, e) for e in row.exceptions)
        return self.tr("none")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, key = self.rows[index.row()], KEYS[index.column()]
        if role == Qt.ItemDataRole.EditRole:
            return row.cells.get(key, "")
        if role == Qt.ItemDataRole.ToolTipRole and key == "exceptions":
            return row.problem or self.verdict_text(row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if key == "exceptions":
                return self.verdict_text(row)
            if key == "leaf" and row.item is None:
                return "—"
            value = row.cells[key]
            if key == "measured":  # with its unit (the unit column is hidden)
                return f"{value} {row.cells['unit']}" if value else ""
            return self.words.get(value, value) if key in ("kind", *TOGGLED) else value
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "found" and row.cells["found"] in (YES, NO):
                return QColor(GOOD if row.cells["found"] == YES else BAD)
            if key == "measured" and not row.cells["measured"]:
                return QColor(MUTED)
            if key == "exceptions":
                return QColor(BAD if row.problem or row.exceptions else
                              CAUTION if row.item is None else GOOD)
        if role == Qt.ItemDataRole.BackgroundRole and key == "exceptions" and row.problem:
            return QColor(BAD_BACKGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("leaf", "measured"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable(index.row(), KEYS[index.column()]) and \
                KEYS[index.column()] not in TOGGLED:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def editable(self, number: int, key: str) -> bool:
        """May the auditor change this cell (typed, or toggled with a key)?"""
        if self.rows[number].item is None:
            return key in UNLISTED_FILLED
        return key in FILLED

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole
                ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or \
                not self.editable(index.row(), KEYS[index.column()]):
            return False
        self.set_cell(index.row(), KEYS[index.column()], str(value or ""))
        return True
