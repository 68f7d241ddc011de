"""Compare attestations…: the window driven as an auditor would, on real attestations."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect

from app.gui import screen_fit
from app.gui.diff_window import DiffWindow
from app.gui.screen_fit import FRAME_ALLOWANCE
from tests.attest_helpers import leaf_lines, write_leaves
from tests.test_diff import make_series

SMALL = QRect(0, 0, 1024, 768)


@pytest.fixture(scope="module")
def series(ring, ledgers, tmp_path_factory):
    return make_series(ring, ledgers, tmp_path_factory.mktemp("gui-series"))


@pytest.fixture
def window(qtbot):
    view = DiffWindow()
    qtbot.addWidget(view)
    view.show()
    return view


def run(qtbot, window, old: Path, new: Path, old_leaves: Path, new_leaves: Path,
        policy: str):
    """Fill the fields as a user types them, press Compare, wait for the result."""
    for field, path in ((window.old_field, old), (window.old_leaves_field, old_leaves),
                        (window.new_field, new), (window.new_leaves_field, new_leaves),
                        (window.policy_field, policy)):
        field.setText(str(path))
    with qtbot.waitSignal(window.compared, timeout=60000) as blocker:
        window.compare_button.click()
    return blocker.args[0]


def rows(model) -> list[list[str]]:
    return [[model.data(model.index(row, column)) for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def test_the_window_lists_the_holdings_added_removed_and_changed(qtbot, window, series,
                                                                 ring, qtmodeltester):
    result = run(qtbot, window, series.one, series.two, series.one_leaves, series.two_leaves,
                 ring.policy)
    assert result.valid
    assert window.banner.text() == ("VALID: both verify. NEW is the next attestation of "
                                    "OLD's series.")
    assert window.tabs.isEnabled() and window.tabs.currentIndex() == 0
    assert window.counts.text() == "1 added, 1 removed, 2 changed, 2 unchanged."
    assert rows(window.changes) == [
        ["added", "bar", "6", "B-6 / PAMP / 2022", "VLT", "gold +400.060 ozt", ""],
        ["removed", "bar", "2", "B-2 / PAMP / 2022", "VLT", "gold -400.960 ozt", ""],
        ["changed", "bar", "1", "B-1 / PAMP / 2022", "WH", "",
         'Location: "" → R-1; Site: VLT → WH'],
        ["changed", "bar", "3", "B-3 / PAMP / 2022", "VLT", "gold -0.500 ozt",
         "Fine ozt: 399.460 → 398.960; Gross ozt: 399.500 → 399.000"],
    ]
    qtmodeltester.check(window.changes)
    window.show_combo.setCurrentIndex(window.show_combo.findData("changed"))
    assert [row[2] for row in rows(window.changes)] == ["1", "3"]
    window.show_combo.setCurrentIndex(window.show_combo.findData("removed"))
    assert [row[2] for row in rows(window.changes)] == ["2"]
    assert rows(window.totals) == [["gold", "ozt", "2,002.650", "2,001.250", "-1.400"]]
    assert rows(window.tokens) == [["PKG", "1,000", "1,000", "2.002650", "2.001250",
                                    "-0.001400", "yes", "yes"]]
    states = window.checklist.states()
    assert states["journal consistency"] == "passed"
    assert states["changes account for totals"] == "passed"
    assert set(states.values()) <= {"passed", "not done"}
    assert "number 1" in window.sides.text() and "number 2" in window.sides.text()
    assert not window.busy and window.compare_button.isEnabled()


def test_tampered_leaves_are_not_valid_and_the_checks_say_why(qtbot, window, series, ring,
                                                              tmp_path, modals):
    header, leaves = leaf_lines(series.two_leaves)
    bad = write_leaves(tmp_path / "two.leaves.jsonl", header, [
        leaf.replace(b'"location":"R-1"', b'"location":"R-9"') for leaf in leaves])
    result = run(qtbot, window, series.one, series.two, series.one_leaves, bad, ring.policy)
    assert not result.valid
    assert window.banner.text().startswith("NOT VALID: two.att.json: root recomputed: ")
    assert window.tabs.currentIndex() == 2  # the checks first
    assert window.checklist.states()["NEW: root recomputed"] == "failed"
    assert modals.messages == []  # a failing comparison is a result, not an error


def test_a_later_attestation_shows_what_was_not_checked(qtbot, window, series, ring):
    result = run(qtbot, window, series.one, series.three, series.one_leaves,
                 series.three_leaves, ring.policy)
    assert result.valid and result.relation == "later"
    assert window.banner.text().startswith("VALID, 2 check(s) not done: ")
    assert window.checklist.states()["journal consistency"] == "not done"
    assert [row[2] for row in rows(window.changes)] == ["6", "2", "1", "3", "4"]


def test_a_wrong_file_is_said_in_plain_words(qtbot, window, series, ring, modals):
    for field, path in ((window.old_field, series.one_leaves),
                        (window.old_leaves_field, series.one_leaves),
                        (window.new_field, series.two),
                        (window.new_leaves_field, series.two_leaves),
                        (window.policy_field, ring.policy)):
        field.setText(str(path))
    job = window.compare()
    qtbot.waitUntil(lambda: job.done and bool(modals.messages), timeout=60000)
    assert modals.kinds() == ["warn"]
    assert "is a leaves file, not an attestation" in modals.texts()
    assert "Traceback" not in modals.texts()
    assert window.status.isVisibleTo(window)
    assert window.banner.text() == "NOT COMPARED"


def test_missing_fields_are_named_before_anything_runs(qtbot, window):
    assert window.compare() is None
    assert window.status.isVisibleTo(window)
    assert window.job is None


def test_it_fits_a_1024_by_768_screen(qtbot, monkeypatch, series, ring):
    monkeypatch.setattr(screen_fit, "available", lambda widget: SMALL)
    limit = SMALL.size() - FRAME_ALLOWANCE
    view = DiffWindow()
    qtbot.addWidget(view)
    view.show()
    run(qtbot, view, series.one, series.two, series.one_leaves, series.two_leaves,
        ring.policy)
    assert view.width() <= limit.width() and view.height() <= limit.height(), view.size()
    needed = view.minimumSizeHint()
    assert needed.width() <= limit.width() and needed.height() <= limit.height(), needed
    assert view.holdings_table.viewport().height() > 100  # room to read the changes


def test_it_opens_from_the_menus(qtbot, ctx):
    from app.gui.main_window import MainWindow
    from app.gui.tool_window import ToolWindow

    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.compare_action.trigger()
    assert [type(d).__name__ for d in main.open_dialogs] == ["DiffWindow"]
    main.open_dialogs[0].close()
    tool = ToolWindow("verify")
    qtbot.addWidget(tool)
    tool.compare_action.trigger()
    assert tool.findChildren(DiffWindow)
