"""A private PostgreSQL cluster for the test session (team mode), and a fresh database per test.

The cluster lives in a short ``mkdtemp`` under /tmp (a Unix socket path must stay under 107
bytes), listens on that socket and on loopback TCP, runs with ``fsync=off``, and belongs to
the ``postgres`` user when the tests run as root (initdb refuses root). Local socket
connections are trusted (the administrator's), TCP ones need a scram-sha-256 password (the
clerks'). Without PostgreSQL binaries the team tests skip, except under ``CI=true``: there they
fail, so a CI machine never passes by testing nothing.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

# The cluster's superuser over loopback TCP (the Unix socket trusts it).
ADMIN_PASSWORD = "postgres-admin-pw"


def postgres_bin() -> Path | None:
    """The newest PostgreSQL server binaries here (``KAPDESK_PG_BIN`` first), or None."""
    chosen = os.environ.get("KAPDESK_PG_BIN")
    candidates = [chosen] if chosen else []
    versions = Path("/usr/lib/postgresql").glob("*/bin")
    candidates += [str(p) for p in sorted(versions, key=lambda p: int(p.parent.name))[::-1]]
    which = shutil.which("pg_ctl")
    if which:
        candidates.append(str(Path(which).parent))
    for candidate in candidates:
        if (Path(candidate) / "initdb").exists() and (Path(candidate) / "pg_ctl").exists():
            return Path(candidate)
    return None


def wait_until(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    """Poll ``condition`` until it holds (a server noticing a dead client takes a moment)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"still not true after {timeout} s: {condition}")
        time.sleep(0.02)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Cluster:
    bin: Path
    root: Path
    port: int
    as_postgres: bool
    databases: list[str] = field(default_factory=list)
    server_options: str = ""  # more `-c name=value` for the server (TLS, say)

    @property
    def socket_dir(self) -> str:
        return str(self.root / "s")

    def admin(self, dbname: str = "postgres") -> dict[str, Any]:
        """Connection arguments of the cluster's superuser, over the Unix socket."""
        return {"host": self.socket_dir, "port": self.port, "user": "postgres", "dbname": dbname}

    def _run(self, *args: str) -> None:
        kwargs: dict[str, Any] = {"user": "postgres"} if self.as_postgres else {}
        subprocess.run(args, check=True, capture_output=True, text=True, cwd=self.root, **kwargs)

    def start(self) -> None:
        data = self.root / "d"
        self._run(
            str(self.bin / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust",
            "--auth-host=scram-sha-256", "-N", "-E", "UTF8", "--locale=C.UTF-8",
        )  # fmt: skip
        options = (
            f"-k {self.socket_dir} -p {self.port} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c password_encryption=scram-sha-256 -c max_connections=200 " + self.server_options
        )
        self._run(
            str(self.bin / "pg_ctl"), "-D", str(data), "-o", options,
            "-l", str(self.root / "log"), "-w", "start",
        )  # fmt: skip
        import psycopg

        with psycopg.connect(**self.admin(), autocommit=True) as conn:  # for TCP (scram)
            conn.execute(f"ALTER ROLE postgres PASSWORD '{ADMIN_PASSWORD}'")

    def stop(self) -> None:
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.root / "d"), "-m", "fast", "-w", "stop")

    def create_database(self) -> str:
        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(**self.admin(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        self.databases.append(name)
        return name


def start_cluster(prepare: Callable[[Path], str] | None = None) -> Cluster:
    """A started cluster; ``prepare(root)`` may write files there first (owned by the server
    as the cluster's are) and returns more server options."""
    found = postgres_bin()
    if found is None:
        message = "PostgreSQL server binaries are not installed (initdb, pg_ctl)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{message}: CI must run the team tests", pytrace=False)
        pytest.skip(message)
    root = Path(tempfile.mkdtemp(prefix="kpg", dir="/tmp"))
    (root / "s").mkdir()
    as_postgres = os.geteuid() == 0
    options = prepare(root) if prepare is not None else ""
    if as_postgres:
        for path in (root, *root.rglob("*")):
            shutil.chown(path, "postgres", "postgres")
    cluster = Cluster(
        bin=found, root=root, port=_free_port(), as_postgres=as_postgres, server_options=options
    )
    cluster.start()
    return cluster


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    """The session's private PostgreSQL cluster (skipped without binaries, failed under CI)."""
    cluster = start_cluster()
    try:
        yield cluster
    finally:
        cluster.stop()
        shutil.rmtree(cluster.root, ignore_errors=True)


# Every login the team tests use, with its group; roles are cluster-wide, so they are made
# once per session (add_user updates them when they exist).
PASSWORD = "correct horse battery"
PEOPLE = {"aysel": "clerk", "murad": "clerk", "leyla": "supervisor", "admin1": "admin"}


@dataclass
class TeamDatabase:
    """A fresh database with the team schema, its people, and the handles opened on it."""

    cluster: Cluster
    dbname: str
    opened: list[Any] = field(default_factory=list)

    def address(self, user: str = "aysel") -> Any:
        from kapdesk.journal.team.connect import TeamAddress

        return TeamAddress(user=user, host="127.0.0.1", port=self.cluster.port, dbname=self.dbname)

    def admin_dsn(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.cluster.port}/{self.dbname}"

    def dsn(self, user: str = "aysel") -> str:
        return str(self.address(user).dsn)

    def admin(self) -> Any:
        import psycopg

        conn = psycopg.connect(**self.cluster.admin(self.dbname), autocommit=True)
        self.opened.append(conn)
        return conn

    def journal(self, user: str = "aysel", now: Any = None, workstation: str | None = None) -> Any:
        from kapdesk.journal.team.store import TeamJournal

        found = TeamJournal(self.address(user), PASSWORD, now=now, workstation=workstation)
        self.opened.append(found)
        return found

    def order_index(
        self, user: str = "aysel", environment: str = "sandbox", profile: str = "p"
    ) -> Any:
        from kapdesk.journal.team.orders import TeamOrderIndex

        found = TeamOrderIndex(
            self.address(user), PASSWORD, environment=environment, profile=profile
        )
        self.opened.append(found)
        return found

    def close(self) -> None:
        for handle in self.opened:
            handle.close()


def make_team_database(cluster: Cluster, *, trust_client_clock: bool = True) -> TeamDatabase:
    import psycopg

    from kapdesk.journal.team.admin import add_user
    from kapdesk.journal.team.schema import install

    team = TeamDatabase(cluster, cluster.create_database())
    with psycopg.connect(**cluster.admin(team.dbname), autocommit=True) as conn:
        install(conn)
        for name, role in PEOPLE.items():
            add_user(conn, name, role, PASSWORD)
        conn.execute("UPDATE kapdesk.settings SET trust_client_clock = %s", (trust_client_clock,))
    return team


@pytest.fixture
def team_db(pg_cluster: Cluster) -> Iterator[TeamDatabase]:
    """A fresh team database (schema installed, PEOPLE able to log in over loopback TCP)."""
    team = make_team_database(pg_cluster)
    try:
        yield team
    finally:
        team.close()
