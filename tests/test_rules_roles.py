"""FC501 title-holder-mismatch and FC502 ordinal-mismatch."""

from __future__ import annotations

from claim_builders import role, source

from factcheck.compare import compare

SOURCES = [source("a", "A report on the show."), source("b", "Another piece on the show.")]


def _codes(claims):
    return [d.code for d in compare(SOURCES, claims).discrepancies]


def test_two_holders_of_one_numbered_title_conflict():
    claims = [
        role("a", "the 12th Doctor, Matt Smith", "Matt Smith", "doctor", 12),
        role("b", "Peter Capaldi, the 12th Doctor", "Peter Capaldi", "doctor", 12),
    ]
    findings = compare(SOURCES, claims)
    assert [(d.code, d.severity.value) for d in findings.discrepancies] == [("FC501", "warning")]
    assert "Matt Smith" in findings.discrepancies[0].explanation


def test_consecutive_numbers_of_one_title_are_no_conflict():
    claims = [
        role("a", "the 11th Doctor, Matt Smith", "Matt Smith", "doctor", 11),
        role("b", "Peter Capaldi, the 12th Doctor", "Peter Capaldi", "doctor", 12),
    ]
    assert _codes(claims) == []


def test_one_person_with_two_ordinals_of_one_title_conflicts():
    claims = [
        role("a", "Matt Smith, the 11th Doctor", "Matt Smith", "doctor", 11),
        role("b", "the 12th Doctor, Matt Smith", "Matt Smith", "doctor", 12),
    ]
    assert _codes(claims) == ["FC502"]


def test_a_short_form_of_the_name_is_the_same_holder():
    claims = [
        role("a", "the 12th Doctor, Matt Smith", "Matt Smith", "doctor", 12),
        role("b", "Smith, the 12th Doctor", "Smith", "doctor", 12),
    ]
    assert _codes(claims) == []


def test_a_then_holder_and_the_current_holder_are_no_conflict():
    claims = [
        role(
            "a",
            "then-defence minister A. Jones",
            "A. Jones",
            "defence minister",
            organisation="ruritania",
            tense="then",
        ),
        role("b", "Defence Minister B. Brown", "B. Brown", "defence minister", organisation="ruritania"),
    ]
    assert _codes(claims) == []


def test_two_current_holders_of_a_single_holder_office_conflict():
    claims = [
        role("a", "Defence Minister A. Jones", "A. Jones", "defence minister", organisation="ruritania"),
        role("b", "Defence Minister B. Brown", "B. Brown", "defence minister", organisation="ruritania"),
    ]
    assert _codes(claims) == ["FC501"]


def test_a_title_many_people_hold_is_no_conflict():
    claims = [
        role("a", "spokesperson A. Jones", "A. Jones", "spokesperson", organisation="state department"),
        role("b", "spokesperson B. Brown", "B. Brown", "spokesperson", organisation="state department"),
    ]
    assert _codes(claims) == []
