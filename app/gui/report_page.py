"""Signed proof-of-reserve reports: export the PDF (and the JSON bundle), then look at it.

The attestation comes from the ledger's history (its files remembered when the
GUI finalised it, or a copy written from the ledger) or from any file. The
report is made in the background by the same service as `tijori report`, which
refuses an attestation that does not verify; the PDF can then be opened in the
system's viewer or previewed here, page by page. Below the report, the same
attestation is published for token holders (`publish_box`, as `tijori publish`).
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import Cancelled, InvalidInput, TijoriError
from app.gui import settings
from app.gui.attest_history import remembered_files
from app.gui.context import AppContext
from app.gui.file_field import (
    FileField,
    check_existing_file,
    check_key_reference,
    check_new_path,
)
from app.gui.forms import Form
from app.gui.i18n import say, tr
from app.gui.look import set_role
from app.gui.ops import Op
from app.gui.progress import ProgressPanel
from app.gui.publish_box import PublishBox, parse_proofs
from app.gui.screen_fit import scrolled
from app.gui.workers import Job
from app.services import attesting, reporting


def open_externally(path: str) -> bool:
    """Open a file in the system's viewer (tests replace this)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(path))


def json_path_for(pdf: str) -> str:
    path = Path(pdf)
    return str(path.with_suffix(".json") if path.suffix.lower() == ".pdf"
               else path.with_name(path.name + ".json"))


class ReportPage(QWidget):
    """Export a signed report of a finalised attestation; open or preview the PDF.

    `exported(info)` after a report is written (info from `reporting.make_report`
    plus `pdf` and `json` paths).
    """

    exported = Signal(dict)
    #: An export or a load from the history ended, whatever its outcome.
    settled = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.history: list[dict[str, Any]] = []
        self.job: Job | None = None
        self.pdf_path = ""
        self.json_path = ""
        self._scratch: tempfile.TemporaryDirectory | None = None
        # An attestation chosen before the history arrived, selected once it does.
        self._wanted: str | None = None

        title = QLabel(tr("Signed report"))
        set_role(title, "title")
        self.history_combo = QComboBox()
        # Long entries are elided in the closed box, not allowed to widen the form.
        self.history_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.history_combo.setMinimumContentsLength(18)
        self.history_combo.setObjectName("history")
        self.history_combo.activated.connect(self._history_chosen)
        self.attestation_edit = FileField(tr("Choose a finalised attestation"),
                                          tr("Attestations (*.json);;All files (*)"),
                                          key="attest")
        self.leaves_edit = FileField(tr("Choose its leaves file"),
                                     tr("Leaves (*.jsonl);;All files (*)"), key="attest")
        self.policy_edit = FileField(tr("Choose the trust policy"),
                                     tr("Policies (*.json);;All files (*)"), key="policy")
        self.policy_edit.setText(settings.value("attest/policy"))
        self.key_edit = FileField(tr("Choose the report-signer key"),
                                  tr("Key files (*.key);;All files (*)"), key="keys")
        self.key_edit.setText(settings.value("report/key"))
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.public_box = QCheckBox(tr("Public: leave the leaves out (for publication)"))
        self.proofs_edit = QLineEdit()
        self.proofs_edit.setPlaceholderText(tr("e.g. 1, 17, 204"))
        self.count_edit = FileField(tr("Choose the auditor's count of this attestation"),
                                    tr("Count files (*.json);;All files (*)"), key="attest")
        self.out_edit = FileField(tr("Save the signed report as"), tr("PDF (*.pdf)"),
                                  key="reports", save=True, suggested="report.pdf")
        self.json_box = QCheckBox(tr("Also the JSON bundle, beside the PDF"))
        self.json_box.setChecked(True)

        form_layout = QFormLayout()
        form_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form = Form(form_layout)
        form_layout.addRow(tr("From this ledger:"), self.history_combo)
        self.form.add("attestation", tr("Attestation:"), self.attestation_edit, check_existing_file)
        self.form.add("leaves", tr("Leaves:"), self.leaves_edit, check_existing_file,
                      hint=tr("Written beside the signing request when it was made."))
        self.form.add("policy", tr("Trust policy:"), self.policy_edit, check_existing_file)
        self.form.add("report_key", tr("Report-signer key:"), self.key_edit,
                      check_key_reference,
                      hint=tr("A P-256 key named as report-signer in the policy, its "
                              "certificate (KEY.crt) beside it; or one in a token by its "
                              "pkcs11: URI."))
        self.form.add("passphrase", tr("Passphrase or PIN:"), self.passphrase_edit)
        self.form.add("public", tr("Public:"), self.public_box, required=False)
        self.form.add("proof", tr("Inclusion proofs:"), self.proofs_edit, parse_proofs,
                      required=False, hint=tr("Holding ids whose proofs go inside the PDF."))
        self.form.add("count", tr("Physical count:"), self.count_edit, check_existing_file,
                      required=False, hint=tr("Optional: the auditor's count.json. It must "
                                              "verify; the report then has a Physical count "
                                              "section."))
        self.form.add("out", tr("Report (PDF):"), self.out_edit, check_new_path)
        self.form.add("json", tr("JSON:"), self.json_box, required=False)
        self.form.finish()

        self.export_button = QPushButton(tr("Export the signed report"))
        set_role(self.export_button, "primary")
        self.export_button.clicked.connect(self.export)
        self.open_button = QPushButton(tr("Open in system viewer"))
        self.open_button.clicked.connect(self.open_in_viewer)
        self.open_button.setEnabled(False)
        self.progress = ProgressPanel()
        self.status = QLabel(tr("Choose an attestation to report on."))
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_role(self.status, "hint")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(title)
        left_layout.addLayout(form_layout)
        left_layout.addWidget(self.progress)
        left_layout.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.export_button)
        left_layout.addLayout(buttons)
        # The token holder's folder, from the attestation, policy and leaves above.
        self.publish_box = PublishBox(self.form)
        left_layout.addSpacing(12)
        left_layout.addWidget(self.publish_box)
        left_layout.addStretch()
        scroll = scrolled(left, frame=True)  # narrow screens wrap the form, never clip it

        self.document = QPdfDocument(self)
        self.preview = QPdfView()
        self.preview.setObjectName("preview")
        self.preview.setDocument(self.document)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.preview_label = QLabel(tr("The report's pages appear here once it is exported."))
        self.preview_label.setWordWrap(True)
        set_role(self.preview_label, "hint")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.preview_label)
        right_layout.addWidget(self.preview, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        ctx.changed.connect(self.refresh)
        self.refresh()

    # -- the history --------------------------------------------------------------------

    def refresh(self) -> None:
        self.ctx.run(lambda ledger, task: attesting.attestation_history(ledger), parent=self,
                     done=self._fill_history, label="attestation history")

    def _fill_history(self, entries: list[dict[str, Any]]) -> None:
        current, self._wanted = self._wanted or self.history_combo.currentData(), None
        self.history = list(reversed(entries))
        self.history_combo.clear()
        self.history_combo.addItem(tr("— choose a finalised attestation —") if self.history
                                   else tr("— none finalised yet; choose a file below —"), None)
        for entry in self.history:
            self.history_combo.addItem(
                tr("{as_of}  {id}…  ({n} holdings, {sites})").format(
                    as_of=entry["as_of"], id=entry["attestation_id"][:8],
                    n=f"{entry['tree_size']:,}", sites=", ".join(entry["sites"])),
                entry["attestation_id"])
        self.history_combo.setCurrentIndex(max(0, self.history_combo.findData(current)))

    def _history_chosen(self, index: int) -> None:
        attestation_id = self.history_combo.itemData(index)
        if attestation_id:
            self.choose(attestation_id)

    def choose(self, attestation_id: str) -> None:
        """Fill the form for an attestation of this ledger's history."""
        index = self.history_combo.findData(attestation_id)
        if index >= 0:
            self.history_combo.setCurrentIndex(index)
        self._wanted = None if index >= 0 else attestation_id
        files = remembered_files(attestation_id)
        if files.get("leaves"):
            self.leaves_edit.setText(files["leaves"])
        if files.get("policy"):
            self.policy_edit.setText(files["policy"])
        self._suggest_out(attestation_id)
        if files.get("attestation"):
            self.attestation_edit.setText(files["attestation"])
            self._say(tr("Attestation {id} chosen.").format(id=attestation_id), "hint")
            self.settled.emit()
            return
        # Not made here (or moved): write the ledger's copy to a scratch folder.
        if self._scratch is None:
            self._scratch = tempfile.TemporaryDirectory(prefix="tijori-report-")
        out = str(Path(self._scratch.name) / f"{attestation_id}.att.json")

        def done(path: str) -> None:
            self.attestation_edit.setText(path)
            self._say(tr("Attestation {id} taken from the ledger. Choose its leaves file if "
                         "it is not filled in.").format(id=attestation_id), "hint")
            self.settled.emit()

        self.ctx.run(lambda ledger, task: attesting.export_attestation(ledger, attestation_id,
                                                                       out),
                     parent=self, done=done, label="export attestation")

    def _suggest_out(self, attestation_id: str) -> None:
        name = f"report-{attestation_id[:8]}.pdf"
        self.out_edit.suggested = name
        if not self.out_edit.path or Path(self.out_edit.path).exists():
            self.out_edit.setText(str(Path(settings.last_folder("reports")) / name))

    # -- exporting ----------------------------------------------------------------------

    def _say(self, text: str, role: str) -> None:
        self.status.setText(text)
        set_role(self.status, role)

    def _busy(self) -> bool:
        return self.job is not None and not self.job.done

    def export(self) -> None:
        """Make the signed PDF (and JSON) in the background."""
        if self._busy() or not self.form.touch_all():
            return
        values = self.form.values()
        out = str(Path(values["out"]).expanduser())
        json_out = json_path_for(out) if self.json_box.isChecked() else None
        if json_out and Path(json_out).exists():
            self.form.set_error("out", tr("{path} already exists; choose a new name.")
                                .format(path=json_out))
            return
        passphrase = self.passphrase_edit.text()
        arguments = {
            "attestation_path": values["attestation"], "policy_path": values["policy"],
            "leaves_path": values["leaves"], "report_key_path": values["report_key"],
            "passphrase": lambda: passphrase, "out": out, "json_out": json_out,
            "public": self.public_box.isChecked(), "proofs": parse_proofs(values["proof"]),
            "count_path": values["count"] or None,
        }
        settings.set_value("attest/policy", values["policy"])
        settings.set_value("report/key", values["report_key"])

        def work(task) -> dict[str, Any]:
            return reporting.make_report(task=task, **arguments)

        self._close_preview()
        self.open_button.setEnabled(False)
        self._say(tr("Checking the attestation and laying out the report…"), "hint")
        self.export_button.setEnabled(False)
        self.job = (Op(self, work, label="report")
                    .progress(self.progress, tr("Making the report…"), cancellable=True)
                    .success(lambda info: self._exported(info, out, json_out))
                    .failure(self._failed)
                    .after(self.settled.emit)
                    .run())

    def _exported(self, info: dict[str, Any], out: str, json_out: str | None) -> None:
        self.job = None
        self.export_button.setEnabled(True)
        self.passphrase_edit.blockSignals(True)  # forgotten, without a "required" message
        self.passphrase_edit.clear()
        self.passphrase_edit.blockSignals(False)
        self.pdf_path, self.json_path = out, json_out or ""
        self._say(tr("Wrote the signed report {pdf} ({pages} pages){json}.").format(
            pdf=out, pages=info["pages"],
            json=tr(" and {path}").format(path=json_out) if json_out else ""), "ok")
        self.open_button.setEnabled(True)
        self.show_preview(out)
        if self.public_box.isChecked():
            self.publish_box.suggest_report(out)
        self.exported.emit({**info, "pdf": out, "json": json_out or ""})

    def _failed(self, exc: BaseException) -> bool:
        """A refusal said on the page; False leaves a fault to the bug dialog."""
        self.job = None
        self.export_button.setEnabled(True)
        if isinstance(exc, Cancelled):
            self._say(tr("Cancelled: no report was written."), "error")
        elif isinstance(exc, InvalidInput) and exc.field in self.form.fields:
            self.form.claim(exc)
            self._say(say(exc), "error")
        elif isinstance(exc, TijoriError):
            self._say(say(exc), "error")
        else:
            return False
        return True

    # -- looking at it ------------------------------------------------------------------

    def open_in_viewer(self) -> None:
        if self.pdf_path and not open_externally(self.pdf_path):
            self._say(tr("No viewer could open {path}.").format(path=self.pdf_path), "error")

    def show_preview(self, path: str) -> bool:
        """Render the PDF's pages in the built-in preview."""
        self.document.load(path)
        ok = self.document.status() == QPdfDocument.Status.Ready
        self.preview_label.setText(
            tr("{name}: {n} pages.").format(name=Path(path).name, n=self.document.pageCount())
            if ok else tr("The PDF cannot be shown here: {error}").format(
                error=self.document.error().name))
        return ok

    def _close_preview(self) -> None:
        self.document.close()
        self.preview_label.setText(tr("The report's pages appear here once it is exported."))

    @property
    def page_count(self) -> int:
        return self.document.pageCount()
