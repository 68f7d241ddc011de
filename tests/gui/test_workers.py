"""The ledger thread: jobs run there, in order, and failures reach the window."""

from __future__ import annotations

import threading

import pytest

from app.domain.errors import InvalidInput
from app.gui.workers import run_free
from app.services import ledger_views
from tests.gui.conftest import in_ledger, wait_job


def test_ledger_jobs_run_on_one_thread_other_than_the_gui(qtbot, ctx):
    threads = [in_ledger(qtbot, ctx, lambda ledger: threading.get_ident()) for _ in range(3)]
    assert len(set(threads)) == 1
    assert threads[0] != threading.get_ident()
    assert [s["code"] for s in in_ledger(qtbot, ctx, ledger_views.sites)] == [
        "GS", "LNG", "TF", "VLT", "WH"]


def test_a_failing_job_reports_its_error(qtbot, ctx):
    def bad(ledger, task):
        raise InvalidInput("no such thing", "serial")

    job = ctx.host.submit(bad)
    with qtbot.waitSignal(job.failed, timeout=5000) as blocker:
        pass
    assert isinstance(blocker.args[0], InvalidInput)
    with pytest.raises(InvalidInput):
        wait_job(qtbot, job)


def test_progress_and_cancel_reach_the_service(qtbot):
    seen = []

    def work(task):
        for step in range(1000):
            task.progress(step, 1000)
            if task.cancelled():
                return step
            threading.Event().wait(0.001)
        return 1000

    job = run_free(work)
    job.progress.connect(lambda done, total: seen.append(done))
    qtbot.waitUntil(lambda: len(seen) > 3, timeout=5000)
    job.cancel()
    assert wait_job(qtbot, job) < 1000


def test_signal_emits_do_not_leak_references_to_true():
    """PySide6 6.12.0 drops a reference to True on every emit; after a few thousand
    signals the interpreter aborts. pyproject.toml keeps that release out."""
    import sys

    from PySide6.QtCore import QObject, Signal

    class Emitter(QObject):
        fired = Signal(int)

    emitter = Emitter()
    before = sys.getrefcount(True)
    for number in range(2000):
        emitter.fired.emit(number)
    assert sys.getrefcount(True) - before > -100
