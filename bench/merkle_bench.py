"""Merkle tree build time: Tijori's `MerkleTree` against pymerkle's in-memory tree.

Both build an RFC 9162 tree over the same leaves: SHA-256 with the 0x00 leaf and
0x01 node prefixes (pymerkle's default "security" mode), so their roots must be
equal. pymerkle 7.x is not a Tijori dependency; install it to run this:
`.venv/bin/pip install pymerkle`.

    python bench/merkle_bench.py [N]      # N random ~200-byte leaves, default 1,000,000
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.attest.merkle import MerkleTree


def compare_with_pymerkle(leaves: list[bytes]) -> dict:
    """Time building a tree of `leaves` with Tijori and with pymerkle, and compare roots.

    Each build starts from the leaves' data, so both times include hashing every
    leaf. pymerkle has no bulk build: its `append_entries` appends one leaf at a
    time, creating a node object per leaf and per inner node.

    Returns {"tijori_s", "pymerkle_s", "ratio" (pymerkle_s / tijori_s), "roots_equal"}.
    """
    from pymerkle import InmemoryTree

    start = time.perf_counter()
    ours = MerkleTree(leaves)
    tijori_s = time.perf_counter() - start

    start = time.perf_counter()
    # sha256 and security prefixes (disable_security=False) are pymerkle's defaults;
    # spelled out so that a change of defaults cannot silently change the comparison.
    theirs = InmemoryTree(algorithm="sha256", disable_security=False)
    for leaf in leaves:
        theirs.append_entry(leaf)
    # get_root() replaces get_state(), deprecated in pymerkle 7.0.
    their_root = theirs.get_root()
    pymerkle_s = time.perf_counter() - start

    return {
        "tijori_s": tijori_s,
        "pymerkle_s": pymerkle_s,
        "ratio": pymerkle_s / tijori_s if tijori_s > 0 else float("inf"),
        "roots_equal": their_root == ours.root,
    }


def random_leaves(count: int, size: int = 200, seed: int = 20261125) -> list[bytes]:
    """`count` reproducible random leaves of about `size` bytes (±10%)."""
    rng = random.Random(seed)
    low, high = size * 9 // 10, size * 11 // 10
    return [rng.randbytes(rng.randint(low, high)) for _ in range(count)]


def main(argv: list[str]) -> int:
    count = int(argv[1].replace("_", "")) if len(argv) > 1 else 1_000_000
    leaves = random_leaves(count)
    print(f"leaves: {count:,} of {sum(map(len, leaves)) / max(count, 1):.0f} bytes on average")

    result = compare_with_pymerkle(leaves)
    print(f"tijori MerkleTree build:    {result['tijori_s']:8.2f} s")
    print(f"pymerkle InmemoryTree build: {result['pymerkle_s']:7.2f} s")
    print(f"ratio pymerkle / tijori:    {result['ratio']:8.1f}x")
    print(f"roots equal:                {result['roots_equal']}")

    tree = MerkleTree(leaves)
    indexes = random.Random(1).sample(range(count), min(count, 1000))
    start = time.perf_counter()
    for index in indexes:
        tree.inclusion_proof(index)
    per_proof = (time.perf_counter() - start) / max(len(indexes), 1)
    print(f"inclusion proof from the built tree: {per_proof * 1e6:.1f} µs each")
    return 0 if result["roots_equal"] else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
