"""The time of a person's one event of the story, told in a sentence that names no event but the
person ("Reed, 32, was going west about 1:30 a.m."): when the reports tell mostly of one event of
theirs (their arrest), the sentence tells its circumstances."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from factcheck.compare.align import dates_the_event
from factcheck.compare.fact_keys import FactKey
from factcheck.compare.lexicon import kind_of
from factcheck.compare.sentences import PRONOUN_START, sentence_events
from factcheck.compare.terms import NO_EVENT_TERMS
from factcheck.compare.whose import antecedent
from factcheck.values import is_point_in_time

if TYPE_CHECKING:
    from factcheck.compare.frame import StoryFrame


def times_of_a_persons_one_event(frame: StoryFrame, claims: Sequence, texts, segments_of) -> None:
    """A time in a sentence that names no event but one person ("Reed, 32, was going west about 1:30
    a.m.", "He was driving at about 1 a.m. Sunday") is that person's event of the story, when the
    reports tell mostly of one (their arrest): the sentence tells its circumstances."""
    reach: dict[str, dict[str, set[str]]] = {}
    for key, members in frame.facts.items():
        if key.subject and key.event and key.event not in NO_EVENT_TERMS:
            reach.setdefault(key.subject, {}).setdefault(key.event, set()).update(c.source for c in members)
    # a person's one event: the one most reports tell, told by at least two and by more than any other
    for person, events in reach.items():
        ranked = sorted(events, key=lambda e: (-len(events[e]), e))
        if len(events[ranked[0]]) >= 2 and (
            len(ranked) == 1 or len(events[ranked[0]]) > len(events[ranked[1]])
        ):
            frame.main_events[person] = ranked[0]
    placed = {claim.id for members in frame.facts.values() for claim in members}
    starts = {source: [seg.start for seg in segs if seg.content] for source, segs in segments_of.items()}
    for claim in claims:
        if claim.id in placed:
            continue
        key = persons_one_event(frame, claim, texts[claim.source], starts.get(claim.source, []))
        if key is not None:
            frame.facts.setdefault(key, []).append(claim)
            frame.direct.add(claim.id)  # the person is named (or the pronoun's only antecedent): no guess


def persons_one_event(frame: StoryFrame, claim, text: str, starts: Sequence[int]) -> FactKey | None:
    """The fact of a person's one event a time fills when its sentence names no event but that person
    (``starts``: where the text's sentences start, to find whom "he" is)."""
    if claim.kind != "time" or not is_point_in_time(claim.value):
        return None
    sentence = text[claim.sentence_start : claim.sentence_end]
    if sentence_events(sentence) or not dates_the_event(claim, text):
        return None
    # the person the sentence is about: named first in it, or "he"/"she" after a sentence naming them
    people = [p for p in frame.people_in(sentence) if p[0] < 4]
    if not people and PRONOUN_START.match(sentence):
        people = antecedent(frame, text, starts, claim.sentence_start)
    persons = {p[2] for p in people}
    if len(persons) != 1:
        return None
    person = persons.pop()
    event = frame.main_events.get(person)
    if event is None and frame.incident is not None and kind_of(frame.incident) == "follow_up":
        person = event = ""  # a story about an arrest: the arrested person's circumstances are its own
    if event is None:
        return None
    value = claim.value
    attribute = (
        "time" if value.granularity == "time" and value.clock else "date" if value.start else "weekday"
    )
    if attribute != "time" and value.granularity != "day":
        return None
    if attribute == "weekday" and value.weekday is None:
        return None  # "yesterday afternoon" in an undated report, "current": no day that can be named
    return FactKey(attribute, person, event)
