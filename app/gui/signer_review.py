"""What the signer reads before signing: the bottom line, each shortfall, the statement's
facts, its totals and tokens as tables, the Merkle root as words, and every check.

Made from a checked request (`signing.Prepared`) and its facts
(`signer_view.Review`). A check is shown done (✓ green), failed (✗ red) or not done
(! amber, with why): the green bottom line appears only when every check was made
and passed. Each token short of its supply gets a red banner of its own, above the
fold; a token whose commodity the scope does not cover completely is shown as not
covered by this attestation, never as a shortfall.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.gui.checklist import (
    FAIL_COLOUR,
    NOT_DONE_COLOUR,
    PASS_COLOUR,
    Checklist,
    unbroken,
)
from app.gui.i18n import say, tr
from app.gui.palette import INK, MUTED, SECONDARY
from app.gui.signer_policy import word_lines
from app.services import signing
from app.services.signer_view import Review, TokenLine

MONO = "font-family: 'DejaVu Sans Mono', monospace;"
SIGNED_COLOUR = INK
#: The facts, in the order they are read.
FACTS = ("custodian", "ledger", "attestation", "scope", "sequence", "previous", "as_of",
         "holdings", "root", "root_words")



def _banner_style(colour: str, size: str = "16pt") -> str:
    return (f"background: {colour}; color: white; font-size: {size}; font-weight: bold; "
            "padding: 8px 10px; border-radius: 6px;")


def _label(text: str = "", *, selectable: bool = True, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(f"font-weight: 600; color: {INK}; margin-top: 6px;")
    return label


class FittedTable(QTableWidget):
    """A read-only table exactly as tall as its rows: it never scrolls on its own, the
    review scrolls as a whole."""

    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(headers)
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.horizontalHeader().setHighlightSections(False)

    def fill(self, rows: list[list[tuple[str, Qt.AlignmentFlag, str | None]]]) -> None:
        """Rows of cells (text, alignment, colour or None)."""
        self.clearSpans()
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, (text, align, colour) in enumerate(row):
                item = QTableWidgetItem(text)
                item.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
                if colour:
                    item.setForeground(QColor(colour))
                self.setItem(r, c, item)
        self.fit()

    def align_headers(self, *alignments: Qt.AlignmentFlag) -> None:
        for column, align in enumerate(alignments):
            self.horizontalHeaderItem(column).setTextAlignment(
                align | Qt.AlignmentFlag.AlignVCenter)

    def fit(self) -> None:
        """As tall as the rows and as wide as the columns: a table, not a stretched band."""
        self.resizeColumnsToContents()
        self.resizeRowsToContents()
        metrics = self.fontMetrics()
        for row in range(self.rowCount()):
            for column in range(self.columnCount()):
                span = self.columnSpan(row, column)
                item = self.item(row, column)
                if span < 2 or item is None:
                    continue
                # resizeColumnsToContents leaves spanned cells out: widen the last column.
                need = metrics.horizontalAdvance(item.text()) + 24
                have = sum(self.columnWidth(c) for c in range(column, column + span))
                if need > have:
                    last = column + span - 1
                    self.setColumnWidth(last, self.columnWidth(last) + need - have)
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(self.rowCount()))
        self.setFixedHeight(height)
        width = 2 * self.frameWidth() + sum(self.columnWidth(c)
                                            for c in range(self.columnCount()))
        self.setFixedWidth(width)

    def texts(self) -> list[list[str]]:
        return [[self.item(r, c).text() if self.item(r, c) else ""
                 for c in range(self.columnCount())] for r in range(self.rowCount())]


LEFT = Qt.AlignmentFlag.AlignLeft
RIGHT = Qt.AlignmentFlag.AlignRight


class ReviewPanel(QWidget):
    """The bottom line, the shortfalls and the statement, then every check."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prepared: signing.Prepared | None = None
        self.review: Review | None = None

        self.signed_banner = _label(selectable=True)
        self.signed_banner.setObjectName("signed_banner")
        self.signed_banner.setStyleSheet(_banner_style(SIGNED_COLOUR, "14pt"))
        self.signed_banner.hide()
        self.checklist = Checklist(
            valid_text=tr("CHECKS PASSED — READ, THEN SIGN"),
            invalid_text=tr("REFUSED — DO NOT SIGN"),
            partial_text=tr("SOME CHECKS COULD NOT BE MADE — READ WHAT WAS NOT CHECKED"))
        # The bottom line goes first, above the statement; the check rows go last.
        self.banner = self.checklist.banner
        self.checklist.layout().removeWidget(self.banner)
        self.not_done_note = _label()
        self.not_done_note.setObjectName("not_done_note")
        self.not_done_note.setStyleSheet(f"color: {NOT_DONE_COLOUR}; font-weight: 600;")
        self.not_done_note.hide()
        self.failed_note = _label()
        self.failed_note.setObjectName("failed_note")
        self.failed_note.setStyleSheet(f"color: {FAIL_COLOUR}; font-weight: 600;")
        self.failed_note.hide()
        self.forgotten_note = _label()
        self.forgotten_note.setObjectName("forgotten_note")
        self.forgotten_note.setStyleSheet(
            f"color: {NOT_DONE_COLOUR}; border: 2px solid {NOT_DONE_COLOUR}; "
            "border-radius: 6px; padding: 6px; font-weight: 600;")
        self.forgotten_note.hide()
        self.shortfall_area = QVBoxLayout()
        self.shortfall_area.setSpacing(6)
        self.shortfall_banners: list[QLabel] = []

        self.placeholder = _label(tr("What the request asks you to sign appears here, with "
                                     "every check this PC makes."), selectable=False)
        self.placeholder.setStyleSheet(f"color: {MUTED};")

        # The statement's facts: a label column and a value column.
        self.facts_card = QFrame()
        self.facts_card.setProperty("role", "card")
        grid = QGridLayout(self.facts_card)
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        names = {"custodian": tr("Custodian"), "ledger": tr("Ledger id"),
                 "attestation": tr("Attestation"), "scope": tr("Scope"),
                 "sequence": tr("Sequence"), "previous": tr("Previous"),
                 "as_of": tr("As of"), "holdings": tr("Holdings"),
                 "root": tr("Merkle root"), "root_words": tr("Root as words")}
        self.facts: dict[str, QLabel] = {}
        self.fact_names: dict[str, QLabel] = {}
        self.names = names
        #: What three facts are called for a programme's statement (FORMAT.md §13.4).
        self.programme_names = {"custodian": tr("Programme"), "ledger": tr("Series"),
                                "scope": tr("Members")}
        for row, key in enumerate(FACTS):
            name = QLabel(names[key])
            self.fact_names[key] = name
            name.setStyleSheet(f"color: {SECONDARY};")
            value = _label()
            value.setObjectName(f"fact_{key}")
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, 1, Qt.AlignmentFlag.AlignTop)
            self.facts[key] = value
        for key in ("ledger", "attestation", "previous", "root"):
            # Ids and digests in a fixed width, on lines of their own: never in fragments.
            self.facts[key].setWordWrap(False)
            self.facts[key].setStyleSheet(MONO + " font-size: 12pt;")
        self.facts["root_words"].setStyleSheet("font-size: 15pt; font-weight: 700; "
                                               f"color: {INK};")

        self.totals_heading = _heading(tr("Totals"))
        self.totals = FittedTable([tr("Commodity"), tr("Quantity"), tr("Unit")])
        self.totals.setObjectName("totals")
        self.totals.align_headers(LEFT, RIGHT, LEFT)
        self.tokens_heading = _heading(tr("Tokens backed"))
        self.tokens = FittedTable([tr("Token"), tr("Supply"), tr("Required"), tr("Coverage")])
        self.tokens.setObjectName("tokens")
        self.tokens.align_headers(LEFT, RIGHT, RIGHT, RIGHT)
        self.checks_heading = _heading(tr("Every check this PC made"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.signed_banner)
        layout.addWidget(self.banner)
        layout.addWidget(self.failed_note)
        layout.addWidget(self.not_done_note)
        layout.addLayout(self.shortfall_area)
        layout.addWidget(self.forgotten_note)
        layout.addWidget(self.placeholder)
        for widget in (self.facts_card, self.totals_heading, self.totals,
                       self.tokens_heading, self.tokens, self.checks_heading, self.checklist):
            tables = (self.totals, self.tokens)
            layout.addWidget(widget, 0, LEFT if widget in tables else Qt.AlignmentFlag(0))
        layout.addStretch(1)
        self.clear()

    # -- showing --------------------------------------------------------------------------

    def clear(self) -> None:
        self.prepared, self.review = None, None
        self.checklist.clear()
        self.signed_banner.hide()
        self.signed_banner.clear()
        self.not_done_note.hide()
        self.failed_note.hide()
        self.forgotten_note.hide()
        self._drop_shortfalls()
        for label in self.facts.values():
            label.clear()
        self.totals.setRowCount(0)
        self.tokens.setRowCount(0)
        for widget in (self.facts_card, self.totals_heading, self.totals, self.tokens_heading,
                       self.tokens, self.checks_heading):
            widget.hide()
        self.placeholder.show()

    def show_prepared(self, prepared: signing.Prepared, review: Review | None) -> None:
        """Show a checked request: its checks always, its facts when they could be read."""
        self.clear()
        self.prepared, self.review = prepared, review
        self.placeholder.hide()
        self.checklist.show_verdict(prepared.verdict)
        self.checks_heading.show()
        unchecked = [c.name for c in prepared.verdict.checks if not c.done]
        if prepared.verdict.failures:
            self.failed_note.setText(unbroken("\n".join(
                tr("✗ {name}: {reason}").format(name=c.name, reason=say(c.reason))
                for c in prepared.verdict.failures)))
            self.failed_note.show()
        elif unchecked and prepared.ok:
            self.not_done_note.setText(tr("Not checked: {names}. Why is said below, in amber; "
                                          "read the figures against the terminal's.").format(
                                              names=", ".join(unchecked)))
            self.not_done_note.show()
        if review is None:
            return
        if review.forgotten:
            self.forgotten_note.setText(unbroken(review.forgotten))
            self.forgotten_note.show()
        for token in review.shortfalls:
            self._add_shortfall(token)
        self._show_facts(review)
        self._show_totals(review)
        self._show_tokens(review)

    def _drop_shortfalls(self) -> None:
        for banner in self.shortfall_banners:
            self.shortfall_area.removeWidget(banner)
            banner.deleteLater()
        self.shortfall_banners = []

    def _add_shortfall(self, token: TokenLine) -> None:
        text = tr("SHORTFALL — {symbol}: coverage {coverage}, short by {quantity} {unit} of "
                  "{commodity}").format(symbol=token.symbol, coverage=token.coverage,
                                        quantity=token.shortfall, unit=token.unit,
                                        commodity=token.commodity)
        banner = _label(unbroken(text))
        banner.setObjectName("shortfall")
        banner.setProperty("symbol", token.symbol)
        banner.setStyleSheet(_banner_style(FAIL_COLOUR, "15pt"))
        self.shortfall_area.addWidget(banner)
        self.shortfall_banners.append(banner)

    def _show_facts(self, review: Review) -> None:
        for key, label in self.fact_names.items():
            label.setText(self.programme_names.get(key, self.names[key]) if review.members
                          else self.names[key])
        sequence = "—" if review.sequence is None else str(review.sequence)
        values = {
            "custodian": review.custodian,
            "ledger": review.ledger_id,
            "attestation": review.attestation_id,
            "scope": review.scope_text,
            "sequence": sequence,
            "previous": review.previous_text,
            "as_of": tr("{as_of}\nmade {created}").format(as_of=review.as_of,
                                                          created=review.created),
            "holdings": f"{review.holdings:,}",
            "root": review.grouped_root,
            "root_words": word_lines(review.root_words),
        }
        previous = self.facts["previous"]
        previous.setStyleSheet(MONO + " font-size: 12pt;" if review.previous else "")
        for key, text in values.items():
            label = self.facts[key]
            # A wrapping label breaks before an id, never inside it; one that does not wrap
            # keeps its text as it is, to be copied.
            label.setText(unbroken(text) if label.wordWrap() else text)
        scope = self.facts["scope"]
        scope.setStyleSheet("" if review.scope_complete
                            else f"color: {NOT_DONE_COLOUR}; font-weight: 600;")
        self.facts_card.show()

    def _show_totals(self, review: Review) -> None:
        self.totals.fill([[(commodity, LEFT, None), (quantity, RIGHT, None), (unit, LEFT, None)]
                          for commodity, quantity, unit in review.totals])
        self.totals_heading.show()
        self.totals.setVisible(bool(review.totals))
        if not review.totals:
            self.totals_heading.setText(tr("Totals: none (no holdings in scope)"))
        else:
            self.totals_heading.setText(tr("Totals"))

    def _show_tokens(self, review: Review) -> None:
        rows = []
        spans = []
        for index, token in enumerate(review.tokens):
            supply = token.supply if token.supply is not None else "—"
            if token.note:  # not covered by this attestation, no supply recorded
                rows.append([(token.symbol, LEFT, None), (supply, RIGHT, None),
                             (token.note, LEFT, NOT_DONE_COLOUR), ("", LEFT, None)])
                spans.append(index)
                continue
            required = f"{token.required} {token.unit}" if token.required is not None else "—"
            if token.covered:
                coverage = (token.coverage, RIGHT, PASS_COLOUR)
            else:
                coverage = (tr("{coverage}  SHORT").format(coverage=token.coverage), RIGHT,
                            FAIL_COLOUR)
            rows.append([(token.symbol, LEFT, None), (supply, RIGHT, None),
                         (required, RIGHT, None), coverage])
        self.tokens.fill(rows)
        for index in spans:
            self.tokens.setSpan(index, 2, 1, 2)
        self.tokens.fit()
        self.tokens_heading.setVisible(bool(rows))
        self.tokens.setVisible(bool(rows))

    def show_signed(self, review: Review | None, key_name: str) -> None:
        """After signing: what was signed, above everything else."""
        if review is None:
            self.signed_banner.setText(tr("SIGNED as {name}").format(name=key_name))
        else:
            sequence = "—" if review.sequence is None else str(review.sequence)
            self.signed_banner.setText(unbroken(tr(
                "SIGNED as {name}\nattestation\n{id}\nsequence {sequence} · as of {as_of}\n"
                "root as words:\n{words}").format(name=key_name, id=review.attestation_id,
                                                   sequence=sequence, as_of=review.as_of,
                                                   words=word_lines(review.root_words))))
        self.signed_banner.show()
        self.banner.hide()  # "read, then sign" is over; the checks stay below

    # -- reading back (tests, copying) ----------------------------------------------------

    def shortfalls(self) -> dict[str, str]:
        return {str(b.property("symbol")): b.text() for b in self.shortfall_banners}

    def toPlainText(self) -> str:
        """Everything shown, as text (what a test or a copy reads)."""
        parts: list[str] = []
        for label in (self.signed_banner, self.banner, self.failed_note, self.not_done_note):
            if not label.isHidden() and label.text():
                parts.append(label.text())
        parts += [b.text() for b in self.shortfall_banners]
        if not self.forgotten_note.isHidden():
            parts.append(self.forgotten_note.text())
        if self.review is not None:
            parts += [f"{key}: {self.facts[key].text()}" for key in FACTS]
            parts += ["  ".join(row) for row in self.totals.texts()]
            parts += ["  ".join(cell for cell in row if cell) for row in self.tokens.texts()]
        parts += ["  ".join(row) for row in self.checklist.row_texts()]
        return "\n".join(parts)

    def facts_text(self) -> dict[str, Any]:
        return {key: label.text() for key, label in self.facts.items()}
