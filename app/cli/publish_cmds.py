"""publish: the token holder's page, a folder to host anywhere (app.services.publishing;
FORMAT.md §14)."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli import common


def register(sub: Any, parent: argparse.ArgumentParser, js: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "publish", parents=[js], help="the token holder's page: a folder that verifies the "
        "attestation in any web browser, offline",
        description="Writes a folder with one self-contained index.html that verifies the "
        "attestation in the browser (signatures, figures, coverage, age) and checks a "
        "holder's inclusion proof, making no network request, beside the attestation, the "
        "trust policy, each proof and the public report for `tijori verify`. Host it "
        "anywhere, or open it from a USB stick. The attestation must verify under the "
        "policy; a report that embeds every holding is refused.")
    p.add_argument("--attestation", required=True)
    p.add_argument("--policy", required=True, help="the trust policy (the newest version)")
    p.add_argument("--older-policy", action="append", default=[], metavar="POLICY",
                   help="an older version of the policy, if the attestation was made under it")
    p.add_argument("--proof", action="append", default=[], metavar="ID",
                   help="publish the inclusion proof of this holding (repeat)")
    p.add_argument("--proofs-from", metavar="FILE",
                   help="holding ids to publish proofs of, one a line")
    p.add_argument("--proof-file", action="append", default=[], metavar="PROOF.json",
                   help="a proof made elsewhere (`tijori proof`, or a programme's chained "
                   "proof from `tijori programme prove`) to publish (repeat)")
    p.add_argument("--leaves", help="the attestation's leaves (to make the proofs)")
    p.add_argument("--report", metavar="REPORT.pdf", help="the public report")
    p.add_argument("--max-age", metavar="AGE",
                   help="the page says NOT VALID once the attestation is older than this "
                   "(35d, 12h, 5w), as `tijori verify --max-age` does")
    p.add_argument("--out", required=True, metavar="DIR", help="a new or empty folder")
    p.set_defaults(handler=cmd_publish)


def cmd_publish(args: argparse.Namespace) -> int:
    from app.services.publishing import publish

    info = publish(attestation_path=args.attestation, policy_path=args.policy,
                   older_policies=args.older_policy, proofs=args.proof,
                   proofs_file=args.proofs_from, proof_files=args.proof_file,
                   leaves_path=args.leaves,
                   report_path=args.report, max_age=args.max_age, out=args.out,
                   task=common.ProgressLine("publishing", minimum=1).task())
    if args.json:
        common.emit_json(info)
        return 0
    print(f"Published attestation {info['attestation_id']} in {info['out']}: index.html "
          f"({info['page_bytes'] / 1024:,.0f} KiB), {info['proofs']:,} proof(s)"
          + (", the report" if info["report"] else "")
          + f"; {info['bytes'] / 2**20:.1f} MiB in all. Open index.html in a browser, or "
          "host the folder as it is.")
    return 0
