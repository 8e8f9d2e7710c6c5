"""The hash chain over journal rows, and the check that finds edited, inserted or deleted rows."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from kapdesk.i18n import N_, UserMessage
from kapdesk.journal.schema import COLUMNS

GENESIS = "0" * 64


def _raw(value: object) -> object:
    # Only a hand-edited file holds blobs; they must still hash (and then fail to match).
    if isinstance(value, bytes):
        return {"blob": value.hex()}
    raise TypeError(type(value).__name__)


def row_hash(row: Mapping[str, Any]) -> str:
    """sha256 over the previous hash and a canonical JSON of every other column of ``row``."""
    body = {name: row[name] for name in COLUMNS if name != "prev_hash"}
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_raw)
    return hashlib.sha256(f"{row['prev_hash']}\n{text}".encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class VerifyReport:
    """The verdict of `kapdesk journal verify`: ``ok`` and each problem in words."""

    ok: bool
    problems: list[str]
    rows: int = 0
    entries: int = 0
    messages: list[UserMessage] = field(default_factory=list)


def _walk(rows: Sequence[Mapping[str, Any]]) -> list[UserMessage]:
    found: list[UserMessage] = []
    expected, prev = 1, GENESIS
    for row in rows:
        seq = row["seq"]
        if seq < expected:
            found.append(UserMessage(N_("Row {seq} is out of sequence: it was inserted."), seq=seq))
        elif seq > expected:
            found.append(
                UserMessage(
                    N_("Rows {first} to {last} are missing: they were deleted."),
                    first=expected,
                    last=seq - 1,
                )
            )
        elif row["prev_hash"] != prev:
            found.append(
                UserMessage(
                    N_(
                        "The link between rows {before} and {seq} is broken: row {before} was "
                        "replaced, or row {seq} was inserted."
                    ),
                    before=seq - 1,
                    seq=seq,
                )
            )
        if row_hash(row) != row["hash"]:
            found.append(
                UserMessage(
                    N_("Row {seq} (entry {entry}, {state}) was edited after it was written."),
                    seq=seq,
                    entry=row["entry_id"],
                    state=row["state"],
                )
            )
        expected, prev = max(expected, seq + 1), row["hash"]
    return found


def _check_head(
    rows: Sequence[Mapping[str, Any]], head: Mapping[str, Any] | None
) -> list[UserMessage]:
    if head is None:
        return [UserMessage(N_("The journal's head record is missing: it was deleted."))]
    count, last_hash = head["count"], head["last_hash"]
    last_seq = rows[-1]["seq"] if rows else 0
    if last_seq < count:
        return [
            UserMessage(
                N_("The newest rows {first} to {last} are missing: they were deleted."),
                first=last_seq + 1,
                last=count,
            )
        ]
    if last_seq > count:
        return [
            UserMessage(
                N_("Rows {first} to {last} were added after the last row kapdesk wrote."),
                first=count + 1,
                last=last_seq,
            )
        ]
    if rows and rows[-1]["hash"] != last_hash:
        return [UserMessage(N_("The newest row {seq} was replaced."), seq=last_seq)]
    return []


def _check_entries(rows: Sequence[Mapping[str, Any]]) -> list[UserMessage]:
    intents = {
        row["seq"] for row in rows if row["event"] == "intent" and row["seq"] == row["entry_id"]
    }
    return [
        UserMessage(
            N_("Row {seq} belongs to entry {entry}, which has no intent row."),
            seq=row["seq"],
            entry=row["entry_id"],
        )
        for row in rows
        if row["entry_id"] not in intents
    ]


def verify_rows(rows: Sequence[Mapping[str, Any]], head: Mapping[str, Any] | None) -> VerifyReport:
    """Walk ``rows`` (ordered by seq) against the chain and the head record."""
    messages = _walk(rows) + _check_head(rows, head) + _check_entries(rows)
    entries = len({row["entry_id"] for row in rows})
    return VerifyReport(
        ok=not messages,
        problems=[str(message) for message in messages],
        rows=len(rows),
        entries=entries,
        messages=messages,
    )
