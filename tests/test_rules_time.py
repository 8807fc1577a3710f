"""FC101 time-mismatch and FC102 weekday-mismatch, through compare() on hand-built claims."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from claim_builders import day, month, source, time_claim, weekday, year

from factcheck.compare import compare
from factcheck.extract.claims import canonicalise_claims, claims_of
from factcheck.records import TimeSpan

FRIDAY = dt.date(2021, 5, 7)
A = source("a", "The ferry sank on 3 March. The vote was in May 2022. She died on Thursday.", FRIDAY)
B = source("b", "The ferry went down on 5 March. The vote took place in 2022. She died on Friday.", FRIDAY)


def _codes(claims, sources=(A, B)):
    return [(d.code, d.severity.value) for d in compare(list(sources), claims).discrepancies]


def test_days_that_differ_for_one_event_conflict():
    claims = [
        time_claim("a", "on 3 March", day(2021, 3, 3), "die:jane_doe"),
        time_claim("b", "on 5 March", day(2021, 3, 5), "die:jane_doe"),
    ]
    findings = compare([A, B], claims)
    assert [d.code for d in findings.discrepancies] == ["FC101"]
    assert "2021-03-03" in findings.discrepancies[0].explanation
    assert "2021-03-05" in findings.discrepancies[0].explanation


def test_month_inside_its_year_is_no_conflict():
    claims = [
        time_claim("a", "in May 2022", month(2022, 5), "die:jane_doe"),
        time_claim("b", "in 2022", year(2022), "die:jane_doe"),
    ]
    assert _codes(claims) == []


def test_year_inside_an_approximate_decade_is_no_conflict():
    early_nineties = year(1991).model_copy(update={"granularity": "decade", "approximate": True})
    claims = [
        time_claim("a", "in 1991", year(1991), "die:jane_doe"),
        time_claim("b", "in the early 1990s", early_nineties, "die:jane_doe"),
    ]
    assert _codes(claims) == []


def test_weekday_conflict_about_one_death():
    claims = [
        time_claim("a", "on Thursday", weekday(3, dt.date(2021, 5, 6)), "die:jane_doe"),
        time_claim("b", "on Friday", weekday(4, dt.date(2021, 5, 7)), "die:jane_doe"),
    ]
    findings = compare([A, B], claims)
    assert [(d.code, d.severity.value) for d in findings.discrepancies] == [("FC102", "error")]
    assert "Thursday" in findings.discrepancies[0].explanation
    assert "Friday" in findings.discrepancies[0].explanation


def test_unresolved_weekdays_still_compare():
    claims = [
        time_claim("a", "on Thursday", weekday(3), "die:jane_doe"),
        time_claim("b", "on Friday", weekday(4), "die:jane_doe"),
    ]
    assert [code for code, _ in _codes(claims)] == ["FC102"]


def test_adjacent_days_around_midnight_are_no_conflict():
    a = source("a", "The man was shot late Friday night.", FRIDAY)
    b = source("b", "The man was shot early Saturday.", FRIDAY)
    claims = [
        time_claim("a", "Friday", weekday(4), "shoot:man", text=a.text),
        time_claim("b", "Saturday", weekday(5), "shoot:man", text=b.text),
    ]
    assert _codes(claims, (a, b)) == []


@pytest.mark.parametrize(
    ("earlier", "later", "codes"),
    [
        ("The man was shot on Friday night.", "The man was shot on Saturday.", []),
        ("The man was shot on Friday.", "The man was shot overnight into Saturday.", []),
        # the later day told in the evening, the earlier plainly: not one moment around midnight
        ("The man was shot on Friday.", "The man was shot on Saturday evening.", ["FC102"]),
        ("The man was shot on Friday.", "The man was shot on Saturday night.", ["FC102"]),
        # two nights: the later's is no moment of the night before
        ("The man was shot on Friday night.", "The man was shot on Saturday night.", ["FC102"]),
    ],
)
def test_adjacent_days_are_one_moment_only_when_the_earlier_is_told_late_or_the_later_early(
    earlier, later, codes
):
    a, b = source("a", earlier, FRIDAY), source("b", later, FRIDAY)
    # the claim quotes its day with the part of it the sentence gives ("Saturday night")
    claims = [
        time_claim("a", _day_quote(earlier), weekday(4), "shoot:man", text=a.text),
        time_claim("b", _day_quote(later), weekday(5), "shoot:man", text=b.text),
    ]
    assert [code for code, _ in _codes(claims, (a, b))] == codes
    assert [code for code, _ in _codes(list(reversed(claims)), (b, a))] == codes


def _day_quote(text: str) -> str:
    return re.search(r"(?:Friday|Saturday)(?:\s+(?:night|evening))?", text).group(0)


def test_relative_times_from_one_publication_date_that_disagree():
    # "yesterday" and "two days ago", both published on Friday 7 May 2021, about one crash.
    claims = [
        time_claim("a", "yesterday", day(2021, 5, 6), "crash:bus>bridge"),
        time_claim("b", "two days ago", day(2021, 5, 5), "crash:bus>bridge"),
    ]
    assert [code for code, _ in _codes(claims)] == ["FC101"]


def test_past_occurrences_of_a_repeatable_event_are_not_compared_by_time():
    # Two different visits of one series, years before publication: not one slot.
    claims = [
        time_claim("a", "in July 2000", month(2000, 7), "visit:mayor>paris"),
        time_claim("b", "in 2019", year(2019), "visit:mayor>paris"),
    ]
    assert _codes(claims) == []


def test_claims_without_an_event_are_not_compared():
    claims = [
        time_claim("a", "on 3 March", day(2021, 3, 3), None),
        time_claim("b", "on 5 March", day(2021, 3, 5), None),
    ]
    assert _codes(claims) == []


def test_a_rescheduled_date_is_an_update():
    a = source("a", "The hearing is set for 3 May.", FRIDAY)
    b = source("b", "The hearing was postponed to 10 May.", FRIDAY)
    claims = [
        time_claim("a", "3 May", day(2021, 5, 3), "hearing:court", text=a.text),
        time_claim("b", "10 May", day(2021, 5, 10), "hearing:court", text=b.text),
    ]
    assert _codes(claims, (a, b)) == []


def test_two_times_of_one_event_in_one_sentence_are_parts_of_its_time():
    # "The summit runs on Tuesday and Wednesday" against "on Wednesday": no conflict.
    a = source("a", "The summit runs on Tuesday and Wednesday.", FRIDAY)
    b = source("b", "The summit opens on Wednesday.", FRIDAY)
    claims = [
        time_claim("a", "Tuesday", weekday(1, dt.date(2021, 5, 11)), "summit:leaders", text=a.text),
        time_claim("a", "Wednesday", weekday(2, dt.date(2021, 5, 12)), "summit:leaders", text=a.text),
        time_claim("b", "Wednesday", weekday(2, dt.date(2021, 5, 12)), "summit:leaders", text=b.text),
    ]
    assert _codes(claims, (a, b)) == []


def test_a_time_that_dates_the_reporting_is_not_the_time_of_the_event():
    a = source("a", "He died Sunday of a gunshot wound.", FRIDAY)
    b = source("b", "On Monday, the county coroner said he died of a gunshot wound.", FRIDAY)
    claims = [
        time_claim("a", "Sunday", weekday(6), "die:john_roe", text=a.text),
        time_claim("b", "Monday", weekday(0), "die:john_roe", text=b.text),
    ]
    assert _codes(claims, (a, b)) == []
    c = source("c", "He died Monday, the county coroner said.", FRIDAY)
    claims[1] = time_claim("c", "Monday", weekday(0), "die:john_roe", text=c.text)
    assert [code for code, _ in _codes(claims, (a, c))] == ["FC102"]


@pytest.mark.parametrize(
    "text",
    [
        "The county coroner on Monday said he died of a gunshot wound.",
        "Police Monday identified the man who died of a gunshot wound.",
    ],
)
def test_a_time_between_a_speaker_and_the_saying_dates_the_saying(text):
    a = source("a", "He died Sunday of a gunshot wound.", FRIDAY)
    b = source("b", text, FRIDAY)
    claims = [
        time_claim("a", "Sunday", weekday(6), "die:john_roe", text=a.text),
        time_claim("b", "Monday", weekday(0), "die:john_roe", text=b.text),
    ]
    assert _codes(claims, (a, b)) == []


def test_unresolved_weekdays_with_last_or_next_may_be_different_weeks():
    claims = [
        time_claim("a", "last Thursday", weekday(3), "injure:player"),
        time_claim("b", "Wednesday", weekday(2), "injure:player"),
    ]
    assert _codes(claims) == []


def test_a_possessive_time_dates_the_noun_after_it_not_the_event():
    # "Sunday's game" dates the game; the arrest was on Tuesday.
    a = source("a", "The arrest will not affect his place in Sunday's game.", FRIDAY)
    b = source("b", "The player was arrested on Tuesday.", FRIDAY)
    claims = [
        time_claim("a", "Sunday", weekday(6), "arrest:player", text=a.text),
        time_claim("b", "Tuesday", weekday(1), "arrest:player", text=b.text),
    ]
    assert _codes(claims, (a, b)) == []
    c = source("c", "Sunday's arrest followed a car chase through the town.", FRIDAY)
    claims[0] = time_claim("c", "Sunday", weekday(6), "arrest:player", text=c.text)
    assert [code for code, _ in _codes(claims, (c, b))] == ["FC102"]


def test_a_weekday_the_quote_does_not_write_is_not_compared():
    # "at about 2:30 a.m." carrying the weekday of a later "Sunday" in its sentence is a guess.
    guessed = TimeSpan(weekday=6, clock="02:30", anchor="unresolved", timex_value="XXXX-WXX-7T02:30")
    claims = [
        time_claim("a", "at about 2:30 a.m.", guessed, "arrest:player"),
        time_claim("b", "on Tuesday", weekday(1), "arrest:player"),
    ]
    assert _codes(claims) == []


def test_a_time_a_noun_is_for_is_not_the_event_time():
    a = source("a", "The injury report for Wednesday lists the running back.", FRIDAY)
    b = source("b", "The running back was injured on Tuesday.", FRIDAY)
    claims = [
        time_claim("a", "Wednesday", weekday(2), "injure:running_back", text=a.text),
        time_claim("b", "Tuesday", weekday(1), "injure:running_back", text=b.text),
    ]
    assert _codes(claims, (a, b)) == []


def test_a_death_placed_by_one_report_only_is_still_one_death():
    claims = [
        time_claim("a", "on Thursday", weekday(3, dt.date(2021, 5, 6)), "die:jane_doe"),
        time_claim("b", "on Friday", weekday(4, dt.date(2021, 5, 7)), "die:jane_doe>leeds"),
    ]
    assert [code for code, _ in _codes(claims)] == ["FC102"]


def test_visits_to_two_places_are_two_series():
    claims = [
        time_claim("a", "on Thursday", weekday(3, dt.date(2021, 5, 6)), "visit:mayor>paris"),
        time_claim("b", "on Friday", weekday(4, dt.date(2021, 5, 7)), "visit:mayor>lyon"),
    ]
    assert _codes(claims) == []


def test_a_time_in_reported_content_is_not_the_time_of_the_report():
    a = source("a", "The charges state that she took the money Tuesday.", FRIDAY)
    b = source("b", "She was charged on Friday with theft.", FRIDAY)
    claims = [
        time_claim("a", "Tuesday", weekday(1), "charge:driver", text=a.text),
        time_claim("b", "Friday", weekday(4), "charge:driver", text=b.text),
    ]
    assert _codes(claims, (a, b)) == []


def _bare_month(number: int) -> TimeSpan:
    return TimeSpan(granularity="month", timex_value=f"XXXX-{number:02d}", anchor="unresolved")


def test_months_without_a_year_in_undated_reports_conflict():
    undated = [
        source("a", "The levy was set in May.", None),
        source("b", "The levy was set in August.", None),
    ]
    claims = [
        time_claim("a", "May", _bare_month(5), "adopt:>rule"),
        time_claim("b", "August", _bare_month(8), "adopt:>rule"),
    ]
    findings = compare(undated, claims).discrepancies
    assert [d.code for d in findings] == ["FC101"]
    assert "May and August are different months" in findings[0].explanation


def test_a_month_without_its_year_in_a_dated_report_is_not_read_in_another_year():
    undated = [source("a", "The levy was set in May.", None), source("b", "The levy was set in August.")]
    claims = [
        time_claim("a", "May", _bare_month(5), "adopt:>rule"),
        time_claim("b", "August", _bare_month(8), "adopt:>rule"),
    ]
    assert _codes(claims, undated) == []


def test_one_month_without_its_year_in_two_undated_reports_agrees():
    undated = [source("a", "The levy was set in May.", None), source("b", "The levy was set in May.", None)]
    claims = [
        time_claim("a", "May", _bare_month(5), "adopt:>rule"),
        time_claim("b", "May", _bare_month(5), "adopt:>rule"),
    ]
    assert _codes(claims, undated) == []


def test_a_birth_year_told_in_an_apposition_conflicts_with_one_told_in_a_clause():
    first = source("a", "Its founder Ivo Marsh was born in 1961.", FRIDAY)
    second = source("b", "Founder Ivo Marsh, born in 1963, will stay on.", FRIDAY)
    claims = canonicalise_claims([c for s in (first, second) for c in claims_of(s)])
    findings = compare([first, second], claims).discrepancies
    assert [(d.code, d.fact) for d in findings] == [("FC101", "the time of Ivo Marsh's birth")]
