"""FC702 residence-mismatch: one person said to live in two places."""

from __future__ import annotations

from claim_builders import entity

from factcheck.compare.rules import RuleContext
from factcheck.compare.rules.residence import check
from factcheck.records import EntityClaim


def _lives(source_id: str, name: str) -> EntityClaim:
    place_id = name.lower().replace(" ", "_")
    return entity(source_id, name, place_id, "place", name, subject="dana_vole", predicate="residence")


CTX = RuleContext({})


def test_two_towns_the_gazetteer_knows_conflict_both_ways():
    a, b = _lives("a", "Leeds"), _lives("b", "Sheffield")
    assert check(a, b, CTX) is not None and check(b, a, CTX) is not None


def test_a_town_and_its_country_agree():
    assert check(_lives("a", "Leeds"), _lives("b", "United Kingdom"), CTX) is None


def test_two_unknown_names_are_compared_as_names():
    assert check(_lives("a", "Carston"), _lives("b", "Hillmere"), CTX) is not None
    assert check(_lives("a", "Carston"), _lives("b", "North Carston"), CTX) is None


def test_a_big_city_against_an_unknown_name_is_not_compared():
    # the unknown name may be a neighbourhood of the city
    assert check(_lives("a", "Leeds"), _lives("b", "Hillmere"), CTX) is None


def test_a_small_town_against_an_unknown_name_is_two_towns():
    assert check(_lives("a", "Harrogate"), _lives("b", "Hillmere"), CTX) is not None
