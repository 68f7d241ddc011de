"""A window for the work that needs no ledger: verifying, keys and policies."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QWidget

from app.gui.look import icon


class ToolWindow(QMainWindow):
    def __init__(self, mode: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowIcon(icon("tijori"))
        if mode == "verify":
            from app.gui.verify_view import VerifyPage

            self.setWindowTitle(self.tr("Tijori — verify a report"))
            self.page = VerifyPage(None, self)
        else:
            from app.gui.keys_page import KeysPage

            self.setWindowTitle(self.tr("Tijori — keys and trust policies"))
            self.page = KeysPage(None, self)
        self.setCentralWidget(self.page)
        self.resize(1100, 760)
