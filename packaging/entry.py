"""PyInstaller's entry script: the same ``main()`` as the ``kapdesk`` console script."""

import multiprocessing
import sys

from kapdesk.__main__ import main

if __name__ == "__main__":
    # A frozen program that ever starts a child process must call this first (Windows/macOS).
    multiprocessing.freeze_support()
    sys.exit(main())
