"""QR-code images for the air-gapped signer: writing PNG frames and reading them back.

The framing (what text each code holds) is `app.attest.qrframes`; this module
draws those texts as PNG images with segno and reads images with zxing-cpp.
Every code has the standard quiet zone of 4 modules, and segno raises the error
correction level whenever that does not enlarge the code.

Files (`write_qr_frames`) are drawn at level M in parts of up to
`MAX_PART_CHARS`, to be photographed. Codes shown on a screen for a camera
(`frame_images`) are smaller and change quickly: the `CAMERA_*` settings below
come from `bench/qr_camera.py`, which simulates a 720p webcam across a desk, and
are stated in reports/FORMAT.md §9.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from pathlib import Path

import segno
import zxingcpp
from PIL import Image, UnidentifiedImageError

from app.attest.fileio import write_atomic
from app.attest.qrframes import MAX_PART_CHARS, Part, join_parsed, parse_part, split
from app.domain.errors import InvalidInput
from app.domain.messages import msg

BORDER = 4
ERROR_LEVEL = "m"

# Showing a message to a camera (measured by bench/qr_camera.py; reports/FORMAT.md §9).
CAMERA_MAX_CHARS = 400     # a part is QR version 11 (61 x 61 modules) at level L
CAMERA_ERROR = "l"         # raised by segno where that costs no size
# Each part is shown this long, then the next: no more than three changes a second (the
# three-flash threshold of WCAG 2.3.1, for viewers with photosensitive epilepsy). At
# 350 ms a 20 KB request takes about 15 s in the measurement; 150 ms would take 8 s but
# change the code 6.7 times a second.
FRAME_INTERVAL_MS = 350
SINGLE_MAX_CHARS = 619     # a message whose one part fits version 13 at L is one still code
MODULE_PX = 4              # the fewest screen pixels a module is drawn with


def _make(text: str, error: str = ERROR_LEVEL) -> segno.QRCode:
    """A full-size (not micro) QR code for `text` at level `error` or better."""
    try:
        return segno.make(text, error=error, micro=False)
    except segno.DataOverflowError:
        raise InvalidInput(
            msg("{count} characters do not fit in one QR code; use smaller parts", count=len(text))
        ) from None


def frame_names(stem: str, count: int) -> list[str]:
    """File names of the frames of a `count`-part message: `stem-01-of-05.png`, ..."""
    width = max(2, len(str(count)))
    return [f"{stem}-{index:0{width}d}-of-{count:0{width}d}.png" for index in range(1, count + 1)]


def write_qr_frames(
    data: bytes,
    out_dir: Path,
    *,
    stem: str = "part",
    scale: int = 4,
    max_chars: int = MAX_PART_CHARS,
) -> list[Path]:
    """Write `data` as one PNG per QR part in `out_dir`, which is made if needed.

    Files are `out_dir/stem-01-of-05.png` and so on, `scale` pixels per module.
    Nothing is written when any of them already exists. Returns the paths in
    part order. Raises `InvalidInput` naming the file or folder at fault.
    """
    if not stem or any(sep in stem for sep in ("/", "\\")) or stem in (".", ".."):
        raise InvalidInput(msg("{stem!r} cannot be used as a file name stem", stem=stem), "stem")
    if scale < 1:
        raise InvalidInput(msg("the scale must be at least 1 pixel per module, not {scale}",
                               scale=scale), "scale")
    parts = split(data, max_chars=max_chars)
    out_dir = Path(out_dir)
    paths = [out_dir / name for name in frame_names(stem, len(parts))]
    for path in paths:
        if path.exists():
            raise InvalidInput(msg("{path} already exists; choose another folder or stem",
                                   path=path), "out")
    codes = [_make(text) for text in parts]
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InvalidInput(msg("cannot create the folder {out_dir}: {strerror}",
                               out_dir=out_dir, strerror=exc.strerror), "out") from None
    for path, code in zip(paths, codes, strict=True):
        image = io.BytesIO()
        code.save(image, kind="png", scale=scale, border=BORDER)
        # Owner-only: the frames of a request made with its leaves carry holdings.
        write_atomic(path, image.getvalue(), mode=0o600)
    return paths


def qr_image(text: str, *, scale: int = 8, error: str = ERROR_LEVEL) -> bytes:
    """One QR code for `text` as PNG bytes (quiet zone included), for showing in the GUI."""
    if scale < 1:
        raise InvalidInput(msg("the scale must be at least 1 pixel per module, not {scale}",
                               scale=scale), "scale")
    buffer = io.BytesIO()
    _make(text, error).save(buffer, kind="png", scale=scale, border=BORDER)
    return buffer.getvalue()


def screen_texts(data: bytes, *, max_chars: int = CAMERA_MAX_CHARS,
                 single_max_chars: int = SINGLE_MAX_CHARS) -> list[str]:
    """The part texts `data` is shown as on a screen: ONE part when the whole message fits
    in a part of at most `single_max_chars` characters (a still code, read at leisure),
    else parts of at most `max_chars` characters, shown one after another."""
    whole = split(data, max_chars=MAX_PART_CHARS)
    if len(whole) == 1 and len(whole[0]) <= single_max_chars:
        return whole
    return split(data, max_chars=max_chars)


def frame_images(data: bytes, *, scale: int = 1, max_chars: int = CAMERA_MAX_CHARS,
                 single_max_chars: int = SINGLE_MAX_CHARS, error: str = CAMERA_ERROR
                 ) -> list[bytes]:
    """`data` as the PNG images of its QR parts (`screen_texts`), in order, for a screen.

    At the default `scale` of 1 a module is one pixel, so the view can enlarge each code
    by a whole number of pixels a module, as large as it has room for.
    """
    texts = screen_texts(data, max_chars=max_chars, single_max_chars=single_max_chars)
    return [qr_image(text, scale=scale, error=error) for text in texts]


def read_qr_texts(path: Path) -> list[str]:
    """The texts of every QR code in the image at `path` (an image may hold several).

    Raises `InvalidInput` naming the file when it cannot be read, is not an
    image, or holds no readable QR code.
    """
    path = Path(path)
    try:
        with Image.open(path) as image:
            image.load()
            gray = image.convert("L")
    except FileNotFoundError:
        raise InvalidInput(msg("{path} does not exist", path=path), "file") from None
    except (UnidentifiedImageError, Image.DecompressionBombError, SyntaxError, ValueError):
        raise InvalidInput(msg("{path} is not an image that can be read",
                               path=path), "file") from None
    except OSError as exc:
        raise InvalidInput(
            msg("cannot read {path}: {value}",
                path=path, value=exc.strerror or 'the image is damaged'), "file"
        ) from None
    codes = zxingcpp.read_barcodes(gray, formats=zxingcpp.BarcodeFormat.QRCode)
    texts = [code.text for code in codes if code.valid]
    if not texts:
        raise InvalidInput(msg("no readable QR code was found in {path}", path=path), "file")
    return texts


def _parts(paths: Iterable[Path]) -> Iterator[tuple[Part, str]]:
    """Parse every code of every image, each named after its file."""
    for path in paths:
        texts = read_qr_texts(path)
        for number, text in enumerate(texts, start=1):
            source = f"the QR code in {path}"
            if len(texts) > 1:
                source = f"QR code {number} of {len(texts)} in {path}"
            yield parse_part(text, source=source), source


def read_qr_images(paths: Iterable[Path]) -> bytes:
    """Decode the QR codes in the images at `paths`, in any order, and join the message.

    Raises `InvalidInput` in one sentence naming the file when a file is not
    an image or holds no Tijori QR part, or when parts are missing or belong
    to different messages (see `app.attest.qrframes.join`).
    """
    return join_parsed(_parts(paths))
