"""Which claims of one fact tell one occurrence (compare/occurrences.py)."""

from __future__ import annotations

from claim_builders import day, time_claim

from factcheck.compare.occurrences import one_occurrence


def _dated(source: str, quote: str, town: str):
    """A report's time of a shooting its event key places in ``town`` ("" for none)."""
    return time_claim(source, quote, day(2023, 4, 14), event=f"shoot:>{town}")


def test_the_most_reported_town_keeps_its_claims():
    claims = [_dated("a", "Friday", "leeds"), _dated("b", "Friday", "leeds"), _dated("c", "Tuesday", "paris")]
    assert [c.source for c in one_occurrence(claims)] == ["a", "b"]


def test_among_towns_as_many_reports_name_the_most_often_named_keeps_its_claims():
    # a roundup's one line on another town's incident (Paris sorts first) against one report's two
    claims = [
        _dated("a", "Friday", "york"),
        _dated("a", "Friday evening", "york"),
        _dated("b", "Tuesday", "paris"),
    ]
    assert [c.quote for c in one_occurrence(claims)] == ["Friday", "Friday evening"]


def test_towns_that_can_be_one_place_are_one_occurrence():
    claims = [_dated("a", "Friday", "leeds"), _dated("b", "Friday", "")]
    assert one_occurrence(claims) == claims
