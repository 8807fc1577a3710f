"""compare.game_time: the period and the game clock of a play, as match reports write them."""

from __future__ import annotations

from factcheck.compare.game_time import (
    Period,
    clock_from_id,
    clocks_in,
    compatible_periods,
    period_from_id,
    periods_in,
)


def _periods(text: str) -> list[str]:
    return [period.name for *_, period in periods_in(text)]


def _clock(text: str) -> tuple[str, int, int]:
    [(_, _, clock, _)] = clocks_in(text)
    return clock.scope, clock.low, clock.high


def test_a_quarter_half_or_overtime_is_a_period_of_the_game():
    assert _periods("Ostrow picked off a pass late in the 4th quarter.") == ["the fourth quarter"]
    assert _periods("Brill added a second-quarter touchdown.") == ["the second quarter"]
    assert _periods("The Otters scored twice in the second half.") == ["the second half"]
    assert _periods("Fenwick won it with a kick in overtime.") == ["overtime"]


def test_a_period_a_sentence_enters_or_leaves_is_no_time_of_a_play():
    assert _periods("The teams were tied 10-10 heading into the fourth quarter.") == []
    assert _periods("The Herons led at the end of the third quarter.") == []
    assert _periods("Nobody scored after the first half.") == []


def test_a_half_is_its_two_quarters_and_overtime_is_no_quarter():
    second_half, third, fourth = Period("quarter", 3, 4), Period("quarter", 3, 3), Period("quarter", 4, 4)
    assert compatible_periods(second_half, third) is True
    assert compatible_periods(third, fourth) is False
    assert compatible_periods(Period("overtime", 0, 0), fourth) is False
    assert compatible_periods(Period("period", 2, 2), Period("quarter", 2, 2)) is None


def test_a_clock_to_the_second_is_read_within_the_slack_of_the_snap_and_the_whistle():
    assert _clock("It came with 11:42 to play in the third quarter.") == ("period:quarter:3-3", 687, 717)
    assert _clock("Kerr scored with 4 minutes, 48 seconds remaining.") == ("", 273, 303)


def test_a_clock_in_words_is_as_wide_as_its_hedge():
    assert _clock("Kerr scored with just over four minutes left.") == ("", 240, 285)
    assert _clock("Kerr scored with just under five minutes left.") == ("", 255, 300)
    assert _clock("Kerr scored with four minutes left in the game.") == ("game", 181, 299)


def test_ids_of_periods_and_clocks_read_back():
    period = Period("quarter", 3, 4)
    assert period_from_id(period.id) == period
    [(_, _, clock, _)] = clocks_in("with 4:30 remaining in the second quarter")
    assert clock_from_id(clock.id) == ("period:quarter:2-2", 255, 285)
