"""Statements about a series of events that cannot all hold together.

What it finds: claims about the occurrences of one series (the visits of one
leader to one country, the summits of two leaders) that no set of occurrence
dates satisfies. Each claim becomes a constraint on that set:

- "for the first time in 24 years" (published June 2024): one occurrence
  about 24 years before, in 2000, and none between it and now;
- "his second visit since 2019": exactly one earlier occurrence between 2019
  and now; "his second in less than five years": exactly one in the last five
  years;
- "his second visit" (no window): exactly one earlier occurrence, ever;
  it is about the occurrence in the news when the text says so ("It is his
  second visit"), else it may be about any occurrence and says nothing;
- "she has three prior convictions": exactly three occurrences before the
  one in the news, which is the fourth; with no dated report, such counts
  and ordinals of the one in the news ("this is her second conviction") are
  still compared with each other, as of one time. A count is one person's
  record: two people's counts are two series;
- "first visited in July 2000": an occurrence in July 2000 and none before;
- "visited in 2000": an occurrence in 2000.

An occurrence in the news that the claim does not date is dated by the
story's earliest publication, the same for every source.

The checker finds the smallest sets of claims that cannot be satisfied
together and the fewest claims (counted by source) whose removal makes the
rest consistent; those form one side, the claims they contradict the other.
The explanation gives the arithmetic: "24 years before June 2024 is 2000;
one visit between 2019 and June 2024 contradicts none between 2000 and
June 2024".

Example: one report (June 2023) says the mayor visits Lyon "for the first
time in 10 years", another calls it "his second visit since 2020": 10 years
before June 2023 is June 2013, so there was no visit between then and now,
but a second visit since 2020 needs one between January 2020 and June 2023.

Why: ordinals and "first in N years" are among the claims sources most
often get wrong, and they can only be checked by reasoning over the series.

Not flagged: an ordinal without a window against "first in N years" ("his
second visit" and "first time in 24 years" are both true with visits in 2000
and 2024); different events of one series ("first summit" in 2019 and
"second summit" in 2023); claims about different series.

Configure: disable with ``disable = ["FC401"]`` in ``factcheck.toml`` (or ``[tool.factcheck]``).
"""

from __future__ import annotations

from factcheck.compare.rules import Rule
from factcheck.records import Severity

RULE = Rule(code="FC401", name="recurrence-conflict", severity=Severity.error, doc=__doc__)
