"""The counts a person is charged with: "Ivo Marsh was charged with three counts of attempted murder".

Counts of things each person has their own of are no fact of the story; the counts of an offence one
person is charged with are a fact of that person: one report's three counts of attempted murder
against another's two, the same week, cannot both hold. A count is read as such when a verb of
charging stands right before it ("charged with", "faces", "indicted on", "pleaded guilty to",
"convicted of", "found guilty of", "booked on"), it counts counts of an offence ("counts of attempted
murder"), and the one participant named last before that verb in the sentence is the one charged; or,
as a jury's verdict is told, the one named between the verb and the count ("convicted Ivo Marsh of
three counts", "was found guilty Thursday of two counts").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from factcheck.compare.sentences import tells_background
from factcheck.compare.stat_lines import subject_of

# other offences listed before the count: "convicted of murder and three counts of arson"
_LISTED_BEFORE = r"(?:(?:[a-z][\w'\u2019-]*,?\s+){1,5}and\s+)?"
_CHARGED_BEFORE = re.compile(
    r"\b(?:charged\s+with|faces?|facing|indicted\s+on|pleaded\s+(?:not\s+)?guilty\s+to|convicted\s+of|"
    r"booked\s+on|arrested\s+on)\s+" + _LISTED_BEFORE + r"\Z",
    re.I,
)
# the verb, then the person it was done to (with their age) and when, then the count: "convicted Ivo
# Marsh on Friday of", "convicted Ivo Marsh, 34, of", "found Marsh guilty of"
_VERDICT_BEFORE = re.compile(
    r"\b(?:convicted|found\s+(?:(?:him|her|them|(?:[A-Z][\w'\u2019-]*\s+){1,3})\s*)?guilty|acquitted)\s+(?:(?:[A-Z][\w'\u2019-]*,?|\d{1,3},|on|"
    r"last|[A-Z]?[a-z]*day)\s+){0,5}?of\s+" + _LISTED_BEFORE + r"\Z"
)
_COUNTS_OF = re.compile(r"counts?\s+of\s+([a-z][a-z -]*)")


def counts_charged(
    claim, text: str, people_in: Callable[[str], list[tuple[int, int, str]]]
) -> tuple[str, str, str] | None:
    """(person, "", "count <offence>") when the count ``claim`` is of the counts one participant is
    charged with, the participants found by ``people_in`` (a sentence's as (start, end, id))."""
    if claim.value.measure != "count":
        return None
    offence = _COUNTS_OF.match(claim.value.counted or "")
    if offence is None:
        return None
    sentence = text[claim.sentence_start : claim.sentence_end]
    start = claim.start - claim.sentence_start
    verb = _CHARGED_BEFORE.search(sentence, max(0, start - 90), start)
    verdict = None if verb else _VERDICT_BEFORE.search(sentence, max(0, start - 120), start)
    if (verb is None and verdict is None) or tells_background(sentence):
        return None
    people = people_in(sentence)
    if verdict is not None:
        named = [p for p in people if verdict.start() < p[0] < start]
        owner = named[0][2] if len(named) == 1 else subject_of(people, verdict.start(), start)
    else:
        owner = subject_of(people, verb.start(), start)
    # "count <offence>", as counts of an offence are keyed elsewhere
    return (owner, "", "count " + offence.group(1).strip()) if owner else None
