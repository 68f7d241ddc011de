"""The summary of a signed statement, which a verdict shows first.

`tijori verify`, the GUI's Verify view and the verification record lead with this
summary, so that an auditor reads the custodian, the as-of time (and its age at the
verification), the scope, the totals and each token's coverage or shortfall from the
statement the custodians and auditors signed, not from a drawing of it (a report's
cover).

A `Summary` holds the figures as data (the statement's decimal strings, never
floats) and renders them as lines. Each line is worded by `app.reporting.cover`, the
one home of how a figure is printed: a token's coverage is printed by
`cover.token_figures` on the cover, in the app and by `tijori verify` alike, and a
commodity the statement gives in two units (a tank's net standard volume in bbl and in
m³ is one quantity of oil) is one line with both units, ``"155,117.70 bbl (24,661.744
m³) of crude oil, net standard volume"`` (`cover.total_line`), never two lines that
read as twice the oil.

A line is a `FigureLine`: a `str` that also says whether it is an alert (a shortfall,
a token without a recorded supply), so that a reader can mark it (red in the GUI)
without matching words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from app.attest.statement import Statement
from app.attest.verdict import Verdict
from app.domain.errors import InvalidInput
from app.domain.messages import msg
from app.domain.times import describe_age, format_time, parse_time
from app.reporting import cover
from app.reporting.text import percent, printable

__all__ = ["Amount", "FigureLine", "Scope", "Summary", "TokenCoverage", "Total", "as_text",
           "attach", "heading", "is_alert", "is_heading", "level", "shortfall_reason",
           "signed_figures", "summary_of"]


class FigureLine(str):
    """One figure line, exactly as printed; `alert` when it states a shortfall (or a
    token whose coverage cannot be shown), `heading` for a section's heading, `level` 1
    for a line under a heading (0 for the facts above the sections and the headings)."""

    alert: bool
    heading: bool
    level: int
    #: The line as a `Message` (its template and fields), for a reader in another language.
    message: str

    def __new__(cls, text: str, alert: bool = False, heading: bool = False,
                level: int = 0) -> FigureLine:
        line = super().__new__(cls, text)
        line.alert, line.heading, line.level = bool(alert), bool(heading), int(level)
        line.message = text.message if isinstance(text, FigureLine) else text
        return line

    def __getnewargs__(self) -> tuple[str, bool, bool, int]:  # type: ignore[override]
        return self.message, self.alert, self.heading, self.level


def is_alert(line: str) -> bool:
    """Is this figure line an alert (a shortfall)? False for a plain string."""
    return bool(getattr(line, "alert", False))


def is_heading(line: str) -> bool:
    """Is this figure line a section's heading ("Reserves attested:")?"""
    return bool(getattr(line, "heading", False))


def level(line: str) -> int:
    """1 for a line under a section's heading, else 0."""
    return int(getattr(line, "level", 0))


# -- the summary as data ---------------------------------------------------------------------


@dataclass(frozen=True)
class Amount:
    """A quantity as the statement states it: its decimal string, and its unit."""

    quantity: str
    unit: str

    @classmethod
    def of(cls, entry: Any) -> Amount | None:
        if not isinstance(entry, dict) or entry.get("quantity") is None:
            return None
        return cls(str(entry["quantity"]), str(entry.get("unit", "")))

    @property
    def decimal(self) -> Decimal:
        return Decimal(self.quantity)

    @property
    def text(self) -> str:
        """``"1,199.635 ozt"``, as the cover prints it."""
        return cover.amount({"quantity": self.quantity, "unit": self.unit})

    def as_json(self) -> dict[str, str]:
        return {"quantity": self.quantity, "unit": self.unit}


@dataclass(frozen=True)
class Total:
    """One commodity's reserves, in each unit the statement gives them (the same holdings
    measured in each: a tank contributes its net standard volume in bbl and in m³)."""

    commodity: str
    amounts: tuple[Amount, ...]

    @property
    def line(self) -> FigureLine:
        """One line, the first unit leading, the others in brackets (as the cover prints
        it: `cover.total_line`)."""
        _, text = cover.total_line(self.commodity, [(a.quantity, a.unit) for a in self.amounts])
        return FigureLine(text, level=1)

    def as_json(self) -> dict[str, Any]:
        return {"commodity": self.commodity, "amounts": [a.as_json() for a in self.amounts],
                "text": str(self.line)}


#: A token's state, as its coverage lines print it.
COVERED, SHORT, NOTHING_REQUIRED, NO_SUPPLY, NOT_COVERED = (
    "covered", "short", "nothing required", "no supply", "not covered")


@dataclass(frozen=True)
class TokenCoverage:
    """One token: what the statement says of its supply and the reserves behind it."""

    symbol: str
    commodity: str
    state: str  # COVERED, SHORT, NOTHING_REQUIRED, NO_SUPPLY or NOT_COVERED
    supply: str | None
    per_token: Amount | None
    required: Amount | None
    reserves: Amount | None
    coverage: str | None  # the ratio's decimal string ("1.043160"), as signed
    shortfall: Amount | None  # when short
    lines: tuple[FigureLine, ...]  # as `cover.token_figures` prints them

    @classmethod
    def of(cls, token: dict[str, Any]) -> TokenCoverage:
        per = Amount.of(token.get("per_token"))
        if cover.token_not_covered(token):
            state = NOT_COVERED
        elif token.get("supply") is None:
            state = NO_SUPPLY
        elif cover.token_short(token):
            state = SHORT
        elif token.get("coverage") is None:
            state = NOTHING_REQUIRED
        else:
            state = COVERED
        shortfall = None
        if state == SHORT and token.get("shortfall") is not None:
            shortfall = Amount(str(token["shortfall"]), per.unit if per else "")
        return cls(
            symbol=str(token.get("symbol", "")), commodity=str(token.get("commodity", "")),
            state=state, supply=None if token.get("supply") is None else str(token["supply"]),
            per_token=per, required=Amount.of(token.get("required")),
            reserves=Amount.of(token.get("reserves")),
            coverage=None if token.get("coverage") is None else str(token["coverage"]),
            shortfall=shortfall,
            lines=tuple(FigureLine(f.text, f.alert, level=1)
                        for f in cover.token_figures(token)))

    @property
    def short(self) -> bool:
        return self.state == SHORT

    @property
    def percent(self) -> str | None:
        """The ratio as a percentage, ``"104.3160"`` (its decimal point moved, no rounding)."""
        return percent(self.coverage) if self.coverage is not None else None

    def as_json(self) -> dict[str, Any]:
        def amount(value: Amount | None) -> dict[str, str] | None:
            return value.as_json() if value else None

        return {"symbol": self.symbol, "commodity": self.commodity, "state": self.state,
                "supply": self.supply, "per_token": amount(self.per_token),
                "required": amount(self.required), "reserves": amount(self.reserves),
                "coverage": self.coverage, "shortfall": amount(self.shortfall),
                "lines": [str(line) for line in self.lines]}


@dataclass(frozen=True)
class Scope:
    """What a version 2 statement covers: its sites, the commodities it holds completely,
    and whether it is every holding of the ledger."""

    sites: tuple[str, ...]
    commodities: tuple[str, ...]
    complete: bool

    def as_json(self) -> dict[str, Any]:
        return {"sites": list(self.sites), "commodities": list(self.commodities),
                "complete": self.complete}


@dataclass(frozen=True)
class Summary:
    """The figures of a signed statement, first among what a verifier shows.

    `age` is the as-of's age at `at`, the moment of the verification (both None when
    no moment is given: the statement's own figures carry no age)."""

    custodian: str
    ledger_id: str
    attestation_id: str
    sequence: int | None
    as_of: str
    policy_version: int | None
    scope: Scope | None  # None for a version 1 statement, which states none
    sites: tuple[str, ...]  # the codes of the statement's sites
    totals: tuple[Total, ...]
    tokens: tuple[TokenCoverage, ...]
    root: str
    size: int | None
    at: datetime | None = None
    age: timedelta | None = None
    _body: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def of(cls, body: dict[str, Any], now: datetime | None = None) -> Summary:
        """The summary of statement `body` (as a dict), its age taken at `now` if given."""
        custodian = body.get("custodian") if isinstance(body.get("custodian"), dict) else {}
        scope = body.get("scope") if isinstance(body.get("scope"), dict) else None
        policy = body.get("policy") if isinstance(body.get("policy"), dict) else {}
        tree = body.get("tree") if isinstance(body.get("tree"), dict) else {}
        totals: dict[str, list[Amount]] = {}
        for total in body.get("totals") or []:
            if isinstance(total, dict):
                totals.setdefault(str(total.get("commodity", "")), []).append(
                    Amount(str(total.get("quantity", "")), str(total.get("unit", ""))))
        age = None
        if now is not None:
            try:
                age = now - parse_time(body.get("as_of"), "as_of")
            except InvalidInput:  # a statement that failed its checks may lack a time
                age = None
        return cls(
            custodian=str(custodian.get("name", "")),
            ledger_id=str(custodian.get("ledger_id", "")),
            attestation_id=str(body.get("attestation_id", "")),
            sequence=body.get("sequence") if isinstance(body.get("sequence"), int) else None,
            as_of=str(body.get("as_of", "")),
            policy_version=policy.get("version") if isinstance(policy.get("version"), int)
            else None,
            scope=None if scope is None else Scope(
                tuple(str(s) for s in scope.get("sites") or ()),
                tuple(str(c) for c in scope.get("commodities") or ()),
                scope.get("complete") is True),
            sites=tuple(str(s.get("code", "")) for s in body.get("sites") or ()
                        if isinstance(s, dict)),
            totals=tuple(Total(commodity, tuple(amounts))
                         for commodity, amounts in totals.items()),
            tokens=tuple(TokenCoverage.of(t) for t in body.get("tokens") or ()
                         if isinstance(t, dict)),
            root=str(tree.get("root", "")),
            size=tree.get("size") if isinstance(tree.get("size"), int) else None,
            at=now, age=age, _body=dict(body))

    @property
    def shortfalls(self) -> list[TokenCoverage]:
        return [token for token in self.tokens if token.short]

    def age_line(self) -> str | None:
        """``"Age at this verification (2027-01-08T10:00:00Z): 34 days"``."""
        if self.age is None or self.at is None:
            return None
        return msg("Age at this verification ({at}): {age}", at=format_time(self.at),
                   age=describe_age(self.age))

    def lines(self) -> list[FigureLine]:
        """The summary, one line each, in reading order:

        the custodian and its ledger id, the as-of time and its age at the verification
        (when taken at a moment), the attestation id and its number in its series, the
        scope, the policy version it is signed under (these three for a version 2
        statement); under "Reserves attested:" one line per commodity; under "Token
        coverage:" each token's coverage (or SHORTFALL, or "not covered by this
        attestation") and how it is made; under "Merkle tree of holdings:" the root and
        the tree size.
        """
        body = self._body
        header = [cover.custodian_line(body), cover.as_of_line(body), self.age_line(),
                  cover.attestation_line(body), cover.sequence_line(body),
                  cover.scope_line(body), cover.policy_line(body)]
        if isinstance(body.get("programme"), dict):  # a programme statement (FORMAT.md §13.4)
            programme, members = body["programme"], body.get("members") or []
            header = [msg("Programme: {name}, {count} member custodian(s)",
                          name=printable(programme.get("name", "")), count=len(members)),
                      cover.as_of_line(body), self.age_line(), cover.attestation_line(body),
                      cover.sequence_line(body),
                      msg("Programme policy version {version}",
                          version=printable(programme.get("version")))]
        tree = [FigureLine(f.text, f.alert, level=1) for f in cover.figures(body)[2]]

        def section(title: str, under: list[FigureLine], empty: str = "") -> list[FigureLine]:
            return [FigureLine(msg("{title}:", title=title), heading=True),
                    *(under or [FigureLine(empty, level=1)])]

        members = [FigureLine(msg("{name}: {custodian}, as of {as_of}, {size} holdings",
                                  name=printable(e.get("name", "")),
                                  custodian=printable((e.get("custodian") or {}).get("name", "")),
                                  as_of=printable(cover.to_the_second(e.get("as_of", ""))),
                                  size=f"{(e.get('tree') or {}).get('size', 0):,}"), level=1)
                   for e in body.get("members") or [] if isinstance(e, dict)]
        return [*(FigureLine(line) for line in header if line is not None),
                *(section(msg("Member custodians"), members) if members else []),
                *section(cover.RESERVES_HEADING, [t.line for t in self.totals],
                         cover.NO_TOTALS),
                *section(cover.TOKENS_HEADING, [line for t in self.tokens for line in t.lines],
                         cover.NO_TOKENS),
                *section(msg("Merkle tree of member attestations") if members
                         else cover.TREE_HEADING, tree)]

    def as_json(self) -> dict[str, Any]:
        return {
            "custodian": self.custodian, "ledger_id": self.ledger_id,
            "attestation_id": self.attestation_id, "sequence": self.sequence,
            "as_of": self.as_of,
            "verified_at": format_time(self.at) if self.at else None,
            "age_seconds": int(self.age.total_seconds()) if self.age is not None else None,
            "policy_version": self.policy_version,
            "scope": self.scope.as_json() if self.scope else None,
            "sites": list(self.sites),
            "totals": [t.as_json() for t in self.totals],
            "tokens": [t.as_json() for t in self.tokens],
            "tree": {"root": self.root, "size": self.size},
            "lines": [str(line) for line in self.lines()],
        }


def summary_of(verdict: Verdict, now: datetime | None = None) -> Summary | None:
    """The summary of the statement `verdict` checked (None when it read none)."""
    return None if verdict.statement is None else Summary.of(verdict.statement, now)


def signed_figures(body: dict[str, Any]) -> list[str]:
    """The statement's own figures, one line each (`Summary.lines`, without an age)."""
    return list(Summary.of(body).lines())


def shortfall_reason(token: dict[str, Any]) -> str:
    """Why a token is short, in the statement's own figures: ``"the signed statement says
    reserves of 2,002.850 ozt cover 40.0570 % of the 5,000 ozt its supply requires: short
    by 2,997.150 ozt"``."""
    coverage = TokenCoverage.of(token)
    reserves = coverage.reserves.text if coverage.reserves else "none"
    required = coverage.required.text if coverage.required else "nothing stated"
    ratio = f" cover {coverage.percent} % of" if coverage.percent is not None else " against"
    short = f": short by {coverage.shortfall.text}" if coverage.shortfall else ""
    return (msg("the signed statement says reserves of {reserves}{ratio} the {required} its "
                "supply requires{short}",
                reserves=reserves, ratio=ratio, required=required, short=short))


def attach(verdict: Verdict, body: dict[str, Any] | Statement) -> Verdict:
    """Set `verdict.figures` (and `verdict.statement`) to the figures of `body`, the
    statement it verified (as its dict, or typed); returns the verdict."""
    if isinstance(body, Statement):
        body = body.to_dict()
    verdict.statement = dict(body)
    verdict.figures = signed_figures(body)
    return verdict


def heading(valid: bool, of: str = "") -> str:
    """The line above the figures: they are the signed statement's only if it verified."""
    whose = f" of {of}" if of else ""
    if valid:
        return f"Signed figures{whose} (from the statement the signers signed):"
    return (f"Figures{whose} as the statement states them (NOT VALID: do not rely on "
            "them; see the checks below):")


def as_text(lines: list[str], valid: bool, of: str = "") -> list[str]:
    """The figures as a terminal shows them: the heading, then each line indented (the
    figures under a section's heading further), an alert marked with "!" in the margin;
    nothing when there are none."""
    if not lines:
        return []
    return [heading(valid, of), *(("! " if is_alert(line) else "  ") + "  " * level(line)
                                  + line for line in lines)]
