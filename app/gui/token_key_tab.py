"""The Keys page's "Create a key in a token" tab: a key generated inside an HSM or a
smartcard through its PKCS#11 module, of which only the public key file is written.

The key is then named by its ``pkcs11:`` URI, shown here to copy, and accepted wherever
a key file is (the signer window, "Sign a policy", the command line).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.domain.errors import InvalidInput
from app.gui.file_field import FileField
from app.gui.forms import Form
from app.gui.i18n import tr
from app.gui.look import set_role
from app.gui.workers import Job
from app.services import keys


def check_module(text: str) -> None:
    from pathlib import Path

    if not Path(text).expanduser().is_file():
        raise InvalidInput(tr("There is no such file: choose the token's PKCS#11 module "
                              "(a .so file)."))


class TokenKeyTab(QWidget):
    """Module, token, name, algorithm, PIN and public key file; then the key's URI."""

    def __init__(self, page: Any) -> None:
        super().__init__()
        from app.gui.keys_page import _password, _result_label, check_name, check_new_file

        self.page = page
        column = QVBoxLayout(self)
        self.form = Form(QFormLayout())
        f = self.form
        self.module = f.add("module", tr("PKCS#11 module:"), FileField(
            tr("The token's PKCS#11 module"), tr("Modules (*.so *.so.*);;All files (*)"),
            key="pkcs11"), check_module,
            hint=tr("The library the token's maker supplies, e.g. "
                    "/usr/lib/softhsm/libsofthsm2.so."))
        self.token = f.add("token", tr("Token label:"), QLineEdit(),
                           hint=tr("The name the token was initialised with."))
        self.name = f.add("name", tr("Key name:"), QLineEdit(), check_name,
                          hint=tr("Its label inside the token, e.g. 'Admin 1 HSM'."))
        self.algorithm = QComboBox()
        self.algorithm.addItem(tr("Ed25519 where the token offers it, else P-256"), "auto")
        self.algorithm.addItem(tr("ECDSA P-256 — signing PDF reports (report-signer)"),
                               "ecdsa-p256")
        f.add("algorithm", tr("Algorithm:"), self.algorithm)
        self.pin = f.add("pin", tr("Token PIN:"), _password(),
                         hint=tr("Asked for this once; never stored."))
        self.out = f.add("out", tr("Public key file:"), FileField(
            tr("Where to write the public key"), tr("Public keys (*.pub)"), key="keys",
            save=True, suggested="token-key.pub"), check_new_file)
        f.finish()
        self.button = QPushButton(tr("Create the key in the token"))
        self.button.setObjectName("create_token_key")
        set_role(self.button, "primary")
        self.button.clicked.connect(self.create)
        page._track(f, self.button)
        self.result = _result_label()
        self.result.setObjectName("token_key_result")
        self.uri = ""
        column.addLayout(f.layout)
        column.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.result)
        column.addStretch(1)

    def create(self) -> Job | None:
        if not self.form.touch_all():
            return None
        values = self.form.values()
        pin = self.pin.text()
        algorithm = None if self.algorithm.currentData() == "auto" else \
            self.algorithm.currentData()

        def work() -> dict[str, Any]:
            return keys.create_token_key(values["name"], values["out"], module=values["module"],
                                         token=values["token"], pin=lambda: pin,
                                         algorithm=algorithm)

        def done(info: dict[str, Any]) -> None:
            from app.gui.keys_page import _result

            self.form.reset(("pin",))
            self.uri = info["uri"]
            _result(self.result, tr(
                "Created the key {name} ({algorithm}) inside token {token}; its public key "
                "is in {path}.\nkeyid {keyid}\nwords: {words}\nSign with this key by its "
                "URI:\n{uri}").format(name=info["name"], algorithm=info["algorithm"],
                                      token=values["token"], path=values["out"],
                                      keyid=info["keyid"], words=info["words"], uri=self.uri))
            self.page.key_created.emit(info)

        return self.page._background(work, tr("Creating the key inside the token…"), done,
                                     self.form, self.button)
