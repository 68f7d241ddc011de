"""Framing a message as a series of QR-code texts, and joining them back (pure).

Signing requests and signatures travel between the online terminal and the
air-gapped signer as a series of QR codes. This module only turns bytes into
part texts and part texts back into bytes; drawing and reading images lives in
`app.services.qr`.

Format `TJ1`
------------

A message (any byte string) is sent as 1 to 999 *parts*. Every part is one
line of ASCII text, carried in one QR code::

    TJ1:<enc>:<part>/<count>:<digest>:<data>

in which, exactly:

``TJ1``
    The format tag and its version (``1``). A reader that meets ``TJ<n>`` with
    another version refuses the part rather than guessing.
``<enc>``
    One letter saying how the *payload* was made from the *message*:
    ``Z`` — the payload is a zlib stream (RFC 1950) of the message, with no
    bytes after the end of the stream; ``R`` — the payload is the message
    itself. Writers use ``Z`` only when it makes the payload shorter.
``<part>`` / ``<count>``
    Decimal integers, no sign and no leading zeros, 1 ≤ part ≤ count ≤ 999.
    Parts are numbered from 1.
``<digest>``
    The first 8 bytes of SHA-256 of the whole *message* (before compression),
    as 16 upper-case hexadecimal digits. It is the same in every part of a
    message, identifies the message (so parts of two messages are never
    mixed), and checks the reassembled message. It is a transport check, not
    a security measure: what travels is signed, and signatures are verified
    separately.
``<data>``
    This part's slice of the payload in RFC 4648 base32 (alphabet ``A``-``Z``,
    ``2``-``7``), upper case, without ``=`` padding; it may be empty only
    when the whole payload is empty. The payload is the concatenation of the
    slices of parts 1, 2, ..., count, in that order. Each part's data decodes
    on its own, so a writer cuts the payload at multiples of 5 bytes, except
    after the last slice; this writer makes the slices about equal in size.

Every character of a part is in the QR alphanumeric set (``0-9 A-Z`` and
``:`` ``/``), so a QR code holds a part in alphanumeric mode, about 5.5 bits
a character: base32 gives 5 bits of data for those, 91 % efficient, against
75 % for base64 in byte mode. Upper-case text without spaces, ``%``, ``+``,
``=`` or URL-like shape also passes untouched through scanner apps that
change case, trim, or decode URLs.

Example, the 5-byte message ``hello`` (zlib would not shorten it)::

    TJ1:R:1/1:2CF24DBA5FB0A30E:NBSWY3DP

A reader:

1. Strips white space around each text and reads it case-insensitively
   (converting it to upper case first); texts that are empty after stripping
   are skipped. Anything that does not match the grammar above is refused.
2. Accepts parts in any order. A part equal to one already read (same header
   and same data) is ignored. It refuses: parts with different digests or
   encodings (different messages); parts that disagree on the count; two
   different parts with the same number; any part number left unread.
3. Decodes each slice, joins them in part order, undoes the encoding (``Z``:
   inflates, refusing a damaged stream, bytes after it, or a message longer
   than `MAX_MESSAGE_BYTES`), and checks that the first 8 bytes of SHA-256 of
   the result equal the digest.

Part size
---------

`MAX_PART_CHARS` is 1451: the most alphanumeric characters that QR version 25
(117 × 117 modules) holds at error correction level M (15 % of the code can
be damaged), the largest part a reader accepts. A part then carries up to
1416 base32 characters, or 885 bytes of payload. Codes that large suit image
files, photographed close up; a webcam across a desk reads far smaller ones
more reliably, so codes shown on a screen for a camera are cut smaller
(`app.services.qr`, measured by bench/qr_camera.py; FORMAT.md §9.1).

Collecting
----------

`Collector` gathers a transfer's parts one text at a time, as a camera reads
them: the first valid part decides the transfer, a part of another transfer is
set aside with a reason, a repeat is ignored, and `message()` joins the whole
with every check of `join` once all parts are in.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass

from app.domain.errors import InvalidInput
from app.domain.messages import msg

FORMAT_TAG = "TJ1"
MAX_PART_CHARS = 1451
MAX_PARTS = 999
MAX_MESSAGE_BYTES = 16 * 1024 * 1024

RAW = "R"
ZLIB = "Z"

# The longest header a part can have: "TJ1:Z:999/999:<16 hex>:".
_HEADER_RESERVE = len(f"{FORMAT_TAG}:{ZLIB}:{MAX_PARTS}/{MAX_PARTS}:{'0' * 16}:")
_PART = re.compile(
    r"TJ1:(?P<enc>[RZ]):(?P<part>[1-9][0-9]{0,2})/(?P<count>[1-9][0-9]{0,2})"
    r":(?P<digest>[0-9A-F]{16}):(?P<data>[A-Z2-7]*)"
)
_TAG = re.compile(r"TJ(?P<version>[0-9]+):")
_PREVIEW = 24


@dataclass(frozen=True, slots=True)
class Part:
    """One parsed part: its header fields and its decoded slice of the payload."""

    encoding: str
    index: int
    count: int
    digest: str
    data: bytes

    @property
    def label(self) -> str:
        """`part 2 of 5`, for messages."""
        return f"part {self.index} of {self.count}"


def digest_of(message: bytes) -> str:
    """The `<digest>` field for `message`: first 16 hex digits of SHA-256, upper case."""
    return hashlib.sha256(message).hexdigest()[:16].upper()


def split(data: bytes, *, max_chars: int = MAX_PART_CHARS) -> list[str]:
    """Frame `data` as part texts of at most `max_chars` characters each.

    The payload is `data` compressed with zlib when that makes it shorter,
    else `data` itself. Raises `InvalidInput` when `max_chars` leaves no room
    for data or the message would need more than `MAX_PARTS` parts.
    """
    data = bytes(data)
    if max_chars < _HEADER_RESERVE + 8:
        raise InvalidInput(
            msg("a QR part must allow at least {value} characters, not {max_chars}",
                value=_HEADER_RESERVE + 8, max_chars=max_chars),
            "max_chars",
        )
    if len(data) > MAX_MESSAGE_BYTES:
        raise InvalidInput(
            msg("a message of {count} bytes is too large for QR codes; carry it as a file "
                "instead", count=len(data))
        )
    compressed = zlib.compress(data, 9)
    encoding, payload = (ZLIB, compressed) if len(compressed) < len(data) else (RAW, data)
    # Base32 turns each 5 bytes into 8 characters; keep slices whole groups.
    per_part = (max_chars - _HEADER_RESERVE) // 8 * 5
    count = max(1, -(-len(payload) // per_part))
    if count > MAX_PARTS:
        raise InvalidInput(
            msg("a message of {count} bytes would need {count2} QR codes, more than "
                "{MAX_PARTS}; carry it as a file instead",
                count=len(data), count2=count, MAX_PARTS=MAX_PARTS)
        )
    size = -(-len(payload) // count)
    size = -(-size // 5) * 5
    digest = digest_of(data)
    parts = []
    for index in range(count):
        chunk = payload[index * size : (index + 1) * size]
        text = base64.b32encode(chunk).decode("ascii").rstrip("=")
        parts.append(f"{FORMAT_TAG}:{encoding}:{index + 1}/{count}:{digest}:{text}")
    return parts


def _preview(text: str) -> str:
    short = text if len(text) <= _PREVIEW else text[:_PREVIEW] + "…"
    return f'QR text "{short}"'


def parse_part(text: str, *, source: str | None = None) -> Part:
    """Parse one part text; `source` names where it came from, for messages.

    Raises `InvalidInput` with one sentence when the text is not a `TJ1` part.
    """
    what = source or _preview(text.strip())
    clean = text.strip().upper()
    match = _PART.fullmatch(clean)
    if match is None:
        tag = _TAG.match(clean)
        if tag is not None and tag["version"] != FORMAT_TAG[2:]:
            raise InvalidInput(
                msg("{what} is in QR format TJ{version}, which this version of Tijori cannot "
                    "read", what=what, version=tag['version'])
            )
        if tag is None:
            raise InvalidInput(msg("{what} is not a Tijori QR part", what=what))
        raise InvalidInput(msg("{what} is a damaged Tijori QR part", what=what))
    index, count = int(match["part"]), int(match["count"])
    if index > count:
        raise InvalidInput(msg("{what} claims to be part {index} of only {count}",
                               what=what, index=index, count=count))
    letters = match["data"]
    if len(letters) % 8 in (1, 3, 6):
        raise InvalidInput(msg("{what} has a truncated data field", what=what))
    try:
        data = base64.b32decode(letters + "=" * (-len(letters) % 8))
    except binascii.Error:
        raise InvalidInput(msg("{what} has a damaged data field", what=what)) from None
    return Part(match["enc"], index, count, match["digest"], data)


def join(parts: Iterable[str]) -> bytes:
    """Reassemble the message from its part texts, in any order, duplicates allowed.

    Raises `InvalidInput` with one sentence when a part is malformed, parts
    belong to different messages or disagree, a part is missing, or the
    result does not match the digest the parts announce.
    """
    return join_parsed((parse_part(text), None) for text in parts if text.strip())


def join_parsed(parts: Iterable[tuple[Part, str | None]]) -> bytes:
    """Reassemble the message from parsed parts, each with an optional source name.

    The source (a file name, say) is used in error messages in place of
    `part 2 of 5`. Same checks and errors as `join`.
    """
    first: Part | None = None
    first_name = ""
    seen: dict[int, tuple[Part, str]] = {}
    for part, source in parts:
        name = source or f"QR {part.label}"
        if first is None:
            first, first_name = part, name
        elif part.digest != first.digest or part.encoding != first.encoding:
            raise InvalidInput(
                msg("{name} belongs to a different message ({digest}) than {first_name} "
                    "({digest2})",
                    name=name, digest=part.digest, first_name=first_name, digest2=first.digest)
            )
        elif part.count != first.count:
            raise InvalidInput(
                msg("{name} says the message has {count} parts but {first_name} says {count2}",
                    name=name, count=part.count, first_name=first_name, count2=first.count)
            )
        earlier = seen.get(part.index)
        if earlier is None:
            seen[part.index] = (part, name)
        elif earlier[0] != part:
            if source is None:
                raise InvalidInput(msg("two different QR texts both claim to be {label}",
                                       label=part.label))
            raise InvalidInput(msg("{earlier} and {name} are both {label} but differ",
                                   earlier=earlier[1], name=name, label=part.label))
    if first is None:
        raise InvalidInput("no QR parts were given")
    count = first.count
    missing = [index for index in range(1, count + 1) if index not in seen]
    if missing:
        raise InvalidInput(_missing_sentence(missing, count))
    payload = b"".join(seen[index][0].data for index in range(1, count + 1))
    message = _inflate(payload) if first.encoding == ZLIB else payload
    if digest_of(message) != first.digest:
        raise InvalidInput(
            msg("the message joined from {count} QR parts does not match its digest {digest}; "
                "a code was misread or altered", count=count, digest=first.digest) if count > 1
            else msg("the message in one QR code does not match its digest {digest}; the code "
                     "was misread or altered", digest=first.digest)
        )
    return message


def _missing_sentence(missing: list[int], count: int) -> str:
    """`part 3 of 5 is missing` or `parts 2, 3 and 5 of 9 are missing`."""
    if len(missing) == 1:
        return msg("QR part {missing} of {count} is missing", missing=missing[0], count=count)
    shown = [str(index) for index in missing[:10]]
    if len(missing) > 10:
        return msg("QR parts {shown} and {more} more of {count} are missing",
                   shown=", ".join(shown), more=len(missing) - 10, count=count)
    return msg("QR parts {shown} and {last} of {count} are missing",
               shown=", ".join(shown[:-1]), last=shown[-1], count=count)


def _inflate(payload: bytes) -> bytes:
    """Undo `Z`: one complete zlib stream, nothing after it, bounded in size."""
    inflater = zlib.decompressobj()
    try:
        message = inflater.decompress(payload, MAX_MESSAGE_BYTES + 1)
    except zlib.error:
        raise InvalidInput("the compressed data joined from the QR parts is damaged") from None
    if len(message) > MAX_MESSAGE_BYTES or inflater.unconsumed_tail:
        raise InvalidInput(
            msg("the message in the QR parts inflates to more than {MAX_MESSAGE_BYTES} bytes",
                MAX_MESSAGE_BYTES=MAX_MESSAGE_BYTES)
        )
    if not inflater.eof or inflater.unused_data:
        raise InvalidInput("the compressed data joined from the QR parts is damaged")
    return message


# -- collecting parts as a camera sees them -------------------------------------------------

NEW = "new"
REPEAT = "repeat"
OTHER = "other"
INVALID = "invalid"


@dataclass(frozen=True, slots=True)
class Seen:
    """What one text a camera read did to a collection: its `outcome` (NEW, REPEAT, OTHER
    for a part of another transfer, INVALID for a text that is no part or contradicts
    one already read), the part when it parsed, and why it was not taken."""

    outcome: str
    part: Part | None = None
    reason: str | None = None


class Collector:
    """The parts of one message, gathered one text at a time in any order.

    The first valid part decides the transfer (its digest, encoding and count); a part
    of another transfer is set aside with a reason, not mixed in, and a repeat is
    ignored. `message()` joins the parts once every one is in, with every check of
    `join` (the digest of the whole included).
    """

    def __init__(self) -> None:
        self.first: Part | None = None
        self.parts: dict[int, Part] = {}

    @property
    def count(self) -> int | None:
        """How many parts the transfer has, once a part of it has been read."""
        return self.first.count if self.first else None

    @property
    def have(self) -> int:
        return len(self.parts)

    @property
    def complete(self) -> bool:
        return self.first is not None and len(self.parts) == self.first.count

    def missing(self) -> list[int]:
        if self.first is None:
            return []
        return [index for index in range(1, self.first.count + 1) if index not in self.parts]

    def add(self, text: str) -> Seen:
        try:
            part = parse_part(text)
        except InvalidInput as exc:
            return Seen(INVALID, None, str(exc))
        first = self.first
        if first is not None and (part.digest != first.digest
                                  or part.encoding != first.encoding
                                  or part.count != first.count):
            return Seen(OTHER, part, msg(
                "this code belongs to another transfer ({digest}, {count} parts), not to the "
                "one being scanned ({digest2}, {count2} parts)", digest=part.digest,
                count=part.count, digest2=first.digest, count2=first.count))
        earlier = self.parts.get(part.index)
        if earlier is not None:
            if earlier != part:
                return Seen(INVALID, part, msg("two different codes both claim to be {label}",
                                               label=part.label))
            return Seen(REPEAT, part)
        if first is None:
            self.first = part
        self.parts[part.index] = part
        return Seen(NEW, part)

    def message(self) -> bytes:
        """The message, once `complete`; InvalidInput as `join` raises it otherwise."""
        return join_parsed((part, None) for _, part in sorted(self.parts.items()))
