"""kapdesk: a back-office console for Kapital Bank e-commerce merchants."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("kapdesk")
except PackageNotFoundError:  # pragma: no cover - running from a bare source tree
    __version__ = "0.0.0"
