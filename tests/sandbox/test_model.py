"""Stored orders and cards: the JSON dataclasses.asdict gave, and a faithful round trip."""

from __future__ import annotations

import json
from dataclasses import asdict

from kapdesk.sandbox import model
from kapdesk.sandbox.server import SandboxConfig, open_gateway


def test_seeded_orders_encode_as_asdict_did_and_round_trip() -> None:
    gateway, store, _ = open_gateway(SandboxConfig(seed=1))
    orders = [gateway.get(order_id) for order_id in store.order_ids()]
    cards = [c for o in orders for c in (o.src_token, o.dst_token) if c is not None]
    assert len(orders) >= 77 and cards  # the seed holds every kind of record
    for order in orders:
        encoded = model.order_to_dict(order)
        # asdict + _encode was the encoder before start-up work made it direct.
        assert json.dumps(encoded) == json.dumps(model._encode(asdict(order)))
        assert model.order_from_dict(json.loads(json.dumps(encoded))) == order
    for card in cards:
        assert json.dumps(model.card_to_dict(card)) == json.dumps(model._encode(asdict(card)))
        assert model.card_from_dict(model.card_to_dict(card)) == card
    store.close()
