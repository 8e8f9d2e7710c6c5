"""The encrypted profile store: paths, key handling (keyring, passphrase KDF), atomic writes."""
