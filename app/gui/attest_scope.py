"""The first step of an attestation: what it covers and where its request goes."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import InvalidInput
from app.gui import settings
from app.gui.file_field import FileField
from app.gui.forms import Form
from app.gui.i18n import tr
from app.services import attesting


def check_as_of(text: str) -> None:
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise InvalidInput(tr("Not a time such as 2026-11-25T09:30:00Z."), "as_of") from None
    if moment.tzinfo is None:
        raise InvalidInput(tr("Give the time zone too (Z for UTC)."), "as_of")


def check_existing(text: str) -> None:
    if not Path(text).expanduser().is_file():
        raise InvalidInput(tr("There is no file {path}.").format(path=text))


def check_new(text: str) -> None:
    path = Path(text).expanduser()
    if path.exists():
        raise InvalidInput(tr("{path} already exists; choose a new name.").format(path=text))
    if not path.parent.is_dir():
        raise InvalidInput(tr("There is no folder {path}.").format(path=str(path.parent)))
    if Path(attesting.leaves_path_for(path)).exists():
        raise InvalidInput(tr("Its leaves file {path} already exists; choose a new name.")
                           .format(path=attesting.leaves_path_for(path)))


def suggested_request() -> str:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    return str(Path(settings.last_folder("attest")) / f"attestation-{stamp}.req.json")


class ScopeStep(QWidget):
    """Custodian, sites, as-of, trust policy, leaves in the request, request file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.custodian_edit = QLineEdit(settings.value("attest/custodian"))
        self.sites_list = QListWidget()
        self.sites_list.setObjectName("sites")
        self.sites_list.setMaximumHeight(150)
        self.sites_list.itemChanged.connect(lambda *_: self._sites_changed())
        self.sites_error = QLabel()
        self.sites_error.setObjectName("error_sites")
        self.sites_error.setProperty("role", "error")
        self.sites_error.hide()
        self.as_of_edit = QLineEdit()
        self.as_of_edit.setPlaceholderText(tr("empty: now"))
        self.policy_edit = FileField(tr("Choose the trust policy"),
                                     tr("Policies (*.json);;All files (*)"), key="policy")
        self.policy_edit.setText(settings.value("attest/policy"))
        self.out_edit = FileField(tr("Save the signing request as"),
                                  tr("Signing requests (*.req.json);;All files (*)"),
                                  key="attest", save=True,
                                  suggested=Path(suggested_request()).name)
        self.out_edit.setText(suggested_request())
        self.with_leaves = QCheckBox(tr("Include the leaves in the request"))
        self.commitment_edit = QLineEdit()
        self.commitment_edit.setObjectName("audit_commitment")
        self.commitment_edit.setPlaceholderText(tr("optional: 64 hex digits from the auditor"))
        self.leaves_note = QLabel()
        self.leaves_note.setWordWrap(True)
        self.leaves_note.setProperty("role", "hint")

        layout_form = QFormLayout()
        self.form = Form(layout_form)
        self.form.add("custodian", tr("Custodian:"), self.custodian_edit,
                      hint=tr("The organisation that holds the reserves, as it will be signed."))
        layout_form.addRow(tr("Sites:"), self._sites_box())
        self.form.add("as_of", tr("As of:"), self.as_of_edit, check_as_of, required=False,
                      hint=tr("UTC, RFC 3339 (2026-11-25T09:30:00Z); empty for now."))
        self.form.add("policy_path", tr("Trust policy:"), self.policy_edit, check_existing)
        self.form.add("with_leaves", tr("Leaves:"), self.with_leaves, required=False,
                      hint=tr("The offline signer then recomputes the root and the totals "
                              "itself; the request grows with every holding."))
        self.form.add("out", tr("Signing request:"), self.out_edit, check_new)
        self.form.add("audit_commitment", tr("Auditor's nonce commitment:"),
                      self.commitment_edit, attesting.check_audit_commitment, required=False,
                      hint=tr("The commitment the auditor gave you: the statement binds the "
                              "nonce of their count, so neither side can choose its sample."))
        layout_form.addRow("", self.leaves_note)
        self.form.finish()
        self.out_edit.textChanged.connect(self._show_leaves_path)
        self._show_leaves_path()
        layout = QVBoxLayout(self)
        layout.addLayout(layout_form)
        layout.addStretch()

    def _sites_box(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.sites_list)
        hint = QLabel(tr("Ticked sites are attested; all of them by default."))
        hint.setProperty("role", "hint")
        column.addWidget(hint)
        column.addWidget(self.sites_error)
        return box

    def _show_leaves_path(self) -> None:
        out = self.out_edit.path
        self.leaves_note.setText(tr("The leaves file goes beside it: {path}").format(
            path=attesting.leaves_path_for(out)) if out else "")

    def set_sites(self, sites: list[dict[str, Any]]) -> None:
        ticked = self.chosen_sites()
        known = {self.sites_list.item(i).data(Qt.ItemDataRole.UserRole)
                 for i in range(self.sites_list.count())}
        self.sites_list.blockSignals(True)
        self.sites_list.clear()
        for site in sites:
            item = QListWidgetItem(f"{site['code']} — {site['name']} ({site['kind']})")
            item.setData(Qt.ItemDataRole.UserRole, site["code"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            keep = site["code"] in ticked or site["code"] not in known
            item.setCheckState(Qt.CheckState.Checked if keep else Qt.CheckState.Unchecked)
            self.sites_list.addItem(item)
        self.sites_list.blockSignals(False)
        self._sites_changed()

    def tick_sites(self, codes: list[str]) -> None:
        for i in range(self.sites_list.count()):
            item = self.sites_list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                               in codes else Qt.CheckState.Unchecked)

    def chosen_sites(self) -> list[str]:
        return [self.sites_list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.sites_list.count())
                if self.sites_list.item(i).checkState() == Qt.CheckState.Checked]

    def _sites_changed(self) -> bool:
        ok = bool(self.chosen_sites()) or self.sites_list.count() == 0
        self.sites_error.setText("" if ok else tr("Tick at least one site."))
        self.sites_error.setVisible(not ok)
        return ok

    def request_arguments(self) -> dict[str, Any] | None:
        """The arguments of `attesting.make_request`, or None (messages shown) if not valid."""
        valid = self.form.touch_all()
        valid = self._sites_changed() and valid
        if not valid:
            return None
        values = self.form.values()
        chosen = self.chosen_sites()
        every = len(chosen) == self.sites_list.count()
        out = str(Path(values["out"]).expanduser())
        settings.set_value("attest/custodian", values["custodian"])
        settings.set_value("attest/policy", values["policy_path"])
        return {"custodian": values["custodian"], "sites": None if every else chosen,
                "as_of": values["as_of"] or None,
                "policy_path": str(Path(values["policy_path"]).expanduser()),
                "with_leaves": self.with_leaves.isChecked(), "out": out,
                "leaves_out": attesting.leaves_path_for(out),
                "audit_commitment": values["audit_commitment"] or None}

    def fresh_request_name(self) -> None:
        """A new default name for the next request (the last one was written)."""
        self.out_edit.setText(suggested_request())
