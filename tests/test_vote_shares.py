"""compare.vote_shares: a candidate's share of the vote in the story's election, and what is not one."""

from __future__ import annotations

import datetime as dt

import pytest
from claim_builders import people_finder

from factcheck.compare.vote_shares import vote_share
from factcheck.extract import extract_claims
from factcheck.read.segment import segment_source
from factcheck.records import Source

_people_in = people_finder("Ivo Marsh", "Lena Pask")


def _shares(text: str) -> dict[str, str | None]:
    """Quote -> whose share of the vote each percentage of ``text`` is, if anyone's."""
    source = Source(id="s", path="s.txt", text=text, content_hash="test", published=dt.date(2024, 5, 13))
    return {
        claim.quote: vote_share(claim, text, _people_in)
        for claim in extract_claims(source, segment_source(source))
        if claim.kind == "quantity"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ivo Marsh won re-election on Sunday with 54 percent of the vote.", {"54 percent": "ivo_marsh"}),
        (
            "Ivo Marsh was elected mayor, winning 58 percent of the vote against 38 percent for Lena Pask.",
            {"58 percent": "ivo_marsh", "38 percent": "lena_pask"},
        ),
        ("Lena Pask received 61% of the ballots cast.", {"61%": "lena_pask"}),
        (
            "Lena Pask was re-elected mayor of Kestrel Bay on Sunday night, winning 58 percent of the vote.",
            {"58 percent": "lena_pask"},
        ),
        # the participle's share is the main clause's subject's, not that of the one it defeated
        (
            "Lena Pask unseated Mayor Ivo Marsh on Tuesday, winning 57 percent of the vote.",
            {"57 percent": "lena_pask"},
        ),
        # the share after the one defeated and "with" is the winner's
        ("Lena Pask defeated Ivo Marsh with 55 percent of the vote.", {"55 percent": "lena_pask"}),
        (
            "Lena Pask kept her seat in the election on Tuesday, beating challenger Ivo Marsh with 53 percent.",
            {"53 percent": "lena_pask"},
        ),
    ],
)
def test_a_candidates_share_of_the_vote_is_theirs(text: str, expected: dict[str, str]) -> None:
    assert _shares(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no vote: a rate, a pay rise
        "Ivo Marsh won a 54 percent pay rise.",
        # turnout is nobody's share
        "Turnout in the election was 62 percent.",
        # a poll, a count not yet finished, another round, another election
        "Polls before the election gave Ivo Marsh 48 percent of the vote.",
        "With 80 percent of precincts reporting, Ivo Marsh had won 51 percent of the vote.",
        "Ivo Marsh won 44 percent of the vote in the first round.",
        "Ivo Marsh won 47 percent of the vote in 2019.",
        # someone named between the verb and the share
        "Ivo Marsh won, with Lena Pask on 40 percent of the vote.",
    ],
)
def test_other_percentages_are_no_ones_share(text: str) -> None:
    assert all(owner is None for owner in _shares(text).values())
