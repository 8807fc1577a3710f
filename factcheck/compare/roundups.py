"""Reports and sentences that tell of several incidents at once, whose counts and towns are not the
story's incident's.

A local page often rounds up a night's or a weekend's violence ("4 killed, 11 wounded in city
shootings", "a pair of shootings left one dead and four wounded", "seven people wounded in four
separate scenes") or tallies a period ("nearly 50 shot since June 21 and 19 killed"). Such a
sentence counts the dead and hurt of every incident it tells, and the towns it names are any of
theirs; a report that leads with one (its title or first sentences) tells the story's incident
only as one of several, beside others whose days, tolls and towns read like the incident's.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping

# Occurrences in the plural, not anaphoric ("the shootings" may be one incident's several shots or
# scenes): "four shootings", "city shootings", "a pair of shootings", "shootings Tuesday".
_SEVERAL_EVENTS = re.compile(
    r"(?<!\bthe\s)(?<!\bthese\s)(?<!\bthose\s)(?<!\bboth\s)"
    r"\b(?:shootings|stabbings|killings|homicides|slayings|murders|robberies)\b",
    re.I,
)
# a word that counts several: "two", "12", "several"
COUNT_WORD = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple)"
# "in four separate scenes", "three unrelated incidents", "a string of", "a spate of", "a weekend of
# violence", "across the city".
_SEPARATE = re.compile(
    r"\b" + COUNT_WORD + r"\s+(?:separate|unrelated|incidents)\b"
    r"|\ba\s+(?:string|spate|rash|wave|series|flurry)\s+of\b"
    r"|\b(?:weekend|night|day|week)\s+of\s+(?:violence|gunfire|bloodshed)\b|\bviolent\s+(?:weekend|night)\b",
    re.I,
)
# "shootings across the city", "gunfire citywide": violence all over a place is several incidents' (a
# cut cable "disrupting service across the region" is one incident's reach)
_ACROSS = re.compile(
    r"\b(?:across|around|throughout)\s+the\s+(?:city|county|region|state)\b|\bcitywide\b", re.I
)
_VIOLENCE = re.compile(
    r"\b(?:shot|shooting|shootings|gunfire|killed|killing|killings|wounded|injured|stabbed|stabbings|dead|homicides?"
    r"|murders?|violence|violent|bloodshed)\b",
    re.I,
)
# A tally of a period, not of one incident: "since June 21", "since 2013", "so far this year". A lead
# may give one beside its own incident ("the city's 40th homicide this year"): a sentence's mark only.
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
_TALLY = re.compile(
    r"\bsince\s+(?:" + _MONTH + r"(?:\s+\d{1,2})?\b|(?:19|20)\d\d\b|the\s+(?:start|beginning)\s+of\b)"
    r"|\b(?:so\s+far|to\s+date)\s+(?:this|in)\b|\bthis\s+year\b|\byear[- ]to[- ]date\b",
    re.I,
)


# a sentence is asked about once for each of its claims (each town, each count of the hurt)
@functools.lru_cache(maxsize=4096)
def several_incidents_in(text: str) -> bool:
    """Whether a title or a sentence tells of several incidents at once."""
    return bool(
        _SEVERAL_EVENTS.search(text)
        or _SEPARATE.search(text)
        or (_ACROSS.search(text) and _VIOLENCE.search(text))
    )


def counts_several(sentence: str) -> bool:
    """Whether a sentence tells of several incidents at once, or tallies a period."""
    return several_incidents_in(sentence) or tallies_a_period(sentence)


def tallies_a_period(sentence: str) -> bool:
    """Whether a sentence tallies a period ("the 90th attack this year", "30 shootings since June")."""
    return bool(_TALLY.search(sentence))


def roundup_sources(leads: Mapping[str, Iterable[str]]) -> set[str]:
    """The sources whose title or first sentences (``leads``: source -> texts) tell of several
    incidents: round-ups of a night's or a period's violence."""
    return {source for source, texts in leads.items() if any(several_incidents_in(text) for text in texts)}


# Facts a round-up never gives the incident (its counts add up several incidents, its towns are any
# of theirs), and facts it gives only where no other report does (a day may be the one of all its
# incidents: "the violence Saturday night").
_NEVER = frozenset({"place", "killed", "injured", "shot"})
_FALLBACK = frozenset({"date", "weekday", "time"})


def set_apart(facts: dict, roundups: set[str], sources: Iterable[str]) -> None:
    """Take the claims of round-up reports (``roundups``) out of the incident's facts, where the
    story has a report that is none (``sources``: all of them); a fact keeps a round-up's day when no
    other report gives it."""
    if not roundups or set(sources) <= roundups:
        return
    for key in list(facts):
        if key.subject or key.attribute not in _NEVER | _FALLBACK:
            continue
        kept = [claim for claim in facts[key] if claim.source not in roundups]
        # a day of its own (the earlier date a follow-up gives) is only ever a fallback
        if kept or key.attribute in _NEVER or key.event:
            if kept:
                facts[key] = kept
            else:
                del facts[key]


# "The shooting was the second reported Monday", "the incident was the third shooting in the town this
# week": the news incident is one of a period's several, and a report that says so often goes on to
# tell the other ones.
_ONE_OF_A_PERIODS = re.compile(
    r"\b(?:is|was|marks|marked|became)\s+the\s+(?:second|third|fourth|fifth|sixth|\d+(?:nd|rd|th))\b"
    r"(?:\s+[\w\u2019'-]+){0,3}?\s+(?:shootings?|homicides?|killings?|stabbings?|incidents?|reported)\b",
    re.I,
)
# A sentence that brings in someone new, not the incident's ("A 33-year-old man was hurt ...", "Police
# found a man, 22, ...").
_SOMEONE_NEW = re.compile(
    r"(?:(?:[A-Z][\w\u2019'-]*\s+){1,3}(?:found|discovered|located)\s+)?(?:[Aa]n?|[Aa]nother)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:man|woman|boy|girl|teen|teenager|person|juvenile|child|student)\b"
)
_LAST_SENTENCE = re.compile(r"[^.!?\n]*[.!?]?\s*\Z")


def told_after_one_of_several(text: str, sentence_start: int) -> bool:
    """Whether a sentence tells of another incident than the report's: it brings in someone new right
    after a sentence that makes the incident one of several of its period ("The shooting was the second
    reported Monday. A 33-year-old man was hurt shortly before noon ...")."""
    if not _SOMEONE_NEW.match(text, sentence_start):
        return False
    head = text[max(0, sentence_start - 400) : sentence_start].rstrip()
    previous = _LAST_SENTENCE.search(head[:-1]) if head else None
    return previous is not None and bool(_ONE_OF_A_PERIODS.search(head, previous.start()))


# An event word told as one of several: "the second blast killed two", "another shooting".
_ANOTHER_BEFORE = re.compile(
    r"\b(?:another|other|second|third|fourth|fifth|earlier|later|previous|separate|first)\s+"
    r"(?!(?:straight|consecutive|successive)\s)(?:[\w-]+\s+)?\Z",  # "their fourth straight win" is this one
    re.I,
)
# "one man dead and another wounded": the word of harm is another person's, not another event's
_HARMED_PARTICIPLE = re.compile(r"[a-z]+ed|hurt|shot|dead|slain", re.I)


def event_told_as_another(sentence: str, start: int, end: int) -> re.Match | None:
    """What tells that the event word at ``sentence[start:end]`` is one of several, if anything is:
    "another shooting", "the second blast"; not "another wounded" (a person)."""
    another = _ANOTHER_BEFORE.search(sentence, 0, start)
    if another and len(another.group().split()) == 1 and _HARMED_PARTICIPLE.fullmatch(sentence, start, end):
        return None
    return another
