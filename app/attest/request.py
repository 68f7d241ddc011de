"""Signing requests and responses (FORMAT.md §6, §7): read strictly, written canonically.

The terminal writes a request; the offline signer reads it, checks it and answers
with a response; the terminal combines the responses. Both sides read these files
here, so neither imports the other's service.
"""

from __future__ import annotations

import base64
import hashlib
from datetime import datetime
from typing import Any

from app.attest import programme_statement, statement
from app.attest.dsse import Envelope
from app.attest.formats import REQUEST_FORMAT, REQUEST_VERSION, RESPONSE_FORMAT, load_document
from app.attest.keys import b64decode_strict
from app.domain.errors import InvalidInput
from app.domain.messages import msg
from app.domain.times import rfc3339

REQUEST_MEMBERS = {"request_id": str, "payload_type": str, "payload": str,
                   "payload_sha256": str, "policy_sha256": str, "policy": dict, "roles": list,
                   "journal_proofs": list}


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _journal_proofs(value: list[Any], source: str) -> dict[int, list[bytes]]:
    """The request's consistency proofs, by the journal size each starts from."""
    proofs: dict[int, list[bytes]] = {}
    for number, entry in enumerate(value):
        where = f"{source} journal_proofs[{number}]"
        if not isinstance(entry, dict) or set(entry) != {"from_size", "proof"}:
            raise InvalidInput(msg("{where} is not a {{from_size, proof}} object", where=where))
        size, hashes = entry["from_size"], entry["proof"]
        if not isinstance(size, int) or isinstance(size, bool) or size < 1 or size in proofs:
            raise InvalidInput(msg("{where}: from_size is not a new count of at least 1",
                                   where=where))
        if not isinstance(hashes, list) or not all(
                isinstance(h, str) and len(h) == 64 for h in hashes):
            raise InvalidInput(msg("{where}: proof is not a list of 64-hex-digit hashes",
                                   where=where))
        try:
            proofs[size] = [bytes.fromhex(h) for h in hashes]
        except ValueError:
            raise InvalidInput(msg("{where}: proof is not a list of 64-hex-digit hashes",
                                   where=where)) from None
    return proofs


def read_request(data: bytes, source: str = "request") -> dict[str, Any]:
    """A signing request, checked: its members, its payload against its digest, its
    statement (version 2) strictly, and the policy it names against the policy it carries.

    Adds `payload_bytes`, `statement` (the dict) and `proofs` ({from_size: hashes}). A
    programme statement's request (FORMAT.md §13.5) carries `programme`: the members'
    attestations and policies, and the previous programme attestation.
    A request of version 1 (a version 1 statement) was made by an older Tijori: it is
    refused with a message saying to make it again.
    """
    request = load_document(data, REQUEST_FORMAT, source, versions=(1, REQUEST_VERSION))
    if request["version"] == 1:
        raise InvalidInput(msg("{source} was made by an older Tijori (a version 1 request, "
                               "whose statement names no policy, scope or sequence); make the "
                               "request again with this version", source=source))
    for name, kind in REQUEST_MEMBERS.items():
        if not isinstance(request.get(name), kind):
            raise InvalidInput(msg("{source} is damaged: it has no valid {name!r}",
                                   source=source, name=name))
    if not request["roles"] or not all(isinstance(r, str) for r in request["roles"]):
        raise InvalidInput(msg("{source} is damaged: it asks for no role", source=source))
    programme = request["payload_type"] == programme_statement.PAYLOAD_TYPE
    if request["payload_type"] != statement.PAYLOAD_TYPE and not programme:
        raise InvalidInput(msg("{source} does not ask to sign a {STATEMENT_SCHEMA} statement",
                               source=source, STATEMENT_SCHEMA=statement.STATEMENT_SCHEMA))
    if programme != isinstance(request.get("programme"), dict):
        raise InvalidInput(msg("{source} is damaged: a programme statement's request carries "
                               "the members' files, and only it", source=source))
    leaves = request.get("leaves")
    if leaves is not None and not (isinstance(leaves, list)
                                   and all(isinstance(leaf, str) for leaf in leaves)):
        raise InvalidInput(msg("{source} is damaged: its leaves are not a list of texts",
                               source=source))
    payload = b64decode_strict(request.get("payload"), msg("{source} payload", source=source))
    if hashlib.sha256(payload).hexdigest() != request.get("payload_sha256"):
        raise InvalidInput(msg("{source} is damaged: its payload does not match its digest",
                               source=source))
    request["payload_bytes"] = payload
    where = msg("{source} statement", source=source)
    body = programme_statement.ProgrammeStatement.from_payload(payload, where) if programme \
        else statement.Statement.from_payload(payload, where, request["payload_type"])
    request["statement"] = body.to_dict()
    request["proofs"] = _journal_proofs(request["journal_proofs"], source)
    if body.policy is None or body.policy["digest"] != request["policy_sha256"]:
        raise InvalidInput(msg("{source} is damaged: its statement names another policy than "
                               "the one it carries", source=source))
    return request


def carried_policy(request: dict[str, Any]) -> Envelope:
    """The policy envelope a request carries (checked against its digest by the caller)."""
    return Envelope.from_json(request["policy"], source="the request's policy")


def response_document(request: dict[str, Any], key: Any, now: datetime) -> dict[str, Any]:
    """The `tijori-signature` response: `key`'s signature of the request's payload."""
    signature = Envelope(request["payload_type"], request["payload_bytes"]).signed_by(
        key).signatures[-1]
    return {
        "format": RESPONSE_FORMAT, "version": 1, "request_id": request["request_id"],
        "payload_sha256": request["payload_sha256"], "keyid": signature.keyid,
        "sig": b64(signature.sig), "signed_at": rfc3339(now),
    }
