"""The two records backends for the tests: an SQLite file, and a fresh database on the
PostgreSQL server named by COLLECTSIM_TEST_POSTGRES (`.ci/run` starts one with
`bash .ci/postgres start`).

Without that variable the PostgreSQL tests skip, saying how to run them; under CI=true they
fail instead, so CI can never pass by skipping them.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ENV = "COLLECTSIM_TEST_POSTGRES"
REPO = Path(__file__).resolve().parent.parent
HOW = (
    f"set {ENV}=postgresql://USER:PASSWORD@HOST:PORT/postgres (bash .ci/postgres start prints one)"
)


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"PostgreSQL tests must run under CI=true: {reason}", pytrace=False)
    pytest.skip(f"no PostgreSQL server for these tests: {reason}; {HOW}")


def server_url() -> str:
    """The test server's URL (its maintenance database), or skip / fail as above."""
    url = os.environ.get(ENV, "")
    if not url:
        _unavailable(f"{ENV} is not set")
    try:
        import psycopg
    except ImportError:
        _unavailable("psycopg is not installed (pip install -e '.[test]')")
    try:
        psycopg.connect(url, connect_timeout=5).close()
    except psycopg.Error as exc:
        _unavailable(f"cannot connect to {ENV}: {' '.join(str(exc).split())[:200]}")
    return url


def url_for(url: str, database: str) -> str:
    base, _, _old = url.rpartition("/")
    return f"{base}/{database}"


def admin(url: str) -> Any:
    import psycopg

    return psycopg.connect(url, autocommit=True, connect_timeout=5)


# Test modules import these by their function names; tests ask for them by fixture name.


@pytest.fixture(scope="session", name="postgres_server")
def postgres_server_fixture() -> str:
    return server_url()


@pytest.fixture(name="postgres_db")
def postgres_db_fixture(postgres_server: str) -> Iterator[str]:
    """The URL of a new, empty database, dropped afterwards."""
    name = f"cs_test_{uuid.uuid4().hex[:12]}"
    with admin(postgres_server) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    try:
        yield url_for(postgres_server, name)
    finally:
        with admin(postgres_server) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=["sqlite", "postgresql"], name="backend")
def backend_fixture(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a test's records go: a new SQLite file, or a new PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "calls.db")
    return str(request.getfixturevalue("postgres_db"))
