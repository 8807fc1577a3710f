"""FC104 game-time-mismatch: one play put in two periods, or at two game clocks."""

from __future__ import annotations

from claim_builders import entity

from factcheck.compare.game_time import Period, clocks_in
from factcheck.compare.rules import RuleContext
from factcheck.compare.rules.game_time import check
from factcheck.records import EntityClaim


def _reading(source_id: str, identifier: str, name: str) -> EntityClaim:
    predicate = "play_period" if identifier.startswith("period") else "play_clock"
    return entity(source_id, name, identifier, "other", name, predicate=predicate)


def _period(source_id: str, period: Period) -> EntityClaim:
    return _reading(source_id, period.id, period.name)


def _clock(source_id: str, text: str) -> EntityClaim:
    [(_, _, clock, _)] = clocks_in(text)
    return _reading(source_id, clock.id, clock.written)


CTX = RuleContext({})


def test_two_quarters_of_one_play_conflict_both_ways():
    a, b = _period("a", Period("quarter", 3, 3)), _period("b", Period("quarter", 4, 4))
    assert check(a, b, CTX) is not None and check(b, a, CTX) is not None


def test_a_half_agrees_with_its_quarters_and_a_hockey_period_is_not_a_quarter():
    assert check(_period("a", Period("quarter", 3, 4)), _period("b", Period("quarter", 4, 4)), CTX) is None
    assert check(_period("a", Period("period", 2, 2)), _period("b", Period("quarter", 3, 3)), CTX) is None


def test_clocks_of_one_period_minutes_apart_conflict():
    a = _clock("a", "with 11:42 to play in the third quarter")
    b = _clock("b", "with 4:30 remaining in the third quarter")
    assert check(a, b, CTX) is not None


def test_clocks_a_few_seconds_apart_or_rounded_agree():
    a = _clock("a", "with 3:15 left in the fourth quarter")
    assert check(a, _clock("b", "with 3:08 to go in the fourth quarter"), CTX) is None
    assert (
        check(_clock("a", "with 3:15 to go"), _clock("b", "with just over three minutes left"), CTX) is None
    )


def test_clocks_of_different_scopes_are_not_compared():
    a = _clock("a", "with 11:42 to play in the third quarter")
    assert check(a, _clock("b", "with 2:00 left in the game"), CTX) is None
    assert check(a, _clock("b", "with 2:00 to play in the second quarter"), CTX) is None
