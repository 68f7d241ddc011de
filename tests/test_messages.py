"""Messages that keep their template: what the CLI prints is unchanged, what the GUI
translates is complete (app/domain/messages.py)."""

from __future__ import annotations

import ast
import pickle
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import pytest

from app.domain import messages
from app.domain.errors import CheckFailed, InvalidInput
from app.domain.messages import Message, joined, listed, msg

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "app"
TS = ROOT / "resources" / "translations" / "tijori_ur.ts"


def test_a_message_reads_as_the_f_string_it_replaces():
    weight, line = Decimal("12500.5"), 7
    said = msg("line {line}: gross_oz {weight} is above {limit:,} ozt ({text!r})",
               line=line, weight=weight, limit=1250, text="x")
    assert said == f"line {line}: gross_oz {weight} is above {1250:,} ozt ({'x'!r})"
    assert said.template == "line {line}: gross_oz {weight} is above {limit:,} ozt ({text!r})"
    assert said.fields == {"line": 7, "weight": weight, "limit": 1250, "text": "x"}
    assert isinstance(said, str) and str(said) == said


def test_a_template_without_fields_keeps_its_braces():
    assert msg("{{literal}} and {this}") == "{{literal}} and {this}"


def test_joined_and_listed_keep_each_part():
    parts = [msg("a {n}", n=1), "plain", msg("c")]
    together = joined(parts)
    assert together == "a 1; plain; c"
    assert [together.fields[f"part{i}"] for i in range(3)] == parts
    assert together.fields["part0"].template == "a {n}"
    assert joined(["x{y}"], ", ") == "x{y}"  # a part's braces are its own, not the template's
    assert listed(["one"]) == "one"
    assert listed(["a", "b", "c"]) == "a, b and c"
    assert listed(["a", "b"]).template == "{items} and {last}"


def test_an_error_keeps_its_message_and_field_across_processes():
    error = InvalidInput(msg("fineness {value} is above 1000", value=Decimal("1000.1")),
                         "fineness")
    again = pickle.loads(pickle.dumps(error))
    assert str(again) == "fineness 1000.1 is above 1000"
    assert again.field == "fineness"
    assert again.message.template == "fineness {value} is above 1000"
    assert again.message.fields == {"value": Decimal("1000.1")}


def test_a_plain_sentence_is_its_own_template():
    error = CheckFailed("Not final yet.", "policy")
    assert isinstance(error.message, Message)
    assert error.message.template == "Not final yet." and not error.message.fields
    assert error.field == "policy"


# -- the source: every template can be found, and is translated ---------------------------


def _modules():
    for layer in messages.LAYERS:
        yield from sorted((APP / layer).rglob("*.py"))


def _message_arguments(tree: ast.AST):
    """(call, argument) for each argument of the source that is a message."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = messages._callee(node)
        if name in messages.MESSAGE_CALLS:
            at = messages.MESSAGE_CALLS[name]
            arguments = node.args[at:at + 1]
        elif name in messages.CHECK_METHODS and isinstance(node.func, ast.Attribute):
            arguments = node.args[1:]
        else:
            continue
        for argument in arguments:
            stack = [argument]
            while stack:
                part = stack.pop()
                if isinstance(part, ast.IfExp):
                    stack += [part.body, part.orelse]
                elif isinstance(part, ast.BoolOp):
                    stack += part.values
                else:
                    yield node, part


def test_every_msg_is_given_its_template_as_written():
    """`collect` reads templates from the source: a template held in a variable or built at
    run time would never reach the translations."""
    found = []
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and messages._callee(node) == "msg" and not (
                    node.args and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not found, "msg() without a literal template: " + ", ".join(found)


def test_no_message_is_an_f_string():
    """An f-string message is English only: it is a `msg` template with fields instead."""
    found = [f"{path.relative_to(ROOT)}:{argument.lineno}"
             for path in _modules()
             for _, argument in _message_arguments(ast.parse(path.read_text(encoding="utf-8")))
             if isinstance(argument, ast.JoinedStr)]
    assert not found, "f-string messages: " + ", ".join(found)


def test_the_templates_are_collected_with_their_fields():
    source = '''
raise InvalidInput(msg("a {b} c", b=1), "field_name")
verdict.add("check name", ok, "a reason" if ok else msg("no {thing}", thing=2))
raise NotJSON(source, "its reason")
seen.add("not a message")
'''
    assert sorted(messages.templates_in(source)) == ["a reason", "a {b} c", "its reason",
                                                     "no {thing}"]


def test_every_template_is_in_the_translations():
    """`make translations-update` was run after the last message was written."""
    root = ET.parse(TS).getroot()
    listed_there = {message.findtext("source") for context in root.iter("context")
                    if context.findtext("name") == messages.CONTEXT
                    for message in context.iter("message")}
    templates = messages.collect(APP)
    assert len(templates) > 700
    missing = [t for t in templates if t not in listed_there]
    assert not missing, f"{len(missing)} templates not in {TS.name}: {missing[:5]}"


@pytest.mark.parametrize("template", ["{a} and {b}", "plain"])
def test_the_catalogue_marks_each_template_for_lupdate(template, tmp_path):
    (tmp_path / "domain").mkdir()
    (tmp_path / "domain" / "x.py").write_text(f"raise InvalidInput(msg({template!r}))\n")
    for layer in messages.LAYERS[1:]:
        (tmp_path / layer).mkdir()
    assert f"QT_TRANSLATE_NOOP('Messages', {template!r})" in messages.catalogue(tmp_path)
