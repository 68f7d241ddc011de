"""Long work off the GUI thread.

Two kinds of worker:

* `LedgerHost` owns the open ledger. Its connection is created, used and
  closed on one dedicated thread, and every job that touches the ledger runs
  there, one after another (SQLite connections must not be shared).
* `run_free` runs a job that needs no ledger (verifying a file, signing a
  request) on Qt's global thread pool.

A `Job` carries the function, a cancel flag and the signals the window
listens to; services see only a plain `Task(progress, cancelled)`.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, QThreadPool, Signal, Slot

from app.domain.progress import Task


class Job(QObject):
    """One piece of work and how it ended. Signals arrive on the GUI thread.

    The worker thread never emits the public signals itself: it posts to the
    Job (which lives on the GUI thread), and the Job emits them there, from the
    event loop. So a caller may connect right after submitting, however quickly
    the work ends, and `done` is true only once the callbacks have run.
    """

    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object, str)  # the exception, and its traceback text
    finished = Signal()
    _ended = Signal()
    _progressed = Signal(int, int)

    def __init__(self, fn: Callable[..., Any], label: str = "") -> None:
        super().__init__()
        self.fn = fn
        self.label = label
        self._cancel = threading.Event()
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None
        self.details = ""
        self._ended.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._progressed.connect(self.progress, Qt.ConnectionType.QueuedConnection)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def task(self) -> Task:
        return Task(progress=self._progressed.emit, cancelled=self._cancel.is_set)

    def execute(self, *args: Any) -> None:
        """Run on the worker thread; the outcome is delivered on the GUI thread."""
        try:
            self.result = self.fn(*args)
        except BaseException as exc:  # every failure reaches the window, never the thread
            self.error = exc
            self.details = traceback.format_exc()
        self._ended.emit()

    @Slot()
    def _deliver(self) -> None:
        self.done = True
        if self.error is not None:
            self.failed.emit(self.error, self.details)
        else:
            self.succeeded.emit(self.result)
        self.finished.emit()


class _Runner(QObject):
    """Lives on the ledger thread; holds the ledger and runs jobs against it."""

    def __init__(self) -> None:
        super().__init__()
        self.ledger: Any = None

    @Slot(object)
    def execute(self, job: Job) -> None:
        job.execute(self)


class LedgerHost(QObject):
    """The thread that owns the ledger connection, and the queue of jobs for it.

    `submit(fn)` runs `fn(ledger, task)` on that thread. Opening and closing
    happen there too, so the connection never crosses threads.
    """

    _dispatch = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("tijori-ledger")
        self._runner = _Runner()
        self._runner.moveToThread(self._thread)
        self._dispatch.connect(self._runner.execute)
        self._jobs: set[Job] = set()
        self._thread.start()

    def submit(self, fn: Callable[..., Any], label: str = "", *, needs_ledger: bool = True
               ) -> Job:
        """Queue `fn(ledger, task)` (or `fn(runner, task)` for open/close)."""
        job = Job(fn, label)

        def call(runner: _Runner) -> Any:
            if needs_ledger and runner.ledger is None:
                raise RuntimeError("no ledger is open")
            return fn(runner.ledger if needs_ledger else runner, job.task())

        job.fn = call
        self._keep(job)
        self._dispatch.emit(job)
        return job

    def _keep(self, job: Job) -> None:
        self._jobs.add(job)
        job.finished.connect(lambda: self._jobs.discard(job))

    def open(self, opener: Callable[[], Any]) -> Job:
        """Run `opener()` on the ledger thread and keep the ledger it returns."""

        def do(runner: _Runner, task: Task) -> Any:
            if runner.ledger is not None:
                runner.ledger.close()
                runner.ledger = None
            runner.ledger = opener()
            return runner.ledger.path

        return self.submit(do, "open", needs_ledger=False)

    def shutdown(self, timeout_ms: int = 30000) -> None:
        """Finish queued jobs, close the ledger on its thread, stop the thread."""
        if not self._thread.isRunning():
            return
        for job in list(self._jobs):
            job.cancel()

        def close(runner: _Runner, task: Task) -> None:
            try:
                if runner.ledger is not None:
                    runner.ledger.close()
                    runner.ledger = None
            finally:
                # Stop the thread from the thread itself: the GUI thread is blocked in
                # wait() below, so nothing delivered through its event loop can do it.
                QThread.currentThread().quit()

        self.submit(close, "close", needs_ledger=False)
        self._thread.wait(timeout_ms)

    @property
    def busy(self) -> bool:
        return any(not job.done for job in self._jobs)


def run_free(fn: Callable[[Task], Any], label: str = "") -> Job:
    """Run `fn(task)` on the global thread pool (work that needs no ledger)."""
    job = Job(fn, label)
    _running.add(job)
    job.finished.connect(lambda: _running.discard(job))
    QThreadPool.globalInstance().start(lambda: job.execute(job.task()))
    return job


_running: set[Job] = set()


def wait_idle(timeout_ms: int = 30000) -> bool:
    """Wait for pooled jobs (used when the application quits, and by tests)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
