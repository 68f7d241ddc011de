"""What a person reads of a statement before signing it or after making it.

The same text on the custodian's terminal (after `attest request`) and on the
signer's PC, made from the signed payload alone.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from app.attest.programme_statement import SCHEMA as PROGRAMME_SCHEMA
from app.domain.units import decimal_string, ratio_down


def summary(body: dict[str, Any]) -> str:
    """What a signer reads before signing, made from the payload alone."""
    if body.get("schema") == PROGRAMME_SCHEMA:
        return _programme_summary(body)
    lines = [
        f"Attestation {body['attestation_id']}",
        f"Custodian:   {body['custodian']['name']}",
        "Sites:       " + ", ".join(f"{s['code']} ({s['name']})" for s in body["sites"]),
        f"As of:       {body['as_of']}",
        f"Holdings:    {body['tree']['size']:,} (Merkle root {body['tree']['root']})",
        "Totals:",
        *[f"  {t['commodity']:<14} {t['quantity']:>22} {t['unit']}" for t in body["totals"]],
    ]
    if body["tokens"]:
        lines.append("Tokens:")
        for t in body["tokens"]:
            ratio = "no supply recorded" if t["coverage"] is None and t["supply"] is None else (
                f"coverage {_percent(t['coverage'])}")
            mark = "" if t["covered"] else "   *** SHORTFALL: reserves do not cover the supply"
            lines.append(f"  {t['symbol']:<8} supply {t['supply']} → {ratio}{mark}")
    previous = body.get("previous")
    lines.append("Previous:    " + (f"{previous['attestation_id']} ({previous['as_of']})"
                                    if previous else "none (first attestation)"))
    return "\n".join(lines)


def coverage_percent(ratio: str | None) -> str:
    """A coverage ratio as people read it, rounded down: '99.80 %' ('n/a' without one)."""
    return _percent(ratio)


def _percent(ratio: str | None) -> str:
    if ratio is None:
        return "n/a"
    # Rounded down, like the ratio itself: coverage is never overstated. Exact, so that
    # a ratio of any size the format allows is shown (no 28-digit context to overflow).
    return f"{decimal_string(ratio_down(Decimal(ratio), Decimal('0.01'), 2))} %"


def _programme_summary(body: dict[str, Any]) -> str:
    """What a signer reads of a programme statement before signing it."""
    lines = [f"Programme attestation {body['attestation_id']}",
             f"Programme:   {body['programme']['name']} (policy v{body['programme']['version']})",
             f"As of:       {body['as_of']} (members within {body['window_seconds']} s)",
             "Members:"]
    for entry in body["members"]:
        lines.append(f"  {entry['name']}: {entry['custodian']['name']}, as of {entry['as_of']}, "
                     f"{entry['tree']['size']:,} holdings, attestation {entry['digest'][:16]}…")
    lines.append("Totals:")
    lines += [f"  {t['commodity']:<14} {t['quantity']:>22} {t['unit']}" for t in body["totals"]]
    if body["tokens"]:
        lines.append("Tokens:")
        for t in body["tokens"]:
            mark = "" if t["covered"] else "   *** SHORTFALL: reserves do not cover the supply"
            lines.append(f"  {t['symbol']:<8} supply {t['supply']} → coverage "
                         f"{_percent(t['coverage'])}{mark}")
    c = body["collisions"]
    lines.append(f"Collision check: {c['identities']:,} identities (bars: {c['bars']:,}, "
                 f"lots: {c['lots']:,}, tanks: {c['tanks']:,}), none counted twice")
    previous = body["previous"]
    lines.append("Previous:    " + (f"{previous['attestation_id']} ({previous['as_of']})"
                                    if previous else "none (first programme attestation)"))
    return "\n".join(lines)
