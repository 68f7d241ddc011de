"""Movement details common to every change: seals, witness, supporting documents."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.domain.errors import InvalidInput
from app.domain.messages import msg

KINDS = ("receipt", "withdrawal", "transfer", "adjustment", "inventory")


def _text(value: str, field_name: str, limit: int = 200) -> str:
    value = value.strip()
    if len(value) > limit or not value.isprintable():
        raise InvalidInput(
            msg("{field_name} must be at most {limit} printable characters",
                field_name=field_name, limit=limit), field_name
        )
    return value


def file_sha256(path: str | os.PathLike, what: str = "document") -> str:
    """The SHA-256 of a file, read a megabyte at a time."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
    except OSError as exc:
        raise InvalidInput(msg("cannot read {what} {path}: {strerror}",
                               what=what, path=path, strerror=exc.strerror), what) from None
    return digest.hexdigest()


@dataclass(frozen=True)
class Movement:
    """Who saw it, what sealed it, and the SHA-256 of each supporting document."""

    kind: str = "receipt"
    seals: tuple[str, ...] = ()
    witness: str = ""
    documents: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    note: str = ""

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise InvalidInput(msg("movement kind {kind!r} is not one of {KINDS}",
                                   kind=self.kind, KINDS=', '.join(KINDS)))

    @classmethod
    def build(
        cls,
        kind: str,
        *,
        seals: Iterable[str] = (),
        witness: str = "",
        documents: Sequence[str | os.PathLike] = (),
        note: str = "",
    ) -> Movement:
        """Validate the details and hash the documents (files on this computer)."""
        return cls(
            kind=kind,
            seals=tuple(_text(s, "seal", 64) for s in seals if s.strip()),
            witness=_text(witness, "witness"),
            documents=tuple((Path(d).name, file_sha256(d)) for d in documents),
            note=_text(note, "note", 1000),
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "seals": list(self.seals),
            "witness": self.witness,
            "documents": [{"name": n, "sha256": h} for n, h in self.documents],
            "note": self.note,
        }
