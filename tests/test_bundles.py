"""Signed SHA256SUMS for the offline bundle: `tijori bundle sign` and `tijori bundle verify`."""

from __future__ import annotations

import hashlib

import pytest

from app.domain.errors import InvalidInput
from app.services.bundles import parse_sums, write_sums
from tests.attest_helpers import KEY_PASSPHRASE


@pytest.fixture
def release(tmp_path):
    archive = tmp_path / "tijori-9.9.9-linux-x86_64.tar.gz"
    archive.write_bytes(b"not really a tarball, but bytes to hash" * 100)
    sums = tmp_path / "SHA256SUMS"
    write_sums([archive], sums)
    return archive, sums


def test_the_sums_file_is_sha256sum_format(release):
    archive, sums = release
    digest = hashlib.sha256(archive.read_bytes()).hexdigest()
    assert sums.read_text() == f"{digest}  {archive.name}\n"
    assert parse_sums(sums.read_bytes()) == {archive.name: digest}


@pytest.mark.parametrize("text, problem", [
    (b"", "lists no file"),
    (b"abc  x.tar.gz\n", "line 1"),
    (b"%s  ../x\n" % (b"a" * 64), "names a path"),
    (b"%s  x\n%s  x\n" % (b"a" * 64, b"b" * 64), "twice"),
    (b"\xff\xfe", "not text"),
])
def test_a_bad_sums_file_is_refused(text, problem):
    with pytest.raises(InvalidInput, match=problem):
        parse_sums(text)


def test_sign_then_verify_and_every_tampering_fails(cli, ring, release, monkeypatch):
    archive, sums = release
    monkeypatch.setenv("TIJORI_KEY_PASSPHRASE", KEY_PASSPHRASE)
    signature = sums.with_name("SHA256SUMS.dsse.json")
    result = cli("bundle", "sign", str(sums), "--key", ring.key("admin"))
    assert result.code == 0, result.err
    assert signature.exists()
    ok = cli("bundle", "verify", str(archive), "--signature", str(signature),
             "--signer", ring.pub("admin"), "--json")
    assert ok.code == 0, ok.err
    assert ok.json()["sha256"] == hashlib.sha256(archive.read_bytes()).hexdigest()
    assert ok.json()["keyid"] == ring.keyid("admin")

    # Another signer's key: refused.
    wrong = cli("bundle", "verify", str(archive), "--signature", str(signature),
                "--signer", ring.pub("aud"))
    assert wrong.code == 1 and "is not signed by" in wrong.err
    # The archive changed: refused.
    original = archive.read_bytes()
    archive.write_bytes(original + b"!")
    changed = cli("bundle", "verify", str(archive), "--signature", str(signature),
                  "--signer", ring.pub("admin"))
    assert changed.code == 1 and "does not match" in changed.err
    # The sums rewritten to match the changed archive: the signature no longer covers them.
    write_sums([archive], sums)
    resigned = cli("bundle", "verify", str(archive), "--signature", str(signature),
                   "--signer", ring.pub("admin"))
    assert resigned.code == 1 and "not the sums file that was signed" in resigned.err
    # Without a signature only the sums are checked, and the output says so.
    unsigned = cli("bundle", "verify", str(archive))
    assert unsigned.code == 0 and "was not checked" in unsigned.out


def test_a_signature_without_a_signer_is_a_usage_error(cli, release):
    archive, _ = release
    result = cli("bundle", "verify", str(archive), "--signature", "x.json")
    assert result.code == 2 and "neither" in result.err
