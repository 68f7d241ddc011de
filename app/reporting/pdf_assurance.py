"""The report's account of the engagement, in the order of an ISAE 3000 (AICPA AT-C 205)
assurance report: the custodian's assertion, the scope, the criteria, the procedures
performed (signatures and thresholds, the leaves recomputed, the physical count), the
inherent limitations, and a signatory block per role; then, when the report carries a
count certificate, the *Physical count* section.

Every sentence here states what Tijori checked when it made the report, from the
verified statement, the policy and the verified count: nothing is asserted that the
verifier did not establish, and a reader re-establishes it with `tijori verify`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, TableStyle

from app.attest import count as counting
from app.reporting.cover import figures, scope_line
from app.reporting.cover import to_the_second as second
from app.reporting.pdf_schedule import KeptTable as Table  # no table row alone on a page
from app.reporting.pdf_style import (
    ALERT,
    FONT,
    GOOD,
    HEAD_FILL,
    RULE,
    para,
    styles,
)

ASSURANCE_SECTION = "Assertion, scope and procedures"
COUNT_SECTION = "Physical count"
#: The signatory block's order of roles.
ROLE_ORDER = ("custodian", "auditor", "count auditor", "report signer")


@dataclass(frozen=True)
class Signatory:
    """One signature the report rests on, for the signatory block."""

    role: str  # custodian, auditor, report signer
    name: str
    keyid: str
    words: str
    signed_at: str | None
    valid: bool


@dataclass(frozen=True)
class CountView:
    """A verified count certificate, with what the report prints beside it: its
    signatories, and the holding of each result with exceptions."""

    certificate: counting.CountCertificate
    signatories: tuple[Signatory, ...]
    holdings: Mapping[int, Mapping[str, Any]]  # leaf index → holding, for the exceptions


def _table(rows: list[list[Any]], widths: Sequence[float], *, head: bool = True) -> Table:
    table = Table(rows, colWidths=list(widths), repeatRows=1 if head else 0, hAlign="LEFT")
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 8), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if head:
        style.append(("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL))
    table.setStyle(TableStyle(style))
    return table


def _sites(statement: dict[str, Any]) -> str:
    sites = [s for s in statement.get("sites") or [] if isinstance(s, dict)]
    return "; ".join(f"{para(s.get('code', ''))} ({para(s.get('name', ''))}"
                     + (f", {para(s.get('kind'))})" if s.get("kind") else ")")
                     for s in sites) or "none"


def assurance(statement: dict[str, Any], *, signatories: Sequence[Signatory],
              thresholds: Sequence[tuple[str, int, int, bool]], policy_name: str,
              policy_version: int, policy_digest: str, public: bool, holdings: int,
              count: CountView | None, marked: Any) -> list[Flowable]:
    """The section's flowables. `thresholds` are (role, required, valid, met); `marked`
    is the report's outline marker (`pdf_layout._marked`)."""
    st = styles()
    custodian = statement.get("custodian") if isinstance(statement.get("custodian"), dict) else {}
    name = para(custodian.get("name", ""))
    as_of = para(second(statement.get("as_of", "")))
    totals, _tokens, _tree = figures(statement)
    story: list[Flowable] = [
        marked(Paragraph(ASSURANCE_SECTION, st["h1"]), ASSURANCE_SECTION, 0, ASSURANCE_SECTION),
        Paragraph("The custodian's assertion", st["h2"]),
        Paragraph(f"{name} asserts that at {as_of} (UTC) it held in custody the "
                  f"{holdings:,} holdings of the schedule of this report, which total:",
                  st["compact"]),
    ]
    for figure in totals:
        story.append(Paragraph(para(figure.text), st["step"], bulletText="•"))
    story.append(Paragraph(
        "and that the tokens named on page 1 are backed by them as the coverage there "
        "states. The assertion is the signed statement itself (its SHA-256 is printed and "
        "encoded in the QR code on page 1); this report presents it.", st["compact"]))

    story.append(Paragraph("Scope", st["h2"]))
    scope = scope_line(statement) or "Scope: all holdings of the ledger (version 1 statement)"
    commodities = sorted({str(t.get("commodity")) for t in statement.get("totals") or []
                          if isinstance(t, dict)})
    story.append(Paragraph(
        f"{para(scope)}. Sites: {_sites(statement)}. Commodities: "
        f"{para(', '.join(commodities)) or 'none'}. As of {as_of} (UTC), a single point in "
        "time: movements before or after it are outside the scope."
        + (" This is the public edition: no individual holding is listed."
           if public else ""), st["compact"]))

    story.append(Paragraph("Criteria", st["h2"]))
    criteria = [
        "Measurement: the LBMA Good Delivery Rules for gold and silver bars (fine weight = "
        "gross × fineness / 1000, gross weights in 0.025 ozt and 0.1 ozt steps); LME-style "
        "warrants for base-metal lots; API MPMS Chapter 11.1 (2004) and Chapter 12 for oil "
        "in tanks; energy units for natural gas and LNG. The editions each holding states "
        "are listed under <i>Methodology and verification</i>.",
        "Attestation format: Tijori's reports/FORMAT.md (RFC 8785 canonical JSON, RFC 9162 "
        "Merkle tree, DSSE envelopes, Ed25519 and ECDSA P-256 signatures), which any party "
        "can implement to verify this report without Tijori.",
        f"Trust: the policy <b>{para(policy_name)}</b>, version {policy_version} (SHA-256 "
        f"{para(policy_digest)}), which names the keys of each role and how many of them "
        "must sign.",
    ]
    for text in criteria:
        story.append(Paragraph(text, st["step"], bulletText="•"))

    story.append(CondPageBreak(160))
    story.append(Paragraph("Procedures performed", st["h2"]))
    met = ", ".join(f"{role} {valid} of {required} required"
                    for role, required, valid, _ in thresholds)
    procedures = [
        f"The signatures of the statement were verified against the policy: {para(met)}"
        + (" (every threshold met)." if thresholds and all(t[3] for t in thresholds)
           else " (NOT every threshold met)."),
        "The statement's times, scope and token coverage were checked; the coverage was "
        "recomputed from the signed totals.",
        ("The Merkle root and size, the totals, the order and the sites were recomputed "
         "from the leaves, which are embedded in this PDF." if not public else
         "The Merkle root and totals were recomputed from the leaves when the report was "
         "made; this public edition does not carry them (an inclusion proof ties one holding "
         "to the root)."),
    ]
    if count is not None:
        c = count.certificate
        procedures.append(
            f"A physical count of a sample drawn from the statement and a nonce the auditor "
            f"drew after it was final ({para(c.plan['method'])} sampling, "
            f"{para(c.plan['confidence'])} % confidence, tolerable rate "
            f"{para(c.plan['tolerable_rate'])} %): {c.summary.sampled:,} bars and lots and "
            f"{c.summary.always:,} tanks and gas inventories, counted from "
            f"{para(c.counted['from'])} to {para(c.counted['to'])}; its certificate, signed by "
            "the auditor, was verified (see <i>Physical count</i>).")
    else:
        procedures.append("<b>No physical count</b> is part of this report: the books are "
                          "attested; that the metal and the oil are where the books say is "
                          "not.")
    procedures.append("The PDF itself is signed by the report signer of the policy; any "
                      "change to it after signing is detected.")
    for text in procedures:
        story.append(Paragraph(text, st["step"], bulletText="•"))

    story.append(Paragraph("Inherent limitations", st["h2"]))
    limits = [
        "A signature proves which keys signed the statement, not that what it states is "
        "true: the custodian's records, and the auditors' judgement in signing, are relied "
        "on.",
        "A count of a sample supports a conclusion at its stated confidence; it cannot show "
        "that no holding is missing. Holdings outside the scope, and events after the "
        "as-of, are not covered.",
        "Weights and volumes carry the uncertainty of their measurement: one weighing step "
        "for bars, the gauging and the tables for tanks, the meters for gas.",
        "The unpredictability of the sample rests on the auditor drawing the nonce after the "
        "attestation was final, which no file can prove.",
    ]
    for text in limits:
        story.append(Paragraph(text, st["step"], bulletText="•"))

    story.append(CondPageBreak(150))
    story.append(Paragraph("Signatories", st["h2"]))
    story.append(Paragraph(
        "Each role's signatures: the custodian's and the auditor's of the statement, the "
        "auditor's of the count certificate, and the report signer's of this PDF. Each is an "
        "electronic signature that <b>tijori verify</b> checks against the policy.",
        st["compact"]))
    rows: list[list[Any]] = [[Paragraph(t, st["cell_bold"]) for t in
                              ("Role", "Name", "Key id and fingerprint words", "Signed at (UTC)",
                               "Verified")]]
    every = list(signatories) + (list(count.signatories) if count else [])
    for role in ROLE_ORDER:
        rows.extend(_signatory_row(s, st) for s in every if s.role == role)
    story.append(_table(rows, (74, 86, 176, 94, 63)))
    return story


def _signatory_row(s: Signatory, st: dict[str, Any]) -> list[Any]:
    verified = (f"<font color='#{_hex(GOOD)}'><b>yes</b></font>" if s.valid
                else f"<font color='#{_hex(ALERT)}'><b>NO</b></font>")
    return [Paragraph(para(s.role), st["cell"]), Paragraph(para(s.name), st["cell"]),
            Paragraph(f"{para(s.keyid[:32])}<br/>{para(s.keyid[32:])}<br/><i>"
                      f"{para(s.words)}</i>", st["cell_small"]),
            Paragraph(para(second(s.signed_at) if s.signed_at else "not stated"),
                      st["cell_small"]),
            Paragraph(verified, st["cell_small"])]


def _hex(color: Any) -> str:
    return "".join(f"{round(v * 255):02x}" for v in (color.red, color.green, color.blue))


def count_section(view: CountView, *, marked: Any) -> list[Flowable]:
    """The *Physical count* section: the plan, who counted when, the results, each
    exception with its holding, the tolerances with their sources, the conclusion."""
    st = styles()
    c = view.certificate
    s = c.summary
    story: list[Flowable] = [
        marked(Paragraph(COUNT_SECTION, st["h1"]), COUNT_SECTION, 0, COUNT_SECTION),
        Paragraph(
            f"Counted by <b>{para(c.counted['by'])}</b>, witnessed by "
            f"<b>{para(c.counted['witnessed_by'])}</b>, from {para(c.counted['from'])} to "
            f"{para(c.counted['to'])} (UTC), at {para(', '.join(c.counted['sites']))}. The "
            "count certificate is embedded in this PDF as <b>count.json</b> and verified "
            "with it: <b>tijori verify report.pdf</b> re-derives the sample and re-applies "
            "the rules to every result.", st["compact"]),
        Paragraph("The sample", st["h2"]),
    ]
    plan = c.plan
    facts = [
        ["Method", para(f"{plan['method']} sampling" + (
            " (every bar and lot equally likely)" if plan["method"] == "attribute" else
            " (monetary-unit: by quantity, per commodity)"))],
        ["Confidence, tolerable rate", para(f"{plan['confidence']} %, {plan['tolerable_rate']} %")],
        ["Sample size", para(f"n = {plan['sample_size']:,}: the smallest n for which (1 − r) "
                             "to the power n is at most 1 − c")],
        ["Population", para(f"{plan['population']['sampled_from']:,} bars and lots; "
                            f"{plan['population']['always']:,} tanks and gas inventories, "
                            "all counted")],
        ["Nonce", para(plan["nonce"])],
        ["Seed", para(f"{plan['seed']}: SHA-256 of the statement digest followed by the "
                      "nonce")],
    ]
    story.append(_table([[Paragraph(f"<b>{k}</b>", st["cell"]), Paragraph(v, st["cell_small"])]
                         for k, v in facts], (120, 373), head=False))
    story.append(Paragraph("Results", st["h2"]))
    rows = [[Paragraph(t, st["cell_bold"]) for t in ("", "Counted", "With an exception")],
            ["Bars and lots sampled", f"{s.sampled:,}", f"{s.sampled_exceptions:,}"],
            ["Tanks and gas inventories", f"{s.always:,}", f"{s.always_exceptions:,}"],
            ["Bars found that the attestation does not list", "", f"{s.unlisted:,}"]]
    table = _table(rows, (230, 90, 110))
    table.setStyle(TableStyle([("ALIGN", (1, 1), (-1, -1), "RIGHT")]))
    story.append(table)
    exceptions = [r for r in c.results if r.exceptions]
    if exceptions or c.unlisted:
        story.append(Paragraph("Exceptions", st["h2"]))
        rows = [[Paragraph(t, st["cell_bold"]) for t in ("Leaf", "Holding", "Exceptions",
                                                         "Remarks")]]
        for r in exceptions:
            holding = view.holdings.get(r.index, {"kind": r.kind, "code": r.holding_id})
            rows.append([f"{r.index:,}", Paragraph(para(counting.describe_holding(holding)),
                                                   st["cell"]),
                         Paragraph(f"<font color='#{_hex(ALERT)}'>"
                                   f"{para(', '.join(r.exceptions))}</font>", st["cell"]),
                         Paragraph(para(r.remarks), st["cell_small"])])
        for bar in c.unlisted:
            rows.append(["—", Paragraph(para(f"bar {bar.serial} {bar.brand} {bar.year} at "
                                             f"{bar.site} {bar.location}"), st["cell"]),
                         Paragraph(f"<font color='#{_hex(ALERT)}'>unlisted bar found</font>",
                                   st["cell"]),
                         Paragraph(para(bar.remarks), st["cell_small"])])
        story.append(_table(rows, (50, 190, 130, 123)))
    story.append(Paragraph("Tolerances", st["h2"]))
    rows = [[Paragraph(t, st["cell_bold"]) for t in ("Holdings", "Limit", "Source")]]
    for t in c.tolerances:
        rows.append([Paragraph(para(counting.PLURALS[t.kind] + ("" if t.commodity == "*" else
                                                        f" of {t.commodity}")), st["cell"]),
                     Paragraph(para(f"±{t.absolute} {t.unit}" if t.absolute is not None
                                    else f"±{t.percent} %"), st["cell"]),
                     Paragraph(para(t.source), st["cell_small"])])
    story.append(_table(rows, (90, 70, 333)))
    story.append(Paragraph("Conclusion", st["h2"]))
    colour = GOOD if not (s.sampled_exceptions or s.always_exceptions or s.unlisted) else ALERT
    story.append(Paragraph(f"<font color='#{_hex(colour)}'>{para(c.conclusion)}</font>",
                           st["body"]))
    story.append(Spacer(1, 6))
    story.append(Paragraph("The conclusion is made from the counts alone, by the template "
                           "of reports/FORMAT.md §11.4, so that a verifier rebuilds it word "
                           "for word.", st["muted"]))
    return story
