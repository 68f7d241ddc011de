"""The names and versions of the files Tijori writes about attestations (FORMAT.md).

One home for them, so that the terminal's attesting service, the offline signer,
the verifier and the report writer agree on them without importing each other.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from app.attest import canonical
from app.domain.errors import InvalidInput
from app.domain.messages import msg

#: A signing request (FORMAT.md §6). Version 2 carries a version 2 statement and the
#: journal consistency proofs a signer needs to witness the journal (FORMAT.md §5.1).
REQUEST_FORMAT = "tijori-signing-request"
REQUEST_VERSION = 2
#: A signer's response: one signature of a request's payload (FORMAT.md §7).
RESPONSE_FORMAT = "tijori-signature"
#: An inclusion proof of one holding (FORMAT.md §9).
PROOF_FORMAT = "tijori-proof"
#: A holding's proof chained through its member's attestation to a programme's (§13.6).
PROGRAMME_PROOF_FORMAT = "tijori-programme-proof"
#: The JSON report bundle (FORMAT.md §10.3).
BUNDLE_FORMAT = "tijori-report"
BUNDLE_MEMBERS = ("envelope", "format", "leaves", "policy", "proofs", "public", "version")
#: The roles whose thresholds an attestation must meet.
ATTESTED_ROLES = ("custodian", "auditor")
#: Unsigned member of an attestation file: {keyid: time the signer's response states}.
SIGNED_AT = "signedAt"


def load_document(data: bytes, fmt: str, source: str,
                  versions: tuple[int, ...] = (1,)) -> dict[str, Any]:
    """A Tijori JSON file of format `fmt` and one of `versions`, as a dict.

    Anything else is InvalidInput naming `source`: not JSON, unsafe JSON, another
    format, or a version this Tijori does not read.
    """
    try:
        obj = canonical.loads(data, source=source)
    except canonical.UnsafeJSON as exc:
        raise InvalidInput(msg("{source} is not a Tijori file ({reason})",
                               source=source, reason=exc.reason)) from None
    except InvalidInput:
        raise InvalidInput(msg("{source} is not a Tijori file (not JSON)", source=source)) from None
    if not isinstance(obj, dict) or obj.get("format") != fmt:
        raise InvalidInput(msg("{source} is not a {fmt} file", source=source, fmt=fmt))
    version = obj.get("version")
    if isinstance(version, bool) or version not in versions:
        raise InvalidInput(msg("{source} is a {fmt} file of version {version!r}, which this "
                               "Tijori does not read (it reads version {map})",
                               source=source,
                               fmt=fmt,
                               version=version,
                               map=' or '.join(map(str, versions))))
    return obj


def tree_cache_path(leaves_path: str | os.PathLike) -> Path:
    """Where the leaves' Merkle levels are cached for fast proofs: LEAVES.tree
    (FORMAT.md §4.3: a cache, never trusted; a damaged one is rebuilt)."""
    return Path(f"{leaves_path}.tree")
