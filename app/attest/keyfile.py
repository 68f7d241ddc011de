"""The encrypted private-key file: a private key is never stored any other way.

A key file is one JSON document, UTF-8, written as RFC 8785 canonical JSON::

    {"algorithm": "ed25519",
     "cipher": {"name": "chacha20-poly1305", "nonce": "<base64, 12 bytes>"},
     "ciphertext": "<base64 of ChaCha20-Poly1305(PKCS#8 DER) with its 16-byte tag>",
     "created": "2026-11-25T09:30:00Z",
     "format": "tijori-private-key",
     "kdf": {"iterations": 3, "lanes": 4, "memory_kib": 65536, "name": "argon2id",
             "salt": "<base64, 16 bytes>"},
     "keyid": "<hex SHA-256 of the SPKI DER>",
     "name": "Alice's signing key",
     "public_key": "<base64 SPKI DER>",
     "version": 1}

Encryption:

- passphrase bytes = UTF-8 of the passphrase after Unicode NFC normalisation
  (`app.domain.passphrase.normalize`, so the same passphrase typed on two
  systems gives the same bytes); a new key file's passphrase must pass
  `app.domain.passphrase.check_new`;
- key (32 bytes) = Argon2id (RFC 9106, version 0x13) of those bytes with the
  salt, ``iterations`` passes, ``lanes`` lanes and ``memory_kib`` KiB of memory,
  no secret and no associated data;
- ciphertext = ChaCha20-Poly1305 (RFC 8439) under that key and the 12-byte nonce
  of the unencrypted PKCS#8 DER private key, with associated data = the
  canonical JSON of the whole document without its "ciphertext" member. Every
  header field is therefore authenticated: changing any of them makes
  decryption fail exactly as a wrong passphrase does, and the two cannot be told
  apart.

Reading refuses, before any KDF work: anything that is not a version 1 key file
with exactly these members; an unknown KDF or cipher; Argon2id parameters below
the OWASP minimum (19 MiB, 2 passes), which would let a copied file be attacked
cheaply, or above 1 GiB, 16 passes or 16 lanes, which would let a crafted file
hang the signer's PC; and a salt, nonce or ciphertext of the wrong length.
"""

from __future__ import annotations

import base64
import os
import re
from datetime import datetime
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from app.attest import canonical
from app.attest.keys import PrivateKey, PublicKey, b64decode_strict
from app.domain.errors import InvalidInput
from app.domain.messages import msg
from app.domain.passphrase import check_new, normalize

FORMAT = "tijori-private-key"
VERSION = 1
KDF_NAME = "argon2id"
CIPHER_NAME = "chacha20-poly1305"

DEFAULT_KDF = {"iterations": 3, "lanes": 4, "memory_kib": 65536}
MIN_MEMORY_KIB = 19 * 1024  # OWASP's Argon2id minimum: 19 MiB with 2 passes
MAX_MEMORY_KIB = 1024 * 1024  # 1 GiB
MIN_ITERATIONS = 2
MAX_ITERATIONS = 16
MAX_LANES = 16

SALT_BYTES = 16
MAX_SALT_BYTES = 64
NONCE_BYTES = 12
TAG_BYTES = 16
KEY_BYTES = 32
MAX_FILE_BYTES = 64 * 1024
MAX_NAME_CHARS = 200

_MEMBERS = {
    "format", "version", "name", "created", "algorithm", "keyid", "public_key",
    "kdf", "cipher", "ciphertext",
}
_KDF_MEMBERS = {"name", "salt", "iterations", "lanes", "memory_kib"}
_CIPHER_MEMBERS = {"name", "nonce"}
_RFC3339_UTC = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: Any, what: str, source: str) -> bytes:
    return b64decode_strict(value, msg("{source} is damaged: {what}", source=source, what=what))


def _is_int(value: Any) -> bool:
    return type(value) is int


def _passphrase_bytes(passphrase: Any) -> bytes:
    """UTF-8 of the NFC form: the key file format fixes these bytes, new file or old."""
    text = normalize(passphrase)
    if text == "":
        raise InvalidInput("the passphrase is empty", "passphrase")
    return text.encode("utf-8")


def _check_kdf_numbers(params: dict[str, Any], where: str) -> None:
    """Refuse Argon2id parameters outside [floor, cap]; `where` starts the sentence."""
    iterations, lanes, memory = params["iterations"], params["lanes"], params["memory_kib"]
    if not (_is_int(iterations) and _is_int(lanes) and _is_int(memory)):
        raise InvalidInput(msg("{where} has Argon2id parameters that are not integers",
                               where=where))
    if memory < MIN_MEMORY_KIB or iterations < MIN_ITERATIONS:
        raise InvalidInput(
            msg("{where} uses Argon2id with {memory} KiB and {iterations} passes, below the "
                "minimum of {MIN_MEMORY_KIB} KiB and {MIN_ITERATIONS} passes",
                where=where,
                memory=memory,
                iterations=iterations,
                MIN_MEMORY_KIB=MIN_MEMORY_KIB,
                MIN_ITERATIONS=MIN_ITERATIONS)
        )
    if memory > MAX_MEMORY_KIB or iterations > MAX_ITERATIONS:
        raise InvalidInput(
            msg("{where} asks Argon2id for {memory} KiB and {iterations} passes, above the "
                "limit of {MAX_MEMORY_KIB} KiB and {MAX_ITERATIONS} passes",
                where=where,
                memory=memory,
                iterations=iterations,
                MAX_MEMORY_KIB=MAX_MEMORY_KIB,
                MAX_ITERATIONS=MAX_ITERATIONS)
        )
    if not 1 <= lanes <= MAX_LANES:
        raise InvalidInput(msg("{where} asks for {lanes} Argon2id lanes; use 1 to {MAX_LANES}",
                               where=where, lanes=lanes, MAX_LANES=MAX_LANES))


def _check_created(created: Any, source: str) -> str:
    if isinstance(created, str) and _RFC3339_UTC.fullmatch(created):
        try:
            datetime.fromisoformat(created.replace("Z", "+00:00"))
            return created
        except ValueError:
            pass
    raise InvalidInput(
        msg("{source} has creation time {created!r}, not an RFC 3339 UTC time such as "
            "2026-11-25T09:30:00Z", source=source, created=created)
    )


def _check_name(name: Any, source: str) -> str:
    if not isinstance(name, str) or not name.strip():
        raise InvalidInput(msg("{source} needs a name", source=source), "name")
    if len(name) > MAX_NAME_CHARS:
        raise InvalidInput(msg("{source} has a name longer than {MAX_NAME_CHARS} characters",
                               source=source, MAX_NAME_CHARS=MAX_NAME_CHARS), "name")
    return name


def _derive(passphrase: bytes, salt: bytes, kdf: dict[str, Any]) -> bytes:
    return Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=kdf["iterations"],
        lanes=kdf["lanes"],
        memory_cost=kdf["memory_kib"],
    ).derive(passphrase)


def _aad(document: dict[str, Any]) -> bytes:
    return canonical.dumps({k: v for k, v in document.items() if k != "ciphertext"})


def encrypt_private_key(
    key: PrivateKey,
    passphrase: str,
    *,
    name: str,
    created: str,
    kdf_params: dict[str, int] | None = None,
) -> bytes:
    """The key file bytes for `key` under `passphrase`, which must pass
    `app.domain.passphrase.check_new` (a passphrase made of the key's name does not).

    `created` is the caller's clock as RFC 3339 UTC. `kdf_params` may override
    any of ``iterations``, ``lanes``, ``memory_kib`` (defaults 3, 4, 65536),
    within the same floor and cap that reading enforces.
    """
    _check_name(name, "the key")
    check_new(passphrase, what=msg("key passphrase"), user_inputs=(name,))
    secret = _passphrase_bytes(passphrase)
    _check_created(created, "the key")
    params = dict(DEFAULT_KDF)
    if kdf_params:
        unknown = set(kdf_params) - set(DEFAULT_KDF)
        if unknown:
            raise InvalidInput(msg("unknown Argon2id parameter {unknown!r}",
                                   unknown=sorted(unknown)[0]))
        params.update(kdf_params)
    _check_kdf_numbers(params, "the key file")

    salt = os.urandom(SALT_BYTES)
    nonce = os.urandom(NONCE_BYTES)
    public = key.public_key
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "name": name,
        "created": created,
        "algorithm": key.algorithm,
        "keyid": public.keyid,
        "public_key": _b64(public.spki_der),
        "kdf": {"name": KDF_NAME, "salt": _b64(salt), **params},
        "cipher": {"name": CIPHER_NAME, "nonce": _b64(nonce)},
    }
    sealed = ChaCha20Poly1305(_derive(secret, salt, params)).encrypt(
        nonce, key.private_bytes_pkcs8_der(), _aad(document)
    )
    document["ciphertext"] = _b64(sealed)
    return canonical.dumps(document)


def _parse(data: bytes, source: str) -> dict[str, Any]:
    """Parse and validate the whole document, without any KDF work."""
    if not isinstance(data, bytes | bytearray):
        raise InvalidInput(msg("{source} must be read as bytes", source=source))
    if len(data) > MAX_FILE_BYTES:
        raise InvalidInput(msg("{source} is not a Tijori key file (it is too large)",
                               source=source))
    try:
        document = canonical.loads(bytes(data), source=source)
    except canonical.UnsafeJSON as exc:
        raise InvalidInput(msg("{source} is not a Tijori key file ({reason})",
                               source=source, reason=exc.reason)) from None
    except InvalidInput:
        raise InvalidInput(msg("{source} is not a Tijori key file (it is not valid JSON)",
                               source=source)) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise InvalidInput(msg("{source} is not a Tijori key file", source=source))
    version = document.get("version")
    if version != VERSION or not _is_int(version):
        raise InvalidInput(
            msg("{source} is a key file of version {version!r}, which this Tijori cannot read",
                source=source, version=version)
        )
    missing = _MEMBERS - set(document)
    if missing:
        raise InvalidInput(msg("{source} is damaged or truncated: it has no {missing}",
                               source=source, missing=sorted(missing)[0]))
    extra = set(document) - _MEMBERS
    if extra:
        raise InvalidInput(msg("{source} has an unknown member {extra!r}",
                               source=source, extra=sorted(extra)[0]))
    _check_name(document["name"], source)
    _check_created(document["created"], source)

    kdf = document["kdf"]
    if not isinstance(kdf, dict) or set(kdf) != _KDF_MEMBERS:
        raise InvalidInput(msg("{source} is damaged: its kdf member is not as version 1 defines "
                               "it", source=source))
    if kdf["name"] != KDF_NAME:
        raise InvalidInput(msg("{source} uses the key derivation {name!r}; only argon2id",
                               source=source, name=kdf['name']))
    _check_kdf_numbers(kdf, source)
    salt = _unb64(kdf["salt"], "the salt", source)
    if not SALT_BYTES <= len(salt) <= MAX_SALT_BYTES:
        raise InvalidInput(msg("{source} has a {count}-byte salt; it needs 16 to 64 bytes",
                               source=source, count=len(salt)))

    cipher = document["cipher"]
    if not isinstance(cipher, dict) or set(cipher) != _CIPHER_MEMBERS:
        raise InvalidInput(msg("{source} is damaged: its cipher member is not as version 1 "
                               "defines it", source=source))
    if cipher["name"] != CIPHER_NAME:
        raise InvalidInput(msg("{source} uses the cipher {name!r}; only chacha20-poly1305",
                               source=source, name=cipher['name']))
    if len(_unb64(cipher["nonce"], "the nonce", source)) != NONCE_BYTES:
        raise InvalidInput(msg("{source} is damaged: its nonce is not 12 bytes", source=source))

    if not isinstance(document["algorithm"], str) or not isinstance(document["keyid"], str):
        raise InvalidInput(msg("{source} is damaged: algorithm and keyid must be strings",
                               source=source))
    try:
        public = PublicKey(document["algorithm"], _unb64(document["public_key"], "the key", source))
    except InvalidInput as exc:
        raise InvalidInput(msg("{source} has an unusable public key: {exc}",
                               source=source, exc=exc)) from None
    if public.keyid != document["keyid"]:
        raise InvalidInput(msg("{source} was altered: its keyid does not match its public key",
                               source=source))

    ciphertext = _unb64(document["ciphertext"], "the ciphertext", source)
    if len(ciphertext) <= TAG_BYTES:
        raise InvalidInput(msg("{source} is truncated: its ciphertext is too short", source=source))
    return document


def read_key_header(data: bytes, *, source: str = "key file") -> dict[str, Any]:
    """The validated header, without the passphrase: what a signer is shown before unlocking.

    Returns ``{"name", "created", "algorithm", "keyid", "public_key": PublicKey,
    "kdf": {...}}`` (the kdf without its salt).
    """
    document = _parse(data, source)
    kdf = document["kdf"]
    return {
        "name": document["name"],
        "created": document["created"],
        "algorithm": document["algorithm"],
        "keyid": document["keyid"],
        "public_key": PublicKey(
            document["algorithm"], base64.b64decode(document["public_key"], validate=True)
        ),
        "kdf": {k: kdf[k] for k in ("name", "iterations", "lanes", "memory_kib")},
    }


def decrypt_private_key(data: bytes, passphrase: str, *, source: str = "key file") -> PrivateKey:
    """The private key in a key file; `source` names the file in messages ("key file a.key").

    A wrong passphrase and an altered header both fail the AEAD, and are
    reported together, honestly, as one InvalidInput.
    """
    secret = _passphrase_bytes(passphrase)
    document = _parse(data, source)
    kdf = document["kdf"]
    salt = base64.b64decode(kdf["salt"], validate=True)
    nonce = base64.b64decode(document["cipher"]["nonce"], validate=True)
    ciphertext = base64.b64decode(document["ciphertext"], validate=True)
    try:
        der = ChaCha20Poly1305(_derive(secret, salt, kdf)).decrypt(
            nonce, ciphertext, _aad(document)
        )
    except InvalidTag:
        raise InvalidInput(
            msg("wrong passphrase for {source}, or the file was altered",
                source=source), "passphrase"
        ) from None
    try:
        key = PrivateKey.from_pkcs8_der(der)
    except InvalidInput:
        raise InvalidInput(msg("{source} is damaged: its private key cannot be read",
                               source=source)) from None
    expected = base64.b64decode(document["public_key"], validate=True)
    if key.algorithm != document["algorithm"] or key.public_key.spki_der != expected:
        raise InvalidInput(msg("{source} was altered: its private key does not match its public "
                               "key", source=source))
    return key
