"""FC701 place-mismatch: aliases resolved through canonical ids, containment through the gazetteer."""

from __future__ import annotations

from claim_builders import place, source

from factcheck.compare import compare

SOURCES = [source("a", "A report on the derailment."), source("b", "Another report on the derailment.")]


def _codes(claims):
    return [d.code for d in compare(SOURCES, claims).discrepancies]


def test_one_city_under_two_names_is_no_conflict():
    claims = [
        place("a", "in Salonika", "thessaloniki", "Salonika", "derail:train"),
        place("b", "in Thessaloniki", "thessaloniki", "Thessaloniki", "derail:train"),
    ]
    assert _codes(claims) == []


def test_two_different_places_conflict():
    claims = [
        place("a", "near Larissa", "larisa", "Larissa", "derail:train"),
        place("b", "near Thessaloniki", "thessaloniki", "Thessaloniki", "derail:train"),
    ]
    findings = compare(SOURCES, claims)
    assert [(d.code, d.severity.value) for d in findings.discrepancies] == [("FC701", "warning")]
    assert "Larissa" in findings.discrepancies[0].explanation


def test_a_city_and_its_country_are_no_conflict():
    claims = [
        place("a", "in Greece", "greece", "Greece", "derail:train"),
        place("b", "in Thessaloniki", "thessaloniki", "Thessaloniki", "derail:train"),
    ]
    assert _codes(claims) == []


def test_a_city_in_another_country_conflicts():
    claims = [
        place("a", "in Greece", "greece", "Greece", "derail:train"),
        place("b", "in Sheffield", "sheffield", "Sheffield", "derail:train"),
    ]
    assert _codes(claims) == ["FC701"]


def test_a_place_the_gazetteer_does_not_know_is_not_compared():
    claims = [
        place("a", "near Foxhollow Junction", "foxhollow_junction", "Foxhollow Junction", "derail:train"),
        place("b", "in Thessaloniki", "thessaloniki", "Thessaloniki", "derail:train"),
    ]
    assert _codes(claims) == []


def test_places_of_different_events_are_not_compared():
    claims = [
        place("a", "near Larissa", "larisa", "Larissa", "derail:train"),
        place("b", "in Thessaloniki", "thessaloniki", "Thessaloniki", "protest:unions"),
    ]
    assert _codes(claims) == []
