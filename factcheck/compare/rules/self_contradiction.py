"""One source contradicts itself.

What it finds: any conflict of the other rules (time, quantity, age,
recurrence, ...) whose claims all come from a single source. The finding
keeps the underlying rule in its explanation ("FC101 inside one source: ...").

Why: a source at odds with itself is worth an editor's look, but it is not a
disagreement between sources, and most of the time the two values belong to
two things the text tells apart and the reading did not (the shooting and
the arrest two days later, the whole toll and one town's part of it); hence
the lowest severity, info, which shows it without failing the gate (from
Python, ``CompareOptions(severities={"FC801": Severity.warning})`` raises it).

Example: an article saying "the bridge opened in 1998" in one paragraph and
"the 1996 opening of the bridge" in another.

Not flagged here: a source that contradicts itself AND other sources; that is
one finding of the underlying rule, with the source's claims on both sides
(its own quotes are listed where they belong). A line repeated in one source
(a headline, standfirst and lede that say the same) agrees with itself.

Configure: disable with ``disable = ["FC801"]`` in ``factcheck.toml`` (or ``[tool.factcheck]``).
"""

from __future__ import annotations

from factcheck.compare.rules import Rule
from factcheck.records import Severity

RULE = Rule(code="FC801", name="self-contradiction", severity=Severity.info, doc=__doc__)
