"""The signer's own copy of the pinned policy: pinned once, replaced only by a signed successor.

Keys are real Ed25519 keys and every policy is a real policy envelope signed by them.
"""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.attest.dsse import Envelope
from app.attest.keys import PrivateKey, bip39_wordlist, digest_words, keyid_words
from app.attest.pinning import (
    FILE_NAME,
    PinnedPolicy,
    policy_changes,
    resolve,
    successor_verdict,
)
from app.attest.policy import Policy, new_policy, policy_digest
from app.domain.errors import InvalidInput

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
FROM, UNTIL = "2000-01-01T00:00:00Z", "2099-12-31T00:00:00Z"
NAMES = ("cust1", "cust2", "cust3", "aud", "admin", "admin2", "signer", "outsider")


@pytest.fixture(scope="module")
def keys() -> dict[str, PrivateKey]:
    return {name: PrivateKey.generate() for name in NAMES}


def make(keys, *, version: int = 1, custodians=("cust1", "cust2"), custodian_threshold=2,
         auditors=("aud",), admins=("admin",), admin_threshold=1, report_signers=(),
         expires=UNTIL, valid: dict[str, tuple[str, str]] | None = None,
         signers=None) -> bytes:
    """A policy envelope, signed by `signers` (default: its own admins)."""
    roles = {"custodian": (custodians, custodian_threshold), "auditor": (auditors, 1),
             "admin": (admins, admin_threshold)}
    if report_signers:
        roles["report-signer"] = (report_signers, 1)
    named = sorted({n for names, _ in roles.values() for n in names})
    policy = new_policy(
        name="Tijori trust policy", expires=expires, version=version,
        keys=[(keys[n].public_key, n, *(valid or {}).get(n, (FROM, UNTIL))) for n in named],
        roles={role: ([keys[n].public_key.keyid for n in names], threshold)
               for role, (names, threshold) in roles.items()},
    )
    envelope = policy.envelope()
    for signer in admins if signers is None else signers:
        envelope = envelope.signed_by(keys[signer])
    return envelope.dumps()


def policy_of(data: bytes) -> Policy:
    return Policy.from_payload(Envelope.loads(data).payload)


def digest_of(data: bytes) -> str:
    return policy_digest(Envelope.loads(data))


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def kid(keys, name: str) -> str:
    return keys[name].public_key.keyid[:16]


# -- pinning ----------------------------------------------------------------------------


def test_first_use_pins_the_policy_owner_only_and_shows_its_words(tmp_path, keys):
    v1 = make(keys)
    store = PinnedPolicy(tmp_path / "data")
    assert store.load() is None and store.digest() is None
    result = resolve(store, v1, NOW)
    assert result.outcome == "first_pin" and result.ok
    assert result.digest == digest_of(v1) == store.digest()
    assert list(result.words) == digest_words(digest_of(v1))
    assert len(result.words) == 8
    assert result.pinned_digest is None
    path = tmp_path / "data" / FILE_NAME
    assert mode(path) == 0o600 and mode(tmp_path / "data") == 0o700
    envelope, policy = PinnedPolicy(tmp_path / "data").load()  # after a restart
    assert envelope.payload == Envelope.loads(v1).payload
    assert policy.version == 1
    for given in (v1, None):
        again = resolve(PinnedPolicy(tmp_path / "data"), given, NOW)
        assert again.outcome == "same" and again.digest == digest_of(v1)


def test_nothing_pinned_and_nothing_given_is_refused(tmp_path):
    result = resolve(PinnedPolicy(tmp_path), None, NOW)
    assert result.outcome == "refused" and not result.ok
    assert "no policy is pinned" in result.reasons[0]


@pytest.mark.parametrize("problem", ["signed by an outsider", "expired", "not json"])
def test_a_first_policy_that_does_not_hold_on_its_own_is_not_pinned(tmp_path, keys, problem):
    given = {"signed by an outsider": lambda: make(keys, signers=("outsider",)),
             "expired": lambda: make(keys, expires="2026-01-01T00:00:00Z"),
             "not json": lambda: b"{not json"}[problem]()
    store = PinnedPolicy(tmp_path)
    result = resolve(store, given, NOW)
    assert result.outcome == "refused"
    assert result.reasons
    assert store.load() is None
    assert not (tmp_path / FILE_NAME).exists()


def test_a_replaced_policy_with_a_lowered_threshold_is_refused(tmp_path, keys):
    store = PinnedPolicy(tmp_path)
    v1 = make(keys)
    resolve(store, v1, NOW)
    # Version 2, custodian threshold 1, under a new admin who signs it: valid on its own,
    # but the pinned version's admin never signed it.
    takeover = make(keys, version=2, custodian_threshold=1, admins=("admin2",))
    result = resolve(store, takeover, NOW)
    assert result.outcome == "refused"
    assert any(r.startswith("pinned policy: admin threshold: 0 of 1 required admin")
               for r in result.reasons), result.reasons
    assert store.digest() == digest_of(v1)
    # The same version with its threshold lowered, even signed by the pinned admin.
    same_version = make(keys, custodian_threshold=1)
    result = resolve(store, same_version, NOW)
    assert result.outcome == "refused"
    assert any("differs from the pinned policy of the same version 1" in r
               for r in result.reasons)
    assert store.digest() == digest_of(v1)


def test_a_valid_successor_shows_its_changes_and_is_pinned_only_when_asked(tmp_path, keys):
    store = PinnedPolicy(tmp_path)
    v1 = make(keys)
    resolve(store, v1, NOW)
    v2 = make(keys, version=2, custodians=("cust1", "cust3"), custodian_threshold=1,
              expires="2100-01-01T00:00:00Z", valid={"aud": (FROM, "2030-01-01T00:00:00Z")})
    result = resolve(store, v2, NOW)
    assert result.outcome == "successor" and result.ok
    assert result.pinned_digest == digest_of(v1)
    assert result.digest == digest_of(v2)
    assert list(result.changes) == [
        "version 1 → 2",
        "expiry 2099-12-31T00:00:00Z → 2100-01-01T00:00:00Z",
        "custodian threshold 2 → 1",
        f"key removed: cust2 ({kid(keys, 'cust2')}), custodian",
        f"key added: cust3 ({kid(keys, 'cust3')}), custodian, valid from {FROM} until {UNTIL}",
        f"key aud ({kid(keys, 'aud')}) valid from {FROM} until {UNTIL} → from {FROM} "
        "until 2030-01-01T00:00:00Z",
    ]
    assert store.digest() == digest_of(v1)  # not yet
    assert store.pin(result.data, replaces=result.pinned_digest) == digest_of(v2)
    assert PinnedPolicy(tmp_path).digest() == digest_of(v2)
    assert mode(tmp_path / FILE_NAME) == 0o600
    assert resolve(store, v2, NOW).outcome == "same"


def test_a_rollback_to_an_older_version_is_refused(tmp_path, keys):
    store = PinnedPolicy(tmp_path)
    v1 = make(keys)
    v2 = make(keys, version=2, custodian_threshold=1)
    resolve(store, v1, NOW)
    store.pin(resolve(store, v2, NOW).data)
    result = resolve(store, v1, NOW)
    assert result.outcome == "refused"
    assert any("older than the pinned version 2 (rollback)" in r for r in result.reasons)
    assert store.digest() == digest_of(v2)


def test_skipping_a_version_is_refused(tmp_path, keys):
    store = PinnedPolicy(tmp_path)
    resolve(store, make(keys), NOW)
    result = resolve(store, make(keys, version=3, custodian_threshold=1), NOW)
    assert result.outcome == "refused"
    assert any("skips from the pinned version 1" in r for r in result.reasons)


def test_a_pinned_policy_that_expired_is_refused_but_a_successor_its_admins_signed_is_not(
        tmp_path, keys):
    store = PinnedPolicy(tmp_path)
    v1 = make(keys, expires="2026-07-01T00:00:00Z")
    resolve(store, v1, NOW)
    later = datetime(2026, 8, 1, tzinfo=UTC)
    result = resolve(store, None, later)
    assert result.outcome == "refused"
    assert "the pinned policy does not hold now" in result.reasons[0]
    assert "expired at 2026-07-01T00:00:00Z" in result.reasons[0]
    v2 = make(keys, version=2)
    assert resolve(store, v2, later).outcome == "successor"


def test_a_damaged_pinned_policy_is_an_error_not_a_first_pin(tmp_path, keys):
    store = PinnedPolicy(tmp_path)
    resolve(store, make(keys), NOW)
    (tmp_path / FILE_NAME).write_bytes(b'{"payload":"AAAA","payloadType":')
    for call in (store.load, store.digest, lambda: resolve(store, make(keys), NOW)):
        with pytest.raises(InvalidInput) as caught:
            call()
        assert str(tmp_path / FILE_NAME) in str(caught.value)
        assert "Restore it from a backup" in str(caught.value)
    (tmp_path / FILE_NAME).write_bytes(Envelope("text/plain", b"hello").dumps())
    with pytest.raises(InvalidInput, match="is not a trust policy"):
        store.load()


def test_pin_checks_what_it_stores_and_what_it_replaces(tmp_path, keys):
    store = PinnedPolicy(tmp_path)
    with pytest.raises(InvalidInput):
        store.pin(b"[]")
    assert store.load() is None
    v1 = make(keys)
    store.pin(v1)
    with pytest.raises(InvalidInput, match="changed since it was shown"):
        store.pin(make(keys, version=2), replaces="0" * 64)
    assert store.digest() == digest_of(v1)


def test_successor_verdict(keys):
    pinned = policy_of(make(keys))
    policy, verdict = successor_verdict(pinned, make(keys, version=2, custodian_threshold=1),
                                        NOW, "candidate.json")
    assert verdict.ok and policy.version == 2
    policy, verdict = successor_verdict(pinned, b"\xff", NOW, "candidate.json")
    assert policy is None and not verdict.ok
    assert verdict.failures[0].name == "policy format"


# -- what changes -----------------------------------------------------------------------


def test_policy_changes_keys_moving_roles_and_roles_added(keys):
    old = policy_of(make(keys))
    new = policy_of(make(keys, version=2, custodians=("cust1",), custodian_threshold=1,
                         auditors=("aud", "cust2"), admins=("admin", "admin2"),
                         admin_threshold=2, report_signers=("signer",)))
    assert policy_changes(old, new) == [
        "version 1 → 2",
        "admin threshold 1 → 2",
        "custodian threshold 2 → 1",
        "role report-signer added: threshold 1 of 1 key(s)",
        f"key added: admin2 ({kid(keys, 'admin2')}), admin, valid from {FROM} until {UNTIL}",
        f"key added: signer ({kid(keys, 'signer')}), report-signer, valid from {FROM} "
        f"until {UNTIL}",
        f"key cust2 ({kid(keys, 'cust2')}) was custodian, is now auditor",
    ]
    assert policy_changes(new, old)[:4] == [
        "version 2 → 1", "admin threshold 2 → 1", "custodian threshold 1 → 2",
        "role report-signer removed (it had threshold 1)"]
    assert policy_changes(old, old) == []


# -- digest words -----------------------------------------------------------------------


def test_digest_words():
    digest = "a" * 64
    assert digest_words(digest) == keyid_words(digest)
    assert len(digest_words(digest, 12)) == 12
    assert digest_words(digest, 12)[:8] == digest_words(digest)
    assert digest_words("0" * 64, 23) == ["abandon"] * 23
    # Word 23 takes bits 242..252: the last three bits of the digest never count.
    assert digest_words("f" * 63 + "8", 23) == digest_words("f" * 64, 23)
    assert digest_words("f" * 63 + "0", 23)[-1] != "zoo"
    number = 0
    for index in range(1, 9):
        number = (number << 11) | index
    assert digest_words(f"{number:022x}" + "0" * 42) == list(bip39_wordlist()[1:9])
    for bad in ("A" * 64, "a" * 63, 5):
        with pytest.raises(InvalidInput, match="not a SHA-256 digest"):
            digest_words(bad)
    for count in (0, 24, True):
        with pytest.raises(ValueError):
            digest_words(digest, count)
