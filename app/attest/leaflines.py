"""The leaves of a leaves file found where they lie, not copied out one by one.

A leaves file of a million holdings is some 450 MB. Splitting it into a million `bytes`
copies it whole, and on a virtual machine the page faults of that fresh memory cost as
much as the hashing. `LeafLines` keeps only where each leaf starts (8 bytes a leaf, in
one array) over the file's bytes or memory map; a leaf is copied only when asked for,
and a run of leaves is handed to a decoder as a view of the file.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Sequence
from hashlib import sha256
from typing import Any, overload

from app.attest import merkle


class LeafLines(Sequence[bytes]):
    """The lines of `data[lo:hi]`, one leaf each: a newline ends a leaf (a last newline
    starts no other), so an empty line in between is an empty leaf, as `split` gives."""

    def __init__(self, data: Any, lo: int, hi: int, limit: int | None = None) -> None:
        """The lines from `lo` up to `hi`, or the first `limit` of them."""
        self.data = data
        starts, ends = array("q"), array("q")
        mark, close, find = starts.append, ends.append, data.find
        at = lo
        left = len(data) if limit is None else limit
        while at < hi and left:
            end = find(b"\n", at, hi)
            if end < 0:
                end = hi
            mark(at)
            close(end)
            at = end + 1
            left -= 1
        self.starts, self.ends = starts, ends

    def __len__(self) -> int:
        return len(self.starts)

    def _end(self, index: int) -> int:
        return self.ends[index]

    @overload
    def __getitem__(self, index: int) -> bytes: ...

    @overload
    def __getitem__(self, index: slice) -> list[bytes]: ...

    def __getitem__(self, index: int | slice) -> bytes | list[bytes]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return bytes(self.data[self.starts[index]:self._end(index)])

    def __iter__(self) -> Iterator[bytes]:
        return (self[i] for i in range(len(self)))

    def text(self, first: int, stop: int) -> memoryview:
        """Leaves `first` to `stop - 1` as the file holds them, a newline between each (a
        view of the file: release it before the file's memory map is closed)."""
        if first >= stop:
            return memoryview(b"")
        return memoryview(self.data)[self.starts[first]:self._end(stop - 1)]

    def tree(self) -> merkle.MerkleTree:
        """The RFC 9162 tree of these leaves, each hashed from a view of the file."""
        prefix = merkle.LEAF_PREFIX
        with memoryview(self.data) as view:
            digests = [sha256(prefix + view[start:end]).digest()
                       for start, end in zip(self.starts, self.ends, strict=True)]
        return merkle.MerkleTree.from_leaf_hashes(digests)


def joined(leaves: Sequence[bytes], first: int, stop: int) -> bytes | memoryview:
    """Leaves `first` to `stop - 1` joined by newlines: a view of the file for
    `LeafLines`, a new bytes for a list."""
    if isinstance(leaves, LeafLines):
        return leaves.text(first, stop)
    return b"\n".join(leaves[first:stop])
