"""A real PostgreSQL server for the tests, started by them: `initdb` and `pg_ctl` in a
temporary folder, listening only on a Unix socket there (no TCP port), run as the
`postgres` user when the tests run as root (initdb refuses root). One server per test
process, stopped when the process ends."""

from __future__ import annotations

import atexit
import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

#: The database owner's role; terminals and auditors are roles the tests create.
OWNER = "tijori_owner"


def _bin(name: str) -> str:
    found = shutil.which(name) or next(iter(sorted(glob.glob(
        f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)), None)
    if not found:
        raise RuntimeError(f"PostgreSQL's {name} is not installed (apt-get install postgresql; "
                           ".ci/run installs it)")
    return found


@dataclass(frozen=True)
class Server:
    folder: Path  # the data folder and the socket's folder
    socket: Path

    def url(self, role: str = OWNER, database: str = "tijori") -> str:
        """A libpq URL to `database` as `role`, over the server's Unix socket."""
        return f"postgresql://{role}@/{database}?host={self.socket}"

    def psql(self, sql: str, database: str = "postgres") -> str:
        """Run `sql` as the server's superuser (the OS user who started it)."""
        done = _as_owner([_bin("psql"), "-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1",
                          "-h", str(self.socket), "-d", database, "-c", sql])
        return done.stdout.strip()


def _user() -> str | None:
    """The OS user to run the server as: `postgres` under root, else ourselves."""
    return "postgres" if os.geteuid() == 0 else None


def _as_owner(argv: list[str]) -> subprocess.CompletedProcess:
    user = _user()
    if user is not None:
        argv = ["runuser", "-u", user, "--", *argv]
    return subprocess.run(argv, check=True, capture_output=True, text=True, timeout=120)


_SERVER: Server | None = None


def server() -> Server:
    """This test process's server, started on first use."""
    global _SERVER
    if _SERVER is not None:
        return _SERVER
    folder = Path(tempfile.mkdtemp(prefix="tijori-pg-"))
    data, socket = folder / "data", folder / "socket"
    socket.mkdir()
    user = _user()
    if user is not None:
        entry = pwd.getpwnam(user)
        for path in (folder, socket):
            os.chown(path, entry.pw_uid, entry.pw_gid)
    _as_owner([_bin("initdb"), "-D", str(data), "-A", "trust", "-E", "UTF8",
               "--no-locale", "-U", "postgres"])
    _as_owner([_bin("pg_ctl"), "-D", str(data), "-l", str(folder / "log"), "-w", "start",
               "-o", f"-c listen_addresses='' -k {socket} -c fsync=off "
                     "-c max_connections=40"])
    _SERVER = Server(folder, socket)
    atexit.register(_stop, data, folder)
    _SERVER.psql(f"CREATE ROLE {OWNER} LOGIN")
    _SERVER.psql(f"CREATE DATABASE tijori OWNER {OWNER}")  # not in a transaction block
    return _SERVER


def _stop(data: Path, folder: Path) -> None:
    subprocess.run((["runuser", "-u", _user() or "", "--"] if _user() else []) +
                   [_bin("pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                   capture_output=True, timeout=60)
    shutil.rmtree(folder, ignore_errors=True)
