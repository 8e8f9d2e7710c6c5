"""`kapdesk team init|add-user|threshold` through the real CLI against the private cluster."""

from __future__ import annotations

import pytest

from kapdesk.__main__ import main
from tests.team.cluster import ADMIN_PASSWORD, Cluster, TeamDatabase


def _team(monkeypatch: pytest.MonkeyPatch, *argv: str, password: str = ADMIN_PASSWORD) -> int:
    monkeypatch.setenv("KAPDESK_DB_PASSWORD", password)
    monkeypatch.setenv("KAPDESK_ADMIN_DB_PASSWORD", ADMIN_PASSWORD)
    return main(["team", *argv])


def test_init_twice_then_add_a_user_who_can_log_in(
    pg_cluster: Cluster, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import psycopg

    name = pg_cluster.create_database()
    dsn = f"postgresql://postgres@127.0.0.1:{pg_cluster.port}/{name}"
    assert _team(monkeypatch, "init", "--dsn", dsn) == 0
    assert "version 1 was created" in capsys.readouterr().out
    assert _team(monkeypatch, "init", "--dsn", dsn) == 0
    assert "already at version 1" in capsys.readouterr().out
    assert _team(monkeypatch, "add-user", "rashad", "--role", "supervisor", "--dsn", dsn,
                 password="rashad-pw-1") == 0  # fmt: skip
    out = capsys.readouterr()
    assert "rashad" in out.out and "rashad-pw-1" not in out.out + out.err
    with psycopg.connect(
        host="127.0.0.1", port=pg_cluster.port, dbname=name, user="rashad", password="rashad-pw-1"
    ) as conn:
        member = conn.execute("SELECT pg_has_role('kapdesk_supervisor', 'MEMBER')").fetchone()
        assert member == (True,)


def test_threshold_is_set_by_an_admin_only(
    team_db: TeamDatabase, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _team(monkeypatch, "threshold", "azn", "500.00", "--dsn", team_db.admin_dsn()) == 0
    rows = list(team_db.admin().execute("SELECT currency, amount::text FROM kapdesk.thresholds"))
    assert rows == [("AZN", "500.00")]
    capsys.readouterr()
    from tests.team.cluster import PASSWORD

    code = _team(monkeypatch, "threshold", "AZN", "1", "--dsn", team_db.dsn("leyla"),
                 password=PASSWORD)  # fmt: skip
    assert code == 1
    assert "permission denied for function set_threshold" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["init", "--dsn", "postgresql://a:pw@127.0.0.1/x"], "Do not put the database password"),
        (["init", "--dsn", "mysql://a@b/c"], "not a team database address"),
        (["add-user", "Bad Name", "--role", "clerk", "--dsn", "postgresql://a@h/d"], "login"),
        (["threshold", "AZN", "ten", "--dsn", "postgresql://a@h/d"], "ten"),
    ],
)
def test_bad_input_is_a_sentence_and_exit_2(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    said: str,
) -> None:
    assert _team(monkeypatch, *argv) == 2
    err = capsys.readouterr().err
    assert said in err and "Traceback" not in err and "pw@" not in err


def test_an_unreachable_server_is_exit_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _team(monkeypatch, "init", "--dsn", "postgresql://a@127.0.0.1:1/d") == 1
    assert "Cannot open the team journal postgresql://a@127.0.0.1:1/d" in capsys.readouterr().err
