"""`tijori policy rotate propose|diff|sign|finish`: a key rotation, step by step.

The CLI twin of Keys › Rotate, over `app.services.rotation`:

    tijori policy rotate propose CURRENT --retire KEYID --add NEW.pub:admin \\
        --threshold admin=2 --out SUCCESSOR.json
    tijori policy rotate diff CURRENT SUCCESSOR.json
    tijori policy rotate sign SUCCESSOR.json --current CURRENT --key ADMIN.key --out A.sig
    tijori policy rotate finish SUCCESSOR.json --current CURRENT --signatures A.sig B.sig \\
        --out NEW.json

Signature files travel on a USB stick, or as QR codes (`tijori qr encode A.sig` on the
admin's PC, `tijori qr decode` here).
"""

from __future__ import annotations

import argparse
from typing import Any

from app.cli import common
from app.domain.errors import InvalidInput
from app.domain.messages import msg


def register(pol: Any, js: argparse.ArgumentParser, kp: argparse.ArgumentParser) -> None:
    """Add `rotate` under the `policy` subcommands."""
    rot = pol.add_parser("rotate", help="rotate keys: propose a successor, sign, finish"
                         ).add_subparsers(dest="rotate_command", metavar="STEP", required=True)
    p = rot.add_parser("propose", parents=[js],
                       help="write the successor of the policy in force, unsigned, and show "
                       "what it changes")
    p.add_argument("current", metavar="CURRENT", help="the policy in force")
    p.add_argument("--retire", action="append", default=[], metavar="KEY",
                   help="a key leaving: its keyid (or its first 8+ hex digits) or its name")
    p.add_argument("--add", action="append", default=[], metavar="PUB:ROLE",
                   help="a public key file joining, and its role (custodian, auditor, admin, "
                   "report-signer)")
    p.add_argument("--threshold", action="append", default=[], metavar="ROLE=N",
                   help="a role's new threshold")
    p.add_argument("--expires", metavar="DATE", help="the successor's expiry (default: "
                   "the current one's)")
    p.add_argument("--name", help="the successor's name (default: the current one's)")
    p.add_argument("--out", required=True, metavar="SUCCESSOR")
    p.set_defaults(handler=cmd_propose)
    p = rot.add_parser("diff", parents=[js], help="what a successor changes")
    p.add_argument("current", metavar="CURRENT")
    p.add_argument("successor", metavar="SUCCESSOR")
    p.set_defaults(handler=cmd_diff)
    p = rot.add_parser("sign", parents=[js, kp],
                       help="an admin's signature of a successor, into a file of its own")
    p.add_argument("successor", metavar="SUCCESSOR")
    p.add_argument("--current", required=True, metavar="CURRENT")
    p.add_argument("--key", required=True, metavar="KEYFILE")
    p.add_argument("--out", required=True, metavar="SIG")
    p.set_defaults(handler=cmd_sign)
    p = rot.add_parser("finish", parents=[js],
                       help="write the new policy once both admin thresholds are met")
    p.add_argument("successor", metavar="SUCCESSOR")
    p.add_argument("--current", required=True, metavar="CURRENT")
    p.add_argument("--signatures", nargs="+", default=[], metavar="SIG")
    p.add_argument("--out", required=True, metavar="NEW")
    p.set_defaults(handler=cmd_finish)


def _additions(values: list[str]) -> list[tuple[str, str]]:
    pairs = []
    for value in values:
        path, sep, role = value.rpartition(":")
        if not sep or not path or not role:
            raise InvalidInput(msg("--add {value}: give PUBFILE:ROLE, e.g. new-admin.pub:admin",
                                   value=value), "add")
        pairs.append((path, role))
    return pairs


def _thresholds(values: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for value in values:
        role, sep, number = value.partition("=")
        if not sep or not number.strip().isdigit():
            raise InvalidInput(msg("--threshold {value}: give ROLE=N, e.g. admin=2", value=value),
                               "threshold")
        out[role.strip()] = int(number)
    return out


def _print_diff(change: Any) -> None:
    print(f"Policy {change.name_before} version {change.version_before} → "
          f"{change.version_after}" + ("" if change.linked else "  (NOT linked to it)"))
    if change.name_changed:
        print(f"  name: {change.name_before} → {change.name_after}")
    print(f"  expires: {change.expires_before}" + (f" → {change.expires_after}"
                                                   if change.expiry_changed else " (unchanged)"))
    for key in change.added:
        print(f"  + {key.name:<24} {key.keyid[:16]}…  {', '.join(key.roles)}  "
              f"{' '.join(key.words)}")
    for key in change.retired:
        print(f"  - {key.name:<24} {key.keyid[:16]}…  {', '.join(key.roles)}")
    for role in change.roles:
        before = "—" if role.threshold_before is None else \
            f"{role.threshold_before} of {role.keys_before}"
        after = "—" if role.threshold_after is None else \
            f"{role.threshold_after} of {role.keys_after}"
        mark = "*" if role.changed else " "
        print(f"  {mark} {role.role:<14} {before} → {after}")
    print(f"  digest {change.digest_after}")


def _print_status(status: Any) -> None:
    for count in (status.current, status.successor):
        label = "current" if count.which == "current" else "successor"
        state = "met" if count.met else f"{count.needed} more needed"
        print(f"  {label} admins (version {count.version}): {len(count.signed)} of "
              f"{count.threshold} — {state}")
        for keyid, name in count.signed:
            print(f"    signed   {name:<24} {keyid[:16]}…")
        for keyid, name in count.missing if not count.met else ():
            print(f"    missing  {name:<24} {keyid[:16]}…")
        for keyid, reason in count.failed:
            print(f"    refused  {keyid[:16]}…: {reason}")


def cmd_propose(args: argparse.Namespace) -> int:
    from app.services import rotation
    data = rotation.propose(args.current, retire=args.retire, add=_additions(args.add),
                            thresholds=_thresholds(args.threshold), expires=args.expires,
                            name=args.name, out=args.out)
    change = rotation.diff(args.current, data)
    if args.json:
        common.emit_json({"out": args.out, "diff": change.to_dict()})
    else:
        _print_diff(change)
        print(f"Wrote the unsigned successor to {args.out}; each admin signs it with "
              "`tijori policy rotate sign`.")
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    from app.services import rotation
    change = rotation.diff(args.current, args.successor)
    if args.json:
        common.emit_json(change.to_dict())
    else:
        _print_diff(change)
    return 0 if change.linked else 1


def cmd_sign(args: argparse.Namespace) -> int:
    from app.services import rotation
    who = rotation.check_signer(args.successor, args.current, args.key)  # before the passphrase
    if not args.json:
        roles = [r for r, held in (("current admin", who.current_admin),
                                   ("successor admin", who.successor_admin)) if held]
        print(f"Signing as {who.name} ({' and '.join(roles)}), key {who.keyid[:16]}…")
    info = rotation.sign_successor(args.successor, args.current, args.key,
                                   common.key_secret(args, args.key), args.out)
    if args.json:
        common.emit_json(info)
    else:
        print(f"Wrote the signature of {info['name']} to {args.out} (successor version "
              f"{info['policy_version']}, digest {info['policy_digest'][:16]}…). Bring it "
              "back on a USB stick, or as QR codes (`tijori qr encode`).")
    return 0


def cmd_finish(args: argparse.Namespace) -> int:
    from app.services import rotation
    collection = rotation.collect(args.successor, args.current, args.signatures)
    status = collection.status
    if not status.met:
        if args.json:
            common.emit_json({"written": False, **collection.to_dict()})
        else:
            print("Not written: " + status.describe() + ".")
            _print_status(status)
            print("Still needed: " + rotation.missing_text(status) + ".")
        return 1
    info = rotation.finish(args.successor, args.current, args.signatures, args.out)
    if args.json:
        common.emit_json({"written": True, **info})
    else:
        print("Thresholds met: " + status.describe() + ".")
        _print_status(status)
        print(f"Wrote policy version {info['version']} to {args.out} (digest "
              f"{info['digest'][:16]}…); the versions it replaces are kept in "
              f"{', '.join(info['history'])}.")
    return 0
