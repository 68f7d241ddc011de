"""The auditor's Verify view: drop a report, attestation or proof, see every check.

Above the checks it shows the signed figures (custodian, as-of, scope, totals, each
token's coverage or shortfall), read from the statement the verifier checked, not from
a report's drawing; a shortfall is red.

Works without a ledger (`ctx` may be None): everything it needs is the file,
the trust policy the auditor already holds, and for an attestation optionally
its leaves and the previous attestation. Verification runs off the GUI thread
and never forks (`app.gui` forbids it: forking a process that runs Qt threads is
unsafe). A holding's inclusion proof can be made from an attestation and its
leaves, verified at once, and saved for a token holder.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QTextOption
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import InvalidInput, TijoriError
from app.gui import dialogs, settings
from app.gui.checklist import FAIL_COLOUR, Checklist, checks_of
from app.gui.file_field import FileField
from app.gui.forms import Form
from app.gui.look import set_role
from app.gui.ops import Op
from app.gui.palette import FRAME, INK
from app.gui.progress import ProgressPanel
from app.gui.screen_fit import scrolled
from app.gui.workers import Job
from app.services import figures as signed
from app.services import verifying

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


class FittedText(QTextBrowser):
    """Read-only rich text as tall as its contents, wrapping a long word (a Merkle root,
    a ledger id) anywhere rather than widening the column; selectable, so that a figure
    can be copied exactly as signed. The page around it scrolls, not this."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet("QTextBrowser { background: transparent; }")
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().setDocumentMargin(0)
        self.document().documentLayout().documentSizeChanged.connect(lambda _size: self._fit())

    def _fit(self) -> None:
        height = int(self.document().size().height() + 0.999) + 2 * self.frameWidth()
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.height())

    def sizeHint(self) -> QSize:
        return QSize(400, self.height())

    def wheelEvent(self, event) -> None:
        event.ignore()  # nothing to scroll in here: the page scrolls


class FiguresPanel(QFrame):
    """The signed figures of a verdict, as read from its statement: a heading, then one
    line each, read-only and selectable (to copy), a shortfall in red."""

    INDENT = 18  # pixels, for a line under a section's heading
    HANG = 14  # pixels: a line that wraps goes on indented under its start

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signed_figures")
        self.setProperty("role", "card")
        self.heading = QLabel()
        self.heading.setObjectName("signed_figures_heading")
        self.heading.setWordWrap(True)
        self.text = FittedText()
        self.text.setObjectName("signed_figures_text")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        self.lines: list[str] = []
        self.valid: bool | None = None
        self.hide()

    def clear(self) -> None:
        self.lines, self.valid = [], None
        self.heading.clear()
        self.text.clear()
        self.hide()

    def show_figures(self, lines: list[str], valid: bool) -> None:
        """Show `lines` (a verdict's `figures`); `valid` is the verdict's bottom line: the
        figures are the signers' only when it holds, and the heading says so."""
        self.lines, self.valid = list(lines), bool(valid)
        if not self.lines:
            self.clear()
            return
        if valid:
            self.heading.setText(self.tr("Signed figures, read from the statement the "
                                         "custodians and auditors signed"))
            self.heading.setStyleSheet(f"font-weight: 600; color: {INK};")
        else:
            self.heading.setText(self.tr("Figures as the statement states them. NOT VALID: "
                                         "do not rely on them; see the checks below."))
            self.heading.setStyleSheet(f"font-weight: 600; color: {FAIL_COLOUR};")
        self.text.setHtml("".join(self._html(line) for line in self.lines))
        self.show()

    def _html(self, line: str) -> str:
        style = ["margin-top: 0px", "margin-bottom: 0px",
                 f"margin-left: {self.INDENT * signed.level(line) + self.HANG}px",
                 f"text-indent: -{self.HANG}px"]
        if signed.is_heading(line):
            style += ["margin-top: 6px", "font-weight: 600"]
        if signed.is_alert(line):
            style += [f"color: {FAIL_COLOUR}", "font-weight: 700"]
        return f'<p style="{"; ".join(style)}">{escape(str(line))}</p>'

    def alerts(self) -> list[str]:
        """The lines shown in red (the shortfalls), in order."""
        return [line for line in self.lines if signed.is_alert(line)]


class VerifyPage(QWidget):
    """Drop or pick a file, choose the policy, read the verdict check by check."""

    #: A verification ended with this verdict (as `verdict.as_json()`).
    verified = Signal(object)

    def __init__(self, ctx: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job: Job | None = None
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
        self.verify_button.clicked.connect(self.verify)

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

        # The result: what was checked, the banner, the checks.
        self.subject = QLabel(self.tr("The verdict appears here, check by check."))
        self.subject.setWordWrap(True)
        set_role(self.subject, "hint")
        self.figures = FiguresPanel()
        self.checklist = Checklist()
        result = QWidget()
        result_layout = QVBoxLayout(result)
        result_layout.addWidget(self.subject)
        result_layout.addWidget(self.figures)  # what the statement says, read first
        result_layout.addWidget(self.checklist)
        result_layout.addStretch(1)
        result_scroll = scrolled(result)

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
        """Take a file (picked or dropped) and verify it at once if the policy is chosen."""
        self.set_file(path)
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

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def verify(self) -> Job | None:
        """Verify the chosen file off the GUI thread; None when something is missing."""
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
            return verifying.verify_file(path, policy, leaves=leaves, previous=previous)

        subject = self.tr("{name}, against the policy {policy}").format(
            name=Path(path).name, policy=Path(policy).name)
        return self._start(work, "verify", self.tr("Verifying {name}…").format(
            name=Path(path).name), subject, lambda verdict: verdict)

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
            return verifying.lookup_proof(attestation, leaves, holding, policy)

        def unpack(result: Any) -> Any:
            _info, data, verdict = result
            self.proof_data, self.proof_holding = data, holding
            self.save_proof_button.setEnabled(True)
            return verdict

        self.proof_data = None
        self.save_proof_button.setEnabled(False)
        subject = self.tr("Inclusion proof of holding {holding} in {name}").format(
            holding=holding, name=Path(attestation).name)
        return self._start(work, "proof",
                           self.tr("Making the proof of holding {holding}…").format(
                               holding=holding), subject, unpack)

    def _start(self, work: Callable[[Any], Any], label: str, text: str, subject: str,
               unpack: Callable[[Any], Any]) -> Job:
        self._say("")
        self.figures.clear()
        self.checklist.clear()
        self.subject.setText(subject)

        self.job = (Op(self, work, label=label)
                    .progress(self.progress, text)
                    .success(lambda result: self._show(unpack(result)))
                    .failure(self._failed)
                    .after(self._update_buttons)
                    .run())
        self._update_buttons()
        return self.job

    def _show(self, verdict: Any) -> None:
        self.figures.show_figures(getattr(verdict, "figures", []), checks_of(verdict)[0])
        self.checklist.show_verdict(verdict)
        failures = self.checklist.failures
        if failures:
            self.subject.setText(self.subject.text() + "\n" + self.tr(
                "{count} check(s) failed; the first: {name}: {reason}").format(
                    count=len(failures), name=failures[0]["check"],
                    reason=failures[0]["reason"]))
        self.verified.emit(verdict.as_json() if hasattr(verdict, "as_json") else verdict)

    def _failed(self, exc: BaseException) -> bool:
        """Not checked: said on the page, and in a dialog by `Op` (False)."""
        self.figures.clear()
        self.checklist.clear()
        if isinstance(exc, TijoriError):
            self.checklist.set_banner(self.tr("NOT CHECKED"), None)
            self._say(str(exc))
        return False

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
