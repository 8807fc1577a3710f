"""Recurrence reasoning (factcheck.compare.recurrence): series claims as constraints on occurrence dates."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from claim_builders import month, recurrence, source, time_claim, year

from factcheck.compare import compare
from factcheck.compare.align import series_key
from factcheck.compare.recurrence import (
    Bound,
    find_conflict,
    of_the_news,
    propositions,
    satisfiable,
    series_groups,
)

JUNE = dt.date(2023, 6, 12)
EVENT = "visit:mayor>lyon"
SOURCES = [
    source("a", "The mayor visits Lyon this week.", JUNE),
    source("b", "A second paper on the mayor's trip to Lyon.", JUNE),
    source("c", "A third paper on the Lyon trip.", JUNE),
]
PUBLISHED = {s.id: s.published for s in SOURCES}


def _first_in_ten_years(source_id="a"):
    return recurrence(source_id, "for the first time in 10 years", EVENT, ordinal=1, previous_gap_years=10)


def _second_since_2020(source_id="b"):
    return recurrence(
        source_id, "his second visit since 2020", EVENT, ordinal=2, window_start=dt.date(2020, 1, 1)
    )


def test_difference_constraints_detect_an_empty_window_with_a_visit_in_it():
    # One occurrence in [10, 20) but none in [5, 25): impossible.
    assert not satisfiable([Bound(10, 20, 1, None), Bound(5, 25, 0, 0)])
    assert satisfiable([Bound(10, 20, 1, None), Bound(20, 25, 0, 0)])
    # Exactly one before month 30 and one in [10, 12) and one in [20, 22): impossible.
    assert not satisfiable([Bound(None, 30, 1, 1), Bound(10, 12, 1, None), Bound(20, 22, 1, None)])


def test_first_in_n_years_against_a_visit_inside_the_window_conflicts():
    findings = compare(SOURCES, [_first_in_ten_years(), _second_since_2020()])
    assert [(d.code, d.severity.value) for d in findings.discrepancies] == [("FC401", "error")]
    explanation = findings.discrepancies[0].explanation
    # 10 years before June 2023 is June 2013; one visit between 2020 and June 2023 contradicts none since.
    assert "10 years before June 2023 is June 2013" in explanation
    assert "January 2020" in explanation


def test_an_ordinal_without_a_window_is_compatible_with_first_in_n_years():
    second_ever = recurrence("b", "his second visit", EVENT, ordinal=2)
    assert compare(SOURCES, [_first_in_ten_years(), second_ever]).discrepancies == []


def test_first_and_second_summit_of_one_series_are_consistent():
    first = recurrence("a", "their first summit", "summit:leaders", ordinal=1, occurrence=month(2019, 4))
    second = recurrence("b", "a second summit", "summit:leaders", ordinal=2, occurrence=month(2023, 9))
    assert compare(SOURCES, [first, second]).discrepancies == []


def test_a_dated_first_visit_with_a_second_ever_and_a_visit_in_the_window_conflict():
    claims = [
        recurrence("a", "first visited in July 2013", EVENT, ordinal=1, occurrence=month(2013, 7)),
        recurrence("b", "his second visit, in June 2023", EVENT, ordinal=2, occurrence=month(2023, 6)),
        _second_since_2020("c"),
    ]
    findings = compare(SOURCES, claims)
    assert [d.code for d in findings.discrepancies] == ["FC401"]


def test_the_minority_side_is_the_one_fewest_sources_hold():
    claims = [
        _second_since_2020("a"),
        recurrence(
            "a", "his second in less than three years", EVENT, ordinal=2, window_start=dt.date(2020, 6, 12)
        ),
        _first_in_ten_years("b"),
        time_claim("c", "in 2013", year(2013), EVENT),
        recurrence("c", "his second visit, in June 2023", EVENT, ordinal=2, occurrence=month(2023, 6)),
    ]
    finding = compare(SOURCES, claims).discrepancies[0]
    by_side = {
        side.label: {ref.source for ref in finding.claims if ref.side == side.label} for side in finding.sides
    }
    assert by_side == {"A": {"a"}, "B": {"b", "c"}}
    assert [side.independent_sources for side in finding.sides] == [1, 2]
    assert len([ref for ref in finding.claims if ref.side == "A"]) == 2


def test_an_undated_bare_ordinal_says_nothing_checkable():
    # "for the first time" without a date, window or gap may be about any occurrence.
    claims = [
        recurrence("a", "for the first time", EVENT, ordinal=1),
        time_claim("b", "in 2013", year(2013), EVENT),
    ]
    assert compare(SOURCES, claims).discrepancies == []


def test_claims_of_one_source_alone_are_a_self_contradiction():
    claims = [_first_in_ten_years("a"), _second_since_2020("a")]
    findings = compare(SOURCES, claims)
    # a source at odds with itself is shown at info (FC801's documented severity), not as an alarm
    assert [(d.code, d.severity.value) for d in findings.discrepancies] == [("FC801", "info")]


def test_claims_without_an_event_are_not_reasoned_over():
    claims = [_first_in_ten_years().model_copy(update={"event": None}), _second_since_2020()]
    assert compare(SOURCES, claims).discrepancies == []


def test_a_repeated_statement_is_one_proposition():
    props = propositions(
        [_first_in_ten_years("a"), _first_in_ten_years("a"), _first_in_ten_years("b")], PUBLISHED
    )
    assert len(props) == 1 and props[0].sources == ("a", "b")


def test_consistent_series_gives_no_conflict():
    props = propositions([_first_in_ten_years(), time_claim("b", "in 2013", year(2013), EVENT)], PUBLISHED)
    assert find_conflict(EVENT, props, len) is None


def test_a_time_of_an_occurrence_yet_to_come_is_not_counted_among_the_earlier_ones():
    # published in 2023: "this year" dates the coming gala as loosely as "next year" does
    texts = {
        "a": "Ana Ruiz said she will host the gala this year.",
        "b": "Ana Ruiz, who will host the gala for a second time next year, hosted it in 2012.",
    }
    event = "host:ana_ruiz>gala"
    coming = time_claim("a", "this year", year(2023), event, texts["a"])
    earlier = time_claim("b", "2012", year(2012), event, texts["b"])
    second = recurrence("b", "second time", event, ordinal=2, occurrence=year(2024))
    groups = series_groups([coming, earlier, second], texts)
    assert groups == {event: [second, earlier]}
    assert (
        find_conflict(event, propositions(groups[event], {i: dt.date(2023, 8, 2) for i in texts}), len)
        is None
    )
    # the same time told as past is an earlier occurrence: two before the second is a conflict
    texts["a"] = "Ana Ruiz hosted the gala this year."
    told = time_claim("a", "this year", year(2023), event, texts["a"])
    sources = [source(i, t, dt.date(2023, 8, 2)) for i, t in texts.items()]
    assert [d.code for d in compare(sources, [told, earlier, second]).discrepancies] == ["FC401"]


@pytest.mark.parametrize(
    ("sentence", "ordinal", "expected"),
    [
        ("It is the fourth visit by the minister to Peru.", "fourth visit", True),
        ("This was her second trip abroad.", "second trip", True),
        ("It's his 12th summit.", "12th summit", True),
        # a qualified series, or a count inside a window, is not the news occurrence's place in the series
        ("It is the second deadly shooting in the county in 34 days.", "second deadly shooting", False),
        ("It is the third deal for the club this summer.", "third deal", False),
        ("It was the second visit since 2019.", "second visit", False),
        # the ordinal of something else than what the opening pronoun stands for
        ("The minister said it is the first visit.", "first visit", False),
        # a clause in the present perfect tells of the occurrence in the news
        ("Dana Quist has checked into a clinic for the third time.", "third time", True),
        ("Ivo Marsh has been arrested for the second time.", "second time", True),
        ("Ivo Marsh has scored for the third time this season.", "third time", False),
        # what the one in the news becomes
        ("Ivo Marsh, 26, will become the 11th actor to play the role.", "11th actor", True),
        ("Marsh became the third player to score.", "third player", True),
        ("Marsh said the third player to score was his brother.", "third player", False),
    ],
)
def test_an_ordinal_given_to_the_news_occurrence_by_an_opening_pronoun(sentence, ordinal, expected):
    start = sentence.index(ordinal)
    claim = SimpleNamespace(
        sentence_start=0, sentence_end=len(sentence), start=start, end=start + len(ordinal), quote=ordinal
    )
    assert of_the_news(claim, sentence) is expected


def test_the_first_since_a_year_means_the_last_was_in_that_year_and_none_since():
    first_since = recurrence(
        "a", "her first visit since 2015", EVENT, ordinal=1, window_start=dt.date(2015, 1, 1)
    )
    visit_2015 = time_claim("b", "in 2015", year(2015), EVENT)
    visit_2019 = time_claim("c", "in 2019", year(2019), EVENT)
    # the visit of 2015 is the one "since" counts from: no conflict
    assert compare(SOURCES, [first_since, visit_2015]).discrepancies == []
    # a visit after 2015 is one that "the first since 2015" denies
    found = compare(SOURCES, [first_since, visit_2019]).discrepancies
    assert [d.code for d in found] == ["FC401"]
    assert "the previous visit in 2015 and none since (the first since 2015)" in found[0].explanation


@pytest.mark.parametrize(
    ("series", "key"),
    [
        ("DUI convictions", "dui:"),
        ("dwi", "dui:"),
        ("prior OWI arrests", "dui:"),
        ("convictions", "conviction:"),
        ("visits", "visit:"),
        ("", ""),
    ],
)
def test_a_series_no_event_names_is_keyed_by_its_noun(series, key):
    assert series_key(series) == key


def test_a_record_told_by_its_step_alone_joins_the_one_told_with_its_offence():
    texts = {
        "a": "Ivo Marsh had two previous convictions for drink-driving.",
        "b": "Ivo Marsh had three previous drink-driving convictions.",
    }
    bare = recurrence("a", "two previous convictions", None, ordinal=3, series="convictions")
    named = recurrence(
        "b", "three previous drink-driving convictions", None, ordinal=4, series="drink-driving convictions"
    )
    assert series_groups([bare, named], texts) == {"drink-driving:": [named, bare]}
    # beside records of two offences, the bare one is neither's
    other = recurrence("b", "two previous theft convictions", None, ordinal=3, series="theft convictions")
    texts["b"] += " He had two previous theft convictions."
    assert "conviction:" in series_groups([bare, named, other], texts)


def test_ordinals_two_reports_give_the_occurrence_in_the_news_form_a_series_by_their_noun():
    from factcheck.extract.claims import claims_of

    def series(*texts: str) -> dict:
        sources = [source(name, text) for name, text in zip("ab", texts, strict=True)]
        claims = [c for s in sources for c in claims_of(s) if c.kind == "recurrence"]
        return series_groups(claims, {s.id: s.text for s in sources})

    assert list(series("It was Ada Brisk's fourth defence.", "It was the fifth defence.")) == ["defence:"]
    # one report alone, or two people's records: no series of the news
    assert series("It was Ada Brisk's fourth defence.", "Brisk won on points.") == {}
    assert series("It was Ada Brisk's fourth defence.", "It was Lena Quorrow's fifth defence.") == {}
    # a window of time read with the ordinal joins it: the series is then judged by that window
    assert list(series("It was Ada Brisk's fourth defence.", "It was the fifth defence in two years.")) == [
        "defence:"
    ]
    # a window of games, not of time: "the third win in four games" is no third win ever
    assert (
        series("It was the Otters' third win in four games.", "It was the Otters' fourth win in five games.")
        == {}
    )
    assert series("It was the Otters' third win of the season.", "It was the Otters' fourth win.") == {}
    # a window read with the ordinal, and "in its history" (all the time there was), are of the news
    found = series(
        "It is the second escape from the jail since it opened in 2001.",
        "It was the first escape from the jail in its 25-year history.",
    )
    assert list(found) == ["escape:"]


def test_ordinals_of_occurrences_that_name_no_event_count_the_one_incident_their_sentence_tells():
    from factcheck.extract.claims import claims_of

    sources = [
        source(
            "a",
            "Actress Dana Quist has checked into a rehab clinic for the third time, her agent said.",
            JUNE,
        ),
        source("b", "Quist entered rehab on Monday, her second stint in a treatment facility.", JUNE),
    ]
    claims = [c for s in sources for c in claims_of(s)]
    found = [d for d in compare(sources, claims).discrepancies if d.code == "FC401"]
    assert [d.fact for d in found] == ["the check-ins"]
    assert "the third check-in ever" in found[0].explanation
    # a sentence that tells two kinds of incident does not say which one the ordinal counts
    text = "For the second time, a blaze and a crash shut the Kelby road."
    second = recurrence("a", "second time", None, ordinal=2)
    second = second.model_copy(update={"sentence_start": 0, "sentence_end": len(text)})
    assert series_groups([second], {"a": text}) == {}


def test_two_reports_giving_the_one_in_the_news_two_places_in_a_series_conflict():
    from factcheck.extract.claims import claims_of

    sources = [
        source("a", "Ivo Marsh will become the 11th actor to play the role, the studio said.", JUNE),
        source("b", "Marsh will be the 12th actor to play the part, the studio said.", JUNE),
    ]
    found = compare(sources, [c for s in sources for c in claims_of(s)]).discrepancies
    assert [(d.code, d.fact) for d in found] == [("FC401", "the actors")]


def test_a_place_an_event_key_holds_as_its_patient_owns_no_record():
    from factcheck.extract.claims import claims_of

    texts = {
        "a": "Ivo Marsh, who has a prior theft conviction in Tarrow, was held.",
        "b": "Ivo Marsh has three prior theft convictions.",
    }
    claims = [
        c
        for name, text in texts.items()
        for c in claims_of(source(name, text))
        if c.kind in ("recurrence", "entity")
    ]
    # "in Tarrow" is where, not whose: the two counts are one record's
    groups = series_groups(claims, texts)
    assert {c.source for c in groups["theft:"]} == {"a", "b"}
