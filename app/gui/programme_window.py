"""Programme check…: every member custodian verified, within the window, and no holding
counted twice (`app.services.programme`, FORMAT.md §13.3).

The operator (before a programme statement) and the auditor (after it) give the
programme policy, each member's attestation with its leaves, and the members' policies;
the check runs off the GUI thread (`Op`) with progress and Cancel. The bottom line comes
first, then each member, what is missing, and every collision with its members and
holdings. Needs no ledger.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import Cancelled, TijoriError
from app.gui import dialogs
from app.gui.file_field import FileField, check_existing_file
from app.gui.forms import Form
from app.gui.i18n import say
from app.gui.look import icon, set_role
from app.gui.ops import Op
from app.gui.progress import ProgressPanel
from app.gui.screen_fit import fit_to_screen, scrolled
from app.gui.tables import cell, table
from app.gui.workers import Job
from app.services import programme

JSON_FILES = "JSON (*.json);;All files (*)"


class ProgrammeWindow(QMainWindow):
    """Give the files, check, read the findings."""

    checked = Signal(object)  # the ProgrammeCheck

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tijori — programme check"))
        self.setWindowIcon(icon("tijori"))
        self.job: Job | None = None
        self.result: Any = None
        self.members: list[programme.MemberFiles] = []

        intro = QLabel(self.tr(
            "Checks what a programme statement rests on: the programme policy holds; each "
            "member's attestation verifies with its leaves under the policy the programme "
            "pins for it; all are dated within the programme's window; none is missing or "
            "given twice; and no bar, lot or tank is counted by two of them."))
        intro.setWordWrap(True)
        set_role(intro, "hint")
        self.form = Form(QFormLayout())
        self.policy_field = self.form.add("programme", self.tr("Programme policy:"), FileField(
            self.tr("The programme policy"), JSON_FILES, key="policies"), check_existing_file)
        self.form.finish()

        self.member_list = QListWidget()
        self.member_list.setObjectName("members")
        self.member_list.setMinimumHeight(70)
        self.member_list.setMaximumHeight(110)
        add_member = QPushButton(self.tr("Add a member…"))
        add_member.setToolTip(self.tr("A member's attestation, then its leaves file"))
        add_member.clicked.connect(self.choose_member)
        self.policy_list = QListWidget()
        self.policy_list.setObjectName("member_policies")
        self.policy_list.setMinimumHeight(60)
        self.policy_list.setMaximumHeight(90)
        add_policy = QPushButton(self.tr("Add member policies…"))
        add_policy.clicked.connect(self.choose_policies)
        clear = QPushButton(self.tr("Clear"))
        clear.clicked.connect(self.clear)
        files = QGroupBox(self.tr("The members' files"))
        files_layout = QVBoxLayout(files)
        files_layout.addWidget(QLabel(self.tr("Attestations and their leaves:")))
        files_layout.addWidget(self.member_list)
        files_layout.addWidget(QLabel(self.tr("Their policies (those pinned, and any later "
                                              "versions):")))
        files_layout.addWidget(self.policy_list)
        row = QHBoxLayout()
        for button in (add_member, add_policy, clear):
            row.addWidget(button)
        row.addStretch(1)
        files_layout.addLayout(row)

        self.check_button = QPushButton(self.tr("Check the programme"))
        self.check_button.setObjectName("check_programme")
        set_role(self.check_button, "primary")
        self.check_button.clicked.connect(self.check)
        self.progress = ProgressPanel()
        self.verdict = QLabel()
        self.verdict.setObjectName("programme_verdict")
        self.verdict.setWordWrap(True)
        self.verdict.hide()
        self.member_table = table([self.tr("Member"), self.tr("Attestation"), self.tr("As of"),
                                   self.tr("Verified"), self.tr("In the window"),
                                   self.tr("Why not")])
        self.member_table.setObjectName("member_results")
        self.member_table.setMinimumHeight(100)
        self.member_table.setMaximumHeight(220)
        self.member_table.hide()
        self.collision_table = table([self.tr("Kind"), self.tr("Identity"),
                                      self.tr("Found under")])
        self.collision_table.setObjectName("collisions")
        self.collision_table.setMinimumHeight(160)
        self.collision_table.hide()

        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(intro)
        layout.addLayout(self.form.layout)
        layout.addWidget(files)
        layout.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.progress)
        layout.addWidget(self.verdict)
        layout.addWidget(self.member_table)
        layout.addWidget(self.collision_table, 1)
        self.setCentralWidget(scrolled(inner))
        fit_to_screen(self, QSize(1000, 760))

    # -- the files ------------------------------------------------------------------------

    def choose_member(self) -> None:
        attestation = dialogs.open_file(self, self.tr("A member's attestation"), JSON_FILES,
                                        "attest")
        if not attestation:
            return
        leaves = dialogs.open_file(self, self.tr("Its leaves file"),
                                   self.tr("Leaves (*.jsonl);;All files (*)"), "attest")
        if leaves:
            self.add_member(attestation, leaves)

    def add_member(self, attestation: str, leaves: str) -> None:
        self.members.append(programme.MemberFiles(attestation, leaves))
        self.member_list.addItem(f"{Path(attestation).name} + {Path(leaves).name}")

    def choose_policies(self) -> None:
        self.add_policies(dialogs.open_files(self, self.tr("The members' policies"),
                                             JSON_FILES, "policies"))

    def add_policies(self, paths: list[str]) -> None:
        for path in paths:
            self.policy_list.addItem(str(path))

    @property
    def policies(self) -> list[str]:
        return [self.policy_list.item(i).text() for i in range(self.policy_list.count())]

    def clear(self) -> None:
        self.members.clear()
        self.member_list.clear()
        self.policy_list.clear()

    # -- the check ------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.job is not None and not self.job.done

    def check(self) -> Job | None:
        if self.busy or not self.form.touch_all():
            return None
        if not self.members:
            self._say(self.tr("Add each member's attestation and leaves first."), False)
            return None
        path, members, policies = self.policy_field.path, list(self.members), self.policies
        self.check_button.setEnabled(False)
        text = self.tr("Checking the members and their holdings…")
        self.job = (Op(self, lambda task: programme.check_programme(
                        path, members, policies, task=task), label=text)
                    .progress(self.progress, text, cancellable=True)
                    .success(self._show)
                    .failure(self._failed)
                    .after(lambda: self.check_button.setEnabled(True))
                    .run())
        return self.job

    def _failed(self, exc: BaseException) -> bool:
        if isinstance(exc, Cancelled):
            self._say(self.tr("Cancelled: nothing was checked."), False)
            return True
        if isinstance(exc, TijoriError):
            self._say(say(exc), False)
            return True
        return False

    def _say(self, text: str, good: bool) -> None:
        self.verdict.setText(text)
        set_role(self.verdict, "ok" if good else "error")
        self.verdict.setVisible(bool(text))

    def _show(self, result: Any) -> None:
        self.result = result
        if result.ok:
            self._say(self.tr("The programme check passed: {count} members verified, within "
                              "the window, and {identities} identities each counted once."
                              ).format(count=len(result.members),
                                       identities=f"{result.collisions.identities:,}"), True)
        else:
            problems = []
            failed = [m.name for m in result.members if not m.ok]
            if failed:
                problems.append(self.tr("members that do not hold: {names}").format(
                    names=", ".join(failed)))
            if result.missing:
                problems.append(self.tr("members not given: {names}").format(
                    names=", ".join(result.missing)))
            if result.collisions is None:
                problems.append(self.tr("no collision check, as a member does not verify"))
            elif result.collisions.collisions:
                problems.append(self.tr("{count} identities counted more than once").format(
                    count=f"{len(result.collisions.collisions):,}"))
            self._say(self.tr("The programme check FAILED: {problems}.").format(
                problems="; ".join(problems)), False)
        self._show_members(result)
        self._show_collisions(result)
        self.checked.emit(result)

    def _show_members(self, result: Any) -> None:
        rows = [(m.name, m.attestation_id or Path(m.attestation).name, m.as_of or "",
                 "✓" if m.verdict.ok else "✗",
                 {True: "✓", False: "✗", None: "?"}[m.within_window],
                 "; ".join(f"{c.name}: {say(c.reason)}" for c in m.verdict.failures))
                for m in result.members]
        rows += [(name, "", "", "✗", "", self.tr("no attestation given"))
                 for name in result.missing]
        self.member_table.setRowCount(len(rows))
        for number, values in enumerate(rows):
            for column, value in enumerate(values):
                self.member_table.setItem(number, column, cell(str(value), str(value)))
        self.member_table.show()

    def _show_collisions(self, result: Any) -> None:
        collisions = result.collisions.collisions if result.collisions else ()
        self.collision_table.setRowCount(len(collisions))
        for number, collision in enumerate(collisions):
            where = "; ".join(self.tr("{member}, holding {holding}").format(
                member=f.member, holding=f.holding) for f in collision.found)
            kind = {"bar": self.tr("bar"), "lot": self.tr("lot"),
                    "tank": self.tr("tank")}.get(collision.kind, collision.kind)
            for column, value in enumerate((kind, collision.identity, where)):
                self.collision_table.setItem(number, column, cell(value, value))
        self.collision_table.setVisible(bool(collisions))
