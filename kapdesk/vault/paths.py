"""Where kapdesk keeps its files: one directory, overridable with KAPDESK_HOME."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "kapdesk"
HOME_VARIABLE = "KAPDESK_HOME"


def data_dir(*, create: bool = True) -> Path:
    """The directory for the profile store, the database and the logs.

    ``KAPDESK_HOME`` wins (tests, portable installs); otherwise platformdirs' user data dir.
    Created owner-only when missing.
    """
    override = os.environ.get(HOME_VARIABLE)
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    if create:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


def database_path() -> Path:
    return data_dir() / "kapdesk.db"


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(mode=0o700, exist_ok=True)
    return path


def profile_store_path() -> Path:
    """The encrypted profile store (kapdesk.vault.store.ProfileStore's default)."""
    return data_dir() / "profiles.kapdesk"
