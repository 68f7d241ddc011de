"""The one home of the rules for new passphrases, and of the strength meter.

Every passphrase that protects something of ours (the ledger, a signing key)
is normalised here and, when it is new, judged here, by the zxcvbn estimator
(Dropbox's, the maintained Python port): it looks for what guessing programs
try first (common passwords, dictionary words, names, keyboard walks, dates,
repeats, sequences, and the names around it such as the file name or the
actor) and estimates how many guesses an attacker would need.

`check_new` refuses and `strength` measures through one private judgement, so
the meter beside a field reads "too weak" exactly when the rule refuses.

zxcvbn is imported only when a passphrase is judged: `tijori verify` and every
other command that never makes a passphrase do not pay for its word lists.
"""

from __future__ import annotations

import math
import re
import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from app.domain.errors import InvalidInput
from app.domain.messages import listed, msg

MIN_CHARS = 8
# An offline-encrypted file is the worst case for a passphrase: whoever copies
# the ledger (SQLCipher 4's default PBKDF2-HMAC-SHA512, 256,000 rounds) or a key
# file (Argon2id) can guess at it with GPUs for as long as they like, with no
# lock-out. zxcvbn's score 3 (at least 10^8 guesses) is the usual choice for web
# accounts, which an attacker must guess online, and zxcvbn itself calls it only
# "moderate protection" offline: about three hours at the 10^4 guesses a second
# of its slow-hash scenario. A custodian's strongbox needs score 4, at least
# 10^10 guesses ("strong protection" offline): twelve days or more at that rate,
# centuries for four uncommon words. It costs a person little: three or four
# uncommon words, or eleven random characters, reach it.
MIN_SCORE = 4
# zxcvbn looks up every substring in its word lists (length² lookups) once as
# typed, once reversed, and once more for each way of reading its look-alike
# characters (@ as a, 1 as i or l, ...): 100 characters of a dozen kinds of
# symbol take it seconds (dropbox/zxcvbn#316). So it judges the first
# ESTIMATED_CHARS characters, fewer (down to MIN_ESTIMATED_CHARS) when
# look-alikes abound, keeping (readings + 2) × length² within ESTIMATE_BUDGET
# (about 0.05 s here). A prefix can only look weaker than the whole passphrase,
# never stronger; and one with that many kinds of symbol in its first 16
# characters is strong there already.
ESTIMATED_CHARS = 100
MIN_ESTIMATED_CHARS = 16
ESTIMATE_BUDGET = 60_000
# Words that go with every ledger and key of ours, which an attacker tries first.
APP_WORDS = ("tijori", "ledger", "passphrase", "password", "reserves", "custodian", "signing")

TOO_WEAK = "too weak"
# The meter's word for each score zxcvbn gives; a refused passphrase reads TOO_WEAK
# whatever its score, so with MIN_SCORE 4 the meter says "too weak" or "strong".
LABELS = (TOO_WEAK, "weak", "fair", "good", "strong")
ADVICE = "use three or four uncommon words"

# zxcvbn keeps the user inputs in a module-level dictionary while it matches:
# two threads judging at once (the meter on the GUI thread, a key being made in
# a worker) must take turns.
_ZXCVBN = threading.Lock()
_WORD = re.compile(r"[^\W_]{3,}")
_PATH_SEPARATOR = re.compile(r"[/\\]")

# zxcvbn's warnings, in our voice (what the passphrase is).
_WHY = {
    "This is a top-10 common password.": msg("one of the ten most common passwords"),
    "This is a top-100 common password.": msg("one of the hundred most common passwords"),
    "This is a very common password.": msg("a very common password"),
    "This is similar to a commonly used password.": msg("close to a commonly used password"),
    "A word by itself is easy to guess.": msg("a single dictionary word"),
    "Names and surnames by themselves are easy to guess.": msg("a name by itself"),
    "Common names and surnames are easy to guess.": msg("built on common names"),
    "Straight rows of keys are easy to guess.": msg("a straight row of keys"),
    "Short keyboard patterns are easy to guess.": msg("a keyboard pattern"),
    'Repeats like "aaa" are easy to guess.': msg("a repeated character"),
    'Repeats like "abcabcabc" are only slightly harder to guess than "abc".':
        msg("a repeated group of characters"),
    'Sequences like "abc" or "6543" are easy to guess.': msg("a sequence such as abc or 6543"),
    "Recent years are easy to guess.": msg("built on a recent year"),
    "Dates are often easy to guess.": msg("built on a date"),
}
# zxcvbn's suggestions worth passing on (the others repeat the warning), each
# the plural subject of "... hardly help".
_HINTS = {
    "Capitalization doesn't help very much.": msg("capital letters"),
    "All-uppercase is almost as easy to guess as all-lowercase.": msg("capital letters"),
    "Reversed words aren't much harder to guess.": msg("words spelt backwards"),
    "Predictable substitutions like '@' instead of 'a' don't help very much.":
        msg("look-alike swaps such as @ for a"),
}
_USER_INPUTS_WHY = msg("built from words that go with it, such as the file name, the key's "
                       "name or your own name")
_WORDS_WHY = msg("too few words, or too common ones")
_OTHER_WHY = msg("made of words or patterns that guessing programs try early")


@dataclass(frozen=True)
class Strength:
    """What the meter shows: how hard a new passphrase is to guess.

    `score` runs 0 to 4 (zxcvbn's scale; a passphrase the rule refuses for
    another reason, such as its length, scores below MIN_SCORE); `label` is
    "too weak" exactly when `check_new` refuses; `guesses_log10` is the
    estimated number of guesses as a power of ten, rounded down; `crack_time`
    is zxcvbn's wording of how long an attack on a stolen copy would take at
    10,000 guesses a second ("3 hours", "centuries"); `feedback` says why it is
    too weak and how to do better, and is empty when it is accepted.
    """

    score: int
    label: str
    guesses_log10: int
    crack_time: str
    feedback: str

    @property
    def acceptable(self) -> bool:
        return self.score >= MIN_SCORE


def normalize(passphrase: str) -> str:
    """The passphrase in Unicode NFC, so that the same passphrase typed on two
    systems (one composing é as one code point, one as e + accent) is the same."""
    if not isinstance(passphrase, str):
        raise InvalidInput("the passphrase must be text", "passphrase")
    try:
        passphrase.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: bytes that were not UTF-8
        raise InvalidInput("the passphrase is not valid UTF-8 text", "passphrase") from None
    return unicodedata.normalize("NFC", passphrase)


def check_new(
    passphrase: str, *, what: str = "passphrase", user_inputs: Sequence[str] = ()
) -> None:
    """Raise `InvalidInput` (field "passphrase") unless `passphrase` may protect something new.

    Refused: empty, a NUL character, fewer than MIN_CHARS characters after NFC,
    and anything the estimator scores below MIN_SCORE. `what` names it in the
    message ("ledger passphrase", "key passphrase"). `user_inputs` are words
    that go with it and that an attacker would try first: the ledger's path,
    the key's name, the actor; each is also split into its words.
    """
    _, problem = _judge(passphrase, user_inputs)
    if problem:
        raise InvalidInput(msg("the {what} {problem}", what=what, problem=problem), "passphrase")


def strength(passphrase: str, *, user_inputs: Sequence[str] = ()) -> Strength:
    """How strong `passphrase` is, for the meter; the same judgement as `check_new`."""
    return _judge(passphrase, user_inputs)[0]


def _judge(passphrase: str, user_inputs: Sequence[str]) -> tuple[Strength, str]:
    """The strength and, when the rule refuses, why (a predicate: "is too short ...")."""
    text = normalize(passphrase)
    if not text:
        problem = msg("is empty: use three or four uncommon words")
        return _refused(0, 0, "", problem), problem
    if "\x00" in text:
        problem = msg("contains a NUL character, which cannot be used: leave it out")
        return _refused(0, 0, "", problem), problem
    result = _estimate(text, user_inputs)
    score = int(result["score"])
    guesses_log10 = int(result["guesses_log10"])
    crack_time = str(result["crack_times_display"]["offline_slow_hashing_1e4_per_second"])
    if len(text) < MIN_CHARS:
        problem = msg("is too short (1 character): use at least {least} characters, better "
                      "three or four uncommon words", least=MIN_CHARS) if len(text) == 1 else \
            msg("is too short ({count} characters): use at least {least} characters, better "
                "three or four uncommon words", count=len(text), least=MIN_CHARS)
    elif score < MIN_SCORE:
        problem = _too_easy(result)
    else:
        return Strength(score, LABELS[score], guesses_log10, crack_time, ""), ""
    return _refused(score, guesses_log10, crack_time, problem), problem


def _refused(score: int, guesses_log10: int, crack_time: str, problem: str) -> Strength:
    score = min(score, MIN_SCORE - 1)
    return Strength(score, TOO_WEAK, guesses_log10, crack_time,
                    msg("The passphrase {problem}.", problem=problem))


def _too_easy(result: dict) -> str:
    """zxcvbn's feedback as one clause of ours: what it is, and how to do better."""
    feedback = result["feedback"]
    why = _WHY.get(feedback["warning"])
    if why is None:
        sequence = result["sequence"]
        if any(match.get("dictionary_name") == "user_inputs" for match in sequence):
            why = _USER_INPUTS_WHY
        elif all(match["pattern"] == "dictionary" or not any(c.isalnum() for c in match["token"])
                 for match in sequence):
            why = _WORDS_WHY
        else:
            why = _OTHER_WHY
    hints: list[str] = []
    for suggestion in feedback["suggestions"]:
        hint = _HINTS.get(suggestion)
        if hint and hint not in hints:
            hints.append(hint)
    if not hints:
        return msg("is too easy to guess ({why}): use three or four uncommon words", why=why)
    return msg("is too easy to guess ({why}): use three or four uncommon words; {hints} hardly "
               "help", why=why, hints=listed(hints))


def _context_words(user_inputs: Sequence[str]) -> list[str]:
    """What an attacker tries first, without repeats: each user input, and for a
    path its file name with and without the extension, then every word of it;
    then our own words."""
    words: list[str] = []
    for item in user_inputs:
        text = normalize(str(item)).lower()
        name = _PATH_SEPARATOR.split(text.rstrip("/\\"))[-1]
        for word in (text, name, name.rsplit(".", 1)[0], *_WORD.findall(text)):
            if word and word not in words:
                words.append(word)
    words.extend(word for word in APP_WORDS if word not in words)
    return words


def _estimate(text: str, user_inputs: Sequence[str]) -> dict:
    """zxcvbn's verdict on as much of the start of `text` as it can judge quickly."""
    from zxcvbn import matching, zxcvbn  # lazily: its word lists are not free to load

    text = text[:ESTIMATED_CHARS]
    table = matching.relevant_l33t_subtable(text, matching.L33T_TABLE)
    readings = len(matching.enumerate_l33t_subs(table)) if table else 0
    length = max(MIN_ESTIMATED_CHARS, math.isqrt(ESTIMATE_BUDGET // (readings + 2)))
    with _ZXCVBN:
        return zxcvbn(text[:length], user_inputs=_context_words(user_inputs),
                      max_length=ESTIMATED_CHARS)
