"""compare.stat_lines: a player's count in the story's game, and what is not one."""

from __future__ import annotations

import datetime as dt

import pytest
from claim_builders import people_finder

from factcheck.compare.stat_lines import average_line, line_in_game, line_of_last_season
from factcheck.extract import extract_claims
from factcheck.read.segment import segment_source
from factcheck.records import Source

_people_in = people_finder("Ivo Marsh", "Lena Pask")


def _lines(text: str, read=line_in_game) -> dict[str, tuple[str, str, str] | None]:
    """Quote -> the line (in the game, or what ``read`` reads) each quantity of ``text`` is, if any."""
    source = Source(id="s", path="s.txt", text=text, content_hash="test", published=dt.date(2023, 2, 5))
    return {
        claim.quote: read(claim, text, _people_in)
        for claim in extract_claims(source, segment_source(source))
        if claim.kind == "quantity"
    }


def test_a_players_counts_after_a_verb_of_the_line_are_theirs() -> None:
    lines = _lines("Ivo Marsh scored 31 points, grabbed 12 rebounds and had five assists on Saturday.")
    assert lines == {
        "31 points": ("ivo_marsh", "", "point"),
        "12 rebounds": ("ivo_marsh", "", "rebound"),
        "five assists": ("ivo_marsh", "", "assist"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Marsh chipped in with 18 points.",
        "Ivo Marsh poured in 18 points.",
        "Ivo Marsh led the Otters with 18 points.",
    ],
)
def test_more_verbs_of_a_players_line(text: str) -> None:
    assert _lines(text) == {"18 points": ("ivo_marsh", "", "point")}


def test_a_career_high_is_the_games_count() -> None:
    lines = _lines("Ivo Marsh added 17 points and a career-high eight assists for the Otters.")
    assert lines == {"17 points": ("ivo_marsh", "", "point"), "eight assists": ("ivo_marsh", "", "assist")}


def test_runs_driven_in_are_runs_batted_in() -> None:
    assert _lines("Ivo Marsh drove in five runs.") == {"five runs": ("ivo_marsh", "", "rbi")}
    assert _lines("Ivo Marsh had four RBIs.") == {"four RBIs": ("ivo_marsh", "", "rbi")}


def test_yards_are_named_by_how_they_were_gained() -> None:
    assert _lines("Ivo Marsh threw for 305 yards.") == {"305 yards": ("ivo_marsh", "", "passing yard")}
    assert _lines("Ivo Marsh rushed for 96 yards.") == {"96 yards": ("ivo_marsh", "", "rushing yard")}


@pytest.mark.parametrize(
    ("text", "quote", "statistic"),
    [
        ("Ivo Marsh passed for 305 yards.", "305 yards", "passing yard"),
        ("Ivo Marsh completed 24 of 35 passes for 305 yards.", "305 yards", "passing yard"),
        ("Ivo Marsh finished 24-for-35 for 305 yards.", "305 yards", "passing yard"),
        ("Ivo Marsh ran 19 times for 88 yards.", "88 yards", "rushing yard"),
        ("Ivo Marsh added 88 yards on 19 carries.", "88 yards", "rushing yard"),
        ("Ivo Marsh caught six passes for 94 yards.", "94 yards", "receiving yard"),
        ("Ivo Marsh added 94 yards on six catches.", "94 yards", "receiving yard"),
        ("Ivo Marsh added 94 yards.", "94 yards", "yard"),
    ],
)
def test_yards_after_a_line_of_passes_runs_or_catches_are_named_by_it(
    text: str, quote: str, statistic: str
) -> None:
    assert _lines(text)[quote] == ("ivo_marsh", "", statistic)


def test_a_total_told_after_the_counts_clause_does_not_make_it_one() -> None:
    lines = _lines("Ivo Marsh had 28 points on Tuesday, breaking the school career scoring record.")
    assert lines["28 points"] == ("ivo_marsh", "", "point")


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Marsh is averaging 24 points a game this season.",
        "Ivo Marsh has scored 2,100 points in his career, a school record.",
        "Ivo Marsh scored 40 points last week against the Kites.",
        "Ivo Marsh ran for two yards to give the Otters the lead.",
        "Ivo Marsh passed to Lena Pask, who scored 12 points.",
        "The Otters scored 104 points.",
        "Ivo Marsh had 300 fans cheering for him.",
        "Ivo Marsh has scored 20 or more points in five of his last six games.",
    ],
)
def test_totals_plays_counts_of_no_named_player_and_other_things_are_no_line(text: str) -> None:
    lines = _lines(text)
    assert all(line is None or line[0] != "ivo_marsh" for line in lines.values()), lines


def _season_lines(text: str) -> dict[str, tuple[str, str, str] | None]:
    """Quote -> the line of the last season each quantity of ``text`` is, if any."""
    return _lines(text, line_of_last_season)


def test_a_players_counts_of_the_last_season_are_theirs_for_that_season() -> None:
    lines = _season_lines("Ivo Marsh hit .301 with 27 homers and 96 RBIs last season for the Owls.")
    assert lines == {
        "27 homers": ("ivo_marsh", "last season", "homer"),
        "96 RBIs": ("ivo_marsh", "last season", "rbi"),
    }
    assert _season_lines("Ivo Marsh had 41 home runs last year.") == {
        "41 home runs": ("ivo_marsh", "last season", "home run")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Marsh has 27 homers this season.",  # a season still going on: its total changes
        "Ivo Marsh hit 27 homers last season and 210 in his career.",
        "Ivo Marsh averaged 24 points a game last season.",
        "Ivo Marsh hit 27 homers in 2021.",  # another season, told by its year
        "The Owls drew 30,000 fans with 12 wins last season.",  # no player's line
    ],
)
def test_a_count_of_more_or_other_than_the_last_season_is_no_line_of_it(text: str) -> None:
    assert not any(_season_lines(text).values())


def _averages(text: str) -> dict[str, tuple[str, str, str] | None]:
    """Quote -> the average each quantity of ``text`` is, if any (a report of 5 February 2023)."""
    return _lines(
        text, lambda claim, text, people_in: average_line(claim, text, people_in, dt.date(2023, 2, 5))
    )


def test_a_players_average_is_theirs_as_of_the_reports_day() -> None:
    assert _averages("Ivo Marsh is averaging 23.1 points and 9 rebounds a game.") == {
        "23.1 points": ("ivo_marsh", "per game as of 2023-02-05", "point"),
        "9 rebounds": ("ivo_marsh", "per game as of 2023-02-05", "rebound"),
    }
    assert _averages("Ivo Marsh averaged 20.5 points per game last season.") == {
        "20.5 points": ("ivo_marsh", "per game last season", "point")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Marsh has averaged 18 points over his career.",  # a career's
        "Ivo Marsh scored 31 points on Saturday.",  # a game's
        "The team is averaging 110 points a game.",  # no player's
    ],
)
def test_a_career_a_game_or_a_teams_count_is_no_players_average(text: str) -> None:
    assert set(_averages(text).values()) == {None}
