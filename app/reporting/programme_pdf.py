"""The PDF of a programme's signed report (`tijori programme report`; reportlab).

A programme statement (FORMAT.md §13.4) sums many custodians' attestations; its report
shows it to people, in the layout, fonts and page decoration of a custodian's report
(`pdf_layout`). Pages, in order:

1. **Cover**: the programme, its as-of, the attestation id and its number in its
   series, the programme policy version it was made under, the number of members and
   the window; the summed totals; each token's coverage (a shortfall in bold red, with
   a banner above); the programme tree's root and size; the collision check's record;
   the statement digest and its QR code; the previous programme attestation.
2. **Signatures**: the programme attestation's signatures (operator and auditor), each
   with its result, and the thresholds; the report signer.
3. **Member custodians**, one page each: the custodian and its ledger id, the as-of,
   the attestation id, number and digest, the member's tree, the policy it was made
   under, its totals, and the signatures on its attestation as verified under that
   policy.
4. **Collision check**: the identities checked, per kind, none counted twice.
5. **Methodology and verification**.

Page 1 is a function of the signed programme statement and the number of pages, and of
nothing else (not even the policy file: the statement names the programme policy's name,
digest and version itself). It is set in the cover's own fonts (`pdf_style.COVER`), so
that `render_cover`, which lays out the cover alone, draws the same page 1 as
`render_programme_report`; `tijori verify` draws it again and compares
(`app.reporting.cover_check.check_programme_cover`).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Spacer, TableStyle

from app.attest import canonical
from app.attest.statement import statement_digest
from app.reporting.cover import Figure, figures, to_the_second
from app.reporting.pdf_assurance import Signatory
from app.reporting.pdf_layout import (
    BODY_WIDTH,
    COVER_SECTION,
    FigureLines,
    SignerLine,
    ThresholdLine,
    _facts,
    _hex_lines,
    _marked,
    _signatures,
    _write,
    coverage_alerts,
    digest_block,
    figure_section,
)
from app.reporting.pdf_schedule import KeptTable as Table  # no table row alone on a page
from app.reporting.pdf_schedule import least_table_height
from app.reporting.pdf_style import (
    ALERT,
    BODY,
    COVER,
    FONT,
    FONT_BOLD,
    GOOD,
    HEAD_FILL,
    RULE,
    para,
    printable,
    register_fonts,
    styles,
)

__all__ = ["MemberView", "cover_lines", "render_cover", "render_programme_report"]

#: The report's title, on its cover, in its footer and in the PDF's metadata.
TITLE = "Programme proof-of-reserve report"
MEMBERS_SECTION = "Member custodians"
COLLISION_SECTION = "Collision check"
METHODOLOGY_SECTION = "Methodology and verification"
#: The kinds of identity the collision check compares, as the statement records them.
_KINDS = (("bars", "Bars", "brand, serial and year", "bar"),
          ("lots", "Lots", "warrant", "lot"),
          ("tanks", "Tanks", "site and tank code", "tank"))


@dataclass(frozen=True)
class MemberView:
    """One member custodian as its page shows it: the programme statement's entry (the
    signed figures), the policy its attestation names (its name, from the policy file),
    the signatures on its attestation as verified under that policy, and the names of
    the embedded files that hold the attestation and the policy."""

    entry: dict[str, Any]
    policy_name: str
    signers: tuple[SignerLine, ...]
    thresholds: tuple[ThresholdLine, ...]
    attestation_file: str
    policy_file: str


# -- what the cover says, as lines of text -----------------------------------------------------


def _count(value: Any) -> str:
    return f"{value:,}" if isinstance(value, int) and not isinstance(value, bool) \
        else printable(value)


def window_text(seconds: Any) -> str:
    """A window as people say it, exactly: ``"24 hours"``, ``"90 minutes"``, ``"2 days"``."""
    if not isinstance(seconds, int) or isinstance(seconds, bool) or seconds < 1:
        return printable(seconds)
    for size, one, many in ((86400, "1 day", "{n} days"), (3600, "1 hour", "{n} hours"),
                            (60, "1 minute", "{n} minutes"), (1, "1 second", "{n} seconds")):
        if seconds % size == 0:
            n = seconds // size
            return one if n == 1 else many.format(n=f"{n:,}")
    return f"{seconds} seconds"  # pragma: no cover - every count divides by 1


def _programme(statement: dict[str, Any]) -> dict[str, Any]:
    programme = statement.get("programme")
    return programme if isinstance(programme, dict) else {}


def sequence_line(statement: dict[str, Any]) -> str:
    return f"Programme attestation {printable(statement.get('sequence'))} in its series"


def members_line(statement: dict[str, Any]) -> str:
    """``"2 member custodians, each dated within 24 hours of the as-of"``."""
    members = statement.get("members") if isinstance(statement.get("members"), list) else []
    count = len(members)
    return (f"{count:,} member custodian{'' if count == 1 else 's'}, each dated within "
            f"{window_text(statement.get('window_seconds'))} of the as-of")


def tree_figures(statement: dict[str, Any]) -> list[Figure]:
    tree = statement.get("tree") if isinstance(statement.get("tree"), dict) else {}
    size = tree.get("size")
    return [Figure("", f"Merkle root: {printable(tree.get('root'))}"),
            Figure("", "Tree size: 1 member attestation" if size == 1 else
                   f"Tree size: {_count(size)} member attestations")]


def collision_line(statement: dict[str, Any]) -> str:
    """``"12 identities checked (8 bars, 2 lots, 2 tanks): none is counted twice"``."""
    c = statement.get("collisions") if isinstance(statement.get("collisions"), dict) else {}
    kinds = ", ".join(f"{_count(c.get(key))} {one if c.get(key) == 1 else key}"
                      for key, _, _, one in _KINDS)
    found = c.get("found")
    state = "none is counted twice" if found == 0 else \
        f"{_count(found)} COUNTED TWICE"
    return f"{_count(c.get('identities'))} identities checked ({kinds}): {state}"


def cover_lines(statement: dict[str, Any]) -> list[str]:
    """The exact text lines of the cover's figures, in the order printed on page 1: the
    series line, the members line, each summed total (as a custodian's cover prints
    them, `cover.total_line`), each token's two lines (`cover.token_figures`), the
    programme tree's root and size, and the collision check's record."""
    totals, tokens, _ = figures(statement)
    return [sequence_line(statement), members_line(statement),
            *(f.text for f in (*totals, *tokens, *tree_figures(statement))),
            collision_line(statement)]


# -- the cover ---------------------------------------------------------------------------------


def _cover(statement: dict[str, Any], digest: str) -> list[Flowable]:
    """The cover's flowables, all in the `COVER` fonts: a function of the statement (the
    digest is the statement's) and of nothing else."""
    st = styles(COVER)
    programme = _programme(statement)
    muted = "<font color='#5c6670' size='7.5'>"
    facts = [
        ("Programme", para(programme.get("name", ""))),
        ("As of (UTC)", para(to_the_second(statement.get("as_of", "")))),
        ("Attestation id", f"{para(statement.get('attestation_id', ''))}<br/>{muted}"
                           f"{para(sequence_line(statement))}</font>"),
        ("Statement created", para(statement.get("created", ""))),
        ("Programme policy", f"version {para(programme.get('version'))}<br/>{muted}SHA-256 "
                             f"{para(programme.get('digest', ''))}</font>"),
        ("Members", para(members_line(statement))),
    ]
    story: list[Flowable] = [
        _marked(Paragraph(TITLE, st["title"]), "Cover", 0, COVER_SECTION),
        Paragraph(para(programme.get("name", "")), st["subtitle"]),
        _facts(facts, family=COVER),
    ]
    totals, tokens, _ = figures(statement)
    story += coverage_alerts(statement)
    story += figure_section("Reserves attested, summed over the members", totals,
                            "The members attest no holdings.")
    story += figure_section("Token coverage", tokens,
                            "This programme attestation backs no token.")
    tree = statement.get("tree") if isinstance(statement.get("tree"), dict) else {}
    story.append(Paragraph(f"Merkle tree of member attestations "
                           f"({para(tree.get('hashing', ''))})", st["h2"]))
    story.append(FigureLines(tree_figures(statement), size=9.5, leading=14))
    story.append(Paragraph("Collision check", st["h2"]))
    story.append(FigureLines([Figure("", collision_line(statement))], size=9.5, leading=14))
    story.append(Spacer(1, 6))
    story.append(digest_block(digest))
    previous = statement.get("previous")
    if isinstance(previous, dict):
        prev = (f"{para(previous.get('attestation_id', ''))}, number "
                f"{para(previous.get('sequence'))}, as of "
                f"{para(to_the_second(previous.get('as_of', '')))}<br/>{muted}statement "
                f"SHA-256 {para(previous.get('digest', ''))}</font>")
    else:
        prev = "none: this is the first programme attestation of its series"
    chain = _facts([("Previous attestation", prev)], family=COVER)
    story.append(CondPageBreak(30 + least_table_height(chain, BODY_WIDTH)))
    story.append(Paragraph("Chain", st["h2_free"]))
    story.append(chain)
    return story


# -- the signatures ------------------------------------------------------------------------------


def _report_signer(signer: Signatory | None, policy_name: str) -> list[Flowable]:
    if signer is None:
        return []
    st = styles()
    return [Paragraph("The report's signature", st["h2"]), Paragraph(
        f"This PDF, with the files embedded in it, is signed (PAdES, ECDSA P-256) by "
        f"<b>{para(signer.name)}</b>, a report signer of <b>{para(policy_name)}</b>: key id "
        f"{para(signer.keyid)} (<i>{para(signer.words)}</i>), at {para(signer.signed_at)}. "
        "Any change to the file after signing breaks that signature.", st["compact"])]


# -- the member custodians -------------------------------------------------------------------


def _signer_table(signers: Sequence[SignerLine]) -> Table:
    st = styles()
    rows: list[list[Any]] = [[Paragraph(t, st["cell_bold"]) for t in
                              ("Role", "Signer", "Key id and fingerprint words", "Signature")]]
    for signer in signers:
        word, colour = ("valid", "#14612e") if signer.valid else ("INVALID", "#b80a12")
        rows.append([
            Paragraph(para(signer.role), st["cell"]),
            Paragraph(para(signer.name), st["cell"]),
            Paragraph(f"{_hex_lines(signer.keyid)}<br/><i>{para(signer.words)}</i>",
                      st["cell_small"]),
            Paragraph(f"<font color='{colour}'><b>{word}</b></font><br/>"
                      f"{para(signer.reason)}", st["cell_small"]),
        ])
    if not signers:
        rows.append([Paragraph("No signature.", st["cell"]), "", "", ""])
    table = Table(rows, colWidths=[62, 100, 190, BODY_WIDTH - 352], repeatRows=1,
                  hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 8), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL), ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def _threshold_text(thresholds: Sequence[ThresholdLine]) -> str:
    parts = []
    for line in thresholds:
        colour, state = ("#14612e", "met") if line.met else ("#b80a12", "NOT MET")
        parts.append(f"{para(line.role)}: {line.valid} of {line.required} required "
                     f"<font color='{colour}'><b>{state}</b></font>")
    return "; ".join(parts) or "<font color='#b80a12'><b>no threshold counted</b></font>"


@functools.cache
def _member_heading() -> ParagraphStyle:
    return ParagraphStyle("member", parent=styles()["h1"], spaceBefore=18)


def _member(number: int, total: int, member: MemberView) -> list[Flowable]:
    st = styles()
    entry = member.entry
    name = printable(entry.get("name", ""))
    custodian = entry.get("custodian") if isinstance(entry.get("custodian"), dict) else {}
    tree = entry.get("tree") if isinstance(entry.get("tree"), dict) else {}
    policy = entry.get("policy") if isinstance(entry.get("policy"), dict) else {}
    muted = "<font color='#5c6670' size='7.5'>"
    facts = [
        ("Custodian", f"{para(custodian.get('name', ''))}<br/>{muted}ledger "
                      f"{para(custodian.get('ledger_id', ''))}</font>"),
        ("As of (UTC)", para(to_the_second(entry.get("as_of", "")))),
        ("Attestation id", f"{para(entry.get('attestation_id', ''))}<br/>{muted}attestation "
                           f"{para(entry.get('sequence'))} in the member's series</font>"),
        ("Statement digest", f"SHA-256 {para(entry.get('digest', ''))}"),
        ("Merkle tree", f"{_count(tree.get('size'))} holdings<br/>{muted}root "
                        f"{para(tree.get('root', ''))}</font>"),
        ("Member policy", f"{para(member.policy_name)}, version "
                          f"{para(policy.get('version'))}<br/>{muted}SHA-256 "
                          f"{para(policy.get('digest', ''))}</font>"),
        ("Embedded as", f"{para(member.attestation_file)} (the attestation) and "
                        f"{para(member.policy_file)} (its policy)"),
    ]
    totals, _, _ = figures({"totals": entry.get("totals") or []})
    # spaced from the index above it (space before is dropped at a page's top)
    heading = Paragraph(f"Member {number} of {total}: {para(name)}", _member_heading())
    story: list[Flowable] = [
        _marked(heading, f"{number}. {name}", 1, f"{MEMBERS_SECTION}: {name}"),
        _facts(facts, label_width=100),
        Paragraph("Reserves the member attests", st["h2"]),
        FigureLines(totals, family=BODY) if totals else
        Paragraph("The member attests no holdings.", st["body"]),
        Paragraph("Signatures on the member's attestation", st["h2"]),
        Paragraph(
            f"Verified under the member's policy <b>{para(member.policy_name)}</b>, version "
            f"{para(policy.get('version'))}, whose digest the programme statement names for "
            "this member, when this report was made.", st["compact"]),
        Spacer(1, 4),
        _signer_table(member.signers),
        Spacer(1, 4),
        Paragraph(f"Thresholds: {_threshold_text(member.thresholds)}.", st["compact"]),
    ]
    return story


#: About the height of a member's page with a few signatures (points): the first member
#: starts under the index of members only where this much room is left.
_MEMBER_ROOM = 430


def _members(members: Sequence[MemberView]) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [
        _marked(Paragraph(MEMBERS_SECTION, st["h1"]), MEMBERS_SECTION, 0, MEMBERS_SECTION),
        Paragraph(
            "Each member custodian's attestation is a leaf of the programme's Merkle tree. "
            "The figures on each member's page are the programme statement's entry for it, "
            "which the programme's operator and auditor signed; the member's attestation "
            "and the policy it was made under are embedded in this PDF, so that the "
            "verifier checks that the attestation is the one the entry names (its "
            "statement digest) and that its signatures meet the member's policy.",
            st["compact"]),
        Spacer(1, 6),
    ]
    rows: list[list[Any]] = [[Paragraph(t, st["cell_bold"]) for t in
                              ("#", "Member", "Custodian", "As of (UTC)", "Holdings")]]
    for number, member in enumerate(members, start=1):
        entry = member.entry
        custodian = entry.get("custodian") if isinstance(entry.get("custodian"), dict) else {}
        tree = entry.get("tree") if isinstance(entry.get("tree"), dict) else {}
        rows.append([str(number), Paragraph(para(entry.get("name", "")), st["cell"]),
                     Paragraph(para(custodian.get("name", "")), st["cell"]),
                     Paragraph(para(to_the_second(entry.get("as_of", ""))), st["cell"]),
                     _count(tree.get("size"))])
    index = Table(rows, colWidths=[22, 145, 145, 112, BODY_WIDTH - 424], repeatRows=1,
                  hAlign="LEFT")
    index.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 8), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL), ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
        ("ALIGN", (4, 1), (4, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    story.append(index)
    for number, member in enumerate(members, start=1):
        # a page each; the first under the index, when the index leaves it room
        story.append(PageBreak() if number > 1 else CondPageBreak(_MEMBER_ROOM))
        story += _member(number, len(members), member)
    return story


# -- the collision check ---------------------------------------------------------------------


def _collisions(statement: dict[str, Any]) -> list[Flowable]:
    st = styles()
    c = statement.get("collisions") if isinstance(statement.get("collisions"), dict) else {}
    rows: list[list[Any]] = [[Paragraph(t, st["cell_bold"]) for t in
                              ("Kind", "Identified by", "Identities checked")]]
    for key, label, by, _ in _KINDS:
        rows.append([label, by, _count(c.get(key))])
    rows += [["All kinds", "", _count(c.get("identities"))],
             ["Gas inventories", "no physical identity: not compared",
              _count(c.get("unidentified"))],
             ["Counted twice", "", _count(c.get("found"))]]
    found = c.get("found")
    table = Table([[r if isinstance(r, Paragraph) else str(r) for r in row] for row in rows],
                  colWidths=[110, 220, 110], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 8.5), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL), ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
        ("ALIGN", (2, 1), (2, -1), "RIGHT"),
        ("FONT", (0, 4), (-1, 4), FONT_BOLD, 8.5),
        ("FONT", (0, -1), (-1, -1), FONT_BOLD, 8.5),
        ("TEXTCOLOR", (0, -1), (-1, -1), GOOD if found == 0 else ALERT),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return [
        _marked(Paragraph(COLLISION_SECTION, st["h1"]), COLLISION_SECTION, 0,
                COLLISION_SECTION),
        Paragraph(
            "A programme sums its members' reserves only if no bar, lot or tank is listed by "
            "two members, or twice by one: else the same metal or oil would back tokens "
            "twice. Before the statement was made, the operator's <b>tijori programme "
            "check</b> read every member's leaves (each verified against its attested root) and "
            "compared the physical identities, per kind, on their identity keys (case, "
            "spacing and lookalike characters ignored). The programme's auditor ran the "
            "same check again on its own PC from the members' leaves before signing. The "
            "signed statement records the result:", st["compact"]),
        Spacer(1, 6),
        table,
        Spacer(1, 8),
        Paragraph(
            "A programme statement is made only when nothing is counted twice. This report "
            "carries no member's leaves (they list every holding), so a reader of it takes "
            "the record above on the operator's and the auditor's signatures; anyone given "
            "the members' leaves checks it again with:", st["compact"]),
        Paragraph("tijori programme check --programme-policy PROGRAMME_POLICY "
                  "--member ATTESTATION LEAVES … --policy MEMBER_POLICY …", st["code"]),
    ]


# -- methodology ---------------------------------------------------------------------------------


def _methodology(statement: dict[str, Any]) -> list[Flowable]:
    st = styles()
    window = window_text(statement.get("window_seconds"))
    tree = statement.get("tree") if isinstance(statement.get("tree"), dict) else {}
    story: list[Flowable] = [
        _marked(Paragraph(METHODOLOGY_SECTION, st["h1"]), METHODOLOGY_SECTION, 0,
                METHODOLOGY_SECTION),
        Paragraph("What this report attests", st["h2"]),
        Paragraph(
            "The programme's operator and its independent auditor state, each with their "
            "own key, that at the programme's as-of the member custodians listed held the "
            "reserves their own signed attestations state, that these sum to the totals on "
            "page 1, and that the programme's tokens are covered as stated there. Each "
            "member's attestation is signed by that custodian's own custodian and auditor "
            "keys under its own policy, which the programme policy pins by digest and "
            "version.", st["compact"]),
        Paragraph("How the totals are summed", st["h2"]),
        Paragraph(
            "Per commodity and unit, the exact decimal sum of the members' totals, each as "
            "its member's signed statement states it (its entry in the programme statement "
            "repeats them). Nothing is converted or rounded: a commodity held in two units "
            "is summed in each. Coverage is computed from the summed totals as a "
            "custodian's is: reserves ÷ (supply × quantity per token), rounded down to six "
            "decimals; reserves below what the supply requires are marked "
            "<font color='#b80a12'><b>SHORTFALL</b></font>.", st["compact"]),
        Paragraph("The window", st["h2"]),
        Paragraph(
            f"Every member's as-of lies within {para(window)} of the programme's as-of (the "
            "window the programme policy states): the members' figures are of nearly the "
            "same moment, so that reserves moved from one member to another in between "
            "cannot be counted by both.", st["compact"]),
        Paragraph("The tree over the member attestations", st["h2"]),
        Paragraph(
            f"The member entries, sorted by member name, are the leaves of a Merkle tree "
            f"hashed as {para(tree.get('hashing', ''))} (§2.1 of the RFC: leaf hash = "
            "SHA-256(0x00 || leaf), node hash = SHA-256(0x01 || left || right)); a leaf is "
            "the entry's RFC 8785 canonical JSON, which names the member's statement "
            "digest, its tree's size and root, and its totals. A proof that one bar is "
            "held therefore chains: the bar's leaf to its member's root, the member's "
            "attestation to its entry by digest, the entry to the programme's root.",
            st["compact"]),
        CondPageBreak(180),
        Paragraph("How to verify this report", st["h2"]),
    ]
    count = len(statement.get("members") or [])
    each = "<b>member-1.json</b>" if count == 1 else \
        f"<b>member-1.json</b> to <b>member-{count}.json</b>"
    each_policy = "<b>member-1-policy.json</b>" if count == 1 else \
        f"<b>member-1-policy.json</b> to <b>member-{count}-policy.json</b>"
    steps = [
        "Get the programme policy from the programme's administrators through a channel "
        "you already trust, and compare its keys' fingerprint words with theirs. Never "
        "rely on a copy found inside a report.",
        "Run the verifier, offline:",
        "Embedded in the PDF: <b>attestation.json</b>, the programme attestation (the DSSE "
        "envelope of the statement); <b>policy.json</b>, a copy of the programme policy, for "
        f"information only; {each}, each member's attestation, in the order of the members' "
        f"pages; {each_policy}, the policy each was made under.",
        "The verifier checks the PDF's signature by a report signer of your programme "
        "policy; every check of the programme attestation (its operator and auditor "
        "thresholds, the tree, the summed totals, the coverage, the window); that each "
        "embedded member attestation is the one the statement names (its digest) and that "
        "its signatures meet its embedded policy, whose digest the statement names; and "
        "it draws page 1 again from the signed statement: it must be exactly this cover. "
        "It fails closed: a check it cannot make has failed.",
        "Scan the QR code on page 1: it holds the SHA-256 of the signed programme "
        "statement, which must equal the digest the verifier reports.",
        "A token holder checks one bar, lot or tank with a proof chained through its "
        "member's attestation to the programme's tree (made by <b>tijori programme "
        "prove</b>): <b>tijori verify PROOF.json --policy PROGRAMME_POLICY</b>.",
        "Each member's own report verifies under that member's policy, as any "
        "custodian's report does.",
    ]
    for n, step in enumerate(steps, start=1):
        story.append(Paragraph(step, st["step"], bulletText=f"{n}."))
        if n == 2:
            story.append(Paragraph("tijori verify REPORT.pdf --policy PROGRAMME_POLICY",
                                   st["code"]))
    return story


# -- the document ------------------------------------------------------------------------------


def _name(statement: dict[str, Any]) -> str:
    return printable(_programme(statement).get("name", ""))


def render_programme_report(
    statement: dict[str, Any], *, members: Sequence[MemberView],
    signers: Sequence[SignerLine], thresholds: Sequence[ThresholdLine], policy_name: str,
    policy_version: int, report_signer: Signatory | None,
) -> bytes:
    """The programme report's PDF bytes (unsigned; `pdf_sign` embeds and signs).

    `statement` is the decoded programme statement; `members` one view per entry, in the
    statement's order; `signers` and `thresholds` the caller's verification of the
    programme attestation against the programme policy (`policy_name`, `policy_version`),
    whose report signer `report_signer` is to sign it."""
    register_fonts()
    digest = statement_digest(canonical.dumps(statement))
    story: list[Flowable] = [*_cover(statement, digest), PageBreak()]
    story += _signatures(list(signers), list(thresholds), policy_name=policy_name,
                         policy_version=policy_version, digest=digest)
    story += _report_signer(report_signer, policy_name)
    story.append(PageBreak())
    story += _members(members)
    story.append(PageBreak())
    story += _collisions(statement)
    story.append(PageBreak())
    story += _methodology(statement)
    return _write(story, statement, public=False, on_holdings=lambda _n: None, title=TITLE,
                  name=_name(statement))


def render_cover(statement: dict[str, Any], *, pages: int) -> bytes:
    """A PDF of the cover alone, whose page 1 is page 1 of the `pages`-page report that
    `render_programme_report` makes of `statement`: `tijori verify` compares them."""
    register_fonts()
    digest = statement_digest(canonical.dumps(statement))
    return _write(_cover(statement, digest), statement, public=False,
                  on_holdings=lambda _n: None, pages=pages, title=TITLE, name=_name(statement))
