"""Reading a report's cover text with the verifier's own reader (app/reporting/pdf_text.py)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.reporting.pdf_text import Name, to_unicode, tokens
from app.reporting.pdf_verify import first_page_text

SAMPLE = Path(__file__).resolve().parents[1] / "reports" / "samples" / "report.pdf"


def test_tokens_of_a_content_stream():
    data = (rb"BT /F1+0 12 Tf (a\(b\)c\\ \101) Tj [(x) -250 (y)] TJ <41 42> Tj % note" b"\n"
            rb"<< /MCID 0 >> BDC ET")
    found = list(tokens(data))
    assert found[:4] == ["BT", Name("F1+0"), 12.0, "Tf"]
    assert found[4:6] == [b"a(b)c\\ A", "Tj"]
    assert found[6:8] == [[b"x", -250.0, b"y"], "TJ"]
    assert found[8:10] == [b"AB", "Tj"]
    assert found[-2:] == ["BDC", "ET"]


@pytest.mark.parametrize("bad", [b"(never closed", b"<4142", b"[(x) Tj]", b"] Tj"])
def test_malformed_content_is_an_error(bad):
    with pytest.raises(ValueError):
        list(tokens(bad))


def test_to_unicode_maps_chars_ranges_and_arrays():
    cmap = (b"1 begincodespacerange <00> <FF> endcodespacerange\n"
            b"2 beginbfchar <01> <00B3> <02> <00D7> endbfchar\n"
            b"1 beginbfrange <41> <43> <0061> endbfrange\n"
            b"1 beginbfrange <10> <11> [<0078> <0079>] endbfrange\n")
    width, table = to_unicode(cmap)
    assert width == 1
    assert table[1] == "³" and table[2] == "×"
    assert [table[c] for c in (0x41, 0x42, 0x43, 0x10, 0x11)] == list("abcxy")


def test_the_sample_cover_reads_as_pypdf_reads_it():
    data = SAMPLE.read_bytes()
    ours = " ".join(first_page_text(data).split())
    theirs = " ".join((PdfReader(io.BytesIO(data)).pages[0].extract_text() or "").split())
    assert ours == theirs
    assert "m³) of crude oil" in ours and "1,150 × 1 ozt" in ours
