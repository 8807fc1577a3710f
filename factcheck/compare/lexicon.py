"""The words news uses for what happened, grouped by meaning.

An *event class* is one kind of happening whatever the word that names it:
"shooting", "shot", "gunfire" and "opened fire" are all ``shooting``;
"arrested", "taken into custody" and "turned himself in" are all ``arrest``.
The classes cover the kinds of stories the checker reads (crime, accidents,
disasters, courts, sport, politics, business and culture); each word is
listed in every inflection so that finding them is a dictionary lookup.

Classes have a *kind*:

- ``incident``: a happening a story can be about (a shooting, a crash, a
  game, a visit): the story frame's incident is one of these;
- ``outcome``: what an incident did to people (deaths, injuries): it belongs
  to the incident of its sentence, not to an event of its own;
- ``follow_up``: what comes after an incident (an arrest, charges, a court
  hearing, a funeral): a separate event with its own date and place.
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.compare.event_classes import EVENT_CLASSES
from factcheck.extract.patterns import word_trie
from factcheck.extract.word_senses import another_sense, overturned_vehicle

# Follow-up words whose active subject is the one it happens to: "Reed surrendered", "Reed turned
# himself in" tell of Reed's arrest as "Reed was arrested" does. ("pleaded" is not one: a mother
# pleads for answers as often as a defendant pleads guilty.)
UNDERGONE_BY_SUBJECT = frozenset(
    {"surrendered", "turned himself in", "turned herself in", "turned themselves in"}
)

# Words of more than one class: the first class listed for a word wins unless the word is listed here.
_PREFERRED = {
    "nominated": "appointment",
    "unveiled": "launch",
    "introduced": "launch",
    "overturned": "ruling",
}


@cache
def class_of_word() -> dict[str, str]:
    """Every listed word or phrase -> its event class."""
    table: dict[str, str] = {}
    for name, (_, words) in EVENT_CLASSES.items():
        for word in words:
            table.setdefault(word, name)
    table.update(_PREFERRED)
    return table


# Kinds of incident that one story tells as one: a killing done by shooting is "the shooting" in one
# report and "the homicide" in the next.
RELATED_INCIDENTS = (
    frozenset({"shooting", "stabbing", "killing", "assault", "robbery", "attack"}),
    frozenset({"fire", "explosion"}),
    # "the blast, at about 10:15 a.m., collapsed the front of the building": what fell is the blast's
    frozenset({"explosion", "collapse"}),
    # "an air strike hit the market" and "warplanes bombed the market"; "the attack" and "the blast"
    frozenset({"attack", "explosion"}),
    # "the storm killed 12" and "the landslide killed 12": the slide the rain brought down
    frozenset({"storm", "landslide", "avalanche"}),
)
# Incidents told in the words of another, one way only: an election as a win ("Ivo Marsh won a second
# term on Tuesday, defeating Lena Voss"), never a game as an election ("they elected to receive")
_TOLD_AS = {"election": frozenset({"game"})}


@cache
def incident_family(event_class: str) -> frozenset[str]:
    """The incident classes told as one with ``event_class``: itself, those of every group it is in (an
    attack is told as a shooting and as a bombing, a shooting never as a bombing) and those it is told as
    (an election as a win)."""
    return frozenset({event_class}).union(
        _TOLD_AS.get(event_class, ()), *(family for family in RELATED_INCIDENTS if event_class in family)
    )


# Incidents that harm no one: a death told with one is a death of its own ("she won four awards")
HARMLESS_INCIDENTS = frozenset(
    {
        "game",
        "visit",
        "summit",
        "election",
        "appointment",
        "dismissal",
        "launch",
        "ruling",
        "award",
        "proposal",
        "rescue",
        "recall",
    }
)


# Outcomes that happen when the incident does, so that their time is the incident's.
DATES_INCIDENT = frozenset({"killing_outcome", "injury", "response"})


def kind_of(event_class: str) -> str:
    return EVENT_CLASSES[event_class][0]


@cache
def _pattern() -> re.Pattern[str]:
    # a trie, not an alternation of the words: the engine then fails at the first letter no word goes
    # on with, instead of trying every word at every position
    return re.compile(r"(?<![a-z-])(?:" + word_trie(class_of_word()) + r")(?![a-z-])")


def names_an_event(text: str) -> bool:
    """Whether ``text`` has an event word at all: a page without one (a paywall's notice, a station's
    blurb where its story should be) does not tell a story."""
    # most reports name one in their first sentence: the rest is lowered only when they do not (the
    # first part ends before its last word, which may go on after it: "win" of "window")
    first = (text[:2000].rsplit(None, 1) or [""])[0].lower() if len(text) > 2000 else ""
    return _pattern().search(first) is not None or _pattern().search(text.lower()) is not None


def event_words(text: str) -> list[tuple[int, int, str]]:
    """Every event word or phrase of ``text``: (start, end, class), in text order."""
    table = class_of_word()
    lowered = text.lower()
    return [
        (m.start(), m.end(), "crash" if overturned_vehicle(lowered, m.start(), m.end()) else table[m.group()])
        for m in _pattern().finditer(lowered)
        if not another_sense(lowered, m.start(), m.end())
    ]
