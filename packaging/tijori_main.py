"""The bundle's entry point: `tijori ...` (the CLI) and `tijori gui ...` (the desktop)."""

import sys

from app.launcher import main

if __name__ == "__main__":
    sys.exit(main())
