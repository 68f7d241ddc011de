"""The auditor's Verify view: drop a report, attestation or proof, see every check.

The result leads with the bottom line and the summary of the signed statement
(custodian, as-of and its age, scope, totals, each token's coverage or shortfall), read
from the statement the verifier checked, not from a report's drawing; then two separate
blocks, as a PDF reader's signature panel separates them: **Integrity** (signatures,
hashes, the policy: ✓ ✗ !) and **Findings** (shortfall in red, partial scope and what
could not be checked in amber: never a green tick beside a shortfall). A PDF gets a
first look as soon as it is opened, before any policy is chosen: its signature checked,
and the embedded policy's fingerprint words to compare with the auditor's own; the
verdict comes only with the auditor's policy. The verification record (every check,
the summary, each input's SHA-256, the version and the time) is saved as PDF or text.

Works without a ledger (`ctx` may be None): everything it needs is the file,
the trust policy the auditor already holds, and for an attestation optionally
its leaves and the previous attestation. Verification runs off the GUI thread
and never forks (`app.gui` forbids it: forking a process that runs Qt threads is
unsafe). A holding's inclusion proof can be made from an attestation and its
leaves, verified at once, and saved for a token holder.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import InvalidInput, TijoriError
from app.gui import dialogs, settings
from app.gui.checklist import Checklist
from app.gui.file_field import FileField
from app.gui.forms import Form
from app.gui.i18n import say
from app.gui.look import set_role
from app.gui.ops import Op
from app.gui.palette import FRAME
from app.gui.progress import ProgressPanel
from app.gui.screen_fit import scrolled
from app.gui.verify_panels import (
    Banner,
    Block,
    FiguresPanel,
    FindingsList,
    FirstLookPanel,
    findings_heading,
    integrity_heading,
)
from app.gui.workers import Job
from app.services import first_look, verification_record, verifying
from app.services.verification_record import Verification

POLICY_SETTING = "verify/policy"


def existing_file(text: str) -> None:
    """A form check: the path names a file that is there."""
    if not Path(text).is_file():
        raise InvalidInput(f"there is no file {text}")


def holding_number(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise InvalidInput("a holding id is a whole number, 1 or more", "holding")
    return int(text)


def local_files(mime: Any) -> list[str]:
    """The local files among a drag's URLs."""
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]


class VerifyPage(QWidget):
    """Drop or pick a file, choose the policy, read the verdict check by check."""

    #: A verification ended with this result (as `Verification.as_json()`: the verdict's
    #: checks and blocks, the summary, the inputs' digests).
    verified = Signal(object)
    #: A PDF's first look was shown (as `FirstLook.as_json()`).
    looked = Signal(object)

    def __init__(self, ctx: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job: Job | None = None
        self.verification: Verification | None = None
        self.proof_data: bytes | None = None
        self.proof_holding = 0
        self.setAcceptDrops(True)

        title = QLabel(self.tr("Verify"))
        set_role(title, "title")
        subtitle = QLabel(self.tr(
            "Drop a signed report (the PDF, or its JSON bundle report.json), an attestation "
            "or a proof file here, or choose it. Only the trust policy you hold is trusted. "
            "The figures shown are read from the signed statement itself, not from the "
            "report's drawing. Nothing is changed, and nothing leaves this computer."))
        subtitle.setWordWrap(True)
        set_role(subtitle, "subtitle")

        # What to verify: the drop zone.
        self.drop_zone = QFrame()
        self.drop_zone.setObjectName("drop_zone")
        self.drop_zone.setMinimumHeight(130)
        self.drop_zone.setStyleSheet("QFrame#drop_zone { background: white; border: 2px dashed "
                                     f"{FRAME}; border-radius: 8px; }}")
        zone = QVBoxLayout(self.drop_zone)
        drop_hint = QLabel(self.tr("Drop a file here"))
        drop_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(drop_hint, "subtitle")
        self.file_label = QLabel(self.tr("No file chosen yet."))
        self.file_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.file_label.setWordWrap(True)
        set_role(self.file_label, "hint")
        self.choose_button = QPushButton(self.tr("Choose a file…"))
        self.choose_button.clicked.connect(self.choose_file)
        zone.addWidget(drop_hint)
        zone.addWidget(self.file_label)
        zone.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignCenter)
        self.path = ""

        # The trust policy and the optional extras for an attestation.
        form_box = QWidget()
        self.form = Form(QFormLayout(form_box))
        self.policy_field = FileField(self.tr("The trust policy you hold"),
                                      self.tr("Trust policy (*.json);;All files (*)"),
                                      key="policies")
        self.form.add("policy", self.tr("Trust policy:"), self.policy_field, existing_file,
                      hint=self.tr("Remembered for next time."))
        self.leaves_field = FileField(self.tr("The attestation's leaves"),
                                      self.tr("Leaves (*.jsonl);;All files (*)"), key="leaves")
        self.form.add("leaves", self.tr("Leaves:"), self.leaves_field, existing_file,
                      required=False,
                      hint=self.tr("Optional, for an attestation: recompute its root and "
                                   "totals."))
        self.previous_field = FileField(self.tr("The previous attestation"),
                                        self.tr("Attestation (*.json);;All files (*)"),
                                        key="attestations")
        self.form.add("previous", self.tr("Previous attestation:"), self.previous_field,
                      existing_file, required=False,
                      hint=self.tr("Optional, for an attestation: check the chain link."))
        self.form.finish()
        self.policy_field.setText(settings.value(POLICY_SETTING))

        self.verify_button = QPushButton(self.tr("Verify"))
        set_role(self.verify_button, "primary")
        self.verify_button.clicked.connect(lambda: self.verify())

        # One holding's inclusion proof.
        self.proof_box = QGroupBox(self.tr("Look up one holding's inclusion proof"))
        self.proof_form = Form(QFormLayout())
        self.proof_box.setLayout(self.proof_form.layout)
        self.attestation_field = FileField(self.tr("The attestation"),
                                           self.tr("Attestation (*.json);;All files (*)"),
                                           key="attestations")
        self.proof_form.add("attestation", self.tr("Attestation:"), self.attestation_field,
                            existing_file)
        self.proof_leaves_field = FileField(self.tr("The attestation's leaves"),
                                            self.tr("Leaves (*.jsonl);;All files (*)"),
                                            key="leaves")
        self.proof_form.add("leaves", self.tr("Leaves:"), self.proof_leaves_field, existing_file)
        self.holding_field = QLineEdit()
        self.holding_field.setPlaceholderText(self.tr("e.g. 1042"))
        self.proof_form.add("holding", self.tr("Holding id:"), self.holding_field,
                            holding_number)
        self.proof_form.finish()
        self.proof_button = QPushButton(self.tr("Make and verify the proof"))
        self.proof_button.clicked.connect(self.look_up_proof)
        self.save_proof_button = QPushButton(self.tr("Save the proof…"))
        self.save_proof_button.setEnabled(False)
        self.save_proof_button.clicked.connect(self.save_proof)
        proof_buttons = QHBoxLayout()
        proof_buttons.addWidget(self.proof_button)
        proof_buttons.addWidget(self.save_proof_button)
        proof_buttons.addStretch(1)
        self.proof_form.layout.addRow(proof_buttons)

        self.progress = ProgressPanel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("verify_status")
        set_role(self.status, "error")
        self.status.hide()

        # The result: what was checked, the bottom line, the summary, the two blocks.
        self.subject = QLabel(self.tr("The verdict appears here, check by check."))
        self.subject.setWordWrap(True)
        set_role(self.subject, "hint")
        self.banner = Banner()
        self.figures = FiguresPanel()
        self.checklist = Checklist()
        self.integrity_box = Block("integrity_block", self.checklist)
        self.findings = FindingsList()
        self.findings_box = Block("findings_block", self.findings)
        self.first_look = FirstLookPanel()
        self.record_button = QPushButton(self.tr("Save verification record…"))
        self.record_button.setToolTip(self.tr(
            "Every check with its result, the summary, the SHA-256 of each file read, the "
            "Tijori version and the time: as PDF or plain text, to file."))
        self.record_button.clicked.connect(self.save_record)
        result = QWidget()
        result_layout = QVBoxLayout(result)
        result_layout.addWidget(self.subject)
        result_layout.addWidget(self.banner)
        result_layout.addWidget(self.record_button, 0, Qt.AlignmentFlag.AlignRight)
        result_layout.addWidget(self.figures)  # what the statement says, read first
        # The findings (a few lines, what an auditor weighs) before the integrity checks
        # (a long list, each ✓ when all is well): both in view, and never mixed.
        result_layout.addWidget(self.findings_box)
        result_layout.addWidget(self.integrity_box)
        result_layout.addWidget(self.first_look)
        result_layout.addStretch(1)
        result_scroll = scrolled(result)
        self._clear_result()

        left = QWidget()
        left.setMaximumWidth(560)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.drop_zone)
        left_layout.addWidget(form_box)
        left_layout.addWidget(self.verify_button, 0, Qt.AlignmentFlag.AlignLeft)
        left_layout.addWidget(self.proof_box)
        left_layout.addStretch(1)
        left_scroll = scrolled(left)
        for label in left.findChildren(QLabel):
            label.setWordWrap(True)  # the forms' hints wrap rather than widen the column
        left_scroll.setMinimumWidth(420)
        left_scroll.setMaximumWidth(580)

        columns = QHBoxLayout()
        columns.addWidget(left_scroll, 2)
        columns.addWidget(result_scroll, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(columns, 1)

        self.form.validity.connect(lambda _ok: self._update_buttons())
        self.policy_field.editingFinished.connect(self._remember_policy)
        self.policy_field.picked.connect(lambda _path: self._remember_policy())
        self._update_buttons()

    # -- choosing what to verify ---------------------------------------------------------

    def choose_file(self) -> None:
        path = dialogs.open_file(
            self, self.tr("Choose a report, attestation or proof"),
            self.tr("Reports and attestations (*.pdf *.json);;All files (*)"), "verify")
        if path:
            self.open_path(path)

    def set_file(self, path: str) -> None:
        self.path = path
        self.file_label.setText(Path(path).name)
        self.file_label.setToolTip(path)
        self._update_buttons()

    def open_path(self, path: str) -> Job | None:
        """Take a file (picked or dropped): a PDF gets its first look at once (then its
        verdict if the policy is chosen); any other file is verified if it is."""
        self.set_file(path)
        if first_look.is_pdf(path):
            return self.look()
        return self.verify()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = local_files(event.mimeData())
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_path(files[0])

    def _remember_policy(self) -> None:
        path = self.policy_field.path
        if path and Path(path).is_file():
            settings.set_value(POLICY_SETTING, str(Path(path).resolve()))

    # -- running ------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.job is not None and not self.job.done

    def _update_buttons(self) -> None:
        idle = not self.busy
        self.verify_button.setEnabled(idle and bool(self.path))
        self.proof_button.setEnabled(idle)
        self.choose_button.setEnabled(idle)
        self.record_button.setEnabled(idle and self.verification is not None
                                      and bool(self.verification.inputs))

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def look(self) -> Job | None:
        """A PDF's first look, off the GUI thread: its signature checked and the embedded
        policy's words, before any policy is chosen; then its verdict, if the policy is."""
        if self.busy or not self.path:
            return None
        path = self.path
        self._say("")
        self._clear_result()
        self.subject.setText(self.tr("{name}: a first look, before any trust policy").format(
            name=Path(path).name))
        self.job = (Op(self, lambda task: first_look.first_look(path), label="first look")
                    .progress(self.progress, self.tr("Looking at {name}…").format(
                        name=Path(path).name))
                    .success(self._looked)
                    .failure(self._failed)
                    .after(self._update_buttons)
                    .run())
        self._update_buttons()
        return self.job

    def _looked(self, look: Any) -> None:
        data = look.as_json()
        self.first_look.show_look(data)
        self.looked.emit(data)
        if self.form.revalidate(show=True):  # the policy is there: the verdict follows
            self.verify(keep_look=True)
        else:
            self.subject.setText(self.subject.text() + "\n" + self.tr(
                "Choose the trust policy you hold for a verdict."))

    def verify(self, keep_look: bool = False) -> Job | None:
        """Verify the chosen file off the GUI thread; None when something is missing.
        `keep_look`: keep the first look of the PDF being verified on the page."""
        if self.busy:
            return None
        if not self.path:
            self._say(self.tr("Choose or drop the file to verify first."))
            return None
        if not self.form.touch_all():
            self._say(self.tr("Choose the trust policy you hold, then verify."))
            return None
        self._remember_policy()
        values = self.form.values()
        path, policy = self.path, values["policy"]
        leaves, previous = values["leaves"] or None, values["previous"] or None

        def work(task) -> Any:
            return verification_record.verify(path, policy, leaves=leaves, previous=previous)

        subject = self.tr("{name}, against the policy {policy}").format(
            name=Path(path).name, policy=Path(policy).name)
        keep = keep_look or (self.first_look.look is not None
                             and self.first_look.look.get("file") == path)
        return self._start(work, "verify", self.tr("Verifying {name}…").format(
            name=Path(path).name), subject, lambda result: result, keep_look=keep)

    def look_up_proof(self) -> Job | None:
        """Make one holding's inclusion proof from an attestation and its leaves, and verify it."""
        if self.busy:
            return None
        proof_ok = self.proof_form.touch_all()
        policy_ok = self.form.touch_all()
        if not (proof_ok and policy_ok):
            self._say(self.tr("Fill in the attestation, its leaves, the holding id and the "
                              "trust policy."))
            return None
        self._remember_policy()
        values = self.proof_form.values()
        attestation, leaves = values["attestation"], values["leaves"]
        holding = holding_number(values["holding"])
        policy = self.form.value("policy")

        def work(task) -> Any:
            now = datetime.now(UTC)
            _info, data, verdict = verifying.lookup_proof(attestation, leaves, holding, policy,
                                                          now=now)
            return data, verification_record.of_verdict(
                f"proof of holding {holding}", verdict, now)

        def unpack(result: Any) -> Any:
            data, verification = result
            self.proof_data, self.proof_holding = data, holding
            self.save_proof_button.setEnabled(True)
            return verification

        self.proof_data = None
        self.save_proof_button.setEnabled(False)
        subject = self.tr("Inclusion proof of holding {holding} in {name}").format(
            holding=holding, name=Path(attestation).name)
        return self._start(work, "proof",
                           self.tr("Making the proof of holding {holding}…").format(
                               holding=holding), subject, unpack)

    def _clear_result(self, keep_look: bool = False) -> None:
        self.verification = None
        self.banner.clear()
        self.figures.clear()
        self.checklist.clear()
        self.findings.clear()
        self.integrity_box.hide()
        self.findings_box.hide()
        self.record_button.hide()
        if not keep_look:
            self.first_look.clear()

    def _start(self, work: Callable[[Any], Any], label: str, text: str, subject: str,
               unpack: Callable[[Any], Any], keep_look: bool = False) -> Job:
        self._say("")
        self._clear_result(keep_look)
        self.subject.setText(subject)

        self.job = (Op(self, work, label=label)
                    .progress(self.progress, text)
                    .success(lambda result: self._show(unpack(result)))
                    .failure(self._failed)
                    .after(self._update_buttons)
                    .run())
        self._update_buttons()
        return self.job

    def _show(self, verification: Verification) -> None:
        self.verification = verification
        data = verification.as_json()
        verdict = verification.verdict
        self.banner.show_outcome(verification.outcome, len(verdict.attention))
        summary = verification.summary
        self.figures.show_figures(summary.lines() if summary else [], verdict.intact)
        self.checklist.show_checks(data["integrity"], verdict.intact)
        self.checklist.banner.hide()  # the bottom line is the page's banner, above
        self.integrity_box.set_heading(*integrity_heading(verdict.integrity))
        self.integrity_box.show()
        self.findings.show_findings(data["findings"])
        self.findings_box.set_heading(*findings_heading(verdict.findings, verdict.intact))
        self.findings_box.show()
        if self.first_look.look is not None:
            self.first_look.set_verdict_shown(True)
        self.record_button.show()
        failures = verdict.failures
        if failures:
            self.subject.setText(self.subject.text() + "\n" + self.tr(
                "{count} check(s) failed; the first: {name}: {reason}").format(
                    count=len(failures), name=failures[0].name, reason=say(failures[0].reason)))
        self.verified.emit(data)

    def _failed(self, exc: BaseException) -> bool:
        """Not checked: said on the page, and in a dialog by `Op` (False)."""
        self._clear_result()
        if isinstance(exc, TijoriError):
            self.banner.show_outcome("")
            self._say(say(exc))
        return False

    def save_record(self) -> Job | None:
        """Save the verification record where the auditor chooses: PDF or plain text."""
        verification = self.verification
        if verification is None or self.busy:
            return None
        out = dialogs.save_file(
            self, self.tr("Save the verification record"),
            f"{Path(verification.path).stem}-verification.pdf",
            self.tr("Verification record, PDF (*.pdf);;Verification record, text (*.txt)"),
            "records")
        if not out:
            return None

        def work(task) -> str:  # the save dialog asked before replacing a file
            return verification_record.save(verification, out, overwrite=True)

        def saved(path: str) -> None:
            self._say("")
            self.subject.setText(self.subject.text() + "\n" + self.tr(
                "Saved the verification record to {path}.").format(path=path))

        self.job = (Op(self, work, label="record")
                    .progress(self.progress, self.tr("Saving the verification record…"))
                    .success(saved)
                    .after(self._update_buttons)
                    .run())
        self._update_buttons()
        return self.job

    def save_proof(self) -> None:
        if self.proof_data is None:
            return
        out = dialogs.save_file(self, self.tr("Save the inclusion proof"),
                                f"proof-{self.proof_holding}.json",
                                self.tr("Proof (*.json)"), "proofs")
        if not out:
            return
        try:
            verifying.save_proof(self.proof_data, out)
        except TijoriError as exc:
            dialogs.show_error(self, exc)
            return
        self._say("")
        self.subject.setText(self.subject.text() + "\n" + self.tr("Saved to {path}.").format(
            path=out))
