"""The user guide (F1, Help › Guide): its topics, its links, its window, and that it
explains every check the verifier and the signer can show."""

from __future__ import annotations

import ast
import fnmatch
import re
import shutil
import tomllib
from importlib import resources
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import QApplication

from app.gui import guide
from app.gui.look import stylesheet
from app.gui.main_window import PAGES
from app.services import verifying

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "reports" / "samples"
#: The words the guide writes in capitals for a part of a check's name that varies.
PLACEHOLDERS = ("KEY", "ROLE", "SYMBOL", "N", "ID")
#: What a check is recorded with (`app.attest.verdict.Verdict`).
VERDICT_METHODS = {"add", "passed", "failed", "not_done", "finding"}


@pytest.fixture(autouse=True)
def fresh_guide(qapp):
    """Each test starts without a guide window and leaves none behind."""
    guide._window = None
    yield
    window = guide._window
    if window is not None and shiboken6.isValid(window):
        window.close()
        shiboken6.delete(window)
    guide._window = None


# -- reading the code for the check names --------------------------------------------------


def _module_path(module: str) -> Path | None:
    base = ROOT.joinpath(*module.split("."))
    for path in (base.with_suffix(".py"), base / "__init__.py"):
        if path.is_file():
            return path
    return None


def _reachable(start: str) -> list[Path]:
    """The files of the `app` modules that `start` imports, directly or not (imports inside
    functions included: the verifier imports the PDF checks only when it needs them)."""
    seen: dict[str, Path] = {}
    todo = [start]
    while todo:
        module = todo.pop()
        path = _module_path(module)
        if module in seen or path is None:
            continue
        seen[module] = path
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and \
                    node.module.split(".")[0] == "app":
                todo.append(node.module)
                todo.extend(f"{node.module}.{alias.name}" for alias in node.names)
            elif isinstance(node, ast.Import):
                todo.extend(a.name for a in node.names if a.name.split(".")[0] == "app")
    return list(seen.values())


def _template(node: ast.expr) -> str | None:
    """A check name as written: a string, or an f-string with `{}` for what varies."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(part.value if isinstance(part, ast.Constant) else "{}"
                       for part in node.values)
    return None


def check_names(path: Path) -> set[str]:
    """Every check name `path` records on a verdict (`verdict.add("time", ...)`,
    `verdict.failed(CHECK, ...)`, `verdict.add(name, ...)` with `name = f"..."`)."""
    tree = ast.parse(path.read_text("utf-8"))
    constants = {target.id: node.value for node in tree.body if isinstance(node, ast.Assign)
                 for target in node.targets if isinstance(target, ast.Name)}
    names: set[str] = set()
    functions = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]
    for function in functions:
        local = {target.id: node.value for node in ast.walk(function)
                 if isinstance(node, ast.Assign) for target in node.targets
                 if isinstance(target, ast.Name)}
        for call in ast.walk(function):
            if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                    and call.func.attr in VERDICT_METHODS
                    and isinstance(call.func.value, ast.Name)
                    and call.func.value.id == "verdict" and call.args):
                continue
            first = call.args[0]
            if isinstance(first, ast.Name):  # a constant, or a name made just before
                first = local.get(first.id, constants.get(first.id, first))
            template = _template(first)
            if template is not None:  # else a loop over names recorded elsewhere too
                names.add(template)
    return names


def verifier_check_names() -> set[str]:
    return {name for path in _reachable("app.services.verifying") for name in check_names(path)}


def signer_check_names() -> set[str]:
    return {name for module in ("app.services.signing", "app.attest.witness",
                                "app.attest.pinning")
            for name in check_names(_module_path(module))}


def code_spans(markdown: str) -> set[str]:
    return set(re.findall(r"`([^`\n]+)`", markdown))


def _pattern(span: str) -> re.Pattern[str] | None:
    """A span of the guide as a pattern: its capitalised placeholders match anything.
    None for a span that is only placeholders (it would match every name)."""
    parts = re.split(r"\b(" + "|".join(PLACEHOLDERS) + r")\b", span)
    literal = [p for i, p in enumerate(parts) if i % 2 == 0]
    if not "".join(literal).strip(" :-.()"):
        return None
    return re.compile("".join(re.escape(p) if i % 2 == 0 else ".+"
                              for i, p in enumerate(parts)))


def named_by(spans: set[str], name: str) -> bool:
    """Whether the guide names the check `name` (as recorded, or as a template whose
    `{}` stand for what varies)."""
    if "{}" in name:
        template = re.compile(".+".join(re.escape(part) for part in name.split("{}")))
        return any(template.fullmatch(span) for span in spans)
    if name in spans:
        return True
    return any(p is not None and p.fullmatch(name) for p in map(_pattern, spans))


def real_check_names() -> set[str]:
    """The checks a real verification of the sample reports makes."""
    policy = str(SAMPLES / "policy.json")
    runs = [
        verifying.verify_file(str(SAMPLES / "report.pdf"), policy, parallel=False),
        verifying.verify_file(str(SAMPLES / "report.json"), policy, parallel=False),
        verifying.verify_file(str(SAMPLES / "proof.json"), policy, parallel=False),
        verifying.verify_file(str(SAMPLES / "attestation.json"), policy,
                              leaves=str(SAMPLES / "leaves.jsonl"),
                              previous=str(SAMPLES / "chain" / "2.att.json"), parallel=False),
        verifying.verify_attestation(b"{}", (SAMPLES / "policy.json").read_bytes()),
        # Your policy as the successor of a version you trusted before (a rotation).
        verifying.verify_attestation((SAMPLES / "attestation.json").read_bytes(),
                                     (SAMPLES / "policy.json").read_bytes(),
                                     trusted_policy=(SAMPLES / "policy-v1.json").read_bytes(),
                                     parallel=False),
    ]
    return {check.name for verdict in runs for check in verdict.checks}


# -- the files --------------------------------------------------------------------------------


def test_every_topic_is_a_file_that_starts_with_its_title():
    folder = resources.files("resources").joinpath("guide", "en")
    files = sorted(entry.name for entry in folder.iterdir() if entry.name.endswith(".md"))
    assert files == sorted(f"{topic}.md" for topic in guide.TOPICS)  # none missing, none extra
    titles = []
    for topic in guide.TOPICS:
        text, language = guide.read_topic(topic, "en")
        assert language == "en"
        first = text.split("\n", 1)[0]
        assert re.fullmatch(r"# \S.*", first), f"{topic}.md starts with {first!r}"
        titles.append(guide.title_of(text))
        # Offline, plain CommonMark: no web address, no picture, no HTML.
        assert "://" not in text and "www." not in text, topic
        assert "![" not in text, topic
        assert not re.search(r"<[a-zA-Z/][^>]*>", text), topic
    assert len(set(titles)) == len(titles)
    assert guide.title_of(guide.topic_text("holdings")) == "Holdings"


def test_every_link_between_topics_leads_to_a_topic():
    links = {topic: guide.links_of(guide.topic_text(topic, "en")) for topic in guide.TOPICS}
    assert sum(map(len, links.values())) > 20
    for topic, targets in links.items():
        for target in targets:
            name, _anchor = guide.topic_of_link(target)
            assert name in guide.TOPICS, f"{topic}.md links to {target}, which is no topic"
    # From the first page every topic can be reached.
    assert {guide.topic_of_link(t)[0] for t in links["index"]} >= set(guide.TOPICS) - {"index"}


def test_the_guide_is_package_data_and_in_the_bundle():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    patterns = pyproject["tool"]["setuptools"]["package-data"]["resources"]
    for topic in guide.TOPICS:
        assert any(fnmatch.fnmatch(f"guide/en/{topic}.md", p) for p in patterns)
    assert any(fnmatch.fnmatch("guide/ur/index.md", p) for p in patterns)  # translations too
    spec = (ROOT / "packaging" / "tijori.spec").read_text("utf-8")
    assert re.search(r'ROOT / "resources" / "guide"\), "resources/guide"', spec)


def test_every_main_window_page_has_its_topic():
    for key in [key for key, _, _ in PAGES] + ["signer", "journal"]:
        assert guide.topic_for_page(key) == key
        assert key in guide.TOPICS
    assert guide.topic_for_page("no such page") == "index"


# -- the checks it explains --------------------------------------------------------------------


def test_the_verify_topic_names_every_check_the_verifier_makes(qtbot):
    window = guide.show_guide(None, "verify", "en")
    qtbot.waitExposed(window)
    assert window.topic == "verify"
    shown = window.browser.toPlainText()
    assert shown.startswith("Verify")
    spans = code_spans(window.texts["verify"])
    assert all(span in shown for span in spans)  # rendered, not lost

    names = verifier_check_names()
    assert len(names) >= 40  # the code was read: the verifier makes that many kinds
    assert {"pdf signer trusted", "cover figures", "root recomputed", "inclusion",
            "{}: {} threshold"} <= names
    missing = sorted(name for name in names if not named_by(spans, name))
    assert not missing, f"the Verify topic does not explain: {missing}"

    made = real_check_names()
    assert len(made) >= 30
    assert {"policy version", "pinned policy: admin threshold", "chain link"} <= made
    unexplained = sorted(name for name in made if not named_by(spans, name))
    assert not unexplained, f"the Verify topic does not explain: {unexplained}"


def test_the_signer_topic_names_every_check_the_signer_makes():
    names = signer_check_names()
    assert {"witness: journal", "key at the as-of", "coverage recomputed"} <= names
    spans = code_spans(guide.topic_text("signer", "en"))
    missing = sorted(name for name in names if not named_by(spans, name))
    assert not missing, f"the signer topic does not explain: {missing}"


def test_a_name_the_guide_lacks_is_caught():
    """The matching above is not so loose that anything passes."""
    spans = code_spans(guide.topic_text("verify", "en"))
    assert not named_by(spans, "quantum entanglement")
    assert not named_by(spans, "{} wobble")
    assert named_by(spans, "policy: signature by admin 60eb5a323aa2c977")
    assert named_by(spans, "embedded proof-17.json")


# -- the window --------------------------------------------------------------------------------


def _click_link(qtbot, window: guide.GuideWindow, href: str) -> None:
    """Click, with the mouse, the first link to `href` in the topic shown."""
    browser = window.browser
    block = browser.document().begin()
    position = None
    while block.isValid() and position is None:
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().anchorHref() == href:
                position = fragment.position() + fragment.length() // 2
                break
            fragments += 1
        block = block.next()
    assert position is not None, f"no link to {href}"
    cursor = QTextCursor(browser.document())
    cursor.setPosition(position)
    browser.setTextCursor(cursor)
    browser.ensureCursorVisible()
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton,
                     pos=browser.cursorRect(cursor).center())


def test_a_link_opens_its_topic_and_back_and_forward_return(qtbot):
    window = guide.show_guide(None, "index", "en")
    qtbot.waitExposed(window)
    assert window.browser.toPlainText().startswith("Tijori at a glance")
    assert not window.back_button.isEnabled()

    _click_link(qtbot, window, "holdings.md")
    qtbot.waitUntil(lambda: window.topic == "holdings")
    assert window.browser.toPlainText().startswith("Holdings")
    assert window.topics.currentItem().text() == "Holdings"
    assert window.back_button.isEnabled()

    qtbot.mouseClick(window.back_button, Qt.MouseButton.LeftButton)
    assert window.topic == "index"
    assert window.browser.toPlainText().startswith("Tijori at a glance")
    qtbot.mouseClick(window.forward_button, Qt.MouseButton.LeftButton)
    assert window.topic == "holdings"

    # Nothing outside the guide is ever opened.
    assert not window.follow(QUrl("https://example.com/tijori"))
    assert window.topic == "holdings"
    assert "not opened" in window.note.text()


def test_search_lists_only_the_topics_that_mention_the_words(qtbot):
    window = guide.show_guide(None, "index", "en")
    qtbot.waitExposed(window)
    assert window.visible_topics() == list(guide.TOPICS)

    qtbot.keyClicks(window.search, "ULLAGE")
    expected = [t for t in guide.TOPICS if "ullage" in guide.topic_text(t, "en").lower()]
    assert "recording" in expected and "dashboard" not in expected
    assert window.visible_topics() == expected
    assert not window.nothing.isVisible()

    window.search.setText("Critical  ZONE")  # every word, in any case
    both = [t for t in guide.TOPICS
            if all(w in guide.topic_text(t, "en").casefold() for w in ("critical", "zone"))]
    assert "recording" in both and "verify" not in both
    assert window.visible_topics() == both

    window.search.setText("zzqx-no-such-word")
    assert window.visible_topics() == []
    assert window.nothing.isVisible()

    window.search.clear()
    assert window.visible_topics() == list(guide.TOPICS)


def test_a_second_show_guide_reuses_the_window(qtbot):
    first = guide.show_guide(None, "index", "en")
    qtbot.waitExposed(first)
    second = guide.show_guide(None, "keys", "en")
    assert second is first
    assert second.topic == "keys"
    assert second.browser.toPlainText().startswith("Keys and policy")
    assert second.isVisible() and not second.isModal()
    windows = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, guide.GuideWindow) and w.isVisible()]
    assert windows == [first]


def test_a_topic_missing_in_a_language_is_read_in_english(qtbot, tmp_path, monkeypatch):
    english = Path(str(resources.files("resources").joinpath("guide", "en")))
    shutil.copytree(english, tmp_path / "en")
    (tmp_path / "xx").mkdir()
    (tmp_path / "xx" / "index.md").write_text(
        "# Tijori auf einen Blick\n\nSiehe [Bestände](holdings.md).\n", "utf-8")
    monkeypatch.setattr(guide, "guide_root", lambda: tmp_path)

    window = guide.show_guide(None, "index", "xx")
    qtbot.waitExposed(window)
    assert window.browser.toPlainText().startswith("Tijori auf einen Blick")
    assert window.topics.item(0).text() == "Tijori auf einen Blick"
    assert window.read_in["index"] == "xx"
    assert window.read_in["holdings"] == "en"
    assert window.topics.item(2).text() == "Holdings"
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight

    _click_link(qtbot, window, "holdings.md")
    qtbot.waitUntil(lambda: window.topic == "holdings")
    assert window.browser.toPlainText().startswith("Holdings")  # the English page

    # Switching language reuses the window and re-reads every topic.
    assert guide.show_guide(None, "index", "en") is window
    assert window.browser.toPlainText().startswith("Tijori at a glance")


def test_urdu_is_right_to_left_and_never_empty(qtbot):
    window = guide.show_guide(None, "holdings", "ur")
    qtbot.waitExposed(window)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    text, _language = guide.read_topic("holdings", "ur")  # English until it is translated
    assert window.browser.toPlainText().startswith(guide.title_of(text))
    guide.show_guide(None, "holdings", "en")
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_text_follows_the_applications_font(qtbot):
    app = QApplication.instance()
    before_font, before_style = QFont(app.font()), app.styleSheet()
    window = guide.show_guide(None, "index", "en")
    qtbot.waitExposed(window)
    try:
        app.setStyleSheet("")
        bigger = QFont(before_font)
        bigger.setPointSizeF(before_font.pointSizeF() + 7)
        app.setFont(bigger)
        qtbot.waitUntil(lambda: window.browser.font().pointSizeF() == bigger.pointSizeF())
        assert window.browser.document().defaultFont().pointSizeF() == bigger.pointSizeF()

        app.setStyleSheet(stylesheet())  # as Tijori runs: the style sheet sets the size
        window.show_topic("dashboard")
        qtbot.waitUntil(lambda: window.browser.font().pointSizeF() == 11)
        assert window.browser.document().defaultFont().pointSizeF() == 11
    finally:
        app.setFont(before_font)
        app.setStyleSheet(before_style)


# -- the Urdu guide ----------------------------------------------------------------------------

#: Digits Urdu text must not use: Arabic-Indic and Extended Arabic-Indic (Tijori writes
#: quantities, serials and codes in Latin digits, so the guide does too).
NATIVE_DIGITS = re.compile("[\u0660-\u0669\u06f0-\u06f9]")
#: A letter of the Arabic script (Urdu is written in it).
ARABIC_LETTER = re.compile("[\u0600-\u06ff]")


def guide_folder(language: str) -> Path:
    return Path(str(resources.files("resources").joinpath("guide", language)))


def headings_of(markdown: str) -> list[int]:
    """The level of each heading, in order (a `#` inside a fenced code block is none)."""
    levels, fenced = [], False
    for line in markdown.split("\n"):
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced and (match := re.match(r"(#{1,6}) ", line)):
            levels.append(len(match.group(1)))
    return levels


def test_every_english_topic_has_an_urdu_file():
    english = sorted(p.name for p in guide_folder("en").glob("*.md"))
    urdu = sorted(p.name for p in guide_folder("ur").glob("*.md"))
    assert english == sorted(f"{topic}.md" for topic in guide.TOPICS)
    assert urdu == english  # none missing, none extra
    titles = []
    for topic in guide.TOPICS:
        text, language = guide.read_topic(topic, "ur")
        assert language == "ur", f"{topic}.md is read in {language}"
        assert text.startswith("# "), f"ur/{topic}.md does not start with its title"
        title = guide.title_of(text)
        assert ARABIC_LETTER.search(title), f"ur/{topic}.md's title {title!r} is not Urdu"
        assert title != guide.title_of(guide.topic_text(topic, "en"))
        titles.append(title)
        # Offline, plain CommonMark, as the English topics are.
        assert "://" not in text and "www." not in text, topic
        assert "![" not in text, topic
        assert not re.search(r"<[a-zA-Z/][^>]*>", text), topic
    assert len(set(titles)) == len(titles)


def test_each_urdu_topic_has_the_english_links_and_headings():
    for topic in guide.TOPICS:
        english = guide.topic_text(topic, "en")
        urdu = guide.topic_text(topic, "ur")
        assert sorted(guide.links_of(urdu)) == sorted(guide.links_of(english)), \
            f"ur/{topic}.md links to other targets than en/{topic}.md"
        assert len(headings_of(urdu)) == len(headings_of(english)), \
            f"ur/{topic}.md has {len(headings_of(urdu))} headings, " \
            f"en/{topic}.md {len(headings_of(english))}"
        assert headings_of(urdu) == headings_of(english), f"ur/{topic}.md's heading levels"
    # Every link still leads to a topic, and the first page still reaches them all.
    index = guide.links_of(guide.topic_text("index", "ur"))
    assert {guide.topic_of_link(target)[0] for target in index} >= set(guide.TOPICS) - {"index"}


def test_the_urdu_check_names_are_the_verifiers_own():
    """The verifier and the signer print their checks in English: the Urdu topics name
    them exactly as the English ones do, in code spans."""
    for topic in ("verify", "signer"):
        missing = code_spans(guide.topic_text(topic, "en")) - code_spans(
            guide.topic_text(topic, "ur"))
        assert not missing, f"ur/{topic}.md lacks {sorted(missing)}"


def test_the_urdu_holdings_topic_is_shown_right_to_left(qtbot):
    window = guide.show_guide(None, "holdings", "ur")
    qtbot.waitExposed(window)
    assert window.topic == "holdings"
    assert window.read_in["holdings"] == "ur"
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    text = guide.topic_text("holdings", "ur")
    title = guide.title_of(text)
    assert title == "ہولڈنگز"
    shown = window.browser.toPlainText()
    assert shown.startswith(title)
    assert not shown.startswith("Holdings")
    assert "تلاش کے خانے" in shown  # the Urdu text, not the English one
    assert window.topics.currentItem().text() == title
    assert all(ARABIC_LETTER.search(window.topics.item(row).text())
               for row in range(window.topics.count()))
    # The topic's own paragraphs are laid out right to left too.
    first = window.browser.document().begin()
    assert first.text() == title
    assert first.textDirection() == Qt.LayoutDirection.RightToLeft


def test_no_urdu_topic_has_arabic_indic_digits():
    files = sorted(guide_folder("ur").glob("*.md"))
    assert len(files) == len(guide.TOPICS)
    for path in files:
        text = path.read_text("utf-8")
        assert re.search(r"[0-9]", text), path.name  # the digits it has are Latin ones
        found = sorted(set(NATIVE_DIGITS.findall(text)))
        assert not found, f"ur/{path.name} has Arabic-Indic digits {found}"
