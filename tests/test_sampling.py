"""The auditor's sample: its size, its seed, and that anyone re-derives it exactly."""

from __future__ import annotations

import hashlib
import math
import random
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.attest import canonical, sampling, statement
from app.domain.errors import InvalidInput
from app.services import verifying

DIGEST = hashlib.sha256(b"a statement").hexdigest()


@pytest.mark.parametrize(("confidence", "rate", "n"), [
    ("95", "1", 299), ("90", "5", 45), ("99", "1", 459), ("95", "5", 59), ("99.9", "0.1", 6905),
])
def test_sample_size_is_the_attribute_formula(confidence: str, rate: str, n: int) -> None:
    got = sampling.sample_size(Decimal(confidence), Decimal(rate))
    assert got == n
    # the same as the formula in floating point, where that is not at an integer boundary
    assert got == math.ceil(math.log(1 - float(confidence) / 100)
                            / math.log(1 - float(rate) / 100))
    # and the smallest: one fewer would not give the confidence
    assert (1 - float(rate) / 100) ** (got - 1) > 1 - float(confidence) / 100


@pytest.mark.parametrize(("text", "problem"), [
    ("abc", "number of percent"), ("100", "between"), ("0", "between"), ("-5", "between"),
    ("95.125", "two decimal places"), ("NaN", "between"),
])
def test_percentages_out_of_range_are_refused(text: str, problem: str) -> None:
    with pytest.raises(InvalidInput, match=problem):
        sampling.percent(text, "confidence", Decimal(0), Decimal(100))


def test_seed_binds_the_statement_and_the_nonce() -> None:
    nonce = bytes(range(32))
    assert sampling.seed(DIGEST, nonce) == hashlib.sha256(bytes.fromhex(DIGEST) + nonce).digest()
    assert sampling.seed(DIGEST, nonce) != sampling.seed(DIGEST, nonce[::-1])
    other = hashlib.sha256(b"another statement").hexdigest()
    assert sampling.seed(DIGEST, nonce) != sampling.seed(other, nonce)


def test_draw_is_the_documented_hash() -> None:
    seed = sampling.seed(DIGEST, b"\x01" * 32)
    expected = int.from_bytes(hashlib.sha256(seed + b"attribute\x00" + (7).to_bytes(8, "big"))
                              .digest(), "big") % 1000
    assert sampling.draw(seed, "attribute", 7, 1000) == expected


def test_attribute_sample_is_distinct_sorted_and_reproducible() -> None:
    seed = sampling.seed(DIGEST, b"\x02" * 32)
    first = sampling.attribute_sample(seed, 1_000_000, 299)
    assert len(first) == 299 == len(set(first))
    assert first == sorted(first) and first[0] >= 0 and first[-1] < 1_000_000
    assert sampling.attribute_sample(seed, 1_000_000, 299) == first
    other = sampling.attribute_sample(sampling.seed(DIGEST, b"\x03" * 32), 1_000_000, 299)
    assert len(set(first) & set(other)) < 5  # a new nonce is a new sample


def test_a_population_no_larger_than_the_sample_is_counted_whole() -> None:
    seed = sampling.seed(DIGEST, b"\x04" * 32)
    assert sampling.attribute_sample(seed, 120, 299) == list(range(120))
    small = sampling.attribute_sample(seed, 300, 299)
    assert len(small) == 299 and len(set(small)) == 299


@settings(max_examples=60, deadline=None)
@given(nonce=st.binary(min_size=32, max_size=32), population=st.integers(1, 5000),
       n=st.integers(1, 400))
def test_attribute_sample_properties(nonce: bytes, population: int, n: int) -> None:
    chosen = sampling.attribute_sample(sampling.seed(DIGEST, nonce), population, n)
    assert len(chosen) == min(n, population)  # something was drawn, exactly as many as asked
    assert all(0 <= i < population for i in chosen)
    assert chosen == sorted(set(chosen))


def test_weighted_sample_favours_the_heavy() -> None:
    # one bar of 1,000 ozt among 999 of 1 ozt: half the weight, so about half the points
    quantities = [("gold", "ozt", "1.000")] * 999 + [("gold", "ozt", "1000.000")]
    (stratum,) = sampling.strata(quantities)
    assert stratum.weights[-1] == 1_000_000 and stratum.weights[0] == 1000
    hits = 0
    for nonce in range(40):
        seed = sampling.seed(DIGEST, nonce.to_bytes(32, "big"))
        if 999 in sampling.weighted_sample(seed, stratum, 10):
            hits += 1
    assert hits >= 38  # P(missed by 10 points) = 2^-10 per plan


def test_weighted_sample_keeps_commodities_apart_and_skips_zero_weights() -> None:
    quantities = [("gold", "ozt", "400.125"), ("silver", "ozt", "1000.1"),
                  ("gold", "ozt", "0.000"), ("copper", "t", "25.0001"), ("gold", "ozt", "12.5")]
    found = sampling.strata(quantities)
    assert [(s.commodity, s.unit) for s in found] == [("copper", "t"), ("gold", "ozt"),
                                                      ("silver", "ozt")]
    gold = found[1]
    assert list(gold.positions) == [0, 2, 4] and list(gold.weights) == [400125, 0, 12500]
    seed = sampling.seed(DIGEST, b"\x05" * 32)
    chosen = sampling.weighted_sample(seed, gold, 50)
    assert 2 not in chosen and set(chosen) <= {0, 4} and 0 in chosen
    assert sampling.weighted_sample(seed, gold, 50) == chosen



def test_weights_read_fast_agree_with_decimal_arithmetic() -> None:
    """One JSON decode reads a stratum whose quantities share their places; mixed places,
    "0.500" (not a JSON number once its point is gone) and negatives take the slow road:
    every road gives quantity × 10^places exactly."""
    cases = [["400.125", "399.990", "1.000"], ["0.500", "12.250"], ["25", "24.5", "0.0001"],
             ["-1.5", "2.0"], ["7"]]
    for texts in cases:
        (stratum,) = sampling.strata([("gold", "ozt", t) for t in texts])
        places = max(len(t.partition(".")[2]) for t in texts)
        assert list(stratum.weights) == [int(Decimal(t).scaleb(places)) for t in texts]


@pytest.mark.parametrize("bad", ["1e3", "+5", "01.5", "-0", "-0.000", " 5", "1_000", "5."])
def test_a_quantity_not_of_the_format_is_named(bad: str) -> None:
    with pytest.raises(InvalidInput, match="holding 1: its quantity"):
        sampling.strata([("gold", "ozt", "1.000"), ("gold", "ozt", bad)])


def test_after_line_counts_blocks_then_lines() -> None:
    rng = random.Random(7)
    for _ in range(300):
        lines = [b"x" * rng.randrange(0, 40) for _ in range(rng.randrange(1, 80))]
        data = b"H\n" + b"\n".join(lines) + b"\n"
        k = rng.randrange(0, len(lines) + 1)
        expected = 2 + sum(len(line) + 1 for line in lines[:k])
        for block in (1, 3, 64, 1 << 20):
            assert verifying.after_line(data, 2, k, block) == expected
    assert verifying.after_line(b"H\nab\n", 2, 5) == 5  # asked past the end: the end


def _leaf(kind: str, hid: int, commodity: str, unit: str, quantity: str) -> bytes:
    holding = {"id": hid, "kind": kind, "site": "V", "quantities": [
        {"commodity": commodity, "quantity": quantity, "unit": unit}]}
    return statement.make_leaf(canonical.dumps(holding), bytes(32))


def test_a_frame_read_in_runs_joins_to_the_frame_read_whole() -> None:
    """Runs split anywhere (as the two workers split the leaves) join to one frame: the
    second run's positions move on, and a stratum whose runs differ in places is rescaled."""
    leaves = [_leaf("bar", 1, "gold", "ozt", "400.1"), _leaf("bar", 2, "gold", "ozt", "7"),
              _leaf("bar", 3, "silver", "ozt", "1000.5"),
              _leaf("bar", 4, "gold", "ozt", "400.125"), _leaf("lot", 5, "copper", "t", "25.000"),
              _leaf("tank", 6, "crude", "bbl", "900.00"), _leaf("gas", 7, "lng", "MMBtu", "5")]
    whole = statement.sample_frame(leaves, quantities=True)
    assert whole.kinds == b"sssssaa"
    assert whole.weights[("gold", "ozt")] == sampling.Weights([0, 1, 3], [400100, 7000, 400125], 3)
    for cut in range(len(leaves) + 1):
        runs = statement.sample_frame(leaves[:cut], quantities=True).then(
            statement.sample_frame(leaves[cut:], cut, quantities=True))
        assert runs.kinds == whole.kinds
        assert {key: (list(w.positions), w.at(3)) for key, w in runs.weights.items()} == {
            key: (list(w.positions), w.at(3)) for key, w in whole.weights.items()}
        def flat(strata):
            return [(x.commodity, x.unit, list(x.positions), list(x.weights)) for x in strata]
        assert flat(sampling.strata_of(runs.weights)) == flat(sampling.strata_of(whole.weights))


def test_a_malformed_leaf_in_the_frame_is_named() -> None:
    leaves = [_leaf("bar", 1, "gold", "ozt", "400.1"), b'{"holding":{"kind":"bar",',
              _leaf("tank", 3, "crude", "bbl", "9.00")]
    with pytest.raises(InvalidInput, match=r"leaf 1 \(line 3 of the leaves file\)"):
        statement.sample_frame(leaves, quantities=True)
    bad = [_leaf("bar", 1, "gold", "ozt", "400.1"), _leaf("bar", 2, "gold", "ozt", "4e2")]
    with pytest.raises(InvalidInput, match=r"leaf 1 \(line 3 of the leaves file\): its qu"):
        statement.sample_frame(bad, quantities=True)
