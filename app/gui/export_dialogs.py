"""Export… and Count sheet…: the Holdings page's ways to get data out.

    export_dialogs.export_holdings(ctx, parent, query)   # the holdings the page shows
    export_dialogs.count_sheet(ctx, parent, site)        # a sheet to count one site by hand

Each asks for the file with a save dialog (or takes `path`), then writes it on
the ledger's thread (`AppContext.run`) in a small modal dialog with a progress
bar and Cancel (Escape cancels too), and ends with one message: the file and
the number of rows written, or why nothing was written. The work is
`app.services.exporting`; nothing here touches the file. A cancelled or failed
export leaves no file (and an existing one as it was).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from app.gui import dialogs
from app.gui.context import AppContext
from app.gui.i18n import tr
from app.gui.look import set_role
from app.gui.progress import CancelOnClose, ProgressPanel
from app.gui.workers import Job
from app.services import exporting
from app.services.browsing import Query

#: Where the last export folder is remembered (settings "folders/exports").
EXPORT_FOLDER_KEY = "exports"
HOLDINGS_FILTER = "CSV files (*.csv);;Excel workbooks (*.xlsx)"
SHEET_FILTER = "PDF files (*.pdf);;CSV files (*.csv)"


def _label(text: str = "", role: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if role:
        set_role(label, role)
    if name:
        label.setObjectName(name)
    return label


def _with_suffix(path: str, suffixes: tuple[str, ...]) -> str:
    """`path`, given the first of `suffixes` when it ends with none of them."""
    return path if Path(path).suffix.lower() in suffixes else path + suffixes[0]


def _ask(parent: QWidget | None, title: str, suggested: str, filters: str,
         suffixes: tuple[str, ...]) -> str:
    path = dialogs.save_file(parent, title, suggested, filters, EXPORT_FOLDER_KEY)
    return _with_suffix(path, suffixes) if path else ""


def export_holdings(ctx: AppContext, parent: QWidget | None, query: Query,
                    path: str | None = None) -> ExportDialog | None:
    """Write the holdings `query` selects (the Holdings page's current query) to a CSV or
    XLSX file the user picks (or `path`), with progress and Cancel over `parent`.

    Returns the dialog that follows the export, or None if the user chose no file."""
    noun = exporting.LAYOUTS[query.kind].noun[1]
    if path is None:
        suggested = f"{ctx.name}-{noun}-{date.today():%Y%m%d}.csv"
        path = _ask(parent, tr("Export holdings"), suggested, HOLDINGS_FILTER,
                    (".csv", ".xlsx"))
        if not path:
            return None
    # The save dialog has asked before replacing a file.
    dialog = ExportDialog(
        ctx, path, tr("Exporting {what}").format(what=exporting.describe(query)),
        lambda ledger, task: exporting.export_holdings(ledger, query, path, overwrite=True,
                                                       task=task),
        lambda result: tr("{rows} {noun} written to:\n{path}\n\nAs of journal event {seq}.")
        .format(rows=f"{result['rows']:,}", noun=noun if result["rows"] != 1 else
                exporting.LAYOUTS[query.kind].noun[0], path=result["path"],
                seq=f"{result['journal_seq']:,}"),
        parent)
    dialog.open()
    dialog.start()
    return dialog


def count_sheet(ctx: AppContext, parent: QWidget | None, site: str, path: str | None = None,
                kind: str = "bar") -> ExportDialog | None:
    """Write the count sheet of `site`'s bars (or lots) to a PDF or CSV file the user
    picks (or `path`), with progress and Cancel over `parent`.

    Returns the dialog that follows it, or None if the user chose no file."""
    if path is None:
        suggested = f"{ctx.name}-count-{site}-{date.today():%Y%m%d}.pdf"
        path = _ask(parent, tr("Count sheet of {site}").format(site=site), suggested,
                    SHEET_FILTER, (".pdf", ".csv"))
        if not path:
            return None
    nouns = ("bar", "bars") if kind == "bar" else ("lot", "lots")
    dialog = ExportDialog(
        ctx, path, tr("Count sheet of {site}").format(site=site),
        lambda ledger, task: exporting.write_count_sheet(ledger, site, path, kind=kind,
                                                         overwrite=True, task=task),
        lambda result: tr("Count sheet of {rows} {noun} at {site} written to:\n{path}\n\n"
                          "As of journal event {seq}.").format(
            rows=f"{result['rows']:,}", noun=nouns[result["rows"] != 1], site=result["site"],
            path=result["path"], seq=f"{result['journal_seq']:,}"),
        parent)
    dialog.open()
    dialog.start()
    return dialog


class ExportDialog(CancelOnClose, QDialog):
    """Follows one export: its progress, Cancel (or Escape), then closes with the outcome,
    told in a message over the parent window."""

    def __init__(self, ctx: AppContext, out: str, heading: str,
                 work: Callable[[Any, Any], dict[str, Any]],
                 told: Callable[[dict[str, Any]], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.out = out
        self.work = work
        self.told = told
        self.job: Job | None = None
        self.result_value: dict[str, Any] | None = None
        self.setWindowTitle(heading)
        self.setModal(True)
        self.setMinimumWidth(480)
        target = _label(out, "big", "export_target")
        target.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = ProgressPanel()
        self.progress.setObjectName("export_progress")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(_label(heading, "title"))
        layout.addWidget(_label(tr("Writing to:")))
        layout.addWidget(target)
        layout.addWidget(_label(tr("The file appears only once it is complete; Cancel leaves "
                                   "no file behind."), "hint"))
        layout.addSpacing(8)
        layout.addWidget(self.progress)

    def start(self) -> Job:
        # The outcome is told once the job has finished and the panel has let go of it.
        self.job = self.ctx.run(self.work, parent=self, failed=lambda exc: True,
                                label="export")
        self.progress.follow(self.job, tr("Writing…"))
        self.job.finished.connect(lambda: self.end_with(tr("Written"), self.told))
        self.progress.cancel_button.setFocus()
        return self.job

