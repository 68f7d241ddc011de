"""RFC 8785 (JCS) canonical JSON for everything Tijori hashes or signs.

`rfc8785` is the reference encoder. It is pure Python and takes seconds on a
million-row payload, so for the common shape of our documents, ASCII keys and
no JSON numbers other than integers, msgspec's C encoder with sorted keys gives
the same bytes: JCS orders keys by UTF-16 code units, which for ASCII keys is
their byte order, and both escape strings the same way (short escapes for
\\b \\t \\n \\f \\r, lower-case \\u00xx for other controls, everything else as UTF-8).
`tests/test_canonical.py` checks the two against each other.
"""

from __future__ import annotations

import json
import re
from typing import Any

import msgspec
import rfc8785

from app.domain.errors import InvalidInput
from app.domain.messages import msg

_MAX_SAFE_INT = 2**53 - 1
_ONLY_STR = {str}
#: The deepest nesting of arrays and objects any file Tijori reads may have. The
#: deepest legitimate document, a report bundle (report → proofs → proof → envelope →
#: signatures → signature), has six levels; a hostile one of thousands would otherwise
#: exhaust the stack of the parser, of `rfc8785` or of a walker.
MAX_DEPTH = 64
# Parsing valid UTF-8 gives a lone surrogate only from a \uD800-\uDFFF escape; these find
# the escape (and, in text handed over as str, a raw one) so that only a document that
# has one is searched string by string.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# msgspec's encoder writes the same bytes as the standard library's C encoder with
# sorted keys and no spaces (tests/test_canonical.py checks every code point), five
# times faster: a million-bar import is nine million strings.
_fast = msgspec.json.Encoder(order="sorted").encode


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
        if isinstance(item, str):
            return True  # a str subclass (a Message): the fast encoder takes only str
        if kind is int:
            if abs(item) > _MAX_SAFE_INT:
                raise InvalidInput(msg("integer {item} is too large for canonical JSON", item=item))
            continue
        if kind is list or kind is tuple:
            if item and set(map(type, item)) == _ONLY_STR:  # a column of strings, in C
                continue
            stack.extend(item)
            continue
        if kind is dict:
            for key in item:
                if type(key) is not str:
                    raise InvalidInput(msg("canonical JSON keys must be strings, not {key!r}",
                                           key=key))
                if not key.isascii():
                    return True
            stack.extend(item.values())
            continue
        if kind is float:
            raise InvalidInput("floats are not allowed in canonical JSON; use decimal strings")
        raise InvalidInput(msg("cannot encode {kind} as canonical JSON", kind=kind.__name__))
    return False


def dumps(value: Any) -> bytes:
    """Encode `value` as RFC 8785 canonical JSON (UTF-8 bytes).

    Text that is not Unicode (a lone surrogate) or nesting deeper than the stack
    allows is an InvalidInput, never a UnicodeEncodeError or RecursionError.
    """
    try:
        if _needs_reference(value):
            return rfc8785.dumps(value)
        return _fast(value)
    except UnicodeEncodeError:
        raise InvalidInput("cannot encode as canonical JSON: the text holds a lone "
                           "surrogate, which is not Unicode") from None
    except RecursionError:
        raise InvalidInput("cannot encode as canonical JSON: it is nested too deeply") from None
    except (rfc8785.CanonicalizationError, ValueError, TypeError) as exc:
        raise InvalidInput(msg("cannot encode as canonical JSON: {exc}", exc=exc)) from None


class NotJSON(InvalidInput):
    """A document `loads` refuses. The message names the source; `reason` alone says why,
    for a reader that words the refusal its own way ("... is not a Tijori file (why)")."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(msg("{source} is not valid JSON: {reason}", source=source, reason=reason))
        self.reason = reason


class UnsafeJSON(NotJSON):
    """Refused for its shape rather than its syntax: nested deeper than `MAX_DEPTH`, or
    holding a lone surrogate (JSON lets a string escape one; no encoder can write it)."""


def loads(data: bytes | str, *, source: str = "the JSON text") -> Any:
    """Decode JSON strictly: refuse text that is not UTF-8, floats, NaN, duplicate keys,
    nesting deeper than `MAX_DEPTH` and lone surrogates, each as a `NotJSON` naming `source`.

    Every reader of a file a user can be handed parses it here, so that no such file
    reaches a RecursionError or a UnicodeError in the parser, in our walkers or in an
    encoder. The checks add a few per cent to the parse at most: one pass over the
    containers (not every string), and strings are searched only in a document whose
    text has a surrogate escape.
    """

    def no_float(text: str) -> Any:
        raise InvalidInput(msg("JSON number {text} is not allowed; quantities are decimal "
                               "strings", text=text))

    def no_constant(text: str) -> Any:
        raise InvalidInput(msg("JSON constant {text} is not allowed", text=text))

    def unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, val in pairs:
            if key in out:
                raise InvalidInput(msg("duplicate JSON key {key!r}", key=key))
            out[key] = val
        return out

    if isinstance(data, str):
        text = data
        _check_text(text, source)
    else:
        try:
            text = bytes(data).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise NotJSON(source, msg("it is not UTF-8 text (byte {start})",
                                      start=exc.start)) from None
    try:
        value = json.loads(
            text, parse_float=no_float, parse_constant=no_constant, object_pairs_hook=unique
        )
    except RecursionError:
        raise _too_deep(source) from None
    except InvalidInput as exc:
        raise NotJSON(source, exc.message) from None
    except json.JSONDecodeError as exc:
        raise NotJSON(source, msg("{msg} at line {lineno} column {colno}",
                                  msg=exc.msg, lineno=exc.lineno, colno=exc.colno)) from None
    strings = _SURROGATE_ESCAPE.search(text) is not None
    # A text with no more brackets than MAX_DEPTH cannot nest deeper: for the many small
    # documents (journal events) counting them is cheaper than walking the tree.
    if strings or len(text) > 4096 or text.count("[") + text.count("{") > MAX_DEPTH:
        _check_tree(value, source, strings=strings)
    return value


def _too_deep(source: str) -> UnsafeJSON:
    return UnsafeJSON(source, msg("it is nested more than {MAX_DEPTH} levels deep",
                                  MAX_DEPTH=MAX_DEPTH))


def _check_text(text: str, source: str) -> None:
    found = None if text.isascii() else _SURROGATE.search(text)
    if found:
        raise UnsafeJSON(source, msg("it holds the lone surrogate \\u{ord:04x}, which is not "
                                     "Unicode text", ord=ord(found.group())))


def _check_tree(value: Any, source: str, *, strings: bool) -> None:
    """Refuse nesting deeper than MAX_DEPTH and, with `strings`, lone surrogates; iteratively.

    A container's members are looked at one by one only if some are containers (or
    strings to search): a list of a million leaf texts costs one `set(map(type, ...))`.
    """
    if type(value) is not dict and type(value) is not list:
        if strings and type(value) is str:
            _check_text(value, source)
        return
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise _too_deep(source)
        if type(item) is dict:
            if strings:
                for key in item:
                    _check_text(key, source)
            children = item.values()
        else:
            children = item
        kinds = set(map(type, children))
        if dict in kinds or list in kinds:
            stack.extend((child, depth + 1) for child in children
                         if type(child) is dict or type(child) is list)
        if strings and str in kinds:
            for child in children:
                if type(child) is str:
                    _check_text(child, source)
