"""The dashboard over the demonstration ledger: totals, coverage, sites, movements, journal."""

from __future__ import annotations

from decimal import Decimal

from app.domain.units import group_digits
from app.gui.charts import GOOD, SHORT
from app.gui.dashboard import KIND_ROLE, DashboardPage
from app.services import recording
from tests.gui.conftest import in_ledger


def test_quantity_groups_digits_without_changing_them():
    assert group_digits("973064.175") == "973,064.175"
    assert group_digits("-4200.50") == "-4,200.50"
    assert group_digits("12") == "12"


def test_the_dashboard_shows_what_the_ledger_holds(qtbot, demo_ctx):
    page = DashboardPage(demo_ctx)
    qtbot.addWidget(page)
    # Three jobs fill the page (totals, sites, recent movements), each in its own time.
    qtbot.waitUntil(lambda: page.data is not None and bool(page.by_site.bars)
                    and page.recent.topLevelItemCount() > 0, timeout=20000)
    text = page.totals.text()
    assert "gold" in text and "973,064.175" in text and "ozt" in text
    assert "2,501 bars, 2 lots, 2 tanks, 2 gas inventories" in text
    coverage = {bar.label: bar for bar in page.coverage.bars}
    assert set(coverage) == {"OILD", "XAUD"}
    assert coverage["OILD"].colour == SHORT and "SHORTFALL" in coverage["OILD"].text
    assert coverage["OILD"].value == Decimal("0.969293")
    assert coverage["XAUD"].colour == GOOD and coverage["XAUD"].text == "102.42 %"
    assert page.coverage.reference == Decimal(1)
    labels = [bar.label for bar in page.by_site.bars]
    assert "LDN-V1 gold" in labels and "REH-GS natural gas" in labels  # names, not codes
    kinds = [page.recent.topLevelItem(i).data(0, KIND_ROLE)
             for i in range(page.recent.topLevelItemCount())]
    assert kinds[0] == "gas.recorded" and "bars.imported" in kinds
    assert "None yet" in page.attestation.text()


def test_the_journal_check_and_a_new_receipt(qtbot, demo_ctx):
    page = DashboardPage(demo_ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.data is not None, timeout=20000)
    page.check_button.click()
    qtbot.waitUntil(lambda: "Intact" in page.journal_state.text(), timeout=30000)
    assert page.journal_state.property("role") == "ok"
    in_ledger(qtbot, demo_ctx, lambda ledger: recording.add_bar(
        ledger, site="ZRH-V2", metal="silver", brand="METALOR", serial="S-1", year="2024",
        fineness="999.9", gross_oz="1000.0"))
    demo_ctx.changed.emit()
    # 1000.300 ozt held + 1000.0 ozt gross at 999.9 = 999.900 ozt fine.
    qtbot.waitUntil(lambda: "2,000.200" in page.totals.text(), timeout=20000)
    assert page.recent.topLevelItem(0).data(0, KIND_ROLE) == "bar.received"


def test_the_dashboard_warns_of_a_policy_ending_within_60_days(qtbot, demo_ctx, tmp_path):
    """The policy the Attest page last used ends in 30 days: the dashboard says so; one
    ending in a year, or a file gone, says nothing."""
    from datetime import UTC, datetime, timedelta

    from app.gui import settings
    from tests.attest_helpers import draft_policy, make_keyring

    (tmp_path / "keys").mkdir()
    ring = make_keyring(tmp_path / "keys")
    soon = (datetime.now(UTC) + timedelta(days=31)).strftime("%Y-%m-%d")  # 30.x days away
    policy = draft_policy(ring, tmp_path / "soon.json", expires=soon)
    settings.set_value("attest/policy", policy)
    page = DashboardPage(demo_ctx)
    qtbot.addWidget(page)
    assert page.policy_expiry.isVisibleTo(page)
    assert (f"The trust policy Tijori trust policy expires at {soon}T00:00:00Z, in 30 days"
            in page.policy_expiry.text())
    later = draft_policy(ring, tmp_path / "later.json", expires="2099-12-31")
    for path in (later, str(tmp_path / "gone.json")):
        settings.set_value("attest/policy", path)
        page.reload()
        assert not page.policy_expiry.isVisibleTo(page)
