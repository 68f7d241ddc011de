"""A report PDF that proves itself: embedded files plus one PAdES signature.

Signing (`sign_pdf`) takes the report PDF as drawn, adds every attachment as an
embedded file (the document's ``/Names /EmbeddedFiles`` name tree, each with
its MIME type, size, description and date) and signs, in ONE incremental
update, so the signature covers the attachments. The signature is PAdES
baseline B-B: ``/SubFilter /ETSI.CAdES.detached``, SHA-256, ECDSA P-256
(deterministic, RFC 6979), with the signer's self-signed certificate
(`app.attest.certs`) inside the CMS. It is a certification signature with DocMDP
"no changes allowed", so PDF readers too flag any later change. The signed byte
range is the whole file except the hex string holding the signature value.

Verifying (`verify_signed_pdf`) records five checks, each with its reason, and
fails closed (a damaged file is a failed check, never a traceback):

- ``pdf signature present``: exactly one signature, a PAdES one.
- ``pdf signature intact``: the bytes signed hash to the signed digest and the
  ECDSA/SHA-256 signature verifies with the certificate's key.
- ``pdf signature covers the whole file``: nothing was appended after the
  signature (no incremental update), and the only unsigned bytes are the
  signature value itself.
- ``pdf signer trusted``: the certificate's keyid (SHA-256 of its SPKI) is one
  the caller trusts (taken from the trust policy's ``report-signer`` role), the
  key is P-256 with the non-repudiation usage, and the certificate was valid at
  the signing time the signature claims. No certificate store is consulted and
  nothing is fetched: the certificate is its own, only, trust root.
- ``pdf attachments``: the embedded files of the signed revision, by name.

By hand, with standard tools (poppler, openssl; pyhanko-cli optional):

- ``pdfsig report.pdf``: "Signature is Valid", "Total document signed";
  ``pdfsig -dump report.pdf`` writes the CMS to ``report.pdf.sig0``.
- the keyid to compare with the policy: ``openssl pkcs7 -inform DER -in
  report.pdf.sig0 -print_certs -out signer.pem``, then ``openssl x509 -in
  signer.pem -pubkey -noout | openssl pkey -pubin -outform DER | sha256sum``.
- ``pyhanko sign validate --trust signer.pem --trust-replace --validation-time
  claimed --pretty-print report.pdf`` (summary ``INTACT:TRUSTED,UNTOUCHED``).
- ``pdfdetach -list report.pdf``; ``pdfdetach -savefile leaves.jsonl report.pdf``
  or ``pdfdetach -saveall report.pdf``; or
  ``qpdf --list-attachments report.pdf``, ``qpdf --show-attachment=leaves.jsonl report.pdf``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from io import BytesIO
from typing import Any

from asn1crypto import algos as asn1_algos
from asn1crypto import parser as asn1_parser
from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils import embed, generic
from pyhanko.pdf_utils.decode_limits import DecodeLimits, DocumentDecodeBudget, StreamDecodeLimits
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore

from app.attest.certs import (
    certificate_public_key,
    certificate_subject,
    certificate_validity,
    check_report_certificate,
)
from app.attest.keys import PrivateKey
from app.attest.verdict import Verdict
from app.domain.errors import InvalidInput

# Attachment names the lead uses; `sign_pdf` takes any names that pass `check_attachment_name`.
ATTACHMENT_NAMES = {
    "envelope": "attestation.json",
    "policy": "policy.json",
    "leaves": "leaves.jsonl",
    "schedule": "schedule.csv",
}
PROOF_NAME = "proof-{holding}.json"

FIELD_NAME = "TijoriReportSignature"
DEFAULT_REASON = "Tijori proof-of-reserve report"

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
_DECODE_LIMITS = DecodeLimits(
    per_stream=StreamDecodeLimits(max_output_size=MAX_DECODED_STREAM),
    document_budget=DocumentDecodeBudget(base_allowance=2 * MAX_DECODED_STREAM),
)
_MAX_NAME_TREE_DEPTH = 16

# pyhanko logs warnings (some with tracebacks) about damaged files; the verdict
# carries the reasons, so keep them off stderr unless the application logs them.
for _logger in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_logger).addHandler(logging.NullHandler())

_MIME_TYPES = {
    ".json": "application/json",
    ".jsonl": "application/jsonl",
    ".csv": "text/csv",
    ".txt": "text/plain",
    ".pem": "application/x-pem-file",
    ".cer": "application/pkix-cert",
    ".der": "application/pkix-cert",
}
_DESCRIPTIONS = {
    "attestation.json": "Signed attestation envelope (DSSE, canonical JSON)",
    "policy.json": "Trust policy the attestation was signed under (DSSE envelope)",
    "leaves.jsonl": "Merkle tree leaves, one canonical-JSON record per line",
    "schedule.csv": "Schedule of holdings",
}
_NAME_CHAR = re.compile(r"[A-Za-z0-9 ._+=,;@~#%&'()\[\]{}!$^-]+")


def check_attachment_name(name: Any) -> str:
    """An attachment name: printable ASCII path segments split by ``/``.

    No segment may be empty, ``.`` or ``..``.
    Characters that file systems refuse (``\\ : * ? " < > |``) are not allowed,
    so that ``pdfdetach -saveall`` can write every attachment out.
    """
    if not isinstance(name, str) or not name:
        raise InvalidInput("an attachment needs a name", "attachments")
    if len(name) > 200:
        raise InvalidInput(f"attachment name {name[:40]!r}... is too long", "attachments")
    for segment in name.split("/"):
        if segment in ("", ".", "..") or not _NAME_CHAR.fullmatch(segment):
            raise InvalidInput(
                f"attachment name {name!r} is not a plain relative path of letters, digits "
                "and punctuation",
                "attachments",
            )
        if segment != segment.strip():
            raise InvalidInput(f"attachment name {name!r} has spaces around a part", "attachments")
    return name


def mime_type_of(name: str) -> str:
    """The MIME type recorded for an attachment, from its extension."""
    base = name.rsplit("/", 1)[-1]
    dot = base.rfind(".")
    if dot <= 0:
        return "application/octet-stream"
    return _MIME_TYPES.get(base[dot:].lower(), "application/octet-stream")


def description_of(name: str) -> str:
    if name in _DESCRIPTIONS:
        return _DESCRIPTIONS[name]
    if name.startswith("proof-") and name.endswith(".json"):
        return f"Merkle inclusion proof for holding {name[len('proof-') : -len('.json')]}"
    return f"Tijori report attachment {name}"


# ---------------------------------------------------------------------------
# signing


class _TijoriSigner(signers.Signer):
    """A pyhanko signer whose signatures come from our `PrivateKey` (ECDSA P-256, RFC 6979).

    Used instead of pyhanko's SimpleSigner, which would need the key exported as
    PKCS#8 and signs with random nonces.

    The private key never leaves the `PrivateKey` object; pyhanko only hands us
    the DER signed attributes to sign.
    """

    def __init__(self, key: PrivateKey, certificate: asn1_x509.Certificate) -> None:
        super().__init__(
            signing_cert=certificate,
            cert_registry=SimpleCertificateStore.from_certs([certificate]),
            signature_mechanism=asn1_algos.SignedDigestAlgorithm({"algorithm": "sha256_ecdsa"}),
            embed_roots=True,
        )
        self._tijori_key = key

    async def async_sign_raw(self, data: bytes, digest_algorithm: str, dry_run: bool = False):
        if digest_algorithm.lower() != "sha256":  # pragma: no cover - we ask for SHA-256
            raise InvalidInput(f"report signatures use SHA-256, not {digest_algorithm}")
        # A dry run only sizes the placeholder; a real signature is the right size.
        return self._tijori_key.sign(data)


class _PdfSigner(signers.PdfSigner):
    """`PdfSigner` with a signing time chosen by the caller (pyhanko takes the clock's)."""

    def __init__(
        self, meta: signers.PdfSignatureMetadata, signer: signers.Signer, signing_time: datetime
    ) -> None:
        super().__init__(meta, signer)
        self._signing_time = signing_time

    def init_signing_session(self, pdf_out, existing_fields_only=False):
        session = super().init_signing_session(pdf_out, existing_fields_only=existing_fields_only)
        session.system_time = self._signing_time
        return session


def _as_bytes(data: Any, what: str) -> bytes:
    if isinstance(data, bytes | bytearray | memoryview):
        return bytes(data)
    raise InvalidInput(f"{what} must be bytes")


def sign_pdf(
    pdf: bytes,
    *,
    attachments: Mapping[str, bytes],
    key: PrivateKey,
    certificate: bytes,
    signer_name: str,
    reason: str = DEFAULT_REASON,
    signing_time: datetime | None = None,
) -> bytes:
    """Embed `attachments` in `pdf` and sign the whole, in one incremental update.

    `key` must be the ``ecdsa-p256`` key of `certificate` (DER, see
    `app.attest.certs.self_signed_certificate`), and `signing_time` (default:
    now, UTC, whole seconds) must lie within the certificate's validity. The
    result is checked with `verify_signed_pdf` before it is returned.
    """
    pdf = _as_bytes(pdf, "the report PDF")
    certificate = _as_bytes(certificate, "the certificate")
    if not isinstance(key, PrivateKey):
        raise InvalidInput("the report must be signed with a Tijori private key", "key")
    if not isinstance(attachments, Mapping) or not attachments:
        raise InvalidInput("a signed report needs at least one attachment", "attachments")
    files = {
        check_attachment_name(n): _as_bytes(d, f"attachment {n}") for n, d in attachments.items()
    }
    if not isinstance(signer_name, str) or not signer_name.strip():
        raise InvalidInput("the signature needs a signer name", "signer_name")
    if not isinstance(reason, str):
        raise InvalidInput("the signing reason must be text", "reason")

    check_report_certificate(certificate)
    cert_key = certificate_public_key(certificate)
    if cert_key.keyid != key.public_key.keyid:
        raise InvalidInput(
            f"the certificate is for key {cert_key.keyid[:16]}…, not the signing key "
            f"{key.public_key.keyid[:16]}…",
            "certificate",
        )
    if signing_time is None:
        signing_time = datetime.now(UTC)
    elif not isinstance(signing_time, datetime) or signing_time.tzinfo is None:
        raise InvalidInput("the signing time needs a time zone", "signing_time")
    signing_time = signing_time.astimezone(UTC).replace(microsecond=0)
    not_before, not_after = certificate_validity(certificate)
    if not not_before <= signing_time <= not_after:
        raise InvalidInput(
            f"the signing time {signing_time:%Y-%m-%dT%H:%M:%SZ} is outside the certificate's "
            f"validity ({not_before:%Y-%m-%dT%H:%M:%SZ} to {not_after:%Y-%m-%dT%H:%M:%SZ})",
            "signing_time",
        )

    try:
        writer = IncrementalPdfFileWriter(BytesIO(pdf), strict=True)
        prev = writer.prev
        if prev.encrypted:
            raise InvalidInput("the report PDF is encrypted; sign an unencrypted one")
        if prev.embedded_signatures:
            raise InvalidInput("the report PDF is already signed")
        names = prev.root.get("/Names")
        if names is not None and "/EmbeddedFiles" in names.get_object():
            raise InvalidInput("the report PDF already has embedded files")
    except InvalidInput:
        raise
    except Exception as exc:
        raise InvalidInput(f"the report PDF cannot be read: {_why(exc)}") from None

    # The name tree must be sorted by name; embed_file appends, so embed in order.
    params = embed.EmbeddedFileParams(
        embed_size=True,
        embed_checksum=True,
        creation_date=signing_time,
        modification_date=signing_time,
    )
    for name in sorted(files):
        stream = embed.EmbeddedFileObject.from_file_data(
            writer, data=files[name], compress=True, params=params, mime_type=mime_type_of(name)
        )
        spec = embed.FileSpec(
            file_spec_string=name,
            file_name=name,
            embedded_data=stream,
            description=description_of(name),
        )
        embed.embed_file(writer, spec)

    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason or None,
        name=signer_name.strip(),
        certify=True,
        docmdp_permissions=fields.MDPPerm.NO_CHANGES,
        embed_validation_info=False,
        use_pades_lta=False,
    )
    signer = _TijoriSigner(key, asn1_x509.Certificate.load(certificate))
    output = _PdfSigner(meta, signer, signing_time).sign_pdf(writer)
    signed = output.getvalue()

    verdict, extracted = verify_signed_pdf(
        signed, trusted_keyids={key.public_key.keyid}, source="report just signed"
    )
    if not verdict.ok or extracted != files:  # pragma: no cover - a bug, not a user error
        problems = "; ".join(f"{c.name}: {c.reason}" for c in verdict.failures)
        raise RuntimeError(f"the report just signed does not verify: {problems or 'attachments'}")
    return signed


# ---------------------------------------------------------------------------
# verifying


def _why(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    text = text[:300]
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _fail_rest(verdict: Verdict, reason: str) -> None:
    done = {check.name for check in verdict.checks}
    for name in CHECKS:
        if name not in done:
            verdict.failed(name, f"not checked: {reason}")


def _der_length(content: bytes) -> int:
    """Length of the DER value at the start of `content`."""
    _, _, _, header, body, _ = asn1_parser.parse(content, strict=False)
    return len(header) + len(body)


def _byte_range_problem(data: bytes, sig: Any) -> str | None:
    """None if every byte is signed but the /Contents hex string, which holds just the CMS."""
    byte_range = [int(x) for x in sig.byte_range]
    if len(byte_range) != 4 or byte_range[0] != 0:
        return f"the signed byte range {byte_range} is not the standard form"
    _, first_len, second_start, second_len = byte_range
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
    cms = sig.pkcs7_content
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
    from app.reporting.pdf_text import first_page_text as text_of

    reader = PdfFileReader(BytesIO(data), strict=True, decode_limits=_DECODE_LIMITS)
    return text_of(reader.root)


def _validation_context(cert: asn1_x509.Certificate, moment: datetime | None) -> ValidationContext:
    return ValidationContext(
        trust_roots=[cert],
        other_certs=[],
        moment=moment,
        allow_fetching=False,
        revocation_mode="soft-fail",
    )


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
        reader = PdfFileReader(BytesIO(data), strict=True, decode_limits=_DECODE_LIMITS)
        if reader.encrypted:
            raise ValueError("the PDF is encrypted")
        signatures = list(reader.embedded_signatures)
    except Exception as exc:
        reason = f"the file cannot be read as a PDF ({_why(exc)})"
        verdict.failed(CHECK_PRESENT, reason)
        _fail_rest(verdict, "the file cannot be read as a PDF")
        return verdict, {}
    if not signatures:
        verdict.failed(CHECK_PRESENT, "the PDF carries no signature (unsigned or stripped)")
        _fail_rest(verdict, "no signature")
        return verdict, {}
    if len(signatures) > 1:
        verdict.failed(
            CHECK_PRESENT,
            f"the PDF carries {len(signatures)} signatures; a Tijori report has exactly one",
        )
        _fail_rest(verdict, "more than one signature")
        return verdict, {}
    sig = signatures[0]
    try:
        kind = str(sig.sig_object_type)
        subfilter = str(sig.sig_object.get("/SubFilter"))
    except Exception as exc:
        kind, subfilter = f"unreadable ({_why(exc)})", ""
    if kind != "/Sig" or subfilter != PADES_SUBFILTER:
        verdict.failed(
            CHECK_PRESENT,
            f"the signature is {kind} {subfilter}, not a PAdES signature (/Sig {PADES_SUBFILTER})",
        )
        _fail_rest(verdict, "not a PAdES signature")
        return verdict, {}
    verdict.passed(
        CHECK_PRESENT, f"one PAdES signature ({PADES_SUBFILTER}) in field {sig.field_name!r}"
    )

    # -- intact (and pyhanko's status, reused below)
    status = None
    cert = None
    claimed_time: datetime | None = None
    try:
        cert = sig.signer_cert
        claimed_time = sig.self_reported_timestamp
        status = validate_pdf_signature(
            sig,
            signer_validation_context=_validation_context(cert, claimed_time),
            key_usage_settings=KeyUsageConstraints(key_usage={"non_repudiation"}),
            skip_diff=True,  # any later update fails the coverage check anyway
        )
    except Exception as exc:
        verdict.failed(CHECK_INTACT, f"the signature cannot be checked ({_why(exc)})")
    if status is not None:
        mechanism = str(status.pkcs7_signature_mechanism)
        if not status.intact:
            verdict.failed(
                CHECK_INTACT,
                "the signed bytes do not match the digest in the signature: the document was "
                "changed after signing",
            )
        elif not status.valid:
            verdict.failed(
                CHECK_INTACT, "the signature value does not verify with the certificate's key"
            )
        elif status.md_algorithm != "sha256" or mechanism not in ("sha256_ecdsa", "ecdsa"):
            verdict.failed(
                CHECK_INTACT,
                f"the signature uses {mechanism} with {status.md_algorithm}, not ECDSA with "
                "SHA-256",
            )
        else:
            verdict.passed(
                CHECK_INTACT,
                "the signed bytes match and the ECDSA P-256/SHA-256 signature verifies",
            )

    # -- covers the whole file
    try:
        problem = _byte_range_problem(data, sig)
        coverage = sig.coverage or sig.evaluate_signature_coverage()
        if problem is None and coverage != SignatureCoverageLevel.ENTIRE_FILE:
            problem = f"pyhanko rates the coverage {coverage.name}, not ENTIRE_FILE"
        if problem is None:
            verdict.passed(
                CHECK_COVERAGE,
                f"the signature covers all {len(data)} bytes but its own value; no update "
                "follows it",
            )
        else:
            update = _describe_update(reader, sig.signed_revision)
            verdict.failed(
                CHECK_COVERAGE,
                f"the file was changed after signing: {problem}"
                + (f" ({update})" if update else ""),
            )
    except Exception as exc:
        verdict.failed(CHECK_COVERAGE, f"the signature's coverage cannot be checked ({_why(exc)})")

    # -- signer trusted
    _check_signer(verdict, cert, status, claimed_time, trusted)

    # -- attachments, as the signed revision has them
    attachments: dict[str, bytes] = {}
    try:
        root = reader.get_historical_resolver(sig.signed_revision).root
        attachments = read_attachments(root)
    except Exception as exc:
        verdict.failed(CHECK_ATTACHMENTS, f"the embedded files cannot be read ({_why(exc)})")
        return verdict, {}
    if not attachments:
        verdict.failed(CHECK_ATTACHMENTS, "the signed report carries no embedded files")
    else:
        listing = ", ".join(f"{n} ({len(b)} bytes)" for n, b in sorted(attachments.items()))
        verdict.passed(CHECK_ATTACHMENTS, f"{len(attachments)} embedded file(s): {listing}")
    return verdict, attachments


def _check_signer(
    verdict: Verdict, cert: Any, status: Any, claimed_time: datetime | None, trusted: set[str]
) -> None:
    if cert is None:
        verdict.failed(CHECK_TRUSTED, "the signer's certificate cannot be read")
        return
    try:
        der = cert.dump()
        subject = certificate_subject(der)
        public = certificate_public_key(der)
        check_report_certificate(der)
    except InvalidInput as exc:
        verdict.failed(CHECK_TRUSTED, f"the signer's certificate is not a report signer's: {exc}")
        return
    except Exception as exc:
        verdict.failed(CHECK_TRUSTED, f"the signer's certificate cannot be read ({_why(exc)})")
        return
    who = f"{subject}, keyid {public.keyid[:16]}…"
    if public.keyid not in trusted:
        verdict.failed(
            CHECK_TRUSTED,
            f"the signer ({who}) is not a report signer in the trust policy",
        )
        return
    if status is None:
        verdict.failed(
            CHECK_TRUSTED, f"the signer ({who}) is listed, but the signature could not be checked"
        )
        return
    if not (status.intact and status.valid):
        verdict.failed(
            CHECK_TRUSTED,
            f"the signer ({who}) is listed, but the signature does not verify, so it vouches "
            "for nothing",
        )
        return
    when = f"{claimed_time.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}" if claimed_time else "now"
    if not status.trusted:
        problem = status.trust_problem_indic
        detail = f" ({problem.name})" if problem is not None else ""
        verdict.failed(
            CHECK_TRUSTED,
            f"the signer ({who}) is listed, but its certificate does not validate at the signing "
            f"time {when}{detail}: expired, not yet valid, or without non-repudiation",
        )
        return
    verdict.passed(
        CHECK_TRUSTED,
        f"signed by {who}, a report signer in the trust policy; certificate valid at the "
        f"claimed signing time {when}",
    )
