"""Tools ▸ Programme…, the operator's Programme page: real member custodians (their
ledgers, policies and finalised attestations, as tests/programme_helpers.py makes them)
checked in the window; then the programme's signing request written, its statement read,
signed by the programme's operator and auditor with `tijori sign`, and finalised into an
attestation that verifies. Only the file dialogs are replaced (conftest's `modals`)."""

from __future__ import annotations

import base64
import json
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from app.gui.programme_window import ProgrammeWindow
from app.gui.tool_window import ToolWindow
from app.services import attesting, verifying
from tests.attest_helpers import cli_runner, sign
from tests.programme_helpers import (
    member_files,
    policies,
    programme_keyring,
    signed_programme_policy,
)

TOKENS = ("symbol,commodity,per_token,unit,supply,supply_as_of,supply_source\n"
          "PGLD,gold,1,ozt,2000,2026-01-01T00:00:00Z,token contract 0xabc\n"
          "PBIG,gold,1,ozt,1000000,,\n")


@pytest.fixture(scope="module")
def ring(tmp_path_factory):
    return programme_keyring(tmp_path_factory.mktemp("programme-keys"))


@pytest.fixture(scope="module")
def members(ring, tmp_path_factory):
    return member_files(ring, tmp_path_factory.mktemp("members"))


@pytest.fixture(scope="module")
def signed_programme(ring, tmp_path_factory):
    return signed_programme_policy(ring, tmp_path_factory.mktemp("programme"))


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


def passed(qtbot, win, ring, members, signed_programme, *names):
    """The window filled with these members, checked, and the check passed."""
    fill(win, ring, members, signed_programme, *names)
    with qtbot.waitSignal(win.checked, timeout=60000) as checked:
        win.check_button.click()
    assert checked.args[0].ok, win.verdict.text()
    assert win.request_box.isVisibleTo(win)


def ended(qtbot, job, timeout=60000):
    """Wait for a job the window started; it must have ended without a fault."""
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=timeout)
    return job


def body_of(path) -> dict:
    return json.loads(base64.b64decode(json.loads(Path(path).read_bytes())["payload"]))


def cells(table, column):
    return [table.item(row, column).text() for row in range(table.rowCount())]


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


# -- the operator's request, signatures and attestation ------------------------------------


def test_the_request_is_written_signed_and_finalised(qtbot, window, ring, members,
                                                     signed_programme, tmp_path, modals):
    passed(qtbot, window, ring, members, signed_programme, "vault", "zurich")
    assert not window.statement_box.isVisibleTo(window)
    tokens = tmp_path / "tokens.csv"
    tokens.write_text(TOKENS, encoding="utf-8")
    window.tokens_field.setText(str(tokens))
    req = tmp_path / "programme.req.json"
    modals.files.append(str(req))  # the save dialog's answer
    with qtbot.waitSignal(window.request_ready, timeout=60000):
        window.write_button.click()
    assert req.is_file()
    info = attesting.open_request(str(req))
    assert info["programme"] is True and info["roles"] == ["operator", "auditor"]
    assert str(req) in window.request_message.text() and str(req) in \
        window.request_label.text()
    view = window.view
    assert window.statement_box.isVisibleTo(window)

    # The summed gold total is the members' gold totals added up.
    expected = sum(Decimal(t["quantity"]) for m in ("vault", "zurich")
                   for t in body_of(members[m].attestation)["totals"]
                   if t["commodity"] == "gold" and t["unit"] == "ozt")
    gold = [row for row in view.totals_rows() if row[0] == "gold" and row[2] == "ozt"]
    assert len(gold) == 1 and Decimal(gold[0][1]) == expected > 0
    assert view.totals_rows() == [(t["commodity"], t["quantity"], t["unit"])
                                  for t in info["statement"]["totals"]]
    # Each token's coverage: PGLD is covered, PBIG short, and the shortfall is said plainly.
    tokens_shown = {row[0]: row for row in zip(*(cells(view.tokens, c) for c in range(6)),
                                               strict=True)}
    assert tokens_shown["PGLD"][1] == "2000" and tokens_shown["PGLD"][5] == "covered"
    assert tokens_shown["PGLD"][2] == "2000 ozt"
    assert tokens_shown["PBIG"][5] == "SHORTFALL"
    assert view.shortfall_tokens() == ["PBIG"]
    assert view.banner.isVisibleTo(window) and "PBIG" in view.banner.text()
    # The members' entries, the chain and the collision record.
    assert cells(view.members, 0) == ["Tijori trust policy", "Zurich vault"]
    assert all(cells(view.members, 3))
    assert view.facts["sequence"].text() == "1"
    assert "first attestation" in view.facts["previous"].text()
    identities = info["statement"]["collisions"]["identities"]
    assert view.facts["collisions"].text().startswith(f"{identities:,} identities checked")
    assert "), none counted twice." in view.facts["collisions"].text()
    assert "Reserve programme" in view.facts["programme"].text()

    # No response yet: nothing counts.
    qtbot.waitUntil(lambda: "0 of 1 operator" in window.counts.text(), timeout=30000)
    assert "0 of 1 auditor" in window.counts.text()
    assert not window.signatures.finalise_button.isEnabled()

    # The operator and the auditor sign with `tijori sign`; the responses come back.
    cli = cli_runner(tmp_path / "unused.tijori")
    responses = {}
    for signer in ("outsider", "aud"):  # the programme's operator and auditor
        result, responses[signer] = sign(cli, ring, req, signer, policy=signed_programme)
        assert result.code == 0, result.err
    modals.files.append([str(responses["outsider"])])
    with qtbot.waitSignal(window.signatures.evaluated, timeout=30000):
        window.signatures.add_files_button.click()
    assert window.counts.text() == "Signed so far: 1 of 1 operator, 0 of 1 auditor."
    modals.files.append([str(responses["aud"])])
    with qtbot.waitSignal(window.signatures.evaluated, timeout=30000):
        window.signatures.add_files_button.click()
    assert window.counts.text() == "Signed so far: 1 of 1 operator, 1 of 1 auditor."
    assert window.signatures.finalise_button.isEnabled()

    # Finalise: the attestation is written beside the request, and verifies.
    att = Path(attesting.attestation_path_for(str(req)))
    assert window.signatures.out_edit.path == str(att)
    with qtbot.waitSignal(window.finalised, timeout=30000) as done:
        window.signatures.finalise_button.click()
    assert done.args[0]["path"] == str(att) and att.is_file()
    assert str(att) in window.done_label.text() and window.done_label.isVisibleTo(window)
    verdict = verifying.verify_file(str(att), signed_programme)
    assert verdict.ok, verdict.failed_checks()
    assert not window.signatures.finalise_button.isEnabled()
    assert "bug" not in modals.kinds() and not modals.messages

    # Another day: the request opened again, its responses found beside it.
    later = ProgrammeWindow()
    qtbot.addWidget(later)
    later.show()
    modals.files.append(str(req))
    with qtbot.waitSignal(later.request_ready, timeout=30000):
        later.open_button.click()
    assert "2 response(s) found" in later.verdict.text()
    assert later.view.totals_rows() == view.totals_rows()
    qtbot.waitUntil(lambda: "1 of 1 auditor" in later.counts.text(), timeout=30000)
    assert later.counts.text() == "Signed so far: 1 of 1 operator, 1 of 1 auditor."


def test_a_custodians_request_is_not_opened_here(qtbot, window, members, modals):
    custodian_request = Path(members["vault"].attestation).with_name("vault.req.json")
    assert custodian_request.is_file()
    modals.files.append(str(custodian_request))
    ended(qtbot, window.choose_request())
    assert "is a custodian's signing request, not a programme's" in window.verdict.text()
    assert not window.statement_box.isVisibleTo(window)
    assert not window.signatures_box.isVisibleTo(window)
    assert not modals.messages


def test_a_bad_token_file_is_named_and_nothing_is_written(qtbot, window, ring, members,
                                                          signed_programme, tmp_path,
                                                          modals):
    passed(qtbot, window, ring, members, signed_programme, "vault", "zurich")
    tokens = tmp_path / "tokens.csv"
    tokens.write_text(TOKENS + "PSLV,silver,1,kg,10,,\n", encoding="utf-8")
    window.tokens_field.setText(str(tokens))
    req = tmp_path / "programme.req.json"
    modals.files.append(str(req))
    job = window.choose_request_path()
    ended(qtbot, job)
    error = window.findChild(type(window.verdict), "error_tokens")
    assert error.isVisibleTo(window) and "tokens.csv row 4 (per_token)" in error.text()
    assert not req.exists() and not window.statement_box.isVisibleTo(window)
    assert not modals.messages  # no dialog, let alone a traceback
    # A file that is there is refused by the save dialog's check, before any work.
    req.write_text("{}")
    modals.files.append(str(req))
    assert window.choose_request_path() is None
    assert "already exists" in window.request_message.text()


def test_collisions_show_and_no_request_is_written(qtbot, window, ring, members,
                                                   signed_programme, tmp_path, modals):
    fill(window, ring, members, signed_programme, "vault", "zurich-copy")
    with qtbot.waitSignal(window.checked, timeout=60000):
        window.check_button.click()
    assert window.collision_table.rowCount() == 5
    assert not window.request_box.isVisibleTo(window)
    out = tmp_path / "twice.req.json"
    assert window.write_request(str(out)) is None and not out.exists()
    assert "Check the programme first" in window.verdict.text()

    # Zurich's files pass the check, then are overwritten by the copy's before the request:
    # the request's own check refuses it, and the collisions show in their table.
    window.clear()
    zurich = tmp_path / "zurich"
    zurich.mkdir()
    att, leaves = (zurich / "member.att.json", zurich / "member.leaves.jsonl")
    shutil.copy(members["zurich"].attestation, att)
    shutil.copy(members["zurich"].leaves, leaves)
    window.add_member(members["vault"].attestation, members["vault"].leaves)
    window.add_member(str(att), str(leaves))
    window.add_policies(policies(ring))
    with qtbot.waitSignal(window.checked, timeout=60000) as checked:
        window.check_button.click()
    assert checked.args[0].ok and not window.collision_table.isVisibleTo(window)
    shutil.copy(members["zurich-copy"].attestation, att)
    shutil.copy(members["zurich-copy"].leaves, leaves)
    modals.files.append(str(out))
    ended(qtbot, window.choose_request_path())
    assert not out.exists()
    assert window.verdict.text().startswith("No signing request was written.")
    assert "5 identities counted more than once" in window.verdict.text()
    assert window.collision_table.rowCount() == 5 and window.collision_table.isVisibleTo(
        window)
    assert not window.request_box.isVisibleTo(window)
    assert not modals.messages


def test_changing_the_files_asks_for_a_new_check(qtbot, window, ring, members,
                                                 signed_programme):
    passed(qtbot, window, ring, members, signed_programme, "vault", "zurich")
    window.add_policies([policies(ring)[0]])
    assert not window.request_box.isVisibleTo(window)
    assert "check the programme again" in window.verdict.text()
    assert window.write_request("/nonexistent/x.req.json") is None


def test_the_programme_as_of_is_the_one_given(qtbot, window, ring, members, signed_programme,
                                              tmp_path, modals):
    """An as-of typed on the page is the statement's (one second after the latest member's,
    within the window); a time that is not one is marked at its field, before anything
    runs."""
    from datetime import timedelta

    from PySide6.QtWidgets import QLabel

    from app.domain.times import format_time, parse_time

    passed(qtbot, window, ring, members, signed_programme, "vault", "zurich")
    latest = max(parse_time(body_of(members[m].attestation)["as_of"], "as_of")
                 for m in ("vault", "zurich"))
    window.as_of_field.setText("yesterday")
    assert window.write_request(str(tmp_path / "never.req.json")) is None
    assert "Not a time" in window.findChild(QLabel, "error_as_of").text()
    moment = format_time(latest + timedelta(seconds=1))
    window.as_of_field.setText(moment)
    req = tmp_path / "programme.req.json"
    modals.files.append(str(req))
    with qtbot.waitSignal(window.request_ready, timeout=60000):
        window.write_button.click()
    assert attesting.open_request(str(req))["statement"]["as_of"] == moment
