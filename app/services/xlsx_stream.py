"""A spreadsheet written as it streams: the few parts of SpreadsheetML an export needs.

openpyxl builds an object per cell and serialises each through lxml; a million bars
of ten cells took some ninety seconds that way, all of it in the library. An export
needs little of the format: text and number cells, a number format per decimal places,
bold, a frozen header row, column widths and an auto filter. So the rows are written
here as the XML they are, straight into the zip entry, and the workbook's other parts
(the styles a sheet used, the workbook, the relations) follow once the sheets are done.

Numbers are written as the decimal strings they are given (`<v>400.085</v>`), never
through a float; text is an inline string, never a formula, whatever it starts with.
"""

from __future__ import annotations

import contextlib
import re
import zipfile
from collections.abc import Collection, Iterable, Sequence
from typing import IO, Any

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELATIONS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPES = "application/vnd.openxmlformats-officedocument.spreadsheetml"
#: Characters XML 1.0 cannot hold; the ledger refuses them, a file might not.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})


def escaped(text: str) -> str:
    """`text` as XML character data (illegal characters become U+FFFD)."""
    if _ILLEGAL.search(text):
        text = _ILLEGAL.sub("\ufffd", text)
    return text.translate(_ESCAPES)


def column_letter(number: int) -> str:
    """1 → "A", 27 → "AA"."""
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class Number(str):
    """A number cell's value, written as it is (a decimal string or an integer's digits),
    shown with `places` decimals and thousands separators."""

    places: int

    def __new__(cls, text: str, places: int | None = None) -> Number:
        self = super().__new__(cls, text)
        dot = text.find(".")
        self.places = places if places is not None else (len(text) - dot - 1 if dot >= 0
                                                         else 0)
        return self


class Workbook:
    """A workbook written into `file` (an open binary file) one sheet after another."""

    def __init__(self, file: IO[bytes], compresslevel: int = 3) -> None:
        self.zip = zipfile.ZipFile(file, "w", zipfile.ZIP_DEFLATED, compresslevel=compresslevel)
        self.sheets: list[tuple[str, str | None]] = []  # (name, auto filter range)
        self.styles: dict[tuple[int | None, bool], int] = {(None, False): 0}
        self.open: Sheet | None = None  # the sheet being written

    def style(self, places: int | None, bold: bool) -> int:
        """The index of the cell format: a number with `places` decimals (None: general),
        bold or not."""
        key = (places, bold)
        found = self.styles.get(key)
        if found is None:
            found = self.styles[key] = len(self.styles)
        return found

    def sheet(self, name: str, widths: Sequence[float], heading: Sequence[str]) -> Sheet:
        """A new sheet with its columns' widths and a bold, frozen heading row; write its
        rows, then `close` it before the next sheet."""
        self.open = Sheet(self, name, widths, heading)
        return self.open

    def abandon(self) -> None:
        """Stop writing (work cancelled or failed): end what is open, write nothing more."""
        with contextlib.suppress(Exception):
            if self.open is not None:
                self.open.out.close()
            self.zip.close()

    def close(self) -> None:
        """Write the parts that name the sheets and their styles, and end the zip."""
        names = [name for name, _ in self.sheets]
        self.zip.writestr("[Content_Types].xml", _content_types(len(names)))
        self.zip.writestr("_rels/.rels", f'<?xml version="1.0" encoding="UTF-8"?>\n'
                          f'<Relationships xmlns="{_PACKAGE}"><Relationship Id="rId1" '
                          f'Type="{_RELATIONS}/officeDocument" Target="xl/workbook.xml"/>'
                          "</Relationships>")
        self.zip.writestr("xl/workbook.xml", _workbook(self.sheets))
        self.zip.writestr("xl/_rels/workbook.xml.rels", _workbook_relations(len(names)))
        self.zip.writestr("xl/styles.xml", _styles(self.styles))
        self.zip.close()


class Sheet:
    """One worksheet, its rows streamed into the zip as they come."""

    def __init__(self, book: Workbook, name: str, widths: Sequence[float],
                 heading: Sequence[str]) -> None:
        self.book, self.name = book, name
        self.number = len(book.sheets) + 1
        self.out = book.zip.open(f"xl/worksheets/sheet{self.number}.xml", "w",
                                 force_zip64=True)
        self.rows = 0
        self.width = len(heading)
        self.letters = [column_letter(n) for n in range(1, 64)]
        columns = "".join(f'<col min="{n}" max="{n}" width="{width}" customWidth="1"/>'
                          for n, width in enumerate(widths, 1))
        self._write(f'<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="{_MAIN}">'
                    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" '
                    'topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
                    '<selection pane="bottomLeft"/></sheetView></sheetViews>'
                    f"<cols>{columns}</cols><sheetData>")
        self.row(heading, bold=True)

    def _write(self, text: str) -> None:
        self.out.write(text.encode("utf-8"))

    def cell(self, column: int, value: Any, bold: bool = False) -> str:
        """The XML of one cell: None empty, an int or a `Number` a number, else text."""
        if value is None or value == "":
            return ""
        at = f"{self.letters[column]}{self.rows}"
        if isinstance(value, Number):
            return f'<c r="{at}" s="{self.book.style(value.places, bold)}"><v>{value}</v></c>'
        style = f' s="{self.book.style(None, True)}"' if bold else ""
        if isinstance(value, int) and not isinstance(value, bool):
            return f'<c r="{at}"{style}><v>{value}</v></c>'
        return (f'<c r="{at}"{style} t="inlineStr"><is><t xml:space="preserve">'
                f"{escaped(str(value))}</t></is></c>")

    def row(self, values: Iterable[Any], bold: bool = False,
            bold_columns: Collection[int] = ()) -> None:
        """One row; every cell bold, or those of `bold_columns`."""
        self.rows += 1
        cells = "".join(self.cell(n, value, bold or n in bold_columns)
                        for n, value in enumerate(values))
        self._write(f'<row r="{self.rows}">{cells}</row>')

    def rows_of(self, rows: Iterable[Sequence[Any]]) -> None:
        """Many plain rows at once (the hot path of an export): one write per batch."""
        out = []
        number = self.rows
        cell = self.cell
        for values in rows:
            number += 1
            self.rows = number
            out.append(f'<row r="{number}">'
                       + "".join([cell(n, v) for n, v in enumerate(values) if v is not None])
                       + "</row>")
        self._write("".join(out))

    def close(self, auto_filter: bool = False) -> None:
        """End the sheet; `auto_filter` over its heading and rows."""
        ref = f"A1:{self.letters[self.width - 1]}{self.rows}" if auto_filter else None
        self._write("</sheetData>" + (f'<autoFilter ref="{ref}"/>' if ref else "")
                    + "</worksheet>")
        self.out.close()
        self.book.sheets.append((self.name, ref))
        self.book.open = None


def _content_types(sheets: int) -> str:
    parts = "".join(f'<Override PartName="/xl/worksheets/sheet{n}.xml" '
                    f'ContentType="{_TYPES}.worksheet+xml"/>' for n in range(1, sheets + 1))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<Types xmlns="http://schemas.'
            'openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{_TYPES}.sheet.main+xml"/>'
            f'<Override PartName="/xl/styles.xml" ContentType="{_TYPES}.styles+xml"/>'
            f"{parts}</Types>")


def _workbook(sheets: list[tuple[str, str | None]]) -> str:
    listed = "".join(f'<sheet name="{escaped(name)}" sheetId="{n}" r:id="rId{n}"/>'
                     for n, (name, _) in enumerate(sheets, 1))
    filters = "".join(
        f'<definedName name="_xlnm._FilterDatabase" localSheetId="{n}" hidden="1">'
        f"'{escaped(name)}'!{_absolute(ref)}</definedName>"
        for n, (name, ref) in enumerate(sheets) if ref)
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<workbook xmlns="{_MAIN}" '
            f'xmlns:r="{_RELATIONS}"><bookViews><workbookView/></bookViews>'
            f"<sheets>{listed}</sheets>"
            + (f"<definedNames>{filters}</definedNames>" if filters else "") + "</workbook>")


def _absolute(ref: str) -> str:
    """"A1:J100" → "$A$1:$J$100"."""
    return ":".join(re.sub(r"([A-Z]+)([0-9]+)", r"$\1$\2", corner) for corner in ref.split(":"))


def _workbook_relations(sheets: int) -> str:
    links = "".join(f'<Relationship Id="rId{n}" Type="{_RELATIONS}/worksheet" '
                    f'Target="worksheets/sheet{n}.xml"/>' for n in range(1, sheets + 1))
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="{_PACKAGE}">'
            f'{links}<Relationship Id="rId{sheets + 1}" Type="{_RELATIONS}/styles" '
            'Target="styles.xml"/></Relationships>')


def _styles(styles: dict[tuple[int | None, bool], int]) -> str:
    """The number formats ("#,##0.000" for three places) and the two fonts the cells use,
    one cell format per (places, bold) in the order first used."""
    formats: dict[int, int] = {}  # places → numFmtId (custom ids start at 164)
    cells = []
    for places, bold in sorted(styles, key=styles.get):
        font = ' fontId="1" applyFont="1"' if bold else ' fontId="0"'
        if places is None:
            cells.append(f'<xf numFmtId="0"{font} fillId="0" borderId="0" xfId="0"/>')
            continue
        number = formats.setdefault(places, 164 + len(formats))
        cells.append(f'<xf numFmtId="{number}"{font} fillId="0" borderId="0" xfId="0" '
                     'applyNumberFormat="1"/>')
    codes = "".join(f'<numFmt numFmtId="{n}" formatCode="#,##0{"." + "0" * p if p else ""}"/>'
                    for p, n in formats.items())
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<styleSheet xmlns="{_MAIN}">'
            + (f'<numFmts count="{len(formats)}">{codes}</numFmts>' if formats else "")
            + '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
            '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
            '<fills count="2"><fill><patternFill patternType="none"/></fill>'
            '<fill><patternFill patternType="gray125"/></fill></fills>'
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border>'
            '</borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" '
            f'borderId="0"/></cellStyleXfs><cellXfs count="{len(cells)}">{"".join(cells)}'
            '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" '
            'builtinId="0"/></cellStyles></styleSheet>')
