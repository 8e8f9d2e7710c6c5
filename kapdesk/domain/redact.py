"""The one redactor: card numbers, passwords, Authorization values and known secrets masked.

Every text that came from outside (a gateway's error description, an answer's free text, a
log line) passes through :func:`redact` before it reaches a person, a file or the journal.
Gateways echo what they were sent, so this masks what a request carries: the order password
of the query string, the ``Authorization: Basic`` header (encoded and decoded), bearer
tokens, and full card numbers. Qt-free and I/O-free: every layer may import it.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterable

from kapdesk.domain.cards import mask_card_numbers

MASK = "********"

# Why each pattern: passwords in query strings, form bodies or JSON (a quoted value whole, it
# may hold commas, else a word); HTTP Authorization headers; a header's value echoed without
# its name: a bearer token, or base64 that decodes to ``user:password`` (Basic).
_PASSWORD = re.compile(
    r"""(?ix)
    (["']?\b(?:password|passwd|pwd|secret|cvv2?|access_token|refresh_token|api_?key)\b["']?
     \s*[:=]\s*)
    ("[^"]*"|'[^']*'|[^"'&\s,;}]+)
    """
)
_AUTHORIZATION = re.compile(r"(?i)(authorization\s*[:=]\s*)(\"?)(basic|bearer)?\s*[^\s\"',}]+")
# A bearer token: long and with a digit, so "Bearer token expired" stays readable. A Basic
# credential is found by what it decodes to (_BASE64), so "basic checks failed" stays too.
_BEARER = re.compile(r"(?i)\b(bearer)(\s+)(?=[A-Za-z0-9._~+/-]*\d)[A-Za-z0-9._~+/-]{12,}=*")
# At least one letter: references of digits alone (RRNs, parts of action ids) are never it.
_BASE64 = re.compile(
    r"(?<![A-Za-z0-9+/=])(?=[A-Za-z0-9+/]*[A-Za-z])[A-Za-z0-9+/]{8,}={0,2}(?![A-Za-z0-9+/=])"
)
# Literal secrets shorter than this are not searched for: they would mask ordinary words.
MIN_SECRET_LENGTH = 4


def redact(text: str, secrets: Iterable[str] = (), *, only_valid_cards: bool = False) -> str:
    """``text`` with card numbers, passwords, Authorization values and ``secrets`` masked.

    ``secrets`` are values known to be secret (the terminal password, an order password):
    each is masked wherever it appears, also base64-encoded. ``only_valid_cards`` masks only
    Luhn-valid card numbers (records whose long references must stay readable).
    """
    for secret in sorted({s for s in secrets if len(s) >= MIN_SECRET_LENGTH}, key=len)[::-1]:
        text = text.replace(secret, MASK)
        text = text.replace(base64.b64encode(secret.encode("utf-8")).decode("ascii"), MASK)
    text = _AUTHORIZATION.sub(lambda m: f"{m.group(1)}{m.group(2)}{MASK}", text)
    text = _BEARER.sub(lambda m: f"{m.group(1)}{m.group(2)}{MASK}", text)
    text = _BASE64.sub(_mask_credentials, text)
    text = _PASSWORD.sub(_mask_value, text)
    return mask_card_numbers(text, only_valid=only_valid_cards)


def _mask_value(match: re.Match[str]) -> str:
    value = match.group(2)
    quote = value[0] if value[0] in "\"'" else ""
    return f"{match.group(1)}{quote}{MASK}{quote}"


def _mask_credentials(match: re.Match[str]) -> str:
    """A base64 word that decodes to printable ``user:password`` is a Basic credential."""
    word = match.group(0)
    try:
        decoded = base64.b64decode(word + "=" * (-len(word) % 4), validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        return word
    user, colon, password = decoded.partition(":")
    if colon and user and password and decoded.isprintable():
        return MASK
    return word
