"""Two sources place the same event in different places.

What it finds: two claims about where one event happened that name places
which cannot be the same: different cities, or a city outside the country
named by the other source. Places are compared by their canonical ids, so a
place and its aliases ("Salonika" and "Thessaloniki", "Bombay" and
"Mumbai") are one place.

Which places: the place an incident's own verb takes ("crashed near
Leeds", "killed in Leeds", "the quake struck Izmir") for crashes, quakes,
shootings, fires, blasts, attacks, killings and injuries (not floods, which
cover regions), and for the death or arrest of a named person. A place in
another clause ("... and was felt in Athens"), of another event (an
aftershock, a visit), in a headline, or a demonym ("the Russian attack") is
not the incident's place; a source that places one incident in two
unrelated places speaks of two incidents and places neither.

Why: one occurrence of an event happens in one place.

Example: one report of a crash says it happened "in Leeds", another "in
Sheffield": reported.

Not flagged: one city under two names; a city and the country it lies in
("Pyongyang" and "North Korea"); a state or continent against anything (the
gazetteer does not say what lies within them); places of different
occurrences of a repeatable event (two visits, two summits); places the
gazetteer (countries, US states, towns of 5,000 people or more, with
their alternate names) does not know: unknown names are never compared.

Configure: disable with ``disable = ["FC701"]`` in ``factcheck.toml`` (or ``[tool.factcheck]``).
"""

from __future__ import annotations

from factcheck.compare.rules import Conflict, Rule, RuleContext
from factcheck.records import Severity


def _gazetteer_place(entity):
    from factcheck.extract.gazetteer import fold, place_names

    table = place_names()
    for name in (entity.name, *entity.aliases):
        place = table.get(fold(name))
        if place is not None:
            return place
    return None


def check(a, b, ctx: RuleContext) -> Conflict | None:
    if a.kind != "entity" or b.kind != "entity":
        return None
    if a.value.kind != "place" or b.value.kind != "place" or a.value.id == b.value.id:
        return None
    from factcheck.extract.gazetteer import within

    first, second = _gazetteer_place(a.value), _gazetteer_place(b.value)
    if first is None or second is None:
        return None
    if within(first, second) is not False or within(second, first) is not False:
        return None
    return Conflict(
        f'"{a.quote}" places it in {first.name}, "{b.quote}" in {second.name}: different places, '
        "and neither lies within the other."
    )


RULE = Rule(code="FC701", name="place-mismatch", severity=Severity.warning, doc=__doc__, check=check)
