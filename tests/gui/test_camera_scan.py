"""Scanning animated QR codes by camera, driven without a camera: the codes of a real
signing request are encoded into a short video (ffmpeg), which `QMediaPlayer` plays into
the same `QVideoSink` a camera feeds; the request must come out byte for byte, also with
parts dropped, repeated, blurred and out of order."""

from __future__ import annotations

import random
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageFilter
from PySide6.QtMultimedia import QCamera, QCameraDevice

from app.attest.qrframes import split
from app.gui import camera_scan
from app.gui.camera_scan import ScanDialog
from app.services import qr
from tests.attest_helpers import CUSTODIAN, build_ledger, cli_runner, make_keyring

FPS = 25
#: Each code stays this many video frames, about a third of a second.
HOLD = 8


@pytest.fixture(scope="module")
def request_bytes(tmp_path_factory) -> bytes:
    """A real signing request with its leaves, from a ledger of five gold bars."""
    folder = tmp_path_factory.mktemp("request")
    ring = make_keyring(folder)
    ledger = build_ledger(folder / "stocked.tijori", "stocked")
    request = folder / "r.req.json"
    result = cli_runner(ledger)("attest", "request", "--policy", ring.policy, "--out",
                                str(request), "--leaves-out", str(folder / "r.leaves.jsonl"),
                                "--custodian", CUSTODIAN, "--with-leaves")
    assert result.code == 0, result.err
    return request.read_bytes()


@pytest.fixture(scope="module")
def parts(request_bytes) -> list[str]:
    texts = split(request_bytes, max_chars=400)
    assert len(texts) >= 4  # enough parts to lose, repeat and shuffle some
    return texts


def make_video(folder: Path, images: list[Image.Image], name: str = "codes.mp4") -> str:
    """An H.264 video at 25 frames a second showing `images` in turn, each for HOLD
    frames, on a 1280×720 white background as a screen seen by a camera would be."""
    if shutil.which("ffmpeg") is None:
        pytest.fail("ffmpeg is missing (Debian: apt-get install ffmpeg); .ci/run installs it")
    folder.mkdir(exist_ok=True)
    listing = []
    for number, image in enumerate(images):
        path = folder / f"frame-{number:04d}.png"
        image.save(path)
        listing.append(f"file '{path}'\nduration {HOLD / FPS}\n")
    listing.append(f"file '{folder / f'frame-{len(images) - 1:04d}.png'}'\n")
    (folder / "list.txt").write_text("".join(listing))
    out = folder / name
    subprocess.run(["ffmpeg", "-y", "-loglevel", "error", "-f", "concat", "-safe", "0", "-i",
                    str(folder / "list.txt"), "-vf",
                    "scale=1280:720:force_original_aspect_ratio=decrease,pad=1280:720:"
                    "(ow-iw)/2:(oh-ih)/2:color=white,format=yuv420p", "-r", str(FPS),
                    "-c:v", "libx264", "-preset", "ultrafast", str(out)], check=True)
    return str(out)


def code(text: str) -> Image.Image:
    from io import BytesIO

    return Image.open(BytesIO(qr.qr_image(text, scale=5))).convert("RGB")


def scan(qtbot, video: str, timeout: int = 60000) -> ScanDialog:
    dialog = ScanDialog(None, "Scan")
    qtbot.addWidget(dialog)
    got: list[bytes] = []
    dialog.scanned.connect(got.append)
    dialog.show()
    dialog.play(video)
    qtbot.waitUntil(lambda: bool(got) or dialog.player.mediaStatus().name == "EndOfMedia",
                    timeout=timeout)
    dialog.scanned_bytes = got[0] if got else None
    return dialog


def test_a_request_comes_through_the_video_byte_for_byte(qtbot, tmp_path, parts,
                                                         request_bytes):
    order = list(range(len(parts)))
    random.Random(7).shuffle(order)
    dialog = scan(qtbot, make_video(tmp_path / "v", [code(parts[i]) for i in order]))
    assert dialog.scanned_bytes == request_bytes
    assert dialog.result == request_bytes
    assert dialog.collector.have == len(parts)
    assert dialog.decodes >= len(parts)
    # Decoding runs beside the display: the window is handed (nearly) every frame the
    # video shows, not one per decode (half of them at least, on a loaded test machine).
    assert dialog.frames >= len(parts) * HOLD // 2
    assert dialog.camera is None  # a video, and no camera was opened


def test_dropped_repeated_blurred_and_shuffled_parts(qtbot, tmp_path, parts, request_bytes):
    """First pass: two parts never shown, one shown three times, two shown only blurred
    past reading, all shuffled; the second pass shows everything again, some mildly
    blurred. The request is still whole, and the unreadable frames were skipped."""
    rng = random.Random(11)
    count = len(parts)
    dropped = {0, count - 1}
    unreadable = {1, 2}
    first = [i for i in range(count) if i not in dropped] + [3, 3]
    rng.shuffle(first)
    images = [code(parts[i]).filter(ImageFilter.GaussianBlur(12)) if i in unreadable
              else code(parts[i]) for i in first]
    second = list(range(count))
    rng.shuffle(second)
    images += [code(parts[i]).filter(ImageFilter.GaussianBlur(1.2)) for i in second]
    dialog = scan(qtbot, make_video(tmp_path / "v", images))
    assert dialog.scanned_bytes == request_bytes
    assert dialog.collector.have == count


def test_a_code_of_another_transfer_is_named_and_set_aside(qtbot, tmp_path, parts,
                                                           request_bytes):
    other = split(b"another message entirely " * 20, max_chars=400)
    images = [code(parts[0]), code(other[0])] + [code(text) for text in parts[1:]]
    dialog = scan(qtbot, make_video(tmp_path / "v", images))
    assert dialog.scanned_bytes == request_bytes
    assert dialog.set_aside >= 1


def test_progress_counts_the_parts_as_they_come(qtbot, tmp_path, parts):
    """Only half the parts are shown: the scan does not end, and says how many it has."""
    half = len(parts) // 2
    dialog = scan(qtbot, make_video(tmp_path / "v", [code(t) for t in parts[:half]]))
    assert dialog.scanned_bytes is None and dialog.result is None
    assert dialog.collector.have == half
    assert dialog.progress.value() == half and dialog.progress.maximum() == len(parts)
    assert f"{half} of {len(parts)} parts" in dialog.status.text()
    dialog.start_again()
    assert dialog.collector.have == 0 and dialog.progress.maximum() == 0


# -- cameras that are not there -------------------------------------------------------------

def test_no_camera_says_so_and_opens_nothing(qtbot, modals, monkeypatch):
    from PySide6.QtWidgets import QWidget

    monkeypatch.setattr(camera_scan, "chosen_source", lambda: None)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert camera_scan.start(parent, "Scan the request") is None
    assert modals.kinds() == ["inform"]
    assert "No camera is connected" in modals.texts()


def test_a_camera_that_cannot_be_used_is_said_and_released(qtbot):
    """A camera device that is not there (as one in use elsewhere or gone): a message in
    the dialog, the camera closed, nothing crashes, and Cancel still closes."""
    dialog = ScanDialog(None, "Scan")
    qtbot.addWidget(dialog)
    dialog.start_camera(QCameraDevice())
    qtbot.waitUntil(lambda: dialog.note.isVisibleTo(dialog), timeout=5000)
    assert "The camera cannot be used" in dialog.note.text()
    assert dialog.camera is None and dialog.session is None
    dialog.cancel_button.click()
    assert dialog.result is None and not dialog.isVisible()


def test_a_camera_unplugged_mid_scan_keeps_the_parts_read(qtbot, tmp_path, parts):
    """Half a transfer read, then the device the scan uses is no longer connected: the
    capture ends with a message, the parts read so far stay."""
    half = len(parts) // 2
    dialog = scan(qtbot, make_video(tmp_path / "v", [code(t) for t in parts[:half]]))
    assert dialog.collector.have == half
    dialog.camera = QCamera(QCameraDevice())  # the device in use, now absent from the list
    dialog._device = dialog.camera.cameraDevice()
    dialog.check_camera_present()
    assert dialog.camera is None
    assert "The camera was disconnected" in dialog.note.text()
    assert f"the {half} part(s) read so far are kept" in dialog.note.text()
    assert dialog.collector.have == half


def test_the_camera_is_chosen_in_settings(qtbot):
    """Settings lists the cameras connected and remembers the one chosen; with none (as on
    a test machine), it says so and nothing is remembered."""
    from app.gui import settings
    from app.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    connected = camera_scan.cameras()
    if connected:
        assert dialog.camera.count() == len(connected) and dialog.camera.isEnabled()
        dialog.camera.setCurrentIndex(len(connected) - 1)
        dialog.accept()
        assert settings.value(camera_scan.CAMERA_SETTING) == camera_scan.camera_key(
            connected[-1])
        assert camera_scan.camera_key(camera_scan.chosen_camera()) == settings.value(
            camera_scan.CAMERA_SETTING)
    else:
        assert not dialog.camera.isEnabled()
        assert "No camera connected" in dialog.camera.currentText()
        dialog.accept()
        assert settings.value(camera_scan.CAMERA_SETTING) == ""
        assert camera_scan.chosen_camera() is None


def test_tijori_gui_scan_writes_one_transfer_to_a_file(tmp_path, parts, request_bytes):
    """`tijori gui --scan OUT`, the command-line door to the camera, in a fresh process:
    here from a recorded video through the same window and pipeline."""
    import os
    import sys

    root = Path(__file__).resolve().parents[2]
    video = make_video(tmp_path / "v", [code(t) for t in parts])
    out = tmp_path / "request.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

    def run(*argv: str) -> subprocess.CompletedProcess:
        # the `tijori` console script's own entry point
        return subprocess.run([sys.executable, "-c", "from app.launcher import entry; entry()",
                               "gui", *argv], cwd=root, env=env, capture_output=True,
                              text=True, timeout=120)

    done = run("--scan", str(out), "--from-video", video)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == request_bytes
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    assert f"Read {len(request_bytes):,} bytes" in done.stdout
    again = run("--scan", str(out), "--from-video", video)
    assert again.returncode == 2 and "already exists" in again.stderr
    half = make_video(tmp_path / "half", [code(t) for t in parts[:2]], name="half.mp4")
    partial = run("--scan", str(tmp_path / "partial.json"), "--from-video", half)
    assert partial.returncode == 1 and "parts read; nothing was written" in partial.stderr
    assert not (tmp_path / "partial.json").exists()
