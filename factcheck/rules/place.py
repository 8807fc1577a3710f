"""Two sources place the same event in different places.

What it finds: two claims about where one event happened that name places
which cannot be the same: different cities, or a city outside the country
named by the other source. Places are compared by their canonical ids, so a
place and its aliases ("Salonika" and "Thessaloniki", "Bombay" and
"Mumbai") are one place.

Why: one occurrence of an event happens in one place.

Example: one report of a crash says it happened "in Leeds", another "in
Sheffield": reported.

Not flagged: one city under two names; a city and the country or region it
lies in ("Pyongyang" and "North Korea"), when the place ids say so; places of
different occurrences of a repeatable event (two visits, two summits); places
the gazetteer cannot place (unknown names are never compared).

Configure: disable with ``disabled_rules = ["FC701"]``.
"""

from __future__ import annotations

from factcheck.records import Severity
from factcheck.rules import Conflict, Rule, RuleContext


def contains(outer: str, inner: str) -> bool:
    """Whether place id ``outer`` is ``inner`` or encloses it (ids are paths: ``kp/pyongyang``)."""
    return inner == outer or inner.startswith(outer.rstrip("/") + "/")


def check(a, b, ctx: RuleContext) -> Conflict | None:
    if a.kind != "entity" or b.kind != "entity":
        return None
    if a.value.kind != "place" or b.value.kind != "place":
        return None
    first, second = a.value.id, b.value.id
    if contains(first, second) or contains(second, first):
        return None
    return Conflict(
        f"{a.value.name} and {b.value.name} are different places, and neither lies within the other."
    )


RULE = Rule(code="FC701", name="place-mismatch", severity=Severity.warning, doc=__doc__, check=check)
