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
from dataclasses import dataclass, field

import shamir_mnemonic
from shamir_mnemonic.constants import METADATA_LENGTH_WORDS
from shamir_mnemonic.share import Share
from shamir_mnemonic.utils import bits_to_words
from shamir_mnemonic.wordlist import WORD_INDEX_MAP, WORDLIST

from app.attest.keys import PrivateKey
from app.domain.errors import InvalidInput
from app.domain.messages import msg

FRAME_VERSION = 1
ALGORITHM_CODES = {"ed25519": 1, "ecdsa-p256": 2}
MAX_SHARES = 16  # SLIP-39's limit for the members of one group
SECRET_BYTES = 34  # the frame: version, algorithm, 32-byte scalar
#: The SLIP-39 word list (1,024 words, in order): every word of a share is one of them.
WORDS: tuple[str, ...] = tuple(WORDLIST)
#: How many words a share of a Tijori key has (35): metadata and checksum, and the secret.
SHARE_WORDS = METADATA_LENGTH_WORDS + bits_to_words(SECRET_BYTES * 8)


@dataclass(frozen=True)
class ShareInfo:
    """One share, checked on its own: which of its set it is (`member`, from 1, as on its
    sheet), how many of the set give the key back (`threshold`), and the set's random
    `identifier`, the same in every share of one backup. `number` is its place among the
    shares given, for messages."""

    number: int
    member: int
    threshold: int
    identifier: int
    share: Share = field(repr=False, compare=False)

    @property
    def set_id(self) -> str:
        """The set's identifier as four hexadecimal digits, for people to compare."""
        return f"{self.identifier:04X}"

    def same_set(self, other: ShareInfo) -> bool:
        return (self.share.common_parameters() == other.share.common_parameters()
                and self.share.group_parameters() == other.share.group_parameters())


def check_split(threshold: int, count: int) -> None:
    """Refuse a split SLIP-39 cannot make: 1 to 16 shares, a threshold of at most their
    number, and of at least 2 when there is more than one share (the library refuses a
    threshold of 1 then: each share would be the key)."""
    if not 1 <= count <= MAX_SHARES:
        raise InvalidInput(msg("the number of shares must be between 1 and {most}, not "
                               "{count}", most=MAX_SHARES, count=count), "shares")
    if not 1 <= threshold <= count or (threshold == 1 and count > 1):
        raise InvalidInput(msg("the threshold must be between 2 and the number of shares "
                               "({count}), not {threshold}", count=count,
                               threshold=threshold), "threshold")


def split(key: PrivateKey, threshold: int, count: int, passphrase: str = "") -> list[str]:
    """`count` mnemonic shares of `key`, any `threshold` of which give it back; with a
    SLIP-39 `passphrase`, only together with that passphrase."""
    check_split(threshold, count)
    secret = bytes([FRAME_VERSION, ALGORITHM_CODES[key.algorithm]]) + key.raw_secret()
    groups = shamir_mnemonic.generate_mnemonics(
        group_threshold=1, groups=[(threshold, count)], master_secret=secret,
        passphrase=passphrase.encode("utf-8"))
    return groups[0]


def normalized(text: str) -> str:
    """A share as typed: words in lower case, one space between each."""
    return " ".join(text.lower().split())


def check_words(text: str, number: int, *, typing: bool = False) -> list[str]:
    """The words of share `number` (counted from 1, for messages) as typed, each refused
    by its place unless it is a SLIP-39 word. While `typing`, the last word is judged only
    once something follows it (it may be half typed)."""
    words = normalized(text).split()
    still_typed = typing and text[-1:] != "" and not text[-1].isspace()
    judged = words[:-1] if still_typed else words
    for position, word in enumerate(judged, 1):
        if word not in WORD_INDEX_MAP:
            raise InvalidInput(msg("share {number}: word {position}, {word!r}, is not a "
                                   "SLIP-39 word", number=number, position=position,
                                   word=word), "share")
    return words


def read_share(text: str, number: int) -> Share:
    """Share `number` (counted from 1, for messages) checked on its own: every word is a
    SLIP-39 word, and its checksum holds."""
    words = check_words(text, number)
    if not words:
        raise InvalidInput(msg("share {number} is empty", number=number), "share")
    try:
        return Share.from_mnemonic(" ".join(words))
    except shamir_mnemonic.MnemonicError:
        raise InvalidInput(msg("share {number} does not check: a word is mistyped, missing "
                               "or out of place", number=number), "share") from None


def check_share(text: str, number: int = 1, before: Sequence[ShareInfo] = ()) -> ShareInfo:
    """Share `number` checked on its own (its words, their number, its checksum) and
    against the shares `before` it: of the same set as the first, and not one of them
    again."""
    words = check_words(text, number)
    if words and len(words) != SHARE_WORDS:
        raise InvalidInput(msg("share {number} has {count} words; a share of a Tijori key has "
                               "{expected}", number=number, count=len(words),
                               expected=SHARE_WORDS), "share")
    share = read_share(text, number)
    info = ShareInfo(number, share.index + 1, share.member_threshold, share.identifier, share)
    if before and not info.same_set(before[0]):
        raise InvalidInput(msg("share {number} is from another set of shares than share "
                               "{first}", number=number, first=before[0].number), "share")
    for earlier in before:
        if earlier.member == info.member:
            raise InvalidInput(msg("share {number} is share {first} again: each share counts "
                                   "once", number=number, first=earlier.number), "share")
    return info


def combine(shares: Sequence[str], passphrase: str = "") -> PrivateKey:
    """The key the `shares` (mnemonics as typed) give back. Each share is checked first; a
    share of another set, a share given twice and too few shares are each refused by name."""
    read: list[ShareInfo] = []
    for number, text in enumerate(shares, 1):
        read.append(check_share(text, number, read))
    if not read:
        raise InvalidInput("no share was given", "share")
    first = read[0]
    if len(read) < first.threshold:
        raise InvalidInput(msg("{count} shares given; this set needs {threshold}",
                               count=len(read), threshold=first.threshold), "share")
    try:
        secret = shamir_mnemonic.combine_mnemonics(
            [info.share.mnemonic() for info in read], passphrase.encode("utf-8"))
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
