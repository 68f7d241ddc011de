"""Starting the desktop application: `tijori gui`, `python -m app`, `make run`."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app import __version__
from app.gui import i18n, settings
from app.gui.look import icon, stylesheet


def parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="tijori gui", description="The Tijori desktop "
                                     "application.")
    parser.add_argument("--signer", action="store_true",
                        help="the minimal signer window for an offline, air-gapped PC")
    parser.add_argument("--verify", action="store_true",
                        help="open the auditor's verifier without a ledger")
    parser.add_argument("--scan", metavar="OUT",
                        help="read one transfer of QR codes with the camera into the file OUT "
                        "(the camera is opened only for this scan)")
    parser.add_argument("--from-video", metavar="VIDEO",
                        help="with --scan: read the codes from a recorded video instead")
    parser.add_argument("ledger", nargs="?",
                        help="a ledger to open at once: a file (its passphrase is asked) or "
                        "a server ledger's postgresql:// URL (none is); else $TIJORI_LEDGER")
    # Start, show the first window, handle its first events, quit: `make bundle-test`
    # times this as "start to a usable window".
    parser.add_argument("--smoke", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(list(argv))
    if args.from_video and not args.scan:
        parser.error("--from-video goes with --scan OUT")
    return args


def application(argv: Sequence[str] = ()) -> QApplication:
    """The QApplication with Tijori's name, icon, style and translations."""
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    QCoreApplication.setOrganizationName(settings.ORGANISATION)
    QCoreApplication.setApplicationName(settings.APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    app.setWindowIcon(icon("tijori"))
    app.setStyleSheet(stylesheet())
    i18n.install(app)
    sys.excepthook = _unexpected
    return app


def _unexpected(kind: type[BaseException], error: BaseException, trace) -> None:
    """An error escaping a window's own code: say so in a dialog, never only on stderr."""
    details = "".join(traceback.format_exception(kind, error, trace))
    sys.stderr.write(details)
    from app.gui import dialogs

    dialogs.show_error(QApplication.activeWindow(), error, details)


class Controller:
    """Which top-level window is showing: the start screen, a ledger, a tool."""

    def __init__(self) -> None:
        self.start = self._start_window()
        self.windows: list[QWidget] = []
        # Windows built again in another language, kept referenced until Qt frees them.
        self._retired: list[QWidget] = []

    def _start_window(self) -> QWidget:
        from app.gui.start_window import StartWindow

        start = _in_language(StartWindow())
        start.opened.connect(self.open_ledger)
        start.mode.connect(self.open_mode)
        start.language_changed.connect(self.change_language)
        return start

    def open_ledger(self, host, path: str, actor: str) -> QWidget:
        from app.gui.context import AppContext
        from app.gui.main_window import MainWindow

        ctx = AppContext(host, path, actor)
        window = MainWindow(ctx)
        ctx.setParent(window)
        host.setParent(window)
        self._follow(window)
        self.windows.append(window)
        window.show()
        self.start.hide()
        return window

    def _follow(self, window: QWidget) -> None:
        """Connect a ledger's window: its closing, and a language saved in its Settings."""
        _in_language(window)
        window.closed.connect(lambda: self._closed(window))
        window.language_changed.connect(self.change_language)

    def open_mode(self, mode: str) -> QWidget:
        window = self._tool_window(mode)
        self.windows.append(window)
        window.show()
        return window

    @staticmethod
    def _tool_window(mode: str) -> QWidget:
        if mode == "signer":
            from app.gui.signer_window import SignerWindow

            return _in_language(SignerWindow())
        from app.gui.tool_window import ToolWindow

        return _in_language(ToolWindow(mode))

    def _closed(self, window: QWidget) -> None:
        if window in self.windows:
            self.windows.remove(window)
        self.start.go_home()
        self.start.show()

    # -- another language ----------------------------------------------------------------------

    def change_language(self, code: str) -> list[QWidget]:
        """Show the language saved in Settings (`code`; "" for the system's) at once.

        Qt widgets take their words when they are built, so after installing the language
        each window in another is built again in it, in the same place and on the same
        page: a ledger's window over the same open ledger (no passphrase asked again), the
        start window with what was typed in it, the guide at its topic. A window that holds
        work (work running, a dialog open, a request loaded, a bar list checked: its
        `holds_work()`) is left as it is, laid out in its own language's direction, and the
        user told that it shows the new language when it is next opened (or when Settings
        next saves a language it can be built again in). Returns the windows left.
        """
        from app.gui import guide
        from app.gui.settings_dialog import tell_kept

        language = i18n.install(QApplication.instance(), code or None)
        shown_guide = guide.showing()
        guide_parent = shown_guide.parentWidget() if shown_guide is not None else None
        built: dict[int, QWidget] = {}  # id of a window → the window built in its place
        kept: list[QWidget] = []
        for index, window in enumerate([self.start, *self.windows]):
            own = window.property(LANGUAGE)
            if own == language:
                window.unsetLayoutDirection()  # the application's again
                continue
            if window.holds_work():
                window.setLayoutDirection(Qt.LayoutDirection.RightToLeft
                                          if own in i18n.RIGHT_TO_LEFT
                                          else Qt.LayoutDirection.LeftToRight)
                kept.append(window)
                continue
            new = self._built_again(window)
            built[id(window)] = new
            if index == 0:
                self.start = new
            else:
                self.windows[index - 1] = new
            self._retired = [old for old in self._retired if shiboken6.isValid(old)]
            self._retired.append(window)
        if shown_guide is not None:
            guide.renew(built.get(id(guide_parent), guide_parent))
        shown = [window for window in kept if window.isVisible()]
        if shown:
            tell_kept(shown[0], [window.windowTitle() for window in shown])
        return kept

    def _built_again(self, old: QWidget) -> QWidget:
        """A new window in the language installed now, in `old`'s place; `old` goes (Qt
        frees it once back in the event loop)."""
        from app.gui.main_window import MainWindow
        from app.gui.screen_fit import take_place
        from app.gui.start_window import StartWindow

        if isinstance(old, MainWindow):
            new = MainWindow(old.ctx)
            self._follow(new)
            old.hand_over(new)  # the ledger stays open; `old` is not closed, only let go
            return new
        if isinstance(old, StartWindow):
            new = self._start_window()
            new.take_over(old)
        else:
            new = self._tool_window(getattr(old, "mode", "signer"))
            take_place(new, old)
        if old.isVisible():
            new.show()
        # Hidden, not closed: closing the last window shown would end the application.
        old.hide()
        old.deleteLater()
        return new


# The property of a top-level window that holds the language it was built in.
LANGUAGE = "language"


def _in_language(window: QWidget) -> QWidget:
    """Mark `window` as built in the language installed now."""
    window.setProperty(LANGUAGE, i18n.installed() or i18n.current())
    return window


def first_ledger(args: argparse.Namespace) -> str:
    """The ledger to open at start: the argument, else $TIJORI_LEDGER (as the command line
    reads it), else none. A file's passphrase is then asked; a server ledger opens as it is."""
    return (args.ledger or os.environ.get("TIJORI_LEDGER", "")).strip()


def run(argv: Sequence[str] = ()) -> int:
    args = parse(argv)
    app = application(argv)
    if args.scan:
        from app.gui.camera_scan import scan_to_file

        return scan_to_file(args.scan, args.from_video)
    controller = Controller()
    if args.signer:
        controller.open_mode("signer")
    elif args.verify:
        controller.open_mode("verify")
    else:
        controller.start.show()
        ledger = first_ledger(args)
        if ledger:
            controller.start.ask_unlock(ledger)
    if args.smoke:
        if icon("tijori").isNull():  # the SVG image plugin did not load: a broken bundle
            sys.stderr.write("tijori gui: the SVG image plugin is missing\n")
            return 3
        QTimer.singleShot(0, app.quit)
    code = app.exec()
    from app.gui.workers import wait_idle

    wait_idle(10000)
    return code


def main() -> None:
    sys.exit(run(sys.argv[1:]))
