"""programme: one proof of reserves over many custodians (app.services.programme_check;
FORMAT.md §13)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli import common
from app.domain.errors import InvalidInput
from app.domain.messages import msg

#: Collisions listed in the text output when --limit is not given (JSON lists all).
TEXT_LIMIT = 50


def register(sub: Any, parent: argparse.ArgumentParser, js: argparse.ArgumentParser) -> None:
    programme = sub.add_parser("programme", help="a programme over many custodians")
    actions = programme.add_subparsers(dest="programme_command", metavar="ACTION",
                                       required=True)
    p = actions.add_parser(
        "check", parents=[js], help="no bar, lot or tank listed twice across the members",
        description="Reads every member custodian's leaves file and lists each physical "
        "identity found more than once (bars by brand, serial and year; lots by warrant; "
        "tanks by site and code; compared on their identity keys: case, spacing and "
        "lookalike characters ignored), in two members' files or in one. Exit 0 when "
        "none is, 1 when some are, 2 for bad input.")
    p.add_argument("--member", action="append", required=True, metavar="NAME=LEAVES",
                   help="a member custodian's name and its leaves file (repeat for each)")
    p.add_argument("--limit", type=int, metavar="N",
                   help=f"collisions listed (default {TEXT_LIMIT}; JSON lists all)")
    p.set_defaults(handler=cmd_check)


def _members(values: list[str]) -> list[Any]:
    from app.services.programme_check import Member

    members = []
    for value in values:
        name, equals, path = value.partition("=")
        if not equals or not name.strip() or not path:
            raise InvalidInput(msg("--member {value!r} is not NAME=LEAVES", value=value),
                               "member")
        members.append(Member(name.strip(), path))
    return members


def cmd_check(args: argparse.Namespace) -> int:
    from app.services.programme_check import check_collisions

    result = check_collisions(_members(args.member),
                              common.ProgressLine("collision check", minimum=200_000).task())
    if args.json:
        common.emit_json(result.to_dict())
        return 0 if result.ok else 1
    kinds = ", ".join(f"{n:,} {kind}s" for kind, n in result.by_kind.items() if n)
    print(f"Checked {result.identities:,} identities ({kinds or 'none'}) of "
          f"{result.members} member(s)"
          + (f"; {result.unidentified:,} gas inventories have none" if result.unidentified
             else "") + ".")
    if result.ok:
        print("No bar, lot or tank is listed twice.")
        return 0
    limit = TEXT_LIMIT if args.limit is None else args.limit
    print(f"{len(result.collisions):,} identities are listed more than once:",
          file=sys.stderr)
    for collision in result.collisions[:limit]:
        places = "; ".join(f"{f.member} holding {f.holding}" for f in collision.found)
        print(f"  {collision.kind} {collision.identity}: {places}", file=sys.stderr)
    if len(result.collisions) > limit:
        print(f"  … and {len(result.collisions) - limit:,} more (--limit, or --json for all)",
              file=sys.stderr)
    return 1
