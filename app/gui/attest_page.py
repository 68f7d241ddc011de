"""Attesting the reserves: a wizard from scope to a finalised attestation, and the history.

Steps: (1) scope: custodian, sites, as-of, trust policy; (2) the statement is
built in the background (Cancel leaves nothing behind) and reviewed: totals,
coverage, tree, previous attestation; (3) the signing request, written to a file
with the leaves beside it, can also be shown as QR codes; (4) the signers'
responses are added, each role's threshold shown met or missing, and the
attestation finalised and recorded in the ledger.

Signing happens elsewhere (offline PCs) and may take days: the page can be left
and the signing resumed from the request file ("Resume from a request file…"),
with the responses already saved beside it picked up again.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import Cancelled, InvalidInput, TijoriError
from app.gui import dialogs, settings
from app.gui.attest_history import AttestHistoryView, remember_files
from app.gui.attest_request import RequestStep
from app.gui.attest_review import StatementView
from app.gui.attest_scope import ScopeStep
from app.gui.attest_sign import SignaturesStep
from app.gui.context import AppContext
from app.gui.i18n import say, tr
from app.gui.look import set_role
from app.gui.ops import Op
from app.gui.palette import INK, MUTED
from app.gui.progress import ProgressPanel
from app.gui.workers import Job
from app.services import attesting, ledger_views

SCOPE, REVIEW, REQUEST, SIGNATURES = range(4)
PENDING_KEY = "attest/pending"



def _pending() -> dict[str, str]:
    """The request the user was last collecting signatures for, if its file still exists."""
    try:
        pending = json.loads(settings.value(PENDING_KEY, "{}"))
    except ValueError:
        return {}
    if not isinstance(pending, dict) or not Path(str(pending.get("request", ""))).is_file():
        return {}
    return {k: str(v) for k, v in pending.items()}


class AttestPage(QWidget):
    """New attestations and the ledger's attestation history.

    `finalised(info)` after an attestation is final and recorded (info has
    attestation_id, attestation, leaves, policy paths); `report_requested(id)`
    when the user asks for a report of an attestation.
    """

    finalised = Signal(dict)
    report_requested = Signal(str)
    #: A background step ended (built, resumed, finalised or failed).
    settled = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.request_path = ""
        self.leaves_path = ""
        self.policy_path = ""
        self.statement: dict[str, Any] | None = None
        self.job: Job | None = None
        self.final_job: Job | None = None
        self.result: dict[str, Any] | None = None

        title = QLabel(tr("Attest the reserves"))
        set_role(title, "title")
        self.tabs = QTabWidget()
        self.tabs.addTab(self._wizard(), tr("New attestation"))
        self.history = AttestHistoryView(ctx)
        self.history.report_requested.connect(self.report_requested)
        self.tabs.addTab(self.history, tr("History"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        self._go(SCOPE)
        ctx.changed.connect(self.refresh)
        self.refresh()

    # -- layout ---------------------------------------------------------------------------

    def _wizard(self) -> QWidget:
        self.step_labels = []
        header = QHBoxLayout()
        for number, text in enumerate((tr("Scope"), tr("Review"), tr("Signing request"),
                                       tr("Signatures")), start=1):
            label = QLabel(f"{number}. {text}")
            self.step_labels.append(label)
            header.addWidget(label)
            if number < 4:
                header.addWidget(QLabel(tr("→")))  # "←" right to left
        header.addStretch()

        self.scope = ScopeStep()
        self.pending_label = QLabel()
        self.pending_label.setWordWrap(True)
        set_role(self.pending_label, "hint")
        self.resume_pending_button = QPushButton(tr("Resume it"))
        self.resume_pending_button.clicked.connect(
            lambda: self.resume(_pending().get("request", "")))
        pending_row = QHBoxLayout()
        pending_row.addWidget(self.pending_label, 1)
        pending_row.addWidget(self.resume_pending_button)
        scope_page = QWidget()
        scope_layout = QVBoxLayout(scope_page)
        scope_layout.addWidget(self.scope, 1)
        scope_layout.addLayout(pending_row)

        self.review = StatementView()
        self.request_step = RequestStep()
        self.sign_step = SignaturesStep()
        self.sign_step.finalise_requested.connect(self.finalise)
        self.sign_step.state_changed.connect(self._update_buttons)
        self.done_label = QLabel()
        self.done_label.setObjectName("done")
        self.done_label.setWordWrap(True)
        self.done_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report_button = QPushButton(tr("Make a report of it…"))
        self.report_button.clicked.connect(self._report_of_result)
        self.new_button = QPushButton(tr("Start a new attestation"))
        self.new_button.clicked.connect(self.start_over)
        done_row = QHBoxLayout()
        done_row.addWidget(self.done_label, 1)
        done_row.addWidget(self.new_button)
        done_row.addWidget(self.report_button)
        self.done_box = QWidget()
        self.done_box.setLayout(done_row)
        self.done_box.hide()
        sign_page = QWidget()
        sign_layout = QVBoxLayout(sign_page)
        sign_layout.setContentsMargins(0, 0, 0, 0)
        sign_layout.addWidget(self.sign_step, 1)
        sign_layout.addWidget(self.done_box)

        self.stack = QStackedWidget()
        for page in (scope_page, self.review, self.request_step, sign_page):
            self.stack.addWidget(page)

        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = ProgressPanel()
        self.back_button = QPushButton(tr("◀ Back"))
        self.next_button = QPushButton()
        set_role(self.next_button, "primary")
        self.resume_button = QPushButton(tr("Resume from a request file…"))
        self.back_button.clicked.connect(lambda: self._go(self.stack.currentIndex() - 1))
        self.next_button.clicked.connect(self._next)
        self.resume_button.clicked.connect(self.pick_request)
        nav = QHBoxLayout()
        nav.addWidget(self.resume_button)
        nav.addWidget(self.progress, 1)
        nav.addStretch()
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)

        box = QWidget()
        layout = QVBoxLayout(box)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status)
        layout.addLayout(nav)
        return box

    # -- navigation -----------------------------------------------------------------------

    def refresh(self) -> None:
        self.ctx.run(lambda ledger, task: ledger_views.sites(ledger), parent=self,
                     done=self.scope.set_sites, label="sites")
        self._show_pending()

    def _show_pending(self) -> None:
        pending = _pending().get("request", "")
        show = bool(pending) and pending != self.request_path
        self.pending_label.setText(tr("Signatures are still being collected for {path}.")
                                   .format(path=pending) if show else "")
        self.pending_label.setVisible(show)
        self.resume_pending_button.setVisible(show)

    @property
    def step(self) -> int:
        return self.stack.currentIndex()

    def _go(self, step: int) -> None:
        if step > SCOPE and not self.request_path:
            step = SCOPE
        if step != self.step:
            self._say("")  # a message belongs to the step it was said on
        self.stack.setCurrentIndex(max(SCOPE, min(step, SIGNATURES)))
        for index, label in enumerate(self.step_labels):
            label.setStyleSheet(f"font-weight: 700; color: {INK};" if index == self.step
                                else f"color: {MUTED};")
        texts = {SCOPE: tr("Build the statement ▶"), REVIEW: tr("Signing request ▶"),
                 REQUEST: tr("Signatures ▶")}
        self.next_button.setText(texts.get(self.step, ""))
        self.next_button.setVisible(self.step in texts)
        self.back_button.setVisible(self.step > SCOPE)
        self._update_buttons()

    def _next(self) -> None:
        if self.step == SCOPE:
            self.build()
        else:
            self._go(self.step + 1)

    def holds_work(self) -> bool:
        """An attestation under way (built, its signatures not yet all in and finalised):
        the window is not built again in another language while it is."""
        return self._busy() or (self.step > SCOPE and self.result is None)

    def _busy(self) -> bool:
        """Building, resuming or finalising (checking responses does not hold the page)."""
        return any(job is not None and not job.done for job in (self.job, self.final_job))

    def _update_buttons(self) -> None:
        busy = self._busy()
        for button in (self.next_button, self.back_button, self.resume_button,
                       self.resume_pending_button):
            button.setEnabled(not busy)
        self.scope.setEnabled(not busy)

    def _say(self, text: str, role: str = "hint") -> None:
        self.status.setText(text)
        set_role(self.status, role)

    # -- (1)-(2) build and review ---------------------------------------------------------

    def build(self) -> None:
        """Build the statement and write the request (with its leaves) in the background."""
        if self._busy():
            return
        arguments = self.scope.request_arguments()
        if arguments is None:
            self._say(tr("Some entries need attention (see above)."), "error")
            return
        self._say(tr("Taking the holdings in scope and building the Merkle tree…"))

        def work(ledger, task):
            return attesting.make_request(ledger, task=task, **arguments)

        self.job = (Op(self, work, ctx=self.ctx, label="attest request")
                    .progress(self.progress, tr("Building the statement…"), cancellable=True)
                    .success(lambda result: self._built(result, arguments))
                    .failure(self._build_failed)
                    .run())
        self._update_buttons()

    def _built(self, result: dict[str, Any], arguments: dict[str, Any]) -> None:
        self.job = None
        self._open(arguments["out"], arguments["leaves_out"], arguments["policy_path"],
                   result["statement"], with_leaves=arguments["with_leaves"])
        self.sign_step.start(self.request_path)
        self.scope.fresh_request_name()
        self._go(REVIEW)
        self._say(tr("Request {id} written. Review the statement before it goes to the "
                     "signers.").format(id=result["request_id"]), "ok")
        self.settled.emit()

    def _build_failed(self, exc: BaseException) -> bool:
        self.job = None
        self._update_buttons()
        self.settled.emit()
        if isinstance(exc, Cancelled):
            self._say(tr("Cancelled: no request was written."), "error")
            return True
        if isinstance(exc, InvalidInput) and exc.field in self.scope.form.fields:
            self.scope.form.claim(exc)
            self._say(say(exc), "error")
            return True
        if isinstance(exc, TijoriError) and exc.field == "policy":
            self.scope.form.set_error("policy_path", say(exc))
            self._say(say(exc), "error")
            return True
        if isinstance(exc, TijoriError):
            self._say(say(exc), "error")
            return True
        return False

    def _open(self, request: str, leaves: str, policy: str, body: dict[str, Any], *,
              with_leaves: bool) -> None:
        self.request_path, self.leaves_path, self.policy_path = request, leaves, policy
        self.statement = body
        self.result = None
        self.done_box.hide()
        self.review.show_statement(body)
        self.request_step.show_request(request, leaves, with_leaves=with_leaves)
        settings.set_value(PENDING_KEY, json.dumps(
            {"request": request, "leaves": leaves, "policy": policy}))
        self._show_pending()

    # -- resuming -------------------------------------------------------------------------

    def pick_request(self) -> None:
        path = dialogs.open_file(self, tr("Resume from a signing request"),
                                 tr("Signing requests (*.req.json *.json);;All files (*)"),
                                 "attest")
        if path:
            self.resume(path)

    def resume(self, request_path: str) -> None:
        """Open a request written earlier and pick up the responses saved beside it."""
        if not request_path or self._busy():
            return
        pending = _pending()
        same = pending.get("request") == request_path

        def read(task) -> tuple[dict[str, Any], list[str]]:
            return attesting.open_request(request_path), attesting.find_responses(request_path)

        def done(result: tuple[dict[str, Any], list[str]]) -> None:
            self.job = None
            info, responses = result
            leaves = pending.get("leaves", "") if same else attesting.leaves_path_for(
                request_path)
            policy = pending.get("policy", "") if same else ""
            self._open(request_path, leaves if Path(leaves).is_file() else "", policy,
                       info["statement"], with_leaves=info["with_leaves"])
            self.sign_step.start(request_path, responses)
            self._go(SIGNATURES)
            self._say(tr("Resumed request {id} ({n} response(s) found beside it).").format(
                id=info["request_id"], n=len(responses)), "ok")

        def failed(exc: BaseException) -> bool:
            self.job = None
            self._update_buttons()
            self.settled.emit()
            if isinstance(exc, TijoriError):
                self._say(say(exc), "error")
                return True
            return False

        self.job = (Op(self, read, label="resume")
                    .progress(self.progress, tr("Reading the request…"))
                    .success(done).failure(failed).run())
        self._update_buttons()

    # -- (4) finalise ---------------------------------------------------------------------

    def finalise(self, out: str) -> None:
        """Write the attestation and record it in the ledger (on the ledger thread)."""
        request, responses = self.request_path, list(self.sign_step.responses)

        def work(ledger, task):
            return attesting.finalize(request, responses, out=out, ledger=ledger)

        def done(result: dict[str, Any]) -> None:
            self.final_job = None
            self.sign_step.set_busy(None)
            self._finalised(result, out)

        def failed(exc: BaseException) -> bool:
            self.final_job = None
            self.sign_step.set_busy(None)
            self.settled.emit()
            if isinstance(exc, InvalidInput) and exc.field == "path":
                self.sign_step.form.set_error("out", say(exc))
                return True
            if isinstance(exc, TijoriError):
                self._say(say(exc), "error")
                return True
            return False

        self.final_job = (Op(self, work, ctx=self.ctx, label="finalise attestation")
                          .success(done).failure(failed).changes().run())
        self.sign_step.set_busy(self.final_job, tr("Finalising…"))

    def _finalised(self, result: dict[str, Any], out: str) -> None:
        info = {"attestation_id": result["attestation_id"], "attestation": out,
                "leaves": self.leaves_path, "policy": self.policy_path,
                "signatures": result["signatures"]}
        self.result = info
        remember_files(result["attestation_id"], attestation=out, leaves=self.leaves_path,
                       policy=self.policy_path)
        settings.set_value(PENDING_KEY, "{}")
        self.done_label.setText(tr("Attestation {id} is final with {n} signatures and "
                                   "recorded in the ledger: {path}").format(
                                       id=result["attestation_id"], n=result["signatures"],
                                       path=out))
        set_role(self.done_label, "ok")
        self.done_box.show()
        self.sign_step.finalise_button.setEnabled(False)
        self._say("")
        self.finalised.emit(info)
        self.settled.emit()

    def _report_of_result(self) -> None:
        if self.result is not None:
            self.report_requested.emit(self.result["attestation_id"])

    def start_over(self) -> None:
        self.request_path = self.leaves_path = self.policy_path = ""
        self.statement = self.result = None
        self.done_box.hide()
        self._say("")
        self._go(SCOPE)
        self._show_pending()
