"""Use cases (look up, clear, release, refund, reverse, pay out, reconcile): async and Qt-free."""
