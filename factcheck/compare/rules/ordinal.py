"""One person is given two different ordinals of the same title.

What it finds: two claims that number one person differently in one series
of title holders: "Matt Smith, the 11th Doctor" against "Matt Smith, the
12th Doctor".

Why: a holder's place in a numbered series is normally fixed.

Example: "Jane Roe, the city's 40th mayor" against "the 41st mayor, Jane
Roe" is reported.

Not flagged: different titles ("12th Doctor", "3rd Companion"); different
organisations; different people. Some offices can be held twice with two
numbers (a US president serving non-consecutive terms is both the 22nd and
the 24th): that is why this rule is a warning, to be read, not an error.

Configure: disable with ``disable = ["FC502"]`` in ``factcheck.toml`` (or ``[tool.factcheck]``).
"""

from __future__ import annotations

from factcheck.compare.rules import Conflict, Rule, RuleContext
from factcheck.compare.rules.title import same_person
from factcheck.records import Severity
from factcheck.values import ordinal_word


def check(a, b, ctx: RuleContext) -> Conflict | None:
    if a.kind != "role" or b.kind != "role":
        return None
    first, second = a.value, b.value
    if first.ordinal is None or second.ordinal is None or first.ordinal == second.ordinal:
        return None
    if first.title.lower() != second.title.lower() or first.organisation != second.organisation:
        return None
    if not same_person(first.person, second.person):
        return None
    return Conflict(
        f"{first.person} is called the {ordinal_word(first.ordinal)} and the {ordinal_word(second.ordinal)} "
        f"{first.title}."
    )


RULE = Rule(code="FC502", name="ordinal-mismatch", severity=Severity.warning, doc=__doc__, check=check)
