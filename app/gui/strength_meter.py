"""The strength meter under every new passphrase: the new ledger, a new passphrase
for a ledger, a new signing key.

It only shows a `Strength`; each window judges with the words that go with
what the passphrase protects (the ledger's file name and the operator, or the
key's name), through the same rule that refuses it, so the meter reads
"too weak" exactly when that rule would refuse.

What it shows can be read back: `meter.judged` (the `Strength` shown, None
while nothing is typed), `meter.bar` (its value is the score), `meter.label`
(the word and the time a guesser would need), `meter.feedback` (why it is too
weak) and `meter.text()` (all it says).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRect, Qt
from PySide6.QtWidgets import QBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from app.domain.passphrase import Strength
from app.gui.i18n import say, tr
from app.gui.look import set_role
from app.gui.palette import BAD, CAUTION, EDGE, GOOD

#: The bar's colour for each score: red far below the rule's 4, amber one short of it
#: (still refused: the line says "too weak"), green when accepted.
METER_COLOURS = {0: BAD, 1: BAD, 2: BAD, 3: CAUTION, 4: GOOD}
EMPTY_COLOUR = EDGE
BAR_STYLE = (f"QProgressBar {{{{ border: 1px solid {EDGE}; border-radius: 3px; "
             "background: white; }} "
             "QProgressBar::chunk {{ background: {colour}; border-radius: 2px; }}")
BAR_HEIGHT = 10
#: The bar's value while nothing is typed.
NOTHING = -1
#: The longest time zxcvbn words ("less than a second"), for the room the line keeps.
LONGEST_TIME = "less than a second"
#: The meter's words (app.domain.passphrase.LABELS), for the translations: shown through tr().
LABEL_WORDS = (QT_TRANSLATE_NOOP("", "too weak"), QT_TRANSLATE_NOOP("", "weak"),
               QT_TRANSLATE_NOOP("", "fair"), QT_TRANSLATE_NOOP("", "good"),
               QT_TRANSLATE_NOOP("", "strong"))
#: Advice of a usual length, only for the room the meter keeps for it: the form below
#: stays put as advice comes and goes (longer advice still gets the room it needs).
ROOM_FOR_ADVICE = ("The passphrase is too easy to guess (built from words that go with it, "
                   "such as the file name, the key's name or your own name): use three or "
                   "four uncommon words.")



class RoomyLabel(QLabel):
    """A wrapped label that keeps the height of its longest `samples` at any width,
    so what is laid out below it does not move as its text changes."""

    def __init__(self, samples: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.samples = tuple(samples)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def hasHeightForWidth(self) -> bool:
        return True  # empty too: it keeps its room

    def heightForWidth(self, width: int) -> int:
        margins = self.contentsMargins()
        inner = QRect(0, 0, max(1, width - margins.left() - margins.right()), 1 << 20)
        metrics = self.fontMetrics()
        room = max((metrics.boundingRect(inner, Qt.TextFlag.TextWordWrap, sample).height()
                    for sample in self.samples), default=0)
        return max(super().heightForWidth(width), room + margins.top() + margins.bottom())


class StrengthMeter(QWidget):
    """A bar of zxcvbn's score 0–4, its word and how long a stolen copy would take to
    guess, and, unless `advice` is False (when the field's own message says it), why
    it is too weak."""

    def __init__(self, parent: QWidget | None = None, *, advice: bool = True) -> None:
        super().__init__(parent)
        self.advice = advice
        self.judged: Strength | None = None
        self.bar = QProgressBar()
        self.bar.setObjectName("strength_bar")
        # The value is the score, 0 to 4; -1 (empty) while nothing is typed, so that a
        # typed passphrase of score 0 still shows a sliver of red.
        self.bar.setRange(NOTHING, 4)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(BAR_HEIGHT)
        self.label = RoomyLabel((self._empty_text(), self._reading(tr("too weak"),
                                                                   time_words(LONGEST_TIME))))
        self.label.setObjectName("strength")
        self.feedback = RoomyLabel((ROOM_FOR_ADVICE,))
        self.feedback.setObjectName("strength_feedback")
        set_role(self.feedback, "error")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        layout.addWidget(self.feedback)
        self.feedback.setVisible(advice)
        self.show_strength(None)

    @staticmethod
    def _empty_text() -> str:
        return tr("Strength: type a new passphrase (three or four uncommon words are enough).")

    @staticmethod
    def _reading(label: str, time: str) -> str:
        return tr("Strength: {label} · to guess it from a stolen copy: {time}").format(
            label=label, time=time)

    def show_strength(self, judged: Strength | None) -> None:
        """Show `judged`, or None while nothing is typed."""
        self.judged = judged
        if judged is None:
            self.bar.setValue(NOTHING)
            self.bar.setStyleSheet(BAR_STYLE.format(colour=EMPTY_COLOUR))
            self.label.setText(self._empty_text())
            set_role(self.label, "hint")
            self.feedback.clear()
            self._settle()
            return
        self.bar.setValue(judged.score)  # below 4 whenever the rule refuses it
        self.bar.setStyleSheet(BAR_STYLE.format(colour=METER_COLOURS[judged.score]))
        self.label.setText(self._reading(tr(judged.label),
                                         time_words(judged.crack_time) or tr("no time at all")))
        set_role(self.label, "ok" if judged.acceptable else "")
        self.feedback.setText(say(judged.feedback))
        self._settle()

    def _settle(self) -> None:
        """Bring the layouts from here up to the window up to date now, rather than at the
        next turn of the event loop: a window that fits itself to its contents as the text
        changes (the change-passphrase dialog) then measures the new text, not the last."""
        widget: QWidget | None = self
        while widget is not None and not widget.isWindow():
            if widget.layout() is not None:
                widget.layout().activate()
            widget = widget.parentWidget()

    def text(self) -> str:
        """All the meter says: its line, then its advice (when it gives advice)."""
        lines = [self.label.text()]
        if self.advice and self.feedback.text():
            lines.append(self.feedback.text())
        return "\n".join(lines)


def time_words(text: str) -> str:
    """zxcvbn's English time ("3 hours", "centuries") in the interface's language."""
    number, _, unit = text.partition(" ")
    if not number.isdigit():
        return {"less than a second": tr("less than a second"),
                "centuries": tr("centuries")}.get(text, text)
    words = {"second": (tr("1 second"), tr("{n} seconds")),
             "minute": (tr("1 minute"), tr("{n} minutes")),
             "hour": (tr("1 hour"), tr("{n} hours")), "day": (tr("1 day"), tr("{n} days")),
             "month": (tr("1 month"), tr("{n} months")), "year": (tr("1 year"), tr("{n} years"))}
    one, many = words.get(unit.removesuffix("s"), (text, text))
    return one if number == "1" else many.format(n=number)


def place_under(edit: QWidget, meter: StrengthMeter) -> None:
    """Put `meter` right under `edit`, in the column a `Form` field keeps for it, so
    the field's own message (if any) comes after the meter."""
    column = edit.parentWidget().layout() if edit.parentWidget() else None
    if not isinstance(column, QBoxLayout) or column.indexOf(edit) < 0:
        raise TypeError("place_under needs a field laid out in a column of its own")
    column.insertWidget(column.indexOf(edit) + 1, meter)
