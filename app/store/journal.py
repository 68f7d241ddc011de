"""The hash-chained journal.

Each event's hash covers its sequence number, time, actor, kind, the SHA-256
of its canonical-JSON payload and the previous event's hash:

    hash = SHA-256(JCS({"actor", "kind", "payload_sha256", "prev", "seq", "time"}))

Hashing the payload's digest rather than the payload keeps a million-bar import
to one pass over its bytes. The first event's `prev` is 64 zeros.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from app.attest import canonical

GENESIS = "0" * 64


@dataclass(frozen=True)
class Event:
    seq: int
    time: str
    actor: str
    kind: str
    payload: bytes
    prev_hash: str
    hash: str

    def payload_obj(self) -> Any:
        return canonical.loads(self.payload)


def event_hash(seq: int, time: str, actor: str, kind: str, payload: bytes, prev: str) -> str:
    header = {
        "actor": actor,
        "kind": kind,
        "payload_sha256": hashlib.sha256(payload).hexdigest(),
        "prev": prev,
        "seq": seq,
        "time": time,
    }
    return hashlib.sha256(canonical.dumps(header)).hexdigest()


def make_event(seq: int, time: str, actor: str, kind: str, payload: bytes, prev: str) -> Event:
    return Event(seq, time, actor, kind, payload, prev, event_hash(seq, time, actor, kind,
                                                                   payload, prev))
