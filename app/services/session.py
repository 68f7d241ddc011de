"""Creating, opening and re-keying ledgers."""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from app.domain.errors import InvalidInput
from app.domain.messages import msg
from app.domain.passphrase import Strength, check_new, strength
from app.domain.progress import QUIET, Task
from app.store.ledger import Ledger, utc_now
from app.store.server import display_url, is_server_url, url_parts
from app.store.server_ledger import NO_BACKUP as SERVER_NO_BACKUP
from app.store.server_ledger import NO_PASSPHRASE as SERVER_NO_PASSPHRASE


def default_actor() -> str:
    """The operating-system user, for events recorded without --actor."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return f"uid-{os.getuid()}"


def check_actor(actor: str) -> str:
    actor = actor.strip()
    if not actor or len(actor) > 100 or not actor.isprintable():
        raise InvalidInput("the actor name must be 1 to 100 printable characters", "actor")
    return actor


def is_server(path: str | os.PathLike | None) -> bool:
    """Whether `path` names a server ledger (a postgresql:// URL) rather than a file."""
    return is_server_url(str(path)) if path else False


def check_server_url(url: str) -> str:
    """A server ledger's address as typed: a postgresql:// URL (InvalidInput, field "url",
    if not)."""
    url = url.strip()
    if not url.startswith(("postgresql://", "postgres://")) or any(c.isspace() for c in url):
        raise InvalidInput(msg("A server ledger's address is a postgresql:// URL, such as "
                               "postgresql://dock@vault-db.example/tijori"), "url")
    return url


def shown_url(url: str) -> str:
    """A server ledger's URL without its password: what is shown and remembered."""
    return display_url(url)


#: (database, host) a server ledger's URL names (app.store.server.url_parts).
server_parts = url_parts


def create_ledger(
    path: str | os.PathLike, passphrase: str, actor: str,
    clock: Callable[[], datetime] = utc_now,
) -> Ledger:
    """A new ledger: an encrypted file at `path`, or the schema of a server ledger in the
    empty database a postgresql:// URL names (its actor is then the session's role)."""
    if is_server_url(str(path)):
        from app.store.server_ledger import ServerLedger

        return ServerLedger.create(str(path), passphrase, clock=clock)
    return Ledger.create(Path(path), passphrase, actor=check_actor(actor), clock=clock)


def open_ledger(
    path: str | os.PathLike, passphrase: str, actor: str,
    clock: Callable[[], datetime] = utc_now,
) -> Ledger:
    """The ledger at `path`: an encrypted file opened with `passphrase`, or a server ledger
    (a postgresql:// URL; the server's roles and TLS stand for a passphrase, and
    `passphrase`, when given, is the role's password)."""
    if is_server_url(str(path)):
        from app.store.server_ledger import ServerLedger

        return ServerLedger.open(str(path), passphrase, clock=clock)
    return Ledger.open(Path(path), passphrase, actor=check_actor(actor), clock=clock)


def change_passphrase(ledger: Ledger, new_passphrase: str, task: Task = QUIET) -> None:
    """Re-key the ledger crash-safely, recording that it happened (never the passphrase).

    `ledger` stays open, now on the re-keyed file.
    """
    from app.store import copies

    _file_only(ledger, SERVER_NO_PASSPHRASE)
    copies.rekey(ledger, new_passphrase, task)


def backup_ledger(ledger: Ledger, out: str | os.PathLike, task: Task = QUIET) -> dict[str, Any]:
    """A consistent encrypted copy of the ledger at `out`, its journal verified.

    Returns the path, its size in bytes, the number of events and the head hash.
    """
    from app.store import copies

    _file_only(ledger, SERVER_NO_BACKUP)
    return copies.backup(ledger, Path(out), task).to_dict()


def _file_only(ledger: Ledger, why: str) -> None:
    if ledger.engine != "sqlcipher":
        raise InvalidInput(why, "ledger")


def restore_ledger(
    backup: str | os.PathLike, to: str | os.PathLike, passphrase: str, actor: str,
    task: Task = QUIET,
) -> dict[str, Any]:
    """A new ledger at `to` from a backup, after verifying the backup's journal."""
    from app.store import copies

    return copies.restore(Path(backup), Path(to), passphrase, actor=check_actor(actor),
                          task=task).to_dict()


def ledger_words(path: str | os.PathLike = "", actor: str = "") -> tuple[str, ...]:
    """What a ledger's passphrase is judged against: its file name and the actor,
    as `Ledger.create` passes them, so the meter and the rule agree."""
    return tuple(word for word in (Path(path).stem, actor.strip()) if word)


def check_new_passphrase(
    passphrase: str, *, path: str | os.PathLike = "", actor: str = ""
) -> None:
    """Raise `InvalidInput` if a new passphrase for the ledger at `path` breaks the rules."""
    check_new(passphrase, what=msg("ledger passphrase"), user_inputs=ledger_words(path, actor))


def passphrase_strength(
    passphrase: str, *, path: str | os.PathLike = "", actor: str = ""
) -> Strength:
    """The meter's reading for a new ledger passphrase: "too weak" exactly when
    `check_new_passphrase` refuses it."""
    return strength(passphrase, user_inputs=ledger_words(path, actor))
