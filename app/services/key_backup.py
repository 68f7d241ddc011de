"""A signing key backed up as SLIP-39 shares held by several people, and restored from them.

`backup` decrypts the key file and writes one printable PDF sheet per share holder
(`app.reporting.share_sheet`), and with `text` also a text file holding only the share's
words, for a scripted ceremony; every file 0600. The shares never touch the ledger.
`restore` combines enough shares into the key and writes a new key file under a new
passphrase, or, as a ceremony's check (`test`), only says whether they give the expected
key.

For the GUI, which checks each share as it is typed and completes each word from the
SLIP-39 word list, the checks of `app.attest.shares` are passed on here unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.attest import shares as slip39
from app.attest.fileio import read_file, write_atomic
from app.attest.keyfile import decrypt_private_key, encrypt_private_key, read_key_header
from app.domain.errors import InvalidInput
from app.domain.messages import msg
from app.domain.text import clean_text
from app.domain.times import format_time
from app.reporting.share_sheet import share_sheet
from app.services.keys import describe

#: The 1,024 SLIP-39 words; the number of words in a share; the most shares of one key.
WORDS = slip39.WORDS
SHARE_WORDS = slip39.SHARE_WORDS
MAX_SHARES = slip39.MAX_SHARES
ShareInfo = slip39.ShareInfo


def check_split(threshold: int, count: int) -> None:
    """Refuse a number of shares or a threshold that SLIP-39 cannot make."""
    slip39.check_split(threshold, count)


def check_words(text: str, number: int, *, typing: bool = False) -> list[str]:
    """The words of share `number` as typed, a word that is not a SLIP-39 word refused by
    its place (while `typing`, not the half-typed last one)."""
    return slip39.check_words(text, number, typing=typing)


def check_share(text: str, number: int = 1, before: Sequence[ShareInfo] = ()) -> ShareInfo:
    """Share `number` checked on its own and against the shares `before` it (another set,
    the same share again)."""
    return slip39.check_share(text, number, before)


def backup(key_path: str, passphrase: str, *, threshold: int, count: int, out_dir: str,
           slip39_passphrase: str = "", text: bool = False) -> dict[str, Any]:
    """Split the key in `key_path` (unlocked with `passphrase`) into `count` shares, any
    `threshold` of which give it back, written as ``share-N-of-COUNT.pdf`` (and, with
    `text`, ``.txt``) in `out_dir`. Nothing is written unless every file can be (none of
    them exists)."""
    data = read_file(key_path, "key file")
    key = decrypt_private_key(data, passphrase, source=msg("key file {path}", path=key_path))
    words = slip39.split(key, threshold, count, slip39_passphrase)
    folder = Path(out_dir)
    stems = [folder / f"share-{n}-of-{count}" for n in range(1, count + 1)]
    suffixes = (".pdf", ".txt") if text else (".pdf",)
    targets = [stem.with_suffix(suffix) for stem in stems for suffix in suffixes]
    existing = [str(path) for path in targets if path.exists()]
    if existing:
        raise InvalidInput(msg("{path} already exists; choose another folder",
                               path=existing[0]), "out_dir")
    if not folder.is_dir():
        raise InvalidInput(msg("{folder} is not a folder", folder=folder), "out_dir")
    info = {**describe(key.public_key, read_key_header(data)["name"]),
            "threshold": threshold, "count": count,
            "files": [str(path) for path in targets]}
    for number, (stem, share) in enumerate(zip(stems, words, strict=True), 1):
        write_atomic(stem.with_suffix(".pdf"),
                     share_sheet(info, number, count, threshold, share.split()), mode=0o600)
        if text:
            write_atomic(stem.with_suffix(".txt"), (share + "\n").encode("ascii"), mode=0o600)
    return info


def restore(shares: Sequence[str], *, out: str | None, name: str, new_passphrase: Callable[[], str],
            slip39_passphrase: str = "", expected_keyid: str | None = None,
            now: datetime | None = None) -> dict[str, Any]:
    """The key the `shares` give. With `out`, written there encrypted under
    `new_passphrase()` (asked only once the shares have given a key); without it (a
    ceremony's test), nothing is written. `expected_keyid`, when given, must match."""
    key = slip39.combine(shares, slip39_passphrase)
    keyid = key.public_key.keyid
    if expected_keyid is not None and keyid != expected_keyid.strip().lower():
        raise InvalidInput(msg("the shares give key {keyid}, not {expected}: they are of "
                               "another key, or the SLIP-39 passphrase is not theirs",
                               keyid=keyid[:16], expected=expected_keyid.strip()[:16]),
                           "keyid")
    name = clean_text(name, "name", 100)
    info = {**describe(key.public_key, name), "written": None}
    if out is None:
        return info
    if Path(out).exists():
        raise InvalidInput(msg("{out} already exists; refusing to overwrite it", out=out),
                           "out")
    moment = (now or datetime.now(UTC)).replace(microsecond=0)
    write_atomic(out, encrypt_private_key(key, new_passphrase(), name=name,
                                          created=format_time(moment)), mode=0o600)
    info["written"] = str(out)
    return info
