"""Field messages: shown when a field is left or on Save, never on the first keystroke,
and never moving the fields below them."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from app.domain.errors import InvalidInput
from app.gui.forms import Form
from tests.gui.conftest import leave


def _number(text: str) -> None:
    if not text.isdigit():
        raise InvalidInput("a whole number, please")


@pytest.fixture
def form(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    form = Form(QFormLayout(window))
    form.add("count", "Count:", QLineEdit(), _number)
    form.add("with_hint", "Weight:", QLineEdit(), _number, hint="In troy ounces.")
    form.add("below", "Below:", QLineEdit(), required=False)
    form.finish()
    window.resize(400, 300)
    window.show()
    qtbot.waitExposed(window)
    form.window = window  # kept alive with the form
    return form


def _shown(form: Form, name: str) -> str:
    error = form.fields[name].error
    return error.text() if error.isVisibleTo(error.parentWidget()) else ""


def test_a_message_waits_until_the_field_is_left_then_follows_the_typing(qtbot, form):
    seen = []
    form.validity.connect(seen.append)
    count = form.fields["count"].widget
    qtbot.keyClicks(count, "1x")
    assert seen[-1] is False  # Save stays disabled at once...
    assert _shown(form, "count") == ""  # ...but a half-typed value is not called a mistake
    leave(count)
    assert _shown(form, "count") == "a whole number, please"
    count.setText("12")  # put right: the message goes as the typing fixes it
    assert _shown(form, "count") == ""
    count.setText("1y")
    assert _shown(form, "count") == "a whole number, please"


def test_an_empty_field_left_is_not_shouted_at_but_save_names_it(qtbot, form):
    count = form.fields["count"].widget
    leave(count)
    assert _shown(form, "count") == ""
    assert form.touch_all() is False
    assert _shown(form, "count") == "Count is required"


def test_a_message_does_not_move_the_fields_below(qtbot, form):
    below = form.fields["below"].widget
    before = below.mapTo(below.window(), below.rect().topLeft()).y()
    for name in ("count", "with_hint"):
        widget = form.fields[name].widget
        widget.setText("x")
        leave(widget)
        assert _shown(form, name)
    qtbot.wait(10)  # the layout settles
    after = below.mapTo(below.window(), below.rect().topLeft()).y()
    assert after == before
    hint = form.fields["with_hint"].hint
    assert not hint.isVisibleTo(hint.parentWidget())  # the message took the hint's place


def test_reset_forgets_the_entry_without_messages(qtbot, form):
    count = form.fields["count"].widget
    count.setText("x")
    leave(count)
    assert _shown(form, "count")
    form.reset(("count",))
    assert count.text() == ""
    assert _shown(form, "count") == ""
    count.setText("y")  # a new entry: judged again only when left
    assert _shown(form, "count") == ""
