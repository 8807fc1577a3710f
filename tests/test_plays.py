"""compare.plays and compare.play_facts: a game's plays, which mentions are one play, and its facts."""

from __future__ import annotations

import factcheck
from factcheck.compare.play_facts import PLAY_ATTRIBUTES, play_readings
from factcheck.compare.plays import play_mentions, players_in
from factcheck.compare.rules import RuleContext
from factcheck.compare.rules.game_time import check as check_game_time
from factcheck.read.segment import segment_source
from factcheck.records import Source


def _sources(texts: tuple[str, ...]) -> tuple[list[Source], dict]:
    sources = [Source(id=f"r{i}", path=f"r{i}.txt", text=t, content_hash=str(i)) for i, t in enumerate(texts)]
    return sources, {s.id: [x for x in segment_source(s) if x.content] for s in sources}


def _facts(*texts: str) -> dict[str, list]:
    """Each play fact the reports give, by name, with each report's value."""
    sources, segments = _sources(texts)
    found: dict[str, list] = {}
    for (attribute, _, event, _), claim in play_readings(sources, segments, "game"):
        value = claim.value.low if claim.kind == "quantity" else claim.value.name
        found.setdefault(f"{PLAY_ATTRIBUTES[attribute]} of {event}", []).append((claim.source, value))
    return found


def _mentions(text: str) -> list[str]:
    sources, segments = _sources((text,))
    people_in, _ = players_in([text])
    return [m.kind for m in play_mentions(sources[0], segments[sources[0].id], people_in)]


def test_one_run_told_at_the_first_play_of_a_half_gives_each_reports_length():
    facts = _facts(
        "Tomas Brill ran for 140 yards, including a 62-yard dash on the first play of the second half.",
        "Brill's 64-yard touchdown run on the first play of the second half gave the Otters the lead.",
    )
    assert facts["the length of Tomas Brill's touchdown run"] == [("r0", 62), ("r1", 64)]


def test_a_pass_and_a_catch_are_one_play_told_from_its_two_ends():
    facts = _facts(
        "Nia Paulo threw a 40-yard touchdown pass to Odo Kerr in the third quarter.",
        "Odo Kerr hauled in a 40-yard touchdown catch in the fourth quarter.",
    )
    assert facts["the length of Odo Kerr's touchdown catch"] == [("r0", 40), ("r1", 40)]
    assert facts["the game period of Odo Kerr's touchdown catch"] == [
        ("r0", "the third quarter"),
        ("r1", "the fourth quarter"),
    ]


def test_a_players_touchdowns_are_not_one_when_a_report_counts_more_than_one():
    first = "Tomas Brill scored on a 5-yard touchdown run in the first quarter."
    assert (
        _facts(first, "Brill finished with two touchdowns and a 30-yard touchdown run in the fourth.") == {}
    )
    assert _facts(first, "Brill scored twice, once on a 30-yard touchdown run in the fourth quarter.") == {}


def test_a_players_touchdowns_are_not_one_when_a_report_tells_two():
    facts = _facts(
        "Tomas Brill had a 5-yard touchdown run. Brill later broke a 30-yard touchdown run.",
        "Brill's 30-yard touchdown run in the fourth quarter sealed it.",
    )
    assert facts == {"the length of Tomas Brill's touchdown run": [("r0", 30), ("r1", 30)]}


def test_one_kickers_field_goals_are_not_one_play_for_their_length():
    facts = _facts(
        "Lars Fenwick kicked a 45-yard field goal in the first quarter.",
        "Fenwick's 45-yard field goal in the third quarter put the Otters ahead.",
    )
    assert facts == {}


def test_a_tie_is_one_moment_of_the_game_even_with_no_play_named():
    facts = _facts(
        "Lars Fenwick's 31-yard field goal tied the game at 17-17 with 8:12 to play in the fourth quarter.",
        "The Herons pulled even, tying the game with 2:40 remaining in the fourth quarter.",
    )
    assert facts["the game clock of Lars Fenwick's field goal"] == [
        ("r0", "8:12 to play in the fourth quarter"),
        ("r1", "2:40 remaining in the fourth quarter"),
    ]


def test_a_sentence_that_goes_on_with_the_play_before_gives_its_moment():
    facts = _facts(
        "Kit Varga threw his second interception in the fourth quarter. Varga's pass was picked off by Remy Ostrow.",
        "Remy Ostrow intercepted Kit Varga in the third quarter.",
    )
    assert facts["the game period of Remy Ostrow's interception"] == [
        ("r0", "the fourth quarter"),
        ("r1", "the third quarter"),
    ]


def test_a_period_a_sentence_enters_is_not_the_plays():
    facts = _facts(
        "Remy Ostrow intercepted a pass in the third quarter.",
        "The game was tied 20-20 heading into the fourth quarter after Remy Ostrow picked off a pass.",
    )
    assert facts == {}


def test_a_moment_of_another_clause_is_not_the_plays():
    facts = _facts(
        "Remy Ostrow's interception return put the Otters ahead early and they hung on in the fourth quarter.",
        "Remy Ostrow returned an interception 20 yards in the first quarter.",
    )
    assert "the game period of Remy Ostrow's interception" not in facts


def test_plays_of_another_game_taken_back_or_only_compared_with_are_not_this_games():
    assert _mentions("Tomas Brill had a 75-yard touchdown run two weeks ago against the Herons.") == []
    assert _mentions("An interception by Remy Ostrow was overturned by a penalty.") == []
    assert _mentions("Fans hoped Tomas Brill would break off another 60-yard run.") == []
    assert _mentions("Ostrow's pick-six was his third of the season.") == []


def test_totals_are_not_plays():
    assert _mentions("Tomas Brill ran for 140 yards and the Otters gained 350 yards.") == []
    assert _mentions("Odo Kerr went in from the 6-yard line to end a 64-yard drive.") == []


def test_a_story_names_the_disputed_length_of_a_play(tmp_path):
    lead = "The Otters beat the Herons 24-20 on Sunday."
    (tmp_path / "a.md").write_text(
        f"---\npublished: 2021-05-04\n---\n{lead} Tomas Brill ran for 140 yards, including a 62-yard "
        "dash on the first play of the second half.\n"
    )
    (tmp_path / "b.md").write_text(
        f"---\npublished: 2021-05-04\n---\n{lead} Brill's 64-yard touchdown run on the first play of the "
        "second half gave the Otters the lead.\n"
    )
    report = factcheck.check(tmp_path)
    [finding] = [d for d in report.discrepancies if d.fact == "the length of Tomas Brill's touchdown run"]
    assert finding.code == "FC201"
    assert {c.quote for c in finding.claims} == {"62-yard dash", "64-yard touchdown run"}


def test_a_tie_of_no_score_is_not_the_one_tied_score_when_the_game_had_several():
    facts = _facts(
        "Lars Fenwick's 31-yard field goal tied the game at 17-17 with 8:12 to play in the fourth quarter.",
        "The Herons pulled even, tying the game with 2:40 remaining in the fourth quarter. There were four ties in all.",
    )
    assert facts == {}


def test_tying_a_shoe_is_no_tie_of_the_game():
    assert _mentions("He was tying his shoes on the sideline when the whistle blew.") == []


def test_a_player_given_no_role_has_the_one_role_the_story_gives_them():
    facts = _facts(
        "Remy Ostrow intercepted a pass in the third quarter.",
        "Ostrow's interception came in the fourth quarter.",
    )
    assert facts["the game period of Remy Ostrow's interception"] == [
        ("r0", "the third quarter"),
        ("r1", "the fourth quarter"),
    ]


def test_an_interception_returned_in_the_same_sentence_is_one_play_with_its_return_length():
    facts = _facts(
        "Remy Ostrow intercepted Kit Varga at midfield and returned it 44 yards to the end zone.",
        "Kit Varga was intercepted by Remy Ostrow, who returned the ball 47 yards.",
    )
    assert facts["the length of Remy Ostrow's interception"] == [("r0", 44), ("r1", 47)]


def test_an_interception_thrown_to_a_player_is_that_players():
    facts = _facts(
        "Kit Varga threw an interception to Remy Ostrow in the second quarter.",
        "Remy Ostrow picked off a pass in the first quarter.",
    )
    assert facts["the game period of Remy Ostrow's interception"] == [
        ("r0", "the second quarter"),
        ("r1", "the first quarter"),
    ]


def test_a_count_marks_the_players_of_its_own_clause_only():
    facts = _facts(
        "Nia Paulo passed for 280 yards and four touchdowns while Remy Ostrow intercepted a pass in the third quarter.",
        "Remy Ostrow intercepted a pass in the fourth quarter.",
    )
    assert facts["the game period of Remy Ostrow's interception"] == [
        ("r0", "the third quarter"),
        ("r1", "the fourth quarter"),
    ]


def test_a_tie_of_another_clause_is_not_the_plays():
    facts = _facts(
        "Odo Kerr caught a 2-yard touchdown pass with 11:05 remaining before Lars Fenwick tied the game.",
        "Odo Kerr caught a 2-yard touchdown pass with 8:40 remaining.",
        "Lars Fenwick tied the game at 27-27 with 5:10 remaining.",
    )
    assert "the game clock of the 27-27 tie" not in facts
    assert facts["the game clock of Odo Kerr's touchdown catch"] == [
        ("r0", "11:05 remaining"),
        ("r1", "8:40 remaining"),
    ]


def test_a_tie_of_no_score_told_in_another_period_is_another_tie():
    facts = _facts(
        "Lars Fenwick's 31-yard field goal tied the game at 17-17 with 8:12 to play in the fourth quarter.",
        "The Herons tied the game with 2:40 remaining in the second quarter.",
    )
    assert facts == {}


def test_a_pair_of_scoring_plays_counts_more_than_one():
    first = "Odo Kerr hauled in a 40-yard touchdown catch in the third quarter."
    assert _facts(first, "Kerr caught a pair of touchdown passes, the last a 12-yard touchdown catch.") == {}
    assert _facts(first, "Kerr had two scoring catches, including a 12-yard touchdown catch late.") == {}


def test_only_the_reports_of_a_game_are_read_for_plays():
    sources, segments = _sources(
        (
            "Remy Ostrow intercepted a pass in the third quarter.",
            "Remy Ostrow intercepted a pass in the fourth quarter.",
        )
    )
    assert play_readings(sources, segments, "shooting") == []
    assert play_readings(sources, segments, "game") != []


def test_a_rushing_touchdown_is_a_touchdown_run():
    facts = _facts(
        "Tomas Brill opened the second half with a 62-yard rushing touchdown.",
        "Tomas Brill broke a 64-yard touchdown run in the third quarter.",
    )
    assert facts["the length of Tomas Brill's touchdown run"] == [("r0", 62), ("r1", 64)]


def test_another_scoring_chance_counts_no_second_play():
    facts = _facts(
        "Tomas Brill fumbled at the 10, wasting another scoring chance. Brill had a 62-yard touchdown run.",
        "Tomas Brill broke a 64-yard touchdown run.",
    )
    assert facts["the length of Tomas Brill's touchdown run"] == [("r0", 62), ("r1", 64)]


def test_picking_off_two_passes_or_scoring_three_times_counts_more_than_one():
    first = "Remy Ostrow intercepted a pass in the third quarter."
    assert _facts(first, "Remy Ostrow picked off two passes, one in the fourth quarter.") == {}
    touchdown = "Tomas Brill broke a 62-yard touchdown run."
    assert _facts(touchdown, "Tomas Brill scored three times, once on a 9-yard touchdown run.") == {}


def test_a_field_goal_attempt_is_not_a_field_goal_made():
    facts = _facts(
        "Lars Fenwick kicked a 45-yard field goal on the first play of the second half.",
        "Fenwick's 52-yard field goal attempt on the first play of the second half hit the upright.",
    )
    assert "the length of Lars Fenwick's field goal" not in facts


def test_two_plays_of_one_kind_and_player_are_named_apart():
    facts = _facts(
        "Lars Fenwick kicked a 45-yard field goal on the first play of the second half. "
        "Fenwick later tied the game at 20-20 with a 30-yard field goal with 2:10 to play in the fourth quarter.",
        "Fenwick's 45-yard field goal on the first play of the second half cut the lead. "
        "Fenwick tied the game at 20-20 with a 30-yard field goal with 2:10 left in the fourth quarter.",
    )
    assert sorted(facts) == [
        "the game clock of Lars Fenwick's field goal of 30 yards",
        "the game period of Lars Fenwick's field goal of 30 yards",
        "the game period of Lars Fenwick's field goal of 45 yards",
        "the length of Lars Fenwick's field goal of 30 yards",
        "the length of Lars Fenwick's field goal of 45 yards",
    ]


def test_the_opening_kickoff_of_a_half_is_one_moment():
    facts = _facts(
        "Jo Tamm returned the opening kickoff of the second half 96 yards for a touchdown.",
        "Jo Tamm's 98-yard kickoff return on the second-half kickoff put the Otters ahead.",
    )
    assert facts["the length of Jo Tamm's return"] == [("r0", 96), ("r1", 98)]


def test_a_run_told_by_its_verb_or_scored_on_is_a_touchdown_run():
    facts = _facts(
        "Tomas Brill raced 71 yards for a touchdown in the third quarter.",
        "Tomas Brill scored on a 73-yard run in the third quarter.",
    )
    assert facts["the length of Tomas Brill's touchdown run"] == [("r0", 71), ("r1", 73)]
    # a catch run in is no run
    assert _mentions("Odo Kerr caught a short pass and raced 40 yards for a touchdown.") == []


def test_a_long_scoring_play_of_a_player_who_scored_twice_is_told_apart_by_its_length():
    facts = _facts(
        "Tomas Brill ran for 132 yards and two touchdowns, the first a 4-yard touchdown run.",
        "Tomas Brill broke a 58-yard touchdown run in the third quarter.",
        "Brill's 58-yard touchdown run in the fourth quarter put the game away.",
    )
    assert facts == {
        "the game period of Tomas Brill's touchdown run": [
            ("r1", "the third quarter"),
            ("r2", "the fourth quarter"),
        ],
        "the length of Tomas Brill's touchdown run": [("r1", 58), ("r2", 58)],
    }
    # short ones are not: a player may score twice from the 1
    assert (
        _facts(
            "Tomas Brill scored twice, once on a 1-yard touchdown run in the first quarter.",
            "Brill's 1-yard touchdown run in the fourth quarter sealed it.",
        )
        == {}
    )


def test_a_clock_in_a_sentence_naming_the_period_is_the_time_left_in_it():
    sources, segments = _sources(
        (
            "Odo Kerr caught a 9-yard touchdown pass with 3:15 to go in the fourth quarter.",
            "Odo Kerr caught a 9-yard touchdown pass in the fourth quarter with 8:10 left.",
        )
    )
    clocks = [
        claim
        for (attribute, *_), claim in play_readings(sources, segments, "game")
        if attribute == "play_clock"
    ]
    assert [c.quote for c in clocks] == ["with 3:15 to go in the fourth quarter", "with 8:10 left"]
    assert check_game_time(*clocks, RuleContext({})) is not None


def test_an_interception_returns_possessor_made_the_interception():
    facts = _facts(
        "Remy Ostrow's 35-yard interception return came in the first quarter.",
        "Remy Ostrow's 35-yard interception return came in the second quarter.",
    )
    assert facts["the game period of Remy Ostrow's interception"] == [
        ("r0", "the first quarter"),
        ("r1", "the second quarter"),
    ]
