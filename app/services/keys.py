"""Signing keys and trust policies: create, show, export, draft, sign; the organisation CA.

Files beside a key file KEY.key:

- ``KEY.key.crt``: a report-signing (``ecdsa-p256``) key's certificate, DER,
  self-signed or issued by an organisation CA; for a CA key (`create_ca`), the
  CA's own self-signed certificate, PEM, the file people import into their PDF
  readers;
- ``KEY.key.ca.crt``: for a report-signing key issued by a CA, a copy of that
  CA's certificate (PEM), which the report signature carries beside the
  signer's (`report_certificates`).
"""

from __future__ import annotations

import base64
import os
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from app.attest import canonical
from app.attest.certs import (
    REPORT_KEY_ALGORITHM,
    ca_certificate,
    certificate_fingerprint,
    certificate_issuer,
    certificate_pem,
    certificate_public_key,
    certificate_subject,
    certificate_validity,
    check_ca_certificate,
    check_issued_by,
    is_self_issued,
    issued_certificate,
    read_certificate,
    self_signed_certificate,
)
from app.attest.dsse import Envelope
from app.attest.fileio import read_file, write_atomic
from app.attest.keyfile import decrypt_private_key, encrypt_private_key, read_key_header
from app.attest.keys import ALGORITHMS, PrivateKey, PublicKey, Signer, format_fingerprint
from app.attest.policy import (
    ANY_POLICY,
    PROGRAMME_SCHEMA,
    Expiry,
    Policy,
    check_separate_roles,
    expiries,
    expiring,
    format_time,
    load_policy_envelope,
    new_policy,
    overlap_message,
    policy_digest,
    role_overlaps,
    verify_policy,
)
from app.domain.errors import InvalidInput
from app.domain.messages import Message, msg
from app.domain.text import clean_text
from app.domain.times import parse_date_or_time
from app.services import token_keys
from app.services.signing_keys import is_token_ref, key_info, unlocked

PUBLIC_FORMAT = "tijori-public-key"


def _now() -> datetime:
    return datetime.now(UTC)


def create_key(name: str, out: str, passphrase: str, algorithm: str = "ed25519",
               now: datetime | None = None, *, ca: str | None = None,
               ca_passphrase: Callable[[], str] | None = None) -> dict[str, Any]:
    """A new key in `out`, encrypted under `passphrase`.

    A report-signing (``ecdsa-p256``) key gets its certificate at once, beside it
    (PDF readers need one): self-signed, or with `ca` (a CA key file made by
    `create_ca`) issued by that CA, whose key `ca_passphrase` unlocks; the CA's
    certificate is then copied beside it too. Nothing is written unless all is.
    """
    name = clean_text(name, "name", 100)
    if algorithm not in ALGORITHMS:
        raise InvalidInput(msg("algorithm {algorithm!r} is not one of {ALGORITHMS}",
                               algorithm=algorithm, ALGORITHMS=', '.join(ALGORITHMS)),
                           "algorithm")
    if ca is not None:
        check_ca_for(algorithm)
    targets = [Path(out)]
    if algorithm == REPORT_KEY_ALGORITHM:
        targets += [certificate_path(out)] + ([issuer_certificate_path(out)] if ca else [])
    _refuse_existing(targets)
    issuer = _unlock_ca(ca, ca_passphrase) if ca is not None else None
    key = PrivateKey.generate(algorithm)
    moment = (now or _now()).replace(microsecond=0)
    files = [(Path(out), encrypt_private_key(key, passphrase, name=name,
                                             created=format_time(moment)), 0o600)]
    info = describe(key.public_key, name)
    if algorithm == REPORT_KEY_ALGORITHM:
        certificate = _report_certificate(key, name, moment, issuer)
        files.append((certificate_path(out), certificate, 0o644))
        info["certificate"] = str(certificate_path(out))
        if issuer is not None:
            files.append((issuer_certificate_path(out), certificate_pem(issuer[1]), 0o644))
            info["issuer"] = certificate_subject(issuer[1])
            info["issuer_certificate"] = str(issuer_certificate_path(out))
    _write_all(files)
    return info


def create_token_key(name: str, out: str, *, module: str, token: str, pin: Callable[[], str],
                     algorithm: str | None = None, now: datetime | None = None,
                     ca: str | None = None, ca_passphrase: Callable[[], str] | None = None
                     ) -> dict[str, Any]:
    """A new key generated inside a PKCS#11 token; only its public key file is written.

    `algorithm` None is Ed25519 where the token offers EdDSA, else P-256. A report-signing
    (``ecdsa-p256``) key gets its certificate as a file key does (self-signed by the token,
    or issued by the CA `ca`): kept in the token beside the key, where `report` finds it,
    and in the public key file. The result names the key by its ``pkcs11:`` URI.
    """
    name = clean_text(name, "name", 100)
    if algorithm is not None and algorithm not in ALGORITHMS:
        raise InvalidInput(msg("algorithm {algorithm!r} is not one of {ALGORITHMS}",
                               algorithm=algorithm, ALGORITHMS=', '.join(ALGORITHMS)),
                           "algorithm")
    if ca is not None:
        check_ca_for(algorithm or "ed25519")
    _refuse_existing([Path(out)])
    issuer = _unlock_ca(ca, ca_passphrase) if ca is not None else None
    secret = pin()
    ref, public = token_keys.generate(module, token, name, secret, algorithm)
    uri = ref.uri()
    info = {**describe(public, name), "uri": uri}
    certificate = None
    if public.algorithm == REPORT_KEY_ALGORITHM:
        moment = (now or _now()).replace(microsecond=0)
        with unlocked(uri, secret, keyid=public.keyid) as key:
            certificate = _report_certificate(key, name, moment, issuer)
        token_keys.store_certificate(uri, secret, certificate, name, ref.id)
        if issuer is not None:
            token_keys.store_certificate(uri, secret, issuer[1], f"{name} CA", None)
            info["issuer"] = certificate_subject(issuer[1])
        info["certificate"] = "in the token"
    _write_all([(Path(out), public_key_document(public, name, certificate), 0o644)])
    return info


#: Validity of a report-signing certificate.
REPORT_CERT_DAYS = 5 * 365
#: Validity of an organisation CA's certificate, in years: the default, and the most.
CA_YEARS = 10
MAX_CA_YEARS = 30


def certificate_path(key_path: str | Path) -> Path:
    """Where a key's certificate lives: beside it, KEYFILE.crt.

    DER for a report-signing key; PEM for a CA key (the file people import).
    """
    return Path(f"{key_path}.crt")


def issuer_certificate_path(key_path: str | Path) -> Path:
    """Where a CA-issued report-signing key keeps its CA's certificate: KEYFILE.ca.crt (PEM)."""
    return Path(f"{key_path}.ca.crt")


def check_ca_for(algorithm: str) -> None:
    """Refuse a CA for any key but a report-signing one (only those have a certificate)."""
    if algorithm != REPORT_KEY_ALGORITHM:
        raise InvalidInput(
            msg("a CA issues certificates to p256 report-signing keys only; an {algorithm} key "
                "has no certificate", algorithm=algorithm), "ca")


def _refuse_existing(paths: list[Path], force: bool = False) -> None:
    """Refuse, before any work, to replace a file (unless `force`)."""
    for path in paths:
        if not force and os.path.lexists(path):
            raise InvalidInput(msg("{path} already exists; refusing to overwrite it",
                                   path=path), "out")


def _write_all(files: list[tuple[Path, bytes, int]], overwrite: bool = False) -> None:
    """Write each file atomically; if one fails, remove those already written."""
    written: list[Path] = []
    try:
        for path, data, mode in files:
            write_atomic(path, data, mode=mode, overwrite=overwrite)
            written.append(path)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise


def _report_certificate(key: Signer, name: str, moment: datetime,
                        issuer: tuple[PrivateKey, bytes] | None) -> bytes:
    """The key's certificate from `moment`: self-signed, or issued by the CA `issuer`.

    An issued certificate ends when the CA's does, if that comes first.
    """
    end = moment + timedelta(days=REPORT_CERT_DAYS)
    if issuer is None:
        return self_signed_certificate(key, name=name, not_before=moment, not_after=end)
    ca_key, ca_der = issuer
    ca_start, ca_end = certificate_validity(ca_der)
    if not ca_start <= moment < ca_end:
        raise InvalidInput(
            msg("the CA {certificate_subject} is not valid now: its certificate is valid from "
                "{format_time} to {format_time2}",
                certificate_subject=certificate_subject(ca_der),
                format_time=format_time(ca_start),
                format_time2=format_time(ca_end)), "ca")
    return issued_certificate(key, name=name, issuer=ca_key, issuer_certificate=ca_der,
                              not_before=moment, not_after=min(end, ca_end))


def read_ca(ca_path: str) -> tuple[dict[str, Any], bytes]:
    """A CA key file's header and its certificate (DER), checked, without the passphrase."""
    header = read_key_header(read_file(ca_path, "CA key"), source=msg("CA key {ca_path}",
                                                                      ca_path=ca_path))
    crt = certificate_path(ca_path)
    if header["algorithm"] != REPORT_KEY_ALGORITHM or not os.path.lexists(crt):
        raise InvalidInput(msg("{ca_path} is not a CA key: a CA key is p256, with its CA "
                               "certificate beside it ({crt}), as `tijori ca new` makes it",
                               ca_path=ca_path, crt=crt), "ca")
    der = read_certificate(read_file(crt, "CA certificate"), str(crt))
    try:
        check_ca_certificate(der)
    except InvalidInput as exc:
        raise InvalidInput(msg("{ca_path} is not a CA key: {crt}: {exc}",
                               ca_path=ca_path, crt=crt, exc=exc), "ca") from None
    if certificate_public_key(der).keyid != header["keyid"]:
        raise InvalidInput(msg("{crt} is not the certificate of the CA key {ca_path}",
                               crt=crt, ca_path=ca_path), "ca")
    return header, der


def _unlock_ca(ca_path: str, passphrase: Callable[[], str] | None) -> tuple[PrivateKey, bytes]:
    _, der = read_ca(ca_path)
    if passphrase is None:
        raise InvalidInput(msg("the CA key {ca_path} needs its passphrase",
                               ca_path=ca_path), "ca_passphrase")
    key = decrypt_private_key(read_file(ca_path, "CA key"), passphrase(),
                              source=msg("CA key {ca_path}", ca_path=ca_path))
    return key, der


def create_ca(name: str, out: str, passphrase: Callable[[], str], *, years: int = CA_YEARS,
              now: datetime | None = None, force: bool = False) -> dict[str, Any]:
    """An offline organisation CA: a P-256 key in `out`, encrypted as every key file is,
    and its self-signed CA certificate (PEM) beside it, valid `years` years.

    `passphrase` is asked for only once the files are known to be free (or `force`).
    """
    name = clean_text(name, "name", 64)
    if type(years) is not int or not 1 <= years <= MAX_CA_YEARS:
        raise InvalidInput(msg("a CA certificate is valid 1 to {MAX_CA_YEARS} years, not "
                               "{years}", MAX_CA_YEARS=MAX_CA_YEARS, years=years),
                           "years")
    crt = certificate_path(out)
    _refuse_existing([Path(out), crt], force)
    key = PrivateKey.generate(REPORT_KEY_ALGORITHM)
    moment = (now or _now()).astimezone(UTC).replace(microsecond=0)
    end = _years_after(moment, years)
    der = ca_certificate(key, name=name, not_before=moment, not_after=end)
    data = encrypt_private_key(key, passphrase(), name=name, created=format_time(moment))
    _write_all([(Path(out), data, 0o600), (crt, certificate_pem(der), 0o644)], overwrite=force)
    return {**describe(key.public_key, name), **describe_certificate(der),
            "certificate": str(crt)}


def _years_after(moment: datetime, years: int) -> datetime:
    """The same date `years` later (28 February for a 29 February)."""
    try:
        return moment.replace(year=moment.year + years)
    except ValueError:
        return moment.replace(year=moment.year + years, day=28)


def describe_certificate(der: bytes) -> dict[str, Any]:
    """What people compare of a certificate: subject, issuer, validity, SHA-256 fingerprint."""
    start, end = certificate_validity(der)
    return {"subject": certificate_subject(der), "issuer": certificate_issuer(der),
            "not_before": format_time(start), "not_after": format_time(end),
            "sha256_fingerprint": certificate_fingerprint(der)}


def report_certificates(key_path: str, keyid: str) -> tuple[bytes, list[bytes]]:
    """A report-signing key's certificate (DER) and the chain its signature carries.

    The chain is empty for a self-signed certificate, else the issuing CA's
    certificate from KEYFILE.ca.crt, checked to have issued it.
    """
    if is_token_ref(key_path):
        return _token_certificates(key_path, keyid)
    path = certificate_path(key_path)
    certificate = read_file(path, "report certificate")
    if certificate_public_key(certificate).keyid != keyid:
        raise InvalidInput(msg("{path} is not the certificate of {key_path}",
                               path=path, key_path=key_path))
    if is_self_issued(certificate):
        return certificate, []
    ca_path = issuer_certificate_path(key_path)
    if not os.path.lexists(ca_path):
        raise InvalidInput(msg("{path} was issued by {certificate_issuer}, but that CA's "
                               "certificate is not beside it ({ca_path})",
                               path=path,
                               certificate_issuer=certificate_issuer(certificate),
                               ca_path=ca_path))
    ca = read_certificate(read_file(ca_path, "CA certificate"), str(ca_path))
    try:
        check_issued_by(certificate, ca)
    except InvalidInput as exc:
        raise InvalidInput(msg("{ca_path} is not the CA that issued {path}: {exc}",
                               ca_path=ca_path, path=path, exc=exc)) from None
    return certificate, [ca]


def _token_certificates(uri: str, keyid: str) -> tuple[bytes, list[bytes]]:
    """A token key's certificate, kept in the token beside it, and its issuer's if the
    token keeps that too (`create_token_key` puts both there)."""
    certificate, others = token_keys.certificates(uri)
    if certificate is None or certificate_public_key(certificate).keyid != keyid:
        raise InvalidInput(msg("the token holds no certificate for this key: a report-signing "
                               "key in a token is made with `tijori keys new --pkcs11 … "
                               "--algorithm p256`, which stores one"), "report_key")
    if is_self_issued(certificate):
        return certificate, []
    for other in others:
        try:
            check_issued_by(certificate, other)
        except InvalidInput:
            continue
        return certificate, [other]
    raise InvalidInput(msg("the token's certificate was issued by {issuer}, whose certificate "
                           "the token does not hold", issuer=certificate_issuer(certificate)),
                       "report_key")


def describe(public: PublicKey, name: str) -> dict[str, Any]:
    return {"name": name, "algorithm": public.algorithm, "keyid": public.keyid,
            "fingerprint": format_fingerprint(public.keyid),
            "words": " ".join(public.fingerprint_words())}


def show_key(path: str) -> dict[str, Any]:
    """A private key file's header, a key in a token, or a public key file, without any
    passphrase or PIN."""
    if is_token_ref(path):
        found = key_info(path)
        return {**describe(found.public, found.name), "private": True, "in_token": True}
    data = read_file(path, "key file")
    try:
        header = read_key_header(data, source=msg("key file {path}", path=path))
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
        raise InvalidInput(msg("{path} is not a Tijori key file or public key", path=path))
    return str(obj.get("name", "")), PublicKey.from_json(obj)


def save_public_key(data: bytes, out: str, source: str) -> dict[str, Any]:
    """Keep a public key file that arrived as bytes (read by camera from QR codes): checked
    to be one (its keyid its own), then written to `out`, never over another file."""
    name, public = read_public_key(source, data)
    _refuse_existing([Path(out)])
    write_atomic(Path(out), data, mode=0o644)
    return {**describe(public, name), "path": str(out)}


def export_public(key_path: str, out: str) -> dict[str, Any]:
    if is_token_ref(key_path):
        found = key_info(key_path)
        certificate = (report_certificates(key_path, found.keyid)[0]
                       if found.algorithm == REPORT_KEY_ALGORITHM else None)
        write_atomic(Path(out), public_key_document(found.public, found.name, certificate),
                     mode=0o644)
        return describe(found.public, found.name)
    header = read_key_header(read_file(key_path, "key file"), source=msg("key file {key_path}",
                                                                         key_path=key_path))
    certificate = None
    if header["algorithm"] == REPORT_KEY_ALGORITHM:
        certificate = read_file(certificate_path(key_path), "certificate")
        if certificate_public_key(certificate).keyid != header["keyid"]:
            raise InvalidInput(msg("{certificate_path} is not the certificate of {key_path}",
                                   certificate_path=certificate_path(key_path), key_path=key_path))
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
            raise InvalidInput(msg("the policy replacing {replaces} (version {version}) is "
                                   "version {value}, not {version2}",
                                   replaces=replaces,
                                   version=old.version,
                                   value=old.version + 1,
                                   version2=version), "version")
        version = old.version + 1
        previous = {"digest": policy_digest(old_envelope), "version": old.version}
    expiry = format_time(parse_date_or_time(expires, "expires"))
    start = format_time(parse_date_or_time(valid_from, "valid_from")) if valid_from else \
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



def sign_policy(path: str, key_path: str, passphrase: str,
                pinned: str | None = None) -> dict[str, Any]:
    """Add an admin's signature: of this policy, or of the pinned version it replaces."""
    envelope, policy = load_policy_envelope(read_file(path, "policy"), str(path), ANY_POLICY)
    check_separate_roles(policy, f"{path} is not signed", "path")  # nothing is written
    header = key_info(key_path)
    admins = set(policy.roles["admin"].keyids)
    if pinned:
        _, previous = load_policy_envelope(read_file(pinned, "pinned policy"), str(pinned),
                                           (policy.schema,))
        if previous.version != policy.version - 1:
            raise InvalidInput(msg("{path} (version {version}) does not follow {pinned} "
                                   "(version {version2})",
                                   path=path,
                                   version=policy.version,
                                   pinned=pinned,
                                   version2=previous.version))
        admins |= set(previous.roles["admin"].keyids)
    if header.keyid not in admins:
        raise InvalidInput(msg("key {name} is not an admin key of this policy or of the pinned "
                               "one; only admins sign a policy", name=header.name) if pinned
                           else msg("key {name} is not an admin key of this policy; only admins "
                                    "sign a policy", name=header.name))
    with unlocked(key_path, passphrase, keyid=header.keyid) as key:
        signed = envelope.signed_by(key)
    write_atomic(Path(path), signed.dumps(), mode=0o644, overwrite=True)
    return {"signatures": len(signed.signatures), "keyid": header.keyid}


def time_left(expiry: Expiry) -> Message:
    """How long a policy or a key has left, in words: "expires at T, in 45 days"."""
    if expiry.expired:
        return msg("expired at {until}", until=expiry.until)
    if expiry.days_left == 0:
        return msg("expires at {until}, in less than a day", until=expiry.until)
    if expiry.days_left == 1:
        return msg("expires at {until}, in 1 day", until=expiry.until)
    return msg("expires at {until}, in {days} days", until=expiry.until, days=expiry.days_left)


def expiry_notice(expiry: Expiry) -> Message:
    """The warning for a policy or a key that ends within `EXPIRY_WARNING`, or has ended."""
    left = time_left(expiry)
    if expiry.what == "policy":
        if expiry.expired:
            return msg("The trust policy {name} {left}: nothing verifies under it now; its "
                       "admins must sign a successor.", name=expiry.name, left=left)
        return msg("The trust policy {name} {left}: its admins must sign a successor before "
                   "then.", name=expiry.name, left=left)
    return msg("Key {name} ({roles}) {left}: rotate it out of the policy before then.",
               name=expiry.name, roles=", ".join(expiry.roles), left=left)


def expiry_notices(policy: Policy, now: datetime | None = None) -> list[Message]:
    """Warnings for what in `policy` ends within 60 days (FORMAT.md §3), soonest first."""
    return [expiry_notice(e) for e in expiring(policy, now or _now())]


def policy_expiry_notices(path: str, now: datetime | None = None) -> list[Message]:
    """`expiry_notices` of the policy file at `path` (its signatures are not checked here:
    the warning is about dates, and a verifier checks the rest)."""
    _, policy = load_policy_envelope(read_file(path, "policy"), str(path))
    return expiry_notices(policy, now)


def show_policy(path: str, now: datetime | None = None,
                trusted: str | None = None) -> dict[str, Any]:
    envelope = Envelope.loads(read_file(path, "policy"), source=str(path))
    pinned = None
    if trusted:
        _, pinned = load_policy_envelope(read_file(trusted, "pinned policy"), str(trusted),
                                         ANY_POLICY)
    policy, verdict = verify_policy(envelope, now=now or _now(), trusted=pinned,
                                    source=str(path), schemas=ANY_POLICY)
    out: dict[str, Any] = {"valid": verdict.ok, "checks": verdict.as_json()["checks"]}
    if policy is not None:
        moment = now or _now()
        left = {e.keyid: e for e in expiries(policy, moment)}
        out.update(name=policy.name, version=policy.version, expires=policy.expires,
                   digest=policy_digest(envelope), expiry=left[None].to_dict(),
                   roles={r: {"threshold": v.threshold, "keys": [
                       {**describe(policy.keys[k].public, policy.keys[k].name),
                        "valid_from": policy.keys[k].valid_from,
                        "valid_until": policy.keys[k].valid_until,
                        "seconds_left": left[k].seconds_left,
                        "days_left": left[k].days_left} for k in v.keyids]}
                       for r, v in policy.roles.items()},
                   warnings=expiry_notices(policy, moment))
        if policy.schema == PROGRAMME_SCHEMA:
            out.update(programme=True, window_seconds=policy.extra["window_seconds"],
                       members=policy.extra["members"])
    return out


