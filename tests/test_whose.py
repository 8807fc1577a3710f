"""compare.whose: which participant of the story an age given with one name alone is about."""

from __future__ import annotations

import datetime as dt

from claim_builders import source

from factcheck.compare import compare
from factcheck.extract.claims import canonicalise_claims, claims_of

SUNDAY = dt.date(2023, 4, 16)


def _ages(*texts: str) -> dict[str, list]:
    sources = [source(chr(ord("a") + i), text, SUNDAY) for i, text in enumerate(texts)]
    claims = canonicalise_claims([c for s in sources for c in claims_of(s)])
    facts = compare(sources, claims).facts
    return {f.name: [v.value for v in f.values] for f in facts if f.name.startswith("the age of")}


def test_an_age_given_with_a_first_name_alone_is_that_participants():
    facts = _ages(
        "Lena Ostrow and her son, Pim Ostrow, were found shot dead in Konya on Friday.",
        "Relatives said Pim, 4, loved trains. Lena Ostrow, 31, was a nurse.",
    )
    assert facts["the age of Pim Ostrow"] == [4]


def test_a_first_name_that_ends_someones_name_names_no_one():
    facts = _ages(
        "Pim Ostrow and Ola Pim were shot dead in Konya on Friday.",
        "Relatives said Pim, 4, loved trains.",
    )
    assert not facts


def test_a_first_name_two_participants_share_names_neither():
    facts = _ages(
        "Pim Ostrow and Pim Kask were shot dead in Konya on Friday.",
        "Relatives said Pim, 4, loved trains.",
    )
    assert not facts


def test_an_age_given_with_a_surname_alone_is_the_one_participant_of_that_name():
    # the second report never writes his given name
    facts = _ages(
        "Ivo Marsh was shot dead in Konya on Friday.",
        "A man was shot dead in Konya on Friday. Police said the 26-year-old Marsh was a cook.",
    )
    assert facts == {"the age of Ivo Marsh": [26]}


def test_a_surname_two_participants_share_names_neither():
    facts = _ages(
        "Ivo Marsh and Lena Marsh were shot dead in Konya on Friday.",
        "Two people were shot dead in Konya on Friday. Police said the 26-year-old Marsh was a cook.",
    )
    assert not facts
