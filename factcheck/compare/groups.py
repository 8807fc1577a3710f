"""Ages given for a group at once: "two women, 68 and 48", "the children, ages 4 and 7".

A report may give several people's ages in one list without their names. Each age is one of the
group's; which one, the story tells when it names exactly that many people who can be the group
(the same gender, of an age the noun allows, with the part the group's clause gives: killed,
injured, suspect) with their ages. The list is then paired with them in order of age, the
youngest with the youngest: the pairing that moves no age further than it must. "two women, 68
and 48" in a story of Ann Reed, 61, and Jo Ray, 48, who were both killed, says that Ann Reed is
68: a disagreement with the reports that say 61.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.compare.people import gender
from factcheck.compare.roles import part_in, parts_had
from factcheck.extract.numbers import words_value
from factcheck.extract.spans import claim_span
from factcheck.records import Age, AgeClaim, Segment, Source

if TYPE_CHECKING:
    from factcheck.compare.frame import StoryFrame

# Plural person nouns: (gender, youngest age, oldest age) the noun allows.
_GROUP_NOUNS: dict[str, tuple[str | None, int, int]] = {
    "women": ("female", 18, 120),
    "men": ("male", 18, 120),
    "girls": ("female", 0, 17),
    "boys": ("male", 0, 17),
    "daughters": ("female", 0, 120),
    "sons": ("male", 0, 120),
    "sisters": ("female", 0, 120),
    "brothers": ("male", 0, 120),
    "children": (None, 0, 17),
    "kids": (None, 0, 17),
    "teens": (None, 13, 19),
    "teenagers": (None, 13, 19),
    "adults": (None, 18, 120),
    "victims": (None, 0, 120),
    "people": (None, 0, 120),
}
_AGE = r"\d{1,3}"
_COUNTS = r"\d|two|three|four|five|six|seven|eight|nine|ten|both"
_LIST = rf"(?P<ages>{_AGE}(?:\s*,\s*{_AGE})*,?\s+and\s+{_AGE})"
_AGES_JOINED = re.compile(r"\d,?\s+and\s+\d")
# Words that make the group a part of a larger one ("her two older children", "the other victims") or
# someone's relatives: the story's people are not that group.
_PART_OF_MORE = re.compile(
    r"\b(?:other|older|younger|oldest|youngest|eldest|remaining|surviving|more|her|his|their|its|[\w]+['\u2019]s?)\s+"
    r"(?:[a-z-]+\s+){0,2}\Z",
    re.I,
)
_GROUP = re.compile(
    rf"(?:\b(?i:(?P<count>{_COUNTS}))\s+(?:[a-z-]+\s+)?)?\b(?P<noun>{'|'.join(_GROUP_NOUNS)})\b"
    # a few words of the noun's own phrase ("the women killed"), no clause of their own
    r"(?P<gap>(?:\s+(?!who\b|which\b|and\b)[a-z]+){0,3}?)"
    rf"(?:\s*(?:,|--|\u2014|\u2013|\()\s*(?:who\s+(?:were|are)\s+)?|\s+)(?P<cue>ages?\s+|aged\s+)?{_LIST}"
    r"(?P<years>\s*-?\s*years?\s*-?\s*olds?\b|\s+years\s+old\b)?"
)
# After a list the comma form alone marks as ages ("two boys, 12 and 14, were hurt").
_LIST_ENDS = re.compile(r"\s*(?:,|\)|;|\.(?!\d)|--|\u2014|\u2013|\s+(?:were|are|who|died|have|had)\b|\Z)")


@dataclass(frozen=True)
class GroupAges:
    """A list of ages given to a group: ``[start, end)`` of the text, in the sentence ``segment``."""

    start: int
    end: int
    segment: Segment
    noun: str
    ages: tuple[int, ...]
    part: str | None


def may_give_group_ages(segments: Sequence) -> bool:
    """Whether any of ``segments`` has what :func:`group_ages` reads: where none has, it finds nothing."""
    return any(_AGES_JOINED.search(segment.text) and _GROUP.search(segment.text) for segment in segments)


def group_ages(source: Source, segments: Sequence) -> list[GroupAges]:
    """Every list of ages given to a group in the content segments of ``source``, in text order."""
    found = []
    for segment in segments:
        if not _AGES_JOINED.search(segment.text):
            continue  # the end of every list of ages: most sentences have none
        for match in _GROUP.finditer(segment.text):
            ages = tuple(int(age) for age in re.findall(_AGE, match.group("ages")))
            if not _marked_as_ages(match, segment.text) or _count_differs(match.group("count"), len(ages)):
                continue
            if _PART_OF_MORE.search(segment.text, max(0, match.start("noun") - 40), match.start("noun")):
                continue
            noun = match.group("noun")
            _, youngest, oldest = _GROUP_NOUNS[noun]
            if not all(youngest <= age <= oldest for age in ages):
                continue
            part = part_in(segment.text, match.start("noun"), match.end("gap"))
            found.append(
                GroupAges(
                    start=segment.start + match.start(),
                    end=segment.start + match.end(),
                    segment=segment,
                    noun=noun,
                    ages=ages,
                    part=part,
                )
            )
    return found


def _marked_as_ages(match: re.Match, text: str) -> bool:
    """ "ages 4 and 7", "68 and 48 years old"; a list alone only between commas right after the noun."""
    if match.group("cue") or match.group("years"):
        return True
    between = text[match.end("gap") : match.start("ages")]
    return between.strip() == "," and not match.group("gap") and bool(_LIST_ENDS.match(text, match.end()))


def _count_differs(count: str | None, size: int) -> bool:
    if count is None:
        return False
    count = count.lower()
    value = int(count) if count.isdigit() else 2 if count == "both" else words_value(count)
    return value is not None and value != size


def group_members(
    group: GroupAges,
    ages_of: Mapping[str, Sequence[int]],
    genders: Mapping[str, str | None],
    parts: Mapping[str, set[str]],
    names: Mapping[str, str] | None = None,
) -> list[tuple[str, int]]:
    """The story's people the group's ages belong to, paired in order of age: (participant id, age);
    empty unless exactly as many people as ages can be the group. ``ages_of`` holds the ages the
    reports give each participant by name; ``genders`` the gender each one's first name tells;
    ``names`` their names (two of one surname and one age may be one person written two ways)."""
    gender, youngest, oldest = _GROUP_NOUNS[group.noun]
    candidates = []
    for person, stated in ages_of.items():
        # a person's first name says whether they can be one of "two women": a name that tells no gender
        # may be no person's ("Southfield High, 17" read from a school's name)
        if not stated or genders.get(person) is None or gender is not None and genders[person] != gender:
            continue
        if not all(youngest - 1 <= age <= oldest + 1 for age in stated):
            continue
        had = parts_had(parts.get(person, set()))
        if group.part is not None and had and group.part not in had:
            continue
        candidates.append((_usual(stated), person))
    if len(candidates) != len(group.ages):
        return []
    surnames = [((names or {}).get(person, "").split() or [person])[-1].lower() for _, person in candidates]
    if len(set(zip(surnames, (age for age, _ in candidates), strict=True))) < len(candidates):
        return []  # "Rolando Pizarro, 45" and "Ronaldo Pizarro, 45": perhaps one man, and a third unnamed
    return [(person, age) for (_, person), age in zip(sorted(candidates), sorted(group.ages), strict=True)]


def _usual(ages: Sequence[int]) -> int:
    """The age most reports give (the smaller of a tie)."""
    counts = Counter(ages)
    return min(counts, key=lambda age: (-counts[age], age))


def is_group_reading(claim) -> bool:
    """Whether a claim is one of :func:`age_readings`' (a group's age given to one of its people)."""
    return ":group:" in claim.id


def age_readings(source: Source, group: GroupAges, pairs: Sequence[tuple[str, int]], names) -> list[AgeClaim]:
    """One age claim per person of the group, each citing the whole list."""
    return [
        AgeClaim(
            id=f"{source.id}:group:{group.start}:{person}",
            **claim_span(source, group.segment, group.start, group.end),
            subject=person,
            predicate="age",
            value=Age(person=names[person], years=age, as_of=source.published),
        )
        for person, age in pairs
    ]


def group_age_claims(
    frame: StoryFrame, source: Source, segments: Sequence, ages_of: Mapping | None = None
) -> list:
    """Ages a report gives a group ("two women, 68 and 48"), as the ages of the people the story names
    who make up that group; ``ages_of``: :func:`named_ages`, computed when not given."""
    groups = group_ages(source, segments)
    if not groups:
        return []
    ages_of = named_ages(frame) if ages_of is None else ages_of
    names = {pid: person.name for pid, person in frame.participants.items()}
    claims = []
    for group in groups:
        pairs = group_members(group, ages_of, frame.genders, frame.parts, names)
        claims += age_readings(source, group, pairs, names)
    return claims


def group_ages_of_newcomers(
    frame: StoryFrame,
    sources: Sequence[Source],
    content: Mapping[str, Sequence],
    newcomers: Mapping[str, tuple[str, int]],
) -> list[AgeClaim]:
    """The sources' ages of a group ("two children, ages 4 and 7") as the ages of people only one more
    report names, ``newcomers`` (id -> (name, age)), paired as :func:`group_members` pairs the story's
    own people: an audited draft that names the children is judged against the sources that only
    count them, as the sources are when the draft is the one that counts them."""
    if not newcomers:
        return []
    ages_of = {**named_ages(frame), **{pid: [age] for pid, (_, age) in newcomers.items()}}
    genders = {**frame.genders, **{pid: gender(name) for pid, (name, _) in newcomers.items()}}
    names = {pid: person.name for pid, person in frame.participants.items()}
    names |= {pid: name for pid, (name, _) in newcomers.items()}
    claims = []
    for source in sources:
        for group in group_ages(source, content.get(source.id, ())):
            pairs = group_members(group, ages_of, genders, frame.parts, names)
            claims += age_readings(
                source, group, [(pid, age) for pid, age in pairs if pid in newcomers], names
            )
    return claims


def named_ages(frame: StoryFrame) -> dict[str, list[int]]:
    """The ages the reports give each participant by name (not by role, not in a group's list)."""
    return {
        key.subject: [c.value.years for c in stated if c.id not in frame.by_role and not is_group_reading(c)]
        for key, stated in frame.facts.items()
        if key.attribute == "age" and key.subject
    }
