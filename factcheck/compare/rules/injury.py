"""Two sources put one person's injury in different parts of the body.

What it finds: a story that names where a person was hurt ("broke his right
fibula", "a torn ACL", "(sprained left ankle)") in two reports, with parts
that cannot be one injury, or one part on two sides.

Why: the injury is often the news itself (a player out for the season, a
climber's fall), and a wrong bone or the wrong knee is a factual error
readers notice.

Example: one report says a running back "broke his right fibula", another
lists him with a "broken tibia": reported, naming both quotes.

Not flagged: one part told more broadly ("a broken leg" beside "a fractured
fibula"; "a knee injury" and "a torn ACL"); a side given by one report only;
a person a report gives two injuries (hurt more than once); a gunshot's or
a stabbing's wound (a victim may have several); an injury told with a year
or a word of another occasion ("tore his ACL in 2019").

Configure: disable with ``disable = ["FC704"]`` in ``factcheck.toml`` (or ``[tool.factcheck]``).
"""

from __future__ import annotations

from factcheck.compare.injuries import compatible
from factcheck.compare.rules import Conflict, Rule, RuleContext
from factcheck.records import Severity


def check(a, b, ctx: RuleContext) -> Conflict | None:
    if a.kind != "entity" or b.kind != "entity" or compatible(a.value.id, b.value.id):
        return None
    return Conflict(f"An injury to the {a.value.name} is not one to the {b.value.name}.")


RULE = Rule(code="FC704", name="injury-mismatch", severity=Severity.warning, doc=__doc__, check=check)
