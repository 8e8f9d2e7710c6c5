"""The PySide6 console: main window, tabs, dialogs, item models, the coroutine bridge."""
