"""The desktop application against a large ledger (issue 5's speed budgets).

    QT_QPA_PLATFORM=offscreen python bench/gui_bench.py LEDGER PASSPHRASE

Drives the real windows: unlocks LEDGER from the start screen, then measures
the time until the main window shows the dashboard's figures, the first
holdings view, scrolling the holdings table from top to bottom (the time for
each jump until every visible row is filled), and a serial search. Prints one
JSON object; `bench/bench.py` runs it on the million-bar ledger.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from app.gui.holdings_model import PENDING
from app.gui.main import Controller, application


def wait(condition, timeout: float = 60.0) -> float:
    """Process events until `condition()`; return the seconds it took."""
    start = time.perf_counter()
    while not condition():
        QCoreApplication.processEvents()
        if time.perf_counter() - start > timeout:
            raise TimeoutError("the window did not get there in time")
        time.sleep(0.0005)
    return time.perf_counter() - start


def visible_rows_filled(page) -> bool:
    table, model = page.table, page.model
    first = table.rowAt(0)
    last = table.rowAt(table.viewport().height() - 1)
    if first < 0:
        return model.rowCount() == 0
    last = last if last >= 0 else model.rowCount() - 1
    return all(model.data(model.index(row, 4)) != PENDING for row in range(first, last + 1))


def main() -> int:
    ledger, passphrase = sys.argv[1], sys.argv[2]
    server = ledger.startswith("postgresql://")  # a server ledger: no passphrase page
    settings_dir = (Path(tempfile.mkdtemp()) if server else Path(ledger).parent) \
        / "gui-bench-settings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for kind in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(settings_dir))
    application()
    controller = Controller()
    start = controller.start
    start.show()
    start.operator.setText("bench")
    t0 = time.perf_counter()
    start.ask_unlock(ledger)
    if not server:
        start.passphrase.setText(passphrase)
        t0 = time.perf_counter()
        start.unlock()
    wait(lambda: controller.windows)
    window = controller.windows[0]
    dashboard = window.pages["dashboard"]
    wait(lambda: dashboard.data is not None)
    usable = time.perf_counter() - t0
    wait(lambda: bool(dashboard.by_site.bars))
    by_site = time.perf_counter() - t0

    window.resize(1280, 800)
    page = window.show_page("holdings")
    first_view = wait(lambda: page.model.view is not None and not page.model.busy
                      and visible_rows_filled(page))
    rows = page.model.rowCount()
    bar = page.table.verticalScrollBar()
    jumps = []
    for step in range(41):
        bar.setValue(bar.maximum() * step // 40)
        jumps.append(wait(lambda: visible_rows_filled(page)))
    # Scrolling line by line through cached and uncached pages alike.
    bar.setValue(bar.maximum() // 3)
    wait(lambda: visible_rows_filled(page))
    lines = []
    for _ in range(300):
        bar.setValue(bar.value() + 3)
        lines.append(wait(lambda: visible_rows_filled(page)))
    serial_column = page.model.columns.index("serial")
    middle = rows // 2
    bar.setValue(bar.maximum() // 2)
    wait(lambda: visible_rows_filled(page))
    serial = page.model.data(page.model.index(page.table.rowAt(10), serial_column))
    t1 = time.perf_counter()
    page.search.setText(serial)
    page._changed()  # as Enter does, without the typing pause
    wait(lambda: not page.model.busy and page.model.rowCount() == 1
         and visible_rows_filled(page))
    search = time.perf_counter() - t1
    found = page.model.data(page.model.index(0, serial_column))
    # The footer's count and fine weight of every bar: the largest sum it makes.
    page.search.clear()
    page._changed()  # at once, as Enter does; the typing pause's timer is not needed
    page.debounce.stop()
    wait(lambda: not page.model.busy and page.model.rowCount() == rows)
    t2 = time.perf_counter()
    wait(lambda: bool(page.shown_totals) and sum(t.count for t in page.shown_totals) == rows)
    totals = time.perf_counter() - t2
    wait(lambda: not window.ctx.host.busy)  # pages still loading would ask before closing
    window.close()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(json.dumps({
        "rows": rows, "usable_s": usable, "by_site_s": by_site, "first_view_s": first_view,
        "scroll_jump_max_s": max(jumps), "scroll_jump_median_s": sorted(jumps)[len(jumps) // 2],
        "scroll_line_max_s": max(lines), "search_s": search, "search_found": found == serial,
        "totals_s": totals, "middle_row": middle, "peak_rss_mib": rss,
    }))
    QApplication.instance().quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
