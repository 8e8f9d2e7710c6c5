"""``kapdesk sandbox``: serve the built-in gateway simulator standalone (tests, scripts, training).

Prints the base URL (ending in ``/api``) as the first line on stdout, then serves until
SIGINT or SIGTERM. The password may come from ``KAPDESK_SANDBOX_PASSWORD``: the sandbox's
credentials are test credentials, so a flag is acceptable too.
"""

from __future__ import annotations

import argparse
import ipaddress
import os
import signal
import sys
import threading
from pathlib import Path
from typing import Any

from kapdesk.sandbox.faults import KINDS as FAULT_KINDS  # light: stdlib only

PASSWORD_VARIABLE = "KAPDESK_SANDBOX_PASSWORD"  # noqa: S105 - a variable's name


def _fault(text: str) -> tuple[str, float]:
    kind, sep, value = text.partition("=")
    if not sep or kind not in FAULT_KINDS:
        raise argparse.ArgumentTypeError(
            f"expected KIND=P with KIND one of {', '.join(FAULT_KINDS)}: {text!r}"
        )
    try:
        probability = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a probability") from None
    if not 0.0 <= probability <= 1.0:
        raise argparse.ArgumentTypeError(f"the probability must be between 0 and 1: {value}")
    return kind, probability


def _non_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text} must not be negative")
    return value


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "sandbox",
        help="serve the built-in gateway simulator",
        description="Serve the built-in Kapital gateway simulator. Prints its base URL first.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (loopback)")
    parser.add_argument("--port", type=_non_negative, default=0, help="0 picks a free port")
    parser.add_argument("--user", default="TerminalSys/kapital", help="Basic-auth user")
    parser.add_argument(
        "--password", default=None, help=f"Basic-auth password (or ${PASSWORD_VARIABLE})"
    )
    seeding = parser.add_mutually_exclusive_group()
    seeding.add_argument("--seed", type=int, default=1, help="seed for the sample orders")
    seeding.add_argument("--no-seed", action="store_true", help="start with no orders")
    parser.add_argument("--latency", type=_non_negative, default=0, metavar="MS")
    parser.add_argument(
        "--fault", type=_fault, action="append", default=[], metavar="KIND=P",
        help=f"inject a fault with probability P; KIND is one of {', '.join(FAULT_KINDS)}",
    )  # fmt: skip
    parser.add_argument("--fault-seed", type=int, default=None, metavar="N")
    parser.add_argument("--fault-reads", action="store_true", help="faults hit GET too")
    parser.add_argument("--state", type=Path, default=None, metavar="FILE", help="SQLite state")
    # The real gateway's variants (kapdesk.sandbox.dialect).
    parser.add_argument(
        "--part-paid", choices=("PartiallyPaid", "PartPaid"), default="PartiallyPaid",
        help="the word for a partly cleared hold (the real gateway says PartPaid)",
    )  # fmt: skip
    parser.add_argument(
        "--not-found-status", type=int, choices=(404, 500), default=404,
        help="HTTP status of 'no order found' (older gateway versions answered 500)",
    )  # fmt: skip
    parser.add_argument(
        "--luhn-action-ids", action="store_true",
        help="make action ids whose digits pass the card-number check (for tests)",
    )  # fmt: skip
    parser.set_defaults(handler=run)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def run(args: argparse.Namespace) -> int:
    import sqlite3

    from kapdesk.sandbox.server import DEFAULT_PASSWORD, SandboxConfig, SandboxServer

    if not _is_loopback(args.host):
        print(
            f"warning: serving the sandbox on {args.host}, reachable beyond this computer",
            file=sys.stderr,
        )
    config = SandboxConfig(
        seed=None if args.no_seed else args.seed,
        latency_ms=args.latency,
        faults=dict(args.fault),
        fault_seed=args.fault_seed,
        fault_reads=args.fault_reads,
        user=args.user,
        password=args.password or os.environ.get(PASSWORD_VARIABLE) or DEFAULT_PASSWORD,
        host=args.host,
        port=args.port,
        state_file=args.state,
        part_paid=args.part_paid,
        not_found_status=args.not_found_status,
        luhn_action_ids=args.luhn_action_ids,
    )
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    try:
        server = SandboxServer(config)
    except sqlite3.Error:
        print(f"error: {args.state} is not a sandbox state file", file=sys.stderr)
        return 1
    try:
        server.start()
    except OSError as exc:
        print(f"error: cannot listen on {args.host}:{args.port}: {exc.strerror}", file=sys.stderr)
        server.stop()
        return 1
    try:
        print(server.base_url, flush=True)
        while not stop.wait(0.5):
            pass
    finally:
        server.stop()
    return 0
