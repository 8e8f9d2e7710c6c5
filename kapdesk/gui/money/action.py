"""The one way a button runs a money action: guard, confirm, progress, and a settled outcome.

The double-submit guard is synchronous on purpose (engineering-notes.md): ``@asyncSlot`` only
schedules a task, so a guard inside the coroutine lets a second click through before it runs.
``start`` sets the busy flag and disables the controls before anything is scheduled.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from kapdesk.domain.allowances import Operation
from kapdesk.gui.messages import render
from kapdesk.gui.money.confirmation import Confirm, Confirmation, ProgressPanel
from kapdesk.gui.tasks import TaskRunner
from kapdesk.i18n import UserError, UserMessage

if TYPE_CHECKING:
    from kapdesk.operations.money import MoneyDesk
    from kapdesk.operations.money import OrderPlan as Plan
    from kapdesk.operations.outcome import Outcome

# What else an operation does, in words, for its confirmation (given the prepared plan).
Explain = Callable[["Plan"], Sequence[str]]

log = logging.getLogger(__name__)

# Pauses between asking the bank again about an unknown outcome (seconds).
RECONCILE_PAUSES = (0.0, 1.0, 3.0)


class ActionContext:
    """What a job may do while it runs: report progress and ask the operator."""

    def __init__(self, action: MoneyAction) -> None:
        self._action = action

    def progress(self, text: str) -> None:
        self._action.panel.busy(text)

    def on_progress(self, message: UserMessage) -> None:
        self.progress(render(message))

    async def confirm(self, details: Confirmation) -> bool:
        return await self._action.confirm(self._action.owner, details)


# A job ends with an Outcome, a (sentence, state) summary for batches, or None when cancelled.
Job = Callable[[ActionContext], Awaitable[Any]]


class MoneyAction(QObject):
    """Runs one money action at a time for a tab; ``finished`` carries the final Outcome."""

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
    ) -> None:
        super().__init__(owner)
        self.owner = owner
        self.desk = desk
        self.runner = runner
        self.name = name  # the runner's name for this tab's money task
        self.confirm = confirm
        self.panel = panel
        self.controls = list(controls)
        # Once idle, the owner decides what can act (e.g. nothing without an order selected).
        self.update_controls = update_controls
        self.busy = False

    def start(self, job: Job) -> bool:
        """Plain (synchronous) slot body: False when an action is already running."""
        if self.busy:
            return False
        self.busy = True
        for control in self.controls:
            control.setEnabled(False)
        self.panel.busy(self.tr("Working…"))
        self.runner.start(self.name, self._run(job))
        return True

    def start_operation(
        self,
        order_id: int,
        operation: Operation,
        amount: Decimal | None,
        currency: str | None,
        reason: str | None,
        *,
        reason_category: str | None = None,
        explain: Explain | None = None,
    ) -> bool:
        """Prepare (re-read and check), confirm, execute one operation on one order.

        ``explain(plan)`` gives the confirmation's notes: what else the operation does."""

        async def job(ctx: ActionContext) -> Outcome | None:
            ctx.progress(self.tr("Reading order %1 with full detail…").replace("%1", str(order_id)))
            desk = self.desk
            plan = await desk.prepare(
                order_id, operation, amount, currency, reason, reason_category=reason_category
            )
            if not await ctx.confirm(confirmation_of(plan, explain)):
                return None
            ctx.progress(self.tr("Sending to the bank…"))
            return await desk.execute(plan, on_progress=ctx.on_progress)

        return self.start(job)

    def start_batch(
        self,
        order_ids: Sequence[int],
        operation: Operation,
        reason: str | None,
        on_row: Callable[[int, str, str], None],
        *,
        reason_category: str | None = None,
        explain: Explain | None = None,
    ) -> bool:
        """The full amount on several orders: one confirmation, then a result per row."""

        async def job(ctx: ActionContext) -> tuple[str, str] | None:
            desk = self.desk
            plans = []
            for order_id in order_ids:
                ctx.progress(
                    self.tr("Reading order %1 with full detail…").replace("%1", str(order_id))
                )
                try:
                    plans.append(
                        await desk.prepare(
                            order_id, operation, None, None, reason,
                            reason_category=reason_category,
                        )
                    )  # fmt: skip
                except UserError as error:
                    on_row(order_id, render(error), "refused")
            if not plans:
                return self.tr("Nothing was sent: no selected order allows this."), "refused"
            if not await ctx.confirm(batch_confirmation(plans, explain)):
                return None
            states = []
            for plan in plans:
                ctx.progress(self.tr("Sending order %1…").replace("%1", str(plan.order.id)))
                outcome = await self._settle(await desk.execute(plan, on_progress=ctx.on_progress))
                on_row(plan.order.id, describe(outcome), outcome.state)
                states.append(outcome.state)
            done = states.count("done")
            text = self.tr("%1 of %2 done; see each row.").replace("%1", str(done))
            return text.replace("%2", str(len(states))), "done" if done == len(
                states
            ) else "unknown"

        return self.start(job)

    async def _run(self, job: Job) -> None:
        outcome: Any = None
        try:
            outcome = await job(ActionContext(self))
            if outcome is None:
                self.panel.show_result(self.tr("Cancelled: nothing was sent."), "refused")
            elif isinstance(outcome, tuple):
                self.panel.show_result(*outcome)
            else:
                outcome = await self._settle(outcome)
                self.panel.show_result(describe(outcome), outcome.state)
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
            self.finished.emit(outcome)

    async def _settle(self, outcome: Outcome) -> Outcome:
        """An unknown outcome is not an answer: ask the bank until the journal entry settles."""
        for pause in RECONCILE_PAUSES:
            if outcome.state != "unknown":
                break
            self.panel.busy(self.tr("Checking with the bank…"))
            await asyncio.sleep(pause)
            try:
                settled = await self.desk.reconcile(outcome.entry_id)
            except UserError as error:
                log.info("reconcile of entry %s failed: %s", outcome.entry_id, error)
                continue
            outcome = next((o for o in settled if o.entry_id == outcome.entry_id), outcome)
        return outcome


def confirmation_of(plan: Plan, explain: Explain | None = None) -> Confirmation:
    """The confirmation for a prepared plan, with the reason that will be journalled."""
    return Confirmation(
        operation=plan.operation,
        amount=plan.amount,
        currency=plan.currency,
        environment=plan.environment,
        order_id=plan.order.id,
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
