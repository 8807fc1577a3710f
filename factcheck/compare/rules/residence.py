"""Two sources say the same person lives in different places.

What it finds: two statements of where one person of the story lives ("Jo
Reed, 36, of Easton", "Reed, who lived in Weston", "Easton resident Jo
Reed") that name places which cannot both be where the person lives.

How places are compared: places the gazetteer knows are compared as places
(a town and the country or state it is in agree); two names it does not
know (neighbourhoods, small towns) are compared as names, so "of College
Hill" and "who lived in Mill Park" disagree; a smaller town against an
unknown name is two towns.

Why: in news copy a person's place of residence, given once in the lead,
identifies them; a wrong town is a common slip.

Example: "Dana Vole, 41, of Carston" in one report and "Vole, who lived in
Hillmere" in another: reported, naming both places.

Not flagged: a city of a quarter of a million people or more against a name
the gazetteer does not know (a neighbourhood may lie in it); a town and its
state or country; where someone was born, went
to school, or was found (not their residence).

Configure: disable with ``disable = ["FC702"]`` in ``factcheck.toml`` (or ``[tool.factcheck]``).
"""

from __future__ import annotations

from factcheck.compare.rules import Conflict, Rule, RuleContext
from factcheck.records import Severity

# A city this large has neighbourhoods that reports give as a residence ("of Harlem"); a smaller town
# against an unknown name is two towns.
_NEIGHBOURHOODS_FROM = 250_000


def check(a, b, ctx: RuleContext) -> Conflict | None:
    if a.kind != "entity" or b.kind != "entity" or a.value.id == b.value.id:
        return None
    from factcheck.extract.gazetteer import fold, place_names, within

    table = place_names()
    first, second = table.get(fold(a.value.name)), table.get(fold(b.value.name))
    if (first is None) != (second is None):
        known = first or second
        if known.kind != "city" or known.population >= _NEIGHBOURHOODS_FROM:
            return None  # the unknown name may be a neighbourhood of the city
    if first is not None and second is not None:
        if within(first, second) is not False or within(second, first) is not False:
            return None
    elif fold(a.value.name) in fold(b.value.name) or fold(b.value.name) in fold(a.value.name):
        return None
    return Conflict(
        f"{a.value.name} and {b.value.name} are different places: one person lives in one of them."
    )


RULE = Rule(code="FC702", name="residence-mismatch", severity=Severity.warning, doc=__doc__, check=check)
