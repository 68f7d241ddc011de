"""Compare attestations…: what changed between two attestations, and whether the later
one is consistent with the earlier (`app.services.diffing`, FORMAT.md §12).

The user picks OLD and NEW, their leaves and the trust policy; the comparison runs off
the GUI thread (`Op`) with progress and Cancel, and never forks. The bottom line comes
first (VALID, or NOT VALID and why), then three tabs: the holdings added, removed and
changed (a table model over the result's entries, formatted only for the rows drawn, so
a million changes cost no more than a screenful), the totals and tokens, and every
check made. Needs no ledger.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import Cancelled, TijoriError
from app.gui import names, settings
from app.gui.checklist import FAIL_COLOUR, NOT_DONE_COLOUR, PASS_COLOUR, Checklist
from app.gui.file_field import FileField
from app.gui.forms import Form
from app.gui.holdings_model import column_titles
from app.gui.i18n import say
from app.gui.look import set_role
from app.gui.ops import Op
from app.gui.palette import BAD, GOOD
from app.gui.progress import ProgressPanel
from app.gui.screen_fit import fit_to_screen, scrolled
from app.gui.verify_view import POLICY_SETTING, existing_file
from app.gui.workers import Job
from app.services import diffing
from app.services.holding_diff import HoldingChange, amount_text, change_text, value_text

_Index = QModelIndex | QPersistentModelIndex
#: The lists of the holdings table: every change, or one kind of change.
CHANGES = ("added", "removed", "changed")


class RowsModel(QAbstractTableModel):
    """A few rows of text under titles (the totals, the tokens): read-only."""

    def __init__(self, titles: list[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.titles = titles
        self.rows: list[tuple[str, ...]] = []
        self.numeric = set(range(2, len(titles)))  # figures align right

    def set_rows(self, rows: list[tuple[str, ...]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.titles)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.titles[section] if 0 <= section < len(self.titles) else None
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ChangesModel(QAbstractTableModel):
    """The holdings added, removed and changed (all, or one of the three), in that order;
    each row is formatted when it is drawn."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lists: dict[str, tuple[HoldingChange, ...]] = {name: () for name in CHANGES}
        self.shown: tuple[str, ...] = CHANGES
        self.titles = [self.tr("Change"), self.tr("Kind"), self.tr("Id"), self.tr("Holding"),
                       self.tr("Site"), self.tr("Quantity"), self.tr("What changed")]
        self.words = {"added": self.tr("added"), "removed": self.tr("removed"),
                      "changed": self.tr("changed"), "bar": self.tr("bar"),
                      "lot": self.tr("lot"), "tank": self.tr("tank"), "gas": self.tr("gas")}

    def set_changes(self, lists: dict[str, tuple[HoldingChange, ...]]) -> None:
        self.beginResetModel()
        self.lists = {name: tuple(lists.get(name, ())) for name in CHANGES}
        self.endResetModel()

    def show_only(self, change: str | None) -> None:
        """Every change (None), or only "added", "removed" or "changed"."""
        self.beginResetModel()
        self.shown = CHANGES if change is None else (change,)
        self.endResetModel()

    def entry(self, row: int) -> HoldingChange | None:
        for name in self.shown:
            entries = self.lists[name]
            if row < len(entries):
                return entries[row]
            row -= len(entries)
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() else sum(len(self.lists[name]) for name in self.shown)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.titles)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.titles[section] if 0 <= section < len(self.titles) else None
        return None

    def cells(self, entry: HoldingChange) -> tuple[str, ...]:
        """What one row shows, column by column."""
        quantity = "; ".join(f"{names.name(q.commodity)} {change_text(q.change)} {q.unit}"
                             for q in entry.quantities)
        titles = column_titles()  # a field by the name its column has on the Holdings page
        what = "; ".join(f"{titles.get(f.field, f.field)}: {value_text(f.old)} → "
                         f"{value_text(f.new)}" for f in entry.fields)
        return (self.words.get(entry.change, entry.change), self.words.get(entry.kind, entry.kind),
                str(entry.id), entry.label, entry.site, quantity, what)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cells(entry)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 0:
            return {"added": QColor(GOOD), "removed": QColor(BAD)}.get(entry.change)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return entry
        return None


def _table(name: str, model: QAbstractTableModel) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(24)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class DiffWindow(QDialog):
    """Pick OLD, NEW, their leaves and the policy; compare; read what changed."""

    #: A comparison ended with this result (a `diffing.DiffResult`).
    compared = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare attestations"))
        self.setObjectName("diff_window")
        self.job: Job | None = None
        self.result: diffing.DiffResult | None = None

        title = QLabel(self.tr("Compare two attestations"))
        set_role(title, "title")
        subtitle = QLabel(self.tr(
            "Both are verified with their leaves under the policy you hold, and NEW is "
            "checked against OLD: one series, its journal only appended to. Holdings are "
            "matched by kind and id. Nothing is changed."))
        subtitle.setWordWrap(True)
        set_role(subtitle, "hint")

        attestations = self.tr("Attestation (*.json);;All files (*)")
        leaves = self.tr("Leaves (*.jsonl);;All files (*)")
        self.old_field = FileField(self.tr("The earlier attestation (OLD)"), attestations,
                                   key="attestations")
        self.old_leaves_field = FileField(self.tr("The leaves of OLD"), leaves, key="leaves")
        self.new_field = FileField(self.tr("The later attestation (NEW)"), attestations,
                                   key="attestations")
        self.new_leaves_field = FileField(self.tr("The leaves of NEW"), leaves, key="leaves")
        for field in (self.old_leaves_field, self.new_leaves_field):
            field.setToolTip(self.tr("Give both leaves files to compare the holdings; "
                                     "without them only the totals and tokens are "
                                     "compared."))
        self.policy_field = FileField(self.tr("The trust policy you hold"),
                                      self.tr("Trust policy (*.json);;All files (*)"),
                                      key="policies")
        self.forms: list[Form] = []
        boxes = QHBoxLayout()
        for heading, (name, field), (leaves_name, leaves_field) in (
                (self.tr("OLD: the earlier"), ("old", self.old_field),
                 ("old_leaves", self.old_leaves_field)),
                (self.tr("NEW: the later"), ("new", self.new_field),
                 ("new_leaves", self.new_leaves_field))):
            box = QGroupBox(heading)
            form = Form(QFormLayout(box))
            form.add(name, self.tr("Attestation:"), field, existing_file)
            form.add(leaves_name, self.tr("Leaves:"), leaves_field, existing_file,
                     required=False)
            form.finish()
            self.forms.append(form)
            boxes.addWidget(box, 1)
        policy_box = QWidget()
        self.policy_form = Form(QFormLayout(policy_box))
        self.policy_form.add("policy", self.tr("Trust policy:"), self.policy_field,
                             existing_file)
        self.policy_form.finish()
        self.forms.append(self.policy_form)
        self.policy_field.setText(settings.value(POLICY_SETTING))
        self.compare_button = QPushButton(self.tr("Compare"))
        self.compare_button.setObjectName("compare")
        set_role(self.compare_button, "primary")
        self.compare_button.clicked.connect(self.compare)
        policy_row = QHBoxLayout()
        policy_row.addWidget(policy_box, 1)
        policy_row.addWidget(self.compare_button, 0, Qt.AlignmentFlag.AlignTop)

        self.progress = ProgressPanel()
        self.status = QLabel()
        self.status.setObjectName("diff_status")
        self.status.setWordWrap(True)
        set_role(self.status, "error")
        self.status.hide()

        # The result: the bottom line, the two attestations, then the tabs.
        self.banner = QLabel(self.tr("The comparison appears here."))
        self.banner.setObjectName("diff_banner")
        self.banner.setWordWrap(True)
        set_role(self.banner, "hint")
        self.sides = QLabel()
        self.sides.setObjectName("diff_sides")
        self.sides.setWordWrap(True)
        self.sides.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sides.hide()

        self.changes = ChangesModel(self)
        self.holdings_table = _table("holdings_changes", self.changes)
        self.show_combo = QComboBox()
        self.show_combo.setObjectName("show_changes")
        for text, data in ((self.tr("Every change"), ""), (self.tr("Added"), "added"),
                           (self.tr("Removed"), "removed"), (self.tr("Changed"), "changed")):
            self.show_combo.addItem(text, data)
        self.show_combo.currentIndexChanged.connect(
            lambda _i: self.changes.show_only(self.show_combo.currentData() or None))
        self.counts = QLabel()
        self.counts.setObjectName("holdings_counts")
        self.counts.setWordWrap(True)
        holdings_tab = QWidget()
        holdings_layout = QVBoxLayout(holdings_tab)
        show_row = QHBoxLayout()
        show_row.addWidget(QLabel(self.tr("Show:")))
        show_row.addWidget(self.show_combo)
        show_row.addWidget(self.counts, 1)
        holdings_layout.addLayout(show_row)
        holdings_layout.addWidget(self.holdings_table, 1)

        self.totals = RowsModel([self.tr("Commodity"), self.tr("Unit"), self.tr("OLD"),
                                 self.tr("NEW"), self.tr("Change")], self)
        self.tokens = RowsModel([self.tr("Token"), self.tr("Supply OLD"),
                                 self.tr("Supply NEW"), self.tr("Coverage OLD"),
                                 self.tr("Coverage NEW"), self.tr("Change"),
                                 self.tr("Covered OLD"), self.tr("Covered NEW")], self)
        self.tokens.numeric = {1, 2, 3, 4, 5}
        self.totals_table = _table("totals_changes", self.totals)
        self.tokens_table = _table("token_changes", self.tokens)
        for table in (self.totals_table, self.tokens_table):  # figures beside their names
            table.horizontalHeader().setStretchLastSection(False)
        self.sites_label = QLabel()
        self.sites_label.setWordWrap(True)
        self.sites_label.hide()
        totals_tab = QWidget()
        totals_layout = QVBoxLayout(totals_tab)
        totals_layout.addWidget(QLabel(self.tr("Totals, as the two statements state them:")))
        totals_layout.addWidget(self.totals_table, 1)
        totals_layout.addWidget(QLabel(self.tr("Tokens:")))
        totals_layout.addWidget(self.tokens_table, 1)
        totals_layout.addWidget(self.sites_label)

        self.checklist = Checklist()
        checks_tab = scrolled(self.checklist)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("diff_tabs")
        self.tabs.addTab(holdings_tab, self.tr("Holdings"))
        self.tabs.addTab(totals_tab, self.tr("Totals and tokens"))
        self.tabs.addTab(checks_tab, self.tr("Checks"))
        self.tabs.setEnabled(False)

        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addLayout(boxes)
        layout.addLayout(policy_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.banner)
        layout.addWidget(self.sides)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        fit_to_screen(self, QSize(1100, 760))  # a 1024×768 terminal gets what fits
        for form in self.forms:
            form.validity.connect(lambda _ok: self._update_buttons())
        self._update_buttons()

    # -- running -------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.job is not None and not self.job.done

    def _update_buttons(self) -> None:
        self.compare_button.setEnabled(not self.busy)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def compare(self) -> Job | None:
        """Compare the chosen files off the GUI thread; None when something is missing."""
        if self.busy:
            return None
        if not all([form.touch_all() for form in self.forms]):
            self._say(self.tr("Choose both attestations and the trust policy you hold; give "
                              "both leaves files to compare the holdings."))
            return None
        old, new = self.old_field.path, self.new_field.path
        old_leaves, new_leaves = self.old_leaves_field.path, self.new_leaves_field.path
        if bool(old_leaves) != bool(new_leaves):
            self._say(self.tr("Give the leaves of both attestations, or of neither (then only "
                              "the totals and tokens are compared)."))
            return None
        policy = self.policy_field.path
        settings.set_value(POLICY_SETTING, str(Path(policy).resolve()))
        leaves = (old_leaves, new_leaves) if old_leaves else None

        def work(task: Any) -> diffing.DiffResult:
            return diffing.diff_files(old, new, policy, leaves=leaves, parallel=False,
                                      task=task)

        self._say("")
        self._clear()
        self.job = (Op(self, work, label="diff")
                    .progress(self.progress, self.tr("Comparing {old} and {new}…").format(
                        old=Path(old).name, new=Path(new).name), cancellable=True)
                    .success(self.show_result)
                    .failure(self._failed)
                    .after(self._update_buttons)
                    .run())
        self._update_buttons()
        return self.job

    def _clear(self) -> None:
        self.result = None
        self.banner.setText(self.tr("Comparing…"))
        self.banner.setStyleSheet("")
        set_role(self.banner, "hint")
        self.sides.hide()
        self.changes.set_changes({})
        self.totals.set_rows([])
        self.tokens.set_rows([])
        self.sites_label.hide()
        self.checklist.clear()
        self.tabs.setEnabled(False)

    def _failed(self, exc: BaseException) -> bool:
        """Not compared: said in the window, and (but for a cancel) in a dialog by `Op`."""
        self.banner.setText(self.tr("NOT COMPARED"))
        if isinstance(exc, Cancelled):
            self._say(self.tr("Cancelled: nothing was compared."))
            return True
        if isinstance(exc, TijoriError):
            self._say(say(exc))
        return False

    # -- the result ----------------------------------------------------------------------

    def _bottom_line(self, result: diffing.DiffResult) -> tuple[str, str]:
        """The banner's text and colour."""
        relations = {
            diffing.SUCCESSOR: self.tr("NEW is the next attestation of OLD's series."),
            diffing.LATER: self.tr("NEW comes later in OLD's series; the attestations "
                                   "between were not given."),
            diffing.SAME: self.tr("OLD and NEW are the same attestation."),
            diffing.EARLIER: self.tr("NEW comes before OLD."),
            diffing.FORK: self.tr("OLD and NEW share one number of their series: a fork."),
            diffing.OTHER_LEDGER: self.tr("OLD and NEW are attestations of different "
                                          "ledgers."),
            diffing.UNKNOWN: self.tr("How NEW stands to OLD cannot be checked."),
        }
        relation = relations.get(result.relation, result.relation)
        if not result.valid:
            failures = [(side.source, side.verdict.failures[0]) for side in
                        (result.old, result.new) if side.verdict.failures]
            failures += [("", check) for check in result.consistency.failures[:1]]
            why = "; ".join((f"{Path(source).name}: " if source else "")
                            + f"{check.name}: {say(check.reason)}" for source, check in failures)
            return (self.tr("NOT VALID: {why}. {relation} Do not rely on the comparison "
                            "below.").format(why=why, relation=relation), FAIL_COLOUR)
        if result.unchecked:
            return (self.tr("VALID, {count} check(s) not done: {relation}").format(
                count=len(result.unchecked), relation=relation), NOT_DONE_COLOUR)
        return self.tr("VALID: both verify. {relation}").format(relation=relation), PASS_COLOUR

    def show_result(self, result: diffing.DiffResult) -> None:
        self.result = result
        text, colour = self._bottom_line(result)
        self.banner.setText(text)
        self.banner.setStyleSheet(f"background: {colour}; color: white; font-weight: bold; "
                                  "padding: 8px; border-radius: 6px;")
        pairs = ((self.tr("OLD"), result.old), (self.tr("NEW"), result.new))
        self.sides.setText("\n".join(self._side(label, side) for label, side in pairs))
        self.sides.setToolTip("\n".join(
            f"{label}: {side.source}"
            + (f" ({side.body.attestation_id})" if side.body is not None else "")
            for label, side in pairs))
        self.sides.show()
        held = result.holdings
        if held is None:
            self.changes.set_changes({})
            self.counts.setText(self.tr("Holdings not compared: {why}.").format(
                why=result.not_compared))
        else:
            self.changes.set_changes({"added": held.added, "removed": held.removed,
                                      "changed": held.changed})
            self.counts.setText(self.tr(
                "{added} added, {removed} removed, {changed} changed, {unchanged} "
                "unchanged.").format(added=f"{len(held.added):,}",
                                      removed=f"{len(held.removed):,}",
                                      changed=f"{len(held.changed):,}",
                                      unchanged=f"{held.unchanged:,}"))
        self.holdings_table.resizeColumnsToContents()
        self.totals.set_rows([(t.commodity, t.unit, amount_text(t.old), amount_text(t.new),
                               change_text(t.change)) for t in result.totals])
        yes, no = self.tr("yes"), self.tr("NO")
        self.tokens.set_rows([
            (t.symbol, amount_text(t.old_supply), amount_text(t.new_supply),
             amount_text(t.old_coverage), amount_text(t.new_coverage),
             change_text(t.coverage_change),
             "—" if t.old_covered is None else yes if t.old_covered else no,
             "—" if t.new_covered is None else yes if t.new_covered else no)
            for t in result.tokens])
        for table in (self.totals_table, self.tokens_table):
            table.resizeColumnsToContents()
        if result.sites_added or result.sites_removed:
            none = self.tr("none")
            self.sites_label.setText(self.tr("Sites added: {added}; removed: {removed}.").format(
                added=", ".join(result.sites_added) or none,
                removed=", ".join(result.sites_removed) or none))
            self.sites_label.show()
        checks = [c.as_json() for c in result.consistency.checks]
        for label, side in pairs:
            checks += [{**c.as_json(), "check": f"{label}: {c.name}"}
                       for c in side.verdict.checks if not c.passed or not c.done]
        # What failed first, then what was not done, then what held.
        checks.sort(key=lambda c: 0 if not c["passed"] else 1 if not c["done"] else 2)
        self.checklist.show_checks(checks, result.valid)
        self.checklist.banner.hide()  # the window's own banner says it, above
        self.tabs.setEnabled(True)
        self.tabs.setCurrentIndex(0 if result.valid else 2)
        self.compared.emit(result)

    def _side(self, label: str, side: diffing.Side) -> str:
        body = side.body
        state = self.tr("VALID") if side.verdict.ok else self.tr("NOT VALID")
        if body is None:
            return self.tr("{label} {file}: cannot be read ({state})").format(
                label=label, file=Path(side.source).name, state=state)
        number = (self.tr("number {n}, ").format(n=body.sequence)
                  if body.sequence is not None else "")
        return self.tr("{label}  {file}: {number}as of {as_of}, {count} holdings: "
                       "{state}").format(
            label=label, file=Path(side.source).name, number=number, as_of=body.as_of,
            count=f"{body.tree['size']:,}", state=state)

    def closeEvent(self, event) -> None:
        if self.busy:
            self.job.cancel()  # its result, if it comes, goes nowhere: the window is gone
        super().closeEvent(event)
