"""keys, policy, token, attest, sign, verify, proof, qr: attestations and their checks."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from app.cli import common, rotate_cmds
from app.domain.errors import InvalidInput
from app.services import tokens

# The services behind these commands (cryptography, QR codes) are imported by
# the handlers that use them, so that `tijori holdings` does not pay for them.


def register(sub: Any, parent: argparse.ArgumentParser, js: argparse.ArgumentParser) -> None:
    kp = common.key_passphrase_option()
    k = sub.add_parser("keys", help="signing keys").add_subparsers(
        dest="keys_command", metavar="ACTION", required=True)
    p = k.add_parser("new", parents=[js, kp], help="create a key, stored encrypted, or inside "
                     "a PKCS#11 token (--pkcs11)")
    p.add_argument("--name", required=True)
    p.add_argument("--out", required=True, metavar="KEYFILE",
                   help="the key file; with --pkcs11, the public key file")
    p.add_argument("--algorithm", choices=["ed25519", "p256"],
                   help="default ed25519; in a token, ed25519 where it offers EdDSA, else p256")
    p.add_argument("--pkcs11", metavar="MODULE",
                   help="generate the key inside a token of this PKCS#11 module (.so); the "
                   "private key never leaves it")
    p.add_argument("--token", metavar="LABEL", help="the token's label (with --pkcs11)")
    p.add_argument("--ca", metavar="CA.key",
                   help="a p256 key's certificate is issued by this CA (`tijori ca new`), "
                   "not self-signed")
    p.add_argument("--ca-passphrase-file", metavar="FILE",
                   help="read the CA key's passphrase from FILE (else "
                   "$TIJORI_CA_PASSPHRASE, else ask)")
    p.set_defaults(handler=cmd_keys_new)
    p = k.add_parser("show", parents=[js], help="show a key's id and fingerprint words")
    p.add_argument("file")
    p.set_defaults(handler=cmd_keys_show)
    p = k.add_parser("export-public", parents=[js], help="write the public key to a file")
    p.add_argument("keyfile")
    p.add_argument("--out", required=True, metavar="PUBFILE")
    p.set_defaults(handler=cmd_keys_export)
    p = k.add_parser("backup", parents=[js, kp],
                     help="split a key into SLIP-39 shares, any THRESHOLD of which restore it")
    p.add_argument("keyfile")
    p.add_argument("--shares", type=int, required=True, metavar="N")
    p.add_argument("--threshold", type=int, required=True, metavar="M")
    p.add_argument("--out-dir", default=".", metavar="DIR",
                   help="where share-N-of-COUNT.txt go (default: here)")
    p.add_argument("--slip39-passphrase-file", metavar="FILE",
                   help="an extra SLIP-39 passphrase the shares need to restore the key")
    p.add_argument("--text", action="store_true",
                   help="also share-N-of-COUNT.txt, only the words (for scripted ceremonies)")
    p.set_defaults(handler=cmd_keys_backup)
    p = k.add_parser("restore", parents=[js],
                     help="a key from its SLIP-39 shares (one a line on standard input, "
                     "else asked)")
    p.add_argument("--out", metavar="KEYFILE", help="the key file to write")
    p.add_argument("--test", action="store_true",
                   help="only check that the shares give the key; write nothing")
    p.add_argument("--name", help="the restored key's name (default: the file's stem)")
    p.add_argument("--keyid", help="the keyid the shares must give (from the share sheets)")
    p.add_argument("--slip39-passphrase-file", metavar="FILE")
    p.add_argument("--new-key-passphrase-file", metavar="FILE",
                   help="read the new key file's passphrase from FILE (else "
                   "$TIJORI_NEW_KEY_PASSPHRASE, else ask twice)")
    p.set_defaults(handler=cmd_keys_restore)

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
    p.add_argument("--replaces", metavar="POLICY",
                   help="the policy in force: the draft is its next version and names it")
    p.set_defaults(handler=cmd_policy_new)
    p = pol.add_parser("sign", parents=[js, kp], help="sign a policy with an admin key")
    p.add_argument("policy")
    p.add_argument("--key", required=True, help="an admin key file, or a pkcs11: URI")
    p.add_argument("--pinned", metavar="POLICY",
                   help="the version this one replaces, whose admins must sign it too")
    p.set_defaults(handler=cmd_policy_sign)
    p = pol.add_parser("show", parents=[js], help="show and check a policy")
    p.add_argument("policy")
    p.add_argument("--pinned", metavar="POLICY", help="a trusted earlier version")
    p.set_defaults(handler=cmd_policy_show)
    rotate_cmds.register(pol, js, kp)

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
    p.add_argument("--proof-from", type=int, action="append", default=[], metavar="SIZE",
                   help="also prove the journal consistent from this size (for a signer "
                   "that last signed a request never finalised)")
    p.add_argument("--audit-commitment", metavar="SHA256",
                   help="the auditor's commitment to the nonce of a count (`tijori audit "
                   "commit` prints it): the statement carries it")
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
    p.add_argument("--key", required=True,
                   help="your key file, or a key in a token as a pkcs11: URI")
    p.add_argument("--policy", help="pin this policy on first use; afterwards only the pinned "
                   "policy or a signed successor of it is accepted")
    p.add_argument("--out", required=True, metavar="RESPONSE")
    p.add_argument("--yes", action="store_true", help="sign without asking (scripts)")
    p.add_argument("--accept-policy", action="store_true",
                   help="pin a signed successor of the pinned policy without asking")
    p.add_argument("--accept-unchecked-totals", action="store_true",
                   help="sign a request without leaves, whose totals cannot be recomputed")
    p.set_defaults(handler=cmd_sign)

    sig = sub.add_parser("signer", help="the offline signer's memory").add_subparsers(
        dest="signer_command", metavar="ACTION", required=True)
    p = sig.add_parser("ledgers", parents=[js], help="what this signer signed, per ledger")
    p.set_defaults(handler=cmd_signer_ledgers)
    p = sig.add_parser("forget", parents=[js],
                       help="forget a ledger: its next request is not checked against it")
    p.add_argument("ledger_id")
    p.set_defaults(handler=cmd_signer_forget)

    p = sub.add_parser("verify", parents=[js],
                       help="verify a report (PDF or JSON bundle), attestation or proof")
    p.add_argument("file")
    _trust_options(p, required=False)
    p.add_argument("--leaves", help="the leaves file (for a bundle: if it carries none)")
    p.add_argument("--previous", metavar="ATTESTATION")
    p.add_argument("--record", metavar="OUT.pdf|OUT.txt",
                   help="also write a verification record to file: every check with its "
                   "result, the summary, each input file's SHA-256, the version and the time")
    p.set_defaults(handler=cmd_verify)

    p = sub.add_parser("verify-chain", parents=[js],
                       help="verify a published series of attestations")
    p.add_argument("files", nargs="+", metavar="ATTESTATION",
                   help="attestation files, or folders of *.att.json / *.json files")
    _trust_options(p)
    p.add_argument("--leaves", help="the leaves file of the newest attestation")
    p.set_defaults(handler=cmd_verify_chain)

    p = sub.add_parser("report", parents=[kp],
                       help="a signed proof-of-reserve report: PDF, and JSON bundle")
    p.add_argument("--attestation", required=True)
    p.add_argument("--policy", required=True)
    p.add_argument("--leaves", required=True)
    p.add_argument("--report-key", required=True, metavar="KEYFILE",
                   help="the report-signer's P-256 key file (its certificate beside it, "
                   "KEYFILE.crt), or a pkcs11: URI of one in a token")
    p.add_argument("--out", required=True, metavar="REPORT.pdf")
    p.add_argument("--json", dest="json_out", metavar="REPORT.json")
    p.add_argument("--public", action="store_true",
                   help="for publication: leave the leaves out (proofs may still go in)")
    p.add_argument("--proof", action="append", type=int, default=[], metavar="HOLDING",
                   help="embed the inclusion proof of this holding (repeatable)")
    p.add_argument("--count", metavar="COUNT.json",
                   help="embed the auditor's count of this attestation (it must verify) and "
                   "print its Physical count section")
    p.set_defaults(handler=cmd_report)

    p = sub.add_parser("proof", parents=[parent, js], help="an inclusion proof for one holding")
    p.add_argument("--attestation", required=True)
    p.add_argument("--leaves", required=True)
    p.add_argument("--holding", required=True, metavar="HOLDING",
                   help="its id (digits, #ID or id:ID; no ledger needed), or a bar's serial, "
                        "a lot's warrant, a tank or gas code, looked up in the ledger")
    p.add_argument("--brand", help="choose among bars that share a serial: the brand")
    p.add_argument("--year", help="choose among bars that share a serial: the year")
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
    if args.pkcs11 or args.token:
        return _token_key_new(args)
    algorithm = "ecdsa-p256" if args.algorithm == "p256" else "ed25519"
    if args.ca:
        keys.check_ca_for(algorithm)
        keys.read_ca(args.ca)  # a file that is no CA is refused before any passphrase
    secret = common.key_passphrase(args, confirm=True)
    info = keys.create_key(args.name, args.out, secret, algorithm, ca=args.ca,
                           ca_passphrase=lambda: common.ca_key_passphrase(args))
    certificate = (f"\n  certificate {info['certificate']} (self-signed, for signing PDF reports)"
                   if "certificate" in info else "")
    if "issuer" in info:
        certificate = (f"\n  certificate {info['certificate']} (issued by {info['issuer']}, "
                       f"for signing PDF reports)\n  CA certificate {info['issuer_certificate']}")
    _print(args, info, f"Created key {info['name']} ({info['algorithm']}) in {args.out}\n"
           f"  keyid {info['keyid']}\n  words {info['words']}{certificate}")
    return 0


def _token_key_new(args: argparse.Namespace) -> int:
    from app.services import keys
    if not (args.pkcs11 and args.token):
        raise InvalidInput("a key in a token needs both --pkcs11 MODULE and --token LABEL")
    algorithm = {"p256": "ecdsa-p256", "ed25519": "ed25519"}.get(args.algorithm or "")
    if args.ca:
        keys.check_ca_for(algorithm or "ed25519")
        keys.read_ca(args.ca)
    info = keys.create_token_key(args.name, args.out, module=args.pkcs11, token=args.token,
                                 pin=lambda: common.token_pin(args), algorithm=algorithm,
                                 ca=args.ca, ca_passphrase=lambda: common.ca_key_passphrase(args))
    certificate = ""
    if "certificate" in info:
        certificate = (f"\n  certificate issued by {info['issuer']}, kept in the token"
                       if "issuer" in info else "\n  certificate (self-signed) kept in the token")
    _print(args, info, f"Created key {info['name']} ({info['algorithm']}) inside token "
           f"{args.token}; its public key is in {args.out}\n  keyid {info['keyid']}\n"
           f"  words {info['words']}{certificate}\n  sign with --key '{info['uri']}'")
    return 0


def cmd_keys_show(args: argparse.Namespace) -> int:
    from app.services import keys
    info = keys.show_key(args.file)
    _print(args, info, f"{'Private' if info['private'] else 'Public'} key {info['name']} "
           f"({info['algorithm']})\n  keyid {info['keyid']}\n  fingerprint "
           f"{info['fingerprint']}\n  words {info['words']}")
    return 0


def _slip39_passphrase(args: argparse.Namespace) -> str:
    path = getattr(args, "slip39_passphrase_file", None)
    if not path:
        return ""
    from app.attest.fileio import read_file

    return read_file(path, "SLIP-39 passphrase file").decode("utf-8").rstrip("\r\n")


def cmd_keys_backup(args: argparse.Namespace) -> int:
    from app.services import key_backup
    info = key_backup.backup(args.keyfile, common.key_passphrase(args), threshold=args.threshold,
                             count=args.shares, out_dir=args.out_dir,
                             slip39_passphrase=_slip39_passphrase(args), text=args.text)
    files = "\n".join(f"  {path}" for path in info["files"])
    _print(args, info, f"Split key {info['name']} into {info['count']} shares; any "
           f"{info['threshold']} restore it.\n  keyid {info['keyid']}\n  words "
           f"{info['words']}\n{files}\nPrint each sheet for its holder, then delete the "
           "files here.")
    return 0


def _typed_shares() -> list[str]:
    """Shares from standard input, one a line; at a terminal, asked for one by one until
    an empty line."""
    if not sys.stdin.isatty():
        return [line for line in sys.stdin.read().splitlines() if line.strip()]
    typed = []
    while line := input(f"share {len(typed) + 1} (empty line to finish): ").strip():
        typed.append(line)
    return typed


def cmd_keys_restore(args: argparse.Namespace) -> int:
    from app.services import key_backup
    if not args.test and not args.out:
        raise InvalidInput("give --out KEYFILE for the restored key, or --test to check the "
                           "shares only", "out")
    name = args.name or (Path(args.out).stem if args.out else "restored key")
    info = key_backup.restore(_typed_shares(), out=None if args.test else args.out, name=name,
                              new_passphrase=lambda: common.new_key_passphrase(args),
                              slip39_passphrase=_slip39_passphrase(args),
                              expected_keyid=args.keyid)
    done = (f"Restored key {info['name']} into {info['written']}" if info["written"]
            else "The shares give the key")
    _print(args, info, f"{done} ({info['algorithm']})\n  keyid {info['keyid']}\n  words "
           f"{info['words']}\nCompare the keyid and words with the share sheets.")
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
        replaces=args.replaces,
    )
    _print(args, info, f"Drafted policy {info['name']} v{info['version']} in {args.out} "
           f"(digest {info['digest']}); admins sign it with `tijori policy sign`.")
    return 0


def cmd_policy_sign(args: argparse.Namespace) -> int:
    from app.services import keys
    info = keys.sign_policy(args.policy, args.key, common.key_secret(args, args.key),
                            pinned=args.pinned)
    _print(args, info, f"Signed {args.policy}; it now carries {info['signatures']} "
           "signature(s).")
    return 0


def _trust_options(p: argparse.ArgumentParser, required: bool = True) -> None:
    p.add_argument("--policy", required=required, action="append", metavar="POLICY",
                   help="your trusted policy; repeat it to give older versions (files or "
                   "folders) that attestations made before a rotation name"
                   + ("" if required else "; without it, a PDF report gets a first look "
                      "(its signature, the embedded policy's words) and no verdict (exit 3)"))
    p.add_argument("--pinned", metavar="POLICY", help="a trusted earlier policy version")
    p.add_argument("--max-age", metavar="AGE", help="fail an attestation older than this "
                   "(e.g. 35d, 12h)")


def _show_checks(checks: list[dict[str, Any]]) -> None:
    """One line per check: PASS, FAIL, or NOT DONE (with why); a finding by its severity
    (ALERT, CAUTION, NOTE, CLEAR), never PASS or FAIL."""
    for check in checks:
        mark = ("NOT DONE" if not check.get("done", True)
                else str(check["severity"]).upper() if check.get("block") == "finding"
                else "PASS" if check["passed"] else "FAIL")
        print(f"  [{mark}] {check['check']}: {check['reason']}")


def cmd_policy_show(args: argparse.Namespace) -> int:
    from app.services import keys
    info = keys.show_policy(args.policy, trusted=args.pinned)
    if args.json:
        common.emit_json(info)
    else:
        if "version" in info:
            print(f"Policy {info['name']} version {info['version']}, "
                  f"{_left(info['expiry'])}")
            print(f"  digest {info['digest']}")
            for role, spec in sorted(info["roles"].items()):
                print(f"  {role}: {spec['threshold']} of {len(spec['keys'])}")
                for key in spec["keys"]:
                    print(f"    {key['name']:<24} {key['keyid'][:16]}…  {key['words']}")
                    print(f"    {'':<24} {_left(key)}")
            if info.get("programme"):
                print(f"  members (window {info['window_seconds']} s):")
                for member in info["members"]:
                    print(f"    {member['name']:<24} policy v{member['policy']['version']} "
                          f"{member['policy']['digest'][:16]}…")
            for warning in info["warnings"]:
                print(f"! {warning}")
        print("VALID" if info["valid"] else "NOT VALID")
        _show_checks(info["checks"])
    return 0 if info["valid"] else 1


def _left(item: dict[str, Any]) -> str:
    """"expires at T, in N days" for a policy or a key shown by `policy show`."""
    from app.attest.policy import Expiry
    from app.services.keys import time_left

    until = item.get("until") or item["valid_until"]
    return str(time_left(Expiry("key", "", until, item["seconds_left"])))


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
    from app.attest.summary import summary
    from app.services import attesting
    with common.open_ledger(args) as ledger:
        result = attesting.make_request(
            ledger, policy_path=args.policy, out=args.out, leaves_out=args.leaves_out,
            custodian=args.custodian or common.environment("TIJORI_CUSTODIAN") or "",
            sites=args.site, as_of=args.as_of,
            with_leaves=args.with_leaves, previous_path=args.previous,
            proofs_from=args.proof_from, audit_commitment=args.audit_commitment,
            task=common.ProgressLine("attesting", minimum=1).task(),
        )
    _print(args, result, f"Wrote signing request {args.out} (request {result['request_id']})"
           f" and leaves {args.leaves_out}.\n\n" + summary(result["statement"]))
    return 0


def cmd_attest_finalize(args: argparse.Namespace) -> int:
    from app.services import attesting
    # A programme's attestation belongs to no custodian's ledger: never recorded in one.
    programme = attesting.open_request(args.request)["programme"]
    if not programme and (args.ledger or os.environ.get("TIJORI_LEDGER")):
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


def _ask(question: str, refusal: str) -> bool:
    if not sys.stdin.isatty():
        raise InvalidInput(refusal)
    return input(question).strip().lower() in ("y", "yes")


def _policy_for_signing(args: argparse.Namespace) -> None:
    """Pin the policy on first use; show and ask before pinning a signed successor."""
    from datetime import UTC, datetime

    from app.services import signing
    resolution = signing.pinned_policy(args.policy, datetime.now(UTC))
    words = " ".join(resolution.words)
    if resolution.outcome == "first_pin":
        print(f"Pinned policy version {resolution.policy.version} on this signer: digest "
              f"{resolution.digest}\n  words to compare with the administrators': {words}",
              file=sys.stderr)
    elif resolution.outcome == "successor":
        print(f"{args.policy} is version {resolution.policy.version}, a signed successor of "
              f"the pinned policy. It changes:", file=sys.stderr)
        for change in resolution.changes:
            print(f"  - {change}", file=sys.stderr)
        print(f"  digest {resolution.digest}\n  words: {words}", file=sys.stderr)
        if not (args.accept_policy or _ask(
                "Pin this policy instead of the current one? [y/N] ",
                "the policy was not pinned: confirm in a terminal, or pass --accept-policy")):
            raise InvalidInput("the new policy was not pinned; nothing was signed")
        signing.accept_policy(resolution)
        print(f"Pinned policy version {resolution.policy.version}.", file=sys.stderr)


def _signer_view(prepared: Any) -> str:
    """What the signer reads: every check (✓ passed, ✗ failed, ! not done, with why),
    then the statement."""
    marks = {"passed": "✓", "failed": "✗", "not done": "!"}
    lines = ["Checks:"]
    for check in prepared.verdict.checks:
        state = check.state
        lines.append(f"  {marks[state]} {check.name}: "
                     + ("NOT DONE — " if state == "not done" else "") + check.reason)
    return "\n".join([*lines, "", prepared.summary])


def cmd_sign(args: argparse.Namespace) -> int:
    from app.services import signing
    _policy_for_signing(args)

    def confirm(prepared: Any) -> bool:
        if args.json and args.yes:
            return True  # the checks and the summary go into the JSON instead
        print(_signer_view(prepared))
        return args.yes or _ask("\nSign this statement? [y/N] ", "not signed: confirm in a "
                                "terminal, or pass --yes in a script")

    result = signing.sign_request(
        args.request, key_path=args.key, passphrase=lambda: common.key_secret(args, args.key),
        out=args.out, confirm=confirm, accept_unchecked_totals=args.accept_unchecked_totals,
    )
    _print(args, result, f"\nSigned as key {result['response']['keyid'][:16]}…: {args.out}.")
    return 0


def cmd_signer_ledgers(args: argparse.Namespace) -> int:
    from app.services import signing
    rows = signing.witnessed()
    if args.json:
        common.emit_json({"ledgers": rows})
        return 0
    if not rows:
        print("This signer has signed nothing yet.")
    for row in rows:
        if "forgotten_at" in row:
            print(f"{row['ledger_id']}: forgotten on {row['forgotten_at']}")
        else:
            print(f"{row['ledger_id']}: signed sequence {row['sequence']} as of "
                  f"{row['as_of']}, journal of {row['journal_size']} events "
                  f"(root {row['journal_root'][:16]}…), on {row['signed_at']}")
    return 0


def cmd_signer_forget(args: argparse.Namespace) -> int:
    from app.services import signing
    info = signing.forget_ledger(args.ledger_id)
    _print(args, info, f"Forgot ledger {args.ledger_id}: its next request is not checked "
           "against what this signer signed before, and the summary will say so.")
    return 0


def _trust(args: argparse.Namespace) -> dict[str, Any]:
    from app.domain.times import parse_age
    return {"trusted_policy": args.pinned,
            "max_age": parse_age(args.max_age) if args.max_age else None}


def cmd_verify(args: argparse.Namespace) -> int:
    """The summary of the signed statement, the Integrity block, the Findings block, the
    bottom line (FORMAT.md §8.3); exit 0 valid, 1 not valid, 3 no verdict (no policy)."""
    from app.services import verification_record as record
    if not args.policy:
        return _first_look(args)
    if args.record:
        record.check_record_name(args.record)  # before the work, not after it
    verification = record.verify(args.file, args.policy, leaves=args.leaves,
                                 previous=args.previous, **_trust(args))
    if args.record:
        record.save(verification, args.record)
    if args.json:
        common.emit_json({**verification.as_json(), "record": args.record})
    else:
        print("\n".join(verification.text_lines()))
        if args.record:
            print(f"Wrote the verification record {args.record}.")
    return verification.exit_code


def _first_look(args: argparse.Namespace) -> int:
    """A PDF report without a policy: its first look, and no verdict (exit 3)."""
    from app.services import first_look, verification_record
    if args.record:
        raise InvalidInput("a verification record needs a verdict: give your trust policy "
                           "(--policy)", "policy")
    look = first_look.first_look(args.file)
    if args.json:
        common.emit_json({**look.as_json(), "valid": None, "outcome": "no verdict"})
    else:
        print("\n".join([*look.lines(), "", f"{args.file}: NO VERDICT. {first_look.NO_VERDICT}"]))
    return verification_record.EXIT_NO_VERDICT


def cmd_verify_chain(args: argparse.Namespace) -> int:
    from app.services import chain, figures
    result = chain.verify_chain_files(args.files, args.policy, leaves=args.leaves,
                                      **_trust(args))
    if args.json:
        common.emit_json(result.as_json())
    else:
        newest = result.entries[-1] if result.entries else None
        if newest is not None and newest.verdict.figures:  # the newest one's, read first
            for line in figures.as_text(newest.verdict.figures, newest.verdict.ok,
                                        f"the newest attestation, {newest.source}"):
                print(line)
            print()
        for entry in result.entries:
            print(f"{entry.source}: "
                  + (f"number {entry.sequence}, " if entry.sequence is not None else "")
                  + (f"as of {entry.as_of}: " if entry.as_of else "")
                  + ("VALID" if entry.verdict.ok else "NOT VALID"))
            _show_checks([c.as_json() for c in entry.verdict.checks if not c.passed
                          or not c.done])
        print(f"The series of {len(result.entries)}: "
              f"{'VALID' if result.verdict.ok else 'NOT VALID'}")
        _show_checks([c.as_json() for c in result.verdict.checks])
    return 0 if result.ok else 1


def cmd_report(args: argparse.Namespace) -> int:
    from app.services import reporting

    info = reporting.make_report(
        attestation_path=args.attestation, policy_path=args.policy, leaves_path=args.leaves,
        report_key_path=args.report_key,
        passphrase=lambda: common.key_secret(args, args.report_key),
        out=args.out, json_out=args.json_out, public=args.public, proofs=args.proof,
        count_path=args.count, task=common.ProgressLine("report", minimum=1).task(),
    )
    print(f"Wrote the signed report {args.out} ({info['pages']} pages)"
          + (f" and {args.json_out}" if args.json_out else "") + ".")
    return 0


def _proof_holding(args: argparse.Namespace) -> int:
    """The id of the holding to prove: digits are the id, as in the attested leaves
    (the ledger is not needed, and the holding may have left custody since);
    anything else is looked up in the ledger (`identify.resolve`)."""
    from app.services import identify
    number = identify.spelled_id(args.holding)
    if number is not None and not (args.brand or args.year):
        return number
    with common.open_ledger(args) as ledger:
        return identify.resolve(ledger, args.holding, brand=args.brand, year=args.year)["id"]


def cmd_proof(args: argparse.Namespace) -> int:
    from app.services import verifying
    info = verifying.make_proof(args.attestation, args.leaves, _proof_holding(args), args.out)
    _print(args, info, f"Wrote the inclusion proof of holding {info['holding']} "
           f"(leaf {info['index']} of {info['tree_size']}) to {args.out}.")
    return 0


def cmd_qr_encode(args: argparse.Namespace) -> int:
    from app.attest.fileio import read_file
    from app.services import qr
    data = read_file(args.file, "file")
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

