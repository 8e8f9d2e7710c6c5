"""https stays verified: a gateway with an untrusted certificate is refused before any request."""

from __future__ import annotations

import asyncio
import datetime
import ipaddress
import ssl
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from kapdesk.gateway.client import GatewayClient
from kapdesk.gateway.errors import NotSent, OrderNotFound

NOT_FOUND = b'{"errorCode":"ServiceError","errorDescription":"Order not found"}'  # a gateway's 404


def _self_signed(folder: Path) -> ssl.SSLContext:
    """A server context with a certificate for 127.0.0.1 that no CA bundle trusts."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(hours=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    (folder / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (folder / "key.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(folder / "cert.pem", folder / "key.pem")
    return context


class TlsGateway:
    """Answers every request with a 404 'order not found'; counts the requests it read."""

    def __init__(self) -> None:
        self.requests = 0
        self.url = ""

    async def answer(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            await reader.readuntil(b"\r\n\r\n")
        except (asyncio.IncompleteReadError, ConnectionError, ssl.SSLError):
            writer.close()  # the client gave up during the handshake
            return
        self.requests += 1
        writer.write(
            b"HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\n"
            b"Connection: close\r\nContent-Length: %d\r\n\r\n%s" % (len(NOT_FOUND), NOT_FOUND)
        )
        await writer.drain()
        writer.close()


@pytest_asyncio.fixture
async def gateway(tmp_path: Path) -> AsyncIterator[TlsGateway]:
    fake = TlsGateway()
    server = await asyncio.start_server(fake.answer, "127.0.0.1", 0, ssl=_self_signed(tmp_path))
    fake.url = f"https://127.0.0.1:{server.sockets[0].getsockname()[1]}/api"
    async with server:
        yield fake


@pytest.mark.asyncio
async def test_https_refuses_an_untrusted_certificate(gateway: TlsGateway) -> None:
    async with GatewayClient(gateway.url, "user", "pw", read_retries=0) as client:
        with pytest.raises(NotSent):
            await client.get_order(1, detailed=False)
    assert gateway.requests == 0  # not even the request line reached it


@pytest.mark.asyncio
async def test_the_same_gateway_answers_when_verification_is_turned_off(
    gateway: TlsGateway,
) -> None:
    # The control for the test above: the server works, only verification stopped the client.
    async with GatewayClient(gateway.url, "user", "pw", read_retries=0, verify=False) as client:
        with pytest.raises(OrderNotFound):
            await client.get_order(1, detailed=False)
    assert gateway.requests == 1
