"""Signing keys: key pairs, keyids, fingerprint words and public-key files.

Two algorithms, named as Tijori names them in every file:

- ``ed25519``: Ed25519 (RFC 8032), the default for attestations.
- ``ecdsa-p256``: ECDSA over NIST P-256 with SHA-256, deterministic nonces
  (RFC 6979), signatures DER-encoded (the X9.62 ``Ecdsa-Sig-Value`` SEQUENCE of
  r and s). Meant for signing PDF reports.

A public key is identified by its **keyid**: the lower-case hex SHA-256 of its
DER SubjectPublicKeyInfo (RFC 5280), in the one encoding this module accepts
(for P-256 the uncompressed point, as OpenSSL writes it), so that a key has
exactly one keyid.

The keyid is also shown as eight words for two people to read aloud between two
rooms. The mapping, for an independent verifier to reproduce:

1. Take the first 11 bytes (88 bits) of SHA-256(SPKI DER), i.e. the first 22 hex
   digits of the keyid, as one big-endian unsigned integer N.
2. Word i, for i = 0..7, is ``(N >> (77 - 11*i)) & 0x7FF``: bits 0..10 of the
   digest (counting from its most significant bit, bit 0 = top bit of byte 0)
   give the index of word 1, bits 11..21 of word 2, ..., bits 77..87 of word 8.
3. Each index (0..2047) is looked up in the BIP-39 English word list (the 2048
   words from ``abandon`` = 0 to ``zoo`` = 2047).

Unlike a BIP-39 mnemonic there is no checksum word: the words are just the
first 88 bits of the keyid spelled out.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Protocol, runtime_checkable

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519

from app.domain.errors import InvalidInput
from app.domain.messages import msg

ALGORITHMS = ("ed25519", "ecdsa-p256")
DEFAULT_ALGORITHM = "ed25519"

FINGERPRINT_WORDS = 8
_BITS_PER_WORD = 11
_KEYID_RE = re.compile(r"[0-9a-f]{64}")

_DER = serialization.Encoding.DER
_SPKI = serialization.PublicFormat.SubjectPublicKeyInfo


@cache
def bip39_wordlist() -> tuple[str, ...]:
    """The BIP-39 English word list, as shipped by the `mnemonic` package."""
    from mnemonic import Mnemonic

    words = tuple(Mnemonic("english").wordlist)
    if len(words) != 2048:  # pragma: no cover - a broken installation
        raise RuntimeError(f"the BIP-39 word list has {len(words)} words, not 2048")
    return words


def _check_keyid(keyid: str) -> str:
    if not isinstance(keyid, str) or not _KEYID_RE.fullmatch(keyid):
        raise InvalidInput(msg("{keyid!r} is not a keyid (64 lower-case hex digits)",
                               keyid=keyid), "keyid")
    return keyid


def digest_words(hex_digest: str, count: int = FINGERPRINT_WORDS) -> list[str]:
    """`count` BIP-39 words spelling the first 11·`count` bits of a SHA-256 digest.

    The mapping of the module docstring, for any digest written as 64 lower-case hex
    digits (a keyid, a policy digest): word i is bits 11·i … 11·i + 10 of the digest,
    from its most significant bit. `count` is 1 to 23 (23 words use 253 of the 256 bits).
    """
    if not isinstance(hex_digest, str) or not _KEYID_RE.fullmatch(hex_digest):
        raise InvalidInput(msg("{hex_digest!r} is not a SHA-256 digest (64 lower-case hex "
                               "digits)", hex_digest=hex_digest),
                           "digest")
    if not isinstance(count, int) or isinstance(count, bool) or not 1 <= count <= 23:
        raise ValueError(f"a digest spells 1 to 23 words, not {count!r}")
    words = bip39_wordlist()
    bits = count * _BITS_PER_WORD
    number = int(hex_digest, 16) >> (256 - bits)
    return [words[(number >> (bits - _BITS_PER_WORD * (i + 1))) & 0x7FF] for i in range(count)]


def keyid_words(keyid: str) -> list[str]:
    """The eight BIP-39 words for a keyid (see the module docstring for the mapping)."""
    return digest_words(_check_keyid(keyid), FINGERPRINT_WORDS)


def format_fingerprint(keyid: str) -> str:
    """A keyid for people to compare: 16 groups of 4 hex digits, ``"3f2a 9b01 ... 77aa"``.

    The words to read aloud come from `keyid_words` / `PublicKey.fingerprint_words`.
    """
    _check_keyid(keyid)
    return " ".join(keyid[i : i + 4] for i in range(0, len(keyid), 4))


def b64decode_strict(text: Any, what: str) -> bytes:
    """Standard base64 with padding, as every Tijori file writes it; `what` names it in errors."""
    if not isinstance(text, str):
        raise InvalidInput(msg("{what} is not a base64 string", what=what))
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise InvalidInput(msg("{what} is not valid base64", what=what)) from None


def _load_spki(algorithm: str, spki_der: bytes) -> Any:
    """Load a SubjectPublicKeyInfo and check it is `algorithm`, in its one encoding."""
    if algorithm not in ALGORITHMS:
        raise InvalidInput(
            msg("unsupported key algorithm {algorithm!r}; use one of {ALGORITHMS}",
                algorithm=algorithm, ALGORITHMS=', '.join(ALGORITHMS))
        )
    try:
        key = serialization.load_der_public_key(spki_der)
    except (ValueError, UnsupportedAlgorithm):
        raise InvalidInput("the public key is not a valid SubjectPublicKeyInfo") from None
    found = _algorithm_of(key)
    if found != algorithm:
        raise InvalidInput(msg("the public key is {found}, not {algorithm}",
                               found=found, algorithm=algorithm))
    if key.public_bytes(_DER, _SPKI) != spki_der:
        raise InvalidInput(
            "the public key is not in its standard encoding (P-256 keys use uncompressed points)"
        )
    return key


def _algorithm_of(key: Any) -> str:
    if isinstance(key, ed25519.Ed25519PublicKey | ed25519.Ed25519PrivateKey):
        return "ed25519"
    if isinstance(key, ec.EllipticCurvePublicKey | ec.EllipticCurvePrivateKey):
        if isinstance(key.curve, ec.SECP256R1):
            return "ecdsa-p256"
        raise InvalidInput(msg("unsupported elliptic curve {name}; only P-256 is supported",
                               name=key.curve.name))
    raise InvalidInput(
        msg("unsupported key type {kind}; use one of {ALGORITHMS}",
            kind=type(key).__name__, ALGORITHMS=', '.join(ALGORITHMS))
    )


def _ecdsa() -> ec.ECDSA:
    try:
        return ec.ECDSA(hashes.SHA256(), deterministic_signing=True)
    except (TypeError, UnsupportedAlgorithm):  # pragma: no cover - cryptography < 44
        return ec.ECDSA(hashes.SHA256())


@dataclass(frozen=True)
class PublicKey:
    """A public key: its algorithm and its DER SubjectPublicKeyInfo.

    Constructing one checks that the DER is a key of that algorithm in its
    standard encoding; anything else is InvalidInput.
    """

    algorithm: str
    spki_der: bytes
    _key: Any = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.spki_der, bytes):
            raise InvalidInput("the public key must be bytes of a DER SubjectPublicKeyInfo")
        object.__setattr__(self, "_key", _load_spki(self.algorithm, self.spki_der))

    def __repr__(self) -> str:
        return f"PublicKey({self.algorithm}, keyid={self.keyid})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (PublicKey, (self.algorithm, self.spki_der))

    @property
    def keyid(self) -> str:
        """Lower-case hex SHA-256 of the SubjectPublicKeyInfo DER."""
        return hashlib.sha256(self.spki_der).hexdigest()

    def verify(self, signature: bytes, data: bytes) -> bool:
        """True if `signature` is this key's signature of `data`; never raises for a bad one."""
        if not isinstance(signature, bytes | bytearray) or not isinstance(data, bytes | bytearray):
            return False
        try:
            if self.algorithm == "ed25519":
                self._key.verify(bytes(signature), bytes(data))
            else:
                self._key.verify(bytes(signature), bytes(data), ec.ECDSA(hashes.SHA256()))
        except (InvalidSignature, ValueError):
            return False
        return True

    def to_pem(self) -> str:
        """The key as a PEM ``PUBLIC KEY`` block (RFC 7468), ending in a newline."""
        return self._key.public_bytes(serialization.Encoding.PEM, _SPKI).decode("ascii")

    @classmethod
    def from_pem(cls, text: str | bytes) -> PublicKey:
        """Read a PEM ``PUBLIC KEY`` block; refuses other algorithms and curves."""
        data = text.encode("utf-8") if isinstance(text, str) else bytes(text)
        if b"-----BEGIN PUBLIC KEY-----" not in data:
            raise InvalidInput("this is not a PEM public key (no BEGIN PUBLIC KEY line)")
        try:
            key = serialization.load_pem_public_key(data)
        except (ValueError, UnsupportedAlgorithm):
            raise InvalidInput("this PEM public key cannot be read") from None
        return cls(_algorithm_of(key), key.public_bytes(_DER, _SPKI))

    def fingerprint_words(self) -> list[str]:
        """The keyid as 8 BIP-39 words, for reading aloud (mapping in the module docstring)."""
        return keyid_words(self.keyid)

    def as_json(self) -> dict[str, str]:
        return {
            "keyid": self.keyid,
            "algorithm": self.algorithm,
            "public_key": base64.b64encode(self.spki_der).decode("ascii"),
        }

    @classmethod
    def from_json(cls, obj: Any) -> PublicKey:
        """Read `as_json` output; the keyid must be the key's own."""
        if not isinstance(obj, dict):
            raise InvalidInput("a public key must be a JSON object")
        for name in ("keyid", "algorithm", "public_key"):
            if not isinstance(obj.get(name), str):
                raise InvalidInput(msg("the public key has no {name} string", name=name))
        key = cls(obj["algorithm"], b64decode_strict(obj["public_key"], "the public key"))
        if key.keyid != obj["keyid"]:
            raise InvalidInput(
                msg("keyid {keyid} does not match its public key, whose keyid is {keyid2}",
                    keyid=obj['keyid'], keyid2=key.keyid)
            )
        return key


@runtime_checkable
class Signer(Protocol):
    """What signs: a `PrivateKey` here, or a key that never leaves a hardware token
    (`app.services.token_keys.TokenKey`), whose signatures are the same bytes."""

    algorithm: str

    @property
    def public_key(self) -> PublicKey: ...

    def sign(self, data: bytes) -> bytes: ...


class PrivateKey:
    """A private signing key. Its repr never shows the secret."""

    __slots__ = ("_key", "_public", "algorithm")

    def __init__(self, key: Any) -> None:
        self.algorithm = _algorithm_of(key)
        self._key = key
        self._public = PublicKey(self.algorithm, key.public_key().public_bytes(_DER, _SPKI))

    def __repr__(self) -> str:
        return f"PrivateKey({self.algorithm}, keyid={self._public.keyid})"

    @property
    def public_key(self) -> PublicKey:
        return self._public

    @classmethod
    def generate(cls, algorithm: str = DEFAULT_ALGORITHM) -> PrivateKey:
        if algorithm == "ed25519":
            return cls(ed25519.Ed25519PrivateKey.generate())
        if algorithm == "ecdsa-p256":
            return cls(ec.generate_private_key(ec.SECP256R1()))
        raise InvalidInput(
            msg("unsupported key algorithm {algorithm!r}; use one of {ALGORITHMS}",
                algorithm=algorithm, ALGORITHMS=', '.join(ALGORITHMS)),
            "algorithm",
        )

    def sign(self, data: bytes) -> bytes:
        """Ed25519 signature (64 bytes), or DER ECDSA P-256/SHA-256 signature (RFC 6979)."""
        if self.algorithm == "ed25519":
            return self._key.sign(bytes(data))
        return self._key.sign(bytes(data), _ecdsa())

    def private_bytes_pkcs8_der(self) -> bytes:
        """Unencrypted PKCS#8 DER: only for keyfile.py to encrypt, never to store."""
        return self._key.private_bytes(
            _DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )

    def raw_secret(self) -> bytes:
        """The 32-byte private scalar: only for shares.py to split, never to store."""
        if self.algorithm == "ed25519":
            return self._key.private_bytes(serialization.Encoding.Raw,
                                           serialization.PrivateFormat.Raw,
                                           serialization.NoEncryption())
        return self._key.private_numbers().private_value.to_bytes(32, "big")

    @classmethod
    def from_raw_secret(cls, algorithm: str, secret: bytes) -> PrivateKey:
        """The key of `algorithm` whose private scalar is `secret` (32 bytes)."""
        try:
            if algorithm == "ed25519":
                return cls(ed25519.Ed25519PrivateKey.from_private_bytes(bytes(secret)))
            if algorithm == "ecdsa-p256":
                return cls(ec.derive_private_key(int.from_bytes(secret, "big"), ec.SECP256R1()))
        except ValueError:
            pass
        raise InvalidInput(msg("not a private {algorithm} key", algorithm=algorithm))

    @classmethod
    def from_pkcs8_der(cls, der: bytes) -> PrivateKey:
        try:
            key = serialization.load_der_private_key(bytes(der), password=None)
        except (ValueError, TypeError, UnsupportedAlgorithm):
            raise InvalidInput("the private key is not a valid unencrypted PKCS#8 key") from None
        return cls(key)
