"""How strong a new passphrase looks, for the strength meter beside the field.

A rough estimate of the entropy of the characters used (pool size to the power
of the length), discounted for repeated characters. It guides; the rule that is
enforced is only the minimum length.
"""

from __future__ import annotations

import math
import string

LABELS = ("too weak", "weak", "fair", "good", "strong")


def strength(passphrase: str) -> tuple[int, str, int]:
    """(score 0–4, label, estimated bits)."""
    if not passphrase:
        return 0, LABELS[0], 0
    pool = 0
    for chars, size in ((string.ascii_lowercase, 26), (string.ascii_uppercase, 26),
                        (string.digits, 10), (string.punctuation + " ", 33)):
        if any(c in chars for c in passphrase):
            pool += size
    if any(ord(c) > 127 for c in passphrase):
        pool += 100
    distinct = len(set(passphrase))
    effective = min(len(passphrase), distinct * 2)
    bits = int(effective * math.log2(max(pool, 2)))
    score = 0 if bits < 40 else 1 if bits < 60 else 2 if bits < 80 else 3 if bits < 100 else 4
    return score, LABELS[score], bits
