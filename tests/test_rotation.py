"""Key rotation as a ceremony (app.services.rotation, `tijori policy rotate`): propose a
successor, see what it changes, collect the admins' detached signatures, finish with the
signed history. Real keys, real policies, the CLI in a fresh process."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.attest import canonical
from app.attest.dsse import Envelope
from app.attest.keyfile import encrypt_private_key
from app.attest.keys import PrivateKey
from app.attest.policy import load_policy_envelope, policy_chain, policy_digest
from app.domain.errors import CheckFailed, InvalidInput
from app.services import keys as keyservice
from app.services import rotation
from tests.attest_helpers import (
    FAST_KDF,
    KEY_PASSPHRASE,
    Keyring,
    draft_policy,
    make_keyring,
    policy_with_key_periods,
)

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def ring(tmp_path_factory) -> Keyring:
    ring = make_keyring(tmp_path_factory.mktemp("rotation-keys"))
    created = "2026-01-01T00:00:00Z"
    for name in ("newadmin", "newcust"):
        key = PrivateKey.generate("ed25519")
        ring.private[name] = key
        Path(ring.key(name)).write_bytes(encrypt_private_key(
            key, KEY_PASSPHRASE, name=name, created=created, kdf_params=FAST_KDF))
        keyservice.export_public(ring.key(name), ring.pub(name))
    return ring


@pytest.fixture
def current(ring, tmp_path) -> str:
    """Version 1: custodians cust1+cust2 (2 of 2), auditor aud, admins admin+admin2 (1 of 2),
    signed by admin."""
    return draft_policy(ring, tmp_path / "policy.json", admins=("admin", "admin2"),
                        admin_threshold=1, sign_with=("admin",))


def _rotate_admins(ring, current: str, out: Path) -> bytes:
    """The rotation of the ceremony: admin2 retires, newadmin joins, admins 2 of 2."""
    return rotation.propose(current, retire=["admin2"], add=[(ring.pub("newadmin"), "admin")],
                            thresholds={"admin": 2}, out=str(out))


def _sign(ring, successor: Path, current: str, who: str, out: Path) -> str:
    rotation.sign_successor(str(successor), current, ring.key(who), KEY_PASSPHRASE, str(out))
    return str(out)


# -- the whole ceremony --------------------------------------------------------------------


def test_a_full_rotation_verifies_as_the_successor_of_the_pinned_policy(ring, current,
                                                                         tmp_path):
    successor = tmp_path / "successor.json"
    data = _rotate_admins(ring, current, successor)
    assert successor.read_bytes() == data
    envelope, policy = load_policy_envelope(data)
    old_env, old = load_policy_envelope(Path(current).read_bytes())
    assert envelope.signatures == ()
    assert policy.version == old.version + 1 == 2
    assert policy.previous == {"digest": policy_digest(old_env), "version": 1}
    assert policy.roles["admin"].keyids == (ring.keyid("admin"), ring.keyid("newadmin"))
    assert policy.roles["admin"].threshold == 2
    assert ring.keyid("admin2") not in policy.keys
    for keyid in (ring.keyid("cust1"), ring.keyid("admin")):  # kept keys keep their validity
        assert policy.keys[keyid] == old.keys[keyid]

    change = rotation.diff(current, str(successor))
    assert change.linked and (change.version_before, change.version_after) == (1, 2)
    assert [(k.name, k.roles) for k in change.added] == [("newadmin", ("admin",))]
    assert [(k.name, k.roles) for k in change.retired] == [("admin2", ("admin",))]
    admin = next(r for r in change.roles if r.role == "admin")
    assert (admin.threshold_before, admin.threshold_after) == (1, 2)
    assert (admin.keys_before, admin.keys_after) == (2, 2)
    assert admin.joined == (ring.keyid("newadmin"),) and admin.left == (ring.keyid("admin2"),)
    assert not next(r for r in change.roles if r.role == "custodian").changed
    assert not change.expiry_changed and change.kept == 4
    as_dict = change.to_dict()
    assert json.loads(json.dumps(as_dict)) == as_dict
    assert as_dict["added"][0]["keyid"] == ring.keyid("newadmin")

    first = _sign(ring, successor, current, "admin", tmp_path / "admin.sig")
    doc = json.loads(Path(first).read_text())
    assert doc["format"] == "tijori-policy-signature" and doc["version"] == 1
    assert doc["keyid"] == ring.keyid("admin")
    assert doc["policy_digest"] == policy_digest(envelope) and doc["policy_version"] == 2
    assert ring.private["admin"].public_key.verify(base64.b64decode(doc["sig"]),
                                                   envelope.pae())

    partial = rotation.collect(str(successor), current, [first])
    assert partial.status.current.met and not partial.status.successor.met
    assert partial.status.successor.needed == 1
    assert partial.status.successor.missing == ((ring.keyid("newadmin"), "newadmin"),)
    out = tmp_path / "policy-v2.json"
    with pytest.raises(CheckFailed, match="newadmin") as refused:
        rotation.finish(str(successor), current, [first], str(out))
    assert refused.value.field == "signatures"
    assert not out.exists() and not (tmp_path / "policy-history").exists()

    second = _sign(ring, successor, current, "newadmin", tmp_path / "newadmin.sig")
    done = rotation.collect(str(successor), current, [first, second])
    assert done.status.met
    assert (len(done.status.current.signed), done.status.current.threshold) == (1, 1)
    assert (len(done.status.successor.signed), done.status.successor.threshold) == (2, 2)
    assert [s.name for s in done.signers] == ["admin", "newadmin"]
    assert done.signers[0].current_admin and done.signers[0].successor_admin
    assert not done.signers[1].current_admin and done.signers[1].successor_admin

    info = rotation.finish(str(successor), current, [first, second], str(out))
    assert info["version"] == 2 and info["signatures"] == 2
    shown = keyservice.show_policy(str(out), trusted=current)
    assert shown["valid"], [c for c in shown["checks"] if not c["passed"]]
    assert shown["version"] == 2
    assert {c["check"] for c in shown["checks"]} >= {"pinned policy: admin threshold"}
    # Without the pinned admins' signature it would not be a valid successor.
    new_env, _ = load_policy_envelope(out.read_bytes())
    assert {s.keyid for s in new_env.signatures} == {ring.keyid("admin"),
                                                     ring.keyid("newadmin")}
    # The replaced version is kept beside it, and reached through the rotation link.
    history = tmp_path / "policy-history" / f"policy-v1-{policy_digest(old_env)[:16]}.json"
    assert info["history"] == [str(history)]
    assert history.read_bytes() == Path(current).read_bytes()
    kept = Envelope.loads(history.read_bytes())
    chain = policy_chain(new_env, [kept], policy_digest(old_env), datetime.now(UTC))
    assert chain.policy is not None and chain.steps == (2, 1), chain.problem
    with pytest.raises(InvalidInput, match="already exists"):
        rotation.finish(str(successor), current, [first, second], str(out))


def test_a_second_rotation_carries_the_whole_history(ring, current, tmp_path):
    successor = tmp_path / "successor.json"
    _rotate_admins(ring, current, successor)
    sigs = [_sign(ring, successor, current, who, tmp_path / f"{who}.sig")
            for who in ("admin", "newadmin")]
    v2 = tmp_path / "policy-v2.json"
    rotation.finish(str(successor), current, sigs, str(v2))
    # v3, written in another folder: v2 and v1 (from v2's history) are kept beside it.
    successor3 = tmp_path / "successor-3.json"
    rotation.propose(str(v2), thresholds={"custodian": 1}, out=str(successor3))
    sigs3 = [_sign(ring, successor3, str(v2), who, tmp_path / f"{who}-3.sig")
             for who in ("admin", "newadmin")]
    elsewhere = tmp_path / "published"
    elsewhere.mkdir()
    info = rotation.finish(str(successor3), str(v2), sigs3, str(elsewhere / "policy.json"))
    names = sorted(p.name for p in (elsewhere / "policy-history").iterdir())
    assert [n.split("-")[1] for n in names] == ["v1", "v2"]
    assert len(info["history"]) == 2
    v1_env, _ = load_policy_envelope(Path(current).read_bytes())
    new_env, _ = load_policy_envelope((elsewhere / "policy.json").read_bytes())
    older = [Envelope.loads(p.read_bytes()) for p in (elsewhere / "policy-history").iterdir()]
    chain = policy_chain(new_env, older, policy_digest(v1_env), datetime.now(UTC))
    assert chain.steps == (3, 2, 1), chain.problem


# -- what propose refuses -------------------------------------------------------------------


@pytest.mark.parametrize(("changes", "field", "words"), [
    ({"add": [("aud", "custodian")]}, "add", "no key may hold two of the roles"),
    ({"add": [("admin", "admin")]}, "add", "already holds the role admin"),
    ({"add": [("newcust", "treasurer")]}, "add", "is not a role"),
    ({"thresholds": {"custodian": 3}}, "threshold", "would need 3 signatures but hold 2"),
    ({"thresholds": {"auditor": 0}}, "threshold", "at least 1"),
    ({"thresholds": {"report-signer": 1}}, "threshold", "has no role report-signer"),
    ({"retire": ["aud"]}, "retire", "the role auditor would have no key left"),
    ({"retire": ["admin", "admin2"]}, "retire", "the role admin would have no key left"),
    ({"retire": ["cust2"]}, "threshold", "would need 2 signatures but hold 1"),
    ({"retire": ["nobody"]}, "retire", "has no key nobody"),
    ({"retire": ["admin", "admin"]}, "retire", "named twice"),
    ({}, "retire", "nothing changes"),
    ({"expires": "2001-01-01"}, "expires", "not in the future"),
    ({"expires": "someday"}, "expires", "someday"),
])
def test_propose_refuses_what_the_policy_rules_refuse(ring, current, tmp_path, changes, field,
                                                      words):
    kwargs = dict(changes)
    if "add" in kwargs:
        kwargs["add"] = [(ring.pub(name), role) for name, role in kwargs["add"]]
    out = tmp_path / "successor.json"
    with pytest.raises(InvalidInput) as refused:
        rotation.propose(current, out=str(out), **kwargs)
    assert words in str(refused.value)
    assert refused.value.field == field
    assert not out.exists()


def test_propose_refuses_a_successor_nobody_could_sign(ring, tmp_path):
    """admin2's key has lapsed: retiring admin leaves no admin who may sign."""
    current = policy_with_key_periods(
        ring, tmp_path / "policy.json",
        {"admin2": ("2000-01-01T00:00:00Z", "2001-01-01T00:00:00Z")},
        roles={"custodian": (["cust1", "cust2"], 2), "auditor": (["aud"], 1),
               "admin": (["admin", "admin2"], 1)})
    with pytest.raises(InvalidInput, match="could never be signed") as refused:
        rotation.propose(current, retire=["admin"])
    assert refused.value.field == "retire"


def test_retire_by_keyid_prefix_and_a_role_change(ring, current, tmp_path):
    """cust2 leaves (by a keyid prefix); aud moves from auditor to custodian and newcust
    becomes the auditor: a role change is a retire and an add."""
    data = rotation.propose(
        current, retire=[ring.keyid("cust2")[:10], "aud"],
        add=[(ring.pub("aud"), "custodian"), (ring.pub("newcust"), "auditor")],
        expires="2098-06-30")
    change = rotation.diff(current, data)
    assert change.expiry_changed and change.expires_after == "2098-06-30T00:00:00Z"
    assert {k.name for k in change.retired} == {"cust2"}
    assert {k.name for k in change.added} == {"newcust"}
    custodian = next(r for r in change.roles if r.role == "custodian")
    assert custodian.joined == (ring.keyid("aud"),) and custodian.left == (ring.keyid("cust2"),)
    assert custodian.threshold_after == 2
    _, policy = load_policy_envelope(data)
    assert policy.keys[ring.keyid("newcust")].valid_until == "2098-06-30T00:00:00Z"


# -- what signing and collecting refuse -----------------------------------------------------


def test_only_an_admin_signs_and_the_passphrase_must_be_right(ring, current, tmp_path):
    successor = tmp_path / "successor.json"
    _rotate_admins(ring, current, successor)
    out = tmp_path / "x.sig"
    with pytest.raises(InvalidInput, match="admin neither") as refused:
        rotation.sign_successor(str(successor), current, ring.key("cust1"), KEY_PASSPHRASE,
                                str(out))
    assert refused.value.field == "key"
    with pytest.raises(InvalidInput):
        rotation.sign_successor(str(successor), current, ring.key("admin"), "wrong words here",
                                str(out))
    assert not out.exists()
    # The retiring admin2 still signs as a current admin.
    who = rotation.check_signer(str(successor), current, ring.key("admin2"))
    assert who.current_admin and not who.successor_admin


def test_collect_refuses_foreign_forged_bad_and_duplicate_signatures(ring, current, tmp_path):
    successor = tmp_path / "successor.json"
    _rotate_admins(ring, current, successor)
    good = _sign(ring, successor, current, "admin", tmp_path / "admin.sig")
    # A signature of another successor.
    other = tmp_path / "other.json"
    rotation.propose(current, thresholds={"custodian": 1}, out=str(other))
    foreign = _sign(ring, other, current, "admin2", tmp_path / "foreign.sig")
    # A custodian's signature, made by hand (the service would not make it).
    envelope, _ = load_policy_envelope(successor.read_bytes())
    forged = tmp_path / "cust1.sig"
    forged.write_bytes(rotation.signature_document(
        envelope, ring.keyid("cust1"), ring.private["cust1"].sign(envelope.pae()), 2,
        "2026-01-01T00:00:00Z"))
    # admin2's name on newadmin's signature bytes: it does not verify.
    doc = json.loads(Path(_sign(ring, successor, current, "newadmin",
                                tmp_path / "n.sig")).read_text())
    doc["keyid"] = ring.keyid("admin2")
    bad = tmp_path / "bad.sig"
    bad.write_bytes(canonical.dumps(doc))
    again = tmp_path / "admin-again.sig"
    _sign(ring, successor, current, "admin", again)
    outsider = tmp_path / "outsider.sig"
    outsider.write_bytes(rotation.signature_document(
        envelope, ring.keyid("outsider"), ring.private["outsider"].sign(envelope.pae()), 2,
        "2026-01-01T00:00:00Z"))
    not_one = tmp_path / "policy-copy.sig"
    not_one.write_bytes(Path(current).read_bytes())
    cases = [(foreign, "signs another policy"), (forged, "admin neither"),
             (bad, "does not verify"), (again, "has signed already"),
             (outsider, "neither policy lists"), (not_one, "is not a rotation signature")]
    for path, words in cases:
        with pytest.raises(InvalidInput, match=words) as refused:
            rotation.collect(str(successor), current, [good, str(path)])
        assert refused.value.field == "signatures", path
    with pytest.raises(CheckFailed):
        rotation.finish(str(successor), current, [good], str(tmp_path / "new.json"))


def test_a_successor_that_does_not_name_the_current_policy_is_refused(ring, current, tmp_path):
    stranger = draft_policy(ring, tmp_path / "stranger.json", version=2,
                            admins=("admin", "admin2"), admin_threshold=1, sign_with=())
    with pytest.raises(InvalidInput, match="does not replace the current policy") as refused:
        rotation.sign_successor(stranger, current, ring.key("admin"), KEY_PASSPHRASE,
                                str(tmp_path / "a.sig"))
    assert refused.value.field == "successor"
    assert not rotation.diff(current, stranger).linked


def test_a_signature_read_from_qr_codes_is_kept_beside_the_successor(ring, current, tmp_path):
    from app.services import qr

    successor = tmp_path / "successor.json"
    _rotate_admins(ring, current, successor)
    (tmp_path / "carried").mkdir()
    sig = _sign(ring, successor, current, "newadmin", tmp_path / "carried" / "n.sig")
    frames = qr.write_qr_frames(Path(sig).read_bytes(), tmp_path / "frames", stem="sig")
    data = qr.read_qr_images(frames)
    kept = rotation.save_signature(str(successor), current, data)
    assert kept == rotation.signature_path_for(str(successor), ring.keyid("newadmin"))
    assert rotation.save_signature(str(successor), current, data) == kept  # once
    assert rotation.collect(str(successor), current, [kept]).status.successor.signed == (
        (ring.keyid("newadmin"), "newadmin"),)
    with pytest.raises(InvalidInput, match="is not a rotation signature"):
        rotation.save_signature(str(successor), current, b"not a signature")


# -- the CLI, in a fresh process ------------------------------------------------------------


def _tijori(*argv: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "TIJORI_KEY_PASSPHRASE": KEY_PASSPHRASE,
           "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "app.cli.main", *argv], capture_output=True,
                          text=True, cwd=cwd, env=env, timeout=120)


def test_the_cli_runs_the_ceremony(ring, current, tmp_path):
    successor = tmp_path / "successor.json"
    run = _tijori("policy", "rotate", "propose", current, "--retire", "admin2",
                  "--add", f"{ring.pub('newadmin')}:admin", "--threshold", "admin=2",
                  "--out", str(successor), cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "+ newadmin" in run.stdout and "- admin2" in run.stdout
    assert "admin          1 of 2 → 2 of 2" in run.stdout
    run = _tijori("policy", "rotate", "diff", current, str(successor), "--json", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    change = json.loads(run.stdout)
    assert change["linked"] and change["version"] == {"before": 1, "after": 2}
    assert [k["name"] for k in change["retired"]] == ["admin2"]

    sigs = []
    for who in ("admin", "newadmin"):
        sig = tmp_path / f"{who}.sig"
        run = _tijori("policy", "rotate", "sign", str(successor), "--current", current,
                      "--key", ring.key(who), "--out", str(sig), cwd=tmp_path)
        assert run.returncode == 0, run.stderr
        assert f"Signing as {who}" in run.stdout and sig.exists()
        sigs.append(str(sig))
    run = _tijori("policy", "rotate", "sign", str(successor), "--current", current,
                  "--key", ring.key("aud"), "--out", str(tmp_path / "aud.sig"), cwd=tmp_path)
    assert run.returncode == 2 and "only admins sign a rotation" in run.stderr

    out = tmp_path / "policy-v2.json"
    run = _tijori("policy", "rotate", "finish", str(successor), "--current", current,
                  "--signatures", sigs[0], "--out", str(out), cwd=tmp_path)
    assert run.returncode == 1 and not out.exists()
    assert "1 of 2 successor admin signature(s)" in run.stdout
    assert "missing  newadmin" in run.stdout

    # The second signature comes back as QR codes.
    frames = tmp_path / "frames"
    assert _tijori("qr", "encode", sigs[1], "--out-dir", str(frames),
                   cwd=tmp_path).returncode == 0
    carried = tmp_path / "carried.sig"
    run = _tijori("qr", "decode", *sorted(str(p) for p in frames.iterdir()), "--out",
                  str(carried), cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    run = _tijori("policy", "rotate", "finish", str(successor), "--current", current,
                  "--signatures", sigs[0], str(carried), "--out", str(out), cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "Thresholds met" in run.stdout and out.exists()
    run = _tijori("policy", "show", str(out), "--pinned", current, cwd=tmp_path)
    assert run.returncode == 0 and "VALID" in run.stdout, run.stdout + run.stderr
    run = _tijori("policy", "rotate", "finish", str(successor), "--current", current,
                  "--signatures", sigs[0], str(carried), "--out", str(out), cwd=tmp_path)
    assert run.returncode == 2 and "refusing to overwrite" in run.stderr
