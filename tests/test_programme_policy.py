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
from app.services.programme import draft_programme_policy
from tests.attest_helpers import FAR_FUTURE, KEY_PASSPHRASE, draft_policy, make_keyring

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def ring(tmp_path_factory):
    """Keys, a custodian's policy (v1) and a second custodian's; the programme's operator
    is cust1's key, its auditor aud2-like outsider, its admin admin2."""
    ring = make_keyring(tmp_path_factory.mktemp("programme-keys"))
    draft_policy(ring, ring.folder / "zurich.json", name="Zurich vault",
                 custodians=("cust2",), custodian_threshold=1)
    return ring


def programme(ring, out: Path, **change) -> dict:
    args = dict(out=str(out), name="Reserve programme", expires=FAR_FUTURE,
                members=[ring.policy, str(ring.folder / "zurich.json")], window="24h",
                operators=[ring.pub("outsider")], operator_threshold=1,
                auditors=[ring.pub("aud")], auditor_threshold=1,
                admins=[ring.pub("admin2")], admin_threshold=1)
    args.update(change)
    return draft_programme_policy(**args)


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
