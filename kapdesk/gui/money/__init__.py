"""What the money tabs share: the money action (busy guard, confirm, progress, outcome), the
confirmation dialog, the holds and journal table models, the amount and reason inputs."""
