"""Profiles and the profile store's dialogs: first run, unlock, idle lock, the profile form
and manager, and opening a profile at start."""
