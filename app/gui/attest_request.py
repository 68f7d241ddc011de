"""The signing request, ready to travel: its file (and the leaves beside it), a copy for a
USB stick, or the same bytes as a series of QR codes for an air-gapped signer's camera."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import TijoriError
from app.gui import dialogs
from app.gui.i18n import say, tr
from app.gui.look import set_role
from app.gui.ops import Op
from app.gui.progress import ProgressPanel
from app.gui.qr_widgets import QrFramesView
from app.gui.workers import Job
from app.services import attesting, qr


def _size(path: str) -> str:
    try:
        size = Path(path).stat().st_size
    except OSError:
        return ""
    if size < 10_000:
        return tr("{size} bytes").format(size=f"{size:,}")
    return tr("{size} KiB").format(size=f"{size / 1024:,.0f}")


class RequestStep(QWidget):
    """Where the request and its leaves were written; copy it, or show it as QR codes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request_path = ""
        self.qr_view: QrFramesView | None = None
        self.job: Job | None = None
        intro = QLabel(tr("Carry the signing request to each signer's offline PC, as a file or "
                          "as QR codes. Keep the leaves file here: it is needed for reports and "
                          "inclusion proofs, and is never sent with a public report."))
        intro.setWordWrap(True)
        set_role(intro, "hint")
        facts = QFormLayout()
        self.request_label = QLabel()
        self.request_label.setObjectName("request_file")
        self.leaves_label = QLabel()
        self.leaves_label.setObjectName("leaves_file")
        self.carries_label = QLabel()
        for label in (self.request_label, self.leaves_label, self.carries_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        facts.addRow(tr("Signing request:"), self.request_label)
        facts.addRow(tr("Leaves:"), self.leaves_label)
        facts.addRow(tr("Carries:"), self.carries_label)
        self.copy_button = QPushButton(tr("Save a copy…"))
        self.qr_button = QPushButton(tr("Show as QR codes"))
        self.save_qr_button = QPushButton(tr("Save the QR images…"))
        self.copy_button.clicked.connect(self.save_copy)
        self.qr_button.clicked.connect(self.show_qr)
        self.save_qr_button.clicked.connect(self.save_qr_images)
        buttons = QHBoxLayout()
        for button in (self.copy_button, self.qr_button, self.save_qr_button):
            buttons.addWidget(button)
        buttons.addStretch()
        self.progress = ProgressPanel()
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.qr_area = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(facts)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(self.qr_area, 1)

    def show_request(self, request: str, leaves: str, *, with_leaves: bool) -> None:
        self.request_path = request
        self.request_label.setText(f"{request}  ({_size(request)})")
        self.leaves_label.setText(f"{leaves}  ({_size(leaves)})" if leaves else
                                  tr("not known for a resumed request"))
        self.carries_label.setText(tr("the statement and the leaves") if with_leaves
                                   else tr("the statement (the leaves stay here)"))
        self.message.clear()
        self._drop_qr()

    def _drop_qr(self) -> None:
        if self.qr_view is not None:
            self.qr_view.timer.stop()
            self.qr_view.setParent(None)
            self.qr_view.deleteLater()
            self.qr_view = None

    def _say(self, text: str, role: str) -> None:
        self.message.setText(text)
        set_role(self.message, role)

    def save_copy(self) -> None:
        out = dialogs.save_file(self, tr("Save a copy of the signing request"),
                                Path(self.request_path).name,
                                tr("Signing requests (*.req.json);;All files (*)"), "usb")
        if not out:
            return
        try:
            shutil.copyfile(self.request_path, out)
        except OSError as exc:
            self._say(tr("Cannot write {path}: {reason}").format(path=out,
                                                                  reason=exc.strerror), "error")
            return
        self._say(tr("A copy was saved to {path}.").format(path=out), "ok")

    def _run(self, fn, text: str, done) -> None:
        self.job = (Op(self, fn, label=text)
                    .progress(self.progress, text)
                    .success(lambda result: self._settle(done, result))
                    .failure(self._failed)
                    .run())
        for button in (self.qr_button, self.save_qr_button):
            button.setEnabled(False)

    def _settle(self, done, result) -> None:
        self.job = None
        for button in (self.qr_button, self.save_qr_button):
            button.setEnabled(True)
        done(result)

    def _failed(self, exc: BaseException) -> bool:
        """A refusal said in the step; False leaves a fault to the bug dialog."""
        self._settle(lambda _: None, None)
        if isinstance(exc, TijoriError):
            self._say(say(exc), "error")
            return True
        return False

    def show_qr(self) -> None:
        """Draw the request as QR parts (off the GUI thread) and show them one by one."""
        path = self.request_path

        def draw(task) -> list[bytes]:
            return qr.frame_images(attesting.read_file(path, "request"))

        self._run(draw, tr("Drawing the QR codes…"), self._show_frames)

    def _show_frames(self, images: list[bytes]) -> None:
        self._drop_qr()
        self.qr_view = QrFramesView(images)
        self.qr_area.addWidget(self.qr_view)
        self._say(tr("{n} QR code(s): let the signer's camera read every one, in any order.")
                  .format(n=len(images)), "hint")

    def save_qr_images(self) -> None:
        folder = dialogs.pick_folder(self, tr("Save the QR images into a folder"), "qr")
        if not folder:
            return
        path = self.request_path

        def write(task) -> list[Path]:
            return qr.write_qr_frames(attesting.read_file(path, "request"), Path(folder),
                                      stem=Path(path).name.split(".")[0] or "request")

        self._run(write, tr("Writing the QR images…"), lambda paths: self._say(
            tr("Wrote {n} QR image(s) to {folder}.").format(n=len(paths), folder=folder), "ok"))
