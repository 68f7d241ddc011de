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

    p = audit_sub.add_parser(
        "commit", parents=[js], help="draw the nonce of a count before the attestation, and "
        "print the commitment the custodian puts in its statement",
        description="Draws 32 random bytes into --nonce-file (if it does not exist) and prints "
        "their SHA-256. Give the custodian that commitment before the signing request is made "
        "(`tijori attest request --audit-commitment`): the statement then binds the nonce, "
        "and neither side can choose the sample. Keep the nonce file secret until the plan.")
    p.add_argument("--nonce-file", required=True, metavar="FILE")
    p.set_defaults(handler=cmd_commit)

    p = audit_sub.add_parser(
        "sheet", parents=[js], help="print the count sheets of a plan (PDF), or the results "
        "sheet to fill in (CSV)",
        description="Bars and lots by site and location with blank columns (found, serial, "
        "brand and year as read, seal intact, re-weighed gross, remarks), a re-gauge form per "
        "tank and a form per gas inventory, and signature lines. The count is blind: no "
        "recorded weight or volume is shown. The CSV is what `tijori audit record` reads.")
    p.add_argument("plan", metavar="PLAN.json")
    p.add_argument("--out", required=True, metavar="SHEET.pdf|SHEET.csv")
    p.add_argument("--force", action="store_true", help="replace the file if it exists")
    p.set_defaults(handler=cmd_sheet)

    kp = common.key_passphrase_option()
    p = audit_sub.add_parser(
        "record", parents=[js, kp], help="record a count from the filled results sheet and "
        "sign its certificate",
        description="Every holding of the plan needs its row (found yes or no); a row "
        "without a leaf is a bar found that the plan does not list. Each result is "
        "classified (missing, identity mismatch, seal broken, weight, volume or energy outside "
        "tolerance) and the certificate is signed with your auditor key. Tolerances default "
        "to one LBMA weighing step for bars (0.025 ozt; silver 0.1 ozt), 0.5 %% for lots and "
        "tanks, 1 %% for gas.")
    p.add_argument("plan", metavar="PLAN.json")
    p.add_argument("results", metavar="RESULTS.csv")
    p.add_argument("--key", required=True, metavar="AUDITOR.key")
    p.add_argument("--out", required=True, metavar="COUNT.json")
    p.add_argument("--counted-by", required=True, metavar="NAME")
    p.add_argument("--witnessed-by", required=True, metavar="NAME")
    p.add_argument("--counted-from", metavar="TIME", help="when the count began (RFC 3339; "
                   "default now)")
    p.add_argument("--counted-to", metavar="TIME", help="when it ended (default now)")
    p.add_argument("--tolerance", action="append", default=[], metavar="KIND[:COMMODITY]=LIMIT",
                   help="e.g. bar:gold=0.05 (ozt), lot=0.2%%, tank=0.3%%; repeat as needed")
    p.add_argument("--force", action="store_true", help="replace COUNT.json if it exists")
    p.set_defaults(handler=cmd_record)

    p = audit_sub.add_parser("cosign", parents=[js, kp],
                             help="add another auditor's signature to a count")
    p.add_argument("count", metavar="COUNT.json")
    p.add_argument("--key", required=True, metavar="AUDITOR.key")
    p.set_defaults(handler=cmd_cosign)


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
        print("The nonce is the one the statement's auditor committed to." if
              plan["nonce_committed"] else "The statement carries no commitment to the nonce: "
              "only your care says it was drawn once, after the attestation was final (an "
              "auditor who commits first, with `tijori audit commit`, cannot choose it).")
    return 0


def cmd_sheet(args: argparse.Namespace) -> int:
    from app.services import counting
    info = counting.write_sheet(args.plan, args.out, overwrite=args.force,
                                task=common.ProgressLine("count sheets", minimum=0).task())
    if args.json:
        common.emit_json(info)
    else:
        what = f"{info['pages']:,} pages" if info["pages"] else "the results sheet to fill in"
        print(f"Count sheets written to {info['path']}: {info['holdings']:,} holdings at "
              f"{len(info['sites']):,} site(s) ({', '.join(info['sites'])}), {what}.")
    return 0


def cmd_record(args: argparse.Namespace) -> int:
    from app.services import counting
    info = counting.record_count(
        args.plan, args.results, args.key, common.key_secret(args, args.key), out=args.out,
        counted_by=args.counted_by, witnessed_by=args.witnessed_by,
        counted_from=args.counted_from, counted_to=args.counted_to, tolerances=args.tolerance,
        overwrite=args.force)
    if args.json:
        common.emit_json(info)
    else:
        print(counting.describe(info))
        print(info["conclusion"])
    return 0


def cmd_cosign(args: argparse.Namespace) -> int:
    from app.services import counting
    info = counting.cosign_count(args.count, args.key, common.key_secret(args, args.key))
    if args.json:
        common.emit_json(info)
    else:
        print(f"Signed {args.count}; its certificate now carries {info['signatures']} "
              "signature(s).")
    return 0


def cmd_commit(args: argparse.Namespace) -> int:
    from app.services import auditing
    info = auditing.commit_nonce(args.nonce_file)
    if args.json:
        common.emit_json(info)
    else:
        print(f"Nonce {'drawn into' if info['drawn'] else 'read from'} {args.nonce_file}; "
              "give the custodian its commitment for the statement:")
        print(info["commitment"])
    return 0
