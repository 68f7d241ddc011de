"""The token holder's page: a folder anyone can host, or open from a USB stick (FORMAT.md §14).

`publish` writes one self-contained `index.html` that verifies the published attestation
in the browser, with the Web Crypto API and its own code for canonical JSON and RFC 9162
proofs (resources/publish/verify.js), and checks a proof a holder pastes, drops or looks up
by holding id. Nothing is fetched: the attestation, the policy and the proofs are inside
the page as JSON, and its Content-Security-Policy forbids every request (`default-src
'none'`) but its own inline script and style, allowed by their SHA-256. Beside the page
are the same files for `tijori verify`: the attestation, the policy, each proof and the
public report.

Only what a holder may see is published: the attestation and proofs of the holdings
chosen; a report that embeds the leaves (every holding) is refused.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import shutil
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from app.attest import canonical, statement
from app.attest.dsse import Envelope
from app.attest.fileio import mapped, read_file, write_atomic
from app.attest.formats import PROGRAMME_PROOF_FORMAT, PROOF_FORMAT
from app.attest.leaflines import LeafLines
from app.attest.programme_statement import PAYLOAD_TYPE as PROGRAMME_TYPE
from app.attest.programme_statement import ProgrammeStatement
from app.domain.errors import CheckFailed, InvalidInput, NotFound
from app.domain.messages import msg
from app.domain.progress import QUIET, Task
from app.domain.times import format_time, parse_age

#: The page's own files, inlined into index.html in this order.
SCRIPTS = ("verify.js", "page.js")
STYLE = "page.css"
TEMPLATE = "page.html"
#: The id of the inline JSON the page reads its data from.
DATA_ID = "tijori-data"
PAGE_FORMAT = "tijori-publication"
_HOLDING_ID = re.compile(rb'"id":([0-9]+),"kind":')


def _asset(name: str) -> str:
    try:
        return resources.files("resources").joinpath("publish", name).read_text(
            encoding="utf-8")
    except OSError as exc:  # an installation without its resources
        raise CheckFailed(msg("the page's file {name} is missing from this installation: "
                              "{error}", name=name, error=exc.strerror)) from None


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()
                                        ).decode("ascii") + "'"


def _inline_json(value: Any) -> str:
    """JSON safe inside a <script> element: no "</", no "<!--", no U+2028/2029 surprises."""
    text = json.dumps(value, ensure_ascii=True, separators=(",", ":"), sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render_page(data: dict[str, Any], title: str) -> str:
    """index.html: the template with the data, the scripts and the style inlined, and a
    Content-Security-Policy that allows exactly those scripts and that style."""
    scripts = [_asset(name) for name in SCRIPTS]
    style = _asset(STYLE)
    policy = "; ".join((
        "default-src 'none'",
        "script-src " + " ".join(_csp_hash(s) for s in scripts),
        "style-src " + _csp_hash(style),
        "img-src data:",
        "base-uri 'none'",
        "form-action 'none'",
    ))
    page = _asset(TEMPLATE)
    replacements = {
        "{{csp}}": html.escape(policy, quote=False),  # in a "…" attribute; it holds no "
        "{{title}}": html.escape(title),
        "{{style}}": style,
        "{{data_id}}": DATA_ID,
        "{{data}}": _inline_json(data),
        "{{scripts}}": "\n".join(f"<script>{s}</script>" for s in scripts),
    }
    for key, value in replacements.items():
        if key not in page:
            raise CheckFailed(msg("the page template lacks {key}", key=key))
        page = page.replace(key, value)
    return page


def _holdings(ids: Iterable[int | str], path: str | None) -> list[int]:
    """The holding ids to publish proofs of: given, and one a line of `path`."""
    texts = [str(i) for i in ids]
    if path:
        for number, line in enumerate(read_file(path, "proof list").decode(
                "utf-8", errors="replace").splitlines(), start=1):
            if line.strip() and not line.lstrip().startswith("#"):
                texts.append(line.strip())
                if not line.strip().isdigit():
                    raise InvalidInput(msg("{path} line {number}: {text!r} is not a holding "
                                           "id", path=path, number=number, text=line.strip()),
                                       "proofs")
    out: list[int] = []
    for text in texts:
        if not text.isdigit():
            raise InvalidInput(msg("{text!r} is not a holding id", text=text), "proof")
        if int(text) not in out:
            out.append(int(text))
    return out


def _proofs(envelope: Envelope, body: dict[str, Any], leaves_path: str, holdings: list[int],
            task: Task) -> dict[int, dict[str, Any]]:
    """Each holding's inclusion proof (FORMAT.md §7), made in one pass over the leaves."""
    wanted = set(holdings)
    found: dict[int, tuple[int, bytes]] = {}
    with mapped(leaves_path, "leaves file") as data:
        header = statement.read_leaves_header(data, str(leaves_path), count=False)
        if header.get("attestation_id") != body["attestation_id"]:
            raise InvalidInput(msg("{path} holds the leaves of another attestation",
                                   path=leaves_path), "leaves")
        lines = LeafLines(data, data.find(b"\n") + 1, len(data))
        if len(lines) != header["count"]:
            raise InvalidInput(msg("{path} announces {count} leaves but holds {lines}",
                                   path=leaves_path, count=header["count"],
                                   lines=len(lines)), "leaves")
        for index, leaf in enumerate(lines):
            # A canonical leaf spells its holding's id as "id":N,"kind": (keys sorted; a
            # quote inside a string is escaped), as `verifying._find_leaf` reads it.
            hit = _HOLDING_ID.search(leaf)
            if hit is not None and int(hit[1]) in wanted and int(hit[1]) not in found:
                found[int(hit[1])] = (index, bytes(leaf))
            if index % 100_000 == 0:
                task.check(msg("publishing"))
                task.progress(index, len(lines))
        missing = [h for h in holdings if h not in found]
        if missing:
            raise NotFound(msg("holding {holding} is not in attestation {id}",
                               holding=missing[0], id=body["attestation_id"]))
        tree = lines.tree()
        task.progress(len(lines), len(lines))
    if tree.root.hex() != body["tree"]["root"] or tree.size != body["tree"]["size"]:
        raise InvalidInput(msg("{path} does not give the attested root", path=leaves_path),
                           "leaves")
    envelope_json = envelope.to_json()
    proofs = {}
    for hid in holdings:
        index, leaf = found[hid]
        statement.parse_leaf(leaf, msg("the leaf of holding {holding}", holding=hid))
        proofs[hid] = {"format": PROOF_FORMAT, "version": 1, "envelope": envelope_json,
                       "leaf": leaf.decode("utf-8"), "index": index, "tree_size": tree.size,
                       "proof": [h.hex() for h in tree.inclusion_proof(index)]}
    return proofs


def _report(path: str, attestation: bytes, policy: bytes) -> bytes:
    """A public report of this attestation that verifies: refused if it embeds the leaves
    (every holding) or another attestation, or does not verify under the policy."""
    from app.reporting import pdf_verify
    from app.services.verifying import verify_report

    data = read_file(path, "report")
    try:
        attachments = pdf_verify.read_attachments(pdf_verify.open_pdf(data).root)
    except Exception as exc:  # pyhanko raises many kinds for a malformed PDF
        raise InvalidInput(msg("{path} is not a report Tijori can read: {error}", path=path,
                               error=exc), "report") from None
    names = pdf_verify.ATTACHMENT_NAMES
    if names["leaves"] in attachments or names["schedule"] in attachments:
        raise InvalidInput(msg("{path} embeds every holding (it is not a public report): "
                               "publish the public edition (tijori report --public)",
                               path=path), "report")
    if attachments.get(names["envelope"]) != attestation:
        raise InvalidInput(msg("{path} is a report of another attestation", path=path),
                           "report")
    verdict = verify_report(data, policy)
    if not verdict.ok:
        raise CheckFailed(msg("{path} does not verify under the policy: {failures}",
                              path=path, failures=verdict.failed_checks()))
    return data


def _proof_files(paths: Sequence[str], data: bytes, trust: Any, programme: bool,
                 now: datetime) -> dict[str, dict[str, Any]]:
    """Proof files made elsewhere (`tijori proof`, `tijori programme prove`), each of this
    attestation and verifying, by their key in the page: "ID", or "MEMBER/ID" (the member's
    place in the programme's tree) for a chained proof."""
    from app.services.programme_attest import verify_chained_proof
    from app.services.verifying import verify_proof

    payload = Envelope.loads(data).payload
    out: dict[str, dict[str, Any]] = {}
    for path in paths:
        proof_data = read_file(path, "proof")
        try:
            proof = canonical.loads(proof_data, source=str(path))
        except InvalidInput:
            raise InvalidInput(msg("{path} is not a proof (not JSON)", path=path),
                               "proof") from None
        wanted = PROGRAMME_PROOF_FORMAT if programme else PROOF_FORMAT
        if not isinstance(proof, dict) or proof.get("format") != wanted:
            raise InvalidInput(msg("{path} is not a {format} file, which this attestation's "
                                   "proofs are", path=path, format=wanted), "proof")
        carried = proof.get("programme") if programme else proof.get("envelope")
        try:  # the same signed statement (its file may carry the signing times too)
            same = Envelope.from_json(carried, source=str(path)).payload == payload
        except InvalidInput:
            same = False
        if not same:
            raise InvalidInput(msg("{path} is a proof of another attestation", path=path),
                               "proof")
        verdict = (verify_chained_proof if programme else verify_proof)(
            proof_data, trust, now=now, source=str(path))
        if not verdict.ok:
            raise CheckFailed(msg("{path} does not verify: {failures}", path=path,
                                  failures=verdict.failed_checks()))
        leaf = proof["holding"]["leaf"] if programme else proof["leaf"]
        holding = statement.parse_leaf(leaf.encode("utf-8"), str(path))["id"]
        key = f"{proof['member_index']}/{holding}" if programme else str(holding)
        out[key] = proof
    return out


def publish(*, attestation_path: str, policy_path: str, out: str,
            older_policies: Sequence[str] = (), proofs: Iterable[int | str] = (),
            proofs_file: str | None = None, proof_files: Sequence[str] = (),
            leaves_path: str | None = None, report_path: str | None = None,
            max_age: str | None = None, now: datetime | None = None,
            task: Task = QUIET) -> dict[str, Any]:
    """Write the holder's folder `out` (new, or empty). The attestation, a custodian's or a
    programme's, must verify under the policy (as `tijori verify` says); proofs of holdings
    (`proofs`, `proofs_file`) are made from the leaves; proof files made elsewhere
    (`proof_files`, a programme's chained proofs) must verify and be of this attestation.
    `max_age` ("35d"): the page holds the attestation to it, as `tijori verify --max-age`
    does, and says NOT VALID once the attestation is older (a custodian that stopped
    attesting is seen). Returns what was written."""
    from app.services.programme_attest import verify_programme_attestation
    from app.services.verifying import Trust, verify_attestation

    now = now or datetime.now(UTC)
    folder = Path(out)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise InvalidInput(msg("{out} exists and is not an empty folder; choose a new one",
                               out=out), "out")
    age = parse_age(max_age) if max_age else None
    data = read_file(attestation_path, "attestation")
    policy = read_file(policy_path, "policy")
    older = [read_file(p, "older policy") for p in older_policies]
    trust = Trust(policy, tuple(older))
    envelope = Envelope.loads(data, source=str(attestation_path))
    programme = envelope.payload_type == PROGRAMME_TYPE
    verdict = (verify_programme_attestation if programme else verify_attestation)(
        data, trust, now=now, max_age=age, source=str(attestation_path))
    if not verdict.ok:
        raise CheckFailed(msg("{path} does not verify under {policy}, so it is not published: "
                              "{failures}", path=attestation_path, policy=policy_path,
                              failures=verdict.failed_checks()))
    holdings = _holdings(proofs, proofs_file)
    if programme:
        body = ProgrammeStatement.from_payload(envelope.payload).to_dict()
        if holdings:
            raise InvalidInput("a programme's proofs are chained through its members' "
                               "attestations: make them with `tijori programme prove` and "
                               "give the files (--proof-file)", "proof")
        title = msg("Proof of reserves: programme {name}, as of {as_of}",
                    name=body["programme"]["name"], as_of=body["as_of"])
    else:
        body = statement.parse_statement(envelope.payload)
        title = msg("Proof of reserves: {custodian}, as of {as_of}",
                    custodian=body["custodian"]["name"], as_of=body["as_of"])
    if holdings and not leaves_path:
        raise InvalidInput("proofs are made from the leaves: give the leaves file (--leaves)",
                           "leaves")
    made: dict[str, dict[str, Any]] = {
        str(h): p for h, p in (_proofs(envelope, body, leaves_path, holdings, task)
                               if holdings else {}).items()}
    made.update(_proof_files(proof_files, data, trust, programme, now))
    report = _report(report_path, data, policy) if report_path else None
    carried = "programme" if programme else "envelope"
    page_data = {
        "format": PAGE_FORMAT, "version": 1, "published": format_time(now),
        "kind": "programme" if programme else "custodian",
        "attestation": canonical.loads(data), "policy": canonical.loads(policy),
        "older_policies": [canonical.loads(p) for p in older],
        # The proofs without the attestation they carry, which is the one above (§14).
        "proofs": {key: {k: v for k, v in p.items() if k != carried}
                   for key, p in made.items()},
        "report": "report.pdf" if report is not None else None,
        "max_age_seconds": int(age.total_seconds()) if age is not None else None,
    }
    page = render_page(page_data, str(title))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        write_atomic(folder / "attestation.json", data, mode=0o644)
        write_atomic(folder / "policy.json", policy, mode=0o644)
        for number, older_data in enumerate(older, start=1):
            write_atomic(folder / f"older-policy-{number}.json", older_data, mode=0o644)
        if made:
            (folder / "proofs").mkdir()
            for key, proof in made.items():
                write_atomic(folder / "proofs" / f"{key.replace('/', '-')}.json",
                             canonical.dumps(proof), mode=0o644)
        if report is not None:
            write_atomic(folder / "report.pdf", report, mode=0o644)
        write_atomic(folder / "index.html", page.encode("utf-8"), mode=0o644)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    return {"out": str(folder), "attestation_id": body["attestation_id"],
            "kind": page_data["kind"],
            "proofs": len(made), "report": report is not None, "bytes": size,
            "page_bytes": len(page.encode("utf-8"))}

