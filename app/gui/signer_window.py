"""Signer mode (`tijori gui --signer`): the minimal window of the air-gapped signing PC.

No ledger, nothing networked. The window works under the trust policy pinned in
the signer's data folder (`signing.pinned_policy`): the first policy chosen is
pinned on first use and its digest shown as words to compare with the
administrators'; afterwards another policy is refused unless it is a signed
successor of the pinned one, whose changes are shown before it is pinned. The key
holder picks their key file, loads a signing request (a file, or the QR images of
one), reads what it asks with every check this PC makes (done, failed, or not done
and why), and only then types the key passphrase and signs. A request whose
totals could not be recomputed is signed only after a confirmation of its own. The
response goes to a file or is shown as one QR code for the terminal's camera.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QMouseEvent, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import InvalidInput, TijoriError
from app.gui import dialogs, scanning, settings, signer_policy
from app.gui.checklist import unbroken
from app.gui.i18n import say, tr
from app.gui.look import icon, set_role
from app.gui.ops import Op
from app.gui.palette import CAUTION, INK
from app.gui.progress import ProgressPanel
from app.gui.qr_widgets import QrFramesView
from app.gui.screen_fit import fit_to_screen, scrolled
from app.gui.signer_policy import policy_lines, word_lines
from app.gui.signer_review import ReviewPanel
from app.gui.workers import Job
from app.services import keys, qr, signer_view, signing
from app.services.signing_keys import is_token_ref

KEY_SETTING = "signer/key"
#: Large type for reading at arm's length on the signing PC.
WINDOW_STYLE = ("QWidget { font-size: 14pt; } QGroupBox { font-weight: 600; } "
                f'QLabel[role="title"] {{ font-size: 20pt; font-weight: 600; color: {INK}; }} '
                "QCheckBox::indicator { width: 24px; height: 24px; }")
ACCEPT_TOTALS = QT_TRANSLATE_NOOP(
    "", "I accept that the totals were not recomputed from the leaves")
#: The steps' column: narrow enough that what is signed gets most of a 1024-pixel screen.
STEPS_MIN, STEPS_MAX = 360, 420


def _message(label: QLabel, text: str, good: bool = False) -> None:
    label.setText(unbroken(text))  # a message's ids and times never break in fragments
    set_role(label, "ok" if good else "error")
    label.setVisible(bool(text))


def _wrapping(text: str = "", *, selectable: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label



class _ToggleLabel(QLabel):
    """A checkbox's sentence, wrapping (a QCheckBox's own text does not); a click on it
    toggles the box, as a click on the box's own text would."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self.box = box
        self.setWordWrap(True)
        self.setBuddy(box)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.box.isEnabled() and event.button() == Qt.MouseButton.LeftButton:
            self.box.toggle()
        super().mousePressEvent(event)


class SignerWindow(QMainWindow):
    """Pin a policy, pick the key, load a request, review, sign, hand back the response."""

    #: The request was checked: the `signing.Prepared` (ok or refused).
    prepared_ready = Signal(object)
    #: The request was signed: the response document's bytes.
    signed = Signal(bytes)
    #: Something stopped the work: the plain message shown.
    refused = Signal(str)
    #: The policy this signer works under changed (first pin, or a successor pinned).
    pinned = Signal(object)

    def __init__(self, parent: QWidget | None = None, *,
                 clock: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tijori signer — offline"))
        self.setWindowIcon(icon("tijori-signer"))
        self.setStyleSheet(WINDOW_STYLE)
        self.clock = clock or (lambda: datetime.now(UTC))
        self.policy_info: dict[str, Any] | None = None
        self.key_path = ""
        self.key_info: dict[str, Any] | None = None
        self.request_data: bytes | None = None
        self.request_source = ""
        self.prepared: signing.Prepared | None = None
        self.review_facts: signer_view.Review | None = None
        self.response: bytes | None = None
        self.saved_to = ""
        self.job: Job | None = None
        self.qr_view: QrFramesView | None = None

        title = QLabel(self.tr("Offline signer"))
        set_role(title, "title")
        subtitle = _wrapping(self.tr("No ledger is opened here and nothing uses the network. "
                                     "Read what the request asks before you sign it."),
                             selectable=False)
        set_role(subtitle, "subtitle")

        # 1. The pinned policy.
        self.policy_label = _wrapping(self.tr("No policy pinned yet."))
        self.policy_words = _wrapping()
        self.policy_words.setObjectName("policy_words")
        self.policy_words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.policy_words.setStyleSheet(f"font-weight: 700; color: {INK};")
        self.policy_words.hide()
        self.policy_note = _wrapping()
        self.policy_note.setObjectName("policy_note")
        self.policy_note.hide()
        self.policy_error = _wrapping()
        self.policy_error.setObjectName("policy_error")
        self.policy_error.hide()
        self.policy_expiry = _wrapping()
        self.policy_expiry.setObjectName("policy_expiry")
        set_role(self.policy_expiry, "warning")
        self.policy_expiry.hide()
        self.policy_button = QPushButton(self.tr("Pin a policy…"))
        self.policy_button.clicked.connect(self.choose_policy)
        policy_box = self._step(self.tr("1. Trust policy, pinned here"),
                                [self.policy_label, self.policy_words, self.policy_expiry,
                                 self.policy_note, self.policy_error], [self.policy_button])

        # 2. The signer's key.
        self.key_label = _wrapping(self.tr("No key chosen yet."))
        self.key_error = _wrapping()
        self.key_error.hide()
        self.key_button = QPushButton(self.tr("Choose your key file…"))
        self.key_button.clicked.connect(self.choose_key)
        self.token_button = QPushButton(self.tr("Use a key in a token…"))
        self.token_button.setToolTip(self.tr(
            "A key inside an HSM or a smartcard, named by its pkcs11: URI; its PIN unlocks it"))
        self.token_button.clicked.connect(self.choose_token_key)
        key_box = self._step(self.tr("2. Your key"), [self.key_label, self.key_error],
                             [self.key_button, self.token_button], stacked=True)

        # 3. The request.
        self.request_label = _wrapping(self.tr("No request loaded yet."))
        self.request_error = _wrapping()
        self.request_error.setObjectName("request_error")
        self.request_error.hide()
        self.request_file_button = QPushButton(self.tr("Open a request file…"))
        self.request_file_button.clicked.connect(self.choose_request_file)
        self.request_qr_button = QPushButton(self.tr("Read QR images…"))
        self.request_qr_button.clicked.connect(self.choose_request_images)
        self.request_camera_button = QPushButton(self.tr("Scan with the camera…"))
        self.request_camera_button.setToolTip(self.tr(
            "Read the terminal's animated QR codes with this PC's camera; the camera is "
            "opened only while the scan runs"))
        self.request_camera_button.clicked.connect(self.scan_request)
        request_box = self._step(self.tr("3. The request"),
                                 [self.request_label, self.request_error],
                                 [self.request_file_button, self.request_qr_button,
                                  self.request_camera_button], stacked=True)

        # The review: what is being signed, and every check (the right-hand side).
        self.review = ReviewPanel()
        self.review.setObjectName("review")
        self.checklist = self.review.checklist
        self.summary = self.review  # its text: `toPlainText()`, as before
        review_box = QGroupBox(self.tr("What you are asked to sign"))
        review = QVBoxLayout(review_box)
        review.addWidget(self.review)

        # 4. Passphrase and sign.
        self.accept_totals = QCheckBox()
        self.accept_totals.setObjectName("accept_totals")
        self.accept_totals.setAccessibleName(tr(ACCEPT_TOTALS))
        self.accept_totals.toggled.connect(lambda _on: self._update())
        self.accept_totals_text = _ToggleLabel(tr(ACCEPT_TOTALS), self.accept_totals)
        self.accept_totals_text.setStyleSheet(f"color: {CAUTION}; font-weight: 600;")
        self.accept_row = QWidget()
        accept = QHBoxLayout(self.accept_row)
        accept.setContentsMargins(0, 0, 0, 0)
        accept.addWidget(self.accept_totals, 0, Qt.AlignmentFlag.AlignTop)
        accept.addWidget(self.accept_totals_text, 1)
        self.accept_row.hide()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Your key's passphrase"))
        self.passphrase.returnPressed.connect(self.sign)
        self.passphrase.textChanged.connect(lambda _t: self._update())
        self.sign_button = QPushButton(self.tr("Sign"))
        set_role(self.sign_button, "primary")
        self.sign_button.clicked.connect(self.sign)
        self.sign_error = _wrapping()
        self.sign_error.setObjectName("sign_error")
        self.sign_error.hide()
        self.progress = ProgressPanel()
        # Always in view, under both columns: read, then sign.
        sign_box = QGroupBox(self.tr("4. Sign"))
        sign_box.setObjectName("sign_box")
        sign_layout = QVBoxLayout(sign_box)
        sign_layout.addWidget(self.accept_row)
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.sign_button)
        sign_layout.addLayout(row)
        sign_layout.addWidget(self.sign_error)
        sign_layout.addWidget(self.progress)

        # 5. The response.
        self.response_label = _wrapping(self.tr("Nothing signed yet."))
        self.save_button = QPushButton(self.tr("Save the response file…"))
        self.save_button.clicked.connect(self.save_response)
        self.qr_button = QPushButton(self.tr("Show it as a QR code"))
        self.qr_button.clicked.connect(self.show_qr)
        self.next_button = QPushButton(self.tr("Next request"))
        self.next_button.clicked.connect(self.clear_request)
        self.qr_area = QVBoxLayout()
        response_box = self._step(self.tr("5. The response"),
                                  [self.response_label],
                                  [self.save_button, self.qr_button, self.next_button],
                                  stacked=True)

        # Steps on the left; what is being signed (and the QR code) on the right, wider.
        steps = QWidget()
        left = QVBoxLayout(steps)
        left.setContentsMargins(0, 0, 0, 0)
        for box in (policy_box, key_box, request_box, response_box):
            left.addWidget(box)
        left.addStretch(1)
        review_side = QWidget()
        right = QVBoxLayout(review_side)
        right.setContentsMargins(0, 0, 0, 0)
        right.addLayout(self.qr_area)
        right.addWidget(review_box, 1)
        self.review_scroll = scrolled(review_side)
        columns = QHBoxLayout()
        self.steps_scroll = steps_scroll = scrolled(steps)
        steps_scroll.setMinimumWidth(STEPS_MIN)
        steps_scroll.setMaximumWidth(STEPS_MAX)
        self.response_box = response_box
        columns.addWidget(steps_scroll, 0)
        columns.addWidget(self.review_scroll, 1)
        central = QWidget()
        page = QVBoxLayout(central)
        page.addWidget(title)
        page.addWidget(subtitle)
        page.addLayout(columns, 1)
        page.addWidget(sign_box)
        self.setCentralWidget(central)
        geometry = settings.geometry("signer")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        fit_to_screen(self)  # a size remembered from a larger screen is shrunk to this one
        guide = QShortcut(QKeySequence.StandardKey.HelpContents, self)  # F1: the signer's guide
        guide.activated.connect(self.show_guide)

        self._load_pinned()
        remembered_key = settings.value(KEY_SETTING)
        if remembered_key and (is_token_ref(remembered_key) or Path(remembered_key).is_file()):
            self.use_key(remembered_key)
        self._update()

    def _step(self, title: str, labels: list[QLabel], buttons: list[QPushButton], *,
              stacked: bool = False) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        for label in labels:
            layout.addWidget(label)
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

    def holds_work(self) -> bool:
        """Whether building this window again (in another language) would lose something:
        work running, a request loaded, a response not yet taken away, a passphrase typed
        or a dialog open. The pinned policy and the chosen key are remembered and come
        back by themselves."""
        return (self.busy or self.request_data is not None or self.response is not None
                or bool(self.passphrase.text()) or dialogs.any_open(self))

    @property
    def needs_totals_confirmation(self) -> bool:
        """The request's totals could not be recomputed: signing needs its own tick."""
        return self.prepared is not None and self.prepared.totals_unchecked

    def _update(self) -> None:
        idle = not self.busy
        ready = idle and self.prepared is not None and self.prepared.ok \
            and self.response is None
        confirmed = not self.needs_totals_confirmation or self.accept_totals.isChecked()
        self.accept_row.setVisible(self.needs_totals_confirmation and self.response is None)
        self.accept_totals.setEnabled(ready)
        self.passphrase.setEnabled(ready)
        self.sign_button.setEnabled(ready and confirmed and bool(self.passphrase.text()))
        for button in (self.policy_button, self.key_button, self.token_button,
                       self.request_file_button, self.request_qr_button,
                       self.request_camera_button):
            button.setEnabled(idle)
        has_response = self.response is not None
        self.save_button.setEnabled(has_response and idle)
        self.qr_button.setEnabled(has_response and idle)
        self.next_button.setEnabled(idle and (self.request_data is not None or has_response))

    def _forget_review(self) -> None:
        self.prepared = None
        self.review_facts = None
        self.response = None
        self.saved_to = ""
        self.review.clear()
        self.accept_totals.setChecked(False)  # each request is confirmed on its own
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

    def _load_pinned(self) -> None:
        """Show the policy pinned in this signer's data folder (none remembered by path)."""
        try:
            resolution = signer_view.current_policy(self.clock())
        except TijoriError as exc:
            self._show_policy(None, unusable=True)
            self._policy_refused(say(exc))
            return
        self._show_policy(None if resolution is None
                          else signer_view.policy_info(resolution, self.clock()))

    def _show_policy(self, info: dict[str, Any] | None, note: str = "", *,
                     unusable: bool = False) -> None:
        self.policy_info = info
        warnings = [say(warning) for warning in (info or {}).get("warnings", [])]
        self.policy_expiry.setText(unbroken("\n".join(warnings)))
        self.policy_expiry.setVisible(bool(warnings))
        if info is None and unusable:
            self.policy_label.setText(self.tr(
                "The policy pinned on this PC cannot be used, so nothing can be signed. A new "
                "version signed by its administrators can replace it."))
            self.policy_words.hide()
            self.policy_button.setText(self.tr("Give a new version…"))
        elif info is None:
            self.policy_label.setText(self.tr(
                "No policy is pinned on this PC yet. Choose the policy file the "
                "administrators gave you: it is pinned on first use, and its digest is shown "
                "as words to compare with theirs."))
            self.policy_words.hide()
            self.policy_button.setText(self.tr("Pin a policy…"))
        else:
            digest = info["digest"]
            self.policy_label.setText(policy_lines(info) + "\n" + self.tr(
                "digest {digest}…").format(digest=f"{digest[:8]} {digest[8:16]}"))
            # Three words a line: the longest words still fit the steps' column.
            self.policy_words.setText(word_lines(info["words"], 3))
            self.policy_words.show()
            self.policy_button.setText(self.tr("Give a new version…"))
        _message(self.policy_note, note, good=True)
        _message(self.policy_error, "")
        self._describe_key()

    def choose_policy(self) -> None:
        title = self.tr("Pin the trust policy") if self.policy_info is None else \
            self.tr("A new version of the pinned policy")
        path = dialogs.open_file(self, title, self.tr("Trust policy (*.json);;All files (*)"),
                                 "policies")
        if path:
            self.pin_policy(path)

    def pin_policy(self, path: str) -> bool:
        """Work under the policy at `path`: pinned on first use; the pinned one again; or a
        signed successor, pinned once the key holder has read its changes and said yes.
        Anything else is refused, with why, and the pinned policy stays."""
        try:
            resolution = signing.pinned_policy(str(path), self.clock())
            if resolution.outcome == "successor":
                info = signer_view.policy_info(resolution, self.clock())
                if not signer_policy.confirm_successor(self, info, self.policy_info,
                                                       Path(path).name):
                    return self._policy_refused(self.tr(
                        "Version {version} was not pinned.").format(version=info["version"]))
                signing.accept_policy(resolution)
        except TijoriError as exc:
            return self._policy_refused(say(exc))
        info = signer_view.policy_info(resolution, self.clock())
        notes = {
            "first_pin": self.tr("Pinned on first use. Before you sign anything, compare "
                                 "the words above with the administrators'."),
            "successor": self.tr("Version {version} is now pinned, in place of the one "
                                 "before."),
            "same": self.tr("This is the policy already pinned here."),
        }
        self._show_policy(info, notes[resolution.outcome].format(version=info["version"]))
        if resolution.outcome != "same":
            self.pinned.emit(info)
        self._recheck()
        return True

    def _policy_refused(self, text: str) -> bool:
        _message(self.policy_note, "")
        if self.policy_info is not None:
            text += " " + self.tr("This PC still works under the pinned version {version}."
                                  ).format(version=self.policy_info["version"])
        _message(self.policy_error, text)
        self.refused.emit(text)
        return False

    # -- 2. key ---------------------------------------------------------------------------

    def choose_key(self) -> None:
        path = dialogs.open_file(self, self.tr("Choose your key file"),
                                 self.tr("Key files (*.key);;All files (*)"), "keys")
        if path:
            self.use_key(path)

    def choose_token_key(self) -> None:
        uri = dialogs.ask_text(self, self.tr("Use a key in a token"), self.tr(
            "The key's pkcs11: URI, e.g. pkcs11:token=LABEL;object=NAME?module-path="
            "/path/to/module.so"), self.key_path if is_token_ref(self.key_path) else "")
        if uri:
            self.use_key(uri)

    def use_key(self, path: str) -> bool:
        try:
            info = keys.show_key(path)
        except TijoriError as exc:
            _message(self.key_error, say(exc))
            return False
        if not info["private"]:
            _message(self.key_error, self.tr(
                "{path} is a public key: choose the private key file that signs.").format(
                    path=path))
            return False
        self.key_path, self.key_info = str(path), info
        settings.set_value(KEY_SETTING, path if is_token_ref(path) else str(Path(path).resolve()))
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
        keyid = " ".join(info["keyid"][i:i + 8] for i in range(0, 32, 8))
        text = self.tr("{name} ({algorithm})\nkeyid {keyid}…\nwords: {words}").format(
            name=info["name"], algorithm=info["algorithm"], keyid=keyid, words=info["words"])
        if info.get("in_token"):
            text += "\n" + self.tr("Inside a hardware token: its PIN unlocks it, and the key "
                                   "never leaves it.")
        self.passphrase.setPlaceholderText(self.tr("The token's PIN") if info.get("in_token")
                                           else self.tr("Your key's passphrase"))
        if self.policy_info is not None:
            roles = self._key_roles()
            text += "\n" + (self.tr("In the pinned policy it signs as: {roles}").format(
                roles=", ".join(map(signer_policy.role_name, roles))) if roles else
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

    def scan_request(self) -> Any:
        """Scan the request's QR codes with the camera; it is checked as a file's would be."""
        if self.busy:
            return None
        dialog = scanning.start(self, self.tr("Scan the signing request"))
        if dialog is not None:
            dialog.scanned.connect(
                lambda data: self.load_request(data, self.tr("the camera's QR codes")))
        return dialog

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

        return self._background(lambda task: qr.read_qr_images([Path(p) for p in paths]),
                                self.tr("Reading the QR codes…"),
                                lambda data: self.load_request(data, source),
                                self._request_failed)

    def load_request(self, data: bytes, source: str) -> Job | None:
        self.request_data, self.request_source = data, source
        # The file's name (a folder's path has nowhere to wrap); all of it on hovering.
        self.request_label.setText(Path(source).name or source)
        self.request_label.setToolTip(source)
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

    def show_guide(self) -> QWidget:
        from app.gui import i18n
        from app.gui.guide import show_guide

        return show_guide(self, "signer", i18n.current())

    def _background(self, work, text: str, success, show) -> Job:
        """Run `work(task)` off the GUI thread; a user's error is said by `show(text)` in
        this window, anything else is a bug for `Op`'s dialog."""
        def failure(exc: BaseException) -> bool:
            self._update()  # the job is over: the window is usable before anyone is told
            if isinstance(exc, TijoriError):
                show(say(exc))
                return True
            return False

        self.job = (Op(self, work, label=text).progress(self.progress, text)
                    .success(success).failure(failure).after(self._update).run())
        self._update()
        return self.job

    # -- the review ------------------------------------------------------------------------

    def _recheck(self) -> Job | None:
        """Check the request again whenever the policy, the key or the request changes."""
        self._forget_review()
        self._update()
        if self.request_data is not None and not (self.policy_info and self.key_path):
            _message(self.request_error, self.tr(
                "Pin the trust policy (step 1) and choose your key (step 2): the request is "
                "checked under them.") if not self.policy_info else self.tr(
                "Choose your key (step 2): the request is checked against it."))
        if not (self.policy_info and self.key_path and self.request_data is not None):
            return None
        if self.busy:
            return None
        _message(self.request_error, "")
        data, source = self.request_data, self.request_source
        key_path, now = self.key_path, self.clock()

        def work(task) -> tuple[signing.Prepared, signer_view.Review]:
            # Under the pinned policy only (policy_path None): never a remembered path.
            prepared = signing.prepare(data, key_path=key_path, now=now,
                                       source=Path(source).name or source)
            return prepared, signer_view.review(prepared)

        return self._background(work, self.tr("Checking the request…"), self._show_prepared,
                                self._request_failed)

    def _show_prepared(self, result: tuple[signing.Prepared, signer_view.Review]) -> None:
        prepared, facts = result
        self.prepared, self.review_facts = prepared, facts
        self.review.show_prepared(prepared, facts)
        self.review_scroll.verticalScrollBar().setValue(0)
        if prepared.ok:
            _message(self.request_error, "")
            self.passphrase.setFocus()
        else:
            # Which checks failed; why is said on the right, where an id fits on its line.
            names = ", ".join(c.name for c in prepared.verdict.failures)
            _message(self.request_error, self.tr(
                "Refusing to sign: {names} failed. Why is said on the right.").format(
                    names=names))
            self.refused.emit(prepared.refusal)
        self._update()
        self.prepared_ready.emit(prepared)

    # -- 5. sign --------------------------------------------------------------------------

    def sign(self) -> Job | None:
        """Unlock the key and sign, off the GUI thread (Argon2id takes a moment)."""
        if self.busy or self.prepared is None or not self.prepared.ok or self.response:
            return None
        accepted = self.accept_totals.isChecked()
        if self.prepared.totals_unchecked and not accepted:
            _message(self.sign_error, self.tr(
                "The totals were not recomputed (the request carries no leaves): tick the "
                "box above to sign anyway, once you have read them against the terminal's."))
            return None
        secret = self.passphrase.text()
        if not secret:
            _message(self.sign_error, self.tr("Type the token's PIN.") if
                     self.prepared.key_in_token else self.tr("Type your key's passphrase."))
            return None
        prepared, now = self.prepared, self.clock()
        accept_totals = prepared.totals_unchecked and accepted
        _message(self.sign_error, "")

        return self._background(lambda task: signing.sign_prepared(
            prepared, secret, now=now, accept_unchecked_totals=accept_totals),
            self.tr("Unlocking the key and signing…"), self._signed, self._sign_failed)

    def _sign_failed(self, text: str) -> None:
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        _message(self.sign_error, text)
        self.refused.emit(text)

    def _signed(self, data: bytes) -> None:
        self.response = data
        self.passphrase.clear()
        name = self.prepared.key_name if self.prepared else ""
        self.review.show_signed(self.review_facts, name)
        self.review_scroll.verticalScrollBar().setValue(0)
        self.response_label.setText(self.tr(
            "Signed as {name}. Save the response to a file, or show it as a QR code for the "
            "terminal to read.").format(name=name))
        self._update()
        self.steps_scroll.ensureWidgetVisible(self.response_box)
        self.signed.emit(data)
        self.save_response()

    # -- the response ----------------------------------------------------------------------

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
            _message(self.sign_error, say(exc))
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
        self.qr_view = QrFramesView(qr.frame_images(self.response))
        self.qr_view.image.setMinimumSize(480, 480)
        self.qr_area.addWidget(self.qr_view)
        self.review_scroll.verticalScrollBar().setValue(0)  # the code in view, at the top
        return self.qr_view

    def closeEvent(self, event: QCloseEvent) -> None:
        self.passphrase.clear()
        settings.remember_window("signer", self.saveGeometry())
        super().closeEvent(event)
