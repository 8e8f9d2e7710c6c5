"""A gateway that echoes secrets back: a loopback proxy in front of the real sandbox.

Every request goes to the sandbox unchanged, except the ones ``echo`` picks: those are
answered with a refusal whose description repeats what the request carried (the
Authorization header, encoded and decoded, the order password of the query string, a bearer
token and the full card number), as a careless gateway or proxy does.
"""

from __future__ import annotations

import base64
import json
import re
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Self
from urllib.parse import parse_qs, urlsplit

import httpx

BEARER = "eyJhbGciOiJIUzI1NiJ9.c2VjcmV0LXRva2Vu.Zm9yZ2Vk"  # a made-up token
ECHOED_PAN = "4169741330151778"

Echo = Callable[[str, str], bool]  # (method, path) -> echo this one?
Reply = Callable[[str, str], "tuple[int, bytes] | None"]  # (method, path) -> own answer
Rewrite = Callable[[str], str]  # path as asked -> path asked of the sandbox


class EchoingGateway:
    """``with EchoingGateway(sandbox_url, echo) as gw: gw.base_url``; ``gw.secrets`` is what
    was echoed (each full secret, for the test to look for)."""

    def __init__(
        self,
        upstream: str,
        echo: Echo,
        *,
        reply: Reply | None = None,
        rewrite: Rewrite | None = None,
    ) -> None:
        self.upstream = upstream.rstrip("/")
        self.echo = echo
        self.reply = reply
        self.rewrite = rewrite
        self.requests: list[tuple[str, str]] = []
        self.secrets: set[str] = {BEARER, ECHOED_PAN}
        self.echoed = 0
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:  # quiet
                pass

            def do_GET(self) -> None:
                outer._handle(self, "GET")

            def do_POST(self) -> None:
                outer._handle(self, "POST")

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._http = httpx.Client(timeout=30)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/api"

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._http.close()

    def _handle(self, request: BaseHTTPRequestHandler, method: str) -> None:
        length = int(request.headers.get("Content-Length") or 0)
        body = request.rfile.read(length) if length else b""
        path = urlsplit(request.path).path.removeprefix("/api")
        self.requests.append((method, path))
        own = self.reply(method, path) if self.reply is not None else None
        if own is not None:
            status, answer = own
        elif self.echo(method, path):
            status, answer = 400, self._echo(request, body)
        else:
            asked = request.path.removeprefix("/api")
            upstream = self._http.request(
                method,
                self.upstream + (self.rewrite(asked) if self.rewrite else asked),
                content=body,
                headers={k: v for k, v in request.headers.items() if k.lower() != "host"},
            )
            status, answer = upstream.status_code, upstream.content
        request.send_response(status)
        request.send_header("Content-Type", "application/json")
        request.send_header("Content-Length", str(len(answer)))
        request.end_headers()
        request.wfile.write(answer)

    def _echo(self, request: BaseHTTPRequestHandler, body: bytes) -> bytes:
        self.echoed += 1
        authorization = request.headers.get("Authorization", "")
        encoded = authorization.partition(" ")[2]
        decoded = base64.b64decode(encoded).decode() if encoded else ""
        self.secrets |= {encoded, decoded, decoded.partition(":")[2]}
        passwords = parse_qs(urlsplit(request.path).query).get("password", [])
        self.secrets |= set(passwords)
        pans = re.findall(r'"data":\s*"(\d+)"', body.decode())
        self.secrets |= set(pans)
        text = (
            f"Bad request {request.command} {request.path} Authorization: {authorization} "
            f"(credentials {decoded}); upstream said Authorization=Bearer {BEARER}; "
            f"card {pans[0] if pans else ECHOED_PAN}; order password={passwords or ['none']}; "
            f"body {body.decode()}"
        )
        answer = {"errorCode": "InvalidRequest", "errorDescription": text,
                  "errorDetails": {"echo": text}}  # fmt: skip
        return json.dumps(answer).encode()


def leaked(gateway: EchoingGateway, *texts: str | bytes) -> list[str]:
    """The echoed secrets found in ``texts`` (empty: none leaked). Never prints a secret."""
    found = []
    for secret in sorted(s for s in gateway.secrets if len(s) >= 6):
        for text in texts:
            haystack = text if isinstance(text, bytes) else text.encode()
            if secret.encode() in haystack:
                found.append(f"a secret of {len(secret)} characters")
    return found
