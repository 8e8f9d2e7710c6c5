"""What a money tab needs around ``MoneyDesk.carry_out``: the busy guard, the confirmation
dialog, progress, and the outcome in words.

The tab itself starts the operation (``RefundsTab.refund`` → ``desk.carry_out``); this class
only answers carry_out's callbacks (``confirm``, ``confirm_all``, ``progress``) and shows
what came of it. The double-submit guard lives here, once, and is synchronous on purpose
(engineering-notes.md): ``@asyncSlot`` only schedules a task, so a guard inside the
coroutine lets a second click through before it runs. ``start`` sets the busy flag and
disables the controls before anything is scheduled.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from kapdesk.gui.messages import render
from kapdesk.gui.money.confirmation import Confirm, Confirmation, ProgressPanel
from kapdesk.gui.tasks import TaskRunner
from kapdesk.i18n import UserError, UserMessage
from kapdesk.operations.money import MoneyDesk
from kapdesk.operations.outcome import Outcome
from kapdesk.operations.plan import Plan

# What else an operation does, in words, for its confirmation (given the plan).
Explain = Callable[[Plan], Sequence[str]]

log = logging.getLogger(__name__)


class MoneyAction(QObject):
    """One money operation (or batch) at a time for a tab; ``finished`` carries its result:
    the Outcome, a batch's list of Outcomes, or None when the clerk declined."""

    finished = Signal(object)

    def __init__(
        self,
        owner: QWidget,
        desk: MoneyDesk,
        runner: TaskRunner,
        name: str,
        confirm: Confirm,
        panel: ProgressPanel,
        controls: Sequence[QWidget] = (),
        update_controls: Callable[[], None] | None = None,
        *,
        explain: Explain | None = None,
    ) -> None:
        super().__init__(owner)
        self.owner = owner
        self.desk = desk
        self.runner = runner
        self.name = name  # the runner's name for this tab's money task
        self.ask = confirm
        self.panel = panel
        self.controls = list(controls)
        # Once idle, the owner decides what can act (e.g. nothing without an order selected).
        self.update_controls = update_controls
        self.explain = explain
        self.busy = False

    def start(self, work: Coroutine[Any, Any, Outcome | list[Outcome] | None]) -> bool:
        """The guard (a plain, synchronous call): False, and ``work`` closed unstarted, while
        an operation is running; else the controls are disabled and ``work`` is scheduled."""
        if self.busy:
            work.close()
            return False
        self.busy = True
        for control in self.controls:
            control.setEnabled(False)
        self.panel.busy(self.tr("Working…"))
        self.runner.start(self.name, self._run(work))
        return True

    # -- carry_out's callbacks ------------------------------------------------------------

    async def confirm(self, plan: Plan) -> bool:
        """The confirmation dialog for one plan (opened with open(): no nested event loop)."""
        return await self.ask(self.owner, confirmation_of(plan, self.explain))

    async def confirm_all(self, plans: Sequence[Plan]) -> bool:
        """One question for a batch: the total, and every order on its own line."""
        return await self.ask(self.owner, batch_confirmation(plans, self.explain))

    def progress(self, message: UserMessage) -> None:
        self.panel.busy(render(message))

    # -- the outcome ----------------------------------------------------------------------

    async def _run(self, work: Coroutine[Any, Any, Outcome | list[Outcome] | None]) -> None:
        result: Outcome | list[Outcome] | None = None
        try:
            result = await work
            if result is None:
                self.panel.show_result(self.tr("Cancelled: nothing was sent."), "refused")
            elif isinstance(result, list):
                self.panel.show_result(*self._batch_summary(result))
            else:
                self.panel.show_result(describe(result), result.state)
        except UserError as error:
            self.panel.show_result(render(error), "refused")
        except asyncio.CancelledError:
            self.panel.show_result(self.tr("Stopped."), "unknown")
            raise
        except Exception:
            log.exception("money action failed")
            self.panel.show_result(
                self.tr("Something went wrong; see the Journal tab for what was sent."), "unknown"
            )
        finally:
            self.busy = False
            if self.update_controls is not None:
                self.update_controls()
            else:
                for control in self.controls:
                    control.setEnabled(True)
            self.finished.emit(result)

    def _batch_summary(self, outcomes: list[Outcome]) -> tuple[str, str]:
        if not outcomes:
            return self.tr("Nothing was sent: no selected order allows this."), "refused"
        done = sum(1 for o in outcomes if o.state == "done")
        text = self.tr("%1 of %2 done; see each row.").replace("%1", str(done))
        return text.replace("%2", str(len(outcomes))), "done" if done == len(
            outcomes
        ) else "unknown"


def confirmation_of(plan: Plan, explain: Explain | None = None) -> Confirmation:
    """The confirmation for a plan, with the reason that will be journalled."""
    return Confirmation(
        operation=plan.operation,
        amount=plan.amount,
        currency=plan.currency,
        environment=plan.environment,
        order_id=plan.order_id,
        masked_card=plan.masked_card,
        reason=plan.reason,
        reason_category=plan.reason_category,
        notes=tuple(explain(plan)) if explain is not None else (),
    )


def batch_confirmation(plans: Sequence[Plan], explain: Explain | None = None) -> Confirmation:
    """One question for several plans: the total, and every order on its own line."""
    items = tuple(confirmation_of(p, explain) for p in plans)
    currencies = {i.currency for i in items}
    first = items[0]
    return Confirmation(
        operation=first.operation,
        amount=sum((i.amount for i in items), Decimal(0)) if len(currencies) == 1 else Decimal(0),
        currency=first.currency if len(currencies) == 1 else "",
        environment=first.environment,
        items=items,
        reason=first.reason,
        reason_category=first.reason_category,
        notes=tuple(dict.fromkeys(n for i in items for n in i.notes)),
    )


def describe(outcome: Outcome) -> str:
    """The outcome in words, with approval code and RRN when the bank gave them."""
    text = render(outcome.message)
    details = []
    if outcome.approval_code and outcome.approval_code not in text:
        details.append(
            QCoreApplication.translate("MoneyAction", "Approval code %1").replace(
                "%1", outcome.approval_code
            )
        )
    if outcome.rrn and outcome.rrn not in text:
        details.append(
            QCoreApplication.translate("MoneyAction", "RRN %1").replace("%1", outcome.rrn)
        )
    return text + ("\n" + ", ".join(details) if details else "")
