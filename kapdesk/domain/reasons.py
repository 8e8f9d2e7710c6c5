"""Why money goes back or out: the categories a clerk picks beside the free-text reason.

The codes are stable (they are journalled and exported); the labels are English templates
marked for translation, shown by the GUI in the clerk's language.
"""

from __future__ import annotations

from kapdesk.i18n import N_, UserError

# code → label, in the order a clerk is offered them.
REASON_CATEGORIES: dict[str, str] = {
    "customer_request": N_("Customer request"),
    "duplicate": N_("Duplicate payment"),
    "fraud": N_("Fraud"),
    "goods_not_received": N_("Goods not received"),
    "damaged": N_("Damaged goods"),
    "other": N_("Other"),
}


class UnknownReasonCategory(UserError):
    """A reason category that is not one of REASON_CATEGORIES."""


def check_category(code: str | None) -> str | None:
    """The category code, stripped and lower-cased; None when blank; refused when unknown."""
    text = (code or "").strip().lower()
    if not text:
        return None
    if text not in REASON_CATEGORIES:
        raise UnknownReasonCategory(
            N_("Unknown reason category {code}: use one of {codes}."),
            code=code,
            codes=", ".join(REASON_CATEGORIES),
        )
    return text
