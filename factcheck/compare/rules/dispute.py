"""Attributed speakers disagree: a dispute to report, not an error of the sources.

What it finds: a conflict of the other rules in which every claim on at least
one side is attributed to someone ("Ukrainian officials say ...", "according to
the agency ...", "the US accused ..., a claim both countries denied") and the
sides have different speakers. The sources faithfully report what different
people say; the disagreement is between the speakers.

Why: "officials say 12 died, the agency says 10" is news, not a mistake; an
editor wants to know about it, but it must not fail a publication gate.
Hence severity info.

Example: "Police said two people were killed", and in another report
"hospital officials said three people died": reported as a dispute between
police and hospital officials.

Not flagged: the same speaker quoted with two values (that stays a conflict of
the underlying rule), and so is one speaker named shorter or longer ("the
survey", "the geological survey") or a company quoted as "the company" in one
report and by its name in another; the police however a report names them
("police", "the sheriff's office", "investigators", a person titled with a
police rank such as "Chief Jo Reed" or "Sgt. Jo Reed": one party, so their
disagreement stays a conflict); overlapping values ("dozens" and "about 50"
missiles from two speakers agree).

Configure: disable with ``disable = ["FC802"]`` in ``factcheck.toml`` (or ``[tool.factcheck]``).
"""

from __future__ import annotations

from factcheck.compare.rules import Rule
from factcheck.records import Severity

RULE = Rule(code="FC802", name="speaker-dispute", severity=Severity.info, doc=__doc__)
