"""The signer's pinned policy in words, and the question asked before pinning a successor.

The signer works under the policy pinned in its data folder (`app.services.signing`).
A new version signed by the pinned version's administrators is pinned only once the
key holder has read what it changes and compared its digest words with the
administrators': `confirm_successor` asks (tests replace it, as they do the modal
dialogs of `app.gui.dialogs`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.gui.checklist import unbroken
from app.gui.i18n import tr
from app.gui.look import set_role
from app.gui.palette import INK, SECONDARY
from app.gui.screen_fit import scrolled

DIALOG_STYLE = ("QWidget { font-size: 13pt; } "
                f'QLabel[role="title"] {{ font-size: 17pt; font-weight: 600; color: {INK}; }} '
                f'QLabel#words {{ font-size: 17pt; font-weight: 700; color: {INK}; }}')



def role_name(role: str) -> str:
    """A policy's role in the interface's language (the policy itself keeps the English)."""
    return {"custodian": tr("custodian"), "auditor": tr("auditor"), "admin": tr("admin"),
            "report-signer": tr("report-signer"), "operator": tr("operator")}.get(role, role)


def word_lines(words: list[str] | tuple[str, ...], per_line: int = 4) -> str:
    """Digest words in lines of `per_line`, so a line never breaks inside the list."""
    words = list(words)
    return "\n".join("  ".join(words[i:i + per_line]) for i in range(0, len(words), per_line))


def grouped_hex(digest: str, per_line: int = 4) -> str:
    """A hex digest in groups of 8 digits, `per_line` groups a line."""
    groups = [digest[i:i + 8] for i in range(0, len(digest), 8)]
    return "\n".join(" ".join(groups[i:i + per_line]) for i in range(0, len(groups), per_line))


def policy_lines(info: dict[str, Any]) -> str:
    """A pinned policy in a few lines: name, version, expiry, each role's keys."""
    lines = [tr("{name} — version {version}").format(name=info["name"],
                                                       version=info["version"]),
             tr("expires {expires}").format(expires=info["expires"])]
    for role, spec in sorted(info["roles"].items()):
        lines.append(tr("{role}: {threshold} of {count} ({names})").format(
            role=role_name(role), threshold=spec["threshold"], count=len(spec["keys"]),
            names=", ".join(k["name"] for k in spec["keys"])))
    return "\n".join(lines)


class SuccessorDialog(QDialog):
    """What a new version of the pinned policy changes, its digest words, and the question."""

    def __init__(self, info: dict[str, Any], pinned: dict[str, Any] | None, source: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("A new version of the trust policy"))
        self.setStyleSheet(DIALOG_STYLE)
        self.setMinimumWidth(640)
        self.resize(800, 640)  # within a 1024×768 screen
        version, was = info["version"], pinned["version"] if pinned else info["version"] - 1
        title = QLabel(tr("Pin version {version} of the trust policy?").format(version=version))
        set_role(title, "title")
        intro = QLabel(tr("{source} is version {version}, signed by the administrators of "
                          "version {was}, the policy pinned on this PC. Read what it changes, "
                          "and compare its words with the administrators' before you pin it.")
                       .format(source=source, version=version, was=was))
        intro.setWordWrap(True)
        self.change_labels: list[QLabel] = []
        changes = QFrame()
        changes.setProperty("role", "card")
        listing = QGridLayout(changes)
        listing.setColumnStretch(1, 1)
        listing.setVerticalSpacing(6)
        for row, change in enumerate(info["changes"]):
            bullet = QLabel("•")
            label = QLabel(unbroken(change))  # a hanging indent; times never in fragments
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            listing.addWidget(bullet, row, 0, Qt.AlignmentFlag.AlignTop)
            listing.addWidget(label, row, 1, Qt.AlignmentFlag.AlignTop)
            self.change_labels.append(label)
        listing.setRowStretch(len(info["changes"]), 1)
        self.change_texts = list(info["changes"])
        scroll = scrolled(changes)
        heading = QLabel(tr("It changes:"))
        heading.setStyleSheet("font-weight: 600;")
        words_heading = QLabel(tr("Its digest, as words to compare with the administrators':"))
        words_heading.setWordWrap(True)
        words_heading.setStyleSheet("font-weight: 600;")
        self.words = QLabel(word_lines(info["words"]))
        self.words.setObjectName("words")
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.digest = QLabel(grouped_hex(info["digest"]))
        self.digest.setStyleSheet("font-family: 'DejaVu Sans Mono', monospace; "
                                  f"font-size: 12pt; color: {SECONDARY};")
        self.digest.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox()
        self.pin_button = QPushButton(tr("Pin version {version}").format(version=version))
        self.keep_button = QPushButton(tr("Keep version {was}").format(was=was))
        buttons.addButton(self.pin_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.keep_button.setDefault(True)  # Enter does not pin
        self.keep_button.setAutoDefault(True)
        self.pin_button.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (title, intro, heading):
            layout.addWidget(widget)
        layout.addWidget(scroll, 1)
        layout.addWidget(words_heading)
        layout.addWidget(self.words)
        layout.addWidget(self.digest)
        layout.addWidget(buttons)

    def changes(self) -> list[str]:
        """The changes listed, as the policy service wrote them."""
        return list(self.change_texts)


def confirm_successor(parent: QWidget | None, info: dict[str, Any],
                      pinned: dict[str, Any] | None, source: str) -> bool:
    """Show what the successor `info` changes and its words; True to pin it."""
    dialog = SuccessorDialog(info, pinned, source, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
