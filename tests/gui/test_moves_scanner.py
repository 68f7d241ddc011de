"""Moves by what people type, as a barcode scanner types it: a serial, then Enter.

Run with QT_QPA_PLATFORM=offscreen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.gui.record_dialogs import (
    AdjustmentDialog,
    BarReceiptDialog,
    LotReceiptDialog,
    TransferDialog,
    WithdrawalDialog,
)
from app.services import ledger_views, recording
from tests.gui.conftest import in_ledger, leave

LEFT = Qt.MouseButton.LeftButton
ENTER = Qt.Key.Key_Return


def opened(qtbot, cls, ctx, holding=None):
    dialog = cls(ctx, None, holding)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10000)
    return dialog


def add_bar(qtbot, ctx, serial, brand="PAMP", year="2022", gross="400.000"):
    return in_ledger(qtbot, ctx, lambda ledger: recording.add_bar(
        ledger, site="VLT", metal="gold", brand=brand, serial=serial, year=year,
        gross_oz=gross, fineness="999.9", location="A-01"))


def scan(qtbot, dialog, text):
    """Type `text` into the holding field as a scanner does, and end it with Enter."""
    qtbot.keyClicks(dialog.holding_edit, text)
    qtbot.keyClick(dialog.holding_edit, ENTER)


def error(form, name):
    field = form.fields[name]
    return field.error.text() if not field.error.isHidden() else ""


def events(qtbot, ctx):
    return in_ledger(qtbot, ctx, lambda ledger: ledger_views.journal_log(ledger))


def held_now(qtbot, ctx):
    return {h["id"]: h for h in in_ledger(qtbot, ctx,
                                          lambda ledger: list(ledger_views.holdings(ledger)))}


def test_a_serial_and_enter_shows_the_holding_at_once(qtbot, ctx):
    bar = add_bar(qtbot, ctx, "AB12345")
    dialog = opened(qtbot, AdjustmentDialog, ctx)
    scan(qtbot, dialog, "ab 12345")  # any case, stray spaces: the same bar
    qtbot.waitUntil(lambda: dialog.held is not None, timeout=10000)
    assert dialog.held["id"] == bar["id"]
    assert dialog.found.text() == \
        f"Holding {bar['id']}: PAMP AB12345 (2022) · 399.960 ozt · VLT A-01"
    assert dialog.bar.fields["fineness"].widget.text() == "999.9"
    # Enter looked the serial up; it did not try to save, nor judge the other fields.
    assert dialog.isVisible() and error(dialog.form, "reason") == ""
    assert error(dialog.form, "holding") == ""


def test_errors_wait_for_enter_or_leaving_the_field(qtbot, ctx):
    dialog = opened(qtbot, WithdrawalDialog, ctx)
    qtbot.keyClicks(dialog.holding_edit, "N")
    qtbot.wait(400)  # past the look-up's pause: the answer is in
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10000)
    assert error(dialog.form, "holding") == ""  # never on the first keystroke
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.holding_edit, "OPE")
    qtbot.keyClick(dialog.holding_edit, ENTER)
    qtbot.waitUntil(lambda: "no holding NOPE" in error(dialog.form, "holding"), timeout=10000)
    assert dialog.holding_edit.selectedText() == "NOPE"  # the next scan replaces it
    assert dialog.list_widget.count() == 0
    # Typed by hand and left without Enter: the look-up's answer shows once it is left.
    other = opened(qtbot, WithdrawalDialog, ctx)
    qtbot.keyClicks(other.holding_edit, "999")
    qtbot.waitUntil(lambda: other.loaded and other._answered == "999", timeout=10000)
    assert error(other.form, "holding") == ""
    leave(other.holding_edit)
    assert "no holding 999" in error(other.form, "holding")


def test_three_scans_make_a_list_of_three_and_save_is_one_event(qtbot, ctx, modals):
    bars = [add_bar(qtbot, ctx, f"S-{n}", gross=gross)
            for n, gross in ((1, "400.000"), (2, "399.500"), (3, "399.250"))]
    dialog = opened(qtbot, TransferDialog, ctx)
    for n in (1, 2, 3):
        scan(qtbot, dialog, f"S-{n}")
        qtbot.waitUntil(lambda n=n: dialog.list_widget.count() == n, timeout=10000)
        assert dialog.holding_edit.text() == ""  # ready for the next scan
    assert [h["id"] for h in dialog.listed] == [b["id"] for b in bars]
    # 399.960 + 399.460 + 399.210
    assert dialog.total.text() == "3 bars · 1,198.630 ozt"
    assert "S-3" in dialog.found.text()
    # The same bar again is refused on the field, and the list stays as it was.
    scan(qtbot, dialog, "s-2")
    qtbot.waitUntil(lambda: "already in the list" in error(dialog.form, "holding"),
                    timeout=10000)
    assert dialog.list_widget.count() == 3 and not dialog.save_button.isEnabled()
    dialog.holding_edit.clear()
    # Remove takes the selected one off; a scan puts it back.
    dialog.list_widget.setCurrentRow(1)
    qtbot.mouseClick(dialog.remove_button, LEFT)
    assert [h["id"] for h in dialog.listed] == [bars[0]["id"], bars[2]["id"]]
    assert dialog.total.text() == "2 bars · 799.170 ozt"
    scan(qtbot, dialog, "S-2")
    qtbot.waitUntil(lambda: dialog.list_widget.count() == 3, timeout=10000)
    dialog.to_site.setCurrentIndex(dialog.to_site.findData("WH"))
    dialog.form.fields["location"].widget.setText("B-04")
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=10000)
    before = len(events(qtbot, ctx))
    with qtbot.waitSignal(dialog.recorded, timeout=10000) as saved:
        qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.result() == QDialog.DialogCode.Accepted
    log = events(qtbot, ctx)
    assert len(log) == before + 1
    event = log[-1]
    assert event["kind"] == "holdings.transferred"
    assert sorted(h["id"] for h in event["payload"]["holdings"]) == sorted(
        b["id"] for b in bars)
    assert saved.args[0]["count"] == 3 and saved.args[0]["fine_oz"] == "1198.630"
    assert dialog.last_summary == \
        f"Transferred 3 bars (1,198.630 ozt) to WH B-04 — event {event['seq']}"
    now = held_now(qtbot, ctx)
    assert {(now[b["id"]]["site"], now[b["id"]]["location"]) for b in bars} == {("WH", "B-04")}
    assert modals.messages == []


def test_an_ambiguous_serial_offers_a_chooser(qtbot, ctx):
    argor = add_bar(qtbot, ctx, "D7", brand="ARGOR", year="2021")
    valc = add_bar(qtbot, ctx, "D7", brand="VALC", year="2023")
    dialog = opened(qtbot, TransferDialog, ctx)
    scan(qtbot, dialog, "D7")
    qtbot.waitUntil(lambda: dialog.chooser is not None and dialog.chooser.isVisible(),
                    timeout=10000)
    chooser = dialog.chooser
    assert chooser.list.count() == 2
    assert "ARGOR D7 (2021)" in chooser.list.item(0).text()
    assert "VALC D7 (2023)" in chooser.list.item(1).text()
    assert dialog.list_widget.count() == 0  # nothing added until one is chosen
    chooser.list.setCurrentRow(1)
    chooser.accept()
    qtbot.waitUntil(lambda: dialog.list_widget.count() == 1, timeout=10000)
    assert dialog.listed[0]["id"] == valc["id"] != argor["id"]
    # In a dialog about one holding, the choice fills the field with its id.
    adjust = opened(qtbot, AdjustmentDialog, ctx)
    scan(qtbot, adjust, "d7")
    qtbot.waitUntil(lambda: adjust.chooser is not None and adjust.chooser.isVisible(),
                    timeout=10000)
    adjust.chooser.list.setCurrentRow(0)
    adjust.chooser.accept()
    assert adjust.holding_edit.text() == f"#{argor['id']}"
    assert adjust.held["id"] == argor["id"] and "ARGOR D7 (2021)" in adjust.found.text()


def test_preselected_holdings_are_withdrawn_in_one_event(qtbot, ctx, modals):
    bars = [add_bar(qtbot, ctx, f"W-{n}") for n in (1, 2)]
    keep = add_bar(qtbot, ctx, "W-3")
    dialog = opened(qtbot, WithdrawalDialog, ctx, [b["id"] for b in bars])
    qtbot.waitUntil(lambda: dialog.list_widget.count() == 2, timeout=10000)
    assert dialog.total.text() == "2 bars · 799.920 ozt"
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=10000)
    with qtbot.waitSignal(dialog.recorded, timeout=10000):
        qtbot.mouseClick(dialog.save_button, LEFT)
    [(kind, title, text)] = modals.messages
    assert kind == "ask" and title == "Withdraw these 2 holdings?"
    assert "PAMP W-1 (2022)" in text and "PAMP W-2 (2022)" in text
    event = events(qtbot, ctx)[-1]
    assert event["kind"] == "holdings.withdrawn"
    assert [h["id"] for h in event["payload"]["holdings"]] == [b["id"] for b in bars]
    assert list(held_now(qtbot, ctx)) == [keep["id"]]
    assert dialog.last_summary.startswith("Withdrew 2 bars (799.920 ozt) — event ")


def test_save_and_next_keeps_the_shipment_and_clears_the_bar(qtbot, ctx):
    dialog = opened(qtbot, BarReceiptDialog, ctx)
    form = dialog.form
    dialog.site.setCurrentIndex(dialog.site.findData("VLT"))
    values = {"brand": "PAMP", "serial": "N-1", "year": "2024", "gross": "400.125",
              "fineness": "999.9", "location": "B2-14-03"}
    for name, value in values.items():
        form.fields[name].widget.setText(value)
    dialog.movement.form.fields["seal"].widget.setText("S-9")
    qtbot.waitUntil(lambda: dialog.next_button.isEnabled(), timeout=10000)
    with qtbot.waitSignal(dialog.recorded, timeout=10000) as saved:
        qtbot.mouseClick(dialog.next_button, LEFT)
    assert dialog.isVisible()  # open for the next bar
    assert saved.args[0]["serial"] == "N-1"
    assert [form.value(n) for n in ("serial", "year", "gross", "fineness", "fine_oz")] == \
        [""] * 5
    assert (form.value("site"), form.value("brand"), form.value("location")) == \
        ("VLT", "PAMP", "B2-14-")
    assert dialog.movement.form.value("seal") == "S-9"
    assert dialog.focusWidget() is form.fields["serial"].widget
    assert "N-1" in dialog.previous.text() and dialog.last_summary.startswith("Recorded")
    assert error(form, "serial") == "" and not dialog.save_button.isEnabled()
    # The next bar: only its own fields typed; Save closes the dialog.
    for name, value in {"serial": "N-2", "year": "2024", "gross": "399.875",
                        "fineness": "999.9"}.items():
        form.fields[name].widget.setText(value)
    form.fields["location"].widget.setText("B2-14-04")
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=10000)
    with qtbot.waitSignal(dialog.recorded, timeout=10000):
        qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()
    bars = sorted(held_now(qtbot, ctx).values(), key=lambda h: h["id"])
    assert [(b["serial"], b["brand"], b["location"]) for b in bars] == [
        ("N-1", "PAMP", "B2-14-03"), ("N-2", "PAMP", "B2-14-04")]
    received = [e for e in events(qtbot, ctx) if e["kind"] == "bar.received"]
    assert [e["payload"]["movement"]["seals"] for e in received] == [["S-9"], ["S-9"]]


def test_save_and_next_for_lots(qtbot, ctx):
    dialog = opened(qtbot, LotReceiptDialog, ctx)
    form = dialog.form
    dialog.site.setCurrentIndex(dialog.site.findData("WH"))
    for name, value in {"warrant": "W-1", "brand": "KGHM", "grade": "Cu-CATH-1",
                        "bundles": "10", "gross_t": "25.300", "net_t": "25.100",
                        "location": "R-1"}.items():
        form.fields[name].widget.setText(value)
    qtbot.waitUntil(lambda: dialog.next_button.isEnabled(), timeout=10000)
    with qtbot.waitSignal(dialog.recorded, timeout=10000):
        qtbot.mouseClick(dialog.next_button, LEFT)
    assert dialog.isVisible()
    assert [form.value(n) for n in ("warrant", "bundles", "gross_t", "net_t")] == [""] * 4
    assert (form.value("brand"), form.value("grade"), form.value("location")) == \
        ("KGHM", "Cu-CATH-1", "R-")
    assert dialog.focusWidget() is form.fields["warrant"].widget
