"""compare.charges: the counts of an offence one person is charged with."""

from __future__ import annotations

import datetime as dt

import pytest
from claim_builders import people_finder

from factcheck.compare.charges import counts_charged
from factcheck.extract import extract_claims
from factcheck.read.segment import segment_source
from factcheck.records import Source

_people_in = people_finder("Ivo Marsh", "Lena Pask")


def _charged(text: str) -> list[tuple[str, str, str] | None]:
    source = Source(id="s", path="s.txt", text=text, content_hash="test", published=dt.date(2022, 6, 10))
    return [
        counts_charged(claim, text, _people_in)
        for claim in extract_claims(source, segment_source(source))
        if claim.kind == "quantity"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Marsh was charged with three counts of attempted murder.",
        "Ivo Marsh faces three counts of attempted murder, police said.",
        "Ivo Marsh pleaded not guilty to three counts of attempted murder.",
        "A jury on Friday convicted Ivo Marsh of three counts of attempted murder.",
        "Ivo Marsh was found guilty Thursday of three counts of attempted murder.",
        "Ivo Marsh, 30, was found guilty of three counts of attempted murder.",
        # after the person's age, or other offences listed before the count
        "A jury convicted Ivo Marsh, 34, of robbery and three counts of attempted murder.",
        "Jurors found Ivo Marsh guilty of arson, robbery and three counts of attempted murder.",
        "Ivo Marsh was charged with second-degree assault and three counts of attempted murder.",
    ],
)
def test_the_counts_a_named_person_is_charged_with_are_theirs(text: str) -> None:
    assert _charged(text) == [("ivo_marsh", "", "count attempted murder")]


@pytest.mark.parametrize(
    "text",
    [
        "Police said three counts of attempted murder were filed.",
        "Ivo Marsh told police that Lena Pask faces three counts of arson.",
        "Ivo Marsh was charged with three men in the attack.",
        "Ivo Marsh was charged with arson and Lena Pask with three counts of arson.",
    ],
)
def test_counts_of_no_named_person_or_of_someone_else_are_not_theirs(text: str) -> None:
    assert ("ivo_marsh", "", "count attempted murder") not in _charged(text)
    assert not any(found and found[0] == "ivo_marsh" for found in _charged(text))


def test_a_verdict_on_two_people_named_before_its_counts_is_neither_ones() -> None:
    assert _charged("A jury convicted Ivo Marsh and Lena Pask of three counts of arson.") == [None]
