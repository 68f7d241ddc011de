"""bar, import, lot, tank, gauge, gas, move: recording what is held."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli import common
from app.services import importing, recording
from app.services.movement import Movement


def _movement_options() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    group = parent.add_argument_group("movement details")
    group.add_argument("--seal", action="append", default=[], metavar="NUMBER",
                       help="seal number (repeatable)")
    group.add_argument("--witness", default="", metavar="NAME")
    group.add_argument("--document", action="append", default=[], metavar="FILE",
                       help="supporting document; its SHA-256 is recorded (repeatable)")
    group.add_argument("--note", default="")
    return parent


def _movement(args: argparse.Namespace, kind: str) -> Movement:
    return Movement.build(kind, seals=args.seal, witness=args.witness,
                          documents=args.document, note=args.note)


def _show(args: argparse.Namespace, value: dict[str, Any], text: str) -> None:
    if args.json:
        common.emit_json(value)
    else:
        print(text)


def register(sub: Any, parent: argparse.ArgumentParser, js: argparse.ArgumentParser) -> None:
    mv = _movement_options()
    bar = sub.add_parser("bar", help="gold and silver bars")
    bar_sub = bar.add_subparsers(dest="bar_command", metavar="ACTION", required=True)
    p = bar_sub.add_parser("add", parents=[parent, js, mv], help="receive one bar")
    p.add_argument("--site", required=True)
    p.add_argument("--metal", required=True, choices=["gold", "silver"])
    p.add_argument("--brand", required=True, help="refiner / brand code")
    p.add_argument("--serial", required=True)
    p.add_argument("--year", required=True)
    weight = p.add_mutually_exclusive_group(required=True)
    weight.add_argument("--gross-oz", metavar="OZT")
    weight.add_argument("--gross-kg", metavar="KG")
    p.add_argument("--fineness", required=True, help="parts per thousand, e.g. 999.9")
    p.add_argument("--fine-oz", help="fine weight to check against the computed one")
    p.add_argument("--location", default="", help="vault location, e.g. B2-14-03")
    p.set_defaults(handler=cmd_bar_add)

    imp = sub.add_parser("import", help="import lists")
    imp_sub = imp.add_subparsers(dest="import_command", metavar="WHAT", required=True)
    p = imp_sub.add_parser("bars", parents=[parent, js, mv],
                           help="import an LBMA bar-list CSV, all or nothing")
    p.add_argument("file", metavar="FILE.csv")
    p.add_argument("--site", required=True)
    p.add_argument("--metal", required=True, choices=["gold", "silver"])
    p.set_defaults(handler=cmd_import_bars)

    lot = sub.add_parser("lot", help="base-metal lots (warrants)")
    lot_sub = lot.add_subparsers(dest="lot_command", metavar="ACTION", required=True)
    p = lot_sub.add_parser("add", parents=[parent, js, mv], help="receive one lot")
    p.add_argument("--site", required=True)
    p.add_argument("--metal", required=True)
    p.add_argument("--warrant", required=True)
    p.add_argument("--brand", required=True)
    p.add_argument("--shape", required=True)
    p.add_argument("--grade", required=True)
    p.add_argument("--bundles", required=True)
    p.add_argument("--gross-t", required=True)
    p.add_argument("--net-t", required=True)
    p.add_argument("--location", default="")
    p.set_defaults(handler=cmd_lot_add)

    tank = sub.add_parser("tank", help="oil tanks")
    tank_sub = tank.add_subparsers(dest="tank_command", metavar="ACTION", required=True)
    p = tank_sub.add_parser("add", parents=[parent, js], help="add a tank")
    p.add_argument("code")
    p.add_argument("--site", required=True)
    p.add_argument("--commodity", required=True, choices=list(recording.TANK_COMMODITIES))
    p.add_argument("--product", default="", help="product name, e.g. Arab Light")
    p.add_argument("--vcf-group", help="API MPMS 11.1 group (default: from the commodity)")
    p.add_argument("--roof", default="fixed", choices=recording.ROOFS)
    p.add_argument("--shell", default="mild-steel", choices=list(recording.SHELLS))
    p.set_defaults(handler=cmd_tank_add)

    p = sub.add_parser("gauge", parents=[parent, js, mv],
                       help="record a tank gauging and print the quantity chain")
    p.add_argument("tank", help="tank code")
    p.add_argument("--tov", required=True, help="total observed volume")
    p.add_argument("--unit", default="m3", choices=["m3", "bbl"])
    p.add_argument("--free-water", default="0", help="free water, same unit as TOV")
    temp = p.add_mutually_exclusive_group(required=True)
    temp.add_argument("--temp-c")
    temp.add_argument("--temp-f")
    p.add_argument("--ambient", help="ambient temperature, same scale, for the shell correction")
    dens = p.add_mutually_exclusive_group(required=True)
    dens.add_argument("--api")
    dens.add_argument("--sg")
    dens.add_argument("--density60", metavar="KG_M3")
    dens.add_argument("--density15", metavar="KG_M3")
    p.add_argument("--psig", default="0")
    p.add_argument("--sw", default="0", metavar="PERCENT", help="sediment and water, %%")
    p.add_argument("--fra", default="0", help="floating-roof adjustment, same unit as TOV")
    p.add_argument("--at", help="gauging time, RFC 3339 (default now)")
    p.add_argument("--movement", default="inventory",
                   choices=["inventory", "receipt", "withdrawal"])
    p.set_defaults(handler=cmd_gauge)

    gas = sub.add_parser("gas", help="natural gas storage and LNG")
    gas_sub = gas.add_subparsers(dest="gas_command", metavar="ACTION", required=True)
    p = gas_sub.add_parser("record", parents=[parent, js, mv], help="record a gas inventory")
    p.add_argument("code", help="storage facility or LNG tank code")
    p.add_argument("--site", required=True)
    p.add_argument("--kind", default="storage", choices=["storage", "lng"])
    p.add_argument("--working", help="storage: working gas volume")
    p.add_argument("--cushion", default="0", help="storage: cushion gas volume")
    p.add_argument("--unit", default="Sm3", choices=["Sm3", "Nm3", "scf"])
    p.add_argument("--gcv-mj-per-sm3", help="storage: gross calorific value")
    p.add_argument("--volume-m3", help="LNG: liquid volume")
    p.add_argument("--density", help="LNG: density, kg/m3")
    p.add_argument("--gcv-mj-per-kg", help="LNG: mass gross calorific value")
    p.add_argument("--displaced-gj", default="0", help="LNG: energy of displaced vapour")
    p.add_argument("--at", help="measurement time, RFC 3339 (default now)")
    p.add_argument("--movement", default="inventory",
                   choices=["inventory", "receipt", "withdrawal"])
    p.set_defaults(handler=cmd_gas_record)

    move = sub.add_parser("move", help="withdrawals, transfers and adjustments")
    move_sub = move.add_subparsers(dest="move_command", metavar="KIND", required=True)
    p = move_sub.add_parser("withdraw", parents=[parent, js, mv],
                            help="a bar or lot leaves custody")
    p.add_argument("--holding", required=True, metavar="ID")
    p.set_defaults(handler=cmd_withdraw)
    p = move_sub.add_parser("transfer", parents=[parent, js, mv],
                            help="move a bar or lot to another site or location")
    p.add_argument("--holding", required=True, metavar="ID")
    p.add_argument("--to", required=True, metavar="SITE")
    p.add_argument("--location", default="")
    p.set_defaults(handler=cmd_transfer)
    p = move_sub.add_parser("adjust", parents=[parent, js, mv],
                            help="correct a bar or lot (reason required)")
    p.add_argument("--holding", required=True, metavar="ID")
    p.add_argument("--reason", required=True)
    p.add_argument("--location")
    p.add_argument("--gross-oz")
    p.add_argument("--fineness")
    p.add_argument("--bundles")
    p.add_argument("--gross-t")
    p.add_argument("--net-t")
    p.set_defaults(handler=cmd_adjust)


def cmd_bar_add(args: argparse.Namespace) -> int:
    with common.open_ledger(args) as ledger:
        bar = recording.add_bar(
            ledger, site=args.site, metal=args.metal, brand=args.brand, serial=args.serial,
            year=args.year, gross_oz=args.gross_oz, gross_kg=args.gross_kg,
            fineness=args.fineness, fine_oz=args.fine_oz, location=args.location,
            movement=_movement(args, "receipt"),
        )
    flag = "" if bar["good_delivery"] else f" NOT Good Delivery: {', '.join(bar['flags'])}"
    _show(args, bar, f"Received bar {bar['id']}: {bar['brand']} {bar['serial']} ({bar['year']}) "
          f"gross {bar['gross_oz']} ozt, fineness {bar['fineness']}, fine {bar['fine_oz']} ozt."
          + flag)
    return 0


def cmd_import_bars(args: argparse.Namespace) -> int:
    with common.open_ledger(args) as ledger:
        result = importing.import_bars(
            ledger, args.file, site=args.site, metal=args.metal,
            movement=_movement(args, "receipt"),
            task=common.ProgressLine("importing bars").task(),
        )
    _show(args, result, f"Imported {result['imported']:,} {result['metal']} bars into "
          f"{result['site']} (holdings {result['first_id']}–{result['last_id']}); "
          f"file SHA-256 {result['sha256']}.")
    return 0


def cmd_lot_add(args: argparse.Namespace) -> int:
    with common.open_ledger(args) as ledger:
        lot = recording.add_lot(
            ledger, site=args.site, metal=args.metal, warrant=args.warrant, brand=args.brand,
            shape=args.shape, grade=args.grade, bundles=args.bundles, gross_t=args.gross_t,
            net_t=args.net_t, location=args.location, movement=_movement(args, "receipt"),
        )
    flag = "" if lot["within_tolerance"] else " OUTSIDE the ±2 % lot tolerance"
    _show(args, lot, f"Received lot {lot['id']}: warrant {lot['warrant']}, {lot['commodity']} "
          f"{lot['net_t']} t net.{flag}")
    return 0


def cmd_tank_add(args: argparse.Namespace) -> int:
    with common.open_ledger(args) as ledger:
        tank = recording.add_tank(
            ledger, site=args.site, code=args.code, commodity=args.commodity,
            product=args.product, vcf_group=args.vcf_group, roof=args.roof, shell=args.shell,
        )
    _show(args, tank, f"Added tank {tank['code']} (holding {tank['id']}) at {tank['site']}.")
    return 0


def cmd_gauge(args: argparse.Namespace) -> int:
    temperature, scale = (args.temp_c, "C") if args.temp_c is not None else (args.temp_f, "F")
    with common.open_ledger(args) as ledger:
        result = recording.gauge_tank(
            ledger, tank=args.tank, tov=args.tov, unit=args.unit, temperature=temperature,
            temperature_unit=scale, api=args.api, sg=args.sg, density60=args.density60,
            density15=args.density15, psig=args.psig, free_water=args.free_water,
            sw_percent=args.sw, ambient=args.ambient, fra=args.fra, gauged_at=args.at,
            movement=_movement(args, args.movement),
        )
    if args.json:
        common.emit_json(result)
        return 0
    c = result["chain"]
    vcf = c.get("vcf", {})
    print(f"Tank {result['holding']['code']} gauged "
          f"({vcf.get('standard', '')} {vcf.get('edition', '')}, table {vcf.get('table', '')}):")
    common.table([
        ["TOV", c["tov_m3"], "m3"], ["free water", c["free_water_m3"], "m3"],
        ["CTSh", c["ctsh"], ""], ["GOV", c["gov_m3"], "m3"], ["CTPL", c["ctpl"], ""],
        ["GSV", c["gsv_m3"], "m3"], ["S&W", c["sw_percent"], "%"],
        ["NSV", c["nsv_m3"], "m3"], ["NSV", c["nsv_bbl"], "bbl"],
        *([["mass", c["mass_t"], "t"]] if c.get("mass_t") else []),
    ], ["STEP", "VALUE", "UNIT"])
    return 0


def cmd_gas_record(args: argparse.Namespace) -> int:
    with common.open_ledger(args) as ledger:
        held = recording.record_gas(
            ledger, site=args.site, code=args.code, kind=args.kind, unit=args.unit,
            working_volume=args.working, cushion_volume=args.cushion,
            gcv_mj_per_sm3=args.gcv_mj_per_sm3, volume_m3=args.volume_m3,
            density_kg_m3=args.density, gcv_mj_per_kg=args.gcv_mj_per_kg,
            displaced_vapour_gj=args.displaced_gj, measured_at=args.at,
            movement=_movement(args, args.movement),
        )
    _show(args, held, f"Recorded {held['commodity']} inventory {held['code']} (holding "
          f"{held['id']}): {held['quantity']} MMBtu.")
    return 0


def cmd_withdraw(args: argparse.Namespace) -> int:
    with common.open_ledger(args) as ledger:
        held = recording.withdraw(ledger, args.holding, _movement(args, "withdrawal"))
    _show(args, held, f"Withdrew holding {held['id']} ({held['kind']}) from {held['site']}.")
    return 0


def cmd_transfer(args: argparse.Namespace) -> int:
    with common.open_ledger(args) as ledger:
        held = recording.transfer(ledger, args.holding, args.to, args.location,
                                  _movement(args, "transfer"))
    _show(args, held, f"Moved holding {held['id']} to {held['site']} {held['location']}.")
    return 0


def cmd_adjust(args: argparse.Namespace) -> int:
    with common.open_ledger(args) as ledger:
        held = recording.adjust(
            ledger, args.holding, reason=args.reason, location=args.location,
            gross_oz=args.gross_oz, fineness=args.fineness, bundles=args.bundles,
            gross_t=args.gross_t, net_t=args.net_t, movement=_movement(args, "adjustment"),
        )
    _show(args, held, f"Adjusted holding {held['id']}.")
    return 0
