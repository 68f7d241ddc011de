"""server: a ledger on a PostgreSQL server: its schema, its roles' rights, the chain's
check, and migrating a ledger file into it (app.services.server_admin)."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli import common


def register(sub: Any, parent: argparse.ArgumentParser, js: argparse.ArgumentParser) -> None:
    server = sub.add_parser("server", help="a ledger on a PostgreSQL server: schema, rights, "
                            "migration")
    actions = server.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    url_help = ("postgresql://[ROLE@]HOST[:PORT]/DB (TLS with the server's certificate "
                "verified), or postgresql:///DB?host=/SOCKET/FOLDER for a local socket")
    p = actions.add_parser("init", parents=[js], help="create the ledger's schema in an "
                           "empty database (run by the database's owner; as `tijori init`)")
    p.add_argument("--ledger", required=True, metavar="URL", help=url_help)
    p.set_defaults(handler=cmd_init)
    for name, auditor, text in (("grant-terminal", False, "the rights a terminal needs: "
                                 "append to the journal and keep the holdings beside each "
                                 "event, never change an event"),
                                ("grant-auditor", True, "read-only rights")):
        p = actions.add_parser(name, parents=[js], help=text)
        p.add_argument("role", metavar="ROLE")
        p.add_argument("--ledger", required=True, metavar="URL", help=url_help)
        p.set_defaults(handler=cmd_grant, auditor=auditor)
    for where in (actions, sub):  # `tijori server migrate`, and `tijori migrate`
        _migrate_parser(where, js, url_help)
    p = actions.add_parser("verify", parents=[js], help="recompute and link every event of "
                           "the server's journal")
    p.add_argument("--ledger", required=True, metavar="URL", help=url_help)
    p.set_defaults(handler=cmd_verify)


def _migrate_parser(where: Any, js: argparse.ArgumentParser, url_help: str) -> None:
    p = where.add_parser("migrate", parents=[js], help="copy a ledger file (its whole "
                         "journal and holdings) into an empty server database (run by its "
                         "owner)",
                         description="Verifies the ledger file (its chain and holdings), "
                         "copies every event (its actor, time and hash, and the ledger's id) "
                         "and the holdings into the empty database in one transaction, each "
                         "event checked by the server as it goes in, then checks the copy: "
                         "its chain and head against the file's, and its holdings against "
                         "its own journal replayed. A database that already holds a ledger "
                         "is refused.")
    p.add_argument("--from", dest="source", required=True, metavar="FILE.tijori")
    p.add_argument("--to", dest="target", required=True, metavar="URL", help=url_help)
    p.add_argument("--passphrase-file", metavar="FILE",
                   help="the file's passphrase from FILE (else $TIJORI_PASSPHRASE, else ask)")
    p.set_defaults(handler=cmd_migrate)


def cmd_init(args: argparse.Namespace) -> int:
    from app.services import server_admin

    info = common.on_server(lambda password: server_admin.init(args.ledger, password))
    if args.json:
        common.emit_json(info)
    else:
        print(f"Created ledger {info['ledger_id']} on the server (event 1 by {info['actor']}).")
    return 0


def cmd_grant(args: argparse.Namespace) -> int:
    from app.services import server_admin

    info = common.on_server(lambda password: server_admin.grant(
        args.ledger, args.role, auditor=args.auditor, password=password))
    if args.json:
        common.emit_json(info)
    else:
        rights = "an auditor" if args.auditor else "a terminal"
        print(f"Granted {info['role']} the rights of {rights}.")
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    from app.services import server_admin

    secret, actor = common.passphrase(args), common.actor(args)
    info = common.on_server(lambda password: server_admin.migrate(
        args.source, secret, actor, args.target,
        task=common.ProgressLine("migrating", minimum=1).task(), password=password))
    if args.json:
        common.emit_json(info)
    else:
        print(f"Copied ledger {info['ledger_id']}: {info['events']:,} events and the "
              f"holdings; the copy's chain and holdings verified, head {info['head']}.")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from app.services import server_admin

    info = common.on_server(lambda password: server_admin.verify(args.ledger, password))
    if args.json:
        common.emit_json(info)
    else:
        print(f"The journal holds {info['events']:,} events, each linked to the one before; "
              f"head {info['head']}.")
    return 0
