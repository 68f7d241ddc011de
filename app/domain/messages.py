"""Messages for people that can be said in the reader's language.

The layers below the GUI know no Qt and no language but English, yet what they say
(an error, a verification check's reason) is read in the desktop application, in
Urdu too. So they write a message as a template with named fields,

    raise InvalidInput(msg("line {line}: the fineness {fineness} is above 1000", line=7,
                           fineness=fineness), "fineness")

and `msg` gives a `Message`: a `str` holding the English sentence, as printed by the
CLI and written into files, that also keeps its template and fields. The GUI looks the
template up in its translations (the context "Messages") and fills in the same fields
(`app.gui.i18n.say`). A message that is a plain string literal needs no `msg`: it is its
own template.

`collect` finds every template in the source (the first argument of each `msg(…)` and
each string literal given to an error or a check), for `make translations-update` to
put into the `.ts` files: a template is written once, where it is used, and nowhere else.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

#: The translation context of these messages.
CONTEXT = "Messages"


class Message(str):
    """An English sentence that remembers the template and fields it was made from."""

    template: str
    fields: dict[str, Any]

    def __new__(cls, template: str, fields: dict[str, Any] | None = None) -> Message:
        fields = dict(fields or {})
        self = super().__new__(cls, template.format(**fields) if fields else template)
        self.template = template
        self.fields = fields
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # across processes, template and fields too
        return (Message, (self.template, self.fields))


class Code(str):
    """A code the ledger keeps ("crude-oil") as English shows it ("crude oil"): the
    GUI shows the name it gives the code (`app.gui.names`) in its place."""

    code: str

    def __new__(cls, code: str, text: str) -> Code:
        self = super().__new__(cls, text)
        self.code = code
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (Code, (self.code, str(self)))


def msg(template: str, /, **fields: Any) -> Message:
    """The message `template` with its `{fields}` filled in (str.format, so a field may
    carry a format spec such as `{count:,}`)."""
    return Message(template, fields)


def joined(parts: Iterable[str], separator: str = "; ") -> Message:
    """`parts` (messages or plain text) one after another, each still said in the reader's
    language: "a; b; c" whose template has one field per part."""
    parts = list(parts)
    mark = separator.replace("{", "{{").replace("}", "}}")
    return Message(mark.join(f"{{part{i}}}" for i in range(len(parts))),
                   {f"part{i}": part for i, part in enumerate(parts)})


def listed(items: Iterable[str]) -> str:
    """"a", "a and b", "a, b and c", each item still said in the reader's language."""
    items = list(items)
    if len(items) == 1:
        return items[0]
    return msg("{items} and {last}", items=joined(items[:-1], ", "), last=items[-1])


# -- the templates, for the translation files ---------------------------------------------

#: Calls whose string-literal argument is a message, and which argument: the errors
#: (app/domain/errors.py and the errors of the layers above that extend them) take it
#: first, a few that name their source first take it after.
MESSAGE_CALLS = {
    "TijoriError": 0, "InvalidInput": 0, "OutOfRange": 0, "CheckFailed": 0,
    "LedgerError": 0, "WrongPassphrase": 0, "NotFound": 0, "Cancelled": 0, "Ambiguous": 0,
    "ReplayError": 0, "CmsError": 0, "NotJSON": 1, "UnsafeJSON": 1, "RowError": 2,
    "_Shape": 0, "_Differs": 0,
}
#: A verdict's methods that take a reason (app/attest/verdict.py).
CHECK_METHODS = frozenset({"add", "passed", "failed", "finding", "not_done"})
#: The layers whose messages the application shows (the GUI's own are marked with tr).
LAYERS = ("domain", "store", "attest", "services", "reporting")


def _callee(node: ast.Call) -> str | None:
    function = node.func
    if isinstance(function, ast.Name):
        return function.id
    if isinstance(function, ast.Attribute):
        return function.attr
    return None


def templates_in(source: str) -> Iterator[str]:
    """The message templates written in one module's source."""
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _callee(node)
        if name == "msg":
            arguments = node.args[:1]
        elif name in MESSAGE_CALLS:
            arguments = node.args[MESSAGE_CALLS[name]:MESSAGE_CALLS[name] + 1]
        elif name in CHECK_METHODS and isinstance(node.func, ast.Attribute):
            arguments = node.args[1:]  # a check's name is a code, not a sentence
        else:
            continue
        arguments += [k.value for k in node.keywords if k.arg in ("message", "reason")]
        for argument in arguments:
            yield from _strings(argument)


def _strings(node: ast.expr) -> Iterator[str]:
    """The string literals an argument can be: itself, either side of `a if c else b`, or
    any of `a or b`."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.IfExp):
        yield from _strings(node.body)
        yield from _strings(node.orelse)
    elif isinstance(node, ast.BoolOp):  # `found or "the default reason"`
        for value in node.values:
            yield from _strings(value)


def collect(root: Path) -> list[str]:
    """Every template of the layers under `root` (the `app` folder), once each, in the
    order first found."""
    found: dict[str, None] = {}
    for layer in LAYERS:
        for path in sorted((root / layer).rglob("*.py")):
            for template in templates_in(path.read_text(encoding="utf-8")):
                if any(c.isalpha() for c in template):
                    found.setdefault(template, None)
    return list(found)


def catalogue(root: Path) -> str:
    """A Python source marking every template for `lupdate` (QT_TRANSLATE_NOOP)."""
    lines = ["# Generated by app/domain/messages.py for lupdate; not imported."]
    lines += [f"QT_TRANSLATE_NOOP({CONTEXT!r}, {template!r})" for template in collect(root)]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":  # python -m app.domain.messages OUT.py
    import sys

    Path(sys.argv[1]).write_text(catalogue(Path(__file__).resolve().parents[1]),
                                 encoding="utf-8")
