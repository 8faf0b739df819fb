"""A throw-away PostgreSQL cluster for tests and benchmarks: initdb into a temporary folder,
started on a Unix socket there and a free port on 127.0.0.1, fsync off, stopped and
removed afterwards.

``$VNHG_DESK_TEST_POSTGRESQL`` (a superuser's connection URL) is used instead when set.
:func:`start` returns a :class:`Cluster` or raises :class:`Unavailable` whose message
names what is missing. Also a pytest plugin (tests/conftest.py loads it): the fixtures
``postgres_server`` (one per run) and ``postgres_url`` (a fresh library database per
test), which skip, naming the missing tool, when no server can be started.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

ENVIRONMENT_VARIABLE = "VNHG_DESK_TEST_POSTGRESQL"
_SERVICE_USER = "postgres"  # initdb refuses to run as root: CI runs as root


class Unavailable(Exception):
    """No PostgreSQL server can be started here; the message says why."""


def _bin_folder() -> Path:
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=_version_key)
    if candidates:
        return Path(candidates[-1]).parent
    raise Unavailable("PostgreSQL's initdb is not installed (Debian: apt-get install postgresql)")


def _version_key(path: str) -> tuple[int, ...]:
    parts = Path(path).parent.parent.name.split(".")
    return tuple(int(p) for p in parts if p.isdigit())


class Cluster:
    """A running server; :meth:`url` names a database on it, :meth:`stop` ends it."""

    def __init__(
        self,
        admin_url: str,
        folder: Path | None = None,
        as_user: list[str] | None = None,
        port: int | None = None,
    ):
        self.admin_url = admin_url
        self.folder = folder
        self.port = port
        self._as_user = list(as_user or [])

    def tcp_url(self, database: str) -> str | None:
        """The database over TCP on 127.0.0.1 (None for a given server)."""
        if self.port is None:
            return None
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def url(self, database: str) -> str:
        """The admin URL pointed at another database."""
        parts = urlsplit(self.admin_url)
        return urlunsplit(parts._replace(path="/" + database))

    def execute(self, *statements: str, database: str = "postgres") -> None:
        """Run statements outside a transaction (CREATE/DROP DATABASE) as the superuser."""
        import psycopg

        with psycopg.connect(self.url(database), autocommit=True) as conn:
            for statement in statements:
                conn.execute(statement)  # type: ignore[arg-type]

    def create_database(self, template: str | None = None) -> str:
        """A fresh, empty database; returns its name."""
        name = "t_" + uuid.uuid4().hex[:16]
        clause = f' TEMPLATE "{template}"' if template else ""
        self.execute(f'CREATE DATABASE "{name}"{clause}')
        return name

    def drop_database(self, name: str) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        if self.folder is None:
            return
        pg_ctl = str(_bin_folder() / "pg_ctl")
        subprocess.run(
            [*self._as_user, pg_ctl, "-D", str(self.folder / "data"), "-m", "immediate", "stop"],
            capture_output=True,
            check=False,
        )
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder = None


def start() -> Cluster:
    """The server named by $VNHG_DESK_TEST_POSTGRESQL, or a new throw-away cluster."""
    try:
        import psycopg  # noqa: F401
    except ImportError as exc:
        raise Unavailable("psycopg is not installed (pip install 'psycopg[binary]')") from exc
    given = os.environ.get(ENVIRONMENT_VARIABLE)
    if given:
        return Cluster(given)
    bin_folder = _bin_folder()
    as_user: list[str] = []
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        runuser = shutil.which("runuser")
        if runuser is None:
            raise Unavailable("running as root and runuser is missing to start PostgreSQL")
        try:
            import pwd

            pwd.getpwnam(_SERVICE_USER)
        except KeyError as exc:
            raise Unavailable("running as root and there is no 'postgres' user") from exc
        as_user = [runuser, "-u", _SERVICE_USER, "--"]
    folder = Path(tempfile.mkdtemp(prefix="vnhg-pg-"))
    if as_user:
        shutil.chown(folder, _SERVICE_USER)
    os.chmod(folder, 0o755)
    data, log = folder / "data", folder / "server.log"
    run = [*as_user]
    try:
        subprocess.run(
            [*run, str(bin_folder / "initdb"), "-D", str(data), "-U", "postgres",
             "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
            capture_output=True, check=True, timeout=120,
        )  # fmt: skip
        port = _free_port()
        options = (
            f"-k {folder} -p {port} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=60 -c shared_buffers=32MB"
        )
        subprocess.run(
            [*run, str(bin_folder / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", options,
             "-w", "-t", "60", "start"],
            capture_output=True, check=True, timeout=90,
        )  # fmt: skip
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
        detail = ""
        with contextlib.suppress(OSError):
            detail = log.read_text(errors="replace")[-300:]
        shutil.rmtree(folder, ignore_errors=True)
        raise Unavailable(f"PostgreSQL could not be started ({exc}) {detail}".strip()) from exc
    url = f"postgresql://postgres@/postgres?host={folder}&port={port}"
    return Cluster(url, folder, as_user, port)


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[tuple[Cluster, str]]:
    """The throw-away server and a migrated, empty template library database on it."""
    from vnhg_desk.store import Library

    try:
        cluster = start()
    except Unavailable as missing:
        pytest.skip(f"no PostgreSQL server for the shared-library tests: {missing}")
    try:
        template = cluster.create_database()
        Library.open(cluster.url(template)).close()
        yield cluster, template
        cluster.drop_database(template)
    finally:
        cluster.stop()


@pytest.fixture
def postgres_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh, migrated, empty library database; dropped after the test."""
    cluster, template = request.getfixturevalue("postgres_server")
    name = cluster.create_database(template=template)
    yield cluster.url(name)
    cluster.drop_database(name)
