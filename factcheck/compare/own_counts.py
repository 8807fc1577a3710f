"""What one person did, counted: "Ola Vesk recorded more than 40 albums", "Ivo Marsh stole 12 cars".

A count of a thing people each have their own of is no fact of the story ("the album" of which
each singer has a number); told as what one participant did, it is that person's: one report's 40
albums against another's 45, each of one singer's, are compared. The one who did it is the
participant named right before the verb (an aside in commas or an adverb between them at most), the
verb in the past tense, and no one named between it and the count; a toll ("shot three people") is
the incident's, never a count of the one who did it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from factcheck.compare.counting import counted_noun
from factcheck.compare.stat_lines import doer_of
from factcheck.values import OUTCOME_PARTICIPLES, harm_of

_HEDGE = r"(?:(?:about|around|at\s+least|more\s+than|some|nearly|almost|over|up\s+to)\s+)?"
_DID_BEFORE = re.compile(
    r"\b([a-z]+ed|won|wrote|sold|stole|made|took|gave|sang|drew|shot|hit|threw|ran|caught|built|held)\s+"
    + _HEDGE
    + r"\Z"
)


def count_done_by(
    claim, text: str, people_in: Callable[[str], list[tuple[int, int, str]]]
) -> tuple[str, str, str] | None:
    """(person, "", thing) when the count ``claim`` is of what one participant did, the participants
    found by ``people_in`` (a sentence's as (start, end, id))."""
    if claim.value.measure != "count" or claim.stance.negated:
        return None
    thing = counted_noun(claim.value.counted or "")
    if not thing or harm_of(claim.value.counted) or thing in OUTCOME_PARTICIPLES:
        return None  # "Ivo Marsh shot three people": the incident's toll, not a count of his own
    owner = doer_of(claim, text, people_in, _DID_BEFORE)
    return (owner, "", thing) if owner else None
