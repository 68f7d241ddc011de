"""DSSE envelopes: the specification's example, real signatures, strict parsing, tampering."""

from __future__ import annotations

import base64
import json

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from cryptography.hazmat.primitives.asymmetric.utils import (
    decode_dss_signature,
    encode_dss_signature,
)

from app.attest import canonical
from app.attest.dsse import Envelope, Signature, b64decode_any, pae
from app.attest.keys import ALGORITHMS, PrivateKey, PublicKey
from app.domain.errors import InvalidInput

# The example in secure-systems-lab/dsse protocol.md ("Test Vectors"): ECDSA P-256,
# SHA-256, deterministic RFC 6979 nonces, signature as raw r||s.
SPEC_TYPE = "http://example.com/HelloWorld"
SPEC_BODY = b"hello world"
SPEC_PAE = b"DSSEv1 29 http://example.com/HelloWorld 11 hello world"
SPEC_X = 46950820868899156662930047687818585632848591499744589407958293238635476079160
SPEC_Y = 5640078356564379163099075877009565129882514886557779369047442380624545832820
SPEC_D = 97358161215184420915383655311931858321456579547487070936769975997791359926199
SPEC_ENVELOPE = (
    b'{"payload": "aGVsbG8gd29ybGQ=",\n'
    b' "payloadType": "http://example.com/HelloWorld",\n'
    b' "signatures": [{"sig": "A3JqsQGtVsJ2O2xqrI5IcnXip5GToJ3F+FnZ+O88SjtR6rDAajabZKciJTfUiH'
    b'qJPcIAriEGAHTVeCUjW2JIZA=="}]}'
)

# RFC 8032 section 7.1, TEST 1 key. Ed25519 is deterministic, so these signatures of the
# PAE are fixed; they agree with the Ed25519 vectors published beside the DSSE spec.
RFC8032_SECRET = bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
IN_TOTO = "application/vnd.in-toto+json"
STATEMENT = b'{"_type":"https://in-toto.io/Statement/v1"}'
STATEMENT_SIG = (
    "2WAfaHm5jluo0w+0rk8uVkluELJYWjSmU9x7EUzx+AyteDGJ4/nqyJXfmAUVFIAoQafWm7AxBZNw5M9ixNHiCA=="
)
URLSAFE_PAYLOAD = "-_-_Pj8="
URLSAFE_SIG = (
    "P-_KHICeR7tI6S_YyejJTRtrXhcQyQ2LYPaL8h90KjC9qN8HU_svOQ6TuDOT1HIrsGW886DbWNWcCmX5twLrAw=="
)


def spec_public_key() -> PublicKey:
    numbers = ec.EllipticCurvePublicNumbers(SPEC_X, SPEC_Y, ec.SECP256R1())
    der = numbers.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return PublicKey("ecdsa-p256", der)


def spec_private_key() -> PrivateKey:
    return PrivateKey(ec.derive_private_key(SPEC_D, ec.SECP256R1()))


def rfc8032_key() -> PrivateKey:
    return PrivateKey(ed25519.Ed25519PrivateKey.from_private_bytes(RFC8032_SECRET))


@pytest.fixture(params=ALGORITHMS)
def key(request) -> PrivateKey:
    return PrivateKey.generate(request.param)


# --- PAE -------------------------------------------------------------------------------------

def test_pae_of_the_spec_example():
    assert pae(SPEC_TYPE, SPEC_BODY) == SPEC_PAE


def test_pae_lengths_are_utf8_bytes_and_an_empty_body_keeps_its_space():
    expected = b"DSSEv1 29 application/vnd.ex\xc3\xa4mple+json 0 "
    assert pae("application/vnd.exämple+json", b"") == expected
    assert pae("", b"x") == b"DSSEv1 0  1 x"
    assert pae("t", b"\x00 1 \xff") == b"DSSEv1 1 t 5 \x00 1 \xff"
    assert pae("t", bytes(1000)) == b"DSSEv1 1 t 1000 " + bytes(1000)


# --- the specification's ECDSA example -------------------------------------------------------

def test_spec_example_envelope_verifies():
    envelope = Envelope.loads(SPEC_ENVELOPE)
    assert envelope.payload_type == SPEC_TYPE
    assert envelope.payload == SPEC_BODY
    assert envelope.pae() == SPEC_PAE
    (raw,) = envelope.signatures
    assert raw.keyid == ""
    # We use DER ECDSA signatures; the spec's is raw r||s (32 + 32 bytes).
    assert len(raw.sig) == 64
    der = encode_dss_signature(
        int.from_bytes(raw.sig[:32], "big"), int.from_bytes(raw.sig[32:], "big")
    )
    public = spec_public_key()
    assert envelope.verify_signature(Signature("", der), public)
    assert envelope.verify_signature(Signature(public.keyid, der), public)
    assert not envelope.verify_signature(raw, public)  # raw r||s is not DER
    assert not Envelope(SPEC_TYPE, b"hello world!", ()).verify_signature(
        Signature("", der), public
    )


def test_our_signer_reproduces_the_spec_signature():
    """RFC 6979 makes ECDSA deterministic: we produce the spec's (r, s) exactly."""
    private = spec_private_key()
    assert private.public_key == spec_public_key()
    signed = Envelope(SPEC_TYPE, SPEC_BODY).signed_by(private)
    (sig,) = signed.signatures
    r, s = decode_dss_signature(sig.sig)
    expected = json.loads(SPEC_ENVELOPE)["signatures"][0]["sig"]
    assert base64.b64encode(r.to_bytes(32, "big") + s.to_bytes(32, "big")).decode() == expected
    assert sig.keyid == private.public_key.keyid


# --- Ed25519 vectors -------------------------------------------------------------------------

def test_ed25519_signature_of_an_in_toto_statement():
    signed = Envelope(IN_TOTO, STATEMENT).signed_by(rfc8032_key())
    assert base64.b64encode(signed.signatures[0].sig).decode() == STATEMENT_SIG
    assert signed.to_json()["payload"] == (
        "eyJfdHlwZSI6Imh0dHBzOi8vaW4tdG90by5pby9TdGF0ZW1lbnQvdjEifQ=="
    )


def test_url_safe_base64_is_accepted():
    obj = {
        "payload": URLSAFE_PAYLOAD,
        "payloadType": IN_TOTO,
        "signatures": [{"sig": URLSAFE_SIG, "keyid": ""}],
    }
    envelope = Envelope.from_json(obj)
    assert envelope.payload == bytes.fromhex("fbffbf3e3f")
    key = rfc8032_key()
    assert envelope.verify_signature(envelope.signatures[0], key.public_key)
    # Our signer makes the same bytes; with the same keyid it is the same signature.
    assert envelope.signed_by(key).signatures[1].sig == envelope.signatures[0].sig
    obj["signatures"][0]["keyid"] = key.public_key.keyid
    assert Envelope.from_json(obj).signed_by(key) == Envelope.from_json(obj)
    # Written back in standard base64 with padding.
    assert envelope.to_json()["payload"] == "+/+/Pj8="


# --- round trips and the exact payload bytes -------------------------------------------------

def test_sign_verify_round_trip(key):
    payload = b'{"b": 1,  "a": [1,2]}\n'  # not canonical on purpose: kept as given
    envelope = Envelope("application/vnd.tijori.statement+json", payload).signed_by(key)
    data = envelope.dumps()
    assert data == canonical.dumps(json.loads(data))
    again = Envelope.loads(data)
    assert again == envelope
    assert again.payload == payload
    (sig,) = again.signatures
    assert sig.keyid == key.public_key.keyid
    assert again.verify_signature(sig, key.public_key)


def test_to_json_shape():
    envelope = Envelope("t", b"\x00\xff", (Signature("ab", b"\x01\x02"), Signature("", b"\x03")))
    assert envelope.to_json() == {
        "payload": "AP8=",
        "payloadType": "t",
        "signatures": [{"keyid": "ab", "sig": "AQI="}, {"sig": "Aw=="}],
    }
    assert envelope.dumps() == (
        b'{"payload":"AP8=","payloadType":"t","signatures":[{"keyid":"ab","sig":"AQI="},'
        b'{"sig":"Aw=="}]}'
    )


def test_two_signers(key):
    other = PrivateKey.generate("ed25519")
    envelope = Envelope("t", b"statement").signed_by(key).signed_by(other)
    assert [s.keyid for s in envelope.signatures] == [key.public_key.keyid, other.public_key.keyid]
    first, second = envelope.signatures
    assert envelope.verify_signature(first, key.public_key)
    assert envelope.verify_signature(second, other.public_key)
    assert not envelope.verify_signature(first, other.public_key)
    assert not envelope.verify_signature(Signature("", first.sig), other.public_key)


def test_add_ignores_exact_duplicates_only():
    base = Envelope("t", b"p")
    one = base.add(Signature("k", b"s"))
    assert one.add(Signature("k", b"s")) is one
    two = one.add(Signature("k", b"s2"))
    assert len(two.signatures) == 2
    assert len(one.signatures) == 1 and base.signatures == ()  # frozen: never changed
    key = PrivateKey.generate()
    assert base.signed_by(key).signed_by(key) == base.signed_by(key)


def test_signatures_list_becomes_a_tuple():
    envelope = Envelope("t", b"p", [Signature("k", b"s")])
    assert envelope.signatures == (Signature("k", b"s"),)
    assert hash(envelope) == hash(Envelope("t", b"p", (Signature("k", b"s"),)))


# --- tampering -------------------------------------------------------------------------------

def test_tampering_fails(key):
    envelope = Envelope("application/vnd.tijori.statement+json", b'{"root":"ab"}').signed_by(key)
    (sig,) = envelope.signatures
    public = key.public_key
    assert envelope.verify_signature(sig, public)
    payload = Envelope(envelope.payload_type, b'{"root":"ac"}', envelope.signatures)
    assert not payload.verify_signature(sig, public)
    kind = Envelope("application/vnd.tijori.policy+json", envelope.payload, envelope.signatures)
    assert not kind.verify_signature(sig, public)
    flipped = bytearray(sig.sig)
    flipped[-1] ^= 1
    assert not envelope.verify_signature(Signature(sig.keyid, bytes(flipped)), public)
    assert not envelope.verify_signature(Signature(sig.keyid, sig.sig[:-1]), public)
    other_keyid = PrivateKey.generate().public_key.keyid
    assert not envelope.verify_signature(Signature(other_keyid, sig.sig), public)


def test_tampered_json_fails(key):
    envelope = Envelope("t", b"payload").signed_by(key)
    obj = envelope.to_json()
    obj["payload"] = base64.b64encode(b"payloaD").decode()
    tampered = Envelope.from_json(obj)
    assert not tampered.verify_signature(tampered.signatures[0], key.public_key)


@pytest.mark.parametrize("bad", [b"", b"\x00" * 64, b"\x30" * 72, b"\xff" * 4096])
def test_garbage_signatures_never_raise(key, bad):
    envelope = Envelope("t", b"p")
    assert envelope.verify_signature(Signature("", bad), key.public_key) is False


# --- strict parsing --------------------------------------------------------------------------

GOOD = {"payload": "cA==", "payloadType": "t", "signatures": [{"keyid": "k", "sig": "cw=="}]}


def _without(name):
    return {k: v for k, v in GOOD.items() if k != name}


@pytest.mark.parametrize(
    ("obj", "message"),
    [
        ([], "not a JSON object"),
        (_without("payload"), "has no payload"),
        (_without("payloadType"), "has no payloadType"),
        (_without("signatures"), "has no signatures"),
        ({**GOOD, "payloadType": 5}, "payloadType that is not a string"),
        ({**GOOD, "payload": 5}, "payload of envelope is not a base64 string"),
        ({**GOOD, "payload": "c A=="}, "payload of envelope is not valid base64"),
        ({**GOOD, "payload": "cA=x"}, "not valid base64"),
        ({**GOOD, "payload": "c+_A"}, "not valid base64"),  # alphabets mixed
        ({**GOOD, "payload": "cA="}, "not valid base64"),  # padding short
        ({**GOOD, "payload": "cAB=="}, "not valid base64"),  # padding wrong
        ({**GOOD, "payload": "c"}, "not valid base64"),
        ({**GOOD, "signatures": {"sig": "cw=="}}, "signatures that are not a list"),
        ({**GOOD, "signatures": ["cw=="]}, "signature 1 of envelope is not an object"),
        ({**GOOD, "signatures": [{"keyid": "k"}]}, "is not an object with a sig"),
        ({**GOOD, "signatures": [{"sig": "cw==", "keyid": 1}]}, "keyid that is not a string"),
        ({**GOOD, "signatures": [{"sig": ""}]}, "signature 1 of envelope is empty"),
        ({**GOOD, "signatures": [{"sig": "cw=="}, {"sig": "!"}]}, "signature 2 of envelope"),
    ],
)
def test_from_json_is_strict(obj, message):
    with pytest.raises(InvalidInput, match=message):
        Envelope.from_json(obj)


def test_from_json_accepts_unpadded_and_ignores_unknown_members():
    obj = {
        **GOOD,
        "payload": "cGF5bG9hZA",
        "extra": {"x": 1},
        "signatures": [{"sig": "cw", "keyid": "k", "cert": "?"}, {"sig": "cw"}],
    }
    envelope = Envelope.from_json(obj)
    assert envelope.payload == b"payload"
    assert envelope.signatures == (Signature("k", b"s"), Signature("", b"s"))
    assert "extra" not in envelope.to_json()
    assert envelope.to_json()["signatures"] == [{"keyid": "k", "sig": "cw=="}, {"sig": "cw=="}]


def test_empty_payload_and_no_signatures():
    envelope = Envelope.from_json({"payload": "", "payloadType": "t", "signatures": []})
    assert envelope.payload == b""
    assert envelope.signatures == ()
    assert envelope.pae() == b"DSSEv1 1 t 0 "


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\xff", "signed.json is not UTF-8 text"),
        (b"", "signed.json is not valid JSON"),
        (b"{", "signed.json is not valid JSON"),
        (b'{"payload": 1.5}', "signed.json is not valid JSON: JSON number 1.5"),
        (b'{"payload": "", "payload": ""}', "duplicate JSON key 'payload'"),
        (b"[" * 100_000, "signed.json is not valid JSON"),
        (b'"just a string"', "signed.json is not a DSSE envelope"),
    ],
)
def test_loads_errors_name_the_source(data, message):
    with pytest.raises(InvalidInput, match=message):
        Envelope.loads(data, source="signed.json")


def test_constructor_checks_types():
    with pytest.raises(InvalidInput, match="payload must be bytes"):
        Envelope("t", "text")
    with pytest.raises(InvalidInput, match="payload type must be a string"):
        Envelope(b"t", b"p")
    with pytest.raises(InvalidInput, match="Signature objects"):
        Envelope("t", b"p", ({"sig": b"s"},))
    with pytest.raises(InvalidInput, match="signature must be bytes"):
        Signature("k", "s")
    with pytest.raises(InvalidInput, match="only a Signature"):
        Envelope("t", b"p").add(("k", b"s"))


def test_b64decode_any():
    assert b64decode_any("+/+/", "x") == b"\xfb\xff\xbf"
    assert b64decode_any("-_-_", "x") == b"\xfb\xff\xbf"
    assert b64decode_any("YQ", "x") == b64decode_any("YQ==", "x") == b"a"
    assert b64decode_any("", "x") == b""
    with pytest.raises(InvalidInput, match="the thing is not valid base64"):
        b64decode_any("YQ=", "the thing")
