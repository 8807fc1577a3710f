"""compare.counting: what a story-wide count counts, named as the reports write it."""

from __future__ import annotations

import pytest
from claim_builders import count, source

from factcheck.compare.counting import counted_name, counted_noun, part_after
from factcheck.extract.claims import claims_of


def test_a_count_is_keyed_by_its_first_noun_and_named_by_its_phrase() -> None:
    claims = [
        count("a", "nearly 2,300 public comments", 2300, 2300, "public comments"),
        count("b", "2,300 public comments received", 2300, 2300, "public comments received"),
    ]
    assert counted_noun("public comments") == "public"
    assert counted_name("public", claims) == "public comments"


def test_the_phrase_most_reports_write_names_the_count() -> None:
    claims = [
        count("a", "3 wildlife groups", 3, 3, "wildlife groups"),
        count("b", "3 wildlife groups", 3, 3, "wildlife groups"),
        count("c", "3 wildlife charities", 3, 3, "wildlife charities"),
    ]
    assert counted_name("wildlife", claims) == "wildlife groups"


def test_a_count_of_one_word_is_named_by_its_plural() -> None:
    assert counted_name("engine", [count("a", "six engines", 6, 6, "engines")]) == "engines"
    assert counted_name("engine", []) == "engines"


def test_the_people_who_did_it_are_one_count_whatever_each_report_calls_them() -> None:
    assert counted_noun("gunmen") == counted_noun("armed robbers") == counted_noun("thieves")
    claims = [
        count("a", "three gunmen", 3, 3, "gunmen"),
        count("b", "two armed robbers", 2, 2, "armed robbers"),
        count("c", "three gunmen", 3, 3, "gunmen"),
    ]
    assert counted_name(counted_noun("gunmen"), claims) == "gunmen"


@pytest.mark.parametrize(
    ("text", "is_part"),
    [
        # whose the counted are: all of the ship's crew
        ("All 21 crew members of the freighter were freed.", False),
        ("Some 300 employees of the bank were sent home.", False),
        # a bare number, or a number after "of the", is a part of a whole
        ("Two of the five sailors were killed.", True),
        ("Divers found three sailors of the nine aboard.", True),
        ("Police arrested four more on Sunday.", True),
    ],
)
def test_of_after_a_counts_own_noun_says_whose_they_are_not_a_whole_they_are_part_of(
    text: str, is_part: bool
) -> None:
    claim = next(c for c in claims_of(source("a", text)) if c.kind == "quantity")
    assert (part_after(claim, text) is not None) is is_part
