"""compare.bouts: the round a fight was stopped in, as the story's reports give it."""

from __future__ import annotations

import re

import pytest

from factcheck.compare.bouts import one_bout, stoppage_round_claims
from factcheck.read.segment import segment_source
from factcheck.records import Source

PEOPLE = {"Ivo Marsh": "ivo_marsh", "Marsh": "ivo_marsh", "Tal Brenn": "tal_brenn", "Brenn": "tal_brenn"}


def _people_in(text: str) -> list[tuple[int, int, str]]:
    found = []
    for name, person in PEOPLE.items():
        for match in re.finditer(rf"\b{name}\b", text):
            found.append((match.start(), match.end(), person))
    return found


def _rounds(text: str) -> list[tuple[tuple[str, str], int, str]]:
    source = Source(id="s", path="s.txt", text=text, content_hash="test")
    readings = stoppage_round_claims(source, segment_source(source), _people_in)
    return [(key, int(claim.value.low), claim.quote) for key, claim in readings]


@pytest.mark.parametrize(
    ("text", "number", "quote"),
    [
        (
            "Tal Brenn knocked out Ivo Marsh in the seventh round.",
            7,
            "knocked out Ivo Marsh in the seventh round",
        ),
        ("Brenn stopped Marsh in round 8 on Friday.", 8, "stopped Marsh in round 8"),
        ("Brenn knocked Marsh out in the 3rd round.", 3, "knocked Marsh out in the 3rd round"),
        ("Marsh was stopped in round nine.", 9, "Marsh was stopped in round nine"),
        ("It was a fifth-round knockout of Marsh.", 5, "fifth-round knockout of Marsh"),
        (
            "Brenn won by TKO of Marsh at 2:14 of the sixth round.",
            6,
            "TKO of Marsh at 2:14 of the sixth round",
        ),
    ],
)
def test_the_round_of_a_stoppage_is_the_stopped_persons(text: str, number: int, quote: str) -> None:
    assert _rounds(text) == [(("round", "ivo_marsh"), number, quote)]


@pytest.mark.parametrize(
    "text",
    [
        "Brenn floored Marsh in the third round.",  # a knockdown, not the end
        "Marsh rallied in the fifth round.",
        "Brenn won the 12-round bout on points.",
        "Marsh was knocked out in the third round of the cup.",  # a tournament's round
        "The Otters stopped the Herons in the third quarter.",
    ],
)
def test_a_round_that_is_not_a_stoppage_is_not_read(text: str) -> None:
    assert _rounds(text) == []


def test_a_stoppage_naming_no_one_is_the_storys_and_joins_the_one_person_stopped():
    unnamed = _rounds("The referee stopped the fight in the eighth round.")
    assert [key for key, _, _ in unnamed] == [("round", "")]
    source = Source(id="s", path="s.txt", text="Brenn stopped Marsh in the seventh round.", content_hash="t")
    named = stoppage_round_claims(source, segment_source(source), _people_in)
    source = Source(
        id="t", path="t.txt", text="The referee stopped the fight in the eighth round.", content_hash="u"
    )
    story = stoppage_round_claims(source, segment_source(source), _people_in)
    assert [key for key, _ in one_bout(named + story)] == [("round", "ivo_marsh"), ("round", "ivo_marsh")]


def test_two_people_stopped_keep_their_rounds_apart():
    source = Source(
        id="s",
        path="s.txt",
        text="Brenn stopped Marsh in the seventh round. Earlier, Marsh knocked out Tal Brenn in round 2.",
        content_hash="t",
    )
    readings = one_bout(stoppage_round_claims(source, segment_source(source), _people_in))
    assert [key for key, _ in readings] == [("round", "ivo_marsh"), ("round", "tal_brenn")]
