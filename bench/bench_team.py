"""The team journal's writes on PostgreSQL over loopback TCP: intent, sent and the closing
outcome of one operation, each a round trip through ``kapdesk.append`` (median of many).

A private cluster is started here (initdb and pg_ctl in a short temporary directory, as the
``postgres`` user when run as root, the server's default durability: fsync on), with the team
schema and one clerk logging in with a SCRAM password over 127.0.0.1, as a workstation would.
Skipped (no figure) without PostgreSQL server binaries.
"""

from __future__ import annotations

import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

from bench.figures import Figure

OPERATIONS = int(os.environ.get("KAPDESK_BENCH_TEAM_OPERATIONS", "300"))
GOAL_MS = 10.0
PASSWORD = "bench clerk password"  # noqa: S105 - a throwaway cluster's login


def _pg_bin() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name))
    for candidate in [*(str(p) for p in found[::-1]), os.environ.get("KAPDESK_PG_BIN", "")]:
        if candidate and (Path(candidate) / "initdb").exists():
            return Path(candidate)
    return None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class _Cluster:
    def __init__(self, pg_bin: Path) -> None:
        self.bin = pg_bin
        self.root = Path(tempfile.mkdtemp(prefix="kpgb", dir="/tmp"))  # short socket path
        self.port = _free_port()
        self.as_postgres = os.geteuid() == 0
        (self.root / "s").mkdir()
        if self.as_postgres:
            for path in (self.root, self.root / "s"):
                shutil.chown(path, "postgres", "postgres")

    def _run(self, *args: str) -> None:
        extra: dict[str, Any] = {"user": "postgres"} if self.as_postgres else {}
        subprocess.run(args, check=True, capture_output=True, cwd=self.root, **extra)

    def start(self) -> None:
        data = str(self.root / "d")
        self._run(str(self.bin / "initdb"), "-D", data, "-U", "postgres", "-A", "trust",
                  "--auth-host=scram-sha-256", "-N", "-E", "UTF8", "--locale=C.UTF-8")  # fmt: skip
        options = (
            f"-k {self.root / 's'} -p {self.port} -c listen_addresses=127.0.0.1 "
            "-c password_encryption=scram-sha-256"
        )
        self._run(str(self.bin / "pg_ctl"), "-D", data, "-o", options,
                  "-l", str(self.root / "log"), "-w", "start")  # fmt: skip

    def stop(self) -> None:
        try:
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.root / "d"), "-m", "fast", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def admin(self) -> dict[str, Any]:
        return {"host": str(self.root / "s"), "port": self.port, "user": "postgres"}


def _ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def _measure(cluster: _Cluster) -> dict[str, list[float]]:
    import psycopg

    from kapdesk.journal.team.admin import add_user
    from kapdesk.journal.team.connect import TeamAddress
    from kapdesk.journal.team.schema import install
    from kapdesk.journal.team.store import TeamJournal

    with psycopg.connect(**cluster.admin(), dbname="postgres", autocommit=True) as conn:
        conn.execute("CREATE DATABASE bench")
    with psycopg.connect(**cluster.admin(), dbname="bench", autocommit=True) as conn:
        install(conn)
        add_user(conn, "aysel", "clerk", PASSWORD)
        add_user(conn, "murad", "clerk", PASSWORD)
    address = TeamAddress(user="aysel", host="127.0.0.1", port=cluster.port, dbname="bench")
    journal = TeamJournal(address, PASSWORD, workstation="WS-bench")
    times: dict[str, list[float]] = {"intent": [], "sent": [], "outcome": []}
    try:
        journal.ensure_intact()  # the one chain walk per handle, before the first intent
        for n in range(OPERATIONS):
            started = time.perf_counter()
            entry = journal.record_intent(
                profile="shop", environment="production", order_id=30_000_000 + n,
                operation="refund", amount=Decimal("12.50"), currency="AZN",
                masked_card="416974******1778", reason="customer returned the goods",
                order_before={"id": 30_000_000 + n, "status": "FullyPaid"},
            )  # fmt: skip
            sent = time.perf_counter()
            journal.mark_sent(entry, {"id": 30_000_000 + n, "status": "FullyPaid", "re": 1})
            done = time.perf_counter()
            journal.record_outcome(entry, "done", approval_code="123456", rrn=f"6{n:011d}",
                                   action_id=f"A{n}")  # fmt: skip
            closed = time.perf_counter()
            times["intent"].append(sent - started)
            times["sent"].append(done - sent)
            times["outcome"].append(closed - done)
    finally:
        journal.close()
    return times


_HOLDER = """
import sys, time
from decimal import Decimal
from kapdesk.journal.team.connect import TeamAddress
from kapdesk.journal.team.store import TeamJournal
port, password = int(sys.argv[1]), sys.stdin.readline().rstrip("\\n")
address = TeamAddress(user="murad", host="127.0.0.1", port=port, dbname="bench")
journal = TeamJournal(address, password, workstation="WS-frozen")
journal.record_intent(profile="shop", environment="production", order_id=1, operation="refund",
                      amount=Decimal("1.00"), currency="AZN")
print("holding", flush=True)
time.sleep(600)
"""


def _frozen_refusals(cluster: _Cluster) -> list[float]:
    """How long a second workstation waits to be told "busy" by a frozen holder (SIGSTOP,
    its connection up) of the same order."""
    import signal

    from kapdesk.journal.entry import OrderBusy
    from kapdesk.journal.team.connect import TeamAddress
    from kapdesk.journal.team.store import TeamJournal

    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(cluster.port)], stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, text=True, cwd=Path(__file__).resolve().parents[1],
    )  # fmt: skip
    assert holder.stdin is not None and holder.stdout is not None
    holder.stdin.write(PASSWORD + "\n")
    holder.stdin.flush()
    try:
        assert holder.stdout.readline().strip() == "holding"
        os.kill(holder.pid, signal.SIGSTOP)
        address = TeamAddress(user="aysel", host="127.0.0.1", port=cluster.port, dbname="bench")
        journal = TeamJournal(address, PASSWORD, workstation="WS-bench")
        samples = []
        for _ in range(20):
            started = time.perf_counter()
            try:
                journal.record_intent(
                    profile="shop", environment="production", order_id=1, operation="refund",
                    amount=Decimal("1.00"), currency="AZN",
                )  # fmt: skip
            except OrderBusy as busy:
                assert "murad on WS-frozen" in str(busy)
            samples.append(time.perf_counter() - started)
        journal.close()
        return samples
    finally:
        holder.kill()
        holder.wait()


def run() -> list[Figure]:
    pg_bin = _pg_bin()
    if pg_bin is None:
        print("bench_team: PostgreSQL server binaries not found; skipped", file=sys.stderr)
        return []
    cluster = _Cluster(pg_bin)
    cluster.start()
    try:
        times = _measure(cluster)
        frozen = _frozen_refusals(cluster)
    finally:
        cluster.stop()
    detail = f"median of {OPERATIONS} operations, loopback TCP, SCRAM login, fsync on"
    names = {
        "intent": "team journal: intent (takes the order's lock and hold), median",
        "sent": "team journal: sent, median",
        "outcome": "team journal: settle (outcome done, hold let go), median",
    }
    figures = [
        Figure(names[step], _ms(samples), "ms", GOAL_MS, "<", detail)
        for step, samples in times.items()
    ]
    total = [sum(parts) for parts in zip(*times.values(), strict=True)]
    figures.append(Figure("team journal: intent + sent + settle, median", _ms(total), "ms",
                          detail=detail))  # fmt: skip
    figures.append(
        Figure("team journal: busy refusal while the holder is frozen, median", _ms(frozen),
               "ms", 1000.0, "<", "SIGSTOPped holder, connection up; median of 20")
    )  # fmt: skip
    return figures
