"""Checking an offline bundle before it is trusted: its SHA-256 sums, signed.

`make bundle` writes `SHA256SUMS` (the `sha256sum` format: digest, two spaces,
file name) beside the archive. Where a Tijori key is at hand, `sign_sums` wraps
the sums file in a DSSE envelope like every other signed thing in Tijori; a
Tijori already installed elsewhere then checks a new bundle with `verify_bundle`:
the envelope's signature by a key the verifier already trusts, the sums file
being exactly the signed one, and the archive's digest being the one listed.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from app.attest.dsse import Envelope
from app.attest.fileio import read_file, write_atomic
from app.attest.keys import keyid_words
from app.domain.errors import CheckFailed, InvalidInput
from app.domain.messages import msg
from app.services.keys import read_public_key
from app.services.movement import file_sha256
from app.services.signing_keys import key_info, unlocked

PAYLOAD_TYPE = "application/vnd.tijori.sha256sums"
_LINE = re.compile(r"^([0-9a-f]{64}) [ *](\S.*)$")


def parse_sums(data: bytes, source: str = "SHA256SUMS") -> dict[str, str]:
    """{file name: digest} from a sha256sum-format file; refuses anything else."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput(msg("{source} is not text", source=source)) from None
    sums: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        found = _LINE.match(line)
        if not found:
            raise InvalidInput(msg("{source} line {number} is not 'SHA-256, two spaces, file "
                                   "name'", source=source, number=number))
        name = found[2]
        if "/" in name or name in (".", ".."):
            raise InvalidInput(msg("{source} line {number} names a path, not a file: {name!r}",
                                   source=source, number=number, name=name))
        if name in sums:
            raise InvalidInput(msg("{source} lists {name} twice", source=source, name=name))
        sums[name] = found[1]
    if not sums:
        raise InvalidInput(msg("{source} lists no file", source=source))
    return sums


def write_sums(paths: list[Path], out: Path) -> dict[str, str]:
    sums = {path.name: file_sha256(path, "file") for path in paths}
    write_atomic(out, "".join(f"{d}  {n}\n" for n, d in sums.items()).encode(), mode=0o644,
                 overwrite=True)
    return sums


def sign_sums(sums_path: str, *, key_path: str, passphrase: str, out: str) -> dict[str, Any]:
    """Sign a SHA256SUMS file with a Tijori key: a DSSE envelope written to `out`."""
    data = read_file(sums_path, "sums file")
    parse_sums(data, sums_path)
    info = key_info(key_path)
    with unlocked(key_path, passphrase, keyid=info.keyid) as key:
        envelope = Envelope(PAYLOAD_TYPE, data).signed_by(key)
    write_atomic(Path(out), envelope.dumps(), mode=0o644)
    return {"keyid": info.keyid, "name": info.name, "out": out}


def verify_bundle(archive: str, *, sums_path: str, signature_path: str | None,
                  signer_path: str | None) -> dict[str, Any]:
    """Check `archive` against the sums file and, if given, the sums file's signature.

    Raises `CheckFailed` naming what does not hold; returns what was checked.
    """
    sums_data = read_file(sums_path, "sums file")
    sums = parse_sums(sums_data, sums_path)
    checked: dict[str, Any] = {"archive": archive}
    if signature_path or signer_path:
        if not (signature_path and signer_path):
            raise InvalidInput("give both the signature (--signature) and the signer's public "
                               "key (--signer), or neither")
        name, public = read_public_key(signer_path)
        envelope = Envelope.loads(read_file(signature_path, "signature"),
                                  source=str(signature_path))
        if envelope.payload_type != PAYLOAD_TYPE:
            raise CheckFailed(msg("{signature_path} does not sign a SHA256SUMS file",
                                  signature_path=signature_path))
        if not any(envelope.verify_signature(s, public) for s in envelope.signatures):
            raise CheckFailed(msg("{signature_path} is not signed by {value} (keyid {keyid}…)",
                                  signature_path=signature_path,
                                  value=name or signer_path,
                                  keyid=public.keyid[:16]))
        if envelope.payload != sums_data:
            raise CheckFailed(msg("{sums_path} is not the sums file that was signed",
                                  sums_path=sums_path))
        checked.update(signer=name, keyid=public.keyid, words=keyid_words(public.keyid))
    listed = sums.get(Path(archive).name)
    if listed is None:
        raise CheckFailed(msg("{sums_path} does not list {name}",
                              sums_path=sums_path, name=Path(archive).name))
    actual = file_sha256(archive, "archive")
    if actual != listed:
        raise CheckFailed(msg("{name} does not match {sums_path}: its SHA-256 is {actual}, the "
                              "list says {listed}",
                              name=Path(archive).name,
                              sums_path=sums_path,
                              actual=actual,
                              listed=listed))
    checked["sha256"] = actual
    return checked
