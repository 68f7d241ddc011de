"""Collecting a transfer's QR parts one text at a time, as a camera reads them."""

from __future__ import annotations

import os
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.attest import qrframes
from app.attest.qrframes import INVALID, NEW, OTHER, REPEAT, Collector, split
from app.domain.errors import InvalidInput


def test_parts_in_any_order_with_repeats_give_the_message():
    message = os.urandom(4000)
    parts = split(message, max_chars=300)
    collector = Collector()
    outcomes = [collector.add(text).outcome for text in reversed(parts)]
    assert outcomes == [NEW] * len(parts)
    assert collector.complete and collector.have == collector.count == len(parts)
    assert collector.add(parts[0]).outcome == REPEAT
    assert collector.add(parts[0].lower()).outcome == REPEAT  # scanners may change case
    assert collector.message() == message


def test_another_transfer_and_what_is_no_part_are_set_aside_with_why():
    ours, theirs = split(os.urandom(900), max_chars=300), split(os.urandom(900), max_chars=300)
    collector = Collector()
    assert collector.add(ours[1]).outcome == NEW
    seen = collector.add(theirs[0])
    assert seen.outcome == OTHER and "belongs to another transfer" in seen.reason
    assert collector.add("https://example.com/not-ours").outcome == INVALID
    assert "not a Tijori QR part" in collector.add("hello").reason
    assert collector.have == 1 and collector.missing() == [1, *range(3, len(ours) + 1)]


def test_two_different_codes_for_one_part_are_refused_and_a_damaged_whole_is_caught():
    message = os.urandom(600)
    parts = split(message, max_chars=300)
    collector = Collector()
    collector.add(parts[0])
    head, _, data = parts[0].rpartition(":")
    forged = f"{head}:{'A' * len(data)}"
    seen = collector.add(forged)
    assert seen.outcome == INVALID and "both claim to be part 1" in seen.reason
    # A part whose data was altered but is read first: the whole fails its digest.
    other = Collector()
    other.add(forged)
    for text in parts[1:]:
        other.add(text)
    assert other.complete
    with pytest.raises(InvalidInput, match="does not match its digest"):
        other.message()


@settings(max_examples=40, deadline=None)
@given(st.binary(min_size=0, max_size=3000), st.integers(0, 2**32 - 1),
       st.integers(120, qrframes.MAX_PART_CHARS))
def test_any_order_and_repeats_always_reassemble(message, seed, max_chars):
    parts = split(message, max_chars=max_chars)
    rng = random.Random(seed)
    stream = parts + [rng.choice(parts) for _ in range(len(parts))]
    rng.shuffle(stream)
    collector = Collector()
    outcomes = [collector.add(text).outcome for text in stream]
    assert outcomes.count(NEW) == len(parts)  # every part was taken once, no more
    assert outcomes.count(REPEAT) == len(stream) - len(parts)
    assert collector.message() == message
