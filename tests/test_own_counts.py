"""compare.own_counts: what one person did, counted."""

from __future__ import annotations

import datetime as dt

import pytest
from claim_builders import people_finder

from factcheck.compare.own_counts import count_done_by
from factcheck.extract import extract_claims
from factcheck.read.segment import segment_source
from factcheck.records import Source

_people_in = people_finder("Ola Vesk", "Ivo Marsh")


def _done(text: str) -> list[tuple[str, str, str] | None]:
    source = Source(id="s", path="s.txt", text=text, content_hash="test", published=dt.date(2022, 6, 10))
    return [
        count_done_by(claim, text, _people_in)
        for claim in extract_claims(source, segment_source(source))
        if claim.kind == "quantity"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Born in Tarnby, Ola Vesk recorded more than 40 albums.",
        "Ola Vesk, who was born in 1938, released 45 albums over six decades.",
    ],
)
def test_a_count_of_what_a_participant_did_is_that_persons(text: str) -> None:
    assert _done(text) == [("ola_vesk", "", "album")]


@pytest.mark.parametrize(
    "text",
    [
        "The label released 45 albums last year.",  # no one named did it
        "Ola Vesk said the band recorded 45 albums.",  # someone else between the name and the verb
        "Ola Vesk thanked Ivo Marsh, who recorded 45 albums with her.",  # the last named did it, after a comma
        "Ola Vesk shot three people at the club.",  # a toll of the incident, not a count of her own
    ],
)
def test_a_count_not_told_as_a_participants_doing_is_no_ones(text: str) -> None:
    assert all(found in (None, ("ivo_marsh", "", "album")) for found in _done(text))
    assert ("ola_vesk", "", "album") not in _done(text)
