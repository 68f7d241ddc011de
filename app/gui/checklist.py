"""A verdict shown as a checklist: one row per check, green ✓ or red ✗, then a banner.

The verifier (`app.services.verifying`) returns a verdict whose `as_json()`
gives `{"subject", "valid", "checks": [{"check", "passed", "reason"}]}`; this
widget shows exactly that, in order, so an auditor reads each check and why it
held or failed. Used by the Verify view, the signer window and the Keys page.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

PASS_COLOUR = "#1e7b34"
FAIL_COLOUR = "#b3261e"


def tr(text: str) -> str:
    return QCoreApplication.translate("Checklist", text)


def checks_of(verdict: Any) -> tuple[bool, list[dict[str, Any]]]:
    """(valid, checks) from a verdict object or its `as_json()` dictionary."""
    data = verdict.as_json() if hasattr(verdict, "as_json") else dict(verdict)
    checks = [dict(c) for c in data.get("checks", [])]
    valid = bool(data.get("valid", bool(checks) and all(c["passed"] for c in checks)))
    return valid, checks


class Checklist(QWidget):
    """The banner (VALID / NOT VALID, or a custom bottom line) and the checks below it.

    Each check is two lines beside its mark: the check's name in the mark's
    colour, then its reason, both wrapping, so a long reason never pushes the
    list wider than its window.
    """

    def __init__(self, parent: QWidget | None = None, *, valid_text: str | None = None,
                 invalid_text: str | None = None) -> None:
        super().__init__(parent)
        self.valid_text = valid_text or tr("VALID")
        self.invalid_text = invalid_text or tr("NOT VALID")
        self.banner = QLabel()
        self.banner.setObjectName("verdict_banner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.rows: QFrame | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.banner)
        self.checks: list[dict[str, Any]] = []
        self._cells: list[tuple[QLabel, QLabel, QLabel]] = []
        self.valid: bool | None = None

    def clear(self) -> None:
        if self.rows is not None:
            self.rows.hide()
            self._layout.removeWidget(self.rows)
            self.rows.deleteLater()
            self.rows = None
        self.checks, self._cells = [], []
        self.valid = None
        self.banner.hide()

    def show_verdict(self, verdict: Any) -> None:
        """Show a verdict (object with `as_json()`, or that dictionary)."""
        valid, checks = checks_of(verdict)
        self.show_checks(checks, valid)

    def show_checks(self, checks: list[dict[str, Any]], valid: bool | None = None) -> None:
        self.clear()
        self.checks = [dict(c) for c in checks]
        self.valid = (bool(checks) and all(c["passed"] for c in checks)) if valid is None \
            else valid
        self.rows = QFrame()
        self.rows.setProperty("role", "card")
        grid = QGridLayout(self.rows)
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        top = Qt.AlignmentFlag.AlignTop
        for index, check in enumerate(self.checks):
            passed = bool(check["passed"])
            colour = PASS_COLOUR if passed else FAIL_COLOUR
            mark = QLabel("✓" if passed else "✗")
            mark.setStyleSheet(f"color: {colour}; font-size: 16pt; font-weight: bold;")
            mark.setAccessibleName(tr("passed") if passed else tr("failed"))
            name = QLabel(str(check["check"]))
            name.setWordWrap(True)
            name.setStyleSheet(f"color: {colour}; font-weight: 600;")
            reason = QLabel(str(check["reason"]))
            reason.setWordWrap(True)
            reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            row = 2 * index
            grid.addWidget(mark, row, 0, 2, 1, top)
            grid.addWidget(name, row, 1, top)
            grid.addWidget(reason, row + 1, 1, top)
            self._cells.append((mark, name, reason))
        self._layout.addWidget(self.rows)
        self.rows.setVisible(bool(self.checks))
        self.set_banner(self.valid_text if self.valid else self.invalid_text, self.valid)

    def set_banner(self, text: str, good: bool | None) -> None:
        """The bottom line; `good=None` is neutral (e.g. 'not checked')."""
        colour = {True: PASS_COLOUR, False: FAIL_COLOUR, None: "#5b6670"}[good]
        self.banner.setText(text)
        self.banner.setStyleSheet(
            f"background: {colour}; color: white; font-size: 18pt; font-weight: bold; "
            "padding: 10px; border-radius: 6px;")
        self.banner.show()

    @property
    def failures(self) -> list[dict[str, Any]]:
        return [c for c in self.checks if not c["passed"]]

    def row_texts(self) -> list[tuple[str, str, str]]:
        """What each row shows (mark, name, reason), in order; for tests and copying."""
        return [(mark.text(), name.text(), reason.text()) for mark, name, reason in self._cells]
