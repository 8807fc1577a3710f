"""One title is given to two different people at the same time.

What it finds: two claims naming different holders of a title that only
one person holds at a time: a numbered title ("the 12th Doctor", "the 45th
president"), which belongs to one person for good, or a single-holder office
of one organisation or country ("Russia's defence minister", "the mayor of
Leeds") when both sources speak of the present.

Why: if one source says Matt Smith is the 12th Doctor and another says Peter
Capaldi is, at least one is wrong.

Example: "the 12th Doctor, Matt Smith" against "Peter Capaldi, the 12th
Doctor" is reported.

An office named without its organisation ("the club's general manager T.J.
Marlow") is taken as the story's own, and compared only when the two holders'
names share their first name or their surname ("T.J. Marlow" against "T.J.
Fenwick"): one person named two ways, of whom one is wrong. Reports of one
story without publication dates are taken as of one time for such names.

Not flagged: titles at different times ("Sergei Shoigu, Russia's
then-defense minister" and "Defence Minister Andrei Belousov": "then-",
"former" and future holders are not the present holder); titles several
people hold at once ("minister", "spokesperson", "deputy ...", "officer",
"senator"); an office without its organisation or country held by two
unlike names (two teams' coaches); two forms of one name ("Belousov" and
"Andrei Belousov").

Configure: disable with ``disable = ["FC501"]`` in ``factcheck.toml`` (or ``[tool.factcheck]``).
"""

from __future__ import annotations

from factcheck.compare.rules import Conflict, Rule, RuleContext
from factcheck.records import Severity
from factcheck.values import ordinal_word

# Offices one person holds at a time in one organisation or country. A
# closed, general list: titles outside it are never compared for holders.
SINGLE_HOLDER_HEADS = frozenset(
    {
        "president",
        "prime minister",
        "premier",
        "chancellor",
        "king",
        "queen",
        "pope",
        "governor",
        "mayor",
        "chief executive",
        "ceo",
        "chairman",
        "chairwoman",
        "chair",
        "head coach",
        "manager",
        "general manager",
        "police chief",
        "chief of police",
        "sheriff",
        "speaker",
        "secretary-general",
        "secretary general",
        "director",
    }
)
_SHARED_MARKERS = ("deputy", "vice", "assistant", "associate", "junior", "acting", "interim", "former", "co-")


def is_single_holder(title: str) -> bool:
    """Whether one person at a time holds ``title`` (a portfolio minister counts: "defence minister")."""
    words = title.lower().strip()
    if any(marker in words for marker in _SHARED_MARKERS):
        return False
    if words in SINGLE_HOLDER_HEADS:
        return True
    if words.endswith(" minister") or words.startswith("minister of ") or words.startswith("minister for "):
        return words not in ("prime minister",) and len(words.split()) >= 2
    return False


def same_person(first: str, second: str) -> bool:
    """Whether two person names can be one person: equal, or one name's words within the other's."""
    a, b = set(first.lower().replace(".", "").split()), set(second.lower().replace(".", "").split())
    return a == b or (a and b and (a <= b or b <= a))


def check(a, b, ctx: RuleContext) -> Conflict | None:
    if a.kind != "role" or b.kind != "role":
        return None
    first, second = a.value, b.value
    if same_person(first.person, second.person):
        return None
    if first.title.lower() != second.title.lower() or first.ordinal != second.ordinal:
        return None
    if first.ordinal is not None:
        title = f"{ordinal_word(first.ordinal)} {first.title}"
        return Conflict(
            f"{first.person} and {second.person} are both named the {title}; a numbered title has one holder."
        )
    if first.organisation != second.organisation or not is_single_holder(first.title):
        return None
    if first.tense != "current" or second.tense != "current":
        return None
    misnamed = one_name_apart(first.person, second.person)
    if first.organisation is None and not misnamed:
        return None
    date_a = first.as_of or ctx.published_of(a)
    date_b = second.as_of or ctx.published_of(b)
    if date_a is not None and date_b is not None:
        if abs((date_a - date_b).days) > 31:
            return None
        when = f" (as of {date_a.isoformat()} and {date_b.isoformat()})"
    elif misnamed:
        when = ""  # reports of one story, undated: of one time unless they say otherwise
    else:
        return None
    office = f"{first.title} of {first.organisation}" if first.organisation else first.title
    return Conflict(
        f"{first.person} and {second.person} are both named the current {office}{when}; "
        "the office has one holder at a time."
    )


def one_name_apart(first: str, second: str) -> bool:
    """Whether two full names share their first name or their surname and differ in the other:
    one holder of an office written two ways ("T.J. Marlow" and "TJ Fenwick"), not two holders."""
    a, b = first.lower().replace(".", "").split(), second.lower().replace(".", "").split()
    if len(a) < 2 or len(b) < 2:
        return False
    return (a[0] == b[0]) != (a[-1] == b[-1])


RULE = Rule(code="FC501", name="title-holder-mismatch", severity=Severity.warning, doc=__doc__, check=check)
