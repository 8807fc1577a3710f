"""One person is given two different ordinals of the same title, or the story's event two edition numbers.

What it finds: two claims that number one person differently in one series
of title holders: "Matt Smith, the 11th Doctor" against "Matt Smith, the
12th Doctor"; and two reports that number the edition of a named event the
story is about differently: "will host the 86th Marlow Awards" against "to
host the 85th Marlow Awards".

Why: a holder's place in a numbered series is normally fixed, and so is an
edition's.

Example: "Jane Roe, the city's 40th mayor" against "the 41st mayor, Jane
Roe" is reported.

Not flagged: different titles ("12th Doctor", "3rd Companion"); different
organisations; different people. Some offices can be held twice with two
numbers (a US president serving non-consecutive terms is both the 22nd and
the 24th): that is why this rule is a warning, to be read, not an error.
Editions told of another time than the story's ("last year's 85th Marlow
Awards"); numbered names that are no editions of an event ("the Second
World War", "the 12th Doctor").

Configure: disable with ``disable = ["FC502"]`` in ``factcheck.toml`` (or ``[tool.factcheck]``).
"""

from __future__ import annotations

from factcheck.compare.rules import Conflict, Rule, RuleContext
from factcheck.compare.rules.title import same_person
from factcheck.records import Severity
from factcheck.values import ordinal_word

# The last words of names of events held again and again, each edition numbered: "the 86th Marlow
# Awards", "the 51st Kelby Bowl", "the 19th Party Congress". Not wars, treaties or crises, which are
# each their own, nor titles of people.
_EDITION_HEADS = frozenset(
    "games cup olympics festival awards prize championship championships congress conference convention "
    "assembly session bowl marathon tournament ceremony summit".split()
)


def is_edition(name: str | None) -> bool:
    """Whether a numbered name is an edition of an event ("Marlow Awards" of "the 86th Marlow Awards")."""
    return bool(name) and name.split()[-1].lower() in _EDITION_HEADS


def check(a, b, ctx: RuleContext) -> Conflict | None:
    if a.kind == "recurrence" and b.kind == "recurrence":
        return _editions(a.value, b.value)
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


def _editions(first, second) -> Conflict | None:
    if (
        not (is_edition(first.title) and is_edition(second.title))
        or first.title.lower() != second.title.lower()
    ):
        return None
    if first.ordinal is None or second.ordinal is None or first.ordinal == second.ordinal:
        return None
    return Conflict(
        f"the {ordinal_word(first.ordinal)} and the {ordinal_word(second.ordinal)} {first.title} are different "
        "editions."
    )


RULE = Rule(code="FC502", name="ordinal-mismatch", severity=Severity.warning, doc=__doc__, check=check)
