"""server: a ledger's journal on a PostgreSQL server (app.services.server_admin)."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli import common


def register(sub: Any, parent: argparse.ArgumentParser, js: argparse.ArgumentParser) -> None:
    server = sub.add_parser("server", help="a ledger's journal on a PostgreSQL server")
    actions = server.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    url_help = ("postgresql://[ROLE@]HOST[:PORT]/DB (TLS with the server's certificate "
                "verified), or postgresql:///DB?host=/SOCKET/FOLDER for a local socket")
    p = actions.add_parser("init", parents=[js], help="create the ledger's journal in an "
                           "empty database (run by the database's owner)")
    p.add_argument("--ledger", required=True, metavar="URL", help=url_help)
    p.set_defaults(handler=cmd_init)
    for name, auditor, text in (("grant-terminal", False, "the rights a terminal needs: "
                                 "read the journal and append to it, never change an event"),
                                ("grant-auditor", True, "read-only rights")):
        p = actions.add_parser(name, parents=[js], help=text)
        p.add_argument("role", metavar="ROLE")
        p.add_argument("--ledger", required=True, metavar="URL", help=url_help)
        p.set_defaults(handler=cmd_grant, auditor=auditor)
    p = actions.add_parser("verify", parents=[js], help="recompute and link every event of "
                           "the server's journal")
    p.add_argument("--ledger", required=True, metavar="URL", help=url_help)
    p.set_defaults(handler=cmd_verify)


def cmd_init(args: argparse.Namespace) -> int:
    from app.services import server_admin

    info = server_admin.init(args.ledger)
    if args.json:
        common.emit_json(info)
    else:
        print(f"Created ledger {info['ledger_id']} on the server (event 1 by {info['actor']}).")
    return 0


def cmd_grant(args: argparse.Namespace) -> int:
    from app.services import server_admin

    info = server_admin.grant(args.ledger, args.role, auditor=args.auditor)
    if args.json:
        common.emit_json(info)
    else:
        rights = "an auditor" if args.auditor else "a terminal"
        print(f"Granted {info['role']} the rights of {rights}.")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from app.services import server_admin

    info = server_admin.verify(args.ledger)
    if args.json:
        common.emit_json(info)
    else:
        print(f"The journal holds {info['events']:,} events, each linked to the one before; "
              f"head {info['head']}.")
    return 0
