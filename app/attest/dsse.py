"""DSSE, the in-toto signing envelope (secure-systems-lab/dsse, protocol v1).

A signature covers the pre-authentication encoding (PAE) of the payload type
and the payload bytes, never a re-serialisation of the payload: the envelope
keeps the exact bytes its creator produced, and so does every copy of it.

JSON form (`to_json`; `dumps` writes it as canonical JSON)::

    {"payload": "<base64>", "payloadType": "<type>",
     "signatures": [{"keyid": "<hex>", "sig": "<base64>"}, ...]}

We write standard base64 with padding. On input we accept, as the
specification requires, standard or URL-safe base64 (one alphabet per value,
padding optional). A signature's ``keyid`` is optional in DSSE and is not
signed; an empty keyid is written by omitting it, and a signature without one
counts for the key it verifies under (`Envelope.named`). Unknown members are
ignored and not written back: they are not covered by any signature.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from app.attest import canonical
from app.attest.keys import PublicKey, Signer
from app.domain.errors import InvalidInput
from app.domain.messages import msg

_STANDARD = re.compile(r"[A-Za-z0-9+/]*={0,2}")
_URL_SAFE = re.compile(r"[A-Za-z0-9_-]*={0,2}")


def pae(payload_type: str, payload: bytes) -> bytes:
    """``"DSSEv1" SP LEN(type) SP type SP LEN(body) SP body``, LEN in ASCII decimal bytes."""
    kind = payload_type.encode("utf-8")
    return b"DSSEv1 %d %b %d %b" % (len(kind), kind, len(payload), bytes(payload))


def b64decode_any(text: Any, what: str) -> bytes:
    """Decode standard or URL-safe base64, padded or not; InvalidInput naming `what`."""
    if not isinstance(text, str):
        raise InvalidInput(msg("{what} is not a base64 string", what=what))
    if _STANDARD.fullmatch(text):
        decode = base64.b64decode
    elif _URL_SAFE.fullmatch(text):
        decode = base64.urlsafe_b64decode
    else:
        raise InvalidInput(msg("{what} is not valid base64", what=what))
    body = text.rstrip("=")
    if len(body) % 4 == 1 or (text != body and len(text) % 4):
        raise InvalidInput(msg("{what} is not valid base64", what=what))
    try:
        return decode(body + "=" * (-len(body) % 4))
    except (binascii.Error, ValueError):  # pragma: no cover - excluded by the checks above
        raise InvalidInput(msg("{what} is not valid base64", what=what)) from None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


@dataclass(frozen=True)
class Signature:
    """One signature: the signer's keyid (a hint, not signed; "" for none) and its bytes."""

    keyid: str
    sig: bytes

    def __post_init__(self) -> None:
        if not isinstance(self.keyid, str):
            raise InvalidInput("a signature's keyid must be a string")
        if not isinstance(self.sig, bytes):
            raise InvalidInput("a signature must be bytes")

    def to_json(self) -> dict[str, str]:
        out = {"sig": _b64(self.sig)}
        if self.keyid:
            out["keyid"] = self.keyid
        return out


@dataclass(frozen=True)
class Envelope:
    """A payload, its type, and any number of signatures over PAE(type, payload)."""

    payload_type: str
    payload: bytes
    signatures: tuple[Signature, ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.payload_type, str):
            raise InvalidInput("an envelope's payload type must be a string")
        if not isinstance(self.payload, bytes):
            raise InvalidInput("an envelope's payload must be bytes")
        signatures = tuple(self.signatures)
        if not all(isinstance(s, Signature) for s in signatures):
            raise InvalidInput("an envelope's signatures must be Signature objects")
        object.__setattr__(self, "signatures", signatures)

    def pae(self) -> bytes:
        """The bytes every signature in this envelope signs."""
        return pae(self.payload_type, self.payload)

    def to_json(self) -> dict[str, Any]:
        return {
            "payload": _b64(self.payload),
            "payloadType": self.payload_type,
            "signatures": [s.to_json() for s in self.signatures],
        }

    def dumps(self) -> bytes:
        """The envelope as canonical JSON (UTF-8)."""
        return canonical.dumps(self.to_json())

    @classmethod
    def loads(cls, data: bytes, *, source: str = "envelope") -> Envelope:
        """Parse an envelope; `source` names it in messages ("envelope signed.json")."""
        try:
            text = bytes(data).decode("utf-8")
        except UnicodeDecodeError:
            raise InvalidInput(msg("{source} is not UTF-8 text", source=source)) from None
        return cls.from_json(canonical.loads(text, source=source), source=source)

    @classmethod
    def from_json(cls, obj: Any, *, source: str = "envelope") -> Envelope:
        """Read the JSON form strictly: required members, their types, their base64."""
        if not isinstance(obj, dict):
            raise InvalidInput(msg("{source} is not a DSSE envelope (not a JSON object)",
                                   source=source))
        for name in ("payload", "payloadType", "signatures"):
            if name not in obj:
                raise InvalidInput(msg("{source} is not a DSSE envelope: it has no {name}",
                                       source=source, name=name))
        if not isinstance(obj["payloadType"], str):
            raise InvalidInput(msg("{source} has a payloadType that is not a string",
                                   source=source))
        payload = b64decode_any(obj["payload"], msg("the payload of {source}", source=source))
        if not isinstance(obj["signatures"], list):
            raise InvalidInput(msg("{source} has signatures that are not a list", source=source))
        signatures = []
        for number, item in enumerate(obj["signatures"], 1):
            where = f"signature {number} of {source}"
            if not isinstance(item, dict) or "sig" not in item:
                raise InvalidInput(msg("{where} is not an object with a sig", where=where))
            keyid = item.get("keyid", "")
            if not isinstance(keyid, str):
                raise InvalidInput(msg("{where} has a keyid that is not a string", where=where))
            sig = b64decode_any(item["sig"], where)
            if not sig:
                raise InvalidInput(msg("{where} is empty", where=where))
            signatures.append(Signature(keyid, sig))
        return cls(obj["payloadType"], payload, tuple(signatures))

    def add(self, signature: Signature) -> Envelope:
        """This envelope with `signature` added; an exact duplicate is ignored."""
        if not isinstance(signature, Signature):
            raise InvalidInput("only a Signature can be added to an envelope")
        if signature in self.signatures:
            return self
        return Envelope(self.payload_type, self.payload, (*self.signatures, signature))

    def signed_by(self, key: Signer) -> Envelope:
        """This envelope with `key`'s signature of PAE(payload type, payload) added."""
        return self.add(Signature(key.public_key.keyid, key.sign(self.pae())))

    def named(self, keys: Iterable[PublicKey]) -> tuple[Envelope, tuple[int, ...]]:
        """This envelope with each signature that has no keyid given the keyid of the first
        of `keys` it verifies under, and the numbers (from 1) of the keyless signatures that
        none of `keys` verifies, which are left out of the envelope returned.

        DSSE makes the keyid an optional, unsigned hint: a signature without one is tried
        against the keys that could count, and counts for the one it verifies under, as if
        it had named it. A signature that names a keyid is kept as it is.
        """
        candidates = list(dict.fromkeys(keys))
        kept: list[Signature] = []
        unmatched: list[int] = []
        for number, signature in enumerate(self.signatures, 1):
            if signature.keyid:
                kept.append(signature)
                continue
            public = next((k for k in candidates if self.verify_signature(signature, k)), None)
            if public is None:
                unmatched.append(number)
            else:
                kept.append(Signature(public.keyid, signature.sig))
        return Envelope(self.payload_type, self.payload, tuple(kept)), tuple(unmatched)

    def verify_signature(self, sig: Signature, public: PublicKey) -> bool:
        """True if `sig` is `public`'s signature over this envelope's PAE.

        A signature whose keyid names another key is refused without trying it
        (the keyid is an unsigned hint, so this only ever refuses, never accepts
        more); one with no keyid is tried. Never raises for a bad signature.
        """
        if sig.keyid and sig.keyid != public.keyid:
            return False
        return public.verify(sig.sig, self.pae())
