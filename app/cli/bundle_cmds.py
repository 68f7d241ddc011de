"""`tijori bundle sign` and `tijori bundle verify`: trusting a new offline bundle."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli import common


def register(sub: Any, parent: argparse.ArgumentParser, js: argparse.ArgumentParser) -> None:
    bundle = sub.add_parser("bundle", help="sign or check an offline installation bundle")
    b_sub = bundle.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    p = b_sub.add_parser("sign", parents=[js, common.key_passphrase_option()],
                         help="sign a SHA256SUMS file with a Tijori key")
    p.add_argument("sums", help="the SHA256SUMS file beside the bundle")
    p.add_argument("--key", required=True,
                   help="your key file, or a key in a token as a pkcs11: URI")
    p.add_argument("--out", help="the signature to write (default: SUMS.dsse.json)")
    p.set_defaults(handler=cmd_sign)
    p = b_sub.add_parser("verify", parents=[js],
                         help="check a bundle archive against its signed SHA256SUMS")
    p.add_argument("archive", help="the bundle, e.g. tijori-0.1.0-linux-x86_64.tar.gz")
    p.add_argument("--sums", help="the SHA256SUMS file (default: beside the archive)")
    p.add_argument("--signature", help="the sums file's signature (SHA256SUMS.dsse.json)")
    p.add_argument("--signer", help="the public key you trust to have signed it")
    p.set_defaults(handler=cmd_verify)


def cmd_sign(args: argparse.Namespace) -> int:
    from app.services import bundles

    out = args.out or f"{args.sums}.dsse.json"
    info = bundles.sign_sums(args.sums, key_path=args.key,
                             passphrase=common.key_secret(args, args.key),
                             out=out)
    if args.json:
        common.emit_json(info)
    else:
        print(f"Signed {args.sums} as {info['name']} (keyid {info['keyid'][:16]}…): {out}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from pathlib import Path

    from app.services import bundles

    sums = args.sums or str(Path(args.archive).with_name("SHA256SUMS"))
    info = bundles.verify_bundle(args.archive, sums_path=sums, signature_path=args.signature,
                                 signer_path=args.signer)
    if args.json:
        common.emit_json(info)
        return 0
    print(f"OK  {Path(args.archive).name}: SHA-256 {info['sha256']} as listed in {sums}")
    if "keyid" in info:
        print(f"OK  {sums} signed by {info['signer']} (keyid {info['keyid'][:16]}…, "
              f"words: {' '.join(info['words'])})")
    else:
        print("    (the sums file's signature was not checked: give --signature and --signer)")
    return 0
