"""The start screen: recent ledgers, open, create, connect to a server ledger, the
demonstration ledger, and the ways in that need no ledger (verify, signer mode, keys)."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import InvalidInput, LedgerError, PasswordNeeded, TijoriError
from app.gui import dialogs, settings
from app.gui.i18n import say
from app.gui.look import icon, set_role
from app.gui.ops import Op
from app.gui.progress import ProgressPanel
from app.gui.screen_fit import take_place
from app.gui.server_connect import ConnectDialog, server_name
from app.gui.strength_meter import StrengthMeter
from app.gui.workers import Job, LedgerHost
from app.services import demo, session

LEDGER_FILTER = "Tijori ledgers (*.tijori);;All files (*)"


def demo_path() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    # A new name with the passphrase of schema 3 (stronger rules): an older
    # demonstration file, under its old passphrase, is left alone.
    return Path(base or Path.home() / ".tijori") / "demonstration-ledger.tijori"


class StartWindow(QMainWindow):
    """Emits `opened(host, path, actor)` once a ledger is unlocked on its thread,
    `mode(name)` for "verify", "signer" or "keys", and `language_changed(code)` when
    Settings saved another language ("" for the system's)."""

    opened = Signal(object, str, str)
    mode = Signal(str)
    language_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tijori"))
        self.setWindowIcon(icon("tijori"))
        self.host: LedgerHost | None = None
        self.job: Job | None = None  # creating a ledger, or the demonstration ledger
        self.pending_path = ""
        self.connect_dialog: ConnectDialog | None = None
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.stack.addWidget(self._home())
        self.stack.addWidget(self._unlock())
        self.stack.addWidget(self._create())
        self.resize(880, 620)
        self.fill_recent()

    # -- the home page -------------------------------------------------------------------

    def _home(self) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("Tijori"))
        set_role(title, "title")
        subtitle = QLabel(self.tr("Custody of commodity reserves: an encrypted ledger, "
                                  "attestations and signed proof-of-reserve reports."))
        set_role(subtitle, "subtitle")
        subtitle.setWordWrap(True)
        self.operator = QLineEdit(settings.operator() or session.default_actor())
        self.operator.setObjectName("operator")
        self.operator.setMaximumWidth(320)
        operator_row = QFormLayout()
        operator_row.addRow(self.tr("Operator (recorded with every entry):"), self.operator)

        self.recent = QListWidget()
        self.recent.setObjectName("recent_ledgers")
        self.recent.itemActivated.connect(lambda item: self.ask_unlock(item.data(
            Qt.ItemDataRole.UserRole)))
        self.recent_empty = QLabel(self.tr("No ledger has been opened on this computer yet. "
                                           "Create one, open one, or try the demonstration "
                                           "ledger."))
        self.recent_empty.setWordWrap(True)
        set_role(self.recent_empty, "hint")

        self.open_button = QPushButton(self.tr("Open a ledger…"))
        self.new_button = QPushButton(self.tr("New ledger…"))
        self.server_button = QPushButton(self.tr("Connect to a server…"))
        self.server_button.setObjectName("connect_server")
        self.server_button.setToolTip(self.tr("Open a ledger kept on a PostgreSQL server, "
                                              "shared by several terminals"))
        self.demo_button = QPushButton(self.tr("Try the demonstration ledger"))
        self.demo_button.setObjectName("demo")
        self.verify_button = QPushButton(self.tr("Verify a report (auditor)…"))
        self.signer_button = QPushButton(self.tr("Signer mode (offline PC)…"))
        self.keys_button = QPushButton(self.tr("Keys and trust policies…"))
        self.open_button.clicked.connect(self.pick_ledger)
        self.new_button.clicked.connect(lambda: self.stack.setCurrentIndex(2))
        self.server_button.clicked.connect(lambda: self.connect_server())
        self.demo_button.clicked.connect(self.open_demo)
        self.verify_button.clicked.connect(lambda: self.mode.emit("verify"))
        self.signer_button.clicked.connect(lambda: self.mode.emit("signer"))
        self.keys_button.clicked.connect(lambda: self.mode.emit("keys"))
        self.demo_progress = ProgressPanel()

        left = QVBoxLayout()
        heading = QLabel(self.tr("Recent ledgers"))
        set_role(heading, "subtitle")
        left.addWidget(heading)
        left.addWidget(self.recent, 1)
        left.addWidget(self.recent_empty)
        right = QVBoxLayout()
        for button in (self.open_button, self.new_button, self.server_button,
                       self.demo_button):
            button.setMinimumHeight(40)
            right.addWidget(button)
        right.addSpacing(18)
        other = QLabel(self.tr("Without a ledger"))
        set_role(other, "subtitle")
        right.addWidget(other)
        for button in (self.verify_button, self.signer_button, self.keys_button):
            button.setMinimumHeight(40)
            right.addWidget(button)
        right.addStretch(1)
        self.settings_button = QPushButton(self.tr("Settings (language)…"))
        self.settings_button.setObjectName("settings")
        self.settings_button.clicked.connect(self.show_settings)
        self.guide_button = QPushButton(self.tr("Guide (F1)"))
        self.guide_button.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_button.clicked.connect(lambda: self.show_guide())
        small = QHBoxLayout()
        small.addWidget(self.guide_button)
        small.addWidget(self.settings_button)
        right.addLayout(small)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(8)
        layout.addLayout(operator_row)
        layout.addSpacing(8)
        layout.addLayout(columns, 1)
        layout.addWidget(self.demo_progress)
        return page

    def fill_recent(self) -> None:
        self.recent.clear()
        for path in settings.recent_ledgers():
            server = session.is_server(path)
            item = QListWidgetItem(f"{server_name(path) if server else Path(path).name}\n{path}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            if not server and not Path(path).exists():
                item.setText(item.text() + self.tr("  (missing)"))
                item.setForeground(Qt.GlobalColor.gray)
            self.recent.addItem(item)
        has_recent = self.recent.count() > 0
        self.recent.setVisible(has_recent)
        self.recent_empty.setVisible(not has_recent)
        if has_recent:
            self.recent.setCurrentRow(0)
        set_role(self.demo_button, "" if has_recent else "primary")

    def actor(self) -> str:
        return self.operator.text().strip()

    def _check_actor(self) -> str | None:
        try:
            actor = session.check_actor(self.operator.text())
        except InvalidInput as exc:
            dialogs.warn(self, self.tr("Operator"), say(exc))
            return None
        settings.remember_operator(actor)
        return actor

    def pick_ledger(self) -> None:
        path = dialogs.open_file(self, self.tr("Open a ledger"), LEDGER_FILTER, "ledgers")
        if path:
            self.ask_unlock(path)

    # -- unlocking ------------------------------------------------------------------------

    def _unlock(self) -> QWidget:
        page = QWidget()
        self.unlock_title = QLabel()
        set_role(self.unlock_title, "title")
        self.unlock_path = QLabel()
        self.unlock_path.setWordWrap(True)
        set_role(self.unlock_path, "hint")
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setMinimumWidth(360)
        self.passphrase.returnPressed.connect(self.unlock)
        self.unlock_error = QLabel()
        self.unlock_error.setObjectName("unlock_error")
        self.unlock_error.setWordWrap(True)
        set_role(self.unlock_error, "error")
        self.unlock_button = QPushButton(self.tr("Unlock"))
        set_role(self.unlock_button, "primary")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        back = QPushButton(self.tr("Back"))
        back.clicked.connect(self.go_home)
        self.unlock_busy = QProgressBar()
        self.unlock_busy.setRange(0, 0)
        self.unlock_busy.hide()
        form = QFormLayout()
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.addWidget(self.unlock_title)
        layout.addWidget(self.unlock_path)
        layout.addSpacing(12)
        layout.addLayout(form)
        layout.addWidget(self.unlock_error)
        layout.addWidget(self.unlock_busy)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def go_home(self) -> None:
        self.passphrase.clear()
        self.unlock_error.clear()
        self.fill_recent()
        self.stack.setCurrentIndex(0)

    def ask_unlock(self, path: str) -> None:
        """Open the ledger `path`: a file after its passphrase; a server ledger (a
        postgresql:// URL) at once, as *Connect to a server…* does, with no passphrase."""
        if session.is_server(path):
            self.connect_server(path)
            return
        if not Path(path).exists():
            dialogs.warn(self, self.tr("Ledger missing"),
                         self.tr("{path} does not exist (moved or deleted?). It is taken off "
                                 "the list.").format(path=path))
            settings.forget_ledger(path)
            self.fill_recent()
            return
        self._unlocking(path)
        self.unlock_error.clear()
        self.passphrase.clear()
        self.stack.setCurrentIndex(1)
        self.passphrase.setFocus()

    def _unlocking(self, path: str) -> None:
        """The unlock page for the ledger `path`: its name, and the passphrase of the
        demonstration ledger."""
        self.pending_path = path
        self.unlock_title.setText(self.tr("Unlock {name}").format(name=Path(path).name))
        hint = ""
        if Path(path).resolve() == demo_path().resolve():
            hint = "\n" + self.tr("The demonstration ledger's passphrase is “{p}”.").format(
                p=demo.PASSPHRASE)
        self.unlock_path.setText(path + hint)

    def unlock(self) -> None:
        actor = self._check_actor()
        if actor is None or not self.unlock_button.isEnabled():
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self.unlock_error.setText(self.tr("Type the ledger's passphrase."))
            return
        self._open(self.pending_path, passphrase, actor)

    def _open(self, path: str, passphrase: str, actor: str,
              dialog: ConnectDialog | None = None) -> None:
        """Open the ledger `path` on its own thread, then emit `opened`. A file's failure
        is said on the unlock page; a server ledger's (from `dialog`, *Connect to a
        server…*) in the usual error dialog, over `dialog`, which stays open."""
        if self.host is None:
            self.host = LedgerHost(self)
        host = self.host
        server = session.is_server(path)
        if not server:
            self.unlock_button.setEnabled(False)
            self.unlock_busy.show()
            self.unlock_error.clear()
        opened: dict[str, str] = {}

        def opener() -> object:  # on the ledger thread
            ledger = session.open_ledger(path, passphrase, actor)
            # A server ledger's actor is the session's role, whatever the operator is.
            opened["actor"] = ledger.actor
            return ledger

        job = host.open(opener)

        def abandoned() -> bool:
            """Whether the connection was cancelled while it was being made: the ledger
            (if it opened) is closed with its thread, and nothing is shown."""
            if host is self.host:
                return False
            host.shutdown()
            host.deleteLater()
            return True

        def done(_: object) -> None:
            if abandoned():
                return
            settings.remember_ledger(path)
            self.host = None
            if server:
                if dialog is not None and shiboken6.isValid(dialog):
                    dialog.accept()
                self.opened.emit(host, session.shown_url(path), opened["actor"])
                return
            self.unlock_button.setEnabled(True)
            self.unlock_busy.hide()
            self.passphrase.clear()
            self.opened.emit(host, str(Path(path).resolve()), actor)

        def failed(exc: BaseException) -> bool:
            if abandoned():
                return True
            if server:
                shown = dialog is not None and shiboken6.isValid(dialog)
                if shown and isinstance(exc, PasswordNeeded):
                    dialog.ask_password(say(exc))  # said in the dialog, under its field
                    return True
                if shown:
                    dialog.failed()
                if not isinstance(exc, TijoriError):
                    return False  # a bug: said as one, with its details
                dialogs.show_error(dialog if shown else self, exc)
                return True
            self.unlock_button.setEnabled(True)
            self.unlock_busy.hide()
            if not isinstance(exc, LedgerError | InvalidInput):
                return False
            self.unlock_error.setText(say(exc) + " " + self.tr("Try again."))
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            self.stack.setCurrentIndex(1)
            return True

        Op(self).success(done).failure(failed).follow(job)

    # -- a server ledger ---------------------------------------------------------------------

    def connect_server(self, url: str = "") -> ConnectDialog:
        """*Connect to a server…*: ask for the server ledger's address and open it. Given
        `url` (a recent server ledger, the launcher's argument), connect to it at once."""
        dialog = ConnectDialog(self, url)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(
            lambda address, password: self._open(address, password, "", dialog))
        dialog.abandoned.connect(self._abandon)
        self.connect_dialog = dialog
        dialog.destroyed.connect(lambda *_: setattr(self, "connect_dialog", None))
        dialog.open()
        if url:
            dialog.submit()
        return dialog

    def _abandon(self) -> None:
        """Connecting was cancelled: its ledger thread is let go (and shut down once the
        server has answered, see `_open`); the next ledger opens on a new one."""
        self.host = None

    # -- creating ------------------------------------------------------------------------

    def _create(self) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("New ledger"))
        set_role(title, "title")
        self.new_path = QLineEdit()
        self.new_path.setObjectName("new_path")
        self.new_path.setPlaceholderText(self.tr("Where to keep the ledger file"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_new_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.new_path, 1)
        path_row.addWidget(browse)
        self.new_passphrase = QLineEdit()
        self.new_passphrase.setObjectName("new_passphrase")
        self.new_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_again = QLineEdit()
        self.new_again.setObjectName("new_again")
        self.new_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = StrengthMeter()
        self.create_error = QLabel()
        self.create_error.setObjectName("create_error")
        self.create_error.setWordWrap(True)
        set_role(self.create_error, "error")
        self.create_button = QPushButton(self.tr("Create and open"))
        self.create_button.setObjectName("create")
        set_role(self.create_button, "primary")
        self.create_button.clicked.connect(self.create)
        # The file name and the operator are what a passphrase must not be made of.
        for edit in (self.new_path, self.new_passphrase, self.new_again, self.operator):
            edit.textChanged.connect(self._check_new)
        back = QPushButton(self.tr("Back"))
        back.clicked.connect(self.go_home)
        form = QFormLayout()
        form.addRow(self.tr("File:"), path_row)
        # The meter right under the field, in the field's own cell (as a `Form` lays out a
        # field): a row of its own, without a label, would keep the height it hints at
        # for its narrowest width, with gaps around the text.
        passphrase_cell = QWidget()
        passphrase_column = QVBoxLayout(passphrase_cell)
        passphrase_column.setContentsMargins(0, 0, 0, 0)
        passphrase_column.setSpacing(2)
        passphrase_column.addWidget(self.new_passphrase)
        passphrase_column.addWidget(self.meter)
        form.addRow(self.tr("Passphrase:"), passphrase_cell)
        form.addRow(self.tr("Passphrase again:"), self.new_again)
        hint = QLabel(self.tr("The passphrase encrypts the whole ledger. It cannot be "
                              "recovered: keep it as you would the key to the vault."))
        hint.setWordWrap(True)
        set_role(hint, "hint")
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.create_error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._check_new()
        return page

    def _choose_new_path(self) -> None:
        path = dialogs.save_file(self, self.tr("New ledger"), "reserves.tijori", LEDGER_FILTER,
                                 "ledgers")
        if path:
            self.new_path.setText(path if path.endswith(".tijori") else path + ".tijori")

    def _check_new(self) -> bool:
        first, again = self.new_passphrase.text(), self.new_again.text()
        path = self.new_path.text().strip()
        # The same judgement as the ledger's rule: "too weak" exactly when it would refuse.
        judged = (session.passphrase_strength(first, path=path, actor=self.actor())
                  if first else None)
        self.meter.show_strength(judged)
        problem = ""
        if not path:
            problem = self.tr("Choose where to keep the ledger file.")
        elif Path(path).exists():
            problem = self.tr("{path} already exists; choose another name.").format(path=path)
        elif judged is not None:
            if not judged.acceptable:
                problem = self.tr("Choose a stronger passphrase: the meter above says why.")
            else:
                if again and again != first:
                    problem = self.tr("The two passphrases differ.")
                elif not again:
                    problem = self.tr("Type the passphrase again.")
        else:
            problem = self.tr("Choose a passphrase.")
        touched = bool(path or first or again)
        self.create_error.setText(problem if touched else "")
        self.create_button.setEnabled(not problem)
        return not problem

    def create(self) -> None:
        actor = self._check_actor()
        if actor is None or not self._check_new():
            return
        path, passphrase = self.new_path.text().strip(), self.new_passphrase.text()
        self.create_button.setEnabled(False)

        def make(task) -> str:
            session.create_ledger(path, passphrase, actor).close()
            return path

        def done(_: object) -> None:
            self.new_again.clear()
            self.new_passphrase.clear()
            self._open(path, passphrase, actor)

        def failed(exc: BaseException) -> bool:
            self.create_button.setEnabled(True)
            if isinstance(exc, TijoriError):
                self.create_error.setText(say(exc))
                return True
            return False

        self.job = Op(self, make, label="create").success(done).failure(failed).run()

    # -- help and settings ------------------------------------------------------------------

    def show_settings(self) -> QDialog:
        from app.gui.settings_dialog import SettingsDialog

        self.settings_dialog = SettingsDialog(self)
        self.settings_dialog.language_changed.connect(self.language_changed)
        self.settings_dialog.open()
        return self.settings_dialog

    def show_guide(self, topic: str = "index") -> QWidget:
        from app.gui import i18n
        from app.gui.guide import show_guide

        return show_guide(self, topic, i18n.current())

    # -- another language --------------------------------------------------------------------

    def holds_work(self) -> bool:
        """Whether building this window again (in another language) would lose track of
        work: a ledger being unlocked or created, the demonstration ledger being made, or a
        dialog open. What is typed is carried over (`take_over`)."""
        return ((self.host is not None and self.host.busy)
                or (self.job is not None and not self.job.done)
                or dialogs.any_open(self))

    def take_over(self, old: StartWindow) -> None:
        """Show what `old` showed, this window being built in another language: the same
        page, ledger to unlock, operator and typed fields, place and size. Takes `old`'s
        ledger thread when it kept one (after a wrong passphrase), so that it lives on."""
        self.operator.setText(old.operator.text())
        for mine, theirs in ((self.new_path, old.new_path),
                             (self.new_passphrase, old.new_passphrase),
                             (self.new_again, old.new_again)):
            mine.setText(theirs.text())
        if old.host is not None:
            self.host = old.host
            self.host.setParent(self)
            old.host = None
        page = old.stack.currentIndex()
        if page == 1 and old.pending_path:
            self._unlocking(old.pending_path)
            self.passphrase.setText(old.passphrase.text())
        self.stack.setCurrentIndex(page if page != 1 or self.pending_path else 0)
        take_place(self, old)

    # -- the demonstration ---------------------------------------------------------------------

    def open_demo(self) -> None:
        actor = self._check_actor()
        if actor is None:
            return
        path = demo_path()
        if path.exists():
            self._open(str(path), demo.PASSPHRASE, actor)
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        self.demo_button.setEnabled(False)
        self.job = (
            Op(self, lambda task: demo.create_demo_ledger(path, actor, task), label="demo")
            .progress(self.demo_progress, self.tr("Recording the demonstration reserves…"))
            .success(lambda _: self._open(str(path), demo.PASSPHRASE, actor))
            .after(lambda: self.demo_button.setEnabled(True))
            .run())
