"""Remember on this computer against a real Secret Service (gnome-keyring on a private D-Bus).

Skipped, with the reason, only when dbus-run-session or gnome-keyring-daemon is missing or
the service does not answer; once the service answers, any failure of ours fails the test.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

PROBE = textwrap.dedent(
    """
    import sys, keyring
    from keyring.backends import SecretService
    if not isinstance(keyring.get_keyring(), SecretService.Keyring):
        sys.exit(42)
    try:
        keyring.set_password("kapdesk-probe", "probe", "x")
        assert keyring.get_password("kapdesk-probe", "probe") == "x"
    except Exception:
        sys.exit(42)
    """
)
CREATE = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from kapdesk.vault.crypto import KdfParams
    from kapdesk.vault.profiles import Profile
    from kapdesk.vault.store import ProfileStore
    store = ProfileStore(Path(sys.argv[1]), kdf=KdfParams.cheap_for_tests())
    note = store.create("a long passphrase", remember=True)
    assert note is None, str(note)
    store.add(Profile("t", "kapital-test", user="u", password="terminal-pw"))
    """
)
# A second process: only the OS keyring can open the store now.
REOPEN = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from kapdesk.vault.store import ProfileStore
    store = ProfileStore(Path(sys.argv[1]))
    assert store.unlock_with_keyring(), "the keyring did not open the store"
    assert store.get("t").password == "terminal-pw"
    store.forget_remembered()
    assert not ProfileStore(Path(sys.argv[1])).unlock_with_keyring()
    print("remembered-and-forgotten")
    """
)


def test_remember_on_this_computer_with_gnome_keyring(tmp_path: Path) -> None:
    missing = [t for t in ("dbus-run-session", "gnome-keyring-daemon") if not shutil.which(t)]
    if missing:
        pytest.skip(f"no Secret Service here: {', '.join(missing)} not installed")
    for name, code in (("probe.py", PROBE), ("create.py", CREATE), ("reopen.py", REOPEN)):
        (tmp_path / name).write_text(code)
    store = tmp_path / "profiles.kapdesk"
    py = sys.executable
    script = (
        "echo unlock-pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 42;"
        f" '{py}' probe.py || exit 42;"
        f" '{py}' create.py '{store}' && '{py}' reopen.py '{store}'"
    )
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "XDG_"))}
    env |= {"HOME": str(home), "XDG_DATA_HOME": str(home / ".local/share")}
    result = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", script],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    if result.returncode == 42:
        pytest.skip(f"the Secret Service did not start: {result.stderr.strip()[-300:]}")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "remembered-and-forgotten" in result.stdout
