"""Page 1 of a signed report, checked as a function of what the report signs.

The cover is deterministic (`app.reporting.pdf_layout.render_cover`): it is
drawn from the statement of the embedded attestation, the edition (public when
no leaves are embedded), the name and version of the embedded policy, and the
report's number of pages, in fonts that no other page uses. `check_cover` draws
it again from those and compares the signed report's page 1 with the rebuilt
one (reports/FORMAT.md §10):

- its content, decoded and joined, byte for byte;
- every resource the rebuilt page has (each font with its embedded program,
  widths and /ToUnicode map; any image, form, graphics state, colour space,
  pattern or shading), as PDF objects, streams decoded, object numbers ignored;
- every other entry of the page dictionary, inherited ones included (media and
  crop boxes, rotation, transition, thumbnail, group, actions...);
- its annotations: none but the report signature's widget, which draws nothing
  (no appearance, an empty rectangle).

So a box painted over a line, a changed figure, an image or form drawn on top,
an annotation, a swapped glyph in an embedded font: each makes page 1 differ
from the rebuilt cover, and the check fails with where. Text extraction plays
no part: what is compared is what a viewer draws.

A programme's report (`app.reporting.programme_pdf`) is checked the same way
(`check_programme_cover`), its cover drawn again from the embedded programme
statement and the number of pages alone.

reportlab's layout is loaded only here, when a report is verified: about 0.1 s
to import, and 0.05 to 0.1 s to draw the cover and compare (the QR code is most
of it). Verifying an attestation alone never loads it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from pyhanko.pdf_utils import generic

from app.attest.policy import load_policy_envelope
from app.attest.verdict import Verdict
from app.domain.messages import msg
from app.reporting import pdf_text
from app.reporting.pdf_verify import ATTACHMENT_NAMES, open_pdf, why

CHECK = "cover figures"

# Page entries a page may inherit from its ancestors in the page tree (ISO 32000-2 §7.7.3.4).
_INHERITED = ("/Resources", "/MediaBox", "/CropBox", "/Rotate")
# Page entries compared on their own terms (or, /Parent, not at all).
_APART = ("/Parent", "/Contents", "/Resources", "/Annots")
# How a stream is stored, not what it holds: streams are compared decoded.
_STORAGE = ("/Length", "/Filter", "/DecodeParms", "/DL")
# The report signature's widget (app.reporting.pdf_sign): these entries and no others.
_WIDGET_ENTRIES = {"/Type", "/Subtype", "/FT", "/T", "/F", "/Rect", "/P", "/V"}
_MAX_DEPTH = 64
_MAX_TREE_DEPTH = 32


class _Differs(Exception):
    """Page 1 is not the rebuilt cover; the message says where."""


def check_cover(pdf_data: bytes, body: dict[str, Any], attachments: Mapping[str, bytes],
                verdict: Verdict) -> None:
    """Record the check ``cover figures``: page 1 of the report `pdf_data` is exactly the
    cover that `body` (the embedded, signed statement) gives, with the edition and the
    policy name and version the embedded files give (`attachments`, as
    `pdf_verify.verify_signed_pdf` read them from the signed revision).

    Fails closed: a report whose page 1 or embedded policy cannot be read, or whose
    cover cannot be drawn again, fails the check with the reason."""
    _record(verdict, lambda: _compare(pdf_data, body, attachments))


def check_programme_cover(pdf_data: bytes, body: dict[str, Any], verdict: Verdict) -> None:
    """Record the check ``cover figures`` of a programme's report: page 1 is exactly the
    cover that `body` (the embedded, signed programme statement) gives, in a report of
    that many pages (`app.reporting.programme_pdf.render_cover`). Nothing but the
    statement and the page count goes into it: not even the embedded policy."""
    def compare() -> None:
        from app.reporting import programme_pdf  # reportlab: only to verify a report

        rebuilt = programme_pdf.render_cover(body, pages=_page_count(pdf_data))
        difference = page_one_difference(pdf_data, rebuilt)
        if difference is not None:
            raise _Differs(difference)

    _record(verdict, compare)


def _record(verdict: Verdict, compare: Callable[[], None]) -> None:
    """Run `compare` (which raises _Differs saying where page 1 differs) as the check."""
    try:
        compare()
    except _Differs as exc:
        verdict.failed(CHECK, msg("the cover (page 1) is not the one the statement gives: {exc}",
                                  exc=exc))
    except Exception as exc:
        verdict.failed(CHECK, msg("the cover cannot be checked: {why}", why=why(exc)))
    else:
        verdict.passed(CHECK, "page 1 is the cover the signed statement gives: drawn again "
                              "from it, the same drawing operations, fonts and resources, "
                              "and nothing drawn over it")


def rebuild_cover(body: dict[str, Any], attachments: Mapping[str, bytes], pages: int) -> bytes:
    """The cover alone, drawn again from what a report of `pages` pages embeds: a PDF
    whose page 1 the report's page 1 must equal."""
    from app.reporting import pdf_layout  # reportlab: only to verify a report

    name = ATTACHMENT_NAMES["policy"]
    policy_data = attachments.get(name)
    if policy_data is None:
        raise ValueError(f"the report embeds no {name}, whose name and version the cover "
                         "shows")
    _, policy = load_policy_envelope(policy_data, f"the embedded {name}")
    return pdf_layout.render_cover(
        body, public=ATTACHMENT_NAMES["leaves"] not in attachments, policy_name=policy.name,
        policy_version=policy.version, pages=pages)


def page_one_difference(pdf_data: bytes, rebuilt: bytes) -> str | None:
    """None when page 1 of `pdf_data` draws exactly what page 1 of `rebuilt` draws (as
    `check_cover` compares them); else where it differs, in words. Raises on a PDF
    that cannot be read."""
    ours = pdf_text.first_page(open_pdf(rebuilt).root["/Pages"])
    theirs = pdf_text.first_page(open_pdf(pdf_data).root["/Pages"])
    try:
        _compare_pages(theirs, ours)
    except _Differs as exc:
        return str(exc)
    return None


def _page_count(pdf_data: bytes) -> int:
    """The number of pages the report's page tree counts (its cover says "Page 1 of N")."""
    count = open_pdf(pdf_data).root["/Pages"].get("/Count")
    count = count.get_object() if count is not None else None
    if not isinstance(count, int) or count < 1:
        raise ValueError(f"the page tree counts {count!r} pages")
    return count


def _compare(pdf_data: bytes, body: dict[str, Any], attachments: Mapping[str, bytes]) -> None:
    count = _page_count(pdf_data)
    difference = page_one_difference(pdf_data, rebuild_cover(body, attachments, count))
    if difference is not None:
        raise _Differs(difference)


def _compare_pages(theirs: Any, ours: Any) -> None:
    _compare_content(_content(theirs), _content(ours))
    _compare_entries(theirs, ours)
    _compare_resources(_inherited(theirs, "/Resources"), _inherited(ours, "/Resources"))
    _compare_annotations(theirs, ours)


# -- the content ---------------------------------------------------------------------------------


def _content(page: Any) -> bytes:
    """The page's content streams, decoded, joined by a newline (as one stream)."""
    contents = page.get("/Contents")
    if contents is None:
        return b""
    contents = contents.get_object()
    streams = list(contents) if isinstance(contents, list) else [contents]
    data = []
    for stream in streams:
        stream = stream.get_object()
        if not isinstance(stream, generic.StreamObject):
            raise _Differs("its /Contents is not a content stream")
        data.append(stream.data)
    return b"\n".join(data)


def _operations(data: bytes) -> list[tuple[str, tuple[Any, ...]]]:
    """The content's operations: (operator, operands), operands made comparable."""
    def frozen(value: Any) -> Any:
        return tuple(frozen(v) for v in value) if isinstance(value, list) else value

    ops: list[tuple[str, tuple[Any, ...]]] = []
    operands: list[Any] = []
    for token in pdf_text.tokens(data):
        if isinstance(token, str) and not isinstance(token, pdf_text.Name):
            ops.append((token, tuple(frozen(v) for v in operands)))
            operands = []
        else:
            operands.append(token)
    if operands:
        ops.append(("", tuple(frozen(v) for v in operands)))
    return ops


def _text(op: tuple[str, tuple[Any, ...]]) -> str:
    """An operation as PDF content: ``0 0 400 15 re``."""
    def value(v: Any) -> str:
        if isinstance(v, pdf_text.Name):
            return f"/{v}"
        if isinstance(v, bytes):
            return "(" + v.decode("latin-1").encode("unicode_escape").decode("ascii") + ")"
        if isinstance(v, float):
            return f"{v:g}"
        if isinstance(v, tuple):
            return "[" + " ".join(value(x) for x in v) + "]"
        return str(v)

    return " ".join([*(value(v) for v in op[1]), op[0]]).strip()


def _shown(text: str, at: int = 0, room: int = 72) -> str:
    """`text` quoted, cut to about `room` characters around index `at`."""
    if len(text) <= room:
        return f"`{text}`"
    start = max(0, min(at - room // 3, len(text) - room))
    cut = text[start:start + room]
    return f"`{'...' if start else ''}{cut}{'...' if start + room < len(text) else ''}`"


def _where(a: str, b: str) -> int:
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y),
                min(len(a), len(b)))


def _compare_content(theirs: bytes, ours: bytes) -> None:
    if theirs == ours:
        return
    try:
        ops_theirs, ops_ours = _operations(theirs), _operations(ours)
    except ValueError:
        ops_theirs = ops_ours = None
    if ops_theirs is not None and ops_ours is not None:
        for n, (a, b) in enumerate(zip(ops_theirs, ops_ours, strict=False), start=1):
            if a != b:
                x, y = _text(a), _text(b)
                at = _where(x, y)
                raise _Differs(msg("it differs from the rebuilt cover at drawing operation {n}: "
                                   "the report draws {shown} where the rebuilt cover draws "
                                   "{shown2}", n=n, shown=_shown(x, at), shown2=_shown(y, at)))
        n = min(len(ops_theirs), len(ops_ours)) + 1
        if len(ops_theirs) > len(ops_ours):
            extra = "; ".join(_text(op) for op in ops_theirs[n - 1:])
            raise _Differs(msg("it differs from the rebuilt cover at drawing operation {n}: the "
                               "report draws {value} more after the rebuilt cover's last: "
                               "{shown}",
                               n=n,
                               value=len(ops_theirs) - len(ops_ours),
                               shown=_shown(extra, 0, 100)))
        if len(ops_ours) > len(ops_theirs):
            raise _Differs(msg("it differs from the rebuilt cover at drawing operation {n}: the "
                               "report stops where the rebuilt cover draws {shown}",
                               n=n, shown=_shown(_text(ops_ours[n - 1]))))
    at = next((i for i, (a, b) in enumerate(zip(theirs, ours, strict=False)) if a != b),
              min(len(theirs), len(ours)))
    raise _Differs(msg("its content differs from the rebuilt cover's at byte {at}", at=at))


# -- the page dictionary ---------------------------------------------------------------------------


def _inherited(page: Any, key: str) -> Any:
    """The page's entry `key`, or the nearest ancestor's for an inheritable one; None."""
    node, depth = page, 0
    while node is not None:
        value = dict.get(node, key)
        if value is not None and not isinstance(value.get_object(), generic.NullObject):
            return value
        if key not in _INHERITED or depth > _MAX_TREE_DEPTH:
            return None
        parent = dict.get(node, "/Parent")
        node = parent.get_object() if parent is not None else None
        depth += 1
    return None


def _compare_entries(theirs: Any, ours: Any) -> None:
    keys = (set(theirs) | set(ours) | set(_INHERITED)) - set(_APART)
    for key in sorted(keys):
        a, b = _inherited(theirs, key), _inherited(ours, key)
        if a is None and b is None:
            continue
        if a is None or b is None:
            raise _Differs(msg("page 1 has no entry {key}, unlike the rebuilt cover", key=key)
                           if a is None else
                           msg("page 1 has an entry {key}, unlike the rebuilt cover", key=key))
        where = _differ(a, b, key)
        if where is not None:
            raise _Differs(msg("its entry {key} differs from the rebuilt cover's (at {where})",
                               key=key, where=where) if where != key else
                           msg("its entry {key} differs from the rebuilt cover's", key=key))


def _compare_resources(theirs: Any, ours: Any) -> None:
    """Each resource of the rebuilt page, by category and name, is the report's too."""
    ours = ours.get_object() if ours is not None else generic.DictionaryObject()
    theirs = theirs.get_object() if theirs is not None else generic.DictionaryObject()
    for category, entries in sorted(dict.items(ours)):
        if category == "/ProcSet":  # obsolete; draws nothing
            continue
        entries = entries.get_object()
        found = dict.get(theirs, category)
        found = found.get_object() if found is not None else generic.DictionaryObject()
        if not isinstance(entries, dict) or not isinstance(found, dict):
            raise _Differs(msg("its resources {category} are not a dictionary", category=category))
        kind = category.lstrip("/")
        for name, value in sorted(dict.items(entries)):
            if dict.get(found, name) is None:
                raise _Differs(msg("it lacks the {kind} {name} of the rebuilt cover",
                                   kind=kind, name=name.lstrip("/")))
            where = _differ(dict.get(found, name), value, f"{category}{name}")
            if where is not None:
                raise _Differs(msg("its {kind} {name} differs from the rebuilt cover's (at "
                                   "{where})", kind=kind, name=name.lstrip("/"), where=where))


def _compare_annotations(theirs: Any, ours: Any) -> None:
    if _annotations(ours):  # pragma: no cover - the cover draws none
        raise _Differs("the rebuilt cover has annotations, which this check does not allow")
    widgets = 0
    for annotation in _annotations(theirs):
        problem = _widget_problem(annotation)
        if problem is not None:
            raise _Differs(msg("page 1 carries an annotation that the cover does not have "
                               "({problem})", problem=problem))
        widgets += 1
    if widgets > 1:
        raise _Differs(msg("page 1 carries {widgets} signature widgets; a report has at most "
                           "one", widgets=widgets))


def _annotations(page: Any) -> list[Any]:
    annots = page.get("/Annots")
    if annots is None:
        return []
    annots = annots.get_object()
    if not isinstance(annots, list):
        raise _Differs("its /Annots is not an array")
    return [a.get_object() for a in annots]


def _widget_problem(annotation: Any) -> str | None:
    """None for the report signature's widget as `pdf_sign` makes it, which draws nothing:
    a /Sig field's widget, no appearance, an empty rectangle; else what it is."""
    if not isinstance(annotation, dict):
        return "not a dictionary"

    def entry(key: str) -> Any:
        value = dict.get(annotation, key)
        return value.get_object() if value is not None else None

    subtype = str(entry("/Subtype") or "/untyped")
    if subtype != "/Widget" or entry("/FT") != "/Sig":
        return f"a {subtype.lstrip('/')} annotation"
    extra = sorted(set(annotation) - _WIDGET_ENTRIES)
    if extra:
        return f"a signature widget with {', '.join(extra)}"
    rect = entry("/Rect")
    corners = [v.get_object() for v in rect] if isinstance(rect, list) else []
    if (len(corners) != 4 or not all(isinstance(v, int | Decimal) for v in corners)
            or corners[0] != corners[2] or corners[1] != corners[3]):
        return "a signature widget that is not an empty rectangle"
    value = entry("/V")
    kind = dict.get(value, "/Type") if isinstance(value, dict) else None
    if kind is None or kind.get_object() != "/Sig":
        return "a signature widget without a signature"
    return None


# -- PDF objects, compared -----------------------------------------------------------------------


def _scalar(value: Any) -> tuple[Any, ...]:
    if isinstance(value, generic.BooleanObject):
        return ("boolean", bool(value.value))
    if isinstance(value, bool):
        return ("boolean", value)
    if isinstance(value, int | Decimal):
        return ("number", Decimal(value))
    if isinstance(value, generic.NameObject):
        return ("name", str(value))
    if isinstance(value, generic.TextStringObject | generic.ByteStringObject):
        original = getattr(value, "original_bytes", None)
        return ("string", bytes(original) if original is not None else str(value).encode())
    if isinstance(value, generic.NullObject) or value is None:
        return ("null",)
    return ("other", type(value).__name__, str(value))


def _entries(obj: dict[Any, Any], ignore: tuple[str, ...] = ()) -> dict[str, Any]:
    """A dictionary's entries, without null ones (absent, to PDF) and `ignore`."""
    return {str(k): v for k, v in dict.items(obj)
            if k not in ignore and not isinstance(v.get_object(), generic.NullObject)}


def _differ(a: Any, b: Any, path: str, depth: int = 0,
            seen: set[tuple[int, int, int, int]] | None = None) -> str | None:
    """None if PDF objects `a` and `b` are equal (references followed, object numbers
    ignored, streams decoded); else the path of the first difference."""
    seen = set() if seen is None else seen
    if depth > _MAX_DEPTH:
        raise _Differs(msg("its objects nest too deeply at {path}", path=path))
    if isinstance(a, generic.IndirectObject) and isinstance(b, generic.IndirectObject):
        pair = (a.reference.idnum, a.reference.generation, b.reference.idnum,
                b.reference.generation)
        if pair in seen:
            return None  # being compared already, further up
        seen.add(pair)
    a, b = a.get_object(), b.get_object()
    if isinstance(a, generic.StreamObject) != isinstance(b, generic.StreamObject):
        return path
    if isinstance(a, generic.StreamObject):
        where = _differ_dicts(_entries(a, _STORAGE), _entries(b, _STORAGE), path, depth, seen)
        if where is not None:
            return where
        return None if a.data == b.data else f"{path} (its data)"
    if isinstance(a, dict) or isinstance(b, dict):
        if not (isinstance(a, dict) and isinstance(b, dict)):
            return path
        return _differ_dicts(_entries(a), _entries(b), path, depth, seen)
    if isinstance(a, list) or isinstance(b, list):
        if not (isinstance(a, list) and isinstance(b, list)) or len(a) != len(b):
            return path
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            where = _differ(x, y, f"{path}[{i}]", depth + 1, seen)
            if where is not None:
                return where
        return None
    return None if _scalar(a) == _scalar(b) else path


def _differ_dicts(a: dict[str, Any], b: dict[str, Any], path: str, depth: int,
                  seen: set[tuple[int, int, int, int]]) -> str | None:
    if a.keys() != b.keys():
        return f"{path}{sorted(a.keys() ^ b.keys())[0]}"
    for key in sorted(a):
        where = _differ(a[key], b[key], f"{path}{key}", depth + 1, seen)
        if where is not None:
            return where
    return None
