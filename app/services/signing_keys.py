"""A signing key as every command that signs names it: a key file, or a key in a token.

A *key reference* is either the path of an encrypted key file (unlocked by its
passphrase) or an RFC 7512 ``pkcs11:`` URI of a key inside an HSM or a smartcard
(unlocked by the token's PIN; `app.services.token_keys`). The services that sign take a
reference and a secret, learn what the key is with `key_info` before asking for the
secret, and sign inside `unlocked`: the one place that tells the two kinds apart.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from app.attest.fileio import read_file
from app.attest.keyfile import decrypt_private_key, read_key_header
from app.attest.keys import PublicKey, Signer
from app.domain.errors import InvalidInput
from app.domain.messages import msg
from app.services.token_keys import describe_token_key, is_token_ref, token_key

__all__ = ["KeyInfo", "Signer", "is_token_ref", "key_info", "unlocked"]


@dataclass(frozen=True)
class KeyInfo:
    """A key as a signer is shown it before unlocking: its name, keyid and public half."""

    reference: str
    name: str
    public: PublicKey
    in_token: bool

    @property
    def keyid(self) -> str:
        return self.public.keyid

    @property
    def algorithm(self) -> str:
        return self.public.algorithm

    @property
    def secret_name(self) -> str:
        """What unlocks it, for prompts: "PIN" or "passphrase"."""
        return "PIN" if self.in_token else "passphrase"


def _source(reference: str) -> str:
    return msg("key file {key_path}", key_path=reference)


def key_info(reference: str) -> KeyInfo:
    """What the key `reference` names is, read without its passphrase or PIN."""
    if is_token_ref(reference):
        found = describe_token_key(reference)
        return KeyInfo(reference, found.name, found.public, True)
    header = read_key_header(read_file(reference, "key file"), source=_source(reference))
    return KeyInfo(reference, header["name"], header["public_key"], False)


@contextmanager
def unlocked(reference: str, secret: str, *, keyid: str | None = None) -> Iterator[Signer]:
    """The key `reference` names, unlocked by `secret` (a key file's passphrase or a
    token's PIN) for as long as the block runs.

    `keyid`, when given, is the key the caller showed the signer: a key file replaced
    since, or a token now holding another key under that name, is refused.
    """
    if is_token_ref(reference):
        with token_key(reference, secret) as key:
            _same(key.public_key.keyid, keyid, reference)
            yield key
        return
    data = read_file(reference, "key file")
    _same(read_key_header(data, source=_source(reference))["keyid"], keyid, reference)
    yield decrypt_private_key(data, secret, source=_source(reference))


def _same(found: str, expected: str | None, reference: str) -> None:
    if expected is not None and found != expected:
        raise InvalidInput(msg("{key_path} changed since the request was checked; load the "
                               "request again", key_path=reference), "key")
