"""Gauging by level in the desktop application: the gauging dialog reads the tank's
calibration table live, refuses levels outside it or in the critical zone on the
field, fits a 1024×768 screen; the table dialog shows a file's rows before storing."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLineEdit

from app.gui import look
from app.gui.record_oil import TankGaugingDialog
from app.gui.record_tank_table import TankTableDialog
from app.services import calibration, ledger_views, recording
from tests.gui.conftest import in_ledger, leave

LEFT = Qt.MouseButton.LeftButton
TABLE = b"""level_mm,volume_m3
0,0.000
1000,100.000
2000,210.500
3000,321.000
20000,2200.000
"""


def opened(qtbot, cls, ctx, holding=None):
    dialog = cls(ctx, None, holding)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10000)
    return dialog


def fill(form, **values):
    for name, value in values.items():
        widget = form.fields[name].widget if name in form.fields else form.units[name[:-5]]
        if isinstance(widget, QLineEdit):
            widget.setText(value)
            leave(widget)
        else:
            assert isinstance(widget, QComboBox)
            index = widget.findData(value)
            assert index >= 0, (name, value)
            widget.setCurrentIndex(index)


def error(form, name):
    return form.fields[name].error.text() if not form.fields[name].error.isHidden() else ""


def save(qtbot, dialog):
    with qtbot.waitSignal(dialog.recorded, timeout=10000):
        qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.result() == QDialog.DialogCode.Accepted
    return dialog.result_value


def tank_with_table(qtbot, ctx, roof="floating", zone="900-1900"):
    def make(ledger):
        held = recording.add_tank(ledger, site="TF", code="T-101", commodity="crude-oil",
                                  product="Arab Light", roof=roof)
        calibration.store_table(ledger, tank="T-101", data=TABLE, source="t101.csv",
                                certificate="CAL-1", reference_height_mm="20500",
                                critical_zone_mm=zone)
        return held
    return in_ledger(qtbot, ctx, make)


def test_a_level_is_read_through_the_table_and_the_chain_follows(qtbot, ctx):
    held = tank_with_table(qtbot, ctx)
    dialog = opened(qtbot, TankGaugingDialog, ctx, holding=held["id"])
    form = dialog.form
    assert form.value("method") == "level"  # the tank has a table: gauged by level
    assert "Calibration table v1 (cert. CAL-1)" in dialog.table_info.text()
    assert not form.fields["tov"].widget.parentWidget().isVisibleTo(dialog)
    fill(form, level="11500", temperature="28.5", density="33.4", ambient="18")
    assert dialog.level_line.text() == ("Level 11,500 mm → table v1 (cert. CAL-1) → "
                                        "TOV 1,260.500 m³")
    assert dialog.level_line.isVisibleTo(dialog)
    assert dialog.cells["tov_m3"].text() == "1260.500"
    assert Decimal(dialog.cells["nsv_m3"].text()) < Decimal("1260.500")
    assert dialog.save_button.isEnabled()

    fill(form, level="20001")
    assert "above the calibration table, which ends at 20000 mm" in error(form, "level")
    assert not dialog.save_button.isEnabled() and dialog.cells["nsv_m3"].text() == "—"
    fill(form, level="1500")
    assert "critical zone (900–1900 mm)" in error(form, "level")
    assert dialog.allow_critical.isVisibleTo(dialog) and not dialog.save_button.isEnabled()
    dialog.allow_critical.setChecked(True)
    assert error(form, "level") == "" and dialog.save_button.isEnabled()
    assert dialog.cells["tov_m3"].text() == "155.250"
    assert "(in the critical zone, allowed)" in dialog.level_line.text()
    shown = dialog.cells["nsv_m3"].text()

    result = save(qtbot, dialog)
    assert result["chain"]["nsv_m3"] == shown
    assert result["inputs"]["level_mm"] == "1500"
    assert result["inputs"]["in_critical_zone"] is True
    digest = in_ledger(qtbot, ctx, lambda ledger: calibration.current(ledger, "T-101").digest)
    assert result["inputs"]["calibration"] == {"version": 1, "digest": digest,
                                               "certificate": "CAL-1"}


def test_an_ullage_below_the_tables_reference_height(qtbot, ctx):
    held = tank_with_table(qtbot, ctx, roof="fixed", zone=None)
    dialog = opened(qtbot, TankGaugingDialog, ctx, holding=held["id"])
    form = dialog.form
    assert not dialog.allow_critical.isVisibleTo(dialog)  # no critical zone on a fixed roof
    fill(form, method="ullage")
    assert form.fields["ullage"].widget.isVisibleTo(dialog)
    assert not form.fields["level"].widget.parentWidget().isVisibleTo(dialog)
    fill(form, ullage="9000", temperature="20", density="30")
    assert dialog.level_line.text().startswith(
        "Ullage 9,000 mm below reference height 20,500 mm → level 11,500 mm → table v1")
    assert dialog.cells["tov_m3"].text() == "1260.500"
    fill(form, reference_height="21000")
    assert dialog.cells["tov_m3"].text() == "1315.765"
    fill(form, ullage="21001")
    assert "more than the reference height" in error(form, "ullage")


def test_a_tank_without_a_table_is_gauged_by_volume_and_a_level_says_why_not(qtbot, ctx):
    held = in_ledger(qtbot, ctx, lambda ledger: recording.add_tank(
        ledger, site="TF", code="T-9", commodity="diesel"))
    dialog = opened(qtbot, TankGaugingDialog, ctx, holding=held["id"])
    form = dialog.form
    assert form.value("method") == "tov"
    assert "No calibration table" in dialog.table_info.text()
    fill(form, method="level", level="1000", temperature="20", density="845")
    assert "tijori tank table T-9" in error(form, "level")
    assert not dialog.save_button.isEnabled()


def test_the_gauging_dialog_fits_a_1024_by_768_screen(qtbot, ctx):
    QApplication.instance().setStyleSheet(look.stylesheet())  # the sizes people see
    try:
        held = tank_with_table(qtbot, ctx)
        dialog = opened(qtbot, TankGaugingDialog, ctx, holding=held["id"])
        fill(dialog.form, level="11500", temperature="28.5", density="33.4")
        for hint in (dialog.sizeHint(), dialog.minimumSizeHint()):
            assert hint.width() <= 1000 and hint.height() <= 700, hint
        fill(dialog.form, method="ullage")  # the most rows the form shows
        hint = dialog.sizeHint().expandedTo(dialog.minimumSizeHint())
        assert hint.width() <= 1000 and hint.height() <= 700, hint
        assert dialog.minimumWidth() <= 1000
        chain, widget = [], dialog.order[0]  # Tab still walks the fields in reading order
        for _ in range(500):
            if widget in dialog.order and widget not in chain:
                chain.append(widget)
            widget = widget.nextInFocusChain()
        assert chain == dialog.order
        assert dialog.movement.isAncestorOf(dialog.order[-3])  # the movement under the fields
    finally:
        QApplication.instance().setStyleSheet("")


def test_the_table_dialog_shows_the_rows_then_stores_the_next_version(qtbot, ctx, modals,
                                                                       tmp_path):
    held = tank_with_table(qtbot, ctx)
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"level_mm,volume_m3\n0,0\n1000,100\n900,200\n")
    good = tmp_path / "t101-2026.csv"
    good.write_bytes(TABLE.replace(b"20000,2200.000", b"20000,2202.200"))
    dialog = opened(qtbot, TankTableDialog, ctx, holding=held["id"])
    assert "this will be version 2" in dialog.tank_info.text()
    modals.files.append(str(bad))
    qtbot.mouseClick(dialog.choose, LEFT)
    assert "line 4, column level_mm" in error(dialog.form, "file")
    assert dialog.rows.rowCount() == 0 and not dialog.save_button.isEnabled()

    modals.files.append(str(good))
    qtbot.mouseClick(dialog.choose, LEFT)
    fill(dialog.form, certificate="CAL-2", calibrated_on="2026-06-30", critical_zone="900-1900")
    assert dialog.rows.rowCount() == 5
    assert dialog.rows.index(4, 1).data() == "2,202.200"
    assert "5 rows, 0 to 20000 mm" in dialog.summary.text()
    fill(dialog.form, critical_zone="900-25000")
    assert "goes above the table" in error(dialog.form, "critical_zone")
    fill(dialog.form, critical_zone="900-1900")
    assert dialog.save_button.isEnabled()
    stored = save(qtbot, dialog)
    assert (stored.version, stored.table.certificate, stored.table.calibrated_on) == (
        2, "CAL-2", "2026-06-30")
    event = in_ledger(qtbot, ctx, lambda ledger: ledger_views.journal_log(ledger))[-1]
    assert event["kind"] == "tank.table" and event["payload"]["source"]["name"] == \
        "t101-2026.csv"
