"""The holdings page over the demonstration ledger: paging, search, sort, filters, history."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.gui.history_view import HistoryDialog
from app.gui.holdings_model import PENDING, HoldingsModel
from app.gui.holdings_view import HoldingsPage
from app.services import browsing, ledger_views, recording
from app.services.demo import GOLD_BARS
from tests.gui.conftest import in_ledger

pytestmark = pytest.mark.engines


def bars_of(qtbot, ctx):
    return [h for h in in_ledger(qtbot, ctx, lambda ledger: list(ledger_views.holdings(ledger)))
            if h["kind"] == "bar"]


def ready(qtbot, model, query=None):
    with qtbot.waitSignal(model.ready, timeout=20000) as blocker:
        model.set_query(query or model.query)
    return blocker.args[0]


def cell(qtbot, model, row, column):
    """The cell's text once its page has arrived."""
    index = model.index(row, column)
    if model.data(index) == PENDING:
        qtbot.waitUntil(lambda: model.data(index) != PENDING, timeout=10000)
    return model.data(index)


def test_the_model_passes_qt_model_tests_and_pages_lazily(qtbot, qtmodeltester, demo_ctx):
    model = HoldingsModel(demo_ctx)
    assert ready(qtbot, model, browsing.Query(kind="bar")) == GOLD_BARS + 1
    assert model.rowCount() == GOLD_BARS + 1
    # Nothing is fetched until the view asks; then only the page asked for.
    assert model.pages == {}
    assert model.data(model.index(GOLD_BARS, 4)) == PENDING
    qtbot.waitUntil(lambda: len(model.pages) == 1, timeout=10000)
    assert list(model.pages) == [GOLD_BARS // browsing.PAGE]
    qtmodeltester.check(model, force_py=True)


def test_last_row_and_first_row_match_the_ledger(qtbot, demo_ctx):
    bars = bars_of(qtbot, demo_ctx)
    model = HoldingsModel(demo_ctx)
    ready(qtbot, model, browsing.Query(kind="bar"))
    serial = model.columns.index("serial")
    assert cell(qtbot, model, 0, serial) == bars[0]["serial"]
    assert cell(qtbot, model, len(bars) - 1, serial) == bars[-1]["serial"]
    assert cell(qtbot, model, 1234, model.columns.index("fine_oz")) == bars[1234]["fine_oz"]


def test_sorting_by_serial_descending_and_by_brand(qtbot, demo_ctx):
    bars = bars_of(qtbot, demo_ctx)
    model = HoldingsModel(demo_ctx)
    ready(qtbot, model, browsing.Query(kind="bar"))
    serial = model.columns.index("serial")
    with qtbot.waitSignal(model.ready, timeout=20000):
        model.sort(serial, Qt.SortOrder.DescendingOrder)
    assert cell(qtbot, model, 0, serial) == max(b["serial"] for b in bars)
    assert cell(qtbot, model, len(bars) - 1, serial) == min(b["serial"] for b in bars)
    brand = model.columns.index("brand")
    with qtbot.waitSignal(model.ready, timeout=20000):
        model.sort(brand, Qt.SortOrder.AscendingOrder)
    assert cell(qtbot, model, 0, brand) == min(b["brand"] for b in bars)
    assert cell(qtbot, model, len(bars) - 1, brand) == max(b["brand"] for b in bars)


@pytest.fixture
def page(qtbot, demo_ctx):
    widget = HoldingsPage(demo_ctx)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.model.ready, timeout=20000):
        widget.show()
    return widget


def test_the_search_field_finds_one_bar(qtbot, page, demo_ctx):
    with qtbot.waitSignal(page.model.ready, timeout=20000) as blocker:
        qtbot.keyClicks(page.search, "d101234")
    assert blocker.args[0] == 1
    serial = page.model.columns.index("serial")
    assert cell(qtbot, page.model, 0, serial) == "D101234"
    assert page.table.selectionModel().selectedRows()[0].row() == 0
    bar = next(b for b in bars_of(qtbot, demo_ctx) if b["serial"] == "D101234")
    # "1 bar", never "1 bars", and the fine weight of what is shown.
    qtbot.waitUntil(lambda: "ozt" in page.status.text(), timeout=10000)
    assert page.status.text() == f"1 bar · {bar['fine_oz']} ozt gold"
    with qtbot.waitSignal(page.model.ready, timeout=20000) as blocker:
        page.search.setText("NO-SUCH-BAR")
    assert blocker.args[0] == 0
    assert "Nothing matches" in page.status.text()
    # Typed with lookalikes (a Cyrillic Д is no D, but full-width digits and an O for
    # a zero are the same serial): the identity key finds the bar as stamped.
    with qtbot.waitSignal(page.model.ready, timeout=20000) as blocker:
        page.search.setText("D1O１２３4")
    assert blocker.args[0] == 1
    assert cell(qtbot, page.model, 0, serial) == "D101234"


def test_brand_year_and_bad_year_filters(qtbot, page, demo_ctx):
    bars = bars_of(qtbot, demo_ctx)
    qtbot.waitUntil(lambda: page.brand.count() > 1, timeout=10000)
    with qtbot.waitSignal(page.model.ready, timeout=20000) as blocker:
        page.brand.setCurrentIndex(page.brand.findData("PAMP"))
    assert blocker.args[0] == sum(b["brand"] == "PAMP" for b in bars)
    with qtbot.waitSignal(page.model.ready, timeout=20000) as blocker:
        page.year.setText("2020")
        page._changed()
    assert blocker.args[0] == sum(b["brand"] == "PAMP" and b["year"] == 2020 for b in bars)
    page.year.setText("20x0")
    page._changed()
    assert page.problem.isVisible() or "four-digit" in page.problem.text()
    assert "four-digit" in page.problem.text()


def test_site_tree_and_kind_tabs(qtbot, page, demo_ctx):
    qtbot.waitUntil(lambda: page.sites.topLevelItemCount() == 1, timeout=10000)
    with qtbot.waitSignal(page.model.ready, timeout=20000) as blocker:
        page.kinds.setCurrentIndex(2)  # tanks
    assert blocker.args[0] == 2
    assert page.model.columns[0] == "code"  # what names a tank comes first
    codes = {cell(qtbot, page.model, row, 0) for row in range(2)}
    assert codes == {"T-101", "T-205"}
    # Choose the silver vault on the bars tab: one bar.
    with qtbot.waitSignal(page.model.ready, timeout=20000):
        page.kinds.setCurrentIndex(0)
    flags = Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchRecursive
    items = page.sites.findItems("ZRH-V2", flags)
    with qtbot.waitSignal(page.model.ready, timeout=20000) as blocker:
        page.sites.setCurrentItem(items[0])
    assert blocker.args[0] == 1
    assert cell(qtbot, page.model, 0, page.model.columns.index("metal")) == "silver"


def test_double_click_shows_the_history_of_a_bar(qtbot, page, demo_ctx):
    bars = bars_of(qtbot, demo_ctx)
    target = bars[10]
    in_ledger(qtbot, demo_ctx, lambda ledger: recording.transfer(ledger, target["id"], "ZRH-V2",
                                                                 "V2-A-01"))
    with qtbot.waitSignal(page.history_shown, timeout=20000):
        page.show_history(target["id"])
    dialog = page.findChild(HistoryDialog)
    kinds = [e.kind for e in sorted(dialog.entries, key=lambda e: e.seq)]
    assert kinds == ["bars.imported", "holding.transferred"]
    # In words, not kinds: where it went, and the event's number.
    moved = next(e for e in dialog.entries if e.kind == "holding.transferred")
    assert "ZRH-V2" in moved.sentence and "V2-A-01" in moved.sentence


def test_a_recorded_change_reaches_the_table(qtbot, page, demo_ctx):
    before = page.model.rowCount()
    in_ledger(qtbot, demo_ctx, lambda ledger: recording.add_bar(
        ledger, site="LDN-V1", metal="gold", brand="PAMP", serial="NEW-1", year="2026",
        fineness="999.9", gross_oz="400.000"))
    with qtbot.waitSignal(page.model.ready, timeout=20000) as blocker:
        demo_ctx.changed.emit()
    assert blocker.args[0] == before + 1


def test_serial_comes_first_and_the_id_is_hidden_but_can_be_shown(qtbot, page):
    header = page.table.horizontalHeader()
    visible = [page.model.columns[header.logicalIndex(v)] for v in range(header.count())
               if not header.isSectionHidden(header.logicalIndex(v))]
    assert visible[:6] == ["serial", "brand", "year", "fine_oz", "location", "good_delivery"]
    assert "id" not in visible
    page._show_column(page.model.columns.index("id"), True)
    assert not header.isSectionHidden(page.model.columns.index("id"))


def test_the_common_columns_fit_1280_by_800_without_sideways_scrolling(qtbot, demo_ctx):
    from app.gui.main_window import MainWindow

    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    page = window.show_page("holdings")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=20000)
    qtbot.wait(50)
    header = page.table.horizontalHeader()
    shown = sum(header.sectionSize(n) for n in range(header.count())
                if not header.isSectionHidden(n))
    assert shown <= page.table.viewport().width()
    assert not page.table.horizontalScrollBar().isVisible()
    window.close()


def test_column_widths_and_hidden_columns_are_remembered(qtbot, demo_ctx, page):
    header = page.table.horizontalHeader()
    brand = page.model.columns.index("brand")
    header.resizeSection(brand, 211)
    page._show_column(page.model.columns.index("fineness"), True)
    again = HoldingsPage(demo_ctx)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.model.ready, timeout=20000):
        again.show()
    other = again.table.horizontalHeader()
    assert other.sectionSize(brand) == 211
    assert not other.isSectionHidden(again.model.columns.index("fineness"))
    again.reset_columns()
    assert other.sectionSize(brand) != 211


def test_the_footer_totals_what_the_filters_show(qtbot, page, demo_ctx):
    from decimal import Decimal

    bars = bars_of(qtbot, demo_ctx)
    qtbot.waitUntil(lambda: page.brand.count() > 1, timeout=10000)
    with qtbot.waitSignal(page.model.ready, timeout=20000):
        page.brand.setCurrentIndex(page.brand.findData("PAMP"))
    qtbot.waitUntil(lambda: bool(page.shown_totals) and
                    page.shown_totals[0].count == page.model.rowCount(), timeout=10000)
    pamp = [b for b in bars if b["brand"] == "PAMP"]
    expected = {}
    for b in pamp:
        expected[b["commodity"]] = expected.get(b["commodity"], Decimal(0)) + Decimal(b["fine_oz"])
    assert {t.commodity: t.quantity for t in page.shown_totals} == expected
    assert f"{len(pamp):,} bars" in page.status.text()


def test_several_selected_rows_go_to_one_transfer(qtbot, page):
    asked = []
    page.on_action = lambda name, holding: asked.append((name, holding))
    for row in range(3):
        cell(qtbot, page.model, row, 0)
    selection = page.table.selectionModel()
    from PySide6.QtCore import QItemSelectionModel

    for row in range(3):
        selection.select(page.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    ids = [page.model.holding_id(row) for row in range(3)]
    assert page.movable_selection() == ids
    page._act("transfer")
    assert asked == [("transfer", ids)]


def test_export_writes_exactly_the_rows_the_filters_show(qtbot, page, demo_ctx, modals,
                                                         tmp_path):
    import csv

    bars = bars_of(qtbot, demo_ctx)
    qtbot.waitUntil(lambda: page.brand.count() > 1, timeout=10000)
    with qtbot.waitSignal(page.model.ready, timeout=20000):
        page.brand.setCurrentIndex(page.brand.findData("RAND"))
    out = tmp_path / "rand.csv"
    modals.files.append(str(out))
    page.buttons["export"].click()
    qtbot.waitUntil(out.exists, timeout=20000)
    with out.open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {row["serial"] for row in rows} == {b["serial"] for b in bars if b["brand"] == "RAND"}
    assert len(rows) == page.model.rowCount()


def test_footer_totals_from_the_kept_totals_equal_the_rows_summed(qtbot, demo_ctx):
    from decimal import Decimal

    bars = bars_of(qtbot, demo_ctx)
    for site in (None, "LDN-V1", "ZRH-V2"):
        kept = in_ledger(qtbot, demo_ctx, lambda ledger, s=site: browsing.totals(
            ledger, browsing.Query(kind="bar", site=s)))
        # The same rows with a filter that matches them all takes the summing path.
        summed = in_ledger(qtbot, demo_ctx, lambda ledger, s=site: browsing.totals(
            ledger, browsing.Query(kind="bar", site=s, location="V")))
        expected = {}
        for b in bars:
            if site in (None, b["site"]) and b["location"].startswith("V"):
                count, total = expected.get(b["commodity"], (0, Decimal(0)))
                expected[b["commodity"]] = (count + 1, total + Decimal(b["fine_oz"]))
        assert {t.commodity: (t.count, t.quantity) for t in summed} == expected
        assert {t.commodity: (t.count, t.quantity) for t in kept} == expected
