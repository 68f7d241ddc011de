"""How fast do animated TJ1 QR codes travel from a screen to a webcam across a desk?

Run:  .venv/bin/python bench/qr_camera.py   (about three minutes; prints tables)

For a ~20 KB signing request and a ~400-byte response, for several part sizes
(`max_chars`) and QR error-correction levels, each part is drawn as the screen shows
it (whole-pixel modules, 4-module quiet zone, as large as fits `SCREEN_SIDE` pixels
of a 1080p laptop), then seen by a simulated 720p webcam about 40 cm away: area-
averaged down so the code spans a few hundred camera pixels, blurred (defocus and
motion), tilted and turned, washed out (contrast and brightness), with sensor noise,
set into a 1280 x 720 frame. zxing-cpp decodes the frame as the scanner does.

From the per-frame success rate `p` and the decode time, a Monte-Carlo run gives the
expected time to collect every part when each is shown for T ms to a camera decoding
up to 15 frames a second; a frame whose exposure straddles a change of code is lost.
The choice minimises the expected time for the request among settings whose success
is at least 90 % under the moderate condition, at intervals that change the code no
more than three times a second (`MIN_INTERVAL_MS`: the three-flash threshold of WCAG
2.3.1, for viewers with photosensitive epilepsy).
"""

from __future__ import annotations

import io
import json
import random
import sys
import time
from pathlib import Path

import segno
import zxingcpp
from PIL import Image, ImageChops, ImageEnhance, ImageFilter

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from app.attest.qrframes import split

SCREEN_SIDE = 600          # px the view gives the code (dialog on a 1920 x 1080 screen)
FRAME = (1280, 720)        # the webcam frame
CAMERA_FPS = 15            # frames the scanner decodes a second, at most
EXPOSURE_MS = 33           # a frame integrates light this long; a code change inside it spoils it
SAMPLES = 24               # simulated frames per (size, level, condition)
TRIALS = 400               # Monte-Carlo runs per transfer-time estimate
SIZES = (200, 300, 335, 400, 500, 800, 1100, 1451)
LEVELS = ("L", "M", "Q")
INTERVALS_MS = (150, 200, 250, 300, 350, 400, 500, 700, 1000)
#: No more than three code changes a second (WCAG 2.3.1): the shortest interval chosen.
MIN_INTERVAL_MS = 334
CONDITIONS = {
    # span: camera px the code (quiet zone included) covers; blur: Gaussian radius in
    # camera px; noise: sensor noise amplitude (0-255); contrast/bright: how washed out
    # the screen looks; turn: degrees of rotation; tilt: perspective (0 = square on).
    "easy": dict(span=400, blur=0.8, noise=6, contrast=0.85, bright=1.0, turn=2, tilt=0.03),
    "moderate": dict(span=320, blur=1.3, noise=12, contrast=0.65, bright=0.9, turn=5,
                     tilt=0.07),
    "hard": dict(span=280, blur=1.6, noise=16, contrast=0.55, bright=0.8, turn=8, tilt=0.10),
}
CHOSEN_CONDITION = "moderate"
MIN_SUCCESS = 0.90
SINGLE_SIZES = (300, 400, 450, 500, 650, 800)  # bytes of a short message shown as one code
SINGLE_MIN_SUCCESS = 0.5  # a still code: two frames on average is a fraction of a second


def request_bytes(rng: random.Random, size: int = 20_000) -> bytes:
    """A JSON signing request of about `size` bytes: hashes, salts and field names,
    compressing about 2:1 like reports/samples/request.json."""
    proofs = []
    while len(json.dumps(proofs)) < size - 400:
        proofs.append({"from_size": rng.randrange(1, 5000),
                       "proof": [rng.randbytes(32).hex() for _ in range(rng.randrange(2, 9))],
                       "site": rng.choice(["LDN-V1", "ZRH-V2", "SGP-V1"]),
                       "commodity": rng.choice(["gold", "silver", "platinum"])})
    body = {"format": "tijori-signing-request", "created": "2026-12-06T03:17:10Z",
            "journal_proofs": proofs, "root": rng.randbytes(32).hex()}
    return json.dumps(body, sort_keys=True, separators=(",", ":")).encode()


def response_bytes(rng: random.Random, size: int = 400) -> bytes:
    """A response of about `size` bytes: a JSON envelope with a base64 signature."""
    import base64
    head = {"format": "tijori-signing-response", "key": rng.randbytes(8).hex(),
            "statement": rng.randbytes(32).hex()}
    text = json.dumps(head, sort_keys=True)
    signature = base64.b64encode(rng.randbytes(max(16, (size - len(text) - 20) * 3 // 4)))
    return json.dumps({**head, "sig": signature.decode()}, sort_keys=True).encode()[:size]


def screen_image(text: str, level: str) -> tuple[Image.Image, int]:
    """The code as the screen shows it: whole-pixel modules, quiet zone of 4."""
    code = segno.make(text, error=level, micro=False, boost_error=False)
    modules = code.symbol_size(scale=1, border=4)[0]
    scale = max(1, SCREEN_SIDE // modules)
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=scale, border=4)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("L"), code.version


def camera_frame(screen: Image.Image, cond: dict, rng: random.Random) -> Image.Image:
    """What a webcam across the desk sees of `screen`."""
    span = int(cond["span"] * rng.uniform(0.95, 1.05))
    code = screen.resize((span, span), Image.Resampling.BOX)  # sensor: area average
    # Perspective: move the corners inwards by up to `tilt` of the side.
    pad = span // 4
    framed = Image.new("L", (span + 2 * pad, span + 2 * pad), 235)
    framed.paste(code, (pad, pad))
    side = framed.size[0]
    t = cond["tilt"] * span

    def jitter() -> float:
        return rng.uniform(-t, t) / 2

    quad = (jitter(), jitter(), jitter(), side + jitter(), side + jitter(), side + jitter(),
            side + jitter(), jitter())
    framed = framed.transform(framed.size, Image.Transform.QUAD, quad,
                              Image.Resampling.BILINEAR, fillcolor=235)
    framed = framed.rotate(rng.uniform(-cond["turn"], cond["turn"]),
                           Image.Resampling.BILINEAR, fillcolor=235)
    framed = framed.filter(ImageFilter.GaussianBlur(cond["blur"] * rng.uniform(0.8, 1.2)))
    framed = ImageEnhance.Contrast(framed).enhance(cond["contrast"])
    framed = ImageEnhance.Brightness(framed).enhance(cond["bright"])
    frame = Image.new("L", FRAME, 90)
    frame.paste(framed, (rng.randrange(0, FRAME[0] - side), rng.randrange(0, FRAME[1] - side)))
    noise = Image.effect_noise(FRAME, cond["noise"])  # Gaussian around 128
    return ImageChops.add(frame, noise, scale=1.0, offset=-128)


def decode(frame: Image.Image) -> tuple[list[str], float]:
    start = time.perf_counter()
    codes = zxingcpp.read_barcodes(frame, formats=zxingcpp.BarcodeFormat.QRCode)
    return [c.text for c in codes if c.valid], time.perf_counter() - start


def collect_time(parts: int, p: float, interval_ms: int, fps: float,
                 rng: random.Random) -> float:
    """Mean seconds until every part is read: codes cycle every `interval_ms`, a frame every
    1/fps s decodes the code on screen with probability `p` unless its exposure straddles a
    change of code. The camera starts at a random moment of the cycle."""
    if parts == 1:
        # One still code: only the decode rate matters.
        total = 0.0
        for _ in range(TRIALS):
            frames = 1
            while rng.random() >= p:
                frames += 1
            total += frames / fps
        return total / TRIALS
    step = 1000.0 / fps
    total = 0.0
    for _ in range(TRIALS):
        start = rng.uniform(0, parts * interval_ms)
        seen = set()
        t = start
        while len(seen) < parts:
            t += step
            shown = int(t // interval_ms)
            if int((t - EXPOSURE_MS) // interval_ms) != shown:
                continue  # torn frame
            if rng.random() < p:
                seen.add(shown % parts)
            if t - start > 600_000:
                return float("inf")
        total += (t - start) / 1000
    return total / TRIALS


def main() -> None:
    rng = random.Random(20261206)
    messages = {"request": request_bytes(rng), "response": response_bytes(rng)}
    for name, data in messages.items():
        print(f"{name}: {len(data)} bytes")
    print(f"screen side {SCREEN_SIDE} px; camera {FRAME[0]}x{FRAME[1]}, up to {CAMERA_FPS} "
          f"decodes/s; {SAMPLES} frames per cell")
    for name, cond in CONDITIONS.items():
        print(f"  {name:8s} {cond}")
    print()
    heads = ["chars", "EC", "ver", "cam px/m", "req", "resp", *CONDITIONS, "ms/dec"]
    print("".join(f"{h:>10s}" for h in heads))
    rows = []
    for max_chars in SIZES:
        request_parts = split(messages["request"], max_chars=max_chars)
        response_parts = split(messages["response"], max_chars=max_chars)
        for level in LEVELS:
            try:
                screens = [screen_image(text, level) for text in request_parts]
            except segno.DataOverflowError:
                print(f"{max_chars:>10d}{level:>10s}   does not fit one code")
                continue
            version = max(v for _, v in screens)
            modules = 17 + 4 * version + 8
            rates, times = {}, []
            for cname, cond in CONDITIONS.items():
                ok = 0
                for i in range(SAMPLES):
                    image, _ = screens[i % len(screens)]
                    texts, seconds = decode(camera_frame(image, cond, rng))
                    times.append(seconds)
                    ok += request_parts[i % len(screens)] in texts
                rates[cname] = ok / SAMPLES
            ms = 1000 * sorted(times)[len(times) // 2]
            rows.append(dict(chars=max_chars, level=level, version=version,
                             req=len(request_parts), resp=len(response_parts),
                             rates=rates, ms=ms))
            span = CONDITIONS[CHOSEN_CONDITION]["span"]
            cells = [max_chars, level, version, f"{span / modules:.1f}",
                     len(request_parts), len(response_parts)]
            cells += [f"{100 * rates[c]:.0f}%" for c in CONDITIONS] + [f"{ms:.0f}"]
            print("".join(f"{c!s:>10s}" for c in cells), flush=True)

    print()
    print(f"Expected seconds to collect every part ({CHOSEN_CONDITION} condition), by interval:")
    print(f"{'chars':>6s}{'EC':>4s}{'p':>6s}{'resp s':>8s}" +
          "".join(f"{ms:>7d}" for ms in INTERVALS_MS))
    best = None
    for row in rows:
        p = row["rates"][CHOSEN_CONDITION]
        fps = min(CAMERA_FPS, 1000 / max(row["ms"], 1))
        if p == 0:
            continue
        times = {ms: collect_time(row["req"], p, ms, fps, rng) for ms in INTERVALS_MS}
        resp = collect_time(row["resp"], p, INTERVALS_MS[0], fps, rng)
        print(f"{row['chars']:>6d}{row['level']:>4s}{p:>6.2f}{resp:>8.1f}" +
              "".join(f"{times[ms]:>7.1f}" for ms in INTERVALS_MS))
        if p >= MIN_SUCCESS:
            ms, seconds = min(((ms, t) for ms, t in times.items() if ms >= MIN_INTERVAL_MS),
                              key=lambda item: item[1])
            if best is None or seconds < best[0]:
                best = (seconds, row, ms)
    print()
    if best is None:
        print(f"No setting reaches {MIN_SUCCESS:.0%} under the {CHOSEN_CONDITION} condition.")
        return
    seconds, row, ms = best
    print(f"Choice: max_chars={row['chars']}, error correction {row['level']}, "
          f"{ms} ms a code: the request ({row['req']} parts) in about {seconds:.1f} s, "
          f"{row['rates'][CHOSEN_CONDITION]:.0%} of frames read ({CHOSEN_CONDITION}).")

    # A short message as ONE still code: the camera has all the time it needs, so a
    # lower per-frame rate is fine; how long may that one code be?
    print()
    print(f"One still code (level {row['level']}): frames read, and expected seconds "
          f"({CHOSEN_CONDITION})")
    print("".join(f"{h:>10s}" for h in ["bytes", "chars", "ver", *CONDITIONS, "s"]))
    single = None
    for size in SINGLE_SIZES:
        text = split(response_bytes(rng, size))[0]
        image, version = screen_image(text, row["level"])
        rates = {}
        for cname, cond in CONDITIONS.items():
            ok = sum(text in decode(camera_frame(image, cond, rng))[0] for _ in range(SAMPLES))
            rates[cname] = ok / SAMPLES
        p = rates[CHOSEN_CONDITION]
        still = collect_time(1, p, 0, CAMERA_FPS, rng) if p else float("inf")
        cells = [size, len(text), version] + [f"{100 * rates[c]:.0f}%" for c in CONDITIONS]
        print("".join(f"{c!s:>10s}" for c in cells) + f"{still:>10.1f}", flush=True)
        if p >= SINGLE_MIN_SUCCESS and (single is None or len(text) > single):
            single = len(text)
    if single:
        print(f"One code for a message whose single part has at most {single} characters "
              f"(still code read in >= {SINGLE_MIN_SUCCESS:.0%} of {CHOSEN_CONDITION} frames).")


if __name__ == "__main__":
    main()
