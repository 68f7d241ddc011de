"""The programme policy: the operator, auditor and admin roles and the member custodians
pinned by their policies' digests, drafted, signed as any policy is, and told apart from a
custodian's policy wherever one is expected."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.attest.policy import ANY_POLICY, load_policy_envelope, policy_digest
from app.attest.programme import Programme, parse_window
from app.domain.errors import InvalidInput
from app.services import keys as keyservice
from app.services.programme import check_programme
from tests.attest_helpers import FAR_FUTURE, KEY_PASSPHRASE
from tests.programme_helpers import (
    member_files,
    policies,
    programme,
    programme_keyring,
    signed_programme_policy,
)

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def ring(tmp_path_factory):
    return programme_keyring(tmp_path_factory.mktemp("programme-keys"))


def test_a_programme_policy_pins_its_members_and_is_signed_like_any(ring, tmp_path):
    out = tmp_path / "programme.json"
    info = programme(ring, out)
    assert info["window_seconds"] == 86400 and info["version"] == 1
    assert [m["name"] for m in info["members"]] == ["Tijori trust policy", "Zurich vault"]
    assert info["members"][0]["policy"]["digest"] == keyservice.show_policy(
        ring.policy)["digest"]
    assert not keyservice.show_policy(str(out))["valid"]  # unsigned yet
    keyservice.sign_policy(str(out), ring.key("admin2"), KEY_PASSPHRASE)
    shown = keyservice.show_policy(str(out))
    assert shown["valid"] and shown["programme"] and shown["window_seconds"] == 86400
    assert set(shown["roles"]) == {"operator", "auditor", "admin"}
    envelope, policy = load_policy_envelope(out.read_bytes(), "programme", ANY_POLICY)
    members = Programme.of(policy).members
    assert [(m.name, m.policy_version) for m in members] == [("Tijori trust policy", 1),
                                                             ("Zurich vault", 1)]
    assert policy_digest(envelope) == shown["digest"]


def test_a_programme_policy_is_no_custodian_policy(ring, tmp_path):
    out = tmp_path / "programme.json"
    programme(ring, out)
    keyservice.sign_policy(str(out), ring.key("admin2"), KEY_PASSPHRASE)
    with pytest.raises(InvalidInput, match="is a programme's policy, not a custodian's"):
        load_policy_envelope(out.read_bytes(), "programme.json")
    # ... nor may it be a member of a programme
    with pytest.raises(InvalidInput, match="is a programme's policy, not a custodian's"):
        programme(ring, tmp_path / "nested.json", members=[str(out)])
    # a custodian's policy signed and shown as before
    assert keyservice.show_policy(ring.policy)["valid"]
    assert "programme" not in keyservice.show_policy(ring.policy)


@pytest.mark.parametrize(("change", "problem"), [
    ({"window": "tomorrow"}, "is not a window"),
    ({"window": "40d"}, "longer than 31 days"),
    ({"members": []}, "names no member custodian"),
    ({"operators": "admin2"}, "no key may hold two of the roles"),  # the admin's key
])
def test_what_a_programme_policy_may_not_be(ring, tmp_path, change, problem):
    if "operators" in change:
        change = {"operators": [ring.pub(change["operators"])]}
    out = tmp_path / "bad.json"
    with pytest.raises(InvalidInput, match=problem):
        programme(ring, out, **change)
    assert not out.exists()


def test_one_member_twice_is_refused(ring, tmp_path):
    with pytest.raises(InvalidInput, match="named twice, or its policy is another member's"):
        programme(ring, tmp_path / "twice.json", members=[ring.policy, ring.policy])


def test_windows_are_read_in_seconds():
    assert [parse_window(w) for w in ("24h", "90m", "2d", "3600s", " 1 H ")] == [
        86400, 5400, 172800, 3600, 3600]


def test_the_commands_in_a_fresh_process(ring, tmp_path):
    out = tmp_path / "programme.json"
    env = {**os.environ, "TIJORI_KEY_PASSPHRASE": KEY_PASSPHRASE}

    def tijori(*argv: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "app.cli.main", *argv], text=True,
                              capture_output=True, cwd=ROOT, env=env, timeout=120)

    done = tijori("programme", "policy", "new", "--out", str(out), "--member", ring.policy,
                  "--member", str(ring.folder / "zurich.json"), "--window", "24h",
                  "--expires", FAR_FUTURE, "--operator", ring.pub("outsider"),
                  "--operator-threshold", "1", "--auditor", ring.pub("aud"),
                  "--auditor-threshold", "1", "--admin", ring.pub("admin2"),
                  "--admin-threshold", "1", "--json")
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)["members"]) == 2
    done = tijori("policy", "sign", str(out), "--key", ring.key("admin2"))
    assert done.returncode == 0, done.stderr
    done = tijori("policy", "show", str(out))
    assert done.returncode == 0, done.stderr
    assert "members (window 86400 s):" in done.stdout and "Zurich vault" in done.stdout
    assert "operator: 1 of 1" in done.stdout
    done = tijori("programme", "policy", "new", "--out", str(tmp_path / "x.json"),
                  "--member", str(out), "--window", "24h", "--expires", FAR_FUTURE,
                  "--operator", ring.pub("outsider"), "--operator-threshold", "1",
                  "--auditor", ring.pub("aud"), "--auditor-threshold", "1",
                  "--admin", ring.pub("admin2"), "--admin-threshold", "1")
    assert done.returncode == 2 and "not a custodian's" in done.stderr


# -- the members checked ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def members(ring, tmp_path_factory):
    return member_files(ring, tmp_path_factory.mktemp("members"))


@pytest.fixture(scope="module")
def signed_programme(ring, tmp_path_factory):
    return signed_programme_policy(ring, tmp_path_factory.mktemp("programme"))


def test_every_member_verified_within_the_window_and_nothing_twice(ring, members,
                                                                   signed_programme):
    result = check_programme(signed_programme, [members["vault"], members["zurich"]],
                             policies(ring))
    assert result.ok, result.to_dict()
    assert [m.name for m in result.members] == ["Tijori trust policy", "Zurich vault"]
    assert all(m.verdict.ok and m.within_window for m in result.members)
    assert result.collisions.identities >= 10 and result.collisions.ok
    assert result.missing == () and result.window_seconds == 86400


def test_what_the_operator_must_not_accept(ring, members, signed_programme):
    # The same five bars attested by both members: named, with both members.
    both = check_programme(signed_programme, [members["vault"], members["zurich-copy"]],
                           policies(ring))
    assert not both.ok and all(m.verdict.ok for m in both.members)
    assert len(both.collisions.collisions) == 5
    assert {f.member for f in both.collisions.collisions[0].found} == {
        "Tijori trust policy", "Zurich vault"}
    # A member missing, and one given twice.
    alone = check_programme(signed_programme, [members["vault"], members["vault"]],
                            policies(ring))
    assert alone.missing == ("Zurich vault",)
    assert "is given twice" in str(alone.members[1].verdict.failures[0].reason)
    assert alone.collisions is None  # not run on what does not verify
    # A programme as-of two days after the members': outside the 24-hour window.
    late = check_programme(signed_programme, [members["vault"], members["zurich"]],
                           policies(ring), as_of="2099-01-01T00:00:00Z")
    assert not late.ok and [m.within_window for m in late.members] == [False, False]
    # The member's policy file not given: its attestation cannot be trusted.
    unknown = check_programme(signed_programme, [members["vault"], members["zurich"]],
                              [ring.policy])
    assert not unknown.members[1].verdict.ok
    assert "is not among the member policies given" in str(
        unknown.members[1].verdict.failures[0].reason)
    assert unknown.missing == ("Zurich vault",)


def test_an_unsigned_programme_policy_is_refused(ring, members, tmp_path):
    out = tmp_path / "unsigned.json"
    programme(ring, out)
    from app.domain.errors import CheckFailed
    with pytest.raises(CheckFailed, match="does not hold"):
        check_programme(str(out), [members["vault"]], policies(ring))


def test_the_programme_check_command(ring, members, signed_programme):
    def tijori(*argv: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "app.cli.main", *argv], text=True,
                              capture_output=True, cwd=ROOT, env=dict(os.environ), timeout=120)

    pairs = ["--member", members["vault"].attestation, members["vault"].leaves,
             "--member", members["zurich"].attestation, members["zurich"].leaves]
    given = [arg for path in policies(ring) for arg in ("--policy", path)]
    done = tijori("programme", "check", "--programme-policy", signed_programme, *pairs, *given)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "✓ Tijori trust policy" in done.stdout and "✓ Zurich vault" in done.stdout
    assert "PROGRAMME CHECK PASSED" in done.stdout
    copy = ["--member", members["zurich-copy"].attestation, members["zurich-copy"].leaves]
    done = tijori("programme", "check", "--programme-policy", signed_programme,
                  *pairs[:3], *copy, *given, "--json")
    assert done.returncode == 1
    assert len(json.loads(done.stdout)["collisions"]["collisions"]) == 5
