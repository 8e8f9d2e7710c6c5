"""The Kapital Bank gateway client: one long-lived httpx.AsyncClient, typed answers and errors."""
