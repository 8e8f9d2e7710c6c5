"""Profile rules: known base URLs, production safety, field limits, no password in repr."""

from __future__ import annotations

import pytest

from kapdesk.vault.errors import InvalidProfile
from kapdesk.vault.profiles import Profile


def test_known_environments_fill_the_base_url() -> None:
    test = Profile("t", "kapital-test", user="TerminalSys/kapital", password="kapital123")
    prod = Profile("p", "production", user="u", password="pw")
    sandbox = Profile("s", "sandbox", base_url="sandbox")
    assert test.base_url == "https://txpgtst.kapitalbank.az/api"
    assert prod.base_url == "https://e-commerce.kapitalbank.az/api"
    assert sandbox.base_url == ""
    assert (test.currency, test.language, test.hold_days, test.idle_lock_minutes) == (
        "AZN",
        "az",
        7,
        10,
    )


def test_changing_the_environment_refills_the_known_url() -> None:
    test = Profile("t", "kapital-test", user="u", password="pw")
    assert test.replace(environment="production").base_url.startswith("https://e-commerce")


def test_password_never_in_repr_or_str() -> None:
    profile = Profile("t", "kapital-test", user="u", password="s3cret-terminal")
    assert "s3cret-terminal" not in repr(profile)
    assert "s3cret-terminal" not in str(profile)
    assert "kapital-test" in repr(profile)


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"base_url": "http://e-commerce.kapitalbank.az/api"}, "https://"),
        ({"verify_tls": False}, "TLS verification"),
    ],
)
def test_production_refuses_http_and_unverified_tls(changes: dict[str, object], words: str) -> None:
    with pytest.raises(InvalidProfile, match=words):
        Profile("p", "production", user="u", password="pw", **changes)  # type: ignore[arg-type]


def test_plain_http_only_to_loopback() -> None:
    Profile("c", "custom", base_url="http://127.0.0.1:8080/api", user="u", password="pw")
    with pytest.raises(InvalidProfile, match="only allowed to this computer"):
        Profile("c", "custom", base_url="http://gw.example.com/api", user="u", password="pw")


def test_test_environment_may_switch_tls_verification_off() -> None:
    profile = Profile("t", "kapital-test", user="u", password="pw", verify_tls=False)
    assert profile.verify_tls is False


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"name": " "}, "needs a name"),
        ({"environment": "staging"}, "environment must be one of"),
        ({"password": ""}, "terminal user and a terminal password"),
        ({"currency": "azn"}, "three-letter code"),
        ({"language": "de"}, "language must be one of"),
        ({"hold_days": 0}, "from 1 to 30"),
        ({"hold_days": 31}, "from 1 to 30"),
        ({"idle_lock_minutes": 0}, "idle lock"),
        ({"base_url": "ftp://x/api"}, "base URL must look like"),
    ],
)
def test_bad_fields_give_clear_sentences(changes: dict[str, object], words: str) -> None:
    fields: dict[str, object] = {
        "name": "t",
        "environment": "custom",
        "base_url": "https://gw.example.com/api",
        "user": "u",
        "password": "pw",
    }
    with pytest.raises(InvalidProfile, match=words):
        Profile(**(fields | changes))  # type: ignore[arg-type]


def test_sandbox_needs_no_credentials() -> None:
    assert Profile("sb", "sandbox").user == ""


def test_dict_round_trip_ignores_unknown_keys() -> None:
    profile = Profile("t", "kapital-test", user="u", password="pw", hold_days=30)
    assert Profile.from_dict(profile.to_dict() | {"from_the_future": 1}) == profile
