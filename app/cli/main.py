"""`tijori`: parse the command line, run one service, turn errors into exit codes.

Exit codes: 0 done, 1 a check failed, 2 bad input, usage or cannot open,
130 cancelled. A user's mistake is one sentence on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import traceback
from collections.abc import Iterable, Sequence

from app import __version__
from app.cli.common import common_options, json_option
from app.domain.errors import TijoriError

# Which module registers each command. Only that module is imported to run the
# command (each pulls in its services; `tijori verify` must start fast), while
# `tijori --help` and a mistyped command load them all. tests/test_cli_main.py checks
# this table against what the modules register.
MODULES = ("ledger_cmds", "record_cmds", "calc_cmds", "attest_cmds", "bundle_cmds")
COMMANDS = {
    "init": "ledger_cmds", "passwd": "ledger_cmds", "site": "ledger_cmds",
    "holdings": "ledger_cmds", "journal": "ledger_cmds",
    "bar": "record_cmds", "import": "record_cmds", "lot": "record_cmds", "tank": "record_cmds",
    "gauge": "record_cmds", "gas": "record_cmds", "move": "record_cmds",
    "calc": "calc_cmds",
    "keys": "attest_cmds", "policy": "attest_cmds", "token": "attest_cmds",
    "attest": "attest_cmds", "sign": "attest_cmds", "verify": "attest_cmds",
    "report": "attest_cmds", "proof": "attest_cmds", "qr": "attest_cmds",
    "bundle": "bundle_cmds",
}


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"tijori: {message}\n")


def build_parser(modules: Iterable[str] = MODULES) -> argparse.ArgumentParser:
    """The command line, with the commands of `modules` (all, by default)."""
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
    for name in modules:
        importlib.import_module(f"app.cli.{name}").register(sub, common, js)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    first = argv[0] if argv else ""
    if first in COMMANDS:
        parser = build_parser([COMMANDS[first]])
    else:  # --version needs no command; help and mistakes list them all
        parser = build_parser([] if first == "--version" else MODULES)
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
