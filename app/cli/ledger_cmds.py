"""init, passwd, site, holdings, journal."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from typing import Any

from app.cli import common
from app.domain.errors import InvalidInput
from app.domain.sites import SiteKind


def register(sub: Any, parent: argparse.ArgumentParser, js: argparse.ArgumentParser) -> None:
    p = sub.add_parser("init", parents=[parent], help="create a new encrypted ledger")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("passwd", parents=[parent], help="change the ledger's passphrase")
    p.add_argument("--new-passphrase-file", metavar="FILE",
                   help="read the new passphrase from FILE (else $TIJORI_NEW_PASSPHRASE, "
                   "else ask twice)")
    p.set_defaults(handler=cmd_passwd)

    p = sub.add_parser("backup", parents=[parent, js],
                       help="write a verified encrypted copy of the ledger (it may be in use)")
    p.add_argument("--out", required=True, metavar="FILE",
                   help="the backup file to write (never overwritten)")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", parents=[parent, js],
                       help="make a new ledger from a backup, after verifying its journal")
    p.add_argument("backup", metavar="FILE", help="the backup file")
    p.add_argument("--to", required=True, metavar="PATH",
                   help="where the restored ledger goes (must not exist)")
    p.set_defaults(handler=cmd_restore)

    site = sub.add_parser("site", help="sites: vaults, tank farms, gas storage, LNG terminals")
    site_sub = site.add_subparsers(dest="site_command", metavar="ACTION", required=True)
    p = site_sub.add_parser("add", parents=[parent, js], help="add a site")
    p.add_argument("code", help="short code, e.g. LDN-1")
    p.add_argument("--name", required=True)
    p.add_argument("--kind", required=True, choices=[k.value for k in SiteKind])
    p.add_argument("--jurisdiction", default="")
    p.add_argument("--operator", default="")
    p.set_defaults(handler=cmd_site_add)
    p = site_sub.add_parser("list", parents=[parent, js], help="list the sites")
    p.set_defaults(handler=cmd_site_list)

    p = sub.add_parser("holdings", parents=[parent, js], help="what the ledger holds, with totals")
    p.add_argument("--site", metavar="CODE")
    p.set_defaults(handler=cmd_holdings)

    journal = sub.add_parser("journal", help="the hash-chained journal")
    j_sub = journal.add_subparsers(dest="journal_command", metavar="ACTION", required=True)
    p = j_sub.add_parser("verify", parents=[parent, js],
                         help="check every hash link and rebuild the holdings from the journal")
    p.set_defaults(handler=cmd_journal_verify)
    # `--by` chooses whose events to list (`--actor` is who records, shared by every
    # command: re-declaring it here would take it away from the others).
    p = j_sub.add_parser(
        "log", parents=[parent, js],
        help="list the journal's events in sentences, filtered; or export them",
        description="List the journal's events, oldest first: one sentence each (text), "
        "CSV or JSON. Filters combine.")
    p.add_argument("--kind", action="append", default=[], metavar="KIND",
                   help="only events of KIND (repeat, or separate with commas), "
                   "e.g. holding.transferred")
    p.add_argument("--by", dest="by_actor", default="", metavar="NAME",
                   help="only events recorded by NAME")
    p.add_argument("--since", default="", metavar="DATE|SEQ",
                   help="only events from DATE (2026-12-05, '2026-12-05 09:14' UTC, or "
                   "RFC 3339); a plain number: only events after that event number")
    p.add_argument("--until", default="", metavar="DATE",
                   help="only events up to DATE (a date or minute includes all of it)")
    p.add_argument("--holding", metavar="ID|SERIAL",
                   help="only events that touched this holding (an id, serial, warrant or code)")
    p.add_argument("--limit", type=int, metavar="N", help="at most N events")
    p.add_argument("--newest-first", action="store_true", help="newest events first")
    p.add_argument("--format", choices=("text", "csv", "json"), default=None,
                   help="text (sentences; the default), csv or json (as --json)")
    p.add_argument("--out", metavar="FILE",
                   help="write to FILE (atomically; never overwritten) instead of printing")
    p.set_defaults(handler=cmd_journal_log)


def cmd_init(args: argparse.Namespace) -> int:
    from app.services import session

    path = common.ledger_path(args)
    if session.is_server(path):  # a ledger on a server
        from app.services import server_admin

        info = common.on_server(lambda password: server_admin.init(path, password))
        print(f"Created ledger {info['ledger_id']} on the server (event 1 by "
              f"{info['actor']}).")
        return 0
    actor = common.actor(args)
    secret = common.passphrase(args, confirm=True, check=lambda typed: session.check_new_passphrase(
        typed, path=path, actor=actor))
    ledger = session.create_ledger(path, secret, actor)
    ledger.close()
    print(f"Created ledger {path}.")
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    from app.services import session

    with common.open_ledger(args) as ledger:
        session.change_passphrase(ledger, common.new_passphrase(args),
                                  common.ProgressLine("re-encrypting", minimum=0).task())
    print("Passphrase changed; the ledger is re-encrypted under the new one.")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from app.services import session

    with common.open_ledger(args) as ledger:
        result = session.backup_ledger(ledger, args.out,
                                       common.ProgressLine("backing up", minimum=0).task())
    if args.json:
        common.emit_json(result)
    else:
        print(f"Backed up to {result['path']} ({result['bytes']:,} bytes): "
              f"{result['events']} events verified in the copy, head {result['head']}.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from app.services import session

    result = session.restore_ledger(args.backup, args.to, common.passphrase(args),
                                    common.actor(args),
                                    common.ProgressLine("restoring", minimum=0).task())
    if args.json:
        common.emit_json(result)
    else:
        print(f"Restored {args.backup} to {result['path']}: its journal verified, "
              f"{result['events']} events including the restore. "
              f"Use --ledger {result['path']} to work with it.")
    return 0


def cmd_site_add(args: argparse.Namespace) -> int:
    from app.services import recording

    with common.open_ledger(args) as ledger:
        site = recording.add_site(ledger, args.code, args.name, args.kind, args.jurisdiction,
                                  args.operator)
    if args.json:
        common.emit_json(site)
    else:
        print(f"Added site {site['code']} ({site['kind']}): {site['name']}.")
    return 0


def cmd_site_list(args: argparse.Namespace) -> int:
    from app.services import ledger_views

    with common.open_ledger(args) as ledger:
        sites = ledger_views.sites(ledger)
    if args.json:
        common.emit_json({"sites": sites})
    else:
        common.table(([s["code"], s["kind"], s["name"], s["jurisdiction"], s["operator"]]
                      for s in sites), ["CODE", "KIND", "NAME", "JURISDICTION", "OPERATOR"])
    return 0


def _describe(h: dict[str, Any]) -> str:
    kind = h["kind"]
    if kind == "bar":
        return (f"{h['brand']} {h['serial']} {h['year']} gross {h['gross_oz']} ozt "
                f"@ {h['fineness']}")
    if kind == "lot":
        return f"warrant {h['warrant']} {h['brand']} {h['bundles']} bundles"
    if kind == "tank":
        return f"tank {h['code']} {h['product']} NSV {h['nsv_m3']} m3"
    return f"{h['code']} ({h['commodity']})"


def cmd_holdings(args: argparse.Namespace) -> int:
    from app.services import ledger_views

    with common.open_ledger(args) as ledger:
        if args.json:
            _stream_holdings(ledger_views.holdings_json(ledger, args.site),
                             ledger_views.totals(ledger, args.site))
            return 0
        items = ledger_views.holdings(ledger, args.site)
        rows = [[h["id"], h["site"], h["kind"], h["commodity"], _describe(h), h["quantity"],
                 h["unit"], ",".join(h.get("flags", []))] for h in items]
        totals = ledger_views.totals(ledger, args.site)
    common.table(rows, ["ID", "SITE", "KIND", "COMMODITY", "HOLDING", "QUANTITY", "UNIT",
                        "FLAGS"])
    print()
    common.table(([t["commodity"], t["quantity"], t["unit"]] for t in totals),
                 ["COMMODITY", "TOTAL", "UNIT"])
    return 0


def _stream_holdings(chunks: Iterator[str], totals: list[dict[str, str]]) -> None:
    """Write {"holdings": [...], "totals": [...]} without holding it all in memory."""
    out = sys.stdout
    out.write('{"holdings":[')
    for number, chunk in enumerate(chunks):
        out.write("," + chunk if number else chunk)
    out.write('],"totals":' + json.dumps(totals, ensure_ascii=False) + "}\n")


def cmd_journal_verify(args: argparse.Namespace) -> int:
    from app.services import ledger_views

    with common.open_ledger(args) as ledger:
        report = ledger_views.verify_journal(ledger, common.ProgressLine("verifying").task())
    if args.json:
        common.emit_json({"ok": report.ok, "events": report.events, "head": report.head_hash,
                          "problems": report.problems})
    elif report.ok:
        print(f"Journal verified: {report.events} events, every link intact, "
              f"holdings match the journal. Head {report.head_hash}.")
    else:
        print("Journal check FAILED:")
        for problem in report.problems:
            print(f"  {problem}")
    return 0 if report.ok else 1


def cmd_journal_log(args: argparse.Namespace) -> int:
    from app.services import journal_browser

    fmt = "json" if args.json else args.format or "text"
    if args.json and args.format not in (None, "json"):
        raise InvalidInput("--json and --format " + args.format + " disagree; give one",
                           "format")
    since, after = args.since.strip(), 0
    if since.isdigit():  # an event number, as --since took before dates
        since, after = "", int(since)
    if args.limit is not None and args.limit < 0:
        raise InvalidInput("--limit must be 0 or more", "limit")
    flt = journal_browser.Filter(
        kinds=tuple(k for given in args.kind for k in given.split(",")),
        actor=args.by_actor, since=since, until=args.until, holding=args.holding,
        after=after)
    with common.open_ledger(args) as ledger:
        view = journal_browser.open_view(ledger, flt, oldest_first=not args.newest_first,
                                         counted=bool(args.out))
        if not args.out:
            for chunk in journal_browser.chunks(ledger, view, fmt, args.limit):
                sys.stdout.write(chunk)
            return 0
        result = journal_browser.export(ledger, view, args.out, fmt, limit=args.limit,
                                        task=common.ProgressLine("exporting").task())
    print(f"Wrote {result['events']:,} events to {result['path']} ({fmt}).")
    return 0
