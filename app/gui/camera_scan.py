"""Scanning animated QR codes with a camera: the air gap crossed without a USB stick.

A `ScanDialog` shows what the camera sees and collects a transfer's TJ1 parts as they
pass: "12 of 17 parts", any order, repeats ignored, a code of another transfer named
and set aside, the whole message checked against its digest when the last part is in
(`app.services.qr_scan`). It emits `scanned(bytes)` and closes.

- **Display and decoding apart.** The camera (Qt Multimedia: `QCamera` in a
  `QMediaCaptureSession`) draws into a `QVideoWidget` at its own frame rate. Decoding
  takes the newest frame from the widget's `QVideoSink` whenever the decoder is free
  (the GUI thread turns that one frame into grayscale bytes), and zxing-cpp reads it in
  a thread of its own (`FrameDecoder`), so a slow decode skips frames for decoding only,
  never for display. It is a stream, not a job with an end, which is why it does not
  go through `Op`.
- **Privacy on the air-gapped PC.** The camera is opened when a scan starts and released
  when the dialog closes, however it closes; no frame is kept or written anywhere.
- **No camera, a busy one, one unplugged mid-scan** are each said in the dialog (or, with
  no camera at all, before it opens); the file and image paths stay open meanwhile.
- The camera is chosen in Settings (`CAMERA_SETTING`, remembered by its id). A recorded
  video can be played through the same sink instead (`ScanDialog.play`): the tests use it
  to drive the real pipeline without a camera.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QCloseEvent, QImage
from PySide6.QtMultimedia import (
    QCamera,
    QCameraDevice,
    QMediaCaptureSession,
    QMediaDevices,
    QMediaPlayer,
    QVideoFrame,
)
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import InvalidInput
from app.gui import dialogs, settings
from app.gui.i18n import say, tr
from app.gui.look import set_role
from app.gui.settings_dialog import CAMERA_SETTING
from app.services import qr_scan

#: Decoders' threads still running, kept until they finish.
_THREADS: set[QThread] = set()



def cameras() -> list[QCameraDevice]:
    """The cameras connected now."""
    return list(QMediaDevices.videoInputs())


def camera_key(device: QCameraDevice) -> str:
    return bytes(device.id()).hex()


def chosen_camera() -> QCameraDevice | None:
    """The camera chosen in Settings if it is connected, else the system's default, else
    None (no camera at all)."""
    connected = cameras()
    remembered = settings.value(CAMERA_SETTING)
    for device in connected:
        if remembered and camera_key(device) == remembered:
            return device
    default = QMediaDevices.defaultVideoInput()
    if not default.isNull():
        return default
    return connected[0] if connected else None


def chosen_source() -> QCameraDevice | str | None:
    """What a scan reads from: the chosen camera (None when there is none). Tests replace
    it with a recorded video's path, which goes through the very same pipeline."""
    return chosen_camera()


class FrameDecoder(QObject):
    """Decodes one grayscale frame at a time in its own thread (`qr_scan.decode_frame`).

    It is handed plain bytes, never a Qt object: converting a video frame calls into Qt
    Multimedia, which may log through the Python message handler, and a thread that
    holds Python's lock while Qt's logging waits on the GUI thread deadlocks both. The
    GUI thread converts the frames it hands over, only those."""

    decoded = Signal(list)

    @Slot(bytes, int, int, int)
    def decode(self, data: bytes, width: int, height: int, stride: int) -> None:
        self.decoded.emit(qr_scan.decode_frame(data, width, height, stride))


class ScanDialog(QDialog):
    """What the camera sees, the parts collected so far, and what was set aside."""

    scanned = Signal(bytes)
    _to_decoder = Signal(bytes, int, int, int)

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("camera_scan")
        self.collector = qr_scan.Collector()
        self.result: bytes | None = None
        self.frames = 0
        self.decodes = 0
        self.set_aside = 0
        self.camera: QCamera | None = None
        self.session: QMediaCaptureSession | None = None
        self.player: QMediaPlayer | None = None
        self._device: QCameraDevice | None = None
        self._busy = False

        self.video = QVideoWidget()
        self.video.setObjectName("camera_view")
        self.video.setMinimumSize(480, 270)
        self.video.videoSink().videoFrameChanged.connect(self._frame)
        self.progress = QProgressBar()
        self.progress.setObjectName("parts_progress")
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.status = QLabel(tr("Hold the codes in front of the camera, a hand's width away; "
                                "they are read in any order."))
        self.status.setObjectName("scan_status")
        self.status.setWordWrap(True)
        self.note = QLabel()
        self.note.setObjectName("scan_note")
        self.note.setWordWrap(True)
        self.note.hide()
        set_role(self.note, "error")
        self.again_button = QPushButton(tr("Start again"))
        self.again_button.setToolTip(tr("Forget the parts read so far"))
        self.again_button.clicked.connect(self.start_again)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.again_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.video, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.resize(760, 620)

        # The decoder's thread is not this dialog's child: a dialog deleted without being
        # closed (its window destroyed with its parent) ends the thread, which goes once
        # it has finished, rather than being destroyed while it runs.
        self._thread = QThread()
        _THREADS.add(self._thread)
        self._decoder = FrameDecoder()
        self._decoder.moveToThread(self._thread)
        self._to_decoder.connect(self._decoder.decode, Qt.ConnectionType.QueuedConnection)
        self._decoder.decoded.connect(self._decoded, Qt.ConnectionType.QueuedConnection)
        thread = self._thread
        thread.finished.connect(self._decoder.deleteLater)
        thread.finished.connect(lambda: _THREADS.discard(thread))
        self.destroyed.connect(thread.quit)
        thread.start()
        self._devices = QMediaDevices(self)
        self._devices.videoInputsChanged.connect(self.check_camera_present)

    # -- sources ------------------------------------------------------------------------

    def start_camera(self, device: QCameraDevice) -> None:
        """Open `device` and show what it sees; a camera that cannot be used is said."""
        self.release_camera()
        self._device = device
        self.camera = QCamera(device)
        self.camera.errorOccurred.connect(self._camera_error)
        self.session = QMediaCaptureSession()
        self.session.setCamera(self.camera)
        self.session.setVideoOutput(self.video)
        self.camera.start()
        if self.camera is not None and self.camera.error() != QCamera.Error.NoError:
            self._camera_error(self.camera.error(), self.camera.errorString())

    def play(self, path: str, *, close_at_end: bool = False) -> QMediaPlayer:
        """Read the codes from a recorded video instead of the camera, through the same
        sink and decoder; with `close_at_end`, the window closes (rejected) when the video
        ends before the transfer is whole."""
        self.player = QMediaPlayer(self)
        if close_at_end:
            self.player.mediaStatusChanged.connect(self._ended)
        self.player.setVideoOutput(self.video)
        self.player.setSource(QUrl.fromLocalFile(path))
        self.player.play()
        return self.player

    def _ended(self, status: QMediaPlayer.MediaStatus) -> None:
        if status in (QMediaPlayer.MediaStatus.EndOfMedia,
                      QMediaPlayer.MediaStatus.InvalidMedia) and self.result is None:
            # the last frames may still be with the decoder: give it a moment
            QTimer.singleShot(500, lambda: self.result is None and self.reject())

    def release_camera(self) -> None:
        """Close the camera: nothing is captured after this."""
        camera, session = self.camera, self.session
        self.camera = self.session = None
        if camera is not None:
            camera.blockSignals(True)  # its stopping is no error to say
            camera.stop()
        if session is not None:
            session.setCamera(None)
            session.setVideoOutput(None)
        if camera is not None:
            camera.deleteLater()

    def _camera_error(self, error: Any, text: str) -> None:
        if error == QCamera.Error.NoError:
            return
        self.release_camera()
        self._say(tr("The camera cannot be used: {reason}. Close other programs that use it, "
                     "or choose another camera in Settings; the codes can also be read from "
                     "image files.").format(reason=text or tr("it did not start")))

    def check_camera_present(self) -> None:
        """When the cameras connected change: the one in use unplugged ends the scan's
        capture, with a message; the parts read so far are kept."""
        if self.camera is None or self._device is None:
            return
        if any(device.id() == self._device.id() for device in cameras()):
            return
        self.release_camera()
        self._say(tr("The camera was disconnected. Connect it again and start a new scan; "
                     "the {count} part(s) read so far are kept until this window closes."
                     ).format(count=self.collector.have))

    # -- frames ---------------------------------------------------------------------------

    def _frame(self, frame: QVideoFrame) -> None:
        self.frames += 1
        if self._busy or self.result is not None or not frame.isValid():
            return
        image = frame.toImage()
        if image.isNull():
            return
        gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
        self._busy = True
        self._to_decoder.emit(bytes(gray.constBits()), gray.width(), gray.height(),
                              gray.bytesPerLine())

    def _decoded(self, texts: list[str]) -> None:
        self._busy = False
        self.decodes += 1
        if self.result is not None:
            return
        for text in texts:
            seen = self.collector.add(text)
            if seen.outcome in (qr_scan.OTHER, qr_scan.INVALID):
                self.set_aside += 1
                self._say(say(seen.reason or ""))
            elif seen.outcome == qr_scan.NEW:
                self._say("")
        self._show_progress()
        if self.collector.complete:
            self._finish()

    def _show_progress(self) -> None:
        count = self.collector.count
        if count is None:
            return
        self.progress.setRange(0, count)
        self.progress.setValue(self.collector.have)
        missing = self.collector.missing()
        text = tr("{have} of {count} parts").format(have=self.collector.have, count=count)
        if missing and len(missing) <= 5:
            text += " — " + tr("still to read: {parts}").format(
                parts=", ".join(str(n) for n in missing))
        self.status.setText(text)

    def _finish(self) -> None:
        try:
            data = self.collector.message()
        except InvalidInput as exc:
            self._say(say(exc) + " " + tr("Scanning again from the start."))
            self.start_again(keep_note=True)
            return
        self.result = data
        self.release_camera()
        if self.player is not None:
            self.player.stop()
        self.scanned.emit(data)
        self.accept()

    def start_again(self, keep_note: bool = False) -> None:
        self.collector = qr_scan.Collector()
        self.progress.setRange(0, 0)
        self.status.setText(tr("Hold the codes in front of the camera, a hand's width away; "
                               "they are read in any order."))
        if not keep_note:
            self._say("")

    def _say(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    # -- closing --------------------------------------------------------------------------

    def stop(self) -> None:
        """Release the camera, stop a video, and end the decoder's thread (idempotent)."""
        self.release_camera()
        if self.player is not None:
            self.player.stop()
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait(5000)

    def done(self, result: int) -> None:
        self.stop()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop()
        super().closeEvent(event)


def start(parent: QWidget, title: str) -> ScanDialog | None:
    """Open a scan from the chosen camera (window-modal, not blocking); None, after saying
    so, when no camera is connected. Connect to the dialog's `scanned(bytes)`."""
    source = chosen_source()
    if source is None:
        dialogs.inform(parent, title, tr(
            "No camera is connected to this PC. Connect one (and choose it in Settings), or "
            "read the codes from image files."))
        return None
    dialog = ScanDialog(parent, title)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if isinstance(source, str):
        dialog.play(source)
    else:
        dialog.start_camera(source)
    dialog.open()
    return dialog


def scan_to_file(out: str, video: str | None = None) -> int:
    """`tijori gui --scan OUT`: one transfer read by the camera (or from a recorded
    `video`) into the file `out`. Exit 0 when written; 1 when the scan ended without the
    whole transfer; 2 when there is no camera or `out` exists; 130 when cancelled."""
    import sys
    from pathlib import Path

    from app.domain.errors import TijoriError

    if Path(out).exists():
        sys.stderr.write(f"tijori gui: {out} already exists; choose another file\n")
        return 2
    source = video or chosen_source()
    if source is None:
        sys.stderr.write("tijori gui: no camera is connected to this PC\n")
        return 2
    dialog = ScanDialog(None, tr("Scan QR codes into {file}").format(file=Path(out).name))
    if isinstance(source, str):
        dialog.play(source, close_at_end=True)
    else:
        dialog.start_camera(source)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted and dialog.result is not None
    if not accepted:
        have, count = dialog.collector.have, dialog.collector.count
        if video is not None:
            sys.stderr.write(f"tijori gui: the video ended with {have} of {count or '?'} "
                             "parts read; nothing was written\n")
            return 1
        sys.stderr.write("tijori gui: the scan was cancelled; nothing was written\n")
        return 130
    try:
        qr_scan.save_scanned(dialog.result, out)
    except TijoriError as exc:
        sys.stderr.write(f"tijori gui: {exc}\n")
        return 2
    print(f"Read {len(dialog.result):,} bytes from the QR codes into {out}.")
    return 0
