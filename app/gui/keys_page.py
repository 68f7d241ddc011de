"""Keys and policy: create keys, export public keys, draft, sign and inspect a trust policy.

The GUI twin of `tijori keys ...` and `tijori policy ...`, over the same
services (`app.services.keys`). Works without a ledger (`ctx` may be None).
Unlocking or making a key costs an Argon2id derivation, so those run off the
GUI thread; the rest reads a few small files and runs at once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import InvalidInput, TijoriError
from app.domain.messages import msg
from app.domain.passphrase import Strength, check_new, strength
from app.domain.text import clean_text
from app.gui import dialogs, scanning
from app.gui.checklist import Checklist
from app.gui.file_field import FileField, check_key_reference
from app.gui.forms import Form
from app.gui.i18n import say, tr
from app.gui.key_rotate import RotateTab
from app.gui.look import set_role
from app.gui.ops import Op
from app.gui.progress import ProgressPanel
from app.gui.screen_fit import scrolled
from app.gui.signer_policy import role_name
from app.gui.strength_meter import StrengthMeter, place_under
from app.gui.token_key_tab import TokenKeyTab
from app.gui.workers import Job
from app.services import keys
from app.services.signing_keys import is_token_ref

ROLES = (("custodian", True), ("auditor", True), ("admin", True), ("report-signer", False))



def passphrase_strength(text: str, name: str = "") -> Strength:
    """The meter's reading for a new key's passphrase: "too weak" exactly when
    `check_passphrase` (and so making the key) refuses it."""
    return strength(text, user_inputs=(name.strip(),))


def check_passphrase(text: str, name: str = "") -> None:
    """The rule for a new key's passphrase, as the key file applies it (the key's
    name is what it must not be made of)."""
    check_new(text, what=msg("key passphrase"), user_inputs=(name.strip(),))


def check_name(text: str) -> None:
    clean_text(text, "name", 100)


def check_new_file(text: str) -> None:
    path = Path(text)
    if path.exists():
        raise InvalidInput(f"{text} already exists; a key file is never overwritten", "out")
    if not path.parent.is_dir():
        raise InvalidInput(f"there is no folder {path.parent}", "out")


def check_writable(text: str) -> None:
    if not Path(text).parent.is_dir():
        raise InvalidInput(f"there is no folder {Path(text).parent}", "out")


def check_existing(text: str) -> None:
    if not Path(text).is_file():
        raise InvalidInput(f"there is no file {text}")


def check_date(text: str) -> None:
    """A date (YYYY-MM-DD, midnight UTC) or an RFC 3339 time, as `tijori policy new` takes."""
    from datetime import datetime

    value = text.strip()
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise InvalidInput("give a date as YYYY-MM-DD, or a time as 2030-01-31T00:00:00Z"
                           ) from None
    if len(value) != 10 and not (value.endswith("Z") or "+" in value[10:]):
        raise InvalidInput("give the time in UTC, ending in Z")


def _result(label: QLabel, text: str, good: bool = True) -> None:
    label.setText(text)
    set_role(label, "ok" if good else "error")
    label.setVisible(bool(text))


def _result_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def _password() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class KeyList(QWidget):
    """The public key files given one role in a draft policy."""

    changed = Signal()

    def __init__(self, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = role
        self.list = QListWidget()
        self.list.setMinimumHeight(70)
        self.list.setMaximumHeight(110)
        self.add_button = QPushButton(tr("Add public keys…"))
        self.add_button.clicked.connect(self.choose)
        self.scan_button = QPushButton(tr("Scan…"))
        self.scan_button.setToolTip(tr("Read a public key shown as QR codes with the camera"))
        self.scan_button.clicked.connect(self.scan)
        self.remove_button = QPushButton(tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.error = QLabel()
        set_role(self.error, "error")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.scan_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.error)

    def choose(self) -> None:
        paths = dialogs.open_files(self, tr("Public keys for the role {role}").format(
            role=role_name(self.role)), tr("Public keys (*.pub *.json);;All files (*)"),
            "public-keys")
        self.add_paths(paths)

    def scan(self) -> Any:
        """Scan a public key's QR codes with the camera, keep it as a file, and add it."""
        dialog = scanning.start(self, tr("Scan a public key"))
        if dialog is not None:
            dialog.scanned.connect(self.keep_scanned)
        return dialog

    def keep_scanned(self, data: bytes) -> None:
        out = dialogs.save_file(self, tr("Keep the scanned public key as"), "scanned.pub",
                                tr("Public keys (*.pub)"), "public-keys")
        if not out:
            return
        try:
            keys.save_public_key(data, out, tr("the scanned QR codes"))
        except TijoriError as exc:
            self.error.setText(say(exc))
            self.error.show()
            return
        self.add_paths([out])

    def add_paths(self, paths: list[str]) -> list[str]:
        """Add public key files; say in words why a file cannot be one. Returns the added."""
        added, problems = [], []
        for path in paths:
            try:
                info = keys.show_key(path)
            except TijoriError as exc:
                problems.append(say(exc))
                continue
            if info["private"]:
                problems.append(tr("{path} is a private key file: export its public key and "
                                   "add that").format(path=path))
                continue
            if str(path) in self.paths:
                continue
            item = QListWidgetItem(f"{info['name']} — {info['words']}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(f"{path}\nkeyid {info['keyid']}")
            self.list.addItem(item)
            added.append(str(path))
        self.error.setText("; ".join(problems))
        self.error.setVisible(bool(problems))
        self.changed.emit()
        return added

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.changed.emit()

    @property
    def paths(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]


class KeysPage(QWidget):
    """Create keys, export public keys, draft, sign and inspect a trust policy."""

    key_created = Signal(dict)
    policy_drafted = Signal(dict)
    policy_signed = Signal(dict)
    policy_shown = Signal(dict)

    def __init__(self, ctx: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job: Job | None = None
        self._ready: dict[int, bool] = {}
        title = QLabel(self.tr("Keys and trust policy"))
        set_role(title, "title")
        subtitle = QLabel(self.tr(
            "Signing keys are stored only encrypted under their passphrase. A trust policy "
            "names the keys, their roles and how many of each must sign; admins sign it."))
        subtitle.setWordWrap(True)
        set_role(subtitle, "subtitle")
        self.progress = ProgressPanel()
        self.tabs = QTabWidget()
        self.tabs.addTab(scrolled(self._create_tab()), self.tr("Create a key"))
        self.tabs.addTab(scrolled(self._export_tab()), self.tr("Export a public key"))
        self.tabs.addTab(scrolled(self._draft_tab()), self.tr("Draft a policy"))
        self.tabs.addTab(scrolled(self._sign_tab()), self.tr("Sign a policy"))
        self.tabs.addTab(scrolled(self._inspect_tab()), self.tr("Inspect a policy"))
        self.token_tab = TokenKeyTab(self)
        self.tabs.addTab(scrolled(self.token_tab), self.tr("Create a key in a token"))
        # Imported here: those tabs use this module's helpers (passphrase rules, results).
        from app.gui.key_backup_tabs import BackupTab, RestoreTab

        self.backup_tab = BackupTab(self)
        self.restore_tab = RestoreTab(self)
        self.tabs.addTab(scrolled(self.backup_tab), self.tr("Back up a key"))
        self.tabs.addTab(scrolled(self.restore_tab), self.tr("Restore a key"))
        self.tabs.addTab(scrolled(RotateTab()), self.tr("Rotate"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addWidget(self.progress)
        layout.addWidget(self.tabs, 1)

    # -- helpers ---------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.job is not None and not self.job.done

    def _track(self, form: Form, button: QPushButton) -> None:
        """Enable `button` while `form` is valid and nothing runs."""
        self._ready[id(button)] = False

        def follow(ok: bool) -> None:
            self._ready[id(button)] = ok
            button.setEnabled(ok and not self.busy)

        form.validity.connect(follow)
        button.setEnabled(False)

    def _background(self, work: Callable[[], Any], text: str, done: Callable[[Any], None],
                    form: Form, button: QPushButton) -> Job | None:
        """Run `work()` off the GUI thread; errors go next to their field, else a dialog."""
        if self.busy:
            return None

        button.setEnabled(False)
        self.job = (Op(self, lambda task: work(), label=text)
                    .progress(self.progress, text)
                    .success(done)
                    .failure(lambda exc: self._claim(form, exc))
                    .after(lambda: button.setEnabled(self._ready[id(button)]))
                    .run())
        return self.job

    def _claim(self, form: Form, exc: BaseException) -> bool:
        """A refusal next to its field; False leaves it to a dialog."""
        if isinstance(exc, InvalidInput) and exc.field == "path" and "out" in form.fields:
            form.set_error("out", say(exc))
            return True
        return form.claim(exc)

    # -- create a key ---------------------------------------------------------------------

    def _create_tab(self) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        self.create_form = Form(QFormLayout(), whole=self._same_passphrases)
        f = self.create_form
        self.key_name = f.add("name", self.tr("Name:"), QLineEdit(), check_name,
                              hint=self.tr("Who or what signs with it, e.g. "
                                           "'Vault custodian A. Shah'."))
        self.algorithm = QComboBox()
        self.algorithm.addItem(self.tr("Ed25519 — attestations (custodian, auditor, admin)"),
                               "ed25519")
        self.algorithm.addItem(self.tr("ECDSA P-256 — signing PDF reports (report-signer)"),
                               "ecdsa-p256")
        f.add("algorithm", self.tr("Algorithm:"), self.algorithm)
        # The field's check sees the stripped text: judge what is typed, as the key file will.
        self.key_passphrase = f.add(
            "passphrase", self.tr("Passphrase:"), _password(),
            lambda _: check_passphrase(self.key_passphrase.text(), self.key_name.text()))
        # The meter right under the field; the field's own message (below it) says why
        # a passphrase is refused, so the meter gives no advice of its own.
        self.meter = StrengthMeter(advice=False)
        place_under(self.key_passphrase, self.meter)
        self.key_passphrase2 = f.add("passphrase2", self.tr("Repeat it:"), _password())
        self.key_out = f.add("out", self.tr("Key file:"), FileField(
            self.tr("Where to keep the key file"), self.tr("Key files (*.key)"), key="keys",
            save=True, suggested="signer.key"), check_new_file,
            hint=self.tr("Readable only by you (mode 0600). Keep it on this PC or a USB stick."))
        f.finish()
        self.key_passphrase.textChanged.connect(self._show_strength)
        self.key_name.textChanged.connect(self._show_strength)
        self.key_name.textChanged.connect(self._suggest_key_file)
        self._show_strength("")
        self.create_button = QPushButton(self.tr("Create the key"))
        set_role(self.create_button, "primary")
        self.create_button.clicked.connect(self.create_key)
        self._track(f, self.create_button)
        self.created_label = _result_label()
        self.created_label.setObjectName("created_key")
        self.created_keyid = ""
        column.addLayout(f.layout)
        column.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.created_label)
        column.addStretch(1)
        return tab

    def _same_passphrases(self, values: dict[str, str]) -> None:
        if self.key_passphrase.text() != self.key_passphrase2.text():
            raise InvalidInput("the two passphrases differ", "passphrase2")

    def _show_strength(self, *_: object) -> None:
        text = self.key_passphrase.text()
        self.meter.show_strength(passphrase_strength(text, self.key_name.text()) if text
                                 else None)

    def _suggest_key_file(self, name: str) -> None:
        stem = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in name.strip().lower())
        self.key_out.suggested = f"{stem or 'signer'}.key"

    def create_key(self) -> Job | None:
        if not self.create_form.touch_all():
            return None
        values = self.create_form.values()
        name, out, algorithm = values["name"], values["out"], values["algorithm"]
        secret = self.key_passphrase.text()

        def done(info: dict) -> None:
            # Forgotten without a "required" message over the success below.
            self.create_form.reset(("passphrase", "passphrase2"))
            self.created_keyid = info["keyid"]
            text = self.tr("Created the key {name} ({algorithm}) in {path}\nkeyid {keyid}\n"
                           "fingerprint {fingerprint}\nwords: {words}").format(
                name=info["name"], algorithm=info["algorithm"], path=out, keyid=info["keyid"],
                fingerprint=info["fingerprint"], words=info["words"])
            if "certificate" in info:
                text += "\n" + self.tr("certificate {path} (self-signed, for PDF reports)"
                                       ).format(path=info["certificate"])
            _result(self.created_label, text)
            self.export_key.setText(out)
            self.key_created.emit(info)

        return self._background(lambda: keys.create_key(name, out, secret, algorithm),
                                self.tr("Making the key…"), done, self.create_form,
                                self.create_button)

    # -- export a public key ----------------------------------------------------------------

    def _export_tab(self) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        self.export_form = Form(QFormLayout())
        f = self.export_form
        self.export_key = f.add("key_path", self.tr("Key file:"), FileField(
            self.tr("The key file"), self.tr("Key files (*.key);;All files (*)"), key="keys"),
            check_existing)
        self.export_out = f.add("out", self.tr("Public key file:"), FileField(
            self.tr("Where to write the public key"), self.tr("Public keys (*.pub)"),
            key="public-keys", save=True, suggested="signer.pub"), check_writable,
            hint=self.tr("Public: give it to whoever drafts the policy."))
        f.finish()
        self.export_key.textChanged.connect(
            lambda text: setattr(self.export_out, "suggested", f"{Path(text).stem}.pub"))
        self.export_button = QPushButton(self.tr("Export the public key"))
        self.export_button.clicked.connect(self.export_public)
        self.exported_label = _result_label()
        column.addLayout(f.layout)
        column.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.exported_label)
        column.addStretch(1)
        return tab

    def export_public(self) -> dict | None:
        if not self.export_form.touch_all():
            return None
        values = self.export_form.values()
        try:
            info = keys.export_public(values["key_path"], values["out"])
        except TijoriError as exc:
            if not self._claim(self.export_form, exc):
                dialogs.show_error(self, exc)
            return None
        _result(self.exported_label, self.tr(
            "Wrote the public key of {name} to {path}\nwords: {words}").format(
                name=info["name"], path=values["out"], words=info["words"]))
        return info

    # -- draft a policy ---------------------------------------------------------------------

    def _draft_tab(self) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        self.draft_form = Form(QFormLayout())
        f = self.draft_form
        name = QLineEdit(self.tr("Tijori trust policy"))
        f.add("name", self.tr("Name:"), name, check_name)
        self.policy_version = QSpinBox()
        self.policy_version.setRange(1, 1_000_000)
        f.add("version", self.tr("Version:"), self.policy_version,
              hint=self.tr("1 for a first policy; a new version replaces the one pinned."))
        self.policy_expires = f.add("expires", self.tr("Expires:"), QLineEdit(), check_date,
                                    hint=self.tr("YYYY-MM-DD (midnight UTC)."))
        self.policy_valid_from = f.add("valid_from", self.tr("Valid from:"), QLineEdit(),
                                       check_date, required=False,
                                       hint=self.tr("Optional; now when left empty."))
        column.addLayout(f.layout)
        self.role_lists: dict[str, KeyList] = {}
        self.thresholds: dict[str, QSpinBox] = {}
        for role, required in ROLES:
            box = QGroupBox(role_name(role) if required else
                            self.tr("{role} (optional)").format(role=role_name(role)))
            inner = QVBoxLayout(box)
            keys_list = KeyList(role)
            keys_list.changed.connect(self._check_roles)
            inner.addWidget(keys_list)
            self.role_lists[role] = keys_list
            if required:
                spin = QSpinBox()
                spin.setRange(1, 99)
                spin.valueChanged.connect(self._check_roles)
                row = QHBoxLayout()
                row.addWidget(QLabel(self.tr("Signatures required:")))
                row.addWidget(spin)
                row.addStretch(1)
                inner.addLayout(row)
                self.thresholds[role] = spin
            column.addWidget(box)
        self.roles_error = QLabel()
        self.roles_error.setObjectName("roles_error")
        set_role(self.roles_error, "error")
        self.roles_error.setWordWrap(True)
        column.addWidget(self.roles_error)
        out_form = Form(QFormLayout())
        self.draft_out = out_form.add("out", self.tr("Policy file:"), FileField(
            self.tr("Where to write the draft policy"), self.tr("Trust policy (*.json)"),
            key="policies", save=True, suggested="policy.json"), check_writable)
        out_form.finish()
        self.draft_out_form = out_form
        f.finish()
        column.addLayout(out_form.layout)
        self.draft_button = QPushButton(self.tr("Draft the policy"))
        set_role(self.draft_button, "primary")
        self.draft_button.clicked.connect(self.draft_policy)
        self.drafted_label = _result_label()
        column.addWidget(self.draft_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.drafted_label)
        column.addStretch(1)
        self._forms_valid = {"draft": False, "out": False}
        f.validity.connect(lambda ok: self._form_validity("draft", ok))
        out_form.validity.connect(lambda ok: self._form_validity("out", ok))
        f.revalidate(show=False)
        out_form.revalidate(show=False)
        return tab

    def _form_validity(self, which: str, ok: bool) -> None:
        self._forms_valid[which] = ok
        self._check_roles()

    def role_problems(self) -> list[str]:
        problems = []
        for role, required in ROLES:
            count = len(self.role_lists[role].paths)
            if required and count == 0:
                problems.append(self.tr("add at least one {role} key").format(
                    role=role_name(role)))
            elif role in self.thresholds and self.thresholds[role].value() > count:
                problems.append(self.tr("{role}: {n} signatures required but only {count} "
                                        "key(s)").format(role=role_name(role),
                                                         n=self.thresholds[role].value(),
                                                         count=count))
        overlap = self._role_overlap()
        if overlap:
            problems.append(overlap)
        return problems

    def _role_overlap(self) -> str | None:
        """A key given two roles, in the words the service refuses the draft with."""
        paths = {role: self.role_lists[role].paths for role, _ in ROLES}
        try:
            return keys.role_overlap_problem(
                custodians=paths["custodian"], auditors=paths["auditor"],
                admins=paths["admin"], report_signers=paths["report-signer"] or None)
        except TijoriError:
            return None  # a file gone since it was added: drafting says so

    def _check_roles(self) -> bool:
        problems = self.role_problems()
        text = self.tr("; ").join(problems)
        # Only the first letter: key names and keyids in the message keep their case.
        self.roles_error.setText(self.tr("{problems}.").format(
            problems=text[:1].upper() + text[1:]) if problems else "")
        ok = not problems and all(self._forms_valid.values())
        self.draft_button.setEnabled(ok)
        return ok

    def draft_policy(self) -> dict | None:
        forms_ok = self.draft_form.touch_all() & self.draft_out_form.touch_all()
        if not (forms_ok and self._check_roles()):
            return None
        values = self.draft_form.values()
        out = self.draft_out_form.value("out")
        signers = self.role_lists["report-signer"].paths
        try:
            info = keys.draft_policy(
                out=out, name=values["name"], expires=values["expires"],
                version=int(values["version"]), valid_from=values["valid_from"] or None,
                custodians=self.role_lists["custodian"].paths,
                custodian_threshold=self.thresholds["custodian"].value(),
                auditors=self.role_lists["auditor"].paths,
                auditor_threshold=self.thresholds["auditor"].value(),
                admins=self.role_lists["admin"].paths,
                admin_threshold=self.thresholds["admin"].value(),
                report_signers=signers or None)
        except TijoriError as exc:
            if not self.draft_form.claim(exc):
                _result(self.drafted_label, say(exc), good=False)
            return None
        _result(self.drafted_label, self.tr(
            "Drafted {name} version {version} in {path}\ndigest {digest}\nIt holds {keys} "
            "key(s). Admins sign it next (Sign a policy).").format(
                name=info["name"], version=info["version"], path=out, digest=info["digest"],
                keys=info["keys"]))
        self.sign_policy_field.setText(out)
        self.inspect_field.setText(out)
        self.policy_drafted.emit(info)
        return info

    # -- sign a policy ----------------------------------------------------------------------

    def _sign_tab(self) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        self.sign_form = Form(QFormLayout())
        f = self.sign_form
        self.sign_policy_field = f.add("path", self.tr("Policy:"), FileField(
            self.tr("The policy to sign"), self.tr("Trust policy (*.json);;All files (*)"),
            key="policies"), check_existing)
        self.sign_key = f.add("key_path", self.tr("Admin key:"), FileField(
            self.tr("Your admin key file"), self.tr("Key files (*.key);;All files (*)"),
            key="keys"), check_key_reference,
            hint=self.tr("A key file, or a key in a token by its pkcs11: URI."))
        self.sign_passphrase = f.add("passphrase", self.tr("Passphrase or PIN:"), _password())
        self.sign_key.textChanged.connect(self._secret_hint)
        self.sign_pinned = f.add("pinned", self.tr("Replaces:"), FileField(
            self.tr("The pinned policy this version replaces"),
            self.tr("Trust policy (*.json);;All files (*)"), key="policies"), check_existing,
            required=False,
            hint=self.tr("Optional: the version this one replaces, whose admins sign too."))
        f.finish()
        self.sign_policy_button = QPushButton(self.tr("Sign the policy"))
        set_role(self.sign_policy_button, "primary")
        self.sign_policy_button.clicked.connect(self.sign_policy)
        self.sign_passphrase.returnPressed.connect(self.sign_policy)
        self._track(f, self.sign_policy_button)
        self.signed_label = _result_label()
        column.addLayout(f.layout)
        column.addWidget(self.sign_policy_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.signed_label)
        column.addStretch(1)
        return tab

    def _secret_hint(self, key: str) -> None:
        self.sign_passphrase.setPlaceholderText(
            self.tr("The token's PIN") if is_token_ref(key) else self.tr("The key's passphrase"))

    def sign_policy(self) -> Job | None:
        if not self.sign_form.touch_all():
            return None
        values = self.sign_form.values()
        path, key_path = values["path"], values["key_path"]
        secret, pinned = self.sign_passphrase.text(), values["pinned"] or None

        def done(info: dict) -> None:
            self.sign_passphrase.clear()
            _result(self.signed_label, self.tr(
                "Signed {path}; it now carries {count} signature(s).").format(
                    path=path, count=info["signatures"]))
            self.inspect_field.setText(path)
            self.policy_signed.emit(info)

        return self._background(lambda: keys.sign_policy(path, key_path, secret, pinned),
                                self.tr("Unlocking the key and signing…"), done, self.sign_form,
                                self.sign_policy_button)

    # -- inspect a policy -------------------------------------------------------------------

    def _inspect_tab(self) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        self.inspect_form = Form(QFormLayout())
        f = self.inspect_form
        self.inspect_field = f.add("path", self.tr("Policy:"), FileField(
            self.tr("The policy to inspect"), self.tr("Trust policy (*.json);;All files (*)"),
            key="policies"), check_existing)
        self.inspect_trusted = f.add("trusted", self.tr("Pinned version:"), FileField(
            self.tr("A trusted earlier version"), self.tr("Trust policy (*.json);;All files (*)"),
            key="policies"), check_existing, required=False,
            hint=self.tr("Optional: check this policy as the successor of one you trust."))
        f.finish()
        self.inspect_field.picked.connect(lambda _p: self.inspect_policy())
        self.inspect_button = QPushButton(self.tr("Inspect"))
        self.inspect_button.clicked.connect(self.inspect_policy)
        self.policy_header = QLabel()
        self.policy_header.setObjectName("policy_header")
        self.policy_header.setWordWrap(True)
        self.policy_header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.roles_tree = QTreeWidget()
        self.roles_tree.setHeaderLabels([self.tr("Role / key"), self.tr("Required"),
                                         self.tr("Keyid"), self.tr("Words"),
                                         self.tr("Valid from"), self.tr("Valid until")])
        self.roles_tree.setMinimumHeight(180)
        self.roles_tree.hide()
        self.policy_checks = Checklist()
        column.addLayout(f.layout)
        column.addWidget(self.inspect_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.policy_header)
        column.addWidget(self.roles_tree)
        column.addWidget(self.policy_checks)
        column.addStretch(1)
        return tab

    def inspect_policy(self) -> dict | None:
        if not self.inspect_form.touch_all():
            return None
        values = self.inspect_form.values()
        try:
            info = keys.show_policy(values["path"], trusted=values["trusted"] or None)
        except TijoriError as exc:
            self.roles_tree.hide()
            self.policy_checks.clear()
            if not self.inspect_form.claim(exc):
                dialogs.show_error(self, exc)
            self.policy_header.setText(say(exc))
            return None
        self.show_policy_info(info)
        self.policy_shown.emit(info)
        return info

    def show_policy_info(self, info: dict[str, Any]) -> None:
        self.roles_tree.clear()
        if "roles" in info:
            self.policy_header.setText(self.tr(
                "{name} — version {version}, expires {expires}\ndigest {digest}").format(
                    name=info["name"], version=info["version"], expires=info["expires"],
                    digest=info["digest"]))
            for role, spec in sorted(info["roles"].items()):
                parent = QTreeWidgetItem([role_name(role), self.tr("{n} of {count}").format(
                    n=spec["threshold"], count=len(spec["keys"]))])
                for key in spec["keys"]:
                    parent.addChild(QTreeWidgetItem([
                        key["name"], "", key["keyid"][:16] + "…", key["words"],
                        key["valid_from"], key["valid_until"]]))
                self.roles_tree.addTopLevelItem(parent)
            self.roles_tree.expandAll()
            for column in range(self.roles_tree.columnCount()):
                self.roles_tree.resizeColumnToContents(column)
            self.roles_tree.show()
        else:
            self.policy_header.setText(self.tr("This policy cannot be read."))
            self.roles_tree.hide()
        self.policy_checks.show_checks(info["checks"], bool(info["valid"]))
