"""A ledger on a PostgreSQL server in the desktop application: *Connect to a server…* on the
start screen, the launcher's URL, the main window over it, the actions only a file has, and
a connection dropped while a form is being filled. A real server (tests/pg.py), real
widgets, the real store."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from app.gui import settings
from app.gui.context import AppContext
from app.gui.main import Controller, first_ledger, parse
from app.gui.main_window import MainWindow
from app.gui.record_metals import BarReceiptDialog
from app.gui.workers import LedgerHost
from app.services import ledger_views, recording, session
from tests import pg
from tests.gui.conftest import SITES, in_ledger, leave, wait_job

LEFT = Qt.MouseButton.LeftButton


def server_ledger() -> str:
    """The URL of a new server ledger (`tijori init --ledger URL`) with one site of each
    kind."""
    url = pg.new_database()
    ledger = session.create_ledger(url, "", "")
    try:
        for code, kind in SITES:
            recording.add_site(ledger, code, f"Site {code}", kind)
    finally:
        ledger.close()
    return url


def with_password(url: str, password: str = "s3cret-never-kept") -> str:
    """`url` naming a password too (the tests' server trusts its socket and ignores it)."""
    parts = urlsplit(url)
    return parts._replace(netloc=f"{parts.username}:{password}@{parts.hostname or ''}"
                          ).geturl()


def database(url: str) -> str:
    return urlsplit(url).path.lstrip("/")


def drop_connections(url: str) -> None:
    """Cut Tijori's connections to the ledger's database from outside, as a server restart
    or a broken network does."""
    pg.server().psql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                     f"datname = '{database(url)}' AND application_name = 'tijori'")


def journal_head(url: str) -> tuple[int, str]:
    """The journal's head as the server holds it, read on a connection of the test's own."""
    import psycopg

    with psycopg.connect(url) as conn:
        seq, digest = conn.execute("SELECT seq, hash FROM head").fetchone()
    return int(seq), digest


@pytest.fixture
def controller(qtbot):
    """The application's windows as `tijori gui` starts them, closed afterwards."""
    made = Controller()
    qtbot.addWidget(made.start)
    made.start.show()
    yield made
    for window in list(made.windows):
        window.close()
    if made.start.host is not None:
        made.start.host.shutdown()


@pytest.fixture
def server_ctx(qtbot):
    """An AppContext over a new server ledger opened on its own ledger thread, as the start
    window opens it: its URL without password, the session's role as the actor."""
    url = server_ledger()
    host = LedgerHost()
    wait_job(qtbot, host.open(lambda: session.open_ledger(url, "", "")))
    role = wait_job(qtbot, host.submit(lambda ledger, task: ledger.actor))
    context = AppContext(host, session.shown_url(url), role)
    context.url = url
    yield context
    host.shutdown()


def opened_window(qtbot, controller) -> MainWindow:
    qtbot.waitUntil(lambda: bool(controller.windows), timeout=30000)
    window = controller.windows[-1]
    assert isinstance(window, MainWindow)
    return window


# -- Connect to a server… --------------------------------------------------------------------


def test_an_address_that_is_not_a_postgresql_url_is_refused_at_the_field(qtbot, controller):
    start = controller.start
    start.server_button.click()
    dialog = start.connect_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.url.placeholderText() == "postgresql://dock@vault-db.example/tijori"
    note = dialog.findChild(QLabel, "connect_note").text()
    assert "TLS" in note and "~/.pgpass" in note and "never stores" in note
    assert not dialog.connect_button.isEnabled()  # nothing typed yet
    for wrong in ("/srv/ledgers/reserves.tijori", "mysql://dock@db/tijori",
                  "postgresql://dock@vault db/tijori"):
        dialog.url.setText(wrong)
        leave(dialog.url)
        error = dialog.form.fields["url"].error
        assert not error.isHidden() and "postgresql:// URL" in error.text(), wrong
        assert dialog.url.property("invalid") == "true"
        assert not dialog.connect_button.isEnabled()
        qtbot.keyClick(dialog.url, Qt.Key.Key_Return)  # Enter sends nothing either
        assert dialog.submit() is False and not dialog.busy
        assert start.host is None  # no ledger thread was started
    dialog.url.setText("postgresql://dock@vault-db.example/tijori")
    assert dialog.form.fields["url"].error.isHidden()
    assert dialog.connect_button.isEnabled()
    dialog.reject()
    assert not controller.windows


def test_an_unreachable_server_is_said_in_a_dialog_and_opens_no_window(qtbot, controller,
                                                                          modals, tmp_path):
    start = controller.start
    dialog = start.connect_server()
    # No server listens there; the URL names a password, which no message repeats.
    nowhere = with_password(f"postgresql://{pg.OWNER}@/tijori?host={tmp_path}")
    qtbot.keyClicks(dialog.url, nowhere)
    qtbot.mouseClick(dialog.connect_button, LEFT)
    qtbot.waitUntil(lambda: bool(modals.messages), timeout=30000)
    assert modals.kinds() == ["warn"]
    assert "Cannot reach the ledger server" in modals.texts()
    assert "s3cret" not in modals.texts()
    assert not controller.windows
    # The dialog stays, the address in it, to be put right.
    assert dialog.isVisible() and not dialog.busy
    assert dialog.url.text() == nowhere and dialog.url.isEnabled()
    assert settings.recent_ledgers() == []


def test_a_database_without_a_ledger_is_said_in_a_dialog(qtbot, controller, modals):
    empty = pg.new_database()
    dialog = controller.start.connect_server()
    dialog.url.setText(empty)
    assert dialog.submit()
    qtbot.waitUntil(lambda: bool(modals.messages), timeout=30000)
    assert "holds no Tijori ledger" in modals.texts()
    assert "tijori init --ledger URL" in modals.texts()
    assert not controller.windows and dialog.isVisible()


def test_a_server_ledger_opens_the_main_window_and_is_remembered_without_its_password(
        qtbot, controller, modals):
    url = server_ledger()
    start = controller.start
    start.operator.setText("someone at the terminal")
    dialog = start.connect_server()
    qtbot.keyClicks(dialog.url, with_password(url))
    qtbot.keyClick(dialog.url, Qt.Key.Key_Return)  # Enter connects
    window = opened_window(qtbot, controller)
    assert not modals.messages
    assert not start.isVisible() and window.isVisible()
    assert start.stack.currentIndex() == 0  # no passphrase was asked
    # The window shows the server and the role signed in (not the operator typed).
    assert window.ctx.server and window.ctx.actor == pg.OWNER
    assert window.ctx.path == url  # the URL, without the password
    title = window.windowTitle()
    assert f"{database(url)} on this computer" in title
    assert f"signed in as {pg.OWNER}" in title and "operator" not in title
    assert window.path_label.text() == f"{url} — signed in as {pg.OWNER}"
    sites = wait_job(qtbot, window.ctx.host.submit(
        lambda ledger, task: ledger_views.sites(ledger)))
    assert [site["code"] for site in sites] == sorted(code for code, _ in SITES)
    # Remembered as the URL, never with the password.
    assert settings.recent_ledgers() == [url]
    settings.store().sync()
    assert "s3cret" not in Path(settings.store().fileName()).read_text(encoding="utf-8")


def test_a_recent_server_ledger_opens_without_a_passphrase(qtbot, controller, modals):
    url = server_ledger()
    settings.remember_ledger(url)
    start = controller.start
    start.fill_recent()
    item = start.recent.item(0)
    assert item.text() == f"{database(url)} on this computer\n{url}"
    assert "(missing)" not in item.text()
    start.recent.itemActivated.emit(item)
    window = opened_window(qtbot, controller)
    assert start.stack.currentIndex() == 0 and start.passphrase.text() == ""
    assert window.ctx.path == url and window.ctx.actor == pg.OWNER
    assert not modals.messages
    # Closing the ledger goes back to the start screen, the server ledger still listed.
    window.close()
    assert start.isVisible() and start.recent.item(0).data(Qt.ItemDataRole.UserRole) == url


def test_the_launcher_opens_a_server_ledger_given_as_argument_or_in_tijori_ledger(
        qtbot, controller, monkeypatch, modals):
    url = server_ledger()
    assert first_ledger(parse([url])) == url
    monkeypatch.setenv("TIJORI_LEDGER", url)
    assert first_ledger(parse([])) == url
    assert first_ledger(parse(["/elsewhere/reserves.tijori"])) == "/elsewhere/reserves.tijori"
    controller.start.ask_unlock(first_ledger(parse([])))  # as `run` does
    window = opened_window(qtbot, controller)
    assert window.ctx.path == url
    assert controller.start.stack.currentIndex() == 0  # no unlock page
    assert not modals.messages


def test_a_role_that_needs_a_password_is_asked_for_it_in_the_dialog(qtbot, controller,
                                                                     modals):
    """The server wants the role's password and ~/.pgpass has none: the dialog shows a
    password field with the server's sentence under it, no error window; a wrong password
    is said there too; the right one opens the ledger, and is remembered nowhere."""
    url = server_ledger()
    pg.password_role("weigher", "copper-lantern-4")
    with session.open_ledger(url, "", "") as owner:
        from app.store import server

        server.grant_terminal(owner.conn.raw, "weigher")
    weigher = url.replace(f"{pg.OWNER}@", "weigher@")
    start = controller.start
    dialog = start.connect_server()
    assert not dialog.form.layout.isRowVisible(dialog.password_row)
    qtbot.keyClicks(dialog.url, weigher)
    qtbot.keyClick(dialog.url, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.form.layout.isRowVisible(dialog.password_row),
                    timeout=30000)
    error = dialog.findChild(QLabel, "error_password")
    assert "asks for the password of weigher" in error.text() and error.isVisible()
    assert dialog.password.hasFocus() and not dialog.busy and not modals.messages
    qtbot.keyClicks(dialog.password, "wrong-guess")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "refused the password of weigher" in error.text(), timeout=30000)
    assert not controller.windows and not modals.messages
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, "copper-lantern-4")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    window = opened_window(qtbot, controller)
    assert window.ctx.actor == "weigher" and not modals.messages
    assert settings.recent_ledgers() == [weigher]
    settings.store().sync()
    assert "copper-lantern" not in Path(settings.store().fileName()).read_text(encoding="utf-8")


def test_cancelling_while_connecting_opens_nothing(qtbot, controller, modals):
    url = server_ledger()
    start = controller.start
    dialog = start.connect_server(url)  # connects at once
    assert dialog.busy and not dialog.url.isEnabled()
    host = start.host
    dialog.reject()
    assert start.host is None
    qtbot.waitUntil(lambda: not host._thread.isRunning(), timeout=30000)
    assert not controller.windows and not modals.messages
    assert settings.recent_ledgers() == []


# -- the main window over a server ledger ---------------------------------------------------


def test_what_only_a_file_has_is_disabled_and_says_why(qtbot, server_ctx, modals):
    window = MainWindow(server_ctx)
    qtbot.addWidget(window)
    backup, passphrase = window.ledger_actions["backup"], window.ledger_actions["passphrase"]
    assert not backup.isEnabled() and not passphrase.isEnabled()
    assert "pg_dump" in backup.toolTip() and "pg_dump" in backup.statusTip()
    assert "roles and TLS" in passphrase.toolTip()
    assert window.ledger_menu.toolTipsVisible()
    assert window.ledger_actions["journal"].isEnabled()
    # Reached another way, they refuse in a plain message: no file dialog, no crash.
    assert window.back_up() is None
    assert window.change_passphrase() is None
    assert modals.kinds() == ["warn", "warn"]
    assert "pg_dump" in modals.messages[0][2]
    assert "no passphrase of Tijori's" in modals.messages[1][2]
    assert not window.open_dialogs


def test_a_file_ledger_keeps_its_backup_and_passphrase(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.ledger_actions["backup"].isEnabled()
    assert window.ledger_actions["passphrase"].isEnabled()
    assert "operator" in window.windowTitle()


# -- a connection dropped while a form is filled ------------------------------------------------


def test_a_dropped_connection_is_said_and_the_form_is_kept_for_the_next_try(
        qtbot, server_ctx, modals):
    window = MainWindow(server_ctx)
    qtbot.addWidget(window)
    window.show()
    dialog = window.record("bar")
    assert isinstance(dialog, BarReceiptDialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10000)
    typed = {"brand": "PAMP", "serial": "SRV-0001", "year": "2023", "gross": "400.125",
             "fineness": "999.9", "location": "V1-A-01"}
    for name, value in typed.items():
        widget = dialog.form.fields[name].widget
        qtbot.keyClicks(widget, value)
        leave(widget)
    dialog.movement.form.fields["note"].widget.setText("truck 7")
    assert dialog.save_button.isEnabled()
    head = journal_head(server_ctx.url)
    assert head == in_ledger(qtbot, server_ctx, lambda ledger: ledger.head())

    drop_connections(server_ctx.url)
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: bool(modals.messages), timeout=30000)
    assert modals.kinds() == ["warn"]
    title, text = modals.messages[0][1:]
    assert title == "Connection lost"
    assert "connection to the ledger server" in text and "was lost" in text
    assert "nothing of this action was recorded" in text
    assert "s3cret" not in text
    # The form is as it was typed, open, ready to record again.
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert {name: dialog.form.value(name) for name in typed} == typed
    assert dialog.movement.form.value("note") == "truck 7"
    assert not dialog.saving and dialog.save_button.isEnabled()
    # Nothing was recorded: the server's journal, read beside the application's connection.
    assert journal_head(server_ctx.url) == head

    # Record again: Tijori connects again, and the bar is recorded, once.
    with qtbot.waitSignal(dialog.recorded, timeout=30000):
        qtbot.mouseClick(dialog.save_button, LEFT)
    assert len(modals.messages) == 1
    assert not dialog.isVisible()
    assert journal_head(server_ctx.url)[0] == head[0] + 1
    bars = in_ledger(qtbot, server_ctx, lambda ledger: list(ledger_views.holdings(ledger)))
    [bar] = [row for row in bars if row.get("serial") == "SRV-0001"]
    assert bar["site"] == "VLT" and bar["location"] == "V1-A-01"
    assert "Recorded:" in window.status.text()
