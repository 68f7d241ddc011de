"""A window for the work that needs no ledger: verifying, keys and policies."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QMainWindow, QPlainTextEdit, QWidget

from app.gui import dialogs
from app.gui.look import icon
from app.gui.screen_fit import fit_to_screen


class ToolWindow(QMainWindow):
    def __init__(self, mode: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = mode
        self.setWindowIcon(icon("tijori"))
        if mode == "verify":
            from app.gui.verify_view import VerifyPage

            self.setWindowTitle(self.tr("Tijori — verify a report"))
            self.page = VerifyPage(None, self)
            tools = self.menuBar().addMenu(self.tr("&Tools"))
            self.compare_action = tools.addAction(self.tr("&Compare attestations…"))
            self.compare_action.triggered.connect(self.compare_attestations)
            self.count_action = tools.addAction(self.tr("&Physical count…"))
            self.count_action.triggered.connect(self.physical_count)
            self.programme_action = tools.addAction(self.tr("P&rogramme…"))
            self.programme_action.triggered.connect(self.programme_check)
        else:
            from app.gui.keys_page import KeysPage

            self.setWindowTitle(self.tr("Tijori — keys and trust policies"))
            self.page = KeysPage(None, self)
        self.setCentralWidget(self.page)
        self.topic = "verify" if mode == "verify" else "keys"
        fit_to_screen(self, QSize(1100, 760))
        guide = QShortcut(QKeySequence.StandardKey.HelpContents, self)  # F1: this tool's guide
        guide.activated.connect(self.show_guide)
        self._built_with = self._typed()

    def compare_attestations(self) -> QWidget:
        """Tools ▸ Compare attestations… (the auditor's, with no ledger open)."""
        from app.gui.diff_window import DiffWindow

        window = DiffWindow(self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        return window

    def physical_count(self) -> QWidget:
        """Tools ▸ Physical count…: plan, sheets, count and record (the auditor's)."""
        from app.gui.audit_window import AuditWindow

        window = AuditWindow(self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        return window

    def programme_check(self) -> QWidget:
        """Tools ▸ Programme…: the members of a programme over many custodians verified, no
        holding counted twice (the operator's and the auditor's check), then the operator's
        request, signatures and finalising of the programme's attestation."""
        from app.gui.programme_window import ProgrammeWindow

        window = ProgrammeWindow(self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        return window

    def show_guide(self) -> QWidget:
        from app.gui import i18n
        from app.gui.guide import show_guide

        return show_guide(self, self.topic, i18n.current())

    # -- another language --------------------------------------------------------------------

    def holds_work(self) -> bool:
        """Whether building this window again (in another language) would lose something:
        work running, a report chosen to verify, Compare or Physical count open, or
        anything typed since the window was built."""
        return (self.page.busy or bool(getattr(self.page, "path", ""))
                or dialogs.any_open(self) or self._typed() != self._built_with)

    def _typed(self) -> list[str]:
        """What the window's fields hold, in order."""
        return ([edit.text() for edit in self.findChildren(QLineEdit)]
                + [edit.toPlainText() for edit in self.findChildren(QPlainTextEdit)])
