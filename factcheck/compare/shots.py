"""The shots one person fired: "Prosecutors said Dale Orrin fired 11 shots at the couple".

A count of shots is the story's when no one is named with it ("shots were fired"); told as what one
participant fired, it is that person's: one report's 11 shots against another's 14, each fired by the
one shooter, cannot both hold. The shooter is the participant named right before "fired" (an aside in
commas or an adverb between them at most), with no one named between the verb and the count.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from factcheck.compare.stat_lines import doer_of

_FIRED_BEFORE = re.compile(
    r"\b(?:fired|shot|unloaded|emptied)\s+(?:(?:about|around|at\s+least|more\s+than|some|nearly|up\s+to)\s+)?\Z",
    re.I,
)
_SHOTS = frozenset({"shot", "shots", "round", "rounds", "bullet", "bullets", "gunshot", "gunshots"})


def shots_fired_by(
    claim, text: str, people_in: Callable[[str], list[tuple[int, int, str]]]
) -> tuple[str, str, str] | None:
    """(person, "", "shot fired") when the count ``claim`` is of the shots one participant fired, the
    participants found by ``people_in`` (a sentence's as (start, end, id))."""
    if (
        claim.value.measure != "count"
        or not (claim.value.counted or "").split()[:1]
        or (claim.value.counted.split()[0] not in _SHOTS)
    ):
        return None
    owner = doer_of(claim, text, people_in, _FIRED_BEFORE)
    return (owner, "", "shot fired") if owner else None
