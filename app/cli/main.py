"""`tijori`: parse the command line, run one service, turn errors into exit codes.

Exit codes: 0 done, 1 a check failed, 2 bad input, usage or cannot open,
130 cancelled. A user's mistake is one sentence on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Sequence

from app import __version__
from app.cli import attest_cmds, bundle_cmds, calc_cmds, ledger_cmds, record_cmds
from app.cli.common import common_options, json_option
from app.domain.errors import TijoriError


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"tijori: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="tijori",
        description="Custody of commodity reserves: an encrypted ledger with a "
        "hash-chained journal.",
        epilog="`tijori gui [--signer | --verify] [LEDGER]` starts the desktop application.",
    )
    parser.add_argument("--version", action="version", version=f"tijori {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    sub.required = True
    common, js = common_options(), json_option()
    ledger_cmds.register(sub, common, js)
    record_cmds.register(sub, common, js)
    calc_cmds.register(sub, common, js)
    attest_cmds.register(sub, common, js)
    bundle_cmds.register(sub, common, js)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.handler(args) or 0
    except TijoriError as exc:
        sys.stderr.write(f"tijori: {exc.message}\n")
        return exc.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("tijori: interrupted; nothing was stored.\n")
        return 130
    except BrokenPipeError:
        return 0
    except Exception:
        sys.stderr.write("tijori: internal error (a bug in Tijori, not your input):\n")
        traceback.print_exc()
        return 70


if __name__ == "__main__":
    sys.exit(main())
