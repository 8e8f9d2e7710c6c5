"""What the processing centre's result codes (``pmoResultCode``) mean, in translatable words."""

from __future__ import annotations

from kapdesk.i18n import QT_TRANSLATE_NOOP

# The codes kapital-api.md names; the bank's full list has about 90, the rest show as numbers.
PMO_RESULT_TEXT: dict[str, str] = {
    "1": QT_TRANSLATE_NOOP("kapdesk", "Approved"),
    "2": QT_TRANSLATE_NOOP("kapdesk", "Approved partially"),
    "3": QT_TRANSLATE_NOOP("kapdesk", "Approved for the purchase only"),
    "4": QT_TRANSLATE_NOOP("kapdesk", "Postponed"),
    "5": QT_TRANSLATE_NOOP("kapdesk", "Strong customer authentication required"),
    "14": QT_TRANSLATE_NOOP("kapdesk", "Original transaction not found"),
    "22": QT_TRANSLATE_NOOP("kapdesk", "Acquirer limit exceeded"),
    "29": QT_TRANSLATE_NOOP("kapdesk", "Closed account"),
    "30": QT_TRANSLATE_NOOP("kapdesk", "Blocked card"),
    "40": QT_TRANSLATE_NOOP("kapdesk", "Lost card"),
    "41": QT_TRANSLATE_NOOP("kapdesk", "Stolen card"),
    "50": QT_TRANSLATE_NOOP("kapdesk", "Unauthorized usage"),
    "51": QT_TRANSLATE_NOOP("kapdesk", "Expired card"),
    "52": QT_TRANSLATE_NOOP("kapdesk", "Invalid card"),
    "54": QT_TRANSLATE_NOOP("kapdesk", "System error"),
    "55": QT_TRANSLATE_NOOP("kapdesk", "Ineligible transaction"),
    "56": QT_TRANSLATE_NOOP("kapdesk", "Ineligible account"),
    "57": QT_TRANSLATE_NOOP("kapdesk", "Transaction not supported"),
    "58": QT_TRANSLATE_NOOP("kapdesk", "Restricted card"),
    "59": QT_TRANSLATE_NOOP("kapdesk", "Insufficient funds"),
    "60": QT_TRANSLATE_NOOP("kapdesk", "Usage limit exceeded"),
    "61": QT_TRANSLATE_NOOP("kapdesk", "Withdrawal limit would be exceeded"),
    "64": QT_TRANSLATE_NOOP("kapdesk", "Credit amount limit"),
    "67": QT_TRANSLATE_NOOP("kapdesk", "Invalid amount"),
    "68": QT_TRANSLATE_NOOP("kapdesk", "External decline"),
    "71": QT_TRANSLATE_NOOP("kapdesk", "Contact the card issuer"),
    "72": QT_TRANSLATE_NOOP("kapdesk", "Destination not available"),
    "73": QT_TRANSLATE_NOOP("kapdesk", "Routing error"),
    "74": QT_TRANSLATE_NOOP("kapdesk", "Format error"),
    "81": QT_TRANSLATE_NOOP("kapdesk", "Wrong CVV2"),
    "82": QT_TRANSLATE_NOOP("kapdesk", "Invalid transaction"),
    "84": QT_TRANSLATE_NOOP("kapdesk", "Wrong CAVV"),
    "96": QT_TRANSLATE_NOOP("kapdesk", "Approved without a challenge"),
    "98": QT_TRANSLATE_NOOP("kapdesk", "Invalid merchant"),
}


def pmo_text(code: str | None) -> str | None:
    """The English text of ``code`` (translate it with the ``kapdesk`` context), else the code."""
    if code is None:
        return None
    return PMO_RESULT_TEXT.get(code.strip(), code)
