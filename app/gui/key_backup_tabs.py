"""Back a signing key up as SLIP-39 shares, and restore it from them: two tabs of the Keys page.

The GUI twin of `tijori keys backup` and `tijori keys restore`, over the same service
(`app.services.key_backup`). The backup writes one printable sheet per share holder. The
restore takes the shares one at a time, each typed into a line whose words complete from
the SLIP-39 word list; a share is checked as soon as it has all its words (a word that is
no SLIP-39 word as soon as it is typed), against the first share too, and the next line
appears once it passes, until the set's threshold is reached. The shares can then be
tested (nothing written) or restored into a new key file under a new passphrase.

Unlocking a key costs an Argon2id derivation and SLIP-39 a PBKDF2, so both run off the GUI
thread through the page's `_background` (one `Op`); errors go next to their field, those
of the shares under the shares.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import InvalidInput
from app.gui.file_field import FileField, FolderField
from app.gui.forms import Form
from app.gui.i18n import say, tr
from app.gui.keys_page import (
    _password,
    _result,
    _result_label,
    check_existing,
    check_name,
    check_new_file,
    check_passphrase,
    passphrase_strength,
)
from app.gui.look import set_role
from app.gui.strength_meter import StrengthMeter, place_under
from app.gui.workers import Job
from app.services import key_backup
from app.services.key_backup import SHARE_WORDS, WORDS, ShareInfo

if TYPE_CHECKING:
    from app.gui.keys_page import KeysPage

WORD_SET = frozenset(WORDS)
#: What the completer is asked for when no word is being typed: it matches no word.
NO_WORD = " "
HEX = frozenset("0123456789abcdef")
#: The keys that take the word the completer offers.
TAKE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)


def check_folder(text: str) -> None:
    if not Path(text).is_dir():
        raise InvalidInput(tr("there is no folder {folder}").format(folder=text))


def check_keyid(text: str) -> None:
    value = text.strip().lower()
    if len(value) != 64 or not set(value) <= HEX:
        raise InvalidInput(tr("a keyid is 64 hexadecimal digits, as on the share sheets"))


def current_word(text: str) -> str:
    """The word being typed: the line's last, unless a space already follows it."""
    return "" if not text or text[-1].isspace() else text.split()[-1]


class WordCompleter(QCompleter):
    """Completes the word being typed (the last of its line edit's text) from `words`. A
    completion replaces that word, keeps the words before it, and adds a space for the
    next word."""

    def __init__(self, words: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(list(words), parent)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setModelSorting(QCompleter.ModelSorting.CaseInsensitivelySortedModel)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setMaxVisibleItems(8)
        self._head = ""

    def splitPath(self, path: str) -> list[str]:
        word = current_word(path)
        # What comes before the word is kept as typed, also while the arrows walk the list.
        self._head = path[:len(path) - len(word)]
        return [word.lower()] if word else [NO_WORD]

    def pathFromIndex(self, index: QModelIndex) -> str:
        return f"{self._head}{super().pathFromIndex(index)} "

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter or Tab takes the word chosen in the list, or else the first offered."""
        popup = self.popup()
        if watched is popup and popup.isVisible() and event.type() == QEvent.Type.KeyPress \
                and event.key() in TAKE_KEYS and isinstance(self.widget(), QLineEdit):
            index = popup.currentIndex()
            if not index.isValid():
                index = self.completionModel().index(0, 0)
            if index.isValid():  # an index of the completion model, not the word list
                self.widget().setText(f"{self._head}{index.data()} ")
                popup.hide()
                return True
        return super().eventFilter(watched, event)


class ShareEntry(QWidget):
    """One share typed word by word, and what its check says under it."""

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self.line = QLineEdit()
        self.line.setObjectName(f"share_{number}")
        self.line.setPlaceholderText(self.tr(
            "The {count} words of a share, in order; each completes as you type").format(
                count=SHARE_WORDS))
        self.completer = WordCompleter(WORDS, self.line)
        self.line.setCompleter(self.completer)
        self.status = QLabel()
        self.status.setObjectName(f"share_status_{number}")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.line)
        column.addWidget(self.status)
        self.say("")

    @property
    def text(self) -> str:
        return self.line.text()

    def say(self, text: str, role: str = "hint") -> None:
        self.status.setText(text)
        set_role(self.status, role)
        self.status.setVisible(bool(text))


def _key_lines(info: dict[str, Any]) -> str:
    return tr("keyid {keyid}\nfingerprint {fingerprint}\nwords: {words}").format(
        keyid=info["keyid"], fingerprint=info["fingerprint"], words=info["words"])


# -- back up a key ---------------------------------------------------------------------------


class BackupTab(QWidget):
    """Split a key into SLIP-39 shares, one printable sheet per holder."""

    backed_up = Signal(dict)

    def __init__(self, page: KeysPage) -> None:
        super().__init__()
        self.page = page
        intro = QLabel(self.tr(
            "Split a signing key into shares for several people to keep: any threshold of "
            "them together restore the key, fewer tell nothing of it. Each share is written "
            "as a sheet to print for its holder."))
        intro.setWordWrap(True)
        set_role(intro, "hint")
        self.form = Form(QFormLayout(), whole=self._check_whole)
        f = self.form
        self.key_path = f.add("key_path", self.tr("Key file:"), FileField(
            self.tr("The key file to back up"), self.tr("Key files (*.key);;All files (*)"),
            key="keys"), check_existing)
        self.passphrase = f.add("passphrase", self.tr("Passphrase:"), _password(),
                                hint=self.tr("The key file's passphrase."))
        self.count = QSpinBox()
        self.count.setRange(1, key_backup.MAX_SHARES)
        self.count.setValue(5)
        f.add("shares", self.tr("Shares:"), self.count,
              hint=self.tr("How many people keep a share (1 to {most}).").format(
                  most=key_backup.MAX_SHARES))
        self.threshold = QSpinBox()
        self.threshold.setRange(1, key_backup.MAX_SHARES)
        self.threshold.setValue(3)
        f.add("threshold", self.tr("Threshold:"), self.threshold,
              hint=self.tr("How many of the shares together restore the key: at least 2, "
                           "and no more than there are shares."))
        self.slip39_passphrase = f.add(
            "slip39_passphrase", self.tr("SLIP-39 passphrase:"), _password(), required=False,
            hint=self.tr("Optional: the shares then restore the key only with it. Keep it "
                         "apart from the sheets; without it the shares are worthless."))
        self.slip39_passphrase2 = f.add("slip39_passphrase2", self.tr("Repeat it:"), _password(),
                                        required=False)
        self.out_dir = f.add("out_dir", self.tr("Folder:"), FolderField(
            self.tr("Where to write the share sheets"), "", key="key-backups"), check_folder,
            hint=self.tr("Where share-N-of-COUNT.pdf are written, readable only by you."))
        self.text = QCheckBox(self.tr("Also write each share's words as a text file "
                                      "(for a scripted ceremony)"))
        f.add("text", "", self.text, required=False)
        f.finish()
        self.button = QPushButton(self.tr("Back up the key"))
        self.button.setObjectName("backup_button")
        set_role(self.button, "primary")
        self.button.clicked.connect(self.backup)
        self.page._track(f, self.button)
        self.result = _result_label()
        self.result.setObjectName("backup_result")
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addLayout(f.layout)
        column.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.result)
        column.addStretch(1)

    def _check_whole(self, values: dict[str, str]) -> None:
        key_backup.check_split(self.threshold.value(), self.count.value())
        if self.slip39_passphrase.text() != self.slip39_passphrase2.text():
            raise InvalidInput(self.tr("the two SLIP-39 passphrases differ"),
                               "slip39_passphrase2")

    def backup(self) -> Job | None:
        if not self.form.touch_all():
            return None
        values = self.form.values()
        key_path, out_dir = values["key_path"], values["out_dir"]
        secret, extra = self.passphrase.text(), self.slip39_passphrase.text()
        threshold, count, text = self.threshold.value(), self.count.value(), self.text.isChecked()
        _result(self.result, "")

        def done(info: dict) -> None:
            self.form.reset(("passphrase", "slip39_passphrase", "slip39_passphrase2"))
            lines = self.tr("Split the key {name} into {count} shares; any {threshold} of "
                            "them restore it.").format(name=info["name"], count=info["count"],
                                                       threshold=info["threshold"])
            files = ", ".join(Path(path).name for path in info["files"])
            _result(self.result, f"{lines}\n{_key_lines(info)}\n" + self.tr(
                "Written in {folder}, readable only by you: {files}.\nPrint each sheet for "
                "its holder, then delete these files.").format(folder=out_dir, files=files))
            self.backed_up.emit(info)

        return self.page._background(
            lambda: key_backup.backup(key_path, secret, threshold=threshold, count=count,
                                      out_dir=out_dir, slip39_passphrase=extra, text=text),
            self.tr("Unlocking the key and writing the shares…"), done, self.form, self.button)


# -- restore a key ---------------------------------------------------------------------------


def _same_label_width(*layouts: QFormLayout) -> None:
    """Give the labels of `layouts` (one above the other) one width, so their fields line up."""
    labels = [item.widget() for layout in layouts for row in range(layout.rowCount())
              if (item := layout.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
              and isinstance(item.widget(), QLabel)]
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)


class RestoreForm(Form):
    """The restore's own fields; a refusal of anything else (the shares, the expected
    keyid) goes where the `options` form shows it."""

    def __init__(self, layout: QFormLayout, whole: Callable[[dict[str, str]], Any],
                 options: Form) -> None:
        super().__init__(layout, whole)
        self.options = options

    def claim(self, exc: BaseException) -> bool:
        if isinstance(exc, InvalidInput) and exc.field not in self.fields:
            return self.options.claim(exc)
        return super().claim(exc)


class RestoreTab(QWidget):
    """Type the shares one at a time, then test them or restore the key into a new file."""

    tested = Signal(dict)
    restored = Signal(dict)

    def __init__(self, page: KeysPage) -> None:
        super().__init__()
        self.page = page
        self.entries: list[ShareEntry] = []
        self.good: list[ShareInfo] = []
        self.problem = ""
        self._options_ok = False
        self._labels_column: tuple[QFormLayout, ...] = ()
        intro = QLabel(self.tr(
            "Type the shares one at a time, each holder from their sheet. Each word completes "
            "from the SLIP-39 word list (Enter or Tab takes the word offered); a share is "
            "checked as soon as it has all its {count} words.").format(count=SHARE_WORDS))
        intro.setWordWrap(True)
        set_role(intro, "hint")

        shares_box = QGroupBox(self.tr("Shares"))
        self.rows = QFormLayout()
        self.summary = QLabel()
        self.summary.setObjectName("shares_summary")
        self.summary.setWordWrap(True)
        self.clear_button = QPushButton(self.tr("Clear the shares"))
        self.clear_button.clicked.connect(self.clear_shares)
        inner = QVBoxLayout(shares_box)
        inner.addLayout(self.rows)
        under = QHBoxLayout()
        under.addWidget(self.summary, 1)
        under.addWidget(self.clear_button, 0,
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        inner.addLayout(under)

        # The options a test needs; the form's own message line (its refusals of the
        # shares, as the service words them) sits under the shares.
        self.options = Form(QFormLayout(), whole=self._check_shares_whole)
        o = self.options
        self.slip39_passphrase = o.add(
            "slip39_passphrase", self.tr("SLIP-39 passphrase:"), _password(), required=False,
            hint=self.tr("Only if the shares were made with one."))
        self.expected_keyid = o.add(
            "keyid", self.tr("Expected keyid:"), QLineEdit(), check_keyid, required=False,
            hint=self.tr("Optional: the keyid on the share sheets; the shares must give it."))
        o.general.setObjectName("shares_error")
        inner.addWidget(o.general)
        inner.addLayout(o.layout)
        self.test_button = QPushButton(self.tr("Test the shares"))
        self.test_button.setObjectName("test_button")
        self.test_button.setToolTip(self.tr("Combine the shares in memory and show the key "
                                            "they give; nothing is written."))
        self.test_button.clicked.connect(self.test_shares)
        self.page._track(o, self.test_button)
        inner.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.test_result = _result_label()  # under the button that asked for it
        self.test_result.setObjectName("test_result")
        inner.addWidget(self.test_result)

        restore_box = QGroupBox(self.tr("Restore to a key file"))
        self.restore_form = RestoreForm(QFormLayout(), self._check_restore_whole, o)
        r = self.restore_form
        self.key_name = r.add("name", self.tr("Name:"), QLineEdit(), check_name,
                              hint=self.tr("The key's name, as on the share sheets."))
        self.new_passphrase = r.add(
            "passphrase", self.tr("New passphrase:"), _password(),
            lambda _: check_passphrase(self.new_passphrase.text(), self.key_name.text()))
        self.meter = StrengthMeter(advice=False)
        place_under(self.new_passphrase, self.meter)
        self.new_passphrase2 = r.add("passphrase2", self.tr("Repeat it:"), _password())
        self.out = r.add("out", self.tr("Key file:"), FileField(
            self.tr("Where to write the restored key"), self.tr("Key files (*.key)"),
            key="keys", save=True, suggested="restored.key"), check_new_file,
            hint=self.tr("A new file, readable only by you; an existing file is never "
                         "overwritten."))
        r.finish()
        self.new_passphrase.textChanged.connect(self._show_strength)
        self.key_name.textChanged.connect(self._show_strength)
        self.key_name.textChanged.connect(self._suggest_key_file)
        self._show_strength()
        self.restore_button = QPushButton(self.tr("Restore to a key file"))
        self.restore_button.setObjectName("restore_button")
        set_role(self.restore_button, "primary")
        self.restore_button.clicked.connect(self.restore_key)
        self.page._track(r, self.restore_button)
        restore_column = QVBoxLayout(restore_box)
        restore_column.addLayout(r.layout)
        restore_column.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.result = _result_label()
        self.result.setObjectName("restore_result")
        restore_column.addWidget(self.result)

        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addWidget(shares_box)
        column.addWidget(restore_box)
        column.addStretch(1)
        self.options.validity.connect(self._options_judged)
        self._add_entry()
        self._judge()
        self._labels_column = (self.rows, o.layout, r.layout)
        _same_label_width(*self._labels_column)

    # -- the shares, one at a time -------------------------------------------------------

    def _add_entry(self) -> ShareEntry:
        entry = ShareEntry(len(self.entries) + 1)
        entry.line.textChanged.connect(lambda _text, e=entry: self._edited(e))
        self.rows.addRow(self.tr("Share {number}:").format(number=entry.number), entry)
        self.entries.append(entry)
        if self._labels_column:
            _same_label_width(*self._labels_column)
        return entry

    def clear_shares(self) -> None:
        """Forget every share typed: one empty line again."""
        while self.rows.rowCount():
            self.rows.removeRow(0)
        self.entries.clear()
        self._add_entry()
        self._judge()

    def _edited(self, entry: ShareEntry) -> None:
        before = len(self.entries)
        _result(self.test_result, "")  # it spoke of the shares as they were
        self._judge()
        if len(self.entries) > before and entry.line.hasFocus():
            self.entries[-1].line.setFocus()  # this share passed: on to the next

    def _judge(self) -> None:
        """Check every share typed, say what each check found, and add the next line when
        every share so far has passed and the set needs more."""
        good: list[ShareInfo] = []
        passed: list[tuple[ShareEntry, ShareInfo]] = []
        problems: list[str] = []
        for entry in self.entries:
            text = entry.text
            try:
                typed = self._typed_words(entry)
                if typed is not None:
                    entry.say(typed)
                    continue
                info = key_backup.check_share(text, entry.number, good)
            except InvalidInput as exc:
                said = say(exc)
                entry.say(said[:1].upper() + said[1:], "error")  # the rest keeps its case
                problems.append(said)
                continue
            good.append(info)
            passed.append((entry, info))
        self.good = good
        threshold = good[0].threshold if good else 0
        left = max(threshold - len(good), 0)
        for entry, info in passed:
            entry.say(self.tr("Share {member} of set {set}, {threshold} needed").format(
                member=info.member, set=info.set_id, threshold=info.threshold), "ok")
        self.problem = problems[0] if problems else ""
        if not good:
            self.summary.setText("")
        elif len(good) > threshold:
            self.summary.setText(self.tr(
                "This set needs only {threshold} shares, and {count} are typed: clear one."
                ).format(threshold=threshold, count=len(good)))
        elif left:
            self.summary.setText(self.tr("{count} of {threshold} shares checked; {left} more "
                                         "needed.").format(count=len(good),
                                                           threshold=threshold, left=left))
        else:
            self.summary.setText(self.tr("{count} of {threshold} shares checked: enough to "
                                         "test them or restore the key.").format(
                                             count=len(good), threshold=threshold))
        set_role(self.summary, "ok" if good and not left and len(good) == threshold
                 and not problems else "hint")
        self.summary.setVisible(bool(good))
        everything_passed = len(passed) == len(self.entries)
        if everything_passed and left and len(self.entries) < key_backup.MAX_SHARES:
            self._add_entry().say("")
        self.options.revalidate(show=False)  # and so the restore form too

    def _typed_words(self, entry: ShareEntry) -> str | None:
        """While the share is not yet complete, how far it is (None once it is complete);
        a word that is no SLIP-39 word is refused as soon as it is typed."""
        text = entry.text
        word = current_word(text)
        half = bool(word) and word.lower() not in WORD_SET and \
            any(known.startswith(word.lower()) for known in WORDS)
        words = key_backup.check_words(text, entry.number, typing=half)
        if not words:
            return ""
        if half or len(words) < SHARE_WORDS:
            return self.tr("{typed} of {count} words").format(typed=len(words),
                                                               count=SHARE_WORDS)
        return None

    def _share_texts(self) -> list[str]:
        """The shares that passed, when they are just enough; else why not."""
        if self.problem:
            raise InvalidInput(self.problem, "share")
        if not self.good:
            raise InvalidInput(self.tr("type a share first"), "share")
        threshold = self.good[0].threshold
        if len(self.good) != threshold:
            raise InvalidInput(self.tr("{count} shares checked; this set needs {threshold}"
                                       ).format(count=len(self.good), threshold=threshold),
                               "share")
        return [self.entries[info.number - 1].text for info in self.good]

    def _check_shares_whole(self, values: dict[str, str]) -> None:
        self._share_texts()

    def _check_restore_whole(self, values: dict[str, str]) -> None:
        if self.new_passphrase.text() != self.new_passphrase2.text():
            raise InvalidInput(self.tr("the two passphrases differ"), "passphrase2")
        self._share_texts()
        if not self._options_ok:
            raise InvalidInput(self.tr("put right the expected keyid above"))

    def _options_judged(self, ok: bool) -> None:
        self._options_ok = ok
        self.restore_form.revalidate(show=False)

    # -- the new key file ----------------------------------------------------------------

    def _show_strength(self, *_: object) -> None:
        text = self.new_passphrase.text()
        self.meter.show_strength(passphrase_strength(text, self.key_name.text()) if text
                                 else None)

    def _suggest_key_file(self, name: str) -> None:
        stem = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in name.strip().lower())
        self.out.suggested = f"{stem or 'restored'}.key"

    # -- test, restore -------------------------------------------------------------------

    def test_shares(self) -> Job | None:
        """Combine the shares in memory: the key they give, and whether it is the one expected."""
        if not self.options.touch_all():
            return None
        return self._run(None, "restored key", "", self.options, self.test_button)

    def restore_key(self) -> Job | None:
        """Write the key the shares give into a new key file, under a new passphrase."""
        if not (self.options.touch_all() & self.restore_form.touch_all()):
            return None
        values = self.restore_form.values()
        return self._run(values["out"], values["name"], self.new_passphrase.text(),
                         self.restore_form, self.restore_button)

    def _run(self, out: str | None, name: str, secret: str, form: Form,
             button: QPushButton) -> Job | None:
        shares = self._share_texts()
        extra = self.slip39_passphrase.text()
        expected = self.options.value("keyid") or None
        shown = self.result if out else self.test_result
        _result(self.result, "")
        _result(self.test_result, "")

        def done(info: dict) -> None:
            if info["written"]:
                heading = self.tr("Restored the key {name} ({algorithm}) into {path}").format(
                    name=info["name"], algorithm=info["algorithm"], path=info["written"])
            else:
                heading = self.tr("The shares give a key ({algorithm}); nothing was "
                                  "written.").format(algorithm=info["algorithm"])
            tail = (self.tr("It is the key expected: its keyid is the one given.") if expected
                    else self.tr("Compare the keyid and words with the share sheets."))
            _result(shown, f"{heading}\n{_key_lines(info)}\n{tail}")
            if info["written"]:
                self.restore_form.reset(("passphrase", "passphrase2", "out"))
                self.options.reset(("slip39_passphrase",))
                self.clear_shares()  # the words are not left on the screen
                self.restored.emit(info)
            else:
                self.tested.emit(info)

        text = (self.tr("Combining the shares and writing the key…") if out
                else self.tr("Combining the shares…"))
        return self.page._background(
            lambda: key_backup.restore(shares, out=out, name=name,
                                       new_passphrase=lambda: secret,
                                       slip39_passphrase=extra, expected_keyid=expected),
            text, done, form, button)
