"""Sites (app/domain/sites.py)."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import InvalidInput
from app.domain.sites import Site, SiteKind, make_site

pytestmark = pytest.mark.engines


def refused(field, *args, **kwargs):
    with pytest.raises(InvalidInput) as info:
        make_site(*args, **kwargs)
    assert info.value.field == field
    assert "\n" not in str(info.value)
    return str(info.value)


def test_site_is_normalized():
    site = make_site(" ldn-vault_1 ", "  London Vault 1 ", "vault", " GB ", " Acme Custody ")
    assert site == Site("LDN-VAULT_1", "London Vault 1", SiteKind.VAULT, "GB", "Acme Custody")
    assert site.as_json() == {
        "code": "LDN-VAULT_1",
        "name": "London Vault 1",
        "kind": "vault",
        "jurisdiction": "GB",
        "operator": "Acme Custody",
    }


def test_optional_fields_default_to_empty():
    site = make_site("GS", "Rehden gas storage", SiteKind.GAS_STORAGE)
    assert site.jurisdiction == ""
    assert site.operator == ""
    assert site.kind is SiteKind.GAS_STORAGE


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("tank-farm", SiteKind.TANK_FARM),
        ("Tank_Farm", SiteKind.TANK_FARM),
        ("LNG terminal", SiteKind.LNG_TERMINAL),
        (SiteKind.WAREHOUSE, SiteKind.WAREHOUSE),
        ("gas-storage", SiteKind.GAS_STORAGE),
    ],
)
def test_kinds(text, kind):
    assert make_site("X", "X", text).kind is kind


def test_site_kind_values():
    assert [k.value for k in SiteKind] == [
        "vault",
        "tank-farm",
        "gas-storage",
        "lng-terminal",
        "warehouse",
    ]


def test_code_length_limits():
    assert make_site("A" * 16, "n", "vault").code == "A" * 16
    assert make_site("7", "n", "vault").code == "7"
    assert "17 characters long; at most 16" in refused("code", "A" * 17, "n", "vault")


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("", "code is empty"),
        ("   ", "empty"),
        ("LDN VAULT", "only letters A-Z, digits, '-' and '_'"),
        ("LDN.1", "only letters"),
        ("ÉTÉ", "only letters"),  # upper-cased but not A-Z
        ("ＬＤＮ", "only letters"),  # full-width letters
        ("LDN\x00", "control character"),
        (12, "must be text"),
    ],
)
def test_bad_codes(code, words):
    assert words in refused("code", code, "name", "vault")


@pytest.mark.parametrize(
    ("kwargs", "field", "words"),
    [
        ({"name": ""}, "name", "name is empty"),
        ({"name": "N" * 201}, "name", "201 characters long; at most 200"),
        ({"name": "Vault\r\n2"}, "name", "control character"),
        ({"name": "Vault\u202e2"}, "name", "U+202E"),
        ({"kind": "bank"}, "kind", "not one of: vault, tank-farm"),
        ({"kind": None}, "kind", "not one of"),
        ({"jurisdiction": "G\tB"}, "jurisdiction", "control character"),
        ({"jurisdiction": "J" * 101}, "jurisdiction", "at most 100"),
        ({"operator": "O" * 201}, "operator", "at most 200"),
        ({"operator": None}, "operator", "must be text"),
    ],
)
def test_bad_fields(kwargs, field, words):
    args = {"code": "LDN", "name": "London", "kind": "vault"}
    args.update(kwargs)
    assert words in refused(field, **args)


def test_name_may_hold_any_printable_text():
    site = make_site("KHI", "کراچی والٹ — Vault №1", "vault", "PK")
    assert site.name == "کراچی والٹ — Vault №1"
    assert len(make_site("X", "N" * 200, "vault").name) == 200


def test_site_is_frozen():
    site = make_site("LDN", "London", "vault")
    with pytest.raises(dataclasses.FrozenInstanceError):
        site.code = "X"  # type: ignore[misc]


@given(
    st.text(
        alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_",
        min_size=1,
        max_size=16,
    )
)
def test_any_valid_code_is_accepted_upper_cased(code):
    site = make_site(code, "name", "warehouse")
    assert site.code == code.upper()
    assert 1 <= len(site.code) <= 16
