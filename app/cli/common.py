"""What every command shares: where the ledger is, its passphrase, the actor, output."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TextIO, TypeVar

from app.domain.errors import InvalidInput
from app.domain.progress import Task

if TYPE_CHECKING:
    from app.store.ledger import Ledger



T = TypeVar("T")

def common_options() -> argparse.ArgumentParser:
    """Options every ledger command accepts, after its name."""
    parent = argparse.ArgumentParser(add_help=False)
    group = parent.add_argument_group("ledger")
    group.add_argument("--ledger", metavar="PATH", help="ledger file (else $TIJORI_LEDGER)")
    group.add_argument("--passphrase-file", metavar="FILE",
                       help="read the passphrase from FILE (else $TIJORI_PASSPHRASE, else ask)")
    group.add_argument("--actor", metavar="NAME",
                       help="who records the change (else $TIJORI_ACTOR, else your user name)")
    return parent


def json_option() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--json", action="store_true", help="print JSON")
    return parent


def read_secret_file(path: str, what: str) -> str:
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except OSError as exc:
        raise InvalidInput(f"cannot read the {what} file {path}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise InvalidInput(f"the {what} file {path} is not UTF-8 text") from None
    return text.rstrip("\r\n")


def _text(value: str, where: str) -> str:
    """`value` if it is Unicode text; else an InvalidInput naming `where`, never the value.

    Python hands bytes that are not UTF-8 (in the environment, on the command line,
    typed at a prompt) over as lone surrogates; any later encoding of them fails, and
    its traceback would show the byte, which for a passphrase is a piece of the secret.
    """
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInput(f"{where} is not valid UTF-8 text") from None
    return value


def environment(variable: str) -> str | None:
    """$VARIABLE if it is set and not empty, checked to be UTF-8 text (see `_text`)."""
    value = os.environ.get(variable)
    return _text(value, f"the environment variable {variable}") if value else None


def _prompt(label: str) -> str:
    if not sys.stdin.isatty():
        raise InvalidInput(
            f"no {label} given: use its --…-file option or set the environment variable, "
            "or run in a terminal to be asked"
        )
    try:
        return _text(getpass.getpass(f"{label}: "), f"the {label.lower()} typed")
    except UnicodeDecodeError:
        raise InvalidInput(f"the {label.lower()} typed is not valid UTF-8 text") from None


def on_server(act: Callable[[str], T]) -> T:
    """`act(password)` on a ledger server: first with libpq's own means of finding the
    role's password (""); then, if the server asks for one and this is a terminal, with
    the password typed (never stored)."""
    from app.domain.errors import PasswordNeeded

    try:
        return act("")
    except PasswordNeeded as exc:
        if exc.refused or not sys.stdin.isatty():
            raise
        return act(_prompt(f"Password of {exc.role}"))


def _secret(args: argparse.Namespace, option: str, variable: str, what: str, *,
            confirm: bool, refusal: str,
            check: Callable[[str], None] | None = None) -> str:
    """A secret from --OPTION-file, else $VARIABLE, else a prompt (twice with `confirm`).

    `check`, for a new secret, judges it before it is asked for again.
    """
    if getattr(args, option, None):
        return read_secret_file(getattr(args, option), what)
    value = environment(variable)
    if value is not None:
        return value
    first = _prompt(what[:1].upper() + what[1:])
    if check is not None:
        check(first)
    if confirm and _prompt(f"Repeat the {what}") != first:
        raise InvalidInput(refusal)
    return first


def passphrase(args: argparse.Namespace, *, confirm: bool = False,
               check: Callable[[str], None] | None = None) -> str:
    return _secret(args, "passphrase_file", "TIJORI_PASSPHRASE", "ledger passphrase",
                   confirm=confirm, refusal="the two passphrases differ; nothing was changed",
                   check=check)


def new_passphrase(args: argparse.Namespace) -> str:
    return _secret(args, "new_passphrase_file", "TIJORI_NEW_PASSPHRASE", "new passphrase",
                   confirm=True, refusal="the two new passphrases differ; nothing was changed")


def ledger_path(args: argparse.Namespace) -> str:
    path = getattr(args, "ledger", None) or os.environ.get("TIJORI_LEDGER")
    if not path:
        raise InvalidInput("no ledger given: use --ledger PATH or set TIJORI_LEDGER")
    return path


def actor(args: argparse.Namespace) -> str:
    return (getattr(args, "actor", None) or environment("TIJORI_ACTOR")
            or _session().default_actor())


def _session():
    """The session service, imported when a command opens a ledger (not for `verify`)."""
    from app.services import session

    return session


@contextmanager
def open_ledger(args: argparse.Namespace) -> Iterator[Ledger]:
    path = ledger_path(args)
    if _session().is_server(path):
        # A server ledger: the server's roles and TLS stand for the passphrase, and the
        # session's role is the actor.
        ledger = on_server(lambda password: _session().open_ledger(path, password, ""))
    else:
        ledger = _session().open_ledger(path, passphrase(args), actor(args))
    try:
        yield ledger
    finally:
        ledger.close()


def emit_json(value: Any, out: TextIO | None = None) -> None:
    out = out or sys.stdout
    json.dump(value, out, ensure_ascii=False, indent=2)
    out.write("\n")


def table(rows: Iterable[Iterable[Any]], headers: list[str], out: TextIO | None = None) -> None:
    """A plain aligned text table."""
    out = out or sys.stdout
    rows = [[("" if v is None else str(v)) for v in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(v)) for w, v in zip(widths, row, strict=True)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    out.write(line.rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for row in rows:
        out.write("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() + "\n")


class ProgressLine:
    """A progress line on stderr: redrawn in a terminal, every 10 % otherwise.

    Work smaller than `minimum` items is quick enough to need none.
    """

    def __init__(self, label: str, stream: TextIO | None = None, minimum: int = 20000) -> None:
        self.label = label
        self.minimum = minimum
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.last = -1

    def __call__(self, done: int, total: int) -> None:
        if total < self.minimum:
            return
        percent = min(100, done * 100 // total) if total else 100
        step = percent if self.tty else percent // 10 * 10
        if step == self.last:
            return
        self.last = step
        text = f"{self.label}: {percent:3d}% ({done:,}/{max(total, done):,})"
        if self.tty:
            self.stream.write("\r" + text + ("\n" if percent >= 100 else ""))
        else:
            self.stream.write(text + "\n")
        self.stream.flush()

    def task(self) -> Task:
        return Task(progress=self)


def key_passphrase_option(whose: str = "key") -> argparse.ArgumentParser:
    """The --key-passphrase-file option, as a parent parser (`whose`: "key", "CA key"), and
    --pin-file for a key inside a PKCS#11 token."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--key-passphrase-file", metavar="FILE",
                        help=f"read the {whose}'s passphrase from FILE (else "
                        "$TIJORI_KEY_PASSPHRASE, else ask)")
    parent.add_argument("--pin-file", metavar="FILE",
                        help="for a key in a PKCS#11 token (pkcs11: URI): read the token's "
                        "PIN from FILE (else the URI's pin-source, else $TIJORI_PKCS11_PIN, "
                        "else ask)")
    return parent


def token_pin(args: argparse.Namespace, reference: str | None = None) -> str:
    """A token's PIN: --pin-file, else the key URI's pin-source, else $TIJORI_PKCS11_PIN, else
    asked without echo. It is never stored.

    With `reference`, the token and the key are looked for first (that needs no PIN), so
    that a missing token or key is said before anyone types a PIN.
    """
    what = "token PIN"
    if reference is not None:
        from app.services.signing_keys import key_info
        from app.services.token_keys import parse_uri, pin_from_source

        found = key_info(reference)
        what = f"PIN of token {parse_uri(reference).label} (key {found.name})"
        from_source = pin_from_source(parse_uri(reference))
        if from_source is not None and not getattr(args, "pin_file", None):
            return from_source
    return _secret(args, "pin_file", "TIJORI_PKCS11_PIN", what, confirm=False, refusal="")


def key_secret(args: argparse.Namespace, reference: str) -> str:
    """What unlocks the key `reference`: a token's PIN for a pkcs11: URI, else the key
    file's passphrase."""
    from app.services.token_keys import is_token_ref

    return token_pin(args, reference) if is_token_ref(reference) else key_passphrase(args)


def key_passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    return _secret(args, "key_passphrase_file", "TIJORI_KEY_PASSPHRASE", "key passphrase",
                   confirm=confirm, refusal="the two key passphrases differ; no key was written")


def new_key_passphrase(args: argparse.Namespace) -> str:
    """The passphrase of a key file about to be written (a restored key): asked twice,
    or --new-key-passphrase-file, else $TIJORI_NEW_KEY_PASSPHRASE."""
    return _secret(args, "new_key_passphrase_file", "TIJORI_NEW_KEY_PASSPHRASE",
                   "new key passphrase", confirm=True,
                   refusal="the two key passphrases differ; no key was written")


def ca_key_passphrase(args: argparse.Namespace) -> str:
    """The passphrase of the CA key that issues a certificate (it may differ from the new
    key's): --ca-passphrase-file, else $TIJORI_CA_PASSPHRASE, else ask."""
    return _secret(args, "ca_passphrase_file", "TIJORI_CA_PASSPHRASE", "CA key passphrase",
                   confirm=False, refusal="")
