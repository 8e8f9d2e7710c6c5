"""A connection profile: which gateway, whose terminal, and the clerk's defaults."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Final
from urllib.parse import urlsplit

from kapdesk.domain.disputes import DEFAULT_DISPUTE_DAYS, MAX_DISPUTE_DAYS
from kapdesk.domain.money import DEFAULT_MAX_AMOUNT, AmountError, UnknownCurrency, parse_amount
from kapdesk.i18n import N_
from kapdesk.vault.errors import InvalidProfile

SANDBOX: Final = "sandbox"
KAPITAL_TEST: Final = "kapital-test"
PRODUCTION: Final = "production"
CUSTOM: Final = "custom"
ENVIRONMENTS: Final = (SANDBOX, KAPITAL_TEST, PRODUCTION, CUSTOM)

# The sandbox's URL is only known once the in-process simulator listens, so it is stored empty.
KNOWN_BASE_URLS: Final[Mapping[str, str]] = {
    SANDBOX: "",
    KAPITAL_TEST: "https://txpgtst.kapitalbank.az/api",
    PRODUCTION: "https://e-commerce.kapitalbank.az/api",
}
LANGUAGES: Final = ("az", "en", "ru")
LOOPBACK_HOSTS: Final = frozenset({"127.0.0.1", "localhost", "::1"})
MAX_HOLD_DAYS: Final = 30  # lodging and rentals hold up to 30 days
MAX_IDLE_LOCK_MINUTES: Final = 480
_CURRENCY = re.compile(r"[A-Z]{3}")


@dataclass(frozen=True)
class Profile:
    """One gateway connection; ``password`` never shows in repr or str."""

    name: str
    environment: str
    base_url: str = ""
    user: str = ""
    password: str = field(default="", repr=False)
    currency: str = "AZN"
    language: str = "az"
    hold_days: int = 7
    idle_lock_minutes: int = 10
    verify_tls: bool = True
    operator: str = ""  # who works under this profile, journalled beside the OS user
    # The most one payout or refund may be; stores written before it existed get the default.
    max_amount: Decimal = DEFAULT_MAX_AMOUNT
    # Days from receiving a dispute to the answer's due date (the bank's deadline, say).
    dispute_days: int = DEFAULT_DISPUTE_DAYS
    # Team mode: the team journal's address (postgresql://USER@HOST:PORT/DB, never with a
    # password) and that login's database password; empty: this desk's own journal.
    team: str = ""
    team_password: str = field(default="", repr=False)
    # The team's CA certificate (PEM text) that the database server's certificate must chain
    # to (TLS verify-full); empty for a server on this computer (loopback).
    team_ca: str = field(default="", repr=False)

    def __post_init__(self) -> None:
        if self.base_url in ("", SANDBOX) and self.environment in KNOWN_BASE_URLS:
            object.__setattr__(self, "base_url", KNOWN_BASE_URLS[self.environment])
        object.__setattr__(self, "max_amount", _max_amount(self.max_amount, self.currency))
        _check(self)

    @property
    def is_production(self) -> bool:
        return self.environment == PRODUCTION

    def replace(self, **changes: Any) -> Profile:
        """A copy with ``changes``; changing the environment refills a known base URL."""
        refill = "environment" in changes and "base_url" not in changes
        if refill and self.base_url == KNOWN_BASE_URLS.get(self.environment):
            changes["base_url"] = ""
        return dataclasses.replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["max_amount"] = str(self.max_amount)  # JSON has no exact decimals
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Profile:
        names = {f.name for f in dataclasses.fields(cls)}
        # Unknown keys come from a newer minor version: ignore them rather than refuse.
        return cls(**{k: v for k, v in data.items() if k in names})


def _max_amount(value: object, currency: object) -> Decimal:
    """The limit as typed (text) or stored: more than zero, exact in the currency."""
    text = format(value.normalize(), "f") if isinstance(value, Decimal) else value
    if not isinstance(text, str):
        raise InvalidProfile(N_("The limit per operation must be an amount such as 10000.00."))
    try:
        return parse_amount(text, currency if isinstance(currency, str) else "AZN")
    except UnknownCurrency:
        return parse_amount(text, "AZN")  # the currency check names the real problem
    except AmountError as err:  # its own sentence ("... is not a number.")
        raise InvalidProfile(err.message.template, **err.message.params) from None


def _check(p: Profile) -> None:
    _check_name(p.name)
    if p.environment not in ENVIRONMENTS:
        raise InvalidProfile(
            N_("The environment must be one of: {choices}."), choices=", ".join(ENVIRONMENTS)
        )
    _check_url(p)
    _check_credentials(p)
    _check_preferences(p)
    _check_operator(p.operator)
    _check_team(p)


def _check_team(p: Profile) -> None:
    if not isinstance(p.team, str) or not isinstance(p.team_password, str):
        raise InvalidProfile(N_("The team journal's address and password must be text."))
    if not p.team:
        return
    rest = p.team.partition("://")[2]
    if not p.team.startswith(("postgresql://", "postgres://")) or ":" in rest.partition("@")[0]:
        raise InvalidProfile(
            N_("The team journal's address must look like postgresql://USER@HOST:PORT/DB.")
        )
    if not p.team_password:
        raise InvalidProfile(N_("A team profile needs the database password of its login."))
    if not isinstance(p.team_ca, str) or (
        p.team_ca and "-----BEGIN CERTIFICATE-----" not in p.team_ca
    ):
        raise InvalidProfile(
            N_(
                "The team's CA certificate must be a PEM file (it starts with "
                "-----BEGIN CERTIFICATE-----)."
            )
        )


def _check_operator(operator: object) -> None:
    if not isinstance(operator, str) or (
        operator != operator.strip() or len(operator) > 64 or any(ch < " " for ch in operator)
    ):
        raise InvalidProfile(
            N_("An operator name has at most 64 characters, no line breaks and no outer spaces.")
        )


def _check_name(name: object) -> None:
    if not isinstance(name, str) or not name.strip():
        raise InvalidProfile(N_("A profile needs a name."))
    if name != name.strip() or len(name) > 64 or any(ch < " " for ch in name):
        raise InvalidProfile(
            N_("A profile name has at most 64 characters, no line breaks and no outer spaces.")
        )


def _check_url(p: Profile) -> None:
    if p.environment == SANDBOX and p.base_url == "":
        return
    parts = urlsplit(p.base_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InvalidProfile(
            N_("The base URL must look like https://host/api (got \u201c{url}\u201d)."),
            url=p.base_url,
        )
    if p.is_production and (parts.scheme != "https" or not p.verify_tls):
        raise InvalidProfile(
            N_("A production profile must use https:// with TLS verification switched on.")
        )
    if parts.scheme == "http" and parts.hostname not in LOOPBACK_HOSTS:
        raise InvalidProfile(
            N_("Plain http:// is only allowed to this computer (127.0.0.1); use https://.")
        )


def _check_credentials(p: Profile) -> None:
    if not isinstance(p.user, str) or not isinstance(p.password, str):
        raise InvalidProfile(N_("The terminal user and password must be text."))
    if p.environment != SANDBOX and not (p.user.strip() and p.password):
        raise InvalidProfile(N_("This profile needs a terminal user and a terminal password."))


def _check_preferences(p: Profile) -> None:
    if not isinstance(p.currency, str) or not _CURRENCY.fullmatch(p.currency):
        raise InvalidProfile(
            N_("The currency must be a three-letter code such as AZN (got \u201c{code}\u201d)."),
            code=str(p.currency),
        )
    if p.language not in LANGUAGES:
        raise InvalidProfile(
            N_("The language must be one of: {choices}."), choices=", ".join(LANGUAGES)
        )
    if not _whole_in(p.hold_days, 1, MAX_HOLD_DAYS):
        raise InvalidProfile(
            N_("Hold validity must be a whole number of days from 1 to {most}."),
            most=MAX_HOLD_DAYS,
        )
    if not _whole_in(p.idle_lock_minutes, 1, MAX_IDLE_LOCK_MINUTES):
        raise InvalidProfile(
            N_("The idle lock must be a whole number of minutes from 1 to {most}."),
            most=MAX_IDLE_LOCK_MINUTES,
        )
    if not _whole_in(p.dispute_days, 1, MAX_DISPUTE_DAYS):
        raise InvalidProfile(
            N_("The days to answer a dispute must be a whole number from 1 to {most}."),
            most=MAX_DISPUTE_DAYS,
        )
    if not isinstance(p.verify_tls, bool):
        raise InvalidProfile(N_("TLS verification must be on or off."))


def _whole_in(value: object, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high
