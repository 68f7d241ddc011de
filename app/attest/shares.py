"""A signing key split into SLIP-39 mnemonic shares, and made whole again from enough of them.

SLIP-39 (the `shamir-mnemonic` library, the reference implementation) splits a secret so
that any `threshold` of `count` shares give it back and fewer tell nothing of it. Each
share is a list of words from a fixed list of 1,024, with a checksum, so a share typed
back is checked word by word before anything is combined.

The secret split is the key's algorithm and its private scalar, framed so that a
restore needs nothing but the shares: ``01 ‖ algorithm ‖ 32 bytes`` (algorithm 01 is
Ed25519, 02 ECDSA P-256). 34 bytes is a length SLIP-39 takes (at least 16, even).
"""

from __future__ import annotations

from collections.abc import Sequence

import shamir_mnemonic
from shamir_mnemonic.share import Share
from shamir_mnemonic.wordlist import WORD_INDEX_MAP

from app.attest.keys import PrivateKey
from app.domain.errors import InvalidInput
from app.domain.messages import msg

FRAME_VERSION = 1
ALGORITHM_CODES = {"ed25519": 1, "ecdsa-p256": 2}
MAX_SHARES = 16  # SLIP-39's limit for the members of one group


def split(key: PrivateKey, threshold: int, count: int, passphrase: str = "") -> list[str]:
    """`count` mnemonic shares of `key`, any `threshold` of which give it back; with a
    SLIP-39 `passphrase`, only together with that passphrase."""
    if not 1 <= count <= MAX_SHARES:
        raise InvalidInput(msg("the number of shares must be between 1 and {most}, not "
                               "{count}", most=MAX_SHARES, count=count), "shares")
    if not 1 <= threshold <= count or (threshold == 1 and count > 1):
        raise InvalidInput(msg("the threshold must be between 2 and the number of shares "
                               "({count}), not {threshold}", count=count,
                               threshold=threshold), "threshold")
    secret = bytes([FRAME_VERSION, ALGORITHM_CODES[key.algorithm]]) + key.raw_secret()
    groups = shamir_mnemonic.generate_mnemonics(
        group_threshold=1, groups=[(threshold, count)], master_secret=secret,
        passphrase=passphrase.encode("utf-8"))
    return groups[0]


def normalized(text: str) -> str:
    """A share as typed: words in lower case, one space between each."""
    return " ".join(text.lower().split())


def read_share(text: str, number: int) -> Share:
    """Share `number` (counted from 1, for messages) checked on its own: every word is a
    SLIP-39 word, and its checksum holds."""
    words = normalized(text).split()
    if not words:
        raise InvalidInput(msg("share {number} is empty", number=number), "share")
    for position, word in enumerate(words, 1):
        if word not in WORD_INDEX_MAP:
            raise InvalidInput(msg("share {number}: word {position}, {word!r}, is not a "
                                   "SLIP-39 word", number=number, position=position,
                                   word=word), "share")
    try:
        return Share.from_mnemonic(" ".join(words))
    except shamir_mnemonic.MnemonicError:
        raise InvalidInput(msg("share {number} does not check: a word is mistyped, missing "
                               "or out of place", number=number), "share") from None


def combine(shares: Sequence[str], passphrase: str = "") -> PrivateKey:
    """The key the `shares` (mnemonics as typed) give back. Each share is checked first; a
    share of another set, a share given twice and too few shares are each refused by name."""
    read = [read_share(text, number) for number, text in enumerate(shares, 1)]
    if not read:
        raise InvalidInput("no share was given", "share")
    first = read[0]
    seen: dict[int, int] = {}
    for number, share in enumerate(read, 1):
        if share.common_parameters() != first.common_parameters() or \
                share.group_parameters() != first.group_parameters():
            raise InvalidInput(msg("share {number} is from another set of shares than share "
                                   "1", number=number), "share")
        if share.index in seen:
            raise InvalidInput(msg("share {number} is share {first} again: each share counts "
                                   "once", number=number, first=seen[share.index]), "share")
        seen[share.index] = number
    if len(read) < first.member_threshold:
        raise InvalidInput(msg("{count} shares given; this set needs {threshold}",
                               count=len(read), threshold=first.member_threshold), "share")
    try:
        secret = shamir_mnemonic.combine_mnemonics(
            [share.mnemonic() for share in read], passphrase.encode("utf-8"))
    except shamir_mnemonic.MnemonicError as exc:
        raise InvalidInput(msg("the shares do not combine: {reason}", reason=str(exc)),
                           "share") from None
    return _key_of(secret)


def _key_of(secret: bytes) -> PrivateKey:
    algorithms = {code: name for name, code in ALGORITHM_CODES.items()}
    if len(secret) == 34 and secret[0] == FRAME_VERSION and secret[1] in algorithms:
        try:
            return PrivateKey.from_raw_secret(algorithms[secret[1]], secret[2:])
        except InvalidInput:
            pass
    raise InvalidInput("the shares give something that is not a Tijori key (or the "
                       "SLIP-39 passphrase is not the one they were made with)", "share")
