"""Which participant of the story a claim is about, and which of their events.

The story frame (:mod:`factcheck.compare.frame`) keys a person's facts by the participant, not by the
words: an age given with a name is that participant's; one given by role ("a 41-year-old man was
arrested") is the one participant who can be that role; a time in a clause that tells of another
event than the incident is that event of the one participant the clause names ("the club signed Jo
Reed on Tuesday", "Jo Reed was taken into custody Friday evening").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from factcheck.compare.lexicon import UNDERGONE_BY_SUBJECT, incident_family, kind_of
from factcheck.compare.people import name_words
from factcheck.compare.person_words import PERSON_NOUNS, ROLE_NOUNS
from factcheck.compare.roles import POSSESSED, part_in, role_person
from factcheck.compare.sentences import (
    PASSIVE_END,
    PRONOUN_START,
    RELATIVE_START,
    clause_of,
    event_word_of,
    sentence_starts_before,
)
from factcheck.compare.terms import term_event
from factcheck.extract.gazetteer import slug
from factcheck.extract.numbers import WORD_NUMBERS
from factcheck.values import MONTHS

if TYPE_CHECKING:
    from factcheck.compare.frame import StoryFrame

_FULL_NAME = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+\Z")


def person_by_role(claim, frame: StoryFrame, text: str, noun: str | None = None) -> str | None:
    """The one participant an age given by role is about ("a 41-year-old man was arrested"); ``noun``: the
    role's word, where the age's person is a name extraction gave it from elsewhere."""
    noun = (noun or claim.value.person).lower()
    # a noun in lower case an age is given with names a person by what they do ("a 27-year-old climber")
    written = noun in claim.quote and noun.isalpha()
    if noun not in PERSON_NOUNS and noun not in ROLE_NOUNS and not written:
        return None
    if POSSESSED.search(text, max(claim.sentence_start, claim.start - 20), claim.start):
        return None  # "her 12-year-old daughter": someone's relative, not one of the story's parts
    sentence = text[claim.sentence_start : claim.sentence_end]
    part = part_in(sentence, claim.start - claim.sentence_start, claim.end - claim.sentence_start)
    person = role_person(noun, part, frame.parts, frame.genders)
    stated = frame.stated_ages.get((claim.source, person or ""), ())
    if stated and claim.value.years not in stated:
        return None  # "Lee, 17, was arrested ... a 15-year-old boy was also arrested": someone else
    return person


def fully_named(claim, participant) -> bool:
    """Whether an age's quote writes two words or more of the participant's name ("Ian Wilsey, 14"),
    not the surname alone ("the 16-year-old Wilsey")."""
    written = set(name_words(claim.quote))
    return sum(word in written for word in name_words(participant.name)) >= 2


def note_stated_ages(frame: StoryFrame, claims) -> None:
    """Each report's ages of each participant given by name (``frame.stated_ages``), and whether the
    report writes one of them with the full name."""
    for claim in claims:
        person = named_person(claim, frame) if claim.kind == "age" else None
        if person is not None:
            ages = frame.stated_ages.setdefault((claim.source, person), {})
            ages[claim.value.years] = ages.get(claim.value.years) or fully_named(
                claim, frame.participants[person]
            )


def outvoted_by_full_name(claim, frame: StoryFrame, person: str) -> bool:
    """Whether an age written with the surname alone is one of two ages its report gives the person,
    the other written with the full name: "spoke to the 16-year-old Wilsey was with" is someone
    else's age beside "14-year-old Ian Wilsey"."""
    ages = frame.stated_ages.get((claim.source, person), {})
    return (
        len(ages) > 1
        and not fully_named(claim, frame.participants[person])
        and any(full for years, full in ages.items() if years != claim.value.years)
    )


def named_person(claim, frame: StoryFrame) -> str | None:
    """The participant an age is given with by name ("Jo Reed, 41"), if any."""
    return (
        frame.person_of.get(claim.subject or "")
        or frame.person_of.get(age_person(claim) or "")
        or _by_one_name(claim.value.person, frame)
    )


_GIVEN_NAME = re.compile(r"[A-Z][a-z'’-]+\Z")


def _by_one_name(written: str, frame: StoryFrame) -> str | None:
    """The one participant a name written alone can be: whose full name starts with it ("Pim, 4" after
    "Pim Ostrow") or ends with it ("the 26-year-old Marsh" in a report that never writes him in full,
    beside "Ivo Marsh" in another). None when two participants could be meant, one by each reading
    or both by one ("Pim" beside "Pim Ostrow" and "Lena Pim"; "Marsh" beside Ivo and Lena Marsh)."""
    if not _GIVEN_NAME.match(written) or len(name_words(written)) != 1:
        return None
    (word,) = name_words(written)
    found = {
        participant
        for participant, person in frame.participants.items()
        for words in map(name_words, person.names)
        if len(words) >= 2 and word in (words[0], words[-1])
    }
    return found.pop() if len(found) == 1 else None


def age_person(claim) -> str | None:
    """The entity id an age's own written name stands for when extraction gave it no subject."""
    if claim.subject or not _FULL_NAME.match(claim.value.person):
        return None
    return slug(claim.value.person)


# A number before an event noun counts events of many: "54 arrests", "two more killings"
_COUNTED_BEFORE = re.compile(
    r"\b(?:\d{1,3}(?:,\d{3})*|" + "|".join(WORD_NUMBERS) + r"|dozens|hundreds)\s+(?:[a-z-]+\s+)?\Z", re.I
)
# "the April 14 hearing": a day of the month, no count
_MONTH_BEFORE = re.compile(
    r"\b(?:" + "|".join(MONTHS) + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)\s+\Z"
)
_TAKEN_INTO = re.compile(
    r"\b(?:was|were|is|are|been|being|be|got)\s+(?:\w+ly\s+)?(?:taken|placed|put|held)\s+(?:into|in|under)\s+\Z",
    re.I,
)


# What an act was for, between its verb and a name: "arrested a man in the killing of", "charged in
# connection with the death of", "jailed for the murder of"
_REASON_BETWEEN = re.compile(r"\b(?:in|for|over)\s+(?:the|connection\s+with)\b")


def participant_event(claim, frame: StoryFrame, text: str) -> tuple[str, str] | None:
    """The event of another kind than the incident that the claim's clause tells of one participant:
    ("appointment", "jo_reed") for "the club signed Jo Reed on Tuesday". Outcomes are the incident's,
    and a clause naming two people or none could be anyone's."""
    word = event_word_of(claim, text)
    if word is None:
        return None
    w_start, w_end, found = word
    if kind_of(found) == "outcome" or found in incident_family(frame.incident):
        return None
    sentence = text[claim.sentence_start : claim.sentence_end]
    counted = _COUNTED_BEFORE.search(sentence, max(0, w_start - 30), w_start)
    if counted and not _MONTH_BEFORE.search(sentence, max(0, counted.start() - 12), counted.start()):
        return None  # "with 54 arrests, as anger grew over the killing of Jo Reed": many people's events
    start, end = clause_of(sentence, min(w_start, claim.start - claim.sentence_start), w_end)
    people = frame.people_in(sentence)
    before = [p for p in people if start <= p[0] and p[1] <= w_start]
    # "Jo Reed was signed on Tuesday", "Jo Reed was taken into custody", "Jo Reed surrendered"; "Jo Reed
    # was found guilty of killing Al Ray": the one it was done to is named before, whoever follows
    if before and (
        PASSIVE_END.search(sentence, 0, w_start)
        or _TAKEN_INTO.search(sentence, 0, w_start)
        or sentence[w_start:w_end].lower() in UNDERGONE_BY_SUBJECT
    ):
        return found, before[-1][2]
    after = [p for p in people if w_end <= p[0] < end]
    if after and _REASON_BETWEEN.search(sentence, w_end, after[0][0]):
        return None  # "arrested a man on Friday in the killing of Jo Reed": the one killed is not arrested
    if after:  # "signed Jo Reed on Tuesday", "re-signed back Jo Reed to replace Al Ray on Tuesday"
        return found, after[0][2]
    if RELATIVE_START.match(sentence, start):  # "Jo Reed, who was signed on Tuesday"
        earlier = [p for p in people if p[1] <= start]
        if earlier:
            return found, earlier[-1][2]
    return None


def antecedent_in(frame: StoryFrame, text: str, claim) -> list:
    """Who "he" or "she" of a claim's sentence is, reading the text's sentences before it."""
    return antecedent(frame, text, sentence_starts_before(text, claim.sentence_start), claim.sentence_start)


def antecedent(frame: StoryFrame, text: str, starts: Sequence[int], start: int) -> list:
    """Who "he" or "she" is: the people of the nearest earlier sentence that names any of that gender
    (or of none known), going back over sentences that themselves start with a pronoun (at most three)."""
    pronoun = PRONOUN_START.match(text, start)
    said = "female" if pronoun and pronoun.group().rstrip()[-3:].lower() == "she" else "male"
    earlier = [s for s in starts if s < start]
    for begin, end in list(zip(earlier, [*earlier[1:], start], strict=True))[::-1][:3]:
        sentence = text[begin:end]
        people = [p for p in frame.people_in(sentence) if frame.genders.get(p[2]) in (None, said)]
        if people:
            return people
        if not PRONOUN_START.match(sentence):
            return []
    return []


# the clause of the name before it, not closed before the claim: "Al Ray, who quit after", "Al Ray has
# been with the force for"
_WHO_AFTER_NAME = re.compile(r"(?:,?\s+who|\s+(?:has|had|have|is|was))\b[^,;]*\Z")
# "Jo Reed, a 24-year veteran of the force": the length of service of the one just named
_APPOSITION_TO_NAME = re.compile(r",\s+(?:a|an)\s+")
# a name the frame does not know, then a clause of its own: "replaces Al Ray, who retired after"
_OTHER_NAME_WHO = re.compile(r"\b[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+,?\s+who\b[^,;]*\Z")
# a length of service given before a name: "a nine-year veteran officer Jo Reed"
_VETERAN_AFTER = re.compile(r"\s+veteran\s+")
_FEW_WORDS = re.compile(r"(?:[A-Za-z.]+\s+){0,2}")


def term_of(claim, frame: StoryFrame, text: str) -> tuple[str, str] | None:
    """The event whose length a duration gives, and whose it is: ("sentencing", "jo_reed") for "Reed was
    sentenced to 2 years", ("tenure", "al_ray") for "Jo Reed will succeed Al Ray, who quit after four
    years in the post" (the clause's whose subject is named last), ("career", "jo_reed") for "a nine-year
    veteran officer Jo Reed", ("sentencing", "") when no one is named or referred to."""
    event = term_event(claim, text)
    if event is None:
        return None
    sentence = text[claim.sentence_start : claim.sentence_end]
    before = sentence[: claim.start - claim.sentence_start]
    people = frame.people_in(before)
    if people and (
        _WHO_AFTER_NAME.match(before, people[-1][1]) or _APPOSITION_TO_NAME.fullmatch(before, people[-1][1])
    ):
        return event, people[-1][2]  # "Al Ray, who quit after four years", "Jo Reed, a 24-year veteran"
    if _OTHER_NAME_WHO.search(before, people[-1][1] if people else 0):
        return None  # "She replaces Al Ray, who retired after seven years": one the story does not follow
    after = sentence[claim.end - claim.sentence_start :]
    veteran = _VETERAN_AFTER.match(after)
    if veteran:
        named = [p for p in frame.people_in(after) if _FEW_WORDS.fullmatch(after, veteran.end(), p[0])]
        if named:
            return event, named[0][2]  # "nine-year veteran officer Jo Reed"
    if not people and PRONOUN_START.match(sentence):
        people = antecedent_in(frame, text, claim)
    persons = {p[2] for p in people}
    return event, (persons.pop() if len(persons) == 1 else "")
