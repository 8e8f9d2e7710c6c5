"""The hosted payment page: the form, paying with each kind of card, the redirect."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from tests.sandbox.sandbox_helpers import DECLINING, UNKNOWN, VISA, Caller


def test_form_shows_the_order(call: Caller) -> None:
    created = call.create("Order_SMS", "12.34")
    page = call.http.get(created["hppUrl"], params={"id": created["id"],
                                                    "password": created["password"]})  # fmt: skip
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert 'name="pan"' in page.text and "12.34" in page.text
    wrong = call.http.get(created["hppUrl"], params={"id": created["id"], "password": "x"})
    assert wrong.status_code == 400 and "<html" in wrong.text


def test_approved_purchase_and_preauth(call: Caller) -> None:
    purchase = call.create("Order_SMS", "5")
    page = call.pay(purchase, VISA)
    assert page.status_code == 200 and "approved" in page.text
    order = call.order(purchase["id"])
    assert order["status"] == "FullyPaid"
    assert order["trans"][0]["phase"] == "Single" and order["trans"][0]["pmoResultCode"] == "1"
    hold = call.create("Order_DMS", "5")
    call.pay(hold, ("5239151747183468", "11/24", "292"))
    order = call.order(hold["id"])
    assert (order["status"], order["srcToken"]["card"]["brand"]) == ("Authorized", "MC")


def test_declines(call: Caller) -> None:
    for card, code in ((DECLINING, "59"), (UNKNOWN, "52"), ((*VISA[:2], "999"), "81")):
        created = call.create()
        assert "declined" in call.pay(created, card).text
        order = call.order(created["id"])
        assert order["status"] == "Declined"
        assert order["trans"][-1]["pmoResultCode"] == code
        assert "approvalCode" not in order["trans"][-1]


def test_redirects_with_the_status(call: Caller) -> None:
    created = call.create(hppRedirectUrl="https://shop.example/cb?x=1")
    answer = call.pay(created, DECLINING)
    assert answer.status_code == 303
    target = urlsplit(answer.headers["location"])
    assert target.netloc == "shop.example"
    assert parse_qs(target.query) == {"x": ["1"], "ID": [str(created["id"])],
                                      "STATUS": ["Declined"]}  # fmt: skip


def test_bad_form_fields_and_paying_twice(call: Caller) -> None:
    created = call.create()
    assert call.pay(created, ("4169", "11/26", "119")).status_code == 400
    assert call.pay(created, (VISA[0], "13/26", "119")).status_code == 400
    assert call.order(created["id"])["status"] == "Preparing"
    assert call.pay(created).status_code == 200
    again = call.pay(created)
    assert again.status_code == 400 and len(call.order(created["id"])["trans"]) == 1


def test_payout_orders_are_not_paid_on_the_page(call: Caller) -> None:
    assert call.pay(call.create("OCT")).status_code == 400
