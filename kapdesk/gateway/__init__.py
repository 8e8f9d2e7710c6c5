"""The Kapital Bank gateway client: one long-lived httpx.AsyncClient, typed answers and errors."""

import sys

# httpx's package imports its own command-line client (httpx._main: click, pygments, rich)
# whenever those happen to be installed (click comes with uvicorn): 20-30 ms of every start
# for a program kapdesk never runs. A module marked absent makes httpx fall back as it does
# when they are not installed (its ``httpx.main`` then only says what to install).
sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
