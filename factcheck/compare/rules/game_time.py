"""Two sources put one play of a game in different periods, or at game clocks that cannot both hold.

What it finds: one play of a match report (the same player's touchdown run,
interception or field goal, or the one tie of the game) that one report puts
in one period and another in a different one ("in the third quarter" against
"in the 4th quarter"), or at game clocks of the same period too far apart
("with 11:42 to play in the third quarter" against "with 4:30 remaining in
the third quarter").

How periods are compared: a half is its two quarters ("the second half"
agrees with "the third quarter"), overtime is no period of regulation, and a
hockey period or an inning compares only with its own kind. Clocks are
compared in the period they name (or both in none): a clock to the second is
read within 15 seconds (the snap and the whistle), one in whole minutes
("with four minutes left") as any clock that rounds to it, hedges ("just
over four minutes") as ranges.

Why: a play happens once, at one moment of the game; two periods or two
clocks for it cannot both be right.

Example: "Lena Ortiz picked off a pass in the third quarter" in one report,
"Ortiz's interception came in the fourth quarter" in another, of the only
interception either tells of Ortiz: reported, naming both quarters.

Not flagged: a period a sentence enters or leaves ("tied 17-17 heading into
the fourth quarter"); "early" or "late" in a period against a clock; a clock
of the game against one of a named period; plays the reports do not make one
(see the story frame in the README: the same player, the same kind, and the
same moment, the same score made, or the only such scoring play of the
player).

Configure: disable with ``disable = ["FC104"]`` in ``factcheck.toml`` (or ``[tool.factcheck]``).
"""

from __future__ import annotations

from factcheck.compare.game_time import clock_from_id, compatible_periods, period_from_id
from factcheck.compare.rules import Conflict, Rule, RuleContext
from factcheck.records import Severity


def check(a, b, ctx: RuleContext) -> Conflict | None:
    if a.kind != "entity" or b.kind != "entity" or a.value.id == b.value.id:
        return None
    first, second = period_from_id(a.value.id), period_from_id(b.value.id)
    if first is not None and second is not None:
        if compatible_periods(first, second) is not False:
            return None
        return Conflict(f"{a.value.name} and {b.value.name} are different periods of the game.")
    clocks = clock_from_id(a.value.id), clock_from_id(b.value.id)
    if None in clocks or clocks[0][0] != clocks[1][0]:
        return None
    (_, low, high), (_, other_low, other_high) = clocks
    if low <= other_high and other_low <= high:
        return None
    return Conflict(f"{a.value.name!r} and {b.value.name!r} are different moments of the game clock.")


RULE = Rule(code="FC104", name="game-time-mismatch", severity=Severity.warning, doc=__doc__, check=check)
