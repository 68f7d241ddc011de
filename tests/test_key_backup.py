"""SLIP-39 key backups (issue 15, first part): a key split into shares, any threshold of
which restore it, and every wrong share named, with nothing written."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.attest import shares as slip39
from app.attest.fileio import read_file
from app.attest.keyfile import decrypt_private_key
from app.attest.keys import PrivateKey
from app.domain.errors import InvalidInput
from app.services import key_backup, keys

ROOT = Path(__file__).resolve().parents[1]
KEY_PASSPHRASE = "granite vault ledger under autumn skies"
NEW_PASSPHRASE = "another passphrase for the restored key file"


@pytest.mark.parametrize("algorithm", ["ed25519", "ecdsa-p256"])
def test_any_threshold_of_the_shares_give_the_key_back(algorithm):
    key = PrivateKey.generate(algorithm)
    words = slip39.split(key, 3, 5)
    assert len(words) == 5 and len(set(words)) == 5
    restored = {slip39.combine(list(chosen)).public_key.keyid
                for chosen in itertools.combinations(words, 3)}
    assert restored == {key.public_key.keyid}
    assert slip39.combine([w.upper() + "  " for w in words[:3]]).public_key.keyid == \
        key.public_key.keyid  # as typed: case and spaces do not matter


def test_a_slip39_passphrase_is_needed_to_restore():
    key = PrivateKey.generate("ed25519")
    words = slip39.split(key, 2, 3, "extra words")
    assert slip39.combine(words[:2], "extra words").public_key.keyid == key.public_key.keyid
    with pytest.raises(InvalidInput, match="not a Tijori key"):
        slip39.combine(words[:2], "")


@pytest.fixture(scope="module")
def five():
    key = PrivateKey.generate("ed25519")
    return key, slip39.split(key, 3, 5)


def test_a_wrong_word_is_named_with_its_place(five):
    _, words = five
    typed = words[1].split()
    typed[6] = "vaultx"
    with pytest.raises(InvalidInput, match=r"share 2: word 7, 'vaultx', is not a SLIP-39 word"):
        slip39.combine([words[0], " ".join(typed), words[2]])


def test_words_out_of_place_fail_the_checksum(five):
    _, words = five
    typed = words[2].split()
    typed[5], typed[6] = typed[6], typed[5]
    with pytest.raises(InvalidInput, match="share 3 does not check"):
        slip39.combine([words[0], words[1], " ".join(typed)])


def test_a_share_of_another_set_twice_the_same_and_too_few_are_refused(five):
    _, words = five
    other = slip39.split(PrivateKey.generate("ed25519"), 3, 5)
    with pytest.raises(InvalidInput, match="share 2 is from another set"):
        slip39.combine([words[0], other[1], words[2]])
    with pytest.raises(InvalidInput, match="share 3 is share 1 again"):
        slip39.combine([words[0], words[1], words[0]])
    with pytest.raises(InvalidInput, match="2 shares given; this set needs 3"):
        slip39.combine(words[:2])
    with pytest.raises(InvalidInput, match="no share was given"):
        slip39.combine([])


@pytest.mark.parametrize(("count", "threshold", "wrong"), [
    (17, 3, "number of shares"), (5, 6, "threshold"), (5, 1, "threshold"), (0, 0, "number")])
def test_impossible_splits_are_refused(count, threshold, wrong):
    with pytest.raises(InvalidInput, match=wrong):
        slip39.split(PrivateKey.generate("ed25519"), threshold, count)


# -- the service and the command line --------------------------------------------------------


@pytest.fixture
def key_file(tmp_path):
    path = tmp_path / "auditor.key"
    info = keys.create_key("Auditor A", str(path), KEY_PASSPHRASE)
    return path, info["keyid"]


def test_backup_writes_only_the_shares_and_restore_writes_the_same_key(key_file, tmp_path):
    path, keyid = key_file
    folder = tmp_path / "shares"
    folder.mkdir()
    info = key_backup.backup(str(path), KEY_PASSPHRASE, threshold=2, count=3,
                             out_dir=str(folder), text=True)
    assert info["keyid"] == keyid and info["name"] == "Auditor A"
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        f"share-{n}-of-3.{suffix}" for n in (1, 2, 3) for suffix in ("pdf", "txt"))
    assert all(oct(p.stat().st_mode & 0o777) == "0o600" for p in folder.iterdir())
    typed = [p.read_text() for p in sorted(folder.glob("*.txt"))]
    # each holder's sheet, read back: the key, which share, and its words in order
    sheet = PdfReader(folder / "share-2-of-3.pdf")
    assert len(sheet.pages) == 1
    printed = " ".join(sheet.pages[0].extract_text().split())
    assert "Key backup share 2 of 3" in printed and "Any 2 of the 3 shares" in printed
    assert keyid in printed and "Auditor A" in printed
    numbered = " ".join(f"{n}. {word}" for n, word in enumerate(typed[1].split(), 1))
    assert all(f"{n}. {word}" in printed for n, word in enumerate(typed[1].split(), 1)), numbered
    with pytest.raises(InvalidInput, match="already exists"):  # a second backup there
        key_backup.backup(str(path), KEY_PASSPHRASE, threshold=2, count=3, out_dir=str(folder))
    tested = key_backup.restore(typed[1:], out=None, name="x", new_passphrase=lambda: 1 / 0,
                                expected_keyid=keyid)
    assert tested["keyid"] == keyid and tested["written"] is None
    with pytest.raises(InvalidInput, match=f"give key {keyid[:16]}, not abababab"):
        key_backup.restore(typed[1:], out=None, name="x", new_passphrase=lambda: "",
                           expected_keyid="ab" * 32)
    out = tmp_path / "restored.key"
    key_backup.restore(typed[:2], out=str(out), name="Auditor A",
                       new_passphrase=lambda: NEW_PASSPHRASE)
    again = decrypt_private_key(read_file(str(out), "key"), NEW_PASSPHRASE)
    assert again.public_key.keyid == keyid


def test_the_command_line_backs_up_and_restores_in_fresh_processes(key_file, tmp_path):
    path, keyid = key_file
    env = dict(os.environ, TIJORI_KEY_PASSPHRASE=KEY_PASSPHRASE,
               TIJORI_NEW_KEY_PASSPHRASE=NEW_PASSPHRASE, PYTHONPATH=str(ROOT))

    def tijori(*args, stdin=""):
        return subprocess.run([sys.executable, "-m", "app.cli.main", *args], input=stdin,
                              capture_output=True, text=True, env=env, cwd=tmp_path)

    done = tijori("keys", "backup", str(path), "--shares", "5", "--threshold", "3")
    assert done.returncode == 0, done.stderr
    assert keyid in done.stdout
    assert sorted(p.name for p in tmp_path.glob("share-*")) == [
        f"share-{n}-of-5.pdf" for n in range(1, 6)]  # sheets only, without --text
    done = tijori("keys", "backup", str(path), "--shares", "5", "--threshold", "3",
                  "--out-dir", "words", "--text")
    assert done.returncode == 2 and "is not a folder" in done.stderr
    (tmp_path / "words").mkdir()
    done = tijori("keys", "backup", str(path), "--shares", "5", "--threshold", "3",
                  "--out-dir", "words", "--text")
    assert done.returncode == 0, done.stderr
    shares = [(tmp_path / "words" / f"share-{n}-of-5.txt").read_text() for n in range(1, 6)]
    tested = tijori("keys", "restore", "--test", "--keyid", keyid,
                    stdin="".join(shares[2:]))
    assert tested.returncode == 0, tested.stderr
    assert "The shares give the key" in tested.stdout
    assert not list(tmp_path.glob("*.key.*")) and not (tmp_path / "new.key").exists()
    too_few = tijori("keys", "restore", "--out", "new.key", stdin="".join(shares[:2]))
    assert too_few.returncode == 2
    assert too_few.stderr.strip() == "tijori: 2 shares given; this set needs 3"
    assert not (tmp_path / "new.key").exists()
    restored = tijori("keys", "restore", "--out", "new.key", "--name", "Auditor A",
                      stdin="".join([shares[4], shares[0], shares[2]]))
    assert restored.returncode == 0, restored.stderr
    key = decrypt_private_key((tmp_path / "new.key").read_bytes(), NEW_PASSPHRASE)
    assert key.public_key.keyid == keyid
