"""values: the normalised values of claims, as the report writes them."""

from __future__ import annotations

import pytest
from claim_builders import count

from factcheck.values import describe


@pytest.mark.parametrize(
    ("amount", "counted", "written"),
    [
        (1, "people killed", "1 person killed"),
        (1, "children injured", "1 child injured"),
        (2, "people killed", "2 people killed"),
    ],
)
def test_one_person_of_a_count_is_said_in_the_singular(amount: int, counted: str, written: str) -> None:
    claim = count("a", str(amount), amount, amount, counted, measure="count")
    assert describe(claim) == written
