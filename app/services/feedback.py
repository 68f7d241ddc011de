"""What a save recorded, in one line for the status bar.

Every change to a ledger is one or more journal events; after a save the
desktop application says which, in the words of `timeline`: "Received PAMP
2022 A0001, 400.120 ozt fine, at LDN-V1 A-01 (event 12)", in the language of
the `translate` it is given (`timeline.describe`'s; English without one).
"""

from __future__ import annotations

from app.services import timeline
from app.services.timeline import QT_TRANSLATE_NOOP, Translate
from app.store.ledger import Ledger


def head_seq(ledger: Ledger) -> int:
    """The number of the ledger's last event (0 for none)."""
    return ledger.head()[0]


def recorded_since(ledger: Ledger, seq: int, translate: Translate | None = None,
                   name: Translate | None = None) -> str:
    """The events after `seq` as one line; "" when nothing was recorded.

    Only the last event's payload is read: a large import is many events of
    25,000 bars each, and the last one names the whole import.
    """
    last = head_seq(ledger)
    if last <= seq:
        return ""
    event = next(ledger.events(since=last - 1), None)
    if event is None:
        return ""
    sentence = timeline.describe(event, translate, name).sentence
    if last - seq == 1:
        return sentence
    return timeline.Words(translate)(
        QT_TRANSLATE_NOOP("Timeline", "{n} events recorded; the last: {sentence}"),
        n=last - seq, sentence=sentence)
