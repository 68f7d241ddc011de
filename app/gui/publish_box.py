"""Publish for token holders: the Reports page's twin of `tijori publish`.

It writes the token holder's folder (README "The token holder's page"): one
self-contained index.html that verifies the attestation in any browser, with the
attestation, its policy, the inclusion proofs of the holdings chosen and the public
report beside it. The attestation, the policy and the leaves are those of the Reports
page's form, not asked twice; this box asks for the rest. The service refuses a user's
mistake (an attestation that does not verify, a report that embeds every holding, a
folder in use, a holding not in the attestation) with one sentence, shown here, and
writes nothing then.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import Cancelled, InvalidInput, TijoriError
from app.domain.times import parse_age
from app.gui.file_field import FileField, FolderField, check_existing_file
from app.gui.forms import Form
from app.gui.i18n import say, tr
from app.gui.look import set_role
from app.gui.ops import Op
from app.gui.progress import ProgressPanel
from app.gui.workers import Job
from app.services import publishing

#: The page that `publishing.publish` writes in the folder.
PAGE = "index.html"
#: The service's names for its fields (InvalidInput.field) → this box's fields.
OWN_FIELDS = {"proof": "publish_proofs", "proofs": "publish_proofs_file",
              "report": "publish_report", "max_age": "publish_max_age",
              "out": "publish_out"}
#: Fields of the Reports page's form that publishing reads.
SHARED = ("attestation", "policy", "leaves")


def parse_proofs(text: str) -> list[int]:
    """Holding ids separated by commas or spaces: '1, 5 12' → [1, 5, 12]."""
    out = []
    for word in text.replace(",", " ").split():
        if not word.isdigit() or int(word) < 1:
            raise InvalidInput(tr("{word!r} is not a holding id (a whole number from 1).")
                               .format(word=word), "proof")
        out.append(int(word))
    return out


def check_max_age(text: str) -> None:
    """A form check: an age such as 35d, 12h, 90m or 5w (the service's own reading)."""
    parse_age(text, tr("The maximum age"))


def check_folder_to_write(text: str) -> None:
    """A form check: a folder that is there, or a new one in a folder that is there.
    Whether it is empty is the service's to say, as it writes."""
    path = Path(text).expanduser()
    if not path.exists() and not path.parent.is_dir():
        raise InvalidInput(tr("There is no folder {path}.").format(path=str(path.parent)))


class PublishBox(QGroupBox):
    """Write the token holder's folder from the attestation chosen in `shared`, the Reports
    page's form (its fields "attestation", "policy" and "leaves").

    `published(info)` after a folder is written (info from `publishing.publish`);
    `settled()` after every attempt, whatever its outcome.
    """

    published = Signal(dict)
    settled = Signal()

    def __init__(self, shared: Form, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Publish for token holders"))
        self.setObjectName("publish")
        self.shared = shared
        self.job: Job | None = None
        self.folder = ""

        intro = QLabel(self.tr(
            "A folder whose page, index.html, verifies the attestation above in any browser, "
            "with nothing to install and nothing sent anywhere. Host it on a web server, or "
            "hand it over on a USB stick."))
        intro.setWordWrap(True)
        set_role(intro, "hint")

        self.proofs_edit = QLineEdit()
        self.proofs_edit.setPlaceholderText(self.tr("e.g. 1, 17, 204"))
        self.proofs_file_edit = FileField(
            self.tr("Choose a list of holding ids, one a line"),
            self.tr("Text files (*.txt);;All files (*)"), key="publish")
        self.report_edit = FileField(self.tr("Choose the public report"),
                                     self.tr("PDF (*.pdf);;All files (*)"), key="reports")
        self.max_age_edit = QLineEdit()
        self.max_age_edit.setPlaceholderText(self.tr("e.g. 35d"))
        self.max_age_edit.setMaxLength(12)
        self.out_edit = FolderField(self.tr("Choose a new or empty folder for the page"),
                                    "", key="publish")

        layout = QFormLayout()
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form = Form(layout)
        self.form.add("publish_proofs", self.tr("Holdings to prove:"), self.proofs_edit,
                      parse_proofs, required=False,
                      hint=self.tr("Holding ids, separated by spaces or commas. Their "
                                   "proofs are made from the leaves above."))
        self.form.add("publish_proofs_file", self.tr("From a file:"), self.proofs_file_edit,
                      check_existing_file, required=False,
                      hint=self.tr("Optional: one holding id a line."))
        self.form.add("publish_report", self.tr("Public report:"), self.report_edit,
                      check_existing_file, required=False,
                      hint=self.tr("Optional: the signed report exported with Public "
                                   "ticked."))
        self.form.add("publish_max_age", self.tr("Maximum age:"), self.max_age_edit,
                      check_max_age, required=False,
                      hint=self.tr("Optional: such as 35d, 12h, 90m or 5w. Once the "
                                   "attestation is older, the page says NOT VALID."))
        self.form.add("publish_out", self.tr("Folder to write:"), self.out_edit,
                      check_folder_to_write,
                      hint=self.tr("A new or empty folder."))
        self.form.finish()

        self.publish_button = QPushButton(self.tr("Publish…"))
        self.publish_button.setObjectName("publish_button")
        set_role(self.publish_button, "primary")
        self.publish_button.clicked.connect(self.publish)
        self.open_button = QPushButton(self.tr("Open the page"))
        self.open_button.setObjectName("open_page_button")
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_page)
        self.progress = ProgressPanel()
        self.status = QLabel()
        self.status.setObjectName("publish_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()

        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.publish_button)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addLayout(layout)
        column.addWidget(self.progress)
        column.addWidget(self.status)
        column.addLayout(buttons)

    # -- publishing ---------------------------------------------------------------------

    def _say(self, text: str, role: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        set_role(self.status, role)

    def _busy(self) -> bool:
        return self.job is not None and not self.job.done

    def _shared_ready(self, leaves_needed: bool) -> bool:
        """Judge the shared fields publishing reads, next to them on the page; say the
        first problem here too, since they may be scrolled out of sight."""
        missing = {"attestation": self.tr("Choose the attestation above."),
                   "policy": self.tr("Choose its trust policy above."),
                   "leaves": self.tr("Proofs are made from the leaves: choose the leaves "
                                     "file above.")}
        first = ""
        for name in SHARED if leaves_needed else SHARED[:2]:
            text = self.shared.value(name)
            problem = "" if text else missing[name]
            check = self.shared.fields[name].check
            if text and check is not None:
                try:
                    check(text)
                except InvalidInput as exc:
                    problem = say(exc)
            self.shared.set_error(name, problem)
            first = first or problem
        if first:
            self._say(first, "error")
        return not first

    def publish(self) -> None:
        """Write the folder in the background, with progress and Cancel."""
        if self._busy():
            return
        if not self.form.touch_all():
            self._say(self.tr("Put right what is marked in red, then publish."), "error")
            return
        values = self.form.values()
        proofs = parse_proofs(values["publish_proofs"])
        proofs_file = values["publish_proofs_file"] or None
        leaves_needed = bool(proofs or proofs_file)
        if not self._shared_ready(leaves_needed):
            return
        shared = {name: self.shared.value(name) for name in SHARED}
        out = str(Path(values["publish_out"]).expanduser())
        arguments = {
            "attestation_path": shared["attestation"], "policy_path": shared["policy"],
            "out": out, "proofs": proofs, "proofs_file": proofs_file,
            "leaves_path": shared["leaves"] if leaves_needed else None,
            "report_path": values["publish_report"] or None,
            "max_age": values["publish_max_age"] or None,
        }

        def work(task) -> dict[str, Any]:
            return publishing.publish(task=task, **arguments)

        self.folder = ""
        self.open_button.setEnabled(False)
        self.publish_button.setEnabled(False)
        self._say(self.tr("Checking the attestation and writing the page…"), "hint")
        self.job = (Op(self, work, label="publish")
                    .progress(self.progress, self.tr("Publishing…"), cancellable=True)
                    .success(self._published)
                    .failure(self._failed)
                    .after(self._ended)
                    .run())

    def _ended(self) -> None:
        self.job = None
        self.publish_button.setEnabled(True)
        self.settled.emit()

    def _published(self, info: dict[str, Any]) -> None:
        self.folder = info["out"]
        count = info["proofs"]
        if count == 0:
            text = self.tr("Published the folder {folder} ({size}): the page, the attestation "
                           "and the trust policy, with no inclusion proofs.")
        elif count == 1:
            text = self.tr("Published the folder {folder} ({size}): the page, the attestation, "
                           "the trust policy and 1 inclusion proof.")
        else:
            text = self.tr("Published the folder {folder} ({size}): the page, the attestation, "
                           "the trust policy and {n} inclusion proofs.")
        text = text.format(folder=info["out"], size=self._size(info["bytes"]),
                           n=f"{count:,}")
        if info["report"]:
            text += " " + self.tr("The public report is beside them.")
        self._say(text, "ok")
        self.open_button.setEnabled(True)
        self.published.emit(info)

    def _size(self, size: int) -> str:
        if size < 10_000:
            return self.tr("{size} bytes").format(size=f"{size:,}")
        if size < 10 * 1024 * 1024:
            return self.tr("{size} KiB").format(size=f"{size / 1024:,.0f}")
        return self.tr("{size} MiB").format(size=f"{size / 1024 / 1024:,.1f}")

    def _failed(self, exc: BaseException) -> bool:
        """A refusal said in the box (and next to its field); False leaves a fault to the
        bug dialog."""
        if isinstance(exc, Cancelled):
            self._say(self.tr("Cancelled: nothing was published."), "error")
            return True
        if not isinstance(exc, TijoriError):
            self._say("", "hint")
            return False
        if isinstance(exc, InvalidInput):
            if exc.field in OWN_FIELDS:
                self.form.set_error(OWN_FIELDS[exc.field], say(exc))
            elif exc.field in SHARED:
                self.shared.set_error(exc.field, say(exc))
        self._say(say(exc), "error")
        return True

    # -- looking at it ------------------------------------------------------------------

    @property
    def page_path(self) -> str:
        return str(Path(self.folder) / PAGE) if self.folder else ""

    def open_page(self) -> None:
        """The page in the system's browser."""
        if self.folder and not QDesktopServices.openUrl(QUrl.fromLocalFile(self.page_path)):
            self._say(self.tr("No browser could open {path}.").format(path=self.page_path),
                      "error")

    def suggest_report(self, pdf: str) -> None:
        """A public report just exported: the one to publish, unless another is chosen."""
        if not self.report_edit.path:
            self.report_edit.setText(pdf)
