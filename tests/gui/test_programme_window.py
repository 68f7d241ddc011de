# ruff: noqa: F811 - the fixtures imported below are parameters of the tests
"""Tools ▸ Programme check…: real member custodians (their ledgers, policies and finalised
attestations, as tests/test_programme_policy.py makes them) checked in the window."""

from __future__ import annotations

import pytest

from app.gui.programme_window import ProgrammeWindow
from app.gui.tool_window import ToolWindow
from tests.test_programme_policy import (  # noqa: F401 - fixtures
    members,
    policies,
    ring,
    signed_programme,
)


@pytest.fixture
def window(qtbot):
    win = ProgrammeWindow()
    qtbot.addWidget(win)
    win.show()
    return win


def fill(win, ring, members, signed_programme, *names):
    win.policy_field.setText(signed_programme)
    for name in names:
        win.add_member(members[name].attestation, members[name].leaves)
    win.add_policies(policies(ring))


def test_the_members_pass_and_each_is_listed(qtbot, window, ring, members, signed_programme):
    fill(window, ring, members, signed_programme, "vault", "zurich")
    with qtbot.waitSignal(window.checked, timeout=60000) as checked:
        assert window.check() is not None
    assert checked.args[0].ok
    assert "The programme check passed: 2 members verified" in window.verdict.text()
    assert window.member_table.rowCount() == 2
    assert window.member_table.item(0, 0).text() == "Tijori trust policy"
    assert window.member_table.item(1, 3).text() == "✓"
    assert not window.collision_table.isVisibleTo(window)


def test_collisions_and_a_missing_member_are_shown(qtbot, window, ring, members,
                                                   signed_programme):
    fill(window, ring, members, signed_programme, "vault", "zurich-copy")
    with qtbot.waitSignal(window.checked, timeout=60000):
        window.check()
    assert "FAILED" in window.verdict.text()
    assert "5 identities counted more than once" in window.verdict.text()
    assert window.collision_table.rowCount() == 5
    assert window.collision_table.item(0, 0).text() == "bar"
    assert "Tijori trust policy, holding" in window.collision_table.item(0, 2).text()
    window.clear()
    fill(window, ring, members, signed_programme, "vault")
    with qtbot.waitSignal(window.checked, timeout=60000):
        window.check()
    assert "members not given: Zurich vault" in window.verdict.text()
    assert window.member_table.item(1, 5).text() == "no attestation given"


def test_no_members_and_a_bad_policy_are_said(qtbot, window, tmp_path, modals):
    junk = tmp_path / "junk.json"
    junk.write_text("{}")
    window.policy_field.setText(str(junk))
    assert window.check() is None
    assert "Add each member's attestation" in window.verdict.text()
    window.add_member(str(junk), str(junk))
    job = window.check()
    qtbot.waitUntil(lambda: job.done, timeout=30000)
    assert window.verdict.isVisibleTo(window) and "FAILED" not in window.verdict.text()
    assert "bug" not in modals.kinds()


def test_it_opens_from_the_verifiers_tools_menu(qtbot):
    tool = ToolWindow("verify")
    qtbot.addWidget(tool)
    opened = tool.programme_check()
    qtbot.addWidget(opened)
    assert isinstance(opened, ProgrammeWindow) and opened.isVisible()
