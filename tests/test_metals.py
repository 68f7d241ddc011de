"""LBMA bar weights, bar identity and LME-style lots (app/domain/metals.py).

Expected values were worked out by hand (long multiplication / division on
paper, shown in the comments) and not by running the code under test.
"""

from __future__ import annotations

import dataclasses
from decimal import (
    ROUND_CEILING,
    ROUND_FLOOR,
    Context,
    Decimal,
    Inexact,
    Rounded,
    localcontext,
)
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.errors import InvalidInput, OutOfRange
from app.domain.metals import (
    ADVISORY_FLAGS,
    LOT_SIZE_T,
    SHAPES,
    BarWeights,
    BaseMetal,
    Metal,
    bar_weights,
    check_fine_oz,
    lot_record,
    normalize_bar_identity,
)

D = Decimal


def gold(gross_oz=None, fineness="999.9", **kw) -> BarWeights:
    return bar_weights("gold", gross_oz=gross_oz, fineness=fineness, **kw)


def silver(gross_oz=None, fineness="999.9", **kw) -> BarWeights:
    return bar_weights("silver", gross_oz=gross_oz, fineness=fineness, **kw)


def refused(exc_type, field, fn, *args, **kwargs):
    """Call fn, assert it raises exc_type for `field`; return the message."""
    with pytest.raises(exc_type) as info:
        fn(*args, **kwargs)
    assert info.value.field == field
    message = str(info.value)
    assert "\n" not in message
    return message


# ---------------------------------------------------------------- the LBMA sample row


def test_weight_list_sample_row_computes_exactly():
    # MEASUREMENT.md sample row: 401.125 ozt at 995.8 -> 399.440.
    # By hand: 401.125 x 995.8 = 401125 - 401.125 x 4.2 = 401125 - 1684.725 = 399440.275;
    # / 1000 = 399.440275 -> 399.440 (the 4th decimal is 2).
    w = gold("401.125", "995.8")
    assert w == BarWeights(D("401.125"), D("995.8"), D("399.440"), True, ())
    assert str(w.gross_oz) == "401.125"
    assert str(w.fine_oz) == "399.440"
    assert w.as_json() == {
        "gross_oz": "401.125",
        "fineness": "995.8",
        "fine_oz": "399.440",
        "good_delivery": True,
        "flags": [],
    }


def test_metal_may_be_enum_or_any_case_text():
    for metal in (Metal.GOLD, "gold", " Gold "):
        assert bar_weights(metal, gross_oz="400", fineness="999.9").gross_oz == D("400.000")
    assert refused(InvalidInput, "metal", bar_weights, "platinum", gross_oz="1", fineness="999")


# ---------------------------------------------------------------- gross rounding


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("400.0249", "400.000"),  # just below a 0.025 multiple: down to 400.000
        ("400.025", "400.025"),  # exactly a multiple: unchanged
        ("400.0251", "400.025"),
        ("400.049999", "400.025"),
        ("400.05", "400.050"),
        ("400", "400.000"),  # written with 3 dp
        ("0.025", "0.025"),
    ],
)
def test_gold_gross_rounds_down_to_0_025(given, expected):
    w = gold(given)
    assert str(w.gross_oz) == expected


@pytest.mark.parametrize(
    ("given", "expected"),
    [("1000.09", "1000.0"), ("1000.1", "1000.1"), ("999.99", "999.9"), ("1000", "1000.0")],
)
def test_silver_gross_rounds_down_to_0_1(given, expected):
    assert str(silver(given).gross_oz) == expected


def test_gold_kg_converts_at_31_1034768_g_and_rounds_down():
    # 12.5 kg = 12500 g. By hand: 401.875 ozt x 31.1034768 g = 12441.39072 + 1.875 x 31.1034768
    # (= 58.319019) = 12499.709739 g <= 12500; one step more adds 0.77758692 g ->
    # 12500.487326 g > 12500. So 12.5 kg = 401.884... ozt -> 401.875.
    assert str(gold(gross_kg="12.5").gross_oz) == "401.875"
    # Exactly on a step: 401.875 ozt = 12.499709739 kg (from the line above) stays 401.875 ...
    assert str(gold(gross_kg="12.499709739").gross_oz) == "401.875"
    # ... and one microgram less falls to the step below.
    assert str(gold(gross_kg="12.499709738").gross_oz) == "401.850"


def test_silver_kg_rounds_down_to_0_1():
    # 401.8 x 31.1034768 = 12441.39072 + 55.98625824 = 12497.37697824 g <= 12500;
    # 401.9 adds 3.11034768 g -> 12500.48732592 g > 12500. So 12.5 kg -> 401.8.
    assert str(silver(gross_kg="12.5").gross_oz) == "401.8"
    # 1000.0 ozt = 31103.4768 g exactly: stays 1000.0; 0.1 mg less -> 999.9.
    assert str(silver(gross_kg="31.1034768").gross_oz) == "1000.0"
    assert str(silver(gross_kg="31.1034767").gross_oz) == "999.9"


@pytest.mark.parametrize(
    ("reading", "expected"),
    [
        # London weight = 0.025 x floor((w - 0.002) / 0.025), by hand:
        ("400.027", "400.025"),  # (400.025)/0.025 = 16001 -> 400.025
        ("400.0269", "400.000"),  # 400.0249/0.025 = 16000.996 -> 16000 -> 400.000
        ("400.026", "400.000"),
        ("400.002", "400.000"),  # 400.000/0.025 = 16000 -> 400.000
        ("400.0019", "399.975"),  # 399.9999/0.025 = 15999.996 -> 15999 -> 399.975
        ("400.024", "400.000"),
    ],
)
def test_beam_balance_rule(reading, expected):
    assert str(gold(reading, gross_rounding="beam").gross_oz) == expected


def test_beam_balance_rule_from_kg():
    # 400.027 ozt x 31.1034768 g = 12441.39072 + 0.027 x 31.1034768 (= 0.8397938736)
    # = 12442.2305138736 g: exactly the turning point of 400.025.
    assert str(gold(gross_kg="12.4422305138736", gross_rounding="beam").gross_oz) == "400.025"
    assert str(gold(gross_kg="12.4422305138735", gross_rounding="beam").gross_oz) == "400.000"
    # Plain "down" keeps 400.025 for both.
    assert str(gold(gross_kg="12.4422305138735").gross_oz) == "400.025"


def test_beam_is_gold_only_and_rounding_names_are_checked():
    refused(InvalidInput, "gross_rounding", silver, "1000", gross_rounding="beam")
    refused(InvalidInput, "gross_rounding", gold, "400", gross_rounding="up")
    refused(InvalidInput, "fine_rounding", gold, "400", fine_rounding="half-even")


# ---------------------------------------------------------------- fine weight rounding


def test_fine_weight_exact_half_rounds_up_when_nearest_and_down_when_down():
    # 400.100 x 995.0 = 398099.5 -> / 1000 = 398.0995: an exact half at the 4th decimal.
    assert str(gold("400.100", "995.0").fine_oz) == "398.100"
    assert str(gold("400.100", "995.0", fine_rounding="down").fine_oz) == "398.099"
    # A half after an even digit tells ROUND_HALF_UP from banker's rounding:
    # 400.300 x 995.0 = 400300 - 2001.5 = 398298.5 -> 398.2985 -> 398.299 (half-even: .298).
    assert str(gold("400.300", "995.0").fine_oz) == "398.299"
    assert str(gold("400.300", "995.0", fine_rounding="down").fine_oz) == "398.298"
    # Silver: 1001.0 x 999.5 = 1000499.5 -> 1000.4995, also an exact half.
    assert str(silver("1001.0", "999.5").fine_oz) == "1000.500"
    assert str(silver("1001.0", "999.5", fine_rounding="down").fine_oz) == "1000.499"


def test_fine_weight_nearest_and_down_differ_above_a_half():
    # 400.325 x 999.9 = 400325 - 40.0325 = 400284.9675 -> 400.2849675.
    assert str(gold("400.325").fine_oz) == "400.285"
    assert str(gold("400.325", fine_rounding="down").fine_oz) == "400.284"
    # Below a half both agree: 401.125 x 995.8 -> 399.440275.
    assert gold("401.125", "995.8", fine_rounding="down").fine_oz == D("399.440")


def test_fineness_is_recorded_with_one_decimal_place():
    w = gold("400", "999")
    assert str(w.fineness) == "999.0"
    assert str(w.fine_oz) == "399.600"  # 400 x 0.999


# ---------------------------------------------------------------- Good Delivery flags


def test_gold_flags():
    low_fineness = gold("400.000", "990.0")  # fine 396.000
    assert low_fineness.flags == ("fineness-below-995.0",)
    assert low_fineness.good_delivery is False

    light = gold("350.000", "999.9")  # 350 x 0.9999 = 349.965 < 350
    assert light.fine_oz == D("349.965")
    assert light.flags == ("fine-weight-below-350",)
    assert not light.good_delivery

    heavy = gold("430.050", "999.9")  # 430.05 - 0.043005 = 430.006995 -> 430.007 > 430
    assert heavy.fine_oz == D("430.007")
    assert heavy.flags == ("fine-weight-above-430",)
    assert not heavy.good_delivery

    both = gold("300.000", "900.0")  # fine 270.000
    assert both.flags == ("fineness-below-995.0", "fine-weight-below-350")


def test_gold_good_delivery_bounds_are_inclusive():
    assert gold("350.000", "1000.0").fine_oz == D("350.000")
    assert gold("350.000", "1000.0").good_delivery
    assert gold("430.000", "1000.0").good_delivery
    assert gold("400.000", "995.0").good_delivery  # fineness exactly 995.0
    assert not gold("400.000", "994.9").good_delivery


@pytest.mark.parametrize(
    ("gross", "fineness", "flags", "good"),
    [
        ("1000.0", "999.0", (), True),  # fineness exactly 999.0
        ("1000.0", "998.9", ("fineness-below-999.0",), False),
        ("750.0", "999.9", (), True),
        ("1100.0", "999.9", (), True),
        ("749.9", "999.9", ("gross-weight-outside-750-1100",), True),
        ("500.0", "999.9", ("gross-weight-outside-750-1100",), True),
        ("1100.1", "999.9", ("gross-weight-outside-750-1100",), True),
        ("1250.0", "999.9", ("gross-weight-outside-750-1100",), True),
        ("499.9", "999.9", ("gross-weight-below-500",), False),
        ("1250.1", "999.9", ("gross-weight-above-1250",), False),
        ("400.0", "990.0", ("fineness-below-999.0", "gross-weight-below-500"), False),
    ],
)
def test_silver_flags_and_the_accepted_500_1250_band(gross, fineness, flags, good):
    w = silver(gross, fineness)
    assert w.flags == flags
    assert w.good_delivery is good


def test_advisory_flags_are_exactly_the_silver_band_flag():
    assert frozenset({"gross-weight-outside-750-1100"}) == ADVISORY_FLAGS


# ---------------------------------------------------------------- refused input


@pytest.mark.parametrize(
    ("fineness", "exc", "words"),
    [
        ("1000.5", OutOfRange, "fineness 1000.5 is above 1000 parts per thousand"),
        ("1000.1", OutOfRange, "above 1000"),
        ("0", InvalidInput, "fineness 0 must be greater than 0"),
        ("-995.0", InvalidInput, "must be greater than 0"),
        ("995.85", InvalidInput, "fineness 995.85 has more than 1 decimal place"),
        ("995.80", InvalidInput, "more than 1 decimal place"),
        ("abc", InvalidInput, "not a number"),
        ("", InvalidInput, "empty"),
        ("NaN", InvalidInput, "not a finite number"),
        ("Infinity", InvalidInput, "not a finite number"),
        (995.8, InvalidInput, "binary floats"),
    ],
)
def test_bad_fineness_is_refused(fineness, exc, words):
    message = refused(exc, "fineness", gold, "400", fineness)
    assert words in message


def test_fineness_1000_is_allowed():
    assert gold("400", "1000").fine_oz == D("400.000")


@pytest.mark.parametrize(
    ("kw", "field", "words"),
    [
        ({"gross_oz": "-400.000"}, "gross_oz", "gross_oz -400.000 must be greater than 0"),
        ({"gross_oz": "0"}, "gross_oz", "must be greater than 0"),
        ({"gross_oz": "0.024"}, "gross_oz", "rounds down to 0 ozt"),
        ({"gross_oz": "4OO"}, "gross_oz", "not a number"),
        ({"gross_oz": "10000.001"}, "gross_oz", "above 10000 ozt"),
        ({"gross_kg": "-12.5"}, "gross_kg", "must be greater than 0"),
        ({"gross_kg": "400"}, "gross_kg", "above 311.034768 kg"),
        ({"gross_kg": "0.0007"}, "gross_kg", "rounds down to 0 ozt"),  # < 0.77758692 g
        ({}, "gross_oz", "exactly one of gross_oz and gross_kg"),
        ({"gross_oz": "400", "gross_kg": "12.5"}, "gross_kg", "not both"),
    ],
)
def test_bad_gross_is_refused(kw, field, words):
    message = refused(InvalidInput, field, bar_weights, "gold", fineness="999.9", **kw)
    assert words in message


def test_out_of_range_is_a_kind_of_invalid_input():
    with pytest.raises(OutOfRange):
        gold("400", "1000.5")
    assert issubclass(OutOfRange, InvalidInput)


# ---------------------------------------------------------------- check_fine_oz


def test_check_fine_oz_accepts_the_computed_weight_by_value():
    w = gold("401.125", "995.8")
    check_fine_oz(w, "399.440")
    check_fine_oz(w, "399.4400")
    check_fine_oz(w, D("399.44"))


def test_check_fine_oz_refuses_a_disagreeing_weight():
    w = gold("401.125", "995.8")
    message = refused(InvalidInput, "fine_oz", check_fine_oz, w, "399.441")
    assert message == "fine_oz 399.441 disagrees with gross × fineness / 1000 = 399.440"
    refused(InvalidInput, "fine_oz", check_fine_oz, w, "399.44o")


# ---------------------------------------------------------------- bar identity


def test_identity_is_normalized():
    assert normalize_bar_identity(" pamp ", " ab12345 ", " 2023 ") == ("PAMP", "ab12345", 2023)
    assert normalize_bar_identity("Argor", "007", 2022) == ("ARGOR", "007", 2022)
    assert normalize_bar_identity("X" * 64, "S" * 64, "1800") == ("X" * 64, "S" * 64, 1800)


@pytest.mark.parametrize(
    ("brand", "serial", "year", "field", "words"),
    [
        ("", "S1", "2020", "brand", "brand is empty"),
        ("   ", "S1", "2020", "brand", "empty"),
        ("B" * 65, "S1", "2020", "brand", "65 characters long; at most 64"),
        ("PA\x00MP", "S1", "2020", "brand", "control character U+0000"),
        ("PAMP", "", "2020", "serial", "serial is empty"),
        ("PAMP", "S" * 65, "2020", "serial", "at most 64"),
        ("PAMP", "S\n1", "2020", "serial", "U+000A"),
        ("PAMP", "S\u202e1", "2020", "serial", "U+202E"),  # bidi override
        ("PAMP", "S\u200b1", "2020", "serial", "U+200B"),  # zero-width space
        ("PAMP", 123456, "2020", "serial", "must be text"),
        (None, "S1", "2020", "brand", "must be text"),
        ("PAMP", "S1", "20x2", "year", "not a whole number"),
        ("PAMP", "S1", "02022", "year", "four digits"),
        ("PAMP", "S1", "2022.0", "year", "not a whole number"),
        ("PAMP", "S1", "1799", "year", "year 1799 is before 1800"),
        ("PAMP", "S1", 2101, "year", "after 2100"),
        ("PAMP", "S1", True, "year", "not a whole number"),
        ("PAMP", "S1", 2022.0, "year", "not a whole number"),
        ("PAMP", "S1", "", "year", "not a whole number"),
    ],
)
def test_identity_errors(brand, serial, year, field, words):
    message = refused(InvalidInput, field, normalize_bar_identity, brand, serial, year)
    assert words in message


def test_year_may_be_next_year_but_not_later():
    assert normalize_bar_identity("P", "S", "2026", today_year=2025)[2] == 2026
    message = refused(OutOfRange, "year", normalize_bar_identity, "P", "S", 2027, today_year=2025)
    assert "after next year (2026)" in message


def test_year_against_the_real_clock():
    from datetime import UTC, datetime

    this_year = datetime.now(UTC).year
    assert normalize_bar_identity("P", "S", this_year + 1)[2] == this_year + 1
    if this_year + 2 <= 2100:
        refused(OutOfRange, "year", normalize_bar_identity, "P", "S", this_year + 2)


# ---------------------------------------------------------------- record type


def test_bar_weights_record_is_frozen_and_equal_to_one_built_normally():
    w = gold("401.125", "995.8")
    with pytest.raises(dataclasses.FrozenInstanceError):
        w.fine_oz = D(0)  # type: ignore[misc]
    same = BarWeights(D("401.125"), D("995.8"), D("399.440"), True, ())
    assert w == same
    assert hash(w) == hash(same)
    assert not hasattr(w, "__dict__")


def test_result_does_not_depend_on_the_callers_decimal_context():
    expected = gold("400.100", "995.0")
    beam = gold("400.027", gross_rounding="beam")
    kg = gold(gross_kg="12.499709738")
    for rounding in (ROUND_FLOOR, ROUND_CEILING):
        with localcontext(Context(prec=16, rounding=rounding, traps=[Inexact, Rounded])):
            assert gold("400.100", "995.0") == expected
            assert gold("400.027", gross_rounding="beam") == beam
            assert gold(gross_kg="12.499709738") == kg


# ---------------------------------------------------------------- properties

_OZ = st.decimals(min_value=D("0.025"), max_value=D(10000), places=4, allow_nan=False)
_FINENESS = st.decimals(min_value=D("0.1"), max_value=D(1000), places=1, allow_nan=False)
_STEP = Fraction(1, 40)
_G = Fraction("31.1034768")


@settings(max_examples=300, deadline=None)
@given(_OZ, _FINENESS)
def test_gold_gross_never_increases_and_is_a_multiple_of_0_025(oz, fineness):
    w = gold(oz, fineness)
    assert w.gross_oz <= oz
    assert oz - w.gross_oz < D("0.025")
    assert w.gross_oz % D("0.025") == 0
    assert w.gross_oz.as_tuple().exponent == -3
    assert w.fine_oz <= w.gross_oz
    assert w.fine_oz.as_tuple().exponent == -3
    # Independent oracle: exact rational arithmetic, half rounded up / floored.
    exact_milli = Fraction(w.gross_oz) * Fraction(w.fineness)  # = fine weight x 1000
    floor_milli = exact_milli.numerator // exact_milli.denominator
    half_up_milli = floor_milli + (exact_milli - floor_milli >= Fraction(1, 2))
    assert Fraction(w.fine_oz) == Fraction(half_up_milli, 1000)
    down = gold(oz, fineness, fine_rounding="down")
    assert Fraction(down.fine_oz) == Fraction(floor_milli, 1000)
    assert down.fine_oz <= w.fine_oz <= down.fine_oz + D("0.001")
    assert w.good_delivery == (not set(w.flags) - ADVISORY_FLAGS)


@settings(max_examples=300, deadline=None)
@given(_OZ.filter(lambda oz: oz >= D("0.027")))
def test_beam_is_the_down_weight_or_one_step_less(oz):
    down = gold(oz).gross_oz
    beam = gold(oz, gross_rounding="beam").gross_oz
    assert down - beam in (D(0), D("0.025"))
    # Oracle: the formula of MEASUREMENT.md in exact rationals.
    steps = (Fraction(oz) - Fraction(2, 1000)) // _STEP
    assert Fraction(beam) == steps * _STEP


@settings(max_examples=300, deadline=None)
@given(st.decimals(min_value=D("0.001"), max_value=D("311"), places=7, allow_nan=False))
def test_kg_conversion_matches_exact_rational_floor(kg):
    for metal, step in ((Metal.GOLD, _STEP), (Metal.SILVER, Fraction(1, 10))):
        steps = Fraction(kg) * 1000 / _G // step
        if steps < 1:
            with pytest.raises(InvalidInput):
                bar_weights(metal, gross_kg=kg, fineness="999.9")
            continue
        w = bar_weights(metal, gross_kg=kg, fineness="999.9")
        assert Fraction(w.gross_oz) == steps * step


@settings(max_examples=200, deadline=None)
@given(st.decimals(min_value=D("0.1"), max_value=D(10000), places=3, allow_nan=False), _FINENESS)
def test_silver_gross_is_a_multiple_of_0_1_and_never_increases(oz, fineness):
    w = silver(oz, fineness)
    assert w.gross_oz <= oz < w.gross_oz + D("0.1")
    assert w.gross_oz.as_tuple().exponent == -1
    assert w.fine_oz <= w.gross_oz
    assert w.good_delivery == (not set(w.flags) - ADVISORY_FLAGS)


# ---------------------------------------------------------------- base-metal lots


def lot(**kw):
    args = {
        "metal": "copper",
        "warrant": "CU-000123",
        "brand": "Codelco ENM",
        "shape": "cathode",
        "grade": "Cu-CATH-1 (BS EN 1978)",
        "bundles": 10,
        "gross_t": "25.150",
        "net_t": "25.000",
    }
    args.update(kw)
    return lot_record(**args)


def test_lot_record_is_normalized():
    r = lot(metal=" Copper ", warrant=" CU-000123 ", shape="Cathode", bundles="10", net_t="25")
    assert r.metal is BaseMetal.COPPER
    assert r.warrant == "CU-000123"
    assert r.brand == "Codelco ENM"
    assert r.shape == "cathode"
    assert r.bundles == 10
    assert str(r.net_t) == "25.000"
    assert str(r.gross_t) == "25.150"
    assert r.within_tolerance is True
    assert r.flags == ()
    assert r.as_json()["net_t"] == "25.000"
    assert r.as_json()["metal"] == "copper"


def test_lot_sizes():
    assert LOT_SIZE_T[BaseMetal.COPPER] == LOT_SIZE_T[BaseMetal.ALUMINIUM] == D(25)
    assert LOT_SIZE_T[BaseMetal.LEAD] == LOT_SIZE_T[BaseMetal.ZINC] == D(25)
    assert LOT_SIZE_T[BaseMetal.NICKEL] == D(6)
    assert LOT_SIZE_T[BaseMetal.TIN] == D(5)
    assert set(LOT_SIZE_T) == set(BaseMetal)
    assert BaseMetal("aluminium-alloy") is BaseMetal.ALUMINIUM_ALLOY
    assert lot(metal="Aluminium Alloy", shape="ingot", net_t="20").metal is (
        BaseMetal.ALUMINIUM_ALLOY
    )
    assert "cathode" in SHAPES and "t-bar" in SHAPES


@pytest.mark.parametrize(
    ("metal", "net", "inside"),
    [
        # +/-2 % by hand: 25 -> 24.5..25.5; 6 -> 5.88..6.12; 5 -> 4.9..5.1.
        ("copper", "24.500", True),
        ("copper", "25.500", True),
        ("copper", "24.499", False),
        ("copper", "25.501", False),
        ("nickel", "5.880", True),
        ("nickel", "6.120", True),
        ("nickel", "5.879", False),
        ("nickel", "6.121", False),
        ("tin", "4.900", True),
        ("tin", "4.899", False),
        ("tin", "5.101", False),
    ],
)
def test_lot_tolerance_edges(metal, net, inside):
    r = lot(metal=metal, net_t=net, gross_t="30")
    assert r.within_tolerance is inside
    assert r.flags == (() if inside else ("outside-lot-tolerance",))


@pytest.mark.parametrize(
    ("kw", "field", "words"),
    [
        ({"net_t": "25.0001"}, "net_t", "more than 3 decimal places"),
        ({"gross_t": "25.1501"}, "gross_t", "more than 3 decimal places"),
        ({"net_t": "0"}, "net_t", "must be greater than 0"),
        ({"net_t": "-1"}, "net_t", "must be greater than 0"),
        ({"gross_t": "24.999"}, "gross_t", "gross_t 24.999 is less than net_t 25.000"),
        ({"net_t": "1000.001", "gross_t": "1000"}, "net_t", "above 1000 t"),
        ({"gross_t": "1000.001"}, "gross_t", "gross_t 1000.001 is above 1000 t"),
        ({"bundles": 0}, "bundles", "at least 1"),
        ({"bundles": "1.5"}, "bundles", "not a whole number"),
        ({"bundles": True}, "bundles", "whole number"),
        ({"bundles": 10001}, "bundles", "above 10000"),
        ({"metal": "gold"}, "metal", "not one of"),
        ({"shape": "coil"}, "shape", "not one of"),
        ({"warrant": " "}, "warrant", "empty"),
        ({"brand": "A\tB"}, "brand", "control character"),
        ({"grade": ""}, "grade", "empty"),
    ],
)
def test_lot_errors(kw, field, words):
    message = refused(InvalidInput, field, lot, **kw)
    assert words in message


def test_gross_may_equal_net():
    assert lot(gross_t="25.000", net_t="25.000").gross_t == D("25.000")


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(list(BaseMetal)),
    st.decimals(min_value=D("0.001"), max_value=D(40), places=3, allow_nan=False),
)
def test_lot_tolerance_matches_exact_band(metal, net):
    r = lot(metal=metal, net_t=net, gross_t=net)
    size = Fraction(LOT_SIZE_T[metal])
    inside = size * Fraction(98, 100) <= Fraction(net) <= size * Fraction(102, 100)
    assert r.within_tolerance is inside
    assert ("outside-lot-tolerance" in r.flags) is (not inside)
