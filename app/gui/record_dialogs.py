"""The record dialogs, and the menu entries the main window makes of them.

`record_actions()` lists, in menu order, (label, shortcut, factory); a factory is
called as `factory(ctx, parent, holding)` and returns the dialog, not yet shown:
show it with `open()`. `holding` preselects what the dialog is about: an id, a
list of ids (Transfer and Withdrawal move them all in one event, e.g. the rows
selected on the Holdings page; Adjustment takes the first), or None. Each
dialog emits `recorded(result)` after a successful save, and `ctx.changed`
fires; the move dialogs also keep a one-line `last_summary` of what was recorded.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QWidget

from app.gui.context import AppContext
from app.gui.i18n import tr
from app.gui.record_base import RecordDialog
from app.gui.record_gas import GasInventoryDialog
from app.gui.record_metals import BarReceiptDialog, LotReceiptDialog
from app.gui.record_moves import AdjustmentDialog, TransferDialog, WithdrawalDialog
from app.gui.record_oil import AddTankDialog, TankGaugingDialog
from app.gui.record_setup import AddSiteDialog, AddTokenDialog, SetSupplyDialog
from app.gui.record_tank_table import TankTableDialog

Factory = Callable[[AppContext, QWidget | None, int | list[int] | None], QDialog]

__all__ = [
    "AddSiteDialog", "AddTankDialog", "AddTokenDialog", "AdjustmentDialog", "BarReceiptDialog",
    "Factory", "GasInventoryDialog", "LotReceiptDialog", "RecordDialog", "SetSupplyDialog",
    "TankGaugingDialog", "TankTableDialog", "TransferDialog", "WithdrawalDialog", "record_actions",
]


def record_actions() -> list[tuple[str, str, Factory]]:
    """Menu label, keyboard shortcut ('' for none) and factory of each record dialog.

    The first seven are the custodian's daily work; the last five set the ledger up.
    """
    return [
        (tr("Bar receipt…"), "Ctrl+B", BarReceiptDialog),
        (tr("Lot receipt…"), "Ctrl+L", LotReceiptDialog),
        (tr("Tank gauging…"), "Ctrl+G", TankGaugingDialog),
        (tr("Gas inventory…"), "Ctrl+Shift+G", GasInventoryDialog),
        (tr("Transfer…"), "Ctrl+T", TransferDialog),
        (tr("Withdrawal…"), "Ctrl+Shift+W", WithdrawalDialog),
        (tr("Adjustment…"), "Ctrl+Shift+A", AdjustmentDialog),
        (tr("Add site…"), "", AddSiteDialog),
        (tr("Add tank…"), "", AddTankDialog),
        (tr("Tank calibration table…"), "", TankTableDialog),
        (tr("Add token…"), "", AddTokenDialog),
        (tr("Set token supply…"), "", SetSupplyDialog),
    ]
