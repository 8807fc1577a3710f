"""Alignment: which claims speak of the same fact (the same slot).

A slot is ``(family, subject, attribute, occasion)``: the time of one event,
the count of one thing in one event, the age of one person, the holder of
one numbered title. Claims are put into slots by exact blocking keys
computed from each claim alone (so the work grows linearly with the number
of claims), then near-identical keys inside a block are merged with rapidfuzz
(a person written "Jon Smith" and "John Smith", "people killed" and
"killed").

Claims that only look alike are kept apart: a different ordinal or number in
the counted thing ("first blast", "second blast"), different harms (killed,
injured), people who only share a surname. A claim without a subject or
event is never aligned (precision first), but for a measure ("a depth of
10 km") or the count of an outcome ("seven people were injured", "300 homes
destroyed"): those are the story's, as long as no source gives two of them.

Repeatable events (visits, summits, vetoes) have one key for the whole
series; their claims are compared only when they speak of the same
*occasion*: the occurrence the news is about (near the publication date), or
the same dated past occurrence. Other occurrences of a series are left to
the recurrence reasoning.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from factcheck.compare.counting import OTHERS_QUOTE
from factcheck.compare.dating import CURRENT_DAYS, NEAR_FUTURE_DAYS, is_since_bound, named_days
from factcheck.compare.naming import slot_name
from factcheck.compare.people import written_names_in
from factcheck.compare.rules.ordinal import is_edition
from factcheck.compare.rules.title import is_single_holder
from factcheck.compare.sentences import tells_background
from factcheck.extract.documents import document_event
from factcheck.extract.numbers import WORD_NUMBERS
from factcheck.extract.recurrence import PRIOR_WORDS
from factcheck.values import (
    COUNTED_SYNONYMS,
    DAMAGE,
    DEAL,
    HARM_WORDS,
    OUTCOME_PARTICIPLES,
    PER_SHARE,
    PRICE,
    RELEASE_SUMS,
    SALARY,
    STOLEN,
    add_days,
    harm_of,
    interval,
    is_point_in_time,
)

# Events a subject goes through once: their time and place are single-valued
# whatever the publication date.
ONCE_ONLY_VERBS = frozenset(
    {
        "adopt",  # a document is adopted once, and proposed once
        "propose",
        "build",  # a building is built once, an institution founded once
        "found",
        "die",
        "died",
        "death",
        "born",
        "birth",
        "kill",
        "killed",
        "murder",
        "assassinate",
        "execute",
        "bury",
        "funeral",
    }
)
STORY_SUBJECT = "the story"
NAME_SIMILARITY = 92
COUNTED_SIMILARITY = 90

_FILLER = frozenset(
    {
        "people",
        "persons",
        "person",
        "such",
        "the",
        "a",
        "an",
        "of",
        "were",
        "was",
        "been",
        "have",
        "has",
        "had",
        "in",
    }
)
_NUMBERISH = re.compile(
    r"\b(\d+(st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|previous|next)\b"
)
_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")


@dataclass(frozen=True)
class Slot:
    """Claims that fill one fact slot; ``rules`` are the codes that may find a conflict in it."""

    family: str
    key: tuple[str, ...]
    fact: str
    claims: tuple
    rules: tuple[str, ...]


FAMILY_RULES = {
    "time": ("FC101", "FC102", "FC103", "FC601"),
    "quantity": ("FC201", "FC601"),
    "record": ("FC201",),
    "harm": ("FC601",),
    "age": ("FC301",),
    "title": ("FC501",),
    "person-title": ("FC502",),
    "edition": ("FC502",),
    "place": ("FC701", "FC601"),
    "residence": ("FC702",),
    "block": ("FC703",),
    "injury": ("FC704",),
    "phone": ("FC901",),
    "duration": ("FC203",),
    "game_time": ("FC104",),
}


@functools.lru_cache(maxsize=4096)  # a story's claims name a few speakers, titles and people many times
def normal(text: str | None) -> str:
    return " ".join(_WORD.findall((text or "").lower()))


@functools.lru_cache(maxsize=4096)  # a story's claims name a few events each many times
def event_key(event: str | None) -> str:
    """An event key as extraction wrote it, case and spacing normalised (``visit:putin>north_korea``)."""
    return " ".join((event or "").lower().split())


@functools.lru_cache(maxsize=4096)  # a story's counts count a few things
def counted_key(counted: str) -> str:
    """The thing counted, normalised: harms and synonyms to one word each ("rounds fired" and "shots
    fired" are one key), filler and plural endings dropped."""
    words = []
    for word in _WORD.findall(counted.lower()):
        if word in HARM_WORDS:
            words.append(HARM_WORDS[word])
        elif word in COUNTED_SYNONYMS:
            words.append(COUNTED_SYNONYMS[word])
        elif word not in _FILLER:
            words.append(
                word[:-1] if word.endswith("s") and len(word) > 3 and not word.endswith("ss") else word
            )
    return " ".join(words)


# What the law does about an offence: "DUI convictions" and "a second DWI" count one series of offences
LEGAL_STEPS = frozenset("conviction charge arrest arrested offense offence count citation".split())


def series_key(series: str | None) -> str:
    """A series no event names, by its noun alone: "prior DUI convictions" and "second DWI" are one key
    (``dui:``); empty when there is no noun."""
    words = [w for w in counted_key(series or "").split() if w not in PRIOR_WORDS]
    while len(words) > 1 and words[-1] in LEGAL_STEPS:
        words.pop()
    return f"{'-'.join(words)}:" if words else ""


def _unplaced(event: str) -> bool:
    """Whether an event key names no participant: "the shooting" of the story ("shoot:")."""
    return event.endswith(":")


def _is_outcome(counted: str) -> bool:
    """Whether ``counted`` is what happened to people or things ("people injured", "homes destroyed"); not
    how often one person was hit ("times shot")."""
    if counted.startswith("times "):
        return False
    return harm_of(counted) is not None or counted.rsplit(" ", 1)[-1] in OUTCOME_PARTICIPLES


# Who is sent to an event, in numbers that grow while it goes on
_RESPONDERS = frozenset(
    "engine firefighter officer rescuer troop soldier ambulance helicopter volunteer".split()
)


# What the event itself was, done at once: "six inmates escaped", "shots fired", "missiles launched"
_DONE_AT_ONCE = frozenset({"escaped", "fired", "launched"})


def accumulates(counted: str) -> bool:
    """Whether a count grows as the news goes on, so that a later report's higher number updates an
    earlier one: what happened to people or things ("people injured", "arrested") and who is sent
    ("firefighters", "engines"); not what the event was made of ("25 crew", "three gunmen", "six
    inmates escaped")."""
    last = counted_key(counted).rsplit(" ", 1)[-1]
    return (_is_outcome(counted) and last not in _DONE_AT_ONCE) or last in _RESPONDERS


@functools.lru_cache(maxsize=4096)  # as event_key
def _slot_event(event: str) -> str:
    """The event as a slot names it: a once-only event is its verb and who it happened to.

    "die:jane_roe" and "die:jane_roe>leeds" are one death, wherever a report
    places it; a visit's destination stays part of it (two destinations, two
    series).
    """
    verb, _, rest = event.partition(":")
    agent = rest.split(">", 1)[0]
    if verb in ONCE_ONLY_VERBS and agent:
        return f"{verb}:{agent}"
    return event


def event_verb(event: str) -> str:
    return event.split(":", 1)[0].strip().lower()


class Occasions:
    """When each claim's sentence says things happened, from the time claims of its source.

    Each time claim is read once: its position and its occasion, "current"
    (within a month of its source's publication date or of the story's first
    publication, which follow-up reports look back to; a bare weekday counts)
    or the years of a time. Without any publication date no dated time is
    current: which occurrence is the news cannot be told.
    """

    def __init__(
        self,
        claims: Sequence,
        published: Mapping[str, dt.date | None],
        texts: Mapping[str, str] | None = None,
    ):
        self._published = published
        self._texts = texts or {}
        dates = [date for date in published.values() if date is not None]
        self._first = min(dates) if dates else None
        self._times: dict[str, list[tuple[int, str]]] = {}
        # a story's times are a few values, each given by many reports of a few publication dates
        self._occasions: dict[tuple, str] = {}
        for claim in claims:
            # "the strongest since 2009, when a 6.9 tremor killed 41": a bound names its year too
            if claim.kind == "time" and (is_point_in_time(claim.value) or is_since_bound(claim.value)):
                self._times.setdefault(claim.source, []).append((claim.start, self._occasion(claim)))
        for entries in self._times.values():
            entries.sort()

    def _occasion(self, claim) -> str:
        key = (claim.value, self._published.get(claim.source))
        if key not in self._occasions:
            self._occasions[key] = self._occasion_of(*key)
        return self._occasions[key]

    def _occasion_of(self, value, published: dt.date | None) -> str:
        days = named_days(value)
        if days is None:
            # A bare weekday is this week's; "October 19" without a year is its own occasion.
            return "current" if value.weekday is not None else f"unresolved {value.timex_value}"
        for reference in (published, self._first):
            if (
                reference is not None
                and days[0] <= add_days(reference, CURRENT_DAYS)
                and add_days(reference, -CURRENT_DAYS) < days[1]
            ):
                return "current"
        # "the deal is expected to close in the third quarter": what the news looks forward to within the
        # year is the news's own occasion, not a past one
        if published is not None and published < days[0] <= add_days(published, NEAR_FUTURE_DAYS):
            return "current"
        years = interval(value, "year")
        return f"{years[0].year}-{years[1].year - 1}"

    def of(self, claim) -> str:
        """ "current", or the year range of the past time the claim's sentence is dated by."""
        if claim.kind == "time":
            return self._occasion(claim)
        entries = self._times.get(claim.source, [])
        low = bisect.bisect_left(entries, (claim.sentence_start, ""))
        text = self._texts.get(claim.source, "")
        found = [
            occasion
            for start, occasion in itertools.takewhile(lambda e: e[0] < claim.sentence_end, entries[low:])
            # "turnout was 68%, up from 61% in 2019": the year is the earlier value's
            if not (start > claim.end and _COMPARED_WITH.search(text, claim.end, start))
        ]
        found = found or ["current"]
        return "current" if "current" in found else found[0]


# What gives an earlier value to compare a value with: the times after it are that value's
_COMPARED_WITH = re.compile(
    r"\b(?:up|down|rising|falling|rose|fell|increased|decreased|climbed|dropped)\s+from\b|\bcompared\s+(?:with|to)\b"
    r"|\bagainst\s+(?:\S+\s+){0,3}?in\b|\bthan\b",
    re.I,
)


def slots(
    claims: Sequence, published: Mapping[str, dt.date | None], texts: Mapping[str, str] | None = None
) -> list[Slot]:
    """Every slot with claims from more than one place in the sources, in a deterministic order.

    ``texts`` (source id -> text) lets alignment read a claim's sentence: a time
    that dates the reporting ("On Monday, the coroner said he died") is not the
    time of the event reported.
    """
    occasions = Occasions(claims, published, texts)
    people_by_sentence: dict[tuple[str, int], set[str]] = {}
    for claim in claims:
        if claim.kind == "entity" and claim.value.kind == "person":
            people_by_sentence.setdefault((claim.source, claim.sentence_start), set()).add(claim.value.id)
    times_per_sentence = Counter(_time_in_sentence(c) for c in claims if c.kind == "time" and c.event)
    blocks: dict[tuple[str, ...], list] = {}
    for claim in claims:
        if claim.kind == "time" and _one_of_several_times(claim, times_per_sentence):
            # "on Tuesday and Wednesday", "from 2006 to 2017": each time is only part of the event's time;
            # "became a star in the 1950s, died Thursday": beside a day, a decade or a year is another's
            continue
        if claim.kind == "time" and texts and not dates_the_event(claim, texts.get(claim.source, "")):
            continue
        if (
            claim.kind == "quantity"
            and texts
            and tells_background(texts.get(claim.source, "")[claim.sentence_start : claim.sentence_end])
        ):
            continue  # "18 months after a similar operation in which 62 people were detained"
        for key in _keys(claim, occasions, _party_to(claim, people_by_sentence)):
            blocks.setdefault(key, []).append(claim)
    merged = _join_story_measures(_merge_similar(blocks))
    people = {event_key(c.value.id) for c in claims if c.kind == "entity" and c.value.kind == "person"}
    result = []
    for key, members in sorted(merged.items()):
        members = sorted(members, key=lambda c: (c.source, c.start, c.end, c.id))
        if len({(c.source, c.start) for c in members}) < 2:
            continue
        family = key[0]
        counted = [c.value.counted for c in members if c.kind == "quantity" and c.value.counted] + [
            c.value.title for c in members if c.kind == "recurrence" and c.value.title
        ]
        name = slot_name(key, counted, people)
        result.append(Slot(family, key, name, tuple(members), FAMILY_RULES[family]))
    return result


def _time_in_sentence(claim) -> tuple[str, int, str, bool]:
    """A time's event in its sentence, and whether the time names a day or less."""
    return claim.source, claim.sentence_start, event_key(claim.event), claim.value.granularity in _DAY_OR_LESS


_DAY_OR_LESS = frozenset({"day", "time"})


def _one_of_several_times(claim, times_per_sentence: Counter) -> bool:
    """Whether a time of an event shares its sentence with other times of that event: another of its
    kind, or, for a decade or a year, a day."""
    key = _time_in_sentence(claim)
    days = times_per_sentence[(*key[:3], True)]
    return days > 1 if key[3] else times_per_sentence[key] > 1 or days > 0


def _party_to(claim, people_by_sentence: Mapping[tuple[str, int], set[str]]) -> str | None:
    """The one person a contract or a salary is told with, who is not the one telling it: "a $180
    million contract with Ivo Marsh", "signed Dana Quist to a $14 million deal". A story of signings
    tells each player's contract; a story of one company's takeover names no one's."""
    if (
        claim.kind != "quantity"
        or claim.value.measure != "money"
        or claim.value.counted not in (DEAL, SALARY)
    ):
        return None
    people = people_by_sentence.get((claim.source, claim.sentence_start), set()) - {claim.stance.speaker}
    return next(iter(people)) if len(people) == 1 else None


def _keys(claim, occasions: Occasions, party: str | None = None) -> Iterable[tuple[str, ...]]:
    kind = claim.kind
    event = _slot_event(event_key(claim.event))
    if kind == "time" and event and is_point_in_time(claim.value):
        once = event_verb(claim.event) in ONCE_ONLY_VERBS
        if once or occasions.of(claim) == "current":
            yield ("time", event, "once" if once else "current")
    elif kind == "quantity" and claim.value.counted:
        subject = normal(party) if party else event or normal(claim.subject)
        story_wide = (
            claim.value.measure not in ("count", "money")
            or _is_outcome(claim.value.counted)
            or claim.value.counted in (DEAL, PRICE, PER_SHARE, STOLEN, SALARY, *RELEASE_SUMS)
            or (claim.value.measure == "money" and counted_key(claim.value.counted) == DAMAGE)
        )
        if story_wide and (not subject or _unplaced(subject)):
            # A measured attribute named without its event ("It struck at a depth of 10 km", "The
            # turnout was 61%") is the story's: the sources compared are one story's. So is the count
            # of an outcome ("12 people were injured", "the attack killed 9": no one named); other
            # counts are not (a match report counts the passes of each player). A deal's value and a
            # price are the story's deal's and product's (a report naming several gives one value
            # each, and they stay apart), and the cost of the damage is the incident's; so is the bail of
            # the one suspect (a report that gives two sums tells of several, and its sums stay apart).
            subject = STORY_SUBJECT
        if not subject:
            return
        occasion = occasions.of(claim)
        counted = counted_key(claim.value.counted)
        # "two other victims" are a part of the victims, not a count of them all
        if (
            counted
            and not (claim.value.high == 0 and harm_of(claim.value.counted))
            and not OTHERS_QUOTE.match(claim.quote)
        ):
            yield ("quantity", subject, claim.value.measure, counted, occasion)
        harm = harm_of(claim.value.counted)
        if harm is not None:
            yield ("harm", subject, occasion)
    elif kind == "age":
        person = normal(claim.value.person)
        if len(person.split()) >= 2 and written_names_in(claim.quote, [person]):
            yield ("age", person)
    elif kind == "role":
        title = normal(claim.value.title)
        person = normal(claim.value.person)
        organisation = normal(claim.value.organisation)
        if not title or not person:
            return
        if claim.value.ordinal is not None:
            yield ("title", title, organisation, str(claim.value.ordinal))
            yield ("person-title", person, title, organisation)
        elif organisation or is_single_holder(title):
            # An office named without its organisation is the story's own ("the team's general
            # manager"); the rule compares such holders only when their names look like one
            # person's written two ways.
            yield ("title", title, organisation, "")
    elif kind == "recurrence" and is_edition(claim.value.title) and occasions.of(claim) == "current":
        yield ("edition", normal(claim.value.title))  # "the 86th Marlow Awards" the story is about
    elif kind == "entity" and claim.value.kind == "place" and event:
        if normal(claim.predicate) in ("place", "location", "where", "in", "at", "near"):
            occasion = occasions.of(claim)
            if event_verb(claim.event) in ONCE_ONLY_VERBS or occasion == "current":
                yield ("place", event, occasion)


_SAYING = (
    r"(?:said|says|told|announced|confirmed|reported|ruled|stated|testified|added|wrote|released|issued|"
    r"published|posted|disclosed|identified)"
)


_POSSESSIVE = re.compile(r"[\u2019']s\s+(?:\w+\s+){0,3}?(\w+)")
# "the death toll rose to 52 on Thursday", "has climbed to at least 12 people as of Monday": the time
# the count changed, a day or more after the event it counts
_COUNT_CHANGED_BEFORE = re.compile(
    r"\b(?:rose|risen|rising|climbed|increased|jumped|grew|swelled|reached)\s+(?:to\s+)?"
    r"(?:(?:at\s+least|about|nearly|almost|more\s+than|over)\s+)?(?:\d[\d,]*|"
    + "|".join(WORD_NUMBERS)
    + r")(?:\s+[a-z]+)?[\s,]+(?:(?:on|by|as\s+of|late|early|in)\s+)?\Z",
    re.IGNORECASE,
)


def dates_the_event(claim, text: str) -> bool:
    """Whether a time claim's words date its event, rather than the reporting or another noun.

    Not the event's: the time of a reporting verb ("X said Monday", "On
    Monday, X said ..."), a possessive time that dates the noun after it
    ("Sunday's game" dates the game, not the arrest the sentence is about),
    a time a noun is for ("the injury report for Wednesday"), and a time in
    reported content after the event's mention ("The charges state that she
    took the money Tuesday").
    """
    sentence = text[claim.sentence_start : claim.sentence_end]
    return _dates_the_event(sentence, claim.start - claim.sentence_start, claim.quote, claim.event or "")


# Alignment and the frame both ask of each time claim; what they ask is all in these arguments.
@functools.lru_cache(maxsize=4096)
def _dates_the_event(sentence: str, at: int, quote: str, event: str) -> bool:
    if not sentence or sentence[at : at + len(quote)] != quote:
        return True
    before, after = sentence[:at], sentence[at + len(quote) :]
    if re.search(r"\bfor\s+$", before, re.IGNORECASE):
        return False
    verb = event_verb(event)
    possessive = _POSSESSIVE.match(after)
    if possessive and not _names_event(possessive.group(0), verb):
        return False
    if _inside_reported_content(before, verb) or _COUNT_CHANGED_BEFORE.search(before):
        return False
    if document_event(sentence, at, at + len(quote)) is not None:
        return True  # "the levy rules issued in March": the issuing is the act, not a saying
    return not _dates_the_saying(before, after)


_THAT_CLAUSE = re.compile(
    r"\b(?:say|says|said|allege|alleges|alleged|claim|claims|show|shows|state|states)\s+that\b", re.I
)


def _inside_reported_content(before: str, verb: str) -> bool:
    """Whether the time sits in a "says that ..." clause that follows the event's only mention.

    "The charges state that she took the money Tuesday": Tuesday is the
    taking's, not the charging's.
    """
    mentions = [
        m.end() for m in re.finditer(r"\w+", before) if verb and m.group().lower().startswith(verb[:4])
    ]
    return bool(mentions) and bool(_THAT_CLAUSE.search(before, mentions[-1]))


def _names_event(words: str, verb: str) -> bool:
    return bool(verb) and any(word.lower().startswith(verb[:4]) for word in re.findall(r"\w+", words))


# where a saying was made: "in a statement", "in a news release", "at a press conference"
_IN_A_STATEMENT = (
    r"(?:\s+(?:in|at|during)\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|interview|release|post|email|e-mail|tweet|conference|briefing|update))"
)


def _dates_the_saying(before: str, after: str) -> bool:
    """Whether the time is that of a reporting or publishing verb: "X said Monday", "On Monday, X said
    ...", "X on Monday said", "a video released by police Saturday", "X said in a statement early
    Wednesday"."""
    # "said Monday", "released by authorities Saturday afternoon", "said in a statement early Wednesday"
    if re.search(
        rf"\b{_SAYING}(?:\s+by\s+(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){{0,3}}?)?{_IN_A_STATEMENT}?"
        rf"\s+(?:on\s+|late\s+|early\s+)?$",
        before,
        re.IGNORECASE,
    ):
        return True
    if re.match(rf"\s+{_SAYING}\b", after, re.IGNORECASE):
        return True  # "Police on Sunday identified the man killed in Saturday's shooting"
    opening = re.fullmatch(r"\s*(?:(?:On|Late|Early|Earlier|Later)\s+)?", before, re.IGNORECASE)
    return bool(opening and re.match(rf",?\s+[^,.;]{{0,80}}?\b{_SAYING}\b", after, re.IGNORECASE))


def _merge_similar(blocks: dict[tuple[str, ...], list]) -> dict[tuple[str, ...], list]:
    """Merge blocks whose keys differ only by a near-identical name or counted thing.

    Candidates share every other part of the key, so each comparison is
    within a small group (same event and measure, or same surname).
    """
    groups: dict[tuple, list[tuple[str, ...]]] = {}
    for key in blocks:
        family = key[0]
        if family == "quantity":
            groups.setdefault(("quantity", key[1], key[2], key[4]), []).append(key)
        elif family == "age":
            groups.setdefault(("age", key[1].split()[-1]), []).append(key)
    rename: dict[tuple[str, ...], tuple[str, ...]] = {}
    for group, keys in sorted(groups.items()):
        keys = sorted(keys)
        for i, key in enumerate(keys):
            for earlier in keys[:i]:
                target = rename.get(earlier, earlier)
                if _same_thing(group[0], key, earlier):
                    rename[key] = target
                    break
    merged: dict[tuple[str, ...], list] = {}
    for key, members in blocks.items():
        merged.setdefault(rename.get(key, key), []).extend(members)
    return merged


def _join_story_measures(blocks: dict[tuple[str, ...], list]) -> dict[tuple[str, ...], list]:
    """Give a measure stated without its event ("It struck at a depth of 10 km") to the one event
    the story measures that way ("The quake hit at a depth of 100 km"); with two such events (two
    quakes) which one is meant cannot be told, and the measure stays apart. Likewise the time or
    count of "the shooting" (no one named) goes to the one shooting the story names participants of.
    """
    events: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for key in blocks:
        if key[0] in ("quantity", "time") and key[1] != STORY_SUBJECT and not _unplaced(key[1]):
            events.setdefault((key[0], *key[2:]), []).append(key)
    joined = dict(blocks)
    for key in sorted(blocks):
        if key[0] == "quantity" and key[1] == STORY_SUBJECT and _several_in_one_source(blocks[key]):
            # "a depth of 10 km ... a depth of 70 km" in one report: the story has several of them.
            del joined[key]
            continue
        if key[1] == STORY_SUBJECT:
            owners = events.get((key[0], *key[2:]), [])
        elif key[0] in ("quantity", "time") and _unplaced(key[1]):
            verb = event_verb(key[1])
            owners = [owner for owner in events.get((key[0], *key[2:]), []) if event_verb(owner[1]) == verb]
        else:
            continue
        if len(owners) == 1:
            joined[owners[0]] = joined[owners[0]] + joined.pop(key)
    return joined


def _several_in_one_source(claims: list) -> bool:
    values: dict[str, set] = {}
    for claim in claims:
        values.setdefault(claim.source, set()).add((claim.value.si_low, claim.value.si_high))
    return any(len(found) > 1 for found in values.values())


def _same_thing(family: str, key: tuple[str, ...], other: tuple[str, ...]) -> bool:
    if family == "quantity":
        first, second = key[3], other[3]
        if sorted(_NUMBERISH.findall(first)) != sorted(_NUMBERISH.findall(second)):
            return False
        if {harm_of(first), harm_of(second)} - {None} and harm_of(first) != harm_of(second):
            return False
        return fuzz.token_sort_ratio(first, second) >= COUNTED_SIMILARITY
    first, second = key[1].split(), other[1].split()
    if first[0] != second[0] and not (first[0][0] == second[0][0] and fuzz.ratio(first[0], second[0]) >= 80):
        return False
    return fuzz.ratio(key[1], other[1]) >= NAME_SIMILARITY
