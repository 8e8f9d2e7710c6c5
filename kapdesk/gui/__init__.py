"""The PySide6 console: the window and its frame here; tabs/, the parts they use (lookup/,
money/, widgets/), and the profile dialogs (profiles/)."""
