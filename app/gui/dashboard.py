"""The Dashboard: totals, coverage, the last attestation, the journal, recent movements."""

from __future__ import annotations

import re
from decimal import ROUND_DOWN, Decimal
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import TijoriError
from app.domain.units import group_digits
from app.gui import settings
from app.gui.charts import GOOD, NEUTRAL, SHORT, Bar, BarChart
from app.gui.context import AppContext
from app.gui.history_view import said
from app.gui.i18n import counted, say
from app.gui.look import set_role
from app.gui.names import name
from app.gui.progress import ProgressPanel
from app.services import journal_browser, keys, ledger_views, overview
from app.services.timeline import Entry

#: The trust policy the Attest page last used (`attest_scope` remembers it).
POLICY_SETTING = "attest/policy"

#: Where a recent movement's row keeps its event kind.
KIND_ROLE = Qt.ItemDataRole.UserRole

PERCENT = Decimal("0.01")


def card(title: str, body: QWidget | None = None) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    set_role(frame, "card")
    layout = QVBoxLayout(frame)
    layout.setAlignment(Qt.AlignmentFlag.AlignTop)
    heading = QLabel(title)
    set_role(heading, "subtitle")
    layout.addWidget(heading)
    if body is not None:
        layout.addWidget(body)
    return frame, layout


class DashboardPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: dict[str, Any] | None = None

        self.totals = QLabel(self.tr("Loading…"))
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.totals.setWordWrap(True)  # its sentence when nothing is held fits 1024 px
        self.attestation = QLabel(self.tr("Loading…"))
        self.attestation.setWordWrap(True)
        # What in the trust policy last used on the Attest page ends within 60 days.
        self.policy_expiry = QLabel()
        self.policy_expiry.setObjectName("policy_expiry")
        self.policy_expiry.setWordWrap(True)
        set_role(self.policy_expiry, "warning")
        self.policy_expiry.hide()
        self.journal = QLabel(self.tr("Loading…"))
        self.journal.setWordWrap(True)
        self.journal_state = QLabel(self.tr("Not checked in this session."))
        self.journal_state.setWordWrap(True)
        self.check_button = QPushButton(self.tr("Check the journal now"))
        self.check_button.setObjectName("check_journal")
        self.check_button.clicked.connect(self.check_journal)
        self.progress = ProgressPanel()
        self.coverage = BarChart(self.tr("No tokens recorded. Add one from the Record menu."))
        self.coverage.setObjectName("coverage_chart")
        self.by_site = BarChart(self.tr("Nothing held yet."))
        self.by_site.setObjectName("site_chart")
        self.recent = QTreeWidget()
        self.recent.setObjectName("recent")
        self.recent.setRootIsDecorated(False)
        self.recent.setStyleSheet("QTreeView::item { padding: 1px 8px 1px 0px; }")
        self.recent.setHeaderLabels([self.tr("Event"), self.tr("When (UTC)"), self.tr("Who"),
                                     self.tr("What")])
        self.recent.setMinimumHeight(180)

        totals_card, _ = card(self.tr("Totals held"), self.totals)
        attest_card, attest_layout = card(self.tr("Last attestation"), self.attestation)
        attest_layout.addWidget(self.policy_expiry)
        journal_card, journal_layout = card(self.tr("Journal"), self.journal)
        journal_layout.addWidget(self.journal_state)
        row = QHBoxLayout()
        row.addWidget(self.check_button)
        row.addStretch(1)
        journal_layout.addLayout(row)
        journal_layout.addWidget(self.progress)
        coverage_card, _ = card(self.tr("Token coverage (reserves ÷ supply)"), self.coverage)
        site_card, self.site_layout = card(self.tr("Holdings by site"), self.by_site)
        recent_card, _ = card(self.tr("Recent movements"), self.recent)

        grid = QGridLayout()
        grid.addWidget(totals_card, 0, 0)
        grid.addWidget(attest_card, 0, 1)
        grid.addWidget(journal_card, 0, 2)
        grid.addWidget(coverage_card, 1, 0)
        grid.addWidget(site_card, 1, 1, 1, 2)
        grid.addWidget(recent_card, 2, 0, 1, 3)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(2, 1)
        inner = QWidget()
        outer = QVBoxLayout(inner)
        title = QLabel(self.tr("Dashboard"))
        set_role(title, "title")
        outer.addWidget(title)
        outer.addLayout(grid, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        ctx.changed.connect(self.reload)
        self.reload()

    # -- loading -----------------------------------------------------------------------

    def reload(self) -> None:
        self._show_policy_expiry()
        self.ctx.run(lambda ledger, task: overview.dashboard(ledger), parent=self,
                     done=self._show)
        self.ctx.run(lambda ledger, task: overview.by_site(ledger), parent=self,
                     done=self._show_sites)
        self.ctx.run(lambda ledger, task: [said(entry) for entry in journal_browser.recent(
            ledger)], parent=self, done=self._show_recent)

    def _show_policy_expiry(self) -> None:
        """Warn of the remembered trust policy's end, or a key's in it, within 60 days. A
        policy file moved away or unreadable is not this page's business: nothing is said."""
        path = settings.value(POLICY_SETTING)
        try:
            warnings = keys.policy_expiry_notices(path) if path else []
        except TijoriError:
            warnings = []
        self.policy_expiry.setText("\n".join(say(warning) for warning in warnings))
        self.policy_expiry.setVisible(bool(warnings))

    def _show(self, data: dict[str, Any]) -> None:
        self.data = data
        self._show_totals(data)
        self._show_attestation(data["attestation"])
        journal = data["journal"]
        self.journal.setText(self.tr("{n} events; head {head}…").format(
            n=f"{journal['events']:,}", head=journal["head"][:16]))
        self._show_coverage(data["tokens"])

    def _show_totals(self, data: dict[str, Any]) -> None:
        held = data["held"]
        if not data["totals"]:
            self.totals.setText(self.tr("Nothing held yet. Record a receipt or import a bar "
                                        "list to begin."))
            return
        # Qt lays a table's columns out from the left whatever its direction: right to
        # left, the cells come in the opposite order and the table sits at the right. Words
        # are set at the start of their cell, numbers at its end (on the left right to left,
        # as Qt sets them in the application's right-to-left tables), beside their unit.
        right_to_left = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        direction, start, end = ("rtl", "right", "left") if right_to_left else \
            ("ltr", "left", "right")
        rows = []
        for t in data["totals"]:
            cells = [f"<td align='{start}'>{name(t['commodity'])}</td>",
                     f"<td align='{end}'><b>{group_digits(t['quantity'])}</b></td>",
                     f"<td align='{start}'>{t['unit']}</td>"]
            rows.append("<tr>" + "".join(reversed(cells) if right_to_left else cells) + "</tr>")
        counts = ", ".join(counted(kind, held[table]) for kind, table in
                           (("bar", "bars"), ("lot", "lots"), ("tank", "tanks"), ("gas", "gas")))
        self.totals.setText(f"<table dir='{direction}' align='{start}' cellpadding='3'>"
                            f"{''.join(rows)}</table><p dir='{direction}'>{counts}</p>")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange and self.data is not None:
            self._show_totals(self.data)  # the table's columns follow the direction

    def _show_attestation(self, attestation: dict[str, Any] | None) -> None:
        if attestation is None:
            self.attestation.setText(self.tr("None yet. Prepare one on the Attest page."))
            return
        # A 64-digit id cannot wrap: its head is shown (enough to tell attestations apart),
        # the whole of it in the tooltip.
        self.attestation.setToolTip(attestation["attestation_id"])
        self.attestation.setText(self.tr(
            "{id}…\nas of {as_of} ({age} ago)\ndigest {digest}…\n{count} attestation(s) in the "
            "chain").format(id=attestation["attestation_id"][:16], as_of=attestation["as_of"][:19],
                            age=self.age(attestation["age"]),
                            digest=attestation["payload_sha256"][:16],
                            count=attestation["count"]))

    def age(self, age: str) -> str:
        """`overview`'s age of an attestation ("3 hours", "moments") in the application's
        language."""
        found = re.fullmatch(r"([0-9]+) (day|hour|minute)s?", age)
        if found is None:
            return self.tr("moments") if age == "moments" else age
        n = int(found[1])
        forms = {"day": (self.tr("{n} day"), self.tr("{n} days")),
                 "hour": (self.tr("{n} hour"), self.tr("{n} hours")),
                 "minute": (self.tr("{n} minute"), self.tr("{n} minutes"))}[found[2]]
        return forms[0 if n == 1 else 1].format(n=f"{n:,}")

    def _show_coverage(self, tokens: list[dict[str, Any]]) -> None:
        bars = []
        for token in tokens:
            if token.get("coverage") is None:
                text = (self.tr("no supply recorded") if token.get("supply") is None
                        else self.tr("no supply to cover"))
                bars.append(Bar(token["symbol"], Decimal(0), text, SHORT if token.get(
                    "supply") is None else GOOD))
                continue
            ratio = Decimal(token["coverage"])
            percent = (ratio * 100).quantize(PERCENT, rounding=ROUND_DOWN)
            text = f"{percent} %" + ("" if token["covered"] else self.tr("  SHORTFALL"))
            bars.append(Bar(token["symbol"], ratio, text, GOOD if token["covered"] else SHORT))
        self.coverage.set_bars(bars, Decimal(1) if bars else None, "100 %")

    def _show_sites(self, rows: list[dict[str, str]]) -> None:
        # One chart row per site and commodity, scaled within each unit (ozt with ozt).
        largest: dict[str, Decimal] = {}
        for row in rows:
            largest[row["unit"]] = max(largest.get(row["unit"], Decimal(0)),
                                       Decimal(row["quantity"]))
        bars = [Bar(f"{r['site']} {name(r['commodity'])}",
                    Decimal(r["quantity"]) / largest[r["unit"]] if largest[r["unit"]] else
                    Decimal(0), f"{group_digits(r['quantity'])} {r['unit']}", NEUTRAL)
                for r in rows]
        self.by_site.set_bars(bars)

    def _show_recent(self, entries: list[Entry]) -> None:
        """The last movements in sentences (`timeline.describe`, in the application's
        language), newest first."""
        self.recent.clear()
        for entry in entries:
            item = QTreeWidgetItem([str(entry.seq), entry.shown_time, entry.actor,
                                    entry.sentence])
            item.setData(0, KIND_ROLE, entry.kind)
            item.setToolTip(3, entry.sentence)
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.recent.addTopLevelItem(item)
        if not entries:
            self.recent.addTopLevelItem(QTreeWidgetItem(["", "", "", self.tr("No movements yet.")]))
        for column in range(3):
            self.recent.resizeColumnToContents(column)

    # -- the journal check -------------------------------------------------------------------

    def check_journal(self) -> None:
        self.check_button.setEnabled(False)
        self.journal_state.setText(self.tr("Checking…"))
        job = self.ctx.run(lambda ledger, task: ledger_views.verify_journal(ledger, task),
                           parent=self, done=self._checked, failed=self._check_failed)
        self.progress.follow(job, self.tr("Replaying the journal"), cancellable=False)

    def _checked(self, report: Any) -> None:
        self.check_button.setEnabled(True)
        ok = report.ok
        set_role(self.journal_state, "ok" if ok else "error")
        if ok:
            self.journal_state.setText(self.tr(
                "✓ Intact: {n} events chained and replayed; the holdings match.").format(
                n=f"{report.events:,}"))
        else:
            self.journal_state.setText("✗ " + "; ".join(report.problems))

    def _check_failed(self, exc: BaseException) -> bool:
        self.check_button.setEnabled(True)
        set_role(self.journal_state, "error")
        self.journal_state.setText("✗ " + say(exc))
        return False
