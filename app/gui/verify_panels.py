"""The panels of the Verify view: the summary, the findings, a PDF's first look, the banner.

- `FiguresPanel`: the summary of the signed statement (custodian, as-of and its age,
  scope, totals, each token's coverage), read-only and selectable, a shortfall in red.
- `FindingsList`: the Findings block, one row per finding, its severity in words and
  colour: ALERT red (a shortfall), CAUTION amber (partial scope, no supply, a finding
  not made), NOTE neutral, CLEAR green. Never a green tick beside a shortfall.
- `FirstLookPanel`: what a PDF report shows of itself before any trust policy is
  chosen: its signature's checks, who signed it (not yet trusted), the embedded
  policy's fingerprint words to compare, and that the verdict needs your own policy.
- `Banner`: the bottom line: VALID (green), VALID WITH FINDINGS (amber), NOT VALID (red).

The Integrity block is the shared `Checklist` (✓ passed, ✗ failed, ! not done).
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QTextOption
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.gui.checklist import (
    FAIL_COLOUR,
    NEUTRAL_COLOUR,
    NOT_DONE_COLOUR,
    PASS_COLOUR,
    add_check_row,
    check_card,
)
from app.gui.i18n import say, tr
from app.gui.palette import INK
from app.services import figures as signed

#: A finding's colour by its state (severity, or "not done").
FINDING_COLOURS = {"alert": FAIL_COLOUR, "caution": NOT_DONE_COLOUR, "note": NEUTRAL_COLOUR,
                   "clear": PASS_COLOUR, "not done": NOT_DONE_COLOUR}


def finding_word(state: str) -> str:
    """A finding's state in words, in the application's language."""
    words = {"alert": tr("ALERT"), "caution": tr("CAUTION"), "note": tr("NOTE"),
             "clear": tr("CLEAR"), "not done": tr("NOT DONE")}
    return words.get(state, state.upper())


def finding_state(check: dict[str, Any]) -> str:
    """A finding's state from its JSON: its severity, or "not done"."""
    return "not done" if not check.get("done", True) else str(check.get("severity"))


class FittedText(QTextBrowser):
    """Read-only rich text as tall as its contents, wrapping a long word (a Merkle root,
    a ledger id) anywhere rather than widening the column; selectable, so that a figure
    can be copied exactly as signed. The page around it scrolls, not this."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet("QTextBrowser { background: transparent; }")
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().setDocumentMargin(0)
        self.document().documentLayout().documentSizeChanged.connect(lambda _size: self._fit())

    def _fit(self) -> None:
        height = int(self.document().size().height() + 0.999) + 2 * self.frameWidth()
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.height())

    def sizeHint(self) -> QSize:
        return QSize(400, self.height())

    def wheelEvent(self, event) -> None:
        event.ignore()  # nothing to scroll in here: the page scrolls


def _start() -> str:
    """The side a line starts on in the interface's language ("left", "right" in Urdu):
    where a paragraph's indent goes."""
    return "right" if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft \
        else "left"


def _paragraph(text: str, style: list[str], mark: tuple[str, str] | None = None) -> str:
    """One paragraph of `text` (escaped), in the interface's direction; `mark` a (symbol,
    colour) drawn before it."""
    lead = (f'<span style="color: {mark[1]}; font-weight: 700">{escape(mark[0])}</span> '
            if mark else "")
    direction = "rtl" if _start() == "right" else "ltr"
    return f'<p dir="{direction}" style="{"; ".join(style)}">{lead}{escape(text)}</p>'


def integrity_heading(checks: list[Any]) -> tuple[str, str]:
    """The Integrity block's heading and its colour, from its checks' states."""
    states = [check.state for check in checks]
    failed = states.count("failed")
    text = tr("Integrity: signatures, hashes, the policy — {passed} passed, {failed} failed, "
              "{not_done} not done").format(passed=states.count("passed"), failed=failed,
                                            not_done=states.count("not done"))
    return text, FAIL_COLOUR if failed else INK


def findings_heading(checks: list[Any], intact: bool) -> tuple[str, str]:
    """The Findings block's heading and its colour (red for an alert, amber for a caution
    or a finding not made); of a statement that does not verify, it says so, in red."""
    states = [finding_state({"done": c.done, "severity": c.severity}) for c in checks]
    alerts, cautions = states.count("alert"), states.count("caution") + states.count("not done")
    if alerts or cautions:
        text = tr("Findings: what the signed statement says — {alerts} alert(s), {cautions} "
                  "caution(s) to weigh").format(alerts=alerts, cautions=cautions)
    else:
        text = tr("Findings: what the signed statement says — nothing to weigh")
    colour = FAIL_COLOUR if alerts else NOT_DONE_COLOUR if cautions else INK
    if not intact:
        text += " " + tr("(the statement does not verify: do not rely on them)")
        colour = FAIL_COLOUR
    return text, colour


class Block(QWidget):
    """One block of the result (Integrity, Findings): a heading that counts what is in it,
    in the colour of the worst, then its rows."""

    def __init__(self, name: str, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.heading = QLabel()
        self.heading.setObjectName(f"{name}_heading")
        self.heading.setWordWrap(True)
        self.body = body
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(body)

    def set_heading(self, text: str, colour: str) -> None:
        self.heading.setText(text)
        self.heading.setStyleSheet(f"font-size: 12pt; font-weight: 700; color: {colour};")


class FiguresPanel(QFrame):
    """The summary of a verdict's statement: a heading, then one line each, read-only and
    selectable (to copy), a shortfall in red."""

    INDENT = 18  # pixels, for a line under a section's heading
    HANG = 14  # pixels: a line that wraps goes on indented under its start

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signed_figures")
        self.setProperty("role", "card")
        self.heading = QLabel()
        self.heading.setObjectName("signed_figures_heading")
        self.heading.setWordWrap(True)
        self.text = FittedText()
        self.text.setObjectName("signed_figures_text")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        self.lines: list[str] = []
        self.valid: bool | None = None
        self.hide()

    def clear(self) -> None:
        self.lines, self.valid = [], None
        self.heading.clear()
        self.text.clear()
        self.hide()

    def show_figures(self, lines: list[str], valid: bool) -> None:
        """Show `lines` (a summary's); `valid`: every integrity check held, so the figures
        are the signers', and the heading says so."""
        self.lines, self.valid = list(lines), bool(valid)
        if not self.lines:
            self.clear()
            return
        if valid:
            self.heading.setText(tr("Summary, read from the statement the custodians and "
                                    "auditors signed"))
            self.heading.setStyleSheet(f"font-weight: 600; color: {INK};")
        else:
            self.heading.setText(tr("Figures as the statement states them. NOT VALID: do not "
                                    "rely on them; see the integrity checks below."))
            self.heading.setStyleSheet(f"font-weight: 600; color: {FAIL_COLOUR};")
        self.text.setHtml("".join(self._html(line) for line in self.lines))
        self.show()

    def _html(self, line: str) -> str:
        style = ["margin-top: 0px", "margin-bottom: 0px",
                 f"margin-{_start()}: {self.INDENT * signed.level(line) + self.HANG}px",
                 f"text-indent: -{self.HANG}px"]
        if signed.is_heading(line):
            style += ["margin-top: 6px", "font-weight: 600"]
        if signed.is_alert(line):
            style += [f"color: {FAIL_COLOUR}", "font-weight: 700"]
        return _paragraph(say(getattr(line, "message", line)), style)

    def alerts(self) -> list[str]:
        """The lines shown in red (the shortfalls), in order."""
        return [line for line in self.lines if signed.is_alert(line)]


class FindingsList(QWidget):
    """The Findings block's rows: the severity in words and colour, the finding's name in
    that colour, its reason below; "No findings." when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findings")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.rows: QFrame | None = None
        self.checks: list[dict[str, Any]] = []
        self._cells: list[tuple[QLabel, QLabel, QLabel]] = []

    def clear(self) -> None:
        if self.rows is not None:
            self.rows.hide()
            self._layout.removeWidget(self.rows)
            self.rows.deleteLater()
            self.rows = None
        self.checks, self._cells = [], []

    def show_findings(self, checks: list[dict[str, Any]]) -> None:
        """Show the findings (each a check's JSON with "severity")."""
        self.clear()
        self.checks = [dict(c) for c in checks]
        self.rows, grid = check_card()
        if not self.checks:
            grid.addWidget(QLabel(tr("No findings.")), 0, 0, 1, 2)
        for index, check in enumerate(self.checks):
            state = finding_state(check)
            colour = FINDING_COLOURS.get(state, NOT_DONE_COLOUR)
            tag = QLabel(finding_word(state))
            tag.setObjectName(f"finding_{state.replace(' ', '_')}")
            tag.setStyleSheet(f"color: {colour}; font-weight: bold;")
            tag.setAccessibleName(finding_word(state))
            self._cells.append(add_check_row(grid, index, tag, check, colour))
        self._layout.addWidget(self.rows)

    def row_texts(self) -> list[tuple[str, str, str]]:
        """What each row shows (severity word, name, reason), in order."""
        return [(tag.text(), name.text(), say(check["reason"]))
                for (tag, name, _), check in zip(self._cells, self.checks, strict=True)]

    def colours(self) -> dict[str, str]:
        """Each finding's name → the colour it is drawn in; for tests."""
        return {name.text(): FINDING_COLOURS.get(finding_state(check), "")
                for (_, name, _), check in zip(self._cells, self.checks, strict=True)}


class FirstLookPanel(QFrame):
    """A PDF report's first look (`first_look.FirstLook.as_json()`), before any policy: its
    signature's checks, its signer, the embedded policy's words, and what is missing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_look")
        self.setProperty("role", "card")
        self.heading = QLabel(tr("The PDF itself, before any trust policy"))
        self.heading.setStyleSheet(f"font-weight: 600; color: {INK};")
        self.heading.setWordWrap(True)
        self.text = FittedText()
        self.text.setObjectName("first_look_text")
        self.note = QLabel()
        self.note.setObjectName("first_look_note")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addWidget(self.note)
        self.look: dict[str, Any] | None = None
        self.hide()

    def clear(self) -> None:
        self.look = None
        self.text.clear()
        self.note.clear()
        self.hide()

    def show_look(self, look: dict[str, Any]) -> None:
        self.look = dict(look)
        parts = []
        tight = ["margin-top: 0px", "margin-bottom: 2px"]
        under = [*tight, f"margin-{_start()}: 18px"]
        for check in look["checks"]:
            mark = ("✓", PASS_COLOUR) if check["passed"] else ("✗", FAIL_COLOUR)
            parts.append(_paragraph(f"{check['check']}: {say(check['reason'])}",
                                    [*tight, f"margin-{_start()}: 18px", "text-indent: -18px"],
                                    mark))
        signer = look.get("signer")
        if signer:
            parts.append(_paragraph(tr("Signed by {subject}, keyid {keyid}").format(
                subject=signer["subject"], keyid=signer["keyid"]), [*tight, "margin-top: 6px"]))
            parts.append(_paragraph(tr("its words: {words} (not yet trusted: your policy "
                                       "decides)").format(words=" ".join(signer["words"])),
                                    under))
        policy = look.get("embedded_policy")
        if policy:
            parts.append(_paragraph(tr("Embedded policy: {name}, version {version}, digest "
                                       "{digest}").format(**policy), [*tight, "margin-top: 6px"]))
            parts.append(_paragraph(tr("Words to compare with the policy you hold:"), under))
            parts.append(_paragraph(" ".join(policy["words"]),
                                    [*under, "font-weight: 700", "font-size: large",
                                     f"color: {INK}"]))
            listed = (signer or {}).get("listed_in_embedded_policy")
            if listed is False:
                parts.append(_paragraph(tr("It does not list the PDF's signer as a report "
                                           "signer."), [*under, f"color: {FAIL_COLOUR}"]))
        else:
            parts.append(_paragraph(tr("Embedded policy: {problem}").format(
                problem=look.get("embedded_policy_problem") or ""),
                [*tight, "margin-top: 6px", f"color: {FAIL_COLOUR}"]))
        self.text.setHtml("".join(parts))
        self.set_verdict_shown(False)
        self.show()

    def set_verdict_shown(self, shown: bool) -> None:
        """Say whether the verdict (against the auditor's own policy) is on the page."""
        if shown:
            self.note.setText(tr("The verdict is against the trust policy you hold, never the "
                                 "copy inside the report."))
            self.note.setStyleSheet(f"color: {NEUTRAL_COLOUR};")
        else:
            self.note.setText(tr("No verdict yet: the verdict needs the trust policy you hold. "
                                 "Compare the words above with your policy's, then choose "
                                 "your policy and verify."))
            self.note.setStyleSheet(f"color: {NOT_DONE_COLOUR}; font-weight: 600;")

    @property
    def policy_words(self) -> list[str]:
        policy = (self.look or {}).get("embedded_policy") or {}
        return list(policy.get("words", []))


#: The bottom line's colour by outcome (neutral for none: not checked).
OUTCOME_COLOURS = {"valid": PASS_COLOUR, "valid with findings": NOT_DONE_COLOUR,
                   "not valid": FAIL_COLOUR}


class Banner(QLabel):
    """The bottom line of a verification, in its colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bottom_line")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.outcome = ""
        self.hide()

    def show_outcome(self, outcome: str, count: int = 0) -> None:
        """"valid", "valid with findings" (`count` of them) or "not valid"; "" for none yet
        (neutral: not checked)."""
        self.outcome = outcome
        text = {"valid": tr("VALID"), "not valid": tr("NOT VALID"),
                "valid with findings": tr("VALID, WITH {count} FINDING(S) TO WEIGH").format(
                    count=count)}.get(outcome, tr("NOT CHECKED"))
        self.setText(text)
        self.setStyleSheet(
            f"background: {OUTCOME_COLOURS.get(outcome, NEUTRAL_COLOUR)}; color: white; "
            "font-size: 16pt; font-weight: bold; padding: 8px; border-radius: 6px;")
        self.show()

    def clear(self) -> None:
        self.outcome = ""
        super().clear()
        self.hide()
