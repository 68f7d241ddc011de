"""The record dialogs, driven through their widgets against a real ledger."""

from __future__ import annotations

import hashlib
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLineEdit

from app.gui import look
from app.gui.record_dialogs import (
    AddSiteDialog,
    AddTankDialog,
    AddTokenDialog,
    AdjustmentDialog,
    BarReceiptDialog,
    GasInventoryDialog,
    LotReceiptDialog,
    SetSupplyDialog,
    TankGaugingDialog,
    TankTableDialog,
    TransferDialog,
    WithdrawalDialog,
    record_actions,
)
from app.services import ledger_views, recording, tokens
from tests.gui.conftest import in_ledger, leave

LEFT = Qt.MouseButton.LeftButton


def opened(qtbot, cls, ctx, holding=None):
    dialog = cls(ctx, None, holding)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10000)
    return dialog


def fill(form, **values):
    """Set fields by name: text for line edits, the item's value for combo boxes."""
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


def save(qtbot, dialog):
    with qtbot.waitSignal(dialog.recorded, timeout=10000):
        qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Accepted
    return dialog.result_value


def refused(qtbot, dialog):
    """Click Save on an entry the service refuses; wait until the refusal is shown."""
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.saving, timeout=10000)
    assert dialog.isVisible()


def error(form, name):
    return form.fields[name].error.text() if not form.fields[name].error.isHidden() else ""


def holdings(qtbot, ctx):
    return in_ledger(qtbot, ctx, lambda ledger: list(ledger_views.holdings(ledger)))


def last_event(qtbot, ctx):
    return in_ledger(qtbot, ctx, lambda ledger: ledger_views.journal_log(ledger))[-1]


GOOD_BAR = {"brand": "PAMP", "serial": "A0001", "year": "2022", "gross": "400.130",
            "fineness": "999.9"}


def add_bar(qtbot, ctx, serial="B1", **extra):
    args = {"site": "VLT", "metal": "gold", "brand": "PAMP", "serial": serial, "year": "2022",
            "gross_oz": "400.125", "fineness": "999.9", **extra}
    return in_ledger(qtbot, ctx, lambda ledger: recording.add_bar(ledger, **args))


def test_bar_receipt_shows_the_fine_weight_live_and_records_the_bar(qtbot, ctx, modals,
                                                                     tmp_path):
    dialog = opened(qtbot, BarReceiptDialog, ctx)
    form = dialog.form
    assert dialog.site.count() == 2 and dialog.site.currentData() == "VLT"  # vault, warehouse
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(form.fields["brand"].widget, "pamp")
    fill(form, **{k: v for k, v in GOOD_BAR.items() if k != "brand"}, location="B2-14-03")
    assert dialog.fine_label.text() == "400.085 ozt"  # 400.125 × 0.9999, London weight
    assert "400.125" in dialog.gross_label.text()
    assert "Good Delivery" in dialog.status_label.text() and "Not" not in \
        dialog.status_label.text()
    fill(form, fineness="990.0")
    assert "Not Good Delivery" in dialog.status_label.text()
    assert "fineness below 995.0" in dialog.status_label.text()
    fill(form, fineness="999.9", fine_oz="400.085")
    document = tmp_path / "assay.pdf"
    document.write_bytes(b"%PDF-1.7 assay")
    modals.files.append([str(document)])
    qtbot.mouseClick(dialog.movement.add_button, LEFT)
    assert dialog.movement.files_label.text() == "assay.pdf"
    fill(dialog.movement.form, seal="S-1, S-2", witness="A. Auditor", note="truck 7")
    assert dialog.save_button.isEnabled()
    changed = []
    ctx.changed.connect(lambda: changed.append(True))
    with qtbot.waitSignal(dialog.recorded, timeout=10000):
        qtbot.keyClick(form.fields["location"].widget, Qt.Key.Key_Return)  # Enter saves
    assert not dialog.isVisible() and changed
    [bar] = holdings(qtbot, ctx)
    assert (bar["brand"], bar["serial"], bar["site"], bar["location"]) == (
        "PAMP", "A0001", "VLT", "B2-14-03")
    assert (bar["gross_oz"], bar["fine_oz"], bar["good_delivery"]) == ("400.125", "400.085", True)
    movement = last_event(qtbot, ctx)["payload"]["movement"]
    assert movement["seals"] == ["S-1", "S-2"] and movement["witness"] == "A. Auditor"
    assert movement["note"] == "truck 7" and movement["kind"] == "receipt"
    assert movement["documents"] == [
        {"name": "assay.pdf", "sha256": hashlib.sha256(document.read_bytes()).hexdigest()}]
    assert modals.messages == []


def test_a_bar_in_kilograms(qtbot, ctx):
    dialog = opened(qtbot, BarReceiptDialog, ctx)
    fill(dialog.form, **{**GOOD_BAR, "gross": "12.5"}, gross_unit="kg", site="WH")
    assert dialog.fine_label.text() == "401.835 ozt"  # 12.5 kg = 401.884 ozt, down to 401.875
    bar = save(qtbot, dialog)
    assert (bar["site"], bar["gross_oz"], bar["fine_oz"]) == ("WH", "401.875", "401.835")


def test_invalid_bar_entries_are_shown_by_their_field_and_store_nothing(qtbot, ctx):
    dialog = opened(qtbot, BarReceiptDialog, ctx)
    form = dialog.form
    fill(form, **GOOD_BAR)
    assert dialog.save_button.isEnabled()
    form.fields["fineness"].widget.clear()
    qtbot.keyClicks(form.fields["fineness"].widget, "1000.5")
    assert "above 1000" in error(form, "fineness")
    assert not dialog.save_button.isEnabled()
    fill(form, fineness="999.9", gross="-5")
    assert "greater than 0" in error(form, "gross") and error(form, "fineness") == ""
    assert not dialog.save_button.isEnabled() and dialog.fine_label.text() == "—"
    fill(form, gross="400.130", fine_oz="400.000")
    assert "disagrees" in error(form, "fine_oz") and not dialog.save_button.isEnabled()
    fill(form, fine_oz="", serial="")
    qtbot.mouseClick(dialog.save_button, LEFT)  # disabled: nothing happens
    qtbot.keyClick(form.fields["brand"].widget, Qt.Key.Key_Return)
    assert "Serial is required" in error(form, "serial")
    assert "Serial" in dialog.missing.text()
    assert dialog.isVisible()
    assert holdings(qtbot, ctx) == []


def test_a_duplicate_bar_is_refused_in_the_dialog(qtbot, ctx, modals):
    add_bar(qtbot, ctx, serial="A0001")
    dialog = opened(qtbot, BarReceiptDialog, ctx)
    fill(dialog.form, **GOOD_BAR)
    refused(qtbot, dialog)
    assert "already held as holding 1" in error(dialog.form, "serial")
    assert modals.messages == []  # in the dialog, not a message box
    assert len(holdings(qtbot, ctx)) == 1
    fill(dialog.form, serial="A0002")  # the custodian corrects it and saves
    assert error(dialog.form, "serial") == ""
    save(qtbot, dialog)
    assert len(holdings(qtbot, ctx)) == 2


def test_escape_closes_without_storing(qtbot, ctx):
    dialog = opened(qtbot, BarReceiptDialog, ctx)
    fill(dialog.form, **GOOD_BAR)
    qtbot.keyClick(dialog.form.fields["serial"].widget, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert holdings(qtbot, ctx) == []


def test_lot_receipt_with_its_tolerance_check(qtbot, ctx):
    dialog = opened(qtbot, LotReceiptDialog, ctx)
    assert dialog.site.currentData() == "VLT"
    fill(dialog.form, site="WH", metal="copper", warrant="W-1", brand="KGHM", shape="cathode",
         grade="Cu-CATH-1", bundles="10", gross_t="26.000", net_t="25.600")
    assert "outside" in dialog.status_label.text()
    fill(dialog.form, net_t="25.1234")
    assert "3 decimal places" in error(dialog.form, "net_t")
    fill(dialog.form, net_t="25.100", gross_t="25.000")
    assert "less than net_t" in error(dialog.form, "gross_t")
    fill(dialog.form, gross_t="25.300")
    assert "within tolerance" in dialog.status_label.text()
    lot = save(qtbot, dialog)
    assert (lot["warrant"], lot["net_t"], lot["within_tolerance"], lot["site"]) == (
        "W-1", "25.100", True, "WH")


def test_tank_then_a_gauging_whose_live_chain_is_what_is_recorded(qtbot, ctx):
    adding = opened(qtbot, AddTankDialog, ctx)
    fill(adding.form, site="TF", code="t-101", commodity="crude-oil", product="Arab Light",
         roof="floating")
    tank = save(qtbot, adding)
    assert (tank["code"], tank["vcf_group"], tank["roof"]) == ("T-101", "crude", "floating")

    dialog = opened(qtbot, TankGaugingDialog, ctx, holding=tank["id"])
    form = dialog.form
    assert dialog.tank.currentData() == "T-101" and dialog.fra.isEnabled()
    assert form.unit("density") == "api"  # crude is reported in API gravity
    fill(form, tov="10000", temperature="30", density="250")
    assert "outside" in error(form, "density") and not dialog.save_button.isEnabled()
    assert dialog.cells["nsv_m3"].text() == "—"
    fill(form, density="32.5", sw_percent="0.5", ambient="25", fra="-2.1", free_water="12")
    nsv = dialog.cells["nsv_m3"].text()
    assert nsv != "—" and Decimal(nsv) < Decimal("10000")
    assert "API MPMS 11.1-2004" in dialog.standard.text() and "6A" in dialog.standard.text()
    assert dialog.cells["ctpl"].text().startswith("0.98")  # 30 °C crude shrinks at 15 °C base
    fill(form, temperature_unit="F")  # 30 °F: the chain follows the scale at once
    assert dialog.cells["nsv_m3"].text() != nsv
    fill(form, temperature_unit="C")
    assert dialog.cells["nsv_m3"].text() == nsv
    shown = {k: dialog.cells[k].text() for k in ("nsv_m3", "nsv_bbl", "gsv_m3", "gov_m3")}
    fill(dialog.movement.form, movement="receipt", seal="T-SEAL-9")
    result = save(qtbot, dialog)
    assert result["holding"]["nsv_m3"] == shown["nsv_m3"]
    assert result["holding"]["nsv_bbl"] == shown["nsv_bbl"]
    assert {k: result["chain"][k] for k in shown} == shown
    [held] = holdings(qtbot, ctx)
    assert held["nsv_m3"] == shown["nsv_m3"]
    payload = last_event(qtbot, ctx)["payload"]
    assert payload["movement"]["kind"] == "receipt" and payload["inputs"]["fra"] == "-2.1"


def test_gauging_a_fixed_roof_tank_has_no_roof_adjustment(qtbot, ctx):
    in_ledger(qtbot, ctx, lambda ledger: recording.add_tank(
        ledger, site="TF", code="T-2", commodity="diesel"))
    dialog = opened(qtbot, TankGaugingDialog, ctx)
    assert not dialog.fra.isEnabled()
    assert dialog.form.unit("density") == "density15"
    fill(dialog.form, tov="5000", tov_unit="bbl", temperature="20", density="845.0")
    result = save(qtbot, dialog)
    assert result["chain"]["unit"] == "bbl" and result["chain"]["fra_m3"] == "0.000"


def test_gas_storage_and_lng_inventories_with_their_energy(qtbot, ctx):
    dialog = opened(qtbot, GasInventoryDialog, ctx)
    assert dialog.site.currentData() == "GS" and dialog.kind == "storage"
    fill(dialog.form, code="gs-1")
    fill(dialog.storage, working_volume="1000000", cushion_volume="400000",
         gcv_mj_per_sm3="60")
    assert "plausible" in error(dialog.storage, "gcv_mj_per_sm3") or \
        "more than" in error(dialog.storage, "gcv_mj_per_sm3")
    assert not dialog.save_button.isEnabled()
    fill(dialog.storage, gcv_mj_per_sm3="39.5")
    assert dialog.energy.text() == "37438.771 MMBtu"  # 39,500 GJ / 1.055056
    assert "10972.222 MWh" in dialog.detail.text()
    held = save(qtbot, dialog)
    assert (held["code"], held["energy_mmbtu"]) == ("GS-1", "37438.771")

    lng = opened(qtbot, GasInventoryDialog, ctx)
    fill(lng.form, site="LNG", code="LT-1")
    assert lng.kind == "lng" and lng.pages[1].isVisible() and not lng.pages[0].isVisible()
    assert not lng.save_button.isEnabled()  # the LNG fields are now the ones required
    fill(lng.lng, volume_m3="1000", density_kg_m3="450", gcv_mj_per_kg="54.5",
         displaced_vapour_gj="30000")
    assert "more than the LNG's energy" in error(lng.lng, "displaced_vapour_gj")
    fill(lng.lng, displaced_vapour_gj="25")
    shown = lng.energy.text()
    held = save(qtbot, lng)
    assert held["kind"] == "gas" and f"{held['energy_mmbtu']} MMBtu" == shown


def test_transfer_and_withdrawal_find_the_holding_first(qtbot, ctx, modals):
    bar = add_bar(qtbot, ctx)
    dialog = opened(qtbot, TransferDialog, ctx, holding=bar["id"])
    qtbot.waitUntil(lambda: dialog.held is not None)
    assert "PAMP B1" in dialog.found.text()
    fill(dialog.form, to_site="WH", location="R-1")
    moved = save(qtbot, dialog)
    assert (moved["site"], moved["location"]) == ("WH", "R-1")

    out = opened(qtbot, WithdrawalDialog, ctx)
    qtbot.keyClicks(out.holding_edit, "999")
    leave(out.holding_edit)
    qtbot.waitUntil(lambda: "no holding 999" in error(out.form, "holding"))
    assert not out.save_button.isEnabled()
    out.holding_edit.setText(str(bar["id"]))
    qtbot.waitUntil(lambda: out.save_button.isEnabled())
    modals.answers.append(False)  # "Withdraw this holding?" No: nothing happens
    qtbot.mouseClick(out.save_button, LEFT)
    assert out.isVisible() and len(holdings(qtbot, ctx)) == 1
    gone = save(qtbot, out)
    assert gone["id"] == bar["id"] and holdings(qtbot, ctx) == []
    assert [kind for kind, *_ in modals.messages] == ["ask", "ask"]
    assert "PAMP B1" in modals.messages[-1][2]


def test_an_adjustment_needs_a_reason(qtbot, ctx):
    bar = add_bar(qtbot, ctx, location="A-1")
    dialog = opened(qtbot, AdjustmentDialog, ctx, holding=bar["id"])
    qtbot.waitUntil(lambda: dialog.held is not None)
    assert dialog.bar.fields["fineness"].widget.text() == "999.9"  # current values filled in
    assert dialog.form.fields["location"].widget.text() == "A-1"
    fill(dialog.bar, fineness="999.5")
    assert "fineness 999.9 → 999.5" in dialog.changes.text()
    assert not dialog.save_button.isEnabled()  # no reason yet
    reason = dialog.form.fields["reason"].widget
    qtbot.keyClicks(reason, "x")
    reason.clear()
    leave(reason)
    assert error(dialog.form, "reason") == ""  # an empty field left is not yet a mistake
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter on the incomplete entry: now it is
    assert "Reason is required" in error(dialog.form, "reason")
    assert not dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert holdings(qtbot, ctx)[0]["fineness"] == "999.9"
    reason.setText("re-assayed by the refiner")
    adjusted = save(qtbot, dialog)
    assert (adjusted["fineness"], adjusted["fine_oz"]) == ("999.5", "399.925")
    payload = last_event(qtbot, ctx)["payload"]
    assert payload["reason"] == "re-assayed by the refiner"
    assert payload["changes"]["fineness"] == "999.5"


def test_a_site_a_token_and_its_supply(qtbot, ctx):
    site = opened(qtbot, AddSiteDialog, ctx)
    fill(site.form, code="vlt", name="Second vault", kind="vault")
    refused(qtbot, site)
    assert "already exists" in error(site.form, "code")
    fill(site.form, code="ldn 1")
    assert "may contain only" in error(site.form, "code")
    fill(site.form, code="ldn-1", jurisdiction="GB")
    assert save(qtbot, site)["code"] == "LDN-1"

    token = opened(qtbot, AddTokenDialog, ctx)
    fill(token.form, symbol="XAU T")
    assert "letters" in error(token.form, "symbol")
    fill(token.form, symbol="xgld", commodity="crude-oil")
    assert [token.unit.itemText(i) for i in range(token.unit.count())] == ["bbl", "m3"]
    fill(token.form, commodity="gold", per_token="1")
    assert token.unit.currentText() == "ozt"
    save(qtbot, token)

    supply = opened(qtbot, SetSupplyDialog, ctx)
    assert supply.symbol.currentData() == "XGLD"
    assert "No supply" in supply.current.text()
    fill(supply.form, supply="-1")
    assert not supply.save_button.isEnabled()
    fill(supply.form, supply="1200.5", as_of="2026-11-25T09:30:00Z", source="contract 0xabc")
    save(qtbot, supply)
    [held] = in_ledger(qtbot, ctx, tokens.tokens)
    assert (held["symbol"], held["supply"], held["supply_as_of"]) == (
        "XGLD", "1200.5", "2026-11-25T09:30:00.000000Z")
    sites = in_ledger(qtbot, ctx, ledger_views.sites)
    assert {"code": "LDN-1", "name": "Second vault", "kind": "vault", "jurisdiction": "GB",
            "operator": ""} in sites


def test_the_menu_lists_every_dialog_in_order_and_each_fits_the_screen(qtbot, ctx):
    QApplication.instance().setStyleSheet(look.stylesheet())  # the sizes people see
    actions = record_actions()
    assert [factory for _, _, factory in actions] == [
        BarReceiptDialog, LotReceiptDialog, TankGaugingDialog, GasInventoryDialog,
        TransferDialog, WithdrawalDialog, AdjustmentDialog, AddSiteDialog, AddTankDialog,
        TankTableDialog, AddTokenDialog, SetSupplyDialog]
    shortcuts = [shortcut for _, shortcut, _ in actions if shortcut]
    assert len(shortcuts) == len(set(shortcuts)) == 7
    for label, _, factory in actions:
        dialog = factory(ctx, None, None)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda d=dialog: d.loaded, timeout=10000)
        dialog.show()
        hint = dialog.sizeHint().expandedTo(dialog.minimumSizeHint())
        assert hint.width() <= 1280 and hint.height() <= 740, (label, hint)  # 800 less a frame
        assert dialog.save_button.isDefault() and not dialog.save_button.isEnabled()
        chain, widget = [], dialog.order[0]  # Tab walks the fields in reading order
        for _ in range(500):
            if widget in dialog.order and widget not in chain:
                chain.append(widget)
            widget = widget.nextInFocusChain()
        assert chain == dialog.order, label
        assert chain[0].hasFocus() or QApplication.focusWidget() is None or \
            dialog.focusWidget() is chain[0]
    QApplication.instance().setStyleSheet("")
