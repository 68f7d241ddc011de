"""Importing an LBMA bar list: choose, preview, check every row, then import all or nothing.

Three steps on one page, top to bottom: the file and where its bars go (with a
preview of the first rows as written), the check (every bad row with its line
and reason, and every bar the ledger already holds, before anything is stored),
and the import itself, which stores every bar or none. The check and the import
run on the ledger thread with a progress bar and a Cancel button; a cancelled
import stores nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.barlist import BarListRejected
from app.domain.errors import Cancelled, InvalidInput, NotFound
from app.domain.metals import Metal
from app.gui.context import AppContext
from app.gui.file_field import FileField
from app.gui.forms import Form
from app.gui.i18n import say, tr
from app.gui.look import set_role
from app.gui.ops import Op
from app.gui.palette import BAD, qcolor
from app.gui.progress import ProgressPanel
from app.gui.workers import Job
from app.services import importing, ledger_views
from app.services.movement import Movement
from app.services.recording import SITE_KINDS

#: Bad rows described in the Problems table (every one is counted).
LISTED_PROBLEMS = 10000
PREVIEW_ROWS = 20
ERROR_COLOUR = qcolor(BAD)



def _check_file(text: str) -> None:
    path = Path(text).expanduser()
    if not path.exists():
        raise InvalidInput(tr("There is no file {path}.").format(path=text), "file")
    if not path.is_file():
        raise InvalidInput(tr("{path} is a folder, not a file.").format(path=text), "file")


def _read_only_item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def metal_name(metal: str) -> str:
    """A bar's metal in the interface's language."""
    return {"gold": tr("Gold"), "silver": tr("Silver")}.get(metal, metal.capitalize())


class ImportPage(QWidget):
    """The bar-list import. `imported(result)` after bars are stored."""

    imported = Signal(dict)
    #: A check or an import ended (whatever its outcome) and the page shows it.
    settled = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.checked: tuple[str, str, str] | None = None  # (path, site, metal) that passed
        self.result: dict[str, Any] | None = None
        self.problem_count = 0
        self._count = 0  # bars in the checked file
        self.job: Job | None = None

        title = QLabel(tr("Import a bar list"))
        set_role(title, "title")
        intro = QLabel(tr("An LBMA bar-list CSV (serial, brand, year, gross weight, fineness). "
                          "Every row is checked before anything is stored; the import then "
                          "stores every bar or none."))
        intro.setWordWrap(True)
        set_role(intro, "hint")

        self.file_edit = FileField(tr("Choose a bar list"), tr("Bar lists (*.csv);;All files (*)"),
                                   key="import")
        self.site_combo = QComboBox()
        self.metal_combo = QComboBox()
        for metal in Metal:
            self.metal_combo.addItem(metal_name(metal.value), metal.value)
        self.witness_edit = QLineEdit()
        self.note_edit = QLineEdit()
        layout_form = QFormLayout()
        self.form = Form(layout_form)
        self.form.add("file", tr("Bar list:"), self.file_edit, _check_file)
        self.form.add("site", tr("Into site:"), self.site_combo,
                      hint=tr("Vaults and warehouses hold bars."))
        self.form.add("metal", tr("Metal:"), self.metal_combo)
        self.form.add("witness", tr("Witness:"), self.witness_edit, required=False)
        self.form.add("note", tr("Note:"), self.note_edit, required=False)
        self.form.finish()
        self.form.edited.connect(self._inputs_changed)
        self.file_edit.textChanged.connect(self._load_preview)

        self.preview = QTableWidget(0, 0)
        self.preview.setObjectName("preview")
        self.preview.setAlternatingRowColors(True)
        self.preview_note = QLabel()
        set_role(self.preview_note, "hint")
        preview_box = QWidget()
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addWidget(self.preview, 1)
        preview_layout.addWidget(self.preview_note)

        self.problems = QTableWidget(0, 3)
        self.problems.setObjectName("problems")
        self.problems.setHorizontalHeaderLabels([tr("Line"), tr("Column"), tr("Reason")])
        self.problems.verticalHeader().setVisible(False)
        self.problems.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch)
        self.tabs = QTabWidget()
        self.tabs.addTab(preview_box, tr("Preview"))
        self.tabs.addTab(self.problems, tr("Problems"))

        self.status = QLabel(tr("Choose a bar list to begin."))
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.check_button = QPushButton(tr("Check the file"))
        self.import_button = QPushButton(tr("Import"))
        set_role(self.import_button, "primary")
        self.check_button.clicked.connect(self.check)
        self.import_button.clicked.connect(self.start_import)
        self.progress = ProgressPanel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addStretch()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.import_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(layout_form)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self._update_buttons()
        ctx.changed.connect(self.refresh)
        self.refresh()

    # -- sites -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the sites that hold bars (the ledger changed)."""
        allowed = {kind.value for kind in SITE_KINDS["bar"]}
        self.ctx.run(lambda ledger, task: ledger_views.sites(ledger), parent=self,
                     done=lambda sites: self._fill_sites(
                         [s for s in sites if s["kind"] in allowed]),
                     label="sites")

    def _fill_sites(self, sites: list[dict[str, Any]]) -> None:
        current = self.site_combo.currentData()
        self.site_combo.blockSignals(True)
        self.site_combo.clear()
        for site in sites:
            self.site_combo.addItem(f"{site['code']} — {site['name']}", site["code"])
        index = self.site_combo.findData(current)
        self.site_combo.setCurrentIndex(max(index, 0) if sites else -1)
        self.site_combo.blockSignals(False)
        self.form.revalidate(show=False)
        self._update_buttons()

    # -- preview -----------------------------------------------------------------------

    def _load_preview(self) -> None:
        path = self.file_edit.path
        self.preview.clear()
        self.preview.setRowCount(0)
        self.preview.setColumnCount(0)
        self.preview_note.clear()
        if not path or not Path(path).is_file():
            return
        try:
            header, rows = importing.preview_bar_list(path, PREVIEW_ROWS)
        except InvalidInput as exc:
            self.form.set_error("file", say(exc))
            return
        width = max([len(header), *(len(r) for r in rows)]) if header else 0
        self.preview.setColumnCount(width)
        self.preview.setHorizontalHeaderLabels(header + [""] * (width - len(header)))
        self.preview.setRowCount(len(rows))
        self.preview.setVerticalHeaderLabels([str(n) for n in range(2, len(rows) + 2)])
        for r, row in enumerate(rows[:PREVIEW_ROWS]):
            for c, value in enumerate(row):
                self.preview.setItem(r, c, _read_only_item(value))
        self.preview.setRowCount(min(len(rows), PREVIEW_ROWS))
        self.preview.resizeColumnsToContents()
        more = len(rows) > PREVIEW_ROWS
        self.preview_note.setText(
            tr("The first {n} rows as written (line numbers on the left); more follow.")
            .format(n=PREVIEW_ROWS) if more else
            tr("Every row of the file as written (line numbers on the left)."))
        self.tabs.setCurrentIndex(0)

    # -- state -------------------------------------------------------------------------

    def _selection(self) -> tuple[str, str, str]:
        return (self.file_edit.path, str(self.site_combo.currentData() or ""),
                str(self.metal_combo.currentData() or ""))

    def _inputs_changed(self) -> None:
        if self.checked is not None and self.checked != self._selection():
            self.checked = None
            self._say(tr("The file or destination changed: check it again."), "hint")
        self._update_buttons()

    def _busy(self) -> bool:
        return self.job is not None and not self.job.done

    def holds_work(self) -> bool:
        """A bar list checked and not yet imported: the window is not built again in
        another language while it waits."""
        return self._busy() or self.checked is not None

    def _run(self, fn, text: str, done, failed, *, changes: bool = False) -> None:
        """Run `fn` on the ledger thread, followed by the progress panel; inputs wait."""
        def after() -> None:
            self._update_buttons()
            self.settled.emit()

        op = (Op(self, fn, ctx=self.ctx, label=text).progress(self.progress, text,
                                                              cancellable=True)
              .success(done).failure(failed).after(after))
        self.job = (op.changes() if changes else op).run()
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self._busy()
        for widget in (self.file_edit, self.site_combo, self.metal_combo, self.witness_edit,
                       self.note_edit):
            widget.setEnabled(not busy)
        self.check_button.setEnabled(not busy and self.site_combo.count() > 0)
        ready = self.checked is not None and self.checked == self._selection()
        self.import_button.setEnabled(not busy and ready)
        self.import_button.setText(tr("Import {n} bars").format(n=f"{self._count:,}")
                                   if ready else tr("Import"))

    def _say(self, text: str, role: str) -> None:
        self.status.setText(text)
        set_role(self.status, role)

    def _show_problems(self, exc: BarListRejected) -> None:
        self.problems.setRowCount(len(exc.errors))
        for row, error in enumerate(exc.errors):
            line = _read_only_item(str(error.line) if error.line else "")
            line.setData(Qt.ItemDataRole.UserRole, error.line)
            self.problems.setItem(row, 0, line)
            self.problems.setItem(row, 1, _read_only_item(error.column or ""))
            reason = _read_only_item(say(error.reason))
            reason.setForeground(ERROR_COLOUR)
            self.problems.setItem(row, 2, reason)
        self.problems.resizeColumnToContents(0)
        self.problems.resizeColumnToContents(1)
        self.problem_count = exc.total_bad
        self.tabs.setTabText(1, tr("Problems ({n})").format(n=f"{exc.total_bad:,}"))
        if exc.errors:
            self.tabs.setCurrentIndex(1)

    def _clear_problems(self) -> None:
        self.problems.setRowCount(0)
        self.problem_count = 0
        self.tabs.setTabText(1, tr("Problems"))

    def problem_rows(self) -> list[tuple[int, str, str]]:
        """The Problems table as (line, column, reason) rows."""
        rows = []
        for row in range(self.problems.rowCount()):
            rows.append((int(self.problems.item(row, 0).data(Qt.ItemDataRole.UserRole) or 0),
                         self.problems.item(row, 1).text(), self.problems.item(row, 2).text()))
        return rows

    # -- check -------------------------------------------------------------------------

    def check(self) -> None:
        """Check every row (and the bars already held) without storing anything."""
        if self._busy() or not self.form.touch_all():
            return
        path, site, metal = self._selection()
        self.checked = None
        self.result = None
        self._clear_problems()
        self._say(tr("Checking {name}…").format(name=Path(path).name), "hint")
        self._run(lambda ledger, task: importing.check_bar_list(
                      ledger, path, site=site, metal=metal, max_listed=LISTED_PROBLEMS,
                      task=task),
                  tr("Checking every row…"),
                  lambda info: self._checked(info, (path, site, metal)), self._check_failed)

    def _checked(self, info: dict[str, Any], selection: tuple[str, str, str]) -> None:
        self.checked = selection
        self._count = int(info["count"])
        self._say(tr("{n} bars, {fine} ozt fine {metal}, all valid and none already held. "
                     "Nothing is stored until you import.").format(
                         n=f"{info['count']:,}", fine=info["fine_oz"],
                         metal=metal_name(info["metal"]).lower()),
                  "ok")

    def _check_failed(self, exc: BaseException) -> bool:
        if isinstance(exc, BarListRejected):
            self._show_problems(exc)
            rows = tr("row") if exc.total_bad == 1 else tr("rows")
            self._say(tr("Rejected: {n} bad {rows}; nothing will be stored. Fix the file and "
                         "check it again.").format(n=f"{exc.total_bad:,}", rows=rows), "error")
            return True
        if isinstance(exc, Cancelled):
            self._say(tr("The check was cancelled; nothing was stored."), "hint")
            return True
        return self._claim(exc)

    def _claim(self, exc: BaseException) -> bool:
        if isinstance(exc, NotFound):
            self.form.set_error("site", say(exc))
            self._say(say(exc), "error")
            return True
        if isinstance(exc, InvalidInput):
            if exc.field not in self.form.fields:
                exc = InvalidInput(say(exc), "file")
            self.form.claim(exc)
            self._say(say(exc), "error")
            return True
        return False

    # -- import ------------------------------------------------------------------------

    def start_import(self) -> None:
        """Store every bar of the checked file, or none."""
        if self._busy() or self.checked is None or self.checked != self._selection():
            return
        path, site, metal = self.checked
        values = self.form.values()
        witness, note = values["witness"], values["note"]

        def work(ledger, task):
            movement = Movement.build("receipt", witness=witness, note=note)
            return importing.import_bars(ledger, path, site=site, metal=metal,
                                         movement=movement, task=task)

        self._say(tr("Importing {name}…").format(name=Path(path).name), "hint")
        self._run(work, tr("Importing…"), self._imported, self._import_failed, changes=True)

    def _imported(self, result: dict[str, Any]) -> None:
        self.result = result
        self.checked = None
        self._say(tr("Imported {n} bars into {site} (holdings {first} to {last}).").format(
            n=f"{result['imported']:,}", site=result["site"], first=result["first_id"],
            last=result["last_id"]), "ok")
        self.imported.emit(result)

    def _import_failed(self, exc: BaseException) -> bool:
        if isinstance(exc, Cancelled):
            self._say(tr("The import was cancelled: nothing was stored."), "error")
            return True
        if isinstance(exc, BarListRejected):
            self.checked = None
            self._check_failed(exc)
            return True
        return self._claim(exc)
