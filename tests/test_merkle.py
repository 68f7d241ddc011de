"""RFC 9162 Merkle trees: published vectors, a literal recursive reference, and properties.

The reference vectors are those of the Certificate Transparency reference code
(certificate-transparency's merkle_tree_test.cc, carried over to Go in
transparency-dev/merkle proof/verify_test.go, where leaf indexes are 1-based;
they are 0-based here).
"""

from __future__ import annotations

import hashlib
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.attest import merkle
from app.attest.merkle import (
    EMPTY_ROOT,
    MerkleTree,
    consistency_proof,
    inclusion_proof,
    leaf_hash,
    node_hash,
    root,
    verify_consistency,
    verify_inclusion,
)
from app.domain.errors import InvalidInput


def h(hexstr: str) -> bytes:
    return bytes.fromhex(hexstr)


# --- Published vectors -----------------------------------------------------------------

CT_LEAVES = [
    h(""),
    h("00"),
    h("10"),
    h("2021"),
    h("3031"),
    h("40414243"),
    h("5051525354555657"),
    h("606162636465666768696a6b6c6d6e6f"),
]

CT_ROOTS = {
    0: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    1: "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    2: "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    3: "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    4: "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    5: "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    6: "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    7: "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    8: "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
}

# (index, tree size) -> audit path
CT_INCLUSION = {
    (0, 1): [],
    (0, 8): [
        "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
    ],
    (5, 8): [
        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    ],
    (2, 3): [
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    ],
    (1, 5): [
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
    ],
}

# (old size, new size) -> consistency proof
CT_CONSISTENCY = {
    (1, 1): [],
    (1, 8): [
        "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
    ],
    (6, 8): [
        "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    ],
    (2, 5): [
        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
    ],
    (6, 7): [
        "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
        "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    ],
}


# --- A literal recursive reference (RFC 9162 §2.1.1, §2.1.3.1, §2.1.4.1) ---------------


def _split(n: int) -> int:
    """The largest power of two smaller than n (n > 1)."""
    return 1 << ((n - 1).bit_length() - 1)


def ref_mth(d: tuple[bytes, ...]) -> bytes:
    n = len(d)
    if n == 0:
        return hashlib.sha256(b"").digest()
    if n == 1:
        return hashlib.sha256(b"\x00" + d[0]).digest()
    k = _split(n)
    return hashlib.sha256(b"\x01" + ref_mth(d[:k]) + ref_mth(d[k:])).digest()


def ref_path(m: int, d: tuple[bytes, ...]) -> list[bytes]:
    n = len(d)
    if n == 1:
        return []
    k = _split(n)
    if m < k:
        return [*ref_path(m, d[:k]), ref_mth(d[k:])]
    return [*ref_path(m - k, d[k:]), ref_mth(d[:k])]


def ref_proof(m: int, d: tuple[bytes, ...]) -> list[bytes]:
    return ref_subproof(m, d, True)


def ref_subproof(m: int, d: tuple[bytes, ...], b: bool) -> list[bytes]:
    n = len(d)
    if m == n:
        return [] if b else [ref_mth(d)]
    k = _split(n)
    if m <= k:
        return [*ref_subproof(m, d[:k], b), ref_mth(d[k:])]
    return [*ref_subproof(m - k, d[k:], False), ref_mth(d[:k])]


def distinct_leaves(n: int) -> tuple[bytes, ...]:
    """n different leaves of varied length."""
    return tuple(i.to_bytes(2, "big") * (i % 5) if i % 5 else bytes([i]) for i in range(n))


@cache
def ref_roots(n: int) -> tuple[bytes, ...]:
    leaves = distinct_leaves(n)
    return tuple(ref_mth(leaves[:s]) for s in range(n + 1))


def flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :]


# --- Hash primitives --------------------------------------------------------------------


def test_leaf_and_node_hashes_use_the_rfc_prefixes():
    assert leaf_hash(b"abc") == hashlib.sha256(b"\x00abc").digest()
    left, right = leaf_hash(b"a"), leaf_hash(b"b")
    assert node_hash(left, right) == hashlib.sha256(b"\x01" + left + right).digest()
    assert node_hash(left, right) != node_hash(right, left)


def test_empty_tree_root_is_sha256_of_nothing():
    assert EMPTY_ROOT.hex() == CT_ROOTS[0]
    assert root([]) == EMPTY_ROOT
    assert MerkleTree([]).root == EMPTY_ROOT
    assert MerkleTree.from_leaf_hashes([]).root == EMPTY_ROOT
    assert MerkleTree([]).size == 0


def test_a_leaf_cannot_pass_for_an_inner_node():
    """The 0x00/0x01 prefixes stop the second-preimage trick of unprefixed trees."""
    a, b = b"left", b"right"
    forged_leaf = leaf_hash(a) + leaf_hash(b)
    assert root([forged_leaf]) != root([a, b])
    assert root([a, b]) == node_hash(leaf_hash(a), leaf_hash(b))


# --- Published vectors ------------------------------------------------------------------


@pytest.mark.parametrize("size", range(9))
def test_ct_reference_roots(size):
    leaves = CT_LEAVES[:size]
    assert root(leaves).hex() == CT_ROOTS[size]
    assert MerkleTree(leaves).root.hex() == CT_ROOTS[size]
    hashes = [leaf_hash(leaf) for leaf in leaves]
    assert MerkleTree.from_leaf_hashes(hashes).root.hex() == CT_ROOTS[size]


@pytest.mark.parametrize(("index", "size"), sorted(CT_INCLUSION))
def test_ct_reference_inclusion_proofs(index, size):
    expected = [h(x) for x in CT_INCLUSION[index, size]]
    leaves = CT_LEAVES[:size]
    assert inclusion_proof(leaves, index) == expected
    assert MerkleTree(leaves).inclusion_proof(index) == expected
    assert verify_inclusion(CT_LEAVES[index], index, size, expected, h(CT_ROOTS[size]))
    assert not verify_inclusion(CT_LEAVES[index], index, size, expected, h(CT_ROOTS[size - 1]))


@pytest.mark.parametrize(("old", "new"), sorted(CT_CONSISTENCY))
def test_ct_reference_consistency_proofs(old, new):
    expected = [h(x) for x in CT_CONSISTENCY[old, new]]
    leaves = CT_LEAVES[:new]
    assert consistency_proof(leaves, old) == expected
    assert MerkleTree(leaves).consistency_proof(old) == expected
    assert verify_consistency(old, new, h(CT_ROOTS[old]), h(CT_ROOTS[new]), expected)
    wrong_old = h(CT_ROOTS[old - 1]) if old > 1 else h(CT_ROOTS[2])
    assert not verify_consistency(old, new, wrong_old, h(CT_ROOTS[new]), expected)


# --- Level-by-level build == the RFC's recursive split, every size 0..70 ----------------

SIZES = range(71)


@pytest.mark.parametrize("size", SIZES)
def test_tree_matches_recursive_reference(size):
    leaves = distinct_leaves(size)
    tree = MerkleTree(leaves)
    by_hashes = MerkleTree.from_leaf_hashes([leaf_hash(leaf) for leaf in leaves])
    expected_root = ref_mth(leaves)
    assert tree.size == by_hashes.size == size
    assert tree.root == by_hashes.root == root(leaves) == expected_root

    for index in range(size):
        expected = ref_path(index, leaves)
        assert tree.inclusion_proof(index) == expected
        assert by_hashes.inclusion_proof(index) == expected
        assert inclusion_proof(leaves, index) == expected
        assert tree.leaf_hash(index) == leaf_hash(leaves[index])
        assert len(expected) <= (size - 1).bit_length()
        assert verify_inclusion(leaves[index], index, size, expected, expected_root)

    for old in range(1, size + 1):
        expected = ref_proof(old, leaves)
        assert tree.consistency_proof(old) == expected
        assert by_hashes.consistency_proof(old) == expected
        assert consistency_proof(leaves, old) == expected
        old_root = ref_mth(leaves[:old])
        assert verify_consistency(old, size, old_root, expected_root, expected)


N_TAMPER = 20


@pytest.mark.parametrize("size", range(1, N_TAMPER + 1))
def test_inclusion_proof_is_bound_to_index_and_size(size):
    """Against the true root of each claimed size, a proof passes only where it belongs."""
    leaves = distinct_leaves(N_TAMPER)
    roots = ref_roots(N_TAMPER)
    tree = MerkleTree(leaves[:size])
    for index in range(size):
        proof = tree.inclusion_proof(index)
        for other_size in range(1, N_TAMPER + 1):
            for other_index in range(other_size):
                claimed = (other_index, other_size) == (index, size)
                result = verify_inclusion(
                    leaves[index], other_index, other_size, proof, roots[other_size]
                )
                assert result is claimed, (index, size, other_index, other_size)


@pytest.mark.parametrize("size", range(2, N_TAMPER + 1))
def test_consistency_proof_is_bound_to_both_sizes(size):
    """Against the true roots of the claimed sizes, a proof passes only for its own sizes."""
    leaves = distinct_leaves(N_TAMPER)
    roots = ref_roots(N_TAMPER)
    tree = MerkleTree(leaves[:size])
    for old in range(1, size):
        proof = tree.consistency_proof(old)
        for a in range(1, N_TAMPER + 1):
            for b in range(a, N_TAMPER + 1):
                result = verify_consistency(a, b, roots[a], roots[b], proof)
                assert result is ((a, b) == (old, size)), (old, size, a, b)


@pytest.mark.parametrize("size", [1, 2, 3, 5, 8])
def test_a_proof_longer_than_the_size_allows_fails_even_with_a_matching_root(size):
    """The RFC stops when the path reaches the root's level (sn == 0) before the proof ends.

    Without that stop, an extra element would just hash one level higher, and a
    root forged to match that extra level would be accepted for the claimed size.
    """
    leaves = CT_LEAVES[:size]
    extra = leaf_hash(b"extra")
    index = size - 1
    proof = inclusion_proof(leaves, index)
    forged_root = node_hash(extra, root(leaves))
    assert not verify_inclusion(leaves[index], index, size, [*proof, extra], forged_root)
    assert verify_inclusion(leaves[index], index, size, proof, root(leaves))

    if size >= 5:
        old = 3  # not a power of two, so the old root is checked, not used as the seed
        cproof = consistency_proof(leaves, old)
        forged_new = node_hash(extra, root(leaves))
        forged_old = node_hash(extra, root(leaves[:old]))
        assert not verify_consistency(old, size, forged_old, forged_new, [*cproof, extra])
        assert verify_consistency(old, size, root(leaves[:old]), root(leaves), cproof)


def test_size_is_only_bound_through_the_root():
    """A known RFC 9162 property, pinned here so nobody relies on the size alone.

    The audit path of leaf 0 in a 3-leaf tree has the same shape as in a 4-leaf
    tree, so with the 3-leaf root it also verifies when the size is claimed to be 4.
    The root does not encode the size; an attestation must sign size and root
    together (ours does), and verifiers must take both from the signed statement.
    """
    leaves = CT_LEAVES[:3]
    proof = inclusion_proof(leaves, 0)
    assert verify_inclusion(leaves[0], 0, 3, proof, root(leaves))
    assert verify_inclusion(leaves[0], 0, 4, proof, root(leaves))
    assert not verify_inclusion(leaves[0], 0, 4, proof, root(CT_LEAVES[:4]))


# --- Properties -------------------------------------------------------------------------

unique_leaves = st.lists(st.binary(max_size=24), min_size=1, max_size=300, unique=True)


@settings(max_examples=150, deadline=None)
@given(leaves=unique_leaves, data=st.data())
def test_every_inclusion_proof_verifies_and_any_tampering_fails(leaves, data):
    size = len(leaves)
    tree = MerkleTree(leaves)
    the_root = tree.root
    index = data.draw(st.integers(0, size - 1), label="index")
    leaf = leaves[index]
    proof = tree.inclusion_proof(index)
    assert proof == inclusion_proof(leaves, index)
    assert verify_inclusion(leaf, index, size, proof, the_root)

    assert not verify_inclusion(leaf + b"\x00", index, size, proof, the_root)
    if leaf:
        at = data.draw(st.integers(0, len(leaf) - 1), label="leaf byte")
        assert not verify_inclusion(flip(leaf, at), index, size, proof, the_root)
    at = data.draw(st.integers(0, 31), label="root byte")
    assert not verify_inclusion(leaf, index, size, proof, flip(the_root, at))
    if proof:
        which = data.draw(st.integers(0, len(proof) - 1), label="proof element")
        tampered = list(proof)
        tampered[which] = flip(proof[which], data.draw(st.integers(0, 31), label="byte"))
        assert not verify_inclusion(leaf, index, size, tampered, the_root)
        assert not verify_inclusion(leaf, index, size, proof[:-1], the_root)
        assert not verify_inclusion(leaf, index, size, proof[1:], the_root)
    assert not verify_inclusion(leaf, index, size, [*proof, the_root], the_root)
    assert not verify_inclusion(leaf, index, size, [the_root, *proof], the_root)
    if size > 1:
        other = data.draw(st.integers(0, size - 1).filter(lambda i: i != index), label="other")
        assert not verify_inclusion(leaf, other, size, proof, the_root)
        # The leaf that really is at `other` does not verify with this leaf's path.
        assert not verify_inclusion(leaves[other], index, size, proof, the_root)
    assert not verify_inclusion(leaf, index, size * 2, proof, the_root)
    assert not verify_inclusion(leaf, index, size + (1 << 20), proof, the_root)


@settings(max_examples=150, deadline=None)
@given(leaves=unique_leaves, data=st.data())
def test_consistency_proofs_verify_and_any_tampering_fails(leaves, data):
    size = len(leaves)
    tree = MerkleTree(leaves)
    new_root = tree.root
    old = data.draw(st.integers(1, size), label="old size")
    old_root = root(leaves[:old])
    proof = tree.consistency_proof(old)
    assert proof == consistency_proof(leaves, old)
    assert verify_consistency(old, size, old_root, new_root, proof)

    at = data.draw(st.integers(0, 31), label="byte")
    assert not verify_consistency(old, size, flip(old_root, at), new_root, proof)
    assert not verify_consistency(old, size, old_root, flip(new_root, at), proof)
    if proof:
        which = data.draw(st.integers(0, len(proof) - 1), label="proof element")
        tampered = list(proof)
        tampered[which] = flip(proof[which], at)
        assert not verify_consistency(old, size, old_root, new_root, tampered)
        assert not verify_consistency(old, size, old_root, new_root, proof[:-1])
        assert not verify_consistency(old, size, old_root, new_root, proof[1:])
    assert not verify_consistency(old, size, old_root, new_root, [*proof, new_root])
    # A history in which one old leaf was changed is not a prefix of this tree.
    changed = data.draw(st.integers(0, old - 1), label="changed leaf")
    rewritten = [*leaves[:changed], leaves[changed] + b"!", *leaves[changed + 1 : old]]
    assert not verify_consistency(old, size, root(rewritten), new_root, proof)
    if old < size:
        assert not verify_consistency(old, size, root(leaves[: old + 1]), new_root, proof)
        assert not verify_consistency(size, old, new_root, old_root, proof)


@settings(max_examples=60, deadline=None)
@given(leaves=st.lists(st.binary(max_size=16), max_size=200))
def test_tree_agrees_with_the_functions(leaves):
    tree = MerkleTree(leaves)
    assert tree.root == root(leaves) == ref_mth(tuple(leaves))
    assert tree.size == len(leaves)
    assert MerkleTree.from_leaf_hashes([leaf_hash(x) for x in leaves]).root == tree.root
    for index in {0, len(leaves) // 2, len(leaves) - 1} if leaves else set():
        assert tree.inclusion_proof(index) == inclusion_proof(leaves, index)
    for old in {1, len(leaves) // 2 or 1, len(leaves)} if leaves else set():
        assert tree.consistency_proof(old) == consistency_proof(leaves, old)


def test_larger_tree_against_reference():
    leaves = tuple(i.to_bytes(4, "big") for i in range(4099))
    tree = MerkleTree(leaves)
    assert tree.root == ref_mth(leaves)
    for index in (0, 1, 2047, 2048, 4095, 4096, 4097, 4098):
        assert tree.inclusion_proof(index) == ref_path(index, leaves)
    for old in (1, 3, 2048, 2049, 4095, 4096, 4097, 4098):
        assert tree.consistency_proof(old) == ref_proof(old, leaves)


def test_verifiers_accept_bytearray_and_tuple():
    leaves = CT_LEAVES[:5]
    proof = tuple(bytearray(p) for p in inclusion_proof(leaves, 3))
    assert verify_inclusion(bytearray(leaves[3]), 3, 5, proof, bytearray(root(leaves)))
    cproof = tuple(bytearray(p) for p in consistency_proof(leaves, 3))
    assert verify_consistency(3, 5, bytearray(root(leaves[:3])), root(leaves), cproof)


# --- Malformed input: verifiers say False, builders raise InvalidInput ------------------

_LEAVES5 = CT_LEAVES[:5]
_ROOT5 = root(_LEAVES5)
_PROOF3 = inclusion_proof(_LEAVES5, 3)
_LEAF3 = _LEAVES5[3]


@pytest.mark.parametrize(
    ("leaf", "index", "size", "proof", "the_root"),
    [
        pytest.param(_LEAF3, 5, 5, _PROOF3, _ROOT5, id="index == size"),
        pytest.param(_LEAF3, 9, 5, _PROOF3, _ROOT5, id="index > size"),
        pytest.param(_LEAF3, -1, 5, _PROOF3, _ROOT5, id="negative index"),
        pytest.param(_LEAF3, 3, -5, _PROOF3, _ROOT5, id="negative size"),
        pytest.param(_LEAF3, 0, 0, [], EMPTY_ROOT, id="empty tree"),
        pytest.param(_LEAF3, 3.0, 5, _PROOF3, _ROOT5, id="float index"),
        pytest.param(_LEAF3, 3, "5", _PROOF3, _ROOT5, id="str size"),
        pytest.param(_LEAF3, 3, 1 << 64, _PROOF3, _ROOT5, id="size beyond uint64"),
        pytest.param(_LEAF3, True, 5, _PROOF3, _ROOT5, id="bool index"),
        pytest.param(_LEAF3.hex(), 3, 5, _PROOF3, _ROOT5, id="str leaf"),
        pytest.param(None, 3, 5, _PROOF3, _ROOT5, id="no leaf"),
        pytest.param(_LEAF3, 3, 5, None, _ROOT5, id="no proof"),
        pytest.param(_LEAF3, 3, 5, b"".join(_PROOF3), _ROOT5, id="proof as one blob"),
        pytest.param(_LEAF3, 3, 5, [p.hex() for p in _PROOF3], _ROOT5, id="hex proof"),
        pytest.param(_LEAF3, 3, 5, [*_PROOF3[:-1], _PROOF3[-1][:31]], _ROOT5, id="31-byte element"),
        pytest.param(_LEAF3, 3, 5, [*_PROOF3[:-1], _PROOF3[-1] + b"\x00"], _ROOT5, id="33 bytes"),
        pytest.param(_LEAF3, 3, 5, [*_PROOF3, b""], _ROOT5, id="empty trailing element"),
        pytest.param(_LEAF3, 3, 5, _PROOF3, _ROOT5[:31], id="short root"),
        pytest.param(_LEAF3, 3, 5, _PROOF3, _ROOT5.hex(), id="hex root"),
        pytest.param(_LEAF3, 3, 5, _PROOF3, None, id="no root"),
    ],
)
def test_verify_inclusion_says_false_to_malformed_input(leaf, index, size, proof, the_root):
    assert verify_inclusion(_LEAF3, 3, 5, _PROOF3, _ROOT5)  # the well-formed original passes
    assert verify_inclusion(leaf, index, size, proof, the_root) is False


_CLEAVES = CT_LEAVES[:7]
_NEW = root(_CLEAVES)
_OLD = root(_CLEAVES[:3])
_CPROOF = consistency_proof(_CLEAVES, 3)


@pytest.mark.parametrize(
    ("old_size", "new_size", "old_root", "new_root", "proof"),
    [
        pytest.param(7, 3, _NEW, _OLD, _CPROOF, id="old > new"),
        pytest.param(0, 7, EMPTY_ROOT, _NEW, [], id="from the empty tree"),
        pytest.param(0, 0, EMPTY_ROOT, EMPTY_ROOT, [], id="empty to empty"),
        pytest.param(-3, 7, _OLD, _NEW, _CPROOF, id="negative old"),
        pytest.param(3, -7, _OLD, _NEW, _CPROOF, id="negative new"),
        pytest.param(3, 7.0, _OLD, _NEW, _CPROOF, id="float size"),
        pytest.param(3, 1 << 64, _OLD, _NEW, _CPROOF, id="size beyond uint64"),
        pytest.param(3, 7, _OLD, _NEW, [], id="empty proof for growth"),
        pytest.param(3, 3, _OLD, _OLD, [_OLD], id="non-empty proof for equal sizes"),
        pytest.param(3, 3, _OLD, _NEW, [], id="equal sizes, different roots"),
        pytest.param(3, 7, _OLD[:31], _NEW, _CPROOF, id="short old root"),
        pytest.param(3, 7, _OLD, _NEW + b"\x00", _CPROOF, id="long new root"),
        pytest.param(3, 7, None, _NEW, _CPROOF, id="no old root"),
        pytest.param(3, 7, _OLD, _NEW, None, id="no proof"),
        pytest.param(3, 7, _OLD, _NEW, b"".join(_CPROOF), id="proof as one blob"),
        pytest.param(3, 7, _OLD, _NEW, [*_CPROOF[:-1], _CPROOF[-1][:31]], id="31-byte element"),
        pytest.param(3, 7, _OLD, _NEW, [*_CPROOF, _NEW], id="extra element"),
        pytest.param(3, 7, _OLD, _NEW, _CPROOF[:-1], id="missing element"),
    ],
)
def test_verify_consistency_says_false_to_malformed_input(
    old_size, new_size, old_root, new_root, proof
):
    assert verify_consistency(3, 7, _OLD, _NEW, _CPROOF)  # the well-formed original passes
    assert verify_consistency(old_size, new_size, old_root, new_root, proof) is False


def test_equal_sizes_need_an_empty_proof_and_equal_roots():
    assert verify_consistency(3, 3, _OLD, bytearray(_OLD), [])
    assert consistency_proof(_CLEAVES, 7) == []


@pytest.mark.parametrize("index", [-1, 5, 6, 100, True, 2.0, "1", None])
def test_inclusion_builders_reject_a_bad_index(index):
    with pytest.raises(InvalidInput, match="index"):
        inclusion_proof(_LEAVES5, index)
    with pytest.raises(InvalidInput, match="index"):
        MerkleTree(_LEAVES5).inclusion_proof(index)
    with pytest.raises(InvalidInput, match="index"):
        MerkleTree(_LEAVES5).leaf_hash(index)


def test_inclusion_builders_reject_an_empty_tree():
    with pytest.raises(InvalidInput, match="empty tree"):
        inclusion_proof([], 0)
    with pytest.raises(InvalidInput, match="empty tree"):
        MerkleTree([]).inclusion_proof(0)


@pytest.mark.parametrize("old_size", [0, -1, 6, 100, False, 1.0, None])
def test_consistency_builders_reject_a_bad_old_size(old_size):
    with pytest.raises(InvalidInput, match="between 1 and 5"):
        consistency_proof(_LEAVES5, old_size)
    with pytest.raises(InvalidInput, match="between 1 and 5"):
        MerkleTree(_LEAVES5).consistency_proof(old_size)


def test_no_consistency_proof_for_an_empty_tree():
    with pytest.raises(InvalidInput, match="empty tree"):
        consistency_proof([], 0)


@pytest.mark.parametrize("bad", [b"\x00" * 31, b"\x00" * 33, b""])
def test_from_leaf_hashes_rejects_hashes_of_the_wrong_length(bad):
    hashes = [leaf_hash(x) for x in CT_LEAVES]
    hashes[5] = bad
    with pytest.raises(InvalidInput, match=f"Leaf hash 5 is {len(bad)} bytes"):
        MerkleTree.from_leaf_hashes(hashes)


def test_invalid_input_messages_are_plain_sentences():
    with pytest.raises(InvalidInput) as caught:
        inclusion_proof(_LEAVES5, 7)
    assert str(caught.value) == "Leaf index 7 is not between 0 and 4."
    assert caught.value.exit_code == 2


def test_tree_repr_names_size_and_root():
    assert repr(MerkleTree(CT_LEAVES)) == f"MerkleTree(size=8, root={CT_ROOTS[8]})"


# --- Independent implementation ---------------------------------------------------------


@pytest.mark.parametrize("size", [0, 1, 2, 3, 5, 8, 13, 31, 64, 70])
def test_agrees_with_pymerkle(size):
    """pymerkle is an independent RFC 9162 implementation (used by bench/merkle_bench.py)."""
    pymerkle = pytest.importorskip("pymerkle")
    leaves = distinct_leaves(size)
    other = pymerkle.InmemoryTree(algorithm="sha256")
    for leaf in leaves:
        other.append_entry(leaf)
    tree = MerkleTree(leaves)
    assert other.get_root() == tree.root
    for index in range(size):
        # pymerkle's path starts with the leaf's own hash, then the RFC audit path.
        their = other.prove_inclusion(index + 1, size).path
        assert [leaf_hash(leaves[index]), *tree.inclusion_proof(index)] == their


def test_module_exports_the_fixed_api():
    for name in (
        "root",
        "inclusion_proof",
        "verify_inclusion",
        "consistency_proof",
        "verify_consistency",
        "leaf_hash",
        "node_hash",
        "MerkleTree",
    ):
        assert name in merkle.__all__
        assert callable(getattr(merkle, name))


def test_tree_cache_round_trip_and_refusals():
    from app.attest.merkle import MerkleTree
    from app.domain.errors import InvalidInput

    for size in (0, 1, 2, 3, 7, 8, 33):
        tree = MerkleTree([bytes([i]) * 3 for i in range(size)])
        again = MerkleTree.from_bytes(tree.to_bytes())
        assert again.root == tree.root and again.size == size
        if size:
            assert again.inclusion_proof(size - 1) == tree.inclusion_proof(size - 1)
    data = MerkleTree([b"a", b"b", b"c"]).to_bytes()
    for broken in (data[:-1], data + b"x", b"junk" + data[4:]):
        with pytest.raises(InvalidInput):
            MerkleTree.from_bytes(broken)
