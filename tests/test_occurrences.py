"""Which claims of one fact tell one occurrence (compare/occurrences.py)."""

from __future__ import annotations

from claim_builders import count, day, time_claim

from factcheck.compare.occurrences import one_occurrence, stated_before_read


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


def _reading(quote: str, people: int, text: str):
    """A count of the killed the frame read from a report (its id marks a reading)."""
    claim = count("a", quote, people, people, "people killed", text=text)
    return claim.model_copy(update={"id": f"a:lead:{claim.start}"})


def test_of_a_reports_readings_the_one_counting_most_people_stands():
    text = "Ola Fenn was shot and killed. Ola Fenn and Ben Tarr were found dead."
    one, both = (
        _reading("Ola Fenn was shot and killed", 1, text),
        _reading("Ben Tarr were found dead", 2, text),
    )
    assert stated_before_read([one, both]) == [both]


def test_a_count_the_report_states_wins_over_its_readings():
    text = "Ola Fenn and Ben Tarr were found dead. Three people were killed."
    stated = count("a", "Three people", 3, 3, "people killed", text=text)
    assert stated_before_read([_reading("Ben Tarr were found dead", 2, text), stated]) == [stated]


def test_a_count_inside_a_reading_that_counts_more_people_is_a_part_of_it():
    text = "A gunman killed two cooks and a waiter."
    whole = _reading("two cooks and a waiter", 3, text)
    part = count("a", "two cooks", 2, 2, "cooks killed", text=text)
    assert stated_before_read([part, whole]) == [whole]


def test_a_count_beside_a_reading_still_wins_over_it():
    text = "A gunman killed a waiter. Two cooks were killed."
    stated = count("a", "Two cooks", 2, 2, "cooks killed", text=text)
    assert stated_before_read([_reading("a waiter", 1, text), stated]) == [stated]
