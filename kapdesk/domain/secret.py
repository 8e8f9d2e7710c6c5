"""A secret string that never shows itself in repr, str, logs or tracebacks."""

from __future__ import annotations

from typing import Final

_HIDDEN: Final = "********"

# Keys whose values are secrets wherever they appear in a gateway answer or a snapshot
# (compared in lower case): order passwords, full card data.
SECRET_KEYS: Final = frozenset({"password", "secret", "panblock", "pan", "cvv", "cvv2"})


class Secret:
    """Wraps a password, an order password or a full PAN; ``reveal()`` is the only way out."""

    __slots__ = ("__value",)

    def __init__(self, value: str) -> None:
        self.__value = value

    def reveal(self) -> str:
        return self.__value

    def __bool__(self) -> bool:
        return bool(self.__value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other.__value == self.__value

    def __hash__(self) -> int:
        return hash(("Secret", self.__value))

    def __repr__(self) -> str:
        return f"Secret({_HIDDEN})"

    def __str__(self) -> str:
        return _HIDDEN

    def __format__(self, spec: str) -> str:
        return _HIDDEN

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("a Secret cannot be pickled")
