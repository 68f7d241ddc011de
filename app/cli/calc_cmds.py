"""Calculators that need no ledger: calc vcf, calc bar, calc gas."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli import common
from app.domain import gas, metals, petroleum


def register(sub: Any, parent: argparse.ArgumentParser, js: argparse.ArgumentParser) -> None:
    calc = sub.add_parser("calc", help="measurement calculators (no ledger needed)")
    calc_sub = calc.add_subparsers(dest="calc_command", metavar="WHAT", required=True)

    p = calc_sub.add_parser("vcf", parents=[js],
                            help="API MPMS 11.1-2004 volume correction (CTL, CPL, CTPL)")
    p.add_argument("--commodity", required=True, choices=[g.value for g in petroleum.VcfGroup])
    dens = p.add_mutually_exclusive_group(required=True)
    dens.add_argument("--api")
    dens.add_argument("--sg")
    dens.add_argument("--density60", metavar="KG_M3")
    dens.add_argument("--density15", metavar="KG_M3")
    temp = p.add_mutually_exclusive_group(required=True)
    temp.add_argument("--temp-f", metavar="F")
    temp.add_argument("--temp-c", metavar="C")
    p.add_argument("--psig", default="0", metavar="P")
    p.set_defaults(handler=cmd_vcf)

    p = calc_sub.add_parser("bar", parents=[js], help="LBMA bar weights and Good Delivery")
    p.add_argument("--metal", required=True, choices=["gold", "silver"])
    weight = p.add_mutually_exclusive_group(required=True)
    weight.add_argument("--gross-oz", metavar="N")
    weight.add_argument("--gross-kg", metavar="N")
    p.add_argument("--fineness", required=True, metavar="F")
    p.set_defaults(handler=cmd_bar)

    p = calc_sub.add_parser("gas", parents=[js], help="gas volume and calorific value to energy")
    vol = p.add_mutually_exclusive_group(required=True)
    vol.add_argument("--sm3", metavar="N")
    vol.add_argument("--nm3", metavar="N")
    vol.add_argument("--scf", metavar="N")
    p.add_argument("--gcv-mj-per-sm3", required=True, metavar="N")
    p.set_defaults(handler=cmd_gas)


def _print(args: argparse.Namespace, values: dict[str, Any]) -> None:
    if args.json:
        common.emit_json(values)
    else:
        common.table(([k, v] for k, v in values.items()), ["KEY", "VALUE"])


def cmd_vcf(args: argparse.Namespace) -> int:
    result = petroleum.volume_correction(
        args.commodity, api=args.api, sg=args.sg, density60=args.density60,
        density15=args.density15, temp_f=args.temp_f, temp_c=args.temp_c, psig=args.psig,
    )
    _print(args, result.as_json())
    return 0


def cmd_bar(args: argparse.Namespace) -> int:
    w = metals.bar_weights(args.metal, gross_oz=args.gross_oz, gross_kg=args.gross_kg,
                           fineness=args.fineness)
    _print(args, {"gross_oz": str(w.gross_oz), "fineness": str(w.fineness),
                  "fine_oz": str(w.fine_oz), "good_delivery": w.good_delivery,
                  "flags": list(w.flags)})
    return 0


def cmd_gas(args: argparse.Namespace) -> int:
    unit, volume = next((u, v) for u, v in (("Sm3", args.sm3), ("Nm3", args.nm3),
                                            ("scf", args.scf)) if v is not None)
    energy = gas.gas_energy(volume=volume, unit=unit, gcv_mj_per_sm3=args.gcv_mj_per_sm3)
    _print(args, energy.as_json())
    return 0
