"""Signing keys and trust policies: create, show, export, draft, sign."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from app.attest import canonical
from app.attest.certs import (
    REPORT_KEY_ALGORITHM,
    certificate_public_key,
    self_signed_certificate,
)
from app.attest.dsse import Envelope
from app.attest.fileio import read_file, write_atomic
from app.attest.keyfile import decrypt_private_key, encrypt_private_key, read_key_header
from app.attest.keys import ALGORITHMS, PrivateKey, PublicKey, format_fingerprint
from app.attest.policy import (
    check_separate_roles,
    format_time,
    load_policy_envelope,
    new_policy,
    overlap_message,
    parse_time,
    policy_digest,
    role_overlaps,
    verify_policy,
)
from app.domain.errors import InvalidInput
from app.domain.text import clean_text

PUBLIC_FORMAT = "tijori-public-key"


def _now() -> datetime:
    return datetime.now(UTC)


def create_key(name: str, out: str, passphrase: str, algorithm: str = "ed25519",
               now: datetime | None = None) -> dict[str, Any]:
    name = clean_text(name, "name", 100)
    if algorithm not in ALGORITHMS:
        raise InvalidInput(f"algorithm {algorithm!r} is not one of {', '.join(ALGORITHMS)}",
                           "algorithm")
    key = PrivateKey.generate(algorithm)
    moment = now or _now()
    data = encrypt_private_key(key, passphrase, name=name, created=format_time(moment))
    info = describe(key.public_key, name)
    write_atomic(Path(out), data, mode=0o600)
    if algorithm == REPORT_KEY_ALGORITHM:
        # A report-signing key gets its self-signed certificate at once (PDF readers
        # need one); it is public, and stored beside the key file.
        certificate = self_signed_certificate(
            key, name=name, not_before=moment,
            not_after=moment + timedelta(days=REPORT_CERT_DAYS))
        write_atomic(certificate_path(out), certificate, mode=0o644)
        info["certificate"] = str(certificate_path(out))
    return info


#: Validity of a report-signing certificate.
REPORT_CERT_DAYS = 5 * 365


def certificate_path(key_path: str | Path) -> Path:
    """Where a report-signing key's certificate lives: beside it, KEYFILE.crt (DER)."""
    return Path(f"{key_path}.crt")


def describe(public: PublicKey, name: str) -> dict[str, Any]:
    return {"name": name, "algorithm": public.algorithm, "keyid": public.keyid,
            "fingerprint": format_fingerprint(public.keyid),
            "words": " ".join(public.fingerprint_words())}


def show_key(path: str) -> dict[str, Any]:
    """A private key file's header or a public key file, without any passphrase."""
    data = read_file(path, "key file")
    try:
        header = read_key_header(data, source=f"key file {path}")
        return {**describe(header["public_key"], header["name"]), "private": True,
                "created": header["created"]}
    except InvalidInput:
        name, public = read_public_key(path, data)
        return {**describe(public, name), "private": False}


def public_key_document(public: PublicKey, name: str, certificate: bytes | None = None) -> bytes:
    extra = {"certificate": base64.b64encode(certificate).decode()} if certificate else {}
    return canonical.dumps({"format": PUBLIC_FORMAT, "version": 1, "name": name,
                            **public.as_json(), **extra})


def read_public_key(path: str, data: bytes | None = None) -> tuple[str, PublicKey]:
    data = read_file(path, "public key") if data is None else data
    try:
        obj = canonical.loads(data)
    except (InvalidInput, ValueError, UnicodeDecodeError):
        obj = None
    if not isinstance(obj, dict) or obj.get("format") != PUBLIC_FORMAT:
        raise InvalidInput(f"{path} is not a Tijori key file or public key")
    return str(obj.get("name", "")), PublicKey.from_json(obj)


def export_public(key_path: str, out: str) -> dict[str, Any]:
    header = read_key_header(read_file(key_path, "key file"), source=f"key file {key_path}")
    certificate = None
    if header["algorithm"] == REPORT_KEY_ALGORITHM:
        certificate = read_file(certificate_path(key_path), "certificate")
        if certificate_public_key(certificate).keyid != header["keyid"]:
            raise InvalidInput(f"{certificate_path(key_path)} is not the certificate of "
                               f"{key_path}")
    write_atomic(Path(out), public_key_document(header["public_key"], header["name"],
                                                certificate), mode=0o644)
    return describe(header["public_key"], header["name"])


def draft_policy(
    *,
    out: str,
    name: str,
    expires: str,
    custodians: list[str],
    custodian_threshold: int,
    auditors: list[str],
    auditor_threshold: int,
    admins: list[str],
    admin_threshold: int,
    report_signers: list[str] | None = None,
    version: int = 1,
    valid_from: str | None = None,
    replaces: str | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """Write an unsigned policy; admins then sign it with `sign_policy`.

    With `replaces` (the policy file of the version in force), the draft is its next
    version and names it (`previous`: its digest and version), so that a verifier who
    trusts the new version reaches the old one, and verifies what was signed under it.
    A policy whose roles share a key is refused (InvalidInput), nothing written.
    """
    previous = None
    if replaces:
        old_envelope, old = load_policy_envelope(read_file(replaces, "replaced policy"),
                                                 str(replaces))
        if version not in (1, old.version + 1):
            raise InvalidInput(f"the policy replacing {replaces} (version {old.version}) is "
                               f"version {old.version + 1}, not {version}", "version")
        version = old.version + 1
        previous = {"digest": policy_digest(old_envelope), "version": old.version}
    expiry = format_time(parse_time(_utc(expires), "expires"))
    start = format_time(parse_time(_utc(valid_from), "valid_from")) if valid_from else \
        format_time(now or _now())
    keys, ids = _role_keys(custodians, auditors, admins, report_signers)
    thresholds = {"custodian": custodian_threshold, "auditor": auditor_threshold,
                  "admin": admin_threshold, "report-signer": 1}
    roles = {role: (keyids, thresholds[role]) for role, keyids in ids.items()}
    policy = new_policy(name=name, expires=expiry, version=version, roles=roles,
                        keys=[(p, n, start, expiry) for p, n in keys.values()],
                        previous=previous)
    write_atomic(Path(out), policy.envelope().dumps(), mode=0o644)
    return {"name": name, "version": version, "expires": expiry,
            "digest": policy_digest(policy.envelope()), "keys": len(keys)}


def _role_keys(custodians: list[str], auditors: list[str], admins: list[str],
               report_signers: list[str] | None
               ) -> tuple[dict[str, tuple[PublicKey, str]], dict[str, list[str]]]:
    """The public key files of each role read: (keyid: (key, name)), (role: keyids)."""
    keys: dict[str, tuple[PublicKey, str]] = {}
    roles: dict[str, list[str]] = {}
    groups = [("custodian", custodians), ("auditor", auditors), ("admin", admins)]
    if report_signers:
        groups.append(("report-signer", report_signers))
    for role, paths in groups:
        roles[role] = []
        for path in paths:
            key_name, public = read_public_key(path)
            keys[public.keyid] = (public, key_name)
            roles[role].append(public.keyid)
    return keys, roles


def role_overlap_problem(*, custodians: list[str], auditors: list[str], admins: list[str],
                         report_signers: list[str] | None = None) -> str | None:
    """Why these public key files may not make a policy's roles (a key in two of them),
    in the words `draft_policy` refuses with; None if each role has keys of its own."""
    keys, roles = _role_keys(custodians, auditors, admins, report_signers)
    overlaps = role_overlaps(roles, {keyid: name for keyid, (_, name) in keys.items()})
    return overlap_message(overlaps) if overlaps else None


def _utc(text: str) -> str:
    """Accept a date alone (midnight UTC) as well as a full RFC 3339 time."""
    text = (text or "").strip()
    return f"{text}T00:00:00Z" if len(text) == 10 else text


def sign_policy(path: str, key_path: str, passphrase: str,
                pinned: str | None = None) -> dict[str, Any]:
    """Add an admin's signature: of this policy, or of the pinned version it replaces."""
    envelope, policy = load_policy_envelope(read_file(path, "policy"), str(path))
    check_separate_roles(policy, f"{path} is not signed", "path")  # nothing is written
    key_data = read_file(key_path, "key file")
    header = read_key_header(key_data, source=f"key file {key_path}")
    admins = set(policy.roles["admin"].keyids)
    if pinned:
        _, previous = load_policy_envelope(read_file(pinned, "pinned policy"), str(pinned))
        if previous.version != policy.version - 1:
            raise InvalidInput(f"{path} (version {policy.version}) does not follow {pinned} "
                               f"(version {previous.version})")
        admins |= set(previous.roles["admin"].keyids)
    if header["keyid"] not in admins:
        raise InvalidInput(f"key {header['name']} is not an admin key of this policy"
                           + (" or of the pinned one" if pinned else "")
                           + "; only admins sign a policy")
    key = decrypt_private_key(key_data, passphrase, source=f"key file {key_path}")
    signed = envelope.signed_by(key)
    write_atomic(Path(path), signed.dumps(), mode=0o644, overwrite=True)
    return {"signatures": len(signed.signatures), "keyid": header["keyid"]}


def show_policy(path: str, now: datetime | None = None,
                trusted: str | None = None) -> dict[str, Any]:
    envelope = Envelope.loads(read_file(path, "policy"), source=str(path))
    pinned = None
    if trusted:
        _, pinned = load_policy_envelope(read_file(trusted, "pinned policy"), str(trusted))
    policy, verdict = verify_policy(envelope, now=now or _now(), trusted=pinned,
                                    source=str(path))
    out: dict[str, Any] = {"valid": verdict.ok, "checks": verdict.as_json()["checks"]}
    if policy is not None:
        out.update(name=policy.name, version=policy.version, expires=policy.expires,
                   digest=policy_digest(envelope),
                   roles={r: {"threshold": v.threshold, "keys": [
                       {**describe(policy.keys[k].public, policy.keys[k].name),
                        "valid_from": policy.keys[k].valid_from,
                        "valid_until": policy.keys[k].valid_until} for k in v.keyids]}
                       for r, v in policy.roles.items()})
    return out


