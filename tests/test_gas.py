"""Natural gas energy, storage inventories and LNG (app/domain/gas.py).

Expected values were worked out by hand; each comment shows the check
(usually: multiply the expected quotient back by the divisor).
"""

from __future__ import annotations

from decimal import ROUND_DOWN, Context, Decimal, localcontext
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.errors import InvalidInput, OutOfRange
from app.domain.gas import (
    COMBUSTION_REFERENCES,
    VOLUME_UNITS,
    GasEnergy,
    gas_energy,
    lng_inventory,
    storage_inventory,
)
from app.domain.units import SM3_PER_NM3, SM3_PER_SCF

pytestmark = pytest.mark.engines

D = Decimal


def refused(exc_type, field, fn, *args, **kwargs):
    with pytest.raises(exc_type) as info:
        fn(*args, **kwargs)
    assert info.value.field == field
    assert "\n" not in str(info.value)
    return str(info.value)


def test_volume_units():
    assert VOLUME_UNITS == ("Sm3", "Nm3", "scf")


def test_one_million_sm3_at_40_mj():
    e = gas_energy(volume="1000000", unit="Sm3", gcv_mj_per_sm3="40")
    # GJ = 1,000,000 x 40 / 1000 = 40,000.
    assert e.gj == D("40000.000")
    # MMBtu = 40000 / 1.055056. Check: 37912.68 x 1.055056 = 37912.68 + 37912.68 x 0.055056
    # (= 2087.32...) = 40000.00 (to 2 dp); the next digits, 40000 - 37912.679 x 1.055056
    # = 0.00055..., / 1.055056 = 0.00052 -> 37912.67952 -> 37912.680.
    assert e.mmbtu == D("37912.680")
    # therm = 10 x the UNROUNDED MMBtu: 379126.7952 -> 379126.795 (10 x 37912.680 would
    # give 379126.800: the test fails if therms are derived from the rounded MMBtu).
    assert e.therm == D("379126.795")
    # MWh = 40000 / 3.6 = 11111.111...
    assert e.mwh == D("11111.111")
    assert e.sm3 == D("1000000.000")
    assert e.as_json() == {
        "sm3": "1000000.000",
        "gj": "40000.000",
        "mmbtu": "37912.680",
        "mwh": "11111.111",
        "therm": "379126.795",
    }


def test_one_mmbtu_is_1_055056_gj_and_ten_therms():
    # 26.3764 Sm3 x 40 MJ/Sm3 = 1055.056 MJ = 1.055056 GJ: exactly one MMBtu.
    e = gas_energy(volume="26.3764", unit="Sm3", gcv_mj_per_sm3="40")
    assert e.mmbtu == D("1.000")
    assert e.therm == D("10.000")
    assert e.gj == D("1.055")
    # 1.055056 / 3.6 = 0.29307...
    assert e.mwh == D("0.293")


def test_one_mwh_is_3_6_gj():
    e = gas_energy(volume="90", unit="Sm3", gcv_mj_per_sm3="40")  # 90 x 40 = 3600 MJ
    assert e.gj == D("3.600")
    assert e.mwh == D("1.000")
    # 3.6 / 1.055056 = 3.41214... (check: 3.412 x 1.055056 = 3.59985)
    assert e.mmbtu == D("3.412")


def test_nm3_converts_by_288_15_over_273_15():
    e = gas_energy(volume="1000", unit="Nm3", gcv_mj_per_sm3="40")
    # 1000 x 288.15 / 273.15 = 1000 + 15000/273.15 = 1000 + 54.91488... = 1054.91488
    assert e.sm3 == D("1054.915")
    # GJ = 1054.91488 x 40 / 1000 = 42.196595 -> 42.197
    assert e.gj == D("42.197")
    # MMBtu = 42.196595 / 1.055056 = 39.99464... (check: 39.995 x 1.055056 = 42.19696)
    assert e.mmbtu == D("39.995")
    # MWh = 42.196595 / 3.6 = 11.72128 -> 11.721; therm = 399.9464 -> 399.946
    assert e.mwh == D("11.721")
    assert e.therm == D("399.946")


def test_nm3_exact_half_is_rounded_as_a_half():
    # 87.408 / 273.15 = 0.32 (273.15 x 0.32 = 87.408), so 87.408 Nm3 = 0.32 x 288.15
    # = 92.208 Sm3 exactly; x 31.25 MJ = 2881.5 MJ = 2.8815 GJ: an exact half -> 2.882.
    # (Multiplying by a 28-digit rounded 288.15/273.15 gives 2.88149999... -> 2.881.)
    e = gas_energy(volume="87.408", unit="Nm3", gcv_mj_per_sm3="31.25")
    assert e.sm3 == D("92.208")
    assert e.gj == D("2.882")


def test_exact_halves_round_up():
    # 2.5 Sm3 x 41 MJ = 102.5 MJ = 0.1025 GJ: a half after an even digit -> 0.103
    # (banker's rounding would give 0.102).  1000.0025 Sm3 -> 1000.003 likewise.
    e = gas_energy(volume="1000.0025", unit="Sm3", gcv_mj_per_sm3="41")
    assert e.sm3 == D("1000.003")
    assert gas_energy(volume="2.5", unit="Sm3", gcv_mj_per_sm3="41").gj == D("0.103")


def test_nm3_factor_agrees_with_units_constant():
    assert abs(D("288.15") / D("273.15") - SM3_PER_NM3) < D("1e-25")
    assert D("0.0282624") == SM3_PER_SCF


def test_scf_converts_at_0_0282624_sm3():
    e = gas_energy(volume="1000000", unit="scf", gcv_mj_per_sm3="40")
    # 1,000,000 x 0.0282624 = 28262.4 Sm3; x 40 / 1000 = 1130.496 GJ.
    assert e.sm3 == D("28262.400")
    assert e.gj == D("1130.496")
    # 1130.496 / 1.055056: 1071 x 1.055056 = 1129.964976, rest 0.531024 / 1.055056
    # = 0.50331 -> 1071.50331 -> 1071.503; therm 10715.0331 -> 10715.033
    assert e.mmbtu == D("1071.503")
    assert e.therm == D("10715.033")
    # 1130.496 / 3.6 = 314.02666... -> 314.027
    assert e.mwh == D("314.027")


def test_unit_names_are_forgiving_about_case_and_superscript():
    a = gas_energy(volume="1000", unit="nm³", gcv_mj_per_sm3="40")
    b = gas_energy(volume="1000", unit="Nm3", gcv_mj_per_sm3="40")
    assert a == b
    assert gas_energy(volume="1", unit="SCF", gcv_mj_per_sm3="40").sm3 == D("0.028")


def test_zero_volume_is_zero_energy():
    e = gas_energy(volume="0", unit="Sm3", gcv_mj_per_sm3="38")
    assert e == GasEnergy(D("0.000"), D("0.000"), D("0.000"), D("0.000"), D("0.000"))
    # A negative zero is a zero, and is never written as "-0.000".
    assert set(gas_energy(volume="-0", unit="Nm3", gcv_mj_per_sm3="38").as_json().values()) == {
        "0.000"
    }
    lng = lng_inventory(volume_m3="-0", density_kg_m3="450", gcv_mj_per_kg="54")
    assert lng.as_json()["gj"] == "0.000"
    assert lng.as_json()["volume_m3"] == "0"


@pytest.mark.parametrize(
    ("kw", "exc", "field", "words"),
    [
        ({"volume": "-1"}, InvalidInput, "volume", "volume -1 must not be negative"),
        ({"volume": "abc"}, InvalidInput, "volume", "not a number"),
        ({"volume": 1.5}, InvalidInput, "volume", "binary floats"),
        ({"volume": "1e13"}, OutOfRange, "volume", "plausible limit"),
        ({"unit": "m3"}, InvalidInput, "unit", "not one of: Sm3, Nm3, scf"),
        ({"gcv_mj_per_sm3": "29.999"}, OutOfRange, "gcv_mj_per_sm3", "outside the plausible"),
        ({"gcv_mj_per_sm3": "50.001"}, OutOfRange, "gcv_mj_per_sm3", "30-50 MJ/Sm3"),
        ({"gcv_mj_per_sm3": "11.1"}, OutOfRange, "gcv_mj_per_sm3", "11.1"),  # kWh/m3 by mistake
        ({"gcv_mj_per_sm3": ""}, InvalidInput, "gcv_mj_per_sm3", "empty"),
    ],
)
def test_gas_energy_refusals(kw, exc, field, words):
    args = {"volume": "1000", "unit": "Sm3", "gcv_mj_per_sm3": "40"}
    args.update(kw)
    assert words in refused(exc, field, gas_energy, **args)


def test_gcv_band_edges_are_inclusive():
    assert gas_energy(volume="1000", unit="Sm3", gcv_mj_per_sm3="30").gj == D("30.000")
    assert gas_energy(volume="1000", unit="Sm3", gcv_mj_per_sm3="50").gj == D("50.000")


def test_energy_does_not_depend_on_the_callers_context():
    expected = gas_energy(volume="1000", unit="Nm3", gcv_mj_per_sm3="40")
    with localcontext(Context(prec=6, rounding=ROUND_DOWN)):
        assert gas_energy(volume="1000", unit="Nm3", gcv_mj_per_sm3="40") == expected


# ---------------------------------------------------------------- storage


def test_storage_inventory_keeps_working_and_cushion_apart():
    inv = storage_inventory(
        working_volume="120000000", cushion_volume="80000000", unit="Sm3", gcv_mj_per_sm3="39.5"
    )
    # 120e6 x 39.5 / 1000 = 4,740,000 GJ; / 1.055056 = 4492652.523 (check: 4492652.523 x
    # 1.055056 = 4739999.9999...); / 3.6 = 1316666.666... -> 1316666.667
    assert inv.working.gj == D("4740000.000")
    assert inv.working.mmbtu == D("4492652.523")
    assert inv.working.mwh == D("1316666.667")
    # 80e6 x 39.5 / 1000 = 3,160,000 GJ; / 1.055056 = 2995101.682 (2/3 of the working MMBtu:
    # 4492652.5227 x 2/3 = 2995101.6818)
    assert inv.cushion.gj == D("3160000.000")
    assert inv.cushion.mmbtu == D("2995101.682")
    assert inv.gcv_mj_per_sm3 == D("39.5")
    assert inv.reference == {
        "volume_reference": "15 °C, 101.325 kPa",
        "given_unit": "Sm3",
        "given_unit_reference": "15 °C, 101.325 kPa",
        "gcv_volume_reference": "15 °C, 101.325 kPa",
        "gcv_combustion_reference": "15 °C",
    }
    js = inv.as_json()
    assert js["working"]["mmbtu"] == "4492652.523"
    assert js["cushion"]["gj"] == "3160000.000"
    assert js["gcv_mj_per_sm3"] == "39.5"
    assert js["reference"]["gcv_combustion_reference"] == "15 °C"


def test_storage_records_the_given_unit_and_its_reference():
    inv = storage_inventory(
        working_volume="1000",
        cushion_volume="0",
        unit="Nm3",
        gcv_mj_per_sm3="40",
        combustion_reference="25C",
    )
    assert inv.working.sm3 == D("1054.915")
    assert inv.reference["given_unit"] == "Nm3"
    assert inv.reference["given_unit_reference"] == "0 °C, 101.325 kPa"
    assert inv.reference["gcv_combustion_reference"] == "25 °C"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("15 °C", "15 °C"), ("15°C", "15 °C"), ("0 C", "0 °C"), ("15.55 degC", "15.55 °C")],
)
def test_combustion_reference_is_normalized(text, expected):
    inv = storage_inventory(
        working_volume="1",
        cushion_volume="1",
        unit="Sm3",
        gcv_mj_per_sm3="40",
        combustion_reference=text,
    )
    assert inv.reference["gcv_combustion_reference"] == expected
    assert expected in COMBUSTION_REFERENCES


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"working_volume": "-5"}, "working_volume"),
        ({"cushion_volume": "-5"}, "cushion_volume"),
        ({"cushion_volume": "x"}, "cushion_volume"),
        ({"combustion_reference": "37 °C"}, "combustion_reference"),
        ({"combustion_reference": "60 °F"}, "combustion_reference"),
        ({"unit": "bcm"}, "unit"),
        ({"gcv_mj_per_sm3": "60"}, "gcv_mj_per_sm3"),
    ],
)
def test_storage_refusals(kw, field):
    args = {
        "working_volume": "1000",
        "cushion_volume": "500",
        "unit": "Sm3",
        "gcv_mj_per_sm3": "40",
    }
    args.update(kw)
    refused(InvalidInput, field, storage_inventory, **args)


# ---------------------------------------------------------------- LNG


def test_lng_by_hand():
    # 150,000 m3 x 450 kg/m3 = 67,500,000 kg; x 54 MJ/kg = 3,645,000,000 MJ;
    # minus 5,000 GJ displaced = 3,640,000,000 MJ = 3,640,000 GJ.
    lng = lng_inventory(
        volume_m3="150000", density_kg_m3="450", gcv_mj_per_kg="54", displaced_vapour_gj="5000"
    )
    assert lng.gj == D("3640000.000")
    # / 1055.056 MJ/MMBtu: 3450053.836 x 1055.056 = 3,640,000,000.0 (to 0.1 MJ)
    assert lng.mmbtu == D("3450053.836")
    assert lng.mmbtu_basis == "1.055056 GJ/MMBtu"
    # 3,640,000 / 3.6 = 1,011,111.111...
    assert lng.mwh == D("1011111.111")
    assert lng.volume_m3 == D("150000")
    assert lng.as_json()["mmbtu_basis"] == "1.055056 GJ/MMBtu"
    assert lng.as_json()["gj"] == "3640000.000"


def test_lng_with_the_1055_12_basis():
    lng = lng_inventory(
        volume_m3="150000",
        density_kg_m3="450",
        gcv_mj_per_kg="54",
        displaced_vapour_gj="5000",
        mmbtu_basis="1055.12 MJ/MMBtu",
    )
    # 3,640,000,000 / 1055.12 = 3449844.567 (check: 3449844.567 x 1055.12
    # = 3,639,999,999.6; the remainder 0.4 MJ is < 0.5 x 1055.12 / 1000)
    assert lng.mmbtu == D("3449844.567")
    assert lng.gj == D("3640000.000")
    assert lng.mmbtu_basis == "1055.12 MJ/MMBtu"


def test_lng_displaced_vapour_defaults_to_zero():
    lng = lng_inventory(volume_m3="1000", density_kg_m3="450", gcv_mj_per_kg="54")
    assert lng.gj == D("24300.000")  # 1000 x 450 x 54 = 24,300,000 MJ
    assert lng.displaced_vapour_gj == D(0)


@pytest.mark.parametrize(
    ("kw", "exc", "field", "words"),
    [
        ({"volume_m3": "-1"}, InvalidInput, "volume_m3", "must not be negative"),
        ({"volume_m3": "2e8"}, OutOfRange, "volume_m3", "plausible limit of 100000000 m3"),
        ({"density_kg_m3": "399.9"}, OutOfRange, "density_kg_m3", "400-500 kg/m3"),
        ({"density_kg_m3": "0.45"}, OutOfRange, "density_kg_m3", "0.45"),  # t/m3 by mistake
        ({"density_kg_m3": "500.1"}, OutOfRange, "density_kg_m3", "outside the plausible"),
        ({"gcv_mj_per_kg": "49.9"}, OutOfRange, "gcv_mj_per_kg", "50-56 MJ/kg"),
        ({"gcv_mj_per_kg": "56.01"}, OutOfRange, "gcv_mj_per_kg", "outside"),
        ({"displaced_vapour_gj": "-1"}, InvalidInput, "displaced_vapour_gj", "negative"),
        ({"displaced_vapour_gj": "24300.001"}, InvalidInput, "displaced_vapour_gj", "more than"),
        ({"mmbtu_basis": "1.055 GJ/MMBtu"}, InvalidInput, "mmbtu_basis", "not one of"),
    ],
)
def test_lng_refusals(kw, exc, field, words):
    args = {"volume_m3": "1000", "density_kg_m3": "450", "gcv_mj_per_kg": "54"}
    args.update(kw)
    assert words in refused(exc, field, lng_inventory, **args)


def test_lng_band_edges_are_inclusive():
    for density in ("400", "500"):
        for gcv in ("50", "56"):
            lng = lng_inventory(volume_m3="1", density_kg_m3=density, gcv_mj_per_kg=gcv)
            assert lng.gj == D(density) * D(gcv) / 1000
    # all displaced: zero energy is allowed
    assert lng_inventory(
        volume_m3="1000", density_kg_m3="450", gcv_mj_per_kg="54", displaced_vapour_gj="24300"
    ).gj == D("0.000")


# ---------------------------------------------------------------- properties


def _half_up_3(x: Fraction) -> Fraction:
    scaled = x * 1000
    whole = scaled.numerator // scaled.denominator
    if scaled - whole >= Fraction(1, 2):
        whole += 1
    return Fraction(whole, 1000)


@settings(max_examples=300, deadline=None)
@given(
    st.decimals(min_value=0, max_value=D("1e10"), places=3, allow_nan=False),
    st.decimals(min_value=30, max_value=50, places=3, allow_nan=False),
    st.sampled_from(VOLUME_UNITS),
)
def test_energy_matches_exact_rational_arithmetic(volume, gcv, unit):
    e = gas_energy(volume=volume, unit=unit, gcv_mj_per_sm3=gcv)
    per = {
        "Sm3": Fraction(1),
        "Nm3": Fraction("288.15") / Fraction("273.15"),
        "scf": Fraction("0.0282624"),
    }[unit]
    sm3 = Fraction(volume) * per
    gj = sm3 * Fraction(gcv) / 1000
    assert Fraction(e.sm3) == _half_up_3(sm3)
    assert Fraction(e.gj) == _half_up_3(gj)
    assert Fraction(e.mmbtu) == _half_up_3(gj / Fraction("1.055056"))
    assert Fraction(e.mwh) == _half_up_3(gj / Fraction("3.6"))
    assert Fraction(e.therm) == _half_up_3(gj / Fraction("1.055056") * 10)
    assert e.gj >= 0 and e.mmbtu >= 0
