"""The records store on PostgreSQL: a connection that speaks the store's SQL.

The store writes one SQL for both backends, with `?` placeholders and statements both accept
(`INSERT ... ON CONFLICT`, `RETURNING`). `PgConnection` gives it what it uses of an sqlite3
connection: `execute` / `executemany` returning cursors whose rows are read by name or by
position, and `cursor()` for plain tuples. psycopg 3 is imported only here, and only when a
`postgresql://` database is opened (the `postgres` extra installs it).

Every psycopg error leaves this module as a `RecordsError` with one line a person can act on;
a lost connection (the server restarted, the network went away) as `ConnectionLost`, which
the store answers by reconnecting and running the whole write again.
"""

from __future__ import annotations

import contextlib
import functools
import re
import time
from collections.abc import Iterator, Sequence
from typing import Any

from simulator.records.errors import ConnectionLost, RecordsError

CONNECT_TIMEOUT_S = 5
EXTRA_HINT = "install the postgres extra: pip install 'collectsim[postgres]'"

_URL = re.compile(r"^postgres(?:ql)?://", re.IGNORECASE)
_PASSWORD = re.compile(r"^(postgres(?:ql)?://[^:/@]*):[^@/]*@", re.IGNORECASE)


def is_url(location: object) -> bool:
    return isinstance(location, str) and bool(_URL.match(location))


def shown_url(url: str) -> str:
    """The URL without its password, for messages and reports."""
    return _PASSWORD.sub(r"\1:***@", url)


_QUOTED = re.compile(r"('(?:[^']|'')*')")


@functools.lru_cache(maxsize=256)
def pg_sql(sql: str) -> str:
    """The store's SQL for psycopg: `?` placeholders become `%s` (outside quoted text)."""
    parts = _QUOTED.split(sql)
    return "".join(
        part.replace("%", "%%") if i % 2 else part.replace("%", "%%").replace("?", "%s")
        for i, part in enumerate(parts)
    )


class Row(tuple[Any, ...]):
    """A result row read by position or by column name, like sqlite3.Row."""

    _names: dict[str, int] = {}

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return tuple.__getitem__(self, self._names[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._names)


def _row_factory(cursor: Any) -> Any:
    description = cursor.description or ()
    names = {column.name: i for i, column in enumerate(description)}
    row_type = type("Row", (Row,), {"_names": names, "__slots__": ()})
    return row_type


class PgCursor:
    """A cursor over the store's SQL; `row_factory = None` gives plain tuples."""

    def __init__(self, conn: PgConnection) -> None:
        self._conn = conn
        self.row_factory: Any = "rows"
        self._cursor: Any = None

    def execute(self, sql: str, params: Sequence[Any] = ()) -> PgCursor:
        self._cursor = self._conn._run(sql, params, tuples=self.row_factory is None)
        return self

    def fetchone(self) -> Any:
        return self._conn._guard(self._cursor.fetchone)

    def fetchall(self) -> list[Any]:
        rows: list[Any] = self._conn._guard(self._cursor.fetchall)
        return rows

    def __iter__(self) -> Iterator[Any]:
        return iter(self.fetchall())


class PgConnection:
    """One psycopg connection in autocommit mode; the store opens its own transactions."""

    dialect = "postgresql"

    def __init__(self, url: str) -> None:
        self.url = url
        self.shown = shown_url(url)
        self.raw: Any = self._connect()

    # --- connecting --------------------------------------------------------------------

    def _connect(self) -> Any:
        try:
            import psycopg
        except ImportError as exc:
            raise RecordsError(
                f"records database '{self.shown}' is PostgreSQL, which needs psycopg: " + EXTRA_HINT
            ) from exc
        try:
            return psycopg.connect(
                self.url,
                autocommit=True,
                connect_timeout=CONNECT_TIMEOUT_S,
                application_name="collectsim",
            )
        except psycopg.Error as exc:
            raise RecordsError(self._message(exc, connecting=True)) from exc

    def reconnect(self, within: float) -> None:
        """A new connection after the old one was lost, trying again for `within` seconds
        (a server restarting takes a moment); RecordsError when it does not come back."""
        self.close()
        deadline = time.monotonic() + within
        delay = 0.1
        while True:
            try:
                self.raw = self._connect()
                return
            except RecordsError:
                if time.monotonic() + delay > deadline:
                    raise
                time.sleep(delay)
                delay = min(delay * 2, 2.0)

    def close(self) -> None:
        with contextlib.suppress(Exception):  # closing a broken connection loses nothing
            self.raw.close()

    @property
    def broken(self) -> bool:
        return bool(self.raw.closed or getattr(self.raw, "broken", False))

    # --- running SQL --------------------------------------------------------------------

    def execute(self, sql: str, params: Sequence[Any] = ()) -> PgCursor:
        return PgCursor(self).execute(sql, params)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        def run() -> None:
            with self.raw.cursor() as cursor:
                cursor.executemany(pg_sql(sql), rows)

        self._guard(run)

    def cursor(self) -> PgCursor:
        return PgCursor(self)

    def stream(self, sql: str, params: Sequence[Any] = (), size: int = 20_000) -> Iterator[Any]:
        """Plain tuples of a large result, fetched `size` rows at a time from a server-side
        cursor (inside its own read transaction), so memory stays flat."""
        import psycopg

        try:
            with self.raw.transaction(), self.raw.cursor(name="collectsim_stream") as cursor:
                cursor.itersize = size
                cursor.execute(pg_sql(sql), params or None)
                while True:
                    rows = cursor.fetchmany(size)
                    if not rows:
                        return
                    yield from rows
        except psycopg.Error as exc:
            raise self._error(exc) from exc

    def _run(self, sql: str, params: Sequence[Any], tuples: bool = False) -> Any:
        def run() -> Any:
            cursor = self.raw.cursor() if tuples else self.raw.cursor(row_factory=_row_factory)
            return cursor.execute(pg_sql(sql) if params else sql, params or None)

        return self._guard(run)

    def _guard(self, action: Any) -> Any:
        import psycopg

        try:
            return action()
        except psycopg.Error as exc:
            raise self._error(exc) from exc

    def _error(self, exc: Exception) -> RecordsError:
        message = self._message(exc)
        if self.broken:
            return ConnectionLost(message)
        return RecordsError(message)

    def _message(self, exc: Exception, connecting: bool = False) -> str:
        text = " ".join(str(exc).split()) or type(exc).__name__
        lowered = text.lower()
        where = f"records database '{self.shown}'"
        if "password authentication failed" in lowered or "no password supplied" in lowered:
            return f"{where}: the server refused the user name or password; check the URL"
        if 'database "' in lowered and "does not exist" in lowered:
            return f"{where}: the server has no such database; create it (createdb NAME) first"
        if connecting:
            detail = text.split(": ", 1)[-1] if "connection failed" in lowered else text
            return (
                f"cannot reach PostgreSQL for {where} ({detail[:200]}); is the server "
                "running, and are the host and port right?"
            )
        if self.broken:
            return f"{where}: the connection to the server was lost ({text[:200]})"
        return f"{where}: {text[:300]}"
