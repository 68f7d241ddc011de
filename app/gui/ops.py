"""One way for a window to run work in the background, as Anki's `CollectionOp` does.

    Op(self, work, ctx=self.ctx).progress(self.panel, "Checking…").success(show).run()

`work(ledger, task)` runs on the ledger's thread when `ctx` is given, else
`work(task)` on the thread pool. Work that `changes()` the ledger announces it
to every view (`ctx.changed`) and says what it recorded (`ctx.said`, shown in
the status bar, in the application's language), whichever window started it. On
the GUI thread afterwards, in this order:
`success(result)` or `failure(exc)`, then `after()`. A failure that `failure`
does not claim (it returns False, or there is none) is shown in a dialog over
the parent: a user's mistake in plain words, anything else as a bug with its
details. None of it runs once the parent window is gone, so a window may close
while its work finishes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtWidgets import QWidget

from app.gui import dialogs
from app.gui.i18n import timeline_words
from app.gui.names import name as code_name
from app.gui.workers import Job, run_free
from app.services import feedback

if TYPE_CHECKING:
    from app.gui.context import AppContext
    from app.gui.progress import ProgressPanel


@dataclass(frozen=True)
class _Told:
    """A recording job's result, and the line that says what it recorded."""

    result: Any
    said: str


class Op:
    """A piece of background work for `parent`, configured step by step, then `run()`."""

    def __init__(self, parent: QWidget | None, work: Callable[..., Any] | None = None, *,
                 ctx: AppContext | None = None, label: str = "") -> None:
        self.parent = parent
        self.work = work
        self.ctx = ctx
        self.label = label
        self._success: Callable[[Any], None] | None = None
        self._failure: Callable[[BaseException], bool] | None = None
        self._after: Callable[[], None] | None = None
        self._panel: ProgressPanel | None = None
        self._text = ""
        self._cancellable = False
        self._changes = False

    def success(self, fn: Callable[[Any], None]) -> Op:
        """`fn(result)` once the work has ended well."""
        self._success = fn
        return self

    def failure(self, fn: Callable[[BaseException], bool]) -> Op:
        """`fn(exc)` first; it returns True when it has shown the error itself."""
        self._failure = fn
        return self

    def after(self, fn: Callable[[], None]) -> Op:
        """`fn()` after success or failure: re-enable buttons, forget the job."""
        self._after = fn
        return self

    def progress(self, panel: ProgressPanel, text: str, *, cancellable: bool = False) -> Op:
        """Follow the work in `panel`, with a Cancel button when `cancellable`."""
        self._panel, self._text, self._cancellable = panel, text, cancellable
        return self

    def changes(self) -> Op:
        """The work records something: every view of the ledger reads it again."""
        self._changes = True
        return self

    def run(self) -> Job:
        if self.ctx is not None:
            work = self._telling(self.work) if self._changes else self.work
            job = self.ctx.host.submit(work, self.label)
        else:
            if self._changes:
                raise ValueError("only work on the ledger changes it")
            job = run_free(self.work, self.label)
        return self.follow(job)

    def follow(self, job: Job) -> Job:
        """Handle the end of a job started elsewhere (e.g. `LedgerHost.open`)."""
        job.op = self  # the job outlives this call; its slots are this object's methods
        job.succeeded.connect(self._succeeded)
        job.failed.connect(self._failed)
        job.finished.connect(self._finished)
        if self._panel is not None:
            self._panel.follow(job, self._text, cancellable=self._cancellable)
        return job

    @staticmethod
    def _telling(work: Callable[..., Any]) -> Callable[..., Any]:
        """`work`, followed by the line saying what it recorded (on the ledger thread)."""
        def run(ledger: Any, task: Any) -> _Told:
            before = feedback.head_seq(ledger)
            result = work(ledger, task)
            return _Told(result, feedback.recorded_since(
                ledger, before, timeline_words, code_name))
        return run

    # -- on the GUI thread -------------------------------------------------------------

    def _alive(self) -> bool:
        return self.parent is None or shiboken6.isValid(self.parent)

    def _succeeded(self, result: Any) -> None:
        if isinstance(result, _Told):
            if shiboken6.isValid(self.ctx):
                self.ctx.changed.emit()  # stored, whether or not its window is still open
                if result.said:
                    self.ctx.said.emit(result.said)
            result = result.result
        if self._success is not None and self._alive():
            self._success(result)

    def _failed(self, exc: BaseException, details: str) -> None:
        if not self._alive():
            return
        if self._failure is not None and self._failure(exc):
            return
        dialogs.show_error(self.parent, exc, details)

    def _finished(self) -> None:
        if self._after is not None and self._alive():
            self._after()
