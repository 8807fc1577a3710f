"""FC501 title-holder-mismatch and FC502 ordinal-mismatch."""

from __future__ import annotations

import datetime as dt

from claim_builders import role, source

from factcheck.compare import compare
from factcheck.compare.rules.ordinal import is_edition
from factcheck.extract.claims import canonicalise_claims, claims_of

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


UNDATED = [source("a", "A report on the club.", None), source("b", "Another piece on the club.", None)]


def test_one_office_of_the_story_given_to_two_names_of_one_person_conflicts():
    claims = [
        role("a", "general manager T.J. Marlow", "T.J. Marlow", "general manager"),
        role("b", "general manager TJ Fenwick", "TJ Fenwick", "general manager"),
    ]
    findings = compare(UNDATED, claims).discrepancies
    assert [d.code for d in findings] == ["FC501"]
    assert "T.J. Marlow and TJ Fenwick are both named the current general manager;" in findings[0].explanation


def test_one_office_of_the_story_given_to_two_unlike_names_is_no_conflict():
    # two teams' coaches, each named without the team: nothing says they hold one office
    claims = [
        role("a", "head coach Ola Brant", "Ola Brant", "head coach"),
        role("b", "head coach Piet Sundqvist", "Piet Sundqvist", "head coach"),
    ]
    assert [d.code for d in compare(UNDATED, claims).discrepancies] == []


def test_a_shared_office_named_without_organisation_is_no_conflict():
    claims = [
        role("a", "assistant general manager T.J. Marlow", "T.J. Marlow", "assistant general manager"),
        role("b", "assistant general manager T.J. Fenwick", "T.J. Fenwick", "assistant general manager"),
    ]
    assert [d.code for d in compare(UNDATED, claims).discrepancies] == []


def test_holders_reported_months_apart_are_no_conflict():
    dated = [
        source("a", "A report on the club.", dt.date(2021, 1, 4)),
        source("b", "Another piece on the club.", dt.date(2021, 9, 4)),
    ]
    claims = [
        role("a", "general manager T.J. Marlow", "T.J. Marlow", "general manager"),
        role("b", "general manager TJ Fenwick", "TJ Fenwick", "general manager"),
    ]
    assert [d.code for d in compare(dated, claims).discrepancies] == []


def _story_codes(*texts: str) -> list[str]:
    sources = [source(chr(ord("a") + i), text, dt.date(2024, 10, 8)) for i, text in enumerate(texts)]
    claims = canonicalise_claims([c for s in sources for c in claims_of(s)])
    return [d.code for d in compare(sources, claims).discrepancies]


def test_two_edition_numbers_of_the_storys_event_conflict():
    codes = _story_codes(
        "Comedian Dana Quist will host the 72nd Tarrow Film Awards, organisers said on Monday.",
        "Dana Quist is returning to host the 71st Tarrow Film Awards, the academy said Monday.",
    )
    assert codes == ["FC502"]


def test_last_years_edition_beside_this_years_is_no_conflict():
    codes = _story_codes(
        "Comedian Dana Quist will host the 72nd Tarrow Film Awards, organisers said on Monday.",
        "Dana Quist, who also hosted last year's 71st Tarrow Film Awards, will host again, the academy said.",
    )
    assert codes == []


def test_numbered_names_of_no_event_held_again_are_no_editions():
    assert is_edition("Tarrow Film Awards") and is_edition("Kelby Bowl")
    assert not is_edition("World War") and not is_edition("Doctor") and not is_edition(None)
