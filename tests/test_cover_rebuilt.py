"""Page 1 of a signed report is the cover its signed statement gives (issue 12, item 10).

Reports are made through the real flow (the samples script: real keys, a real
ledger, real signatures) with a token supply the reserves do not cover, so the
cover shows a SHORTFALL. Forged covers are drawn into the report's PDF before
it is signed with the real report-signing code, as a report signer would: a
white box over the SHORTFALL line, a changed figure, a figure drawn over
another, a changed font, an annotation, a form drawn on top. Each still has
every figure's text on page 1 where the text was left alone, and each must fail
"cover figures" (and `tijori verify`, run as a fresh process, exits 1).

The cover of a version 2 statement (scope, sequence, policy, tokens outside the
scope) is checked from statements built by hand and laid out directly.
"""

from __future__ import annotations

import base64
import copy
import io
import json
import runpy
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pyhanko.pdf_utils import generic
from pypdf import PdfReader, PdfWriter
from pypdf.annotations import Rectangle
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
)

from app.reporting import cover, cover_check, pdf_layout, pdf_verify
from app.reporting.pdf_layout import SignerLine, ThresholdLine, render_cover, render_report
from app.services import reporting, verifying

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "reports"
KEY_PASSPHRASE = runpy.run_path(str(REPORTS / "make_samples.py"),
                                run_name="samples")["KEY_PASSPHRASE"]
SHORT_LINE = "XAUT: 59.9817 % SHORTFALL of 800.365 ozt"  # 1,199.635 ozt against 2,000


@pytest.fixture(scope="module")
def short(tmp_path_factory) -> Path:
    """The samples with a supply of 2,000 XAUT: reports/… and the private keys."""
    out = tmp_path_factory.mktemp("short")
    keep = out / "private"
    keep.mkdir()
    runpy.run_path(str(REPORTS / "make_samples.py"), run_name="samples")["make"](
        out, keep, "2000")
    return out


def statement_of(folder: Path) -> dict[str, Any]:
    envelope = json.loads((folder / "attestation.json").read_bytes())
    return json.loads(base64.b64decode(envelope["payload"]))


def make_report(folder: Path, out: Path, monkeypatch: pytest.MonkeyPatch,
                tamper: Callable[[bytes], bytes] | None = None, public: bool = False) -> Path:
    """A report made and signed by the real services; `tamper` edits the PDF as laid out,
    before it is signed (what a dishonest report signer could do)."""
    if tamper is not None:
        original = pdf_layout.render_report
        monkeypatch.setattr(pdf_layout, "render_report",
                            lambda *args, **kwargs: tamper(original(*args, **kwargs)))
    reporting.make_report(
        attestation_path=str(folder / "attestation.json"),
        policy_path=str(folder / "policy.json"), leaves_path=str(folder / "leaves.jsonl"),
        report_key_path=str(folder / "private" / "report-signer.key"),
        passphrase=lambda: KEY_PASSPHRASE, out=str(out), public=public)
    monkeypatch.undo()
    return out


def checks_of(pdf: Path, policy: Path) -> dict[str, Any]:
    verdict = verifying.verify_file(str(pdf), str(policy))
    return {"ok": verdict.ok, **{c.name: c for c in verdict.checks}}


def tijori_verify(pdf: Path, policy: Path) -> tuple[int, dict[str, dict[str, Any]]]:
    """`tijori verify --json` in a fresh interpreter: exit code and checks by name."""
    run = subprocess.run([sys.executable, "-m", "app.cli.main", "verify", str(pdf),
                          "--policy", str(policy), "--json"],
                         capture_output=True, cwd=ROOT, timeout=120, text=True)
    checks = {c["check"]: c for c in json.loads(run.stdout)["checks"]}
    return run.returncode, checks


# -- editing page 1 of the PDF as laid out --------------------------------------------------------


def edit_page_one(pdf: bytes, edit: Callable[[PdfWriter, Any], None]) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    edit(writer, writer.pages[0])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def append_drawing(page: Any, operations: bytes) -> None:
    contents = page.get_contents()
    contents.set_data(contents.get_data() + b"\n" + operations + b"\n")
    page.replace_contents(contents)


def where_line_starts(page: Any, start: str) -> tuple[float, float]:
    """Where on the page the text line beginning with `start` is drawn (its origin)."""
    found: list[tuple[float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: Any) -> None:
        if text.startswith(start) and not found:
            found.append((tm[4] * cm[0] + tm[5] * cm[2] + cm[4],
                          tm[4] * cm[1] + tm[5] * cm[3] + cm[5]))

    page.extract_text(visitor_text=visit)
    assert found, f"no line {start!r} on page 1"
    return found[0]


def cover_font(page: Any) -> str:
    """The resource name of the cover's regular face on page 1."""
    fonts = page["/Resources"]["/Font"]
    return next(str(name) for name, ref in fonts.items()
                if str(ref.get_object()["/BaseFont"]).endswith("Roman-Cover"))


def white_box_over_shortfall(pdf: bytes) -> bytes:
    def edit(_writer: PdfWriter, page: Any) -> None:
        x, y = where_line_starts(page, "XAUT: 59.9817")
        append_drawing(page, f"q 1 1 1 rg {x - 14:.2f} {y - 4:.2f} 470 15 re f Q".encode())
    return edit_page_one(pdf, edit)


def figure_changed_in_place(pdf: bytes) -> bytes:
    def edit(_writer: PdfWriter, page: Any) -> None:
        contents = page.get_contents()
        data = contents.get_data()
        assert data.count(b"59.9817") == 1
        contents.set_data(data.replace(b"59.9817", b"99.9817"))
        page.replace_contents(contents)
    return edit_page_one(pdf, edit)


def figure_drawn_over(pdf: bytes) -> bytes:
    """The SHORTFALL line boxed out and "covered" written on top; the old line's text stays
    in the page (a text search still finds it)."""
    def edit(_writer: PdfWriter, page: Any) -> None:
        x, y = where_line_starts(page, "XAUT: 59.9817")
        font = cover_font(page)
        append_drawing(page, (f"q 1 1 1 rg {x - 14:.2f} {y - 4:.2f} 470 15 re f Q "
                              f"BT {font} 10 Tf {x:.2f} {y:.2f} Td (XAUT: 104.3160 % covered) "
                              "Tj ET").encode())
    return edit_page_one(pdf, edit)


def font_program_changed(pdf: bytes) -> bytes:
    """One byte of the cover font's embedded program changed: the content is untouched, but
    a glyph may now draw another figure."""
    def edit(_writer: PdfWriter, page: Any) -> None:
        font = page["/Resources"]["/Font"][cover_font(page)].get_object()
        program = font["/FontDescriptor"]["/FontFile2"].get_object()
        data = bytearray(program.get_data())
        data[len(data) // 2] ^= 0x01
        program.set_data(bytes(data))
    return edit_page_one(pdf, edit)


def annotation_added(pdf: bytes) -> bytes:
    def edit(writer: PdfWriter, page: Any) -> None:
        x, y = where_line_starts(page, "XAUT: 59.9817")
        box = Rectangle(rect=(x - 14, y - 4, x + 456, y + 11), interior_color="ffffff")
        writer.add_annotation(page_number=0, annotation=box)
    return edit_page_one(pdf, edit)


def form_drawn_on_top(pdf: bytes) -> bytes:
    def edit(writer: PdfWriter, page: Any) -> None:
        x, y = where_line_starts(page, "XAUT: 59.9817")
        form = DecodedStreamObject()
        form.set_data(b"1 1 1 rg 0 0 470 15 re f")
        form.update({NameObject("/Type"): NameObject("/XObject"),
                     NameObject("/Subtype"): NameObject("/Form"),
                     NameObject("/BBox"): ArrayObject([NumberObject(n) for n in (0, 0, 470, 15)])})
        resources = page["/Resources"]
        resources[NameObject("/XObject")] = DictionaryObject(
            {NameObject("/Tamper"): writer._add_object(form)})
        append_drawing(page, f"q 1 0 0 1 {x - 14:.2f} {y - 4:.2f} cm /Tamper Do Q".encode())
    return edit_page_one(pdf, edit)


# -- the genuine report -------------------------------------------------------------------------


def test_the_genuine_report_shows_its_shortfall_and_passes(short):
    checks = checks_of(short / "report.pdf", short / "policy.json")
    assert checks["ok"], {k: v.reason for k, v in checks.items() if k != "ok" and not v.passed}
    assert checks["cover figures"].passed
    assert "drawn again" in checks["cover figures"].reason
    text = " ".join(reporting.cover_text((short / "report.pdf").read_bytes()).split())
    assert SHORT_LINE in text


def test_the_genuine_report_passes_through_the_cli(short):
    code, checks = tijori_verify(short / "report.pdf", short / "policy.json")
    assert code == 0
    assert checks["cover figures"]["passed"], checks["cover figures"]


def test_the_public_edition_passes(short, tmp_path, monkeypatch):
    pdf = make_report(short, tmp_path / "public.pdf", monkeypatch, public=True)
    checks = checks_of(pdf, short / "policy.json")
    assert checks["ok"] and checks["cover figures"].passed, checks["cover figures"].reason


# -- (2) a white box over the SHORTFALL line ------------------------------------------------------


def test_a_white_box_over_the_shortfall_fails_where_a_text_search_passed(short, tmp_path,
                                                                        monkeypatch):
    pdf = make_report(short, tmp_path / "boxed.pdf", monkeypatch, white_box_over_shortfall)
    # The attack that the text check let through: every figure's text is still on page 1.
    text = " ".join(reporting.cover_text(pdf.read_bytes()).split())
    assert all(" ".join(line.split()) in text for line in cover.cover_lines(statement_of(short)))
    checks = checks_of(pdf, short / "policy.json")
    assert checks["pdf signature intact"].passed and checks["pdf signer trusted"].passed
    assert not checks["cover figures"].passed
    assert not checks["ok"]
    reason = checks["cover figures"].reason
    assert reason.startswith("the cover (page 1) is not the one the statement gives: it differs "
                             "from the rebuilt cover at drawing operation ")
    assert "more after the rebuilt cover's last: `q; 1 1 1 rg; " in reason


def test_a_white_box_over_the_shortfall_fails_through_the_cli(short, tmp_path, monkeypatch):
    pdf = make_report(short, tmp_path / "boxed.pdf", monkeypatch, white_box_over_shortfall)
    code, checks = tijori_verify(pdf, short / "policy.json")
    assert code == 1
    assert not checks["cover figures"]["passed"]
    assert "drawing operation" in checks["cover figures"]["reason"]
    assert checks["pdf signature intact"]["passed"]  # signed as it is: only the cover is wrong


# -- (3) a changed figure ----------------------------------------------------------------------


def test_a_figure_changed_in_place_fails(short, tmp_path, monkeypatch):
    pdf = make_report(short, tmp_path / "changed.pdf", monkeypatch, figure_changed_in_place)
    checks = checks_of(pdf, short / "policy.json")
    assert not checks["ok"] and not checks["cover figures"].passed
    reason = checks["cover figures"].reason
    assert "(XAUT: 99.9817" in reason and "(XAUT: 59.9817" in reason  # theirs, then ours


def test_a_figure_drawn_over_another_fails(short, tmp_path, monkeypatch):
    pdf = make_report(short, tmp_path / "over.pdf", monkeypatch, figure_drawn_over)
    text = " ".join(reporting.cover_text(pdf.read_bytes()).split())
    assert SHORT_LINE in text and "XAUT: 104.3160 % covered" in text
    code, checks = tijori_verify(pdf, short / "policy.json")
    assert code == 1 and not checks["cover figures"]["passed"]


def test_a_changed_glyph_in_the_cover_font_fails(short, tmp_path, monkeypatch):
    pdf = make_report(short, tmp_path / "font.pdf", monkeypatch, font_program_changed)
    checks = checks_of(pdf, short / "policy.json")
    assert not checks["ok"] and not checks["cover figures"].passed
    assert "FontFile2 (its data)" in checks["cover figures"].reason


# -- (4) an annotation or a form drawn on page 1 --------------------------------------------------


def test_an_annotation_on_page_one_fails(short, tmp_path, monkeypatch):
    pdf = make_report(short, tmp_path / "annotated.pdf", monkeypatch, annotation_added)
    reader = PdfReader(io.BytesIO(pdf.read_bytes()))
    subtypes = {a.get_object()["/Subtype"] for a in reader.pages[0]["/Annots"]}
    assert subtypes == {"/Square", "/Widget"}  # the box, and the signature's own widget
    code, checks = tijori_verify(pdf, short / "policy.json")
    assert code == 1
    assert not checks["cover figures"]["passed"]
    assert "annotation that the cover does not have (a Square annotation)" in \
        checks["cover figures"]["reason"]


def test_a_form_drawn_on_page_one_fails(short, tmp_path, monkeypatch):
    pdf = make_report(short, tmp_path / "form.pdf", monkeypatch, form_drawn_on_top)
    checks = checks_of(pdf, short / "policy.json")
    assert not checks["ok"] and not checks["cover figures"].passed
    assert "/Tamper Do" in checks["cover figures"].reason


def test_the_signature_widget_is_the_only_annotation_allowed(short):
    """The genuine report carries one annotation on page 1: the signature's widget, which
    draws nothing (no appearance, an empty rectangle). That one passes; the same widget
    with an appearance, or a rectangle, does not."""
    root = pdf_verify.open_pdf((short / "report.pdf").read_bytes()).root
    (widget,) = [a.get_object() for a in root["/Pages"]["/Kids"][0]["/Annots"]]
    assert cover_check._widget_problem(widget) is None
    drawn = generic.DictionaryObject(dict(widget))
    drawn[generic.NameObject("/AP")] = generic.DictionaryObject()
    assert cover_check._widget_problem(drawn) == "a signature widget with /AP"
    sized = generic.DictionaryObject(dict(widget))
    sized[generic.NameObject("/Rect")] = generic.ArrayObject(
        [generic.NumberObject(n) for n in (0, 0, 400, 20)])
    assert "not an empty rectangle" in cover_check._widget_problem(sized)


def test_without_the_embedded_policy_the_cover_cannot_be_checked(short):
    from app.attest.verdict import Verdict

    data = (short / "report.pdf").read_bytes()
    _, files = pdf_verify.verify_signed_pdf(data, trusted_keyids=set())
    body = statement_of(short)
    verdict = Verdict("report")
    cover_check.check_cover(data, body, files, verdict)
    assert verdict.ok
    del files["policy.json"]
    verdict = Verdict("report")
    cover_check.check_cover(data, body, files, verdict)
    (check,) = verdict.checks
    assert check.name == "cover figures" and not check.passed
    assert check.reason == ("the cover cannot be checked: ValueError: the report embeds no "
                            "policy.json, whose name and version the cover shows")


# -- the cover of a version 2 statement -----------------------------------------------------------

SIGNERS = [SignerLine("custodian", "cust-1", "ab" * 32, "w " * 8, "2026-11-25T09:40:00Z", True,
                      "good signature")]
THRESHOLDS = [ThresholdLine("custodian", 1, 1, True), ThresholdLine("auditor", 0, 0, True)]


def v1_statement() -> dict[str, Any]:
    return {
        "schema": "tijori.statement.v1", "attestation_id": "0f8e2c1a-7b4d-4e0a-9c3f-5a6b7c8d9e01",
        "as_of": "2026-11-25T09:30:00Z", "created": "2026-11-25T09:30:05Z",
        "custodian": {"ledger_id": "5d1f4c2e-0000-4000-8000-000000000001",
                      "name": "Test Custody Ltd"},
        "journal": {"consistency": None, "head": "cd" * 32, "root": "ef" * 32, "size": 57},
        "previous": None,
        "sites": [{"code": "LDN-V1", "jurisdiction": "GB", "kind": "vault",
                   "name": "London vault 1", "operator": "Test Custody Ltd"},
                  {"code": "ZRH-V2", "jurisdiction": "CH", "kind": "vault",
                   "name": "Zurich vault 2", "operator": "Test Custody Ltd"}],
        "tokens": [
            {"symbol": "XAUT", "commodity": "gold", "per_token": {"quantity": "1", "unit": "ozt"},
             "supply": "2000", "supply_as_of": "2026-11-25T09:00:00Z", "supply_source": "chain",
             "reserves": {"quantity": "1199.635", "unit": "ozt"},
             "required": {"quantity": "2000", "unit": "ozt"}, "coverage": "0.599817",
             "covered": False, "shortfall": "800.365"}],
        "totals": [{"commodity": "gold", "quantity": "1199.635", "unit": "ozt"}],
        "tree": {"hashing": "RFC 9162 SHA-256", "root": "12" * 32, "size": 3},
    }


def v2_statement(complete: bool = False) -> dict[str, Any]:
    statement = v1_statement()
    statement.update(
        schema="tijori.statement.v2", sequence=7,
        policy={"digest": "34" * 32, "version": 3},
        scope={"sites": ["LDN-V1", "ZRH-V2"], "commodities": ["gold", "silver"],
               "complete": complete},
        previous={"attestation_id": "11111111-2222-4333-8444-555555555555",
                  "as_of": "2026-10-25T09:30:00Z", "digest": "56" * 32, "sequence": 6})
    statement["tokens"].append(
        {"symbol": "XPTT", "commodity": "platinum",
         "per_token": {"quantity": "1", "unit": "ozt"}, "supply": "50",
         "supply_as_of": "2026-11-25T09:00:00Z", "supply_source": "chain", "reserves": None,
         "required": None, "coverage": None, "covered": False, "shortfall": None,
         "note": cover.NOT_COVERED})
    return statement


def laid_out(statement: dict[str, Any]) -> bytes:
    return render_report(statement, [], signers=SIGNERS, thresholds=THRESHOLDS,
                         policy_name="Test policy", policy_version=3)


def page_one_text(pdf: bytes) -> str:
    return " ".join(pdf_verify.first_page_text(pdf).split())


def test_the_note_is_the_statement_format_s():
    from app.attest import statement

    assert getattr(statement, "NOT_IN_SCOPE", cover.NOT_COVERED) == cover.NOT_COVERED


def test_v2_cover_lines_show_sequence_policy_scope_and_the_token_not_covered():
    lines = cover.cover_lines(v2_statement())
    assert lines[:3] == [
        "Attestation 7 in its series", "Trust policy version 3",
        "Scope: sites LDN-V1, ZRH-V2; commodities gold, silver (not every holding of the "
        "ledger)"]
    assert "XPTT: not covered by this attestation" in lines
    assert not any(line.startswith("XPTT") and line != "XPTT: not covered by this attestation"
                   for line in lines)  # one line, no detail, no shortfall
    assert SHORT_LINE in lines  # the covered token's shortfall is shown as ever
    assert cover.cover_lines(v2_statement(complete=True))[2] == \
        "Scope: all holdings of the ledger"


def test_v2_cover_draws_them_on_page_one_and_no_alert_for_the_token_not_covered():
    pdf = laid_out(v2_statement())
    text = page_one_text(pdf)
    for line in cover.cover_lines(v2_statement()):
        assert " ".join(line.split()) in text, line
    assert "SHA-256 " + "34" * 32 in text  # the policy's digest, under its version
    assert "COVERAGE SHORTFALL: the reserves of XAUT are below" in text  # XAUT only
    assert "XPTT are below" not in text and "NO SUPPLY RECORDED" not in text
    figures = cover.figures(v2_statement())[1]
    (xptt,) = [f for f in figures if f.text.startswith("XPTT")]
    assert not xptt.alert and not xptt.detail
    assert "Scope: all holdings of the ledger" in page_one_text(laid_out(v2_statement(True)))


def test_a_token_with_the_note_but_a_shortfall_still_shows_the_shortfall():
    statement = v2_statement()
    statement["tokens"][1].update(reserves={"quantity": "10", "unit": "ozt"},
                                  required={"quantity": "50", "unit": "ozt"},
                                  coverage="0.200000", shortfall="40")
    assert "XPTT: 20.0000 % SHORTFALL of 40 ozt" in cover.cover_lines(statement)


def test_v1_cover_has_none_of_the_v2_lines():
    statement = v1_statement()
    totals, tokens, tree = cover.figures(statement)
    assert cover.cover_lines(statement) == [f.text for f in (*totals, *tokens, *tree)]
    text = page_one_text(laid_out(statement))
    assert "Scope:" not in text and "in its series" not in text and "Signed under" not in text


@pytest.mark.parametrize("name", ["v1", "v2", "v2 complete", "many sites", "public"])
def test_the_cover_alone_draws_page_one_of_the_report(name):
    """`render_cover` draws the report's page 1 exactly, fonts and all, also when the cover
    runs onto a second page; and a rebuild for another page count or edition differs."""
    statement = v1_statement() if name == "v1" else v2_statement(name == "v2 complete")
    public = name == "public"
    if name == "many sites":
        statement["sites"] = [{"code": f"S-{i:03d}", "jurisdiction": "GB", "kind": "vault",
                               "name": f"Vault number {i}", "operator": "Test Custody Ltd"}
                              for i in range(60)]
        statement["scope"]["sites"] = [s["code"] for s in statement["sites"]]
    pdf = render_report(statement, [], signers=SIGNERS, thresholds=THRESHOLDS,
                        policy_name="Test policy", policy_version=3, public=public)
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    rebuilt = render_cover(statement, public=public, policy_name="Test policy",
                           policy_version=3, pages=pages)
    if name == "many sites":
        assert len(PdfReader(io.BytesIO(rebuilt)).pages) == 2
    assert cover_check.page_one_difference(pdf, rebuilt) is None
    other = render_cover(statement, public=public, policy_name="Test policy",
                         policy_version=3, pages=pages + 1)
    assert "drawing operation" in cover_check.page_one_difference(pdf, other)
    edition = render_cover(statement, public=not public, policy_name="Test policy",
                           policy_version=3, pages=pages)
    assert cover_check.page_one_difference(pdf, edition) is not None


def test_another_statement_gives_another_cover():
    statement = v1_statement()
    pdf = laid_out(statement)
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    changed = copy.deepcopy(statement)
    changed["tokens"][0]["supply"] = "1000"
    rebuilt = render_cover(changed, public=False, policy_name="Test policy", policy_version=3,
                           pages=pages)
    assert "drawing operation" in cover_check.page_one_difference(pdf, rebuilt)


def _edited(pdf: bytes, edit: Callable[[PdfWriter, Any], None]) -> bytes:
    return edit_page_one(pdf, edit)


def _rotate(_writer: PdfWriter, page: Any) -> None:
    page[NameObject("/Rotate")] = NumberObject(180)


def _crop_inherited(writer: PdfWriter, page: Any) -> None:
    """A crop box on the page tree's root, which page 1 inherits: half the cover hidden."""
    pages = writer.root_object["/Pages"].get_object()
    pages[NameObject("/CropBox")] = ArrayObject([NumberObject(n) for n in (0, 420, 595, 842)])


def _thumbnail(writer: PdfWriter, page: Any) -> None:
    thumb = DecodedStreamObject()
    thumb.set_data(b"\xff" * 12)
    thumb.update({NameObject("/Width"): NumberObject(2), NameObject("/Height"): NumberObject(2),
                  NameObject("/ColorSpace"): NameObject("/DeviceRGB"),
                  NameObject("/BitsPerComponent"): NumberObject(8)})
    page[NameObject("/Thumb")] = writer._add_object(thumb)


@pytest.mark.parametrize(("edit", "says"), [
    (_rotate, "its entry /Rotate differs from the rebuilt cover's"),
    (_crop_inherited, "page 1 has an entry /CropBox, unlike the rebuilt cover"),
    (_thumbnail, "page 1 has an entry /Thumb, unlike the rebuilt cover"),
])
def test_page_entries_that_change_what_is_shown_fail(edit, says):
    statement = v1_statement()
    pdf = laid_out(statement)
    rebuilt = render_cover(statement, public=False, policy_name="Test policy", policy_version=3,
                           pages=len(PdfReader(io.BytesIO(pdf)).pages))
    assert cover_check.page_one_difference(pdf, rebuilt) is None
    assert cover_check.page_one_difference(_edited(pdf, edit), rebuilt) == says
