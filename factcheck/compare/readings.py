"""What a report says without a number or a named entity, read for the story frame.

Extraction reads numbers, times and names. Reports also state facts without
them, which the frame needs:

- in the lead (its first sentences): a singular outcome ("A 10-year-old boy
  was shot and killed", "a woman was wounded": one killed, one injured) and
  the town of the incident ("in north Raleigh", "outside of Leeds"), where
  the town is in the gazetteer but the name was read as something else (a
  given name) or not at all;
- anywhere: the town of the local police where it speaks or acts ("Leeds
  police said", "the Leeds Police Department is investigating"), a dateline
  on one of the first lines ("LEEDS (AP) -"), where a named person lives
  ("Jo Reed, 36, of Easton"), how many named people a report says died
  ("Reed and Ray were found dead") and one person it says was hurt and lives
  ("the boy is expected to recover", "Reed was in critical condition").

Each reading is a claim like extraction's (id ``<source>:lead:<offset>``,
``<source>:lead:place:<offset>`` for a place, ``<source>:lead:named-dead:<offset>``
and ``<source>:lead:with-own-death:<offset>`` for counts that may start where
another does, or ``<source>:residence:<offset>``: one id per claim of a report),
so that the facts it fills cite their quote; a number extraction found in the
same report wins over a reading.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from factcheck.compare.dating import told_long_ago
from factcheck.compare.harm_patterns import (
    ALIVE_AFTER,
    AND_THEN_DIED,
    ANOTHER_PERSON,
    BOTH,
    CALENDAR,
    DEATH_AFTER,
    FAMILY_KILLED,
    FOUND_SHOT,
    HURT_WORD,
    HURT_WORDS,
    INJURED,
    INJURED_OBJECT,
    KILLED,
    KILLED_LIST,
    KILLED_OBJECT,
    LEFT_DEAD,
    LEFT_HURT,
    LIST_HURT,
    MULTIPLE,
    MULTIPLES,
    NUMBERS,
    ONE_MORE,
    ONE_PERSON,
    PAIR_KILLED,
    SHOT_OBJECT,
    SHOT_SELF,
    SOMEONE,
    SUFFERED,
    TAKEN_WHERE_DIED,
    listed,
    one_of_two,
)
from factcheck.compare.tolls import death_told
from factcheck.extract.gazetteer import fold, place_names, slug
from factcheck.extract.numbers import ORDINAL_UNITS, WORD_NUMBERS
from factcheck.records import Entity, EntityClaim, Quantity, QuantityClaim, Source
from factcheck.values import MONTHS, WEEKDAYS

LEAD_SENTENCES = 3
_DIRECTIONS = frozenset(
    "north south east west northeast northwest southeast southwest northern southern eastern western central "
    "downtown near".split()
)
_DIRECTION = (
    r"(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|northern|southern|eastern|western|"
    r"central|downtown)\s+)?"
)
_NAME = r"(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})"
_TOWN = re.compile(
    r"\b(?:in|at|near|outside(?:\s+of)?)\s+(?:the\s+(?:city|town|village)\s+of\s+)?" + _DIRECTION + _NAME
)
# "Leeds police said", "the Leeds Metropolitan Police Department": a local force names its town, the
# last words of the capitalised ones before it ("An Leeds" is Leeds).
_FORCE = re.compile(
    r"\b(?P<force>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3}?)(?:\s+Metropolitan|\s+Metro|\s+City)?\s+"
    r"(?:[Pp]olice|[Oo]fficers|[Dd]etectives)\b"
)
# A sentence that tells what a force says or does of a case ("Leeds police said", "the Leeds Police
# Department is investigating"), not one that names it in passing ("a detective of the Leeds Police").
_FORCE_AT_WORK = re.compile(
    r"\b(?:said|says?|told|tells|report(?:s|ed)?|confirm(?:s|ed)?|stated?|announced?|believes?|"
    r"according\s+to|identifie[sd]|investigat\w+|respond(?:s|ed)?|arrest(?:s|ed))\b"
)


def _place_name(group: str) -> str:
    return rf"(?P<{group}>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,3}})"


_RESIDENCE_AFTER = re.compile(
    # "Jo Reed, 36, of Easton": an age then "of" is a residence whatever the name
    r",\s*(?:\d{1,3}|aged\s+\d{1,3})\s*,?\s+of\s+"
    + _place_name("aged")
    + r"(?![\w-])"
    # "Jo Reed, 36, of the 200 block of Elm Street in Easton": the town of the address
    + r"|\s*,\s*(?:\d{1,3}\s*,\s*)?of\s+the\s+\d{1,5}\s+block\s+of\s+(?:[A-Z][\w.]*\s+){1,4}in\s+"
    + _place_name("block")
    + r"(?![\w-])"
    # "Jo Reed of Easton": "of" alone may be an employer ("of Acme"): only a town the gazetteer knows
    + r"|\s*,?\s+of\s+"
    + _place_name("of")
    + r"(?![\w-])"
    # "Reed, who lived in Weston", "Reed, who lived half a mile away in Weston"
    r"|\s*,\s*(?:\d{1,3}\s*,\s*)?who\s+(?:lived|lives|resided|resides)\s+"
    r"(?:(?:about\s+|just\s+|only\s+)?(?:a|an|half\s+a|one|two|three|a\s+few|\d+(?:\.\d+)?)\s+"
    r"(?:\w+\s+)?(?:miles?|blocks?|kilometres?|kilometers?|km|streets?|doors?|minutes?)\s+(?:away\s+)?)?in\s+"
    + _place_name("lived")
    + r"|\s*,\s*(?:\d{1,3}\s*,\s*)?an?\s+"
    + _place_name("demonym")
    # not "a Leeds native": where one was born or grew up
    + r"\s+(?:man|woman|resident|teen|teenager|boy|girl)\b"
)
_RESIDENT_BEFORE = re.compile(_place_name("resident") + r"\s+(?:resident|residents)\s+\Z")
_STREET = re.compile(
    r"\b(?:Street|St|Road|Rd|Avenue|Ave|Drive|Dr|Lane|Ln|Boulevard|Blvd|Court|Ct|Place|Way|Highway|Parkway|"
    r"Terrace|Circle|Square|Hospital|School|University|College|High|Department|County Jail)\Z"
)
_NOT_PLACES = frozenset((*MONTHS, *WEEKDAYS, "The", "This", "That", "Police"))


def residence_readings(source: Source, segments: Sequence, people_in) -> list:
    """Where each named person lives, as the copy says it next to their name: "Jo Reed, 36, of
    Easton", "Reed, who lived in Weston", "Easton resident Jo Reed", "Jo Reed, an Easton man".

    ``people_in(text)`` finds the story's participants in a text: (start, end, participant id).
    """
    claims: list = []
    for segment in segments:
        for p_start, p_end, person in people_in(segment.text):
            match = _RESIDENCE_AFTER.match(segment.text, p_end)
            if match is None:
                match = _RESIDENT_BEFORE.search(segment.text, 0, p_start)
            if match is None:
                continue
            group = next(g for g, value in match.groupdict().items() if value)
            name, offset = match.group(group), match.start(group)
            if name.split()[0] in _NOT_PLACES or _STREET.search(name):
                continue  # "of Newton Street" is an address, not a town
            if group == "of" and _town(name) is None:
                continue
            start = segment.start + offset
            first, last = min(start, segment.start + p_start), max(start + len(name), segment.start + p_end)
            place = Entity(id=slug(name), kind="place", name=name)
            claims.append(
                frame_reading(
                    EntityClaim,
                    source,
                    segment,
                    first,
                    last,
                    "residence",
                    subject=person,
                    predicate="residence",
                    value=place,
                )
            )
    return claims


# A dateline opening the body: "LEEDS -", "LEEDS, England (AP) -", "LEEDS, Ala. --", "LEEDS, Ala. >>".
_DATELINE = re.compile(
    r"\A(?P<dateline>[A-Z][A-Za-z.'-]+(?:[ -][A-Z][A-Za-z.'-]+){0,2})(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
    r"\s*(?:\([^()]{1,40}\))?\s*(?:--?|>>|[\u2013\u2014:])\s"
)


# A death said of the people just named: "Jo Reed, 3, was pronounced dead", "Reed and Ray were found
# dead", "Jo Reed died the next day", "Jo Reed was shot and killed", "Amy Ray, a cook, was also killed";
# not "Jo Reed killed his wife" nor "Jo Reed fatally shot a man", which tell what the person did.
_DIED_AFTER = re.compile(
    r"(?:\s*,[^,;]{1,60},)?\s+(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:(?:later|also)\s+)?"
    r"(?:pronounced\s+dead|found\s+dead|declared\s+(?:brain[- ])?dead|(?:shot\s+and\s+)?killed|fatally\s+shot|"
    r"shot\s+dead|shot\s+to\s+death)|(?:(?:later|also)\s+)?died|" + TAKEN_WHERE_DIED + r")\b"
)
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|outside|from)\s+\Z", re.I)
# Between two names of one list: "Reed, Ray and Lee", "Reed, 31, Ray,19, and 25-year-old Lee", "Reed,
# aged 31, and Ray".
_JOINED = re.compile(
    r"(?:\s*,\s*(?:aged?\s+)?\d{1,3})?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:\d{1,3}-year-old\s+)?"
)


# A list of people named as they died together, counted by its names whether or not the story's
# people were recognised in it: "Mere Ola, 31, Dov B. Rell-Hart,19, and 25-year-old Ilse Paw were
# found dead", "Adam and Ethan Vey died".
_NAME_ITEM = (
    r"(?:[\w-]+-year-old\s+)?(?!"
    + CALENDAR
    + r"|(?:The|A|An|He|She|They|Police|In|At|On|Near|From|Of|After|Before|When|While)\b)"
    r"[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*(?:\s+(?:[A-Z]\.|[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*)){0,3}(?:\s*,\s*(?:aged?\s+)?\d{1,3}\b)?"
)
_NAMED_DEAD = re.compile(
    r"(?P<names>" + _NAME_ITEM + r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)" + _NAME_ITEM + r")+)"
    r"\s*,?\s+(?:(?:were|have\s+been|had\s+been)\s+(?:later\s+|all\s+|both\s+)?(?:pronounced\s+dead|found\s+dead"
    r"|killed|shot\s+and\s+killed|shot\s+dead|fatally\s+shot|shot\s+to\s+death)|(?:both\s+|all\s+)?died)\b"
)
_ITEM = re.compile(_NAME_ITEM)
_DEATH_WORD = re.compile(r"dead|killed|died|shot")


# The id of a count of the named dead, told apart from a lead's count read at the same words ("Jo Reed
# died": one killed, and the two dead the report names)
_NAMED_DEAD_TAG = "lead:named-dead"


def death_readings(source: Source, segments: Sequence, people_in) -> list:
    """How many of the story's people one source says died, when it names them ("Jo Reed, 3, was
    pronounced dead"; "Reed and Ray were found dead"): a count of the killed read from the names, for a
    report that gives no number. One claim per source, its value the people named, its quote the
    first such statement."""
    dead: list[str] = []
    first = None
    for segment in segments:
        people = people_in(segment.text)
        for i, (_, p_end, person) in enumerate(people):
            if i + 1 < len(people) and _JOINED.fullmatch(segment.text, p_end, people[i + 1][0]):
                continue  # the last name of a list ("Reed, Ray and Lee were found dead") has the verb
            match = _DIED_AFTER.match(segment.text, p_end)
            if match is None or _PLACE_BEFORE.search(segment.text, 0, people[i][0]):
                continue  # "a van in Lone Hill died": a name after "in" is a place's
            if told_long_ago(segment.text, match.end(), source.published):
                continue
            k, names = i, [person]
            while k > 0 and _JOINED.fullmatch(segment.text, people[k - 1][1], people[k][0]):
                k -= 1
                names.append(people[k][2])
            dead.extend(name for name in reversed(names) if name not in dead)
            if first is None:
                first = (segment, people[k][0], match.end())
    listed = max(
        (
            (len(_ITEM.findall(m.group("names"))), segment, m)
            for segment in segments
            if _DEATH_WORD.search(segment.text)  # what the list's verb needs: most sentences have none
            for m in _NAMED_DEAD.finditer(segment.text)
            if not _PLACE_BEFORE.search(segment.text, 0, m.start())  # "in Aberdeen, Sam died"
            and not told_long_ago(segment.text, m.end(), source.published)
        ),
        key=lambda found: found[0],
        default=None,
    )
    # a list names each of its dead once; names read alone may be split ("Rell", "Hart")
    if listed is not None:
        number, segment, match = listed
        start, end = segment.start + match.start(), segment.start + match.end()
        return [_people_count(source, segment, start, end, number, "people killed", _NAMED_DEAD_TAG)]
    if not dead or first is None:
        return []
    segment, start, end = first
    return [
        _people_count(
            source,
            segment,
            segment.start + start,
            segment.start + end,
            len(dead),
            "people killed",
            _NAMED_DEAD_TAG,
        )
    ]


def lead_readings(source: Source, lead: Sequence, segments: Sequence = ()) -> list:
    """The claims read from the first sentences of one source (``lead``: its content segments), and
    the towns of the police forces its ``segments`` name anywhere, where a sentence tells what the
    force says or does."""
    claims: list = []
    for segment in lead[:LEAD_SENTENCES]:
        text = segment.text
        # one look for the words every pattern of the killed needs (most lead sentences have none)
        killing = _may_match(KILLED, text)
        for match in PAIR_KILLED.finditer(text) if killing else ():
            claims.append(_count(source, segment, match, "people killed", 2))
        victims = []  # the people a sentence says someone killed, for its killer's own death
        for match in _searched(BOTH, text):
            claims.append(
                _count(source, segment, match, "people " + ("killed" if match["killed"] else "injured"), 2)
            )
            if match["killed"]:
                victims.append((match.start(), match.end(), 2))
        for match in KILLED_LIST.finditer(text) if killing else ():
            number = listed(match["np"])
            claims.append(_count(source, segment, match, "people killed", number))
            victims.append((match.start(), match.end(), number))
        for match in FAMILY_KILLED.finditer(text) if killing else ():
            number = NUMBERS.get(match.group("n").lower()) or int(match.group("n"))
            claims.append(_count(source, segment, match, "people killed", 1 + number))
        # a subject may be the second of two people; an object's list is its own pattern's
        of_the_killed = (KILLED, KILLED_OBJECT, LEFT_DEAD) if killing else ()
        for match in [match for pattern in of_the_killed for match in pattern.finditer(text)]:
            if not (match.re is KILLED and one_of_two(text, match)):
                nth = _NTH_PERSON.match(match.group("np") or "") if match.re is KILLED else None
                # "A fourth person has died": the toll is four
                number = ORDINAL_UNITS[nth.group(1).lower()] if nth else 1
                claims.append(_count(source, segment, match, "people killed", number))
                # "a man killed" may be the killer's deed; "a woman was killed" is a victim
                if match.re is not KILLED or _PASSIVE.search(match.group()):
                    victims.append((match.start(), match.end(), 1))
        for match in (
            [m for pattern in (_KILLING_A_COUNT, _A_COUNT_KILLED) for m in pattern.finditer(text)]
            if killing
            else ()
        ):
            # "killing three co-workers before taking his own life", "two people were killed before the
            # gunman took his own life": the victims, for the killer's death
            victims.append(
                (match.start(), match.end(), WORD_NUMBERS.get(match["n"].lower()) or int(match["n"]))
            )
        claims.extend(_with_own_death(source, segment, victims))
        for match in _searched(MULTIPLE, text):
            if match["killed"] or match["shot"]:
                counted = "people killed" if match["killed"] else "people shot"
                claims.append(_count(source, segment, match, counted, MULTIPLES[match["n"].lower()]))
        hurt = []
        for pattern, counted in (
            (INJURED, "people injured"),
            (INJURED_OBJECT, "people injured"),
            (LEFT_HURT, "people injured"),
            (SHOT_SELF, "people shot"),
            (SHOT_OBJECT, "people shot"),
            (FOUND_SHOT, "people shot"),
        ):
            for match in _searched(pattern, text):
                if pattern in (INJURED, SHOT_SELF) and one_of_two(text, match):
                    continue
                death = DEATH_AFTER.search(text, match.end())
                if death and ANOTHER_PERSON.search(text, match.end(), death.start()):
                    death = None  # "a woman was wounded and her boyfriend killed"
                if not death:  # "was shot Friday and died"
                    (hurt if counted == "people injured" else claims).append(
                        _count(source, segment, match, counted)
                    )
                elif pattern is INJURED and (died := AND_THEN_DIED.match(text, match.end())):
                    start = segment.start + match.start("np")
                    # "the teen who was shot last week has died" may be read whole as one killed already
                    read_whole = any(c.start == start and c.value.counted == "people killed" for c in claims)
                    if not read_whole and not ANOTHER_PERSON.search(text, match.end(), died.end()):
                        claims.append(
                            _people_count(
                                source, segment, start, segment.start + died.end(), 1, "people killed"
                            )
                        )
                elif pattern is SHOT_OBJECT and any(
                    match.end() <= start <= death.start() < end for start, end, _ in victims
                ):  # "shot his son and killed his wife": the death is another's, the one shot lived
                    hurt.append(_count(source, segment, match, "people injured"))
        for match in _searched(LIST_HURT, text):
            if not DEATH_AFTER.search(text, match.end()):
                counted = "people shot" if match["verb"] == "shot" else "people injured"
                claims.append(_count(source, segment, match, counted, listed(match["np"])))
        claims.extend(_also_hurt(source, segment, hurt))
        claims.extend(_towns(source, segment, _TOWN.finditer(segment.text), "name"))
    claims.extend(_also_killed(source, segments, claims))
    for segment in segments:
        if _may_match(_FORCE, segment.text) and _FORCE_AT_WORK.search(segment.text):
            claims.extend(_force_towns(source, segment))
    for line in _first_lines(source.text):  # a dateline may stand on its own line, or open the lead
        claims.extend(_towns(source, line, _DATELINE.finditer(line.text), "dateline"))
    return claims


# "... before killing himself", "then took her own life", "before turning the gun on himself": the one
# who did the harm died too (not "turned the gun on himself and is in critical condition").
_OWN_DEATH = re.compile(
    r"\b(?:(?:shot\s+and\s+)?kill(?:ed|ing)\s+(?:himself|herself)|t(?:ook|aking)\s+(?:his|her)\s+own\s+life"
    # and "fatally shot his wife and then himself", the verb of the victims' death left out
    r"|committ(?:ed|ing)\s+suicide|(?:(?:turn(?:ed|ing)\s+the\s+gun\s+on|shot|shooting)\s+|(?<=\bthen\s))"
    r"(?:himself|herself)"
    r"(?![^.;]*\b(?:condition|hospitali[sz]ed|survived|expected\s+to\s+(?:recover|survive)|injur\w*|wound\w*)\b))"
)


# "A woman was also killed", "a second man also died": one more dead than told before.
_ALSO_KILLED = re.compile(
    ONE_PERSON
    + r"\s+(?:(?:was|had\s+been)\s+also\s+(?:shot\s+and\s+)?(?:killed|slain|fatally\s+shot)|also\s+died)\b"
)


def _also_killed(source: Source, segments: Sequence, claims: list) -> list:
    """The dead of a report that tells its lead's dead (of ``claims``, its lead's readings) and then
    one person more at a time ("The officer was killed ... A woman was also killed"): the most its lead
    counts, and one for each; the quote is the last such person's."""
    told = max(
        (c.value.low or 0 for c in claims if c.kind == "quantity" and c.value.counted == "people killed"),
        default=0,
    )
    more = [
        (segment, match)
        for segment in segments
        if "also" in segment.text
        for match in _ALSO_KILLED.finditer(segment.text)
        if not one_of_two(segment.text, match)
    ]
    if not told or not more:
        return []
    segment, match = more[-1]
    return [_count(source, segment, match, "people killed", int(told) + len(more))]


# A number of people a killer killed, told before what came after: "killing three co-workers and", "killing
# three, before"
_KILLING_A_COUNT = re.compile(
    r"\b(?:killing|killed|murdering|murdered)\s+(?P<n>\d{1,3}|" + "|".join(WORD_NUMBERS) + r")\b"
    r"(?:\s+(?:[a-z-]+\s+){0,2}?[a-z-]+s\b)?(?=\s*,|\s+(?:and|before|then)\b)",
    re.I,
)
# A number of people killed, told in the passive: "two people were killed", "three men were shot dead"
_A_COUNT_KILLED = re.compile(
    r"\b(?P<n>\d{1,3}|" + "|".join(WORD_NUMBERS) + r")\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:people|persons|men|women|victims|others|children|teens|teenagers|adults|relatives|members)"
    r"(?:\s+of\s+(?:a|the|his|her|their)\s+[a-z-]+)?\s+(?:were|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:shot\s+and\s+)?(?:killed|slain|shot\s+dead|shot\s+to\s+death)\b",
    re.I,
)
_NTH = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
_NTH_PERSON = re.compile(r"[Aa]\s+(" + "|".join(_NTH) + r")\s+(?:person|victim|man|woman|boy|girl)\b")
_PASSIVE = re.compile(r"\b(?:was|were|had\s+been|has\s+been)\b")


def _with_own_death(source: Source, segment, victims: list[tuple[int, int, int]]) -> list:
    """The dead of a sentence that tells its killer's own death ("shot his wife and killed her mother
    before turning the gun on himself"): one more than the people it says were killed before
    (``victims``: their spans in the sentence and numbers), told apart where the spans overlap. A
    pair found dead may be the killer and a victim, and is not one of them."""
    match = _OWN_DEATH.search(segment.text)
    if match is None:
        return []
    before = sorted(victim for victim in victims if victim[1] <= match.start())
    if not before and match.group().startswith(("shot", "shooting", "himself", "herself")):
        return []  # "a boy shot himself", killing no one before: a harm he may have lived through
    text = segment.text
    if (
        before
        and _PASSIVE.search(text, before[-1][0], before[-1][1])
        and not SOMEONE.search(text, before[-1][1], match.start())
    ):
        return []  # "a toddler was killed after accidentally shooting himself": the one told dead
    number, reach, last = 1, -1, 0
    for start, end, people in before:
        if start >= reach:  # a new person, not one an overlapping reading already counts
            number, last = number + last, 0
        last, reach = max(last, people), max(reach, end)
    start = before[0][0] if before else match.start()
    return [
        _people_count(
            source,
            segment,
            segment.start + start,
            segment.start + match.end(),
            number + last,
            "people killed",
            "lead:with-own-death",  # its quote starts where a victim's count does
        )
    ]


def tells_someone_hurt(text: str) -> bool:
    """Whether a report says of one person anywhere that they were hurt and lived ("the officer, who
    joined last year, was shot"; "a woman suffered minor injuries"), or of people that they were cared
    for ("two firefighters were treated for heat exhaustion", "three were rushed to hospital")."""
    one_hurt = HURT_WORD.search(text) and any(  # a cheap scan first spares the costly patterns
        not DEATH_AFTER.search(text, match.end(), match.end() + 80)
        for pattern in (INJURED, SUFFERED)
        for match in pattern.finditer(text)
    )
    return bool(one_hurt) or any(
        not _NO_ONE_BEFORE.search(text, max(0, m.start() - 25), m.start())
        and not DEATH_AFTER.search(text, m.end(), m.end() + 80)  # "rushed to a clinic, where he later died"
        for m in _CARED_FOR.finditer(text)
    )


# People cared for, who were hurt: "were treated for burns", "was hospitalized", "were rushed to Mercy Hospital"
_CARED_FOR = re.compile(
    r"\b(?:were|was)\s+(?:\w+ly\s+)?(?:treated\s+(?:for|at|and\s+released)|hospitali[sz]ed"
    r"|(?:taken|rushed|transported)\s+to\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?[Hh]ospital)\b"
)
_NO_ONE_BEFORE = re.compile(r"\b(?:no\s+one|nobody|none|no\s+\w+|not)\b[^.;]*\Z", re.I)


def hurt_readings(
    source: Source,
    lead: Sequence,
    segments: Sequence,
    people_in=None,
    mourning: bool | None = None,
    worded: Sequence[int] | None = None,
) -> list:
    """One person hurt, read anywhere in a report: one who "suffered a minor wound" or "is expected to
    recover" lives whatever else the report tells, and so does one of the story's people
    (``people_in(text)``: their spans, as for :func:`residence_readings`) "in critical condition";
    one "wounded" or "in stable condition" beyond the lead (whose own are :func:`lead_readings`') only
    where the report tells no death, for such a person may be the one who died later. A report often
    tells its one victim's harm after a lead that says only what happened. Ids ``<source>:lead:hurt:
    <offset>``, one per person's mention. ``mourning``: whether the report tells a death
    (:func:`death_told`), when the caller knows; ``worded``: the indices of the segments that have a
    word the patterns need (:func:`hurt_worded`), when the caller knows."""
    found: list[tuple[Sequence, int, int]] = []
    for segment in segments if people_in else ():
        for p_start, p_end, _ in people_in(segment.text):
            match = ALIVE_AFTER.match(segment.text, p_end)
            if match and not DEATH_AFTER.search(segment.text, match.end()):
                found.append((segment, p_start, match.end()))
    in_lead = {segment.start for segment in lead[:LEAD_SENTENCES]}
    if mourning is None:
        mourning = death_told(source.text)
    for index in hurt_worded(segments) if worded is None else worded:
        segment = segments[index]
        patterns = (SUFFERED,) if mourning or segment.start in in_lead else (SUFFERED, INJURED)
        for pattern in patterns:
            for match in pattern.finditer(segment.text):
                if not one_of_two(segment.text, match) and not DEATH_AFTER.search(segment.text, match.end()):
                    found.append((segment, match.start("np"), match.end()))
    claims = {}
    for segment, start, end in found:
        claim = _people_count(
            source, segment, segment.start + start, segment.start + end, 1, "people injured", "lead:hurt"
        )
        claims.setdefault(claim.id, claim)
    return list(claims.values())


def hurt_worded(segments: Sequence) -> list[int]:
    """The indices of the segments with a word every pattern of one person hurt needs: most sentences
    have none, and the search of all of them is most of :func:`hurt_readings`' work."""
    return [index for index, segment in enumerate(segments) if HURT_WORD.search(segment.text)]


# "a boy was wounded in a shooting that also injured a woman": one more person hurt.
_ALSO_BEFORE = re.compile(r"\balso\s+(?:\w+ly\s+)?\Z", re.I)
# "a teen was shot and a second teen was grazed": one more person, by their own words
_ONE_MORE = re.compile(ONE_MORE + r"\b", re.I)


def _also_hurt(source: Source, segment, hurt: list) -> list:
    """The people one sentence reads hurt: each reading alone, or where a later one is told as "also"
    hurt or as one more ("a second teen"), one count of them all (distinct people of one sentence, from
    the first to the last)."""
    hurt = sorted(hurt, key=lambda claim: claim.start)
    apart = all(a.end <= b.start for a, b in zip(hurt, hurt[1:], strict=False))
    if len(hurt) < 2 or not apart:
        return hurt
    text = source.text
    if not any(
        _ALSO_BEFORE.search(text, max(segment.start, c.start - 12), c.start) or _ONE_MORE.match(text, c.start)
        for c in hurt[1:]
    ):
        return hurt
    return [_people_count(source, segment, hurt[0].start, hurt[-1].end, len(hurt), "people injured")]


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str


def _first_lines(text: str, count: int = 6) -> list[_Line]:
    """The first non-empty lines of a text, with their offsets."""
    lines = []
    for match in re.finditer(r"[^\n]+", text):
        if match.group().strip():
            lines.append(_Line(match.start(), match.end(), match.group()))
            if len(lines) == count:
                break
    return lines


def _towns(source: Source, segment, matches, group: str) -> list:
    found = []
    for match in matches:
        place = _town(match.group(group))
        if place is None:
            continue
        start = segment.start + match.start(group)
        end = start + len(match.group(group))
        found.append(place_reading(source, segment, start, end, place))
    return found


# Words that are a town's name somewhere but name something else in a report.
_NOT_TOWNS = frozenset(
    {"police", "county", "city", "state", "sheriff", "mayor", "officer", "court", "metro", "metropolitan"}
    | {name.lower() for name in (*MONTHS, *WEEKDAYS)}  # "in March" dates; it places nothing
    | set(WORD_NUMBERS)  # "Nine police officers were hurt": a count, whatever town is so named
)


def _town(name: str) -> Entity | None:
    """The gazetteer town of a name, trying its longest start first ("Baton Rouge Police" -> Baton Rouge)."""
    words = name.title().split() if name.isupper() else name.split()
    while words and words[0].lower() in _DIRECTIONS:  # "South Leeds" is Leeds
        words = words[1:]
    for size in range(len(words), 0, -1):
        if size == 1 and words[0].lower() in _NOT_TOWNS:
            break
        place = place_names().get(fold(" ".join(words[:size])))
        if place is not None and place.kind == "city":
            return Entity(id=place.id, kind="place", name=place.name)
    return None


_CITY_AFTER = re.compile(r"\s+City\b")


# The words a pattern needs: a sentence it matches in holds one of them, as the pattern (case-sensitive)
# writes it. Most lead sentences hold none of most patterns' words; a search tries the whole pattern at
# every character, a look for a word costs next to nothing.
_KILLING_WORDS = (
    *("kill", "dead", "died", "passed", "slain", "fatal", "death", "murder", "slaying"),
    *("gunned", "succumbed", " life", " lives"),
)
_NEEDS: dict[re.Pattern[str], tuple[str, ...]] = {
    **dict.fromkeys(
        (PAIR_KILLED, FAMILY_KILLED, KILLED, KILLED_LIST, KILLED_OBJECT, LEFT_DEAD), _KILLING_WORDS
    ),
    BOTH: ("both",),
    INJURED: HURT_WORDS,
    INJURED_OBJECT: ("wound", "injur"),
    LIST_HURT: (" and ", " & "),
    SHOT_SELF: ("himself", "herself"),
    FOUND_SHOT: ("gunshot",),
    _FORCE: ("olice", "fficers", "etectives"),
}


def _may_match(pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``text`` holds one of the words ``pattern`` needs (:data:`_NEEDS`)."""
    return any(word in text for word in _NEEDS[pattern])


def _searched(pattern: re.Pattern[str], text: str) -> Iterable[re.Match[str]]:
    """``pattern.finditer(text)``, or nothing without a search where ``text`` lacks every word the
    pattern needs (a pattern that starts with its own words, whose search is as quick as the look for
    them, needs none listed)."""
    return pattern.finditer(text) if pattern not in _NEEDS or _may_match(pattern, text) else ()


def _force_towns(source: Source, segment) -> list:
    """The towns of the forces a segment names: of the capitalised words before each force's name,
    the longest last run that names a place, if that place is a town ("New York police" is a
    state's, not York's); with "City" when the force's name has it ("Leeds City Police")."""
    found = []
    for match in _FORCE.finditer(segment.text):
        words = list(re.finditer(r"\S+", match["force"]))
        city = " City" if _CITY_AFTER.match(segment.text, match.end("force")) else ""
        for word in words:
            name = match["force"][word.start() :]
            with_city = place_names().get(fold(name + city)) if city else None
            place = with_city or place_names().get(fold(name))
            if place is None or fold(name) in _NOT_TOWNS:
                continue
            if place.kind == "city":
                start = segment.start + match.start("force") + word.start()
                end = segment.start + match.end("force") + (len(city) if with_city else 0)
                value = Entity(id=place.id, kind="place", name=place.name)
                found.append(place_reading(source, segment, start, end, value))
            break
    return found


def _count(source: Source, segment, match: re.Match, counted: str, number: int = 1) -> QuantityClaim:
    """People killed or injured, read from "A 19-year-old man was shot and killed"."""
    named = match.groupdict()
    start = segment.start + (match.start("np") if named.get("np") else match.start())
    return _people_count(source, segment, start, segment.start + match.end(), number, counted)


def place_reading(
    source: Source, segment, start: int, end: int, place: Entity, tag: str = "lead", predicate: str = "place"
) -> EntityClaim:
    """A place the frame read, ``[start, end)`` of the source's text in ``segment``."""
    return frame_reading(
        EntityClaim,
        source,
        segment,
        start,
        end,
        f"{tag}:place",
        subject=place.id,
        predicate=predicate,
        value=place,
    )


def frame_reading(kind, source: Source, segment, start: int, end: int, tag: str = "lead", **fields):
    """A claim the frame read, ``[start, end)`` of the source's text in ``segment``."""
    return kind(
        id=f"{source.id}:{tag}:{start}",
        source=source.id,
        start=start,
        end=end,
        quote=source.text[start:end],
        sentence_start=segment.start,
        sentence_end=segment.end,
        **fields,
    )


def entity_reading(
    source: Source, segment, match: re.Match, predicate: str, subject: str, value
) -> EntityClaim:
    """A frame reading of the entity ``value`` that ``match`` names, of ``subject``: a block of a
    street, a phone line, a person's injury (its predicate is its id's tag)."""
    return frame_reading(
        EntityClaim,
        source,
        segment,
        match.start(),
        match.end(),
        predicate,
        subject=subject,
        predicate=predicate,
        value=value,
    )


def _people_count(
    source: Source, segment, start: int, end: int, number: int, counted: str, tag: str = "lead"
) -> QuantityClaim:
    value = Quantity.count_of(number, counted)
    return frame_reading(QuantityClaim, source, segment, start, end, tag, predicate="quantity", value=value)
