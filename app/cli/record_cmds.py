"""bar, import, lot, tank, gauge, gas, move: recording what is held."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli import common
from app.domain.errors import InvalidInput, NotFound
from app.services import calibration, identify, importing, overview, recording
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
    p.add_argument("--site", help="site of every bar (else the file's site column)")
    p.add_argument("--metal", choices=["gold", "silver"],
                   help="metal of every bar (else the file's metal column)")
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
    p = tank_sub.add_parser("table", parents=[parent, js],
                            help="store a calibration (strapping) table: the next version")
    p.add_argument("tank", help="tank code")
    p.add_argument("file", metavar="FILE.csv",
                   help="header level_mm,volume_m3 (or volume_bbl); levels from 0, increasing")
    p.add_argument("--certificate", default="", metavar="NO", help="calibration certificate")
    p.add_argument("--calibrated-on", metavar="DATE", help="calibration date, e.g. 2026-03-31")
    p.add_argument("--reference-height-mm", metavar="MM",
                   help="reference gauge height above the datum plate (for ullages)")
    p.add_argument("--critical-zone-mm", metavar="LOW-HIGH",
                   help="floating roofs: levels where the roof rests or partly floats")
    p.set_defaults(handler=cmd_tank_table)
    p = tank_sub.add_parser("tables", parents=[parent, js],
                            help="list the versions of a tank's calibration table")
    p.add_argument("tank", help="tank code")
    p.set_defaults(handler=cmd_tank_tables)

    p = sub.add_parser("gauge", parents=[parent, js, mv],
                       help="record a tank gauging and print the quantity chain")
    p.add_argument("tank", help="tank code")
    gauged = p.add_mutually_exclusive_group(required=True)
    gauged.add_argument("--level-mm", metavar="MM",
                        help="innage, read through the tank's calibration table")
    gauged.add_argument("--ullage-mm", metavar="MM",
                        help="ullage below the reference height (innage = height − ullage)")
    gauged.add_argument("--tov", help="total observed volume, given directly")
    p.add_argument("--reference-height-mm", metavar="MM",
                   help="with --ullage-mm: the reference height (default: the table's)")
    p.add_argument("--allow-critical-zone", action="store_true",
                   help="accept a level in a floating roof's critical zone")
    p.add_argument("--unit", choices=["m3", "bbl"],
                   help="unit of TOV, free water and FRA (default m3; by level: the table's)")
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
                            help="bars or lots leave custody (one event)")
    _holdings_options(p, many=True)
    p.set_defaults(handler=cmd_withdraw)
    p = move_sub.add_parser("transfer", parents=[parent, js, mv],
                            help="move bars or lots to another site or location (one event)")
    _holdings_options(p, many=True)
    p.add_argument("--to", required=True, metavar="SITE")
    p.add_argument("--location", default="")
    p.set_defaults(handler=cmd_transfer)
    p = move_sub.add_parser("adjust", parents=[parent, js, mv],
                            help="correct a bar or lot (reason required)")
    _holdings_options(p, many=False)
    p.add_argument("--reason", required=True)
    p.add_argument("--location")
    p.add_argument("--gross-oz")
    p.add_argument("--fineness")
    p.add_argument("--bundles")
    p.add_argument("--gross-t")
    p.add_argument("--net-t")
    p.set_defaults(handler=cmd_adjust)
    p = move_sub.add_parser("history", parents=[parent, js],
                            help="every journal event that touched one holding")
    _holdings_options(p, many=False)
    p.set_defaults(handler=cmd_history)


HOLDING_HELP = ("the holding: a bar's serial, a lot's warrant, a tank or gas code, or its id "
                "(#ID or id:ID for the id alone)")


def _holdings_options(p: argparse.ArgumentParser, *, many: bool) -> None:
    """--holding (repeatable, and --holdings-file, when `many`), --brand and --year."""
    if many:
        p.add_argument("--holding", action="append", default=[], metavar="HOLDING",
                       help=HOLDING_HELP + "; repeatable")
        p.add_argument("--holdings-file", metavar="FILE",
                       help="one holding per line, as a barcode scanner writes them "
                            "(blank lines and lines beginning with # are ignored)")
    else:
        p.add_argument("--holding", required=True, metavar="HOLDING", help=HOLDING_HELP)
    p.add_argument("--brand", help="choose among bars that share a serial: the brand")
    p.add_argument("--year", help="choose among bars that share a serial: the year")


def _named(args: argparse.Namespace) -> list[str]:
    """The holdings named by --holding and --holdings-file, in that order."""
    named = list(args.holding)
    if args.holdings_file:
        named += identify.read_list(args.holdings_file)
    if not named:
        raise InvalidInput("name the holdings to move: --holding (repeatable) or "
                           "--holdings-file", "holding")
    return named


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
    where = "; ".join(f"{g['count']:,} {g['metal']} into {g['site']}" for g in result["groups"])
    _show(args, result, f"Imported {result['imported']:,} bars: {where} "
          f"(holdings {result['first_id']}–{result['last_id']}); "
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


def cmd_tank_table(args: argparse.Namespace) -> int:
    data = calibration.read_table_file(args.file)
    with common.open_ledger(args) as ledger:
        stored = calibration.store_table(
            ledger, tank=args.tank, data=data, source=args.file, certificate=args.certificate,
            calibrated_on=args.calibrated_on, reference_height_mm=args.reference_height_mm,
            critical_zone_mm=args.critical_zone_mm)
    _show(args, stored.summary(),
          f"Stored calibration {stored.label()} of tank {stored.tank}: "
          f"{stored.table.describe()}; SHA-256 {stored.digest}. New gaugings by level read it.")
    return 0


def cmd_tank_tables(args: argparse.Namespace) -> int:
    with common.open_ledger(args) as ledger:
        found = calibration.versions(ledger, args.tank)
    if args.json:
        common.emit_json({"tables": [t.summary() for t in found]})
        return 0
    if not found:
        print(f"Tank {args.tank.strip().upper()} has no calibration table; store one with "
              f"`tijori tank table {args.tank.strip().upper()} FILE.csv`.")
        return 0
    rows = []
    for t in found:
        s = t.summary()
        zone = "–".join(s["critical_zone_mm"]) if s["critical_zone_mm"] else ""
        rows.append([f"v{t.version}" + (" (current)" if t is found[-1] else ""),
                     t.recorded_at[:19].replace("T", " "), f"{t.table.rows:,}",
                     f"0–{s['top_mm']}", f"{s['top_volume']} {s['unit']}",
                     s["certificate"] or "", s["calibrated_on"] or "",
                     s["reference_height_mm"] or "", zone, t.digest[:16]])
    common.table(rows, ["VERSION", "RECORDED (UTC)", "ROWS", "LEVELS MM", "TOP VOLUME",
                        "CERTIFICATE", "CALIBRATED", "REF. HEIGHT MM", "CRITICAL ZONE MM",
                        "SHA-256"])
    return 0


def cmd_gauge(args: argparse.Namespace) -> int:
    temperature, scale = (args.temp_c, "C") if args.temp_c is not None else (args.temp_f, "F")
    with common.open_ledger(args) as ledger:
        result = recording.gauge_tank(
            ledger, tank=args.tank, tov=args.tov, level_mm=args.level_mm,
            ullage_mm=args.ullage_mm, reference_height_mm=args.reference_height_mm,
            allow_critical_zone=args.allow_critical_zone, unit=args.unit,
            temperature=temperature, temperature_unit=scale, api=args.api, sg=args.sg,
            density60=args.density60, density15=args.density15, psig=args.psig,
            free_water=args.free_water, sw_percent=args.sw, ambient=args.ambient,
            fra=args.fra, gauged_at=args.at, movement=_movement(args, args.movement),
        )
    if args.json:
        common.emit_json(result)
        return 0
    c = result["chain"]
    vcf = c.get("vcf", {})
    print(f"Tank {result['holding']['code']} gauged "
          f"({vcf.get('standard', '')} {vcf.get('edition', '')}, table {vcf.get('table', '')}):")
    if result["level"]:
        print(f"  {result['level']}")
    inputs = result["inputs"]
    how = []
    if inputs.get("ullage_mm") is not None:
        how += [["ullage", inputs["ullage_mm"], "mm"],
                ["reference height", inputs["reference_height_mm"], "mm"]]
    if inputs.get("level_mm") is not None:
        cal = inputs["calibration"]
        how += [["level", inputs["level_mm"], "mm"],
                ["calibration table", f"v{cal['version']}"
                 + (f" cert. {cal['certificate']}" if cal.get("certificate") else ""),
                 f"sha256 {cal['digest'][:16]}…"]]
    common.table([
        *how,
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
    named = _named(args)
    with common.open_ledger(args) as ledger:
        result = recording.withdraw_many(ledger, named, _movement(args, "withdrawal"),
                                         brand=args.brand, year=args.year)
    if len(named) == 1:  # one holding: its record, as before
        held = result["withdrawn"][0]
        _show(args, held, f"Withdrew holding {held['id']} ({held['kind']}) from "
              f"{held['site']}.")
    else:
        _show(args, result, result["summary"] + ".")
    return 0


def cmd_transfer(args: argparse.Namespace) -> int:
    named = _named(args)
    with common.open_ledger(args) as ledger:
        result = recording.transfer_many(ledger, named, args.to, args.location,
                                         _movement(args, "transfer"), brand=args.brand,
                                         year=args.year)
        held = identify.resolve(ledger, result["holdings"][0]) if len(named) == 1 else None
    if held is not None:  # one holding: where it is now, as before
        _show(args, held, f"Moved holding {held['id']} to {held['site']} {held['location']}.")
    else:
        _show(args, result, result["summary"] + ".")
    return 0


def cmd_adjust(args: argparse.Namespace) -> int:
    with common.open_ledger(args) as ledger:
        held = recording.adjust(
            ledger, args.holding, reason=args.reason, location=args.location,
            gross_oz=args.gross_oz, fineness=args.fineness, bundles=args.bundles,
            gross_t=args.gross_t, net_t=args.net_t, movement=_movement(args, "adjustment"),
            brand=args.brand, year=args.year,
        )
    _show(args, held, f"Adjusted holding {held['id']}.")
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    with common.open_ledger(args) as ledger:
        try:
            held = identify.resolve(ledger, args.holding, brand=args.brand, year=args.year)
            number = held["id"]
        except NotFound:  # withdrawn since: its history is still found by its id
            number, held = identify.spelled_id(args.holding), None
            if number is None or args.brand or args.year:
                raise
        events = overview.history(ledger, number)
    if held is None and not events:
        raise NotFound(f"There is no holding {number} in this ledger, nor was there ever.")
    if args.json:
        common.emit_json({"holding": held, "events": events})
        return 0
    print(f"Holding {number}: " + (identify.label(held) if held else "no longer held"))
    common.table([[e["seq"], e["time"][:19].replace("T", " "), e["actor"], e["kind"]]
                  for e in events], ["EVENT", "TIME (UTC)", "WHO", "WHAT"])
    return 0
