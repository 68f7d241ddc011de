"""The custodian's window over one open ledger: navigation on the left, pages
on the right, the Ledger menu (back up, change the passphrase, close), and the
Record menu and toolbar for the entries made every day."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from app import __version__
from app.gui import dialogs, settings
from app.gui.context import AppContext
from app.gui.look import icon

# (key, module, class): pages are built the first time they are shown.
PAGES = (
    ("dashboard", "app.gui.dashboard", "DashboardPage"),
    ("holdings", "app.gui.holdings_view", "HoldingsPage"),
    ("import", "app.gui.import_wizard", "ImportPage"),
    ("attest", "app.gui.attest_page", "AttestPage"),
    ("reports", "app.gui.report_page", "ReportPage"),
    ("verify", "app.gui.verify_view", "VerifyPage"),
    ("keys", "app.gui.keys_page", "KeysPage"),
)
# The names of record_actions(), in its order, and those on the toolbar (the
# everyday ones, big enough for gloves).
RECORD_KEYS = ("bar", "lot", "gauging", "gas", "transfer", "withdraw", "adjust", "site",
               "tank", "token", "supply")
TOOLBAR = ("bar", "gauging", "transfer", "withdraw")


class MainWindow(QMainWindow):
    closed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowIcon(icon("tijori"))
        self.setWindowTitle(self.tr("Tijori — {ledger} — operator {actor}").format(
            ledger=Path(ctx.path).name, actor=ctx.actor))
        self.pages: dict[str, QWidget] = {}
        self.open_dialogs: list[QDialog] = []
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(190)
        self.stack = QStackedWidget()
        titles = {"dashboard": self.tr("Dashboard"), "holdings": self.tr("Holdings"),
                  "import": self.tr("Import bar list"), "attest": self.tr("Attest"),
                  "reports": self.tr("Reports"), "verify": self.tr("Verify"),
                  "keys": self.tr("Keys and policy")}
        for key, _, _ in PAGES:
            item = QListWidgetItem(titles[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
            holder = QWidget()
            holder.setObjectName(f"holder_{key}")
            self.stack.addWidget(holder)
        self.nav.currentRowChanged.connect(self._show_page)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.record_actions: dict[str, QAction] = {}
        self._menus()
        self.status = QLabel(ctx.path)
        self.statusBar().addWidget(self.status, 1)
        self.resize(1280, 800)
        geometry = settings.geometry("main")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.window_state("main")
        if state is not None:
            self.restoreState(state)
        self.nav.setCurrentRow(0)

    # -- pages -------------------------------------------------------------------------------

    def page(self, key: str) -> QWidget:
        """The page `key`, built on first use."""
        if key not in self.pages:
            index = [k for k, _, _ in PAGES].index(key)
            _, module, name = PAGES[index]
            cls = getattr(importlib.import_module(module), name)
            page = cls(self.ctx, self)
            if key == "holdings":
                page.on_action = self.record
            if key == "attest":
                page.report_requested.connect(self.report_on)
            self.pages[key] = page
            old = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(old)
            old.deleteLater()
        return self.pages[key]

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        key = PAGES[row][0]
        self.stack.setCurrentWidget(self.page(key))

    def show_page(self, key: str) -> QWidget:
        self.nav.setCurrentRow([k for k, _, _ in PAGES].index(key))
        return self.pages[key]

    def report_on(self, attestation_id: str) -> None:
        """From the attestation chain to the Reports page, that attestation chosen."""
        self.show_page("reports").choose(attestation_id)

    # -- menus -------------------------------------------------------------------------------

    def _menus(self) -> None:
        from app.gui.record_dialogs import record_actions

        ledger = self.menuBar().addMenu(self.tr("&Ledger"))
        ledger.setObjectName("ledger_menu")
        self.ledger_menu = ledger
        backup = ledger.addAction(self.tr("&Back up…"))
        backup.setStatusTip(self.tr("Write an encrypted copy of this ledger and check it"))
        backup.triggered.connect(self.back_up)
        passphrase = ledger.addAction(self.tr("Change &passphrase…"))
        passphrase.setStatusTip(self.tr("Re-encrypt this ledger under a new passphrase"))
        passphrase.triggered.connect(self.change_passphrase)
        self.ledger_actions: dict[str, QAction] = {"backup": backup, "passphrase": passphrase}
        ledger.addSeparator()
        close = ledger.addAction(self.tr("&Close ledger"))
        close.setShortcut(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        record = self.menuBar().addMenu(self.tr("&Record"))
        toolbar = QToolBar(self.tr("Record"))
        toolbar.setObjectName("record_toolbar")
        toolbar.setIconSize(QSize(24, 24))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.factories: dict[str, Callable] = {}
        for key, (label, shortcut, factory) in zip(RECORD_KEYS, record_actions(), strict=True):
            action = record.addAction(label)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _=False, k=key: self.record(k))
            self.record_actions[key] = action
            self.factories[key] = factory
            if key in TOOLBAR:
                toolbar.addAction(action)
            if key == "adjust":
                record.addSeparator()
        go = self.menuBar().addMenu(self.tr("&Go"))
        for number, (key, _, _) in enumerate(PAGES):
            action = go.addAction(self.nav.item(number).text())
            action.setShortcut(QKeySequence(f"Alt+{number + 1}"))
            action.triggered.connect(lambda _=False, k=key: self.show_page(k))
        helpmenu = self.menuBar().addMenu(self.tr("&Help"))
        about = helpmenu.addAction(self.tr("About Tijori"))
        about.triggered.connect(lambda: dialogs.inform(
            self, self.tr("About Tijori"),
            self.tr("Tijori {version}\nCustody of commodity reserves that back tokens.\n"
                    "No part of Tijori uses a network.").format(version=__version__)))

    def back_up(self) -> QDialog | None:
        """Ledger ▸ Back up…: where to, then the copy and its check with progress."""
        from app.gui.ledger_dialogs import back_up

        dialog = back_up(self.ctx, self)
        if dialog is not None:
            self._keep(dialog)
        return dialog

    def change_passphrase(self) -> QDialog:
        """Ledger ▸ Change passphrase…: the current one, the new one twice, then the re-key."""
        from app.gui.ledger_dialogs import ChangePassphraseDialog

        dialog = ChangePassphraseDialog(self.ctx, self)
        self._keep(dialog)
        dialog.open()
        return dialog

    def _keep(self, dialog: QDialog) -> None:
        """Close `dialog` with the window; free it once it is done."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.open_dialogs.append(dialog)
        dialog.finished.connect(lambda *_: self.open_dialogs.remove(dialog)
                                if dialog in self.open_dialogs else None)

    def record(self, key: str, holding: int | None = None) -> QDialog:
        """Open the Record dialog `key` (non-modal), optionally for one holding."""
        dialog = self.factories[key](self.ctx, self, holding)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.open_dialogs.append(dialog)
        dialog.finished.connect(lambda *_: self.open_dialogs.remove(dialog)
                                if dialog in self.open_dialogs else None)
        dialog.open()
        return dialog

    # -- closing -------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.ctx.host.busy and not dialogs.ask(
                self, self.tr("Work in progress"),
                self.tr("Tijori is still working on this ledger. Stop and close? Work that "
                        "has not finished is not stored.")):
            event.ignore()
            return
        settings.remember_window("main", self.saveGeometry(), self.saveState())
        for dialog in list(self.open_dialogs):
            dialog.close()
        self.ctx.host.shutdown()
        super().closeEvent(event)
        self.closed.emit()
