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
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final, Protocol

from kapdesk.i18n import N_, UserError, UserMessage
from kapdesk.journal.entry import OPEN_STATES
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


# What the walk needs of each row, in this order: its seq, entry, event, state, order, format,
# key id, previous link and link, and the message its link was computed on (the previous link,
# a newline and the canonical JSON of its format's columns), or None to compute it here.
LINK_COLUMNS: Final = (
    "seq", "entry_id", "event", "state", "order_id", "format", "key_id", "prev_hash", "hash",
)  # fmt: skip
Link = tuple[int, int, str, str, int | None, Any, str | None, str, str, str | None]
_OPEN_STATE_NAMES: Final = frozenset(state.value for state in OPEN_STATES)


def _sql_canonical(version: int) -> str:
    # SQLite's JSON spells strings, integers and nulls as json.dumps(ensure_ascii=False) does
    # (the same escapes); anything else (a hand-edited REAL or BLOB) is computed again in
    # Python before a row is called edited, so a difference can only cost time.
    names = HASHED_COLUMNS[version]
    if version == 1:
        pairs = ", ".join(f"'{name}', {name}" for name in sorted(names))
        return f"json_object({pairs})"
    return f"json_array({', '.join(names)})"


# Every row's link fields and message in seq order, the canonical JSON made by SQLite: the
# whole walk reads one short tuple per row (no row dicts, no JSON encoding in Python).
LINKS_QUERY: Final = (
    f"SELECT {', '.join(LINK_COLUMNS)}, prev_hash || char(10) || CASE"  # noqa: S608 - constants
    f" WHEN format IS NULL THEN {_sql_canonical(1)}"
    f" WHEN format = 2 THEN {_sql_canonical(2)} END"
    " FROM journal_events ORDER BY seq"
)


def message_of(row: Mapping[str, Any]) -> str | None:
    """The message a row's link is computed on (None for a format kapdesk does not know)."""
    version = row_format(row)
    if version not in HASHED_COLUMNS:
        return None
    return f"{row['prev_hash']}\n{_canonical(row, version)}"


def link_of(row: Mapping[str, Any]) -> Link:
    """The walk's tuple of a row given as a mapping."""
    return (
        *(_get(row, name) for name in LINK_COLUMNS),
        message_of(row),
    )


@dataclass
class _Walk:
    """A walk's findings, and what it needs of the rows once they have gone by: the newest,
    how many and which entries, rows without an intent, the witnessed row's link, the open
    entries and their orders. Rows are looked at one at a time, so a year's journal is never
    held in memory (only the sets of entry ids)."""

    found: list[UserMessage] = field(default_factory=list)
    foreign: list[int] = field(default_factory=list)
    unchecked: int = 0
    last_keyed: int = 0
    count: int = 0
    last_seq: int = 0
    last_hash: str = GENESIS
    witnessed: str | None = None
    intents: set[int] = field(default_factory=set)
    others: set[int] = field(default_factory=set)  # entries first seen by a row not an intent
    maybe_orphans: list[tuple[int, int]] = field(default_factory=list)
    open_entries: dict[int, int | None] = field(default_factory=dict)

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

    def open_orders(self) -> set[tuple[int, int]]:
        """(order, entry) of each entry with an intent whose newest row is open."""
        return {
            (order, entry)
            for entry, order in self.open_entries.items()
            if order is not None and entry in self.intents
        }


def _edited(seq: int, entry: int, state: str) -> UserMessage:
    return UserMessage(
        N_("Row {seq} (entry {entry}, {state}) was edited after it was written."),
        seq=seq,
        entry=entry,
        state=state,
    )


def _walk(
    links: Iterable[Link],
    key: ChainKey | None,
    first: int,
    prev: str,
    witnessed_seq: int | None,
    row_at: Callable[[int], Mapping[str, Any]] | None,
) -> _Walk:
    """The one loop over every row (kept flat: it runs 100,000s of times). ``row_at`` gives
    a row in full when its message is missing or its link does not match it (a link
    computed from SQLite's JSON); None: the messages are final."""
    walk = _Walk(last_seq=first - 1, last_hash=prev)
    found, others, intents, orphans = walk.found, walk.others, walk.intents, walk.maybe_orphans
    open_entries, open_names = walk.open_entries, _OPEN_STATE_NAMES
    secret, own_key = (None, None) if key is None else (key.secret, key.id)
    sha256, keyed_digest = hashlib.sha256, hmac.digest
    expected, newest_format, count, seq = first, 1, 0, first - 1
    for seq, entry, event, state, order, fmt, key_id, prev_hash, link, message in links:
        count += 1
        if event == "intent" and seq == entry:
            intents.add(seq)
        elif entry not in intents:
            orphans.append((seq, entry))
            others.add(entry)
        if state in open_names:
            if order is not None or entry not in open_entries:
                open_entries[entry] = order
        elif open_entries:
            open_entries.pop(entry, None)
        if seq == witnessed_seq:
            walk.witnessed = link
        if seq != expected:
            found.append(_out_of_place(seq, expected))
        elif prev_hash != prev:
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
        version = 1 if fmt is None else fmt if isinstance(fmt, int) else -1
        if version not in HASHED_COLUMNS or version < newest_format:
            found.append(
                UserMessage(
                    N_("Row {seq} claims a format kapdesk did not write there: it was rewritten."),
                    seq=seq,
                )
            )
        else:
            newest_format = version
            keyed = version >= 2 and key_id is not None
            if keyed:
                walk.last_keyed = seq
            if keyed and secret is None:
                walk.unchecked += 1  # a keyed row: its link cannot be computed here
            elif keyed and key_id != own_key:
                walk.foreign.append(seq)
            elif (
                message is None
                or link
                != (
                    keyed_digest(secret, message.encode(), "sha256").hex()  # type: ignore[arg-type]
                    if keyed
                    else sha256(message.encode()).hexdigest()
                )
            ) and (
                # Not the link of SQLite's spelling: nor of the row as Python reads it?
                row_at is None or _link(row_at(seq), version, secret) != link
            ):
                found.append(_edited(seq, entry, state))
        if seq >= expected:
            expected = seq + 1
        prev = link
    walk.count, walk.last_seq, walk.last_hash = count, seq, prev
    if walk.foreign:
        found.append(
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


def _out_of_place(seq: int, expected: int) -> UserMessage:
    if seq < expected:
        return UserMessage(N_("Row {seq} is out of sequence: it was inserted."), seq=seq)
    return UserMessage(
        N_("Rows {first} to {last} are missing: they were deleted."),
        first=expected,
        last=seq - 1,
    )


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


def _check_order_state(walk: _Walk, kept: Iterable[tuple[int, int]]) -> list[UserMessage]:
    differ = sorted(walk.open_orders() ^ {(int(order), int(entry)) for order, entry in kept})
    if not differ:
        return []
    return [
        UserMessage(
            N_(
                "The journal's table of open orders disagrees with its rows (first about entry "
                "{entry} on order {order}; {count} in all): the file was edited."
            ),
            count=len(differ),
            entry=differ[0][1],
            order=differ[0][0],
        )
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
    """Walk ``rows`` (mappings, ordered by seq) against the chain, the head record and the
    witness.

    ``first`` and ``prev`` continue a walk after a part already found intact (then each
    row's entry is not looked for: its intent may be in that part).
    """
    links = (link_of(row) for row in rows)
    return verify_links(
        links, head, key, mark=mark, mark_problems=mark_problems, first=first, prev=prev
    )


def verify_links(
    links: Iterable[Link],
    head: Mapping[str, Any] | None,
    key: ChainKey | None = None,
    *,
    row_at: Callable[[int], Mapping[str, Any]] | None = None,
    mark: WitnessMark | None = None,
    mark_problems: Sequence[UserMessage] = (),
    first: int = 1,
    prev: str = GENESIS,
    order_state: Iterable[tuple[int, int]] | None = None,
) -> VerifyReport:
    """:func:`verify_rows` over the walk's tuples (``LINK_COLUMNS`` and the message, as
    ``LINKS_QUERY`` reads them); ``row_at(seq)`` gives a row in full to check again a link
    that does not match its message. With ``order_state`` (order, entry pairs kept for the
    per-order lock), a whole walk also checks them against the rows."""
    walk = _walk(links, key, first, prev, mark.count if mark and mark.count else None, row_at)
    newest, last_link = walk.last_seq, walk.last_hash
    witnessed = None if walk.witnessed is None else {"hash": walk.witnessed}
    whole = first == 1
    messages = walk.found + _check_head(head, newest, last_link) + (walk.orphans() if whole else [])
    if whole and order_state is not None and not messages:  # rows to trust: does it agree?
        messages += _check_order_state(walk, order_state)
    messages += list(mark_problems) + check_witness(mark, witnessed, newest)
    unprotected = newest - walk.last_keyed if key is not None and walk.count else 0
    return VerifyReport(
        ok=not messages and walk.unchecked == 0,
        problems=[str(message) for message in messages],
        rows=walk.count,
        entries=len(walk.intents) + len(walk.others - walk.intents),
        messages=messages,
        keyed=key is not None,
        unchecked=walk.unchecked,
        unprotected=unprotected,
        last_seq=newest,
        last_hash=last_link,
    )
