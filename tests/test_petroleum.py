"""Tests for app.domain.petroleum: API MPMS 11.1-2004 VCF and the API MPMS 12.1 chain.

Expected numbers come from three places only: the worked examples given with the
task (crude API 17.785 and jet SG 0.7943), hand / `bc` arithmetic shown in comments,
and relations the standard implies (coefficient identities, the 15 °C base ratio,
°C ↔ °F). No value here was copied from the module's own output.
"""

from __future__ import annotations

import dataclasses
import inspect
from decimal import ROUND_HALF_UP, Decimal, localcontext

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import petroleum
from app.domain.errors import InvalidInput, OutOfRange
from app.domain.petroleum import (
    QuantityChain,
    VcfGroup,
    VcfResult,
    quantity_chain,
    shell_correction,
    volume_correction,
)

D = Decimal
DP12 = D("1e-12")


def q12(value: Decimal) -> Decimal:
    return value.quantize(DP12, rounding=ROUND_HALF_UP)


# --- worked examples -------------------------------------------------------------------


def test_crude_worked_example() -> None:
    r = volume_correction("crude", api="17.785", temp_f="-27.7", psig="0")
    assert q12(r.t68_f) == D("-27.712499233089")
    assert q12(r.rho_star) == D("946.921215770785")
    assert q12(r.alpha60) == D("0.000380407044")
    assert q12(r.ctl) == D("1.033011591958")
    assert r.cpl == 1
    assert r.ctpl == D("1.03301")
    assert (r.standard, r.edition, r.table, r.group) == ("API MPMS 11.1", "2004", "6A", "crude")
    assert r.base_temperature == "60 °F"
    # ρ60 = 141.5 / (17.785 + 131.5) × 999.016 (bc: 946.918739324111…)
    assert q12(r.rho60) == D("946.918739324112")


@pytest.mark.parametrize("group", ["jet", VcfGroup.JET, "products", " Products "])
def test_jet_worked_example(group: str) -> None:
    r = volume_correction(group, sg="0.7943", temp_f="85", psig="247.3")
    assert q12(r.ctl) == D("0.986832406683")
    assert q12(r.cpl) == D("1.001646525013")
    assert r.ctpl == D("0.98846")
    assert r.group == "jet"
    assert r.table == "24B"
    # ρ60 = 0.7943 × 999.016 = 793.5184088 exactly (hand multiplication)
    assert r.rho60 == D("793.5184088")


def test_jet_worked_example_from_density60_and_api_agree() -> None:
    by_sg = volume_correction("jet", sg="0.7943", temp_f="85", psig="247.3")
    by_d60 = volume_correction("jet", density60="793.5184088", temp_f="85", psig="247.3")
    assert by_d60.ctl == by_sg.ctl and by_d60.cpl == by_sg.cpl
    assert by_d60.table == "24B"
    api = D("141.5") / D("0.7943") - D("131.5")
    by_api = volume_correction("jet", api=api, temp_f="85", psig="247.3")
    assert by_api.table == "6B"
    assert abs(by_api.ctl - by_sg.ctl) < D("1e-20")


def test_inputs_are_not_rounded() -> None:
    # The standard would round 85.04 °F to 85.0 °F; Tijori keeps the measured value.
    a = volume_correction("jet", sg="0.7943", temp_f="85", psig="247.3")
    b = volume_correction("jet", sg="0.7943", temp_f="85.04", psig="247.3")
    assert b.ctl < a.ctl


# --- groups, coefficients and bands --------------------------------------------------

# (group, K0, K1, K2) straight from the table in MEASUREMENT.md.
COEFFICIENTS = [
    ("crude", D("341.0957"), D(0), D(0), "900"),
    ("gasoline", D("192.4571"), D("0.2438"), D(0), "700"),
    ("transition", D("1489.0670"), D(0), D("-0.0018684"), "780"),
    ("jet", D("330.3010"), D(0), D(0), "800"),
    ("fuel-oil", D("103.8720"), D("0.2701"), D(0), "900"),
    ("lube", D(0), D("0.34878"), D(0), "900"),
]


@pytest.mark.parametrize(("group", "k0", "k1", "k2", "rho60"), COEFFICIENTS)
def test_alpha60_follows_group_coefficients(
    group: str, k0: Decimal, k1: Decimal, k2: Decimal, rho60: str
) -> None:
    r = volume_correction(group, density60=rho60, temp_f="100")
    with localcontext() as ctx:
        ctx.prec = 34
        expected = k0 / (r.rho_star * r.rho_star) + k1 / r.rho_star + k2
    assert abs(r.alpha60 - expected) < D("1e-30")
    # ρ* is ρ60 shifted up by a few parts in 10⁶ (a 0.0069 °F shift times α).
    assert r.rho60 < r.rho_star < r.rho60 * D("1.00001")
    assert r.group == group


@pytest.mark.parametrize(("group", "k0", "k1", "k2", "rho60"), COEFFICIENTS)
def test_ctl_at_60f_is_one(group: str, k0: Decimal, k1: Decimal, k2: Decimal, rho60: str) -> None:
    r = volume_correction(group, density60=rho60, temp_f="60")
    assert abs(r.ctl - 1) < D("1e-4")
    assert r.ctpl == D("1.00000")


def test_groups_give_different_ctl() -> None:
    ctls = {
        g: volume_correction(g, density60="900", temp_f="120").ctl
        for g in ("crude", "fuel-oil", "lube")
    }
    assert len(set(ctls.values())) == 3


@pytest.mark.parametrize(
    ("rho60", "band"),
    [
        ("610.6", "gasoline"),
        ("770.3519", "gasoline"),
        ("770.352", "transition"),
        ("787.5194", "transition"),
        ("787.5195", "jet"),
        ("838.3126", "jet"),
        ("838.3127", "fuel-oil"),
        ("1163.5", "fuel-oil"),
    ],
)
def test_products_choose_band_at_edges(rho60: str, band: str) -> None:
    r = volume_correction("products", density60=rho60, temp_f="80")
    assert r.group == band
    assert r.table == "24B"
    named = volume_correction(band, density60=rho60, temp_f="80")
    assert named.ctl == r.ctl


@pytest.mark.parametrize(
    ("group", "rho60"),
    [
        ("gasoline", "770.352"),
        ("transition", "770.3519"),
        ("transition", "787.5195"),
        ("jet", "787.5194"),
        ("jet", "838.3127"),
        ("fuel-oil", "838.3126"),
    ],
)
def test_named_band_refuses_density_outside_it(group: str, rho60: str) -> None:
    with pytest.raises(OutOfRange) as err:
        volume_correction(group, density60=rho60, temp_f="80")
    assert err.value.field == "density60"
    assert f"{group} band" in err.value.message


def test_lube_table_and_limits() -> None:
    r = volume_correction("lube", api="25", temp_f="150")
    assert (r.table, r.group) == ("6D", "lube")
    assert volume_correction("lube", density60="800.9", temp_f="150").group == "lube"
    with pytest.raises(OutOfRange) as err:
        volume_correction("lube", density60="800.8999", temp_f="150")
    assert err.value.field == "density60" and "800.9 to 1163.5" in err.value.message


# --- limits ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "field", "words"),
    [
        ({"temp_f": "302.1"}, "temp_f", "-58 to 302 °F"),
        ({"temp_f": "-58.1"}, "temp_f", "-58 to 302 °F"),
        ({"temp_c": "150.1"}, "temp_c", "-50 to 150 °C"),
        ({"temp_c": "-50.1"}, "temp_c", "-50 to 150 °C"),
        ({"temp_f": "60", "psig": "1500.1"}, "psig", "0 to 1500 psig"),
    ],
)
def test_temperature_and_pressure_one_step_outside(
    kwargs: dict[str, str], field: str, words: str
) -> None:
    with pytest.raises(OutOfRange) as err:
        volume_correction("crude", api="30", **kwargs)
    assert err.value.field == field
    assert words in err.value.message


@pytest.mark.parametrize(
    "kwargs",
    [
        {"temp_f": "302"},
        {"temp_f": "-58"},
        {"temp_c": "150"},
        {"temp_c": "-50"},
        {"temp_f": "60", "psig": "1500"},
    ],
)
def test_temperature_and_pressure_at_limits_accepted(kwargs: dict[str, str]) -> None:
    r = volume_correction("crude", api="30", **kwargs)
    assert isinstance(r.ctpl, Decimal)


def test_below_vacuum_is_invalid_and_vacuum_counts_as_zero() -> None:
    with pytest.raises(InvalidInput) as err:
        volume_correction("crude", api="30", temp_f="60", psig="-14.697")
    assert err.value.field == "psig"
    r = volume_correction("crude", api="30", temp_f="100", psig="-14.696")
    assert r.cpl == 1


@pytest.mark.parametrize(
    ("field", "inside", "outside"),
    [
        ("density60", "610.6", "610.5999"),
        ("density60", "1163.5", "1163.5001"),
        # sg = ρ60 / 999.016: 610.6/999.016 = 0.611201…, 1163.5/999.016 = 1.164646… (bc)
        ("sg", "0.61121", "0.61120"),
        ("sg", "1.16464", "1.16465"),
        # api = 141.5·999.016/ρ60 − 131.5: 100.01124… at 610.6, −10.00385… at 1163.5 (bc)
        ("api", "100.011", "100.012"),
        ("api", "-10.003", "-10.004"),
    ],
)
def test_density_one_step_outside(field: str, inside: str, outside: str) -> None:
    for group in ("crude", "products"):
        volume_correction(group, temp_f="70", **{field: inside})
        with pytest.raises(OutOfRange) as err:
            volume_correction(group, temp_f="70", **{field: outside})
        assert err.value.field == field
        assert "610.6 to 1163.5" in err.value.message


def test_api_at_or_below_minus_131_5_refused() -> None:
    with pytest.raises(OutOfRange) as err:
        volume_correction("crude", api="-131.5", temp_f="60")
    assert err.value.field == "api"


@pytest.mark.parametrize(
    ("group", "edge60", "edge_group", "side"),
    [
        ("crude", "610.6", "crude", -1),
        ("crude", "1163.5", "crude", 1),
        ("products", "610.6", "gasoline", -1),
        ("products", "1163.5", "fuel-oil", 1),
        ("gasoline", "610.6", "gasoline", -1),
        ("fuel-oil", "1163.5", "fuel-oil", 1),
        ("lube", "800.9", "lube", -1),
        ("lube", "1163.5", "lube", 1),
    ],
)
def test_density15_one_step_outside(group: str, edge60: str, edge_group: str, side: int) -> None:
    # The ρ15 limits are the ρ60 limits carried through ρ15 = ρ60·CTL(ρ60, 59 °F).
    at59 = volume_correction(edge_group, density60=edge60, temp_f="59")
    edge15 = D(edge60) * at59.ctl
    step = D("0.0001") * side
    inside = volume_correction(group, density15=edge15 - step, temp_c="20")
    assert inside.group == edge_group
    assert abs(inside.rho60 - D(edge60)) < D("0.0002")
    with pytest.raises(OutOfRange) as err:
        volume_correction(group, density15=edge15 + step, temp_c="20")
    assert err.value.field == "density15"
    assert f"{edge60}" in err.value.message


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"temp_f": "60"}, "density"),
        ({"api": "30", "sg": "0.87", "temp_f": "60"}, "density"),
        ({"api": "30"}, "temperature"),
        ({"api": "30", "temp_f": "60", "temp_c": "15"}, "temperature"),
        ({"api": 30.0, "temp_f": "60"}, "api"),
        ({"api": "thirty", "temp_f": "60"}, "api"),
        ({"api": "NaN", "temp_f": "60"}, "api"),
        ({"api": "30", "temp_f": ""}, "temp_f"),
        ({"api": "30", "temp_f": "60", "psig": "x"}, "psig"),
    ],
)
def test_bad_input_names_the_field(kwargs: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidInput) as err:
        volume_correction("crude", **kwargs)  # type: ignore[arg-type]
    assert err.value.field == field


def test_unknown_commodity() -> None:
    with pytest.raises(InvalidInput) as err:
        volume_correction("naphtha", api="60", temp_f="60")
    assert err.value.field == "commodity"
    assert "fuel-oil" in err.value.message


# --- temperature units, pressure -------------------------------------------------------


@pytest.mark.parametrize(("temp_c", "temp_f"), [("30", "86"), ("-40", "-40"), ("100", "212")])
def test_celsius_and_fahrenheit_agree(temp_c: str, temp_f: str) -> None:
    by_c = volume_correction("products", sg="0.82", temp_c=temp_c, psig="50")
    by_f = volume_correction("products", sg="0.82", temp_f=temp_f, psig="50")
    assert by_c == by_f


def test_negative_gauge_pressure_gives_cpl_one() -> None:
    r = volume_correction("crude", api="30", temp_f="120", psig="-5")
    assert r.cpl == 1
    assert r.ctpl == r.ctl.quantize(D("0.00001"), rounding=ROUND_HALF_UP)


def test_cpl_grows_with_pressure() -> None:
    cpls = [
        volume_correction("crude", api="30", temp_f="120", psig=p).cpl
        for p in ("0", "100", "500", "1500")
    ]
    assert cpls[0] == 1
    assert cpls == sorted(cpls) and len(set(cpls)) == 4


# --- 15 °C base (54 tables) ------------------------------------------------------------


@pytest.mark.parametrize(
    ("group", "rho15", "table"),
    [
        ("crude", "870", "54A"),
        ("products", "720", "54B"),
        ("products", "780", "54B"),
        ("products", "820", "54B"),
        ("products", "950", "54B"),
        ("lube", "880", "54D"),
    ],
)
def test_vcf15_at_15c_is_exactly_one(group: str, rho15: str, table: str) -> None:
    r = volume_correction(group, density15=rho15, temp_c="15")
    assert r.ctl == 1 and r.cpl == 1
    assert r.ctpl == D("1.00000")
    assert r.table == table
    assert r.base_temperature == "15 °C"


@pytest.mark.parametrize(("group", "rho60"), [("crude", "870"), ("jet", "800"), ("lube", "900")])
def test_density15_iteration_recovers_rho60(group: str, rho60: str) -> None:
    at59 = volume_correction(group, density60=rho60, temp_f="59")
    rho15 = D(rho60) * at59.ctl  # ρ15 = ρ60 · CTL(ρ60, 59 °F) by definition
    r = volume_correction(group, density15=rho15, temp_c="40")
    assert abs(r.rho60 - D(rho60)) < D("1e-20")
    # VCF15(T) = CTL(ρ60, T) / CTL(ρ60, 59 °F)
    at40c = volume_correction(group, density60=rho60, temp_c="40")
    assert abs(r.ctl - at40c.ctl / at59.ctl) < D("1e-25")
    assert r.ctl != at40c.ctl


def test_density15_cpl_uses_observed_temperature() -> None:
    rho60 = "800"
    at59 = volume_correction("jet", density60=rho60, temp_f="59")
    base60 = volume_correction("jet", density60=rho60, temp_c="40", psig="300")
    base15 = volume_correction("jet", density15=D(rho60) * at59.ctl, temp_c="40", psig="300")
    assert abs(base15.cpl - base60.cpl) < D("1e-25")
    assert base15.cpl > 1


def test_density15_products_band_agrees_with_named_band() -> None:
    for rho15 in ("770.8", "770.9", "787.9", "788.0", "838.7", "838.8"):
        chosen = volume_correction("products", density15=rho15, temp_c="30")
        named = volume_correction(chosen.group, density15=rho15, temp_c="30")
        assert named == chosen
        others = [g for g in ("gasoline", "transition", "jet", "fuel-oil") if g != chosen.group]
        for other in others:
            with pytest.raises(OutOfRange):
                volume_correction(other, density15=rho15, temp_c="30")


# --- properties ------------------------------------------------------------------------

GROUP_RANGES = {
    "crude": ("610.6", "1163.5"),
    "gasoline": ("610.6", "770.351"),
    "transition": ("770.352", "787.519"),
    "jet": ("787.5195", "838.312"),
    "fuel-oil": ("838.3127", "1163.5"),
    "lube": ("800.9", "1163.5"),
}


@st.composite
def group_and_density(draw: st.DrawFn) -> tuple[str, Decimal]:
    group = draw(st.sampled_from(sorted(GROUP_RANGES)))
    lo, hi = GROUP_RANGES[group]
    return group, draw(st.decimals(min_value=D(lo), max_value=D(hi), places=4))


temps = st.decimals(min_value=D(-58), max_value=D(302), places=2)


@settings(max_examples=150, deadline=None)
@given(gd=group_and_density(), t1=temps, t2=temps)
def test_ctl_decreases_with_temperature(gd: tuple[str, Decimal], t1: Decimal, t2: Decimal) -> None:
    group, rho60 = gd
    lo, hi = sorted((t1, t2))
    a = volume_correction(group, density60=rho60, temp_f=lo)
    b = volume_correction(group, density60=rho60, temp_f=hi)
    for r in (a, b):
        assert isinstance(r.ctl, Decimal) and isinstance(r.cpl, Decimal)
        assert r.ctpl.as_tuple().exponent == -5
        assert D("0.7") < r.ctl < D("1.2")
    if lo == hi:
        assert a.ctl == b.ctl
    else:
        assert a.ctl > b.ctl
    # Correcting to 60 °F: warm oil shrinks, cold oil grows.
    assert (a.ctl > 1) == (lo < 60) or abs(lo - 60) <= D("0.01")


@settings(max_examples=60, deadline=None)
@given(rho15=st.decimals(min_value=D("612"), max_value=D("1163"), places=3))
def test_products_density15_round_trip(rho15: Decimal) -> None:
    r = volume_correction("products", density15=rho15, temp_c="15")
    back = volume_correction(r.group, density60=r.rho60, temp_f="59")
    with localcontext() as ctx:
        ctx.prec = 34
        assert abs(r.rho60 * back.ctl - rho15) < D("1e-20")


def test_result_independent_of_callers_context() -> None:
    expected = volume_correction("crude", api="17.785", temp_f="-27.7")
    with localcontext() as ctx:
        ctx.prec = 6
        got = volume_correction("crude", api="17.785", temp_f="-27.7")
        got_json = got.as_json()
    assert got == expected
    assert got_json["ctl"] == "1.033011591958"


def test_vcf_json() -> None:
    r = volume_correction("products", sg="0.7943", temp_f="85", psig="247.3")
    j = r.as_json()
    assert j["standard"] == "API MPMS 11.1" and j["edition"] == "2004"
    assert j["table"] == "24B" and j["group"] == "jet"
    assert j["ctl"] == "0.986832406683"
    assert j["cpl"] == "1.001646525013"
    assert j["ctpl"] == "0.98846"
    assert j["rho60"] == "793.518408800000"
    assert all(isinstance(v, str) for v in j.values())
    assert {"alpha60", "t68_f", "base_temperature", "rho_star"} <= set(j)


def test_module_uses_no_floats() -> None:
    assert "float(" not in inspect.getsource(petroleum)


# --- shell correction ------------------------------------------------------------------


def test_shell_correction_uninsulated() -> None:
    # T_shell = (7·85 + 45)/8 = 80; ΔT = 20; CTSh = 1 + 2·6.2e-6·20 + (1.24e-4)²
    # = 1 + 0.000248 + 0.000000015376 = 1.000248015376 → 1.00025
    assert shell_correction(D(85), D(45)) == D("1.00025")


def test_shell_correction_insulated_or_ambient_unknown() -> None:
    # ΔT = 25; 1 + 0.00031 + (1.55e-4)² = 1.000310024025 → 1.00031
    assert shell_correction(D(85), D(45), insulated=True) == D("1.00031")
    assert shell_correction(D(85)) == D("1.00031")
    # ΔT = −20: 1 − 0.000248 + 0.000000015376 = 0.999752015376 → 0.99975
    assert shell_correction(D(40), insulated=True) == D("0.99975")
    # Stainless α 9.6e-6, T_ref 68: ΔT = 32; 1 + 0.0006144 + 9.437184e-8 → 1.00061
    assert shell_correction("100", alpha_per_f="0.0000096", t_ref_f="68") == D("1.00061")


def test_shell_correction_refusals() -> None:
    with pytest.raises(OutOfRange) as err:
        shell_correction(D(85), alpha_per_f=D(0))
    assert err.value.field == "alpha_per_f"
    with pytest.raises(OutOfRange) as err:
        shell_correction(D(85), D(400))
    assert err.value.field == "t_ambient_f"


# --- quantity chain --------------------------------------------------------------------


def _vcf(ctpl: str, base: str = "15 °C") -> VcfResult:
    return VcfResult(
        standard="API MPMS 11.1",
        edition="2004",
        table="54B",
        group="jet",
        base_temperature=base,
        rho60=D("793.5184088"),
        rho_star=D("793.5212704599680"),
        alpha60=D("0.000524557068"),
        t68_f=D("85.0133582229"),
        ctl=D(ctpl),
        cpl=D(1),
        ctpl=D(ctpl),
    )


def test_quantity_chain_m3_hand_example() -> None:
    chain = quantity_chain(
        tov=D("1000.000"),
        unit="m3",
        vcf=_vcf("0.98846"),
        free_water=D("10.000"),
        ctsh=D("1.00012"),
        fra=D("-2.500"),
        sw_percent=D("0.5"),
        density15=D("800.0"),
    )
    # (1000 − 10) × 1.00012 = 990.1188 → 990.119; − 2.500 → GOV 987.619
    assert chain.gov_m3 == D("987.619")
    # 987.619 × 0.98846 = 976.22187674 → 976.222 (unrounded GOV would give 976.221)
    assert chain.gsv_m3 == D("976.222")
    # 976.222 × 0.995 = 971.34089 → 971.341
    assert chain.nsv_m3 == D("971.341")
    # bc: 987.619/0.158987294928 = 6211.9366…, 976.222/… = 6140.2516…, 971.341/… = 6109.5510…
    assert (chain.gov_bbl, chain.gsv_bbl, chain.nsv_bbl) == (
        D("6211.94"),
        D("6140.25"),
        D("6109.55"),
    )
    # 971.341 × (800.0 − 1.1) / 1000 = 776.0043249 → 776.004 t
    assert chain.mass_t == D("776.004")
    assert chain.tov_m3 == D("1000.000") and chain.fra_m3 == D("-2.500")
    j = chain.as_json()
    assert j["nsv_m3"] == "971.341" and j["mass_t"] == "776.004"
    assert j["vcf"]["table"] == "54B" and j["vcf"]["edition"] == "2004"  # type: ignore[index]


def test_quantity_chain_bbl_hand_example() -> None:
    chain = quantity_chain(
        tov="10000.00",
        unit="bbl",
        vcf=_vcf("1.03301", base="60 °F"),
        free_water="25.50",
        ctsh="1.00025",
        sw_percent="0.25",
    )
    # (10000.00 − 25.50) × 1.00025 = 9976.993625 → GOV 9976.99 bbl
    # × 1.03301 = 10306.3304399 → GSV 10306.33; × 0.9975 = 10280.564175 → NSV 10280.56
    assert (chain.gov_bbl, chain.gsv_bbl, chain.nsv_bbl) == (
        D("9976.99"),
        D("10306.33"),
        D("10280.56"),
    )
    # bc: 10280.56 × 0.158987294928 = 1634.4784247… → 1634.478 m³
    assert chain.nsv_m3 == D("1634.478")
    assert chain.unit == "bbl"
    # 60 °F base: the mass uses NSV converted to 15 °C, which is smaller (oil at 59 °F is
    # denser), and mass = V15·(ρ15 − 1.1) = V60·ρ60 − 1.1·V15 since V15·ρ15 = V60·ρ60.
    assert chain.mass_t is not None and chain.nsv15_m3 is not None
    assert chain.nsv_m3 / D("1.001") < chain.nsv15_m3 < chain.nsv_m3
    expected = (chain.nsv_m3 * D("793.5184088") - D("1.1") * chain.nsv15_m3) / 1000
    assert abs(chain.mass_t - expected) < D("0.002")


def test_quantity_chain_mass_same_on_either_base() -> None:
    # The same oil and NSV mass, expressed on the 60 °F and 15 °C bases, must weigh the same.
    at59 = volume_correction("crude", density60="870", temp_f="59")
    rho15 = D(870) * at59.ctl
    v60 = volume_correction("crude", density60="870", temp_c="30")
    v15 = volume_correction("crude", density15=rho15, temp_c="30")
    c60 = quantity_chain(tov="50000.000", unit="m3", vcf=v60)
    c15 = quantity_chain(tov="50000.000", unit="m3", vcf=v15)
    assert c60.mass_t is not None and c15.mass_t is not None
    # CTPL is rounded to 5 dp on each base: 50000 m³ × 0.5e-5 × 0.87 t/m³ ≈ 0.22 t apart at
    # most per base. Using the 60 °F NSV as if it were at 15 °C would be ≈ 17 t off.
    assert abs(c60.mass_t - c15.mass_t) <= D("0.5")


def test_quantity_chain_rounds_half_up() -> None:
    # GOV 0.010 × CTPL 1.05 = 0.0105 exactly → 0.011 (ROUND_HALF_EVEN would give 0.010)
    chain = quantity_chain(tov="0.010", unit="m3", vcf=_vcf("1.05"))
    assert chain.gsv_m3 == D("0.011")


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"tov": "-1"}, "tov"),
        ({"free_water": "-0.1"}, "free_water"),
        ({"free_water": "100.001"}, "free_water"),
        ({"sw_percent": "-0.1"}, "sw_percent"),
        ({"sw_percent": "100.1"}, "sw_percent"),
        ({"ctsh": "1.1001"}, "ctsh"),
        ({"ctsh": "0.8999"}, "ctsh"),
        ({"fra": "-200"}, "fra"),
        ({"unit": "litre"}, "unit"),
        ({"density15": "1300"}, "density15"),
    ],
)
def test_quantity_chain_refusals(kwargs: dict[str, str], field: str) -> None:
    args: dict[str, object] = {"tov": "100.000", "unit": "m3", "vcf": _vcf("0.99")}
    args.update(kwargs)
    with pytest.raises(InvalidInput) as err:
        quantity_chain(**args)  # type: ignore[arg-type]
    assert err.value.field == field


def test_quantity_chain_limits_accepted() -> None:
    chain = quantity_chain(
        tov="100.000", unit="m3", vcf=_vcf("0.99"), free_water="100.000", sw_percent="100"
    )
    assert isinstance(chain, QuantityChain)
    assert chain.gov_m3 == 0 and chain.nsv_m3 == 0
    ok = quantity_chain(tov="100.000", unit="m3", vcf=_vcf("0.99"), ctsh="1.1", sw_percent="0")
    assert ok.gov_m3 == D("110.000")


def test_quantity_chain_refuses_vcf_without_a_band() -> None:
    bad = dataclasses.replace(_vcf("0.99"), group="products")
    with pytest.raises(InvalidInput) as err:
        quantity_chain(tov="100.000", unit="m3", vcf=bad)
    assert err.value.field == "vcf"
