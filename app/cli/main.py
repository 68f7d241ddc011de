"""`tijori`: parse the command line, run one service, turn errors into exit codes.

Exit codes: 0 done, 1 a check failed, 2 bad input, usage or cannot open, 3 no
verdict (`verify` of a PDF without a policy: its first look only), 130 cancelled.
A user's mistake is one sentence on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import signal
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
MODULES = ("ledger_cmds", "record_cmds", "calc_cmds", "attest_cmds", "bundle_cmds",
           "export_cmds", "audit_cmds", "ca_cmds", "diff_cmds", "programme_cmds",
           "publish_cmds", "server_cmds")
COMMANDS = {
    "init": "ledger_cmds", "passwd": "ledger_cmds",
    "backup": "ledger_cmds", "restore": "ledger_cmds", "site": "ledger_cmds",
    "holdings": "ledger_cmds", "journal": "ledger_cmds",
    "bar": "record_cmds", "import": "record_cmds", "lot": "record_cmds", "tank": "record_cmds",
    "gauge": "record_cmds", "gas": "record_cmds", "move": "record_cmds",
    "calc": "calc_cmds",
    "keys": "attest_cmds", "policy": "attest_cmds", "token": "attest_cmds",
    "attest": "attest_cmds", "sign": "attest_cmds", "verify": "attest_cmds",
    "verify-chain": "attest_cmds", "signer": "attest_cmds",
    "report": "attest_cmds", "proof": "attest_cmds", "qr": "attest_cmds",
    "bundle": "bundle_cmds",
    "export": "export_cmds", "count-sheet": "export_cmds",
    "audit": "audit_cmds",
    "ca": "ca_cmds",
    "diff": "diff_cmds",
    "programme": "programme_cmds",
    "publish": "publish_cmds",
    "server": "server_cmds", "migrate": "server_cmds",
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
        with _TermInterrupts():
            return args.handler(args) or 0
    except TijoriError as exc:
        sys.stderr.write(f"tijori: {exc.message}\n")
        return exc.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("tijori: interrupted; nothing was stored.\n")
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        sys.stderr.write("tijori: internal error (a bug in Tijori, not your input):\n")
        _print_bug(exc)
        return 70


class _TermInterrupts:
    """While a command runs, SIGTERM interrupts it as Ctrl-C does (KeyboardInterrupt, exit
    130), so that its `finally` blocks run and it leaves no temporary file behind."""

    def __enter__(self) -> None:
        try:
            self.previous = signal.signal(signal.SIGTERM, _terminated)
        except ValueError:  # not the main thread, where no signal can be handled
            self.previous = False

    def __exit__(self, *exc: object) -> None:
        if self.previous is not False:
            signal.signal(signal.SIGTERM,
                          signal.SIG_DFL if self.previous is None else self.previous)


def _terminated(signum: int, frame: object) -> None:
    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # a second one must not cut the cleanup
    raise KeyboardInterrupt


def _print_bug(exc: BaseException) -> None:
    """The traceback of a bug, without the text any UnicodeError in it quotes.

    A UnicodeError's message shows the character it choked on, and the text it
    came from may be a passphrase: the frames and the reason are enough to fix it.
    """
    chain: list[BaseException] = []
    link: BaseException | None = exc
    while link is not None and link not in chain:
        chain.append(link)
        link = link.__cause__ or (None if link.__suppress_context__ else link.__context__)
    if not any(isinstance(link, UnicodeError) for link in chain):
        traceback.print_exception(exc)
        return
    for link in reversed(chain):
        sys.stderr.write("Traceback (most recent call last):\n")
        sys.stderr.write("".join(traceback.format_tb(link.__traceback__)))
        text = (f"{getattr(link, 'reason', 'not Unicode')} (the text is not shown)"
                if isinstance(link, UnicodeError) else str(link))
        sys.stderr.write(f"{type(link).__name__}: {text}\n")


if __name__ == "__main__":
    sys.exit(main())
