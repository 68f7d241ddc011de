"""The attestations a ledger has recorded, shown as the chain they form.

Each attestation names the digest of the one before it; the table shows that
link for every row (newest first), and whether the attestation it points to is
in this ledger. The files an attestation was made from (its attestation file,
leaves and policy) are remembered when the GUI finalises it, so a report can be
made from the history without looking for them again.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.gui import dialogs, settings
from app.gui.context import AppContext
from app.gui.i18n import tr
from app.gui.look import set_role
from app.gui.palette import BAD, GOOD, qcolor
from app.gui.tables import cell as read_only_cell
from app.services import attesting

OK_COLOUR = qcolor(GOOD)
BAD_COLOUR = qcolor(BAD)
COLUMNS = ("As of", "Attestation", "Digest", "Previous", "Chain", "Sites", "Holdings",
           "Signatures")



# -- files remembered per attestation ----------------------------------------------------


def remember_files(attestation_id: str, *, attestation: str, leaves: str = "",
                   policy: str = "") -> None:
    """Where an attestation's files are, for making its report later."""
    settings.set_value(f"attestations/{attestation_id}", json.dumps(
        {"attestation": attestation, "leaves": leaves, "policy": policy}))


def remembered_files(attestation_id: str) -> dict[str, str]:
    """The files remembered for an attestation (those that still exist), else empty."""
    try:
        files = json.loads(settings.value(f"attestations/{attestation_id}", "{}"))
    except ValueError:
        return {}
    if not isinstance(files, dict):
        return {}
    return {k: str(v) for k, v in files.items() if v and Path(str(v)).is_file()}


def short(digest: str | None, width: int = 16) -> str:
    return f"{digest[:width]}…" if digest else ""


_item = read_only_cell


class AttestHistoryView(QWidget):
    """The ledger's attestations, newest first, each linked to its previous.

    `report_requested(attestation_id)` when the user asks for a report of one.
    """

    report_requested = Signal(str)
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list[dict[str, Any]] = []
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("history")
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.empty = QLabel(tr("No attestation has been finalised in this ledger yet. Make one "
                               "under New attestation; it appears here once it is final."))
        self.empty.setWordWrap(True)
        set_role(self.empty, "hint")
        self.report_button = QPushButton(tr("Make a report…"))
        self.save_button = QPushButton(tr("Save a copy…"))
        self.report_button.clicked.connect(self._report)
        self.save_button.clicked.connect(self._save_copy)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._selection_changed()
        ctx.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.ctx.run(lambda ledger, task: attesting.attestation_history(ledger), parent=self,
                     done=self._show, label="attestation history")

    def _show(self, entries: list[dict[str, Any]]) -> None:
        self.entries = list(reversed(entries))  # newest first
        self.table.setRowCount(len(self.entries))
        mono = QFont("DejaVu Sans Mono")
        for row, entry in enumerate(self.entries):
            prior = entry["previous_id"]
            if entry["previous"] is None:
                chain, colour = tr("first of the chain"), OK_COLOUR
            elif entry["linked"]:
                chain, colour = tr("✓ follows {id}").format(id=prior[:8]), OK_COLOUR
            else:
                chain, colour = tr("✗ previous not in this ledger"), BAD_COLOUR
            cells = [
                _item(entry["as_of"]),
                _item(entry["attestation_id"]),
                _item(short(entry["digest"]), entry["digest"]),
                _item(short(entry["previous"]) if entry["previous"] else tr("none"),
                      entry["previous"] or ""),
                _item(chain, prior or ""),
                _item(", ".join(entry["sites"])),
                _item(f"{entry['tree_size']:,}"),
                _item(str(entry["signatures"])),
            ]
            cells[4].setForeground(colour)
            for cell in (cells[1], cells[2], cells[3]):
                cell.setFont(mono)
            for column, cell in enumerate(cells):
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not self.entries)
        self.table.setVisible(bool(self.entries))
        self._selection_changed()
        self.loaded.emit()

    def selected(self) -> dict[str, Any] | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self.entries[min(rows)] if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.report_button.setEnabled(chosen)
        self.save_button.setEnabled(chosen)

    def _report(self) -> None:
        entry = self.selected()
        if entry is not None:
            self.report_requested.emit(entry["attestation_id"])

    def _save_copy(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        out = dialogs.save_file(self, tr("Save the attestation"),
                                f"{entry['attestation_id']}.att.json",
                                tr("Attestations (*.json);;All files (*)"), "attest")
        if not out:
            return
        attestation_id = entry["attestation_id"]
        self.ctx.run(lambda ledger, task: attesting.export_attestation(ledger, attestation_id,
                                                                       out),
                     parent=self, done=lambda path: dialogs.inform(
                         self, tr("Saved"), tr("The attestation was saved to {path}.").format(
                             path=path)),
                     label="export attestation")
