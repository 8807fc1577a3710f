"""The round a fight was stopped in: "knocked out Ivo Marsh in the seventh round", "stopped Marsh in
round 7", "a seventh-round knockout of Marsh", "Marsh was stopped in the eighth round".

A bout ends once, so two rounds given for its end cannot both hold. A round is read only where a verb
or noun of the stoppage (knocked out, stopped, a knockout, a TKO) takes it; a knockdown ("floored
Marsh in the third round"), a round of the fight ("Marsh rallied in the fifth round") or the rounds
scheduled ("a 12-round bout") are not its end. The bout is that of the person stopped (named after
the verb, after "of" the noun, or before "was stopped"); a report naming no one ("the referee stopped
the fight in the eighth round") gives the story's bout, which is that person's where the story
names one person stopped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from factcheck.extract.numbers import WORD_NUMBERS
from factcheck.extract.spans import claim_span
from factcheck.records import Quantity, QuantityClaim, Source

_ORDINALS = {
    word: number
    for number, words in enumerate(
        (
            ("first", "1st"),
            ("second", "2nd"),
            ("third", "3rd"),
            ("fourth", "4th"),
            ("fifth", "5th"),
            ("sixth", "6th"),
            ("seventh", "7th"),
            ("eighth", "8th"),
            ("ninth", "9th"),
            ("tenth", "10th"),
            ("eleventh", "11th"),
            ("twelfth", "12th"),
        ),
        start=1,
    )
    for word in words
}
# a round written as a word: one to twelve, the most rounds a bout has
_NUMBERS = {word: number for word, number in WORD_NUMBERS.items() if number <= 12}
_ORDINAL = "|".join(sorted(_ORDINALS, key=len, reverse=True))
_NUMBER = r"1[0-2]|[1-9]|" + "|".join(_NUMBERS)
# "in the seventh round", "in round 7", "in round seven", "at 2:14 of the seventh round"
_IN_ROUND = (
    rf"\s+(?:in|during|at\s+\d:\d\d\s+(?:of|into))\s+(?:(?:the\s+)?(?P<ord>{_ORDINAL})\s+round|round\s+"
    rf"(?P<num>{_NUMBER}))\b(?!\s+of\b)"  # "knocked out in the third round of the cup": a tournament's
)
_STOPPED = r"(?:knocked|knocking|knocks|knock)\s+out|stopped|stopping|stops|KO'?d|TKO'?d"
_FORMS = (
    # "knocked out Ivo Marsh in the seventh round", "stopped Marsh in round 7"
    re.compile(rf"\b(?:{_STOPPED})\s+(?P<after>[^,.;:]{{0,60}}?)" + _IN_ROUND, re.I),
    # "knocked Marsh out in the seventh round"
    re.compile(r"\b(?:knocked|knocking|knocks)\s+(?P<after>[^,.;:]{1,60}?)\s+out" + _IN_ROUND, re.I),
    # "Marsh was stopped in the eighth round"
    re.compile(
        r"(?P<before>[^,.;:]{1,60}?)\s+(?:was|were|got|had\s+been)\s+(?:" + _STOPPED + ")" + _IN_ROUND, re.I
    ),
    # "a seventh-round knockout of Marsh", "won by a 7th-round TKO"
    re.compile(
        rf"\b(?P<ord>{_ORDINAL})-round\s+(?:technical\s+)?(?:knockout|KO|TKO|stoppage)\b"
        r"(?:\s+(?:of|over|against)\s+(?P<after>[^,.;:]{1,60}))?",
        re.I,
    ),
    # "a knockout of Marsh in the seventh round", "the stoppage came in the eighth round"
    re.compile(
        r"\b(?:technical\s+)?(?:knockout|KO|TKO|stoppage)(?:\s+(?:of|over|against)\s+(?P<after>[^,.;:]{1,60}?))?"
        r"(?:\s+came)?" + _IN_ROUND,
        re.I,
    ),
)

STOPPAGE_ROUND = "round"
Readings = list[tuple[tuple[str, str], QuantityClaim]]


def is_bout_reading(claim) -> bool:
    """Whether a claim is one of :func:`stoppage_round_claims`' (the round a fight was stopped in)."""
    return ":bout:" in claim.id


def stoppage_round_claims(
    source: Source, segments: Sequence, people_in: Callable[[str], list[tuple[int, int, str]]]
) -> Readings:
    """The round each sentence of ``source`` says a fight was stopped in, with its fact: that of the
    person stopped where the sentence names one person (``people_in`` finds participants), else the
    story's."""
    found = []
    for segment in segments:
        if "round" not in segment.text.lower():
            continue  # most sentences tell of no round at all
        taken: set[int] = set()
        for form in _FORMS:
            for match in form.finditer(segment.text):
                if match.end() in taken:
                    continue  # one round read by two forms
                taken.add(match.end())
                groups = match.groupdict()
                if groups["ord"]:
                    number = _ORDINALS[groups["ord"].lower()]
                else:
                    number = _NUMBERS.get(groups["num"].lower()) or int(groups["num"])
                named = groups.get("after") or groups.get("before") or ""
                people = {person for _, _, person in people_in(named)}
                start, end = segment.start + match.start(), segment.start + match.end()
                claim = QuantityClaim(
                    id=f"{source.id}:bout:{start}",
                    **claim_span(source, segment, start, end),
                    predicate="quantity",
                    subject=people.pop() if len(people) == 1 else None,
                    value=Quantity.count_of(number, STOPPAGE_ROUND),
                )
                found.append(claim)
    return [((STOPPAGE_ROUND, claim.subject or ""), claim) for claim in found]


def one_bout(readings: Readings) -> Readings:
    """The story's rounds (no one named as stopped) given to the one person the story names as
    stopped, where it names one."""
    stopped = {key[1] for key, _ in readings if key[1]}
    if len(stopped) != 1:
        return readings
    (person,) = stopped
    return [((STOPPAGE_ROUND, person), claim) for _, claim in readings]
