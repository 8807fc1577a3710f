"""Whom a speaker speaks for: police ranks, the police by other names, and other services."""

from __future__ import annotations

import pytest
from claim_builders import role

from factcheck.compare.parties import distinct_parties, police_ranked


def _ranked(*titles: str) -> frozenset[str]:
    return police_ranked([role("a", title, f"person_{n}", title) for n, title in enumerate(titles)])


@pytest.mark.parametrize(
    "title", ["chief", "police chief", "Sgt", "detective sergeant", "assistant police chief"]
)
def test_a_person_titled_with_a_police_rank_speaks_for_the_police(title: str) -> None:
    assert _ranked(title) == {"person 0"}
    assert not distinct_parties(frozenset({"person 0"}), frozenset({"police"}), _ranked(title))


@pytest.mark.parametrize("title", ["fire chief", "deputy mayor", "mayor", "chief executive", "coach"])
def test_another_service_or_office_is_another_party(title: str) -> None:
    assert _ranked(title) == frozenset()
    assert distinct_parties(frozenset({"person 0"}), frozenset({"police"}), _ranked(title))


@pytest.mark.parametrize("other", ["the sheriff's office", "investigators", "detectives", "state police"])
def test_the_police_by_other_names_are_one_party(other: str) -> None:
    assert not distinct_parties(frozenset({"police"}), frozenset({other}))


def test_parties_compare_the_same_way_whichever_side_comes_first() -> None:
    police = _ranked("chief")
    for first, second in [({"person 0"}, {"hospital officials"}), ({"person 0"}, {"the sheriff's office"})]:
        sides = frozenset(first), frozenset(second)
        assert distinct_parties(*sides, police) == distinct_parties(*reversed(sides), police)


def test_speakers_of_other_parties_are_distinct_and_named_shorter_are_not() -> None:
    assert distinct_parties(frozenset({"police"}), frozenset({"hospital officials"}))
    assert not distinct_parties(frozenset({"the survey"}), frozenset({"the geological survey"}))
    assert not distinct_parties(frozenset({"officials"}), frozenset({"police"}))


def test_a_spokesperson_of_no_named_body_may_speak_for_any_party() -> None:
    for spokesperson in ("spokeswoman", "a spokesman", "spokesperson"):
        assert not distinct_parties(frozenset({spokesperson}), frozenset({"kastrin"}))


def test_the_companies_speaking_together_are_each_of_them() -> None:
    for together in ("the companies", "both companies", "the two firms"):
        assert not distinct_parties(frozenset({together}), frozenset({"tarrow mills"}))
    assert distinct_parties(frozenset({"tarrow mills"}), frozenset({"the union"}))
