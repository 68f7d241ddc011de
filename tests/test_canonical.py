"""The fast canonical-JSON path gives exactly the bytes of the RFC 8785 reference encoder."""

from __future__ import annotations

import pytest
import rfc8785
from hypothesis import given
from hypothesis import strategies as st

from app.attest import canonical
from app.domain.errors import InvalidInput

# JSON values as Tijori writes them: no floats; integers within ±2^53.
keys = st.text(max_size=12)
scalars = st.one_of(st.none(), st.booleans(), st.integers(-(2**53) + 1, 2**53 - 1),
                    st.text(max_size=30))
values = st.recursive(
    scalars,
    lambda children: st.one_of(st.lists(children, max_size=5),
                               st.dictionaries(keys, children, max_size=5)),
    max_leaves=30,
)


@given(values)
def test_equals_reference_encoder(value):
    assert canonical.dumps(value) == rfc8785.dumps(value)


@given(st.dictionaries(st.text(alphabet="\ue000\uffff\U0001f600ab", max_size=3),
                       st.integers(-(2**53) + 1, 2**53 - 1), max_size=6))
def test_non_ascii_keys_sort_by_utf16_like_the_reference(value):
    assert canonical.dumps(value) == rfc8785.dumps(value)


def test_control_characters_and_unicode_escape_like_the_reference():
    value = {"a": "\x00\x01\x08\t\n\x0c\r\x1f\"\\/\u2028é😀", "b": ["x", "\x7f"]}
    assert canonical.dumps(value) == rfc8785.dumps(value)


def test_columnar_lists_of_strings_take_the_fast_path_and_agree():
    value = {"columns": {"serial": [f"S{i}" for i in range(1000)], "brand": ["PAMP"] * 1000}}
    assert canonical.dumps(value) == rfc8785.dumps(value)


@pytest.mark.parametrize("bad", [1.5, {"q": 0.1}, [float("nan")], {"n": 2**60}, {1: "x"},
                                 b"bytes"])
def test_refuses_what_is_not_canonical_json(bad):
    with pytest.raises(InvalidInput):
        canonical.dumps(bad)


def test_loads_refuses_floats_and_duplicate_keys():
    with pytest.raises(InvalidInput, match="not allowed"):
        canonical.loads(b'{"q":1.5}')
    with pytest.raises(InvalidInput, match="duplicate"):
        canonical.loads(b'{"a":1,"a":2}')
    assert canonical.loads(b'{"q":"1.5"}') == {"q": "1.5"}


def test_every_character_escapes_like_the_reference():
    """The fast path is trusted string by string: each code point, in every position."""
    code_points = [c for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    for start in range(0, len(code_points), 4096):
        chunk = [chr(c) for c in code_points[start:start + 4096]]
        value = {"one": chunk, "all": "".join(chunk)}
        assert canonical.dumps(value) == rfc8785.dumps(value), hex(code_points[start])
