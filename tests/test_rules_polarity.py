"""FC601 asserted-and-denied: casualties asserted against "no casualties", and denials."""

from __future__ import annotations

import datetime as dt

from claim_builders import count, said, source, time_claim, year

from factcheck.compare import compare
from factcheck.records import Stance

SOURCES = [source("a", "A report on the quake."), source("b", "Another report on the quake.")]


def _codes(claims, sources=SOURCES):
    return [d.code for d in compare(sources, claims).discrepancies]


def test_casualties_asserted_against_no_casualties_conflict():
    claims = [
        count("a", "killing at least 12 people", 12, None, "people killed", event="quake:coast", exact=False),
        count("b", "no casualties", 0, 0, "casualties", event="quake:coast"),
    ]
    findings = compare(SOURCES, claims)
    assert [d.code for d in findings.discrepancies] == ["FC601"]
    assert sorted(side.value.split(":")[0] for side in findings.discrepancies[0].sides) == [
        "asserted",
        "denied",
    ]


def test_no_deaths_against_injuries_is_no_conflict():
    claims = [
        count("a", "12 injured", 12, 12, "people injured", event="quake:coast"),
        count("b", "no deaths", 0, 0, "deaths", event="quake:coast"),
    ]
    assert _codes(claims) == []


def test_no_casualties_in_an_earlier_report_is_an_update():
    sources = [
        source("a", "Early report.", dt.date(2021, 5, 3)),
        source("b", "Later report.", dt.date(2021, 5, 4)),
    ]
    claims = [
        count("a", "no casualties", 0, 0, "casualties", event="quake:coast"),
        count("b", "3 killed", 3, 3, "killed", event="quake:coast"),
    ]
    assert _codes(claims, sources) == []


def test_an_event_asserted_and_denied_conflicts():
    denied = Stance(kind="denied", negated=True)
    claims = [
        time_claim("a", "in 2019", year(2019), "die:john_roe"),
        time_claim("b", "in 2019", year(2019), "die:john_roe", stance=denied),
    ]
    assert _codes(claims) == ["FC601"]


def test_an_accusation_and_a_denial_by_different_speakers_is_a_dispute():
    claims = [
        time_claim("a", "in 2019", year(2019), "die:john_roe", stance=said("prosecutors")),
        time_claim(
            "b",
            "in 2019",
            year(2019),
            "die:john_roe",
            stance=Stance(kind="denied", speaker="the family", negated=True),
        ),
    ]
    findings = compare(SOURCES, claims)
    assert [(d.code, d.severity.value) for d in findings.discrepancies] == [("FC802", "info")]


def test_a_negation_about_something_else_in_the_sentence_is_no_denial():
    # "She did not pitch in Saturday's win" does not deny the win.
    claims = [
        time_claim("a", "on Saturday", year(2019), "win:rovers"),
        time_claim("b", "Saturday", year(2019), "win:rovers", stance=Stance(kind="asserted", negated=True)),
    ]
    assert _codes(claims) == []
