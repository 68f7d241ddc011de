"""QR-code images for the air-gapped signer: writing PNG frames and reading them back.

The framing (what text each code holds) is `app.attest.qrframes`; this module
draws those texts as PNG images with segno and reads images with zxing-cpp.
Every code is drawn at error correction level M or better (segno raises the
level when that does not enlarge the code) with the standard quiet zone of
4 modules.
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


def _make(text: str) -> segno.QRCode:
    """A full-size (not micro) QR code for `text` at level M or better."""
    try:
        return segno.make(text, error=ERROR_LEVEL, micro=False)
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


def qr_image(text: str, *, scale: int = 8) -> bytes:
    """One QR code for `text` as PNG bytes, for showing in the GUI."""
    if scale < 1:
        raise InvalidInput(msg("the scale must be at least 1 pixel per module, not {scale}",
                               scale=scale), "scale")
    buffer = io.BytesIO()
    _make(text).save(buffer, kind="png", scale=scale, border=BORDER)
    return buffer.getvalue()


def frame_images(data: bytes, *, scale: int = 6, max_chars: int = MAX_PART_CHARS
                 ) -> list[bytes]:
    """`data` as the PNG images of its QR parts, in order, for showing on a screen."""
    return [qr_image(text, scale=scale) for text in split(data, max_chars=max_chars)]


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
