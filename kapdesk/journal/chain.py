"""The hash chain over journal rows, and the check that finds edited, inserted or deleted rows.

Format 1 (the unversioned journal of kapdesk <= 0.x) links rows with plain SHA-256: it shows
accidents and edits made without kapdesk's code, nothing more. Format 2 links each row with
HMAC-SHA256 under the profile store's journal key (a :class:`ChainKey`) when one is in use,
and the store keeps a :class:`Witness` of the newest keyed row: without the passphrase no one
can recompute a keyed row, and deleting, truncating or swapping the journal leaves the
witness pointing at a row that is not there.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from kapdesk.i18n import N_, UserError, UserMessage
from kapdesk.journal.schema import HASHED_COLUMNS

GENESIS = "0" * 64


@dataclass(frozen=True, slots=True)
class WitnessMark:
    """The newest keyed row the witness saw: its seq (``count``) and its link."""

    count: int
    link: str


class Witness(Protocol):
    """Where the head of the journal is witnessed (the profile store, for kapdesk)."""

    def read(self) -> tuple[int, str]:
        """The mark (count, link); raises UserError (a sentence) when missing or altered."""
        ...  # pragma: no cover - a protocol

    def advance(self, count: int, link: str) -> None:
        """Move the mark to row ``count`` if that is newer; never back."""
        ...  # pragma: no cover - a protocol


@dataclass(frozen=True)
class ChainKey:
    """The secret that keys the chain, and the witness kept next to it."""

    secret: bytes = field(repr=False)
    witness: Witness | None = None

    @property
    def id(self) -> str:
        """Names the key in each row (not secret: it cannot be turned back into the key)."""
        return hmac.new(self.secret, b"kapdesk journal key id", hashlib.sha256).hexdigest()[:16]


class KeyNeeded(Exception):
    """Internal: a keyed row's link cannot be computed without the key."""


def _raw(value: object) -> object:
    # Only a hand-edited file holds blobs; they must still hash (and then fail to match).
    if isinstance(value, bytes):
        return {"blob": value.hex()}
    raise TypeError(type(value).__name__)


def _get(row: Mapping[str, Any], name: str) -> Any:
    # Rows are dicts or sqlite3.Row (no .get); a column a row lacks is empty.
    try:
        return row[name]
    except (KeyError, IndexError):
        return None


def row_format(row: Mapping[str, Any]) -> int:
    """The format a row was written in (rows from before formats existed are format 1)."""
    value = _get(row, "format")
    return 1 if value is None else value if isinstance(value, int) else -1


def _canonical(row: Mapping[str, Any], version: int) -> str:
    names = HASHED_COLUMNS.get(version, HASHED_COLUMNS[max(HASHED_COLUMNS)])
    try:
        values = [row[name] for name in names]
    except (KeyError, IndexError):
        values = [_get(row, name) for name in names]
    if version == 1:  # as kapdesk wrote it before formats existed: an object, keys sorted
        return json.dumps(
            dict(zip(names, values, strict=True)),
            sort_keys=True,
            separators=(",", ":"),
            ensure_ascii=False,
            default=_raw,
        )
    # Format 2 on: an array of the format's columns in HASHED_COLUMNS order.
    return json.dumps(values, separators=(",", ":"), ensure_ascii=False, default=_raw)


def row_hash(row: Mapping[str, Any], secret: bytes | None = None) -> str:
    """The link of ``row``: over the previous link and a canonical JSON of its format's
    columns; HMAC-SHA256 with ``secret`` for a keyed row, SHA-256 otherwise."""
    return _link(row, row_format(row), secret)


def _link(row: Mapping[str, Any], version: int, secret: bytes | None) -> str:
    message = f"{row['prev_hash']}\n{_canonical(row, version)}".encode()
    if version >= 2 and _get(row, "key_id") is not None:
        if secret is None:
            raise KeyNeeded
        return hmac.digest(secret, message, "sha256").hex()  # the one-shot C path
    return hashlib.sha256(message).hexdigest()


@dataclass(frozen=True, slots=True)
class VerifyReport:
    """The verdict of `kapdesk journal verify`: ``ok`` and each problem in words.

    ``keyed`` says the check ran with the profile store's key; ``unchecked`` counts keyed
    rows that could not be checked without it (then the verdict is "cannot check");
    ``unprotected`` counts the newest rows written without a key (by --sandbox or --base-url),
    which anyone holding the file could have written.
    """

    ok: bool
    problems: list[str]
    rows: int = 0
    entries: int = 0
    messages: list[UserMessage] = field(default_factory=list)
    keyed: bool = False
    unchecked: int = 0
    unprotected: int = 0
    last_seq: int = 0
    last_hash: str = GENESIS

    @property
    def can_check(self) -> bool:
        return self.unchecked == 0


@dataclass
class _Walk:
    found: list[UserMessage] = field(default_factory=list)
    foreign: list[int] = field(default_factory=list)
    unchecked: int = 0
    last_keyed: int = 0


def _link_problem(row: Mapping[str, Any], version: int, key: ChainKey | None, walk: _Walk) -> None:
    seq = row["seq"]
    key_id = _get(row, "key_id") if version >= 2 else None
    if key_id is not None:
        walk.last_keyed = seq
        if key is None:
            walk.unchecked += 1
            return
        if key_id != key.id:
            walk.foreign.append(seq)
            return
    if _link(row, version, None if key is None else key.secret) != row["hash"]:
        walk.found.append(
            UserMessage(
                N_("Row {seq} (entry {entry}, {state}) was edited after it was written."),
                seq=seq,
                entry=row["entry_id"],
                state=row["state"],
            )
        )


def _walk(rows: Iterable[Mapping[str, Any]], key: ChainKey | None, first: int, prev: str) -> _Walk:
    walk = _Walk()
    expected, newest_format = first, 1
    for row in rows:
        seq = row["seq"]
        if seq < expected:
            walk.found.append(
                UserMessage(N_("Row {seq} is out of sequence: it was inserted."), seq=seq)
            )
        elif seq > expected:
            walk.found.append(
                UserMessage(
                    N_("Rows {first} to {last} are missing: they were deleted."),
                    first=expected,
                    last=seq - 1,
                )
            )
        elif row["prev_hash"] != prev:
            walk.found.append(
                UserMessage(
                    N_(
                        "The link between rows {before} and {seq} is broken: row {before} was "
                        "replaced, or row {seq} was inserted."
                    ),
                    before=seq - 1,
                    seq=seq,
                )
            )
        version = row_format(row)
        if version not in HASHED_COLUMNS or version < newest_format:
            walk.found.append(
                UserMessage(
                    N_("Row {seq} claims a format kapdesk did not write there: it was rewritten."),
                    seq=seq,
                )
            )
        else:
            newest_format = version
            _link_problem(row, version, key, walk)
        expected, prev = max(expected, seq + 1), row["hash"]
    if walk.foreign:
        walk.found.append(
            UserMessage(
                N_(
                    "{count} rows (the first is row {seq}) were signed with another profile "
                    "store's key: the journal was replaced or rewritten."
                ),
                count=len(walk.foreign),
                seq=walk.foreign[0],
            )
        )
    return walk


def _check_head(head: Mapping[str, Any] | None, last_seq: int, last_link: str) -> list[UserMessage]:
    if head is None:
        return [UserMessage(N_("The journal's head record is missing: it was deleted."))]
    count, last_hash = head["count"], head["last_hash"]
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
    if last_link != last_hash:
        return [UserMessage(N_("The newest row {seq} was replaced."), seq=last_seq)]
    return []


class _Seen:
    """What a walk needs to know of the rows once they have gone by: the newest, how many and
    which entries, rows without an intent, the witnessed row. Rows are looked at one at a
    time, so a year's journal is never held in memory."""

    def __init__(self, witnessed_seq: int | None) -> None:
        self.witnessed_seq = witnessed_seq
        self.witnessed: Mapping[str, Any] | None = None
        self.count = 0
        self.last: Mapping[str, Any] | None = None
        self.entries: set[int] = set()
        self.intents: set[int] = set()
        self.maybe_orphans: list[tuple[int, int]] = []

    def watch(self, rows: Iterable[Mapping[str, Any]]) -> Iterator[Mapping[str, Any]]:
        for row in rows:
            seq, entry = row["seq"], row["entry_id"]
            self.count += 1
            self.last = row
            self.entries.add(entry)
            if row["event"] == "intent" and seq == entry:
                self.intents.add(seq)
            elif entry not in self.intents:
                self.maybe_orphans.append((seq, entry))
            if seq == self.witnessed_seq:
                self.witnessed = row
            yield row

    def orphans(self) -> list[UserMessage]:
        """Rows whose entry has no intent row (anywhere in the journal)."""
        return [
            UserMessage(
                N_("Row {seq} belongs to entry {entry}, which has no intent row."),
                seq=seq,
                entry=entry,
            )
            for seq, entry in self.maybe_orphans
            if entry not in self.intents
        ]


def read_mark(key: ChainKey | None) -> tuple[WitnessMark | None, list[UserMessage]]:
    """The witness's mark, or the sentence saying why it cannot be read.

    Read it *before* the journal: a mark is only ever moved after its row is committed, so a
    snapshot taken later always holds the witnessed row.
    """
    if key is None or key.witness is None:
        return None, []
    try:
        count, link = key.witness.read()
        return WitnessMark(count, link), []
    except UserError as err:
        return None, [err.message]


def check_witness(
    mark: WitnessMark | None, row: Mapping[str, Any] | None, newest: int
) -> list[UserMessage]:
    """The witnessed row ``mark.count`` must be in the journal, with the witnessed link."""
    if mark is None or mark.count == 0:
        return []
    if row is None:
        return [
            UserMessage(
                N_(
                    "The profile store witnessed {count} journal rows, but the journal ends at "
                    "row {newest}: its newest rows were deleted, or it was deleted or replaced."
                ),
                count=mark.count,
                newest=newest,
            )
        ]
    if row["hash"] != mark.link:
        return [
            UserMessage(
                N_(
                    "Row {count} is not the row the profile store witnessed: the journal was "
                    "rewritten or replaced."
                ),
                count=mark.count,
            )
        ]
    return []


def verify_rows(
    rows: Iterable[Mapping[str, Any]],
    head: Mapping[str, Any] | None,
    key: ChainKey | None = None,
    *,
    mark: WitnessMark | None = None,
    mark_problems: Sequence[UserMessage] = (),
    first: int = 1,
    prev: str = GENESIS,
) -> VerifyReport:
    """Walk ``rows`` (ordered by seq) against the chain, the head record and the witness.

    ``first`` and ``prev`` continue a walk after a part already found intact (then each
    row's entry is not looked for: its intent may be in that part).
    """
    seen = _Seen(mark.count if mark is not None and mark.count else None)
    walk = _walk(seen.watch(rows), key, first, prev)
    newest = seen.last["seq"] if seen.last is not None else first - 1
    last_link = seen.last["hash"] if seen.last is not None else prev
    messages = (
        walk.found
        + _check_head(head, newest, last_link)
        + (seen.orphans() if first == 1 else [])
        + list(mark_problems)
        + check_witness(mark, seen.witnessed, newest)
    )
    unprotected = newest - walk.last_keyed if key is not None and seen.count else 0
    return VerifyReport(
        ok=not messages and walk.unchecked == 0,
        problems=[str(message) for message in messages],
        rows=seen.count,
        entries=len(seen.entries),
        messages=messages,
        keyed=key is not None,
        unchecked=walk.unchecked,
        unprotected=unprotected,
        last_seq=newest,
        last_hash=last_link,
    )
