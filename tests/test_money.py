"""What a sum of money is the amount of: a deal's value, read from the words around the sum."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.extract.quantities import find_quantities
from factcheck.read.segment import segment_source
from factcheck.records import Source


def _money(text: str) -> dict[str, str | None]:
    """Quote -> what the sum is the amount of, for every sum of money in ``text``."""
    source = Source(id="s", path="s.txt", text=text, content_hash="test", published=dt.date(2023, 5, 2))
    return {
        claim.quote: claim.value.counted
        for claim in find_quantities(source, segment_source(source))
        if claim.value.measure == "money"
    }


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The club gave him a four-year, $48 million contract.", "$48 million contract"),
        (
            "Tamsin Foods agreed a $1.2 billion cash and stock takeover.",
            "$1.2 billion cash and stock takeover",
        ),
        ("He signed an $82 million contract extension on Friday.", "$82 million contract"),
        ("He agreed to a $184 million, eight-year deal.", "$184 million, eight-year deal"),
        ("They signed him to a five-year deal worth nearly $70 million.", "nearly $70 million"),
        ("The agreement, valued at about €900 million, was signed.", "about €900 million"),
        ("Orvell agreed to buy the chip designer Lumet for $3.1 billion.", "$3.1 billion"),
        ("The family sold the team to a group of investors for $2 billion.", "$2 billion"),
    ],
)
def test_a_sum_beside_a_deal_is_the_deals_value(text: str, quote: str) -> None:
    assert _money(text) == {quote: "deal"}


@pytest.mark.parametrize(
    "text",
    [
        "He will earn $12 million a year under the contract.",
        "Shareholders will receive $31.20 a share in the deal.",
        "The deal includes $40 million guaranteed.",
        "The Otters made a $90 million offer, which he turned down.",
        "The storm cost the region about $3 billion.",
        "He was fined $25,000 by the league.",
        "They bought new kit for the players.",
    ],
)
def test_a_rate_an_offer_or_another_sum_is_no_deals_value(text: str) -> None:
    assert "deal" not in _money(text).values()


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The phone is priced at $799.", "$799"),
        ("Prices start at $119.99 for the basic model.", "$119.99"),
        ("The tablet sells for about €450 in shops.", "about €450"),
        ("It is available at a price of $5.", "$5"),
        ("The phone will go on sale Sept. 27 for $1,299.", "$1,299"),
        ("The tablet will be available in stores on Friday for $499.", "$499"),
    ],
)
def test_a_sum_a_thing_is_sold_for_is_its_price(text: str, quote: str) -> None:
    assert _money(text) == {quote: "price"}


def test_what_something_cost_is_no_price() -> None:
    # a story gives the costs of many things: the repairs', the roof's
    assert _money("The repairs will cost $2 million.") == {"$2 million": None}


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Orvell agreed to buy Lumet for $3.1 billion, or $31 a share, in cash.", "$31 a share"),
        ("Orvell will pay $26.50 per share for the chip designer.", "$26.50 per share"),
        ("Shareholders will receive $31.20 a share in the deal.", "$31.20 a share"),
        # the premium's reference price is another clause's
        (
            "Orvell will buy Lumet for $31 a share, a premium of 20 percent over its closing price.",
            "$31 a share",
        ),
    ],
)
def test_a_sum_a_share_in_a_takeover_is_its_price_per_share(text: str, quote: str) -> None:
    assert _money(text)[quote] == "price per share"


@pytest.mark.parametrize(
    "text",
    [
        "Lumet shares closed at $21.40 a share on Friday.",
        "Lumet pays a dividend of $1.40 a share.",
        "After the offer, Lumet shares closed at $30.10 a share.",
    ],
)
def test_a_sum_a_share_that_is_no_buyers_price_is_none(text: str) -> None:
    assert "price per share" not in _money(text).values()


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Robbers stole jewels worth 12 million euros from a store.", "12 million euros"),
        ("Thieves made off with paintings valued at about $4 million.", "about $4 million"),
        ("The robber made off with $40,000 in cash.", "$40,000"),
        ("A clerk was jailed for stealing $3.1 million from the council.", "$3.1 million"),
        ("The treasurer embezzled nearly $90,000 over six years.", "nearly $90,000"),
    ],
)
def test_the_worth_of_what_was_stolen_is_the_haul(text: str, quote: str) -> None:
    assert _money(text) == {quote: "haul"}


@pytest.mark.parametrize(
    "text",
    [
        "The collection is worth 12 million euros.",
        "The thief was ordered to pay $4,000 in damages.",
        "The clerk, accused of embezzling, earned $60,000 a year.",
    ],
)
def test_a_sum_that_was_not_taken_is_no_haul(text: str) -> None:
    assert "haul" not in _money(text).values()


@pytest.mark.parametrize(
    ("text", "quote", "thing"),
    [
        ("He gets a $6 million signing bonus, his agent said.", "$6 million signing bonus", "signing bonus"),
        ("Police offered a $20,000 reward for information.", "$20,000 reward", "reward"),
        ("Her $750,000 bail was posted on Monday.", "$750,000 bail", "bail"),
        ("The council approved a €3 million grant.", "€3 million grant", "grant"),
    ],
)
def test_a_sum_between_an_article_and_a_noun_is_that_things_amount(text: str, quote: str, thing: str) -> None:
    assert _money(text) == {quote: thing}


@pytest.mark.parametrize(
    ("text", "quote", "thing"),
    [
        ("The gang has demanded a ransom of $25 million.", "$25 million", "ransom"),
        ("A judge set bail of $50,000 on Monday.", "$50,000", "bail"),
        ("Police offered a reward of up to $3,000.", "up to $3,000", "reward"),
    ],
)
def test_a_sum_after_a_noun_and_of_is_that_things_amount(text: str, quote: str, thing: str) -> None:
    assert _money(text) == {quote: thing}


@pytest.mark.parametrize(
    "text",
    [
        "He was paid a total of $40,000.",
        "The court took a bond in lieu of $5,000.",
        "It cost upwards of $2,000.",
    ],
)
def test_a_sum_after_a_word_of_amount_names_no_thing(text: str) -> None:
    assert set(_money(text).values()) == {None}


@pytest.mark.parametrize(
    "text",
    [
        "She paid a $400 fine last week.",  # the noun reads on: where it ends is not sure
        "The firm raised $2 million from investors.",  # no article: a sum, not a thing's
        "He earns a $3 million-a-year salary.",  # a rate
    ],
)
def test_a_sum_whose_noun_is_not_sure_names_no_thing(text: str) -> None:
    assert set(_money(text).values()) == {None}


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Her salary will be $185,000 a year.", "$185,000 a year"),
        ("She will earn $192,000 annually.", "$192,000 annually"),
        ("He will be paid $90,000 a year.", "$90,000 a year"),
        ("His annual salary is $185,000.", "$185,000"),
    ],
)
def test_a_years_pay_is_a_salary(text: str, quote: str) -> None:
    assert _money(text) == {quote: "salary"}


@pytest.mark.parametrize(
    "text",
    ["He earns $15 an hour.", "The club will pay him $5 million a year.", "She earned $40,000 in tips."],
)
def test_an_hours_pay_or_a_clubs_offer_is_no_salary(text: str) -> None:
    assert "salary" not in _money(text).values()


@pytest.mark.parametrize(
    ("text", "quote", "thing"),
    [
        ("He was released after posting $5,000 bail.", "$5,000", "bail"),
        ("She is held on $75,000 bond at the county jail.", "$75,000", "bond"),
        ("Police offered a $3,000 reward for information.", "$3,000", "reward"),
    ],
)
def test_a_sum_a_bail_or_a_reward_names_is_its_amount_with_or_without_an_article(
    text: str, quote: str, thing: str
) -> None:
    found = {q.split()[0]: counted for q, counted in _money(text).items()}
    assert found[quote] == thing
