"""Helpers shared by the command-line commands."""

from __future__ import annotations

from kapdesk.cli import vault_access
from kapdesk.vault.profiles import Profile
from kapdesk.vault.store import ProfileStore

# --- resolve a stored profile for --profile NAME (owned by the profile-store work) -----------


def load_profile_for_cli(name: str, store: ProfileStore | None = None) -> Profile:
    """The stored profile ``name``; unlocks with the keyring, KAPDESK_PASSPHRASE or a prompt.

    Raises UserError (NoStore, WrongPassphrase, StoreDamaged, NoSuchProfile, ...) with a
    sentence for the user: print ``str(err)`` and exit 1.
    """
    store = store or ProfileStore()
    vault_access.unlock(store)
    profile = store.get(name)
    vault_access.keep_journal_key(store)  # the journal's chain is keyed by this store
    store.lock()  # the caller keeps the one profile it needs, not the whole store
    return profile
