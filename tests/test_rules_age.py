"""FC301 age-mismatch: two ages of one person against the publication dates."""

from __future__ import annotations

import datetime as dt

from claim_builders import age, source

from factcheck.compare import compare
from factcheck.compare.rules.age import possible_growth

MAY = dt.date(2021, 5, 4)


def _codes(claims, dates=(MAY, MAY)):
    sources = [source("a", "First report.", dates[0]), source("b", "Second, other report.", dates[1])]
    return [d.code for d in compare(sources, claims).discrepancies]


def test_name_comma_age_against_year_old_form_on_one_day_conflicts():
    # "Jane Doe, 32" against "31-year-old Jane Doe", both published 2021-05-04.
    claims = [
        age("a", "Jane Doe, 32", "Jane Doe", 32, MAY),
        age("b", "31-year-old Jane Doe", "Jane Doe", 31, MAY),
    ]
    sources = [source("a", "First report.", MAY), source("b", "Second, other report.", MAY)]
    findings = compare(sources, claims)
    assert [d.code for d in findings.discrepancies] == ["FC301"]
    assert "32" in findings.discrepancies[0].explanation and "31" in findings.discrepancies[0].explanation


def test_ages_rising_with_the_publication_date_are_no_conflict():
    january, december = dt.date(2021, 1, 10), dt.date(2021, 12, 20)
    claims = [age("a", "31", "Jane Doe", 31, january), age("b", "32", "Jane Doe", 32, december)]
    assert _codes(claims, (january, december)) == []


def test_a_year_more_within_a_week_conflicts_as_only_a_birthday_in_those_days_would_explain_it():
    monday, wednesday = dt.date(2021, 5, 3), dt.date(2021, 5, 5)
    claims = [
        age("a", "Ivo Marsh, 24", "Ivo Marsh", 24, monday),
        age("b", "Ivo Marsh, 25", "Ivo Marsh", 25, wednesday),
    ]
    sources = [source("a", "First report.", monday), source("b", "Second, other report.", wednesday)]
    (finding,) = compare(sources, claims).discrepancies
    assert finding.code == "FC301" and "birthday in the 2 days between" in finding.explanation
    # three weeks apart, a birthday may well have come between
    later = dt.date(2021, 5, 24)
    claims = [
        age("a", "Ivo Marsh, 24", "Ivo Marsh", 24, monday),
        age("b", "Ivo Marsh, 25", "Ivo Marsh", 25, later),
    ]
    assert _codes(claims, (monday, later)) == []


def test_an_age_that_falls_with_the_publication_date_conflicts():
    january, december = dt.date(2021, 1, 10), dt.date(2021, 12, 20)
    claims = [age("a", "32", "Jane Doe", 32, january), age("b", "31", "Jane Doe", 31, december)]
    assert _codes(claims, (january, december)) == ["FC301"]


def test_two_people_with_one_surname_are_not_compared():
    claims = [age("a", "John Doe, 32", "John Doe", 32, MAY), age("b", "Mary Doe, 58", "Mary Doe", 58, MAY)]
    assert _codes(claims) == []


def test_a_bare_surname_is_not_compared():
    claims = [age("a", "Doe, 32", "Doe", 32, MAY), age("b", "Doe, 58", "Doe", 58, MAY)]
    assert _codes(claims) == []


def test_a_misspelt_full_name_is_the_same_person():
    claims = [
        age("a", "Jonathan Smith, 40", "Jonathan Smith", 40, MAY),
        age("b", "Jonathon Smith, 44", "Jonathon Smith", 44, MAY),
    ]
    assert _codes(claims) == ["FC301"]


def test_an_age_too_high_for_the_dates_conflicts():
    # 30 in January 2021 cannot be 33 by December 2021.
    january, december = dt.date(2021, 1, 10), dt.date(2021, 12, 20)
    claims = [age("a", "30", "Jane Doe", 30, january), age("b", "33", "Jane Doe", 33, december)]
    assert _codes(claims, (january, december)) == ["FC301"]


def test_growth_between_two_dates_is_at_most_the_whole_years_or_one_more():
    assert possible_growth(dt.date(2021, 1, 1), dt.date(2021, 1, 1)) == (0, 0)
    assert possible_growth(dt.date(2021, 1, 1), dt.date(2021, 12, 31)) == (0, 1)
    assert possible_growth(dt.date(2020, 6, 1), dt.date(2022, 5, 31)) == (0, 2)


def test_an_age_whose_quote_names_someone_else_is_not_compared():
    # The quote names John Roe but the claim was resolved to Jane Roe: a resolution slip, not a conflict.
    claims = [
        age("a", "Jane Roe, 20", "Jane Roe", 20, MAY),
        age("b", "23-year-old John Roe", "Jane Roe", 23, MAY),
    ]
    assert _codes(claims) == []


def test_an_age_told_with_the_article_before_it_is_compared():
    from factcheck.extract.claims import claims_of

    published = dt.date(2023, 5, 2)
    first = source("a", "A van crashed in Kelby. The 52-year-old driver, Ivo Marsh, was hurt.", published)
    second = source("b", "A van crashed in Kelby. The driver, Ivo Marsh, 54, survived.", published)
    claims = [claim for text in (first, second) for claim in claims_of(text)]
    (finding,) = compare([first, second], claims).discrepancies
    assert (finding.code, finding.fact) == ("FC301", "the age of Ivo Marsh")
