"""Reading QR codes from a camera's frames: decoding one frame, and collecting a transfer.

The desktop application hands each frame it decodes over as grayscale bytes (it keeps
the camera and Qt; this module keeps zxing-cpp and the TJ1 format). A transfer's parts
arrive in any order, repeated, with codes of other transfers among them: `Collector`
(`app.attest.qrframes`) sorts them out, and joins the message with every check once
all are in.
"""

from __future__ import annotations

import zxingcpp
from PIL import Image

from app.attest.fileio import write_atomic
from app.attest.qrframes import INVALID, NEW, OTHER, REPEAT, Collector, Seen

__all__ = ["INVALID", "NEW", "OTHER", "REPEAT", "Collector", "Seen", "decode_frame",
           "save_scanned"]


def decode_frame(data: bytes, width: int, height: int, stride: int) -> list[str]:
    """The texts of the QR codes in one grayscale frame (8 bits a pixel, `stride` bytes a
    row); none when the frame holds no readable code."""
    if width <= 0 or height <= 0 or len(data) < stride * (height - 1) + width:
        return []
    image = Image.frombuffer("L", (width, height), data, "raw", "L", stride, 1)
    return [code.text for code in zxingcpp.read_barcodes(
        image, formats=zxingcpp.BarcodeFormat.QRCode) if code.valid and code.text]


def save_scanned(data: bytes, out: str) -> None:
    """Write what a scan read to `out`, owner-only (a request may carry every holding),
    never over another file."""
    write_atomic(out, data, mode=0o600)
