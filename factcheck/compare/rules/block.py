"""Two sources give different blocks of one street for where the story happened.

What it finds: a story whose reports give its address by the block ("in the
300 block of Pine Street") and name two different blocks of the same street
in different sentences.

Why: news copy names one block per street for a story's scene, the place a
victim was found, or an arrest; two blocks of one street are most often one
address written wrong, and the block identifies the scene for readers who
live there.

Example: one report says a man was found "in the 800 block of Quarry Road",
another that he died "in the 300 block of Quarry Road": reported, naming
both blocks.

Not flagged: blocks of different streets ("North Main Street" and "South
Main Street" are two streets); two blocks of one street in one sentence ("ran
from the 300 block to the 500 block of Pine Street": two places on purpose).
Abbreviations are read as the street's name ("W. Elm Ave." is "West Elm
Avenue").

Configure: disable with ``disable = ["FC703"]`` in ``factcheck.toml`` (or ``[tool.factcheck]``).
"""

from __future__ import annotations

from factcheck.compare.rules import Conflict, Rule, RuleContext
from factcheck.records import Severity


def check(a, b, ctx: RuleContext) -> Conflict | None:
    if a.kind != "entity" or b.kind != "entity" or a.value.id == b.value.id:
        return None
    return Conflict(f"The {a.value.name} and the {b.value.name} are different blocks of one street.")


RULE = Rule(code="FC703", name="block-mismatch", severity=Severity.warning, doc=__doc__, check=check)
