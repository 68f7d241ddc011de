"""Signing keys that never leave a PKCS#11 token (an HSM or a smartcard).

A token key is named by an RFC 7512 ``pkcs11:`` URI, accepted wherever a key file is::

    pkcs11:token=Reserve%20HSM;object=admin-1?module-path=/usr/lib/softhsm/libsofthsm2.so

Path attributes (``;``-separated, percent-encoded): ``token`` (the token's label),
``serial``, ``manufacturer``, ``model`` choose the token; ``object`` (the key's label)
and ``id`` (its CKA_ID, percent-encoded bytes) choose the key; ``type`` may only be
``private``, ``public`` or ``cert`` (the key pair is found either way). Query attributes
(``&``-separated): ``module-path`` (the PKCS#11 module to load, required unless
``$TIJORI_PKCS11_MODULE`` names it) and ``pin-source`` (a file holding the PIN). A
``pin-value`` is refused: a PIN written in a URI ends in shell histories and process lists.
Attributes named ``x-…`` are vendor extensions and are ignored; any other is refused,
so that a misspelt attribute never silently chooses another key.

The key pair is generated inside the token (`generate`), never imported: its private
half is sensitive and not extractable, and every signature is made by the token. The
signatures are the same as a key file's (``ed25519``, or ``ecdsa-p256`` DER with SHA-256;
a token's ECDSA nonces are its own, so unlike a key file's they need not be RFC 6979
deterministic): a verifier cannot tell them apart, and needs not.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote_to_bytes

from app.attest.keys import PublicKey
from app.domain.errors import InvalidInput
from app.domain.messages import msg

SCHEME = "pkcs11:"
MODULE_ENV = "TIJORI_PKCS11_MODULE"

_PATH_ATTRIBUTES = ("token", "serial", "manufacturer", "model", "object", "id", "type")
_QUERY_ATTRIBUTES = ("module-path", "pin-source")
_PERCENT_RE = re.compile(r"%(?![0-9A-Fa-f]{2})")
#: The token reports its user PIN locked (PKCS#11 CKF_USER_PIN_LOCKED).
_USER_PIN_LOCKED = 0x00040000
#: The curve of an Ed25519 key, as CKA_EC_PARAMS: the DER OBJECT IDENTIFIER 1.3.101.112.
_ED25519_PARAMS = bytes.fromhex("06032b6570")
_P256_PARAMS = bytes.fromhex("06082a8648ce3d030107")  # prime256v1


def is_token_ref(text: Any) -> bool:
    """True if `text` names a key in a token (a ``pkcs11:`` URI), not a key file."""
    return isinstance(text, str) and text[: len(SCHEME)].lower() == SCHEME


@dataclass(frozen=True)
class TokenRef:
    """Where a token key is: the module, the token and the key, as a URI says."""

    module: str
    token: str | None = None
    serial: str | None = None
    manufacturer: str | None = None
    model: str | None = None
    object: str | None = None
    id: bytes | None = None
    pin_source: str | None = None

    @property
    def label(self) -> str:
        """The token, for messages: its label, else its serial."""
        return self.token or self.serial or "?"

    def uri(self) -> str:
        """The RFC 7512 URI of this key (without its PIN source)."""
        parts = [f"{name}={quote(value, safe='')}" for name, value in (
            ("token", self.token), ("serial", self.serial),
            ("manufacturer", self.manufacturer), ("model", self.model),
            ("object", self.object)) if value is not None]
        if self.id is not None:
            parts.append("id=" + "".join(f"%{byte:02X}" for byte in self.id))
        return f"{SCHEME}{';'.join(parts)}?module-path={quote(self.module, safe='/')}"


def _attributes(text: str, separator: str, allowed: tuple[str, ...], uri: str
                ) -> dict[str, bytes]:
    found: dict[str, bytes] = {}
    for part in filter(None, text.split(separator)):
        name, equals, value = part.partition("=")
        name = name.strip().lower()
        if not equals or not name:
            raise InvalidInput(msg("{part!r} in the key URI {uri} is not NAME=VALUE",
                                   part=part, uri=uri), "key")
        if name.startswith("x-"):
            continue
        if name == "pin-value":
            raise InvalidInput("a PIN is never written in a key URI: give it with --pin-file "
                               "or $TIJORI_PKCS11_PIN, or type it when asked", "key")
        if name not in allowed:
            raise InvalidInput(msg("the key URI {uri} has an attribute {name!r} Tijori does not "
                                   "know; it knows {allowed}", uri=uri, name=name,
                                   allowed=", ".join(allowed)), "key")
        if name in found:
            raise InvalidInput(msg("the key URI {uri} gives {name} twice", uri=uri, name=name),
                               "key")
        if _PERCENT_RE.search(value):
            raise InvalidInput(msg("the key URI {uri} has a % not followed by two hex digits",
                                   uri=uri), "key")
        found[name] = unquote_to_bytes(value)
    return found


def _text(value: bytes | None, name: str, uri: str) -> str | None:
    if value is None:
        return None
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput(msg("the {name} in the key URI {uri} is not UTF-8 text",
                               name=name, uri=uri), "key") from None


def parse_uri(uri: str) -> TokenRef:
    """Read an RFC 7512 ``pkcs11:`` URI naming a key (see the module docstring)."""
    if not is_token_ref(uri):
        raise InvalidInput(msg("{uri} is not a pkcs11: URI", uri=uri), "key")
    body = uri[len(SCHEME):]
    path, _, query = body.partition("?")
    found = _attributes(path, ";", _PATH_ATTRIBUTES, uri)
    options = _attributes(query, "&", _QUERY_ATTRIBUTES, uri)
    kind = _text(found.pop("type", None), "type", uri)
    if kind not in (None, "private", "public", "cert"):
        raise InvalidInput(msg("the key URI {uri} names an object of type {kind!r}; a signing "
                               "key is a private key", uri=uri, kind=kind), "key")
    module = _text(options.get("module-path"), "module-path", uri) or os.environ.get(MODULE_ENV)
    if not module:
        raise InvalidInput(msg("the key URI {uri} names no PKCS#11 module: add "
                               "?module-path=/path/to/module.so, or set $TIJORI_PKCS11_MODULE",
                               uri=uri), "key")
    texts = {name: _text(found.get(name), name, uri)
             for name in ("token", "serial", "manufacturer", "model", "object")}
    if not (texts["token"] or texts["serial"]):
        raise InvalidInput(msg("the key URI {uri} names no token: add token=LABEL", uri=uri),
                           "key")
    if not (texts["object"] or "id" in found):
        raise InvalidInput(msg("the key URI {uri} names no key: add object=NAME", uri=uri),
                           "key")
    source = _text(options.get("pin-source"), "pin-source", uri)
    if source is not None and source.startswith("file:"):
        source = source[len("file:"):].removeprefix("//")
    return TokenRef(module=module, id=found.get("id"), pin_source=source, **texts)


# -- the token ------------------------------------------------------------------------------

@cache
def _library(module: str) -> Any:
    import pkcs11

    return pkcs11.lib(module)


def _load(module: str) -> Any:
    """The PKCS#11 module, loaded once per process."""
    from pkcs11.exceptions import PKCS11Error

    if not Path(module).is_file():
        raise InvalidInput(msg("the PKCS#11 module {module} cannot be loaded: there is no such "
                               "file", module=module), "key")
    try:
        return _library(module)
    except (PKCS11Error, OSError) as exc:
        reason = str(exc).rsplit(": ", 1)[-1] or type(exc).__name__
        raise InvalidInput(msg("the PKCS#11 module {module} cannot be loaded: {reason}",
                               module=module, reason=reason), "key") from None


def _token(ref: TokenRef) -> Any:
    from pkcs11.exceptions import PKCS11Error

    library = _load(ref.module)
    try:
        tokens = [token for token in library.get_tokens(token_label=ref.token)
                  if _matches(token, ref)]
    except PKCS11Error as exc:
        raise InvalidInput(msg("the PKCS#11 module {module} cannot list its tokens ({error})",
                               module=ref.module, error=type(exc).__name__), "key") from None
    if not tokens:
        raise InvalidInput(msg("no token {token} is present in {module}: is it plugged in, "
                               "and is its label right?", token=ref.label, module=ref.module),
                           "key")
    if len(tokens) > 1:
        raise InvalidInput(msg("{count} tokens are labelled {token}: add serial=… to the key "
                               "URI", count=len(tokens), token=ref.label), "key")
    return tokens[0]


def _matches(token: Any, ref: TokenRef) -> bool:
    def same(wanted: str | None, value: Any) -> bool:
        if wanted is None:
            return True
        text = value.decode("ascii", "replace") if isinstance(value, bytes) else str(value)
        return text.strip() == wanted

    return (same(ref.serial, token.serial) and same(ref.manufacturer, token.manufacturer_id)
            and same(ref.model, token.model))


def _attributes_of(ref: TokenRef, kind: Any) -> dict[Any, Any]:
    from pkcs11 import Attribute

    wanted: dict[Any, Any] = {Attribute.CLASS: kind}
    if ref.object is not None:
        wanted[Attribute.LABEL] = ref.object
    if ref.id is not None:
        wanted[Attribute.ID] = ref.id
    return wanted


def _one(session: Any, ref: TokenRef, kind: Any, what: str) -> Any:
    found = list(session.get_objects(_attributes_of(ref, kind)))
    name = ref.object or (ref.id.hex() if ref.id is not None else "?")
    if not found:
        raise InvalidInput(msg("token {token} holds no {what} named {name}",
                               token=ref.label, what=what, name=name), "key")
    if len(found) > 1:
        raise InvalidInput(msg("token {token} holds {count} keys named {name}: add id=… to the "
                               "key URI", token=ref.label, count=len(found), name=name), "key")
    return found[0]


def _public_of(public: Any) -> PublicKey:
    """The SubjectPublicKeyInfo of a token's public key object, as Tijori keys it."""
    from asn1crypto.core import OctetString
    from cryptography.hazmat.primitives.asymmetric import ed25519
    from pkcs11 import Attribute, KeyType

    point = bytes(public[Attribute.EC_POINT])
    with suppress(ValueError):  # the standard wraps the point in an OCTET STRING
        point = bytes(OctetString.load(point))
    if public.key_type == KeyType.EC_EDWARDS:
        key = ed25519.Ed25519PublicKey.from_public_bytes(point)
        from cryptography.hazmat.primitives import serialization

        der = key.public_bytes(serialization.Encoding.DER,
                               serialization.PublicFormat.SubjectPublicKeyInfo)
        return PublicKey("ed25519", der)
    if public.key_type == KeyType.EC and bytes(public[Attribute.EC_PARAMS]) == _P256_PARAMS:
        from pkcs11.util.ec import encode_ec_public_key

        return PublicKey("ecdsa-p256", encode_ec_public_key(public))
    raise InvalidInput("the token's key is neither Ed25519 nor P-256; Tijori signs with those "
                       "only", "key")


@dataclass(frozen=True)
class TokenKeyInfo:
    """What a token says of a key without its PIN: its public half and its label."""

    ref: TokenRef
    public: PublicKey
    name: str


def describe_token_key(uri: str) -> TokenKeyInfo:
    """The public key a URI names, read without logging in (public objects need no PIN)."""
    from pkcs11 import ObjectClass
    from pkcs11.exceptions import PKCS11Error

    ref = parse_uri(uri)
    token = _token(ref)
    try:
        with token.open() as session:
            public = _one(session, ref, ObjectClass.PUBLIC_KEY, msg("public key"))
            return TokenKeyInfo(ref, _public_of(public), _label(public, ref))
    except PKCS11Error as exc:
        raise _device_error(exc, ref) from None


def _label(obj: Any, ref: TokenRef) -> str:
    from pkcs11 import Attribute

    try:
        return str(obj[Attribute.LABEL]) or ref.object or ""
    except (KeyError, TypeError, RuntimeError):  # a token that keeps no label
        return ref.object or ""


def _device_error(exc: Exception, ref: TokenRef) -> InvalidInput:
    from pkcs11 import exceptions as e

    if isinstance(exc, e.PinIncorrect | e.PinInvalid | e.PinLenRange):
        return InvalidInput(msg("the PIN for token {token} is not right; nothing was signed",
                                token=ref.label), "passphrase")
    if isinstance(exc, e.PinLocked):
        return _locked(ref)
    if isinstance(exc, e.PinExpired):
        return InvalidInput(msg("the PIN of token {token} has expired: change it with the "
                                "token's own tool first", token=ref.label), "passphrase")
    if isinstance(exc, e.UserPinNotInitialized):
        return InvalidInput(msg("token {token} has no user PIN yet: its security officer must "
                                "set one first", token=ref.label), "passphrase")
    if isinstance(exc, e.TokenNotPresent | e.DeviceRemoved | e.TokenNotRecognised
                  | e.SessionClosed | e.SessionHandleInvalid):
        return InvalidInput(msg("token {token} was removed or cannot be reached; plug it in and "
                                "try again", token=ref.label), "key")
    return InvalidInput(msg("token {token} refused: {error}", token=ref.label,
                            error=type(exc).__name__), "key")


def _locked(ref: TokenRef) -> InvalidInput:
    return InvalidInput(msg("token {token} is locked after too many wrong PINs: its security "
                            "officer must unlock it", token=ref.label), "passphrase")


class TokenKey:
    """A private key inside a token, signing through an open session.

    It offers what a `PrivateKey` offers a signer (`algorithm`, `public_key`, `sign`); the
    secret never reaches this process.
    """

    __slots__ = ("_private", "_ref", "algorithm", "public_key")

    def __init__(self, private: Any, public: PublicKey, ref: TokenRef) -> None:
        self._private = private
        self._ref = ref
        self.public_key = public
        self.algorithm = public.algorithm

    def __repr__(self) -> str:
        return f"TokenKey({self.algorithm}, keyid={self.public_key.keyid})"

    def sign(self, data: bytes) -> bytes:
        """Ed25519 (CKM_EDDSA), or ECDSA over SHA-256 (CKM_ECDSA of the digest) as DER."""
        from pkcs11 import Mechanism
        from pkcs11.exceptions import PKCS11Error
        from pkcs11.util.ec import encode_ecdsa_signature

        try:
            if self.algorithm == "ed25519":
                signature = bytes(self._private.sign(bytes(data), mechanism=Mechanism.EDDSA))
            else:
                raw = self._private.sign(hashlib.sha256(bytes(data)).digest(),
                                         mechanism=Mechanism.ECDSA)
                signature = encode_ecdsa_signature(bytes(raw))
        except PKCS11Error as exc:
            raise _device_error(exc, self._ref) from None
        if not self.public_key.verify(signature, bytes(data)):
            raise InvalidInput(msg("token {token} gave a signature that does not verify under "
                                   "its own public key; nothing was signed",
                                   token=self._ref.label), "key")
        return signature


@contextmanager
def token_key(uri: str, pin: str) -> Iterator[TokenKey]:
    """The key a URI names, logged in with `pin` for as long as the block runs."""
    from pkcs11 import ObjectClass
    from pkcs11.exceptions import PKCS11Error

    ref = parse_uri(uri)
    token = _token(ref)
    if token.flags & _USER_PIN_LOCKED:
        raise _locked(ref)
    try:
        session = token.open(user_pin=pin)
    except PKCS11Error as exc:
        raise _device_error(exc, ref) from None
    try:
        try:
            public = _public_of(_one(session, ref, ObjectClass.PUBLIC_KEY, msg("public key")))
            private = _one(session, ref, ObjectClass.PRIVATE_KEY, msg("private key"))
        except PKCS11Error as exc:
            raise _device_error(exc, ref) from None
        yield TokenKey(private, public, ref)
    finally:
        with suppress(PKCS11Error):  # the token went away: there is nothing left to close
            session.close()


def pin_from_source(ref: TokenRef) -> str | None:
    """The PIN in the file the URI's ``pin-source`` names, if it names one."""
    if ref.pin_source is None:
        return None
    try:
        return Path(ref.pin_source).read_text(encoding="utf-8").rstrip("\r\n")
    except (OSError, UnicodeDecodeError):
        raise InvalidInput(msg("the PIN source {path} cannot be read as UTF-8 text",
                               path=ref.pin_source), "passphrase") from None


# -- generating a key inside a token ---------------------------------------------------------

def supports_eddsa(token: Any) -> bool:
    from pkcs11 import Mechanism

    offered = set(token.slot.get_mechanisms())
    return {Mechanism.EC_EDWARDS_KEY_PAIR_GEN, Mechanism.EDDSA} <= offered


def generate(module: str, token_label: str, name: str, pin: str, algorithm: str | None
             ) -> tuple[TokenRef, PublicKey]:
    """A new key pair made inside the token, labelled `name` with a fresh CKA_ID.

    `algorithm` None takes Ed25519 where the token offers EdDSA, else P-256. The private
    half is sensitive and never extractable.
    """
    from pkcs11 import Attribute, KeyType, Mechanism
    from pkcs11.exceptions import PKCS11Error

    ref = TokenRef(module=module, token=token_label, object=name)
    token = _token(ref)
    if token.flags & _USER_PIN_LOCKED:
        raise _locked(ref)
    eddsa = supports_eddsa(token)
    algorithm = algorithm or ("ed25519" if eddsa else "ecdsa-p256")
    if algorithm == "ed25519" and not eddsa:
        raise InvalidInput(msg("token {token} does not offer Ed25519 (EdDSA); create a p256 key "
                               "in it instead", token=ref.label), "algorithm")
    key_id = os.urandom(8)
    private_template = {Attribute.SIGN: True, Attribute.SENSITIVE: True,
                        Attribute.EXTRACTABLE: False, Attribute.PRIVATE: True}
    try:
        with token.open(rw=True, user_pin=pin) as session:
            if list(session.get_objects({Attribute.LABEL: name})):
                raise InvalidInput(msg("token {token} already holds a key named {name}; choose "
                                       "another name", token=ref.label, name=name), "name")
            if algorithm == "ed25519":
                kind, mechanism, params = (KeyType.EC_EDWARDS, Mechanism.EC_EDWARDS_KEY_PAIR_GEN,
                                           _ED25519_PARAMS)
            else:
                kind, mechanism, params = KeyType.EC, Mechanism.EC_KEY_PAIR_GEN, _P256_PARAMS
            public, _ = session.generate_keypair(
                kind, mechanism=mechanism, store=True, label=name, id=key_id,
                public_template={Attribute.EC_PARAMS: params, Attribute.VERIFY: True,
                                 Attribute.PRIVATE: False},
                private_template=private_template)
            return TokenRef(module=module, token=token_label, object=name,
                            id=key_id), _public_of(public)
    except PKCS11Error as exc:
        raise _device_error(exc, ref) from None


def store_certificate(uri: str, pin: str, der: bytes, label: str, key_id: bytes | None) -> None:
    """Keep an X.509 certificate (DER) in the token beside its key, as smartcards do."""
    from asn1crypto import x509 as asn1_x509
    from pkcs11 import Attribute, CertificateType, ObjectClass
    from pkcs11.exceptions import PKCS11Error

    ref = parse_uri(uri)
    token = _token(ref)
    certificate = asn1_x509.Certificate.load(der)
    template = {Attribute.CLASS: ObjectClass.CERTIFICATE,
                Attribute.CERTIFICATE_TYPE: CertificateType.X_509, Attribute.TOKEN: True,
                Attribute.PRIVATE: False, Attribute.LABEL: label, Attribute.VALUE: der,
                Attribute.SUBJECT: certificate.subject.dump(),
                Attribute.ISSUER: certificate.issuer.dump(),
                Attribute.SERIAL_NUMBER: certificate["tbs_certificate"]["serial_number"].dump()}
    if key_id is not None:
        template[Attribute.ID] = key_id
    try:
        with token.open(rw=True, user_pin=pin) as session:
            session.create_object(template)
    except PKCS11Error as exc:
        raise _device_error(exc, ref) from None


def certificates(uri: str) -> tuple[bytes | None, list[bytes]]:
    """The key's certificate kept in the token (same label or id), and every other
    certificate there (an issuing CA's among them), read without the PIN."""
    from pkcs11 import Attribute, ObjectClass
    from pkcs11.exceptions import PKCS11Error

    ref = parse_uri(uri)
    token = _token(ref)
    try:
        with token.open() as session:
            own = [bytes(c[Attribute.VALUE]) for c in session.get_objects(
                _attributes_of(ref, ObjectClass.CERTIFICATE))]
            every = [bytes(c[Attribute.VALUE]) for c in session.get_objects(
                {Attribute.CLASS: ObjectClass.CERTIFICATE})]
    except PKCS11Error as exc:
        raise _device_error(exc, ref) from None
    return (own[0] if own else None), [der for der in every if der not in own]
