"""Short text fields typed by people: names, codes, serials, locations."""

from __future__ import annotations

import unicodedata

from app.domain.errors import InvalidInput
from app.domain.messages import msg

# Cc: C0/C1 controls; Cf: format characters (zero-width, bidi overrides);
# Cs/Co/Cn: surrogates, private use, unassigned; Zl/Zp: line/paragraph separators.
REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


def clean_text(
    value: object, field: str, max_chars: int, *, required: bool = True, upper: bool = False
) -> str:
    """Strip, optionally upper-case, and check a short text field.

    Refuses control, bidi-override, zero-width and unassigned characters, which
    could make two records that look the same hash differently.
    """
    if not isinstance(value, str):
        raise InvalidInput(msg("{field} must be text, not {kind}",
                               field=field, kind=type(value).__name__), field)
    text = value.strip()
    if upper:
        text = text.upper()
    if required and not text:
        raise InvalidInput(msg("{field} is empty", field=field), field)
    if len(text) > max_chars:
        raise InvalidInput(
            msg("{field} is {count} characters long; at most {max_chars} are allowed",
                field=field, count=len(text), max_chars=max_chars), field
        )
    if not text.isprintable():  # the slow check only when something is unusual
        for char in text:
            if unicodedata.category(char) in REFUSED_CATEGORIES:
                raise InvalidInput(
                    msg("{field} contains the control character U+{ord:04X}",
                        field=field, ord=ord(char)), field
                )
    return text
