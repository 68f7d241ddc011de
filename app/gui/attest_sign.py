"""The last step of an attestation: collect the signers' responses, see what is missing,
finalise.

Responses come as files (carried on a USB stick) or as QR images (photographed
from the signer's screen); the ones read from QR codes are kept as files beside
the request, so the signing can be resumed later. After every change the
responses are checked against the request and its policy (nothing is written):
for each role, its threshold, whose signatures count and whose are missing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import InvalidInput, TijoriError
from app.gui import dialogs, scanning
from app.gui.file_field import FileField
from app.gui.forms import Form
from app.gui.i18n import say, tr
from app.gui.look import set_role
from app.gui.ops import Op
from app.gui.palette import BAD, GOOD, qcolor
from app.gui.progress import ProgressPanel
from app.gui.signer_policy import role_name
from app.gui.tables import cell as read_only_cell
from app.gui.tables import table as plain_table
from app.gui.workers import Job
from app.services import attesting, qr

MET_COLOUR = qcolor(GOOD)
MISSING_COLOUR = qcolor(BAD)



_item, _table = read_only_cell, plain_table


def _check_new(text: str) -> None:
    if Path(text).expanduser().exists():
        raise InvalidInput(tr("{path} already exists; choose a new name.").format(path=text),
                           "out")


class SignaturesStep(QWidget):
    """Responses to one request, the thresholds they meet, and Finalise.

    `finalise_requested(out)` asks the page to finalise into `out` (it owns the ledger).
    `evaluated(result)` after each check of the responses.
    """

    finalise_requested = Signal(str)
    evaluated = Signal(dict)
    #: Busy or not, enabled buttons changed.
    state_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request_path = ""
        self.responses: list[str] = []  # as last checked
        self._wanted: list[str] = []  # as last asked for (a check may be under way)
        self._generation = 0
        self.evaluation: dict[str, Any] | None = None
        self.job: Job | None = None  # the latest check of the responses, or QR reading
        self.final_job: Job | None = None

        self.responses_table = _table([tr("Signer"), tr("Roles"), tr("Signed at"), tr("File")])
        self.responses_table.setObjectName("responses")
        self.responses_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.add_files_button = QPushButton(tr("Add response files…"))
        self.add_qr_button = QPushButton(tr("Add from QR images…"))
        self.scan_button = QPushButton(tr("Scan with the camera…"))
        self.scan_button.setToolTip(tr("Read a signer's response from their screen's QR "
                                       "codes; one response a scan"))
        self.remove_button = QPushButton(tr("Remove"))
        self.add_files_button.clicked.connect(self.add_files)
        self.add_qr_button.clicked.connect(self.add_qr_images)
        self.scan_button.clicked.connect(self.scan_response)
        self.remove_button.clicked.connect(self.remove_selected)
        response_buttons = QHBoxLayout()
        for button in (self.add_files_button, self.add_qr_button, self.scan_button,
                       self.remove_button):
            response_buttons.addWidget(button)
        response_buttons.addStretch()

        self.roles_table = _table([tr("Role"), tr("Signatures"), tr("Threshold"),
                                   tr("Still missing")])
        self.roles_table.setObjectName("roles")
        self.roles_table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.out_edit = FileField(tr("Save the attestation as"),
                                  tr("Attestations (*.json);;All files (*)"), key="attest",
                                  save=True)
        out_form = QFormLayout()
        self.form = Form(out_form)
        self.form.add("out", tr("Attestation file:"), self.out_edit, _check_new)
        self.form.finish()
        self.finalise_button = QPushButton(tr("Finalise"))
        set_role(self.finalise_button, "primary")
        self.finalise_button.clicked.connect(self._finalise)
        self.progress = ProgressPanel()

        responses_title = QLabel(tr("Responses"))
        roles_title = QLabel(tr("Thresholds of the trust policy"))
        for label in (responses_title, roles_title):
            set_role(label, "subtitle")
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addStretch()
        bottom.addWidget(self.finalise_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(responses_title)
        layout.addWidget(self.responses_table, 2)
        layout.addLayout(response_buttons)
        layout.addWidget(roles_title)
        layout.addWidget(self.roles_table, 1)
        layout.addWidget(self.message)
        layout.addLayout(out_form)
        layout.addLayout(bottom)
        self._update_buttons()

    # -- the request ----------------------------------------------------------------------

    def start(self, request_path: str, responses: list[str] | None = None) -> None:
        """Collect responses for this request (those already known, when resuming)."""
        self.request_path = request_path
        self.responses = []
        self._wanted = []
        self.evaluation = None
        self.out_edit.setText(attesting.attestation_path_for(request_path))
        self.out_edit.suggested = Path(self.out_edit.path).name
        self._evaluate(list(responses or []))

    # -- adding and removing ------------------------------------------------------------

    def add_files(self) -> None:
        paths = dialogs.open_files(self, tr("Add signature responses"),
                                   tr("Responses (*.sig *.json);;All files (*)"), "responses")
        if paths:
            self.add_responses(paths)

    def add_responses(self, paths: list[str]) -> None:
        fresh = [str(p) for p in paths if str(p) not in self._wanted]
        if fresh:
            self._evaluate(self._wanted + fresh, added=fresh)

    def add_qr_images(self) -> None:
        paths = dialogs.open_files(self, tr("Add a response from QR images"),
                                   tr("Images (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)"),
                                   "qr")
        if not paths or not self.request_path:
            return
        request = self.request_path

        def read(task) -> str:
            data = qr.read_qr_images([Path(p) for p in paths])
            return attesting.save_response(request, data, source=tr("the QR images"))

        self._run(read, tr("Reading the QR codes…"), lambda path: self.add_responses([path]))

    def scan_response(self):
        """Scan one signer's response with the camera; it is kept as a file beside the
        request, as one read from images is, and checked with the others."""
        if not self.request_path:
            return None
        request = self.request_path
        dialog = scanning.start(self, tr("Scan a signer's response"))
        if dialog is not None:
            dialog.scanned.connect(lambda data: self._run(
                lambda task: attesting.save_response(request, data,
                                                     source=tr("the camera's QR codes")),
                tr("Checking the response…"), lambda path: self.add_responses([path])))
        return dialog

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.responses_table.selectionModel().selectedRows()})
        if rows:
            keep = [p for i, p in enumerate(self.responses) if i not in rows]
            self._evaluate([p for p in self._wanted if p in keep or p not in self.responses])

    # -- checking -------------------------------------------------------------------------

    def _run(self, fn, text: str, done, failed=None) -> None:
        self.job = (Op(self, fn, label=text)
                    .progress(self.progress, text)
                    .success(lambda result: self._settle(done, result))
                    .failure(failed or self._fail)
                    .run())
        self._update_buttons()

    def _settle(self, done, result: Any) -> None:
        done(result)
        self._update_buttons()

    def _fail(self, exc: BaseException) -> bool:
        """A refusal said in the step; False leaves a fault to the bug dialog."""
        if isinstance(exc, TijoriError):
            self.tell(say(exc), "error")
        self._update_buttons()
        return isinstance(exc, TijoriError)

    def _evaluate(self, paths: list[str], added: list[str] | None = None) -> None:
        """Check `paths` against the request; only the latest check is shown."""
        request = self.request_path
        self._generation += 1
        generation = self._generation
        self._wanted = list(paths)

        def check(task) -> dict[str, Any]:
            return attesting.evaluate_responses(request, paths)

        def done(result: dict[str, Any]) -> None:
            if generation != self._generation:
                return  # a later check is under way
            self.responses = paths
            self.evaluation = result
            self._show(result, added or [])
            self.evaluated.emit(result)

        def refused(exc: BaseException) -> bool:
            if generation == self._generation:
                self._wanted = list(self.responses)  # the bad one is not kept
            return self._fail(exc)

        self._run(check, tr("Checking the responses…"), done, refused)

    def _show(self, result: dict[str, Any], added: list[str]) -> None:
        table = self.responses_table
        table.setRowCount(len(result["responses"]))
        for row, response in enumerate(result["responses"]):
            table.setItem(row, 0, _item(response["name"], response["keyid"]))
            table.setItem(row, 1, _item(", ".join(map(role_name, response["roles"]))))
            table.setItem(row, 2, _item(response["signed_at"]))
            table.setItem(row, 3, _item(Path(response["path"]).name, response["path"]))
        roles = self.roles_table
        roles.setRowCount(len(result["roles"]))
        for row, role in enumerate(result["roles"]):
            missing = [f"{m['name']} ({m['keyid'][:8]}…)" + (f": {say(m['problem'])}"
                                                             if m["problem"] else "")
                       for m in role["missing"]]
            state = (tr("✓ met") if role["met"] else
                     tr("✗ {n} more needed").format(n=role["threshold"] - role["valid"]))
            cells = [_item(role_name(role["role"])), _item(f"{role['valid']}"),
                     _item(tr("{n} of {of}").format(n=role["threshold"],
                                                      of=role["valid"] + len(role["missing"]))),
                     _item(state + ("  —  " + ", ".join(missing) if missing and not role["met"]
                                    else ""))]
            colour = MET_COLOUR if role["met"] else MISSING_COLOUR
            cells[0].setForeground(colour)
            cells[3].setForeground(colour)
            for column, cell in enumerate(cells):
                roles.setItem(row, column, cell)
        if result["final"]:
            self.tell(tr("Every threshold is met: the attestation can be finalised."), "ok")
        elif not result["responses"]:
            self.tell(tr("No response yet. Add the files (or QR images) the signers bring "
                         "back; you can close Tijori and resume from the request later."),
                      "hint")
        else:
            waiting = [role_name(r["role"]) for r in result["roles"] if not r["met"]]
            self.tell(tr("Still waiting for signatures: {roles}.").format(
                roles=", ".join(waiting)), "hint")
        if added:
            self.tell(self.message.text() + " " + tr("Added {n} response(s).").format(
                n=len(added)), self.message.property("role") or "hint")

    def tell(self, text: str, role: str) -> None:
        """Say `text` under the thresholds, in the style of `role` (ok, hint, error)."""
        self.message.setText(text)
        set_role(self.message, role)

    def missing(self) -> dict[str, list[str]]:
        """Names of the keys still missing, per role not yet met (for tests and summaries)."""
        if not self.evaluation:
            return {}
        return {r["role"]: [m["name"] for m in r["missing"]] for r in self.evaluation["roles"]
                if not r["met"]}

    # -- finalising -----------------------------------------------------------------------

    @property
    def checking(self) -> bool:
        return self.job is not None and not self.job.done

    @property
    def busy(self) -> bool:
        """Finalising: the responses may not change meanwhile."""
        return self.final_job is not None and not self.final_job.done

    def _update_buttons(self) -> None:
        finalising = self.busy
        has_request = bool(self.request_path)
        for button in (self.add_files_button, self.add_qr_button):
            button.setEnabled(has_request and not finalising)
        self.remove_button.setEnabled(bool(self.responses) and not finalising)
        final = bool(self.evaluation and self.evaluation["final"])
        self.finalise_button.setEnabled(final and not finalising and not self.checking)
        self.state_changed.emit()

    def _finalise(self) -> None:
        if not self.form.touch_all():
            return
        self.finalise_requested.emit(str(Path(self.form.value("out")).expanduser()))

    def set_busy(self, job: Job | None, text: str = "") -> None:
        """The page finalises on the ledger thread; this step waits meanwhile."""
        self.final_job = job
        if job is not None:
            self.progress.follow(job, text, cancellable=False)
        self._update_buttons()
