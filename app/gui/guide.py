"""The user guide: Markdown topics read offline, in a window of their own (F1, Help › Guide).

The topics are files in the `resources` package, `resources/guide/<language>/<topic>.md`,
read with `importlib.resources` (so they come with the wheel and the desktop bundle);
each starts with a `# Title` line, which names it in the list of topics. A topic missing
from a language is read in English. Links between topics (`[Holdings](holdings.md)`)
open inside the guide; a link to anything else is never followed: Tijori needs no
network, and its guide opens no browser.

    window = show_guide(parent, topic_for_page("holdings"), i18n.current())

One window is kept and reused: a second `show_guide` raises it at the topic asked for.
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import PurePosixPath
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import (
    QKeySequence,
    QShortcut,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextTable,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.gui import i18n
from app.gui.look import icon, set_role

#: Every topic, in the order the guide lists them.
TOPICS = ("index", "dashboard", "holdings", "recording", "import", "journal", "attest",
          "reports", "verify", "count", "keys", "signer", "shortcuts")
#: The language every topic is written in; others fall back to it topic by topic.
FALLBACK = "en"
#: The main window's pages (and the other windows) → the topic that explains them.
PAGE_TOPICS = {
    "dashboard": "dashboard", "holdings": "holdings", "import": "import",
    "attest": "attest", "reports": "reports", "verify": "verify", "keys": "keys",
    "signer": "signer", "journal": "journal", "record": "recording",
    "recording": "recording", "shortcuts": "shortcuts", "start": "index", "count": "count",
}
#: A Markdown link's target: `[text](target)`.
_LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")


def topic_for_page(key: str) -> str:
    """The topic for a main-window page key ("holdings") or window ("signer");
    the guide's first topic for anything else."""
    return PAGE_TOPICS.get(key, TOPICS[0])


def guide_root() -> Any:
    """The folder of the guide's languages (an importlib.resources Traversable)."""
    return resources.files("resources").joinpath("guide")


def read_topic(topic: str, language: str | None = None) -> tuple[str, str]:
    """(text, language it was read in) of `topic`: in `language` when that file exists,
    else in English. KeyError for a name that is not a topic."""
    if topic not in TOPICS:
        raise KeyError(topic)
    for code in dict.fromkeys((language or FALLBACK, FALLBACK)):
        try:
            data = guide_root().joinpath(code, f"{topic}.md").read_bytes()
        except (FileNotFoundError, NotADirectoryError):
            continue
        return data.decode("utf-8"), code
    raise FileNotFoundError(f"the guide has no topic {topic}.md")


def topic_text(topic: str, language: str | None = None) -> str:
    return read_topic(topic, language)[0]


def title_of(text: str) -> str:
    """A topic's title: its first line, without the '# '."""
    first = text.lstrip("\ufeff").split("\n", 1)[0].strip()
    return first.lstrip("#").strip() if first.startswith("# ") else first


def links_of(text: str) -> list[str]:
    """The targets of the Markdown links in `text`, in order."""
    return _LINK.findall(text)


def topic_of_link(target: str) -> tuple[str | None, str]:
    """(topic, fragment) a link names: `holdings.md` → ("holdings", ""); a link that
    leaves the guide (a scheme, a folder, not .md) gives (None, fragment)."""
    url = QUrl(target)
    if url.scheme() not in ("", "file", "qrc") or url.host():
        return None, ""
    path = PurePosixPath(url.path())
    if not url.path():
        return "", url.fragment()  # an anchor on the same page
    if path.suffix != ".md" or path.stem not in TOPICS:
        return None, ""
    return path.stem, url.fragment()


def _words(text: str) -> list[str]:
    return text.casefold().split()


def mirrored_tables(text: str) -> str:
    """Markdown `text` with the cells of every table row in the opposite order.

    Qt lays a table's first column out on the left whatever the direction of its text (a
    right-to-left QTextTableFormat included), so a right-to-left topic is handed its tables
    mirrored: its first column then shows on the right. Each column keeps its alignment
    (the delimiter row is mirrored with the others), and Qt mirrors an alignment itself in
    a right-to-left paragraph: numbers set to the right go to the left, the end of the
    cell in that direction, as in the application's right-to-left tables.
    """
    lines = []
    fence = ""
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped.startswith(("```", "~~~")):
            if not fence:
                fence = stripped[:3]
            elif stripped.startswith(fence):
                fence = ""
        elif not fence and stripped.startswith("|"):
            line = "| " + " | ".join(reversed(_cells(stripped))) + " |"
        lines.append(line)
    return "\n".join(lines)


def _cells(row: str) -> list[str]:
    """The cells of a Markdown table row (starting with "|"): split at the pipes that are
    neither escaped nor in a code span (as Qt's Markdown reader splits it)."""
    pieces, piece, i = [], "", 0
    while i < len(row):
        if row[i] == "\\":
            piece, i = piece + row[i:i + 2], i + 2
            continue
        if row[i] == "`":  # a code span runs to the next run of as many backticks
            run = len(row[i:]) - len(row[i:].lstrip("`"))
            end = row.find("`" * run, i + run)
            stop = i + run if end < 0 else end + run
            piece, i = piece + row[i:stop], stop
            continue
        if row[i] == "|":
            pieces.append(piece)
            piece = ""
        else:
            piece += row[i]
        i += 1
    pieces.append(piece)
    pieces = pieces[1:]  # before the leading pipe
    if pieces and pieces[-1] == "":  # after a closing pipe
        pieces.pop()
    return [cell.strip() for cell in pieces]


def tables_of(document: QTextDocument) -> list[QTextTable]:
    """The tables of `document`, in order (those inside tables too)."""
    found = []

    def walk(frame: QTextFrame) -> None:
        for child in frame.childFrames():
            if isinstance(child, QTextTable):
                found.append(child)
            walk(child)

    walk(document.rootFrame())
    return found


class GuideWindow(QWidget):
    """The guide: topics (and a search box) on the left, the topic on the right.

    Not modal: the custodian reads it beside the window they are working in.
    """

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("guide")
        self.setWindowIcon(icon("tijori"))
        self.setWindowTitle(self.tr("Tijori — Guide"))
        self.language = FALLBACK
        self.texts: dict[str, str] = {}
        self.read_in: dict[str, str] = {}
        self.topic = ""
        self.history: list[str] = []
        self.position = -1

        self.search = QLineEdit()
        self.search.setObjectName("guide_search")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.filter)
        self.search.returnPressed.connect(self._open_first)
        self.topics = QListWidget()
        self.topics.setObjectName("guide_topics")
        self.topics.setStyleSheet("QListWidget#guide_topics::item { padding: 5px 6px; }")
        self.topics.currentItemChanged.connect(self._picked)
        self.nothing = QLabel()
        self.nothing.setObjectName("guide_nothing")
        self.nothing.setWordWrap(True)
        set_role(self.nothing, "hint")
        self.nothing.hide()
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addWidget(self.topics, 1)
        column.addWidget(self.nothing)

        self.back_button = QPushButton(self.tr("◀ Back"))
        self.back_button.setObjectName("guide_back")
        self.back_button.setToolTip(self.tr("The topic before (Alt+Left)"))
        self.back_button.clicked.connect(self.back)
        self.forward_button = QPushButton(self.tr("Forward ▶"))
        self.forward_button.setObjectName("guide_forward")
        self.forward_button.setToolTip(self.tr("The topic after (Alt+Right)"))
        self.forward_button.clicked.connect(self.forward)
        self.note = QLabel()
        self.note.setObjectName("guide_note")
        self.note.setWordWrap(True)
        set_role(self.note, "hint")
        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addWidget(self.forward_button)
        bar.addWidget(self.note, 1)
        self.browser = QTextBrowser()
        self.browser.setObjectName("guide_text")
        # Every link is ours to follow: topics inside the guide, nothing outside it.
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self.follow)
        self.browser.document().setDocumentMargin(14)
        right = QWidget()
        text_column = QVBoxLayout(right)
        text_column.setContentsMargins(0, 0, 0, 0)
        text_column.addLayout(bar)
        text_column.addWidget(self.browser, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(1, False)
        splitter.setSizes([240, 760])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        for keys, slot in ((QKeySequence("Alt+Left"), self.back),
                           (QKeySequence("Alt+Right"), self.forward),
                           (QKeySequence(QKeySequence.StandardKey.Find), self._focus_search),
                           (QKeySequence(Qt.Key.Key_Escape), self._escape)):
            QShortcut(keys, self, activated=slot)

        self.resize(1000, 700)
        self.set_language(language)

    # -- content ---------------------------------------------------------------------------

    def set_language(self, language: str | None) -> None:
        """Read every topic in `language` (English where it has none) and show them."""
        self.language = language or FALLBACK
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft
                                if self.language in i18n.RIGHT_TO_LEFT
                                else Qt.LayoutDirection.LeftToRight)
        self.texts, self.read_in = {}, {}
        for topic in TOPICS:
            self.texts[topic], self.read_in[topic] = read_topic(topic, self.language)
        self.search.setPlaceholderText(self.tr("Search the guide…"))
        self.topics.blockSignals(True)
        self.topics.clear()
        for topic in TOPICS:
            item = QListWidgetItem(title_of(self.texts[topic]))
            item.setData(Qt.ItemDataRole.UserRole, topic)
            self.topics.addItem(item)
        self.topics.blockSignals(False)
        self.filter(self.search.text())
        if self.topic:
            self._render()

    def title(self, topic: str) -> str:
        return title_of(self.texts[topic])

    def show_topic(self, topic: str, *, remember: bool = True, anchor: str = "") -> None:
        """Show `topic` (the first topic for a name the guide does not have)."""
        if topic not in TOPICS:
            topic = TOPICS[0]
        if remember and topic != self.topic:
            del self.history[self.position + 1:]
            self.history.append(topic)
            self.position = len(self.history) - 1
        self.topic = topic
        self._render()
        if anchor:
            self.browser.scrollToAnchor(anchor)
        self._select(topic)
        self._buttons()

    def direction(self) -> Qt.LayoutDirection:
        """The direction of the topic showing: that of the language it is written in (an
        English topic, where the language has none, reads left to right)."""
        return (Qt.LayoutDirection.RightToLeft
                if self.read_in.get(self.topic, self.language) in i18n.RIGHT_TO_LEFT
                else Qt.LayoutDirection.LeftToRight)

    def _render(self) -> None:
        document = self.browser.document()
        # The document's font is the widget's: the application's, at its size.
        document.setDefaultFont(self.browser.font())
        direction = self.direction()
        right_to_left = direction == Qt.LayoutDirection.RightToLeft
        # Paragraphs, lists and table cells in the topic's direction, even those that start
        # with a Latin word or a code; blocks of code (a command, a CSV) left to right.
        option = document.defaultTextOption()
        option.setTextDirection(direction)
        document.setDefaultTextOption(option)
        text = self.texts[self.topic]
        self.browser.setMarkdown(mirrored_tables(text) if right_to_left else text)
        for table in tables_of(document):
            table_format = table.format()
            table_format.setLayoutDirection(direction)
            if right_to_left:  # at the right margin, where the page starts
                table_format.setAlignment(Qt.AlignmentFlag.AlignRight)
            table.setFormat(table_format)
        if right_to_left:
            block = document.begin()
            while block.isValid():
                block_format = block.blockFormat()
                if block_format.hasProperty(QTextFormat.Property.BlockCodeLanguage):
                    block_format.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
                    QTextCursor(block).setBlockFormat(block_format)
                block = block.next()
        self.browser.verticalScrollBar().setValue(0)
        self.note.setText("")
        words = _words(self.search.text())
        if words:  # the first place the search found, selected and in view
            self.browser.find(words[0])

    def _select(self, topic: str) -> None:
        self.topics.blockSignals(True)
        for row in range(self.topics.count()):
            item = self.topics.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == topic:
                self.topics.setCurrentItem(item)
                break
        self.topics.blockSignals(False)

    def _picked(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        if item is not None:
            self.show_topic(item.data(Qt.ItemDataRole.UserRole))

    # -- links, back and forward -----------------------------------------------------------

    def follow(self, url: QUrl | str) -> bool:
        """Follow a link clicked in the topic: another topic, or a place on this one.
        Anything else is not opened (True when the link was followed)."""
        topic, anchor = topic_of_link(url.toString() if isinstance(url, QUrl) else url)
        if topic is None:
            self.note.setText(self.tr("That link leads outside the guide and is not opened: "
                                      "Tijori works without a network."))
            return False
        if topic == "":
            self.browser.scrollToAnchor(anchor)
            return True
        self.show_topic(topic, anchor=anchor)
        return True

    def back(self) -> None:
        if self.position > 0:
            self.position -= 1
            self.show_topic(self.history[self.position], remember=False)

    def forward(self) -> None:
        if self.position < len(self.history) - 1:
            self.position += 1
            self.show_topic(self.history[self.position], remember=False)

    def _buttons(self) -> None:
        self.back_button.setEnabled(self.position > 0)
        self.forward_button.setEnabled(self.position < len(self.history) - 1)

    # -- search ----------------------------------------------------------------------------

    def matches(self, text: str) -> list[str]:
        """The topics whose text holds every word of `text` (any case), in guide order."""
        words = _words(text)
        return [topic for topic in TOPICS
                if all(word in self.texts[topic].casefold() for word in words)]

    def filter(self, text: str) -> list[str]:
        """Show only the topics that mention `text`; returns them."""
        found = set(self.matches(text))
        for row in range(self.topics.count()):
            item = self.topics.item(row)
            item.setHidden(item.data(Qt.ItemDataRole.UserRole) not in found)
        self.nothing.setText(self.tr("No topic mentions “{text}”.").format(text=text.strip()))
        self.nothing.setVisible(not found)
        if found and self.topic and _words(text):
            self._render()  # mark the first place the words appear
        return [topic for topic in TOPICS if topic in found]

    def visible_topics(self) -> list[str]:
        return [self.topics.item(row).data(Qt.ItemDataRole.UserRole)
                for row in range(self.topics.count()) if not self.topics.item(row).isHidden()]

    def _open_first(self) -> None:
        shown = self.visible_topics()
        if shown:
            self.show_topic(self.topic if self.topic in shown else shown[0])
            self.browser.setFocus()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _escape(self) -> None:
        if self.search.text():
            self.search.clear()
        else:
            self.close()

    # -- following the application's font ----------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange,
                            QEvent.Type.StyleChange) and self.topic:
            self._render()


_window: GuideWindow | None = None


def showing() -> GuideWindow | None:
    """The guide's window when it shows."""
    if _window is not None and shiboken6.isValid(_window) and _window.isVisible():
        return _window
    return None


def renew(parent: QWidget | None) -> GuideWindow | None:
    """The guide, when it shows, built again over `parent` at the topic it showed and in
    the application's language now: after a change of language (its title and buttons
    took their words when built). None when it does not show."""
    global _window
    old = showing()
    if old is None:
        return None
    topic, geometry = old.topic, old.geometry()
    old.hide()
    old.deleteLater()
    _window = None
    window = show_guide(parent, topic or TOPICS[0])
    window.setGeometry(geometry)
    return window


def show_guide(parent: QWidget | None, topic: str = "index",
               language: str | None = None) -> GuideWindow:
    """Open the guide at `topic`, in `language` (the application's when None). The window
    is made once and reused: a second call raises it and turns to the topic."""
    global _window
    language = language or i18n.current()
    if _window is None or not shiboken6.isValid(_window):
        _window = GuideWindow(parent, language)
    elif _window.language != language:
        _window.set_language(language)
    _window.show_topic(topic)
    _window.show()
    _window.setWindowState(_window.windowState() & ~Qt.WindowState.WindowMinimized)
    _window.raise_()
    _window.activateWindow()
    return _window
