"""Physical count ▸ 4. Record: who counted, when, under which tolerances; then the auditor's
key signs the count certificate and the count file is written (`counting.record_rows`,
the desktop's twin of `tijori audit record`), and it can be verified at once.

The rows come from the count table (`CountModel.results`); a planned holding without a
result, a contradictory row, a wrong passphrase: each is said in a dialog naming what and
where, and nothing is written. Signing (Argon2id, then Ed25519) and verifying run off the
GUI thread (`Op`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import InvalidInput
from app.domain.times import parse_time
from app.gui import dialogs, names, settings
from app.gui.checklist import Checklist
from app.gui.file_field import FileField, check_key_reference
from app.gui.forms import Form
from app.gui.i18n import say, tr
from app.gui.look import set_role
from app.gui.ops import Op
from app.gui.progress import ProgressPanel
from app.gui.workers import Job
from app.services import counting, verifying
from app.services.counting import Tolerance

if TYPE_CHECKING:
    from app.gui.audit_count import CountModel

COUNTED_BY = "audit/counted_by"
WITNESSED_BY = "audit/witnessed_by"


def tolerance_lines(text: str) -> tuple[str, ...]:
    """The stated tolerances, one KIND[:COMMODITY]=LIMIT a line (blank lines skipped)."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


#: The sources the certificate states in English (signed as written), as the auditor reads
#: them here; a source not listed (a future default) is shown as the certificate has it.
SOURCES = frozenset({
    QT_TRANSLATE_NOOP("", "one weighing step of the LBMA Good Delivery Rules: gold bars' "
                          "gross weights are stated in multiples of 0.025 ozt, rounded down"),
    QT_TRANSLATE_NOOP("", "one weighing step of the LBMA Good Delivery Rules: silver bars' "
                          "gross weights are stated in multiples of 0.1 ozt, rounded down"),
    QT_TRANSLATE_NOOP("", "the auditor's default for re-weighed lots"),
    QT_TRANSLATE_NOOP("", "the auditor's default for a re-gauged tank's net standard volume"),
    QT_TRANSLATE_NOOP("", "the auditor's default for a re-measured gas inventory"),
    QT_TRANSLATE_NOOP("", "stated by the auditor"),
})


def describe_tolerance(rule: Tolerance) -> str:
    """A tolerance as the auditor reads it: what it applies to, the limit, its source."""
    kinds = {"bar": tr("bars"), "lot": tr("lots"), "tank": tr("tanks"),
             "gas": tr("gas inventories")}
    what = kinds.get(rule.kind, rule.kind) if rule.commodity == "*" else \
        tr("{kinds} of {commodity}").format(kinds=kinds.get(rule.kind, rule.kind),
                                           commodity=names.name(rule.commodity))
    limit = f"±{rule.absolute} {rule.unit}" if rule.absolute is not None else \
        tr("±{percent} % of the recorded figure").format(percent=rule.percent)
    source = tr(rule.source) if rule.source in SOURCES else rule.source
    return tr("{what}: {limit} ({source})").format(what=what, limit=limit, source=source)


def check_tolerances(text: str) -> None:
    for line in tolerance_lines(text):
        counting.parse_tolerance(line)


def check_time(text: str) -> None:
    parse_time(text, "the time")


class RecordPage(QWidget):
    """The certificate's particulars, the key, Sign; then the result and its verdict."""

    recorded = Signal(object)  # what `record_rows` returned
    verified = Signal(object)  # the verdict of the count file

    def __init__(self, model: CountModel, host: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.host = host  # the window: its plan, and the policy and leaves of step 1
        self.job: Job | None = None
        self.verify_job: Job | None = None
        self.result: dict[str, Any] | None = None
        self.picked_out = ""

        form = self.form = Form(QFormLayout())
        self.counted_by = form.add("counted_by", self.tr("Counted by:"),
                                   QLineEdit(settings.value(COUNTED_BY)))
        self.witnessed_by = form.add("witnessed_by", self.tr("Witnessed by:"),
                                     QLineEdit(settings.value(WITNESSED_BY)))
        now = self.tr("now")
        self.counted_from = form.add("counted_from", self.tr("Counted from:"), QLineEdit(),
                                     check_time, required=False,
                                     hint=self.tr("UTC, as 2025-03-01T08:00:00Z; blank: now"))
        self.counted_to = form.add("counted_to", self.tr("Counted to:"), QLineEdit(),
                                   check_time, required=False)
        for field in (self.counted_from, self.counted_to):
            field.setPlaceholderText(now)
        self.key_field = form.add("key", self.tr("Auditor key:"), FileField(
            self.tr("Your auditor key file"), self.tr("Key files (*.key);;All files (*)"),
            key="keys"), check_key_reference,
            hint=self.tr("A key file, or a key in a token by its pkcs11: URI."))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Your key's passphrase, or the token's PIN"))
        form.add("passphrase", self.tr("Passphrase or PIN:"), self.passphrase)
        self.passphrase.returnPressed.connect(self.record)
        self.out_field = form.add("out", self.tr("Count file:"), FileField(
            self.tr("Where to write the count"), self.tr("Count (*.json);;All files (*)"),
            key="audit", save=True, suggested="count.json"))
        self.out_field.picked.connect(lambda path: setattr(self, "picked_out", path))
        form.finish()

        # Beside it, the tolerances: the auditor's own, then the defaults they leave.
        self.tolerance_form = Form(QFormLayout())
        self.tolerance = self.tolerance_form.add(
            "tolerance", self.tr("Stated:"), QPlainTextEdit(), check_tolerances,
            required=False, hint=self.tr("Optional, one a line: KIND[:COMMODITY]=LIMIT, e.g. "
                                         "bar:gold=0.05 (ozt) or tank=0.3%. Each replaces "
                                         "the defaults it names."))
        self.tolerance.setFixedHeight(self.tolerance.fontMetrics().lineSpacing() * 3 + 12)
        self.tolerance.setTabChangesFocus(True)
        self.tolerance.textChanged.connect(self._tolerances_changed)
        self.tolerance_form.finish()
        defaults = QLabel(self.tr("Unless you state others:") + "\n" + "\n".join(
            "• " + describe_tolerance(rule) for rule in counting.tolerances_with([])))
        defaults.setObjectName("default_tolerances")
        defaults.setWordWrap(True)
        set_role(defaults, "hint")
        self.forms = (self.form, self.tolerance_form)
        tolerances = QGroupBox(self.tr("Tolerances"))
        tolerance_column = QVBoxLayout(tolerances)
        tolerance_column.addLayout(self.tolerance_form.layout)
        tolerance_column.addWidget(defaults)
        who = QGroupBox(self.tr("The count, and your key"))
        QVBoxLayout(who).addLayout(form.layout)
        columns = QHBoxLayout()
        columns.addWidget(who, 1, Qt.AlignmentFlag.AlignTop)
        columns.addWidget(tolerances, 1, Qt.AlignmentFlag.AlignTop)

        self.record_button = QPushButton(self.tr("Sign and write the count"))
        self.record_button.setObjectName("record")
        set_role(self.record_button, "primary")
        self.record_button.setAutoDefault(False)
        self.record_button.clicked.connect(self.record)
        self.progress = ProgressPanel()

        self.summary = QLabel()
        self.summary.setObjectName("count_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.conclusion = QLabel()
        self.conclusion.setObjectName("count_conclusion")
        self.conclusion.setWordWrap(True)
        self.conclusion.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verify_button = QPushButton(self.tr("Verify it now"))
        self.verify_button.setObjectName("verify_count")
        self.verify_button.setAutoDefault(False)
        self.verify_button.clicked.connect(self.verify)
        self.verify_progress = ProgressPanel()
        self.checklist = Checklist(valid_text=self.tr("VALID"),
                                   partial_text=self.tr("VALID, with checks not done"))
        self.result_box = QGroupBox(self.tr("The count"))
        column = QVBoxLayout(self.result_box)
        column.addWidget(self.summary)
        column.addWidget(self.conclusion)
        verify_row = QHBoxLayout()
        verify_row.addWidget(self.verify_button)
        verify_row.addWidget(self.verify_progress, 1)
        verify_row.addStretch(0)
        column.addLayout(verify_row)
        column.addWidget(self.checklist)
        self.result_box.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(0)
        layout.addLayout(buttons)
        layout.addWidget(self.result_box)
        layout.addStretch(1)

    @property
    def busy(self) -> bool:
        return self.job is not None and not self.job.done

    def _tolerances_changed(self) -> None:
        """The count table re-classifies under the tolerances as they are typed (once
        valid), so what it shows is what will be recorded."""
        text = self.tolerance.toPlainText()
        try:
            check_tolerances(text)
        except InvalidInput:
            return
        self.model.set_tolerances(tolerance_lines(text))

    def _ready(self) -> bool:
        plan = self.host.plan
        if plan is None:
            dialogs.warn(self, self.tr("No plan"), self.tr("Make or open a plan first (step 1)."))
            return False
        return all([form.touch_all() for form in self.forms])

    def record(self) -> Job | None:
        """Sign the certificate of the count in the table and write the count file."""
        if self.busy or not self._ready():
            return None
        values = self.form.values() | self.tolerance_form.values()
        out = values["out"]
        try:
            rows, unlisted = self.model.results()
        except InvalidInput as exc:
            self.host.show_count_row(self.model.first("problem"))
            dialogs.warn(self, self.tr("Not recorded"), say(exc))
            return None
        overwrite = False
        if Path(out).exists():
            if out != self.picked_out and not dialogs.ask(self, self.tr("Replace?"), self.tr(
                    "{path} exists. Replace it with this count?").format(path=out)):
                return None
            overwrite = True
        settings.set_value(COUNTED_BY, values["counted_by"])
        settings.set_value(WITNESSED_BY, values["witnessed_by"])
        plan, secret, key = self.host.plan, self.passphrase.text(), values["key"]
        tolerances = tolerance_lines(values["tolerance"])
        source = self.model.source

        def work(task: Any) -> dict[str, Any]:
            return counting.record_rows(
                plan, rows, unlisted, key, secret, out=out, counted_by=values["counted_by"],
                witnessed_by=values["witnessed_by"],
                counted_from=values["counted_from"] or None,
                counted_to=values["counted_to"] or None, tolerances=tolerances,
                overwrite=overwrite, source=source)

        self.clear()
        self.job = (Op(self, work, label="record count")
                    .progress(self.progress, self.tr("Unlocking the key and signing…"))
                    .success(self._recorded)
                    .failure(self._failed)
                    .after(self._update)
                    .run())
        self._update()
        return self.job

    def _failed(self, exc: BaseException) -> bool:
        """Said next to its field when it has one (and, by `Op`, in a dialog)."""
        if not isinstance(exc, InvalidInput):
            return False
        if exc.field in self.form.fields or exc.field in self.tolerance_form.fields:
            (self.form if exc.field in self.form.fields else self.tolerance_form).claim(exc)
            if exc.field == "passphrase":
                self.passphrase.selectAll()
                self.passphrase.setFocus()
        elif exc.field is None:
            # The rows are checked before the times and names: a row to put right, or
            # one without a result, is what this is about. Show it in the table.
            problem = self.model.first("problem")
            row = problem if problem is not None else self.model.first("unmarked")
            if row is not None:
                self.host.show_count_row(row)
        return False

    def clear(self) -> None:
        """Another plan: nothing recorded of it yet."""
        self.result = None
        self.result_box.hide()
        self.checklist.clear()
        self._update()

    def _recorded(self, result: dict[str, Any]) -> None:
        self.result = result
        self.form.reset(("passphrase",))  # cleared, and not "required" in red either
        s = result["summary"]
        self.summary.setText(self.tr(
            "Count written to {path}, signed by key {keyid}: {sampled} sampled of {population} "
            "bars and lots, {always} tanks and gas inventories, {exceptions} with exceptions, "
            "{unlisted} bar(s) found unlisted.").format(
                path=result["path"], keyid=result["keyid"][:16], sampled=f"{s['sampled']:,}",
                population=f"{s['population']:,}", always=f"{s['always']:,}",
                exceptions=f"{s['sampled_exceptions'] + s['always_exceptions']:,}",
                unlisted=f"{s['unlisted']:,}"))
        set_role(self.summary, "ok")
        self.conclusion.setText(self.tr("Conclusion: {text}").format(text=result["conclusion"]))
        self.result_box.show()
        self.recorded.emit(result)

    def verify(self) -> Job | None:
        """Verify the count file just written, under the policy and with the leaves of step 1."""
        if self.result is None or self.verify_busy:
            return None
        policy, leaves = self.host.policy_path(), self.host.leaves_path()
        if not policy:
            dialogs.warn(self, self.tr("Verify"), self.tr(
                "Give the trust policy you hold in step 1 (Plan), then verify."))
            return None
        path = self.result["path"]

        def work(task: Any) -> Any:
            return verifying.verify_file(path, policy, leaves=leaves or None, parallel=False)

        self.checklist.clear()
        self.verify_job = (Op(self, work, label="verify count")
                           .progress(self.verify_progress, self.tr("Verifying {name}…").format(
                               name=Path(path).name))
                           .success(self._verified)
                           .after(self._update)
                           .run())
        self._update()
        return self.verify_job

    @property
    def verify_busy(self) -> bool:
        return self.verify_job is not None and not self.verify_job.done

    def _verified(self, verdict: Any) -> None:
        self.checklist.show_verdict(verdict)
        self.verified.emit(verdict)

    def _update(self) -> None:
        self.record_button.setEnabled(not self.busy)
        self.verify_button.setEnabled(not self.verify_busy and self.result is not None)
