"""Physical count ▸ 3. Count: the planned holdings in the order of the walk, marked as the
auditor finds them (`app.services.counting`, FORMAT.md §11).

A barcode scanner types a serial and Enter into the scan field: the planned bar with that
serial (a lot's warrant, a tank's or gas inventory's code) is selected, marked found, and
its serial as read is what was scanned. Bars that share a serial are told apart by brand
and year in a small chooser; a serial the plan does not list may be added as a bar found
unlisted. The rest is typed in the table: found and seal intact take y, n or Space,
measured a number; Tab moves along the row, Enter ends it and goes back to the scan field.
Each row is classified as it changes (`counting.classify_rows`), so its exceptions, or why
it cannot be recorded as it stands, show in the row itself. Progress is saved to a results
sheet (`counting.save_results`) and read back (`counting.read_results`), so a count that
takes several days is taken up where it was left.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import InvalidInput
from app.gui import dialogs
from app.gui.audit_model import COLUMN, YES, CountModel, reading_key
from app.gui.audit_table import CandidatesDialog, CountTable, ScanField, UnlistedDialog
from app.gui.i18n import say
from app.gui.look import set_role
from app.services import counting


class CountPage(QWidget):
    """The scan field, the table, the progress line; saving and taking up the count."""

    #: A scan was handled: the row it marked (-1 for none), and what was scanned.
    scanned = Signal(int, str)

    def __init__(self, model: CountModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.plan: dict[str, Any] | None = None
        self.saved_to = ""
        self.chooser: CandidatesDialog | None = None
        self.unlisted_dialog: UnlistedDialog | None = None

        self.scan_edit = ScanField()
        self.scan_edit.setObjectName("scan")
        self.scan_edit.setPlaceholderText(self.tr("Scan a bar, or type a serial, warrant or "
                                                  "code, then Enter"))
        self.scan_edit.setClearButtonEnabled(True)
        self.scan_edit.returnPressed.connect(self.scan)
        font = self.scan_edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.scan_edit.setFont(font)
        scan_row = QHBoxLayout()
        scan_label = QLabel(self.tr("Scan:"))
        scan_label.setBuddy(self.scan_edit)
        scan_row.addWidget(scan_label)
        scan_row.addWidget(self.scan_edit, 1)
        self.not_found_button = self._button(self.tr("Not found"), "not_found",
                                             self.mark_not_found)
        self.not_found_button.setToolTip(self.tr("Mark the selected holdings not found"))
        scan_row.addWidget(self.not_found_button)
        self.unlisted_button = self._button(self.tr("Bar not listed…"), "add_unlisted",
                                            lambda: self.offer_unlisted(""))
        scan_row.addWidget(self.unlisted_button)
        self.remove_button = self._button(self.tr("Remove"), "remove_unlisted",
                                          self.remove_unlisted)
        self.remove_button.setToolTip(self.tr("Remove the selected bar found unlisted"))
        scan_row.addWidget(self.remove_button)

        self.status = QLabel()
        self.status.setObjectName("scan_status")
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.hint = QLabel(self.tr(
            "In the table: y or n marks found and seal intact (Space switches, Delete "
            "clears), typing fills the other cells, Tab moves along the row, Enter ends it "
            "and goes back to the scan field."))
        self.hint.setWordWrap(True)
        set_role(self.hint, "hint")

        self.table = CountTable(model)
        self.table.row_done.connect(self.back_to_scan)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())

        self.detail = QLabel()
        self.detail.setObjectName("row_detail")
        self.detail.setWordWrap(True)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._show_current())
        self.counts = QLabel()
        self.counts.setObjectName("count_progress")
        self.counts.setWordWrap(True)
        self.open_button = self._button(self.tr("Open saved progress…"), "open_progress",
                                        self.open_progress)
        self.save_button = self._button(self.tr("Save progress"), "save_progress",
                                        self.save_progress)
        self.save_button.setToolTip(self.tr("Write the marks to a results sheet, to take the "
                                            "count up again later (Ctrl+S)"))
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.activated.connect(self.save_progress)
        bottom = QHBoxLayout()
        bottom.addWidget(self.counts, 1)
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addLayout(scan_row)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.hint)
        layout.addLayout(bottom)
        QWidget.setTabOrder(self.scan_edit, self.table)  # Tab: from the scan to its row
        model.changed.connect(self._update)
        model.modelReset.connect(self._fit_columns)
        self._update()

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)  # Enter belongs to the scan field and the table
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _fit_columns(self) -> None:
        """Columns as narrow as their titles and contents allow (the first 500 rows), with
        room to type in the cells the auditor fills: a 1024-pixel screen shows the whole
        row, and the exceptions take the rest (the line under the table says them in full)."""
        self.table.setColumnHidden(COLUMN["unit"], True)  # measured shows its unit
        header = self.table.horizontalHeader()
        cells, titles = self.table.fontMetrics(), header.fontMetrics()
        em = cells.horizontalAdvance("M")
        rows = range(min(self.model.rowCount(), 500))
        limits = {"serial_read": (5, 9), "brand_read": (5, 9), "measured": (6, 8),
                  "remarks": (5, 8), "listed_as": (0, 12), "location": (0, 6), "site": (0, 6)}
        wanted: dict[int, int] = {}
        for key, column in COLUMN.items():
            if key in ("unit", "exceptions"):
                continue
            title = max(titles.horizontalAdvance(line)
                        for line in self.model.titles[column].split("\n")) + 4
            content = max((cells.horizontalAdvance(str(self.model.data(
                self.model.index(row, column)) or "")) for row in rows), default=0)
            least, most = limits.get(key, (0, 99))
            wanted[column] = max(least * em, max(title, content) + 12)
            header.resizeSection(column, min(most * em, wanted[column]))
        # A wider screen gives the capped columns (what is listed, what was measured) the
        # rest of their width, keeping room for the exceptions.
        spare = self.table.viewport().width() - 24 * em - sum(
            header.sectionSize(c) for c in wanted)
        for column, width in wanted.items():
            grow = min(spare, width - header.sectionSize(column))
            if grow > 0:
                header.resizeSection(column, header.sectionSize(column) + grow)
                spare -= grow

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.model.rowCount():
            self._fit_columns()

    def showEvent(self, event: QShowEvent) -> None:  # the values typed since, fitted too
        super().showEvent(event)
        if self.model.rowCount():
            self._fit_columns()

    def set_plan(self, plan: dict[str, Any]) -> None:
        self.plan = plan
        self.saved_to = ""
        self.model.set_plan(plan)
        self._say("")

    def _say(self, text: str, role: str = "hint") -> None:
        self.status.setText(text)
        set_role(self.status, role)

    def back_to_scan(self) -> None:
        self.scan_edit.setFocus()
        self.scan_edit.selectAll()

    def _update(self) -> None:
        n = self.model.counts()
        text = (self.tr("{marked} of {planned} holdings marked, 1 exception")
                if n["exceptions"] == 1 else
                self.tr("{marked} of {planned} holdings marked, {exceptions} exceptions")).format(
            marked=f"{n['marked']:,}", planned=f"{n['planned']:,}",
            exceptions=f"{n['exceptions']:,}")
        if n["unlisted"]:
            text += self.tr(", {n} bar(s) found unlisted").format(n=n["unlisted"])
        if n["problems"]:
            text += self.tr("; {n} row(s) to put right").format(n=n["problems"])
        if self.saved_to:
            text += " · " + (self.tr("changes not saved") if self.model.unsaved else
                             self.tr("saved to {name}").format(name=Path(self.saved_to).name))
        self.counts.setText(text)
        rows = self.selected_rows()
        has_plan = self.plan is not None
        for widget in (self.scan_edit, self.unlisted_button, self.open_button,
                       self.save_button):
            widget.setEnabled(has_plan)
        self.not_found_button.setEnabled(any(self.model.rows[r].item is not None
                                             for r in rows))
        self.remove_button.setEnabled(any(self.model.rows[r].item is None for r in rows))
        self._show_current()

    def _show_current(self) -> None:
        """The current row, and what stands in its exceptions cell, in full."""
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            self.detail.setText("")
            return
        row = self.model.rows[index.row()]
        cells = row.cells
        where = " ".join(filter(None, (cells["site"], cells["location"])))
        name = (self.tr("Leaf {leaf}: {kind} {listed} at {where}").format(
            leaf=cells["leaf"], kind=self.model.words.get(cells["kind"], cells["kind"]),
            listed=cells["listed_as"], where=where) if row.item is not None else
            self.tr("Bar found unlisted: {serial} at {where}").format(
                serial=cells["serial_read"], where=where))
        verdict = self.model.verdict_text(row)
        self.detail.setText(f"{name} — {verdict}" if verdict else name)
        set_role(self.detail, "error" if row.problem or row.exceptions else "hint")

    def selected_rows(self) -> list[int]:
        rows = {index.row() for index in self.table.selectionModel().selectedIndexes()}
        current = self.table.currentIndex()
        if not rows and current.isValid():
            rows.add(current.row())
        return sorted(r for r in rows if r < len(self.model.rows))

    def select(self, number: int, key: str = "found") -> None:
        index = self.model.index(number, COLUMN[key])
        self.table.setCurrentIndex(index)
        self.table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        # Centred in height, and from the row's first column: what it is stays in sight.
        self.table.scrollTo(self.model.index(number, 0),
                            QAbstractItemView.ScrollHint.PositionAtCenter)

    # -- scanning -------------------------------------------------------------------------

    def scan(self) -> None:
        """Enter in the scan field: find the planned holding and mark it found."""
        text = self.scan_edit.text().strip()
        if not text or self.plan is None:
            return
        self.scan_edit.clear()
        numbers = self.model.find(text)
        if len(numbers) == 1:
            self.found(numbers[0], text)
        elif numbers:
            self.chooser = CandidatesDialog(text, self.model, numbers, self)
            self.chooser.accepted.connect(lambda chooser=self.chooser: self._chosen(
                chooser, text))
            self.chooser.rejected.connect(self.back_to_scan)
            self.chooser.open()
        else:
            known = self.model.unlisted_with(text)
            if known is not None:
                self.select(known, "serial_read")
                self._say(self.tr("{text} is already in the table, as a bar found "
                                  "unlisted.").format(text=text), "error")
                self.scanned.emit(known, text)
            else:
                self.offer_unlisted(text)

    def _chosen(self, chooser: CandidatesDialog, text: str) -> None:
        number = chooser.chosen()
        if number is not None:
            self.found(number, text)

    def found(self, number: int, text: str) -> None:
        row = self.model.rows[number]
        item = row.item
        assert item is not None
        again = row.cells["found"] == YES and \
            reading_key(row.cells["serial_read"]) == reading_key(text)
        self.model.mark_found(number, text)
        kind = item.kind
        self.select(number, "brand_read" if kind in ("bar", "lot") else "measured")
        what = self.tr("{kind} {listed} at {site}").format(
            kind=self.model.words.get(kind, kind), listed=row.cells["listed_as"],
            site=" ".join(filter(None, (row.cells["site"], row.cells["location"]))))
        if again:
            self._say(self.tr("Already marked found: {what}.").format(what=what), "hint")
        else:
            next_step = {
                "bar": self.tr("Read its brand and year, its seal and its gross weight into "
                               "its row (Tab)."),
                "lot": self.tr("Read its brand and seal, and re-weigh it, into its row (Tab)."),
            }.get(kind, self.tr("Give its re-measured quantity in its row (Tab)."))
            self._say(self.tr("Found: {what}. {next}").format(what=what, next=next_step), "ok")
        self.scanned.emit(number, text)
        self.back_to_scan()

    def offer_unlisted(self, serial: str) -> None:
        """Ask for a bar found that the plan does not list (`serial` as scanned, if any)."""
        if self.plan is None:
            return
        sites = sorted({str(item.holding.get("site")) for item in self.model.items})
        current = self.table.currentIndex()  # where the count stands: that site first
        if current.isValid() and self.model.rows[current.row()].cells["site"] in sites:
            here = self.model.rows[current.row()].cells["site"]
            sites = [here, *(site for site in sites if site != here)]
        self.unlisted_dialog = UnlistedDialog(serial, sites, self)
        self.unlisted_dialog.accepted.connect(
            lambda dialog=self.unlisted_dialog: self._add_unlisted(dialog))
        self.unlisted_dialog.rejected.connect(self.back_to_scan)
        self.unlisted_dialog.open()
        if serial:
            self._say(self.tr("No holding of the plan answers to {text}.").format(text=serial),
                      "error")
            self.scanned.emit(-1, serial)

    def _add_unlisted(self, dialog: UnlistedDialog) -> None:
        number = self.model.add_unlisted(dialog.cells())
        self.select(number, "serial_read")
        self._say(self.tr("Added as a bar found unlisted: {serial}.").format(
            serial=dialog.cells()["serial_read"]), "ok")
        self.back_to_scan()

    def mark_not_found(self) -> None:
        rows = [r for r in self.selected_rows() if self.model.rows[r].item is not None]
        self.model.mark_not_found(rows)
        if rows:
            self._say(self.tr("Marked not found: {n} holding(s).").format(n=len(rows)), "hint")
        self.back_to_scan()

    def remove_unlisted(self) -> None:
        rows = [r for r in self.selected_rows() if self.model.rows[r].item is None]
        if rows and dialogs.ask(self, self.tr("Remove"), self.tr(
                "Remove {n} bar(s) found unlisted from the count?").format(n=len(rows))):
            self.model.remove_unlisted(rows)

    # -- saving and taking up -------------------------------------------------------------

    def _filter(self) -> str:
        return self.tr("Results sheet (*.csv);;All files (*)")

    def save_progress(self) -> bool:
        """Write the marks to a results sheet (asked the first time); False when not saved."""
        if self.plan is None:
            return False
        try:
            rows, unlisted = self.model.progress()
        except InvalidInput as exc:
            self.table.setFocus()
            dialogs.warn(self, self.tr("Not saved"), say(exc))
            return False
        out = self.saved_to
        if not out:
            out = dialogs.save_file(self, self.tr("Save the count's progress"),
                                    "count-results.csv", self._filter(), "audit")
            if not out:
                return False
        try:
            counting.save_results(self.plan, rows, unlisted, out)
        except InvalidInput as exc:
            dialogs.warn(self, self.tr("Not saved"), say(exc))
            return False
        self.saved_to = out
        self.model.unsaved = False
        self._say(self.tr("Saved to {path} at {time}.").format(
            path=out, time=datetime.now().strftime("%H:%M")), "ok")
        self._update()
        return True

    def open_progress(self, path: str = "") -> bool:
        """Take up a count saved earlier (or a results sheet filled in by hand)."""
        if self.plan is None:
            return False
        path = path or dialogs.open_file(self, self.tr("Open a count's saved progress"),
                                         self._filter(), "audit")
        if not path:
            return False
        if self.model.unsaved and not dialogs.ask(self, self.tr("Open saved progress"), self.tr(
                "The marks in the table are not saved. Replace them with those of {name}?"
                ).format(name=Path(path).name)):
            return False
        try:
            data = Path(path).read_bytes()
            read, unlisted = counting.read_results(data, self.model.items, path)
        except OSError as exc:
            dialogs.warn(self, self.tr("Cannot open"), self.tr("Cannot read {path}: {why}")
                         .format(path=path, why=exc.strerror or exc))
            return False
        except InvalidInput as exc:
            dialogs.warn(self, self.tr("Cannot open"), say(exc))
            return False
        self.model.load(read, unlisted)
        self.saved_to = path
        n = self.model.counts()
        self._say(self.tr("Taken up from {path}: {marked} of {planned} holdings "
                          "marked.").format(path=path, marked=n["marked"],
                                            planned=n["planned"]), "ok")
        self._update()
        unmarked = self.model.first("unmarked")
        if unmarked is not None:
            self.select(unmarked)
        self.back_to_scan()
        return True
