"""Whole copies of the ledger file: re-keying, backups and restores, each crash-safe.

All three write a complete new file beside its destination with SQLCipher's
`sqlcipher_export` (inside one transaction of the source, so the copy is
consistent while others write), check the copy by opening it on its own,
fsync it, and only then move it into place and fsync the folder. Until that
move the destination is untouched; after it, the new file is complete on its
own, with no `-wal` to go with it. A re-key therefore leaves, at every
instant, exactly one of the two passphrases opening a complete ledger, and its
journal event is inside the re-keyed file it describes.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.attest.fileio import fsync_folder
from app.domain import passphrase as passphrase_rules
from app.domain.errors import Cancelled, CheckFailed, InvalidInput, LedgerError
from app.domain.messages import msg
from app.domain.progress import QUIET, Task
from app.store.journal import Event
from app.store.ledger import (
    DatabaseError,
    Ledger,
    check_new_passphrase,
    create_private,
    quote_passphrase,
    remove_ledger_files,
)
from app.store.verify import integrity, verify

COPY = "copy"


@dataclass(frozen=True)
class CopyResult:
    """What a backup or restore wrote, and the journal check of the copy."""

    path: Path
    bytes: int
    events: int
    head_hash: str

    def to_dict(self) -> dict[str, Any]:
        return {"path": str(self.path), "bytes": self.bytes, "events": self.events,
                "head": self.head_hash}


def _temp_beside(target: Path, purpose: str) -> Path:
    return target.with_name(f".{target.name}.{purpose}-{secrets.token_hex(6)}")


def _stale_temps(target: Path, purpose: str) -> Iterator[Path]:
    """Copies a killed earlier run left beside `target` (encrypted, never plaintext)."""
    for path in target.parent.glob(f".{target.name}.{purpose}-*"):
        if not path.name.endswith(("-wal", "-shm", "-journal")):
            yield path


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _size(path: Path) -> int:
    try:
        return os.stat(path).st_size
    except FileNotFoundError:
        return 0


@contextlib.contextmanager
def _watched(conn: Any, temp: Path, expected: int, task: Task, share: tuple[int, int],
             what: str) -> Iterator[None]:
    """Progress of one long SQL statement, read from the size of the file it writes.

    SQLite calls the handler every few thousand steps; a cancel interrupts the
    statement (its transaction is then rolled back by the caller).
    """
    low, high = share

    def handler() -> int:
        if task.cancelled():
            return 1
        done = min(_size(temp), expected)
        task.progress(low + (high - low) * done // max(expected, 1), 1000)
        return 0

    conn.set_progress_handler(handler, 20000)
    try:
        yield
    except DatabaseError as exc:
        if "interrupt" in str(exc):
            raise Cancelled(msg("Cancelled: {what} was stopped and nothing was changed.",
                                what=what)) from None
        raise
    finally:
        conn.set_progress_handler(None, 0)


def _export(ledger: Ledger, temp: Path, key_clause: str, task: Task, share: tuple[int, int],
            what: str, inside: Callable[[], None] | None = None) -> tuple[int, str]:
    """Copy the whole ledger into the new file `temp` in one transaction.

    `inside` runs in the same transaction after the copy (the re-key event).
    Returns the copy's journal head (size and hash).
    """
    conn = ledger.conn
    create_private(temp)
    conn.execute(f"ATTACH DATABASE ? AS {COPY}{key_clause}", (str(temp),))
    try:
        with ledger.guard():
            conn.execute("BEGIN")
            try:
                with _watched(conn, temp, _size(ledger.path), task, share, what):
                    conn.execute(f"SELECT sqlcipher_export('{COPY}')").fetchall()
                version = conn.execute("PRAGMA main.user_version").fetchone()[0]
                conn.execute(f"PRAGMA {COPY}.user_version = {int(version)}")
                if inside is not None:
                    inside()
                head = ledger.head(COPY)
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
    finally:
        conn.execute(f"DETACH DATABASE {COPY}")
    return head


def _check_copy(copy: Ledger, head: tuple[int, str], *, pages: bool) -> None:
    """The copy, opened on its own (which also puts it in WAL mode): its journal head and,
    with `pages`, every page. Without `pages` the caller verifies its whole journal next,
    which checks the pages too. Closing the copy's last connection removes its -wal."""
    with copy:
        problems = integrity(copy) if pages else []
        if problems:
            raise CheckFailed(msg("The copy written to {path} is damaged: {problems}.",
                                  path=copy.path, problems=problems[0]))
        if copy.head() != head:
            raise CheckFailed(msg("The copy written to {path} does not end at event {head}.",
                                  path=copy.path, head=head[0]))


def _place(temp: Path, target: Path, *, overwrite: bool) -> None:
    """Durably move the finished copy to `target` (refusing an existing one unless told)."""
    _fsync(temp)
    if overwrite:
        os.replace(temp, target)
    else:
        try:
            os.link(temp, target)
        except FileExistsError:
            raise InvalidInput(msg("{target} already exists; refusing to overwrite it.",
                                   target=target),
                               "path") from None
        os.unlink(temp)
    fsync_folder(target.parent)


# -- re-keying -----------------------------------------------------------------


def rekey(ledger: Ledger, new_passphrase: str, task: Task = QUIET) -> Event:
    """Re-encrypt the ledger under `new_passphrase`, recording it in the journal.

    The old file stays as it is until the re-keyed copy, with its
    `ledger.rekeyed` event, has been written, checked and synced; a rename then
    puts it in place. A crash before the rename leaves the old ledger under the
    old passphrase (and an encrypted leftover that the next re-key removes); a
    crash after it, the new one under the new passphrase.
    """
    check_new_passphrase(new_passphrase, user_inputs=(ledger.path.stem, ledger.actor))
    new = passphrase_rules.normalize(new_passphrase)
    path = ledger.path
    conn = ledger.conn
    for stale in _stale_temps(path, "rekey"):
        remove_ledger_files(stale)
    temp = _temp_beside(path, "rekey")
    recorded: list[Event] = []
    try:
        with ledger.guard():
            # Hold the file alone: out of WAL (so the main file holds every page and
            # no old -wal is left beside the new file) and locked against other
            # writers until the rename, so no write can go to the old file after it.
            # Leaving WAL fails while another connection has the file open.
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            conn.execute("PRAGMA journal_mode = DELETE")
        head = _export(
            ledger, temp, f" KEY {quote_passphrase(new)}", task, (0, 800),
            "the passphrase change",
            inside=lambda: recorded.append(ledger.append(
                "ledger.rekeyed", {"note": "passphrase changed"}, db=COPY)))
        task.check(msg("the passphrase change"))
        _check_copy(Ledger.open(temp, new, actor=ledger.actor), head, pages=True)
        task.progress(900, 1000)
        _place(temp, path, overwrite=True)
    except BaseException:
        remove_ledger_files(temp)
        with contextlib.suppress(DatabaseError):
            conn.execute("PRAGMA locking_mode = NORMAL")
            conn.execute("PRAGMA journal_mode = WAL")
        raise
    ledger.reopen_as(path, new)
    task.progress(1000, 1000)
    return recorded[0]


# -- backups ---------------------------------------------------------------------


def backup(ledger: Ledger, out: Path, task: Task = QUIET) -> CopyResult:
    """Write a consistent encrypted copy of the ledger to `out`, then check its journal.

    The copy is taken in one read transaction, so the ledger may be in use; it
    is encrypted under the same passphrase. It is moved to `out` only after it
    has been opened on its own and its journal verified (every link, every
    holding replayed), so a file at `out` is a good backup.
    """
    out = Path(out)
    if out.exists():
        raise InvalidInput(msg("{out} already exists; refusing to overwrite it.", out=out), "out")
    if not out.parent.is_dir():
        raise InvalidInput(msg("Cannot write {out}: folder {parent} does not exist.",
                               out=out, parent=out.parent), "out")
    temp = _temp_beside(out, "backup")
    try:
        head = _export(ledger, temp, "", task, (0, 400), "the backup")
        _check_copy(ledger.same_key_open(temp), head, pages=False)
        with ledger.same_key_open(temp) as copy:
            report = verify(copy, _share(task, (400, 1000), "the backup"))
        if not report.ok:
            raise CheckFailed(msg("The backup's journal does not verify: {problems}; no backup "
                                  "was written.", problems=report.problems[0]))
        _place(temp, out, overwrite=False)
    except BaseException:
        remove_ledger_files(temp)
        raise
    task.progress(1000, 1000)
    return CopyResult(out, _size(out), report.events, report.head_hash)


def restore(source: Path, to: Path, passphrase: str, *, actor: str,
            task: Task = QUIET) -> CopyResult:
    """Make `to` a new ledger from the backup `source`, never overwriting a ledger.

    The backup's journal is verified first; the restored file records a
    `ledger.restored` event (which backup, with its digest), so the history
    shows the rollback.
    """
    source, to = Path(source), Path(to)
    if to.exists():
        raise LedgerError(msg("{to} already exists; restore to a new path (Tijori never "
                              "overwrites a ledger with a backup).", to=to))
    if not to.parent.is_dir():
        raise LedgerError(msg("Cannot restore to {to}: folder {parent} does not exist.",
                              to=to, parent=to.parent))
    digest = _file_digest(source)
    temp = _temp_beside(to, "restore")
    with Ledger.open(source, passphrase, actor=actor) as backup_ledger:
        report = verify(backup_ledger, _share(task, (0, 500), "the restore"))
        if not report.ok:
            raise CheckFailed(msg("The backup {source} does not verify: {problems}; nothing was "
                                  "restored.", source=source, problems=report.problems[0]))
        try:
            head = _export(
                backup_ledger, temp, "", task, (500, 900), "the restore",
                inside=lambda: backup_ledger.append("ledger.restored", {
                    "backup": {"name": source.name, "sha256": digest,
                               "events": report.events, "head": report.head_hash}}, db=COPY))
            _check_copy(backup_ledger.same_key_open(temp), head, pages=True)
            _place(temp, to, overwrite=False)
        except BaseException:
            remove_ledger_files(temp)
            raise
    task.progress(1000, 1000)
    return CopyResult(to, _size(to), head[0], head[1])


def _share(task: Task, share: tuple[int, int], what: str) -> Callable[[int, int], None]:
    low, high = share

    def progress(done: int, total: int) -> None:
        task.check(what)
        task.progress(low + (high - low) * done // max(total, 1), 1000)

    return progress


def _file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            while block := handle.read(1 << 20):
                digest.update(block)
    except OSError as exc:
        raise LedgerError(msg("Cannot read {path}: {strerror}.",
                              path=path, strerror=exc.strerror)) from None
    return digest.hexdigest()
