"""The root of Tijori's error tree.

Every error a user can cause is a `TijoriError` whose message is one plain
sentence naming what was wrong and where. The CLI turns it into a message on
stderr and its `exit_code`; the GUI into a dialog. Anything else that escapes
is a bug. The message is a `Message` (app/domain/messages.py), so that the GUI can
say it in the reader's language.
"""

from __future__ import annotations

from app.domain.messages import Message


class TijoriError(Exception):
    """An error with words for users.

    `field` names the input it is about (a CLI option, a CSV column, a form field, "path"
    for a file to write, "policy" for a policy file), so that a form can show the message
    next to it without reading the sentence.
    """

    exit_code = 2

    def __init__(self, message: str, field: str | None = None) -> None:
        if not isinstance(message, Message):  # a plain sentence is its own template
            message = Message(message)
        super().__init__(message)
        self.message: Message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class InvalidInput(TijoriError):
    """A value given by the user breaks a rule (exit code 2)."""


class OutOfRange(InvalidInput):
    """A measurement outside the limits of the standard that governs it."""


class CheckFailed(TijoriError):
    """A verification ran and found a problem (exit code 1)."""

    exit_code = 1


class LedgerError(TijoriError):
    """The ledger cannot be opened or used: wrong passphrase, damage, not a ledger."""


class PasswordNeeded(LedgerError):
    """A ledger server asks for the role's password, and none was found (libpq's own means:
    ~/.pgpass, PGPASSWORD) or the one given was refused (`refused`). The CLI asks for it
    at a terminal; the Connect dialog shows a password field."""

    def __init__(self, message: object, role: str, refused: bool) -> None:
        super().__init__(message)
        self.role = role
        self.refused = refused


class ConnectionLost(LedgerError):
    """The connection to a ledger server dropped during an action: nothing of it was kept
    (its transaction rolls back on the server), and the next action connects again."""


class WrongPassphrase(LedgerError):
    """The file did not unlock under the passphrase given (or is not a ledger at all:
    an encrypted file cannot tell the two apart)."""


class NotFound(TijoriError):
    """A named site, holding or token does not exist."""


class Cancelled(TijoriError):
    """The user cancelled long work; nothing was stored."""

    exit_code = 130


class Ambiguous(InvalidInput):
    """What a user typed names more than one holding (a serial two brands or years share).

    `candidates` holds each holding it could mean, as data (dicts with at least id,
    kind, site and location; bars also brand, serial, year and fine_oz), so that a
    form can offer them to choose from; the message lists them too.
    """

    def __init__(self, message: str, field: str | None = None,
                 candidates: list[dict] | None = None) -> None:
        super().__init__(message, field)
        self.candidates = list(candidates or [])
