"""compare.scores: the final score of the story's game, as a report's first sentences give it."""

from __future__ import annotations

import pytest

from factcheck.compare.scores import LOSER, WINNER, final_score_claims
from factcheck.read.segment import segment_source
from factcheck.records import Source


def _score(text: str) -> dict[str, tuple[int, str]]:
    source = Source(id="s", path="s.txt", text=text, content_hash="test")
    segments = [s for s in segment_source(source) if s.content]
    return {side: (int(claim.value.low), claim.quote) for side, claim in final_score_claims(source, segments)}


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The Otters beat the Herons 31-24 on Sunday.", "31-24"),
        ("Tarrow defeated Kelby 31-24 at home.", "31-24"),
        ("The Herons fell to the Otters 24-31 on Sunday.", "24-31"),
        ("Ivo Marsh threw three touchdowns in a 31-24 win over the Herons.", "31-24"),
        ("The Otters won 31-24, and Ivo Marsh threw three touchdowns.", "31-24"),
        ("Ivo Marsh led the Otters past the Herons 31-24 on Sunday.", "31-24"),
        ("The Otters held off the Herons 31-24 on Sunday night.", "31-24"),
        ("The Otters outscored the Herons 31-24.", "31-24"),
    ],
)
def test_a_score_a_verb_or_noun_of_winning_takes_is_the_winners_and_the_losers_points(
    text: str, quote: str
) -> None:
    assert _score(text) == {WINNER: (31, quote), LOSER: (24, quote)}


@pytest.mark.parametrize(
    "text",
    [
        "The Otters improved to 8-3 on Sunday.",  # a record
        "With the loss, the Herons fell to 2-9.",
        "The Otters led 14-7 at halftime.",  # a score at a moment of the game
        "The Otters beat the Herons 31-24 last season.",  # another game
        "The Otters beat the Herons 31-24 on Sunday. The Kites beat the Larks 20-17.",  # two games
    ],
)
def test_a_record_a_moments_score_another_games_or_two_games_give_no_final_score(text: str) -> None:
    assert _score(text) == {}


def test_only_the_first_sentences_are_read() -> None:
    assert _score("It rained. Fans sang. The band played. The Otters beat the Herons 31-24.") == {}
    assert _score("It rained. Fans sang. The Otters beat the Herons 31-24.")[WINNER] == (31, "31-24")
