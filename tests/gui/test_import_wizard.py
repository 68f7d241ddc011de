"""The bar-list import page, driven through its widgets against a real ledger."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from app.domain.errors import Cancelled
from app.domain.progress import Task
from app.gui.import_wizard import ImportPage
from app.services import importing, ledger_views
from tests.gui.conftest import in_ledger

HEADER = "serial,brand,year,gross_oz,fineness,fine_oz,location\n"
GOOD = (HEADER
        + "AB12345,ARGOR,2022,401.125,995.8,399.440,V1-A-01\n"
        + "AB12346,ARGOR,2022,399.950,999.9,399.910,V1-A-01\n"
        + "K778812,pamp,2023,400.325,999.9,,V1-A-02\n")
BAD = (HEADER
       + "AB12345,ARGOR,2022,401.125,995.8,399.440,V1-A-01\n"
       + "AB12346,ARGOR,2022,4OO.950,999.9,,V1-A-01\n"
       + "K778812,pamp,2023,400.325,999.9,,V1-A-02\n"
       + "K778813,pamp,20x3,400.325,999.9,,V1-A-02\n")


def bar_count(qtbot, ctx) -> int:
    return sum(1 for h in in_ledger(qtbot, ctx, lambda ledger: list(ledger_views.holdings(ledger)))
               if h["kind"] == "bar")


def event_kinds(qtbot, ctx) -> list[str]:
    return [e["kind"] for e in in_ledger(qtbot, ctx, ledger_views.journal_log)]


def open_page(qtbot, ctx) -> ImportPage:
    page = ImportPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitUntil(lambda: page.site_combo.count() == 2, timeout=10000)
    return page


def choose(page: ImportPage, path, site: str = "VLT", metal: str = "gold") -> None:
    page.file_edit.setText(str(path))
    page.site_combo.setCurrentIndex(page.site_combo.findData(site))
    page.metal_combo.setCurrentIndex(page.metal_combo.findData(metal))


def run_check(qtbot, page: ImportPage) -> None:
    with qtbot.waitSignal(page.settled, timeout=30000):
        qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    assert not page.progress.running


def test_only_bar_sites_are_offered(qtbot, ctx):
    page = open_page(qtbot, ctx)
    assert [page.site_combo.itemData(i) for i in range(page.site_combo.count())] == ["VLT",
                                                                                     "WH"]


def test_bad_rows_are_listed_with_line_and_nothing_is_stored(qtbot, ctx, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(BAD, encoding="utf-8")
    page = open_page(qtbot, ctx)
    before = event_kinds(qtbot, ctx)
    choose(page, path)
    # The preview shows the rows as written, before any check.
    assert page.preview.rowCount() == 4
    assert page.preview.item(1, 3).text() == "4OO.950"
    assert not page.import_button.isEnabled()
    run_check(qtbot, page)
    rows = page.problem_rows()
    assert [(line, column) for line, column, _ in rows] == [(3, "gross_oz"), (5, "year")]
    assert "not a number" in rows[0][2]
    assert page.tabs.currentIndex() == 1
    assert "Problems (2)" in page.tabs.tabText(1)
    assert "Rejected: 2 bad rows" in page.status.text()
    assert not page.import_button.isEnabled()
    assert bar_count(qtbot, ctx) == 0
    assert event_kinds(qtbot, ctx) == before


def test_good_list_is_checked_then_imported(qtbot, ctx, tmp_path, modals):
    path = tmp_path / "good.csv"
    path.write_text(GOOD, encoding="utf-8")
    page = open_page(qtbot, ctx)
    choose(page, path)
    page.witness_edit.setText("J. Smith")
    run_check(qtbot, page)
    assert page.problem_rows() == []
    assert "3 bars, 1199.635 ozt fine gold" in page.status.text()
    assert page.import_button.isEnabled()
    assert page.import_button.text() == "Import 3 bars"
    assert bar_count(qtbot, ctx) == 0  # a check stores nothing
    with qtbot.waitSignal(ctx.changed, timeout=30000), \
            qtbot.waitSignal(page.imported, timeout=30000) as imported, \
            qtbot.waitSignal(page.settled, timeout=30000):
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert imported.args[0]["imported"] == 3
    assert "Imported 3 bars into VLT" in page.status.text()
    assert bar_count(qtbot, ctx) == 3
    log = in_ledger(qtbot, ctx, ledger_views.journal_log)
    assert log[-1]["kind"] == "bars.imported"
    assert log[-1]["payload"]["movement"]["witness"] == "J. Smith"
    assert not page.import_button.isEnabled()  # checked again before another import
    assert modals.messages == []

    # The same file again: every bar is already held, found by the check.
    run_check(qtbot, page)
    rows = page.problem_rows()
    assert [line for line, _, _ in rows] == [2, 3, 4]
    assert all("already held" in reason for _, _, reason in rows)
    assert bar_count(qtbot, ctx) == 3


def test_changing_the_site_asks_for_a_new_check(qtbot, ctx, tmp_path):
    path = tmp_path / "good.csv"
    path.write_text(GOOD, encoding="utf-8")
    page = open_page(qtbot, ctx)
    choose(page, path)
    run_check(qtbot, page)
    assert page.import_button.isEnabled()
    page.site_combo.setCurrentIndex(page.site_combo.findData("WH"))
    assert not page.import_button.isEnabled()
    assert "check it again" in page.status.text()


def test_missing_file_is_named_next_to_the_field(qtbot, ctx, tmp_path):
    page = open_page(qtbot, ctx)
    choose(page, tmp_path / "nope.csv")
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    error = page.findChild(type(page.status), "error_file")
    assert error is not None and "There is no file" in error.text()
    assert page.job is None


def test_browse_fills_the_path_and_the_preview(qtbot, ctx, tmp_path, modals):
    path = tmp_path / "good.csv"
    path.write_text(GOOD, encoding="utf-8")
    page = open_page(qtbot, ctx)
    modals.files.append(str(path))
    page.file_edit.browse_action.trigger()
    assert page.file_edit.path == str(path)
    assert page.preview.rowCount() == 3


def test_cancel_during_the_import_stores_nothing(qtbot, ctx, tmp_path, monkeypatch):
    rows = "".join(f"C{n:06d},PAMP,2022,400.000,999.9,,\n" for n in range(3000))
    path = tmp_path / "many.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    page = open_page(qtbot, ctx)
    choose(page, path)
    run_check(qtbot, page)
    assert page.import_button.text() == "Import 3,000 bars"
    before = event_kinds(qtbot, ctx)

    # The import waits on its thread at its first progress report until Cancel is clicked.
    seen, clicked = threading.Event(), threading.Event()
    original = importing.import_bars

    def gated(*args, task, **kwargs):
        def progress(done, total):
            task.progress(done, total)
            if not seen.is_set():
                seen.set()
                clicked.wait(10)

        return original(*args, task=Task(progress, task.cancelled), **kwargs)

    monkeypatch.setattr(importing, "import_bars", gated)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    job = page.job
    qtbot.waitUntil(seen.is_set, timeout=10000)
    assert page.progress.cancel_button.isVisible()
    with qtbot.waitSignal(page.settled, timeout=10000):
        qtbot.mouseClick(page.progress.cancel_button, Qt.MouseButton.LeftButton)
        clicked.set()
    assert isinstance(job.error, Cancelled)
    assert not page.progress.running
    assert "cancelled: nothing was stored" in page.status.text()
    assert bar_count(qtbot, ctx) == 0
    assert event_kinds(qtbot, ctx) == before
