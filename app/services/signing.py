"""The offline signer's steps, one at a time, for a window that shows each before the next.

`attesting.sign_request` does the whole signing in one call, from files, with a
confirm callback; the signer window needs the same steps apart: check the
request and show its summary first (`prepare`), ask for the passphrase, then
sign (`sign_prepared`), then save the response or show it as a QR code. The
checks are attesting's own (`read_request`, `check_request`, `summary`); the
response is the same `tijori-signature` document `tijori sign` writes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.attest import canonical
from app.attest.fileio import write_atomic
from app.attest.keyfile import decrypt_private_key, read_key_header
from app.attest.verdict import Verdict
from app.domain.errors import CheckFailed, InvalidInput
from app.services.attesting import (
    check_request,
    holding_policy,
    read_file,
    read_request,
    response_document,
    summary,
)

__all__ = ["Prepared", "prepare", "save_response", "sign_prepared"]


@dataclass(frozen=True)
class Prepared:
    """A request checked against the pinned policy and the signer's key, not yet signed."""

    request: dict[str, Any]
    verdict: Verdict
    summary: str
    key_path: str
    keyid: str
    key_name: str

    @property
    def ok(self) -> bool:
        return self.verdict.ok

    @property
    def refusal(self) -> str:
        """Why this request may not be signed, in one sentence ('' when it may)."""
        if self.ok:
            return ""
        return "Refusing to sign: " + "; ".join(c.reason for c in self.verdict.failures) + "."


def prepare(request_data: bytes, *, policy_path: str, key_path: str,
            now: datetime | None = None, source: str = "request") -> Prepared:
    """Read a request and make every check the signer makes before the passphrase.

    Raises InvalidInput for a damaged request or key file, CheckFailed for a
    pinned policy that does not hold; a request that may not be signed (another
    policy, not this key's role, an expired key, leaves that do not give the
    root) comes back with a failing verdict, so the window can show each check.
    """
    now = now or datetime.now(UTC)
    pinned, policy = holding_policy(policy_path, now)
    request = read_request(request_data, source)
    header = read_key_header(read_file(key_path, "key file"), source=f"key file {key_path}")
    verdict = check_request(request, pinned, policy, header["keyid"], now)
    return Prepared(request=request, verdict=verdict, summary=summary(request["statement"]),
                    key_path=str(key_path), keyid=header["keyid"], key_name=header["name"])


def sign_prepared(prepared: Prepared, passphrase: str, *, now: datetime | None = None) -> bytes:
    """Unlock the key and sign the request's payload: the response document's bytes.

    Nothing is written here; `save_response` writes the bytes where the signer
    chooses. A wrong passphrase is an InvalidInput on the field "passphrase".
    """
    if not prepared.ok:
        raise CheckFailed(prepared.refusal)
    now = now or datetime.now(UTC)
    key_data = read_file(prepared.key_path, "key file")
    source = f"key file {prepared.key_path}"
    if read_key_header(key_data, source=source)["keyid"] != prepared.keyid:
        raise InvalidInput(f"{prepared.key_path} changed since the request was checked; "
                           "load the request again")
    key = decrypt_private_key(key_data, passphrase, source=source)
    return canonical.dumps(response_document(prepared.request, key, now))


def save_response(data: bytes, out: str) -> None:
    """Write a response file atomically (the save dialog has already asked to replace it)."""
    write_atomic(Path(out), data, mode=0o644, overwrite=True)

