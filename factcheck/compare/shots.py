"""The shots one person fired: "Prosecutors said Dale Orrin fired 11 shots at the couple"; and how
often one person was hit: "Jo Reed was shot five times".

A count of shots is the story's when no one is named with it ("shots were fired"); told as what one
participant fired, it is that person's: one report's 11 shots against another's 14, each fired by the
one shooter, cannot both hold. The shooter is the participant named right before "fired" (an aside in
commas or an adverb between them at most), with no one named between the verb and the count. So is
the one shot (or stabbed) named right before "was shot" in "Jo Reed, 19, was shot five times".
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


_HIT_BEFORE = re.compile(
    r"\b(?:was|were|been|got)\s+(?:\w+ly\s+)?(?:shot|stabbed)\s+(?:(?:about|at\s+least|more\s+than|nearly)\s+)?\Z",
    re.I,
)
TIMES_HIT = frozenset({"times shot", "times stabbed"})


def times_hit_of(
    claim, text: str, people_in: Callable[[str], list[tuple[int, int, str]]]
) -> tuple[str, str, str] | None:
    """(person, "", "time shot") when the count ``claim`` is how often one participant was shot (or
    stabbed): "Jo Reed, 19, was shot five times"."""
    if claim.value.measure != "count" or claim.value.counted not in TIMES_HIT:
        return None
    owner = doer_of(claim, text, people_in, _HIT_BEFORE)
    return (owner, "", claim.value.counted.replace("times", "time")) if owner else None
