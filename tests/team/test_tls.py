"""TLS to the team database: verify-full against the team's CA (kept in the profile store,
handed to libpq as a private temporary file only while connecting), except to loopback.

A cluster of its own runs with ``ssl=on`` and a server certificate for ``db.team.test``
signed by a CA made here; ``hostaddr`` points that name at loopback without DNS, so libpq
checks the certificate against the name as it would on a real network.
"""

from __future__ import annotations

import shutil
import stat
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from kapdesk.journal.team import connect
from kapdesk.journal.team.connect import BadTeamAddress, TeamAddress, open_connection
from tests.team.cluster import PASSWORD, Cluster, TeamDatabase, make_team_database, start_cluster

HOST = "db.team.test"
NOW = datetime(2026, 1, 1, tzinfo=UTC)  # certificates valid 2026-2036, whatever today is


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _ca(common: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(common)).issuer_name(_name(common))
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(NOW - timedelta(days=400)).not_valid_after(NOW + timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                          content_commitment=False, key_encipherment=False,
                          data_encipherment=False, key_agreement=False, encipher_only=False,
                          decipher_only=False),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    return key, cert


def _pem(cert: x509.Certificate) -> str:
    return cert.public_bytes(serialization.Encoding.PEM).decode("ascii")


CA_KEY, CA = _ca("kapdesk team CA")
_OTHER_KEY, OTHER_CA = _ca("somebody else's CA")


def _server_files(root: Path) -> str:
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(HOST)).issuer_name(CA.subject)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(NOW - timedelta(days=400)).not_valid_after(NOW + timedelta(days=3650))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(HOST)]), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(CA_KEY, hashes.SHA256())
    )  # fmt: skip
    tls = root / "tls"
    tls.mkdir()
    (tls / "server.crt").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (tls / "server.key").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        )
    )
    (tls / "server.key").chmod(0o600)
    return f"-c ssl=on -c ssl_cert_file={tls / 'server.crt'} -c ssl_key_file={tls / 'server.key'}"


@pytest.fixture(scope="module")
def tls_cluster() -> Iterator[Cluster]:
    cluster = start_cluster(_server_files)
    try:
        yield cluster
    finally:
        cluster.stop()
        shutil.rmtree(cluster.root, ignore_errors=True)


@pytest.fixture
def tls_db(tls_cluster: Cluster) -> Iterator[TeamDatabase]:
    team = make_team_database(tls_cluster)
    try:
        yield team
    finally:
        team.close()


def _address(team: TeamDatabase, host: str = HOST) -> TeamAddress:
    return TeamAddress(user="aysel", host=host, port=team.cluster.port, dbname=team.dbname)


def _leftovers() -> list[Path]:
    return sorted(Path(tempfile.gettempdir()).glob("kapdesk-ca-*"))


def test_connects_with_the_teams_ca_and_leaves_no_file(
    tls_db: TeamDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _leftovers()
    seen: dict[str, Any] = {}
    real = psycopg.connect

    def spying(**args: Any) -> Any:
        seen.update(args)
        seen["mode"] = stat.S_IMODE(Path(args["sslrootcert"]).stat().st_mode)
        seen["pem"] = Path(args["sslrootcert"]).read_text("ascii")
        return real(**args)

    monkeypatch.setattr(psycopg, "connect", spying)
    with open_connection(
        _address(tls_db), PASSWORD, _pem(CA), hostaddr="127.0.0.1", autocommit=True
    ) as conn:
        assert conn.pgconn.ssl_in_use
        assert conn.execute("SELECT session_user").fetchone() == ("aysel",)
    assert (seen["sslmode"], seen["channel_binding"]) == ("verify-full", "require")
    assert seen["mode"] == 0o600 and seen["pem"] == _pem(CA)
    assert seen["passfile"] == connect.os.devnull  # never .pgpass
    assert not Path(seen["sslrootcert"]).exists() and _leftovers() == before


def test_refuses_a_wrong_ca_or_a_wrong_host_name(tls_db: TeamDatabase) -> None:
    before = _leftovers()
    with pytest.raises(psycopg.OperationalError, match="certificate verify failed"):
        open_connection(_address(tls_db), PASSWORD, _pem(OTHER_CA), hostaddr="127.0.0.1")
    # The right CA, but the server's certificate names another host than the one asked for.
    with pytest.raises(psycopg.OperationalError, match="does not match host name"):
        open_connection(
            _address(tls_db, "other.team.test"), PASSWORD, _pem(CA), hostaddr="127.0.0.1"
        )
    assert _leftovers() == before  # removed after a failed connection too


def test_refuses_a_server_off_this_computer_without_a_ca() -> None:
    address = TeamAddress.parse("postgresql://aysel@db.example.az:5432/kapdesk")
    with pytest.raises(BadTeamAddress, match="not on this computer") as refused:
        open_connection(address, "pw")
    assert "--team-ca" in str(refused.value)
    # Loopback needs none, and gets no CA file even when one is stored.
    local = TeamAddress.parse("postgresql://aysel@127.0.0.1:5432/kapdesk")
    assert local.connect_args("pw")["sslmode"] == "prefer"
    with connect.ca_file(None) as path:
        assert path is None


def test_the_profile_keeps_the_ca_and_refuses_a_remote_team_without_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.team.test_cli_profile import _run

    ca_file = tmp_path / "team-ca.pem"
    ca_file.write_text(_pem(CA), "ascii")
    base = ("profile", "add", "shop", "--env", "custom", "--base-url", "https://pg.example.az/api",
            "--user", "T1", "--team", "postgresql://aysel@db.example.az:5432/kapdesk")  # fmt: skip
    env = {"KAPDESK_PASSWORD": "terminal-pw", "KAPDESK_DB_PASSWORD": PASSWORD}
    refused = _run(tmp_path / "home", *base, **env)
    assert refused.returncode == 2 and "--team-ca FILE" in refused.stderr
    bad = tmp_path / "not-a-cert.pem"
    bad.write_text("hello", "ascii")
    wrong = _run(tmp_path / "home", *base, "--team-ca", str(bad), **env)
    assert wrong.returncode == 2 and "must be a PEM file" in wrong.stderr
    added = _run(tmp_path / "home", *base, "--team-ca", str(ca_file), **env)
    assert added.returncode == 0, added.stderr
    shown = _run(tmp_path / "home", "profile", "show", "shop")
    assert "team CA:" in shown.stdout and "(stored)" in shown.stdout
    assert "BEGIN CERTIFICATE" not in shown.stdout + shown.stderr
    from kapdesk.vault import paths
    from kapdesk.vault.store import ProfileStore

    monkeypatch.setenv("KAPDESK_HOME", str(tmp_path / "home"))
    store = ProfileStore(path=paths.profile_store_path())
    store.unlock("team store pass 9")
    assert store.get("shop").team_ca == _pem(CA)
    assert "BEGIN CERTIFICATE" not in repr(store.get("shop"))


def test_team_administration_off_this_computer_needs_the_ca(tmp_path: Path) -> None:
    from tests.team.test_cli_profile import _run

    dsn = "postgresql://postgres@db.example.az:5432/kapdesk"
    refused = _run(tmp_path, "team", "init", "--dsn", dsn)  # asks for no password first
    assert refused.returncode == 2 and "--team-ca FILE" in refused.stderr
    bad = tmp_path / "not-a-cert.pem"
    bad.write_text("hello", "ascii")
    wrong = _run(tmp_path, "team", "init", "--dsn", dsn, "--team-ca", str(bad))
    assert wrong.returncode == 2 and "must be a PEM file" in wrong.stderr
