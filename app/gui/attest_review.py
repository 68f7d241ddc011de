"""A statement as the custodian reviews it before asking anyone to sign it.

Totals per commodity and unit, each token's coverage (a shortfall in red, with
a banner), the Merkle tree's size and root, the journal it was taken from and
the previous attestation it follows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.gui.i18n import tr
from app.gui.look import set_role
from app.gui.palette import BAD, BAD_BACKGROUND, qcolor
from app.gui.tables import table as plain_table
from app.services.attesting import NOT_IN_SCOPE, coverage_percent

SHORTFALL_COLOUR = qcolor(BAD)
SHORTFALL_BACKGROUND = qcolor(BAD_BACKGROUND)



def _item(text: str, *, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _quantity(value: dict[str, str] | None) -> str:
    return f"{value['quantity']} {value['unit']}" if value else "—"


def _table(headers: list[str]) -> QTableWidget:
    table = plain_table(headers)
    table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
    return table


class StatementView(QWidget):
    """Shows one statement (the decoded payload of a request or attestation)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.statement: dict[str, Any] | None = None
        self.banner = QLabel()
        self.banner.setObjectName("shortfall")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(f"background: {BAD}; color: white; font-weight: 600; "
                                  "padding: 8px; border-radius: 4px;")
        self.banner.hide()
        facts = QFormLayout()
        self.facts: dict[str, QLabel] = {}
        for name, label in (("attestation_id", tr("Attestation:")),
                            ("custodian", tr("Custodian:")), ("sites", tr("Sites:")),
                            ("as_of", tr("As of:")), ("tree", tr("Holdings (tree size):")),
                            ("root", tr("Merkle root:")), ("journal", tr("Journal:")),
                            ("previous", tr("Previous attestation:"))):
            value = QLabel()
            value.setObjectName(name)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts[name] = value
            facts.addRow(label, value)
        self.facts["root"].setStyleSheet("font-family: 'DejaVu Sans Mono', monospace;")
        self.totals = _table([tr("Commodity"), tr("Quantity"), tr("Unit")])
        self.totals.setObjectName("totals")
        self.tokens = _table([tr("Token"), tr("Supply"), tr("Required"), tr("Reserves"),
                              tr("Coverage"), tr("")])
        self.tokens.setObjectName("tokens")
        totals_title = QLabel(tr("Totals"))
        tokens_title = QLabel(tr("Token coverage"))
        for label in (totals_title, tokens_title):
            set_role(label, "subtitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addLayout(facts)
        layout.addWidget(totals_title)
        layout.addWidget(self.totals, 1)
        layout.addWidget(tokens_title)
        layout.addWidget(self.tokens, 1)

    def show_statement(self, body: dict[str, Any]) -> None:
        self.statement = body
        facts = self.facts
        facts["attestation_id"].setText(body["attestation_id"])
        facts["custodian"].setText(body["custodian"]["name"])
        facts["sites"].setText(", ".join(f"{s['code']} ({s['name']})" for s in body["sites"]))
        facts["as_of"].setText(body["as_of"])
        facts["tree"].setText(f"{body['tree']['size']:,}")
        facts["root"].setText(body["tree"]["root"])
        journal = body["journal"]
        facts["journal"].setText(tr("{n} events, head {head}").format(
            n=f"{journal['size']:,}", head=(journal["head"][:16] + "…") if journal["head"]
            else tr("none")))
        previous = body.get("previous")
        facts["previous"].setText(
            tr("{id} as of {as_of}, digest {digest}").format(
                id=previous["attestation_id"], as_of=previous["as_of"],
                digest=previous["digest"][:16] + "…")
            if previous else tr("none: this is the first attestation"))
        self.totals.setRowCount(len(body["totals"]))
        for row, total in enumerate(body["totals"]):
            self.totals.setItem(row, 0, _item(total["commodity"]))
            self.totals.setItem(row, 1, _item(total["quantity"], right=True))
            self.totals.setItem(row, 2, _item(total["unit"]))
        self._show_tokens(body.get("tokens") or [])

    def _show_tokens(self, tokens: list[dict[str, Any]]) -> None:
        self.tokens.setRowCount(len(tokens))
        short = []
        for row, token in enumerate(tokens):
            outside = token.get("note") == NOT_IN_SCOPE
            if outside:
                coverage = tr("not covered by this attestation")
            elif token["supply"] is None:
                coverage = tr("no supply recorded")
            elif token["coverage"] is None:
                coverage = tr("nothing required")
            else:
                coverage = coverage_percent(token["coverage"])
            state = (tr("outside the scope") if outside else tr("covered") if token["covered"]
                     else tr("SHORTFALL"))
            cells = [_item(token["symbol"]), _item(token["supply"] or "—", right=True),
                     _item(_quantity(token.get("required")), right=True),
                     _item(_quantity(token.get("reserves")), right=True),
                     _item(coverage, right=True), _item(state)]
            if not token["covered"] and not outside:
                short.append(token["symbol"])
                for cell in cells:
                    cell.setForeground(SHORTFALL_COLOUR)
                    cell.setBackground(SHORTFALL_BACKGROUND)
            for column, cell in enumerate(cells):
                self.tokens.setItem(row, column, cell)
        self.banner.setText(tr("SHORTFALL: the reserves do not cover the supply of {tokens}.")
                            .format(tokens=", ".join(short)))
        self.banner.setVisible(bool(short))
        if not tokens:
            self.tokens.setRowCount(1)
            self.tokens.setItem(0, 0, _item(tr("No token is recorded in this ledger.")))
            self.tokens.setSpan(0, 0, 1, self.tokens.columnCount())
        else:
            self.tokens.clearSpans()

    def shortfall_tokens(self) -> list[str]:
        """Symbols shown as short (red)."""
        out = []
        for row in range(self.tokens.rowCount()):
            state = self.tokens.item(row, 5)
            if state is not None and state.text() == tr("SHORTFALL"):
                out.append(self.tokens.item(row, 0).text())
        return out
