"""Ledger ▸ Journal…: every event in a sentence, filtered, paged as you scroll,
the chain checked, the filtered events exported as CSV.

`JournalModel` reads the journal a page at a time on the ledger thread
(`journal_browser.page`, keyset paging), newest first, as Qt asks for more
rows (`canFetchMore`/`fetchMore`, as a view does when scrolled to its end).
Results of an older filter are recognised by their generation and dropped.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import TijoriError
from app.gui import dialogs
from app.gui.context import AppContext
from app.gui.history_view import EventDetails, entry_text, said
from app.gui.i18n import say, timeline_words
from app.gui.look import set_role
from app.gui.progress import ProgressPanel
from app.gui.screen_fit import fit_to_screen
from app.services import journal_browser, ledger_views, timeline
from app.services.journal_browser import Filter, View
from app.services.timeline import Entry

_Index = QModelIndex | QPersistentModelIndex
#: A date edit at this date means "no limit".
NO_DATE = QDate(2000, 1, 1)


class JournalModel(QAbstractTableModel):
    """The events of one filter, newest first, fetched a page at a time."""

    #: the filter is ready: how many events match.
    ready = Signal(int)
    #: a page arrived: how many rows the model now holds.
    page_loaded = Signal(int)
    #: the filter was refused (a bad date, an unknown holding): why.
    refused = Signal(str)

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list[Entry] = []
        self.view: View | None = None
        self.count = 0
        self.exhausted = True
        self.fetching = False
        self.generation = 0
        self.page_size = journal_browser.PAGE
        self.titles = [self.tr("Event"), self.tr("When (UTC)"), self.tr("Who"),
                       self.tr("What")]

    def set_filter(self, flt: Filter) -> None:
        self.generation += 1
        generation = self.generation

        def done(view: View) -> None:
            if generation != self.generation:
                return
            self.beginResetModel()
            self.entries = []
            self.view = view
            self.count = view.count or 0
            self.exhausted = self.count == 0
            self.fetching = False
            self.endResetModel()
            self.ready.emit(self.count)
            self.fetchMore(QModelIndex())

        def failed(exc: BaseException) -> bool:
            if generation != self.generation:
                return True
            if isinstance(exc, TijoriError):
                self.refused.emit(say(exc))
                return True
            return False

        self.ctx.run(lambda ledger, task: journal_browser.open_view(ledger, flt), parent=None,
                     done=done, failed=failed, label="journal")

    # -- Qt's model interface ---------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.titles)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.titles[section] if 0 <= section < len(self.titles) else None
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.entries):
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(entry.seq), entry.shown_time, entry.actor,
                    entry.sentence)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry_text(entry)
        if role == Qt.ItemDataRole.UserRole:
            return entry.seq
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.view is not None and not self.exhausted

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self.fetching or not self.canFetchMore():
            return
        self.fetching = True
        view, generation = self.view, self.generation
        after = self.entries[-1].seq if self.entries else None
        size = self.page_size

        def done(rows: list[Entry]) -> None:
            if generation != self.generation or view is not self.view:
                return
            self.fetching = False
            self.exhausted = len(rows) < size
            if rows:
                first = len(self.entries)
                self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
                self.entries.extend(rows)
                self.endInsertRows()
            self.page_loaded.emit(len(self.entries))

        def failed(exc: BaseException) -> bool:
            if generation == self.generation:
                self.fetching = False
            return generation != self.generation

        assert view is not None
        # The services describe in English; the rows say it again in the application's
        # language, on the ledger thread.
        self.ctx.run(lambda ledger, task: [said(entry) for entry in journal_browser.page(
            ledger, view, after, size)], parent=None, done=done, failed=failed,
            label="journal page")

    def entry(self, row: int) -> Entry | None:
        return self.entries[row] if 0 <= row < len(self.entries) else None


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(" ")  # the minimum shows empty: no limit
    edit.setDate(NO_DATE)
    edit.setMinimumWidth(120)
    return edit


class JournalDialog(QDialog):
    """The journal: every event, filtered by kind, actor, dates and holding."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Journal"))
        fit_to_screen(self, QSize(1100, 680))  # a 1024×768 terminal gets what fits
        self.model = JournalModel(ctx, self)
        self.chosen_kinds: list[str] = []

        self.kinds_button = QToolButton()
        self.kinds_button.setObjectName("kinds")
        self.kinds_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.kinds_menu = QMenu(self)
        self.kinds_menu.setToolTipsVisible(True)
        self.kinds_button.setMenu(self.kinds_menu)
        self.actor = QComboBox()
        self.actor.setObjectName("actor")
        self.actor.setEditable(True)
        self.actor.setMinimumWidth(110)
        self.actor.lineEdit().setPlaceholderText(self.tr("anyone"))
        self.since = _date_edit("since")
        self.until = _date_edit("until")
        self.holding = QLineEdit()
        self.holding.setObjectName("holding")
        self.holding.setClearButtonEnabled(True)
        self.holding.setPlaceholderText(self.tr("id, serial, warrant or code"))
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        self.problem = QLabel()
        set_role(self.problem, "error")
        self.problem.hide()

        self.table = QTableView()
        self.table.setObjectName("journal")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.table.doubleClicked.connect(lambda *_: self.details_button.setChecked(True))
        self.details = EventDetails()
        self.details.hide()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([480, 220])
        self.splitter = splitter

        self.status = QLabel(self.tr("Loading…"))
        self.status.setWordWrap(True)
        set_role(self.status, "hint")
        self.chain_state = QLabel()
        self.chain_state.setObjectName("chain_state")
        self.chain_state.setWordWrap(True)
        self.chain_state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chain_state.hide()
        self.export_state = QLabel()
        self.export_state.setObjectName("export_state")
        self.export_state.setWordWrap(True)
        self.export_state.hide()
        self.progress = ProgressPanel()
        self.check_button = QPushButton(self.tr("Check the chain"))
        self.check_button.setObjectName("check_chain")
        self.check_button.setToolTip(self.tr("Check every hash link and replay the journal "
                                             "into the holdings"))
        self.check_button.clicked.connect(self.check_chain)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setObjectName("export_csv")
        self.export_button.setToolTip(self.tr("Write the events these filters choose to a "
                                              "CSV file"))
        self.export_button.clicked.connect(self.export_csv)
        self.details_button = QPushButton(self.tr("Show details"))
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._toggle_details)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)

        filters = QHBoxLayout()
        for label, widget, stretch in (
            (self.tr("Kinds"), self.kinds_button, 0), (self.tr("Who"), self.actor, 1),
            (self.tr("From"), self.since, 0), (self.tr("To"), self.until, 0),
            (self.tr("Holding"), self.holding, 1),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget, stretch)
        filters.addWidget(self.clear_button)
        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        actions.addWidget(self.details_button)
        actions.addWidget(self.check_button)
        actions.addWidget(self.export_button)
        actions.addWidget(close)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Journal"))
        set_role(title, "title")
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(self.problem)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.chain_state)
        layout.addWidget(self.export_state)
        layout.addLayout(actions)

        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(300)
        self.debounce.timeout.connect(self.apply_filters)
        self.actor.currentTextChanged.connect(lambda *_: self.debounce.start())
        self.holding.textChanged.connect(lambda *_: self.debounce.start())
        self.holding.returnPressed.connect(self.apply_filters)
        self.since.dateChanged.connect(lambda *_: self.debounce.start())
        self.until.dateChanged.connect(lambda *_: self.debounce.start())
        self.model.ready.connect(self._ready)
        self.model.page_loaded.connect(self._page_loaded)
        self.model.modelReset.connect(self._selected)
        self.model.refused.connect(self._refused)
        ctx.changed.connect(self.reload)
        self._show_kinds()
        self.reload()

    # -- filters -------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the kinds and actors the journal holds, and the events again."""
        self.ctx.run(lambda ledger, task: (journal_browser.kinds(ledger),
                                           journal_browser.actors(ledger)),
                     parent=self, done=self._fill_choices)
        self.apply_filters()

    def _fill_choices(self, choices: tuple[list[str], list[str]]) -> None:
        kinds, actors = choices
        self.kinds_menu.clear()
        everything = self.kinds_menu.addAction(self.tr("All kinds"))
        everything.triggered.connect(lambda: self.set_kinds([]))
        self.kinds_menu.addSeparator()
        for kind in kinds:
            action = self.kinds_menu.addAction(timeline.kind_name(kind, timeline_words))
            action.setToolTip(kind)  # the code, as `tijori journal log --kind` takes it
            action.setCheckable(True)
            action.setChecked(kind in self.chosen_kinds)
            action.setData(kind)
            action.toggled.connect(lambda on, k=kind: self._kind_toggled(k, on))
        typed = self.actor.currentText()
        self.actor.blockSignals(True)
        self.actor.clear()
        self.actor.addItem("")
        self.actor.addItems(actors)
        self.actor.setCurrentText(typed)
        self.actor.blockSignals(False)

    def _kind_toggled(self, kind: str, on: bool) -> None:
        chosen = [k for k in self.chosen_kinds if k != kind] + ([kind] if on else [])
        self.set_kinds(chosen)

    def set_kinds(self, kinds: list[str]) -> None:
        """Show only events of these kinds (none: every kind)."""
        self.chosen_kinds = list(dict.fromkeys(kinds))
        for action in self.kinds_menu.actions():
            if action.isCheckable():
                action.blockSignals(True)
                action.setChecked(action.data() in self.chosen_kinds)
                action.blockSignals(False)
        self._show_kinds()
        self.apply_filters()

    def _show_kinds(self) -> None:
        kinds = self.chosen_kinds
        if not kinds:
            text = self.tr("All kinds")
        elif len(kinds) == 1:
            text = timeline.kind_name(kinds[0], timeline_words)
        else:
            text = self.tr("{n} kinds").format(n=len(kinds))
        self.kinds_button.setText(text + "  ▾")
        self.kinds_button.setToolTip(", ".join(kinds) or self.tr("Every kind of event"))

    def clear_filters(self) -> None:
        for widget in (self.actor, self.holding, self.since, self.until):
            widget.blockSignals(True)
        self.actor.setCurrentText("")
        self.holding.clear()
        self.since.setDate(NO_DATE)
        self.until.setDate(NO_DATE)
        for widget in (self.actor, self.holding, self.since, self.until):
            widget.blockSignals(False)
        self.set_kinds([])

    @staticmethod
    def _date(edit: QDateEdit) -> str:
        return "" if edit.date() == NO_DATE else edit.date().toString("yyyy-MM-dd")

    def current_filter(self) -> Filter:
        return Filter(kinds=tuple(self.chosen_kinds), actor=self.actor.currentText().strip(),
                      since=self._date(self.since), until=self._date(self.until),
                      holding=self.holding.text().strip() or None)

    def apply_filters(self) -> None:
        self.debounce.stop()
        self.problem.hide()
        self.status.setText(self.tr("Loading…"))
        self.model.set_filter(self.current_filter())

    def _refused(self, why: str) -> None:
        self.problem.setText(why)
        self.problem.show()
        self.status.setText(self.tr("Change the filters to see events."))

    def _filtered(self) -> bool:
        flt = self.current_filter()
        return bool(flt.kinds or flt.actor or flt.since or flt.until or flt.holding)

    def _page_loaded(self, rows: int) -> None:
        if rows <= self.model.page_size:  # the first page of a filter: fit the short columns
            for column in (0, 1, 2):
                self.table.resizeColumnToContents(column)
                self.table.setColumnWidth(column, self.table.columnWidth(column) + 12)
        self._ready(self.model.count)

    def _ready(self, count: int) -> None:
        shown = self.model.rowCount()
        if count == 0:
            self.status.setText(self.tr("No event matches these filters.") if self._filtered()
                                else self.tr("The journal is empty."))
            return
        what = (self.tr("{n} events match these filters") if self._filtered()
                else self.tr("{n} events in the journal")).format(n=f"{count:,}")
        if shown < count:
            what += self.tr(" — {shown} shown; scroll for more").format(shown=f"{shown:,}")
        self.status.setText(what)

    # -- details -------------------------------------------------------------------------

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setText(self.tr("Hide details") if shown else self.tr("Show details"))
        self._selected()

    def _selected(self) -> None:
        index = self.table.currentIndex()
        self.details.show_entry(self.model.entry(index.row()) if index.isValid() else None)

    # -- the chain and the export -----------------------------------------------------

    def check_chain(self) -> None:
        self.check_button.setEnabled(False)
        self.chain_state.hide()
        job = self.ctx.run(lambda ledger, task: ledger_views.verify_journal(ledger, task),
                           parent=self, done=self._checked, failed=self._check_failed)
        self.progress.follow(job, self.tr("Checking every link and replaying the journal"),
                             cancellable=False)

    def _checked(self, report: Any) -> None:
        self.check_button.setEnabled(True)
        if report.ok:
            set_role(self.chain_state, "ok")
            self.chain_state.setText(self.tr(
                "✓ Chain intact: {n} events checked, every link holds and the holdings match "
                "the journal. Head {head}.").format(n=f"{report.events:,}",
                                                    head=report.head_hash))
        else:
            set_role(self.chain_state, "error")
            more = len(report.problems) - 1
            self.chain_state.setText(self.tr("✗ The chain is broken: {first}").format(
                first=report.problems[0]) + (self.tr(" (and {n} more)").format(n=more)
                                             if more else ""))
        self.chain_state.show()

    def _check_failed(self, exc: BaseException) -> bool:
        self.check_button.setEnabled(True)
        set_role(self.chain_state, "error")
        self.chain_state.setText("✗ " + say(exc))
        self.chain_state.show()
        return isinstance(exc, TijoriError)

    def export_csv(self) -> None:
        view = self.model.view
        if view is None:
            return
        path = dialogs.save_file(self, self.tr("Export the journal as CSV"), "journal.csv",
                                 self.tr("CSV files (*.csv);;All files (*)"), key="exports")
        if not path:
            return
        if not Path(path).suffix:
            path += ".csv"
        self.export_button.setEnabled(False)
        self.export_state.hide()
        job = self.ctx.run(
            # The file dialog has asked before replacing a file.
            lambda ledger, task: journal_browser.export(ledger, view, path, "csv",
                                                        overwrite=True, task=task),
            parent=self, done=self._exported, failed=self._export_failed)
        self.progress.follow(job, self.tr("Exporting the journal"), cancellable=True)

    def _exported(self, result: dict[str, Any]) -> None:
        self.export_button.setEnabled(True)
        set_role(self.export_state, "ok")
        self.export_state.setText(self.tr("Wrote {n} events to {path}.").format(
            n=f"{result['events']:,}", path=result["path"]))
        self.export_state.show()

    def _export_failed(self, exc: BaseException) -> bool:
        self.export_button.setEnabled(True)
        return False
