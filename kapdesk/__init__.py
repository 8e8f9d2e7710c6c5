"""kapdesk: a back-office console for Kapital Bank e-commerce merchants."""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    # importlib.metadata costs ~40 ms at start-up; only the About box asks for the version.
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("kapdesk")
    except PackageNotFoundError:  # pragma: no cover - running from a bare source tree
        found = "0.0.0"
    globals()["__version__"] = found  # asked once, then a plain attribute
    return found
