"""programme: one proof of reserves over many custodians (app.services.programme_check;
FORMAT.md §13)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli import common
from app.domain.errors import InvalidInput
from app.domain.messages import msg

#: Collisions listed in the text output when --limit is not given (JSON lists all).
TEXT_LIMIT = 50


def register(sub: Any, parent: argparse.ArgumentParser, js: argparse.ArgumentParser) -> None:
    programme = sub.add_parser("programme", help="a programme over many custodians")
    actions = programme.add_subparsers(dest="programme_command", metavar="ACTION",
                                       required=True)
    p = actions.add_parser(
        "check", parents=[js], help="every member verified, within the window, and no "
        "holding counted twice (the operator's and the auditor's check)",
        description="Checks what a programme statement rests on: the programme policy "
        "holds; each member's attestation verifies with its leaves under the policy the "
        "programme pins for it (or a signed successor, given with --policy); their as-of "
        "times lie within the programme's window of the programme as-of (by default the "
        "latest of them); every pinned member is given, none twice; and no bar, lot or "
        "tank is listed twice. Exit 0 when all holds, 1 when something does not, 2 for "
        "bad input.")
    _member_files(p)
    p.add_argument("--as-of", help="the programme as-of (default: the latest member's)")
    p.add_argument("--limit", type=int, metavar="N",
                   help=f"collisions listed (default {TEXT_LIMIT}; JSON lists all)")
    p.set_defaults(handler=cmd_check)

    p = actions.add_parser(
        "collisions", parents=[js], help="no bar, lot or tank listed twice across leaves "
        "files (the check alone, without the attestations)",
        description="Reads every member custodian's leaves file and lists each physical "
        "identity found more than once (bars by brand, serial and year; lots by warrant; "
        "tanks by site and code; compared on their identity keys: case, spacing and "
        "lookalike characters ignored), in two members' files or in one. Exit 0 when "
        "none is, 1 when some are, 2 for bad input.")
    p.add_argument("--member", action="append", required=True, metavar="NAME=LEAVES",
                   help="a member custodian's name and its leaves file (repeat for each)")
    p.add_argument("--limit", type=int, metavar="N",
                   help=f"collisions listed (default {TEXT_LIMIT}; JSON lists all)")
    p.set_defaults(handler=cmd_collisions)

    p = actions.add_parser(
        "attest", parents=[js], help="check the members and write the signing request of a "
        "programme statement (then `tijori sign` by operator and auditor, and `tijori attest "
        "finalize`)",
        description="Makes every check of `tijori programme check` and refuses, naming what "
        "failed (the collisions with their members and holdings), unless all hold. Then "
        "writes a signing request whose statement lists each member's attestation, puts "
        "them in an RFC 9162 tree, sums their totals, states the coverage of the "
        "programme's tokens (--tokens) and records the collision check; it chains to the "
        "previous programme attestation (--previous). Exit 0 when written, 1 when a check "
        "fails, 2 for bad input.")
    _member_files(p)
    p.add_argument("--tokens", metavar="TOKENS.csv",
                   help="the programme's tokens and supply: a CSV with the columns "
                   "symbol,commodity,per_token,unit,supply,supply_as_of,supply_source")
    p.add_argument("--previous", metavar="ATTESTATION",
                   help="the previous programme attestation (the new one chains to it)")
    p.add_argument("--as-of", help="the programme as-of (default: the latest member's)")
    p.add_argument("--out", required=True, metavar="REQUEST.json")
    p.set_defaults(handler=cmd_attest)

    p = actions.add_parser(
        "prove", parents=[js], help="a holding's proof chained through its member's "
        "attestation to the programme attestation",
        description="Writes a proof that one holding is in a member custodian's attestation "
        "and that attestation in the programme's tree. Verify it with `tijori verify PROOF "
        "--policy PROGRAMME_POLICY`.")
    p.add_argument("--programme-attestation", required=True, metavar="ATTESTATION")
    p.add_argument("--member", required=True, metavar="NAME",
                   help="the member's name in the programme")
    p.add_argument("--member-attestation", required=True, metavar="ATTESTATION")
    p.add_argument("--leaves", required=True, metavar="LEAVES")
    p.add_argument("--member-policy", metavar="POLICY.json",
                   help="the member's policy, carried so that its signatures are checked too")
    p.add_argument("--holding", required=True, type=int, metavar="ID")
    p.add_argument("--out", required=True, metavar="PROOF.json")
    p.set_defaults(handler=cmd_prove)

    p = actions.add_parser(
        "report", parents=[common.key_passphrase_option()],
        help="the programme's signed PDF report, signed by a report-signer of the programme "
        "policy", description="Verifies the programme attestation under the programme "
        "policy and refuses, naming what failed, unless it holds; checks that the member "
        "attestations given are exactly those the statement names and that each verifies "
        "under the member policy given for it; then lays out the report (cover, signatures, "
        "a page per member, the collision check, methodology), embeds the programme "
        "attestation and policy and each member's attestation and policy, and signs it. "
        "Verify it with `tijori verify REPORT.pdf --policy PROGRAMME_POLICY`.")
    p.add_argument("--attestation", required=True, metavar="ATTESTATION",
                   help="the finalised programme attestation")
    p.add_argument("--programme-policy", required=True, metavar="PROGRAMME_POLICY")
    p.add_argument("--member-attestation", action="append", required=True,
                   metavar="ATTESTATION", help="a member's attestation (repeat for each member)")
    p.add_argument("--member-policy", action="append", required=True, metavar="POLICY",
                   help="the policy a member's attestation was made under (repeat for each)")
    p.add_argument("--report-key", required=True, metavar="KEYFILE",
                   help="a report-signer's P-256 key file of the programme policy (its "
                   "certificate beside it, KEYFILE.crt), or a pkcs11: URI of one in a token")
    p.add_argument("--out", required=True, metavar="REPORT.pdf")
    p.set_defaults(handler=cmd_report)

    policy = actions.add_parser("policy", help="the programme's trust policy").add_subparsers(
        dest="programme_policy_command", metavar="ACTION", required=True)
    p = policy.add_parser(
        "new", parents=[js], help="draft a programme policy (its admins then sign it with "
        "`tijori policy sign`)",
        description="Names the programme's operator, independent auditor and admin keys, "
        "and pins each member custodian by its policy file (digest and version). Members' "
        "attestations must all be dated within --window of the programme's as-of.")
    p.add_argument("--out", required=True)
    p.add_argument("--name", default="Tijori programme policy")
    p.add_argument("--member", action="append", required=True, metavar="POLICY.json",
                   help="a member custodian's policy (repeat for each)")
    p.add_argument("--window", required=True, help="e.g. 24h, 90m, 2d (at most 31 days)")
    p.add_argument("--expires", required=True, metavar="DATE")
    for role in ("operator", "auditor", "admin"):
        p.add_argument(f"--{role}", action="append", required=True, metavar="PUB")
        p.add_argument(f"--{role}-threshold", type=int, required=True, metavar="N")
    p.add_argument("--report-signer", action="append", metavar="PUB",
                   help="a report-signer's P-256 public key, whose key signs the programme's "
                   "PDF reports (`tijori programme report`; repeat for each)")
    p.add_argument("--report-signer-threshold", type=int, metavar="N",
                   help="the report-signer role's threshold (with --report-signer)")
    p.add_argument("--replaces", metavar="PROGRAMME_POLICY",
                   help="the programme policy in force: the draft is its next version")
    p.set_defaults(handler=cmd_policy_new)


def _member_files(p: argparse.ArgumentParser) -> None:
    """The options of `programme check` and `programme attest`: the members' files."""
    p.add_argument("--programme-policy", required=True, metavar="PROGRAMME_POLICY")
    p.add_argument("--member", action="append", nargs="+", required=True,
                   metavar="ATTESTATION [LEAVES]",
                   help="a member's attestation and its leaves (repeat for each member); "
                   "the leaves may instead follow as --leaves")
    p.add_argument("--leaves", action="append", default=[], metavar="LEAVES",
                   help="the leaves of the --member given just before (one per member "
                   "given without its leaves)")
    p.add_argument("--policy", action="append", required=True, metavar="MEMBER_POLICY",
                   help="the members' policies: those pinned, and any versions since")


def _member_pairs(args: argparse.Namespace) -> list[Any]:
    """The members' (attestation, leaves) pairs: `--member A L`, or `--member A --leaves L`
    (the leaves in the order of the members given without theirs)."""
    from app.services.programme import MemberFiles

    pairs, alone = [], []
    for values in args.member:
        if len(values) > 2:
            raise InvalidInput(msg("--member takes an attestation and its leaves, not {count} "
                                   "files", count=len(values)), "member")
        pairs.append(list(values))
        if len(values) == 1:
            alone.append(pairs[-1])
    if len(alone) != len(args.leaves):
        raise InvalidInput(msg("{count} member(s) were given without their leaves and "
                               "{leaves} --leaves: give each member's leaves",
                               count=len(alone), leaves=len(args.leaves)), "leaves")
    for pair, leaves in zip(alone, args.leaves, strict=True):
        pair.append(leaves)
    return [MemberFiles(attestation, leaves) for attestation, leaves in pairs]


def cmd_policy_new(args: argparse.Namespace) -> int:
    from app.services.programme import draft_programme_policy

    info = draft_programme_policy(
        out=args.out, name=args.name, expires=args.expires, members=args.member,
        window=args.window, operators=args.operator, operator_threshold=args.operator_threshold,
        auditors=args.auditor, auditor_threshold=args.auditor_threshold, admins=args.admin,
        admin_threshold=args.admin_threshold, report_signers=args.report_signer,
        report_signer_threshold=args.report_signer_threshold, replaces=args.replaces)
    if args.json:
        common.emit_json(info)
        return 0
    print(f"Drafted programme policy {info['name']} v{info['version']} in {args.out} "
          f"(digest {info['digest']}), {len(info['members'])} member(s), window "
          f"{info['window_seconds']} s"
          + (f", {info['report_signers']} report signer(s)" if info["report_signers"] else "")
          + "; its admins sign it with `tijori policy sign`.")
    for member in info["members"]:
        print(f"  {member['name']}: policy v{member['policy']['version']} "
              f"{member['policy']['digest'][:16]}…")
    return 0


def _members(values: list[str]) -> list[Any]:
    from app.services.programme_check import Member

    members = []
    for value in values:
        name, equals, path = value.partition("=")
        if not equals or not name.strip() or not path:
            raise InvalidInput(msg("--member {value!r} is not NAME=LEAVES", value=value),
                               "member")
        members.append(Member(name.strip(), path))
    return members


def cmd_check(args: argparse.Namespace) -> int:
    from app.services.programme import check_programme

    result = check_programme(args.programme_policy,
                             _member_pairs(args),
                             args.policy, as_of=args.as_of,
                             task=common.ProgressLine("programme check", minimum=1).task())
    if args.json:
        common.emit_json(result.to_dict())
        return 0 if result.ok else 1
    print(f"Programme {result.programme} v{result.programme_version}, as of {result.as_of}, "
          f"window {result.window_seconds} s:")
    for member in result.members:
        mark = "✓" if member.ok else "✗"
        print(f"  {mark} {member.name}: {member.attestation_id or member.attestation}, as of "
              f"{member.as_of or '?'}" + ("" if member.within_window is not False
                                          else " — OUTSIDE THE WINDOW"))
        for failure in member.verdict.failures:
            print(f"      {failure.name}: {failure.reason}")
    for name in result.missing:
        print(f"  ✗ {name}: no attestation given")
    if result.collisions is None:
        print("No collision check: a member's attestation does not verify.")
    else:
        _show_collisions(result.collisions, args.limit)
    print("PROGRAMME CHECK PASSED" if result.ok else "PROGRAMME CHECK FAILED")
    return 0 if result.ok else 1


def cmd_attest(args: argparse.Namespace) -> int:
    from app.attest.summary import summary
    from app.services.programme_attest import NotReady, make_programme_request

    try:
        result = make_programme_request(
            programme_path=args.programme_policy,
            members=_member_pairs(args),
            policy_paths=args.policy, out=args.out, tokens_path=args.tokens,
            previous_path=args.previous, as_of=args.as_of,
            task=common.ProgressLine("programme check", minimum=1).task())
    except NotReady as exc:
        if args.json:
            common.emit_json({"written": False, "reason": str(exc), "check": exc.check.to_dict()})
            return 1
        if exc.check.collisions is not None and not exc.check.collisions.ok:
            _show_collisions(exc.check.collisions, TEXT_LIMIT)
        raise
    if args.json:
        common.emit_json({"written": True, **result})
        return 0
    print(f"Wrote the programme's signing request {args.out} (request "
          f"{result['request_id']}); its operator and auditor sign it with `tijori sign`, "
          f"then `tijori attest finalize` combines their signatures.\n")
    print(summary(result["statement"]))
    return 0


def cmd_prove(args: argparse.Namespace) -> int:
    from app.services.programme_attest import make_chained_proof

    info = make_chained_proof(
        programme_attestation=args.programme_attestation, member=args.member,
        member_attestation=args.member_attestation, leaves=args.leaves,
        holding=args.holding, out=args.out, member_policy=args.member_policy)
    if args.json:
        common.emit_json(info)
        return 0
    print(f"Wrote the chained proof of holding {info['holding']} of {info['member']} "
          f"(leaf {info['index']} of {info['tree_size']}, member {info['member_index'] + 1} of "
          f"the programme) to {args.out}.")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from app.services.programme_report import make_programme_report

    info = make_programme_report(
        attestation_path=args.attestation, programme_policy_path=args.programme_policy,
        member_attestations=args.member_attestation, member_policies=args.member_policy,
        report_key_path=args.report_key,
        passphrase=lambda: common.key_secret(args, args.report_key), out=args.out,
        task=common.ProgressLine("programme report", minimum=1).task())
    print(f"Wrote the signed programme report {args.out} ({info['pages']} pages, "
          f"{info['members']} member(s)); verify it with `tijori verify {args.out} --policy "
          f"{args.programme_policy}`.")
    return 0


def cmd_collisions(args: argparse.Namespace) -> int:
    from app.services.programme_check import check_collisions

    result = check_collisions(_members(args.member),
                              common.ProgressLine("collision check", minimum=200_000).task())
    if args.json:
        common.emit_json(result.to_dict())
        return 0 if result.ok else 1
    return 0 if _show_collisions(result, args.limit) else 1


def _show_collisions(result: Any, limit: int | None) -> bool:
    kinds = ", ".join(f"{n:,} {kind}s" for kind, n in result.by_kind.items() if n)
    print(f"Checked {result.identities:,} identities ({kinds or 'none'}) of "
          f"{result.members} member(s)"
          + (f"; {result.unidentified:,} gas inventories have none" if result.unidentified
             else "") + ".")
    if result.ok:
        print("No bar, lot or tank is listed twice.")
        return True
    limit = TEXT_LIMIT if limit is None else limit
    print(f"{len(result.collisions):,} identities are listed more than once:",
          file=sys.stderr)
    for collision in result.collisions[:limit]:
        places = "; ".join(f"{f.member} holding {f.holding}" for f in collision.found)
        print(f"  {collision.kind} {collision.identity}: {places}", file=sys.stderr)
    if len(result.collisions) > limit:
        print(f"  … and {len(result.collisions) - limit:,} more (--limit, or --json for all)",
              file=sys.stderr)
    return False
