"""ca: the organisation's offline certificate authority for report-signer certificates.

`tijori ca new` makes the CA (a key file and its certificate, which people import
into their PDF readers); `tijori keys new --algorithm p256 --ca CA.key` issues a
report signer's certificate from it. See reports/FORMAT.md §10.5.
"""

from __future__ import annotations

import argparse
from typing import Any

from app.cli import common


def register(sub: Any, parent: argparse.ArgumentParser, js: argparse.ArgumentParser) -> None:
    kp = common.key_passphrase_option("CA key")
    ca = sub.add_parser("ca", help="the organisation CA that issues report-signer "
                        "certificates").add_subparsers(dest="ca_command", metavar="ACTION",
                                                       required=True)
    p = ca.add_parser("new", parents=[js, kp],
                      help="make an offline CA: a P-256 key, stored encrypted, and its "
                      "certificate (CA.key.crt, PEM) for PDF readers to trust")
    p.add_argument("--name", required=True,
                   help="the organisation, as the CA certificate names it (CN and O)")
    p.add_argument("--out", required=True, metavar="CA.key")
    p.add_argument("--years", type=int, metavar="N",
                   help="how long the CA certificate is valid (default 10 years)")
    p.add_argument("--force", action="store_true",
                   help="replace CA.key and CA.key.crt if they exist")
    p.set_defaults(handler=cmd_ca_new)


def cmd_ca_new(args: argparse.Namespace) -> int:
    from app.services import keys
    info = keys.create_ca(args.name, args.out, lambda: common.key_passphrase(args, confirm=True),
                          years=keys.CA_YEARS if args.years is None else args.years,
                          force=args.force)
    if args.json:
        common.emit_json(info)
        return 0
    print(f"Created CA {info['name']} ({info['algorithm']}) in {args.out}\n"
          f"  keyid {info['keyid']}\n  words {info['words']}\n"
          f"  certificate {info['certificate']} (PEM): {info['subject']}, valid "
          f"{info['not_before']} to {info['not_after']}\n"
          f"  SHA-256 fingerprint {info['sha256_fingerprint']}\n"
          f"Keep {args.out} offline. Give the certificate to the readers of your reports, "
          "with its fingerprint to compare; they trust it in Acrobat or NSS "
          "(reports/FORMAT.md §10.5).")
    return 0
