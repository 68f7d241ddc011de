"""The strength meter on its own: empty, too weak with its advice, strong; its colours,
its bar, and the room it keeps so that the form below it does not move."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget

from app.domain.passphrase import TOO_WEAK, Strength, strength
from app.gui.strength_meter import METER_COLOURS, NOTHING, StrengthMeter, place_under
from tests.gui.conftest import PASSPHRASE

WIDTH = 420


@pytest.fixture
def meter(qtbot) -> StrengthMeter:
    widget = StrengthMeter()
    qtbot.addWidget(widget)
    widget.resize(WIDTH, widget.heightForWidth(WIDTH))
    widget.show()
    return widget


def role(widget: QWidget) -> str:
    return widget.property("role") or ""


def test_empty_it_invites_a_passphrase(meter):
    assert meter.judged is None
    assert meter.bar.value() == NOTHING == meter.bar.minimum()
    assert meter.text().startswith("Strength: type a new passphrase")
    assert role(meter.label) == "hint"
    assert meter.feedback.text() == ""


def test_too_weak_it_says_so_and_why(meter):
    judged = strength("password1")
    meter.show_strength(judged)
    assert meter.judged is judged and judged.label == TOO_WEAK
    assert meter.label.text().startswith("Strength: too weak · to guess it from a stolen copy: ")
    assert judged.crack_time in meter.label.text()
    assert "common password" in meter.feedback.text()
    assert meter.text() == meter.label.text() + "\n" + meter.feedback.text()
    assert role(meter.label) == "" and role(meter.feedback) == "error"
    assert meter.bar.value() == judged.score < 4
    assert METER_COLOURS[judged.score] in meter.bar.styleSheet()


def test_strong_it_reads_strong_in_green_without_advice(meter):
    judged = strength(PASSPHRASE)
    meter.show_strength(judged)
    assert judged.acceptable
    assert meter.text() == f"Strength: strong · to guess it from a stolen copy: {judged.crack_time}"
    assert meter.feedback.text() == ""
    assert role(meter.label) == "ok"
    assert meter.bar.value() == 4 == meter.bar.maximum()
    assert METER_COLOURS[4] in meter.bar.styleSheet()


def test_the_colour_role_follows_the_reading(meter):
    roles = []
    for judged in (None, strength("password1"), strength(PASSPHRASE), strength("abc"), None):
        meter.show_strength(judged)
        roles.append(role(meter.label))
    assert roles == ["hint", "", "ok", "", "hint"]


@pytest.mark.parametrize("score", range(5))
def test_the_bar_is_the_score_in_its_colour(meter, score):
    label = "strong" if score == 4 else TOO_WEAK
    meter.show_strength(Strength(score, label, score * 3, "3 hours", ""))
    assert meter.bar.value() == score
    assert METER_COLOURS[score] in meter.bar.styleSheet()
    others = {colour for other, colour in METER_COLOURS.items() if colour != METER_COLOURS[score]}
    assert not any(colour in meter.bar.styleSheet() for colour in others)


def test_a_typed_passphrase_of_score_0_still_shows_on_the_bar(meter):
    judged = strength("a")
    meter.show_strength(judged)
    assert judged.score == 0 and meter.bar.value() > meter.bar.minimum()


def test_it_keeps_its_height_as_the_reading_changes(meter):
    """Room for the longest line and for usual advice: the form below stays put."""
    heights = set()
    for judged in (None, strength("password1"), strength("reserves ledger tijori"),
                   strength(PASSPHRASE), None):
        meter.show_strength(judged)
        heights.add(meter.heightForWidth(WIDTH))
    assert len(heights) == 1
    assert meter.feedback.heightForWidth(WIDTH) >= 2 * meter.feedback.fontMetrics().lineSpacing()


def test_without_advice_it_gives_the_word_and_the_time_only(qtbot):
    meter = StrengthMeter(advice=False)
    qtbot.addWidget(meter)
    meter.show()
    meter.show_strength(strength("password1"))
    assert not meter.feedback.isVisible()
    assert meter.text() == meter.label.text() and "too weak" in meter.text()
    assert "common password" not in meter.text()


def test_place_under_puts_it_right_under_its_field_above_the_fields_message(qtbot):
    cell = QWidget()
    qtbot.addWidget(cell)
    column = QVBoxLayout(cell)
    edit, message = QLineEdit(), QWidget()
    column.addWidget(edit)
    column.addWidget(message)
    meter = StrengthMeter()
    place_under(edit, meter)
    assert [column.itemAt(i).widget() for i in range(column.count())] == [edit, meter, message]
    loose = QWidget()
    qtbot.addWidget(loose)
    form = QFormLayout(loose)
    field = QLineEdit()
    form.addRow("Field:", field)
    with pytest.raises(TypeError):
        place_under(field, StrengthMeter())
