"""The incident of a story: the kind of event most reports lead with (their title and first
sentences), whatever word names it (:mod:`~factcheck.compare.lexicon`)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import NamedTuple

from factcheck.compare.lexicon import (
    EVENT_CLASSES,
    HARMLESS_INCIDENTS,
    event_words,
    incident_family,
    kind_of,
    names_an_event,
)
from factcheck.compare.roundups import COUNT_WORD
from factcheck.extract.person_nouns import PERSON_NOUNS
from factcheck.records import Source

_LEAD_WEIGHTS = (3, 2, 1)
_TITLE_WEIGHT = 3
_DEATHS = frozenset({"death", "killing_outcome"})
# Incidents whose one happening is named in the plural: "riots spread for a third night"
_ONE_IN_THE_PLURAL = frozenset({"riot"})


class LeadEvents(NamedTuple):
    """The event classes one report leads with (its title and first sentences), each with its weight
    there, and those of its title and first sentence (its headline)."""

    scores: dict[str, int]
    headline: frozenset[str]


def lead_events(source: Source, segments: Sequence) -> LeadEvents:
    """The :class:`LeadEvents` of ``source``, whose segments are ``segments``."""
    scores: dict[str, int] = {}
    lead = [(source.title or "", _TITLE_WEIGHT)]
    content = lead_sentences(segments)
    lead += [(segment.text, weight) for segment, weight in zip(content, _LEAD_WEIGHTS, strict=False)]
    headline: set[str] = set()
    for number, (text, weight) in enumerate(lead):
        for _, _, name in event_words(text):
            scores[name] = scores.get(name, 0) + weight
            if number < 2:
                headline.add(name)
    return LeadEvents(scores, frozenset(headline))


def _lead_events_of(
    source: Source, segments_of: Mapping[str, Sequence], read: Mapping[str, LeadEvents] | None
) -> LeadEvents:
    """The :class:`LeadEvents` of ``source``: as read where it was extracted (``read``, by id), or read
    now from its segments."""
    found = read.get(source.id) if read else None
    return found or lead_events(source, segments_of.get(source.id, ()))


def incident_class(
    sources: Sequence[Source],
    segments_of: Mapping[str, Sequence],
    read: Mapping[str, LeadEvents] | None = None,
) -> str | None:
    """The event class most reports lead with: in the most sources' titles and first sentences,
    then by weight. Outcomes count only when no report names an incident, but for a death every report
    headlines (its title or first sentence) with no incident told that could have caused it. ``read``:
    the :class:`LeadEvents` of some sources, by id, read where they were extracted."""
    in_sources: dict[str, int] = {}
    weights: dict[str, int] = {}
    headlined: list[frozenset[str]] = []  # the classes of each report's title and first sentence
    for source in sources:
        scores, headline = _lead_events_of(source, segments_of, read)
        headlined.append(headline)
        for name, score in scores.items():
            in_sources[name] = in_sources.get(name, 0) + 1
            weights[name] = weights.get(name, 0) + score
    if not weights:
        return None
    incidents = {name for name in weights if kind_of(name) == "incident"}
    if all(headline & _DEATHS for headline in headlined) and incidents <= HARMLESS_INCIDENTS:
        # "Singer Ola Vesk dies at 85 ... died on Sunday": every report headlines a death and no incident
        # could have caused it; "won four awards" further down is the life told, not the news; "a
        # climber was killed ... near the summit ridge": a death of a cause the lexicon has no word for
        return "death"
    if all("arrest" in headline for headline in headlined) and not incidents & set().union(*headlined):
        # "Police arrested the fugitive Jo Reed on Monday ... he had been sentenced for ordering four
        # murders": what every report leads with is the arrest, and no report leads with an incident
        incidents = set()
    causes = [name for name in incidents - _AFTERMATHS if name not in HARMLESS_INCIDENTS]

    def told_as_an_aftermath(name: str) -> bool:
        return name in _AFTERMATHS and any(2 * in_sources[cause] >= in_sources[name] for cause in causes)

    ranked = sorted(
        weights,
        key=lambda name: (
            name not in incidents,
            told_as_an_aftermath(name),
            -in_sources[name],
            -weights[name],
            name,
        ),
    )
    return ranked[0]


# People go missing or are rescued after a sinking, a quake, a collapse: led with beside such an
# incident in half as many reports or more, they are its aftermath, not the story's incident
_AFTERMATHS = frozenset({"disappearance", "rescue"})


def lead_sentences(segments: Sequence) -> list:
    return [s for s in segments if s.content and s.duplicate_of is None][: len(_LEAD_WEIGHTS)]


def several_incidents(
    incident: str, texts: Sequence[str], told_aside: Callable[[str], bool] = lambda text: False
) -> bool:
    """Whether the reports (``texts``: their sentences) speak of the incident's kind in the plural ("two
    shootings", "the games"), in a sentence ``told_aside`` does not set apart (a tally of the period).

    Not the plural of what one incident is made of ("gunshots", "gunshot wounds"), nor a verb's present
    ("Man shoots neighbour", "Teen stabs classmate"): a word that may be one is a plural only after a word
    that counts or picks out several ("two murders", "the recent murders")."""
    if incident in _ONE_IN_THE_PLURAL:
        return False
    words = EVENT_CLASSES[incident][1]
    plurals = [
        w
        for w in words
        if w.endswith("s")
        and w[:-1] in words
        and not _agent_noun(w[:-1], words)
        and w[:-1].split()[-1] not in _PARTS_OF_AN_INCIDENT
    ]
    if not plurals:
        return False
    forms = [(_SEVERAL_BEFORE if _verb_form(w[:-1], words) else r"\b") + re.escape(w) for w in plurals]
    pattern = re.compile(r"(?:" + "|".join(forms) + r")\b", re.I)
    return any(pattern.search(text) and not told_aside(text) for text in texts)


# What one incident is made of: its shots and wounds ("heard gunshots", "died of gunshot wounds")
_PARTS_OF_AN_INCIDENT = frozenset({"gunshot", "shot", "wound"})
# A word that counts or picks out several things, and at most one word after it: "two fatal attacks"
_SEVERAL_BEFORE = (
    rf"\b(?:{COUNT_WORD}|the|these|those|many|more|other|recent|separate|similar|both|all|previous|earlier|"
    r"prior|such|some|few|series\s+of|string\s+of|spate\s+of|wave\s+of)\s+(?:[a-z]+\s+)?"
)


def _verb_form(word: str, words: Sequence[str]) -> bool:
    """Whether ``word`` is also a verb of ``words``: its past or its participle in -ing is one of them
    ("shoot" of "shooting", "attack" of "attacked"), so that ``word`` + "s" may be its present."""
    stem = word[:-1] if word.endswith("e") else word
    return any(form in words for form in (word + "ed", word + "d", stem + "ing", word + word[-1] + "ing"))


def _agent_noun(word: str, words: Sequence[str]) -> bool:
    """Whether ``word`` names who does an event of ``words`` or whom it is done to, not the event:
    "hijacker" (of "hijack"), "rescuer", "escapee" (of "escape from"), "hostage"; their plural tells of
    several people, not incidents."""
    heads = {w.split()[0] for w in words}
    return word in PERSON_NOUNS or any(
        word.endswith(end) and word[: -len(end)] in heads for end in ("er", "r", "ee", "e", "or")
    )


# a capitalised word, and the capitalised words every kind of page writes ("Monday", "The")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
_ON_EVERY_PAGE = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
    August September October November December The A An In On At It He She They We I This That""".split()
)


def storyless_sources(sources: Sequence[Source]) -> set[str]:
    """The ids of the sources that are pages without their story: a paywall's notice, a weather box, a
    station's blurb where the article should be. Such a page names no event at all and writes no name
    (no capitalised word but a day's or a month's) that another report of the story writes."""
    candidates = [s.id for s in sources if not names_an_event(s.text)]
    if not candidates:
        return set()  # the usual story: one look at each report for its first event word
    words = {s.id: set(_CAPITALISED.findall(s.text)) - _ON_EVERY_PAGE for s in sources}
    written_by = Counter(word for found in words.values() for word in found)
    return {source for source in candidates if all(written_by[word] == 1 for word in words[source])}


def of_another_incident(
    sources: Sequence[Source],
    incident: str | None,
    segments_of: Mapping[str, Sequence],
    people_of: Mapping[str, set[str]],
    read: Mapping[str, LeadEvents] | None = None,
) -> set[str]:
    """The ids of the sources that are pages of another story filed with this one: a report whose title
    and first sentence tell of an incident of another kind ("passer-by pulls driver from flooded
    underpass" in a story of a shooting), which never names the story's incident and names people no
    other report names (``people_of``: the sources that name each person); its "No one was injured" is
    that other event's. ``read``: the :class:`LeadEvents` of some sources, by id."""
    if incident is None or kind_of(incident) != "incident":
        return set()
    family = incident_family(incident)
    found = set()
    for source in sources:
        events = _lead_events_of(source, segments_of, read)
        others = {name for name in events.headline if kind_of(name) == "incident"} - family
        if not others or events.headline & family:
            continue
        named = [sources_naming for sources_naming in people_of.values() if source.id in sources_naming]
        if not named or any(len(sources_naming) > 1 for sources_naming in named):
            continue  # no one named, or someone the other reports name too: this story's report
        if not any(name in family for *_, name in event_words(source.text)):
            found.add(source.id)
    return found
