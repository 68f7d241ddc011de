"""What the application remembers between runs (QSettings): recent ledgers,
last folders, window layout, the operator's name."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "Tijori"
APPLICATION = "Tijori"
RECENT_LIMIT = 8


def store() -> QSettings:
    return QSettings(ORGANISATION, APPLICATION)


def recent_ledgers() -> list[str]:
    value = store().value("recent/ledgers", [])
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in value or [] if v]


def remember_ledger(path: str) -> None:
    """Put a ledger first in the recent list: a file by its absolute path, a server ledger
    by its URL without any password (`session.shown_url`)."""
    from app.services import session

    path = session.shown_url(path) if session.is_server(path) else str(Path(path).resolve())
    paths = [path, *[p for p in recent_ledgers() if p != path]][:RECENT_LIMIT]
    store().setValue("recent/ledgers", paths)


def forget_ledger(path: str) -> None:
    store().setValue("recent/ledgers", [p for p in recent_ledgers() if p != path])


def last_folder(key: str) -> str:
    folder = str(store().value(f"folders/{key}", "") or "")
    return folder if folder and Path(folder).is_dir() else str(Path.home())


def remember_folder(key: str, path: str) -> None:
    store().setValue(f"folders/{key}", str(Path(path).parent))


def operator() -> str:
    return str(store().value("operator/name", "") or "")


def remember_operator(name: str) -> None:
    store().setValue("operator/name", name)


def geometry(window: str) -> QByteArray | None:
    value = store().value(f"windows/{window}/geometry")
    return value if isinstance(value, QByteArray) else None


def window_state(window: str) -> QByteArray | None:
    value = store().value(f"windows/{window}/state")
    return value if isinstance(value, QByteArray) else None


def remember_window(window: str, geometry_: QByteArray, state: QByteArray | None = None) -> None:
    store().setValue(f"windows/{window}/geometry", geometry_)
    if state is not None:
        store().setValue(f"windows/{window}/state", state)


def value(key: str, default: str = "") -> str:
    return str(store().value(key, default) or default)


def set_value(key: str, value_: str) -> None:
    store().setValue(key, value_)


def header_state(table: str) -> QByteArray | None:
    """A table header's widths, order and hidden columns, as last left."""
    value_ = store().value(f"tables/{table}/header")
    return value_ if isinstance(value_, QByteArray) else None


def remember_header(table: str, state: QByteArray | None) -> None:
    """Keep a header's state; None forgets it (back to the defaults)."""
    if state is None:
        store().remove(f"tables/{table}/header")
    else:
        store().setValue(f"tables/{table}/header", state)
