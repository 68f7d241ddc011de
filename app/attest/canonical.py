"""RFC 8785 (JCS) canonical JSON for everything Tijori hashes or signs.

`rfc8785` is the reference encoder. It is pure Python and takes seconds on a
million-row payload, so for the common shape of our documents, ASCII keys and
no JSON numbers other than integers, the standard library's C encoder gives
the same bytes: JCS orders keys by UTF-16 code units, which for ASCII keys is
Python's sort order, and both escape strings the same way (short escapes for
\\b \\t \\n \\f \\r, lower-case \\u00xx for other controls, everything else as UTF-8).
`tests/test_canonical.py` checks the two against each other.
"""

from __future__ import annotations

import json
from typing import Any

import rfc8785

from app.domain.errors import InvalidInput

_MAX_SAFE_INT = 2**53 - 1
_fast = json.JSONEncoder(
    ensure_ascii=False, separators=(",", ":"), sort_keys=True, allow_nan=False
).encode


def _needs_reference(value: Any) -> bool:
    """True when the fast path cannot be trusted to equal JCS for `value`.

    Raises on floats: quantities are decimal strings, never JSON numbers.
    """
    stack = [value]
    while stack:
        item = stack.pop()
        kind = type(item)
        if kind is str or item is None or kind is bool:
            continue
        if kind is int:
            if abs(item) > _MAX_SAFE_INT:
                raise InvalidInput(f"integer {item} is too large for canonical JSON")
            continue
        if kind is list or kind is tuple:
            if item and all(type(v) is str for v in item):
                continue
            stack.extend(item)
            continue
        if kind is dict:
            for key in item:
                if type(key) is not str:
                    raise InvalidInput(f"canonical JSON keys must be strings, not {key!r}")
                if not key.isascii():
                    return True
            stack.extend(item.values())
            continue
        if kind is float:
            raise InvalidInput("floats are not allowed in canonical JSON; use decimal strings")
        raise InvalidInput(f"cannot encode {kind.__name__} as canonical JSON")
    return False


def dumps(value: Any) -> bytes:
    """Encode `value` as RFC 8785 canonical JSON (UTF-8 bytes)."""
    if _needs_reference(value):
        try:
            return rfc8785.dumps(value)
        except (rfc8785.CanonicalizationError, ValueError, TypeError) as exc:
            raise InvalidInput(f"cannot encode as canonical JSON: {exc}") from None
    return _fast(value).encode("utf-8")


def loads(data: bytes | str) -> Any:
    """Decode JSON, refusing floats, NaN and duplicate keys."""

    def no_float(text: str) -> Any:
        raise InvalidInput(f"JSON number {text} is not allowed; quantities are decimal strings")

    def no_constant(text: str) -> Any:
        raise InvalidInput(f"JSON constant {text} is not allowed")

    def unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, val in pairs:
            if key in out:
                raise InvalidInput(f"duplicate JSON key {key!r}")
            out[key] = val
        return out

    return json.loads(
        data, parse_float=no_float, parse_constant=no_constant, object_pairs_hook=unique
    )
