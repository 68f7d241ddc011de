"""The auditor's physical count: a sample plan nobody can steer (FORMAT.md §11).

`make_plan` verifies the attestation with its leaves under the auditor's own
policy, takes the nonce the auditor drew after it was final (drawing one into
the nonce file when that file does not exist yet), and writes the plan: the
parameters, the seed and every holding to count with its leaf, so that the
count sheets need nothing else and anyone with the plan, the statement and the
leaves re-derives the same sample (`derive_sample`).
"""

from __future__ import annotations

import hashlib
import secrets
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from itertools import compress
from pathlib import Path
from typing import Any

from app.attest import canonical, sampling, statement
from app.attest.dsse import Envelope
from app.attest.fileio import mapped, read_file, write_atomic
from app.attest.formats import load_document
from app.domain.errors import InvalidInput
from app.domain.messages import msg
from app.services import verifying

PLAN_FORMAT = "tijori-audit-plan"
PLAN_VERSION = 1
NONCE_BYTES = 32
#: A SampleFrame's kinds (b"s" a bar or lot, b"a" a tank or gas, always counted) as 1 or 0.
_IS_SAMPLED = bytes(int(byte == ord("s")) for byte in range(256))
_NOT = bytes([1, 0]) + bytes(254)


@dataclass(frozen=True)
class Sample:
    """What a seed chooses among the leaves: positions (leaf indexes, sorted) of the
    sampled bars and lots, and of the tanks and gas inventories always counted."""

    sampled: tuple[int, ...]
    always: tuple[int, ...]
    population: int  # bars and lots

    @property
    def indexes(self) -> list[int]:
        return sorted((*self.sampled, *self.always))


def read_nonce(path: str) -> bytes:
    """The auditor's nonce: 64 hex digits in `path`. When the file does not exist, 32 bytes
    are drawn from the system's random source and written there first (never over an
    existing file)."""
    file = Path(path)
    if not file.exists():
        write_atomic(file, secrets.token_bytes(NONCE_BYTES).hex().encode() + b"\n")
    text = read_file(file, "nonce file").decode("ascii", "replace").strip()
    try:
        nonce = bytes.fromhex(text)
    except ValueError:
        nonce = b""
    if len(nonce) != NONCE_BYTES or text != text.lower():
        raise InvalidInput(msg("the nonce file {path} must hold 64 lower-case hex digits (32 "
                               "random bytes)", path=path), "nonce")
    return nonce


def commitment_of(nonce: bytes) -> str:
    """The commitment a statement carries to an auditor's nonce: SHA-256, in hex."""
    return hashlib.sha256(nonce).hexdigest()


def commit_nonce(path: str) -> dict[str, Any]:
    """The nonce in `path` (drawn there first when the file does not exist) and its
    commitment, for the custodian to put in the statement before it is made."""
    drawn = not Path(path).exists()
    nonce = read_nonce(path)
    return {"commitment": commitment_of(nonce), "drawn": drawn, "nonce_file": str(path)}


def check_commitment(body: dict[str, Any], nonce: bytes) -> bool | None:
    """Whether the nonce is the one the statement's auditor committed to; None when the
    statement carries no commitment (the nonce was drawn after it, and only the auditor's
    care says it was drawn once)."""
    audit = body.get("audit")
    if not isinstance(audit, dict):
        return None
    return audit.get("nonce_commitment") == commitment_of(nonce)


def leaf_rows(leaves_data: bytes) -> list[bytes]:
    """The leaf lines of a leaves file (header left out), as the file holds them."""
    body = leaves_data[leaves_data.find(b"\n") + 1:]
    rows = body.split(b"\n")
    if rows and rows[-1] == b"":
        rows.pop()
    return rows


def read_frame(leaves_data: bytes, body: dict[str, Any], method: str, *,
               source: str = "leaves file", parallel: bool = True
               ) -> tuple[statement.SampleFrame, array]:
    """The sample frame of the attested leaves, and where each leaf starts in
    `leaves_data`: the leaves must be the statement's (its attestation id, tree size and
    root), else InvalidInput says how they differ.

    Only what the sample depends on is checked here, on two cores: the totals, the
    leaves' order and sites are `tijori verify`'s (and `verify` of a count's) to check.
    """
    header = statement.read_leaves_header(leaves_data, source, count=False)
    if header.get("attestation_id") != body["attestation_id"]:
        raise InvalidInput(msg("{source} holds the leaves of another attestation "
                               "({attestation_id})",
                               source=source,
                               attestation_id=header.get('attestation_id')), "leaves")
    read = partial(statement.sample_frame, quantities=method == "weighted")
    root, size, frame, error, starts = verifying.hash_and_read(
        leaves_data, leaves_data.find(b"\n") + 1, header["count"], read, parallel, starts=True)
    if size != header["count"]:
        raise InvalidInput(msg("{source} announces {count} leaves but holds {size} (truncated "
                               "or padded)",
                               source=source, count=header['count'], size=size), "leaves")
    if error:
        raise InvalidInput(msg("{source}: {error}", source=source, error=error), "leaves")
    if size != body["tree"]["size"] or root.hex() != body["tree"]["root"]:
        raise InvalidInput(msg("{source} does not give the attested tree ({size} leaves, root "
                               "{root}…; the statement says {size2}, {root2}…)",
                               source=source,
                               size=size,
                               root=root.hex()[:16],
                               size2=body['tree']['size'],
                               root2=body['tree']['root'][:16]), "leaves")
    return frame, starts


def leaf_rows_at(leaves_data: bytes, indexes: Sequence[int], starts: array | None = None
                 ) -> dict[int, bytes]:
    """The leaves at `indexes` (numbered from 0, in tree order), as the file holds them:
    from where each starts, when known (`read_frame`), else in one walk through the file,
    newlines counted a block at a time."""
    if starts is not None:
        last = len(starts) - 1
        return {i: leaves_data[starts[i]:starts[i + 1] - 1 if i < last else len(leaves_data)
                               ].rstrip(b"\n") for i in sorted(set(indexes))}
    rows: dict[int, bytes] = {}
    start = leaves_data.find(b"\n") + 1
    at = 0
    for index in sorted(set(indexes)):
        start = verifying.after_line(leaves_data, start, index - at)
        end = leaves_data.find(b"\n", start)
        rows[index] = leaves_data[start:end if end >= 0 else len(leaves_data)]
        at = index
    return rows


def derive_sample(seed_bytes: bytes, frame: statement.SampleFrame, method: str,
                  n: int) -> Sample:
    """The sample FORMAT.md §11.2 defines, from the frame of the leaves in tree order
    (for the weighted method, read with the sampled holdings' first quantities)."""
    flags = frame.kinds.translate(_IS_SAMPLED)  # 1 for a bar or lot, else 0
    population = list(compress(range(len(flags)), flags))
    always = tuple(compress(range(len(flags)), flags.translate(_NOT)))
    if method == "attribute":
        chosen = sampling.attribute_sample(seed_bytes, len(population), n)
    elif method == "weighted":
        picked: set[int] = set()
        for stratum in sampling.strata_of(frame.weights):
            picked.update(sampling.weighted_sample(seed_bytes, stratum, n))
        chosen = sorted(picked)
    else:
        raise InvalidInput(msg("the sampling method is attribute or weighted, not {method!r}",
                               method=method),
                           "method")
    return Sample(tuple(population[p] for p in chosen), always, len(population))


def make_plan(attestation_path: str, leaves_path: str, policy: Sequence[str] | str, *,
              confidence: str, tolerable_rate: str, nonce_file: str,
              method: str = "attribute", out: str, overwrite: bool = False) -> dict[str, Any]:
    """Verify the attestation (policy, signatures, and that the leaves give its tree),
    derive the sample, write the plan; the plan as written."""
    if method not in sampling.METHODS:
        raise InvalidInput(msg("the sampling method is attribute or weighted, not {method!r}",
                               method=method),
                           "method")
    c = sampling.percent(confidence, "confidence", Decimal(50), Decimal(100))
    r = sampling.percent(tolerable_rate, "tolerable rate", Decimal(0), Decimal(50))
    if Path(out).exists() and not overwrite:
        raise InvalidInput(msg("{out} exists; choose another name (or --force)", out=out), "out")
    data = read_file(attestation_path, "attestation")
    verdict = verifying.verify_attestation(data, verifying.read_trust(policy),
                                           source=str(attestation_path))
    if not verdict.ok:
        reasons = verdict.failed_checks()
        raise InvalidInput(msg("{attestation_path} does not verify under your policy, so no "
                               "sample is drawn from it ({reasons})",
                               attestation_path=attestation_path, reasons=reasons), "attestation")
    envelope = Envelope.loads(data, source=str(attestation_path))
    body = canonical.loads(envelope.payload, source="statement")
    digest = statement.statement_digest(envelope.payload)
    n = sampling.sample_size(c, r)
    with mapped(leaves_path, "leaves file") as leaves_data:  # each worker reads its half
        return _plan(body, data, leaves_data, leaves_path, c, r, n, digest,
                     method=method, nonce_file=nonce_file, out=out, overwrite=overwrite)


def _plan(body: dict[str, Any], data: bytes, leaves_data: bytes,
          leaves_path: str, c: Decimal, r: Decimal, n: int, digest: str, *, method: str,
          nonce_file: str, out: str, overwrite: bool) -> dict[str, Any]:
    frame, starts = read_frame(leaves_data, body, method, source=str(leaves_path))
    if isinstance(body.get("audit"), dict) and not Path(nonce_file).exists():
        raise InvalidInput(msg("the statement carries the auditor's commitment to a nonce: give "
                               "the nonce file drawn then (`tijori audit commit`); {nonce_file} "
                               "does not exist, and a new nonce would not match",
                               nonce_file=nonce_file), "nonce")
    nonce = read_nonce(nonce_file)
    if check_commitment(body, nonce) is False:
        raise InvalidInput(msg("the nonce in {nonce_file} is not the one the statement's "
                               "auditor committed to (its SHA-256 differs from "
                               "audit.nonce_commitment): no sample is drawn from another nonce",
                               nonce_file=nonce_file), "nonce")
    seed_bytes = sampling.seed(digest, nonce)
    sample = derive_sample(seed_bytes, frame, method, n)
    rows = leaf_rows_at(leaves_data, sample.indexes, starts)
    always = set(sample.always)
    plan = {
        "attestation": {"as_of": body["as_of"], "attestation_id": body["attestation_id"],
                        "digest": digest, "root": body["tree"]["root"],
                        "size": body["tree"]["size"]},
        "confidence": str(c), "envelope": canonical.loads(data, source="attestation"),
        "format": PLAN_FORMAT,
        "holdings": [{"index": i, "leaf": rows[i].decode(),
                      "why": "always" if i in always else "sampled"}
                     for i in sample.indexes],
        "method": method, "nonce": nonce.hex(),
        "nonce_committed": check_commitment(body, nonce) is True,
        "population": {"always": len(sample.always), "sampled_from": sample.population},
        "sample_size": n, "seed": seed_bytes.hex(), "tolerable_rate": str(r),
        "version": PLAN_VERSION,
    }
    write_atomic(out, canonical.dumps(plan) + b"\n", overwrite=overwrite)
    return plan


def load_plan(data: bytes, source: str = "plan") -> dict[str, Any]:
    """A plan file as a dict, its shape checked (format, version, members)."""
    plan = load_document(data, PLAN_FORMAT, source)
    needed = ("attestation", "confidence", "envelope", "holdings", "method", "nonce",
              "population", "sample_size", "seed", "tolerable_rate")
    missing = [name for name in needed if name not in plan]
    if missing:
        raise InvalidInput(msg("{source} lacks {missing}",
                               source=source, missing=', '.join(missing)))
    return plan
