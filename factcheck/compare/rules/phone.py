"""Two sources give one telephone number with a digit wrong.

What it finds: a number readers are asked to call ("call police on 0163 488
7710", "contact the tip line at 555-014-2290") written in another report with
one digit left out, added or changed, or two neighbouring digits swapped.

Why: the appeal for witnesses is the one line of a crime or accident report
that readers act on; a misprinted number sends their calls to nobody or to
a stranger, and it is the slip a copy editor cannot see by reading.

Example: "call police on 0163 488 7710" in two reports and "contact them on
0163 488 770" in a third: reported, naming both numbers.

Not flagged: numbers that differ in more than one place (two services, such
as the police and a charity's line); numbers written differently with the
same digits ("(555) 014-2000" and "555-014-2000"); numbers of fewer than
seven digits (short codes such as "101"); numbers no word of calling comes
before in the sentence (a case or product number).

Configure: disable with ``disable = ["FC901"]`` in ``factcheck.toml`` (or ``[tool.factcheck]``).
"""

from __future__ import annotations

from factcheck.compare.phones import misprinted
from factcheck.compare.rules import Conflict, Rule, RuleContext
from factcheck.records import Severity


def check(a, b, ctx: RuleContext) -> Conflict | None:
    if a.kind != "entity" or b.kind != "entity" or not misprinted(a.subject, b.subject):
        return None
    return Conflict(
        f"{a.quote} and {b.quote} differ by one digit ({a.value.name}, {b.value.name}): one of them is the "
        "other written wrong."
    )


RULE = Rule(code="FC901", name="phone-number-mismatch", severity=Severity.warning, doc=__doc__, check=check)
