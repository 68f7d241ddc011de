"""QR transport: the TJ1 part framing, and a real round trip through PNG files and zxing-cpp."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import random
import re
import zlib
from pathlib import Path

import pytest
import segno
import zxingcpp
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from app.attest import qrframes
from app.attest.qrframes import MAX_PART_CHARS, join, parse_part, split
from app.domain.errors import InvalidInput
from app.services.qr import qr_image, read_qr_images, read_qr_texts, write_qr_frames

ALNUM = re.compile(r"[0-9A-Z $%*+\-./:]*")


def b32(data: bytes) -> str:
    return base64.b32encode(data).decode().rstrip("=")


def request_message(size: int = 20_000) -> bytes:
    """A signing request-like JSON document of about `size` bytes: leaves with hashes."""
    rng = random.Random(7)
    leaves = []
    while len(json.dumps(leaves, separators=(",", ":"))) < size:
        leaves.append(
            {
                "refiner": rng.choice(["Valcambi", "PAMP", "Argor-Heraeus", "Metalor"]),
                "serial": f"{rng.randrange(10**7):07d}",
                "fine_oz": f"{rng.randrange(350_000, 430_000) / 1000:.3f}",
                "leaf": hashlib.sha256(rng.randbytes(16)).hexdigest(),
            }
        )
    doc = {"type": "tijori.signing-request/1", "root": "ab" * 32, "leaves": leaves}
    return json.dumps(doc, separators=(",", ":")).encode()


def signature_message() -> bytes:
    """About 400 bytes, like one detached Ed25519 signature record."""
    rng = random.Random(3)
    record = {
        "keyid": hashlib.sha256(b"custodian key").hexdigest(),
        "payload_digest": hashlib.sha256(b"statement").hexdigest(),
        "sig": base64.b64encode(rng.randbytes(64)).decode(),
        "signed_at": "2025-03-31T12:00:00Z",
        "signer": "Vault 3 custodian",
    }
    data = json.dumps(record, separators=(",", ":")).encode()
    assert 300 <= len(data) <= 500
    return data


# --- framing ---------------------------------------------------------------------------------


def test_documented_example_is_exact():
    assert split(b"hello") == ["TJ1:R:1/1:2CF24DBA5FB0A30E:NBSWY3DP"]
    assert qrframes.__doc__ is not None
    assert "TJ1:R:1/1:2CF24DBA5FB0A30E:NBSWY3DP" in qrframes.__doc__
    assert join(["TJ1:R:1/1:2CF24DBA5FB0A30E:NBSWY3DP"]) == b"hello"


@pytest.mark.parametrize("size", [0, 1, 5, 884, 885, 886, 1770, 1771, 9_000])
def test_round_trip_of_incompressible_data_at_slice_boundaries(size):
    data = random.Random(size).randbytes(size)
    parts = split(data)
    assert len(parts) == max(1, -(-size // 885))
    for number, text in enumerate(parts, start=1):
        assert len(text) <= MAX_PART_CHARS
        assert ALNUM.fullmatch(text), text
        assert text.startswith(f"TJ1:R:{number}/{len(parts)}:{qrframes.digest_of(data)}:")
    assert join(parts) == data


def test_compressible_data_is_compressed_and_flagged():
    data = request_message()
    parts = split(data)
    payload = b"".join(parse_part(text).data for text in parts)
    assert all(text.startswith("TJ1:Z:") for text in parts)
    assert zlib.decompress(payload) == data
    assert len(payload) < len(data)
    assert join(parts) == data


def test_slices_are_about_equal_and_the_last_is_never_empty():
    data = random.Random(1).randbytes(2000)
    sizes = [len(parse_part(text).data) for text in split(data)]
    assert sizes == [670, 670, 660]


@settings(max_examples=60, deadline=None)
@given(
    data=st.binary(max_size=3000) | st.text(alphabet="ab{}:,0", max_size=6000).map(str.encode),
    max_chars=st.integers(min_value=39, max_value=2000),
    seed=st.integers(min_value=0, max_value=2**32),
)
def test_any_message_survives_any_order_with_duplicates(data, max_chars, seed):
    parts = split(data, max_chars=max_chars)
    assert all(len(text) <= max_chars for text in parts)
    scanned = parts + random.Random(seed).sample(parts, k=min(3, len(parts)))
    random.Random(seed).shuffle(scanned)
    assert join(scanned) == data


def test_scanner_quirks_case_and_white_space_are_tolerated():
    data = random.Random(2).randbytes(2000)
    parts = split(data)
    quirky = [" " + parts[2].lower() + "\r\n", "", parts[0] + "\n", "  \n", parts[1]]
    assert join(quirky) == data


def test_a_missing_part_is_named():
    parts = split(random.Random(3).randbytes(4000))
    assert len(parts) == 5
    with pytest.raises(InvalidInput, match=r"^QR part 3 of 5 is missing$"):
        join(parts[:2] + parts[3:])
    with pytest.raises(InvalidInput, match=r"^QR parts 1, 3 and 5 of 5 are missing$"):
        join([parts[1], parts[3]])


def test_many_missing_parts_are_summarised():
    parts = split(random.Random(4).randbytes(2000), max_chars=100)
    assert len(parts) > 20
    with pytest.raises(InvalidInput, match=r"^QR parts 2, 3, .* and \d+ more of \d+ are missing$"):
        join(parts[:1])


def test_parts_of_different_messages_are_refused():
    one = split(random.Random(5).randbytes(2000))
    other = split(random.Random(6).randbytes(2000))
    with pytest.raises(InvalidInput, match=r"belongs to a different message") as caught:
        join([one[0], other[1], one[2]])
    assert qrframes.digest_of(random.Random(6).randbytes(2000)) in str(caught.value)


def test_parts_that_disagree_on_the_count_are_refused():
    data = random.Random(7).randbytes(2000)
    three, four = split(data), split(data, max_chars=1000)
    assert (len(three), len(four)) == (3, 4)
    with pytest.raises(InvalidInput, match=r"^QR part 2 of 4 says the message has 4 parts but "):
        join([three[0], four[1]])


def test_two_different_parts_with_one_number_are_refused():
    data = b"x" * 10 + random.Random(8).randbytes(2000)
    parts = split(data)
    forged = parts[1][:-8] + ("A" * 8 if not parts[1].endswith("A" * 8) else "B" * 8)
    with pytest.raises(
        InvalidInput, match=r"^two different QR texts both claim to be part 2 of 3$"
    ):
        join([parts[0], parts[1], forged, parts[2]])


def test_altered_data_fails_the_digest():
    data = random.Random(9).randbytes(100)
    (text,) = split(data)
    head, letters = text.rsplit(":", 1)
    altered = head + ":" + ("B" if letters[0] != "B" else "C") + letters[1:]
    with pytest.raises(InvalidInput, match=r"does not match its digest"):
        join([altered])


def test_damaged_or_padded_zlib_payload_is_refused():
    message = b"tijori " * 50
    digest = qrframes.digest_of(message)
    stream = zlib.compress(message)
    with pytest.raises(InvalidInput, match=r"compressed data .* is damaged"):
        join([f"TJ1:Z:1/1:{digest}:{b32(stream[:-6])}"])
    with pytest.raises(InvalidInput, match=r"compressed data .* is damaged"):
        join([f"TJ1:Z:1/1:{digest}:{b32(stream + b'extra')}"])
    assert join([f"TJ1:Z:1/1:{digest}:{b32(stream)}"]) == message


def test_a_zlib_bomb_is_refused(monkeypatch):
    monkeypatch.setattr(qrframes, "MAX_MESSAGE_BYTES", 1000)
    message = bytes(1001)
    text = f"TJ1:Z:1/1:{qrframes.digest_of(message)}:{b32(zlib.compress(message))}"
    with pytest.raises(InvalidInput, match=r"inflates to more than 1000 bytes"):
        join([text])


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("hello world", r'^QR text "hello world" is not a Tijori QR part$'),
        ("https://example.com/" + "x" * 40, r'^QR text "https://example.com/xxxx…" is not a'),
        ("TJ2:R:1/1:2CF24DBA5FB0A30E:NBSWY3DP", r"is in QR format TJ2, which this version"),
        ("TJ1:R:0/1:2CF24DBA5FB0A30E:NBSWY3DP", r"is a damaged Tijori QR part$"),
        ("TJ1:R:01/1:2CF24DBA5FB0A30E:NBSWY3DP", r"is a damaged Tijori QR part$"),
        ("TJ1:X:1/1:2CF24DBA5FB0A30E:NBSWY3DP", r"is a damaged Tijori QR part$"),
        ("TJ1:R:1/1:2CF24DBA5FB0A30:NBSWY3DP", r"is a damaged Tijori QR part$"),
        ("TJ1:R:1/1:2CF24DBA5FB0A30E:NBSWY3D=", r"is a damaged Tijori QR part$"),
        ("TJ1:R:1/1000:2CF24DBA5FB0A30E:NBSWY3DP", r"is a damaged Tijori QR part$"),
        ("TJ1:R:3/2:2CF24DBA5FB0A30E:NBSWY3DP", r"claims to be part 3 of only 2$"),
        ("TJ1:R:1/1:2CF24DBA5FB0A30E:NBSWY3", r"has a truncated data field$"),
    ],
)
def test_malformed_parts_are_refused_in_one_sentence(text, message):
    with pytest.raises(InvalidInput, match=message) as caught:
        join([text])
    assert "\n" not in str(caught.value)


def test_nothing_to_join_is_refused():
    with pytest.raises(InvalidInput, match=r"^no QR parts were given$"):
        join(["", "  "])


def test_split_limits():
    with pytest.raises(InvalidInput, match=r"at least 39 characters, not 38"):
        split(b"abc", max_chars=38)
    # 39 characters leave 8 base32 letters, 5 bytes a part: 5000 random bytes need 1000 parts.
    with pytest.raises(InvalidInput, match=r"would need 1000 QR codes, more than 999"):
        split(random.Random(10).randbytes(5000), max_chars=39)
    assert len(split(random.Random(10).randbytes(4995), max_chars=39)) == 999


def test_the_largest_part_fits_qr_version_25_at_level_m_in_alphanumeric_mode():
    parts = split(random.Random(11).randbytes(6 * 885))
    longest = max(parts, key=len)
    assert len(longest) > MAX_PART_CHARS - 40
    code = segno.make(longest, error="m", micro=False)
    assert code.mode == "alphanumeric"
    assert code.version == 25
    with pytest.raises(segno.DataOverflowError):
        segno.make("A" * (MAX_PART_CHARS + 1), error="m", version=25, boost_error=False)


# --- images ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def request_frames(tmp_path_factory) -> tuple[bytes, list[Path]]:
    """A ~20 KB signing request written once as PNG frames."""
    data = request_message()
    paths = write_qr_frames(data, tmp_path_factory.mktemp("request") / "frames", stem="req")
    return data, paths


def test_signature_travels_in_one_code(tmp_path):
    data = signature_message()
    paths = write_qr_frames(data, tmp_path)
    assert paths == [tmp_path / "part-01-of-01.png"]
    assert read_qr_images(paths) == data
    with Image.open(paths[0]) as image:
        assert image.format == "PNG"
    # Owner-only whatever the umask: the frames of a request with its leaves carry holdings.
    assert paths[0].stat().st_mode & 0o777 == 0o600


def test_request_travels_in_several_codes_in_any_order_with_a_duplicate(request_frames):
    data, paths = request_frames
    assert len(data) >= 20_000
    assert 3 <= len(paths) <= 12
    assert [p.name for p in paths][:2] == [
        f"req-01-of-{len(paths):02d}.png",
        f"req-02-of-{len(paths):02d}.png",
    ]
    scanned = [*paths, paths[1]]
    random.Random(12).shuffle(scanned)
    assert read_qr_images(scanned) == data


def test_frames_are_level_m_or_better_with_a_quiet_zone(request_frames):
    _, paths = request_frames
    with Image.open(paths[0]) as image:
        gray = image.convert("L")
    (code,) = zxingcpp.read_barcodes(gray)
    assert code.ec_level in ("M", "Q", "H")
    # Scale 4, border 4: the first 16 pixel rows and columns are white.
    assert gray.crop((0, 0, gray.width, 16)).getextrema() == (255, 255)
    assert gray.crop((0, 0, 16, gray.height)).getextrema() == (255, 255)
    assert gray.crop((16, 16, 20, 20)).getextrema() == (0, 0)  # the finder pattern's corner


def test_a_missing_frame_is_named(request_frames):
    _, paths = request_frames
    count = len(paths)
    with pytest.raises(InvalidInput, match=rf"^QR part 3 of {count} is missing$"):
        read_qr_images(paths[:2] + paths[3:])


def test_a_frame_of_another_message_is_refused_naming_its_file(request_frames, tmp_path):
    _, paths = request_frames
    stranger = write_qr_frames(signature_message(), tmp_path, stem="sig")
    with pytest.raises(InvalidInput, match=r"belongs to a different message") as caught:
        read_qr_images([paths[0], stranger[0], *paths[1:]])
    assert str(stranger[0]) in str(caught.value)
    assert str(paths[0]) in str(caught.value)


def test_one_image_may_hold_several_codes(tmp_path):
    data = random.Random(13).randbytes(1500)
    first, second = write_qr_frames(data, tmp_path / "frames", scale=3)
    with Image.open(first) as a, Image.open(second) as b:
        sheet = Image.new("L", (a.width + b.width, max(a.height, b.height)), 255)
        sheet.paste(a.convert("L"), (0, 0))
        sheet.paste(b.convert("L"), (a.width, 0))
    sheet_path = tmp_path / "sheet.png"
    sheet.save(sheet_path)
    assert len(read_qr_texts(sheet_path)) == 2
    assert read_qr_images([sheet_path]) == data


def test_existing_files_are_not_overwritten(tmp_path):
    data = random.Random(14).randbytes(2000)
    (tmp_path / "part-02-of-03.png").write_bytes(b"keep me")
    with pytest.raises(InvalidInput, match=r"part-02-of-03\.png already exists"):
        write_qr_frames(data, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["part-02-of-03.png"]
    assert (tmp_path / "part-02-of-03.png").read_bytes() == b"keep me"


def test_the_folder_is_made_and_a_bad_stem_is_refused(tmp_path):
    out = tmp_path / "usb" / "to-signer"
    assert write_qr_frames(b"hi", out) == [out / "part-01-of-01.png"]
    with pytest.raises(InvalidInput, match=r"cannot be used as a file name stem"):
        write_qr_frames(b"hi", out, stem="../escape")


def test_a_file_that_is_not_an_image_is_named(tmp_path):
    fake = tmp_path / "notes.png"
    fake.write_text("not a picture")
    with pytest.raises(InvalidInput, match=r"notes\.png is not an image that can be read$"):
        read_qr_images([fake])
    with pytest.raises(InvalidInput, match=r"gone\.png does not exist$"):
        read_qr_images([tmp_path / "gone.png"])


def test_an_image_without_a_code_is_named(tmp_path):
    blank = tmp_path / "blank.png"
    Image.new("L", (200, 200), 255).save(blank)
    with pytest.raises(InvalidInput, match=r"^no readable QR code was found in .*blank\.png$"):
        read_qr_images([blank])


def test_a_foreign_qr_code_is_named(tmp_path):
    foreign = tmp_path / "menu.png"
    segno.make("https://example.com/menu").save(foreign, kind="png", scale=4)
    with pytest.raises(InvalidInput, match=r"^the QR code in .*menu\.png is not a Tijori QR part$"):
        read_qr_images([foreign])


def test_qr_image_is_a_png_of_the_text():
    text = split(signature_message())[0]
    png = qr_image(text, scale=5)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    with Image.open(io.BytesIO(png)) as image:
        (code,) = zxingcpp.read_barcodes(image.convert("L"))
        side = image.width
    assert code.text == text
    assert side % 5 == 0
    version = segno.make(text, error="m", micro=False).version
    assert side == (17 + 4 * version + 2 * 4) * 5


# --- codes shown on a screen for a camera (bench/qr_camera.py chose the settings) ----------


def test_camera_settings_are_the_code_sizes_they_claim():
    from app.services.qr import CAMERA_MAX_CHARS, SINGLE_MAX_CHARS
    # A camera part fills QR version 9 at level L; one more character needs version 10.
    # the part size measured (bench/qr_camera.py): version 11, 61 x 61 modules, at level L
    assert segno.make("A" * CAMERA_MAX_CHARS, error="l", boost_error=False).version == 11
    assert segno.make("A" * SINGLE_MAX_CHARS, error="l", boost_error=False).version == 13
    assert segno.make("A" * (SINGLE_MAX_CHARS + 1), error="l", boost_error=False).version == 14
    assert CAMERA_MAX_CHARS < SINGLE_MAX_CHARS < MAX_PART_CHARS


def test_a_response_is_shown_as_one_still_code():
    from app.services.qr import SINGLE_MAX_CHARS, frame_images, screen_texts
    sample = Path(__file__).resolve().parents[1] / "reports/samples/responses/auditor.sig"
    for data in (signature_message(), sample.read_bytes()):
        (text,) = screen_texts(data)
        assert len(text) <= SINGLE_MAX_CHARS
        assert join([text]) == data
        (png,) = frame_images(data)
        with Image.open(io.BytesIO(png)) as image:
            (code,) = zxingcpp.read_barcodes(image.convert("L"))
            # One pixel a module, quiet zone of 4: the view enlarges it by whole pixels.
            assert image.width == 17 + 4 * segno.make(text, error="l").version + 8
        assert code.text == text


def test_a_request_is_shown_as_small_parts_that_join_back():
    from app.services.qr import CAMERA_MAX_CHARS, frame_images, screen_texts
    data = request_message()
    texts = screen_texts(data)
    assert len(texts) == len(split(data, max_chars=CAMERA_MAX_CHARS)) > len(split(data))
    assert all(len(text) <= CAMERA_MAX_CHARS for text in texts)
    images = frame_images(data)
    assert len(images) == len(texts)
    read = []
    for png in images:
        with Image.open(io.BytesIO(png)) as image:
            assert image.width <= 17 + 4 * 11 + 8  # version 11 or less
            read += [code.text for code in zxingcpp.read_barcodes(image.convert("L"))]
    assert read == texts
    assert join(reversed(read)) == data


def test_a_message_just_too_long_for_one_code_is_split_for_the_camera():
    from app.services.qr import CAMERA_MAX_CHARS, SINGLE_MAX_CHARS, screen_texts
    data = random.Random(5).randbytes(400)  # incompressible: one part of 39 + 640 chars
    (whole,) = split(data)
    assert len(whole) > SINGLE_MAX_CHARS
    texts = screen_texts(data)
    assert len(texts) == len(split(data, max_chars=CAMERA_MAX_CHARS)) >= 2
    assert all(len(text) <= CAMERA_MAX_CHARS for text in texts)
    assert join(texts) == data
