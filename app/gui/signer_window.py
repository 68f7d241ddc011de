"""Signer mode (`tijori gui --signer`): the minimal window of the air-gapped signing PC.

No ledger, nothing networked. The signer pins the trust policy this PC
trusts, picks their key file, loads a signing request (a file, or the QR
images of one), reads what it asks in large type with every check the signer
makes, and only then types the key passphrase and signs. The response goes
to a file or is shown as one QR code for the terminal's camera.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QTextOption
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import InvalidInput, TijoriError
from app.gui import dialogs, settings
from app.gui.checklist import Checklist
from app.gui.look import icon, set_role
from app.gui.progress import ProgressPanel
from app.gui.qr_widgets import QrFramesView
from app.gui.workers import Job, run_free
from app.services import keys, qr, signing

POLICY_SETTING = "signer/policy"
KEY_SETTING = "signer/key"
#: Large type for reading at arm's length on the signing PC.
WINDOW_STYLE = ("QWidget { font-size: 14pt; } QGroupBox { font-weight: 600; } "
                'QLabel[role="title"] { font-size: 20pt; font-weight: 600; color: #1f3b57; }')
SUMMARY_POINTS = 15


def _scroll(inner: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(inner)
    return area


def _message(label: QLabel, text: str, good: bool = False) -> None:
    label.setText(text)
    set_role(label, "ok" if good else "error")
    label.setVisible(bool(text))


def tr(text: str) -> str:
    return QCoreApplication.translate("SignerWindow", text)


def policy_lines(info: dict[str, Any]) -> str:
    """A pinned policy in a few lines: name, version, expiry, digest, each role's keys."""
    lines = [tr("{name} — version {version}, expires {expires}").format(
                 name=info["name"], version=info["version"], expires=info["expires"]),
             tr("digest {digest}…").format(digest=info["digest"][:32])]
    for role, spec in sorted(info["roles"].items()):
        lines.append(tr("{role}: {threshold} of {count} ({names})").format(
            role=role, threshold=spec["threshold"], count=len(spec["keys"]),
            names=", ".join(k["name"] for k in spec["keys"])))
    return "\n".join(lines)


class SignerWindow(QMainWindow):
    """Pin a policy, pick the key, load a request, review, sign, hand back the response."""

    #: The request was checked: the `signing.Prepared` (ok or refused).
    prepared_ready = Signal(object)
    #: The request was signed: the response document's bytes.
    signed = Signal(bytes)
    #: Something stopped the work: the plain message shown.
    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tijori signer — offline"))
        self.setWindowIcon(icon("tijori-signer"))
        self.setStyleSheet(WINDOW_STYLE)
        self.policy_path = ""
        self.policy_info: dict[str, Any] | None = None
        self.key_path = ""
        self.key_info: dict[str, Any] | None = None
        self.request_data: bytes | None = None
        self.request_source = ""
        self.prepared: signing.Prepared | None = None
        self.response: bytes | None = None
        self.saved_to = ""
        self.job: Job | None = None
        self.qr_view: QrFramesView | None = None

        title = QLabel(self.tr("Offline signer"))
        set_role(title, "title")
        subtitle = QLabel(self.tr("No ledger is opened here and nothing uses the network. "
                                  "Read what the request asks before you sign it."))
        subtitle.setWordWrap(True)
        set_role(subtitle, "subtitle")

        # 1. The pinned policy.
        self.policy_label = QLabel(self.tr("No policy pinned yet."))
        self.policy_label.setWordWrap(True)
        self.policy_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.policy_error = QLabel()
        self.policy_error.setWordWrap(True)
        self.policy_error.hide()
        self.policy_button = QPushButton(self.tr("Pin a policy…"))
        self.policy_button.clicked.connect(self.choose_policy)
        policy_box = self._step(self.tr("1. The trust policy pinned on this PC"),
                                self.policy_label, self.policy_error, [self.policy_button])

        # 2. The signer's key.
        self.key_label = QLabel(self.tr("No key chosen yet."))
        self.key_label.setWordWrap(True)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_error = QLabel()
        self.key_error.setWordWrap(True)
        self.key_error.hide()
        self.key_button = QPushButton(self.tr("Choose your key file…"))
        self.key_button.clicked.connect(self.choose_key)
        key_box = self._step(self.tr("2. Your key"), self.key_label, self.key_error,
                             [self.key_button])

        # 3. The request.
        self.request_label = QLabel(self.tr("No request loaded yet."))
        self.request_label.setWordWrap(True)
        self.request_error = QLabel()
        self.request_error.setObjectName("request_error")
        self.request_error.setWordWrap(True)
        self.request_error.hide()
        self.request_file_button = QPushButton(self.tr("Open a request file…"))
        self.request_file_button.clicked.connect(self.choose_request_file)
        self.request_qr_button = QPushButton(self.tr("Read QR images…"))
        self.request_qr_button.clicked.connect(self.choose_request_images)
        request_box = self._step(self.tr("3. The signing request"), self.request_label,
                                 self.request_error,
                                 [self.request_file_button, self.request_qr_button])

        # 4. Review: the checks and the summary, large.
        self.checklist = Checklist(valid_text=self.tr("CHECKS PASSED — READ, THEN SIGN"),
                                   invalid_text=self.tr("REFUSED — DO NOT SIGN"))
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("summary")
        self.summary.setReadOnly(True)
        self.summary.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.summary.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSize(SUMMARY_POINTS)
        self.summary.setFont(mono)
        self.summary.setStyleSheet(f"font-size: {SUMMARY_POINTS}pt; "
                                   "font-family: 'DejaVu Sans Mono', monospace;")
        self.summary.setMinimumHeight(320)
        self.summary.setPlaceholderText(self.tr("What the request asks you to sign appears "
                                                "here."))
        review_box = QGroupBox(self.tr("What you are asked to sign"))
        review = QVBoxLayout(review_box)
        review.addWidget(self.checklist)
        review.addWidget(self.summary, 1)

        # 5. Passphrase and sign.
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Your key's passphrase"))
        self.passphrase.returnPressed.connect(self.sign)
        self.passphrase.textChanged.connect(lambda _t: self._update())
        self.sign_button = QPushButton(self.tr("Sign"))
        set_role(self.sign_button, "primary")
        self.sign_button.clicked.connect(self.sign)
        self.sign_error = QLabel()
        self.sign_error.setObjectName("sign_error")
        self.sign_error.setWordWrap(True)
        self.sign_error.hide()
        self.progress = ProgressPanel()
        sign_box = QGroupBox(self.tr("4. Sign"))
        sign_layout = QVBoxLayout(sign_box)
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.sign_button)
        sign_layout.addLayout(row)
        sign_layout.addWidget(self.sign_error)
        sign_layout.addWidget(self.progress)

        # 6. The response.
        self.response_label = QLabel(self.tr("Nothing signed yet."))
        self.response_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save the response file…"))
        self.save_button.clicked.connect(self.save_response)
        self.qr_button = QPushButton(self.tr("Show it as a QR code"))
        self.qr_button.clicked.connect(self.show_qr)
        self.next_button = QPushButton(self.tr("Next request"))
        self.next_button.clicked.connect(self.clear_request)
        self.qr_area = QVBoxLayout()
        response_box = self._step(self.tr("5. Hand back the response"), self.response_label,
                                  None, [self.save_button, self.qr_button, self.next_button],
                                  stacked=True)

        # Steps on the left; what is being signed (and the QR code) large on the right.
        steps = QWidget()
        left = QVBoxLayout(steps)
        left.setContentsMargins(0, 0, 0, 0)
        for box in (policy_box, key_box, request_box, sign_box, response_box):
            left.addWidget(box)
        left.addStretch(1)
        review_side = QWidget()
        right = QVBoxLayout(review_side)
        right.setContentsMargins(0, 0, 0, 0)
        right.addLayout(self.qr_area)
        right.addWidget(review_box, 1)
        self.review_scroll = _scroll(review_side)
        columns = QHBoxLayout()
        self.steps_scroll = steps_scroll = _scroll(steps)
        steps_scroll.setMinimumWidth(540)
        steps_scroll.setMaximumWidth(700)
        self.response_box = response_box
        columns.addWidget(steps_scroll, 2)
        columns.addWidget(self.review_scroll, 3)
        central = QWidget()
        page = QVBoxLayout(central)
        page.addWidget(title)
        page.addWidget(subtitle)
        page.addLayout(columns, 1)
        self.setCentralWidget(central)
        self.resize(1280, 800)
        geometry = settings.geometry("signer")
        if geometry is not None:
            self.restoreGeometry(geometry)

        remembered_policy = settings.value(POLICY_SETTING)
        if remembered_policy and Path(remembered_policy).is_file():
            self.pin_policy(remembered_policy)
        remembered_key = settings.value(KEY_SETTING)
        if remembered_key and Path(remembered_key).is_file():
            self.use_key(remembered_key)
        self._update()

    def _step(self, title: str, text: QLabel, error: QLabel | None,
              buttons: list[QPushButton], *, stacked: bool = False) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.addWidget(text)
        if error is not None:
            layout.addWidget(error)
        row = QVBoxLayout() if stacked else QHBoxLayout()
        for button in buttons:
            if stacked:
                row.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            else:
                row.addWidget(button)
        if not stacked:
            row.addStretch(1)
        layout.addLayout(row)
        return box

    # -- state -----------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.job is not None and not self.job.done

    def _update(self) -> None:
        idle = not self.busy
        ready = idle and self.prepared is not None and self.prepared.ok \
            and self.response is None
        self.passphrase.setEnabled(ready)
        self.sign_button.setEnabled(ready and bool(self.passphrase.text()))
        for button in (self.policy_button, self.key_button, self.request_file_button,
                       self.request_qr_button):
            button.setEnabled(idle)
        has_response = self.response is not None
        self.save_button.setEnabled(has_response and idle)
        self.qr_button.setEnabled(has_response and idle)
        self.next_button.setEnabled(idle and (self.request_data is not None or has_response))

    def _forget_review(self) -> None:
        self.prepared = None
        self.response = None
        self.saved_to = ""
        self.checklist.clear()
        self.summary.clear()
        self.passphrase.clear()
        _message(self.sign_error, "")
        self.response_label.setText(self.tr("Nothing signed yet."))
        self._drop_qr()

    def _drop_qr(self) -> None:
        if self.qr_view is not None:
            self.qr_area.removeWidget(self.qr_view)
            self.qr_view.deleteLater()
            self.qr_view = None

    # -- 1. policy ------------------------------------------------------------------------

    def choose_policy(self) -> None:
        path = dialogs.open_file(self, self.tr("Pin the trust policy"),
                                 self.tr("Trust policy (*.json);;All files (*)"), "policies")
        if path:
            self.pin_policy(path)

    def pin_policy(self, path: str) -> bool:
        """Pin the policy at `path` if it holds now; say why not otherwise."""
        try:
            info = keys.show_policy(path)
        except TijoriError as exc:
            return self._policy_refused(str(exc))
        if not info["valid"] or "roles" not in info:
            reasons = "; ".join(c["reason"] for c in info["checks"] if not c["passed"])
            return self._policy_refused(self.tr("This policy does not hold: {reasons}.").format(
                reasons=reasons))
        self.policy_path, self.policy_info = str(path), info
        settings.set_value(POLICY_SETTING, str(Path(path).resolve()))
        self.policy_label.setText(policy_lines(info))
        _message(self.policy_error, "")
        self._describe_key()
        self._recheck()
        return True

    def _policy_refused(self, text: str) -> bool:
        _message(self.policy_error, text)
        self.refused.emit(text)
        return False

    # -- 2. key ---------------------------------------------------------------------------

    def choose_key(self) -> None:
        path = dialogs.open_file(self, self.tr("Choose your key file"),
                                 self.tr("Key files (*.key);;All files (*)"), "keys")
        if path:
            self.use_key(path)

    def use_key(self, path: str) -> bool:
        try:
            info = keys.show_key(path)
        except TijoriError as exc:
            _message(self.key_error, str(exc))
            return False
        if not info["private"]:
            _message(self.key_error, self.tr(
                "{path} is a public key: choose the private key file that signs.").format(
                    path=path))
            return False
        self.key_path, self.key_info = str(path), info
        settings.set_value(KEY_SETTING, str(Path(path).resolve()))
        _message(self.key_error, "")
        self._describe_key()
        self._recheck()
        return True

    def _key_roles(self) -> list[str]:
        if not (self.policy_info and self.key_info):
            return []
        return [role for role, spec in sorted(self.policy_info["roles"].items())
                if any(k["keyid"] == self.key_info["keyid"] for k in spec["keys"])]

    def _describe_key(self) -> None:
        if self.key_info is None:
            return
        info = self.key_info
        text = self.tr("{name} ({algorithm})\nkeyid {keyid}…\nwords: {words}").format(
            name=info["name"], algorithm=info["algorithm"], keyid=info["keyid"][:32],
            words=info["words"])
        if self.policy_info is not None:
            roles = self._key_roles()
            text += "\n" + (self.tr("In the pinned policy it signs as: {roles}").format(
                roles=", ".join(roles)) if roles else
                self.tr("It holds no role in the pinned policy."))
        self.key_label.setText(text)

    # -- 3. request -----------------------------------------------------------------------

    def choose_request_file(self) -> None:
        path = dialogs.open_file(self, self.tr("Open a signing request"),
                                 self.tr("Signing requests (*.json);;All files (*)"), "requests")
        if path:
            self.load_request_file(path)

    def choose_request_images(self) -> None:
        paths = dialogs.open_files(self, self.tr("Read the request's QR images"),
                                   self.tr("Images (*.png *.jpg *.jpeg *.bmp);;All files (*)"),
                                   "qr")
        if paths:
            self.load_request_images(paths)

    def load_request_file(self, path: str) -> Job | None:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            self._request_failed(self.tr("Cannot read {path}: {reason}").format(
                path=path, reason=exc.strerror))
            return None
        return self.load_request(data, str(path))

    def load_request_images(self, paths: list[str]) -> Job | None:
        """Decode the QR images off the GUI thread, then check the request they carry."""
        if self.busy:
            return None
        self._forget_review()
        source = self.tr("{count} QR image(s)").format(count=len(paths))
        self.request_label.setText(self.tr("Reading {source}…").format(source=source))

        def wire(job: Job) -> None:
            self.job = job
            self.progress.follow(job, self.tr("Reading the QR codes…"), cancellable=False)
            job.succeeded.connect(lambda data: self.load_request(data, source))
            job.failed.connect(self._job_failed(self._request_failed))
            job.finished.connect(self._update)

        job = run_free(lambda task: qr.read_qr_images([Path(p) for p in paths]), "qr")
        wire(job)
        self._update()
        return job

    def load_request(self, data: bytes, source: str) -> Job | None:
        self.request_data, self.request_source = data, source
        self.request_label.setText(source)
        _message(self.request_error, "")
        return self._recheck()

    def clear_request(self) -> None:
        self.request_data, self.request_source = None, ""
        self.request_label.setText(self.tr("No request loaded yet."))
        _message(self.request_error, "")
        self._forget_review()
        self._update()

    def _request_failed(self, text: str) -> None:
        _message(self.request_error, text)
        self.refused.emit(text)

    def _job_failed(self, show):
        """A job's failure: a user's error in words in this window, anything else a bug."""
        def handle(exc: BaseException, details: str) -> None:
            self._update()  # the job is over: the window is usable before anyone is told
            if isinstance(exc, TijoriError):
                show(str(exc))
            else:
                dialogs.show_error(self, exc, details)
        return handle

    # -- 4. review ------------------------------------------------------------------------

    def _recheck(self) -> Job | None:
        """Check the request again whenever the policy, the key or the request changes."""
        self._forget_review()
        self._update()
        if not (self.policy_path and self.key_path and self.request_data is not None):
            return None
        if self.busy:
            return None
        data, source = self.request_data, self.request_source
        policy_path, key_path = self.policy_path, self.key_path

        def work(task) -> signing.Prepared:
            return signing.prepare(data, policy_path=policy_path, key_path=key_path,
                                   source=Path(source).name or source)

        def wire(job: Job) -> None:
            self.job = job
            self.progress.follow(job, self.tr("Checking the request…"), cancellable=False)
            job.succeeded.connect(self._show_prepared)
            job.failed.connect(self._job_failed(self._request_failed))
            job.finished.connect(self._update)

        job = run_free(work, "check request")
        wire(job)
        self._update()
        return job

    def _show_prepared(self, prepared: signing.Prepared) -> None:
        self.prepared = prepared
        self.checklist.show_verdict(prepared.verdict)
        self.summary.setPlainText(prepared.summary)
        if prepared.ok:
            _message(self.request_error, "")
            self.passphrase.setFocus()
        else:
            self._request_failed(prepared.refusal)
        self._update()
        self.prepared_ready.emit(prepared)

    # -- 5. sign --------------------------------------------------------------------------

    def sign(self) -> Job | None:
        """Unlock the key and sign, off the GUI thread (Argon2id takes a moment)."""
        if self.busy or self.prepared is None or not self.prepared.ok or self.response:
            return None
        secret = self.passphrase.text()
        if not secret:
            _message(self.sign_error, self.tr("Type your key's passphrase."))
            return None
        prepared = self.prepared
        _message(self.sign_error, "")

        def wire(job: Job) -> None:
            self.job = job
            self.progress.follow(job, self.tr("Unlocking the key and signing…"),
                                 cancellable=False)
            job.succeeded.connect(self._signed)
            job.failed.connect(self._job_failed(self._sign_failed))
            job.finished.connect(self._update)

        job = run_free(lambda task: signing.sign_prepared(prepared, secret), "sign")
        wire(job)
        self._update()
        return job

    def _sign_failed(self, text: str) -> None:
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        _message(self.sign_error, text)
        self.refused.emit(text)

    def _signed(self, data: bytes) -> None:
        self.response = data
        self.passphrase.clear()
        self.response_label.setText(self.tr(
            "Signed as {name}. Save the response to a file, or show it as a QR code for the "
            "terminal to read.").format(name=self.prepared.key_name if self.prepared else ""))
        self._update()
        self.steps_scroll.ensureWidgetVisible(self.response_box)
        self.signed.emit(data)
        self.save_response()

    # -- 6. response ----------------------------------------------------------------------

    def _suggested_name(self) -> str:
        stem = Path(self.request_source).name if Path(self.request_source).suffix else "request"
        name = self.prepared.key_name if self.prepared else "signer"
        safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in name)
        return f"{stem}.{safe}.sig"

    def save_response(self) -> str:
        """Ask where to write the response; write it atomically ('' when cancelled)."""
        if self.response is None:
            return ""
        out = dialogs.save_file(self, self.tr("Save the signed response"),
                                self._suggested_name(),
                                self.tr("Signed responses (*.sig *.json);;All files (*)"),
                                "responses")
        if not out:
            return ""
        try:
            signing.save_response(self.response, out)
        except InvalidInput as exc:
            _message(self.sign_error, str(exc))
            return ""
        self.saved_to = out
        self.response_label.setText(self.tr("Signed. The response is saved to {path}.").format(
            path=out))
        return out

    def show_qr(self) -> QrFramesView | None:
        """The response as one QR code, large, for the terminal's camera."""
        if self.response is None:
            return None
        self._drop_qr()
        self.qr_view = QrFramesView(qr.frame_images(self.response, scale=8))
        self.qr_view.image.setMinimumSize(480, 480)
        self.qr_area.addWidget(self.qr_view)
        self.review_scroll.verticalScrollBar().setValue(0)  # the code in view, at the top
        return self.qr_view

    def closeEvent(self, event: QCloseEvent) -> None:
        self.passphrase.clear()
        settings.remember_window("signer", self.saveGeometry())
        super().closeEvent(event)
