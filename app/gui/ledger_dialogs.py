"""The Ledger menu's own dialogs: backing the ledger up, and changing its passphrase.

Both run on the ledger's thread through `AppContext.run`, follow the job with a
`ProgressPanel` (Cancel while cancelling is still safe), and end with one clear
message. The work itself is `session.backup_ledger` and
`session.change_passphrase`; nothing here touches the file.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import Cancelled, InvalidInput, WrongPassphrase
from app.domain.passphrase import Strength, strength
from app.gui import dialogs, settings
from app.gui.context import AppContext
from app.gui.forms import Form
from app.gui.i18n import say, tr
from app.gui.look import set_role
from app.gui.ops import Op
from app.gui.progress import CancelOnClose, ProgressPanel
from app.gui.strength_meter import StrengthMeter, place_under
from app.gui.workers import Job
from app.services import session

BACKUP_FILTER = "Tijori ledgers (*.tijori);;All files (*)"
#: Where the last backup folder is remembered (settings "folders/backups").
BACKUP_FOLDER_KEY = "backups"
#: The re-key reports 800 of 1000 once its copy is complete; from there it can
#: no longer be cancelled (it checks the copy and renames it into place).
REKEY_COPIED = 800
#: The backup reports 400 of 1000 once its copy is written; then it checks it.
BACKUP_COPIED = 400



def _label(text: str = "", role: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if role:
        set_role(label, role)
    if name:
        label.setObjectName(name)
    return label


def fit_height(dialog: QDialog) -> None:
    """Fit `dialog`'s height to what its wrapped labels need at its present width."""
    layout = dialog.layout()
    layout.activate()
    width = dialog.width()
    needed = (layout.totalHeightForWidth(width) if layout.hasHeightForWidth()
              else layout.totalSizeHint().height())
    needed = max(needed, dialog.minimumSizeHint().height())
    if needed != dialog.height():
        dialog.resize(width, needed)


def human_size(size: int) -> str:
    """1,234 bytes, 56.7 KB, 8.9 MB, 1.2 GB (powers of 1000, as file managers show them)."""
    if size < 1000:
        return tr("{n} bytes").format(n=f"{size:,}")
    value, unit = size / 1000, "KB"
    for bigger in ("MB", "GB"):
        if round(value, 1) < 1000:
            break
        value, unit = value / 1000, bigger
    return f"{value:,.1f} {unit}"


# -- backing up --------------------------------------------------------------------------------


def backup_folder() -> Path:
    """The folder the last backup went to, else the user's documents, else home."""
    remembered = settings.value(f"folders/{BACKUP_FOLDER_KEY}")
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def suggested_backup(ledger_path: str, folder: Path, today: date) -> Path:
    """`<ledger>-backup-YYYYMMDD.tijori` in `folder`, numbered when that name is taken."""
    stem = f"{Path(ledger_path).stem}-backup-{today:%Y%m%d}"
    candidate = folder / f"{stem}.tijori"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}.tijori"
        number += 1
    return candidate


def back_up(ctx: AppContext, parent: QWidget) -> BackupDialog | None:
    """Ask where to write the backup, then write it with a progress dialog over `parent`."""
    suggested = suggested_backup(ctx.path, backup_folder(), date.today())
    path = dialogs.save_file(parent, tr("Back up the ledger to"), str(suggested), BACKUP_FILTER,
                             BACKUP_FOLDER_KEY)
    if not path:
        return None
    if not Path(path).suffix:
        path += ".tijori"
    dialog = BackupDialog(ctx, path, parent)
    dialog.open()
    dialog.start()
    return dialog


class BackupDialog(CancelOnClose, QDialog):
    """Follows one backup: its progress, Cancel (or Escape), then closes with the outcome.

    The outcome is a message over the parent window: where the backup went, its size
    and the events verified in it; or the error, with nothing written.
    """

    def __init__(self, ctx: AppContext, out: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.out = out
        self.job: Job | None = None
        self.result_value: dict[str, Any] | None = None
        #: The highest progress shown, in per cent.
        self.percent = 0
        name = Path(ctx.path).name
        self.setWindowTitle(tr("Back up {name}").format(name=name))
        self.setModal(True)
        self.setMinimumWidth(520)
        heading = _label(tr("Backing up {name}").format(name=name), "title")
        where = _label(tr("Writing an encrypted copy (under this ledger's passphrase) to:"))
        target = _label(out, "big", "backup_target")
        target.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        steps = _label(tr("The copy is then opened on its own and its whole journal is checked; "
                          "only a copy that passes is kept."), "hint")
        self.stage = _label(name="stage")
        self.progress = ProgressPanel()
        self.progress.setObjectName("backup_progress")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(heading)
        layout.addWidget(where)
        layout.addWidget(target)
        layout.addWidget(steps)
        layout.addSpacing(8)
        layout.addWidget(self.stage)
        layout.addWidget(self.progress)

    def start(self) -> Job:
        out = self.out
        # The outcome is shown once the job has finished and the progress panel has let
        # go of it (`end_with`, connected after the panel): closing this dialog frees it.
        self.job = (Op(self, lambda ledger, task: session.backup_ledger(ledger, out, task),
                       ctx=self.ctx, label="backup")
                    .failure(lambda exc: True)  # said in the dialog, by `end_with`
                    .progress(self.progress, "", cancellable=True).run())
        self.stage.setText(tr("Step 1 of 2: copying the ledger…"))
        self.progress.label.hide()  # the stage says it, above the bar
        self.progress.cancelled.connect(lambda: self.stage.setText(
            tr("Cancelling: the half-written copy is removed…")))
        self.job.progress.connect(self._progressed)
        self.job.finished.connect(lambda: self.end_with(tr("Backup made"), self._told))
        self.progress.cancel_button.setFocus()
        fit_height(self)
        return self.job

    def _progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.percent = max(self.percent, min(100, done * 100 // total))
        if shiboken6.isValid(self) and self.progress.running and total > 0 \
                and done * 1000 // total >= BACKUP_COPIED \
                and self.progress.cancel_button.isEnabled():
            self.stage.setText(tr("Step 2 of 2: checking the copy's journal…"))

    def _told(self, result: dict[str, Any]) -> str:
        """Where the backup went, and what was checked."""
        return tr(
            "The ledger is backed up to:\n{path}\n\n"
            "Size: {size} ({bytes} bytes), encrypted under the ledger's passphrase.\n"
            "Checked: the copy opens on its own and its journal verifies: {events} events "
            "chained and replayed, head {head}…\n\n"
            "Keep it away from this computer, and keep its passphrase with it: a later change "
            "of the ledger's passphrase does not change the backup's.").format(
            path=result["path"], size=human_size(result["bytes"]),
            bytes=f"{result['bytes']:,}", events=f"{result['events']:,}",
            head=result["head"][:16])



# -- changing the passphrase ---------------------------------------------------------------------


def _password(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMinimumWidth(320)
    return edit


class ChangePassphraseDialog(QDialog):
    """The current passphrase, the new one twice with the strength meter; then the re-key.

    The current passphrase is checked by unlocking the file with it (someone at an
    unlocked terminal must not be able to change it); the new one is judged by
    `app.domain.passphrase.strength` as it is typed, with the same words around it
    (the ledger's name, the operator) that the re-key itself checks against.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job: Job | None = None
        self._judged: tuple[str, Strength] | None = None
        name = Path(ctx.path).name
        self.user_inputs = (Path(ctx.path).stem, ctx.actor)
        self.setWindowTitle(tr("Change the passphrase of {name}").format(name=name))
        self.setModal(True)
        self.setMinimumWidth(600)

        heading = _label(tr("Change the ledger's passphrase"), "title")
        intro = _label(tr(
            "The whole ledger {name} is re-encrypted under the new passphrase, and the change "
            "(never the passphrase) is recorded in its journal. Close other Tijori windows and "
            "commands that use this ledger first. A passphrase cannot be recovered: keep it as "
            "you would the key to the vault.").format(name=name), "hint")

        self.form = Form(QFormLayout(), whole=self._check_whole)
        f = self.form
        self.current = f.add("current", tr("Current passphrase:"), _password("current"))
        self.new = f.add("new", tr("New passphrase:"), _password("new"))
        self.meter = StrengthMeter()
        place_under(self.new, self.meter)
        self.again = f.add("again", tr("New passphrase again:"), _password("again"))
        f.finish()
        f.layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.stage = _label(role="hint", name="stage")
        self.stage.hide()
        self.progress = ProgressPanel()
        self.progress.setObjectName("rekey_progress")
        buttons, self.change_button, self.cancel_button = dialogs.footer(
            self, tr("Change passphrase"), "change", self.submit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(f.layout)
        layout.addWidget(self.stage)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        layout.addLayout(buttons)

        for first, second in ((self.current, self.new), (self.new, self.again),
                              (self.again, self.change_button),
                              (self.change_button, self.cancel_button)):
            QWidget.setTabOrder(first, second)
        self.new.textChanged.connect(self._on_new)
        f.validity.connect(lambda _ok: self._refresh())
        self.adjustSize()
        self._refresh()  # after adjustSize, whose size hint would not leave the meter its room
        self.current.setFocus()

    # -- checking as the user types ------------------------------------------------------

    def judged(self) -> Strength | None:
        """The strength of the new passphrase (judged once per text), None when empty."""
        text = self.new.text()
        if not text:
            return None
        if self._judged is None or self._judged[0] != text:
            self._judged = (text, strength(text, user_inputs=self.user_inputs))
        return self._judged[1]

    def _on_new(self, _text: str) -> None:
        self.meter.show_strength(self.judged())
        self._refresh()

    def _check_whole(self, _values: dict[str, str]) -> None:
        current, new, again = self.current.text(), self.new.text(), self.again.text()
        if new == current:
            raise InvalidInput(tr("The new passphrase is the same as the current one."), "new")
        if again != new:
            raise InvalidInput(tr("The two new passphrases differ: type the new one again."),
                               "again")

    def _refresh(self) -> None:
        busy = self.busy
        judged = self.judged()
        ready = (not busy and judged is not None and judged.acceptable
                 and self._form_ok())
        self.change_button.setEnabled(ready)
        fit_height(self)

    def _form_ok(self) -> bool:
        try:
            self._check_whole({})
        except InvalidInput:
            return False
        return all(edit.text().strip() for edit in (self.current, self.new, self.again))

    @property
    def busy(self) -> bool:
        return self.job is not None and not self.job.done

    # -- changing ----------------------------------------------------------------------

    def submit(self) -> Job | None:
        """Check everything once more, then re-key on the ledger's thread."""
        if self.busy:
            return None
        form_ok = self.form.touch_all()
        judged = self.judged()
        if judged is not None and not judged.acceptable:
            self.form.set_error("new", judged.feedback)
            form_ok = False
        if not form_ok or judged is None:
            self._refresh()
            return None
        path, actor = self.ctx.path, self.ctx.actor
        current, new = self.current.text(), self.new.text()

        def work(ledger: Any, task: Any) -> None:
            try:
                session.open_ledger(path, current, actor).close()
            except WrongPassphrase:
                raise InvalidInput(tr("This is not the ledger's current passphrase; nothing "
                                      "was changed."), "current") from None
            task.check(tr("the passphrase change"))
            session.change_passphrase(ledger, new, task)

        self._set_busy(True)
        # As for a backup, the outcome is shown from `_ended`, once the panel is done.
        # One Cancel button: the dialog's own (Escape too), while stopping is still safe.
        self.job = (Op(self, work, ctx=self.ctx, label="change passphrase")
                    .failure(lambda exc: True)  # said in the dialog, by `_ended`
                    .changes().progress(self.progress, "").run())
        self.progress.label.hide()  # the stage says it, above the bar
        self.stage.setText(tr("Re-encrypting the ledger into a new file… (Cancel still "
                              "leaves it as it was)"))
        self.stage.show()
        self.job.progress.connect(self._progressed)
        self.job.finished.connect(self._ended)
        self._refresh()
        return self.job

    def _set_busy(self, busy: bool) -> None:
        for edit in (self.current, self.new, self.again):
            edit.setEnabled(not busy)
        self.cancel_button.setEnabled(True)
        if not busy:
            self.stage.hide()
            self._refresh()

    def _progressed(self, done: int, total: int) -> None:
        if not shiboken6.isValid(self) or not self.progress.running or total <= 0:
            return
        if done * 1000 // total >= REKEY_COPIED and self.cancel_button.isEnabled() \
                and not self.job.cancelled:
            # The copy is complete: what is left (checking it, renaming it into place)
            # must not be interrupted.
            self.cancel_button.setEnabled(False)
            self.stage.setText(tr("Checking the re-encrypted ledger and putting it in place… "
                                  "(this last step cannot be stopped)"))

    def _clear(self) -> None:
        for edit in (self.current, self.new, self.again):
            edit.clear()
        self._judged = None

    def _ended(self) -> None:
        job = self.job
        if job is None or not shiboken6.isValid(self):
            return
        parent = self.parentWidget()
        exc = job.error
        if exc is None:
            self._clear()
            self.accept()
            dialogs.inform(parent, tr("Passphrase changed"), tr(
                "The ledger {name} is now encrypted under the new passphrase; the change is "
                "recorded in its journal.\n\nThe old passphrase no longer opens it. Backups "
                "made before now still open only with the old passphrase.").format(
                name=Path(self.ctx.path).name))
            return
        self._set_busy(False)
        if isinstance(exc, InvalidInput) and exc.field in ("current", "new", "passphrase"):
            field = "new" if exc.field == "passphrase" else exc.field
            self.form.set_error(field, say(exc))
            edit = self.current if field == "current" else self.new
            edit.selectAll()
            edit.setFocus()
        elif isinstance(exc, Cancelled):
            self.reject()
            dialogs.show_error(parent, exc, job.details)
        else:  # a busy or unreadable ledger: the message over this dialog, which stays
            dialogs.show_error(self, exc, job.details)

    def reject(self) -> None:
        """Escape or Cancel: close, or while re-keying, stop it if that is still safe."""
        if self.busy:
            if self.cancel_button.isEnabled() and not self.job.cancelled:
                self.job.cancel()
                self.cancel_button.setEnabled(False)
                self.stage.setText(tr("Cancelling: the new file is removed and the ledger "
                                      "stays under its current passphrase…"))
            return
        self._clear()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)
