"""GUI test fixtures: real ledgers on the ledger thread, settings in a temporary
folder, and the application's modal dialogs replaced so no test can hang."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.gui import dialogs
from app.gui.context import AppContext
from app.gui.workers import Job, LedgerHost
from app.services import recording, session
from tests.conftest import PASSPHRASE

ACTOR = "gui-tester"
SITES = (("VLT", "vault"), ("WH", "warehouse"), ("TF", "tank-farm"),
         ("GS", "gas-storage"), ("LNG", "lng-terminal"))


@pytest.fixture(autouse=True)
def settings_folder(tmp_path_factory, monkeypatch):
    """Each test remembers its recent ledgers and folders in a folder of its own."""
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@dataclass
class Modals:
    """What the application would have shown in modal dialogs."""

    messages: list[tuple[str, str, str]] = field(default_factory=list)
    answers: list[bool] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    #: answers to `dialogs.ask_text` ('' when empty, as if the user cancelled)
    typed: list[str] = field(default_factory=list)

    def kinds(self) -> list[str]:
        return [kind for kind, _, _ in self.messages]

    def texts(self) -> str:
        return "\n".join(text for _, _, text in self.messages)


@pytest.fixture(autouse=True)
def modals(monkeypatch) -> Modals:
    """Replace every modal entry point in `app.gui.dialogs`.

    Messages are recorded; `ask` pops `answers` (True when empty); file pickers
    pop `files` ('' when empty, as if the user cancelled).
    """
    seen = Modals()

    def record(kind):
        return lambda parent, title, text, *rest: seen.messages.append((kind, title, text))

    monkeypatch.setattr(dialogs, "inform", record("inform"))
    monkeypatch.setattr(dialogs, "warn", record("warn"))
    monkeypatch.setattr(dialogs, "bug", lambda parent, text, details: seen.messages.append(
        ("bug", text, details)))

    def ask(parent, title, text):
        seen.messages.append(("ask", title, text))
        return seen.answers.pop(0) if seen.answers else True

    monkeypatch.setattr(dialogs, "ask", ask)
    pick = lambda *a, **k: seen.files.pop(0) if seen.files else ""  # noqa: E731
    monkeypatch.setattr(dialogs, "open_file", pick)
    monkeypatch.setattr(dialogs, "save_file", pick)
    monkeypatch.setattr(dialogs, "pick_folder", pick)
    monkeypatch.setattr(dialogs, "open_files",
                        lambda *a, **k: seen.files.pop(0) if seen.files else [])
    monkeypatch.setattr(dialogs, "ask_text",
                        lambda *a, **k: seen.typed.pop(0) if seen.typed else "")
    return seen


def make_ledger(path: Path) -> Path:
    """A real SQLCipher ledger with one site of each kind."""
    ledger = session.create_ledger(path, PASSPHRASE, ACTOR)
    try:
        for code, kind in SITES:
            recording.add_site(ledger, code, f"Site {code}", kind)
    finally:
        ledger.close()
    return path


def wait_job(qtbot, job: Job, timeout: int = 60000):
    qtbot.waitUntil(lambda: job.done, timeout=timeout)
    if job.error is not None:
        raise job.error
    return job.result


@pytest.fixture
def ctx(qtbot, tmp_path):
    """An AppContext over a fresh ledger opened on its own worker thread."""
    path = make_ledger(tmp_path / "gui.tijori")
    host = LedgerHost()
    wait_job(qtbot, host.open(lambda: session.open_ledger(path, PASSPHRASE, ACTOR)))
    context = AppContext(host, str(path), ACTOR)
    yield context
    host.shutdown()


def in_ledger(qtbot, ctx: AppContext, fn):
    """Run `fn(ledger)` on the ledger thread and return its result (for assertions)."""
    return wait_job(qtbot, ctx.host.submit(lambda ledger, task: fn(ledger)))


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory) -> Path:
    """The demonstration ledger, made once; tests copy it before changing anything."""
    from app.services import demo

    return demo.create_demo_ledger(tmp_path_factory.mktemp("demo") / "demo.tijori", ACTOR)


@pytest.fixture
def demo_ctx(qtbot, tmp_path, demo_file, engine):
    """An AppContext over a private copy of the demonstration ledger (in modules marked
    `engines`, also migrated into a new database of the tests' PostgreSQL server)."""
    import shutil

    from app.services import demo

    path: Path | str = tmp_path / "demo.tijori"
    shutil.copy(demo_file, path)
    if engine == "server":
        from app.services import server_admin
        from tests import pg

        url = pg.new_database()
        server_admin.migrate(str(path), demo.PASSPHRASE, ACTOR, url)
        path = url
    host = LedgerHost()
    wait_job(qtbot, host.open(lambda: session.open_ledger(path, demo.PASSPHRASE, ACTOR)))
    context = AppContext(host, str(path), ACTOR)
    yield context
    host.shutdown()


def leave(widget) -> None:
    """The field loses the focus, as when a person tabs or clicks elsewhere: its message shows."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QFocusEvent
    from PySide6.QtWidgets import QApplication

    QApplication.sendEvent(widget, QFocusEvent(QEvent.Type.FocusOut,
                                               Qt.FocusReason.TabFocusReason))
