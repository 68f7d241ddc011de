"""audit: the auditor's physical count (app.services.auditing, FORMAT.md §11)."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli import common


def register(sub: Any, parent: argparse.ArgumentParser, js: argparse.ArgumentParser) -> None:
    audit = sub.add_parser("audit", help="the auditor's physical count of a sample")
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="WHAT", required=True)
    p = audit_sub.add_parser(
        "plan", parents=[js],
        help="choose the holdings to count, from the final attestation and your nonce",
        description="The attestation is verified with its leaves under your policy first. "
        "The seed is SHA-256 of the statement's digest and the nonce in --nonce-file; when "
        "that file does not exist, 32 random bytes are drawn into it: draw it only after "
        "the attestation is final. Tanks and gas inventories are always counted.")
    p.add_argument("--attestation", required=True, metavar="FILE")
    p.add_argument("--leaves", required=True, metavar="FILE")
    p.add_argument("--policy", required=True, action="append", metavar="FILE",
                   help="your trust policy (then older versions, if the statement names one)")
    p.add_argument("--confidence", default="95", metavar="PERCENT",
                   help="confidence of the conclusion, in percent (default 95)")
    p.add_argument("--tolerable-rate", default="1", metavar="PERCENT",
                   help="the rate of exceptions you can tolerate, in percent (default 1)")
    p.add_argument("--nonce-file", required=True, metavar="FILE",
                   help="your nonce: 64 hex digits; drawn into FILE when it does not exist")
    p.add_argument("--method", default="attribute", choices=["attribute", "weighted"],
                   help="attribute: every bar and lot equally likely; weighted: by quantity "
                   "(monetary-unit sampling, per commodity)")
    p.add_argument("--out", required=True, metavar="PLAN.json")
    p.add_argument("--force", action="store_true", help="replace PLAN.json if it exists")
    p.set_defaults(handler=cmd_plan)


def cmd_plan(args: argparse.Namespace) -> int:
    from app.services import auditing

    plan = auditing.make_plan(
        args.attestation, args.leaves, args.policy, confidence=args.confidence,
        tolerable_rate=args.tolerable_rate, nonce_file=args.nonce_file, method=args.method,
        out=args.out, overwrite=args.force)
    sampled = sum(1 for h in plan["holdings"] if h["why"] == "sampled")
    always = len(plan["holdings"]) - sampled
    if args.json:
        common.emit_json({key: value for key, value in plan.items() if key != "holdings"}
                         | {"sampled": sampled, "always": always, "path": args.out})
    else:
        print(f"Sample plan written to {args.out}: {sampled:,} of "
              f"{plan['population']['sampled_from']:,} bars and lots ({plan['method']} "
              f"sampling, {plan['confidence']} % confidence, tolerable rate "
              f"{plan['tolerable_rate']} %, n = {plan['sample_size']:,}), and {always:,} "
              f"tanks and gas inventories always counted.")
        print(f"Attestation {plan['attestation']['attestation_id']} as of "
              f"{plan['attestation']['as_of']}; seed {plan['seed']}.")
    return 0
