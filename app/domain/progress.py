"""One progress-and-cancel protocol for long work.

Services take plain callables: `progress(done, total)` and `cancelled() -> bool`.
The CLI adapts them to a progress line, the GUI to signals. Neither knows the other.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.domain.errors import Cancelled
from app.domain.messages import msg

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]


def _silent(done: int, total: int) -> None:
    """Report nothing."""


def _never() -> bool:
    return False


@dataclass(frozen=True)
class Task:
    """What a service needs to report progress and notice a cancel."""

    progress: ProgressFn = _silent
    cancelled: CancelledFn = _never

    def check(self, what: str | None = None) -> None:
        """Raise Cancelled if the user asked to stop; `what` names the work (a message)."""
        if self.cancelled():
            raise Cancelled(msg("Cancelled: {what} was stopped and nothing was stored.",
                                what=what or msg("the work")))


QUIET = Task()
