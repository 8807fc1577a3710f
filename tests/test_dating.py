"""The days a time names, and the tolls a report tells of an earlier occasion than its incident."""

from __future__ import annotations

import datetime as dt

import pytest
from claim_builders import source

from factcheck.compare.dating import (
    dates_the_incident_named_after,
    earlier_occasions_set_apart,
    named_days,
    names_no_day,
)
from factcheck.compare.fact_keys import FactKey
from factcheck.extract.claims import claims_of

PUBLISHED = dt.date(2024, 5, 14)  # a Tuesday
LEAD = "An earthquake struck Tarnmoor on Tuesday, killing seven people. "


def _claims(text: str) -> list:
    return claims_of(source("a", text, PUBLISHED))


def _time(text: str, quote: str):
    (found,) = [claim for claim in _claims(text) if claim.kind == "time" and claim.quote == quote]
    return found


@pytest.mark.parametrize(
    "text, quote, days",
    [
        # a bound reaches to now, but names its own year: the occasion "since 2009, when ..." tells of
        ("The strongest quake since 2009.", "2009", (dt.date(2009, 1, 1), dt.date(2010, 1, 1))),
        ("It struck on March 3, 2024.", "March 3, 2024", (dt.date(2024, 3, 3), dt.date(2024, 3, 4))),
        ("The road stays shut until 2030.", "2030", None),
    ],
)
def test_a_time_names_its_days_and_a_since_bound_its_own(text, quote, days):
    assert named_days(_time(text, quote).value) == days


def _set_apart(sentence: str, dated: bool = True) -> list[str]:
    claims = _claims(LEAD + sentence)
    tolls = [claim for claim in claims if claim.kind == "quantity" and claim.start > len(LEAD)]
    assert tolls, sentence
    dates = (
        [claim for claim in claims if claim.kind == "time" and claim.quote == "Tuesday"][:1] if dated else []
    )
    facts = {FactKey("killed"): tolls}
    earlier_occasions_set_apart(facts, claims, dates, {"a": LEAD + sentence})
    return [claim.quote for claim in facts.get(FactKey("killed"), [])]


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2011, a quake killed 41 people there.",
        "It was the strongest quake since 2009, when a tremor killed 41 people.",
        "A quake on March 3, 2019, killed 41 people.",
        # a month named is read as written: April is over before Tuesday, May 14
        "The quake killed 41 people in April.",
        "In April, two men were killed in a quake there.",
        # a tally of the period a bound begins, with its auxiliary
        "Quakes there have killed 41 people since 2009.",
        "In all 41 homes have been built since 2009.",
    ],
)
def test_a_toll_told_only_with_earlier_times_is_another_occasions(sentence):
    assert _set_apart(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "By Wednesday the quake had killed 41 people.",
        "The quake killed 41 people on Tuesday, the most since 2009.",  # its own day beside the bound
        "Rescuers said 41 people were killed.",  # no time at all
        "The quake killed 41 people on May 2.",  # a day within a month of the incident: may be its own
        "The quake killed 41 people in May.",  # the incident's own month
        # a birth dates no occasion: the one born in 1961 was killed now
        "The quake killed 41 people, among them a singer born in 1961.",
        # nor an aside's past: the dam was built then, and fell now
        "The dam, built in 1961, collapsed and 41 people were killed.",
        # nor a bound of the things a sentence tells: the flats were built any time up to now
        "The quake killed 41 people in flats built since 2009.",
    ],
)
def test_a_toll_told_with_the_incidents_time_or_none_stays(sentence):
    assert _set_apart(sentence) == ["41 people"]


def test_without_a_date_of_the_incident_nothing_is_set_apart():
    # a follow-up months later may give its incident only a past date: that date is then its own
    assert _set_apart("In 2011, a quake killed 41 people there.", dated=False) == ["41 people"]


@pytest.mark.parametrize(
    ("text", "incident", "dated"),
    [
        ("Police named the victim of Saturday's shooting.", "shooting", True),
        ("Police named the victim of Saturday night's fatal shooting.", "shooting", True),
        ("Police named the man at Saturday's game.", "shooting", False),  # another noun
        ("Police named the victim of Saturday's shooting.", None, False),  # a story of no incident
        ("Marsh scored 31 points in Saturday's game.", "game", False),  # one of a series: another game
    ],
)
def test_a_possessive_time_dates_the_incident_it_names(text, incident, dated):
    claim = _time(text, "Saturday" if "night" not in text else "Saturday night")
    assert dates_the_incident_named_after(claim, text, incident) is dated


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # a day the text named before: alone the word would resolve to the week of the report
        ("Two men fired into the crowd early that Sunday morning.", False),
        ("A second shooting happened later that Sunday.", False),
        ("He was seen on that same Sunday.", False),
        # the "that" of a clause introduces a day of its own
        ("The chief added that Sunday's shooting was the worst in years.", True),
        ("Two men were shot early Sunday.", True),
    ],
)
def test_a_day_that_points_back_names_no_day_of_its_own(text: str, named: bool) -> None:
    (claim,) = [c for c in claims_of(source("a", text)) if c.kind == "time"]
    assert names_no_day(claim, text) is not named
