"""A verdict shown as a checklist: one row per check, then a banner.

The verifier (`app.services.verifying`) returns a verdict whose `as_json()`
gives `{"subject", "valid", "checks": [{"check", "passed", "done", "reason"}]}`;
this widget shows exactly that, in order, so an auditor reads each check and why
it held or failed: green ✓ passed, red ✗ failed, amber ! not done (with why), never
green for what was not checked. Used by the Verify view, the signer window and the
Keys page.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from app.gui.i18n import say, tr
from app.gui.palette import BAD, CAUTION, GOOD, MUTED

PASS_COLOUR = GOOD
FAIL_COLOUR = BAD
#: Not done: dark enough to read as text on white, and as a banner under white text.
NOT_DONE_COLOUR = CAUTION
NEUTRAL_COLOUR = MUTED
MARKS = {"passed": "✓", "failed": "✗", "not done": "!"}
COLOURS = {"passed": PASS_COLOUR, "failed": FAIL_COLOUR, "not done": NOT_DONE_COLOUR}



#: A word holding a digit and a hyphen: an id (a UUID) or a time (RFC 3339).
_ID_LIKE = re.compile(r"[^\s]*\d[^\s]*")
NON_BREAKING_HYPHEN = "\u2011"
WORD_JOINER = "\u2060"


def unbroken(text: str) -> str:
    """`text` for a wrapping label: ids and times never break at their hyphens (a line
    breaks before them instead), so none is read in fragments. Right to left, the hyphen
    stays and WORD JOINERs hold it: the Urdu font draws U+2011 as a low stroke."""
    hyphen = (f"{WORD_JOINER}-{WORD_JOINER}" if QGuiApplication.layoutDirection()
              == Qt.LayoutDirection.RightToLeft else NON_BREAKING_HYPHEN)
    return _ID_LIKE.sub(lambda m: m.group(0).replace("-", hyphen), text)


def check_card() -> tuple[QFrame, QGridLayout]:
    """The card that lists checks: a mark or tag in the first column, the check's name and
    reason below one another in the second."""
    card = QFrame()
    card.setProperty("role", "card")
    grid = QGridLayout(card)
    grid.setColumnStretch(1, 1)
    grid.setHorizontalSpacing(10)
    grid.setVerticalSpacing(2)
    return card, grid


def add_check_row(grid: QGridLayout, index: int, lead: QLabel, check: dict[str, Any],
                  colour: str) -> tuple[QLabel, QLabel, QLabel]:
    """Check `index` of a card: `lead` (its mark or severity) beside its name, in `colour`,
    over its reason (selectable); the three labels."""
    top = Qt.AlignmentFlag.AlignTop
    name = QLabel(str(check["check"]))
    name.setWordWrap(True)
    name.setStyleSheet(f"color: {colour}; font-weight: 600;")
    reason = QLabel(unbroken(say(check["reason"])))
    reason.setWordWrap(True)
    reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    grid.addWidget(lead, 2 * index, 0, 2, 1, top)
    grid.addWidget(name, 2 * index, 1, top)
    grid.addWidget(reason, 2 * index + 1, 1, top)
    return lead, name, reason


def checks_of(verdict: Any) -> tuple[bool, list[dict[str, Any]]]:
    """(valid, checks) from a verdict object or its `as_json()` dictionary."""
    data = verdict.as_json() if hasattr(verdict, "as_json") else dict(verdict)
    checks = [dict(c) for c in data.get("checks", [])]
    valid = bool(data.get("valid", bool(checks) and all(c["passed"] for c in checks)))
    return valid, checks


def state_of(check: dict[str, Any]) -> str:
    """"passed", "failed" or "not done" (a check without "done" was made)."""
    if not check.get("done", True):
        return "not done"
    return "passed" if check["passed"] else "failed"


class Checklist(QWidget):
    """The banner (VALID / NOT VALID, or a custom bottom line) and the checks below it.

    Each check is two lines beside its mark: the check's name in the mark's
    colour, then its reason, both wrapping, so a long reason never pushes the
    list wider than its window. With `partial_text`, a verdict that holds but has
    checks not done gets that bottom line, in amber, instead of `valid_text`.
    """

    def __init__(self, parent: QWidget | None = None, *, valid_text: str | None = None,
                 invalid_text: str | None = None, partial_text: str | None = None) -> None:
        super().__init__(parent)
        self.valid_text = valid_text or tr("VALID")
        self.invalid_text = invalid_text or tr("NOT VALID")
        self.partial_text = partial_text
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
        self.rows, grid = check_card()
        for index, check in enumerate(self.checks):
            state = state_of(check)
            colour = COLOURS[state]
            mark = QLabel(MARKS[state])
            mark.setObjectName(f"mark_{state.replace(' ', '_')}")
            mark.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            mark.setMinimumWidth(22)
            mark.setStyleSheet(f"color: {colour}; font-size: 16pt; font-weight: bold;")
            mark.setAccessibleName(tr(state))
            self._cells.append(add_check_row(grid, index, mark, check, colour))
        self._layout.addWidget(self.rows)
        self.rows.setVisible(bool(self.checks))
        if self.valid and self.partial_text and self.not_done:
            self.set_banner(self.partial_text, None, colour=NOT_DONE_COLOUR)
        else:
            self.set_banner(self.valid_text if self.valid else self.invalid_text, self.valid)

    def set_banner(self, text: str, good: bool | None, *, colour: str | None = None) -> None:
        """The bottom line; `good=None` is neutral (e.g. 'not checked')."""
        colour = colour or {True: PASS_COLOUR, False: FAIL_COLOUR, None: NEUTRAL_COLOUR}[good]
        self.banner.setText(text)
        self.banner.setStyleSheet(
            f"background: {colour}; color: white; font-size: 18pt; font-weight: bold; "
            "padding: 10px; border-radius: 6px;")
        self.banner.show()

    @property
    def failures(self) -> list[dict[str, Any]]:
        return [c for c in self.checks if not c["passed"]]

    @property
    def not_done(self) -> list[dict[str, Any]]:
        """The checks that were not made (shown amber, with why)."""
        return [c for c in self.checks if state_of(c) == "not done"]

    def states(self) -> dict[str, str]:
        """Each check's name -> "passed" / "failed" / "not done"; for tests."""
        return {str(c["check"]): state_of(c) for c in self.checks}

    def row_texts(self) -> list[tuple[str, str, str]]:
        """What each row shows (mark, name, reason), in order; for tests and copying."""
        return [(mark.text(), name.text(), say(check["reason"]))
                for (mark, name, _), check in zip(self._cells, self.checks, strict=True)]
