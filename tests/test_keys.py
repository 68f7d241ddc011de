"""Keys: real key pairs, keyids checked independently, PEM and JSON, fingerprint words."""

from __future__ import annotations

import base64
import hashlib

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed448, ed25519, rsa, x25519

from app.attest.keys import (
    ALGORITHMS,
    PrivateKey,
    PublicKey,
    bip39_wordlist,
    format_fingerprint,
    keyid_words,
)
from app.domain.errors import InvalidInput

DER = serialization.Encoding.DER
PEM = serialization.Encoding.PEM
SPKI = serialization.PublicFormat.SubjectPublicKeyInfo

# RFC 8032 section 7.1, TEST 1.
RFC8032_SECRET = bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
RFC8032_PUBLIC = bytes.fromhex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
# RFC 8410 section 4: the SubjectPublicKeyInfo of an Ed25519 key is this prefix + the 32 bytes.
ED25519_SPKI_PREFIX = bytes.fromhex("302a300506032b6570032100")


@pytest.fixture(params=ALGORITHMS)
def key(request) -> PrivateKey:
    return PrivateKey.generate(request.param)


def test_generate_sign_verify(key):
    data = b"1000 oz gold in vault VLT"
    sig = key.sign(data)
    public = key.public_key
    assert public.algorithm == key.algorithm
    assert public.verify(sig, data)
    assert not public.verify(sig, data + b"!")
    assert not PrivateKey.generate(key.algorithm).public_key.verify(sig, data)


def test_signature_formats():
    ed = PrivateKey.generate("ed25519")
    assert len(ed.sign(b"x")) == 64
    ecdsa = PrivateKey.generate("ecdsa-p256")
    sig = ecdsa.sign(b"x")
    assert sig[0] == 0x30  # a DER SEQUENCE (r, s), not raw r||s
    # RFC 6979: the same key and message give the same signature.
    assert ecdsa.sign(b"x") == sig
    assert ecdsa.sign(b"y") != sig


@pytest.mark.parametrize("bad", [b"", b"\x00" * 64, b"\x30\x02\x01", b"\xff" * 200, "text", None])
def test_verify_never_raises_for_bad_signatures(key, bad):
    assert key.public_key.verify(bad, b"data") is False


def test_keyid_is_sha256_of_spki_der(key):
    spki = key._key.public_key().public_bytes(DER, SPKI)
    assert key.public_key.spki_der == spki
    assert key.public_key.keyid == hashlib.sha256(spki).hexdigest()
    assert len(key.public_key.keyid) == 64
    assert key.public_key.keyid == key.public_key.keyid.lower()


def test_keyid_of_a_known_ed25519_key():
    private = PrivateKey(ed25519.Ed25519PrivateKey.from_private_bytes(RFC8032_SECRET))
    spki = ED25519_SPKI_PREFIX + RFC8032_PUBLIC
    assert private.public_key.spki_der == spki
    assert private.public_key.keyid == hashlib.sha256(spki).hexdigest()


def test_pem_round_trip(key):
    public = key.public_key
    pem = public.to_pem()
    assert pem.startswith("-----BEGIN PUBLIC KEY-----\n")
    assert pem.endswith("-----END PUBLIC KEY-----\n")
    again = PublicKey.from_pem(pem)
    assert again == public
    assert again.keyid == public.keyid
    assert PublicKey.from_pem(pem.encode("ascii")) == public
    # The PEM body is the SPKI DER, as any other tool reads it.
    loaded = serialization.load_pem_public_key(pem.encode("ascii"))
    assert loaded.public_bytes(DER, SPKI) == public.spki_der


def _pem(public_key) -> bytes:
    return public_key.public_bytes(PEM, SPKI)


@pytest.mark.parametrize(
    "make",
    [
        lambda: _pem(ec.generate_private_key(ec.SECP384R1()).public_key()),
        lambda: _pem(ec.generate_private_key(ec.SECP256K1()).public_key()),
        lambda: _pem(ed448.Ed448PrivateKey.generate().public_key()),
        lambda: _pem(x25519.X25519PrivateKey.generate().public_key()),
        lambda: _pem(rsa.generate_private_key(public_exponent=65537, key_size=1024).public_key()),
    ],
    ids=["p384", "secp256k1", "ed448", "x25519", "rsa"],
)
def test_from_pem_refuses_other_algorithms(make):
    with pytest.raises(InvalidInput, match="unsupported"):
        PublicKey.from_pem(make())


@pytest.mark.parametrize(
    "text",
    [
        "",
        "hello",
        "-----BEGIN PUBLIC KEY-----\nnot base64\n-----END PUBLIC KEY-----\n",
        "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n",
    ],
)
def test_from_pem_refuses_garbage(text):
    with pytest.raises(InvalidInput):
        PublicKey.from_pem(text)


def test_from_pem_refuses_a_private_key(key):
    pem = key._key.private_bytes(
        PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    with pytest.raises(InvalidInput, match="not a PEM public key"):
        PublicKey.from_pem(pem)


def test_one_key_has_one_keyid():
    """A compressed P-256 point is the same key: refused as SPKI, normalised from PEM."""
    raw = ec.generate_private_key(ec.SECP256R1()).public_key()
    uncompressed_spki = raw.public_bytes(DER, SPKI)
    point = raw.public_bytes(
        serialization.Encoding.X962, serialization.PublicFormat.CompressedPoint
    )
    # The same SPKI with the 33-byte compressed point: the header ends in
    # BIT STRING (03), its length (42), no unused bits (00); both lengths shrink by 32.
    header = bytearray(uncompressed_spki[:-65])
    assert header[-3:] == b"\x03\x42\x00"
    header[1] -= 32
    header[-2] -= 32
    compressed_spki = bytes(header) + point
    assert serialization.load_der_public_key(compressed_spki) == raw
    with pytest.raises(InvalidInput, match="standard encoding"):
        PublicKey("ecdsa-p256", compressed_spki)
    pem = (
        b"-----BEGIN PUBLIC KEY-----\n"
        + base64.encodebytes(compressed_spki)
        + b"-----END PUBLIC KEY-----\n"
    )
    assert PublicKey.from_pem(pem).keyid == hashlib.sha256(uncompressed_spki).hexdigest()


def test_constructor_checks_the_algorithm():
    ed = PrivateKey.generate("ed25519").public_key
    with pytest.raises(InvalidInput, match="ed25519, not ecdsa-p256"):
        PublicKey("ecdsa-p256", ed.spki_der)
    with pytest.raises(InvalidInput, match="unsupported key algorithm"):
        PublicKey("rsa", ed.spki_der)
    with pytest.raises(InvalidInput, match="not a valid SubjectPublicKeyInfo"):
        PublicKey("ed25519", ed.spki_der[:-1])


def test_public_keys_pickle_and_hash(key):
    import pickle

    public = key.public_key
    assert pickle.loads(pickle.dumps(public)) == public
    assert len({public, PublicKey(public.algorithm, public.spki_der)}) == 1


def test_json_round_trip(key):
    public = key.public_key
    obj = public.as_json()
    assert obj == {
        "keyid": hashlib.sha256(public.spki_der).hexdigest(),
        "algorithm": key.algorithm,
        "public_key": base64.b64encode(public.spki_der).decode(),
    }
    assert PublicKey.from_json(obj) == public


def test_from_json_refuses_a_keyid_that_is_not_the_keys(key):
    obj = key.public_key.as_json()
    obj["keyid"] = PrivateKey.generate().public_key.keyid
    with pytest.raises(InvalidInput, match="does not match its public key"):
        PublicKey.from_json(obj)


@pytest.mark.parametrize(
    "change",
    [
        {"public_key": "not base64!"},
        {"public_key": None},
        {"algorithm": "rsa"},
        {"keyid": 7},
    ],
)
def test_from_json_refuses_bad_members(key, change):
    obj = {**key.public_key.as_json(), **change}
    with pytest.raises(InvalidInput):
        PublicKey.from_json(obj)
    with pytest.raises(InvalidInput):
        PublicKey.from_json([obj])


def test_pkcs8_round_trip(key):
    der = key.private_bytes_pkcs8_der()
    again = PrivateKey.from_pkcs8_der(der)
    assert again.algorithm == key.algorithm
    assert again.public_key == key.public_key
    assert key.public_key.verify(again.sign(b"m"), b"m")
    # Unencrypted PKCS#8, readable by any tool.
    assert serialization.load_der_private_key(der, password=None) is not None


def test_from_pkcs8_refuses_garbage_and_other_algorithms():
    with pytest.raises(InvalidInput, match="PKCS#8"):
        PrivateKey.from_pkcs8_der(b"\x30\x03\x02\x01\x00")
    p384 = ec.generate_private_key(ec.SECP384R1()).private_bytes(
        DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    with pytest.raises(InvalidInput, match="curve"):
        PrivateKey.from_pkcs8_der(p384)


def test_generate_refuses_unknown_algorithm():
    with pytest.raises(InvalidInput, match="unsupported key algorithm") as info:
        PrivateKey.generate("rsa-2048")
    assert info.value.field == "algorithm"


def test_repr_shows_no_secret():
    key = PrivateKey(ed25519.Ed25519PrivateKey.from_private_bytes(RFC8032_SECRET))
    text = repr(key)
    assert key.public_key.keyid in text
    assert RFC8032_SECRET.hex() not in text
    assert RFC8032_SECRET.hex()[:16] not in text


# --- fingerprint words -----------------------------------------------------------------------

def test_the_word_list_is_bip39_english():
    words = bip39_wordlist()
    assert len(words) == 2048 == len(set(words))
    assert (words[0], words[1], words[2047]) == ("abandon", "ability", "zoo")
    # SHA-256 of the BIP-39 english.txt file (one word per line).
    text = "\n".join(words) + "\n"
    assert hashlib.sha256(text.encode()).hexdigest() == (
        "2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda"
    )


def _words_by_bit_string(keyid: str) -> list[str]:
    """The documented mapping, done differently: a string of bits cut into 11s."""
    bits = "".join(f"{int(c, 16):04b}" for c in keyid)[:88]
    return [bip39_wordlist()[int(bits[i : i + 11], 2)] for i in range(0, 88, 11)]


def test_fingerprint_words(key):
    public = key.public_key
    words = public.fingerprint_words()
    assert len(words) == 8
    assert all(w in bip39_wordlist() for w in words)
    assert words == public.fingerprint_words() == keyid_words(public.keyid)
    assert words == _words_by_bit_string(public.keyid)


def test_fingerprint_word_mapping_at_the_edges():
    assert keyid_words("0" * 64) == ["abandon"] * 8
    assert keyid_words("f" * 64) == ["zoo"] * 8
    # Indices 1..8 packed as 11-bit big-endian fields into the first 88 bits.
    number = 0
    for index in range(1, 9):
        number = (number << 11) | index
    keyid = f"{number:022x}" + "f" * 42
    assert keyid_words(keyid) == list(bip39_wordlist()[1:9])
    # Only the first 88 bits count.
    assert keyid_words(keyid[:22] + "0" * 42) == keyid_words(keyid)
    # The 88th bit counts: it is the lowest bit of word 8.
    flipped = f"{number ^ 1:022x}" + "f" * 42
    assert keyid_words(flipped)[7] == bip39_wordlist()[8 ^ 1]


def test_known_key_words_and_format():
    spki = ED25519_SPKI_PREFIX + RFC8032_PUBLIC
    keyid = hashlib.sha256(spki).hexdigest()
    words = _words_by_bit_string(keyid)
    assert keyid_words(keyid) == words
    text = format_fingerprint(keyid)
    assert text.replace(" ", "") == keyid
    assert text.split(" ") == [keyid[i : i + 4] for i in range(0, 64, 4)]
    assert len(text) == 64 + 15


@pytest.mark.parametrize("bad", ["", "abc", "A" * 64, "g" * 64, "0" * 63, 5])
def test_fingerprint_refuses_non_keyids(bad):
    with pytest.raises(InvalidInput, match="not a keyid"):
        format_fingerprint(bad)
    with pytest.raises(InvalidInput):
        keyid_words(bad)
