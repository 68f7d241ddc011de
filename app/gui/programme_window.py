"""The operator's Programme page (Tools › Programme…): from the members' files to
a finalised programme attestation, without a ledger.

A programme sums many custodians' attestations into one. Here the operator (1) gives the
programme policy, each member's attestation with its leaves and the members' policies,
and checks them (`app.services.programme`, FORMAT.md §13.3): every member verified, within
the window, and no holding counted twice; the bottom line first, then each member, what
is missing, and every collision. (2) Once the check passes: an optional token file and
the previous programme attestation, and the signing request is written
(`programme_attest.make_programme_request`), its statement shown (the members' entries,
the summed totals, each token's coverage, the collision record, the chain). (3) The
signers' responses are collected and the attestation finalised (`attesting`, as for a
custodian's request: the Attest page's `SignaturesStep`). A request written earlier is
opened to resume. The auditor uses step 1 alone. Long work runs off the GUI thread (`Op`)
with progress, and Cancel where it is safe.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import Cancelled, InvalidInput, TijoriError
from app.gui import dialogs
from app.gui.attest_scope import check_as_of
from app.gui.attest_sign import SignaturesStep
from app.gui.file_field import FileField, check_existing_file, check_new_path
from app.gui.forms import Form
from app.gui.i18n import say
from app.gui.look import icon, set_role
from app.gui.ops import Op
from app.gui.programme_statement import ProgrammeStatementView
from app.gui.progress import ProgressPanel
from app.gui.screen_fit import fit_to_screen, scrolled
from app.gui.signer_policy import role_name
from app.gui.tables import cell, fit_rows, table
from app.gui.workers import Job
from app.services import attesting, programme, programme_attest

JSON_FILES = "JSON (*.json);;All files (*)"
#: Rows the check's tables show before they scroll on their own.
TABLE_ROWS = 8


def _row(*widgets: QWidget) -> QHBoxLayout:
    """Buttons side by side, on the leading side."""
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


class ProgrammeWindow(QMainWindow):
    """Give the files, check, write the request, collect the signatures, finalise."""

    checked = Signal(object)  # the ProgrammeCheck
    #: The request written or opened: its path and the programme statement.
    request_ready = Signal(str, dict)
    #: The attestation finalised: finalize's result with its "path".
    finalised = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tijori — programme"))
        self.setWindowIcon(icon("tijori"))
        self.job: Job | None = None  # the check, the request being written, or one opened
        self.final_job: Job | None = None
        self.result: Any = None  # the last ProgrammeCheck
        self.members: list[programme.MemberFiles] = []
        self.request_path = ""
        self.statement: dict[str, Any] | None = None
        self.attestation = ""  # the file finalised

        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(self._check_part())
        layout.addWidget(self._request_part())
        layout.addWidget(self._statement_part())
        layout.addWidget(self._signatures_part())
        layout.addStretch(1)
        self.scroll = scrolled(inner)
        self.setCentralWidget(self.scroll)
        fit_to_screen(self, QSize(1100, 860))

    # -- building -------------------------------------------------------------------------

    def _check_part(self) -> QWidget:
        intro = QLabel(self.tr(
            "Checks what a programme statement rests on: the programme policy holds; each "
            "member's attestation verifies with its leaves under the policy the programme "
            "pins for it; all are dated within the programme's window; none is missing or "
            "given twice; and no bar, lot or tank is counted by two of them."))
        intro.setWordWrap(True)
        set_role(intro, "hint")
        self.open_button = QPushButton(self.tr("Open a request…"))
        self.open_button.setObjectName("open_request")
        self.open_button.setToolTip(self.tr("Resume the signing of a programme request "
                                            "written earlier"))
        self.open_button.clicked.connect(self.choose_request)
        self.form = Form(QFormLayout())
        self.policy_field = self.form.add("programme", self.tr("Programme policy:"), FileField(
            self.tr("The programme policy"), JSON_FILES, key="policies"), check_existing_file)
        self.form.finish()
        self.policy_field.textChanged.connect(self._files_changed)

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
        files_layout.addLayout(_row(add_member, add_policy, clear))

        self.check_button = QPushButton(self.tr("Check the programme"))
        self.check_button.setObjectName("check_programme")
        set_role(self.check_button, "primary")
        self.check_button.clicked.connect(self.check)
        self.progress = ProgressPanel()
        self.verdict = QLabel()
        self.verdict.setObjectName("programme_verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verdict.hide()
        self.member_table = table([self.tr("Member"), self.tr("Attestation"), self.tr("As of"),
                                   self.tr("Verified"), self.tr("In the window"),
                                   self.tr("Why not")])
        self.member_table.setObjectName("member_results")
        self.member_table.hide()
        self.collision_table = table([self.tr("Kind"), self.tr("Identity"),
                                      self.tr("Found under")])
        self.collision_table.setObjectName("collisions")
        self.collision_table.hide()
        self.collision_title = QLabel(self.tr("Holdings counted by more than one member"))
        set_role(self.collision_title, "subtitle")
        self.collision_title.hide()

        part = QWidget()
        layout = QVBoxLayout(part)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(intro, 1)
        top.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addLayout(self.form.layout)
        layout.addWidget(files)
        layout.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.progress)
        layout.addWidget(self.verdict)
        layout.addWidget(self.member_table)
        layout.addWidget(self.collision_title)
        layout.addWidget(self.collision_table)
        return part

    def _request_part(self) -> QWidget:
        self.request_box = QGroupBox(self.tr("The programme's signing request"))
        self.request_box.setObjectName("request_box")
        hint = QLabel(self.tr(
            "The check passed: the operator now writes the programme's signing request. Its "
            "statement sums the members' totals. Give the token file (CSV: {columns}) to "
            "state each token's coverage, and the programme's previous attestation to chain "
            "this one to it. Both are optional.").format(
                columns=", ".join(programme_attest.TOKEN_COLUMNS)))
        hint.setWordWrap(True)
        set_role(hint, "hint")
        self.request_form = Form(QFormLayout())
        self.tokens_field = self.request_form.add(
            "tokens", self.tr("Token file:"),
            FileField(self.tr("The programme's tokens"),
                      self.tr("Token files (*.csv);;All files (*)"), key="tokens"),
            check_existing_file, required=False)
        self.previous_field = self.request_form.add(
            "previous", self.tr("Previous attestation:"),
            FileField(self.tr("The programme's previous attestation"), JSON_FILES,
                      key="attest"),
            check_existing_file, required=False)
        self.as_of_field = QLineEdit()
        self.as_of_field.setObjectName("programme_as_of")
        self.as_of_field.setPlaceholderText(self.tr("the latest member's as-of"))
        self.request_form.add(
            "as_of", self.tr("As of:"), self.as_of_field, check_as_of, required=False,
            hint=self.tr("Optional: the programme's as-of, such as 2027-01-31T23:59:59Z; "
                         "every member's must lie within the window of it."))
        self.request_form.finish()
        self.write_button = QPushButton(self.tr("Write the signing request…"))
        self.write_button.setObjectName("write_request")
        set_role(self.write_button, "primary")
        self.write_button.clicked.connect(self.choose_request_path)
        self.request_progress = ProgressPanel()
        self.request_message = QLabel()
        self.request_message.setObjectName("request_message")
        self.request_message.setWordWrap(True)
        self.request_message.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.request_message.hide()
        layout = QVBoxLayout(self.request_box)
        layout.addWidget(hint)
        layout.addLayout(self.request_form.layout)
        layout.addWidget(self.write_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.request_progress)
        layout.addWidget(self.request_message)
        self.request_box.hide()
        return self.request_box

    def _statement_part(self) -> QWidget:
        self.statement_box = QGroupBox(self.tr("The programme statement"))
        self.statement_box.setObjectName("statement_box")
        self.request_label = QLabel()
        self.request_label.setObjectName("request_file")
        self.request_label.setWordWrap(True)
        self.request_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_role(self.request_label, "ok")
        self.view = ProgrammeStatementView()
        layout = QVBoxLayout(self.statement_box)
        layout.addWidget(self.request_label)
        layout.addWidget(self.view)
        self.statement_box.hide()
        return self.statement_box

    def _signatures_part(self) -> QWidget:
        self.signatures_box = QGroupBox(self.tr("Signatures"))
        self.signatures_box.setObjectName("signatures_box")
        hint = QLabel(self.tr(
            "Carry the request to the programme's operator and auditor. Each signs it on "
            "their own offline PC, where Tijori checks every member again, and brings back "
            "a response file or shows it as QR codes. Add the responses here; you can close "
            "this window and open the request again later."))
        hint.setWordWrap(True)
        set_role(hint, "hint")
        self.counts = QLabel()
        self.counts.setObjectName("role_counts")
        self.counts.setWordWrap(True)
        self.signatures = SignaturesStep()
        self._fit_signatures()
        self.signatures.evaluated.connect(self._counted)
        self.signatures.finalise_requested.connect(self.finalise)
        self.done_label = QLabel()
        self.done_label.setObjectName("done")
        self.done_label.setWordWrap(True)
        self.done_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_role(self.done_label, "ok")
        self.done_label.hide()
        layout = QVBoxLayout(self.signatures_box)
        layout.addWidget(hint)
        layout.addWidget(self.counts)
        layout.addWidget(self.signatures)
        layout.addWidget(self.done_label)
        self.signatures_box.hide()
        return self.signatures_box

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
        self._files_changed()

    def choose_policies(self) -> None:
        self.add_policies(dialogs.open_files(self, self.tr("The members' policies"),
                                             JSON_FILES, "policies"))

    def add_policies(self, paths: list[str]) -> None:
        for path in paths:
            self.policy_list.addItem(str(path))
        if paths:
            self._files_changed()

    @property
    def policies(self) -> list[str]:
        return [self.policy_list.item(i).text() for i in range(self.policy_list.count())]

    def clear(self) -> None:
        self.members.clear()
        self.member_list.clear()
        self.policy_list.clear()
        self._files_changed()

    def _files_changed(self) -> None:
        """The files differ from those checked: a request waits for a new check."""
        if self.result is not None and self.result.ok:
            self.result = None
            self.request_box.hide()
            self._say(self.tr("The files changed since the check: check the programme "
                              "again before writing its request."), "hint")

    # -- (1) the check --------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.job is not None and not self.job.done

    def check(self) -> Job | None:
        """Check the members off the GUI thread; None when nothing was started."""
        if self.busy or not self.form.touch_all():
            return None
        if not self.members:
            self._say(self.tr("Add each member's attestation and leaves first."), "error")
            return None
        path, members, policies = self.policy_field.path, list(self.members), self.policies
        text = self.tr("Checking the members and their holdings…")
        self.job = (Op(self, lambda task: programme.check_programme(
                        path, members, policies, task=task), label=text)
                    .progress(self.progress, text, cancellable=True)
                    .success(self._show)
                    .failure(self._failed)
                    .after(self._update_buttons)
                    .run())
        self._update_buttons()
        return self.job

    def _failed(self, exc: BaseException) -> bool:
        if isinstance(exc, Cancelled):
            self._say(self.tr("Cancelled: nothing was checked."), "error")
            return True
        if isinstance(exc, TijoriError):
            self._say(say(exc), "error")
            return True
        return False

    def _say(self, text: str, role: str) -> None:
        self.verdict.setText(text)
        set_role(self.verdict, role)
        self.verdict.setVisible(bool(text))

    def _show(self, result: Any) -> None:
        self.result = result
        if result.ok:
            self._say(self.tr("The programme check passed: {count} members verified, within "
                              "the window, and {identities} identities each counted once."
                              ).format(count=len(result.members),
                                       identities=f"{result.collisions.identities:,}"), "ok")
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
                problems="; ".join(problems)), "error")
        self._show_members(result)
        self._show_collisions(result)
        self.request_box.setVisible(bool(result.ok))
        if result.ok:
            self.request_message.hide()
            self._scroll_to(self.request_box)
        else:
            self._scroll_to(self.collision_table if self.collision_table.isVisibleTo(self)
                            else self.member_table)
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
                # The attestation's id in short (whole on hovering): room for "Why not".
                shown = value[:8] + "…" if column == 1 and len(value) > 12 else value
                self.member_table.setItem(number, column, cell(str(shown), str(value)))
        fit_rows(self.member_table, TABLE_ROWS, sideways=True)
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
        fit_rows(self.collision_table, TABLE_ROWS, sideways=True)
        self.collision_table.setVisible(bool(collisions))
        self.collision_title.setVisible(bool(collisions))

    # -- (2) the request ------------------------------------------------------------------

    def choose_request_path(self) -> Job | None:
        """Ask where the request goes, then write it."""
        if self.busy or not self.request_form.touch_all():
            return None
        out = dialogs.save_file(self, self.tr("Save the programme's signing request"),
                                "programme.req.json", self.tr("Signing requests (*.req.json);;"
                                                              "All files (*)"), "attest")
        if not out:
            return None
        try:
            check_new_path(out)
        except InvalidInput as exc:
            self._tell_request(say(exc), "error")
            return None
        return self.write_request(str(Path(out).expanduser()))

    def write_request(self, out: str) -> Job | None:
        """Check the members again and write the signing request to `out`, off the GUI
        thread; None when nothing was started."""
        if self.busy or not self.request_form.touch_all():
            return None
        if self.result is None or not self.result.ok:
            self._say(self.tr("Check the programme first: its request is written only once "
                              "the check passes."), "error")
            return None
        tokens, previous, as_of = (self.request_form.value(name)
                                   for name in ("tokens", "previous", "as_of"))
        arguments = dict(programme_path=self.policy_field.path, members=list(self.members),
                         policy_paths=self.policies, out=out,
                         tokens_path=str(Path(tokens).expanduser()) if tokens else None,
                         previous_path=str(Path(previous).expanduser()) if previous else None,
                         as_of=as_of.strip() or None if as_of else None)
        text = self.tr("Checking the members again and writing the request…")
        self.request_message.hide()
        self.job = (Op(self, lambda task: programme_attest.make_programme_request(
                        **arguments, task=task), label=text)
                    .progress(self.request_progress, text, cancellable=True)
                    .success(lambda result: self._written(out, result))
                    .failure(self._request_failed)
                    .after(self._update_buttons)
                    .run())
        self._update_buttons()
        return self.job

    def _tell_request(self, text: str, role: str) -> None:
        self.request_message.setText(text)
        set_role(self.request_message, role)
        self.request_message.setVisible(bool(text))

    def _request_failed(self, exc: BaseException) -> bool:
        if isinstance(exc, programme_attest.NotReady):
            self._show(exc.check)  # the failing members and collisions, in their tables
            self._say(self.tr("No signing request was written. {verdict}").format(
                verdict=self.verdict.text()), "error")
            return True
        if isinstance(exc, Cancelled):
            self._tell_request(self.tr("Cancelled: no request was written."), "error")
            return True
        if isinstance(exc, InvalidInput) and exc.field in ("tokens", "previous"):
            self.request_form.claim(exc)
            return True
        if isinstance(exc, TijoriError | OSError):
            self._tell_request(say(exc), "error")
            return True
        return False

    def _written(self, out: str, result: dict[str, Any]) -> None:
        self._tell_request(self.tr("The signing request {id} was written to {path}.").format(
            id=result["request_id"], path=out), "ok")
        self._open(out, result["statement"], [])

    # -- opening a request written earlier -------------------------------------------------

    def choose_request(self) -> Job | None:
        path = dialogs.open_file(self, self.tr("Open a programme's signing request"),
                                 self.tr("Signing requests (*.req.json *.json);;"
                                         "All files (*)"), "attest")
        return self.open_request(path) if path else None

    def open_request(self, path: str) -> Job | None:
        """Read a request written earlier and the responses saved beside it, to resume its
        signing; a custodian's request is refused. None when nothing was started."""
        if self.busy or self.finalising:
            return None

        def read(task) -> tuple[dict[str, Any], list[str]]:
            return attesting.open_request(path), attesting.find_responses(path)

        def done(result: tuple[dict[str, Any], list[str]]) -> None:
            info, responses = result
            if not info.get("programme"):
                self._say(self.tr("{path} is a custodian's signing request, not a "
                                  "programme's: resume it on the Attest page of its "
                                  "ledger.").format(path=path), "error")
                self._scroll_to(self.verdict)
                return
            self._say(self.tr("Opened the request {id} ({count} response(s) found beside "
                              "it).").format(id=info["request_id"], count=len(responses)),
                      "ok")
            self._open(path, info["statement"], responses)

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, TijoriError | OSError):
                self._say(say(exc), "error")
                return True
            return False

        text = self.tr("Reading the request…")
        self.job = (Op(self, read, label=text).progress(self.progress, text)
                    .success(done).failure(failed).after(self._update_buttons).run())
        self._update_buttons()
        return self.job

    def _open(self, path: str, body: dict[str, Any], responses: list[str]) -> None:
        """Show the request's statement and collect its responses."""
        self.request_path, self.statement, self.attestation = path, body, ""
        self.request_label.setText(self.tr("Signing request: {path}").format(path=path))
        self.view.show_statement(body)
        self.statement_box.show()
        self.done_label.hide()
        self.counts.clear()
        self.signatures.start(path, responses)
        self.signatures_box.show()
        self._scroll_to(self.statement_box)
        self.request_ready.emit(path, body)

    # -- (3) the signatures and the attestation --------------------------------------------

    def _counted(self, result: dict[str, Any]) -> None:
        """Per role, the signatures that count against its threshold."""
        counts = ", ".join(self.tr("{signed} of {threshold} {role}").format(
            signed=role["valid"], threshold=role["threshold"], role=role_name(role["role"]))
            for role in result["roles"])
        self.counts.setText(self.tr("Signed so far: {counts}.").format(counts=counts))
        set_role(self.counts, "ok" if result["final"] else "warning")
        self._fit_signatures()

    def _fit_signatures(self) -> None:
        """The responses and the roles as tall as their rows: Finalise stays near."""
        fit_rows(self.signatures.responses_table, 5, least=2)
        fit_rows(self.signatures.roles_table, 4, least=2)

    @property
    def finalising(self) -> bool:
        return self.final_job is not None and not self.final_job.done

    def finalise(self, out: str) -> Job | None:
        """Write the programme attestation to `out` from the responses collected."""
        if self.finalising or not self.request_path:
            return None
        request, responses = self.request_path, list(self.signatures.responses)

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, InvalidInput):
                self.signatures.form.set_error("out", say(exc))
                return True
            if isinstance(exc, TijoriError | OSError):
                self.signatures.tell(say(exc), "error")
                return True
            return False

        def ended() -> None:
            self.signatures.set_busy(None)
            self._update_buttons()

        self.final_job = (Op(self, lambda task: attesting.finalize(request, responses, out=out),
                             label="finalise programme attestation")
                          .success(lambda result: self._finalised(out, result))
                          .failure(failed).after(ended).run())
        self.signatures.set_busy(self.final_job, self.tr("Finalising…"))
        self._update_buttons()
        return self.final_job

    def _finalised(self, out: str, result: dict[str, Any]) -> None:
        self.attestation = out
        self.done_label.setText(self.tr(
            "The programme attestation {id} is final with {count} signatures. It was "
            "written to {path}.").format(id=result["attestation_id"],
                                         count=result["signatures"], path=out))
        self.done_label.show()
        self.signatures.tell("", "hint")
        self._scroll_to(self.done_label)
        self.finalised.emit({**result, "path": out})

    # -- the state of the buttons ------------------------------------------------------------

    def _update_buttons(self) -> None:
        busy = self.busy
        self.check_button.setEnabled(not busy)
        self.write_button.setEnabled(not busy)
        self.open_button.setEnabled(not busy and not self.finalising)
        if self.attestation:
            self.signatures.finalise_button.setEnabled(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing stops a check under way (a request is written whole, or not at all)."""
        if self.busy and self.job is not None:
            self.job.cancel()
        super().closeEvent(event)

    def _scroll_to(self, widget: QWidget) -> None:
        """Bring `widget` into view once the layout has placed it."""
        QTimer.singleShot(0, self.scroll, lambda: self.scroll.ensureWidgetVisible(
            widget, 0, 40))
