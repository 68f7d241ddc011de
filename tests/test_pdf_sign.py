"""A report PDF that proves itself: embedded files plus a PAdES signature, on real PDFs."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from io import BytesIO

import pytest
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pyhanko.keys import load_private_key_from_pemder_data
from pyhanko.pdf_utils import embed, generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.writer import PageObject
from pyhanko.sign import fields, signers
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from app.attest.certs import (
    certificate_public_key,
    check_report_certificate,
    self_signed_certificate,
)
from app.attest.keys import PrivateKey
from app.domain.errors import InvalidInput
from app.reporting.pdf_sign import sign_pdf
from app.reporting.pdf_verify import (
    CHECK_ATTACHMENTS,
    CHECK_COVERAGE,
    CHECK_INTACT,
    CHECK_PRESENT,
    CHECK_TRUSTED,
    CHECKS,
    read_attachments,
    verify_signed_pdf,
)

NOW = datetime(2025, 6, 30, 12, 0, 0, tzinfo=UTC)
PAGE_TEXT = "Tijori proof-of-reserve test report, page {}"

ATTACHMENTS = {
    "attestation.json": b'{"payload":"eyJ0b3RhbCI6IjEyMy40NSJ9","signatures":[]}',
    "policy.json": b'{"payloadType":"application/vnd.tijori.policy.v1+json"}',
    "leaves.jsonl": b"".join(b'{"serial":"AB%05d","fine_ozt":"400.125"}\n' % i for i in range(50)),
    "schedule.csv": b"refiner,serial,fine_ozt\nPAMP,AB00000,400.125\n",
    "proof-AB00007.json": b'{"leaf_index":7,"audit_path":[]}',
}


def make_pdf(pages: int = 2) -> bytes:
    """A small uncompressed reportlab PDF, so a test can find its page text."""
    out = BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, pageCompression=0)
    for number in range(1, pages + 1):
        pdf.drawString(72, 760, PAGE_TEXT.format(number))
        pdf.drawString(72, 740, "Total fine gold: 123.45 ozt; coverage 100.00 %")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def make_cert(key: PrivateKey, name: str = "Vault Report Signer") -> bytes:
    return self_signed_certificate(
        key, name=name, not_before=NOW - timedelta(days=1), not_after=NOW + timedelta(days=730)
    )


def plain_certificate(key: PrivateKey) -> bytes:
    """A P-256 certificate with digitalSignature only (no non-repudiation)."""
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "no nr")])
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key._key.public_key())
        .serial_number(1)
        .not_valid_before(NOW - timedelta(days=1))
        .not_valid_after(NOW + timedelta(days=1))
        .add_extension(
            x509.KeyUsage(True, False, False, False, False, False, False, False, False), True
        )
        .sign(key._key, hashes.SHA256())
        .public_bytes(serialization.Encoding.DER)
    )


@pytest.fixture(scope="module")
def signer():
    key = PrivateKey.generate("ecdsa-p256")
    return key, make_cert(key)


@pytest.fixture(scope="module")
def original() -> bytes:
    return make_pdf()


@pytest.fixture(scope="module")
def signed(signer, original) -> bytes:
    key, cert = signer
    return sign_pdf(
        original,
        attachments=ATTACHMENTS,
        key=key,
        certificate=cert,
        signer_name="Vault Report Signer",
        signing_time=NOW,
    )


def verify(data: bytes, key: PrivateKey):
    return verify_signed_pdf(data, trusted_keyids={key.public_key.keyid})


def check(verdict, name):
    (found,) = [c for c in verdict.checks if c.name == name]
    return found


def assert_all_checks_recorded(verdict) -> None:
    assert [c.name for c in verdict.checks] == list(CHECKS)


# --- the happy path -------------------------------------------------------------------------


def test_signed_report_verifies_and_gives_back_the_attachments(signer, signed):
    key, _ = signer
    verdict, attachments = verify(signed, key)
    assert verdict.ok, verdict.as_json()
    assert_all_checks_recorded(verdict)
    assert attachments == ATTACHMENTS
    assert key.public_key.keyid[:16] in check(verdict, CHECK_TRUSTED).reason
    assert "5 embedded file(s)" in check(verdict, CHECK_ATTACHMENTS).reason


def test_untrusted_keyid_fails_only_the_trust_check(signer, signed):
    other = PrivateKey.generate("ecdsa-p256")
    verdict, attachments = verify_signed_pdf(signed, trusted_keyids={other.public_key.keyid})
    assert not verdict.ok
    assert attachments == ATTACHMENTS  # readable, but the verdict says not to rely on them
    assert [c.name for c in verdict.failures] == [CHECK_TRUSTED]
    assert "not a report signer in the trust policy" in check(verdict, CHECK_TRUSTED).reason
    verdict, _ = verify_signed_pdf(signed, trusted_keyids=set())
    assert [c.name for c in verdict.failures] == [CHECK_TRUSTED]


def test_report_resigned_by_another_key_is_not_trusted(signer, original):
    key, _ = signer
    intruder = PrivateKey.generate("ecdsa-p256")
    forged = sign_pdf(
        original,
        attachments=ATTACHMENTS,
        key=intruder,
        certificate=make_cert(intruder, name="Vault Report Signer"),
        signer_name="Vault Report Signer",
        signing_time=NOW,
    )
    verdict, _ = verify(forged, key)
    assert [c.name for c in verdict.failures] == [CHECK_TRUSTED]
    assert intruder.public_key.keyid[:16] in check(verdict, CHECK_TRUSTED).reason


def test_certificate_is_p256_with_non_repudiation(signer):
    key, cert_der = signer
    cert = x509.load_der_x509_certificate(cert_der)
    public = cert.public_key()
    assert isinstance(public, ec.EllipticCurvePublicKey)
    assert isinstance(public.curve, ec.SECP256R1)
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage)
    assert usage.critical
    assert usage.value.content_commitment and usage.value.digital_signature
    assert not usage.value.key_cert_sign and not usage.value.key_encipherment
    basic = cert.extensions.get_extension_for_class(x509.BasicConstraints)
    assert basic.critical and basic.value.ca is False
    assert cert.subject == cert.issuer
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == (
        "Vault Report Signer"
    )
    assert cert.signature_hash_algorithm.name == "sha256"
    assert certificate_public_key(cert_der).keyid == key.public_key.keyid
    check_report_certificate(cert_der)


def test_pyhanko_sees_a_pades_ecdsa_sha256_certification_signature(signer, signed):
    _, cert_der = signer
    reader = PdfFileReader(BytesIO(signed))
    (sig,) = reader.embedded_signatures
    assert sig.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"
    assert sig.signer_info["signature_algorithm"]["algorithm"].native == "sha256_ecdsa"
    assert sig.signer_info["digest_algorithm"]["algorithm"].native == "sha256"
    assert sig.self_reported_timestamp == NOW
    assert sig.docmdp_level is not None and sig.docmdp_level.name == "NO_CHANGES"
    root = asn1_x509.Certificate.load(cert_der)
    context = ValidationContext(trust_roots=[root], allow_fetching=False, moment=NOW)
    status = validate_pdf_signature(sig, signer_validation_context=context)
    assert status.bottom_line
    assert status.coverage.name == "ENTIRE_FILE"
    # embedding and signing are one revision on top of the original
    assert reader.xrefs.total_revisions == 2 and sig.signed_revision == 1
    names = reader.root["/Names"]["/EmbeddedFiles"]["/Names"]
    assert [str(n) for n in list(names)[::2]] == sorted(ATTACHMENTS)
    spec = names[1].get_object()
    assert spec["/EF"]["/F"].get_object()["/Subtype"] == "/application/json"
    assert "Desc" in "".join(spec.keys())


def test_signed_range_is_the_whole_file_but_the_signature_value(signed):
    reader = PdfFileReader(BytesIO(signed))
    (sig,) = reader.embedded_signatures
    start, first, second, rest = (int(x) for x in sig.byte_range)
    assert start == 0 and second + rest == len(signed)
    assert re.fullmatch(rb"<[0-9a-fA-F]+>", signed[first:second])


@pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler's pdfsig is not installed")
def test_poppler_also_finds_the_signature_valid(signed, tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(signed)
    out = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, timeout=30).stdout
    assert "Signature is Valid" in out
    assert "Total document signed" in out


def test_verified_at_the_claimed_signing_time_so_an_expired_certificate_still_verifies(original):
    key = PrivateKey.generate("ecdsa-p256")
    short = self_signed_certificate(
        key, name="Short", not_before=NOW - timedelta(hours=1), not_after=NOW + timedelta(hours=1)
    )
    assert datetime.now(UTC) > NOW + timedelta(hours=1)  # expired by the time this test runs
    signed = sign(original, key, short)
    verdict, _ = verify(signed, key)
    assert verdict.ok, verdict.as_json()
    assert "2025-06-30T12:00:00Z" in check(verdict, CHECK_TRUSTED).reason


def _sign_with_pyhanko(pdf: bytes, key: PrivateKey, cert_der: bytes, subfilter) -> bytes:
    """Sign the way any pyhanko user would, bypassing sign_pdf's own refusals."""
    cert = asn1_x509.Certificate.load(cert_der)
    simple = signers.SimpleSigner(
        signing_cert=cert,
        signing_key=load_private_key_from_pemder_data(key.private_bytes_pkcs8_der(), None),
        cert_registry=SimpleCertificateStore.from_certs([cert]),
    )
    meta = signers.PdfSignatureMetadata(
        field_name="Sig", md_algorithm="sha256", subfilter=subfilter
    )
    writer = IncrementalPdfFileWriter(BytesIO(pdf))
    stream = embed.EmbeddedFileObject.from_file_data(writer, b"{}")
    embed.embed_file(writer, embed.FileSpec("a.json", file_name="a.json", embedded_data=stream))
    return signers.PdfSigner(meta, simple).sign_pdf(writer).getvalue()


def test_a_non_pades_signature_fails_present(signer, original):
    key, cert = signer
    signed = _sign_with_pyhanko(original, key, cert, fields.SigSeedSubFilter.ADOBE_PKCS7_DETACHED)
    verdict, attachments = verify(signed, key)
    assert not check(verdict, CHECK_PRESENT).passed and attachments == {}
    assert "not a PAdES signature" in check(verdict, CHECK_PRESENT).reason


def test_a_certificate_without_non_repudiation_is_not_trusted(signer, original):
    key, _ = signer
    signed = _sign_with_pyhanko(
        original, key, plain_certificate(key), fields.SigSeedSubFilter.PADES
    )
    verdict, attachments = verify(signed, key)
    assert [c.name for c in verdict.failures] == [CHECK_TRUSTED]
    assert "non-repudiation" in check(verdict, CHECK_TRUSTED).reason
    assert attachments == {"a.json": b"{}"}


# --- tampering ------------------------------------------------------------------------------


def test_a_byte_changed_in_a_page_fails_intact(signer, signed):
    key, _ = signer
    needle = PAGE_TEXT.format(2).encode()
    at = signed.index(needle) + needle.rindex(b"2")
    tampered = signed[:at] + b"3" + signed[at + 1 :]
    verdict, _ = verify(tampered, key)
    assert not verdict.ok
    assert_all_checks_recorded(verdict)
    assert not check(verdict, CHECK_INTACT).passed
    assert "changed after signing" in check(verdict, CHECK_INTACT).reason
    assert check(verdict, CHECK_PRESENT).passed
    assert check(verdict, CHECK_COVERAGE).passed  # same length, nothing appended


def _append_update(signed: bytes, change) -> bytes:
    writer = IncrementalPdfFileWriter(BytesIO(signed))
    change(writer)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_page_added_by_a_later_update_fails_coverage(signer, signed):
    key, _ = signer

    def add_page(writer):
        content = generic.StreamObject(stream_data=b"BT /F1 12 Tf 72 700 Td (extra) Tj ET")
        writer.insert_page(PageObject(writer.add_object(content), (0, 0, 595, 842)))

    tampered = _append_update(signed, add_page)
    assert PdfFileReader(BytesIO(tampered)).root["/Pages"]["/Count"] == 3
    verdict, attachments = verify(tampered, key)
    assert not verdict.ok
    assert [c.name for c in verdict.failures] == [CHECK_COVERAGE]
    assert "incremental update" in check(verdict, CHECK_COVERAGE).reason
    assert "pages 2 -> 3" in check(verdict, CHECK_COVERAGE).reason
    assert attachments == ATTACHMENTS  # read from the signed revision, not the update


def test_an_attachment_swapped_by_a_later_update_fails_coverage(signer, signed):
    key, _ = signer

    def swap(writer):
        names = writer.root["/Names"]["/EmbeddedFiles"]["/Names"]
        index = [str(n) for n in list(names)[::2]].index("leaves.jsonl") * 2
        stream = embed.EmbeddedFileObject.from_file_data(writer, b'{"serial":"FAKE"}\n')
        spec = embed.FileSpec("leaves.jsonl", file_name="leaves.jsonl", embedded_data=stream)
        names[index + 1] = writer.add_object(spec.as_pdf_object())
        writer.update_container(names)

    tampered = _append_update(signed, swap)
    # the latest revision does show the swapped file ...
    latest = read_attachments(PdfFileReader(BytesIO(tampered)).root)
    assert latest["leaves.jsonl"] == b'{"serial":"FAKE"}\n'
    # ... and the verifier refuses it, returning only what was signed
    verdict, attachments = verify(tampered, key)
    assert [c.name for c in verdict.failures] == [CHECK_COVERAGE]
    assert "changed after signing" in check(verdict, CHECK_COVERAGE).reason
    assert "embedded files changed: leaves.jsonl" in check(verdict, CHECK_COVERAGE).reason
    assert attachments["leaves.jsonl"] == ATTACHMENTS["leaves.jsonl"]


def _with_cms(signed: bytes, change) -> bytes:
    """The signed file with its CMS changed by `change`, in place (same length)."""
    from asn1crypto import cms as asn1_cms

    reader = PdfFileReader(BytesIO(signed))
    (sig,) = reader.embedded_signatures
    _, first, second, _ = (int(x) for x in sig.byte_range)
    info = asn1_cms.ContentInfo.load(sig.pkcs7_content, strict=False)
    change(info["content"]["signer_infos"][0])
    hexed = info.dump(force=True).hex().encode()
    width = second - first - 2
    assert len(hexed) <= width
    return signed[: first + 1] + hexed.ljust(width, b"0") + signed[second - 1 :]


def test_a_signature_value_by_another_key_fails_intact_and_trust(signer, signed):
    key, _ = signer
    intruder = PrivateKey.generate("ecdsa-p256")

    def re_sign(signer_info):
        signer_info["signature"] = intruder.sign(signer_info["signed_attrs"].untag().dump())

    tampered = _with_cms(signed, re_sign)
    assert len(tampered) == len(signed)
    verdict, _ = verify(tampered, key)
    assert [c.name for c in verdict.failures] == [CHECK_INTACT, CHECK_TRUSTED]
    assert "does not verify with the certificate's key" in check(verdict, CHECK_INTACT).reason
    assert "vouches for nothing" in check(verdict, CHECK_TRUSTED).reason
    (theirs,) = PdfFileReader(BytesIO(tampered)).embedded_signatures
    context = ValidationContext(trust_roots=[theirs.signer_cert], allow_fetching=False)
    status = validate_pdf_signature(theirs, context, skip_diff=True)
    assert status.intact and not status.valid  # pyHanko's verdict is the same


def test_a_signed_digest_algorithm_other_than_sha256_fails_intact(signer, signed):
    key, _ = signer

    def sha512(signer_info):
        signer_info["digest_algorithm"] = {"algorithm": "sha512"}

    verdict, _ = verify(_with_cms(signed, sha512), key)
    assert not verdict.ok
    assert "not ECDSA with SHA-256" in check(verdict, CHECK_INTACT).reason


def test_an_unreadable_signing_time_fails_trust_instead_of_meaning_now(signer, signed):
    key, _ = signer
    stamp = re.search(rb"/M \(D\\072(\d{4})", signed)  # pyHanko writes the colon as \072
    at = stamp.start(1) + 2
    tampered = signed[:at] + b"X" + signed[at + 1 :]
    verdict, _ = verify(tampered, key)
    assert not check(verdict, CHECK_INTACT).passed
    assert "signing time cannot be read" in check(verdict, CHECK_TRUSTED).reason


def test_signature_padding_changed_fails_coverage(signer, signed):
    key, _ = signer
    reader = PdfFileReader(BytesIO(signed))
    (sig,) = reader.embedded_signatures
    _, _, second, _ = (int(x) for x in sig.byte_range)
    at = second - 3  # inside the zero padding after the CMS
    assert signed[at : at + 1] == b"0"
    tampered = signed[:at] + b"7" + signed[at + 1 :]
    verdict, _ = verify(tampered, key)
    assert not check(verdict, CHECK_COVERAGE).passed
    assert "other than zeros" in check(verdict, CHECK_COVERAGE).reason


def test_unsigned_original_fails_present(signer, original):
    key, _ = signer
    verdict, attachments = verify(original, key)
    assert not verdict.ok and attachments == {}
    assert_all_checks_recorded(verdict)
    assert not check(verdict, CHECK_PRESENT).passed
    assert "no signature" in check(verdict, CHECK_PRESENT).reason


def test_attachments_without_signature_fail_present(signer, original):
    key, _ = signer
    writer = IncrementalPdfFileWriter(BytesIO(original))
    stream = embed.EmbeddedFileObject.from_file_data(writer, ATTACHMENTS["attestation.json"])
    embed.embed_file(writer, embed.FileSpec("attestation.json", embedded_data=stream))
    out = BytesIO()
    writer.write(out)
    verdict, attachments = verify(out.getvalue(), key)
    assert not check(verdict, CHECK_PRESENT).passed and attachments == {}


def test_signature_stripped_by_a_later_update_fails_present(signer, signed):
    key, _ = signer

    def strip(writer):
        form = writer.root["/AcroForm"]
        form["/Fields"] = generic.ArrayObject()
        writer.update_container(form)
        del writer.root["/Perms"]
        writer.update_root()

    stripped = _append_update(signed, strip)
    verdict, attachments = verify(stripped, key)
    assert not verdict.ok and attachments == {}
    assert "stripped" in check(verdict, CHECK_PRESENT).reason


def test_a_form_field_tree_with_a_loop_fails_present_cleanly(signer, signed):
    key, _ = signer

    def loop(writer):
        (ref,) = writer.root["/AcroForm"]["/Fields"]
        field = ref.get_object()
        field["/Kids"] = generic.ArrayObject([ref])
        writer.update_container(field)

    verdict, attachments = verify(_append_update(signed, loop), key)
    assert not verdict.ok and attachments == {}
    assert_all_checks_recorded(verdict)
    assert "loop" in check(verdict, CHECK_PRESENT).reason


@pytest.mark.parametrize("cut", [1, 40, 0.5, 0.05])
def test_truncated_file_fails_cleanly(signer, signed, cut):
    key, _ = signer
    keep = len(signed) - cut if isinstance(cut, int) else int(len(signed) * cut)
    verdict, _ = verify(signed[:keep], key)
    assert not verdict.ok
    assert_all_checks_recorded(verdict)
    assert all(c.reason for c in verdict.failures)
    if cut == 1:  # still readable: the signature no longer matches and is cut short
        assert not check(verdict, CHECK_INTACT).passed
        assert "cut short" in check(verdict, CHECK_COVERAGE).reason
    else:
        assert not check(verdict, CHECK_PRESENT).passed


@pytest.mark.parametrize(
    "data",
    [b"", b"not a pdf at all", b"%PDF-1.7\n" + bytes(range(256)) * 8, "text, not bytes"],
)
def test_garbage_fails_cleanly(signer, data):
    key, _ = signer
    verdict, attachments = verify(data, key)
    assert not verdict.ok and attachments == {}
    assert_all_checks_recorded(verdict)
    assert not check(verdict, CHECK_PRESENT).passed


# --- refusals when signing ------------------------------------------------------------------


def sign(pdf: bytes, key: PrivateKey, cert: bytes, **overrides) -> bytes:
    arguments = {"attachments": ATTACHMENTS, "signer_name": "x", "signing_time": NOW}
    arguments.update(overrides)
    return sign_pdf(pdf, key=key, certificate=cert, **arguments)


def test_ed25519_key_is_refused_for_certificates():
    key = PrivateKey.generate("ed25519")
    with pytest.raises(InvalidInput, match="needs an ecdsa-p256 key, not ed25519"):
        make_cert(key)


def test_certificate_without_non_repudiation_is_refused(signer, original):
    key, _ = signer
    plain = plain_certificate(key)
    with pytest.raises(InvalidInput, match="non-repudiation"):
        check_report_certificate(plain)
    with pytest.raises(InvalidInput, match="non-repudiation"):
        sign(original, key, plain)


def test_signing_refuses_mismatched_key_bad_time_and_bad_names(signer, original):
    key, cert = signer
    other = PrivateKey.generate("ecdsa-p256")
    with pytest.raises(InvalidInput, match="certificate is for key"):
        sign(original, other, cert)
    with pytest.raises(InvalidInput, match="outside the certificate's validity"):
        sign(original, key, cert, signing_time=NOW + timedelta(days=3650))
    for bad in ("../etc/passwd", "a//b.json", "/abs.json", "x\\y.json", "con:1", " a.json"):
        with pytest.raises(InvalidInput, match="attachment name"):
            sign(original, key, cert, attachments={bad: b"1"})
    with pytest.raises(InvalidInput, match="needs a name"):
        sign(original, key, cert, attachments={"": b"1"})
    with pytest.raises(InvalidInput, match="at least one attachment"):
        sign(original, key, cert, attachments={})


def test_signing_refuses_a_signed_or_broken_pdf(signer, signed):
    key, cert = signer
    with pytest.raises(InvalidInput, match="already"):
        sign(signed, key, cert)
    with pytest.raises(InvalidInput, match="cannot be read"):
        sign(b"garbage", key, cert)
