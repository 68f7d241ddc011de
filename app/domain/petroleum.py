"""Oil in tanks: volume correction (API MPMS 11.1-2004) and the quantity chain (API MPMS 12.1).

The volume correction factor follows the 2004 procedure of API MPMS Chapter 11.1
(ASTM D1250-04) step by step, as summarised in ../shared/standards/MEASUREMENT.md
("Oil in tanks"):

1. the density at 60 °F, ρ60 (kg/m³), from API gravity, relative density, ρ60 itself
   or, for the metric tables, ρ15 (found by iteration);
2. the ITS-90 temperature converted to IPTS-68, the scale the correlations were fitted on;
3. the density shift from ρ60 to ρ* (the 2004 base temperature of 60.0068749 °F IPTS-68);
4. α60 from the commodity group's K0, K1, K2;
5. CTL, and CPL through the compressibility factor Fp;
6. CTPL = CTL · CPL rounded to 5 decimals (ROUND_HALF_UP).

The inputs are *not* rounded first (the standard rounds API to 0.1, °F to 0.1 and psig
to 1 before computing; Tijori keeps the measured values as given). Everything is
`Decimal`, computed in a private context of 34 significant digits so a caller's
context cannot change a result.

Inputs outside the standard's limits are refused with `OutOfRange`; the correlation
is never extrapolated.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Context, Decimal, localcontext
from enum import StrEnum

from app.domain.errors import InvalidInput, OutOfRange
from app.domain.messages import msg
from app.domain.units import BBL, M3, M3_PER_BARREL, decimal_string, parse_decimal

__all__ = [
    "QuantityChain",
    "VcfGroup",
    "VcfResult",
    "quantity_chain",
    "shell_correction",
    "volume_correction",
]

STANDARD = "API MPMS 11.1"
EDITION = "2004"
BASE_60F = "60 °F"
BASE_15C = "15 °C"

#: Significant digits for every calculation in this module.
PRECISION = 34

# --- constants of the 2004 procedure --------------------------------------------------

#: Coefficients a1..a8 of the ITS-90 → IPTS-68 correction, Δt = Σ a_i τ^i, τ = t90/630.
_ITS90_TO_IPTS68 = tuple(
    Decimal(a)
    for a in (
        "-0.148759",
        "-0.267408",
        "1.080760",
        "1.269056",
        "-4.089591",
        "-1.871251",
        "7.438081",
        "-3.536296",
    )
)
#: The density-shift temperature difference δ60 (°F).
DELTA_60 = Decimal("0.01374979547")
#: 60 °F (ITS-90) expressed on IPTS-68, the base of the 2004 correlation.
T_BASE_IPTS68_F = Decimal("60.0068749")
#: Relative density to kg/m³ at 60 °F (density of water at 60 °F in the standard).
WATER_KG_M3_60F = Decimal("999.016")
#: 15 °C in °F.
T_15C_F = Decimal(59)

RHO60_MIN = Decimal("610.6")
RHO60_MAX = Decimal("1163.5")
LUBE_RHO60_MIN = Decimal("800.9")
TEMP_F_MIN = Decimal(-58)
TEMP_F_MAX = Decimal(302)
TEMP_C_MIN = Decimal(-50)
TEMP_C_MAX = Decimal(150)
PSIG_MAX = Decimal(1500)
#: Gauge pressure of a perfect vacuum at standard atmosphere; below it is impossible.
PSIG_VACUUM = Decimal("-14.696")

_CTPL_STEP = Decimal("0.00001")
_DP12 = Decimal("1e-12")


class VcfGroup(StrEnum):
    """Commodity groups of API MPMS 11.1-2004, spelled as the CLI's `--commodity`."""

    CRUDE = "crude"
    GASOLINE = "gasoline"
    TRANSITION = "transition"
    JET = "jet"
    FUEL_OIL = "fuel-oil"
    PRODUCTS = "products"
    LUBE = "lube"


@dataclass(frozen=True, slots=True)
class _Band:
    """A group's coefficients and its ρ60 range [lo, hi) (hi included when `hi_closed`)."""

    k0: Decimal
    k1: Decimal
    k2: Decimal
    lo: Decimal
    hi: Decimal
    hi_closed: bool

    def contains(self, rho60: Decimal) -> bool:
        return self.lo <= rho60 and (rho60 <= self.hi if self.hi_closed else rho60 < self.hi)

    def describe(self) -> str:
        upper = f"{self.hi}" if self.hi_closed else f"< {self.hi}"
        return f"ρ60 {self.lo} to {upper} kg/m³"


_D = Decimal
_BANDS: dict[VcfGroup, _Band] = {
    VcfGroup.CRUDE: _Band(_D("341.0957"), _D(0), _D(0), RHO60_MIN, RHO60_MAX, True),
    VcfGroup.GASOLINE: _Band(_D("192.4571"), _D("0.2438"), _D(0), RHO60_MIN, _D("770.352"), False),
    VcfGroup.TRANSITION: _Band(
        _D("1489.0670"), _D(0), _D("-0.0018684"), _D("770.352"), _D("787.5195"), False
    ),
    VcfGroup.JET: _Band(_D("330.3010"), _D(0), _D(0), _D("787.5195"), _D("838.3127"), False),
    VcfGroup.FUEL_OIL: _Band(_D("103.8720"), _D("0.2701"), _D(0), _D("838.3127"), RHO60_MAX, True),
    VcfGroup.LUBE: _Band(_D(0), _D("0.34878"), _D(0), LUBE_RHO60_MIN, RHO60_MAX, True),
}
#: The refined-product bands in ascending density, as `products` chooses among them.
_REFINED = (VcfGroup.GASOLINE, VcfGroup.TRANSITION, VcfGroup.JET, VcfGroup.FUEL_OIL)
#: Range of the `products` group as a whole.
_PRODUCTS_RANGE = _Band(_D(0), _D(0), _D(0), RHO60_MIN, RHO60_MAX, True)


@contextmanager
def _ctx() -> Iterator[Context]:
    """A fresh decimal context of `PRECISION` digits, independent of the caller's."""
    with localcontext() as ctx:
        ctx.prec = PRECISION
        ctx.rounding = ROUND_HALF_EVEN
        ctx.Emax = 999_999
        ctx.Emin = -999_999
        yield ctx


# --- the 2004 procedure, step by step (call inside _ctx) ----------------------------


def _t68_f(temp_f: Decimal) -> Decimal:
    """ITS-90 °F → IPTS-68 °F with the standard's 8-term polynomial."""
    t90 = (temp_f - 32) / Decimal("1.8")
    tau = t90 / 630
    delta = Decimal(0)
    for a in reversed(_ITS90_TO_IPTS68):  # Horner: ((a8 τ + a7) τ + ... + a1) τ
        delta = (delta + a) * tau
    t68 = t90 - delta
    return Decimal("1.8") * t68 + 32


def _rho_star(rho60: Decimal, band: _Band) -> Decimal:
    """Shift ρ60 (ITS-90 60 °F) to ρ* at the IPTS-68 base temperature."""
    k0, k1, k2 = band.k0, band.k1, band.k2
    a = (DELTA_60 / 2) * ((k0 / rho60 + k1) / rho60 + k2)
    b = (2 * k0 + k1 * rho60) / (k0 + (k1 + k2 * rho60) * rho60)
    grow = (a * (1 + Decimal("0.8") * a)).exp() - 1
    return rho60 * (1 + grow / (1 + a * (1 + Decimal("1.6") * a) * b))


def _alpha60(rho_star: Decimal, band: _Band) -> Decimal:
    return band.k0 / (rho_star * rho_star) + band.k1 / rho_star + band.k2


def _ctl(alpha60: Decimal, t68_f: Decimal) -> Decimal:
    dt = t68_f - T_BASE_IPTS68_F
    return (-alpha60 * dt * (1 + Decimal("0.8") * alpha60 * (dt + DELTA_60))).exp()


def _cpl(rho_star: Decimal, t68_f: Decimal, psig: Decimal) -> Decimal:
    """CPL through the compressibility factor Fp; a negative gauge pressure counts as 0."""
    if psig <= 0:
        return Decimal(1)
    fp = (
        Decimal("-1.9947")
        + Decimal("0.00013427") * t68_f
        + (793920 + 2326 * t68_f) / (rho_star * rho_star)
    ).exp()
    return 1 / (1 - Decimal("1e-5") * fp * psig)


def _ctl_at(rho60: Decimal, band: _Band, temp_f: Decimal) -> Decimal:
    """CTL to 60 °F for density ρ60 observed at `temp_f` (ITS-90)."""
    return _ctl(_alpha60(_rho_star(rho60, band), band), _t68_f(temp_f))


def _rho15_from_rho60(rho60: Decimal, band: _Band) -> Decimal:
    return rho60 * _ctl_at(rho60, band, T_15C_F)


def _rho60_from_rho15(rho15: Decimal, band: _Band) -> Decimal:
    """Solve ρ15 = ρ60 · CTL(ρ60, 59 °F) for ρ60 by fixed-point iteration.

    CTL(ρ60, 59 °F) changes by parts in 10⁹ per kg/m³, so the iteration contracts by
    about that factor each step: it reaches 1e-25 kg/m³ in a handful of steps.
    """
    rho60 = rho15
    for _ in range(100):
        nxt = rho15 / _ctl_at(rho60, band, T_15C_F)
        if abs(nxt - rho60) < Decimal("1e-25"):
            return nxt
        rho60 = nxt
    raise AssertionError("ρ15 → ρ60 iteration did not converge")  # pragma: no cover


# --- public API -------------------------------------------------------------------------


@dataclass(frozen=True)
class VcfResult:
    """One volume correction, with the record a custody report must carry.

    `ctl` and `cpl` are unrounded; `ctpl` is rounded to 5 decimals as the standard
    prescribes and is the factor applied to volumes. For the 15 °C base, `ctl` is
    VCF15 = CTL(ρ60, T) / CTL(ρ60, 59 °F) and `rho60` the density found by iteration.
    """

    standard: str
    edition: str
    table: str
    group: str
    base_temperature: str
    rho60: Decimal
    rho_star: Decimal
    alpha60: Decimal
    t68_f: Decimal
    ctl: Decimal
    cpl: Decimal
    ctpl: Decimal

    def as_json(self) -> dict[str, str]:
        """All values as decimal strings: ctl, cpl, alpha60, ρ and T68 to 12 dp; ctpl to 5."""
        with _ctx():
            return {
                "standard": self.standard,
                "edition": self.edition,
                "table": self.table,
                "group": self.group,
                "base_temperature": self.base_temperature,
                "rho60": decimal_string(self.rho60.quantize(_DP12, ROUND_HALF_UP)),
                "rho_star": decimal_string(self.rho_star.quantize(_DP12, ROUND_HALF_UP)),
                "alpha60": decimal_string(self.alpha60.quantize(_DP12, ROUND_HALF_UP)),
                "t68_f": decimal_string(self.t68_f.quantize(_DP12, ROUND_HALF_UP)),
                "ctl": decimal_string(self.ctl.quantize(_DP12, ROUND_HALF_UP)),
                "cpl": decimal_string(self.cpl.quantize(_DP12, ROUND_HALF_UP)),
                "ctpl": decimal_string(self.ctpl.quantize(_CTPL_STEP, ROUND_HALF_UP)),
            }


def _parse_group(group: str | VcfGroup) -> VcfGroup:
    try:
        return VcfGroup(str(group).strip().lower())
    except ValueError:
        names = ", ".join(g.value for g in VcfGroup)
        raise InvalidInput(
            msg("commodity {group!r} is not an API MPMS 11.1 group (use one of {names})",
                group=group, names=names), "commodity"
        ) from None


def _one_of(field: str, **given: object) -> tuple[str, object]:
    present = [(name, value) for name, value in given.items() if value is not None]
    if len(present) != 1:
        names = ", ".join(given)
        raise InvalidInput(msg("give exactly one of {names} (got {count})",
                               names=names, count=len(present)), field)
    return present[0]


def _temperature_f(name: str, raw: object) -> Decimal:
    value = parse_decimal(raw, name)
    if name == "temp_c":
        if not TEMP_C_MIN <= value <= TEMP_C_MAX:
            raise OutOfRange(
                msg("temp_c {value} is outside API MPMS 11.1 limits ({TEMP_C_MIN} to "
                    "{TEMP_C_MAX} °C)", value=value, TEMP_C_MIN=TEMP_C_MIN, TEMP_C_MAX=TEMP_C_MAX),
                name,
            )
        return Decimal("1.8") * value + 32
    if not TEMP_F_MIN <= value <= TEMP_F_MAX:
        raise OutOfRange(
            msg("temp_f {value} is outside API MPMS 11.1 limits ({TEMP_F_MIN} to {TEMP_F_MAX} "
                "°F)", value=value, TEMP_F_MIN=TEMP_F_MIN, TEMP_F_MAX=TEMP_F_MAX),
            name,
        )
    return value


def _pressure(raw: object) -> Decimal:
    psig = parse_decimal(raw, "psig")
    if psig < PSIG_VACUUM:
        raise InvalidInput(msg("psig {psig} is below a perfect vacuum ({PSIG_VACUUM} psig)",
                               psig=psig, PSIG_VACUUM=PSIG_VACUUM), "psig")
    if psig > PSIG_MAX:
        raise OutOfRange(
            msg("psig {psig} is outside API MPMS 11.1 limits (0 to {PSIG_MAX} psig)",
                psig=psig, PSIG_MAX=PSIG_MAX), "psig"
        )
    return max(psig, Decimal(0))


def _density_refused(field: str, value: Decimal, rho60: Decimal | None, where: str) -> OutOfRange:
    shown = f"{field} {value}"
    if field != "density60" and rho60 is not None:
        shown += f" (ρ60 {rho60.quantize(Decimal('0.0001'), ROUND_HALF_UP)} kg/m³)"
    return OutOfRange(msg("{shown} is outside {where}", shown=shown, where=where), field)


def _check_band(field: str, value: Decimal, rho60: Decimal, group: VcfGroup) -> _Band:
    """Return the band for `group` at ρ60 (choosing one for `products`), or refuse."""
    if group is VcfGroup.PRODUCTS:
        if not _PRODUCTS_RANGE.contains(rho60):
            raise _density_refused(
                field,
                value,
                rho60,
                f"API MPMS 11.1 limits for products ({_PRODUCTS_RANGE.describe()})",
            )
        return next(_BANDS[g] for g in _REFINED if _BANDS[g].contains(rho60))
    band = _BANDS[group]
    if not band.contains(rho60):
        if group in _REFINED:
            where = (
                f"the API MPMS 11.1 {group.value} band ({band.describe()}); "
                "use commodity products to choose the band by density"
            )
        else:
            where = f"API MPMS 11.1 limits for {group.value} ({band.describe()})"
        raise _density_refused(field, value, rho60, where)
    return band


def _rho15_band(value: Decimal, group: VcfGroup) -> tuple[VcfGroup, _Band, Decimal]:
    """Find the band and ρ60 for a density at 15 °C (call inside _ctx).

    A band's ρ15 range runs from the ρ15 of its own lower ρ60 edge (computed with its own
    coefficients) to the next band's. `products` takes the highest band whose lower edge
    is at or below ρ15. Because the coefficients change at the edges, the mapped edges
    leave gaps and overlaps of under 3e-7 kg/m³; in a gap the iterated ρ60 can exceed the
    band's ρ60 edge by about that much, and named bands accept exactly the same ρ15 range
    as `products` assigns to them, so the two never disagree.
    """
    if group in (VcfGroup.PRODUCTS, *_REFINED):
        edges = [(g, _rho15_from_rho60(_BANDS[g].lo, _BANDS[g])) for g in _REFINED]
        top = _rho15_from_rho60(RHO60_MAX, _BANDS[VcfGroup.FUEL_OIL])
        if not edges[0][1] <= value <= top:
            where_group = "products" if group is VcfGroup.PRODUCTS else group.value
            raise _density_refused(
                "density15",
                value,
                None,
                f"API MPMS 11.1 limits for {where_group} (ρ15 {_q3(edges[0][1])} to {_q3(top)}"
                f" kg/m³, i.e. ρ60 {RHO60_MIN} to {RHO60_MAX} kg/m³)",
            )
        chosen = max(i for i, (_, edge) in enumerate(edges) if edge <= value)
        chosen_group = edges[chosen][0]
        if group is not VcfGroup.PRODUCTS and group is not chosen_group:
            i = _REFINED.index(group)
            lo = edges[i][1]
            hi = f"< {_q3(edges[i + 1][1])}" if i + 1 < len(edges) else f"{_q3(top)}"
            raise _density_refused(
                "density15",
                value,
                None,
                f"the API MPMS 11.1 {group.value} band (ρ15 {_q3(lo)} to {hi} kg/m³); "
                "use commodity products to choose the band by density",
            )
        band = _BANDS[chosen_group]
        return chosen_group, band, _rho60_from_rho15(value, band)
    band = _BANDS[group]
    lo = _rho15_from_rho60(band.lo, band)
    hi = _rho15_from_rho60(band.hi, band)
    if not lo <= value <= hi:
        raise _density_refused(
            "density15",
            value,
            None,
            f"API MPMS 11.1 limits for {group.value} (ρ15 {_q3(lo)} to {_q3(hi)} kg/m³, "
            f"i.e. {band.describe()})",
        )
    return group, band, _rho60_from_rho15(value, band)


def _q3(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.001"), ROUND_HALF_UP)


_TABLE_SUFFIX = {VcfGroup.CRUDE: "A", VcfGroup.LUBE: "D"}


def volume_correction(
    group: str | VcfGroup,
    *,
    api: Decimal | str | None = None,
    sg: Decimal | str | None = None,
    density60: Decimal | str | None = None,
    density15: Decimal | str | None = None,
    temp_f: Decimal | str | None = None,
    temp_c: Decimal | str | None = None,
    psig: Decimal | str = Decimal(0),
) -> VcfResult:
    """Correct a volume of oil to 60 °F (or 15 °C) and 0 psig by API MPMS 11.1-2004.

    Give exactly one density: `api` (API gravity), `sg` (relative density at 60 °F),
    `density60` (kg/m³ at 60 °F) or `density15` (kg/m³ at 15 °C, the metric tables);
    and exactly one temperature, `temp_f` or `temp_c` (ITS-90; °C is converted with
    T_F = 1.8·T_C + 32). `psig` is gauge pressure; a negative gauge pressure counts as 0.

    For `density15` the base is 15 °C: ρ60 is found by iterating
    ρ15 = ρ60 · CTL(ρ60, 59 °F), CTL becomes CTL(ρ60, T) / CTL(ρ60, 59 °F), and CPL is
    the standard's, from ρ* (of that ρ60) and the IPTS-68 observed temperature, because
    pressure corrects to 0 psig at the observed temperature whatever the base.

    `products` chooses gasoline, transition, jet or fuel-oil by ρ60; a named refined
    band is refused when the density lies outside it. Raises `InvalidInput`/`OutOfRange`.
    """
    grp = _parse_group(group)
    density_field, density_raw = _one_of(
        "density", api=api, sg=sg, density60=density60, density15=density15
    )
    temp_field, temp_raw = _one_of("temperature", temp_f=temp_f, temp_c=temp_c)
    density_value = parse_decimal(density_raw, density_field)
    pressure = _pressure(psig)

    with _ctx():
        t_f = _temperature_f(temp_field, temp_raw)
        base = BASE_60F
        if density_field == "density15":
            base = BASE_15C
            used, band, rho60 = _rho15_band(density_value, grp)
        else:
            if density_field == "api":
                if density_value + Decimal("131.5") <= 0:
                    raise _density_refused(
                        "api",
                        density_value,
                        None,
                        f"API MPMS 11.1 limits ({_BANDS[VcfGroup.CRUDE].describe()})",
                    )
                rho60 = Decimal("141.5") / (density_value + Decimal("131.5")) * WATER_KG_M3_60F
            elif density_field == "sg":
                rho60 = density_value * WATER_KG_M3_60F
            else:
                rho60 = density_value
            band = _check_band(density_field, density_value, rho60, grp)
            used = next(g for g, b in _BANDS.items() if b is band)

        rho_star = _rho_star(rho60, band)
        alpha60 = _alpha60(rho_star, band)
        t68 = _t68_f(t_f)
        ctl = _ctl(alpha60, t68)
        if base == BASE_15C:
            ctl = ctl / _ctl(alpha60, _t68_f(T_15C_F))
        cpl = _cpl(rho_star, t68, pressure)
        ctpl = (ctl * cpl).quantize(_CTPL_STEP, ROUND_HALF_UP)

    prefix = {"api": "6", "sg": "24", "density60": "24", "density15": "54"}[density_field]
    return VcfResult(
        standard=STANDARD,
        edition=EDITION,
        table=prefix + _TABLE_SUFFIX.get(used, "B"),
        group=used.value,
        base_temperature=base,
        rho60=rho60,
        rho_star=rho_star,
        alpha60=alpha60,
        t68_f=t68,
        ctl=ctl,
        cpl=cpl,
        ctpl=ctpl,
    )


def shell_correction(
    t_liquid_f: Decimal | str,
    t_ambient_f: Decimal | str | None = None,
    *,
    alpha_per_f: Decimal | str = Decimal("0.0000062"),
    t_ref_f: Decimal | str = Decimal(60),
    insulated: bool = False,
) -> Decimal:
    """CTSh = 1 + 2αΔT + α²ΔT², ΔT = T_shell − T_ref, rounded to 5 decimals (HALF_UP).

    T_shell = (7·T_liquid + T_ambient)/8 for an uninsulated tank; T_liquid when the tank
    is insulated or the ambient temperature is unknown. The default α is mild steel
    (6.2e-6 /°F) and T_ref the temperature the tank was calibrated at.
    """
    t_liquid = parse_decimal(t_liquid_f, "t_liquid_f")
    alpha = parse_decimal(alpha_per_f, "alpha_per_f")
    t_ref = parse_decimal(t_ref_f, "t_ref_f")
    if not Decimal(0) < alpha <= Decimal("0.0001"):
        raise OutOfRange(
            msg("alpha_per_f {alpha} is not a tank-steel expansion coefficient (0 to 0.0001 "
                "/°F)", alpha=alpha),
            "alpha_per_f",
        )
    for name, value in (("t_liquid_f", t_liquid), ("t_ref_f", t_ref)):
        _check_shell_temperature(name, value)
    with _ctx():
        if insulated or t_ambient_f is None:
            t_shell = t_liquid
        else:
            t_ambient = parse_decimal(t_ambient_f, "t_ambient_f")
            _check_shell_temperature("t_ambient_f", t_ambient)
            t_shell = (7 * t_liquid + t_ambient) / 8
        a_dt = alpha * (t_shell - t_ref)
        return (1 + 2 * a_dt + a_dt * a_dt).quantize(_CTPL_STEP, ROUND_HALF_UP)


def _check_shell_temperature(name: str, value: Decimal) -> None:
    if not TEMP_F_MIN <= value <= TEMP_F_MAX:
        raise OutOfRange(
            msg("{name} {value} is outside the tank temperature limits ({TEMP_F_MIN} to "
                "{TEMP_F_MAX} °F)",
                name=name, value=value, TEMP_F_MIN=TEMP_F_MIN, TEMP_F_MAX=TEMP_F_MAX),
            name,
        )


@dataclass(frozen=True)
class QuantityChain:
    """TOV → GOV → GSV → NSV for one tank, in m³ (3 dp) and barrels (2 dp).

    `unit` is the unit the chain was computed in (the unit TOV was given in); the other
    unit's volumes are conversions of the rounded results. `nsv15_m3` is NSV at 15 °C,
    the volume the mass is computed from.
    """

    tov_m3: Decimal
    free_water_m3: Decimal
    ctsh: Decimal
    fra_m3: Decimal
    gov_m3: Decimal
    ctpl: Decimal
    gsv_m3: Decimal
    sw_percent: Decimal
    nsv_m3: Decimal
    gov_bbl: Decimal
    gsv_bbl: Decimal
    nsv_bbl: Decimal
    mass_t: Decimal | None
    vcf: VcfResult
    unit: str = M3
    nsv15_m3: Decimal | None = None

    def as_json(self) -> dict[str, object]:
        """Decimal strings throughout; the VCF record is nested under "vcf"."""
        out: dict[str, object] = {
            "unit": self.unit,
            "tov_m3": decimal_string(self.tov_m3),
            "free_water_m3": decimal_string(self.free_water_m3),
            "ctsh": decimal_string(self.ctsh),
            "fra_m3": decimal_string(self.fra_m3),
            "gov_m3": decimal_string(self.gov_m3),
            "ctpl": decimal_string(self.ctpl),
            "gsv_m3": decimal_string(self.gsv_m3),
            "sw_percent": decimal_string(self.sw_percent),
            "nsv_m3": decimal_string(self.nsv_m3),
            "gov_bbl": decimal_string(self.gov_bbl),
            "gsv_bbl": decimal_string(self.gsv_bbl),
            "nsv_bbl": decimal_string(self.nsv_bbl),
            "nsv15_m3": None if self.nsv15_m3 is None else decimal_string(self.nsv15_m3),
            "mass_t": None if self.mass_t is None else decimal_string(self.mass_t),
            "vcf": self.vcf.as_json(),
        }
        return out


_M3_STEP = Decimal("0.001")
_BBL_STEP = Decimal("0.01")
_T_STEP = Decimal("0.001")
RHO15_MIN = Decimal(600)
RHO15_MAX = Decimal(1200)
#: Air buoyancy term of the mass-in-air formula (kg/m³).
AIR_BUOYANCY_KG_M3 = Decimal("1.1")


def quantity_chain(
    *,
    tov: Decimal | str,
    unit: str,
    vcf: VcfResult,
    free_water: Decimal | str = Decimal(0),
    ctsh: Decimal | str = Decimal(1),
    fra: Decimal | str = Decimal(0),
    sw_percent: Decimal | str = Decimal(0),
    density15: Decimal | str | None = None,
) -> QuantityChain:
    """Run the API MPMS 12.1 chain: GOV = (TOV − FW)·CTSh + FRA, GSV = GOV·CTPL, NSV.

    Volumes are in `unit` ("m3" or "bbl") and rounded, ROUND_HALF_UP, to 0.001 m³ or
    0.01 bbl at every step (TOV, FW and FRA on entry, then (TOV − FW)·CTSh, GOV, GSV
    and NSV), each step using the rounded value before it, as API MPMS 12.1 does.
    `fra` is signed: the floating-roof adjustment is added as given (usually negative,
    a deduction). The mass in air, in tonnes to 3 dp, is NSV at 15 °C × (ρ15 − 1.1)/1000;
    ρ15 is `density15` when given, otherwise ρ60·CTL(ρ60, 59 °F) from the VCF. When the
    VCF is on the 60 °F base, NSV at 15 °C is NSV / CTL(ρ60, 59 °F) (same mass), rounded
    to 0.001 m³.
    """
    if unit not in (M3, BBL):
        raise InvalidInput(msg("unit {unit!r} is not a tank volume unit (use {M3} or {BBL})",
                               unit=unit, M3=M3, BBL=BBL), "unit")
    if not isinstance(vcf, VcfResult):
        raise InvalidInput("vcf must be the result of a volume correction", "vcf")
    step = _M3_STEP if unit == M3 else _BBL_STEP
    tov_v = parse_decimal(tov, "tov")
    fw_v = parse_decimal(free_water, "free_water")
    fra_v = parse_decimal(fra, "fra")
    ctsh_v = parse_decimal(ctsh, "ctsh")
    sw_v = parse_decimal(sw_percent, "sw_percent")
    if tov_v < 0:
        raise InvalidInput(msg("tov {tov_v} is negative", tov_v=tov_v), "tov")
    if fw_v < 0:
        raise InvalidInput(msg("free_water {fw_v} is negative", fw_v=fw_v), "free_water")
    if fw_v > tov_v:
        raise InvalidInput(msg("free_water {fw_v} is more than tov {tov_v}",
                               fw_v=fw_v, tov_v=tov_v), "free_water")
    if not 0 <= sw_v <= 100:
        raise OutOfRange(msg("sw_percent {sw_v} is outside 0 to 100 %", sw_v=sw_v), "sw_percent")
    if not Decimal("0.9") <= ctsh_v <= Decimal("1.1"):
        raise OutOfRange(msg("ctsh {ctsh_v} is outside 0.9 to 1.1", ctsh_v=ctsh_v), "ctsh")
    rho15_given = None
    if density15 is not None:
        rho15_given = parse_decimal(density15, "density15")
        if not RHO15_MIN <= rho15_given <= RHO15_MAX:
            raise OutOfRange(
                msg("density15 {rho15_given} is outside {RHO15_MIN} to {RHO15_MAX} kg/m³",
                    rho15_given=rho15_given, RHO15_MIN=RHO15_MIN, RHO15_MAX=RHO15_MAX),
                "density15",
            )

    with _ctx():

        def rnd(value: Decimal) -> Decimal:
            return value.quantize(step, ROUND_HALF_UP)

        tov_r, fw_r, fra_r = rnd(tov_v), rnd(fw_v), rnd(fra_v)
        gov = rnd(rnd((tov_r - fw_r) * ctsh_v) + fra_r)
        if gov < 0:
            raise InvalidInput(
                msg("fra {fra_v} leaves a negative gross observed volume ({gov} {unit})",
                    fra_v=fra_v, gov=gov, unit=unit), "fra"
            )
        gsv = rnd(gov * vcf.ctpl)
        nsv = rnd(gsv * (1 - sw_v / 100))

        def m3(value: Decimal) -> Decimal:
            return (
                value if unit == M3 else (value * M3_PER_BARREL).quantize(_M3_STEP, ROUND_HALF_UP)
            )

        def bbl(value: Decimal) -> Decimal:
            return (
                value if unit == BBL else (value / M3_PER_BARREL).quantize(_BBL_STEP, ROUND_HALF_UP)
            )

        nsv_m3 = m3(nsv)
        try:
            band = _BANDS[VcfGroup(vcf.group)]
        except (ValueError, KeyError):
            raise InvalidInput(
                msg("vcf group {group!r} is not a band of API MPMS 11.1", group=vcf.group), "vcf"
            ) from None
        ctl59 = _ctl_at(vcf.rho60, band, T_15C_F)
        rho15 = rho15_given if rho15_given is not None else vcf.rho60 * ctl59
        if vcf.base_temperature == BASE_15C:
            nsv15 = nsv_m3
        else:
            nsv15 = (nsv_m3 / ctl59).quantize(_M3_STEP, ROUND_HALF_UP)
        mass = (nsv15 * (rho15 - AIR_BUOYANCY_KG_M3) / 1000).quantize(_T_STEP, ROUND_HALF_UP)

        return QuantityChain(
            tov_m3=m3(tov_r),
            free_water_m3=m3(fw_r),
            ctsh=ctsh_v,
            fra_m3=m3(fra_r),
            gov_m3=m3(gov),
            ctpl=vcf.ctpl,
            gsv_m3=m3(gsv),
            sw_percent=sw_v,
            nsv_m3=nsv_m3,
            gov_bbl=bbl(gov),
            gsv_bbl=bbl(gsv),
            nsv_bbl=bbl(nsv),
            mass_t=mass,
            vcf=vcf,
            unit=unit,
            nsv15_m3=nsv15,
        )
