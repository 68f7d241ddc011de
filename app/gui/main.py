"""Starting the desktop application: `tijori gui`, `python -m app`, `make run`."""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QTimer
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
    parser.add_argument("ledger", nargs="?", help="a ledger to unlock at once")
    # Start, show the first window, handle its first events, quit: `make bundle-test`
    # times this as "start to a usable window".
    parser.add_argument("--smoke", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(list(argv))


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
        from app.gui.start_window import StartWindow

        self.start = StartWindow()
        self.start.opened.connect(self.open_ledger)
        self.start.mode.connect(self.open_mode)
        self.windows: list[QWidget] = []

    def open_ledger(self, host, path: str, actor: str) -> QWidget:
        from app.gui.context import AppContext
        from app.gui.main_window import MainWindow

        ctx = AppContext(host, path, actor)
        window = MainWindow(ctx)
        ctx.setParent(window)
        host.setParent(window)
        window.closed.connect(lambda: self._closed(window))
        self.windows.append(window)
        window.show()
        self.start.hide()
        return window

    def open_mode(self, mode: str) -> QWidget:
        if mode == "signer":
            from app.gui.signer_window import SignerWindow

            window = SignerWindow()
        else:
            from app.gui.tool_window import ToolWindow

            window = ToolWindow(mode)
        self.windows.append(window)
        window.show()
        return window

    def _closed(self, window: QWidget) -> None:
        if window in self.windows:
            self.windows.remove(window)
        self.start.go_home()
        self.start.show()


def run(argv: Sequence[str] = ()) -> int:
    args = parse(argv)
    app = application(argv)
    controller = Controller()
    if args.signer:
        controller.open_mode("signer")
    elif args.verify:
        controller.open_mode("verify")
    else:
        controller.start.show()
        if args.ledger:
            controller.start.ask_unlock(args.ledger)
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
