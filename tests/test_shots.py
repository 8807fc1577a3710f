"""compare.shots: the shots one person fired."""

from __future__ import annotations

import datetime as dt

import pytest
from claim_builders import people_finder

from factcheck.compare.shots import shots_fired_by, times_hit_of
from factcheck.extract import extract_claims
from factcheck.read.segment import segment_source
from factcheck.records import Source

_people_in = people_finder("Ivo Marsh", "Lena Pask")


def _fired(text: str) -> list[tuple[str, str, str] | None]:
    source = Source(id="s", path="s.txt", text=text, content_hash="test", published=dt.date(2022, 6, 10))
    return [
        shots_fired_by(claim, text, _people_in)
        for claim in extract_claims(source, segment_source(source))
        if claim.kind == "quantity"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors said Ivo Marsh fired 11 shots at the couple.",
        "Police said Ivo Marsh, 34, allegedly fired at least 11 rounds from a rifle.",
    ],
)
def test_the_shots_a_participant_fired_are_that_persons(text: str) -> None:
    assert _fired(text) == [("ivo_marsh", "", "shot fired")]


@pytest.mark.parametrize(
    "text",
    [
        "Officers said 11 shots were fired near the bar.",  # no one fired them, as told
        "Ivo Marsh said the gunman fired 11 shots.",  # the one who fired them is not named
        "Ivo Marsh was hit by two of the 11 shots fired.",  # hit, not fired
    ],
)
def test_shots_told_without_who_fired_them_are_no_ones(text: str) -> None:
    assert all(found is None for found in _fired(text))


def _hit(text: str) -> list[tuple[str, str, str] | None]:
    source = Source(id="s", path="s.txt", text=text, content_hash="test", published=dt.date(2022, 6, 10))
    claims = extract_claims(source, segment_source(source))
    return [times_hit_of(claim, text, _people_in) for claim in claims if claim.kind == "quantity"]


def test_how_often_a_named_person_was_shot_is_that_persons():
    assert _hit("Ivo Marsh, 19, was shot five times outside his home.") == [("ivo_marsh", "", "time shot")]
    assert _hit("Lena Pask was stabbed at least 20 times.") == [("lena_pask", "", "time stabbed")]


def test_how_often_someone_unnamed_was_shot_is_no_ones():
    assert _hit("A man was shot five times outside his home.") == [None]
    # the shooter's shots are the shots fired, not how often anyone was hit
    assert _hit("Ivo Marsh fired four times.") == [None]
