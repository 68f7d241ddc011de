"""A bar's identity: serials and brands compared on a normalised skeleton.

Two serials that a person reads as the same must be the same bar, or one bar can
be counted twice. `identity_key` maps a text to the key its identity compares on:

1. NFKC: canonical and compatibility forms agree (NFC and NFD "É"; full-width
   "ＡＢ１２３" and "AB123"; ligatures, superscripts, circled digits).
2. Case folding, then the uppercase of that: the key ignores case, and reads the
   text in capitals (why: below).
3. White_Space and Default_Ignorable_Code_Point characters are removed: spaces of
   every width (U+00A0 no-break, U+2009 thin, ...), U+200B zero-width space,
   U+FEFF, U+00AD soft hyphen, joiners, bidi controls, variation selectors.
4. The skeleton of Unicode Technical Standard #39 (Unicode Security Mechanisms,
   section 4): NFD, each character replaced by its confusables.txt prototype,
   NFD again, so Cyrillic "АВ123" and Greek "ΑΒ123" are Latin "AB123".
5. Nothing after: the prototypes come in both cases ("0" is "O", "I" is "l"), and
   folding them again would merge what differs in capitals ("L" with "I" and "1").

The key is for comparing only; it is not a spelling to show anyone.

Why capitals. UTS #39's skeleton is case-sensitive: Cyrillic "В" looks like "B",
but its small letter "в" looks like a small capital "ʙ", not like "b"; Greek "Β"
is "B", "β" is "ß". Folding case before the skeleton (as first specified) would
therefore let Cyrillic "АВ123" and Greek "ΑΒ123" through beside "AB123": by our
count over all of Unicode it misses 155 capital lookalikes of ASCII capitals and
digits, among them Cyrillic В З К М Н Т and Greek Β Ε Ζ Η Ι Κ Μ Ν Τ Υ Χ. Reading
in capitals misses 3, and serials and brands are stamped and listed in capitals.
The price: small letters that only look alike in small print are not
caught (Greek "ν" and "v", "υ" and "u"; Cyrillic "г" and "r", "һ" and "h", "ԁ"
and "d"; 71 pairs), because their capitals differ. Catching both would need two
keys and a check against each: no single key can, since "ν" is like "v" while
its capital "Ν" is like "N".

ASCII confusables apply: this is the whole UTS #39 table, including the mappings
from ASCII to ASCII. Decided because a custodian's worst failure is one bar
recorded twice in an attested reserve, and 0/O and 1/I/l are exactly the mistakes
of people who copy serials off bars and bar lists; a false lookalike costs a
refusal that names both bars, which someone settles by reading the stamp.
Consequences, for texts that differ only in these characters (refused within one
brand and year):

- "0", "O" and "o" are one character ("AB0123" is "ABO123");
- "1", "I", "i" and "|" are one character ("A1B" is "AIB"): 1, I and | share a
  prototype, and case makes I one with i; "L" (and "l", read as "L") stays apart;
- '"' is "''", and "`" is "'";
- "%" is "º/₀". Nothing else in ASCII changes: 5 and S, 8 and B, 2 and Z stay
  apart (UTS #39 does not list them), and "M" is not "RN" ("m" and "rn" are
  alike in small letters only).

Stability: the ledger stores these keys and recomputes them on replay. The tables
(`app/domain/confusables_data.py`, generated from ICU by
packaging/make_confusables.py: the prototypes, the ignored characters and the
uppercase mappings, which unlike case folding have no stability guarantee) are
pinned by a digest in tests/test_identity.py; changing them means bumping
IDENTITY_VERSION and a migration that recomputes stored keys. NFKC, NFD and case
folding come from Python's `unicodedata`; Unicode's stability policies keep them
fixed for assigned characters, so only code points unassigned in the running
Python's Unicode version could later change key (`app.domain.text.clean_text`
refuses those).

Plain ASCII, nearly every real serial, takes a fast path: one `str.translate`
with the keys of the 128 ASCII characters, which for ASCII text is the same as the
full path (no ASCII key holds a combining mark, so nothing reorders across
characters; tests/test_identity.py proves it).
"""

from __future__ import annotations

import unicodedata

from app.domain.messages import msg

# Bump when the key of any text can change (the table, the steps above), with a
# migration that recomputes the keys stored in the ledger.
IDENTITY_VERSION = 1

_Table = dict[int, "str | None"]

# Parsed on first use: ignored, uppercase, prototypes, and ignored + uppercase in one.
_tables: tuple[_Table, _Table, _Table, _Table] | None = None
_ascii_keys: _Table | None = None


def _parse(lines: str) -> _Table:
    table: _Table = {}
    for line in lines.splitlines():
        source, *target = line.split()
        table[int(source, 16)] = "".join(chr(int(code, 16)) for code in target)
    return table


def _load() -> tuple[_Table, _Table, _Table, _Table]:
    """Parse the generated data once: ignored → None, uppercase, prototypes, both first."""
    global _tables
    if _tables is None:
        from app.domain import confusables_data as data  # 85 KB: only when first needed

        ignored: _Table = {}
        for line in data.IGNORED.splitlines():
            first, _, last = line.partition("..")
            for code in range(int(first, 16), int(last or first, 16) + 1):
                ignored[code] = None
        uppercase, prototypes = _parse(data.UPPERCASE), _parse(data.PROTOTYPES)
        capitals = {**uppercase, **ignored}  # disjoint: checked by the generator
        _tables = (ignored, uppercase, prototypes, capitals)
    return _tables


def _full_key(text: str) -> str:
    """The key by every step of the module docstring, for any text."""
    _, _, prototypes, capitals = _load()
    folded = unicodedata.normalize("NFKC", text).casefold().translate(capitals)
    mapped = unicodedata.normalize("NFD", folded).translate(prototypes)
    return unicodedata.normalize("NFD", mapped)


def _build_ascii_keys() -> _Table:
    global _ascii_keys
    if _ascii_keys is None:
        keys: _Table = {}
        for code in range(128):
            key = _full_key(chr(code))
            if key != chr(code):
                keys[code] = key or None
        _ascii_keys = keys
    return _ascii_keys


def identity_key(text: str) -> str:
    """The key a serial or brand is compared on: equal keys mean lookalikes.

    NFKC, case-folded and read in capitals, without whitespace or default-ignorable
    characters, mapped to its UTS #39 skeleton (see the module docstring).
    """
    if text.isascii():
        return text.translate(_ascii_keys or _build_ascii_keys())
    return _full_key(text)


def identity_keys(texts: list[str]) -> list[str]:
    """`identity_key` of each text; a column of plain ASCII texts in one C call.

    The texts are joined on NUL, which no key changes and no stored text holds
    (`app.domain.text.clean_text` refuses control characters), translated
    together and split again.
    """
    joined = "\x00".join(texts)
    if joined.isascii() and joined.count("\x00") == len(texts) - 1:
        keys = joined.translate(_ascii_keys or _build_ascii_keys()).split("\x00")
        if len(keys) == len(texts):
            return keys
    return [identity_key(text) for text in texts]


def table_digest() -> str:
    """SHA-256 (hex) of the parsed tables, independent of how the data file is laid out.

    Pinned in tests/test_identity.py; a ledger can also record it beside the keys.
    """
    import hashlib

    ignored, uppercase, prototypes, _ = _load()
    lines = [f"ignore {code:04X}" for code in sorted(ignored)]
    for name, table in (("upper", uppercase), ("skeleton", prototypes)):
        lines += [f"{name} {code:04X} " + " ".join(f"{ord(char):04X}" for char in table[code])
                  for code in sorted(table)]
    return hashlib.sha256("\n".join(lines).encode("ascii")).hexdigest()


_MAX_CLAUSES = 6


def _describe_char(char: str) -> str:
    code = f"U+{ord(char):04X}"
    category = unicodedata.category(char)
    name = unicodedata.name(char, "") or {
        "Cc": "(a control character)", "Co": "(a private-use character)",
        "Cs": "(a surrogate)",
    }.get(category, f"(not assigned in Unicode {unicodedata.unidata_version})")
    if category[0] in "CZ":  # invisible or blank: the glyph would only confuse
        return f"{code} {name}"
    if category in ("Mn", "Me", "Mc"):
        return f"‘\u25cc{char}’ {code} {name}"  # on a dotted circle, as charts show marks
    return f"‘{char}’ {code} {name}"


def _describe_chars(chars: str) -> str:
    return " + ".join(_describe_char(char) for char in chars) if chars else "nothing"


def describe_difference(a: str, b: str) -> str:
    """Why `a` and `b` look alike: the characters in which they differ, named.

    For the message that refuses a lookalike bar, e.g. "‘А’ U+0410 CYRILLIC CAPITAL
    LETTER A where the other has ‘A’ U+0041 LATIN CAPITAL LETTER A". Meant for two
    texts with the same identity_key, but it describes any two texts' differences.
    """
    if a == b:
        return "the two are the same, character for character"
    from difflib import SequenceMatcher

    clauses = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        mine, other = a[i1:i2], b[j1:j2]
        pairs = zip(mine, other, strict=True) if len(mine) == len(other) else [(mine, other)]
        clauses += [f"{_describe_chars(x)} where the other has {_describe_chars(y)}"
                    for x, y in pairs]
    if len(clauses) > _MAX_CLAUSES:
        more = len(clauses) - _MAX_CLAUSES
        clauses = [*clauses[:_MAX_CLAUSES], f"and {more} more difference{'s' * (more > 1)}"]
    return "; ".join(clauses)


def bar_clash(bar: tuple[str, str, object], other: tuple[str, str, object], where: str) -> str:
    """Why a bar (brand, serial, year) cannot be recorded beside `other`, which is `where`.

    Names both bars as written; for lookalikes, also the characters that differ.
    """
    brand, serial, year = bar
    other_brand, other_serial, other_year = other
    if (brand, serial) == (other_brand, other_serial):
        return msg("bar {brand} {serial} ({year}) is {where}",
                   brand=brand, serial=serial, year=year, where=where)
    differences = [describe_difference(a, b) for a, b in
                   ((serial, other_serial), (brand, other_brand)) if a != b]
    return (f"bar {brand} {serial} ({year}) looks like bar {other_brand} {other_serial} "
            f"({other_year}), {where}: " + "; ".join(differences))
