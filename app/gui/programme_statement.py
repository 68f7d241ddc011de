"""A programme statement as the operator reads it before asking for signatures.

What the programme's request states (FORMAT.md §13.4): the programme and its policy
version, the as-of time, its place in the chain (sequence, previous attestation), the
collision check's record, each member's entry (custodian, as-of, holdings, totals), the
totals summed per commodity and unit, and each token's coverage (a shortfall in red, with
a banner, as the custodian's review shows it: `attest_review`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.gui.attest_review import (
    fact_rows,
    shortfall_banner,
    shortfall_tokens,
    show_tokens,
    show_totals,
    tokens_table,
    totals_table,
)
from app.gui.look import set_role
from app.gui.tables import cell, fit_rows, table

#: Rows a table shows before it scrolls on its own (so that the page's buttons stay near).
VISIBLE_ROWS = 8


def _titled(title: str, widget: QWidget) -> QVBoxLayout:
    """`widget` under its title."""
    label = QLabel(title)
    set_role(label, "subtitle")
    column = QVBoxLayout()
    column.addWidget(label)
    column.addWidget(widget)
    column.addStretch(1)
    return column


class ProgrammeStatementView(QWidget):
    """Shows one programme statement (the decoded payload of its request)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.statement: dict[str, Any] | None = None
        self.banner = shortfall_banner()
        facts, self.facts = fact_rows([
            ("programme", self.tr("Programme:")), ("attestation_id", self.tr("Attestation:")),
            ("as_of", self.tr("As of:")), ("sequence", self.tr("Sequence:")),
            ("previous", self.tr("Previous attestation:")),
            ("collisions", self.tr("Counted twice:")), ("tree", self.tr("Members' tree:"))])
        self.members = table([self.tr("Member"), self.tr("Custodian"), self.tr("As of"),
                              self.tr("Holdings"), self.tr("Totals")])
        self.members.setObjectName("statement_members")
        self.members.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.totals = totals_table()
        self.tokens = tokens_table()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addLayout(facts)
        layout.addLayout(_titled(self.tr("Members"), self.members))
        # The totals beside the coverage: both short, and read together.
        figures = QHBoxLayout()
        figures.addLayout(_titled(self.tr("Totals of all the members"), self.totals), 2)
        figures.addLayout(_titled(self.tr("Token coverage"), self.tokens), 3)
        layout.addLayout(figures)

    def show_statement(self, body: dict[str, Any]) -> None:
        """Fill the view from a programme statement (a dict, as the request holds it)."""
        self.statement = body
        facts = self.facts
        programme = body["programme"]
        facts["programme"].setText(self.tr("{name}, policy version {version}").format(
            name=programme["name"], version=programme["version"]))
        facts["attestation_id"].setText(body["attestation_id"])
        facts["as_of"].setText(body["as_of"])
        facts["sequence"].setText(f"{body['sequence']:,}")
        previous = body.get("previous")
        facts["previous"].setText(
            self.tr("{id} as of {as_of}, sequence {sequence}").format(
                id=previous["attestation_id"], as_of=previous["as_of"],
                sequence=f"{previous['sequence']:,}")
            if previous else self.tr("none: this is the programme's first attestation"))
        facts["collisions"].setText(self.collision_record(body["collisions"]))
        facts["tree"].setText(self.tr("{count} members, root {root}").format(
            count=f"{body['tree']['size']:,}", root=body["tree"]["root"][:16] + "…"))
        facts["tree"].setToolTip(body["tree"]["root"])
        self._show_members(body["members"])
        show_totals(self.totals, body["totals"])
        show_tokens(self.tokens, self.banner, body.get("tokens") or [],
                    self.tr("No token file was given: no coverage is stated."))
        for widget in (self.members, self.totals, self.tokens):
            fit_rows(widget, VISIBLE_ROWS)

    def collision_record(self, record: dict[str, int]) -> str:
        """The collision check's record in words ('N identities checked, none counted
        twice')."""
        counts = dict(identities=f"{record['identities']:,}", bars=f"{record['bars']:,}",
                      lots=f"{record['lots']:,}", tanks=f"{record['tanks']:,}")
        if record.get("found"):
            return self.tr("{identities} identities checked, {found} counted twice").format(
                found=f"{record['found']:,}", **counts)
        if record.get("unidentified"):
            return self.tr("{identities} identities checked (bars: {bars}, lots: {lots}, "
                           "tanks: {tanks}), none counted twice. Holdings with no identity "
                           "to compare (gas inventories): {unidentified}.").format(
                unidentified=f"{record['unidentified']:,}", **counts)
        return self.tr("{identities} identities checked (bars: {bars}, lots: {lots}, "
                       "tanks: {tanks}), none counted twice.").format(**counts)

    def _show_members(self, entries: list[dict[str, Any]]) -> None:
        self.members.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            totals = "; ".join(f"{t['quantity']} {t['unit']} {t['commodity']}"
                               for t in entry["totals"])
            values = (entry["name"], entry["custodian"]["name"], entry["as_of"],
                      f"{entry['tree']['size']:,}", totals)
            tips = ("", entry["custodian"].get("ledger_id", ""), "",
                    entry["tree"]["root"], totals)
            for column, (value, tip) in enumerate(zip(values, tips, strict=True)):
                self.members.setItem(row, column, cell(value, tip))

    def shortfall_tokens(self) -> list[str]:
        """Symbols shown as short (red)."""
        return shortfall_tokens(self.tokens)

    def totals_rows(self) -> list[tuple[str, ...]]:
        """(commodity, quantity, unit) as the totals table shows them."""
        return [tuple(self.totals.item(row, column).text() for column in range(3))
                for row in range(self.totals.rowCount())]
