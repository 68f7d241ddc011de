"""The Holdings page: sites on the left, a paged table of holdings on the right."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTabBar,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import InvalidInput
from app.gui import settings
from app.gui.context import AppContext
from app.gui.history_view import HistoryDialog
from app.gui.holdings_model import DISPLAY, HIDDEN, HoldingsModel
from app.gui.i18n import counted, say, tr
from app.gui.look import set_role
from app.gui.names import name
from app.services import browsing, journal_browser, ledger_views

KIND_ORDER = ("bar", "lot", "tank", "gas")
#: Starting widths: room for a serial, a brand, a fine weight, without sideways scrolling
#: at 1280×800 (the user's own widths are remembered).
COLUMN_WIDTHS = {"serial": 118, "brand": 120, "year": 56, "fine_oz": 92, "location": 92,
                 "good_delivery": 116, "site": 76, "metal": 64, "warrant": 118, "net_t": 90,
                 "within_tolerance": 96, "code": 96, "commodity": 96, "nsv_m3": 110,
                 "nsv_bbl": 110, "energy_mmbtu": 120, "cushion_mmbtu": 120,
                 "gauged_at": 150, "measured_at": 150}
SEARCH_HINT = {"bar": QT_TRANSLATE_NOOP("", "serial"), "lot": QT_TRANSLATE_NOOP("", "warrant"),
               "tank": QT_TRANSLATE_NOOP("", "tank code"),
               "gas": QT_TRANSLATE_NOOP("", "inventory code")}


class HoldingsPage(QWidget):
    """Browse, filter, sort and search what the ledger holds.

    `on_action(name, holding_id)` (set by the main window) opens the transfer,
    withdrawal or adjustment dialog for the selected holding.
    """

    history_shown = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.on_action: Callable[[str, int], None] | None = None
        self.model = HoldingsModel(ctx, self)
        self.history_dialog: HistoryDialog | None = None

        self.sites = QTreeWidget()
        self.sites.setHeaderHidden(True)
        self.sites.setMinimumWidth(160)
        self.sites.currentItemChanged.connect(lambda *_: self._changed())

        self.kinds = QTabBar()
        for kind in KIND_ORDER:
            self.kinds.addTab({"bar": self.tr("Bars"), "lot": self.tr("Lots"),
                               "tank": self.tr("Tanks"), "gas": self.tr("Gas")}[kind])
        self.kinds.setExpanding(False)
        self.kinds.setUsesScrollButtons(True)
        self.kinds.currentChanged.connect(lambda *_: self._kind_changed())

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        # A barcode scanner types the serial and Enter: the bar is found and selected, and
        # the text stays selected so that the next scan replaces it.
        self.search.returnPressed.connect(self.search.selectAll)
        self.brand = QComboBox()
        self.brand.setMinimumWidth(150)
        self.year = QLineEdit()
        self.year.setPlaceholderText(self.tr("Year"))
        self.year.setMaximumWidth(80)
        self.location = QLineEdit()
        self.location.setPlaceholderText(self.tr("Location starts with…"))
        self.status = QLabel()
        self.status.setObjectName("shown")
        self.status.setWordWrap(True)  # a long total wraps rather than widening the page
        self.status.setMinimumWidth(120)
        set_role(self.status, "hint")
        self.problem = QLabel()
        set_role(self.problem, "error")
        self.problem.hide()

        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(250)
        self.debounce.timeout.connect(self._changed)
        for edit in (self.search, self.year, self.location):
            edit.textChanged.connect(lambda *_: self.debounce.start())
            edit.returnPressed.connect(self._changed)
        self.brand.currentIndexChanged.connect(lambda *_: self._changed())

        self.table = QTableView()
        self.table.setObjectName("holdings")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self._sort_by_id()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows (Shift, Ctrl) move together: one transfer, one journal event.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setDefaultSectionSize(104)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.sectionResized.connect(lambda *_: self._remember_columns())
        header.sectionMoved.connect(lambda *_: self._remember_columns())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.brand, 1)
        filters.addWidget(self.year)
        filters.addWidget(self.location, 1)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.kinds)
        top.addStretch(1)
        column.addLayout(top)
        column.addLayout(filters)
        column.addWidget(self.problem)
        column.addWidget(self.table, 1)
        column.addWidget(self.status)
        self.buttons: dict[str, QPushButton] = {}
        # Transfer and withdrawal of the selected rows: the toolbar's, the Record menu's
        # and the rows' context menu (see MainWindow.record).
        for key, label, tip in (
                ("export", self.tr("Export…"), self.tr("The holdings shown, as CSV or XLSX")),
                ("count_sheet", self.tr("Count sheet…"),
                 self.tr("A printable sheet for counting the chosen site, by location"))):
            button = QPushButton(label)
            button.setObjectName(key)
            button.setToolTip(tip)
            top.addWidget(button)
            self.buttons[key] = button
        self.buttons["export"].clicked.connect(self.export)
        self.buttons["count_sheet"].clicked.connect(self.count_sheet)
        splitter = QSplitter()
        splitter.addWidget(self.sites)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 900])
        splitter.setCollapsible(0, True)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Holdings"))
        set_role(title, "title")
        layout.addWidget(title)
        layout.addWidget(splitter, 1)

        self.model.ready.connect(self._ready)
        self.model.loading.connect(self._loading)
        self.loaded = False
        self._suspend = False
        self._columns_kind: str | None = None
        self._restoring = False
        self.shown_totals: list[browsing.Total] = []
        self._totals_due: browsing.Query | None = None
        self.model.page_loaded.connect(self._page_loaded)
        ctx.changed.connect(self._ledger_changed)
        self._kind_filters()

    # -- loading -----------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.loaded:
            self.reload()

    def reload(self) -> None:
        """Read the sites and the current query again."""
        self.loaded = True
        self.ctx.run(lambda ledger, task: ledger_views.sites(ledger), parent=self,
                     done=self._fill_sites)
        self._load_brands()
        self._changed()

    def _ledger_changed(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self.loaded = False

    def _fill_sites(self, sites: list[dict]) -> None:
        current = self.site_code()
        self._suspend = True
        self.sites.clear()
        everything = QTreeWidgetItem([self.tr("All sites")])
        everything.setData(0, Qt.ItemDataRole.UserRole, None)
        self.sites.addTopLevelItem(everything)
        groups: dict[str, QTreeWidgetItem] = {}
        for site in sites:
            group = groups.get(site["kind"])
            if group is None:
                label = name(site["kind"])
                group = groups[site["kind"]] = QTreeWidgetItem(everything, [label])
                group.setData(0, Qt.ItemDataRole.UserRole, None)
                group.setFlags(group.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            item = QTreeWidgetItem(group, [f"{site['code']} — {site['name']}"])
            item.setToolTip(0, f"{site['code']} — {site['name']} ({site['kind']})")
            item.setData(0, Qt.ItemDataRole.UserRole, site["code"])
            if site["code"] == current:
                self.sites.setCurrentItem(item)
        self.sites.expandAll()
        if self.sites.currentItem() is None:
            self.sites.setCurrentItem(everything)
        self._suspend = False

    def _load_brands(self) -> None:
        kind = self.kind()
        if "brand" not in browsing.KINDS[kind].filters:
            return
        self.ctx.run(lambda ledger, task: browsing.distinct(ledger, kind, "brand"),
                     parent=self, done=self._fill_brands)

    def _fill_brands(self, brands: list[str]) -> None:
        chosen = self.brand.currentData()
        self._suspend = True
        self.brand.clear()
        self.brand.addItem(self.tr("All brands"), "")
        for brand in brands:
            self.brand.addItem(brand, brand)
        index = self.brand.findData(chosen)
        self.brand.setCurrentIndex(max(0, index))
        self._suspend = False

    # -- the query ---------------------------------------------------------------------

    def kind(self) -> str:
        return KIND_ORDER[max(0, self.kinds.currentIndex())]

    def site_code(self) -> str | None:
        item = self.sites.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _kind_filters(self) -> None:
        spec = browsing.KINDS[self.kind()]
        self.search.setPlaceholderText(
            self.tr("Find by {what} (starts with)…").format(what=tr(SEARCH_HINT[self.kind()])))
        self.brand.setVisible("brand" in spec.filters)
        self.year.setVisible("year" in spec.filters)
        self.location.setVisible("location" in spec.filters)

    def _kind_changed(self) -> None:
        self._kind_filters()
        self._suspend = True
        self.search.clear()
        self.brand.clear()
        self.year.clear()
        self.location.clear()
        self._suspend = False
        self._sort_by_id()
        self._load_brands()
        self._changed()

    def current_query(self) -> browsing.Query:
        return browsing.Query(
            kind=self.kind(), site=self.site_code(), search=self.search.text(),
            brand=self.brand.currentData() or "" if self.brand.isVisible() else "",
            year=self.year.text().strip() if self.year.isVisible() else "",
            location=self.location.text() if self.location.isVisible() else "",
            sort=self.model.query.sort if self.model.query.kind == self.kind() else "id",
            descending=self.model.query.descending if self.model.query.kind == self.kind()
            else False,
        )

    def _changed(self) -> None:
        if self._suspend or not self.loaded:
            return
        self.debounce.stop()
        try:
            query = self.current_query()
        except InvalidInput as exc:
            self.problem.setText(say(exc))
            self.problem.show()
            return
        self.problem.hide()
        self.model.set_query(query)

    def _loading(self, busy: bool) -> None:
        if busy:
            self.status.setText(self.tr("Loading…"))

    def _ready(self, count: int) -> None:
        self._restore_columns()
        kind = self.model.query.kind
        if count == 0:
            what = {"bar": self.tr("bars"), "lot": self.tr("lots"), "tank": self.tr("tanks"),
                    "gas": self.tr("gas inventories")}[kind]
            empty = (self.tr("Nothing matches these filters.") if self._filtered()
                     else self.tr("No {what} recorded yet. Use the Record menu or Import to "
                                  "add some.").format(what=what))
            self.status.setText(empty)
        else:
            self.status.setText(counted(kind, count))
            # Summed once the first rows are drawn: the ledger thread serves one job at a
            # time, and a million-bar sum must not hold up the rows a person looks at.
            self._totals_due = self.model.query
        if count == 1 and self._filtered():
            self.table.selectRow(0)
        self._selection_changed()

    def _page_loaded(self, _number: int) -> None:
        query, self._totals_due = self._totals_due, None
        if query is not None and query == self.model.query:
            self.ctx.run(lambda ledger, task: browsing.totals(ledger, query), parent=self,
                         done=lambda totals: self._totals(query, totals), label="totals")

    def _totals(self, query: browsing.Query, totals: list[browsing.Total]) -> None:
        """The footer: how many, and how much, of what the filters show."""
        if query != self.model.query:
            return  # the filters changed meanwhile
        self.shown_totals = totals
        parts = [self.tr("{quantity} {unit} {commodity}").format(
            quantity=grouped(total.quantity), unit=total.unit, commodity=name(total.commodity))
            for total in totals]
        self.status.setText(" · ".join([counted(query.kind, sum(t.count for t in totals)),
                                        *parts]))

    def _filtered(self) -> bool:
        return any((self.search.text().strip(), self.year.text().strip(),
                    self.location.text().strip(), self.brand.currentData()))

    # -- rows --------------------------------------------------------------------------

    def _double_clicked(self, index: QModelIndex) -> None:
        holding = self.model.holding_id(index.row())
        if holding is not None:
            self.show_history(holding)

    def show_history(self, holding: int) -> None:
        def done(events: list[dict]) -> None:
            self.history_dialog = HistoryDialog(holding, events, self)
            self.history_dialog.show()
            self.history_shown.emit(holding)

        self.ctx.run(lambda ledger, task: journal_browser.history(ledger, holding), parent=self,
                     done=done)

    def selected_ids(self) -> list[int]:
        """The holdings of the selected rows, in table order (rows still loading left out)."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        ids = [self.model.holding_id(row) for row in rows]
        return [holding for holding in ids if holding is not None]

    def movable_selection(self) -> list[int]:
        """The selected bars or lots, for a transfer or withdrawal ([] for tanks and gas)."""
        return self.selected_ids() if self.kind() in ("bar", "lot") else []

    def _selection_changed(self) -> None:
        self.buttons["count_sheet"].setEnabled(self.kind() in ("bar", "lot")
                                               and self.site_code() is not None)
        self.buttons["export"].setEnabled(self.model.rowCount() > 0)

    def _act(self, name: str) -> None:
        ids = self.selected_ids()
        if ids and self.on_action is not None:
            self.on_action(name, ids if len(ids) > 1 else ids[0])

    def _menu(self, point) -> None:
        index = self.table.indexAt(point)
        holding = self.model.holding_id(index.row()) if index.isValid() else None
        if holding is None:
            return
        if holding not in self.selected_ids():
            self.table.selectRow(index.row())
        ids = self.selected_ids()
        menu = QMenu(self)
        if len(ids) == 1:
            menu.addAction(self.tr("History…"), lambda: self.show_history(holding))
        if self.kind() in ("bar", "lot") and self.on_action is not None:
            menu.addSeparator()
            several = len(ids) > 1
            menu.addAction(self.tr("Transfer {n} holdings…").format(n=len(ids)) if several
                           else self.tr("Transfer…"), lambda: self._act("transfer"))
            menu.addAction(self.tr("Withdraw {n} holdings…").format(n=len(ids)) if several
                           else self.tr("Withdraw…"), lambda: self._act("withdraw"))
            if not several:
                menu.addAction(self.tr("Adjust…"), lambda: self.on_action("adjust", holding))
        menu.popup(self.table.viewport().mapToGlobal(point))

    # -- columns -----------------------------------------------------------------------

    def _sort_by_id(self) -> None:
        """Received order (by id) until a header is clicked: the one order a million
        bars are stored in, so the first view needs no sorting."""
        id_column = self.model.columns.index("id") if self.model.query.kind == self.kind() \
            else len(DISPLAY[self.kind()]) - 1
        self.table.horizontalHeader().setSortIndicator(id_column, Qt.SortOrder.AscendingOrder)

    def _restore_columns(self) -> None:
        """Widths, order and hidden columns as this terminal last left them, per kind."""
        kind = self.model.query.kind
        if self._columns_kind == kind:
            return
        self._columns_kind = kind
        header = self.table.horizontalHeader()
        self._restoring = True
        saved = settings.header_state(f"holdings/{kind}")
        if saved is None or not header.restoreState(saved):
            for number, name in enumerate(self.model.columns):
                header.setSectionHidden(number, name in HIDDEN[kind])
                header.resizeSection(number, COLUMN_WIDTHS.get(name, 104))
        self._restoring = False

    def _remember_columns(self) -> None:
        if not self._restoring and self._columns_kind is not None:
            settings.remember_header(f"holdings/{self._columns_kind}",
                                     self.table.horizontalHeader().saveState())

    def _header_menu(self, point) -> None:
        """Show or hide columns; the choice is remembered."""
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for number, column in enumerate(self.model.columns):
            action = menu.addAction(self.model.titles.get(column, column))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(number))
            action.toggled.connect(lambda on, n=number: self._show_column(n, on))
        menu.addSeparator()
        menu.addAction(self.tr("Reset columns"), self.reset_columns)
        menu.popup(header.mapToGlobal(point))

    def _show_column(self, number: int, shown: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(number, not shown)
        self._remember_columns()

    def reset_columns(self) -> None:
        settings.remember_header(f"holdings/{self.kind()}", None)
        self._columns_kind = None
        self._restore_columns()

    # -- getting data out ----------------------------------------------------------------

    def export(self) -> None:
        """The holdings shown (this site, these filters) to CSV or XLSX."""
        from app.gui.export_dialogs import export_holdings

        export_holdings(self.ctx, self, self.model.query)

    def count_sheet(self) -> None:
        """A sheet to count the chosen site by, in the order of a walk through it."""
        from app.gui.export_dialogs import count_sheet

        site = self.site_code()
        if site is not None:
            count_sheet(self.ctx, self, site, kind="lot" if self.kind() == "lot" else "bar")


def grouped(quantity) -> str:
    """A quantity with thousands separators, every decimal kept: 1,198.320."""
    return f"{quantity:,}"
