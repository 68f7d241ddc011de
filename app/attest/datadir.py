"""Where a signer keeps what it remembers: its pinned policy and its witness state.

`$XDG_DATA_HOME/tijori` when XDG_DATA_HOME is set to an absolute path (on any
platform, as the XDG Base Directory specification asks: a relative value is
ignored), otherwise the platform's folder for user data:

- Linux and other Unix: ``~/.local/share/tijori`` (the XDG default);
- macOS: ``~/Library/Application Support/tijori``;
- Windows: ``%APPDATA%\\tijori`` (the roaming profile).

No Qt here (QStandardPaths would name the same folders on Linux and macOS, but
the signer's memory must be found by the command line and the verifier too).
Every folder this module creates is owner-only (0700), and the `tijori` folder
itself is made owner-only even when it already existed.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Mapping
from pathlib import Path

from app.domain.errors import InvalidInput
from app.domain.messages import msg

APP_FOLDER = "tijori"
PRIVATE_FOLDER = 0o700


def data_location(
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
    home: Path | None = None,
) -> Path:
    """The data folder's path, without creating it; each argument defaults to this process's."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    xdg = environ.get("XDG_DATA_HOME", "")
    if xdg and _absolute(xdg, platform):
        return Path(xdg) / APP_FOLDER
    if platform == "win32":
        appdata = environ.get("APPDATA", "")
        if appdata and _absolute(appdata, platform):
            return Path(appdata) / APP_FOLDER
        return _home(home) / "AppData" / "Roaming" / APP_FOLDER
    if platform == "darwin":
        return _home(home) / "Library" / "Application Support" / APP_FOLDER
    return _home(home) / ".local" / "share" / APP_FOLDER


def data_dir() -> Path:
    """The signer's data folder (see the module docstring), created owner-only."""
    return private_folder(data_location())


def private_folder(path: Path) -> Path:
    """Make `path` and any missing parents with mode 0700; make `path` itself 0700.

    A parent that already exists is left as it is (it may be the user's home). Raises
    InvalidInput naming the folder when it cannot be made, or is not a folder.
    """
    path = Path(path)
    missing = []
    for folder in (path, *path.parents):
        if os.path.isdir(folder):
            break
        missing.append(folder)
    try:
        for folder in reversed(missing):
            try:
                os.mkdir(folder, PRIVATE_FOLDER)
            except FileExistsError:
                if not os.path.isdir(folder):
                    raise
        # The umask may have removed bits, never added them; an older folder is tightened.
        if os.name == "posix" and stat.S_IMODE(os.stat(path).st_mode) != PRIVATE_FOLDER:
            os.chmod(path, PRIVATE_FOLDER)
    except OSError as exc:
        raise InvalidInput(msg("cannot make the folder {path}: {value}",
                               path=path, value=exc.strerror or exc),
                           "path") from None
    return path


def _absolute(text: str, platform: str) -> bool:
    if platform == "win32":
        import ntpath

        return ntpath.isabs(text)
    return text.startswith("/")


def _home(home: Path | None) -> Path:
    if home is not None:
        return Path(home)
    try:
        return Path.home()
    except (RuntimeError, KeyError):
        raise InvalidInput("cannot find your home folder: set XDG_DATA_HOME to an absolute "
                           "path for Tijori's data") from None
