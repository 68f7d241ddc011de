"""*Connect to a server…* on the start screen: the address of a ledger kept on a PostgreSQL
server (a postgresql:// URL), checked at the field.

The dialog only asks; the start window opens the ledger on its thread, as it opens a
file (`StartWindow._open`), and tells the dialog how it went: it closes once the ledger
is open, or stays with the address in it after the server's one-sentence error. No
passphrase is asked: the server's roles, its TLS certificate and the usual means of
PostgreSQL (~/.pgpass, a client certificate) stand for it. Only when the server asks for
the role's password and those means do not give it does a password field appear; what is
typed there is kept in memory for the session's reconnections and never stored.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from app.gui import dialogs
from app.gui.forms import Form
from app.gui.i18n import tr
from app.gui.ledger_dialogs import fit_height
from app.gui.look import set_role
from app.services import session

#: What the address field shows while empty.
EXAMPLE = "postgresql://dock@vault-db.example/tijori"


def server_name(url: str) -> str:
    """A server ledger in a few words: its database and the server it is on."""
    database, host = session.server_parts(url)
    where = tr("this computer") if not host or host.startswith("/") else host
    return tr("{database} on {server}").format(database=database or "?", server=where)


def _label(text: str, role: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    set_role(label, role)
    return label


class ConnectDialog(QDialog):
    """Emits `submitted(url, password)` on Connect with a postgresql:// URL; `abandoned()` when
    cancelled while the start window is still connecting (whatever comes of it is then
    let go). The start window calls `failed()` when the ledger did not open."""

    submitted = Signal(str, str)  # the address, and the password typed ("" if none)
    abandoned = Signal()

    def __init__(self, parent: QWidget | None = None, url: str = "") -> None:
        super().__init__(parent)
        self.busy = False
        self.setWindowTitle(self.tr("Connect to a ledger server"))
        self.setModal(True)
        self.setMinimumWidth(560)
        heading = _label(self.tr("Connect to a ledger server"), "title")
        intro = _label(self.tr("The terminals of one custodian can share one ledger on a "
                               "PostgreSQL server. Type its address as the server's "
                               "administrator gave it."), "hint")
        self.form = Form(QFormLayout())
        self.url = QLineEdit(url)
        self.url.setPlaceholderText(EXAMPLE)
        self.url.setMinimumWidth(380)
        self.form.add("url", self.tr("Address:"), self.url, session.check_server_url)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.add("password", self.tr("Password:"), self.password, required=False)
        self.password_row = self.password.parentWidget()  # the row's field, with its message
        self.form.finish()
        self.form.layout.setRowVisible(self.password_row, False)  # until the server asks
        self.form.layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        note = _label(self.tr("The connection is encrypted and the server's certificate "
                              "verified (TLS), unless the address names a Unix socket on "
                              "this computer. The password comes from the server's usual "
                              "means, such as ~/.pgpass; Tijori asks for it only when the "
                              "server wants one they do not give, and never stores it."),
                      "hint")
        note.setObjectName("connect_note")
        self.status = _label("", "hint")
        self.status.setObjectName("connect_status")
        self.status.hide()
        self.spinner = QProgressBar()
        self.spinner.setRange(0, 0)
        self.spinner.setTextVisible(False)
        self.spinner.setMaximumHeight(8)
        self.spinner.hide()
        buttons, self.connect_button, self.cancel_button = dialogs.footer(
            self, self.tr("Connect"), "connect", self.submit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(self.form.layout)
        layout.addWidget(note)
        layout.addSpacing(6)
        layout.addWidget(self.status)
        layout.addWidget(self.spinner)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.valid = False
        self.adjustSize()
        self.form.validity.connect(self._valid)
        self._valid(self.form.revalidate(show=False))
        self.url.setFocus()

    def address(self) -> str:
        return self.url.text().strip()

    def _valid(self, ok: bool) -> None:
        self.valid = ok
        self._refresh()

    def _refresh(self) -> None:
        self.connect_button.setEnabled(not self.busy and self.valid)
        fit_height(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                not self.connect_button.isEnabled():
            self.form.touch_all()  # Enter on an address that will not do: say why
            event.accept()
            return
        super().keyPressEvent(event)

    def submit(self) -> bool:
        """Connect: the address checked once more (its message under the field if it is
        not a postgresql:// URL), then `submitted(url)`. False when nothing was sent."""
        if self.busy or not self.form.touch_all():
            return False
        url = session.check_server_url(self.address())
        self.status.setText(self.tr("Connecting to {url}…").format(url=session.shown_url(url)))
        self._set_busy(True)
        asked = self.form.layout.isRowVisible(self.password_row)
        self.submitted.emit(url, self.password.text() if asked else "")
        return True

    def ask_password(self, message: str) -> None:
        """The server asks for the role's password (or refused the one typed): the field
        shows, with the server's sentence under it, ready for typing."""
        self._set_busy(False)
        self.form.layout.setRowVisible(self.password_row, True)
        self.form.set_error("password", message)
        self.password.selectAll()
        self.password.setFocus()
        self._refresh()

    def failed(self) -> None:
        """The ledger did not open (the start window has said why): try another address."""
        self._set_busy(False)
        self.url.selectAll()
        self.url.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.url.setEnabled(not busy)
        self.password.setEnabled(not busy)
        self.spinner.setVisible(busy)
        self.status.setVisible(busy)
        self._refresh()

    def reject(self) -> None:
        if self.busy:  # the server has not answered yet: whatever it answers is let go
            self._set_busy(False)
            self.abandoned.emit()
        super().reject()  # also what closing the window does (QDialog.closeEvent)
