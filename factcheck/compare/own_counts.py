"""What one person did, counted: "Ola Vesk recorded more than 40 albums", "Ivo Marsh stole 12 cars".

A count of a thing people each have their own of is no fact of the story ("the album" of which
each singer has a number); told as what one participant did, it is that person's: one report's 40
albums against another's 45, each of one singer's, are compared. The one who did it is the
participant named right before the verb (an age in commas or an adverb between them at most), the
verb in the past tense, and no one named between it and the count.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from factcheck.compare.counting import counted_noun
from factcheck.compare.sentences import tells_background
from factcheck.compare.stat_lines import subject_of

_HEDGE = r"(?:(?:about|around|at\s+least|more\s+than|some|nearly|almost|over|up\s+to)\s+)?"
_DID_BEFORE = re.compile(
    r"\b([a-z]+ed|won|wrote|sold|stole|made|took|gave|sang|drew|shot|hit|threw|ran|caught|built|held)\s+"
    + _HEDGE
    + r"\Z"
)
# what may stand between the doer's name and the verb: an age in commas, an adverb, an auxiliary
_SUBJECT_TO_VERB = re.compile(
    r"(?:\s*,[^,;:.]{1,60},)?\s*(?:(?:had|has|have|allegedly|then|also|reportedly|later|eventually)\s+)*"
)


def count_done_by(
    claim, text: str, people_in: Callable[[str], list[tuple[int, int, str]]]
) -> tuple[str, str, str] | None:
    """(person, "", thing) when the count ``claim`` is of what one participant did, the participants
    found by ``people_in`` (a sentence's as (start, end, id))."""
    if claim.value.measure != "count" or claim.stance.negated:
        return None
    thing = counted_noun(claim.value.counted or "")
    if not thing:
        return None
    sentence = text[claim.sentence_start : claim.sentence_end]
    start = claim.start - claim.sentence_start
    verb = _DID_BEFORE.search(sentence, max(0, start - 30), start)
    if verb is None or tells_background(sentence):
        return None
    people = people_in(sentence)
    owner = subject_of(people, verb.start(), start)
    if owner is None:
        return None
    owner_end = max(end for _, end, person in people if person == owner and end <= verb.start())
    if not _SUBJECT_TO_VERB.fullmatch(sentence, owner_end, verb.start()):
        return None  # "Ivo Marsh said the singer recorded 40 albums": someone else between them did
    return owner, "", thing
