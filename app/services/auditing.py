"""The auditor's physical count: a sample plan nobody can steer (FORMAT.md §11).

`make_plan` verifies the attestation with its leaves under the auditor's own
policy, takes the nonce the auditor drew after it was final (drawing one into
the nonce file when that file does not exist yet), and writes the plan: the
parameters, the seed and every holding to count with its leaf, so that the
count sheets need nothing else and anyone with the plan, the statement and the
leaves re-derives the same sample (`derive_sample`).
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.attest import canonical, sampling, statement
from app.attest.dsse import Envelope
from app.attest.fileio import read_file, write_atomic
from app.attest.formats import load_document
from app.domain.errors import InvalidInput
from app.services import verifying

PLAN_FORMAT = "tijori-audit-plan"
PLAN_VERSION = 1
NONCE_BYTES = 32
SAMPLED_KINDS = ("bar", "lot")  # tanks and gas are always counted


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
        raise InvalidInput(f"the nonce file {path} must hold 64 lower-case hex digits "
                           f"(32 random bytes)", "nonce")
    return nonce


def leaf_rows(leaves_data: bytes) -> list[bytes]:
    """The leaf lines of a leaves file (header left out), as the file holds them."""
    body = leaves_data[leaves_data.find(b"\n") + 1:]
    rows = body.split(b"\n")
    if rows and rows[-1] == b"":
        rows.pop()
    return rows


def derive_sample(seed_bytes: bytes, holdings: Sequence[Any], method: str, n: int) -> Sample:
    """The sample FORMAT.md §11.2 defines, from the holdings of the leaves in tree order
    (each with `kind` and `quantities`, as `statement.holdings_of` decodes them)."""
    population = [i for i, h in enumerate(holdings) if h.kind in SAMPLED_KINDS]
    always = tuple(i for i, h in enumerate(holdings) if h.kind not in SAMPLED_KINDS)
    if method == "attribute":
        chosen = sampling.attribute_sample(seed_bytes, len(population), n)
    elif method == "weighted":
        first = [holdings[i].quantities[0] for i in population]
        strata = sampling.strata([(q.commodity, q.unit, q.quantity) for q in first])
        picked: set[int] = set()
        for stratum in strata:
            picked.update(sampling.weighted_sample(seed_bytes, stratum, n))
        chosen = sorted(picked)
    else:
        raise InvalidInput(f"the sampling method is attribute or weighted, not {method!r}",
                           "method")
    return Sample(tuple(population[p] for p in chosen), always, len(population))


def make_plan(attestation_path: str, leaves_path: str, policy: Sequence[str] | str, *,
              confidence: str, tolerable_rate: str, nonce_file: str,
              method: str = "attribute", out: str, overwrite: bool = False) -> dict[str, Any]:
    """Verify the attestation with its leaves, derive the sample, write the plan; the plan
    as written."""
    if method not in sampling.METHODS:
        raise InvalidInput(f"the sampling method is attribute or weighted, not {method!r}",
                           "method")
    c = sampling.percent(confidence, "confidence", Decimal(50), Decimal(100))
    r = sampling.percent(tolerable_rate, "tolerable rate", Decimal(0), Decimal(50))
    if Path(out).exists() and not overwrite:
        raise InvalidInput(f"{out} exists; choose another name (or --force)", "out")
    data = read_file(attestation_path, "attestation")
    leaves_data = read_file(leaves_path, "leaves file")
    verdict = verifying.verify_attestation(data, verifying.read_trust(policy),
                                           leaves=leaves_data, source=str(attestation_path))
    if not verdict.ok:
        reasons = "; ".join(f"{c.name}: {c.reason}" for c in verdict.failures)
        raise InvalidInput(f"{attestation_path} does not verify under your policy, so no "
                           f"sample is drawn from it ({reasons})", "attestation")
    envelope = Envelope.loads(data, source=str(attestation_path))
    body = canonical.loads(envelope.payload, source="statement")
    digest = statement.statement_digest(envelope.payload)
    nonce = read_nonce(nonce_file)
    seed_bytes = sampling.seed(digest, nonce)
    rows = leaf_rows(leaves_data)
    holdings = [holding for _, holding in statement.holdings_of(rows)]
    n = sampling.sample_size(c, r)
    sample = derive_sample(seed_bytes, holdings, method, n)
    always = set(sample.always)
    plan = {
        "attestation": {"as_of": body["as_of"], "attestation_id": body["attestation_id"],
                        "digest": digest, "root": body["tree"]["root"],
                        "size": body["tree"]["size"]},
        "confidence": str(c), "format": PLAN_FORMAT,
        "holdings": [{"index": i, "leaf": rows[i].decode(),
                      "why": "always" if i in always else "sampled"}
                     for i in sample.indexes],
        "method": method, "nonce": nonce.hex(),
        "population": {"always": len(sample.always), "sampled_from": sample.population},
        "sample_size": n, "seed": seed_bytes.hex(), "tolerable_rate": str(r),
        "version": PLAN_VERSION,
    }
    write_atomic(out, canonical.dumps(plan) + b"\n", overwrite=overwrite)
    return plan


def load_plan(data: bytes, source: str = "plan") -> dict[str, Any]:
    """A plan file as a dict, its shape checked (format, version, members)."""
    plan = load_document(data, PLAN_FORMAT, source)
    needed = ("attestation", "confidence", "holdings", "method", "nonce", "population",
              "sample_size", "seed", "tolerable_rate")
    missing = [name for name in needed if name not in plan]
    if missing:
        raise InvalidInput(f"{source} lacks {', '.join(missing)}")
    return plan
