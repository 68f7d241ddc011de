"""The signed figures a verdict shows first: what the statement says, in words.

`tijori verify` and the GUI's Verify view print these lines before the checks, so
that an auditor reads the custodian, the as-of time, the scope, the totals and each
token's coverage or shortfall from the statement the custodians and auditors signed,
not from a drawing of it (a report's cover). Each line is worded by
`app.reporting.cover`, the one home of how a figure is printed: the cover shows the
same words.

A line is a `FigureLine`: a `str` that also says whether it is an alert (a shortfall,
a token without a recorded supply), so that a reader can mark it (red in the GUI)
without matching words.
"""

from __future__ import annotations

from typing import Any

from app.attest.statement import Statement
from app.attest.verdict import Verdict
from app.reporting import cover

__all__ = ["FigureLine", "as_text", "attach", "heading", "is_alert", "is_heading",
           "level", "signed_figures"]


class FigureLine(str):
    """One figure line, exactly as printed; `alert` when it states a shortfall (or a
    token whose coverage cannot be shown), `heading` for a section's heading, `level` 1
    for a line under a heading (0 for the facts above the sections and the headings)."""

    alert: bool
    heading: bool
    level: int

    def __new__(cls, text: str, alert: bool = False, heading: bool = False,
                level: int = 0) -> FigureLine:
        line = super().__new__(cls, text)
        line.alert, line.heading, line.level = bool(alert), bool(heading), int(level)
        return line

    def __getnewargs__(self) -> tuple[str, bool, bool, int]:  # type: ignore[override]
        return str(self), self.alert, self.heading, self.level


def is_alert(line: str) -> bool:
    """Is this figure line an alert (a shortfall)? False for a plain string."""
    return bool(getattr(line, "alert", False))


def is_heading(line: str) -> bool:
    """Is this figure line a section's heading ("Reserves attested:")?"""
    return bool(getattr(line, "heading", False))


def level(line: str) -> int:
    """1 for a line under a section's heading, else 0."""
    return int(getattr(line, "level", 0))


def signed_figures(body: dict[str, Any]) -> list[str]:
    """The statement's figures, one line each, in reading order:

    the custodian and its ledger id, the as-of time, the attestation id and its number
    in its series, the scope, the policy version it is signed under (these three for a
    version 2 statement); under "Reserves attested:" one line per total; under "Token
    coverage:" each token's coverage (or SHORTFALL, or "not covered by this
    attestation") and how it is made; under "Merkle tree of holdings:" the root and the
    tree size.
    """
    header = [cover.custodian_line(body), cover.as_of_line(body), cover.attestation_line(body),
              cover.sequence_line(body), cover.scope_line(body), cover.policy_line(body)]
    totals, tokens, tree = cover.figures(body)

    def section(title: str, lines: list[cover.Figure], empty: str = "") -> list[FigureLine]:
        under = [FigureLine(f.text, f.alert, level=1) for f in lines]
        return [FigureLine(f"{title}:", heading=True),
                *(under or [FigureLine(empty, level=1)])]

    return [*(FigureLine(line) for line in header if line is not None),
            *section(cover.RESERVES_HEADING, totals, cover.NO_TOTALS),
            *section(cover.TOKENS_HEADING, tokens, cover.NO_TOKENS),
            *section(cover.TREE_HEADING, tree)]


def attach(verdict: Verdict, body: dict[str, Any] | Statement) -> Verdict:
    """Set `verdict.figures` to the figures of `body`, the statement it verified (as its
    dict, or typed); returns the verdict."""
    if isinstance(body, Statement):
        body = body.to_dict()
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
