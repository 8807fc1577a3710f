"""Which claims of one fact tell one occurrence (compare/occurrences.py)."""

from __future__ import annotations

from claim_builders import day, time_claim

from factcheck.compare.occurrences import one_occurrence


def test_the_most_reported_town_keeps_its_claims():
    claims = [
        time_claim("a", "Friday", day(2023, 4, 14), event="shoot:>leeds"),
        time_claim("b", "Friday", day(2023, 4, 14), event="shoot:>leeds"),
        time_claim("c", "Tuesday", day(2023, 4, 11), event="shoot:>paris"),
    ]
    assert [c.source for c in one_occurrence(claims)] == ["a", "b"]


def test_among_towns_as_many_reports_name_the_most_often_named_keeps_its_claims():
    # a roundup's one line on another town's incident (Paris sorts first) against one report's two
    claims = [
        time_claim("a", "Friday", day(2023, 4, 14), event="shoot:>york"),
        time_claim("a", "Friday evening", day(2023, 4, 14), event="shoot:>york"),
        time_claim("b", "Tuesday", day(2023, 4, 11), event="shoot:>paris"),
    ]
    assert [c.quote for c in one_occurrence(claims)] == ["Friday", "Friday evening"]


def test_towns_that_can_be_one_place_are_one_occurrence():
    claims = [
        time_claim("a", "Friday", day(2023, 4, 14), event="shoot:>leeds"),
        time_claim("b", "Friday", day(2023, 4, 14), event="shoot:>"),
    ]
    assert one_occurrence(claims) == claims
