"""A progress bar with a cancel button, for long work shown inside a window."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from app.gui import dialogs
from app.gui.i18n import tr
from app.gui.workers import Job


class ProgressPanel(QWidget):
    """Follows one `Job`: shows its progress, offers Cancel when cancelling is safe."""

    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMinimumWidth(240)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.clicked.connect(self._cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self.job: Job | None = None
        self.hide()

    def follow(self, job: Job, text: str, *, cancellable: bool = True) -> None:
        self.job = job
        self.label.setText(text)
        self.bar.setRange(0, 0)  # busy until the first report
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.setEnabled(True)
        job.progress.connect(lambda done, total: self._progress(done, total, job))
        job.finished.connect(lambda: self._finished(job))
        self.show()
        if job.done:  # it ended before it was followed: its signals went by
            self._finished(job)

    def _progress(self, done: int, total: int, job: Job | None = None) -> None:
        if job is not None and job is not self.job:
            return  # a report from a job this panel no longer follows
        if total <= 0:
            self.bar.setRange(0, 0)
            return
        # QProgressBar holds ints: scale large totals to per-mille.
        self.bar.setRange(0, 1000)
        self.bar.setValue(min(1000, int(done * 1000 // total)))

    def _cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(tr("Cancelling…"))
            self.cancelled.emit()

    def _finished(self, job: Job | None = None) -> None:
        if job is not None and job is not self.job:
            return
        self.job = None
        self.hide()

    @property
    def running(self) -> bool:
        return self.job is not None


class CancelOnClose:
    """For a dialog that follows one job (`self.job`) in a `ProgressPanel`
    (`self.progress`): Escape or closing the window cancels the job, when cancelling
    is safe, rather than leaving it to run unseen; `end_with` closes it once the job
    is over and says how it went. Put it before QDialog in the bases."""

    job: Job | None
    progress: ProgressPanel
    result_value: Any

    def end_with(self, title: str, told: Callable[[Any], str]) -> None:
        """Close, then say what the job did (`told(result)`), or why it did not (its
        error, when nothing was written)."""
        job = self.job
        if job is None or not shiboken6.isValid(self):
            return
        parent = self.parentWidget()  # type: ignore[attr-defined]
        if job.error is not None:
            self.reject()
            dialogs.show_error(parent, job.error, job.details)
            return
        self.result_value = job.result
        self.accept()  # type: ignore[attr-defined]
        dialogs.inform(parent, title, told(job.result))

    def reject(self) -> None:
        if self.job is not None and not self.job.done:
            if self.progress.cancel_button.isEnabled():
                self.progress.cancel_button.click()
            return
        super().reject()  # type: ignore[misc]

    def closeEvent(self, event) -> None:
        if self.job is not None and not self.job.done:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)  # type: ignore[misc]
