"""The holdings table's model: a million rows, fetched a page at a time.

The model never holds more than `CACHE_PAGES` pages. When the view asks for a
row whose page is not cached, the model asks the ledger thread for that page
and shows the row as "…" until it arrives (a few milliseconds: keyset paging,
see `app.services.browsing`), then announces the change. Results of an older
query are recognised by their generation number and dropped.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from app.gui.context import AppContext
from app.gui.i18n import tr
from app.gui.palette import BAD, CAUTION, qcolor
from app.services import browsing
from app.services.browsing import PAGE, Query, View

CACHE_PAGES = 64
PENDING = "…"

_Index = QModelIndex | QPersistentModelIndex


def column_titles() -> dict[str, str]:
    """Column headers, translated."""
    return {
        "id": tr("Id"), "site": tr("Site"), "metal": tr("Metal"), "brand": tr("Refiner / brand"),
        "serial": tr("Serial"), "year": tr("Year"), "gross_oz": tr("Gross ozt"),
        "fineness": tr("Fineness"), "fine_oz": tr("Fine ozt"), "location": tr("Location"),
        "good_delivery": tr("Good Delivery"), "flags": tr("Flags"), "warrant": tr("Warrant"),
        "shape": tr("Shape"), "grade": tr("Grade"), "bundles": tr("Bundles"),
        "gross_t": tr("Gross t"), "net_t": tr("Net t"), "within_tolerance": tr("Within ±2 %"),
        "code": tr("Code"), "commodity": tr("Commodity"), "product": tr("Product"),
        "roof": tr("Roof"), "gauged_at": tr("Gauged (UTC)"), "nsv_m3": tr("NSV m³"),
        "nsv_bbl": tr("NSV bbl"), "kind": tr("Kind"), "measured_at": tr("Measured (UTC)"),
        "energy_mmbtu": tr("Energy MMBtu"), "cushion_mmbtu": tr("Cushion MMBtu"),
    }


#: The order a person reads a holding in: what identifies it, what it weighs, where it
#: is; the internal id last. Columns in HIDDEN start hidden (the header's menu shows them).
DISPLAY = {
    "bar": ("serial", "brand", "year", "fine_oz", "location", "good_delivery", "site", "metal",
            "gross_oz", "fineness", "flags", "id"),
    "lot": ("warrant", "brand", "metal", "net_t", "location", "within_tolerance", "site",
            "shape", "grade", "bundles", "gross_t", "flags", "id"),
    "tank": ("code", "site", "commodity", "product", "nsv_m3", "nsv_bbl", "gauged_at", "roof",
             "id"),
    "gas": ("code", "site", "kind", "energy_mmbtu", "cushion_mmbtu", "measured_at", "id"),
}
HIDDEN = {
    "bar": frozenset({"gross_oz", "fineness", "flags", "id"}),
    "lot": frozenset({"shape", "grade", "bundles", "gross_t", "flags", "id"}),
    "tank": frozenset({"roof", "id"}),
    "gas": frozenset({"id"}),
}

NUMERIC = {"id", "year", "gross_oz", "fineness", "fine_oz", "bundles", "gross_t", "net_t",
           "nsv_m3", "nsv_bbl", "energy_mmbtu", "cushion_mmbtu"}
BOOLEAN = {"good_delivery", "within_tolerance"}


class HoldingsModel(QAbstractTableModel):
    """Rows of one kind of holding for a `Query`, paged from the ledger."""

    #: (rows, seconds-free) the query is ready: its row count is known.
    ready = Signal(int)
    #: a page arrived (its number), for tests and the benchmark.
    page_loaded = Signal(int)
    loading = Signal(bool)

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.query = Query()
        self.view: View | None = None
        self.generation = 0
        self.pages: OrderedDict[int, list[tuple]] = OrderedDict()
        self.requested: set[int] = set()
        self.titles = column_titles()
        self.busy = False

    # -- the query ---------------------------------------------------------------

    @property
    def columns(self) -> tuple[str, ...]:
        """The columns in the order shown."""
        return DISPLAY[self.query.kind]

    def _source(self, column: str) -> int:
        """Where `column` is in a fetched row (the order of `browsing.KINDS`)."""
        return browsing.KINDS[self.query.kind].columns.index(column)

    def set_query(self, query: Query) -> None:
        """Show `query`'s rows: count and prepare them on the ledger thread."""
        self.generation += 1
        generation = self.generation
        self.busy = True
        self.loading.emit(True)

        def done(view: View) -> None:
            if generation != self.generation:
                return
            self.beginResetModel()
            self.query = query
            self.view = view
            self.pages.clear()
            self.requested.clear()
            self.endResetModel()
            self.busy = False
            self.loading.emit(False)
            self.ready.emit(view.count)

        def failed(exc: BaseException) -> bool:
            if generation == self.generation:
                self.busy = False
                self.loading.emit(False)
            return False

        self.ctx.run(lambda ledger, task: browsing.open_view(ledger, query, task),
                     parent=None, done=done, failed=failed, label="holdings")

    def refresh(self) -> None:
        self.set_query(self.query)

    # -- Qt's model interface ------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() or self.view is None else self.view.count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.columns):
                return self.titles.get(self.columns[section], self.columns[section])
            return None
        return str(section + 1)

    def row(self, row: int) -> tuple | None:
        """The row's values if its page is here; else ask for the page and return None."""
        number = row // PAGE
        rows = self.pages.get(number)
        if rows is None:
            self._request(number)
            return None
        self.pages.move_to_end(number)
        offset = row - number * PAGE
        return rows[offset] if offset < len(rows) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.view is None:
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.UserRole):
            return None
        values = self.row(index.row())
        if values is None:
            return PENDING if role == Qt.ItemDataRole.DisplayRole else None
        value = values[self._source(column)]
        if role == Qt.ItemDataRole.UserRole:
            return values[0]  # the holding id
        if role == Qt.ItemDataRole.ToolTipRole and column in BOOLEAN and not value:
            flags = values[self._source("flags")]
            return self.tr("Outside the limits: {flags}").format(flags=flags) if flags else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column in BOOLEAN and not value:
                return qcolor(BAD)
            if column == "flags" and value:
                return qcolor(CAUTION)
            return None
        if column in BOOLEAN:
            return self.tr("yes") if value else self.tr("no")
        if value is None:
            return "—" if role == Qt.ItemDataRole.DisplayRole else None
        return str(value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        name = self.columns[column] if 0 <= column < len(self.columns) else "id"
        if name not in browsing.KINDS[self.query.kind].sorts:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (name, descending) != (self.query.sort, self.query.descending):
            self.set_query(self.query.with_sort(name, descending))

    # -- pages -----------------------------------------------------------------------

    def _request(self, number: int) -> None:
        if number in self.requested or self.view is None:
            return
        self.requested.add(number)
        view = self.view

        def done(rows: list[tuple]) -> None:
            if view is not self.view:
                return  # a page of a query no longer shown
            self.requested.discard(number)
            self.pages[number] = rows
            while len(self.pages) > CACHE_PAGES:
                self.pages.popitem(last=False)
            first = number * PAGE
            last = min(first + len(rows), self.rowCount()) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0),
                                      self.index(last, self.columnCount() - 1))
            self.page_loaded.emit(number)

        def failed(exc: BaseException) -> bool:
            if view is not self.view:
                return True  # an old query's page: nobody needs it
            self.requested.discard(number)
            return False

        self.ctx.run(lambda ledger, task: browsing.page(ledger, view, number),
                     parent=None, done=done, failed=failed, label="page")

    def holding_id(self, row: int) -> int | None:
        values = self.row(row)
        return None if values is None else int(values[0])
