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


def fact_rows(rows: list[tuple[str, str]]) -> tuple[QFormLayout, dict[str, QLabel]]:
    """A form of a statement's facts: each (name, label) a row whose value is a wrapping,
    selectable label named `name`, filled in later."""
    form = QFormLayout()
    values: dict[str, QLabel] = {}
    for name, label in rows:
        value = QLabel()
        value.setObjectName(name)
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        values[name] = value
        form.addRow(label, value)
    return form, values


class StatementView(QWidget):
    """Shows one statement (the decoded payload of a request or attestation)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.statement: dict[str, Any] | None = None
        self.banner = shortfall_banner()
        facts, self.facts = fact_rows([
            ("attestation_id", tr("Attestation:")), ("custodian", tr("Custodian:")),
            ("sites", tr("Sites:")), ("as_of", tr("As of:")),
            ("tree", tr("Holdings (tree size):")), ("root", tr("Merkle root:")),
            ("journal", tr("Journal:")), ("previous", tr("Previous attestation:"))])
        self.facts["root"].setStyleSheet("font-family: 'DejaVu Sans Mono', monospace;")
        self.totals = totals_table()
        self.tokens = tokens_table()
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
        show_totals(self.totals, body["totals"])
        show_tokens(self.tokens, self.banner, body.get("tokens") or [],
                    tr("No token is recorded in this ledger."))

    def shortfall_tokens(self) -> list[str]:
        """Symbols shown as short (red)."""
        return shortfall_tokens(self.tokens)


# -- the totals and the token coverage, for any statement (a custodian's, a programme's) --


def shortfall_banner() -> QLabel:
    """The red line above a statement whose reserves do not cover a token's supply."""
    banner = QLabel()
    banner.setObjectName("shortfall")
    banner.setWordWrap(True)
    banner.setStyleSheet(f"background: {BAD}; color: white; font-weight: 600; "
                         "padding: 8px; border-radius: 4px;")
    banner.hide()
    return banner


def totals_table() -> QTableWidget:
    table = _table([tr("Commodity"), tr("Quantity"), tr("Unit")])
    table.setObjectName("totals")
    return table


def show_totals(table: QTableWidget, totals: list[dict[str, str]]) -> None:
    """A statement's totals, one row per commodity and unit."""
    table.setRowCount(len(totals))
    for row, total in enumerate(totals):
        table.setItem(row, 0, _item(total["commodity"]))
        table.setItem(row, 1, _item(total["quantity"], right=True))
        table.setItem(row, 2, _item(total["unit"]))


def tokens_table() -> QTableWidget:
    table = _table([tr("Token"), tr("Supply"), tr("Required"), tr("Reserves"),
                    tr("Coverage"), tr("")])
    table.setObjectName("tokens")
    return table


def show_tokens(table: QTableWidget, banner: QLabel, tokens: list[dict[str, Any]],
                none: str) -> None:
    """Each token's coverage in `table`, a shortfall in red and named in `banner`; `none`
    is said in the table when there is no token."""
    table.setRowCount(len(tokens))
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
            table.setItem(row, column, cell)
    banner.setText(tr("SHORTFALL: the reserves do not cover the supply of {tokens}.")
                   .format(tokens=", ".join(short)))
    banner.setVisible(bool(short))
    if not tokens:
        table.setRowCount(1)
        table.setItem(0, 0, _item(none))
        table.setSpan(0, 0, 1, table.columnCount())
    else:
        table.clearSpans()


def shortfall_tokens(table: QTableWidget) -> list[str]:
    """The symbols `show_tokens` showed as short (red)."""
    out = []
    for row in range(table.rowCount()):
        state = table.item(row, 5)
        if state is not None and state.text() == tr("SHORTFALL"):
            out.append(table.item(row, 0).text())
    return out
