"""A holding's history as a timeline of sentences, and the details of one event.

`HistoryDialog(holding, events, parent)` takes the events as `overview.history`
or `journal_browser.history` gives them (dicts, or `timeline.Entry`), and says each
in the application's language (`as_entries`): one row per
event, "2026-12-05 09:14 · alice · Transferred … (event 31)", newest or oldest
first; each event's documents by name beneath it (the SHA-256 on hover and in
the details); the raw payload, for auditors, in a details area that starts
closed. `EventDetails` is that area, shared with the Journal window.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.gui.i18n import timeline_words, tr
from app.gui.look import set_role
from app.gui.names import name as code_name
from app.services import timeline
from app.services.timeline import Entry

#: A list in a payload longer than this shows its first items and how many more.
LIST_SHOWN = 20
ENTRY_ROLE = Qt.ItemDataRole.UserRole


def as_entries(events: Iterable[Any]) -> list[Entry]:
    """Events as `overview.history` gives them, or already described (in English, by the
    services), as entries in the application's language."""
    return [said(e) for e in events]


def said(event: Any) -> Entry:
    """One event, or an entry the services described, in the application's language."""
    return timeline.describe(event, timeline_words, code_name)


def _trimmed(value: Any) -> Any:
    """A payload with long lists cut short (a calibration table's rows), for reading."""
    if isinstance(value, dict):
        return {k: _trimmed(v) for k, v in value.items()}
    if isinstance(value, list):
        shown = [_trimmed(v) for v in value[:LIST_SHOWN]]
        if len(value) > LIST_SHOWN:
            shown.append(tr("… {n} more").format(n=f"{len(value) - LIST_SHOWN:,}"))
        return shown
    return value


def entry_text(entry: Entry) -> str:
    """The entry as the copied text gives it: its line, then its documents."""
    lines = [entry.line]
    lines += ["    " + tr("document {name}  sha256 {digest}").format(name=name, digest=digest)
              for name, digest in entry.documents]
    return "\n".join(lines)


class WrappingDelegate(QStyledItemDelegate):
    """Wraps one column's text over as many lines as its width needs (a tree view's own
    word wrap keeps every row one line high)."""

    def __init__(self, view: QTreeWidget, column: int) -> None:
        super().__init__(view)
        self.view = view
        self.column = column

    def initStyleOption(self, option: QStyleOptionViewItem, index: Any) -> None:
        super().initStyleOption(option, index)
        if index.column() == self.column:
            option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:
        size = super().sizeHint(option, index)
        if index.column() != self.column:
            return size
        shown = QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        width = max(80, self.view.header().sectionSize(self.column) - 16)
        text = shown.fontMetrics.boundingRect(QRect(0, 0, width, 1 << 20),
                                              int(Qt.TextFlag.TextWordWrap), shown.text)
        return QSize(size.width(), max(size.height(), text.height() + 8))


class EventDetails(QWidget):
    """One event in full: kind, hash, documents with their SHA-256, the payload."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QPlainTextEdit()
        self.text.setObjectName("event_details")
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)
        self.show_entry(None)

    def show_entry(self, entry: Entry | None) -> None:
        if entry is None:
            self.heading.setText(self.tr("Choose an event to see its details."))
            self.text.clear()
            return
        # The kind by name, and by the code `tijori journal log --kind` takes.
        facts = self.tr("kind {kind}").format(
            kind=f"{timeline.kind_name(entry.kind, timeline_words)} ({entry.kind})")
        if entry.hash:
            facts += " · " + self.tr("event hash {hash}").format(hash=entry.hash)
        self.heading.setText(f"{entry.line}\n{facts}")
        parts = []
        if entry.documents:
            parts.append(self.tr("Documents (SHA-256):"))
            parts += [f"  {name}\n    {digest}" for name, digest in entry.documents]
            parts.append("")
        parts.append(self.tr("Payload:"))
        parts.append(json.dumps(_trimmed(entry.details), ensure_ascii=False, indent=2))
        self.text.setPlainText("\n".join(parts))


class HistoryDialog(QDialog):
    """Every journal event that touched one holding, as a timeline of sentences."""

    def __init__(self, holding: int | str, events: Sequence[Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.holding = holding
        self.entries = as_entries(events)
        self.setWindowTitle(self.tr("History of holding {id}").format(id=holding))
        self.resize(900, 520)

        self.summary = QLabel()
        set_role(self.summary, "hint")
        self.newest_first = QCheckBox(self.tr("Newest first"))
        self.newest_first.setObjectName("newest_first")
        self.newest_first.setChecked(True)
        self.newest_first.toggled.connect(lambda *_: self._fill())
        self.copy_button = QPushButton(self.tr("Copy as text"))
        self.copy_button.setObjectName("copy_text")
        self.copy_button.clicked.connect(self.copy_text)
        self.details_button = QPushButton(self.tr("Show details"))
        self.details_button.setObjectName("show_details")
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._toggle_details)

        self.events = QTreeWidget()
        self.events.setObjectName("history")
        self.events.setHeaderLabels([self.tr("When (UTC)"), self.tr("Who"), self.tr("What")])
        self.events.setWordWrap(True)
        self.events.setUniformRowHeights(False)
        self.events.setItemDelegate(WrappingDelegate(self.events, 2))
        self.events.setStyleSheet("QTreeView::item { padding: 2px 8px 2px 0px; }")
        self.events.setAlternatingRowColors(True)
        self.events.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.events.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        # Wrapped rows take their height from the sentence column's width: lay them out
        # again when it changes.
        header.sectionResized.connect(lambda *_: self.events.scheduleDelayedItemsLayout())
        self.events.currentItemChanged.connect(lambda *_: self._selected())
        self.details = EventDetails()
        self.details.hide()

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.events)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.newest_first)
        bar.addWidget(self.details_button)
        bar.addWidget(self.copy_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self._fill()

    def ordered(self) -> list[Entry]:
        return sorted(self.entries, key=lambda e: e.seq, reverse=self.newest_first.isChecked())

    def _fill(self) -> None:
        self.events.clear()
        for entry in self.ordered():
            item = QTreeWidgetItem([entry.shown_time, entry.actor, entry.sentence])
            item.setData(0, ENTRY_ROLE, entry.seq)
            for column in (0, 1, 2):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignLeft
                                      | Qt.AlignmentFlag.AlignTop)
            item.setToolTip(2, entry.sentence)
            for name, digest in entry.documents:
                document = QTreeWidgetItem(item, ["", "", self.tr("Document: {name}").format(
                    name=name)])
                document.setToolTip(2, f"SHA-256 {digest}")
                document.setData(0, ENTRY_ROLE, entry.seq)
            self.events.addTopLevelItem(item)
        self.events.expandAll()
        if not self.entries:
            self.events.addTopLevelItem(QTreeWidgetItem(["", "", self.tr("No events.")]))
        count = len(self.entries)
        self.summary.setText(self.tr("{n} event(s) touched holding {id}.").format(
            n=f"{count:,}", id=self.holding))

    def sentences(self) -> list[str]:
        """What the rows say, top to bottom (for tests and for reading aloud)."""
        return [self.events.topLevelItem(i).text(2)
                for i in range(self.events.topLevelItemCount())]

    def text(self) -> str:
        title = self.windowTitle()
        return "\n".join([title, "", *(entry_text(e) for e in self.ordered())]) + "\n"

    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(self.text())

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setText(self.tr("Hide details") if shown else self.tr("Show details"))
        self._selected()

    def _selected(self) -> None:
        item = self.events.currentItem()
        seq = item.data(0, ENTRY_ROLE) if item is not None else None
        self.details.show_entry(next((e for e in self.entries if e.seq == seq), None))
