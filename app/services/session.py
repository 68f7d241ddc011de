"""Creating, opening and re-keying ledgers."""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from app.domain.errors import InvalidInput
from app.store.ledger import Ledger, utc_now


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


def create_ledger(
    path: str | os.PathLike, passphrase: str, actor: str,
    clock: Callable[[], datetime] = utc_now,
) -> Ledger:
    return Ledger.create(Path(path), passphrase, actor=check_actor(actor), clock=clock)


def open_ledger(
    path: str | os.PathLike, passphrase: str, actor: str,
    clock: Callable[[], datetime] = utc_now,
) -> Ledger:
    return Ledger.open(Path(path), passphrase, actor=check_actor(actor), clock=clock)


def change_passphrase(ledger: Ledger, new_passphrase: str) -> None:
    """Re-key the ledger, and record that it happened (never the passphrase)."""
    ledger.rekey(new_passphrase)
    ledger.record("ledger.rekeyed", {"note": "passphrase changed"})


def check_new_passphrase(passphrase: str) -> None:
    """Raise `InvalidInput` if a new ledger passphrase breaks the rules."""
    from app.store.ledger import check_new_passphrase as check

    check(passphrase)
