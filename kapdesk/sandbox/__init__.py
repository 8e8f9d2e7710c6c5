"""The built-in gateway simulator: ASGI app on loopback, state machine, HPP, fault injection."""
