"""RFC 9162 (Certificate Transparency v2) Merkle trees over SHA-256.

An attestation commits to its holdings through the root of a Merkle tree whose
leaves are the canonical records of the holdings. Hashing follows RFC 9162
§2.1 exactly, so that any CT-compatible tool can check our proofs:

* leaf hash = SHA-256(0x00 ‖ leaf) and node hash = SHA-256(0x01 ‖ left ‖ right).
  The distinct prefixes keep a leaf from ever passing for an inner node (the
  second-preimage attack on unprefixed trees);
* a tree of n > 1 leaves splits at k, the largest power of two smaller than n;
* the empty tree's root is SHA-256 of the empty string.

Two ways in:

* module-level functions (`root`, `inclusion_proof`, `consistency_proof`,
  `verify_inclusion`, `verify_consistency`) whose names and signatures other
  tools rely on; the builders hash the leaves they are given every time;
* `MerkleTree`, which hashes every level once (iteratively) and then answers
  root and proof queries in O(log n), for trees of a million leaves.

`MerkleTree` builds level by level, pairing neighbours and carrying an odd last
node up unchanged. That gives the same tree as RFC 9162's recursive split: the
left subtree of the RFC split is always a perfect tree of 2^j leaves, which a
pairwise build also forms, and an unpaired last node at some level is exactly
the RFC's right subtree that has not yet met its sibling. The tests check this
against a literal recursive implementation for every size up to 70.

Builders raise `InvalidInput` for an index or size out of range. Verifiers never
raise: anything malformed (wrong types, hashes that are not 32 bytes, index not
below size, sizes out of order, proofs of the wrong length) makes them return
False. Sizes are limited to below 2**64, as in CT, where tree sizes are uint64.
"""

from __future__ import annotations

from collections.abc import Sequence
from hashlib import sha256

from app.domain.errors import InvalidInput
from app.domain.messages import msg

__all__ = [
    "EMPTY_ROOT",
    "HASH_SIZE",
    "MerkleTree",
    "consistency_proof",
    "inclusion_proof",
    "leaf_hash",
    "node_hash",
    "root",
    "verify_consistency",
    "verify_inclusion",
]

HASH_SIZE = 32
"""Bytes in a SHA-256 digest, and so in every hash and proof element here."""

EMPTY_ROOT = sha256(b"").digest()
"""The root of the tree with no leaves (RFC 9162 §2.1.1: the hash of an empty string)."""

_MAX_SIZE = 1 << 64
_LEAF_PREFIX = LEAF_PREFIX = b"\x00"
_NODE_PREFIX = b"\x01"


def leaf_hash(leaf: bytes) -> bytes:
    """Hash one leaf's data: SHA-256(0x00 ‖ leaf)."""
    return sha256(_LEAF_PREFIX + leaf).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    """Hash two child hashes into their parent: SHA-256(0x01 ‖ left ‖ right)."""
    return sha256(_NODE_PREFIX + left + right).digest()


class MerkleTree:
    """An RFC 9162 tree with every level hashed once, for fast roots and proofs.

    Each level is kept as one `bytes` object of concatenated 32-byte hashes
    (level 0 holds the leaf hashes, the last level holds the root). One buffer
    per level costs 32 bytes a hash, where a list of `bytes` objects would cost
    about 80, and two neighbours are one 64-byte slice, which is exactly what
    the node hash needs after its prefix. The object is immutable once built.
    """

    __slots__ = ("_levels", "_size")

    _levels: list[bytes]
    _size: int

    def __init__(self, leaves: Sequence[bytes]) -> None:
        """Build the tree from the leaves' data (each leaf is hashed here).

        A leaf that is not bytes-like raises TypeError: that is a bug in the
        caller, not something a user typed.
        """
        self._build(b"".join([sha256(_LEAF_PREFIX + leaf).digest() for leaf in leaves]))

    @classmethod
    def from_leaf_hashes(cls, hashes: Sequence[bytes]) -> MerkleTree:
        """Build the tree from leaf hashes already computed as `leaf_hash(leaf)`.

        This is how a verifier that holds only leaf hashes, or a caller that hashed
        the leaves while producing them, avoids hashing twice.
        """
        if not set(map(len, hashes)) <= {HASH_SIZE}:
            bad = next(i for i, h in enumerate(hashes) if len(h) != HASH_SIZE)
            raise InvalidInput(
                msg("Leaf hash {bad} is {count} bytes long; a SHA-256 hash has 32.",
                    bad=bad, count=len(hashes[bad]))
            )
        tree = cls.__new__(cls)
        tree._build(b"".join(hashes))
        return tree

    def _build(self, level: bytes) -> None:
        """Hash level after level up to the root, carrying an odd last node up unchanged."""
        self._size = len(level) // HASH_SIZE
        levels = [level]
        width = self._size
        while width > 1:
            paired = (width // 2) * 2 * HASH_SIZE
            # The hot loop: one slice, one concatenation and one hash per node.
            parents = b"".join(
                [sha256(_NODE_PREFIX + level[i : i + 64]).digest() for i in range(0, paired, 64)]
            )
            if width & 1:
                parents += level[paired:]
            level = parents
            levels.append(level)
            width = (width + 1) // 2
        self._levels = levels

    def __repr__(self) -> str:
        return f"MerkleTree(size={self._size}, root={self.root.hex()})"

    _MAGIC = b"TIJORI-MERKLE-LEVELS-1\n"

    def to_bytes(self) -> bytes:
        """Every level, for a cache file: magic, size (8 bytes big-endian), levels in order.

        A cache is a convenience for making proofs quickly, never a source of
        trust: a proof made from a wrong cache fails against the signed root.
        """
        return self._MAGIC + self._size.to_bytes(8, "big") + b"".join(self._levels)

    @classmethod
    def from_bytes(cls, data: bytes) -> MerkleTree:
        """Read `to_bytes` back; InvalidInput if it is not a whole tree cache."""
        magic = cls._MAGIC
        if data[: len(magic)] != magic or len(data) < len(magic) + 8:
            raise InvalidInput("This is not a Tijori Merkle tree cache.")
        size = int.from_bytes(data[len(magic) : len(magic) + 8], "big")
        offset, width, levels = len(magic) + 8, size, []
        while True:
            end = offset + width * HASH_SIZE
            if end > len(data):
                raise InvalidInput("The Merkle tree cache is truncated.")
            levels.append(data[offset:end])
            offset = end
            if width <= 1:
                break
            width = (width + 1) // 2
        if offset != len(data):
            raise InvalidInput("The Merkle tree cache has trailing bytes.")
        tree = cls.__new__(cls)
        tree._size, tree._levels = size, levels
        return tree

    @property
    def size(self) -> int:
        """The number of leaves."""
        return self._size

    @property
    def root(self) -> bytes:
        """The tree's root hash (`EMPTY_ROOT` for a tree with no leaves)."""
        if self._size == 0:
            return EMPTY_ROOT
        return self._levels[-1]

    def leaf_hash(self, index: int) -> bytes:
        """The hash of leaf `index` (0-based), as stored in the tree."""
        _check_index(index, self._size)
        return self._levels[0][index * HASH_SIZE : (index + 1) * HASH_SIZE]

    def index_of(self, leaf_hash_value: bytes) -> int | None:
        """The first index whose leaf hash is `leaf_hash_value`, or None."""
        level = self._levels[0] if self._size else b""
        start = level.find(leaf_hash_value)
        while start >= 0 and start % HASH_SIZE:
            start = level.find(leaf_hash_value, start + 1)
        return None if start < 0 else start // HASH_SIZE

    def inclusion_proof(self, index: int) -> list[bytes]:
        """The audit path of leaf `index` (0-based), RFC 9162 §2.1.3.1, bottom to top."""
        _check_index(index, self._size)
        return self._path(0, index)

    def consistency_proof(self, old_size: int) -> list[bytes]:
        """The proof that the first `old_size` leaves are this tree's prefix, §2.1.4.1.

        Needs 0 < old_size <= size; the proof is empty when old_size == size. A
        proof from the empty tree is refused, as in the CT reference code: it
        would prove nothing.
        """
        size = self._size
        if not _is_count(old_size) or not 0 < old_size <= size:
            raise InvalidInput(
                msg("The old tree size must be between 1 and {size}; {old_size!r} is not.",
                    size=size, old_size=old_size)
                if size
                else "There is no consistency proof for an empty tree."
            )
        if old_size == size:
            return []
        # The old tree's last leaf sits under the largest perfect subtree that ends
        # at old_size, a stored node at level `height`. RFC 9162's SUBPROOF
        # descends to that node, emits its hash (unless it is the whole old tree,
        # which the verifier already knows as the old root) and then the hashes of
        # its siblings on the way up: its audit path in the new tree.
        height = (old_size & -old_size).bit_length() - 1
        index = (old_size - 1) >> height
        proof = self._path(height, index)
        if index:
            start = index * HASH_SIZE
            proof.insert(0, self._levels[height][start : start + HASH_SIZE])
        return proof

    def _path(self, height: int, index: int) -> list[bytes]:
        """Sibling hashes from node `index` at level `height` up to the root.

        A node with no sibling on its level is the odd last node that was carried
        up unchanged, so it contributes nothing at that level, just as the RFC's
        recursion skips it.
        """
        proof = []
        for level in self._levels[height:-1]:
            sibling = (index ^ 1) * HASH_SIZE
            if sibling < len(level):
                proof.append(level[sibling : sibling + HASH_SIZE])
            index >>= 1
        return proof


def root(leaves: Sequence[bytes]) -> bytes:
    """The RFC 9162 Merkle tree hash of the leaves' data."""
    return MerkleTree(leaves).root


def inclusion_proof(leaves: Sequence[bytes], index: int) -> list[bytes]:
    """The audit path for leaf `index` (0-based) of the leaves (RFC 9162 §2.1.3.1)."""
    _check_index(index, len(leaves))
    return MerkleTree(leaves).inclusion_proof(index)


def consistency_proof(leaves: Sequence[bytes], old_size: int) -> list[bytes]:
    """The consistency proof from the first `old_size` leaves to all of them (§2.1.4.1)."""
    return MerkleTree(leaves).consistency_proof(old_size)


def verify_inclusion(
    leaf: bytes, index: int, size: int, proof: Sequence[bytes], root: bytes
) -> bool:
    """Whether `proof` shows that `leaf` (its data) is leaf `index` of the tree `root`.

    The algorithm of RFC 9162 §2.1.3.2, which also checks that the proof has
    exactly the length a tree of `size` calls for.
    """
    if not (
        isinstance(leaf, bytes | bytearray)
        and _is_count(index)
        and _is_count(size)
        and index < size
        and _is_hash(root)
        and _is_proof(proof)
    ):
        return False
    fn, sn = index, size - 1
    r = leaf_hash(leaf)
    for p in proof:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = sha256(_NODE_PREFIX + p + r).digest()
            while fn and not fn & 1:
                fn >>= 1
                sn >>= 1
        else:
            r = sha256(_NODE_PREFIX + r + p).digest()
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == root


def verify_consistency(
    old_size: int, new_size: int, old_root: bytes, new_root: bytes, proof: Sequence[bytes]
) -> bool:
    """Whether `proof` shows that tree `old_root` of `old_size` leaves is a prefix of `new_root`.

    The algorithm of RFC 9162 §2.1.4.2 for 0 < old_size < new_size. Equal sizes
    need an empty proof and equal roots. An old size of 0 is refused (False), as
    in the CT reference verifier.
    """
    if not (
        _is_count(old_size)
        and _is_count(new_size)
        and 0 < old_size <= new_size
        and _is_hash(old_root)
        and _is_hash(new_root)
        and _is_proof(proof)
    ):
        return False
    if old_size == new_size:
        return len(proof) == 0 and old_root == new_root
    if len(proof) == 0:
        return False
    path = list(proof)
    if old_size & (old_size - 1) == 0:
        # The old tree is a perfect subtree of the new one; its root starts the path.
        path.insert(0, old_root)
    fn, sn = old_size - 1, new_size - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr = sha256(_NODE_PREFIX + c + fr).digest()
            sr = sha256(_NODE_PREFIX + c + sr).digest()
            while fn and not fn & 1:
                fn >>= 1
                sn >>= 1
        else:
            sr = sha256(_NODE_PREFIX + sr + c).digest()
        fn >>= 1
        sn >>= 1
    return sn == 0 and fr == old_root and sr == new_root


def _check_index(index: int, size: int) -> None:
    """Raise InvalidInput unless `index` names one of `size` leaves."""
    if not _is_count(index) or not index < size:
        raise InvalidInput(
            msg("Leaf index {index!r} is not between 0 and {value}.", index=index, value=size - 1)
            if size
            else "An empty tree has no leaves to prove."
        )


def _is_count(value: object) -> bool:
    """A non-negative int below 2**64 (bool is an int to Python, not to us)."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < _MAX_SIZE


def _is_hash(value: object) -> bool:
    """A 32-byte bytes or bytearray."""
    return isinstance(value, bytes | bytearray) and len(value) == HASH_SIZE


def _is_proof(proof: object) -> bool:
    """A sequence (not a byte string) of 32-byte hashes."""
    return (
        isinstance(proof, Sequence)
        and not isinstance(proof, str | bytes | bytearray | memoryview)
        and all(_is_hash(p) for p in proof)
    )
