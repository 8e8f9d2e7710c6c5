"""Pure business concepts: money, cards, orders, statuses and what each order allows. No I/O."""
