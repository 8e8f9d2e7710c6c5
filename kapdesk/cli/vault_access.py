"""Opening the profile store from the command line: keyring, KAPDESK_PASSPHRASE, or a prompt.

Secrets never come from the command line (they would sit in shell history and in the
process list): they come from the environment, for scripts, or from a no-echo prompt.
"""

from __future__ import annotations

import getpass
import os
import sys
from typing import TYPE_CHECKING, Final

from kapdesk.i18n import N_, UserError
from kapdesk.vault.errors import InvalidProfile
from kapdesk.vault.store import ProfileStore

if TYPE_CHECKING:
    from kapdesk.journal.chain import ChainKey

PASSPHRASE_VARIABLE: Final = "KAPDESK_PASSPHRASE"  # noqa: S105 - a variable's name
NEW_PASSPHRASE_VARIABLE: Final = "KAPDESK_NEW_PASSPHRASE"  # noqa: S105 - a variable's name
PASSWORD_VARIABLE: Final = "KAPDESK_PASSWORD"  # noqa: S105 - a variable's name


def interactive() -> bool:
    return sys.stdin.isatty()


def prompt_secret(prompt: str, *, confirm: bool = False) -> str:
    """Ask without echo; with ``confirm``, twice. Raises UserError when cancelled."""
    try:
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("Type it again: ") != first:
            raise UserError(N_("The two entries differ; nothing was changed."))
    except (EOFError, KeyboardInterrupt):
        print(file=sys.stderr)
        raise UserError(N_("Cancelled; nothing was changed.")) from None
    return first


def passphrase(*, variable: str = PASSPHRASE_VARIABLE, prompt: str, confirm: bool = False) -> str:
    """The store passphrase from ``variable``, else a prompt on a terminal, else refuse."""
    value = os.environ.get(variable)
    if value:
        return value
    if interactive():
        return prompt_secret(prompt, confirm=confirm)
    raise UserError(
        N_("No passphrase: set {variable} or run this in a terminal to be asked."),
        variable=variable,
    )


def terminal_password(prompt: str = "Terminal password: ") -> str:
    """The terminal password from KAPDESK_PASSWORD, else a prompt, else bad usage."""
    value = os.environ.get(PASSWORD_VARIABLE)
    if value:
        return value
    if interactive():
        return prompt_secret(prompt)
    raise InvalidProfile(
        N_("No terminal password: set {variable} or run this in a terminal to be asked."),
        variable=PASSWORD_VARIABLE,
    )


def unlock(store: ProfileStore) -> None:
    """Keyring first (no typing for a remembered store), then the passphrase."""
    if store.unlock_with_keyring():
        return
    store.unlock(passphrase(prompt="Passphrase of the profile store: "))


# The journal key of the store this process unlocked (a command unlocks it once, for its
# profile, and locks it again at once): the money commands key their journal with it.
_journal_key: ChainKey | None = None


def chain_key(store: ProfileStore, *, create: bool = True) -> ChainKey | None:
    """The unlocked ``store``'s journal key and witness (made on first use unless not
    ``create``); None when the store has none and ``create`` is False."""
    from kapdesk.journal.chain import ChainKey

    try:
        secret = store.journal_key(create=create)
    except OSError as exc:
        raise UserError(
            N_("The profile store {path} could not be given its journal key ({reason})."),
            path=str(store.path),
            reason=exc.strerror or type(exc).__name__,
        ) from None
    if secret is None:
        return None
    return ChainKey(secret, store.journal_witness(create=False))


def keep_journal_key(store: ProfileStore) -> None:
    """Remember the unlocked ``store``'s journal key for this process's journal."""
    global _journal_key
    _journal_key = chain_key(store)


def journal_key() -> ChainKey | None:
    """The journal key this process took from the profile store; None without a store."""
    return _journal_key


def journal_key_for(args: object) -> ChainKey | None:
    """The key for a command's journal: the store's when the command used ``--profile``
    (which unlocked it), none with ``--sandbox`` or ``--base-url``."""
    return _journal_key if getattr(args, "profile", None) else None
