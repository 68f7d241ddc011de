"""The text of one page of a report, read with the PDF reader the verifier already has.

`tijori verify` compares the figures printed on a report's cover with its signed
statement. Reports are written by reportlab: every text run is a `Tj` (or `TJ`)
string in a TrueType subset font that carries a /ToUnicode map. This module reads
exactly that: the page's content streams, its fonts' /ToUnicode maps, and the
strings shown, one text run per piece. It is not a general text extractor (no
layout, no Type 3 fonts); what it cannot read it reports as an error, and the
cover check then fails.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

_DELIMITERS = b"()<>[]{}/%"
_WHITESPACE = b"\x00\t\n\x0c\r "
_ESCAPES = {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b",
            ord("f"): b"\x0c", ord("("): b"(", ord(")"): b")", ord("\\"): b"\\"}
MAX_PAGES_DEPTH = 32


class Name(str):
    """A PDF name operand (/F1), told apart from an operator."""


def _literal(data: bytes, i: int) -> tuple[bytes, int]:
    """The literal string starting after '(' at `i`; returns it and the index after ')'."""
    out = bytearray()
    depth = 1
    while i < len(data):
        c = data[i]
        if c == 0x5C:  # backslash
            i += 1
            if i >= len(data):
                break
            e = data[i]
            if e in _ESCAPES:
                out += _ESCAPES[e]
            elif 0x30 <= e <= 0x37:
                digits = re.match(rb"[0-7]{1,3}", data[i:i + 3])[0]
                out.append(int(digits, 8) & 0xFF)
                i += len(digits) - 1
            elif e == 0x0D:  # a line continuation
                if data[i + 1:i + 2] == b"\n":
                    i += 1
            elif e != 0x0A:
                out.append(e)
        elif c == 0x28:
            depth += 1
            out.append(c)
        elif c == 0x29:
            depth -= 1
            if depth == 0:
                return bytes(out), i + 1
            out.append(c)
        else:
            out.append(c)
        i += 1
    raise ValueError("a string in the page's content is not closed")


def tokens(data: bytes) -> Iterator[Any]:
    """Operands (bytes for strings, float, Name, list) and operators (str) of a content stream."""
    i, n = 0, len(data)
    stack: list[list[Any]] = []

    def emit(value: Any) -> Any:
        if stack:
            stack[-1].append(value)
            return None
        return value

    while i < n:
        c = data[i]
        token: Any = None
        if c in _WHITESPACE:
            i += 1
            continue
        if c == 0x25:  # a comment
            end = data.find(b"\n", i)
            i = n if end < 0 else end + 1
            continue
        if c == 0x28:
            value, i = _literal(data, i + 1)
            token = emit(value)
        elif c == 0x3C and data[i + 1:i + 2] == b"<":  # a dictionary (inline image, marked content)
            end = data.find(b">>", i)
            if end < 0:
                raise ValueError("a dictionary in the page's content is not closed")
            i = end + 2
            continue
        elif c == 0x3C:
            end = data.find(b">", i)
            if end < 0:
                raise ValueError("a hex string in the page's content is not closed")
            digits = re.sub(rb"\s", b"", data[i + 1:end])
            if len(digits) % 2:
                digits += b"0"
            token = emit(bytes.fromhex(digits.decode("ascii")))
            i = end + 1
        elif c == 0x5B:
            stack.append([])
            i += 1
            continue
        elif c == 0x5D:
            if not stack:
                raise ValueError("an array in the page's content closes twice")
            token = emit(stack.pop())
            i += 1
        else:
            start = i
            i += 1
            while i < n and data[i] not in _WHITESPACE and data[i] not in _DELIMITERS:
                i += 1
            word = data[start:i]
            if c == 0x2F:
                token = emit(Name(word[1:].decode("latin-1")))
            else:
                try:
                    number: float | None = float(word)
                except ValueError:
                    number = None
                if number is not None:
                    token = emit(number)
                elif stack:
                    raise ValueError("an operator inside an array")
                else:
                    token = word.decode("latin-1")
                    if token == "BI":  # skip an inline image's data up to its EI
                        end = re.search(rb"\sEI(?=[\s]|$)", data[i:])
                        if end is None:
                            raise ValueError("an inline image is not closed")
                        i += end.end()
                        continue
        if token is not None:
            yield token


def to_unicode(cmap: bytes) -> tuple[int, dict[int, str]]:
    """The code width in bytes and the code → text map of a /ToUnicode CMap."""
    table: dict[int, str] = {}
    width = 1

    def text(hexdigits: bytes) -> str:
        return bytes.fromhex(hexdigits.decode("ascii")).decode("utf-16-be")

    for block in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.S):
        for src, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
            width = len(src) // 2
            table[int(src, 16)] = text(dst)
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", cmap, re.S):
        for lo, hi, dst in re.findall(
                rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]*>|\[[^\]]*\])", block):
            width = len(lo) // 2
            first, last = int(lo, 16), int(hi, 16)
            if last - first > 0xFFFF:
                raise ValueError("a /ToUnicode range is too large")
            if dst.startswith(b"["):
                for offset, item in enumerate(re.findall(rb"<([0-9A-Fa-f]*)>", dst)):
                    table[first + offset] = text(item)
            else:
                start = bytes.fromhex(dst[1:-1].decode("ascii"))
                base = int.from_bytes(start, "big")
                for code in range(first, last + 1):
                    value = (base + code - first).to_bytes(len(start), "big")
                    table[code] = value.decode("utf-16-be", "replace")
    return width, table


def _decode(raw: bytes, font: tuple[int, dict[int, str]] | None) -> str:
    if font is None:
        return raw.decode("latin-1")
    width, table = font
    return "".join(table.get(int.from_bytes(raw[k:k + width], "big"), "\ufffd")
                   for k in range(0, len(raw) - width + 1, width))


def first_page(pages: Any) -> Any:
    """Page 1 (a pyHanko page dictionary) of a page tree: its first leaf."""
    return _first_page(pages)


def _first_page(node: Any, depth: int = 0) -> Any:
    node = node.get_object()
    if depth > MAX_PAGES_DEPTH:
        raise ValueError("the page tree is too deep")
    if node.get("/Type") == "/Page" or "/Kids" not in node:
        return node
    kids = node["/Kids"].get_object()
    if not kids:
        raise ValueError("the document has no page")
    return _first_page(kids[0], depth + 1)


def first_page_text(root: Any) -> str:
    """The text of page 1 of a document catalog (a pyHanko object): runs shown on one
    text line are joined, and each text line ends with a newline."""
    page = _first_page(root["/Pages"])
    resources = page.get("/Resources")
    fonts_dict = resources.get_object().get("/Font") if resources is not None else None
    fonts: dict[str, tuple[int, dict[int, str]] | None] = {}
    for name, ref in (fonts_dict.get_object().items() if fonts_dict is not None else []):
        font = ref.get_object()
        cmap = font.get("/ToUnicode")
        fonts[str(name).lstrip("/")] = to_unicode(cmap.get_object().data) if cmap else None
    contents = page.get("/Contents")
    if contents is None:
        return ""
    contents = contents.get_object()
    streams = [s.get_object() for s in contents] if isinstance(contents, list) else [contents]
    data = b"\n".join(stream.data for stream in streams)
    lines: list[str] = []
    line: list[str] = []
    operands: list[Any] = []
    current = None

    def new_line() -> None:
        if line:
            lines.append("".join(line))
            line.clear()

    for token in tokens(data):
        if not isinstance(token, str) or isinstance(token, Name):
            operands.append(token)
            continue
        if token == "Tf" and len(operands) >= 2 and isinstance(operands[-2], Name):
            current = fonts.get(str(operands[-2]))
        elif token in ("BT", "ET", "T*", "Td", "TD", "Tm"):
            new_line()
        elif token in ("'", '"') and operands and isinstance(operands[-1], bytes):
            new_line()  # these move to the next line, then show
            line.append(_decode(operands[-1], current))
        elif token == "Tj" and operands and isinstance(operands[-1], bytes):
            line.append(_decode(operands[-1], current))
        elif token == "TJ" and operands and isinstance(operands[-1], list):
            line.append("".join(_decode(item, current) for item in operands[-1]
                                if isinstance(item, bytes)))
        operands = []
    new_line()
    return "\n".join(lines)
