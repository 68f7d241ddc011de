"""Keys › Rotate: a key rotation as a guided ceremony.

Four steps, over `app.services.rotation` (the CLI twin is `tijori policy rotate`):

1. *Changes*: the policy in force, and what changes: keys retired (ticked in its list),
   public keys added with a role, each role's threshold, a new expiry.
2. *Review*: the successor as a diff against the current policy (added keys green,
   retired red, thresholds before and after); it is saved, unsigned, to be signed.
3. *Signatures*: the admins' signature files, brought on a USB stick or as QR images,
   or made here with a key file; after each change both admin thresholds are counted
   (the current policy's, which a verifier pinning it asks for, and the successor's own).
4. *Write*: the new policy, once both are met, with the version it replaces kept in
   ``policy-history/`` beside it.

Unlocking a key and reading QR images run in the background (`Op`); the rest reads a
few small files at once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import InvalidInput, TijoriError
from app.gui import dialogs, scanning
from app.gui.file_field import (
    FileField,
    check_existing_file,
    check_key_reference,
    check_new_path,
)
from app.gui.forms import Form
from app.gui.i18n import say
from app.gui.look import set_role
from app.gui.ops import Op
from app.gui.palette import BAD, CAUTION, GOOD, MUTED, qcolor
from app.gui.progress import ProgressPanel
from app.gui.signer_policy import role_name
from app.gui.tables import cell as read_only_cell
from app.gui.tables import table as plain_table
from app.gui.workers import Job
from app.services import keys, qr, rotation

ROLES = ("custodian", "auditor", "admin", "report-signer")


_cell = read_only_cell


def _table(headers: list[str]) -> QTableWidget:
    table = plain_table(headers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setMinimumHeight(90)
    table.setMaximumHeight(170)
    return table


def _label(role: str = "", name: str = "") -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    if role:
        set_role(label, role)
    return label


def _say(label: QLabel, text: str, role: str) -> None:
    label.setText(text)
    set_role(label, role)
    label.setVisible(bool(text))


class _Steps(QWidget):
    """The steps, one shown at a time, as tall as the step shown (a QStackedWidget is as
    tall as its tallest page, which in a scroll area hides the buttons below it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages: list[QWidget] = []
        self.index = -1
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)

    def addWidget(self, page: QWidget) -> None:
        self.pages.append(page)
        self.column.addWidget(page)
        page.setVisible(len(self.pages) - 1 == self.index)

    def count(self) -> int:
        return len(self.pages)

    def widget(self, index: int) -> QWidget:
        return self.pages[index]

    def currentIndex(self) -> int:
        return self.index

    def currentWidget(self) -> QWidget | None:
        return self.pages[self.index] if 0 <= self.index < len(self.pages) else None

    def setCurrentIndex(self, index: int) -> None:
        self.index = index
        for number, page in enumerate(self.pages):
            page.setVisible(number == index)


class RotateTab(QWidget):
    """Rotate the keys of a trust policy, step by step (see the module docstring)."""

    proposed = Signal(dict)  # the diff, as `PolicyDiff.to_dict`
    saved = Signal(str)  # the unsigned successor's path
    evaluated = Signal(dict)  # the signatures and both thresholds, as `Collection.to_dict`
    signed = Signal(dict)  # a signature made here
    finished = Signal(dict)  # the new policy written

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current: dict[str, Any] | None = None  # `keys.show_policy` of the current policy
        self.successor_bytes: bytes | None = None  # proposed, not yet saved
        self.successor_path = ""
        self.change: rotation.PolicyDiff | None = None
        self.signatures: list[str] = []
        self.collection: rotation.Collection | None = None
        self.job: Job | None = None
        self.reached = 0

        self.step_list = QListWidget()
        self.step_list.setObjectName("rotation_steps")
        for text in (self.tr("1. What changes"), self.tr("2. Review the successor"),
                     self.tr("3. Collect signatures"), self.tr("4. Write the new policy")):
            self.step_list.addItem(text)
        self.step_list.setFixedWidth(190)
        self.step_list.currentRowChanged.connect(self._step_chosen)
        self.stack = _Steps()
        self.stack.addWidget(self._changes_step())
        self.stack.addWidget(self._review_step())
        self.stack.addWidget(self._signatures_step())
        self.stack.addWidget(self._finish_step())
        self.progress = ProgressPanel()
        self.back_button = QPushButton(self.tr("◀ Back"))
        self.back_button.clicked.connect(lambda: self.go(self.stack.currentIndex() - 1))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.next_button.clicked.connect(lambda: self.go(self.stack.currentIndex() + 1))
        intro = QLabel(self.tr(
            "A rotation replaces the trust policy by its next version. The admins of the "
            "current policy sign it, and so do the successor's own admins: a verifier who "
            "pins the current policy accepts the new one only then."))
        intro.setWordWrap(True)
        set_role(intro, "hint")
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addStretch()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        right = QVBoxLayout()
        right.addWidget(self.stack, 1)
        right.addLayout(buttons)
        row = QHBoxLayout()
        row.addWidget(self.step_list)
        row.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row, 1)
        self.go(0)

    # -- navigation -------------------------------------------------------------------------

    def go(self, index: int) -> None:
        """Show step `index` (0-3) if it has been reached."""
        index = max(0, min(index, self.reached))
        self.stack.setCurrentIndex(index)
        self.step_list.blockSignals(True)
        self.step_list.setCurrentRow(index)
        self.step_list.blockSignals(False)
        for row in range(self.step_list.count()):
            item = self.step_list.item(row)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            item.setFlags(flags if row <= self.reached else Qt.ItemFlag.NoItemFlags)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < self.reached)
        if index == 3:
            self._update_finish()

    def _step_chosen(self, row: int) -> None:
        if row >= 0:
            self.go(row)

    def _reach(self, index: int) -> None:
        self.reached = index
        self.go(index)

    # -- 1. what changes ------------------------------------------------------------------

    def _changes_step(self) -> QWidget:
        step = QWidget()
        column = QVBoxLayout(step)
        column.setContentsMargins(0, 0, 0, 0)
        self.current_form = Form(QFormLayout())
        self.current_field = self.current_form.add("current", self.tr("Current policy:"), FileField(
            self.tr("The policy in force"), self.tr("Trust policy (*.json);;All files (*)"),
            key="policies"), check_existing_file)
        self.current_form.finish()
        self.current_field.textChanged.connect(lambda _t: self.load_current())
        self.current_label = _label(name="current_policy")
        column.addLayout(self.current_form.layout)
        column.addWidget(self.current_label)

        keys_box = QGroupBox(self.tr("Keys of the current policy: tick those to retire"))
        inner = QVBoxLayout(keys_box)
        self.keys_tree = QTreeWidget()
        self.keys_tree.setObjectName("current_keys")
        self.keys_tree.setHeaderLabels([self.tr("Retire / key"), self.tr("Role"),
                                        self.tr("Keyid"), self.tr("Words")])
        self.keys_tree.setRootIsDecorated(False)
        self.keys_tree.setMinimumHeight(140)
        self.keys_tree.setMaximumHeight(220)
        self.keys_tree.itemChanged.connect(lambda *_: self._changes_edited())
        inner.addWidget(self.keys_tree)
        column.addWidget(keys_box)

        add_box = QGroupBox(self.tr("Keys to add"))
        inner = QVBoxLayout(add_box)
        self.add_table = _table([self.tr("Public key"), self.tr("Role"), self.tr("Words")])
        self.add_table.setObjectName("added_keys")
        self.add_button = QPushButton(self.tr("Add public keys…"))
        self.add_button.clicked.connect(self.choose_public_keys)
        self.remove_added_button = QPushButton(self.tr("Remove"))
        self.remove_added_button.clicked.connect(self.remove_added)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_added_button)
        row.addStretch()
        self.add_error = _label("error", "add_error")
        self.add_error.hide()
        inner.addWidget(self.add_table)
        inner.addLayout(row)
        inner.addWidget(self.add_error)
        column.addWidget(add_box)

        rules_box = QGroupBox(self.tr("Thresholds and expiry"))
        grid = QGridLayout(rules_box)
        self.threshold_spins: dict[str, QSpinBox] = {}
        self.threshold_counts: dict[str, QLabel] = {}
        for number, role in enumerate(ROLES):
            spin = QSpinBox()
            spin.setObjectName(f"threshold_{role}")
            spin.setRange(1, 99)
            spin.valueChanged.connect(lambda _v: self._changes_edited())
            count = QLabel()
            set_role(count, "hint")
            grid.addWidget(QLabel(role_name(role)), number, 0)
            grid.addWidget(spin, number, 1)
            grid.addWidget(count, number, 2)
            self.threshold_spins[role] = spin
            self.threshold_counts[role] = count
        self.expires_edit = QLineEdit()
        self.expires_edit.setObjectName("expires")
        self.expires_edit.textChanged.connect(lambda _t: self._changes_edited())
        grid.addWidget(QLabel(self.tr("New expiry:")), len(ROLES), 0)
        grid.addWidget(self.expires_edit, len(ROLES), 1, 1, 2)
        grid.setColumnStretch(2, 1)
        column.addWidget(rules_box)

        self.changes_error = _label("error", "changes_error")
        self.changes_error.hide()
        self.propose_button = QPushButton(self.tr("Propose the successor"))
        set_role(self.propose_button, "primary")
        self.propose_button.clicked.connect(self.propose)
        self.resume_button = QPushButton(self.tr("Resume with a saved successor…"))
        self.resume_button.setToolTip(self.tr(
            "A successor saved earlier: collect its signatures and write it."))
        self.resume_button.clicked.connect(self.choose_successor)
        row = QHBoxLayout()
        row.addWidget(self.propose_button)
        row.addWidget(self.resume_button)
        row.addStretch()
        column.addWidget(self.changes_error)
        column.addLayout(row)
        column.addStretch(1)
        self._changes_edited()
        return step

    def load_current(self) -> dict[str, Any] | None:
        """Read the current policy into the step (its keys, roles and thresholds)."""
        self.current = None
        self.keys_tree.clear()
        path = self.current_field.path
        if not path or not Path(path).is_file():
            self.current_label.clear()
            self._changes_edited()
            return None
        try:
            info = keys.show_policy(path)
        except TijoriError as exc:
            _say(self.current_label, say(exc), "error")
            self._changes_edited()
            return None
        if "roles" not in info:
            _say(self.current_label, self.tr("This policy cannot be read."), "error")
            self._changes_edited()
            return None
        self.current = info
        state = self.tr("valid now") if info["valid"] else self.tr("NOT valid now")
        _say(self.current_label, self.tr(
            "{name} — version {version}, expires {expires} ({state})").format(
                name=info["name"], version=info["version"], expires=info["expires"],
                state=state), "ok" if info["valid"] else "error")
        self.keys_tree.blockSignals(True)
        for role in ROLES:
            spec = info["roles"].get(role)
            spin = self.threshold_spins[role]
            spin.blockSignals(True)
            spin.setValue(spec["threshold"] if spec else 1)
            spin.blockSignals(False)
            for key in (spec or {}).get("keys", []):
                item = QTreeWidgetItem([key["name"], role_name(role), key["keyid"][:16] + "…",
                                        key["words"]])
                item.setData(0, Qt.ItemDataRole.UserRole, key["keyid"])
                item.setData(1, Qt.ItemDataRole.UserRole, role)
                item.setToolTip(2, key["keyid"])
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Unchecked)
                self.keys_tree.addTopLevelItem(item)
        self.keys_tree.blockSignals(False)
        for number in range(self.keys_tree.columnCount()):
            self.keys_tree.resizeColumnToContents(number)
        self.expires_edit.setPlaceholderText(self.tr("unchanged: {expires}").format(
            expires=info["expires"]))
        self._changes_edited()
        return info

    def retire_key(self, keyid: str, retire: bool = True) -> None:
        """Tick (or untick) a current key to retire it."""
        for number in range(self.keys_tree.topLevelItemCount()):
            item = self.keys_tree.topLevelItem(number)
            if item.data(0, Qt.ItemDataRole.UserRole) == keyid:
                item.setCheckState(0, Qt.CheckState.Checked if retire
                                   else Qt.CheckState.Unchecked)

    @property
    def retired(self) -> list[str]:
        found = []
        for number in range(self.keys_tree.topLevelItemCount()):
            item = self.keys_tree.topLevelItem(number)
            if item.checkState(0) == Qt.CheckState.Checked:
                found.append(item.data(0, Qt.ItemDataRole.UserRole))
        return found

    def choose_public_keys(self) -> None:
        paths = dialogs.open_files(self, self.tr("Public keys to add"),
                                   self.tr("Public keys (*.pub *.json);;All files (*)"),
                                   "public-keys")
        if paths:
            self.add_public_keys(paths)

    def add_public_keys(self, paths: list[str], role: str = "custodian") -> list[str]:
        """Add public key files, each with `role` (changed in its row); say why a file
        cannot be added. Returns the paths added."""
        added, problems = [], []
        for path in paths:
            try:
                info = keys.show_key(str(path))
            except TijoriError as exc:
                problems.append(say(exc))
                continue
            if info["private"]:
                problems.append(self.tr("{path} is a private key file: export its public key "
                                        "and add that").format(path=path))
                continue
            if str(path) in [p for p, _ in self.additions]:
                continue
            row = self.add_table.rowCount()
            self.add_table.insertRow(row)
            cell = _cell(info["name"], f"{path}\nkeyid {info['keyid']}")
            cell.setData(Qt.ItemDataRole.UserRole, str(path))
            self.add_table.setItem(row, 0, cell)
            combo = QComboBox()
            for name in ROLES:
                combo.addItem(role_name(name), name)
            combo.setCurrentIndex(ROLES.index(role) if role in ROLES else 0)
            combo.currentIndexChanged.connect(lambda _i: self._changes_edited())
            self.add_table.setCellWidget(row, 1, combo)
            self.add_table.setItem(row, 2, _cell(info["words"]))
            added.append(str(path))
        _say(self.add_error, "; ".join(problems), "error")
        self._changes_edited()
        return added

    def set_added_role(self, row: int, role: str) -> None:
        combo = self.add_table.cellWidget(row, 1)
        combo.setCurrentIndex(ROLES.index(role))

    def remove_added(self) -> None:
        for row in sorted({i.row() for i in self.add_table.selectedIndexes()}, reverse=True):
            self.add_table.removeRow(row)
        self._changes_edited()

    @property
    def additions(self) -> list[tuple[str, str]]:
        """(public key file, role) of each row of the keys to add."""
        rows = []
        for row in range(self.add_table.rowCount()):
            item = self.add_table.item(row, 0)
            combo = self.add_table.cellWidget(row, 1)
            if item is not None and combo is not None:
                rows.append((item.data(Qt.ItemDataRole.UserRole), combo.currentData()))
        return rows

    def _members(self) -> dict[str, int]:
        """How many keys each role would hold (for the live check; propose has the word)."""
        counts = {role: 0 for role in ROLES}
        if self.current is None:
            return counts
        retired = set(self.retired)
        for role, spec in self.current["roles"].items():
            counts[role] = sum(1 for k in spec["keys"] if k["keyid"] not in retired)
        for _, role in self.additions:
            counts[role] += 1
        return counts

    def thresholds(self) -> dict[str, int]:
        """The thresholds that differ from the current policy's."""
        if self.current is None:
            return {}
        counts = self._members()
        changed = {}
        for role, spin in self.threshold_spins.items():
            spec = self.current["roles"].get(role)
            before = spec["threshold"] if spec else 1
            if counts[role] and spin.value() != before:
                changed[role] = spin.value()
        return changed

    def problems(self) -> list[str]:
        """What keeps the changes from making a successor, seen as they are made."""
        if self.current is None:
            return [self.tr("choose the policy in force")]
        problems = []
        counts = self._members()
        for role in ROLES:
            spin = self.threshold_spins[role]
            if counts[role] == 0:
                if role != "report-signer":
                    problems.append(self.tr("the role {role} would have no key left").format(
                        role=role_name(role)))
            elif spin.value() > counts[role]:
                problems.append(self.tr("{role}: {n} signatures required but {count} key(s)"
                                        ).format(role=role_name(role), n=spin.value(),
                                                 count=counts[role]))
        return problems

    def _changes_edited(self) -> None:
        counts = self._members()
        for role in ROLES:
            self.threshold_counts[role].setText(
                self.tr("of {count} key(s)").format(count=counts[role]) if counts[role]
                else self.tr("no key"))
            self.threshold_spins[role].setEnabled(bool(counts[role]))
        problems = self.problems()
        loaded = self.current is not None
        text = "; ".join(problems) if loaded else ""
        _say(self.changes_error, text[:1].upper() + text[1:] + ("." if text else ""), "error")
        self.propose_button.setEnabled(loaded and not problems)
        self.resume_button.setEnabled(loaded)
        if self.reached > 0 and self.successor_bytes is not None:
            # Changed after proposing: review again before anything is saved.
            self.successor_bytes = None
            self.reached = 0
            self.go(0)

    def propose(self) -> bytes | None:
        """Make the successor from the changes and show it for review (step 2)."""
        if self.current is None:
            return None
        current = self.current_field.path
        try:
            data = rotation.propose(current, retire=self.retired, add=self.additions,
                                    thresholds=self.thresholds(),
                                    expires=self.expires_edit.text().strip() or None)
            change = rotation.diff(current, data)
        except TijoriError as exc:
            _say(self.changes_error, say(exc), "error")
            return None
        self.successor_bytes = data
        self.successor_path = ""
        self._show_diff(change)
        folder = Path(current).parent
        suggested = folder / f"policy-v{change.version_after}-successor.json"
        self.successor_out.setText(str(suggested) if not suggested.exists() else "")
        self.successor_out.suggested = suggested.name
        _say(self.saved_label, "", "ok")
        self.save_button.setEnabled(True)
        self._reach(1)
        self.proposed.emit(change.to_dict())
        return data

    def choose_successor(self) -> None:
        path = dialogs.open_file(self, self.tr("A successor saved earlier"),
                                 self.tr("Trust policy (*.json);;All files (*)"), "policies")
        if path:
            self.resume(path)

    def resume(self, path: str) -> bool:
        """Go on with a successor saved earlier: review it, then collect its signatures."""
        current = self.current_field.path
        try:
            change = rotation.diff(current, path)
            if not change.linked:
                raise InvalidInput(self.tr(
                    "{path} is not the next version of the current policy: it does not name "
                    "it as the version it replaces").format(path=path), "successor")
        except TijoriError as exc:
            _say(self.changes_error, say(exc), "error")
            return False
        self.successor_bytes = None
        self._show_diff(change)
        self.successor_out.setText(path)
        _say(self.saved_label, self.tr("Saved earlier: {path}").format(path=path), "ok")
        self.save_button.setEnabled(False)
        self._start_signatures(path)
        return True

    # -- 2. review ----------------------------------------------------------------------

    def _review_step(self) -> QWidget:
        step = QWidget()
        column = QVBoxLayout(step)
        column.setContentsMargins(0, 0, 0, 0)
        self.diff_summary = _label("subtitle", "diff_summary")
        self.diff_tree = QTreeWidget()
        self.diff_tree.setObjectName("diff")
        self.diff_tree.setHeaderLabels([self.tr("Change"), self.tr("Before"),
                                        self.tr("After"), self.tr("Words")])
        self.diff_tree.setMinimumHeight(320)
        form = QFormLayout()
        self.save_form = Form(form)
        self.successor_out = self.save_form.add("out", self.tr("Save the successor as:"), FileField(
            self.tr("Where to save the unsigned successor"),
            self.tr("Trust policy (*.json);;All files (*)"), key="policies", save=True),
            check_new_path, hint=self.tr("Unsigned: each admin signs this file."))
        self.save_form.finish()
        self.save_button = QPushButton(self.tr("Save the unsigned successor"))
        set_role(self.save_button, "primary")
        self.save_button.clicked.connect(self.save_successor)
        self.saved_label = _label(name="saved")
        self.saved_label.hide()
        column.addWidget(self.diff_summary)
        column.addWidget(self.diff_tree)
        column.addLayout(form)
        column.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.saved_label)
        column.addStretch(1)
        return step

    def _show_diff(self, change: rotation.PolicyDiff) -> None:
        self.change = change
        tree = self.diff_tree
        tree.clear()
        good, bad, caution = qcolor(GOOD), qcolor(BAD), qcolor(CAUTION)
        bold = QFont()
        bold.setBold(True)
        self.diff_summary.setText(self.tr(
            "Version {before} → {after}: {added} key(s) added, {retired} retired, "
            "{roles} role(s) changed").format(
                before=change.version_before, after=change.version_after,
                added=len(change.added), retired=len(change.retired),
                roles=sum(1 for r in change.roles if r.changed)))

        policy = QTreeWidgetItem([self.tr("Policy")])
        rows = [(self.tr("Version"), str(change.version_before), str(change.version_after),
                 True)]
        rows.append((self.tr("Expires"), change.expires_before, change.expires_after,
                     change.expiry_changed))
        if change.name_changed:
            rows.append((self.tr("Name"), change.name_before, change.name_after, True))
        rows.append((self.tr("Digest"), change.digest_before[:16] + "…",
                     change.digest_after[:16] + "…", False))
        for what, before, after, changed in rows:
            item = QTreeWidgetItem([what, before, after])
            if changed:
                item.setForeground(2, caution)
                item.setFont(2, bold)
            policy.addChild(item)
        tree.addTopLevelItem(policy)

        added = QTreeWidgetItem([self.tr("Keys added ({n})").format(n=len(change.added))])
        for key in change.added:
            item = QTreeWidgetItem(["+ " + key.name, "",
                                    ", ".join(role_name(r) for r in key.roles),
                                    " ".join(key.words)])
            item.setToolTip(0, key.keyid)
            for number in range(4):
                item.setForeground(number, good)
            added.addChild(item)
        added.setForeground(0, good)
        tree.addTopLevelItem(added)

        retired = QTreeWidgetItem([self.tr("Keys retired ({n})").format(n=len(change.retired))])
        for key in change.retired:
            item = QTreeWidgetItem(["− " + key.name,
                                    ", ".join(role_name(r) for r in key.roles), "",
                                    " ".join(key.words)])
            item.setToolTip(0, key.keyid)
            for number in range(4):
                item.setForeground(number, bad)
            retired.addChild(item)
        retired.setForeground(0, bad)
        tree.addTopLevelItem(retired)

        roles = QTreeWidgetItem([self.tr("Roles: signatures required of keys")])
        for role in change.roles:
            before = ("—" if role.threshold_before is None else self.tr("{n} of {count}").format(
                n=role.threshold_before, count=role.keys_before))
            after = ("—" if role.threshold_after is None else self.tr("{n} of {count}").format(
                n=role.threshold_after, count=role.keys_after))
            item = QTreeWidgetItem([role_name(role.role), before, after])
            item.setData(0, Qt.ItemDataRole.UserRole, role.role)
            if role.changed:
                item.setForeground(2, caution)
                item.setFont(2, bold)
            else:
                for number in range(3):
                    item.setForeground(number, qcolor(MUTED))
            roles.addChild(item)
        tree.addTopLevelItem(roles)
        tree.expandAll()
        for number in range(tree.columnCount()):
            tree.resizeColumnToContents(number)

    def save_successor(self) -> str | None:
        if self.successor_bytes is None or not self.save_form.touch_all():
            return None
        out = str(Path(self.save_form.value("out")).expanduser())
        try:
            rotation.save_successor(self.successor_bytes, self.current_field.path, out)
        except TijoriError as exc:
            if not self.save_form.claim(exc):
                _say(self.saved_label, say(exc), "error")
            return None
        _say(self.saved_label, self.tr(
            "Saved the unsigned successor to {path}. Each admin signs it: here, or on their "
            "own PC with `tijori policy rotate sign`, bringing back the signature file."
        ).format(path=out), "ok")
        self.save_button.setEnabled(False)
        self.successor_bytes = None
        self.saved.emit(out)
        self._start_signatures(out)
        return out

    # -- 3. signatures ------------------------------------------------------------------

    def _signatures_step(self) -> QWidget:
        step = QWidget()
        column = QVBoxLayout(step)
        column.setContentsMargins(0, 0, 0, 0)
        self.successor_label = _label("subtitle", "successor")
        self.signatures_table = _table([self.tr("Admin"), self.tr("Signs as"),
                                        self.tr("File")])
        self.signatures_table.setObjectName("signatures")
        self.add_signatures_button = QPushButton(self.tr("Add signature files…"))
        self.add_signatures_button.clicked.connect(self.choose_signatures)
        self.add_qr_button = QPushButton(self.tr("Add from QR images…"))
        self.add_qr_button.clicked.connect(self.choose_qr_images)
        self.scan_button = QPushButton(self.tr("Scan with the camera…"))
        self.scan_button.clicked.connect(self.scan_signature)
        self.remove_signature_button = QPushButton(self.tr("Remove"))
        self.remove_signature_button.clicked.connect(self.remove_signatures)
        row = QHBoxLayout()
        for button in (self.add_signatures_button, self.add_qr_button, self.scan_button,
                       self.remove_signature_button):
            row.addWidget(button)
        row.addStretch()

        sign_box = QGroupBox(self.tr("Sign here with an admin key"))
        form = QFormLayout(sign_box)
        self.sign_form = Form(form)
        self.sign_key = self.sign_form.add("key", self.tr("Admin key:"), FileField(
            self.tr("Your admin key file"), self.tr("Key files (*.key);;All files (*)"),
            key="keys"), check_key_reference,
            hint=self.tr("A key file, or a key in a token by its pkcs11: URI."))
        self.sign_passphrase = QLineEdit()
        self.sign_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.sign_form.add("passphrase", self.tr("Passphrase or PIN:"), self.sign_passphrase)
        self.sign_form.finish()
        self.sign_button = QPushButton(self.tr("Sign the successor"))
        self.sign_button.clicked.connect(self.sign_here)
        self.sign_passphrase.returnPressed.connect(self.sign_here)
        sign_row = QHBoxLayout()
        sign_row.addWidget(self.sign_button)
        sign_row.addStretch()
        form.addRow("", sign_row)

        status_box = QGroupBox(self.tr("Admin thresholds"))
        inner = QVBoxLayout(status_box)
        self.status_summary = _label("", "status_summary")
        bold = QFont()
        bold.setBold(True)
        self.status_summary.setFont(bold)
        self.current_status = _label("", "current_status")
        self.successor_status = _label("", "successor_status")
        for label in (self.status_summary, self.current_status, self.successor_status):
            inner.addWidget(label)
        self.signatures_message = _label("hint", "signatures_message")

        column.addWidget(self.successor_label)
        column.addWidget(self.signatures_table)
        column.addLayout(row)
        column.addWidget(status_box)
        column.addWidget(self.signatures_message)
        column.addWidget(sign_box)
        column.addStretch(1)
        return step

    def _start_signatures(self, successor_path: str) -> None:
        self.successor_path = successor_path
        self.signatures = []
        self.successor_label.setText(self.tr("Successor: {path}").format(path=successor_path))
        suggested = Path(successor_path).parent / (
            f"policy-v{self.change.version_after}.json" if self.change else "policy.json")
        self.out_field.setText("" if suggested.exists() else str(suggested))
        self.out_field.suggested = suggested.name
        self._reach(3)
        self.go(2)
        self.evaluate([])

    def evaluate(self, paths: list[str], added: list[str] | None = None) -> bool:
        """Check the signature files against the successor; a refused one is not kept."""
        try:
            collection = rotation.collect(self.successor_path, self.current_field.path, paths)
        except TijoriError as exc:
            _say(self.signatures_message, say(exc), "error")
            return False
        self.signatures = list(paths)
        self.collection = collection
        self._show_signatures(collection)
        if added:
            _say(self.signatures_message, self.tr("Added {n} signature(s).").format(
                n=len(added)), "ok")
        elif not paths:
            _say(self.signatures_message, self.tr(
                "No signature yet. Add the files the admins bring back (or their QR images), "
                "or sign here."), "hint")
        self.evaluated.emit(collection.to_dict())
        return True

    def _show_signatures(self, collection: rotation.Collection) -> None:
        table = self.signatures_table
        table.setRowCount(len(collection.signers))
        for row, (who, path) in enumerate(zip(collection.signers, collection.paths,
                                              strict=True)):
            roles = [text for text, held in ((self.tr("current admin"), who.current_admin),
                                             (self.tr("new admin"), who.successor_admin))
                     if held]
            table.setItem(row, 0, _cell(who.name, who.keyid))
            table.setItem(row, 1, _cell(", ".join(roles)))
            table.setItem(row, 2, _cell(Path(path).name if path else self.tr("(in the file)"),
                                        path))
        status = collection.status
        self.status_summary.setText(self.tr(
            "{n} of {threshold} current admins, {n2} of {threshold2} new admins").format(
                n=len(status.current.signed), threshold=status.current.threshold,
                n2=len(status.successor.signed), threshold2=status.successor.threshold))
        self.status_summary.setStyleSheet(f"color: {GOOD if status.met else BAD};")
        for label, count, text in (
                (self.current_status, status.current,
                 self.tr("Current admins (version {version}): {n} of {threshold}")),
                (self.successor_status, status.successor,
                 self.tr("New admins (version {version}): {n} of {threshold}"))):
            line = text.format(version=count.version, n=len(count.signed),
                               threshold=count.threshold)
            if count.met:
                line = "✓ " + line + " — " + self.tr("met")
            else:
                names = ", ".join(name or keyid[:16] for keyid, name in count.missing)
                line = "✗ " + line + " — " + self.tr("{n} more needed, of: {names}").format(
                    n=count.needed, names=names)
            for keyid, reason in count.failed:
                line += "\n    " + self.tr("{keyid}… does not count: {reason}").format(
                    keyid=keyid[:16], reason=say(reason))
            label.setText(line)
            label.setStyleSheet(f"color: {GOOD if count.met else BAD};")
        self.remove_signature_button.setEnabled(any(collection.paths))
        self._update_finish()

    def choose_signatures(self) -> None:
        paths = dialogs.open_files(self, self.tr("Admins' signature files"),
                                   self.tr("Signatures (*.sig *.json);;All files (*)"),
                                   "signatures")
        if paths:
            self.add_signatures(paths)

    def add_signatures(self, paths: list[str]) -> bool:
        fresh = [str(p) for p in paths if str(p) not in self.signatures]
        if not fresh:
            return True
        return self.evaluate(self.signatures + fresh, added=fresh)

    def remove_signatures(self) -> None:
        rows = {i.row() for i in self.signatures_table.selectedIndexes()}
        if self.collection is None or not rows:
            return
        dropped = {self.collection.paths[row] for row in rows}
        self.evaluate([p for p in self.signatures if p not in dropped])

    def choose_qr_images(self) -> Job | None:
        paths = dialogs.open_files(self, self.tr("A signature as QR images"),
                                   self.tr("Images (*.png *.jpg *.jpeg *.bmp *.gif);;"
                                           "All files (*)"), "qr")
        return self.add_qr_images(paths) if paths else None

    def add_qr_images(self, paths: list[str]) -> Job | None:
        """Read a signature from QR images, keep it as a file beside the successor, add it."""
        return self._keep_signature(lambda: qr.read_qr_images([Path(p) for p in paths]),
                                    self.tr("the QR images"))

    def scan_signature(self) -> Any:
        """Scan an admin's signature from their screen's QR codes with the camera."""
        if self.busy or not self.successor_path:
            return None
        dialog = scanning.start(self, self.tr("Scan an admin's signature"))
        if dialog is not None:
            dialog.scanned.connect(lambda data: self._keep_signature(
                lambda: data, self.tr("the camera's QR codes")))
        return dialog

    def _keep_signature(self, read: Callable[[], bytes], source: str) -> Job | None:
        """Keep the signature `read()` gives as a file beside the successor, and add it."""
        if self.busy or not self.successor_path:
            return None
        successor, current = self.successor_path, self.current_field.path

        def keep(task: Any) -> str:
            return rotation.save_signature(successor, current, read(), source=source)

        return self._run(keep, self.tr("Reading the QR codes…"),
                         lambda path: self.add_signatures([path]))

    def sign_here(self) -> Job | None:
        """Sign the successor with an admin key file; the signature is kept beside it."""
        if self.busy or not self.successor_path or not self.sign_form.touch_all():
            return None
        successor, current = self.successor_path, self.current_field.path
        key_path, secret = self.sign_form.value("key"), self.sign_passphrase.text()
        try:
            who = rotation.check_signer(successor, current, key_path)
        except TijoriError as exc:
            if not self.sign_form.claim(exc):
                _say(self.signatures_message, say(exc), "error")
            return None
        out = rotation.signature_path_for(successor, who.keyid)

        def done(info: dict) -> None:
            self.sign_passphrase.clear()
            self.signed.emit(info)
            self.add_signatures([info["out"]])

        return self._run(lambda task: rotation.sign_successor(successor, current, key_path,
                                                              secret, out),
                         self.tr("Unlocking the key and signing…"), done)

    @property
    def busy(self) -> bool:
        return self.job is not None and not self.job.done

    def _run(self, work: Any, text: str, done: Any) -> Job:
        for button in (self.sign_button, self.add_qr_button):
            button.setEnabled(False)
        self.job = (Op(self, work, label=text)
                    .progress(self.progress, text)
                    .success(done)
                    .failure(self._failed)
                    .after(self._idle)
                    .run())
        return self.job

    def _failed(self, exc: BaseException) -> bool:
        if isinstance(exc, InvalidInput) and exc.field == "key":
            self.sign_form.set_error("key", say(exc))
            return True
        if isinstance(exc, TijoriError):
            _say(self.signatures_message, say(exc), "error")
            return True
        return False

    def _idle(self) -> None:
        for button in (self.sign_button, self.add_qr_button):
            button.setEnabled(True)

    # -- 4. write ---------------------------------------------------------------------

    def _finish_step(self) -> QWidget:
        step = QWidget()
        column = QVBoxLayout(step)
        column.setContentsMargins(0, 0, 0, 0)
        self.finish_summary = _label("", "finish_summary")
        form = QFormLayout()
        self.finish_form = Form(form)
        self.out_field = self.finish_form.add("out", self.tr("New policy file:"), FileField(
            self.tr("Where to write the new policy"),
            self.tr("Trust policy (*.json);;All files (*)"), key="policies", save=True),
            check_new_path, hint=self.tr(
                "The version it replaces is kept in policy-history/ beside it, so that "
                "older attestations still verify."))
        self.finish_form.finish()
        self.finish_form.validity.connect(lambda _ok: self._update_finish())
        self.finish_button = QPushButton(self.tr("Write the new policy"))
        set_role(self.finish_button, "primary")
        self.finish_button.clicked.connect(self.finish)
        self.finished_label = _label(name="finished")
        self.finished_label.hide()
        column.addWidget(self.finish_summary)
        column.addLayout(form)
        column.addWidget(self.finish_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.finished_label)
        column.addStretch(1)
        return step

    def _update_finish(self) -> None:
        status = self.collection.status if self.collection else None
        met = bool(status and status.met)
        if status is None:
            _say(self.finish_summary, self.tr("Collect the admins' signatures first."), "hint")
        elif met:
            _say(self.finish_summary, self.tr(
                "Both admin thresholds are met: {status}.").format(
                    status=say(status.describe())), "ok")
        else:
            _say(self.finish_summary, self.tr("Not yet: {status}. Still needed: {missing}."
                                              ).format(status=say(status.describe()),
                                                       missing=say(rotation.missing_text(
                                                           status))), "error")
        ready = met and bool(self.out_field.path) and not self.finish_form.fields[
            "out"].error.isVisible()
        self.finish_button.setEnabled(ready)

    def finish(self) -> dict | None:
        if self.collection is None or not self.finish_form.touch_all():
            return None
        out = str(Path(self.finish_form.value("out")).expanduser())
        try:
            info = rotation.finish(self.successor_path, self.current_field.path,
                                   self.signatures, out)
        except TijoriError as exc:
            if isinstance(exc, InvalidInput) and exc.field == "out":
                self.finish_form.set_error("out", say(exc))
            else:
                _say(self.finished_label, say(exc), "error")
            return None
        _say(self.finished_label, self.tr(
            "Wrote policy version {version} to {path}\ndigest {digest}\nThe version it "
            "replaces is kept in {history}. Give the new policy to every verifier and "
            "signer: they accept it as the successor of the one they pinned.").format(
                version=info["version"], path=out, digest=info["digest"],
                history=", ".join(info["history"])), "ok")
        self.finish_button.setEnabled(False)
        self.finished.emit(info)
        return info
