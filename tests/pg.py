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
import socket as socketlib
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

#: The database owner's role; terminals and auditors are roles the tests create.
OWNER = "tijori_owner"


def binary(name: str) -> str:
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
    port: int | None = None  # listening on 127.0.0.1 too, with TLS (`start(tls=…)`)

    def url(self, role: str = OWNER, database: str = "tijori") -> str:
        """A libpq URL to `database` as `role`, over the server's Unix socket."""
        port = f"&port={self.port}" if self.port else ""
        return f"postgresql://{role}@/{database}?host={self.socket}{port}"

    def tcp_url(self, host: str, role: str = OWNER, database: str = "tijori") -> str:
        """A URL to the server over TCP (TLS), naming it as `host` (it listens on
        127.0.0.1): the certificate is verified against that name."""
        return f"postgresql://{role}@{host}:{self.port}/{database}"

    def psql(self, sql: str, database: str = "postgres") -> str:
        """Run `sql` as the server's superuser (the OS user who started it)."""
        port = ["-p", str(self.port)] if self.port else []
        done = _as_owner([binary("psql"), "-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1",
                          "-h", str(self.socket), *port, "-d", database, "-c", sql])
        return done.stdout.strip()


_DATABASES = iter(range(1, 1 << 30))


def new_database() -> str:
    """The URL of a new, empty database owned by OWNER on this process's server."""
    import psycopg

    db = server()
    name = f"ledger_{os.getpid()}_{next(_DATABASES)}"
    port = {"port": db.port} if db.port else {}
    with psycopg.connect(host=str(db.socket), user="postgres", dbname="postgres",
                         autocommit=True, **port) as conn:
        conn.execute(f"CREATE DATABASE {name} OWNER {OWNER}")
    return db.url(database=name)


def password_role(role: str, password: str) -> None:
    """A login role that must give `password` (SCRAM) even on the tests' socket, which
    otherwise trusts every role: its line goes first in pg_hba.conf, and the server
    reloads it."""
    db = server()
    db.psql(f"DO $$ BEGIN CREATE ROLE {role} LOGIN; EXCEPTION WHEN duplicate_object THEN "
            f"NULL; END $$; ALTER ROLE {role} PASSWORD '{password}'")
    hba = db.folder / "data" / "pg_hba.conf"
    line = f"local all {role} scram-sha-256\n"
    text = hba.read_text()
    if line not in text:
        hba.write_text(line + text)
    db.psql("SELECT pg_reload_conf()")


def _user() -> str | None:
    """The OS user to run the server as: `postgres` under root, else ourselves."""
    return "postgres" if os.geteuid() == 0 else None


def _as_owner(argv: list[str], *, check: bool = True) -> subprocess.CompletedProcess:
    user = _user()
    if user is not None:
        argv = ["runuser", "-u", user, "--", *argv]
    return subprocess.run(argv, check=check, capture_output=True, text=True, timeout=120)


_SERVER: Server | None = None


def server() -> Server:
    """This test process's server, started on first use (fsync off: tests need speed,
    not durability)."""
    global _SERVER
    if _SERVER is None:
        _SERVER = start(durable=False)
    return _SERVER


def start(*, durable: bool = True, tls: tuple[bytes, bytes] | None = None) -> Server:
    """A new server in a temporary folder, stopped when the process ends, with the
    database `tijori` owned by OWNER. `durable`: fsync on, as a real server runs. `tls`:
    (certificate PEM, key PEM) to listen on 127.0.0.1 too, TLS only, on a free port."""
    folder = Path(tempfile.mkdtemp(prefix="tijori-pg-"))
    data, socket = folder / "data", folder / "socket"
    socket.mkdir()
    user = _user()
    entry = pwd.getpwnam(user) if user is not None else None
    if entry is not None:
        for path in (folder, socket):
            os.chown(path, entry.pw_uid, entry.pw_gid)
    _as_owner([binary("initdb"), "-D", str(data), "-A", "trust", "-E", "UTF8",
               "--no-locale", "-U", "postgres"])
    options = f"-c listen_addresses='' -k {socket} -c fsync={'on' if durable else 'off'} " \
              "-c max_connections=40"
    port = None
    if tls is not None:
        with socketlib.socket() as probe:  # a free port, on loopback only
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        for name, pem in (("server.crt", tls[0]), ("server.key", tls[1])):
            (folder / name).write_bytes(pem)
            os.chmod(folder / name, 0o600)
            if entry is not None:
                os.chown(folder / name, entry.pw_uid, entry.pw_gid)
        # Over TCP, TLS or nothing: hostssl only (the socket stays trusted for the tests).
        (data / "pg_hba.conf").write_text("local all all trust\n"
                                          "hostssl all all 127.0.0.1/32 trust\n")
        options = (f"-c listen_addresses=127.0.0.1 -p {port} -k {socket} -c ssl=on "
                   f"-c ssl_cert_file={folder / 'server.crt'} "
                   f"-c ssl_key_file={folder / 'server.key'} -c fsync=off")
    _as_owner([binary("pg_ctl"), "-D", str(data), "-l", str(folder / "log"), "-w", "start",
               "-o", options])
    started = Server(folder, socket, port)
    atexit.register(_stop, data, folder)
    started.psql(f"CREATE ROLE {OWNER} LOGIN")
    started.psql(f"CREATE DATABASE tijori OWNER {OWNER}")  # not in a transaction block
    return started


def _stop(data: Path, folder: Path) -> None:
    _as_owner([binary("pg_ctl"), "-D", str(data), "-m", "immediate", "stop"], check=False)
    shutil.rmtree(folder, ignore_errors=True)
