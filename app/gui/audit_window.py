"""Physical count…: the auditor's count of a sample, in four steps (FORMAT.md §11), the
desktop's twin of `tijori audit plan|sheet|record`. Needs no ledger.

1. Plan: the final attestation, its leaves, the policy the auditor holds and a nonce drawn
   after the attestation was final choose the holdings to count (`auditing.make_plan`, off
   the GUI thread); or a plan made earlier is opened.
2. Sheets: the count sheets to print (PDF) and the results sheet to fill in (CSV).
3. Count: the planned holdings in the order of the walk, marked by scanning and typing
   (`app.gui.audit_count`), saved and taken up again over several days.
4. Record: who counted, when, the tolerances; the auditor's key signs the certificate
   (`app.gui.audit_record`), and the count is verified at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QSize, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.gui import dialogs
from app.gui.audit_count import CountPage
from app.gui.audit_model import CountModel
from app.gui.audit_plan import PlanPage, SheetsPage, button, describe_plan
from app.gui.audit_record import RecordPage
from app.gui.look import set_role
from app.gui.screen_fit import fit_to_screen, scrolled


class AuditWindow(QDialog):
    """Physical count: plan, sheets, count, record."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Physical count"))
        self.setObjectName("audit_window")
        self.plan: dict[str, Any] | None = None
        self.plan_path = ""
        self._closing = False
        title = QLabel(self.tr("The auditor's physical count"))
        set_role(title, "title")
        self.plan_line = QLabel()
        self.plan_line.setObjectName("plan_line")
        self.plan_line.setWordWrap(True)
        set_role(self.plan_line, "hint")

        self.model = CountModel(self)
        self.plan_page = PlanPage()
        self.sheets_page = SheetsPage(self)
        self.count_page = CountPage(self.model)
        self.record_page = RecordPage(self.model, self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("audit_steps")
        self.plan_scroll = scrolled(self.plan_page)
        self.record_scroll = scrolled(self.record_page)
        self.tabs.addTab(self.plan_scroll, self.tr("1. Plan"))
        self.tabs.addTab(scrolled(self.sheets_page), self.tr("2. Sheets"))
        self.tabs.addTab(self.count_page, self.tr("3. Count"))
        self.tabs.addTab(self.record_scroll, self.tr("4. Record"))
        # What a step ends with comes into view, on a small screen too.
        self.plan_page.plan_ready.connect(lambda *_: self._bring(
            self.plan_scroll, self.plan_page.result_box))
        self.record_page.recorded.connect(lambda *_: self._bring(
            self.record_scroll, self.record_page.result_box))
        self.record_page.verified.connect(lambda *_: self._bring(
            self.record_scroll, self.record_page.result_box))
        self.tabs.currentChanged.connect(self._step_changed)
        self.plan_page.plan_ready.connect(self.set_plan)
        self.plan_page.may_replace = self._may_replace
        self.plan_page.next_button.clicked.connect(lambda: self.tabs.setCurrentIndex(1))
        self.sheets_page.next_button.clicked.connect(lambda: self.tabs.setCurrentIndex(2))

        close = button(self.tr("Close"), "close", self.close)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.plan_line)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self._show_plan()
        fit_to_screen(self, QSize(1100, 760))  # a 1024×768 terminal gets what fits

    def _may_replace(self) -> bool:
        """Before another plan is made or opened: the marks not saved are let go, if asked."""
        return not self.model.unsaved or dialogs.ask(self, self.tr("Another plan"), self.tr(
            "The marks of the count in progress are not saved. Let them go, for another "
            "plan?"))

    def set_plan(self, path: str, plan: dict[str, Any]) -> None:
        """Count `plan` from now on."""
        self.plan, self.plan_path = plan, path
        self.count_page.set_plan(plan)
        self.record_page.clear()
        self._show_plan()
        self.sheets_page.update_buttons()

    def _show_plan(self) -> None:
        has_plan = self.plan is not None
        for step in (1, 2, 3):
            self.tabs.setTabEnabled(step, has_plan)
        self.plan_line.setText(
            self.tr("Plan {name}: {what}").format(name=Path(self.plan_path).name,
                                                  what=describe_plan(self.plan))
            if self.plan is not None else
            self.tr("Make the plan from the final attestation, or open one made earlier. The "
                    "sheets, the count and the record follow from it."))

    @staticmethod
    def _bring(area: QScrollArea, widget: QWidget) -> None:
        """Scroll `widget` into view once it is laid out (from its top)."""
        def show() -> None:
            bar = area.verticalScrollBar()
            bar.setValue(min(bar.maximum(), widget.mapTo(area.widget(), QPoint(0, 0)).y()))
        QTimer.singleShot(0, show)

    def _step_changed(self, step: int) -> None:
        if self.tabs.widget(step) is self.count_page:
            self.count_page.back_to_scan()

    def show_count_row(self, number: int | None) -> None:
        """Step 3, with row `number` selected (the one to put right)."""
        self.tabs.setCurrentWidget(self.count_page)
        if number is not None:
            self.count_page.select(number)

    def policy_path(self) -> str:
        return self.plan_page.policy_field.path

    def leaves_path(self) -> str:
        return self.plan_page.leaves_field.path

    def _may_close(self) -> bool:
        return not self.model.unsaved or dialogs.ask(self, self.tr("Close"), self.tr(
            "The marks of the count are not saved. Close and lose them?"))

    def reject(self) -> None:
        """Escape, Close, the window's ×: the marks not saved are let go only if asked."""
        if self._closing or self._may_close():
            super().reject()

    def closeEvent(self, event: Any) -> None:
        if not self._may_close():
            event.ignore()
            return
        self._closing = True  # QDialog's closeEvent rejects: asked once is enough
        try:
            super().closeEvent(event)
        finally:
            self._closing = False
