"""What every window of an open ledger shares: the ledger's worker thread,
its path, the operator, and a signal that the ledger changed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.gui.ops import Op
from app.gui.workers import Job, LedgerHost
from app.services import session


class AppContext(QObject):
    #: Something was recorded: views re-read what they show.
    changed = Signal()
    #: What was recorded, in one line with its event number (for the status bar).
    said = Signal(str)

    def __init__(self, host: LedgerHost, path: str, actor: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host
        #: The ledger's file, or a server ledger's URL (without its password).
        self.path = path
        #: The operator; on a server ledger, the PostgreSQL role the session signed in as.
        self.actor = actor

    @property
    def server(self) -> bool:
        """Whether the ledger is on a PostgreSQL server (not an encrypted file)."""
        return session.is_server(self.path)

    @property
    def name(self) -> str:
        """The ledger's short name, for titles and suggested file names: its file's stem,
        or the server database's name."""
        if self.server:
            return session.server_parts(self.path)[0] or "ledger"
        return Path(self.path).stem

    def run(
        self,
        fn: Callable[..., Any],
        *,
        parent: QWidget | None,
        done: Callable[[Any], None] | None = None,
        failed: Callable[[BaseException], bool] | None = None,
        changes: bool = False,
        label: str = "",
    ) -> Job:
        """Run `fn(ledger, task)` on the ledger thread: the short form of `ops.Op`.

        `done(result)` runs on the GUI thread. An error goes to `failed(exc)`
        first (return True when handled, e.g. shown next to a field), else to a
        dialog over `parent`. `changes=True` announces the change to every view.
        """
        op = Op(parent, fn, ctx=self, label=label)
        if done is not None:
            op.success(done)
        if failed is not None:
            op.failure(failed)
        if changes:
            op.changes()
        return op.run()
