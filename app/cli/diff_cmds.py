"""diff: compare two attestations (app.services.diffing, FORMAT.md §12)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli import common
from app.domain.errors import InvalidInput
from app.domain.progress import QUIET

#: Holdings listed of each change when --limit is not given (text; JSON lists all).
TEXT_LIMIT = 20

RELATIONS = {
    "successor": "NEW is the next attestation of OLD's series",
    "later": "NEW comes later in OLD's series; the attestations between were not given",
    "same": "OLD and NEW are the same attestation",
    "earlier": "NEW comes before OLD",
    "fork": "OLD and NEW share one number of their series: a fork",
    "other ledger": "OLD and NEW are attestations of different ledgers",
    "unknown": "How NEW stands to OLD cannot be checked",
}


def register(sub: Any, parent: argparse.ArgumentParser, js: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "diff", parents=[js], help="compare two attestations: holdings added, removed and "
        "changed, totals, coverage, and the journal's consistency between them",
        description="Both attestations are verified with their leaves under your policy, "
        "and NEW is checked against OLD: the same series, later, and (when it is OLD's "
        "direct successor) linked to it with a journal that only grew. Holdings are "
        "matched by kind and id. Exit 0 when both verify and every check of their "
        "relation that could be made holds, 1 when a check failed, 2 for bad input.")
    p.add_argument("old", metavar="OLD", help="the earlier attestation")
    p.add_argument("new", metavar="NEW", help="the later attestation")
    p.add_argument("--leaves", nargs=2, metavar=("OLD_LEAVES", "NEW_LEAVES"),
                   help="the two leaves files, OLD's first (without them only the totals "
                   "and tokens are compared)")
    p.add_argument("--policy", required=True, action="append", metavar="POLICY",
                   help="your trusted policy; repeat it to give older versions (files or "
                   "folders) that attestations made before a rotation name")
    p.add_argument("--pinned", metavar="POLICY", help="a trusted earlier policy version")
    p.add_argument("--limit", type=int, metavar="N",
                   help=f"list at most N holdings of each change (default {TEXT_LIMIT}; "
                   "with --json all); 0 lists all")
    p.set_defaults(handler=cmd_diff)


def cmd_diff(args: argparse.Namespace) -> int:
    from app.services import diffing

    if args.limit is not None and args.limit < 0:
        raise InvalidInput("--limit is a number of holdings, 0 or more", "limit")
    # A terminal sees the progress; a script's stderr holds only what went wrong.
    task = common.ProgressLine("diff", minimum=1).task() if sys.stderr.isatty() else QUIET
    result = diffing.diff_files(args.old, args.new, args.policy,
                                leaves=tuple(args.leaves) if args.leaves else None,
                                trusted_policy=args.pinned, task=task)
    limit = None if args.limit == 0 else args.limit
    if args.json:
        common.emit_json(result.as_json(limit))
    else:
        show(result, TEXT_LIMIT if args.limit is None else limit)
    return 0 if result.valid else 1


# -- the text ----------------------------------------------------------------------------


def _checks(checks: list[Any], indent: str = "  ") -> None:
    """One line per check, marked as `tijori verify` marks it (a finding by its
    severity)."""
    for check in (c.as_json() for c in checks):
        mark = ("NOT DONE" if not check["done"]
                else str(check["severity"]).upper() if check.get("block") == "finding"
                else "PASS" if check["passed"] else "FAIL")
        print(f"{indent}[{mark}] {check['check']}: {check['reason']}")


def _side(label: str, side: Any) -> None:
    print(f"{label}  {side.source}")
    body = side.body
    if body is not None:
        number = (f", number {body.sequence} of its series" if body.sequence is not None
                  else "")
        print(f"     attestation {body.attestation_id} as of {body.as_of}{number}, "
              f"{body.tree['size']:,} holdings: {'VALID' if side.verdict.ok else 'NOT VALID'}")
    else:
        print("     cannot be read: NOT VALID")
    _checks([c for c in side.verdict.checks if not c.passed or not c.done], "     ")


def _holding(entry: Any) -> str:
    from app.services.holding_diff import change_text
    head = f"{entry.kind} {entry.id}  {entry.label}  at {entry.site}"
    if entry.change == "changed":
        return head
    return head + "  " + ", ".join(f"{q.commodity} {change_text(q.change)} {q.unit}"
                                   for q in entry.quantities)


def _entries(title: str, entries: tuple[Any, ...], limit: int | None) -> None:
    from app.services.holding_diff import amount_text, change_text, value_text
    if not entries:
        return
    print(f"{title} ({len(entries):,}):")
    shown = entries if limit is None else entries[:limit]
    for entry in shown:
        print(f"  {_holding(entry)}")
        for item in entry.fields:
            print(f"      {item.field}: {value_text(item.old)} → {value_text(item.new)}")
        if entry.change == "changed":
            for q in entry.quantities:
                print(f"      {q.commodity}: {amount_text(q.old)} → {amount_text(q.new)} "
                      f"{q.unit} ({change_text(q.change)})")
    if len(shown) < len(entries):
        print(f"  … and {len(entries) - len(shown):,} more (--limit)")


def show(result: Any, limit: int | None) -> None:
    """The comparison as text: the bottom line first when it fails, the two attestations,
    their relation, the totals and tokens, then the holdings."""
    if not result.valid:
        print("NOT VALID: " + _why_not(result) + ". Do not rely on the comparison below.")
        print()
    _side("OLD", result.old)
    _side("NEW", result.new)
    print()
    print(RELATIONS.get(result.relation, result.relation) + ":")
    _checks(result.consistency.checks)
    from app.services.holding_diff import amount_text, change_text

    if result.totals:
        print()
        print("Totals, as the statements state them:")
        common.table([(t.commodity, t.unit, amount_text(t.old), amount_text(t.new),
                       change_text(t.change)) for t in result.totals],
                     ["commodity", "unit", "OLD", "NEW", "change"])
    if result.tokens:
        print()
        print("Tokens:")
        common.table([(t.symbol, amount_text(t.old_supply), amount_text(t.new_supply),
                       amount_text(t.old_coverage), amount_text(t.new_coverage),
                       change_text(t.coverage_change),
                       _covered(t.old_covered), _covered(t.new_covered))
                      for t in result.tokens],
                     ["token", "supply OLD", "supply NEW", "coverage OLD", "coverage NEW",
                      "change", "covered OLD", "covered NEW"])
    if result.sites_added or result.sites_removed:
        print()
        print("Sites added: " + (", ".join(result.sites_added) or "none")
              + "; removed: " + (", ".join(result.sites_removed) or "none") + ".")
    print()
    held = result.holdings
    if held is None:
        print(f"Holdings not compared: {result.not_compared}.")
    else:
        print(f"Holdings: {len(held.added):,} added, {len(held.removed):,} removed, "
              f"{len(held.changed):,} changed, {held.unchanged:,} unchanged.")
        _entries("Added", held.added, limit)
        _entries("Removed", held.removed, limit)
        _entries("Changed", held.changed, limit)
    print()
    if result.valid:
        unchecked = len(result.unchecked)
        print("The comparison: VALID" + (f", with {unchecked} check(s) not done (see above)"
                                         if unchecked else ""))
    else:
        print("The comparison: NOT VALID")


def _covered(value: bool | None) -> str:
    return "—" if value is None else "yes" if value else "NO"


def _why_not(result: Any) -> str:
    parts = [f"{side.source} does not verify ({side.verdict.failures[0].name}: "
             f"{side.verdict.failures[0].reason})"
             for side in (result.old, result.new) if side.verdict.failures]
    if result.consistency.failures:
        first = result.consistency.failures[0]
        parts.append(f"{first.name}: {first.reason}")
    return "; ".join(parts) or "no check could be made"
