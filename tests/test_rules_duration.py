"""FC203 duration-mismatch: two lengths of time for one thing."""

from __future__ import annotations

from factcheck.compare.rules import RuleContext
from factcheck.compare.rules.duration import check
from factcheck.records import Duration, DurationClaim
from factcheck.values import describe

CTX = RuleContext({})


def _length(source_id: str, quote: str, low: float | None, high: float | None, unit: str) -> DurationClaim:
    return DurationClaim(
        id=f"{source_id}:d",
        source=source_id,
        start=0,
        end=len(quote),
        quote=quote,
        sentence_start=0,
        sentence_end=len(quote),
        predicate="duration",
        value=Duration(low=low, high=high, unit=unit, timex_value="P"),
    )


def test_two_and_two_and_a_half_years_conflict_both_ways():
    a, b = _length("a", "2 years", 2, 2, "year"), _length("b", "2-1/2 year", 2.5, 2.5, "year")
    assert check(a, b, CTX) is not None and check(b, a, CTX) is not None


def test_the_same_length_in_other_units_agrees():
    assert (
        check(_length("a", "2 years", 2, 2, "year"), _length("b", "24 months", 24, 24, "month"), CTX) is None
    )


def test_a_bound_that_holds_agrees():
    assert (
        check(_length("a", "less than five years", 0, 5, "year"), _length("b", "4 years", 4, 4, "year"), CTX)
        is None
    )


def test_a_hedge_widens_by_a_tenth():
    assert (
        check(_length("a", "about a year", 1, 1, "year"), _length("b", "13 months", 13, 13, "month"), CTX)
        is None
    )


def test_one_decade_is_a_round_figure_but_two_are_counted():
    decade = _length("a", "a decade", 1, 1, "decade")
    assert check(decade, _length("b", "11 years", 11, 11, "year"), CTX) is None
    assert check(decade, _length("b", "14 years", 14, 14, "year"), CTX) is not None
    assert check(_length("a", "two decades", 2, 2, "decade"), _length("b", "26 years", 26, 26, "year"), CTX)


def test_a_length_of_time_is_written_singular_for_one_and_plural_for_more() -> None:
    assert describe(_length("a", "a decade", 1, 1, "decade")) == "1 decade"
    assert describe(_length("a", "two centuries", 2, 2, "century")) == "2 centuries"
    assert describe(_length("a", "11 years", 11, 11, "year")) == "11 years"
    assert describe(_length("a", "38 days", 38, 38, "day")) == "38 days"
