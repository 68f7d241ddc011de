"""Verifying a signed report PDF: its one PAdES signature and the files it embeds.

`app.reporting.pdf_sign` writes the signature; this module only reads, and it
loads no more than pyHanko's PDF reader, asn1crypto and cryptography, so that
`tijori verify` starts quickly (the signing and validation parts of pyHanko
take longer to import than the rest of a verification). The CMS inside the
signature is checked by `app.attest.cms`.

`verify_signed_pdf` records five checks, each with its reason, and fails closed
(a damaged file is a failed check, never a traceback):

- ``pdf signature present``: exactly one signature, a PAdES one.
- ``pdf signature intact``: the bytes signed hash to the signed digest, the
  ECDSA/SHA-256 signature verifies with the certificate's key, and the signed
  attributes bind that certificate (exactly one ESS signing-certificate-v2
  attribute, found by OID, with its hash; see `app.attest.cms`).
- ``pdf signature covers the whole file``: nothing was appended after the
  signature (no incremental update), and the only unsigned bytes are the
  signature value itself.
- ``pdf signer trusted``: the certificate's keyid (SHA-256 of its SPKI) is one
  the caller trusts (taken from the trust policy's ``report-signer`` role), the
  key is P-256 with the non-repudiation usage, and the certificate was valid at
  the signing time the signature claims. No certificate store is consulted and
  nothing is fetched: the policy's keyid is the only trust root. A signer's
  certificate issued by an organisation CA is accepted like a self-signed one
  (it is the same key), and the CA's certificate that travels beside it in the
  CMS plays no part in the verdict: a CA lends a PDF reader a path, never Tijori
  trust. A CA's own certificate is never a report signer's.
- ``pdf attachments``: the embedded files of the signed revision, by name.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from io import BytesIO
from typing import Any

from asn1crypto import parser as asn1_parser
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.decode_limits import DecodeLimits, DocumentDecodeBudget, StreamDecodeLimits
from pyhanko.pdf_utils.reader import PdfFileReader

from app.attest import cms
from app.attest.certs import (
    certificate_issuer,
    certificate_public_key,
    certificate_subject,
    certificate_validity,
    check_report_certificate,
    is_self_issued,
)
from app.attest.verdict import Verdict
from app.domain.errors import InvalidInput
from app.domain.messages import joined, msg
from app.reporting import pdf_text

# The names a Tijori report gives its attachments; proofs are one file per holding.
ATTACHMENT_NAMES = {
    "envelope": "attestation.json",
    "policy": "policy.json",
    "leaves": "leaves.jsonl",
    "schedule": "schedule.csv",
    "count": "count.json",
}
PROOF_NAME = "proof-{holding}.json"

CHECK_PRESENT = "pdf signature present"
CHECK_INTACT = "pdf signature intact"
CHECK_COVERAGE = "pdf signature covers the whole file"
CHECK_TRUSTED = "pdf signer trusted"
CHECK_ATTACHMENTS = "pdf attachments"
CHECKS = (CHECK_PRESENT, CHECK_INTACT, CHECK_COVERAGE, CHECK_TRUSTED, CHECK_ATTACHMENTS)

PADES_SUBFILTER = "/ETSI.CAdES.detached"

# One embedded file may decode to at most this much (a million-bar leaves file is
# a few hundred MB); pyhanko's default of 256 MiB per stream is too tight. The
# Deflate ratio limit (1100:1) still stops decompression bombs.
MAX_DECODED_STREAM = 2 * 1024**3
DECODE_LIMITS = DecodeLimits(
    per_stream=StreamDecodeLimits(max_output_size=MAX_DECODED_STREAM),
    document_budget=DocumentDecodeBudget(base_allowance=2 * MAX_DECODED_STREAM),
)
_MAX_NAME_TREE_DEPTH = 16
_MAX_FIELD_DEPTH = 16

# pyhanko logs warnings (some with tracebacks) about damaged files; the verdict
# carries the reasons, so keep them off stderr unless the application logs them.
for _logger in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_logger).addHandler(logging.NullHandler())


def open_pdf(data: bytes) -> PdfFileReader:
    """pyHanko's strict reader, with decode limits that fit a million-bar report."""
    return PdfFileReader(BytesIO(data), strict=True, decode_limits=DECODE_LIMITS)


@dataclass(frozen=True)
class _Signature:
    """A filled signature field, as read from the PDF (nothing checked yet)."""

    field_name: str
    value: Any  # the signature dictionary
    byte_range: list[int]
    contents: bytes  # the /Contents string: the CMS, then zero padding
    signed_revision: int


def _signature_fields(
    node: Any, seen: set[Any], parent: str = "", field_type: Any = None, depth: int = 0
):
    """(name, field) of every field of type /Sig that has a value, /FT inherited."""
    if depth > _MAX_FIELD_DEPTH:
        raise ValueError("the form's field tree is too deep")
    for ref in node.get_object():
        if isinstance(ref, generic.IndirectObject):
            if ref.reference in seen:
                raise ValueError("the form's field tree has a loop")
            seen.add(ref.reference)
        field = ref.get_object()
        if not isinstance(field, generic.DictionaryObject) or "/T" not in field:
            continue  # a bare widget
        name = f"{parent}.{field['/T']}" if parent else str(field["/T"])
        kind = field.get("/FT", field_type)
        if kind == "/Sig" and field.get("/V"):
            yield name, field
        if "/Kids" in field:
            yield from _signature_fields(field["/Kids"], seen, name, kind, depth + 1)


def _signatures(reader: PdfFileReader) -> list[tuple[str, Any]]:
    form = reader.root.get("/AcroForm")
    if form is None or "/Fields" not in form.get_object():
        return []
    return list(_signature_fields(form.get_object()["/Fields"], set()))


def _read_signature(reader: PdfFileReader, name: str, field: Any) -> _Signature:
    ref = field.raw_get("/V")
    if not isinstance(ref, generic.IndirectObject):
        raise ValueError("the signature value is not an indirect object")
    value = ref.get_object()
    contents = value["/Contents"]
    if not isinstance(contents, generic.ByteStringObject | generic.TextStringObject):
        raise ValueError("the signature's /Contents is not a string")
    byte_range = [int(x) for x in value["/ByteRange"]]
    if len(byte_range) != 4 or min(byte_range) < 0:
        raise ValueError(f"the signed byte range {byte_range} is not two ranges of bytes")
    return _Signature(
        field_name=name,
        value=value,
        byte_range=byte_range,
        contents=contents.original_bytes,
        signed_revision=reader.xrefs.get_last_change(ref.reference),
    )


def _claimed_time(sig: _Signature, detached: cms.DetachedSignature | None) -> datetime | None:
    """The signing time the signer states: the signed attribute, else the signature's /M."""
    if detached is not None and detached.signing_time is not None:
        return detached.signing_time
    stamp = sig.value.get("/M")
    return generic.parse_pdf_date(str(stamp), strict=True) if stamp is not None else None


def why(exc: BaseException) -> str:
    """An exception as one short line for a verdict or a message: its type and first line."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    text = text[:300]
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _fail_rest(verdict: Verdict, reason: str) -> None:
    done = {check.name for check in verdict.checks}
    for name in CHECKS:
        if name not in done:
            verdict.failed(name, msg("not checked: {reason}", reason=reason))


def _der_length(content: bytes) -> int:
    """Length of the DER value at the start of `content`."""
    _, _, _, header, body, _ = asn1_parser.parse(content, strict=False)
    return len(header) + len(body)


def _byte_range_problem(data: bytes, sig: _Signature) -> str | None:
    """None if every byte is signed but the /Contents hex string, which holds just the CMS."""
    if sig.byte_range[0] != 0:
        return f"the signed byte range {sig.byte_range} does not start at the file's start"
    _, first_len, second_start, second_len = sig.byte_range
    total = len(data)
    end_signed = second_start + second_len
    if end_signed < total:
        return f"{total - end_signed} bytes were added after the signed part"
    if end_signed > total:
        return (
            f"the signed byte range ends at byte {end_signed} but the file has {total} bytes: "
            "it was cut short"
        )
    gap = data[first_len:second_start]
    cms = sig.contents
    if (
        len(gap) != 2 * len(cms) + 2
        or gap[:1] != b"<"
        or gap[-1:] != b">"
        or not re.fullmatch(rb"[0-9A-Fa-f]*", gap[1:-1])
        or bytes.fromhex(gap[1:-1].decode("ascii")) != cms
    ):
        return f"the unsigned bytes {first_len}..{second_start} are not exactly the signature value"
    if cms[_der_length(cms) :].strip(b"\x00"):
        return "the signature value is followed by unsigned bytes other than zeros"
    return None


def _page_count(root: Any) -> int:
    return int(root["/Pages"].get_object()["/Count"])


def _describe_update(reader: PdfFileReader, signed_revision: int) -> str:
    """What the revisions after the signed one changed, as far as pages and attachments go."""
    later = reader.xrefs.total_revisions - 1 - signed_revision
    if later <= 0:
        return ""
    parts = [f"{later} incremental update(s) follow the signed revision"]
    try:
        before = reader.get_historical_resolver(signed_revision).root
        after = reader.root
        pages_before, pages_after = _page_count(before), _page_count(after)
        if pages_before != pages_after:
            parts.append(f"pages {pages_before} -> {pages_after}")
        files_before, files_after = read_attachments(before), read_attachments(after)
        changed = sorted(
            n
            for n in files_before.keys() | files_after.keys()
            if files_before.get(n) != files_after.get(n)
        )
        if changed:
            parts.append(f"embedded files changed: {', '.join(changed)}")
    except Exception:  # only a description: the check has failed already
        pass
    return "; ".join(parts)


def _pdf_text(obj: Any) -> str:
    obj = obj.get_object() if hasattr(obj, "get_object") else obj
    if isinstance(obj, generic.TextStringObject):
        return str(obj)
    if isinstance(obj, generic.ByteStringObject):
        try:
            return obj.original_bytes.decode("ascii")
        except UnicodeDecodeError:
            raise ValueError("an attachment name is not text") from None
    raise ValueError(f"an attachment name is a {type(obj).__name__}, not a string")


def _name_tree_pairs(node: Any, depth: int = 0):
    if depth > _MAX_NAME_TREE_DEPTH:
        raise ValueError("the embedded-files name tree is too deep")
    node = node.get_object()
    if "/Names" in node:
        items = list(node["/Names"].get_object())
        if len(items) % 2:
            raise ValueError("the embedded-files name tree has an odd /Names array")
        for i in range(0, len(items), 2):
            yield _pdf_text(items[i]), items[i + 1].get_object()
    if "/Kids" in node:
        for kid in node["/Kids"].get_object():
            yield from _name_tree_pairs(kid, depth + 1)


def read_attachments(root: Any) -> dict[str, bytes]:
    """The embedded files of a document catalog (pyhanko object), name -> bytes.

    Raises ValueError (or pyhanko's errors) on anything malformed, including two
    files of one name or a file spec whose own name differs from its name-tree key.
    """
    files: dict[str, bytes] = {}
    names = root.get("/Names")
    if names is None:
        return files
    names = names.get_object()
    if "/EmbeddedFiles" not in names:
        return files
    for name, spec in _name_tree_pairs(names["/EmbeddedFiles"]):
        if name in files:
            raise ValueError(f"two embedded files are named {name!r}")
        own_name = _pdf_text(spec["/UF"]) if "/UF" in spec else _pdf_text(spec["/F"])
        if own_name != name:
            raise ValueError(f"embedded file {name!r} calls itself {own_name!r}")
        ef = spec["/EF"].get_object()
        stream = (ef["/UF"] if "/UF" in ef else ef["/F"]).get_object()
        files[name] = bytes(stream.data)
    return files


def first_page_text(data: bytes) -> str:
    """The text runs of page 1 (see `pdf_text`), read with the same strict limits."""
    return pdf_text.first_page_text(open_pdf(data).root)


def verify_signed_pdf(
    data: bytes, *, trusted_keyids: set[str], source: str = "report"
) -> tuple[Verdict, dict[str, bytes]]:
    """Check a signed report PDF; return the verdict and the attachments of the signed revision.

    Never raises for a bad file: every problem is a failed check with its
    reason. The attachments are only to be used if the verdict (together with
    the checks of their contents) is valid.
    """
    verdict = Verdict(source)
    if not isinstance(data, bytes | bytearray | memoryview):
        verdict.failed(CHECK_PRESENT, "the report is not bytes")
        _fail_rest(verdict, "the report is not bytes")
        return verdict, {}
    data = bytes(data)
    trusted = {k for k in trusted_keyids if isinstance(k, str)} if trusted_keyids else set()

    # -- present
    try:
        reader = open_pdf(data)
        if reader.encrypted:
            raise ValueError("the PDF is encrypted")
        fields = _signatures(reader)
    except Exception as exc:
        reason = f"the file cannot be read as a PDF ({why(exc)})"
        verdict.failed(CHECK_PRESENT, reason)
        _fail_rest(verdict, "the file cannot be read as a PDF")
        return verdict, {}
    if not fields:
        verdict.failed(CHECK_PRESENT, "the PDF carries no signature (unsigned or stripped)")
        _fail_rest(verdict, "no signature")
        return verdict, {}
    if len(fields) > 1:
        verdict.failed(
            CHECK_PRESENT,
            msg("the PDF carries {count} signatures; a Tijori report has exactly one",
                count=len(fields)),
        )
        _fail_rest(verdict, "more than one signature")
        return verdict, {}
    try:
        sig = _read_signature(reader, *fields[0])
        kind = str(sig.value.get("/Type", "/Sig"))
        subfilter = str(sig.value.get("/SubFilter"))
    except Exception as exc:
        verdict.failed(CHECK_PRESENT, msg("the signature cannot be read ({why})", why=why(exc)))
        _fail_rest(verdict, "the signature cannot be read")
        return verdict, {}
    if kind != "/Sig" or subfilter != PADES_SUBFILTER:
        verdict.failed(
            CHECK_PRESENT,
            msg("the signature is {kind} {subfilter}, not a PAdES signature (/Sig "
                "{PADES_SUBFILTER})",
                kind=kind, subfilter=subfilter, PADES_SUBFILTER=PADES_SUBFILTER),
        )
        _fail_rest(verdict, "not a PAdES signature")
        return verdict, {}
    verdict.passed(
        CHECK_PRESENT, msg("one PAdES signature ({PADES_SUBFILTER}) in field {field_name!r}",
                           PADES_SUBFILTER=PADES_SUBFILTER, field_name=sig.field_name)
    )

    # -- intact
    detached: cms.DetachedSignature | None = None
    verifies = False
    try:
        detached = cms.read_detached(sig.contents[: _der_length(sig.contents)])
        verifies = _check_intact(verdict, data, sig, detached)
    except Exception as exc:
        verdict.failed(CHECK_INTACT, msg("the signature cannot be checked ({why})", why=why(exc)))

    # -- covers the whole file
    try:
        problem = _byte_range_problem(data, sig)
        if problem is None:
            verdict.passed(
                CHECK_COVERAGE,
                msg("the signature covers all {count} bytes but its own value; no update "
                    "follows it", count=len(data)),
            )
        else:
            update = _describe_update(reader, sig.signed_revision)
            verdict.failed(
                CHECK_COVERAGE,
                msg("the file was changed after signing: {problem} ({update})", problem=problem,
                    update=update) if update else
                msg("the file was changed after signing: {problem}", problem=problem),
            )
    except Exception as exc:
        verdict.failed(CHECK_COVERAGE, msg("the signature's coverage cannot be checked ({why})",
                                           why=why(exc)))

    # -- signer trusted
    try:
        claimed_time = _claimed_time(sig, detached)
    except Exception as exc:  # never fall back to "now" for a time the signer stated
        verdict.failed(CHECK_TRUSTED, msg("the signing time cannot be read ({why})", why=why(exc)))
    else:
        _check_signer(verdict, detached, verifies, claimed_time, trusted)

    # -- attachments, as the signed revision has them
    attachments: dict[str, bytes] = {}
    try:
        root = reader.get_historical_resolver(sig.signed_revision).root
        attachments = read_attachments(root)
    except Exception as exc:
        verdict.failed(CHECK_ATTACHMENTS, msg("the embedded files cannot be read ({why})",
                                              why=why(exc)))
        return verdict, {}
    if not attachments:
        verdict.failed(CHECK_ATTACHMENTS, "the signed report carries no embedded files")
    else:
        listing = joined((msg("{name} ({size} bytes)", name=n, size=len(b))
                          for n, b in sorted(attachments.items())), ", ")
        verdict.passed(CHECK_ATTACHMENTS, msg("{count} embedded file(s): {listing}",
                                              count=len(attachments), listing=listing))
    return verdict, attachments


def _check_intact(
    verdict: Verdict, data: bytes, sig: _Signature, detached: cms.DetachedSignature
) -> bool:
    """Record the intact check; True when the signature verifies (digest and value)."""
    if detached.digest_algorithm != "sha256" or detached.mechanism not in ("sha256_ecdsa", "ecdsa"):
        verdict.failed(
            CHECK_INTACT,
            msg("the signature uses {mechanism} with {digest_algorithm}, not ECDSA with SHA-256",
                mechanism=detached.mechanism, digest_algorithm=detached.digest_algorithm),
        )
        return False
    start1, len1, start2, len2 = sig.byte_range
    digest = cms.content_digest(
        "sha256", (data[start1 : start1 + len1], data[start2 : start2 + len2])
    )
    if not detached.digest_matches(digest):
        verdict.failed(
            CHECK_INTACT,
            "the signed bytes do not match the digest in the signature: the document was "
            "changed after signing",
        )
        return False
    if not detached.signature_verifies():
        verdict.failed(
            CHECK_INTACT, "the signature value does not verify with the certificate's key"
        )
        return False
    verdict.passed(
        CHECK_INTACT, "the signed bytes match and the ECDSA P-256/SHA-256 signature verifies"
    )
    return True


def _check_signer(
    verdict: Verdict,
    detached: cms.DetachedSignature | None,
    verifies: bool,
    claimed_time: datetime | None,
    trusted: set[str],
) -> None:
    if detached is None:
        verdict.failed(CHECK_TRUSTED, "the signer's certificate cannot be read")
        return
    der = detached.certificate
    try:
        subject = certificate_subject(der)
        public = certificate_public_key(der)
        check_report_certificate(der)
        not_before, not_after = certificate_validity(der)
        issued = "" if is_self_issued(der) else f"; issued by {certificate_issuer(der)}"
    except InvalidInput as exc:
        verdict.failed(CHECK_TRUSTED, msg("the signer's certificate is not a report signer's: "
                                          "{exc}", exc=exc))
        return
    except Exception as exc:
        verdict.failed(CHECK_TRUSTED, msg("the signer's certificate cannot be read ({why})",
                                          why=why(exc)))
        return
    who = f"{subject}, keyid {public.keyid[:16]}…"
    if public.keyid not in trusted:
        verdict.failed(
            CHECK_TRUSTED,
            msg("the signer ({who}) is not a report signer in the trust policy", who=who),
        )
        return
    if not verifies:
        verdict.failed(
            CHECK_TRUSTED,
            msg("the signer ({who}) is listed, but the signature does not verify, so it vouches "
                "for nothing", who=who),
        )
        return
    moment = claimed_time.astimezone(UTC) if claimed_time else datetime.now(UTC)
    when = f"{moment:%Y-%m-%dT%H:%M:%SZ}" if claimed_time else "now"
    if not not_before <= moment <= not_after:
        verdict.failed(
            CHECK_TRUSTED,
            msg("the signer ({who}) is listed, but its certificate is not valid at the signing "
                "time {when}: it is valid from {not_before:%Y-%m-%dT%H:%M:%SZ} to "
                "{not_after:%Y-%m-%dT%H:%M:%SZ}",
                who=who, when=when, not_before=not_before, not_after=not_after),
        )
        return
    verdict.passed(
        CHECK_TRUSTED,
        msg("signed by {who}, a report signer in the trust policy; certificate valid at the "
            "claimed signing time {when}{issued}", who=who, when=when, issued=issued),
    )


def signer_certificate(data: bytes) -> bytes | None:
    """The DER certificate that the report's one signature carries, read and not trusted:
    to show who signed before any trust policy is chosen (a verifier's first look). None
    when there is not exactly one signature, or its certificate cannot be read."""
    try:
        reader = open_pdf(bytes(data))
        fields = _signatures(reader)
        if len(fields) != 1:
            return None
        sig = _read_signature(reader, *fields[0])
        return cms.read_detached(sig.contents[: _der_length(sig.contents)]).certificate
    except Exception:  # a damaged file: the first look's checks say what is wrong with it
        return None
