"""Warnings before a policy or a key in it expires (60 days), and `policy show`'s time left."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.attest.policy import expiring, load_policy_envelope
from app.services.keys import expiry_notices, show_policy
from tests.attest_helpers import policy_with_key_periods

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2027, 3, 1, 12, 0, tzinfo=UTC)


def at(days: float) -> str:
    return (NOW + timedelta(days=days)).strftime("%Y-%m-%dT%H:%M:%SZ")


def policy(ring, tmp_path, expires_in: float, periods: dict[str, float]) -> Path:
    path = tmp_path / "policy.json"
    policy_with_key_periods(ring, path, {name: ("2000-01-01T00:00:00Z", at(days))
                                         for name, days in periods.items()},
                            expires=at(expires_in))
    return path


def loaded(path: Path):
    return load_policy_envelope(path.read_bytes())[1]


def test_a_key_ending_before_the_policy_is_warned_of_alone(ring, tmp_path):
    path = policy(ring, tmp_path, 90, {"cust1": 10.5, "aud": -3})
    found = expiring(loaded(path), NOW)
    assert [(e.name, e.days_left, e.expired) for e in found] == [("aud", -3, True),
                                                                ("cust1", 10, False)]
    notices = expiry_notices(loaded(path), NOW)
    assert notices[0] == f"Key aud (auditor) expired at {at(-3)}: rotate it out of the policy " \
        "before then."
    assert notices[1].startswith(f"Key cust1 (custodian) expires at {at(10.5)}, in 10 days")
    # 51 days earlier, cust1 is 61.5 days from its end: only aud (48 days) is near.
    assert [e.name for e in expiring(loaded(path), NOW - timedelta(days=51))] == ["aud"]


def test_keys_ending_with_the_policy_are_said_with_it(ring, tmp_path):
    path = policy(ring, tmp_path, 30.25, {})  # every key valid until the policy's end
    found = expiring(loaded(path), NOW)
    assert [(e.what, e.days_left) for e in found] == [("policy", 30)]
    assert expiring(loaded(path), NOW - timedelta(days=31)) == []
    assert expiry_notices(loaded(path), NOW + timedelta(days=30, hours=2))[0].endswith(
        "in less than a day: its admins must sign a successor before then.")


def test_policy_show_says_how_long_each_has_left(ring, tmp_path, monkeypatch):
    monkeypatch.setitem(globals(), "NOW", datetime.now(UTC))  # the CLI reads the clock
    path = policy(ring, tmp_path, 45.5, {"cust2": 12.5})
    shown = show_policy(str(path), now=NOW)
    assert shown["expiry"]["days_left"] == 45
    left = {k["name"]: k["days_left"] for spec in shown["roles"].values() for k in spec["keys"]}
    assert left == {"cust1": 45, "cust2": 12, "aud": 45, "admin": 45}
    done = subprocess.run([sys.executable, "-m", "app.cli.main", "policy", "show", str(path)],
                          capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "Policy Tijori trust policy version 1, expires at" in out
    assert out.count(", in ") == 7  # the policy, its four keys and the two warnings
    assert f"! Key cust2 (custodian) expires at {at(12.5)}, in 12 days" in out
    assert f"! The trust policy Tijori trust policy expires at {at(45.5)}, in 45 days" in out
