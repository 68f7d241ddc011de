"""Encrypted key files and atomic writes: round trips, every kind of damage, and downgrades."""

from __future__ import annotations

import base64
import json
import os
import stat

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from app.attest import canonical
from app.attest.fileio import write_atomic
from app.attest.keyfile import (
    MIN_ITERATIONS,
    MIN_MEMORY_KIB,
    decrypt_private_key,
    encrypt_private_key,
    read_key_header,
)
from app.attest.keys import ALGORITHMS, PrivateKey
from app.domain.errors import InvalidInput
from tests.attest_helpers import KEY_PASSPHRASE

# The floor, which is also the fastest the format allows: about 0.1 s per derivation.
FAST = {"iterations": MIN_ITERATIONS, "lanes": 1, "memory_kib": MIN_MEMORY_KIB}
PASS = KEY_PASSPHRASE
CREATED = "2026-11-25T09:30:00Z"
SOURCE = "key file alice.key"


def make(key: PrivateKey, passphrase: str = PASS, **kwargs) -> bytes:
    kwargs.setdefault("name", "Alice")
    kwargs.setdefault("created", CREATED)
    kwargs.setdefault("kdf_params", FAST)
    return encrypt_private_key(key, passphrase, **kwargs)


@pytest.fixture(scope="module")
def alice() -> PrivateKey:
    return PrivateKey.generate()


@pytest.fixture(scope="module")
def alice_file(alice) -> bytes:
    return make(alice)


def edit(data: bytes, change) -> bytes:
    """The file with `change(document)` applied, written back canonically."""
    document = json.loads(data)
    change(document)
    return canonical.dumps(document)


# --- round trips -----------------------------------------------------------------------------

@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_round_trip(algorithm):
    key = PrivateKey.generate(algorithm)
    data = make(key)
    again = decrypt_private_key(data, PASS)
    assert again.algorithm == algorithm
    assert again.public_key == key.public_key
    assert key.public_key.verify(again.sign(b"statement"), b"statement")


def test_the_file_is_the_documented_format(alice, alice_file):
    document = json.loads(alice_file)
    assert canonical.dumps(document) == alice_file  # canonical JSON, UTF-8
    assert set(document) == {
        "format", "version", "name", "created", "algorithm", "keyid", "public_key",
        "kdf", "cipher", "ciphertext",
    }
    assert document["format"] == "tijori-private-key"
    assert document["version"] == 1
    assert document["name"] == "Alice"
    assert document["created"] == CREATED
    assert document["algorithm"] == "ed25519"
    assert document["keyid"] == alice.public_key.keyid
    assert base64.b64decode(document["public_key"]) == alice.public_key.spki_der
    assert document["kdf"]["name"] == "argon2id"
    assert len(base64.b64decode(document["kdf"]["salt"])) == 16
    assert {k: document["kdf"][k] for k in FAST} == FAST
    assert document["cipher"]["name"] == "chacha20-poly1305"
    assert len(base64.b64decode(document["cipher"]["nonce"])) == 12
    # No trace of the private key in the clear.
    secret = alice.private_bytes_pkcs8_der()
    assert secret not in alice_file
    assert base64.b64encode(secret) not in alice_file
    assert secret[-32:].hex().encode() not in alice_file


def test_an_independent_reader_can_decrypt_it(alice, alice_file):
    """Decrypt with `cryptography` and the docstring alone, not with keyfile.py."""
    document = json.loads(alice_file)
    kdf = document["kdf"]
    key = Argon2id(
        salt=base64.b64decode(kdf["salt"]),
        length=32,
        iterations=kdf["iterations"],
        lanes=kdf["lanes"],
        memory_cost=kdf["memory_kib"],
    ).derive(PASS.encode("utf-8"))
    header = {k: v for k, v in document.items() if k != "ciphertext"}
    aad = json.dumps(header, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    der = ChaCha20Poly1305(key).decrypt(
        base64.b64decode(document["cipher"]["nonce"]),
        base64.b64decode(document["ciphertext"]),
        aad,
    )
    assert der == alice.private_bytes_pkcs8_der()
    assert serialization.load_der_private_key(der, password=None) is not None


def test_default_kdf_is_64_mib_3_passes_4_lanes(alice):
    data = encrypt_private_key(alice, PASS, name="Alice", created=CREATED)
    assert read_key_header(data)["kdf"] == {
        "name": "argon2id", "iterations": 3, "lanes": 4, "memory_kib": 65536,
    }


def test_salt_and_nonce_are_fresh_each_time(alice, alice_file):
    other = json.loads(make(alice))
    first = json.loads(alice_file)
    assert other["kdf"]["salt"] != first["kdf"]["salt"]
    assert other["cipher"]["nonce"] != first["cipher"]["nonce"]
    assert other["ciphertext"] != first["ciphertext"]


def test_passphrase_is_nfc_normalised(alice):
    composed = "caf\u00e9 cr\u00e8me au lait sur la plage"
    decomposed = "cafe\u0301 cre\u0300me au lait sur la plage"
    data = make(alice, decomposed)
    assert decrypt_private_key(data, composed).public_key == alice.public_key
    assert decrypt_private_key(make(alice, composed), decomposed).public_key == alice.public_key


def test_read_key_header_needs_no_passphrase(alice, alice_file):
    header = read_key_header(alice_file, source=SOURCE)
    assert header["name"] == "Alice"
    assert header["created"] == CREATED
    assert header["algorithm"] == "ed25519"
    assert header["keyid"] == alice.public_key.keyid
    assert header["public_key"] == alice.public_key
    assert "salt" not in header["kdf"]


def test_non_ascii_name_round_trips():
    key = PrivateKey.generate()
    data = make(key, name="Tijori: सोना vault key")
    assert read_key_header(data)["name"] == "Tijori: सोना vault key"
    assert decrypt_private_key(data, PASS).public_key == key.public_key


# --- passphrases -----------------------------------------------------------------------------

def test_wrong_passphrase(alice_file):
    with pytest.raises(InvalidInput) as info:
        decrypt_private_key(alice_file, PASS + "s", source=SOURCE)
    assert str(info.value) == "wrong passphrase for key file alice.key, or the file was altered"
    assert info.value.field == "passphrase"


def test_empty_passphrase_refused(alice, alice_file):
    with pytest.raises(InvalidInput, match="passphrase is empty"):
        decrypt_private_key(alice_file, "")
    with pytest.raises(InvalidInput, match="passphrase is empty"):
        make(alice, "")


@pytest.mark.parametrize(("passphrase", "message"), [
    ("seven77", "the key passphrase is too short (7 characters): use at least 8 characters"),
    ("eight888", "the key passphrase is too easy to guess ("),
    ("password1", "the key passphrase is too easy to guess (a very common password)"),
    ("Alice in the vault", "the key passphrase is too easy to guess (built from words that go "
                           "with it"),
])
def test_a_new_passphrase_must_be_hard_to_guess(alice, passphrase, message):
    """The rule of app.domain.passphrase: long enough, and not guessable (nor the key's name)."""
    with pytest.raises(InvalidInput) as info:
        make(alice, passphrase, name="Alice in the vault")
    assert str(info.value).startswith(message)
    assert info.value.field == "passphrase"


def test_a_key_made_before_the_rule_still_opens(alice):
    """Reading never judges the passphrase: an old key file under a weak one still opens."""
    old = make(alice, PASS)
    document = json.loads(old)
    kdf = document["kdf"]
    weak = "eight888"
    key = Argon2id(salt=base64.b64decode(kdf["salt"]), length=32, iterations=kdf["iterations"],
                   lanes=kdf["lanes"], memory_cost=kdf["memory_kib"]).derive(weak.encode())
    header = {k: v for k, v in document.items() if k != "ciphertext"}
    ciphertext = ChaCha20Poly1305(key).encrypt(
        base64.b64decode(document["cipher"]["nonce"]), alice.private_bytes_pkcs8_der(),
        canonical.dumps(header))
    document["ciphertext"] = base64.b64encode(ciphertext).decode()
    assert decrypt_private_key(canonical.dumps(document), weak).public_key == alice.public_key


# --- every header field is bound -------------------------------------------------------------

def _set(path: tuple[str, ...], value):
    def change(document):
        target = document
        for name in path[:-1]:
            target = target[name]
        target[path[-1]] = value

    return change


def _other_salt(document):
    document["kdf"]["salt"] = base64.b64encode(b"\x01" * 16).decode()


def _other_nonce(document):
    document["cipher"]["nonce"] = base64.b64encode(b"\x02" * 12).decode()


@pytest.mark.parametrize(
    "change",
    [
        _set(("name",), "Mallory"),
        _set(("created",), "2020-01-01T00:00:00Z"),
        _set(("kdf", "iterations"), MIN_ITERATIONS + 1),
        _set(("kdf", "lanes"), 2),
        _set(("kdf", "memory_kib"), MIN_MEMORY_KIB + 1024),
        _other_salt,
        _other_nonce,
    ],
    ids=["name", "created", "iterations", "lanes", "memory", "salt", "nonce"],
)
def test_header_edit_fails_like_a_wrong_passphrase(alice_file, change):
    with pytest.raises(InvalidInput, match=r"wrong passphrase for key file alice.key, or the file"):
        decrypt_private_key(edit(alice_file, change), PASS, source=SOURCE)


def test_substituted_public_key_is_detected(alice_file):
    """Another key's public key and keyid, consistently swapped in: AEAD refuses."""
    mallory = PrivateKey.generate().public_key

    def swap(document):
        document["public_key"] = base64.b64encode(mallory.spki_der).decode()
        document["keyid"] = mallory.keyid

    tampered = edit(alice_file, swap)
    assert read_key_header(tampered)["keyid"] == mallory.keyid  # the header itself is valid
    with pytest.raises(InvalidInput, match=r"wrong passphrase .* or the file was altered"):
        decrypt_private_key(tampered, PASS)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (_set(("format",), "tijori-public-key"), "is not a Tijori key file"),
        (_set(("version",), 2), "version 2, which this Tijori cannot read"),
        (_set(("version",), True), "version True"),
        (_set(("keyid",), "0" * 64), "was altered: its keyid does not match"),
        (_set(("algorithm",), "ecdsa-p256"), "unusable public key: the public key is ed25519"),
        (_set(("public_key",), "AAAA"), "unusable public key"),
        (_set(("kdf", "name"), "scrypt"), "key derivation 'scrypt'"),
        (_set(("cipher", "name"), "aes-256-gcm"), "cipher 'aes-256-gcm'"),
        (_set(("cipher", "nonce"), "AAAA"), "nonce is not 12 bytes"),
        (_set(("kdf", "salt"), "AAAA"), "3-byte salt"),
        (_set(("kdf", "salt"), "%%%%"), "salt is not valid base64"),
        (_set(("created",), "yesterday"), "not an RFC 3339 UTC time"),
        (_set(("created",), "2026-11-25T09:30:00+01:00"), "not an RFC 3339 UTC time"),
        (_set(("created",), "2026-13-25T09:30:00Z"), "not an RFC 3339 UTC time"),
        (_set(("name",), ""), "needs a name"),
        (_set(("extra",), 1), "unknown member 'extra'"),
        (lambda d: d.pop("ciphertext"), "has no ciphertext"),
        (lambda d: d.pop("kdf"), "has no kdf"),
        (lambda d: d["kdf"].pop("salt"), "kdf member is not as version 1 defines it"),
        (lambda d: d["cipher"].update(tag="x"), "cipher member is not as version 1"),
    ],
)
def test_header_damage_is_refused_before_decrypting(alice_file, change, message):
    tampered = edit(alice_file, change)
    with pytest.raises(InvalidInput, match=message):
        read_key_header(tampered, source=SOURCE)
    with pytest.raises(InvalidInput, match=message):
        decrypt_private_key(tampered, PASS, source=SOURCE)


# --- downgrades and denial of service --------------------------------------------------------

@pytest.mark.parametrize(
    ("kdf", "message"),
    [
        ({"memory_kib": 8192}, "below the minimum"),
        ({"memory_kib": MIN_MEMORY_KIB - 1}, "below the minimum"),
        ({"iterations": 1}, "below the minimum"),
        ({"memory_kib": 2 * 1024 * 1024}, "above the limit"),
        ({"iterations": 1000}, "above the limit"),
        ({"lanes": 0}, "lanes"),
        ({"lanes": 64}, "lanes"),
        ({"iterations": True}, "not integers"),
        ({"memory_kib": "65536"}, "not integers"),
    ],
)
def test_downgraded_or_absurd_kdf_is_refused(alice_file, kdf, message):
    tampered = edit(alice_file, lambda d: d["kdf"].update(kdf))
    with pytest.raises(InvalidInput, match=message):
        decrypt_private_key(tampered, PASS, source=SOURCE)
    with pytest.raises(InvalidInput, match=message):
        read_key_header(tampered)


def test_encrypt_refuses_weak_or_unknown_kdf_params(alice):
    with pytest.raises(InvalidInput, match="below the minimum"):
        make(alice, kdf_params={"memory_kib": 4096})
    with pytest.raises(InvalidInput, match="below the minimum"):
        make(alice, kdf_params={"iterations": 1})
    with pytest.raises(InvalidInput, match="unknown Argon2id parameter 'parallelism'"):
        make(alice, kdf_params={"parallelism": 2})


def test_encrypt_checks_name_and_created(alice):
    with pytest.raises(InvalidInput, match="needs a name"):
        make(alice, name=" ")
    with pytest.raises(InvalidInput, match="RFC 3339"):
        make(alice, created="2026-11-25 09:30")
    data = make(alice, created="2026-11-25T09:30:00.123456Z")
    assert read_key_header(data)["created"] == "2026-11-25T09:30:00.123456Z"


# --- damage ----------------------------------------------------------------------------------

def test_truncated_ciphertext(alice_file):
    def cut(document, keep):
        raw = base64.b64decode(document["ciphertext"])
        document["ciphertext"] = base64.b64encode(raw[:keep]).decode()

    with pytest.raises(InvalidInput, match=r"wrong passphrase .* or the file was altered"):
        decrypt_private_key(edit(alice_file, lambda d: cut(d, -1)), PASS)
    with pytest.raises(InvalidInput, match="is truncated"):
        decrypt_private_key(edit(alice_file, lambda d: cut(d, 16)), PASS)


def test_flipped_ciphertext_bit(alice_file):
    def flip(document):
        raw = bytearray(base64.b64decode(document["ciphertext"]))
        raw[5] ^= 1
        document["ciphertext"] = base64.b64encode(bytes(raw)).decode()

    with pytest.raises(InvalidInput, match="or the file was altered"):
        decrypt_private_key(edit(alice_file, flip), PASS)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"not json",
        b"\xff\xfe{}",
        b"[]",
        b'{"format": "tijori-private-key"',
        b'{"format": "tijori-private-key", "format": "x"}',
        b'{"format": "tijori-private-key", "version": 1.0}',
        b"[" * 50_000,
        b"-----BEGIN PRIVATE KEY-----\n",
    ],
    ids=["empty", "text", "utf16", "list", "cut", "duplicate", "float", "deep", "pem"],
)
def test_not_a_key_file(data):
    with pytest.raises(InvalidInput, match=r"key file alice.key is not a Tijori key file"):
        read_key_header(data, source=SOURCE)
    with pytest.raises(InvalidInput, match="is not a Tijori key file"):
        decrypt_private_key(data, PASS, source=SOURCE)


def test_truncated_file(alice_file):
    with pytest.raises(InvalidInput, match="not valid JSON"):
        decrypt_private_key(alice_file[: len(alice_file) // 2], PASS)
    with pytest.raises(InvalidInput, match="not valid JSON"):
        decrypt_private_key(alice_file[:-1], PASS)


def test_a_correctly_encrypted_but_mismatched_key_is_refused(alice, alice_file):
    """Someone with the passphrase seals Bob's key under Alice's header: caught after decrypting."""
    bob = PrivateKey.generate()
    document = json.loads(alice_file)
    kdf = document["kdf"]
    key = Argon2id(
        salt=base64.b64decode(kdf["salt"]), length=32, iterations=kdf["iterations"],
        lanes=kdf["lanes"], memory_cost=kdf["memory_kib"],
    ).derive(PASS.encode())
    header = {k: v for k, v in document.items() if k != "ciphertext"}
    sealed = ChaCha20Poly1305(key).encrypt(
        base64.b64decode(document["cipher"]["nonce"]),
        bob.private_bytes_pkcs8_der(),
        canonical.dumps(header),
    )
    document["ciphertext"] = base64.b64encode(sealed).decode()
    with pytest.raises(InvalidInput, match="was altered: its private key does not match"):
        decrypt_private_key(canonical.dumps(document), PASS, source=SOURCE)


# --- write_atomic ----------------------------------------------------------------------------

def test_write_atomic_mode_and_no_temp_left(tmp_path, alice_file):
    target = tmp_path / "alice.key"
    write_atomic(target, alice_file)
    assert target.read_bytes() == alice_file
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert os.listdir(tmp_path) == ["alice.key"]


def test_write_atomic_never_world_readable_even_with_open_umask(tmp_path):
    old = os.umask(0)
    try:
        write_atomic(tmp_path / "secret", b"s")
        write_atomic(tmp_path / "public.pem", b"p", mode=0o644)
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "secret").stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "public.pem").stat().st_mode) == 0o644


def test_write_atomic_refuses_to_overwrite(tmp_path):
    target = tmp_path / "alice.key"
    target.write_bytes(b"old")
    with pytest.raises(InvalidInput, match=r"alice.key already exists; refusing to overwrite"):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["alice.key"]


def test_write_atomic_refuses_a_dangling_symlink(tmp_path):
    link = tmp_path / "link.key"
    link.symlink_to(tmp_path / "elsewhere")
    with pytest.raises(InvalidInput, match="already exists"):
        write_atomic(link, b"new")
    assert not (tmp_path / "elsewhere").exists()


def test_write_atomic_overwrite(tmp_path):
    target = tmp_path / "report.json"
    target.write_bytes(b"old")
    target.chmod(0o644)
    write_atomic(target, b"new", overwrite=True)
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert os.listdir(tmp_path) == ["report.json"]


def test_write_atomic_accepts_str_paths_and_large_data(tmp_path):
    data = os.urandom(3 * 1024 * 1024)
    write_atomic(str(tmp_path / "big.bin"), data)
    assert (tmp_path / "big.bin").read_bytes() == data


def test_write_atomic_errors_name_the_path(tmp_path):
    missing = tmp_path / "no-such-folder" / "alice.key"
    with pytest.raises(InvalidInput, match=r"cannot write .*no-such-folder/alice.key: ") as info:
        write_atomic(missing, b"x")
    assert "No such file or directory" in str(info.value)
    folder = tmp_path / "folder"
    folder.mkdir()
    with pytest.raises(InvalidInput, match=r"cannot write .*folder: "):
        write_atomic(folder, b"x", overwrite=True)
    assert sorted(os.listdir(tmp_path)) == ["folder"]
    assert os.listdir(folder) == []


def test_write_atomic_without_hard_links_still_refuses_overwrite(tmp_path, monkeypatch):
    """FAT USB sticks have no hard links: the fallback still never overwrites."""
    import errno

    def no_link(src, dst):
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_link)
    target = tmp_path / "sig.json"
    write_atomic(target, b"first")
    assert target.read_bytes() == b"first"
    with pytest.raises(InvalidInput, match="already exists"):
        write_atomic(target, b"second")
    assert target.read_bytes() == b"first"
    assert os.listdir(tmp_path) == ["sig.json"]
