"""compare.standings: teams' win-loss records, each team known by its town or its nickname."""

from __future__ import annotations

from factcheck.compare.standings import nicknames, standing_readings, standings, team_key
from factcheck.read.segment import segment_source
from factcheck.records import Source


def _source(text: str) -> Source:
    return Source(id="s", path="s.txt", text=text, content_hash="test")


def _records(text: str, people: tuple[str, ...] = ()) -> list[tuple[str, int, int]]:
    source = _source(text)
    found = standings(source, segment_source(source), lambda name: name in people)
    return [(s.team, s.wins, s.losses) for s in found]


def test_a_record_in_parentheses_after_a_team_is_read():
    assert _records("The Otters (8-3) won again.") == [("Otters", 8, 3)]
    assert _records("It was a rout for Springfield (8-3, 4-1 away).") == [("Springfield", 8, 3)]


def test_a_record_that_rose_fell_or_stands_is_read():
    assert _records("The Otters' record improved to 7-3.") == [("Otters", 7, 3)]
    assert _records("The Herons fell to 2-9 with the loss.") == [("Herons", 2, 9)]
    assert _records("The Otters stand at 8-3.") == [("Otters", 8, 3)]


def test_the_record_a_result_took_its_subject_to_is_read():
    assert _records("The Otters beat the Herons 27-24 on Sunday to improve to 8-3.") == [("Otters", 8, 3)]
    assert _records("Springfield lost to the Otters 20-13, its third loss, to fall to 5-6.") == [
        ("Springfield", 5, 6)
    ]
    people = ("Ivo Marsh",)
    assert _records("Ivo Marsh stopped Al Ray in the third round to improve to 37-2.", people) == [
        ("Ivo Marsh", 37, 2)
    ]


def test_a_score_before_another_sentences_record_is_no_record_of_its_team():
    assert _records("The Otters beat the Herons 27-24. It was a day to remember.") == []
    assert _records("The Otters beat the Herons 27-24 to go to the final.") == []


def test_a_seasons_record_given_to_a_team_is_read():
    assert _records("The Otters' 7-3 season is their best start in years.") == [("Otters", 7, 3)]
    assert _records("Nobody expected the Herons' 2-9 record to get worse.") == [("Herons", 2, 9)]


def test_a_seasons_record_in_a_sentence_naming_another_season_is_not_read():
    assert _records("The Otters had a 2-14 season in 2011.") == []
    assert _records("It was a long way from the Herons' 3-13 record last year.") == []


def test_a_record_with_ties_gives_its_wins_and_losses():
    assert _records("The Otters (8-2-1) kept first place.") == [("Otters", 8, 2)]


def test_scores_are_not_records():
    assert _records("The Otters beat the Herons 27-20 on Sunday.") == []
    assert _records("Springfield took a 14-7 lead.") == []


def test_a_persons_record_that_rose_or_stands_is_read_as_theirs():
    assert _records("Ivo Marsh, 37, improved to 37-2.", people=("Ivo Marsh",)) == [("Ivo Marsh", 37, 2)]
    assert _records("The 30-year-old Marsh is now 24-1.", people=("Marsh",)) == [("Marsh", 24, 1)]
    (standing,) = standings(
        _source("Marsh is now 24-1."), segment_source(_source("Marsh is now 24-1.")), bool
    )
    assert standing.person


def test_a_persons_record_raised_or_in_apposition_is_read():
    people = ("Ivo Marsh", "Marsh")
    assert _records("Ivo Marsh, 37, improved his record to 37-2.", people) == [("Ivo Marsh", 37, 2)]
    assert _records("Marsh, now 24-1, won again.", people) == [("Marsh", 24, 1)]


def test_a_fighters_knockouts_after_the_record_are_a_third_count():
    source = _source("Ivo Marsh improved to 37-2 with 30 knockouts.")
    (standing,) = standings(source, segment_source(source), lambda name: True)
    claims = standing_readings(source, standing, "ivo_marsh")
    assert [(c.value.counted, c.value.low) for c in claims] == [
        ("wins", 37),
        ("losses", 2),
        ("knockouts", 30),
    ]
    source = _source("Ivo Marsh improved to 37-2.")
    (standing,) = standings(source, segment_source(source), lambda name: True)
    assert [c.value.counted for c in standing_readings(source, standing, "ivo_marsh")] == ["wins", "losses"]


def test_a_persons_record_of_some_games_only_is_not_read():
    assert _records("Ivo Marsh is now 24-1 in his career.", people=("Ivo Marsh",)) == []
    assert _records("Ivo Marsh improved to 9-0 at home this season.", people=("Ivo Marsh",)) == []
    assert _records("Ivo Marsh improved to 5-2 against left-handers.", people=("Ivo Marsh",)) == []


def test_a_persons_height_or_years_are_not_a_record():
    assert _records("Lio Maran (6-2) caught the ball.", people=("Lio Maran",)) == []
    assert _records("He coached Rockford (1994-99).") == []


def test_a_town_written_before_one_nickname_names_that_team():
    aliases = nicknames(["The Springfield Otters beat the Rockford Herons."])
    assert aliases == {"springfield": "otters", "rockford": "herons"}
    assert team_key("Springfield", aliases) == team_key("The Otters", aliases) == "otters"


def test_a_town_written_before_two_nicknames_names_neither():
    aliases = nicknames(["The New York Jets and the New York Giants met."])
    assert "new york" not in aliases


def test_a_record_is_read_as_the_teams_wins_and_losses():
    source = _source("Springfield (8-3) won.")
    (standing,) = standings(source, segment_source(source), lambda name: False)
    claims = standing_readings(source, standing, "otters")
    assert [(c.value.counted, c.value.low, c.subject, c.quote) for c in claims] == [
        ("wins", 8, "otters", "Springfield (8-3)"),
        ("losses", 3, "otters", "Springfield (8-3)"),
    ]


def test_a_text_is_known_to_give_no_records_only_when_it_gives_none():
    from factcheck.compare.standings import may_give_records

    for text in (
        "The Otters (8-3) won again.",
        "The Herons fell to 2-9 with the loss.",
        "The Otters stand at 8-3.",
    ):
        assert _records(text) and may_give_records(segment_source(_source(text)))
    for text in ("The Otters won 8-3 on Friday.", "Springfield beat the Herons."):
        assert not _records(text) and not may_give_records(segment_source(_source(text)))
