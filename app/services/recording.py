"""Recording what the custodian holds: sites, bars, lots, tanks, gaugings, gas, movements.

Each function validates everything first, then records one journal event in one
transaction. A rule broken raises `InvalidInput` and stores nothing.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from datetime import datetime
from decimal import Decimal
from typing import Any

from app.domain import gas as gasdom
from app.domain import metals, petroleum
from app.domain.errors import InvalidInput, NotFound, TijoriError
from app.domain.identity import bar_clash, identity_key
from app.domain.messages import msg
from app.domain.sites import SiteKind, make_site
from app.domain.units import decimal_string
from app.services import calibration, gauging, identify
from app.services.gauging import SHELLS
from app.services.movement import Movement
from app.store import queries
from app.store.ledger import Ledger, rfc3339
from app.store.projection import next_holding_id

BAR_METHOD = {
    "standard": "LBMA Good Delivery Rules",
    "edition": "2024",
    "gross": "gold rounded down to 0.025 ozt, silver down to 0.1 ozt",
    "fine": "gross × fineness / 1000, rounded half-up to 0.001 ozt",
}
LOT_METHOD = {"standard": "LME-style warrant, lot tolerance ±2 %", "edition": "2024"}
GAS_METHOD = {
    "standard": "ISO 13443 reference conditions; ISO 6976 calorific value",
    "edition": "ISO 13443:1996, ISO 6976:2016",
    "energy": "GJ = Sm3 × GCV (MJ/Sm3) / 1000; MMBtu = GJ / 1.055056; MWh = GJ / 3.6",
}
LNG_METHOD = {
    "standard": "GIIGNL LNG Custody Transfer Handbook",
    "edition": "6th edition",
    "energy": "E = V × density × GCV(mass) − displaced vapour",
}

# Which kinds of site may hold which kind of holding.
SITE_KINDS = {
    "bar": (SiteKind.VAULT, SiteKind.WAREHOUSE),
    "lot": (SiteKind.WAREHOUSE, SiteKind.VAULT),
    "tank": (SiteKind.TANK_FARM,),
    "storage": (SiteKind.GAS_STORAGE,),
    "lng": (SiteKind.LNG_TERMINAL,),
}
TANK_COMMODITIES = {
    "crude-oil": "crude",
    "gasoline": "gasoline",
    "jet-fuel": "jet",
    "diesel": "fuel-oil",
    "fuel-oil": "fuel-oil",
    "lube-oil": "lube",
    "refined-product": "products",
}
ROOFS = ("fixed", "floating", "internal-floating")


def _label(value: str, field: str, *, required: bool = True, limit: int = 100) -> str:
    value = (value or "").strip()
    if required and not value:
        raise InvalidInput(msg("{field} is required", field=field), field)
    if len(value) > limit or (value and not value.isprintable()):
        raise InvalidInput(msg("{field} must be at most {limit} printable characters",
                               field=field, limit=limit), field)
    return value


def site_for(ledger: Ledger, code: str, holding: str) -> dict[str, Any]:
    site = queries.site(ledger, code.strip().upper())
    if site is None:
        raise NotFound(msg("There is no site {code!r}; add it with `tijori site add`.", code=code))
    allowed = SITE_KINDS[holding]
    if site["kind"] not in allowed:
        kinds = " or ".join(k.value for k in allowed)
        raise InvalidInput(
            msg("site {code} is a {kind}; this holding belongs in a {kinds}",
                code=site['code'], kind=site['kind'], kinds=kinds), "site"
        )
    return site


def time_arg(value: str | datetime | None, field: str, ledger: Ledger) -> str:
    """A user-given time as UTC RFC 3339; now if not given."""
    if value is None or value == "":
        return rfc3339(ledger.clock())
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            raise InvalidInput(
                msg("{field} {value!r} is not an RFC 3339 time such as 2026-11-25T09:30:00Z",
                    field=field, value=value), field
            ) from None
    if value.tzinfo is None:
        raise InvalidInput(msg("{field} must carry a time zone (e.g. Z for UTC)",
                               field=field), field)
    return rfc3339(value)


def add_site(
    ledger: Ledger, code: str, name: str, kind: str, jurisdiction: str = "", operator: str = ""
) -> dict[str, Any]:
    site = make_site(code, name, kind, jurisdiction, operator)
    if queries.site(ledger, site.code):
        raise InvalidInput(msg("site {code} already exists", code=site.code), "code")
    payload = {"code": site.code, "name": site.name, "kind": site.kind.value,
               "jurisdiction": site.jurisdiction, "operator": site.operator}
    ledger.record("site.added", payload)
    return payload


def _held_lookalike(ledger: Ledger, brand: str, serial: str, year: int) -> str | None:
    """Why the bar cannot be received, if the ledger holds it or a lookalike of it."""
    row = ledger.conn.execute(
        "SELECT id, brand, serial, year FROM bars WHERE serial_key = ? AND brand_key = ? "
        "AND year = ?", (identity_key(serial), identity_key(brand), year)
    ).fetchone()
    if row is None:
        return None
    return bar_clash((brand, serial, year), row[1:], msg("already held as holding {id}", id=row[0]))


def add_bar(
    ledger: Ledger,
    *,
    site: str,
    metal: str,
    brand: str,
    serial: str,
    year: str | int,
    fineness: str | Decimal,
    gross_oz: str | Decimal | None = None,
    gross_kg: str | Decimal | None = None,
    fine_oz: str | Decimal | None = None,
    location: str = "",
    movement: Movement | None = None,
) -> dict[str, Any]:
    """Receive one bar."""
    site_row = site_for(ledger, site, "bar")
    brand, serial, year_n = metals.normalize_bar_identity(brand, serial, year)
    if (gross_oz in (None, "")) == (gross_kg in (None, "")):
        raise InvalidInput("give the gross weight once: gross_oz or gross_kg", "gross_oz")
    weights = metals.bar_weights(
        metal, gross_oz=gross_oz or None, gross_kg=gross_kg or None, fineness=fineness
    )
    if fine_oz not in (None, ""):
        metals.check_fine_oz(weights, fine_oz)
    location = _label(location, "location", required=False)
    with ledger.transaction():
        clash = _held_lookalike(ledger, brand, serial, year_n)
        if clash is not None:
            raise InvalidInput(clash, "serial")
        holding_id = next_holding_id(ledger.conn)
        payload = {
            "id": holding_id, "site": site_row["code"], "metal": metals.Metal(metal).value,
            "brand": brand, "serial": serial, "year": str(year_n),
            "gross_oz": decimal_string(weights.gross_oz),
            "fineness": decimal_string(weights.fineness),
            "fine_oz": decimal_string(weights.fine_oz), "location": location,
            "flags": list(weights.flags),
            "method": BAR_METHOD, "movement": (movement or Movement()).as_json(),
        }
        ledger.record("bar.received", payload)
    return _holding(ledger, holding_id)


def add_lot(
    ledger: Ledger,
    *,
    site: str,
    metal: str,
    warrant: str,
    brand: str,
    shape: str,
    grade: str,
    bundles: int | str,
    gross_t: str | Decimal,
    net_t: str | Decimal,
    location: str = "",
    movement: Movement | None = None,
) -> dict[str, Any]:
    """Receive one base-metal lot (warrant)."""
    site_row = site_for(ledger, site, "lot")
    lot = metals.lot_record(metal=metal, warrant=warrant, brand=brand, shape=shape, grade=grade,
                            bundles=bundles, gross_t=gross_t, net_t=net_t)
    location = _label(location, "location", required=False)
    with ledger.transaction():
        if ledger.conn.execute("SELECT 1 FROM lots WHERE warrant = ?", (lot.warrant,)).fetchone():
            raise InvalidInput(msg("warrant {warrant} is already held",
                                   warrant=lot.warrant), "warrant")
        holding_id = next_holding_id(ledger.conn)
        payload = {
            "id": holding_id, "site": site_row["code"], "metal": str(lot.metal),
            "warrant": lot.warrant, "brand": lot.brand, "shape": lot.shape, "grade": lot.grade,
            "bundles": lot.bundles, "gross_t": decimal_string(lot.gross_t),
            "net_t": decimal_string(lot.net_t),
            "location": location, "within_tolerance": lot.within_tolerance,
            "flags": list(lot.flags), "method": LOT_METHOD,
            "movement": (movement or Movement()).as_json(),
        }
        ledger.record("lot.received", payload)
    return _holding(ledger, holding_id)


def add_tank(
    ledger: Ledger,
    *,
    site: str,
    code: str,
    commodity: str,
    product: str = "",
    vcf_group: str | None = None,
    roof: str = "fixed",
    shell: str = "mild-steel",
) -> dict[str, Any]:
    site_row = site_for(ledger, site, "tank")
    code = _label(code, "code", limit=32).upper()
    if commodity not in TANK_COMMODITIES:
        raise InvalidInput(
            msg("commodity {commodity!r} is not one of {TANK_COMMODITIES}",
                commodity=commodity, TANK_COMMODITIES=', '.join(TANK_COMMODITIES)), "commodity"
        )
    group = vcf_group or TANK_COMMODITIES[commodity]
    try:
        group = petroleum.VcfGroup(group).value
    except ValueError:
        choices = ", ".join(g.value for g in petroleum.VcfGroup)
        raise InvalidInput(msg("VCF group {group!r} is not one of {choices}",
                               group=group, choices=choices), "vcf_group") from None
    if roof not in ROOFS:
        raise InvalidInput(msg("roof {roof!r} is not one of {ROOFS}",
                               roof=roof, ROOFS=', '.join(ROOFS)), "roof")
    if shell not in SHELLS:
        raise InvalidInput(msg("shell {shell!r} is not one of {SHELLS}",
                               shell=shell, SHELLS=', '.join(SHELLS)), "shell")
    with ledger.transaction():
        if ledger.conn.execute("SELECT 1 FROM tanks WHERE code = ?", (code,)).fetchone():
            raise InvalidInput(msg("tank {code} already exists", code=code), "code")
        holding_id = next_holding_id(ledger.conn)
        ledger.record("tank.added", {
            "id": holding_id, "site": site_row["code"], "code": code, "commodity": commodity,
            "product": _label(product, "product", required=False) or commodity,
            "vcf_group": group, "roof": roof, "shell": shell,
        })
    return _holding(ledger, holding_id)


def _tank(ledger: Ledger, code: str) -> dict[str, Any]:
    row = ledger.conn.execute(
        "SELECT id FROM tanks WHERE code = ?", (code.strip().upper(),)
    ).fetchone()
    if row is None:
        raise NotFound(msg("There is no tank {code!r}; add it with `tijori tank add`.", code=code))
    return _holding(ledger, row[0])


def gauge_tank(
    ledger: Ledger,
    *,
    tank: str,
    tov: str | Decimal | None = None,
    level_mm: Any = None,
    ullage_mm: Any = None,
    reference_height_mm: Any = None,
    allow_critical_zone: bool = False,
    unit: str | None = None,
    temperature: str | Decimal,
    temperature_unit: str = "C",
    api: Any = None,
    sg: Any = None,
    density60: Any = None,
    density15: Any = None,
    psig: Any = "0",
    free_water: Any = "0",
    sw_percent: Any = "0",
    ambient: Any = None,
    fra: Any = "0",
    gauged_at: str | None = None,
    movement: Movement | None = None,
) -> dict[str, Any]:
    """Record a tank gauging: the quantity chain (level → table →) TOV → GOV → GSV → NSV.

    Exactly one of `tov`, `level_mm` and `ullage_mm` is given; a level or an ullage
    is read through the tank's current calibration table (see `gauging.compute`),
    and the gauging records the level, the table's version and digest and the TOV
    read from it. The result carries the chain and, for a level, `level`: the line
    from the level to TOV (`gauging.level_line`).
    """
    held = _tank(ledger, tank)
    at = time_arg(gauged_at, "at", ledger)
    by_level = any(value not in (None, "") for value in (level_mm, ullage_mm))
    with ledger.transaction():  # the table read is the table named in the event
        table = calibration.current(ledger, held["code"]) if by_level else None
        result = gauging.compute(
            held, tov=tov, level_mm=level_mm, ullage_mm=ullage_mm,
            reference_height_mm=reference_height_mm, table=table,
            allow_critical_zone=allow_critical_zone, unit=unit, temperature=temperature,
            temperature_unit=temperature_unit, api=api, sg=sg, density60=density60,
            density15=density15, psig=psig, free_water=free_water, sw_percent=sw_percent,
            ambient=ambient, fra=fra,
        )
        payload = {
            "id": held["id"], "tank": held["code"], "gauged_at": at,
            "inputs": result.inputs, "chain": result.chain.as_json(),
            "movement": (movement or Movement(kind="inventory")).as_json(),
        }
        ledger.record("tank.gauged", payload)
    return {"holding": _holding(ledger, held["id"]), "chain": payload["chain"],
            "inputs": result.inputs, "level": gauging.level_line(result.inputs)}


def record_gas(
    ledger: Ledger,
    *,
    site: str,
    code: str,
    kind: str = "storage",
    unit: str = "Sm3",
    working_volume: Any = None,
    cushion_volume: Any = "0",
    gcv_mj_per_sm3: Any = None,
    volume_m3: Any = None,
    density_kg_m3: Any = None,
    gcv_mj_per_kg: Any = None,
    displaced_vapour_gj: Any = "0",
    mmbtu_basis: str | None = None,
    measured_at: str | None = None,
    movement: Movement | None = None,
) -> dict[str, Any]:
    """Record a gas storage inventory or an LNG tank inventory (energy with its origin)."""
    if kind not in ("storage", "lng"):
        raise InvalidInput("gas kind must be storage or lng", "kind")
    site_row = site_for(ledger, site, kind)
    code = _label(code, "code", limit=32).upper()
    if kind == "storage":
        inventory = gasdom.storage_inventory(
            working_volume=working_volume, cushion_volume=cushion_volume, unit=unit,
            gcv_mj_per_sm3=gcv_mj_per_sm3,
        )
        reading = {**inventory.as_json(), "method": GAS_METHOD, "given": {
            "working_volume": str(working_volume), "cushion_volume": str(cushion_volume),
            "unit": unit, "gcv_mj_per_sm3": str(gcv_mj_per_sm3)}}
        energy, cushion = inventory.working.mmbtu, inventory.cushion.mmbtu
    else:
        extra = {"mmbtu_basis": mmbtu_basis} if mmbtu_basis else {}
        lng = gasdom.lng_inventory(
            volume_m3=volume_m3, density_kg_m3=density_kg_m3, gcv_mj_per_kg=gcv_mj_per_kg,
            displaced_vapour_gj=displaced_vapour_gj, **extra,
        )
        reading = {**lng.as_json(), "method": LNG_METHOD}
        energy, cushion = lng.mmbtu, Decimal("0.000")
    with ledger.transaction():
        row = ledger.conn.execute("SELECT id, site, kind FROM gas WHERE code = ?",
                                  (code,)).fetchone()
        if row and (row[1] != site_row["code"] or row[2] != kind):
            raise InvalidInput(
                msg("{code} is already a {row} inventory at site {row2}",
                    code=code, row=row[2], row2=row[1]), "code"
            )
        holding_id = row[0] if row else next_holding_id(ledger.conn)
        ledger.record("gas.recorded", {
            "id": holding_id, "site": site_row["code"], "code": code, "kind": kind,
            "measured_at": time_arg(measured_at, "at", ledger), "reading": reading,
            "energy_mmbtu": decimal_string(energy), "cushion_mmbtu": decimal_string(cushion),
            "movement": (movement or Movement(kind="inventory")).as_json(),
        })
    return _holding(ledger, holding_id)


def _holding(ledger: Ledger, holding_id: int) -> dict[str, Any]:
    found = queries.holding(ledger, holding_id)
    if found is None:
        raise NotFound(msg("There is no holding {holding_id} in this ledger.",
                           holding_id=holding_id))
    return found


#: The most holdings one transfer or withdrawal may move (one journal event).
MAX_PER_EVENT = 10_000


def find_holding(ledger: Ledger, holding: int | str, *, brand: str | None = None,
                 year: str | int | None = None) -> dict[str, Any]:
    """One holding as a user names it: serial, warrant, code or id (`identify.resolve`).

    Refusals name the field "holding": `NotFound`, `Ambiguous` (with the candidates).
    """
    return identify.resolve(ledger, holding, brand=brand, year=year)


def _movable(ledger: Ledger, holding: int | str, action: str, *, brand: str | None = None,
             year: str | int | None = None) -> dict[str, Any]:
    held = find_holding(ledger, holding, brand=brand, year=year)
    if held["kind"] not in ("bar", "lot"):
        raise InvalidInput(
            msg("holding {id} is a {kind}: its quantity changes by a new {value}, not by "
                "{action}",
                id=held['id'],
                kind=held['kind'],
                value='gauging' if held['kind'] == 'tank' else 'gas reading',
                action=action),
            "holding",
        )
    return held


@contextlib.contextmanager
def _entry(number: int, total: int) -> Iterator[None]:
    """A refusal about one holding of a list says which entry it is."""
    try:
        yield
    except TijoriError as exc:
        if total > 1:
            exc.message = f"entry {number} of {total}: {exc.message}"
            exc.args = (exc.message,)
        raise


def _movables(ledger: Ledger, holdings: Iterable[int | str], action: str, *,
              brand: str | None, year: str | int | None) -> list[dict[str, Any]]:
    """Every holding named, each a bar or lot, none named twice: all checked first."""
    named = list(holdings)
    if not named:
        raise InvalidInput("name at least one holding", "holding")
    if len(named) > MAX_PER_EVENT:
        raise InvalidInput(
            msg("{count:,} holdings are named, but one {action} moves at most "
                "{MAX_PER_EVENT:,}: split the list",
                count=len(named), action=action, MAX_PER_EVENT=MAX_PER_EVENT), "holding")
    found: list[dict[str, Any]] = []
    first: dict[int, int] = {}
    for number, text in enumerate(named, 1):
        with _entry(number, len(named)):
            held = _movable(ledger, text, action, brand=brand, year=year)
            if held["id"] in first:
                raise InvalidInput(
                    msg("holding {id} ({label}) is named twice, as entries {first} and {number}",
                        id=held['id'],
                        label=identify.label(held),
                        first=first[held['id']],
                        number=number), "holding")
        first[held["id"]] = number
        found.append(held)
    return found


def _moved(held: list[dict[str, Any]], event: Any, verb: str, where: str = ""
           ) -> dict[str, Any]:
    """What a transfer or withdrawal returns: the event, the ids, the count and totals
    (decimal strings), and a sentence: "Transferred 3 bars (1,198.320 ozt) to …"."""
    counted = identify.tally(held)
    return {
        "event": event.seq, "kind": event.kind, "holdings": [h["id"] for h in held],
        "count": counted["count"], "bars": counted["bars"], "lots": counted["lots"],
        "fine_oz": decimal_string(counted["fine_oz"]),
        "net_t": decimal_string(counted["net_t"]),
        "summary": f"{verb} {identify.tally_words(counted)}{where} — event {event.seq}",
    }


def withdraw_many(ledger: Ledger, holdings: Iterable[int | str],
                  movement: Movement | None = None, *, brand: str | None = None,
                  year: str | int | None = None) -> dict[str, Any]:
    """Bars and lots leave custody together: one journal event (`holdings.withdrawn`;
    a single holding keeps the `holding.withdrawn` event of old)."""
    with ledger.transaction():
        held = _movables(ledger, holdings, "withdrawal", brand=brand, year=year)
        moved = (movement or Movement(kind="withdrawal")).as_json()
        entries = [{"id": h["id"], "holding_kind": h["kind"], "holding": h} for h in held]
        if len(entries) == 1:
            event = ledger.record("holding.withdrawn", {**entries[0], "movement": moved})
        else:
            event = ledger.record("holdings.withdrawn", {"holdings": entries,
                                                         "movement": moved})
    return {**_moved(held, event, "Withdrew"),
            "withdrawn": held}


def withdraw(ledger: Ledger, holding: int | str, movement: Movement | None = None, *,
             brand: str | None = None, year: str | int | None = None) -> dict[str, Any]:
    """A bar or lot leaves custody; returns its record as it was."""
    return withdraw_many(ledger, [holding], movement, brand=brand, year=year)["withdrawn"][0]


def transfer_many(
    ledger: Ledger, holdings: Iterable[int | str], to_site: str, location: str = "",
    movement: Movement | None = None, *, brand: str | None = None,
    year: str | int | None = None,
) -> dict[str, Any]:
    """Move bars and lots to another site (or location) together: one journal event
    (`holdings.transferred`; a single holding keeps the `holding.transferred` of old)."""
    with ledger.transaction():
        held = _movables(ledger, holdings, "transfer", brand=brand, year=year)
        location = _label(location, "location", required=False)
        targets: dict[str, dict[str, Any]] = {}
        entries = []
        for number, h in enumerate(held, 1):
            with _entry(number, len(held)):
                if h["kind"] not in targets:
                    targets[h["kind"]] = site_for(ledger, to_site, h["kind"])
                site = targets[h["kind"]]["code"]
                if site == h["site"] and location == h["location"]:
                    raise InvalidInput(msg("holding {id} is already at {site} {location}",
                                           id=h['id'], site=site, location=location),
                                       "to_site")
            entries.append({"id": h["id"], "holding_kind": h["kind"], "from_site": h["site"],
                            "from_location": h["location"]})
        moved = (movement or Movement(kind="transfer")).as_json()
        if len(entries) == 1:
            event = ledger.record("holding.transferred", {
                **entries[0], "to_site": site, "location": location, "movement": moved})
        else:
            event = ledger.record("holdings.transferred", {
                "holdings": entries, "to_site": site, "location": location, "movement": moved})
    return {**_moved(held, event, "Transferred", f" to {site} {location}".rstrip()),
            "to_site": site, "location": location}


def transfer(
    ledger: Ledger, holding: int | str, to_site: str, location: str = "",
    movement: Movement | None = None, *, brand: str | None = None,
    year: str | int | None = None,
) -> dict[str, Any]:
    """Move a bar or lot to another site (or location); returns it as it is now."""
    result = transfer_many(ledger, [holding], to_site, location, movement, brand=brand,
                           year=year)
    return _holding(ledger, result["holdings"][0])


def adjust(
    ledger: Ledger,
    holding: int | str,
    *,
    reason: str,
    location: str | None = None,
    gross_oz: Any = None,
    fineness: Any = None,
    bundles: Any = None,
    gross_t: Any = None,
    net_t: Any = None,
    movement: Movement | None = None,
    brand: str | None = None,
    year: str | int | None = None,
) -> dict[str, Any]:
    """Correct a bar's or lot's record; the reason is required and journaled.

    `holding` is named as `find_holding` takes it (`brand`, `year`: to choose among
    bars that share a serial).
    """
    held = _movable(ledger, holding, "an adjustment", brand=brand, year=year)
    reason = _label(reason, "reason", limit=1000)
    changes: dict[str, Any] = {}
    if location is not None:
        changes["location"] = _label(location, "location", required=False)
    if held["kind"] == "bar":
        if bundles is not None or gross_t is not None or net_t is not None:
            raise InvalidInput("a bar has no bundles or tonnes; adjust gross_oz or fineness",
                               "holding")
        if gross_oz is not None or fineness is not None:
            weights = metals.bar_weights(
                held["commodity"], gross_oz=gross_oz if gross_oz is not None else held["gross_oz"],
                fineness=fineness if fineness is not None else held["fineness"],
            )
            changes.update(gross_oz=decimal_string(weights.gross_oz),
                           fineness=decimal_string(weights.fineness),
                           fine_oz=decimal_string(weights.fine_oz), flags=list(weights.flags))
    else:
        if gross_oz is not None or fineness is not None:
            raise InvalidInput("a lot has no ounces or fineness; adjust gross_t or net_t",
                               "holding")
        if bundles is not None or gross_t is not None or net_t is not None:
            lot = metals.lot_record(
                metal=held["commodity"], warrant=held["warrant"], brand=held["brand"],
                shape=held["shape"], grade=held["grade"],
                bundles=bundles if bundles is not None else held["bundles"],
                gross_t=gross_t if gross_t is not None else held["gross_t"],
                net_t=net_t if net_t is not None else held["net_t"],
            )
            changes.update(bundles=lot.bundles, gross_t=decimal_string(lot.gross_t),
                           net_t=decimal_string(lot.net_t),
                           flags=list(lot.flags))
    changes = {k: v for k, v in changes.items() if held.get(k) != v}
    if not changes:
        raise InvalidInput(msg("the adjustment changes nothing on holding {id}",
                               id=held['id']), "holding")
    ledger.record("holding.adjusted", {
        "id": held["id"], "holding_kind": held["kind"], "reason": reason,
        "before": {k: held.get(k) for k in changes}, "changes": changes,
        "movement": (movement or Movement(kind="adjustment")).as_json(),
    })
    return _holding(ledger, held["id"])


__all__ = [
    "MAX_PER_EVENT", "add_bar", "add_lot", "add_site", "add_tank", "adjust", "find_holding",
    "gauge_tank", "record_gas", "transfer", "transfer_many", "withdraw", "withdraw_many",
]
