"""Tijori's SQL on PostgreSQL: the statements the store and services write once, in the
dialect SQLite speaks, run on a server ledger through one translation.

The store's SQL is plain on purpose (no SQLite extension beyond the few rewritten
here), so one text serves both engines; what cannot be shared (a holding's JSON, the
comparison of a replay, a bulk insert) has its own code per engine beside its SQLite
form. The translation is mechanical and cached per statement:

- `?` and `?N` become psycopg's `%s`, the parameters reordered for `?N`;
- the schema prefix `main.` (the open ledger) and `temp.` go (PostgreSQL finds temporary
  tables first);
- `group_concat` is `string_agg`, `instr` is `strpos`, `char(31)` is `chr(31)`,
  `CAST(… AS INTEGER)` is a bigint, `LIKE` is `ILIKE` (SQLite's is case-blind), and the
  tail of a payload `substr(x, -N)` is `substring` from its length;
- a unary `+column` (which stops SQLite sorting through an index) is dropped.

Statements are never built from user text: only parameters carry it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Iterator, Sequence
from typing import Any

import sqlcipher3

_LITERAL = re.compile(r"('(?:[^']|'')*')")
_MARK = re.compile(r"\?(\d*)")
_REWRITES = (
    (re.compile(r"\b(main|temp)\."), ""),
    (re.compile(r"\bgroup_concat\("), "string_agg("),
    (re.compile(r"\binstr\("), "strpos("),
    (re.compile(r"\bchar\(31\)"), "chr(31)"),
    (re.compile(r"\bAS INTEGER\)"), "AS bigint)"),
    (re.compile(r"\bLIKE\b"), "ILIKE"),
    (re.compile(r"\bsubstr\((\w+), -(\d+)\)"),
     r"substring(\1 from greatest(length(\1) - \2 + 1, 1))"),
    (re.compile(r"(?<=[\s,(])\+(?=[a-z_])"), ""),
)


class ServerIntegrityError(sqlcipher3.IntegrityError):
    """A server's constraint refused a row (a bar already held): raised as SQLite's, so
    the services' one `except IntegrityError` serves both engines."""


@functools.lru_cache(maxsize=512)
def translate(sql: str) -> tuple[str, tuple[int, ...] | None]:
    """The statement in PostgreSQL's dialect, and the order of its parameters when it
    numbers them (`?N`), else None (in the order given)."""
    parts = _LITERAL.split(sql)
    order: list[int] = []
    numbered = False
    out: list[str] = []
    for index, part in enumerate(parts):
        if index % 2:  # a string literal: only psycopg's own '%' escaped
            out.append(part.replace("%", "%%"))
            continue
        part = part.replace("%", "%%")
        for pattern, replacement in _REWRITES:
            part = pattern.sub(replacement, part)

        def mark(match: re.Match) -> str:
            nonlocal numbered
            if match.group(1):
                numbered = True
                order.append(int(match.group(1)) - 1)
            else:
                order.append(len(order))
            return "%s"

        out.append(_MARK.sub(mark, part))
    return "".join(out), (tuple(order) if numbered else None)


def _params(order: tuple[int, ...] | None, params: Sequence[Any]) -> Sequence[Any]:
    return params if order is None else [params[i] for i in order]


class _NoRows:
    """What a PRAGMA answers on a server: nothing (they tune SQLite only)."""

    rowcount = 0

    def fetchone(self) -> None:
        return None

    def fetchall(self) -> list:
        return []

    def fetchmany(self, size: int = 0) -> list:
        return []

    def __iter__(self) -> Iterator:
        return iter(())

    def close(self) -> None:
        pass


class Connection:
    """A psycopg connection that takes the store's SQLite-dialect statements (`execute`,
    `executemany`), with SQLite's row tuples and integrity error."""

    def __init__(self, raw: Any) -> None:
        self.raw = raw

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        if sql.lstrip().upper().startswith("PRAGMA"):
            return _NoRows()
        text, order = translate(sql)
        cursor = self.raw.cursor()
        with _integrity():
            cursor.execute(text, _params(order, params))
        return cursor

    def executemany(self, sql: str, rows: Any) -> Any:
        text, order = translate(sql)
        cursor = self.raw.cursor()
        with _integrity():
            cursor.executemany(text, (_params(order, row) for row in rows))
        return cursor

    def copy_columns(self, table: str, names: Sequence[str],
                     columns: Sequence[Sequence[str]], numeric: Collection[str] = ()) -> None:
        """Rows into `table` by COPY, given column by column as text (an import's part:
        a million bars as a few large strings, not a call per row). Columns named in
        `numeric` hold only numbers, checked before, so need no escaping."""
        escaped = [values if name in numeric else _escaped(values)
                   for name, values in zip(names, columns, strict=True)]
        data = "\n".join(map("\t".join, zip(*escaped, strict=True)))
        with self.raw.cursor() as cursor, _integrity(), cursor.copy(
                f"COPY {table} ({', '.join(names)}) FROM STDIN") as copy:
            for start in range(0, len(data), 1 << 22):
                copy.write(data[start:start + (1 << 22)])
            if data:
                copy.write("\n")

    def close(self) -> None:
        self.raw.close()


_COPY_SPECIAL = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def _escaped(values: Sequence[str]) -> Sequence[str]:
    """A column's values in COPY's text format: a backslash, tab or line break escaped
    (checked once over the whole column; Tijori's values rarely hold one)."""
    joined = "".join(set(values))  # a column repeats its values (brands, sites) often
    if not any(mark in joined for mark in ("\\", "\t", "\n", "\r")):
        return values
    return [value.translate(_COPY_SPECIAL) for value in values]


class _integrity:
    """Re-raise a server's integrity error as `ServerIntegrityError`."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: Any, exc: Any, tb: Any) -> bool:
        if exc is not None:
            import psycopg

            if isinstance(exc, psycopg.errors.IntegrityError):
                raise ServerIntegrityError(str(exc).strip().splitlines()[0]) from exc
        return False
