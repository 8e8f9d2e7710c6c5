"""The profile store's refusals, each a sentence for the user (never a secret, never a trace)."""

from __future__ import annotations

from kapdesk.i18n import N_, UserError


class VaultError(UserError):
    """Base of every refusal from the profile store."""


class WrongPassphrase(VaultError):
    """The passphrase did not open the store."""

    def __init__(self, failures: int, next_wait: float) -> None:
        if failures >= 5:
            super().__init__(
                N_(
                    "That passphrase is not right. After {failures} wrong tries in a row, "
                    "each further try waits longer (the next one {seconds} s)."
                ),
                failures=failures,
                seconds=round(next_wait),
            )
        else:
            super().__init__(N_("That passphrase is not right."))
        self.failures = failures
        self.next_wait = next_wait


class StoreDamaged(VaultError):
    """The file is truncated, altered or unreadable; it is left untouched."""

    def __init__(self, path: object, backup: object | None = None) -> None:
        if backup is not None:
            super().__init__(
                N_(
                    "The profile store {path} is damaged or was altered, so it was not opened "
                    "and was left untouched. The previous good copy is {backup}: to use it, "
                    "rename it to {path}."
                ),
                path=str(path),
                backup=str(backup),
            )
        else:
            super().__init__(
                N_(
                    "The profile store {path} is damaged or was altered, so it was not opened "
                    "and was left untouched."
                ),
                path=str(path),
            )


class StoreFromTheFuture(VaultError):
    """Written by a newer kapdesk; this version must not touch it."""

    def __init__(self, path: object, version: int) -> None:
        super().__init__(
            N_(
                "The profile store {path} was written by a newer kapdesk (format {version}). "
                "Update kapdesk to open it; the file was left untouched."
            ),
            path=str(path),
            version=version,
        )


class KdfRefused(VaultError):
    """The header asks the key derivation for absurd memory or work: refused before deriving."""

    def __init__(self, path: object) -> None:
        super().__init__(
            N_(
                "The profile store {path} asks for far more memory or work to open than "
                "kapdesk ever sets, so it was not opened (it was altered or not written by "
                "kapdesk) and was left untouched."
            ),
            path=str(path),
        )


class StoreChangedOnDisk(VaultError):
    """Someone else wrote the file since we read it; saving now would lose their change."""

    def __init__(self, path: object) -> None:
        super().__init__(
            N_(
                "The profile store {path} was changed by another kapdesk window or command "
                "since it was unlocked, so nothing was saved. Lock and unlock to reload it."
            ),
            path=str(path),
        )


class NoStore(VaultError):
    def __init__(self, path: object) -> None:
        super().__init__(
            N_("There is no profile store yet at {path}. Add a profile first."), path=str(path)
        )


class StoreExists(VaultError):
    def __init__(self, path: object) -> None:
        super().__init__(
            N_("A profile store already exists at {path}; it was not replaced."), path=str(path)
        )


class StoreLocked(VaultError):
    def __init__(self) -> None:
        super().__init__(N_("The profile store is locked. Unlock it first."))


class NoSuchProfile(VaultError):
    def __init__(self, name: str) -> None:
        super().__init__(N_("There is no profile named \u201c{name}\u201d."), name=name)


class ProfileExists(VaultError):
    def __init__(self, name: str) -> None:
        super().__init__(N_("A profile named \u201c{name}\u201d already exists."), name=name)


class InvalidProfile(VaultError):
    """A field value that the profile rules refuse (bad usage, not a refusal of the store)."""


class WeakPassphrase(VaultError):
    def __init__(self, minimum: int) -> None:
        super().__init__(
            N_("The passphrase must have at least {minimum} characters."), minimum=minimum
        )


class KeyringUnavailable(VaultError):
    """This computer cannot remember the key; the passphrase stays the only way in."""
