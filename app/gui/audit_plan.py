"""Physical count ▸ 1. Plan and 2. Sheets (FORMAT.md §11.1–11.2; `tijori audit plan` and
`tijori audit sheet`).

The plan is made from the final attestation, its leaves, the trust policy the auditor
holds and a nonce the auditor draws only once the attestation is final: it is verified,
the sample drawn and the plan written off the GUI thread (`Op`), or a plan made earlier is
opened. The sheets are the count sheets to print (PDF) and the results sheet (CSV).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import InvalidInput
from app.gui import dialogs, settings
from app.gui.file_field import FileField
from app.gui.forms import Form
from app.gui.i18n import say, tr
from app.gui.look import set_role
from app.gui.ops import Op
from app.gui.progress import ProgressPanel
from app.gui.verify_view import POLICY_SETTING, existing_file
from app.gui.workers import Job
from app.services import auditing, counting

if TYPE_CHECKING:
    from app.gui.audit_window import AuditWindow

#: The service's names of the plan's inputs, where they differ from the form's.
ALIASES = {"tolerable rate": "tolerable_rate"}


def describe_plan(plan: dict[str, Any]) -> str:
    """What a plan chose, in a sentence or two."""
    sampled = sum(1 for h in plan["holdings"] if h["why"] == "sampled")
    always = len(plan["holdings"]) - sampled
    return tr("{sampled} of {population} bars and lots sampled ({method} sampling, "
              "{confidence} % confidence, tolerable rate {rate} %: n = {n}), and {always} "
              "tanks and gas inventories always counted.").format(
        sampled=f"{sampled:,}", population=f"{plan['population']['sampled_from']:,}",
        method={"attribute": tr("attribute"), "weighted": tr("weighted")}.get(
            plan["method"], plan["method"]),
        confidence=plan["confidence"], rate=plan["tolerable_rate"],
        n=f"{plan['sample_size']:,}", always=f"{always:,}") + " " + (
        tr("The nonce is the one the statement's auditor committed to.")
        if plan.get("nonce_committed") else
        tr("The statement carries no commitment to the nonce: only your care says it was "
           "drawn once."))


def button(text: str, name: str, slot: Any, *, primary: bool = False) -> QPushButton:
    """A push button of the count's window: never the default, since Enter belongs to the
    fields (and the scanner)."""
    made = QPushButton(text)
    made.setObjectName(name)
    made.setAutoDefault(False)
    if primary:
        set_role(made, "primary")
    made.clicked.connect(lambda _checked=False: slot())
    return made


class PlanPage(QWidget):
    """Step 1: make the plan (verified, off the GUI thread), or open one made earlier."""

    #: A plan is there: its path and the plan.
    plan_ready = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job: Job | None = None
        self.picked_out = ""
        #: Asked before a new plan replaces the one being counted (the window's question).
        self.may_replace: Callable[[], bool] = lambda: True
        files = self.tr("Attestation (*.json);;All files (*)")
        # Two columns: what is counted, and how the sample is drawn.
        self.files_form = Form(QFormLayout())
        f = self.files_form
        self.attestation_field = f.add("attestation", self.tr("Attestation:"), FileField(
            self.tr("The final attestation to count"), files, key="attestations"),
            existing_file)
        self.leaves_field = f.add("leaves", self.tr("Leaves:"), FileField(
            self.tr("The attestation's leaves"), self.tr("Leaves (*.jsonl);;All files (*)"),
            key="leaves"), existing_file)
        self.policy_field = f.add("policy", self.tr("Trust policy:"), FileField(
            self.tr("The trust policy you hold"), self.tr("Trust policy (*.json);;All files (*)"),
            key="policies"), existing_file,
            hint=self.tr("The attestation is verified with its leaves under your policy "
                         "first: one that does not verify gives no plan."))
        self.policy_field.setText(settings.value(POLICY_SETTING))
        self.out_field = f.add("out", self.tr("Plan file:"), FileField(
            self.tr("Where to write the plan"), self.tr("Plan (*.json);;All files (*)"),
            key="audit", save=True, suggested="plan.json"))
        self.out_field.picked.connect(lambda path: setattr(self, "picked_out", path))
        f.finish()

        self.sample_form = Form(QFormLayout())
        f = self.sample_form
        self.nonce_field = f.add("nonce", self.tr("Nonce file:"), FileField(
            self.tr("Your nonce file"), self.tr("Nonce (*.txt);;All files (*)"), key="audit",
            save=True, suggested="nonce.txt"), hint=" ")
        self.nonce_field.textChanged.connect(lambda _t: self._nonce_note())
        self.confidence = f.add("confidence", self.tr("Confidence (%):"), QLineEdit("95"),
                                lambda text: counting.sample_size_of(text, "1"))
        self.rate = f.add("tolerable_rate", self.tr("Tolerable rate (%):"), QLineEdit("1"),
                          lambda text: counting.sample_size_of("95", text),
                          hint=self.tr("The rate of missing or mismatched holdings you can "
                                       "tolerate."))
        for field in (self.confidence, self.rate):
            field.setMaximumWidth(120)
            field.textChanged.connect(lambda _t: self._size_note())
        self.method = QComboBox()
        self.method.addItem(self.tr("attribute"), "attribute")
        self.method.addItem(self.tr("weighted"), "weighted")
        f.add("method", self.tr("Method:"), self.method, hint=" ")
        self.method.currentIndexChanged.connect(lambda _i: self._method_note())
        f.finish()
        self.size_label = QLabel()
        self.size_label.setObjectName("sample_size")
        self.size_label.setWordWrap(True)
        f.layout.insertRow(f.layout.rowCount() - 1, self.tr("Sample:"), self.size_label)
        self.forms = (self.files_form, self.sample_form)

        columns = QHBoxLayout()
        for title, form in ((self.tr("What is counted"), self.files_form),
                            (self.tr("The sample"), self.sample_form)):
            box = QGroupBox(title)
            QVBoxLayout(box).addLayout(form.layout)
            columns.addWidget(box, 1, Qt.AlignmentFlag.AlignTop)

        self.make_button = button(self.tr("Make the plan"), "make_plan", self.make,
                                  primary=True)
        self.open_button = button(self.tr("Open a plan made earlier…"), "open_plan",
                                  self.open_plan)
        self.commit_button = button(self.tr("Commit to the nonce…"), "commit_nonce",
                                    self.commit)
        self.commitment = QLabel()
        self.commitment.setObjectName("commitment")
        self.commitment.setWordWrap(True)
        self.commitment.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.commitment.hide()
        self.progress = ProgressPanel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.commit_button)
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(0)

        self.result_box = QGroupBox(self.tr("The plan"))
        self.result_label = QLabel()
        self.result_label.setObjectName("plan_result")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.next_button = button(self.tr("Next: the sheets ›"), "to_sheets", lambda: None)
        column = QVBoxLayout(self.result_box)
        column.addWidget(self.result_label)
        column.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignRight)
        self.result_box.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addLayout(buttons)
        layout.addWidget(self.commitment)
        layout.addWidget(self.result_box)
        layout.addStretch(1)
        self._nonce_note()
        self._method_note()
        self._size_note()

    @property
    def busy(self) -> bool:
        return self.job is not None and not self.job.done

    def commit(self) -> str | None:
        """Draw the nonce into its file (or read it there) before the custodian makes the
        request, and show its commitment, copied to the clipboard, for the statement: the
        twin of `tijori audit commit`. Returns the commitment."""
        path = self.nonce_field.path
        if not path:
            self.sample_form.set_error("nonce", self.tr("Choose where the nonce file goes."))
            return None
        try:
            info = auditing.commit_nonce(path)
        except InvalidInput as exc:
            self.sample_form.set_error("nonce", say(exc))
            return None
        QApplication.clipboard().setText(info["commitment"])
        self.commitment.setText(self.tr(
            "Give the custodian this commitment before the signing request is made (it is on "
            "the clipboard); keep the nonce file to yourself until the plan:\n{commitment}")
            .format(commitment=info["commitment"]))
        self.commitment.show()
        self._nonce_note()
        return info["commitment"]

    def _nonce_note(self) -> None:
        path = self.nonce_field.path
        if path and Path(path).is_file():
            text = self.tr("This file exists: the nonce in it is used.")
        else:
            text = self.tr("When this file does not exist, 32 random bytes are drawn into it: "
                           "best before the request, with Commit to the nonce…, so the "
                           "statement binds it; else only after the attestation is final.")
        self.sample_form.fields["nonce"].hint.setText(text)

    def _method_note(self) -> None:
        self.sample_form.fields["method"].hint.setText(
            self.tr("Every bar and lot is equally likely to be counted.")
            if self.method.currentData() == "attribute" else
            self.tr("A bar or lot twice as large is twice as likely to be counted "
                    "(monetary-unit sampling, for each commodity)."))

    def _size_note(self) -> None:
        try:
            n = counting.sample_size_of(self.confidence.text(), self.rate.text())
        except InvalidInput:
            self.size_label.setText("")
            return
        self.size_label.setText(self.tr("n = {n} bars and lots (every one, when there are "
                                        "fewer), and every tank and gas inventory.").format(
            n=f"{n:,}"))

    def make(self) -> Job | None:
        """Verify the attestation with its leaves, draw the sample, write the plan."""
        if self.busy or not all([form.touch_all() for form in self.forms]) or \
                not self.may_replace():
            return None
        v = self.files_form.values() | self.sample_form.values()
        overwrite = False
        if Path(v["out"]).exists():
            if v["out"] != self.picked_out and not dialogs.ask(self, self.tr("Replace?"), self.tr(
                    "{path} exists. Replace it with a new plan?").format(path=v["out"])):
                return None
            overwrite = True
        if not Path(v["nonce"]).exists() and not dialogs.ask(
                self, self.tr("Draw a nonce?"), self.tr(
                "{path} does not exist: 32 random bytes will be drawn into it now, and the "
                "sample follows from them. Draw the nonce only after the attestation is final "
                "(signed and finalized), never before. Draw it now?").format(path=v["nonce"])):
            return None
        settings.set_value(POLICY_SETTING, str(Path(v["policy"]).resolve()))

        def work(task: Any) -> dict[str, Any]:
            return auditing.make_plan(
                v["attestation"], v["leaves"], v["policy"], confidence=v["confidence"],
                tolerable_rate=v["tolerable_rate"], nonce_file=v["nonce"], method=v["method"],
                out=v["out"], overwrite=overwrite)

        self.result_box.hide()
        self.job = (Op(self, work, label="audit plan")
                    .progress(self.progress, self.tr("Verifying the attestation and drawing the "
                                                     "sample…"), cancellable=False)
                    .success(lambda plan: self._ready(v["out"], plan))
                    .failure(self._failed)
                    .after(self._update)
                    .run())
        self._update()
        return self.job

    def _failed(self, exc: BaseException) -> bool:
        if isinstance(exc, InvalidInput):
            field = ALIASES.get(exc.field or "", exc.field)
            for form in self.forms:
                if field in form.fields:
                    form.set_error(field, say(exc))
        return False  # and in a dialog

    def open_plan(self, path: str = "") -> bool:
        path = path or dialogs.open_file(self, self.tr("Open a plan"),
                                         self.tr("Plan (*.json);;All files (*)"), "audit")
        if not path or not self.may_replace():
            return False
        try:
            plan = counting.read_plan(path)
        except InvalidInput as exc:
            dialogs.warn(self, self.tr("Not a plan"), say(exc))
            return False
        self._ready(path, plan)
        return True

    def _ready(self, path: str, plan: dict[str, Any]) -> None:
        self.result_label.setText(self.tr("{path}\n{what}\nAttestation {id} as of {as_of}.\n"
                                          "Nonce {nonce}\nSeed {seed}").format(
            path=path, what=describe_plan(plan), id=plan["attestation"]["attestation_id"],
            as_of=plan["attestation"]["as_of"], nonce=plan["nonce"], seed=plan["seed"]))
        self.result_box.show()
        self._nonce_note()  # drawn now, when it was not there
        self.plan_ready.emit(path, plan)

    def _update(self) -> None:
        self.make_button.setEnabled(not self.busy)
        self.open_button.setEnabled(not self.busy)


class SheetsPage(QWidget):
    """Step 2: the count sheets to print, and the results sheet to fill in."""

    written = Signal(object)  # what `write_sheet` returned

    def __init__(self, host: AuditWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.job: Job | None = None
        intro = QLabel(self.tr(
            "The count sheets list the holdings to count by site and location, with blank "
            "columns for what is found, a re-gauge form for each tank and one for each gas "
            "inventory, and lines for the signatures. The count is blind: no recorded weight "
            "or volume is shown. The results sheet (CSV) is the same list to fill in on a "
            "computer; the Count step fills in the same columns."))
        intro.setWordWrap(True)
        self.pdf_button = button(self.tr("Write the count sheets (PDF, to print)…"),
                                 "write_pdf", lambda: self.write(".pdf"), primary=True)
        self.csv_button = button(self.tr("Write the results sheet (CSV)…"), "write_csv",
                                 lambda: self.write(".csv"))
        self.progress = ProgressPanel()
        self.result_label = QLabel()
        self.result_label.setObjectName("sheets_result")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.csv_button)
        buttons.addStretch(1)
        self.next_button = button(self.tr("Next: the count ›"), "to_count", lambda: None)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_label)
        layout.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        self.update_buttons()

    def write(self, suffix: str, out: str = "") -> Job | None:
        """Ask where, then write the PDF or the CSV off the GUI thread."""
        plan_path = self.host.plan_path
        if (self.job is not None and not self.job.done) or not plan_path:
            return None
        stem = Path(plan_path).stem
        if suffix == ".pdf":
            title, name = self.tr("Save the count sheets"), f"{stem}-sheets.pdf"
            filters = self.tr("PDF (*.pdf)")
        else:
            title, name = self.tr("Save the results sheet"), f"{stem}-results.csv"
            filters = self.tr("Results sheet (*.csv)")
        out = out or dialogs.save_file(self, title, name, filters, "audit")
        if not out:
            return None
        if Path(out).suffix.lower() != suffix:
            out += suffix

        def work(task: Any) -> dict[str, Any]:  # the dialog asked before replacing a file
            return counting.write_sheet(plan_path, out, overwrite=True, task=task)

        self.job = (Op(self, work, label="count sheets")
                    .progress(self.progress, self.tr("Writing {name}…").format(
                        name=Path(out).name), cancellable=suffix == ".pdf")
                    .success(self._written)
                    .after(self.update_buttons)
                    .run())
        self.update_buttons()
        return self.job

    def _written(self, info: dict[str, Any]) -> None:
        what = (self.tr("{pages} page(s)").format(pages=info["pages"]) if info["pages"] else
                self.tr("the results sheet to fill in"))
        self.result_label.setText(self.tr("Written to {path}: {holdings} holdings at {sites}, "
                                          "{what}.").format(
            path=info["path"], holdings=f"{info['holdings']:,}", sites=", ".join(info["sites"]),
            what=what))
        set_role(self.result_label, "ok")
        self.written.emit(info)

    def update_buttons(self) -> None:
        busy = self.job is not None and not self.job.done
        for button in (self.pdf_button, self.csv_button):
            button.setEnabled(not busy and bool(self.host.plan_path))
