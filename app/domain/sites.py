"""Sites: the vaults, tank farms, gas stores, LNG terminals and warehouses that hold reserves."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from app.domain.errors import InvalidInput
from app.domain.messages import msg
from app.domain.text import clean_text

__all__ = ["MAX_CODE_CHARS", "MAX_NAME_CHARS", "Site", "SiteKind", "make_site"]


class SiteKind(StrEnum):
    """What kind of place a site is."""

    VAULT = "vault"
    TANK_FARM = "tank-farm"
    GAS_STORAGE = "gas-storage"
    LNG_TERMINAL = "lng-terminal"
    WAREHOUSE = "warehouse"


MAX_CODE_CHARS = 16
MAX_NAME_CHARS = 200
#: Jurisdiction is free text (e.g. "GB", "AE-DU", "England and Wales").
MAX_JURISDICTION_CHARS = 100
MAX_OPERATOR_CHARS = 200

_CODE_RE = re.compile(r"[A-Z0-9_-]+")
_KINDS = {kind.value: kind for kind in SiteKind}


@dataclass(frozen=True, slots=True)
class Site:
    """A site; `code` is its short, unique, upper-case key."""

    code: str
    name: str
    kind: SiteKind
    jurisdiction: str = ""
    operator: str = ""

    def as_json(self) -> dict[str, str]:
        """Plain strings, for canonical JSON."""
        return {
            "code": self.code,
            "name": self.name,
            "kind": self.kind.value,
            "jurisdiction": self.jurisdiction,
            "operator": self.operator,
        }




def _code(value: object) -> str:
    code = clean_text(value, "code", MAX_CODE_CHARS, required=True).upper()
    if not _CODE_RE.fullmatch(code):
        raise InvalidInput(
            msg("code {code!r} may contain only letters A-Z, digits, '-' and '_'",
                code=code), "code"
        )
    return code


def _kind(value: object) -> SiteKind:
    if isinstance(value, str):
        found = _KINDS.get(value.strip().lower().replace("_", "-").replace(" ", "-"))
        if found is not None:
            return found
    raise InvalidInput(msg("kind {value!r} is not one of: {KINDS}",
                           value=value, KINDS=', '.join(_KINDS)), "kind")


def make_site(
    code: str, name: str, kind: SiteKind | str, jurisdiction: str = "", operator: str = ""
) -> Site:
    """Validate and normalise a site.

    `code`: 1-16 characters of A-Z, 0-9, '-' and '_', upper-cased ("ldn-1"
    becomes "LDN-1").  `name`: not empty, at most 200 characters.  All text
    is stripped and may not contain control characters.  `kind` is a
    `SiteKind` or its value ("tank-farm"; "tank_farm" and "Tank Farm" are
    accepted too).
    """
    return Site(
        code=_code(code),
        name=clean_text(name, "name", MAX_NAME_CHARS, required=True),
        kind=_kind(kind),
        jurisdiction=clean_text(
            jurisdiction, "jurisdiction", MAX_JURISDICTION_CHARS, required=False
        ),
        operator=clean_text(operator, "operator", MAX_OPERATOR_CHARS, required=False),
    )
