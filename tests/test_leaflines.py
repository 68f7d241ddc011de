"""Leaves found where they lie (app/attest/leaflines.py) are the leaves `split` gives,
hashed to the same tree, over bytes and over a memory map of a real file."""

from __future__ import annotations

import mmap

from hypothesis import given
from hypothesis import strategies as st

from app.attest import merkle
from app.attest.leaflines import LeafLines, joined


def split(data: bytes, lo: int, hi: int) -> list[bytes]:
    lines = data[lo:hi].split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    return lines


lines_of_text = st.lists(st.binary(max_size=40).map(lambda b: b.replace(b"\n", b"")),
                         max_size=30)


@given(lines_of_text, st.booleans(), st.integers(0, 5))
def test_the_leaves_are_the_lines_split_gives(lines, trailing, head):
    data = b"h" * head + b"\n" * bool(head) + b"\n".join(lines) + (b"\n" if trailing else b"")
    lo = head + bool(head)
    found = LeafLines(data, lo, len(data))
    expected = split(data, lo, len(data))
    assert list(found) == expected
    assert len(found) == len(expected)
    if expected:
        assert found[-1] == expected[-1] and found[0] == expected[0]
        assert found.tree().root == merkle.MerkleTree(expected).root
        middle = len(expected) // 2
        assert bytes(found.text(middle, len(expected))) == b"\n".join(expected[middle:])
        assert bytes(joined(found, 0, middle)) == joined(expected, 0, middle)
    assert found.tree().size == len(expected)


def test_an_empty_line_between_is_an_empty_leaf_and_a_last_newline_is_none():
    found = LeafLines(b"a\n\nb\n", 0, 5)
    assert list(found) == [b"a", b"", b"b"]
    assert found[1:] == [b"", b"b"]
    assert list(LeafLines(b"", 0, 0)) == [] and LeafLines(b"", 0, 0).tree().size == 0


def test_over_a_memory_map_the_view_is_released(tmp_path):
    path = tmp_path / "leaves.jsonl"
    rows = [b'{"n":%d}' % n for n in range(2000)]
    path.write_bytes(b"header\n" + b"\n".join(rows) + b"\n")
    with path.open("rb") as file, mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as data:
        found = LeafLines(data, 7, len(data))
        assert found.tree().root == merkle.MerkleTree(rows).root
        with found.text(10, 13) as text:
            assert bytes(text) == b"\n".join(rows[10:13])
        assert found[1999] == rows[1999]
        del found
    # leaving the block closed the map: no view of it was left behind


def _leaf(kind: str, commodity: str, quantity: str, unit: str = "ozt") -> bytes:
    return (b'{"holding":{"kind":"%s","quantities":[{"commodity":"%s","quantity":"%s",'
            b'"unit":"%s"}]},"salt":"00","v":1}' % (kind.encode(), commodity.encode(),
                                                     quantity.encode(), unit.encode()))


def test_the_strata_are_the_same_whatever_commodity_the_leaves_name():
    """Bars and lots of the usual metals are decoded as literals; another commodity takes
    the general decoder, and both give the same strata (found in place or in a list)."""
    from app.attest import statement

    usual = [_leaf("bar", "gold", "400.125"), _leaf("bar", "gold", "399.500"),
             _leaf("lot", "copper", "25.010", "t"), _leaf("tank", "crude-oil", "10.00", "bbl")]
    odd = [row.replace(b'"gold"', b'"rhodium"') for row in usual]
    for rows in (usual, odd):
        data = b"\n".join(rows) + b"\n"
        for leaves in (LeafLines(data, 0, len(data)), rows):
            frame = statement.sample_frame(leaves, 0, None, quantities=True)
            assert frame.kinds == b"sssa"
            metal = rows[0][rows[0].find(b'commodity":"') + 12:].split(b'"')[0].decode()
            gold = frame.weights[(metal, "ozt")]
            assert list(gold.positions) == [0, 1] and gold.units == [400125, 399500]
            assert gold.places == 3
            assert frame.weights[("copper", "t")].units == [25010]
