"""Setting the ledger up: sites, and the tokens the reserves back with their supply."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.domain.errors import InvalidInput
from app.domain.sites import SiteKind, make_site
from app.domain.text import clean_text
from app.gui.names import name
from app.gui.record_base import RecordDialog
from app.gui.record_parts import (
    combo,
    line,
    number_check,
    select_data,
    text_check,
    tr,
)
from app.services import recording, tokens

SITE_KIND_NAMES = {  # shown with `tr` (marked for lupdate in the empty context)
    SiteKind.VAULT: QT_TRANSLATE_NOOP("", "Vault (bars)"),
    SiteKind.WAREHOUSE: QT_TRANSLATE_NOOP("", "Warehouse (lots, bars)"),
    SiteKind.TANK_FARM: QT_TRANSLATE_NOOP("", "Tank farm (oil)"),
    SiteKind.GAS_STORAGE: QT_TRANSLATE_NOOP("", "Gas storage"),
    SiteKind.LNG_TERMINAL: QT_TRANSLATE_NOOP("", "LNG terminal"),
}
# The rule of `tokens.add_token` for a symbol, checked as the custodian types.
_SYMBOL = re.compile(r"^[A-Z0-9][A-Z0-9._-]{0,15}$")


def _symbol(text: str) -> None:
    if not _SYMBOL.match(text.strip().upper()):
        raise InvalidInput(tr("1 to 16 letters, digits, '.', '_' or '-', starting with a "
                              "letter or digit"))


class AddSiteDialog(RecordDialog):
    MOVEMENT = None
    WIDTH = 560

    def build(self) -> None:
        self.setWindowTitle(self.tr("Add site"))
        f = self.form
        f.add("code", self.tr("Code:"), line(self.tr("e.g. LDN-1")),
              lambda t: make_site(t, "name", "vault"),
              hint=self.tr("Letters A–Z, digits, '-' and '_'; up to 16."))
        f.add("name", self.tr("Name:"), line(self.tr("e.g. London vault 1")),
              lambda t: clean_text(t, "name", 200))
        f.add("kind", self.tr("Kind:"), combo(
            (tr(SITE_KIND_NAMES[k]), k.value) for k in SiteKind))
        f.add("jurisdiction", self.tr("Jurisdiction:"), line(self.tr("optional, e.g. GB")),
              text_check("jurisdiction", 100), required=False)
        f.add("operator", self.tr("Operator:"), line(self.tr("optional")),
              text_check("operator", 200), required=False)

    def save_text(self) -> str:
        return self.tr("Add site")

    def job(self) -> Callable[[Any, Any], Any]:
        v = self.form.values()
        return lambda ledger, task: recording.add_site(
            ledger, v["code"], v["name"], v["kind"], v["jurisdiction"], v["operator"])


class AddTokenDialog(RecordDialog):
    MOVEMENT = None
    WIDTH = 600

    def build(self) -> None:
        self.setWindowTitle(self.tr("Add token"))
        f = self.form
        f.add("symbol", self.tr("Symbol:"), line(self.tr("e.g. XAUT")), _symbol)
        self.commodity = f.add("commodity", self.tr("Backed by:"),
                               combo((name(c), c) for c in tokens.COMMODITIES))
        self.unit = combo([])
        f.add("per_token", self.tr("Per token:"), line(self.tr("e.g. 1")),
              number_check(above=0), beside=self.unit,
              hint=self.tr("The quantity of the commodity one token stands for."))
        self.commodity.currentIndexChanged.connect(self._units)
        self._units()

    def _units(self) -> None:
        self.unit.blockSignals(True)  # a new list of units is not an edit of the quantity
        self.unit.clear()
        for unit in tokens.HELD_IN[self.commodity.currentData()]:
            self.unit.addItem(unit, unit)
        self.unit.blockSignals(False)

    def save_text(self) -> str:
        return self.tr("Add token")

    def job(self) -> Callable[[Any, Any], Any]:
        v = self.form.values()
        per_token = f"{v['per_token']} {self.form.unit('per_token')}"
        return lambda ledger, task: tokens.add_token(ledger, v["symbol"], v["commodity"],
                                                     per_token)


class SetSupplyDialog(RecordDialog):
    """Record a token's supply as read from its chain or contract."""

    MOVEMENT = None
    WIDTH = 600
    NOT_FOUND_FIELD = "symbol"

    def build(self) -> None:
        self.setWindowTitle(self.tr("Set token supply"))
        self.known: dict[str, dict[str, Any]] = {}
        f = self.form
        self.symbol = f.add("symbol", self.tr("Token:"), combo([]))
        self.current = f.note("current_supply")
        f.add("supply", self.tr("Supply:"), line(self.tr("tokens in issue")),
              number_check(minimum=0))
        f.add("as_of", self.tr("As of:"), line(self.tr("now, or e.g. 2026-11-25T09:30:00Z")),
              lambda t: recording.time_arg(t, "as_of", None), required=False)
        f.add("source", self.tr("Source:"), line(self.tr("optional, e.g. contract address")),
              text_check("source", 500), required=False)
        self.symbol.currentIndexChanged.connect(self._show_current)

    def load(self) -> None:
        self.fetch(tokens.tokens, self._fill)

    def _fill(self, found: list[dict[str, Any]]) -> None:
        self.known = {t["symbol"]: t for t in found}
        self.symbol.blockSignals(True)
        for t in found:
            self.symbol.addItem(self.tr("{symbol} — {quantity} {unit} of {commodity}").format(
                symbol=t["symbol"], quantity=t["per_token"], unit=t["unit"],
                commodity=name(t["commodity"])), t["symbol"])
        if not found:
            self.symbol.setPlaceholderText(self.tr("no tokens yet: add a token first"))
        self.symbol.blockSignals(False)
        if found:
            select_data(self.symbol, found[0]["symbol"])
        self._show_current()

    def _show_current(self) -> None:
        token = self.known.get(self.symbol.currentData() or "")
        if token is None:
            self.form.say(self.current, "")
        elif token["supply"] in (None, ""):
            self.form.say(self.current, self.tr("No supply recorded yet."))
        else:
            self.form.say(self.current, self.tr("Now {supply} as of {when}").format(
                supply=token["supply"], when=token["supply_as_of"]))

    def save_text(self) -> str:
        return self.tr("Record supply")

    def job(self) -> Callable[[Any, Any], Any]:
        v = self.form.values()
        return lambda ledger, task: tokens.set_supply(ledger, v["symbol"], v["supply"],
                                                      v["as_of"] or None, v["source"])
