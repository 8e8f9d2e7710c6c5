"""Team mode: the journal of a whole finance team on a shared PostgreSQL server (issue 13).

``schema`` holds the server's side (tables, roles, the one append function, the chain check),
``store`` the :class:`kapdesk.journal.store.JournalStore` over it. psycopg is imported only
here, lazily, so the single-desk start-up does not pay for it.
"""
