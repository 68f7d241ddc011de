"""The `tijori` command: `tijori gui ...` starts the desktop application, every
other command is the command-line twin (`app.cli`). Kept above both layers so
neither imports the other."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["gui"]:
        from app.gui.main import run

        return run(args[1:])
    from app.cli.main import main as cli

    return cli(args)


def entry() -> None:
    sys.exit(main())
