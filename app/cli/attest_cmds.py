"""keys, policy, token, attest, sign, verify, proof, qr: attestations and their checks."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from app.cli import common
from app.domain.errors import InvalidInput
from app.services import tokens

# The services behind these commands (cryptography, QR codes) are imported by
# the handlers that use them, so that `tijori holdings` does not pay for them.


def _key_pass_option() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--key-passphrase-file", metavar="FILE",
                        help="read the key passphrase from FILE (else "
                        "$TIJORI_KEY_PASSPHRASE, else ask)")
    return parent


def register(sub: Any, parent: argparse.ArgumentParser, js: argparse.ArgumentParser) -> None:
    kp = _key_pass_option()
    k = sub.add_parser("keys", help="signing keys").add_subparsers(
        dest="keys_command", metavar="ACTION", required=True)
    p = k.add_parser("new", parents=[js, kp], help="create a key, stored encrypted")
    p.add_argument("--name", required=True)
    p.add_argument("--out", required=True, metavar="KEYFILE")
    p.add_argument("--algorithm", default="ed25519", choices=["ed25519", "p256"])
    p.set_defaults(handler=cmd_keys_new)
    p = k.add_parser("show", parents=[js], help="show a key's id and fingerprint words")
    p.add_argument("file")
    p.set_defaults(handler=cmd_keys_show)
    p = k.add_parser("export-public", parents=[js], help="write the public key to a file")
    p.add_argument("keyfile")
    p.add_argument("--out", required=True, metavar="PUBFILE")
    p.set_defaults(handler=cmd_keys_export)

    pol = sub.add_parser("policy", help="trust policies").add_subparsers(
        dest="policy_command", metavar="ACTION", required=True)
    p = pol.add_parser("new", parents=[js], help="draft a policy (then sign it)")
    p.add_argument("--out", required=True)
    p.add_argument("--name", default="Tijori trust policy")
    p.add_argument("--version", type=int, default=1, dest="policy_version")
    for role in ("custodian", "auditor", "admin"):
        p.add_argument(f"--{role}", action="append", required=True, metavar="PUB")
        p.add_argument(f"--{role}-threshold", type=int, required=True, metavar="N")
    p.add_argument("--report-signer", action="append", metavar="PUB")
    p.add_argument("--expires", required=True, metavar="DATE")
    p.add_argument("--valid-from", metavar="TIME")
    p.set_defaults(handler=cmd_policy_new)
    p = pol.add_parser("sign", parents=[js, kp], help="sign a policy with an admin key")
    p.add_argument("policy")
    p.add_argument("--key", required=True)
    p.add_argument("--pinned", metavar="POLICY",
                   help="the version this one replaces, whose admins must sign it too")
    p.set_defaults(handler=cmd_policy_sign)
    p = pol.add_parser("show", parents=[js], help="show and check a policy")
    p.add_argument("policy")
    p.add_argument("--pinned", metavar="POLICY", help="a trusted earlier version")
    p.set_defaults(handler=cmd_policy_show)

    tok = sub.add_parser("token", help="tokens backed by the reserves").add_subparsers(
        dest="token_command", metavar="ACTION", required=True)
    p = tok.add_parser("add", parents=[parent, js], help="add a token")
    p.add_argument("--symbol", required=True)
    p.add_argument("--commodity", required=True, choices=tokens.COMMODITIES)
    p.add_argument("--per-token", required=True, metavar='"QUANTITY UNIT"')
    p.set_defaults(handler=cmd_token_add)
    p = tok.add_parser("supply", parents=[parent, js], help="record a token's supply")
    p.add_argument("symbol")
    p.add_argument("--supply", required=True)
    p.add_argument("--as-of", metavar="TIME")
    p.add_argument("--source", default="", help="where the figure came from")
    p.set_defaults(handler=cmd_token_supply)
    p = tok.add_parser("list", parents=[parent, js], help="list tokens")
    p.set_defaults(handler=cmd_token_list)

    att = sub.add_parser("attest", help="attestations").add_subparsers(
        dest="attest_command", metavar="ACTION", required=True)
    p = att.add_parser("request", parents=[parent, js], help="write a signing request")
    p.add_argument("--policy", required=True)
    p.add_argument("--out", required=True, metavar="REQUEST")
    p.add_argument("--leaves-out", required=True, metavar="LEAVES")
    p.add_argument("--site", action="append", metavar="CODE")
    p.add_argument("--as-of", metavar="TIME")
    p.add_argument("--with-leaves", action="store_true")
    p.add_argument("--custodian", default=None,
                   help="the custodian's name (else $TIJORI_CUSTODIAN)")
    p.add_argument("--previous", metavar="ATTESTATION")
    p.set_defaults(handler=cmd_attest_request)
    p = att.add_parser("finalize", parents=[js], help="combine signatures into an attestation")
    p.add_argument("request")
    p.add_argument("responses", nargs="+", metavar="RESPONSE")
    p.add_argument("--out", required=True, metavar="ATTESTATION")
    p.add_argument("--ledger", metavar="PATH", help="record the attestation in this ledger")
    p.add_argument("--passphrase-file", metavar="FILE")
    p.add_argument("--actor", metavar="NAME")
    p.set_defaults(handler=cmd_attest_finalize)

    p = sub.add_parser("sign", parents=[js, kp], help="sign a request on the offline PC")
    p.add_argument("request")
    p.add_argument("--key", required=True)
    p.add_argument("--policy", required=True, help="the policy pinned on this PC")
    p.add_argument("--out", required=True, metavar="RESPONSE")
    p.add_argument("--yes", action="store_true", help="sign without asking (scripts)")
    p.set_defaults(handler=cmd_sign)

    p = sub.add_parser("verify", parents=[js],
                       help="verify a report (PDF or JSON bundle), attestation or proof")
    p.add_argument("file")
    p.add_argument("--policy", required=True)
    p.add_argument("--leaves", help="the leaves file (for a bundle: if it carries none)")
    p.add_argument("--previous", metavar="ATTESTATION")
    p.add_argument("--pinned", metavar="POLICY", help="a trusted earlier policy version")
    p.set_defaults(handler=cmd_verify)

    p = sub.add_parser("report", parents=[kp],
                       help="a signed proof-of-reserve report: PDF, and JSON bundle")
    p.add_argument("--attestation", required=True)
    p.add_argument("--policy", required=True)
    p.add_argument("--leaves", required=True)
    p.add_argument("--report-key", required=True, metavar="KEYFILE",
                   help="the report-signer's P-256 key (its certificate beside it, KEYFILE.crt)")
    p.add_argument("--out", required=True, metavar="REPORT.pdf")
    p.add_argument("--json", dest="json_out", metavar="REPORT.json")
    p.add_argument("--public", action="store_true",
                   help="for publication: leave the leaves out (proofs may still go in)")
    p.add_argument("--proof", action="append", type=int, default=[], metavar="HOLDING",
                   help="embed the inclusion proof of this holding (repeatable)")
    p.set_defaults(handler=cmd_report)

    p = sub.add_parser("proof", parents=[js], help="an inclusion proof for one holding")
    p.add_argument("--attestation", required=True)
    p.add_argument("--leaves", required=True)
    p.add_argument("--holding", required=True, type=int, metavar="ID")
    p.add_argument("--out", required=True)
    p.set_defaults(handler=cmd_proof)

    q = sub.add_parser("qr", help="carry a file as QR codes").add_subparsers(
        dest="qr_command", metavar="ACTION", required=True)
    p = q.add_parser("encode", help="write a file as numbered QR images")
    p.add_argument("file")
    p.add_argument("--out-dir", required=True)
    p.set_defaults(handler=cmd_qr_encode)
    p = q.add_parser("decode", help="read QR images back into a file")
    p.add_argument("images", nargs="+", metavar="IMAGE")
    p.add_argument("--out", required=True)
    p.set_defaults(handler=cmd_qr_decode)


def _print(args: argparse.Namespace, value: Any, text: str) -> None:
    if getattr(args, "json", False):
        common.emit_json(value)
    else:
        print(text)


def cmd_keys_new(args: argparse.Namespace) -> int:
    from app.services import keys
    algorithm = "ecdsa-p256" if args.algorithm == "p256" else "ed25519"
    secret = common.key_passphrase(args, confirm=True)
    info = keys.create_key(args.name, args.out, secret, algorithm)
    certificate = (f"\n  certificate {info['certificate']} (self-signed, for signing PDF reports)"
                   if "certificate" in info else "")
    _print(args, info, f"Created key {info['name']} ({info['algorithm']}) in {args.out}\n"
           f"  keyid {info['keyid']}\n  words {info['words']}{certificate}")
    return 0


def cmd_keys_show(args: argparse.Namespace) -> int:
    from app.services import keys
    info = keys.show_key(args.file)
    _print(args, info, f"{'Private' if info['private'] else 'Public'} key {info['name']} "
           f"({info['algorithm']})\n  keyid {info['keyid']}\n  fingerprint "
           f"{info['fingerprint']}\n  words {info['words']}")
    return 0


def cmd_keys_export(args: argparse.Namespace) -> int:
    from app.services import keys
    info = keys.export_public(args.keyfile, args.out)
    _print(args, info, f"Wrote the public key of {info['name']} to {args.out}.")
    return 0


def cmd_policy_new(args: argparse.Namespace) -> int:
    from app.services import keys
    info = keys.draft_policy(
        out=args.out, name=args.name, expires=args.expires, version=args.policy_version,
        custodians=args.custodian, custodian_threshold=args.custodian_threshold,
        auditors=args.auditor, auditor_threshold=args.auditor_threshold,
        admins=args.admin, admin_threshold=args.admin_threshold,
        report_signers=args.report_signer, valid_from=args.valid_from,
    )
    _print(args, info, f"Drafted policy {info['name']} v{info['version']} in {args.out} "
           f"(digest {info['digest']}); admins sign it with `tijori policy sign`.")
    return 0


def cmd_policy_sign(args: argparse.Namespace) -> int:
    from app.services import keys
    info = keys.sign_policy(args.policy, args.key, common.key_passphrase(args), pinned=args.pinned)
    _print(args, info, f"Signed {args.policy}; it now carries {info['signatures']} "
           "signature(s).")
    return 0


def _show_checks(checks: list[dict[str, Any]]) -> None:
    for check in checks:
        mark = "PASS" if check["passed"] else "FAIL"
        print(f"  [{mark}] {check['check']}: {check['reason']}")


def cmd_policy_show(args: argparse.Namespace) -> int:
    from app.services import keys
    info = keys.show_policy(args.policy, trusted=args.pinned)
    if args.json:
        common.emit_json(info)
    else:
        if "version" in info:
            print(f"Policy {info['name']} version {info['version']}, expires {info['expires']}")
            print(f"  digest {info['digest']}")
            for role, spec in sorted(info["roles"].items()):
                print(f"  {role}: {spec['threshold']} of {len(spec['keys'])}")
                for key in spec["keys"]:
                    print(f"    {key['name']:<24} {key['keyid'][:16]}…  {key['words']}")
        print("VALID" if info["valid"] else "NOT VALID")
        _show_checks(info["checks"])
    return 0 if info["valid"] else 1


def cmd_token_add(args: argparse.Namespace) -> int:
    with common.open_ledger(args) as ledger:
        token = tokens.add_token(ledger, args.symbol, args.commodity, args.per_token)
    _print(args, token, f"Added token {token['symbol']}: {token['per_token']} "
           f"{token['unit']} of {token['commodity']} each.")
    return 0


def cmd_token_supply(args: argparse.Namespace) -> int:
    with common.open_ledger(args) as ledger:
        record = tokens.set_supply(ledger, args.symbol, args.supply, args.as_of, args.source)
    _print(args, record, f"Recorded supply {record['supply']} of {record['symbol']} "
           f"as of {record['as_of']}.")
    return 0


def cmd_token_list(args: argparse.Namespace) -> int:
    with common.open_ledger(args) as ledger:
        rows = tokens.tokens(ledger)
    if args.json:
        common.emit_json({"tokens": rows})
    else:
        common.table(([t["symbol"], t["commodity"], f"{t['per_token']} {t['unit']}",
                       t["supply"] or "", t["supply_as_of"] or ""] for t in rows),
                     ["SYMBOL", "COMMODITY", "PER TOKEN", "SUPPLY", "AS OF"])
    return 0


def cmd_attest_request(args: argparse.Namespace) -> int:
    from app.services import attesting
    with common.open_ledger(args) as ledger:
        result = attesting.make_request(
            ledger, policy_path=args.policy, out=args.out, leaves_out=args.leaves_out,
            custodian=args.custodian or common.environment("TIJORI_CUSTODIAN") or "",
            sites=args.site, as_of=args.as_of,
            with_leaves=args.with_leaves, previous_path=args.previous,
            task=common.ProgressLine("attesting", minimum=1).task(),
        )
    _print(args, result, f"Wrote signing request {args.out} (request {result['request_id']})"
           f" and leaves {args.leaves_out}.\n\n" + attesting.summary(result["statement"]))
    return 0


def cmd_attest_finalize(args: argparse.Namespace) -> int:
    from app.services import attesting
    if args.ledger or os.environ.get("TIJORI_LEDGER"):
        with common.open_ledger(args) as ledger:
            result = attesting.finalize(args.request, args.responses, out=args.out,
                                        ledger=ledger)
    else:
        result = attesting.finalize(args.request, args.responses, out=args.out)
    if not result["already_recorded"]:
        text = (f"Attestation {result['attestation_id']} is final with "
                f"{result['signatures']} signature(s): {args.out}.")
    elif result["written"]:
        text = (f"Attestation {result['attestation_id']} was already recorded in the ledger; "
                f"wrote its file again: {args.out}.")
    else:
        text = (f"Attestation {result['attestation_id']} was already recorded in the ledger, "
                f"and {args.out} already holds it.")
    _print(args, result, text)
    return 0


def _confirm(text: str) -> bool:
    print(text)
    if not sys.stdin.isatty():
        raise InvalidInput("not signed: confirm in a terminal, or pass --yes in a script")
    return input("\nSign this statement? [y/N] ").strip().lower() in ("y", "yes")


def cmd_sign(args: argparse.Namespace) -> int:
    from app.services import attesting
    confirm = (lambda text: print(text) is None) if args.yes else _confirm
    if args.json and args.yes:
        confirm = lambda text: True  # noqa: E731 - the summary goes into the JSON instead
    result = attesting.sign_request(
        args.request, key_path=args.key, passphrase=lambda: common.key_passphrase(args),
        policy_path=args.policy, out=args.out, confirm=confirm,
    )
    _print(args, result, f"\nSigned as key {result['response']['keyid'][:16]}…: {args.out}.")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from app.services import verifying
    verdict = verifying.verify_file(args.file, args.policy, leaves=args.leaves,
                                    previous=args.previous, trusted_policy=args.pinned)
    if args.json:
        common.emit_json(verdict.as_json())
    else:
        print(f"{args.file}: {'VALID' if verdict.ok else 'NOT VALID'}")
        _show_checks([c.as_json() for c in verdict.checks])
    return 0 if verdict.ok else 1


def cmd_report(args: argparse.Namespace) -> int:
    from app.services import reporting

    info = reporting.make_report(
        attestation_path=args.attestation, policy_path=args.policy, leaves_path=args.leaves,
        report_key_path=args.report_key, passphrase=lambda: common.key_passphrase(args),
        out=args.out, json_out=args.json_out, public=args.public, proofs=args.proof,
        task=common.ProgressLine("report", minimum=1).task(),
    )
    print(f"Wrote the signed report {args.out} ({info['pages']} pages)"
          + (f" and {args.json_out}" if args.json_out else "") + ".")
    return 0


def cmd_proof(args: argparse.Namespace) -> int:
    from app.services import verifying
    info = verifying.make_proof(args.attestation, args.leaves, args.holding, args.out)
    _print(args, info, f"Wrote the inclusion proof of holding {info['holding']} "
           f"(leaf {info['index']} of {info['tree_size']}) to {args.out}.")
    return 0


def cmd_qr_encode(args: argparse.Namespace) -> int:
    from app.services import attesting, qr
    data = attesting.read_file(args.file, "file")
    paths = qr.write_qr_frames(data, Path(args.out_dir), stem=Path(args.file).stem)
    print(f"Wrote {len(paths)} QR image(s) to {args.out_dir}.")
    return 0


def cmd_qr_decode(args: argparse.Namespace) -> int:
    from app.attest.fileio import write_atomic
    from app.services import qr
    data = qr.read_qr_images([Path(p) for p in args.images])
    # Owner-only: what came in may be a signing request that carries the leaves.
    write_atomic(Path(args.out), data, mode=0o600)
    print(f"Read {len(data)} bytes from {len(args.images)} image(s) into {args.out}.")
    return 0

