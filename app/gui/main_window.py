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
from app.domain.errors import InvalidInput
from app.gui import dialogs, i18n, settings
from app.gui.context import AppContext
from app.gui.i18n import say
from app.gui.look import icon
from app.gui.screen_fit import fit_to_screen, scrolled, take_place
from app.gui.server_connect import server_name
from app.gui.workers import Job
from app.services import session

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
               "tank", "tank_table", "token", "supply")
TOOLBAR = ("bar", "gauging", "transfer", "withdraw")


class MainWindow(QMainWindow):
    closed = Signal()
    # Settings saved another language ("" for the system's): for the `Controller`.
    language_changed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowIcon(icon("tijori"))
        if ctx.server:
            self.setWindowTitle(self.tr("Tijori — {ledger} — signed in as {role}").format(
                ledger=server_name(ctx.path), role=ctx.actor))
        else:
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
        # What the last save recorded, on the left; the ledger's file (or server) on the
        # right.
        self.status = QLabel(self.tr("Ready."))
        self.status.setObjectName("last_saved")
        self.statusBar().addWidget(self.status, 1)
        self.path_label = QLabel(Path(ctx.path).name)
        self.path_label.setObjectName("ledger_path")
        self.path_label.setToolTip(ctx.path)
        if ctx.server:
            self.path_label.setText(self.tr("{url} — signed in as {role}").format(
                url=ctx.path, role=ctx.actor))
            self.path_label.setToolTip(self.tr("A ledger on a PostgreSQL server, shared by "
                                               "its terminals: {url}").format(url=ctx.path))
        self.statusBar().addPermanentWidget(self.path_label)
        ctx.said.connect(self.say)
        geometry = settings.geometry("main")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = settings.window_state("main")
        if state is not None:
            self.restoreState(state)
        fit_to_screen(self)  # a size remembered from a larger screen is shrunk to this one
        self.nav.setCurrentRow(0)

    def say(self, text: str) -> None:
        """The status bar's line: what was just recorded."""
        self.status.setText(self.tr("Recorded: {what}").format(what=text))
        self.status.setToolTip(self.status.text())

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
            # A small screen scrolls the page rather than clipping it.
            self.stack.insertWidget(index, scrolled(page, sideways=True))
            self.stack.removeWidget(old)
            old.deleteLater()
        return self.pages[key]

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        self.page(PAGES[row][0])
        self.stack.setCurrentIndex(row)

    def current_page(self) -> QWidget | None:
        """The page showing (inside its scroll area)."""
        row = self.nav.currentRow()
        return self.pages.get(PAGES[row][0]) if row >= 0 else None

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
        journal = ledger.addAction(self.tr("&Journal…"))
        journal.setShortcut(QKeySequence("Ctrl+J"))
        journal.setStatusTip(self.tr("Every event recorded, in words; the chain check; CSV"))
        journal.triggered.connect(self.show_journal)
        self.ledger_actions: dict[str, QAction] = {"backup": backup, "passphrase": passphrase,
                                                   "journal": journal}
        if self.ctx.server:  # only a file has them: the menu says why instead
            ledger.setToolTipsVisible(True)
            for action, why in ((backup, session.SERVER_NO_BACKUP),
                                (passphrase, session.SERVER_NO_PASSPHRASE)):
                action.setEnabled(False)
                action.setToolTip(say(why))
                action.setStatusTip(say(why))
        ledger.addSeparator()
        preferences = ledger.addAction(self.tr("&Settings…"))
        preferences.setShortcut(QKeySequence.StandardKey.Preferences)
        preferences.triggered.connect(self.show_settings)
        self.ledger_actions["settings"] = preferences
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
        go.addSeparator()
        compare = go.addAction(self.tr("&Compare attestations…"))
        compare.setStatusTip(self.tr("What changed between two attestations, and whether "
                                     "the later is consistent with the earlier"))
        compare.triggered.connect(self.compare_attestations)
        self.compare_action = compare
        helpmenu = self.menuBar().addMenu(self.tr("&Help"))
        guide = helpmenu.addAction(self.tr("&Guide"))
        guide.setShortcut(QKeySequence.StandardKey.HelpContents)  # F1
        guide.setStatusTip(self.tr("The user guide, at the page you are on (works offline)"))
        guide.triggered.connect(lambda: self.show_guide())
        self.guide_action = guide
        about = helpmenu.addAction(self.tr("About Tijori"))
        about.triggered.connect(lambda: dialogs.inform(
            self, self.tr("About Tijori"),
            self.tr("Tijori {version}\nCustody of commodity reserves that back tokens.\n"
                    "No part of Tijori uses a network.").format(version=__version__)))

    def show_guide(self, topic: str | None = None) -> QWidget:
        """Help ▸ Guide (F1): the guide, at the topic of the page showing."""
        from app.gui.guide import show_guide, topic_for_page

        row = self.nav.currentRow()
        page = PAGES[row][0] if row >= 0 else "dashboard"
        return show_guide(self, topic or topic_for_page(page), i18n.current())

    def show_journal(self) -> QDialog:
        """Ledger ▸ Journal…: every event, filtered, checked, exported."""
        from app.gui.journal_page import JournalDialog

        dialog = JournalDialog(self.ctx, self)
        self._keep(dialog)
        dialog.show()
        return dialog

    def compare_attestations(self) -> QDialog:
        """Go ▸ Compare attestations…: two attestations and their leaves, compared."""
        from app.gui.diff_window import DiffWindow

        dialog = DiffWindow(self)
        self._keep(dialog)
        dialog.show()
        return dialog

    def show_settings(self) -> QDialog:
        from app.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self)
        dialog.language_changed.connect(self.language_changed)
        self._keep(dialog)
        dialog.open()
        return dialog

    def back_up(self) -> QDialog | None:
        """Ledger ▸ Back up…: where to, then the copy and its check with progress."""
        from app.gui.ledger_dialogs import back_up

        if self.ctx.server:
            dialogs.show_error(self, InvalidInput(session.SERVER_NO_BACKUP, "ledger"))
            return None
        dialog = back_up(self.ctx, self)
        if dialog is not None:
            self._keep(dialog)
        return dialog

    def change_passphrase(self) -> QDialog | None:
        """Ledger ▸ Change passphrase…: the current one, the new one twice, then the re-key."""
        from app.gui.ledger_dialogs import ChangePassphraseDialog

        if self.ctx.server:
            dialogs.show_error(self, InvalidInput(session.SERVER_NO_PASSPHRASE, "ledger"))
            return None
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

    def record(self, key: str, holding: int | list[int] | None = None) -> QDialog:
        """Open the Record dialog `key` (non-modal), optionally for one holding or several.

        A transfer or withdrawal started from the toolbar or the menu while rows are
        selected on the Holdings page is for those rows.
        """
        if holding is None and key in ("transfer", "withdraw") and \
                self.current_page() is self.pages.get("holdings"):
            chosen = self.pages["holdings"].movable_selection()
            holding = chosen if len(chosen) > 1 else (chosen[0] if chosen else None)
        dialog = self.factories[key](self.ctx, self, holding)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.open_dialogs.append(dialog)
        dialog.finished.connect(lambda *_: self.open_dialogs.remove(dialog)
                                if dialog in self.open_dialogs else None)
        dialog.open()
        return dialog

    # -- another language --------------------------------------------------------------------

    def holds_work(self) -> bool:
        """Whether building this window again (in another language) would lose something:
        work running (on the ledger's thread or a page's own), a dialog of its own open
        (what is typed in it), or a page in the middle of its work (its `holds_work()`: an
        attestation being signed, a bar list checked and not yet imported). The guide
        holds nothing: it is built again by itself."""
        if self.ctx.host.busy or self.open_dialogs or dialogs.any_open(self):
            return True
        for page in self.pages.values():
            job = getattr(page, "job", None)  # work off the ledger's thread (a PDF, a check)
            if (isinstance(job, Job) and not job.done) or (
                    hasattr(page, "holds_work") and page.holds_work()):
                return True
        return False

    def hand_over(self, successor: MainWindow) -> None:
        """Give this window's ledger to `successor`, a new window over the same context (the
        ledger shown in another language), and go. The ledger stays open and unlocked:
        unlike closing, nothing is shut down, no passphrase is asked again and `closed` is
        not emitted. The successor takes this window's place, size and page.

        Ask `holds_work()` before building the successor (whose pages start by reading the
        ledger): what this window holds is lost."""
        if successor.ctx is not self.ctx:
            raise ValueError("the successor works on another ledger")
        # The context and its ledger thread live as long as the window they belong to.
        self.ctx.setParent(successor)
        self.ctx.host.setParent(successor)
        self.ctx.said.disconnect(self.say)
        take_place(successor, self)
        successor.restoreState(self.saveState())
        if self.nav.currentRow() >= 0:
            successor.nav.setCurrentRow(self.nav.currentRow())
        if self.isVisible():
            successor.show()
        self.hide()
        self.deleteLater()

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
