"""FC701 place-mismatch: aliases resolved through canonical ids, containment through id paths."""

from __future__ import annotations

from claim_builders import place, source

from factcheck.compare import compare

SOURCES = [source("a", "A report on the derailment."), source("b", "Another report on the derailment.")]


def _codes(claims):
    return [d.code for d in compare(SOURCES, claims).discrepancies]


def test_one_city_under_two_names_is_no_conflict():
    claims = [
        place("a", "in Salonika", "gr/thessaloniki", "Salonika", "derail:train"),
        place("b", "in Thessaloniki", "gr/thessaloniki", "Thessaloniki", "derail:train"),
    ]
    assert _codes(claims) == []


def test_two_different_places_conflict():
    claims = [
        place("a", "near Larissa", "gr/larissa", "Larissa", "derail:train"),
        place("b", "near Thessaloniki", "gr/thessaloniki", "Thessaloniki", "derail:train"),
    ]
    findings = compare(SOURCES, claims)
    assert [(d.code, d.severity.value) for d in findings.discrepancies] == [("FC701", "warning")]
    assert "Larissa" in findings.discrepancies[0].explanation


def test_a_city_and_its_country_are_no_conflict():
    claims = [
        place("a", "in Greece", "gr", "Greece", "derail:train"),
        place("b", "in Thessaloniki", "gr/thessaloniki", "Thessaloniki", "derail:train"),
    ]
    assert _codes(claims) == []


def test_places_of_different_events_are_not_compared():
    claims = [
        place("a", "near Larissa", "gr/larissa", "Larissa", "derail:train"),
        place("b", "in Thessaloniki", "gr/thessaloniki", "Thessaloniki", "protest:unions"),
    ]
    assert _codes(claims) == []
