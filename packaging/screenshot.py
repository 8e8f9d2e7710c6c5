"""Screenshot driver: the real console on the sandbox, a few seeded orders looked up, one selected.

Run by packaging/screenshot.sh under Xvfb (QT_QPA_PLATFORM=xcb); it also works offscreen.
It builds the window exactly as ``kapdesk --sandbox`` does (kapdesk.app.console.Console) and, in
place of ``--exit-after-ready``'s "print ready and quit", types order ids, presses Enter,
selects a preauthorization, and saves ``window.grab()`` as a PNG.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from kapdesk import app as kapdesk_app
from kapdesk.domain.orders import OrderStatus

EVERY = 3  # every third seeded order: all kinds and statuses, few enough to read


class ScreenshotConsole(kapdesk_app.Console):
    """The console, driven like a clerk would, then photographed instead of quitting."""

    target: Path

    async def _exit_when_ready(self) -> int:
        await self.shown.wait()
        await self._probe()  # the status bar says "connected", as after a real start
        window = self.window
        window.resize(1280, 760)
        lookup = window.lookup
        finished = asyncio.Event()
        lookup.lookup_finished.connect(finished.set)
        ids = self.sandbox.server.seeded_order_ids()[::EVERY]
        lookup.id_field.setText(" ".join(str(i) for i in ids))
        lookup.id_field.returnPressed.emit()  # what Enter does
        await asyncio.wait_for(finished.wait(), timeout=60)
        lookup.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        lookup.table.setCurrentIndex(lookup.model.index(_pick(lookup), 0))
        lookup.table.selectRow(lookup.table.currentIndex().row())
        await asyncio.sleep(1.0)  # let the detail pane and the status bar paint
        if not window.grab().save(str(self.target), "PNG"):
            sys.stderr.write(f"screenshot: cannot write {self.target}\n")
            return 1
        sys.stdout.write(f"screenshot: wrote {self.target}\n")
        window.close()
        return 0


def _pick(lookup: Any) -> int:
    """The first row that is a hold (the most interesting detail), else the first row."""
    for position in range(lookup.model.rowCount()):
        order = lookup.model.row(position).order
        if order is not None and order.status == OrderStatus.PARTIALLY_PAID:
            return position
    for position in range(lookup.model.rowCount()):
        order = lookup.model.row(position).order
        if order is not None and order.status == OrderStatus.AUTHORIZED:
            return position
    return 0


def main() -> int:
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshot.png").resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    args = argparse.Namespace(sandbox=True, profile=None, exit_after_ready=True, seed=1)
    started = time.perf_counter()
    sandbox = kapdesk_app.SandboxStarter(args.seed)
    import qasync  # after PySide6 (imported by kapdesk.app's GUI modules), as app/run.py does
    from PySide6.QtWidgets import QApplication

    application = QApplication(sys.argv[:1])
    application.setApplicationName("kapdesk")
    application.setQuitOnLastWindowClosed(False)
    console = ScreenshotConsole(application, args, sandbox, started)
    console.target = target
    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(application)) as runner:
        return int(runner.run(console.main()))


if __name__ == "__main__":
    sys.exit(main())
