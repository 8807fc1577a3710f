"""values: the normalised values of claims, as the report writes them."""

from __future__ import annotations

import pytest
from claim_builders import count

from factcheck.values import base_unit_symbol, describe, money_amount, plural, unit_words


@pytest.mark.parametrize(
    ("amount", "counted", "written"),
    [
        (1, "people killed", "1 person killed"),
        (1, "children injured", "1 child injured"),
        (2, "people killed", "2 people killed"),
        (1, "losses", "1 loss"),
        (1, "counts of arson", "1 count of arson"),
        (1, "casualties", "1 casualty"),
        (1, "homes destroyed", "1 home destroyed"),
        (1, "series", "1 series"),
        (1, "boss", "1 boss"),
        (1, "ties", "1 tie"),
    ],
)
def test_one_of_a_count_is_said_in_the_singular(amount: int, counted: str, written: str) -> None:
    claim = count("a", str(amount), amount, amount, counted, measure="count")
    assert describe(claim) == written


@pytest.mark.parametrize(
    ("value", "currency", "written"),
    [
        (4.5e9, "USD", "$4.5 billion"),
        (85e6, "EUR", "€85 million"),
        (1.25e12, "GBP", "£1.25 trillion"),
        (21.5, "USD", "$21.50"),
        (25000, "USD", "$25,000"),
        (12000, "CHF", "12,000 CHF"),
    ],
)
def test_a_sum_of_money_is_written_as_news_writes_it(value: float, currency: str, written: str) -> None:
    assert money_amount(value, currency) == written


def test_every_unit_extraction_reads_has_words_and_its_dimension_a_base_symbol() -> None:
    from factcheck.extract.quantities.units import stored_conversions

    for name, dimension, _factor in stored_conversions().values():
        assert "_" not in unit_words(name) and "**" not in unit_words(name), name
        assert base_unit_symbol(dimension), dimension


@pytest.mark.parametrize(
    ("amount", "unit", "written"),
    [
        (1, "mile", "1 mile"),
        (3, "mile", "3 miles"),
        (2, "foot", "2 feet"),
        (160, "kilometer / hour", "160 km/h"),
        (45, "degree_Celsius", "45 °C"),
        (2, "percentage_point", "2 percentage points"),
    ],
)
def test_a_measure_is_written_with_its_unit_in_words(amount: float, unit: str, written: str) -> None:
    measure = "percent" if "percent" in unit else "length"
    claim = count("a", written, amount, amount, "", unit=unit, measure=measure)
    assert describe(claim) == written


@pytest.mark.parametrize(
    ("noun", "nouns"),
    [
        ("passenger", "passengers"),
        ("deputy", "deputies"),
        ("boy", "boys"),
        ("fisherman", "fishermen"),
        ("woman", "women"),
        ("wife", "wives"),
        ("child", "children"),
        ("person", "people"),
        ("actress", "actresses"),
        ("passerby", "passersby"),
    ],
)
def test_plural_of_a_persons_noun(noun: str, nouns: str):
    assert plural(noun) == nouns
