"""The Holdings page: sites on the left, a paged table of holdings on the right."""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QTabBar,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import InvalidInput
from app.gui.context import AppContext
from app.gui.holdings_model import HoldingsModel
from app.gui.look import set_role
from app.services import browsing, ledger_views, overview

KIND_ORDER = ("bar", "lot", "tank", "gas")
SEARCH_HINT = {"bar": "serial", "lot": "warrant", "tank": "tank code", "gas": "inventory code"}


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
        self.sites.setMinimumWidth(240)
        self.sites.currentItemChanged.connect(lambda *_: self._changed())

        self.kinds = QTabBar()
        for kind in KIND_ORDER:
            self.kinds.addTab({"bar": self.tr("Bars"), "lot": self.tr("Lots"),
                               "tank": self.tr("Tanks"), "gas": self.tr("Gas")}[kind])
        self.kinds.currentChanged.connect(lambda *_: self._kind_changed())

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.brand = QComboBox()
        self.brand.setMinimumWidth(150)
        self.year = QLineEdit()
        self.year.setPlaceholderText(self.tr("Year"))
        self.year.setMaximumWidth(80)
        self.location = QLineEdit()
        self.location.setPlaceholderText(self.tr("Location starts with…"))
        self.status = QLabel()
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
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setDefaultSectionSize(110)
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
        column.addWidget(self.kinds)
        column.addLayout(filters)
        column.addWidget(self.problem)
        column.addWidget(self.table, 1)
        column.addWidget(self.status)
        splitter = QSplitter()
        splitter.addWidget(self.sites)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([270, 900])
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Holdings"))
        set_role(title, "title")
        layout.addWidget(title)
        layout.addWidget(splitter, 1)

        self.model.ready.connect(self._ready)
        self.model.loading.connect(self._loading)
        self.loaded = False
        self._suspend = False
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
                label = site["kind"].replace("-", " ")
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
            self.tr("Find by {what} (starts with)…").format(what=SEARCH_HINT[self.kind()]))
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
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
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
            self.problem.setText(str(exc))
            self.problem.show()
            return
        self.problem.hide()
        self.model.set_query(query)

    def _loading(self, busy: bool) -> None:
        if busy:
            self.status.setText(self.tr("Loading…"))

    def _ready(self, count: int) -> None:
        what = {"bar": self.tr("bars"), "lot": self.tr("lots"), "tank": self.tr("tanks"),
                "gas": self.tr("gas inventories")}[self.model.query.kind]
        if count == 0:
            empty = (self.tr("Nothing matches these filters.") if self._filtered()
                     else self.tr("No {what} recorded yet. Use the Record menu or Import to "
                                  "add some.").format(what=what))
            self.status.setText(empty)
        else:
            self.status.setText(self.tr("{count} {what}").format(count=f"{count:,}", what=what)
                                + self.tr(" — double-click a row for its history"))
        if count == 1 and self._filtered():
            self.table.selectRow(0)

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

        self.ctx.run(lambda ledger, task: overview.history(ledger, holding), parent=self,
                     done=done)

    def _menu(self, point) -> None:
        index = self.table.indexAt(point)
        holding = self.model.holding_id(index.row()) if index.isValid() else None
        if holding is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("History…"), lambda: self.show_history(holding))
        if self.kind() in ("bar", "lot") and self.on_action is not None:
            menu.addSeparator()
            for name, label in (("transfer", self.tr("Transfer…")),
                                ("withdraw", self.tr("Withdraw…")),
                                ("adjust", self.tr("Adjust…"))):
                menu.addAction(label, lambda n=name: self.on_action(n, holding))
        menu.popup(self.table.viewport().mapToGlobal(point))


class HistoryDialog(QDialog):
    """Every journal event that touched one holding."""

    def __init__(self, holding: int, events: list[dict], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of holding {id}").format(id=holding))
        self.resize(760, 460)
        self.events = QTreeWidget()
        self.events.setObjectName("history")
        self.events.setHeaderLabels([self.tr("Event"), self.tr("Time (UTC)"), self.tr("Who"),
                                     self.tr("What")])
        for event in events:
            when = event["time"][:19].replace("T", " ")
            item = QTreeWidgetItem([str(event["seq"]), when, event["actor"], event["kind"]])
            _details(item, event["details"])
            self.events.addTopLevelItem(item)
        self.events.expandAll()
        for column in range(3):
            self.events.resizeColumnToContents(column)
        if not events:
            empty = QTreeWidgetItem(["", "", "", self.tr("No events.")])
            self.events.addTopLevelItem(empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.events)
        layout.addWidget(buttons)


def _details(parent: QTreeWidgetItem, details: dict) -> None:
    """An event's payload as nested rows: a movement's seals, a source file's digest."""
    for key, value in details.items():
        if isinstance(value, dict) and value:
            _details(QTreeWidgetItem(parent, ["", "", key, ""]), value)
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            group = QTreeWidgetItem(parent, ["", "", key, ""])
            for number, entry in enumerate(value, 1):
                _details(QTreeWidgetItem(group, ["", "", str(number), ""]), entry)
        else:
            text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
            QTreeWidgetItem(parent, ["", "", key, text])
