"""FC201 quantity-mismatch: units, hedges, rounding, tolerances and updates."""

from __future__ import annotations

import datetime as dt

import pytest
from claim_builders import count, length, said, source

from factcheck.compare import CompareOptions, compare
from factcheck.compare.rules import Tolerances
from factcheck.extract.claims import canonicalise_claims, claims_of

FOOT, MILE, KM = 0.3048, 1609.344, 1000.0
A = source("a", "Report from the first newsroom about the quake and its damage.")
B = source("b", "Another newsroom's independent account of the same quake.")


def _codes(claims, sources=(A, B), options=None):
    return [d.code for d in compare(list(sources), claims, options).discrepancies]


def test_exact_counts_that_differ_conflict():
    claims = [
        count("a", "10 people were killed", 10, 10, "people killed"),
        count("b", "12 died", 12, 12, "deaths"),
    ]
    findings = compare([A, B], claims)
    assert [d.code for d in findings.discrepancies] == ["FC201"]
    assert {s.value for s in findings.discrepancies[0].sides} == {"10", "12"}


def test_hedged_counts_that_overlap_are_no_conflict():
    claims = [
        count("a", "dozens of missiles", 24, None, "ballistic missiles", exact=False, hedge="dozens"),
        count("b", "about 50 missiles", 45, 55, "ballistic missiles", exact=False, hedge="about"),
    ]
    assert _codes(claims) == []


def test_a_count_told_only_as_several_against_a_number_is_info():
    claims = [
        count("a", "several homes", 3, 19, "homes", exact=False, hedge="several"),
        count("b", "30 homes", 30, 30, "homes"),
    ]
    (finding,) = compare([A, B], claims).discrepancies
    assert (finding.code, finding.severity.value) == ("FC201", "info")
    # "dozens" against a number it cannot be is no small part: the rule's own severity
    claims[0] = count("a", "dozens of homes", 20, 199, "homes", exact=False, hedge="dozens")
    claims[1] = count("b", "5 homes", 5, 5, "homes")
    (finding,) = compare([A, B], claims).discrepancies
    assert finding.severity.value == "error"


def test_killed_and_injured_are_different_facts():
    claims = [
        count("a", "10 killed", 10, 10, "people killed"),
        count("b", "80 injured", 80, 80, "people injured"),
    ]
    assert _codes(claims) == []


def test_first_and_second_blast_are_different_facts():
    claims = [
        count("a", "3 killed in the first blast", 3, 3, "killed in the first blast"),
        count("b", "5 killed in the second blast", 5, 5, "killed in the second blast"),
    ]
    assert _codes(claims) == []


def test_distances_in_different_units_that_agree():
    # 600 metres is 1,969 ft; "2,000 feet" is read as rounded to the thousand.
    claims = [
        length("a", "600 metres", 600, "meter", 1.0, "length of the bridge"),
        length("b", "2,000 feet", 2000, "foot", FOOT, "length of the bridge"),
    ]
    assert _codes(claims) == []


def test_distances_in_different_units_that_disagree():
    claims = [
        length("a", "1.2 miles", 1.2, "mile", MILE, "length of the tunnel"),
        length("b", "12 kilometres", 12, "kilometer", KM, "length of the tunnel"),
    ]
    findings = compare([A, B], claims)
    assert [d.code for d in findings.discrepancies] == ["FC201"]
    explanation = findings.discrepancies[0].explanation
    assert "conversion" in explanation
    # each side in its own words, then in metres: 1.2 miles is 1,931.2 m
    assert "1.2 miles length of the tunnel (1,931.21 m)" in explanation
    assert "12 km length of the tunnel (12,000 m)" in explanation


def test_lengths_in_one_unit_are_explained_in_that_unit_with_its_words():
    claims = [
        length("a", "185 nautical miles", 185, "nautical_mile", 1852.0, "distance from Tarnby"),
        length("b", "285 nautical miles", 285, "nautical_mile", 1852.0, "distance from Tarnby"),
    ]
    [finding] = compare([A, B], claims).discrepancies
    assert finding.explanation.startswith("185 nautical miles distance from Tarnby and 285 nautical miles")
    assert "nautical_mile" not in finding.explanation and "342,620" not in finding.explanation
    assert finding.fact.startswith("the distance from Tarnby in ")


def test_a_parenthesised_conversion_read_as_one_quantity_agrees_with_either_unit():
    # "600 metres (2,000 feet)" reaches comparison as one claim of 600 m.
    claims = [
        length("a", "600 metres (2,000 feet)", 600, "meter", 1.0, "height of the dam"),
        length("b", "610 metres", 610, "meter", 1.0, "height of the dam"),
    ]
    assert _codes(claims) == []


def test_a_depth_that_differs_by_a_factor_of_ten_conflicts():
    claims = [
        length("a", "10 km deep", 10, "kilometer", KM, "depth", event="quake:coast"),
        length("b", "100 km deep", 100, "kilometer", KM, "depth", event="quake:coast"),
    ]
    assert _codes(claims) == ["FC201"]


def test_a_two_digit_round_number_is_read_as_written():
    # "10 km" is no rounding of "12 km"; "600 metres" may still be one of "610 metres"
    shallow = [
        length("a", "10 km deep", 10, "kilometer", KM, "depth", event="quake:coast"),
        length("b", "12 km deep", 12, "kilometer", KM, "depth", event="quake:coast"),
    ]
    assert _codes(shallow) == ["FC201"]
    dam = [
        length("a", "600 metres", 600, "meter", 1.0, "height of the dam"),
        length("b", "610 metres", 610, "meter", 1.0, "height of the dam"),
    ]
    assert _codes(dam) == []


def test_a_large_count_is_explained_in_digits_not_in_scientific_notation():
    claims = [
        count("a", "1.3 million comments", 1_300_000, 1_300_000, "comments"),
        count("b", "2.1 million comments", 2_100_000, 2_100_000, "comments"),
    ]
    [finding] = compare([A, B], claims).discrepancies
    assert "1,300,000 comments and" in finding.explanation and "e+" not in finding.explanation


def test_tolerance_is_configurable():
    claims = [
        length("a", "105 metres", 105, "meter", 1.0, "length of the bridge"),
        length("b", "111 metres", 111, "meter", 1.0, "length of the bridge"),
    ]
    assert _codes(claims) == ["FC201"]
    loose = CompareOptions(tolerances=Tolerances(default_relative=0.1))
    assert _codes(claims, options=loose) == []


def _screen(source_id: str, inches: float):
    return length(source_id, f"{inches:g}-inch", inches, "inch", 0.0254, "screen size")


def test_two_exact_lengths_in_one_unit_take_no_conversion_tolerance():
    # 2 % each way would make 6.1 and 6.3 one size: that slack is for "600 metres" against "2,000 feet"
    [finding] = compare([A, B], [_screen("a", 6.1), _screen("b", 6.3)]).discrepancies
    assert finding.code == "FC201" and finding.fact.startswith("the screen size in ")


def test_a_length_written_to_a_coarser_place_may_be_the_finer_one_rounded():
    assert _codes([_screen("a", 6.3), _screen("b", 6.25)]) == []
    assert _codes([_screen("a", 6.3), _screen("b", 6.21)]) == ["FC201"]


def _deal(source_id: str, billions: float):
    amount = billions * 1e9
    return count(
        source_id, f"${billions} billion", amount, amount, "deal", event=None, measure="money", unit="USD"
    )


def test_sums_two_apart_in_their_last_written_digit_conflict():
    assert _codes([_deal("a", 5.4), _deal("b", 5.6)]) == ["FC201"]


def test_sums_one_apart_in_their_last_written_digit_may_be_one_sum_rounded():
    assert _codes([_deal("a", 5.4), _deal("b", 5.5)]) == []


def test_round_sums_of_one_figure_that_meet_only_at_their_half_conflict():
    findings = compare([A, B], [_deal("a", 2), _deal("b", 3)])
    assert [d.code for d in findings.discrepancies] == ["FC201"]
    assert "one figure" in findings.discrepancies[0].explanation


def test_round_counts_of_one_figure_a_step_apart_conflict_and_of_two_figures_agree():
    def crowd(source_id: str, people: int):
        return count(source_id, f"{people} people", people, people, "protesters")

    assert _codes([crowd("a", 200), crowd("b", 300)]) == ["FC201"]
    assert _codes([crowd("a", 250), crowd("b", 300)]) == []  # "300" may be 250 to 255, rounded to the hundred


def _share(source_id: str, percent: float):
    return count(
        source_id,
        f"{percent:g} percent",
        percent,
        percent,
        "vote",
        event=None,
        measure="percent",
        unit="percent",
    )


def test_a_whole_percent_is_the_rounding_of_one_with_a_decimal():
    assert _codes([_share("a", 61), _share("b", 61.3)]) == []
    assert _codes([_share("a", 61), _share("b", 61.7)]) == ["FC201"]  # that rounds to 62
    assert _codes([_share("a", 61), _share("b", 62)]) == ["FC201"]


def test_a_tolerance_wider_than_the_rounding_still_applies():
    loose = CompareOptions(tolerances=Tolerances(relative={"money": 0.05}))
    assert _codes([_deal("a", 5.4), _deal("b", 5.6)], options=loose) == []


def test_a_toll_that_rises_between_publications_is_an_update():
    early = source("a", "Early report on the flood.", dt.date(2021, 5, 4))
    late = source("b", "Later report on the flood.", dt.date(2021, 5, 6))
    claims = [count("a", "4 dead", 4, 4, "dead"), count("b", "9 dead", 9, 9, "dead")]
    assert _codes(claims, (early, late)) == []


def test_a_toll_that_falls_between_publications_conflicts():
    early = source("a", "Early report on the flood.", dt.date(2021, 5, 4))
    late = source("b", "Later report on the flood.", dt.date(2021, 5, 6))
    claims = [count("a", "9 dead", 9, 9, "dead"), count("b", "4 dead", 4, 4, "dead")]
    assert _codes(claims, (early, late)) == ["FC201"]


def test_the_number_sent_that_rises_between_publications_is_an_update():
    early = source("a", "Early report on the warehouse fire.", dt.date(2021, 5, 4))
    late = source("b", "Later report on the warehouse fire.", dt.date(2021, 5, 6))
    claims = [
        count("a", "40 firefighters", 40, 40, "firefighters"),
        count("b", "65 firefighters", 65, 65, "firefighters"),
    ]
    assert _codes(claims, (early, late)) == []


@pytest.mark.parametrize("counted", ["crew", "inmates escaped", "shots fired"])
def test_what_the_event_was_made_of_does_not_grow_between_publications(counted: str):
    early = source("a", "Early report on the night's events.", dt.date(2021, 5, 4))
    late = source("b", "Later report on the night's events.", dt.date(2021, 5, 6))
    claims = [count("a", "21", 21, 21, counted), count("b", "24", 24, 24, counted)]
    assert _codes(claims, (early, late)) == ["FC201"]


def test_a_value_stated_as_revised_is_no_conflict():
    b = source("b", "The agency later revised the magnitude to 4.2.")
    claims = [
        count("a", "magnitude 4.4", 4.4, 4.4, "magnitude", measure="magnitude", event="quake:coast"),
        count("b", "4.2", 4.2, 4.2, "magnitude", measure="magnitude", event="quake:coast", text=b.text),
    ]
    assert _codes(claims, (A, b)) == []
    assert _codes([claims[0], claims[1].model_copy(update={"sentence_end": 1})], (A, b)) == ["FC201"]


def test_different_speakers_disagreeing_is_a_dispute_at_info():
    claims = [
        count("a", "two people were killed", 2, 2, "people killed", stance=said("police")),
        count("b", "three people died", 3, 3, "people killed", stance=said("hospital officials")),
    ]
    findings = compare([A, B], claims)
    assert [(d.code, d.severity.value) for d in findings.discrepancies] == [("FC802", "info")]
    assert "police" in findings.discrepancies[0].explanation


def test_a_police_chief_and_the_police_disagreeing_is_a_conflict_not_a_dispute():
    from claim_builders import role

    claims = [
        count("a", "three shots", 3, 3, "shots fired", stance=said("ola_brant")),
        role("a", "Chief Ola Brant", "ola_brant", "chief"),
        count("b", "five shots", 5, 5, "shots fired", stance=said("police")),
    ]
    findings = compare([A, B], claims)
    assert [(d.code, d.severity.value) for d in findings.discrepancies] == [("FC201", "error")]
    claims[1] = role("a", "Fire Chief Ola Brant", "ola_brant", "fire chief")
    findings = compare([A, B], claims)
    assert [(d.code, d.severity.value) for d in findings.discrepancies] == [("FC802", "info")]


def test_agreeing_counts_are_corroborated_with_independent_sources():
    claims = [
        count("a", "10 killed", 10, 10, "killed"),
        count("b", "10 people died", 10, 10, "people killed"),
    ]
    findings = compare([A, B], claims)
    assert findings.discrepancies == []
    assert [c.independent_sources for c in findings.corroborations] == [2]


def test_counts_in_sentences_dated_to_another_occasion_are_not_compared():
    from claim_builders import time_claim

    from factcheck.records import TimeSpan

    undated = source("a", "He hurt his knee on October 19 and missed four games.", None)
    current = source("b", "He will sit out the last two games.", None)
    october = TimeSpan(anchor="unresolved", timex_value="XXXX-10-19")
    claims = [
        time_claim("a", "October 19", october, "injure:player", text=undated.text),
        count("a", "four games", 4, 4, "games", event="injure:player", text=undated.text),
        count("b", "two games", 2, 2, "games", event="injure:player", text=current.text),
    ]
    assert _codes(claims, (undated, current)) == []


def test_a_magnitude_told_after_since_and_its_year_is_an_earlier_quakes():
    from factcheck.extract.claims import claims_of

    published = dt.date(2024, 5, 14)
    first = source(
        "a",
        "A magnitude 6.4 quake struck Tarnmoor on Tuesday. It was the strongest since 2009, "
        "when a magnitude 6.9 quake struck.",
        published,
    )
    second = source("b", "A quake of magnitude 6.1 struck Tarnmoor on Tuesday.", published)
    claims = [claim for text in (first, second) for claim in claims_of(text)]
    (finding,) = compare([first, second], claims).discrepancies
    assert sorted(side.value for side in finding.sides) == ["6.1", "6.4"]


@pytest.mark.parametrize(
    "comparison",
    ["up from 58 percent in 2019", "compared with 58 percent in 2019", "higher than in 2019"],
)
def test_a_year_told_with_an_earlier_value_after_a_value_does_not_date_it(comparison: str):
    from factcheck.extract.claims import claims_of

    published = dt.date(2024, 3, 11)
    first = source("a", f"Turnout in the Marlow vote was 68 percent, {comparison}.", published)
    second = source("b", "Turnout in the Marlow vote was 72 percent, officials said.", published)
    claims = [claim for text in (first, second) for claim in claims_of(text)]
    (finding,) = compare([first, second], claims).discrepancies
    assert sorted(side.value for side in finding.sides) == ["68 percent", "72 percent"]


@pytest.mark.parametrize(
    ("first", "second", "found"),
    [
        ("The fire caused $2 million in damage.", "Damage was estimated at $3.5 million.", True),
        ("The blaze did about $4 million worth of damage.", "It caused $4 million in damages.", False),
        # a sum that is no damage's is not compared with one that is
        ("The fire caused $2 million in damage.", "The owner lost $3.5 million in sales.", False),
        # the subject of "was put at" far back, at the start of a word cut by a short window
        (
            "The fire caused $2 million in damage.",
            "Damage to the church and the hall beside it from the fire was put at $3.5 million.",
            True,
        ),
    ],
)
def test_the_cost_of_an_incidents_damage_is_the_storys(first: str, second: str, found: bool):
    from factcheck.extract.claims import claims_of

    published = dt.date(2024, 4, 14)
    sources = [source("a", f"A fire gutted a church in Kelby. {first}", published)]
    sources.append(source("b", f"A church in Kelby burned down. {second}", published))
    claims = [claim for text in sources for claim in claims_of(text)]
    findings = compare(sources, claims).discrepancies
    assert [d.fact for d in findings] == (["the cost of the damage in the story"] if found else [])


def test_each_players_contract_is_compared_with_that_players_own():
    first = source(
        "a",
        "The Vessberg Comets gave first baseman Ivo Marsh a $180 million contract on Thursday. "
        "The Comets also signed pitcher Dana Quist to a $14 million deal.",
    )
    second = source(
        "b",
        "Ivo Marsh and the Vessberg Comets agreed to a $150 million, eight-year deal on Thursday. "
        "The club earlier added Dana Quist on a two-year, $14 million contract.",
    )
    claims = canonicalise_claims([c for s in (first, second) for c in claims_of(s)])
    findings = compare([first, second], claims).discrepancies
    assert [(d.code, d.fact) for d in findings] == [("FC201", "the value of Ivo Marsh's deal")]


@pytest.mark.parametrize(
    ("first", "second", "found"),
    [
        (
            "Ivo Tamm, 40, was released on $20,000 bail after his arrest.",
            "He was held on $250,000 bail, a deputy said.",
            "the bail in the release of Ivo Tamm",
        ),
        ("He was held on $20,000 bail.", "He was held on $20,000 bail, a deputy said.", None),
        # the bail of each of two suspects, in one report: which one the other report's is cannot be told
        (
            "Ivo Tamm is held on $20,000 bail and Jo Reed on $50,000 bail.",
            "Ivo Tamm was held on $20,000 bail.",
            None,
        ),
    ],
)
def test_the_bail_of_the_one_suspect_is_the_storys(first: str, second: str, found: str | None):
    published = dt.date(2024, 4, 14)
    sources = [
        source("a", f"Deputies arrested Ivo Tamm in Kelby on Friday. {first}", published),
        source("b", f"Ivo Tamm was arrested in Kelby on Friday. {second}", published),
    ]
    claims = canonicalise_claims([c for s in sources for c in claims_of(s)])
    findings = compare(sources, claims).discrepancies
    assert [d.fact for d in findings] == ([found] if found else [])
