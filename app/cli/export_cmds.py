"""export, count-sheet: getting data out of the ledger (app.services.exporting)."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli import common
from app.domain.errors import InvalidInput


def _ledger_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument("ledger_file", nargs="?", metavar="LEDGER",
                   help="ledger file (else --ledger, else $TIJORI_LEDGER)")


def _output_options(p: argparse.ArgumentParser, formats: tuple[str, ...]) -> None:
    p.add_argument("--out", required=True, metavar="FILE",
                   help=f"the file to write ({' or '.join('.' + f for f in formats)})")
    p.add_argument("--format", choices=formats, help="the format (else from the file name)")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")


def register(sub: Any, parent: argparse.ArgumentParser, js: argparse.ArgumentParser) -> None:
    export = sub.add_parser("export", help="write holdings to a CSV or XLSX file")
    export_sub = export.add_subparsers(dest="export_command", metavar="WHAT", required=True)
    p = export_sub.add_parser(
        "holdings", parents=[parent, js],
        help="the holdings a filter selects (as the Holdings page filters), as CSV or XLSX",
        description="Bars are written in the bar-list columns (with site and metal): the "
        "CSV re-imports with `tijori import bars FILE.csv`.")
    _ledger_argument(p)
    p.add_argument("--kind", default="bar", choices=["bar", "lot", "tank", "gas"])
    p.add_argument("--site", metavar="CODE")
    p.add_argument("--brand", default="", metavar="B", help="bars and lots of this brand")
    p.add_argument("--year", default="", metavar="Y", help="bars of this year")
    p.add_argument("--location", default="", metavar="PREFIX",
                   help="bars and lots whose location starts so")
    p.add_argument("--search", default="", metavar="TEXT",
                   help="serial (bars, lookalikes too), warrant (lots) or code that starts so")
    _output_options(p, ("csv", "xlsx"))
    p.set_defaults(handler=cmd_export_holdings)

    p = sub.add_parser("count-sheet", parents=[parent, js],
                       help="a sheet for counting one site's bars or lots by hand, as PDF or "
                       "CSV, in location order")
    _ledger_argument(p)
    p.add_argument("--site", required=True, metavar="CODE")
    p.add_argument("--kind", default="bar", choices=["bar", "lot"])
    _output_options(p, ("pdf", "csv"))
    p.set_defaults(handler=cmd_count_sheet)


def _use_ledger_argument(args: argparse.Namespace) -> None:
    given = args.ledger_file
    if given:
        if args.ledger and args.ledger != given:
            raise InvalidInput(f"two ledgers given: {given} and --ledger {args.ledger}")
        args.ledger = given


def cmd_export_holdings(args: argparse.Namespace) -> int:
    from app.services import exporting
    from app.services.browsing import Query

    _use_ledger_argument(args)
    query = Query(kind=args.kind, site=args.site, search=args.search, brand=args.brand,
                  year=args.year, location=args.location)
    fmt = exporting.export_format(args.out, args.format)
    with common.open_ledger(args) as ledger:
        result = exporting.export_holdings(
            ledger, query, args.out, fmt=fmt, overwrite=args.force,
            task=common.ProgressLine("exporting").task())
    if args.json:
        common.emit_json(result)
    else:
        print(f"Exported {result['rows']:,} {result['filter']} to {result['path']} "
              f"({fmt.upper()}), as of journal event {result['journal_seq']:,}.")
    return 0


def cmd_count_sheet(args: argparse.Namespace) -> int:
    from app.services import exporting

    _use_ledger_argument(args)
    fmt = exporting.export_format(args.out, args.format, exporting.SHEET_FORMATS)
    with common.open_ledger(args) as ledger:
        result = exporting.write_count_sheet(
            ledger, args.site, args.out, kind=args.kind, fmt=fmt, overwrite=args.force,
            task=common.ProgressLine("count sheet").task())
    if args.json:
        common.emit_json(result)
    else:
        nouns = "bar" if args.kind == "bar" else "lot"
        pages = (f", {result['pages']:,} page{'s' if result['pages'] != 1 else ''}"
                 if result["pages"] else "")
        print(f"Count sheet of {result['rows']:,} {nouns}{'s' if result['rows'] != 1 else ''} "
              f"at {result['site']} written to {result['path']} ({fmt.upper()}{pages}), "
              f"as of journal event {result['journal_seq']:,}.")
    return 0
