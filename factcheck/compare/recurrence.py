"""Recurrence reasoning: claims about a series of events as constraints on its dates.

A series is one repeatable event (the visits of one leader to one country).
Every claim about it constrains ``N(t)``, the number of occurrences before
month ``t``:

- an occurrence in ``[a, b)``                      ->  N(b) - N(a) >= 1
- the k-th within a window ``[w, c)``              ->  N(c) - N(w) == k - 1
- the k-th ever, dated ``c``                       ->  N(c) - N(origin) == k - 1
- "first in N years" at ``c``                      ->  one about N years before, none after it

These are difference constraints: they hold together exactly when the graph
with an edge ``a -> b`` of weight ``w`` for each ``N(b) - N(a) <= w`` has no
negative cycle (Bellman-Ford). Months are the unit: news gives visits to the
month at best, and a finer grid would only add false precision.

Claims that say the same thing (one source's lede repeated, two sources with
the same date) are one *proposition*; propositions keep all their claims.
When a series is inconsistent, the fewest propositions (counted by
independent sources, then by number) whose removal restores consistency form
one side; the propositions that take part in a minimal inconsistent set with
them form the other. Sets are searched up to a small size: a series with a
conflict that needs more claims to show is left alone (precision first).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from factcheck.compare.align import LEGAL_STEPS, event_key, event_verb, series_key
from factcheck.compare.lexicon import kind_of
from factcheck.compare.naming import series_phrase
from factcheck.compare.sentences import sentence_events
from factcheck.extract.patterns import search_at_end
from factcheck.extract.recurrence import PRIOR_COUNT_QUOTE
from factcheck.values import MONTHS, add_days, interval, is_point_in_time

# "for the first time in 24 years": sources round the gap to whole years.
GAP_TOLERANCE_MONTHS = 12
MAX_SET_SIZE = 4


def month_of(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def month_name(month: int) -> str:
    year, index = divmod(month, 12)
    return f"{MONTHS[index]} {year}"


def _period(start: int, end: int) -> str:
    """A month range as words: "2000", "July 2000", "between March 2019 and June 2024"."""
    if end - start == 1:
        return month_name(start)
    if start % 12 == 0 and end - start == 12:
        return str(start // 12)
    return f"between {month_name(start)} and {month_name(end - 1)}"


@dataclass(frozen=True, order=True)
class Bound:
    """``low <= N(end) - N(start) <= high`` (``high`` None: unbounded); ``start`` None is the origin."""

    start: int | None
    end: int
    low: int
    high: int | None


@dataclass(frozen=True)
class Proposition:
    """What one or more claims say about a series, as bounds, with its words and arithmetic."""

    bounds: tuple[Bound, ...]
    statement: str
    arithmetic: str
    claims: tuple[str, ...]
    sources: tuple[str, ...]


def _ordinal(number: int) -> str:
    return {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth"}.get(number, f"{number}th")


def _occurrence_months(span) -> tuple[int, int] | None:
    if span is None or not is_point_in_time(span):
        return None
    days = interval(span)
    if days is None:
        return None
    start, end = days
    return month_of(start), max(month_of(add_days(end, -1)) + 1, month_of(start) + 1)


def _count(number: int, noun: str) -> str:
    if number == 0:
        return f"no earlier {noun}"
    if number == 1:
        return f"one earlier {noun}"
    return f"exactly {number} earlier {noun}s"


# "It is the fourth visit by ...", "This was her second trip", "According to the club, this is his
# third": an ordinal a clause gives, through its opening pronoun, to the event in the news.
_OF_THE_NEWS = re.compile(
    r"(?:[^.;:]*,\s+)?(?:[Ii]t|[Tt]his)(?:\s+is|\s+was|['’]s)\s+"
    r"(?:the|his|her|their|its|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}['’]s?)\s+$"  # "It was Ivo Marsh's fourth"
)
# "Ivo Marsh has checked into a clinic for the third time", "has been held for the second time": a
# clause in the present perfect tells of the occurrence in the news
_PERFECT_BEFORE = re.compile(
    r"\b(?:has|have)\s+(?:\w+ly\s+|just\s+|now\s+|again\s+)?(?:been\s+)?[a-z]+\b[^.;:,]*\Z"
)
# "Ivo Marsh will become the 11th actor to play the role": what the one in the news becomes
_BECOMES_BEFORE = re.compile(r"\b(?:will\s+become|will\s+be|becomes|became|has\s+become)\s+the\s+\Z")
# "in its 28-year history", "in the club's history": all the time there was, no window
_HISTORY_AFTER = re.compile(
    r"(?:\s+[\w'’-]+){0,4}?\s+in\s+(?:its|their|his|her|the\s+[\w'’-]+['’]s?)\s+(?:[\w-]+\s+)?(?:history|existence)\b",
    re.IGNORECASE,
)
# A count within a window ("in 34 days", "this year", "since May") is of another series.
_WINDOW_AFTER = re.compile(
    r"\b(?:in|within|over|during|this|so\s+far)\b[^.;]*?\b(?:days?|weeks?|months?|years?|decades?)\b"
    r"|\bsince\b|\bthis\s+(?:season|century|spring|summer|autumn|fall|winter)\b"
    # a window of other things than time: "in four games", "in his last 10 starts", "of the season"
    r"|\b(?:in|over|of)\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?:(?:last|past|previous|first)\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+[a-z-]+s\b"
    r"|\bof\s+the\s+(?:season|year|campaign|tournament|series|tour)\b",
    re.IGNORECASE,
)


def of_the_news(claim, text: str) -> bool:
    """Whether the claim's sentence gives its ordinal, bare ("the fourth visit", not "the second deadly
    shooting ... in 34 days"), to the occurrence in the news: by an opening pronoun ("It is the fourth
    visit"), in the present perfect ("has checked into a clinic for the third time") or as what the one in
    the news becomes ("will become the 11th actor"); a count of the earlier occurrences ("has two prior
    convictions") is always about it."""
    if PRIOR_COUNT_QUOTE.match(claim.quote):
        return True
    # "the first escape from the prison in its 28-year history" is the first ever: no window
    history = _HISTORY_AFTER.match(text, claim.end, claim.sentence_end)
    return (
        bool(
            _OF_THE_NEWS.fullmatch(text, claim.sentence_start, claim.start)
            or search_at_end(_PERFECT_BEFORE, text, claim.start)
            or search_at_end(_BECOMES_BEFORE, text, claim.start)
        )
        and len(claim.quote.split()) == 2
        and not _WINDOW_AFTER.search(text, history.end() if history else claim.end, claim.sentence_end)
    )


def _given_to_the_news(claim, text: str) -> bool:
    """Whether a report gives an ordinal to the occurrence in the news, bare (:func:`of_the_news`) or
    with a window of time it was read with ("It is the second escape since it opened in 1998")."""
    if claim.kind != "recurrence" or claim.value.occurrence is not None or claim.value.title is not None:
        return False
    if claim.value.window_start is not None:
        return bool(_OF_THE_NEWS.fullmatch(text, claim.sentence_start, claim.start))
    return _undated_count(claim) and of_the_news(claim, text)


def constraints_of(
    claim, published: dt.date | None, noun: str = "occurrence", current: bool = False
) -> tuple[tuple[Bound, ...], str, str] | None:
    """The bounds one claim puts on its series, a statement of them and the arithmetic behind them.

    ``published`` dates the occurrence in the news when the claim gives it no date; ``current``:
    the claim is about the occurrence in the news (:func:`of_the_news`).
    """
    if claim.kind == "time":
        occurrence = _occurrence_months(claim.value)
        if occurrence is None:
            return None
        start, end = occurrence
        return (Bound(start, end, 1, None),), f"a {noun} in {_period(start, end)}", ""
    if claim.kind != "recurrence":
        return None
    value = claim.value
    this = _occurrence_months(value.occurrence)
    if this is None:
        # An undated "first time in N years" or "second since 2019" speaks of the
        # occurrence in the news; an undated bare ordinal ("for the first time")
        # may be any occurrence and says nothing checkable, unless the sentence
        # gives it to the occurrence in the news ("It is the fourth visit").
        anchored = value.previous_gap_years is not None or value.window_start is not None
        if published is None or not (anchored or current):
            return None
        this = (month_of(published), month_of(published) + 1)
    start, end = this
    bounds = [Bound(start, end, 1, None)]
    when = _period(start, end)
    ordinal = value.ordinal
    if value.previous_gap_years is not None and ordinal in (None, 1):
        gap = round(value.previous_gap_years * 12)
        previous = start - gap
        earliest, latest = previous - GAP_TOLERANCE_MONTHS, previous + GAP_TOLERANCE_MONTHS + 1
        bounds += [Bound(earliest, latest, 1, None), Bound(latest, start, 0, 0)]
        years = f"{value.previous_gap_years:g}"
        arithmetic = f"{years} years before {month_name(start)} is {month_name(previous)}"
        statement = (
            f"the previous {noun} in about {month_name(previous)} and none since (first in {years} years)"
        )
        return tuple(bounds), statement, arithmetic
    if ordinal is None:
        return tuple(bounds), f"a {noun} in {when}", ""
    if value.window_start is not None:
        window = month_of(value.window_start)
        if window >= start:
            return None
        if ordinal == 1:
            # "the first visit since 2000" in its conventional meaning: the last one was in 2000,
            # none since (not: none from January 2000 on)
            last = window + (12 if value.window_start.month == 1 and value.window_start.day == 1 else 1)
            if last >= start:
                return None
            bounds += [Bound(window, last, 1, None), Bound(last, start, 0, 0)]
            since = month_name(window) if last - window == 1 else str(value.window_start.year)
            statement = f"the previous {noun} in {since} and none since (the first since {since})"
            return tuple(bounds), statement, ""
        bounds.append(Bound(window, start, ordinal - 1, ordinal - 1))
        statement = (
            f"{_count(ordinal - 1, noun)} between {month_name(window)} and {when} "
            f"(the {_ordinal(ordinal)} since {month_name(window)})"
        )
        return tuple(bounds), statement, ""
    bounds.append(Bound(None, start, ordinal - 1, ordinal - 1))
    return (
        tuple(bounds),
        f"{_count(ordinal - 1, noun)} before {when} (the {_ordinal(ordinal)} {noun} ever)",
        "",
    )


def satisfiable(bounds: Sequence[Bound]) -> bool:
    """Whether some non-decreasing count N satisfies every bound (no negative cycle)."""
    points = sorted({p for b in bounds for p in (b.start, b.end) if p is not None})
    origin = (points[0] - 1) if points else 0
    nodes = [origin, *points]
    edges: list[tuple[int, int, int]] = []
    for earlier, later in itertools.pairwise(nodes):
        edges.append((later, earlier, 0))  # N(earlier) - N(later) <= 0
    for bound in bounds:
        start = origin if bound.start is None else bound.start
        if bound.high is not None:
            edges.append((start, bound.end, bound.high))
        edges.append((bound.end, start, -bound.low))
    distance = dict.fromkeys(nodes, 0)
    for _ in range(len(nodes)):
        changed = False
        for u, v, w in edges:
            if distance[u] + w < distance[v]:
                distance[v] = distance[u] + w
                changed = True
        if not changed:
            return True
    return False


@dataclass(frozen=True)
class SeriesConflict:
    """An inconsistent series: the side to correct, the side it contradicts, and why."""

    series: str
    corrected: tuple[Proposition, ...]
    contradicted: tuple[Proposition, ...]
    explanation: str


def propositions(
    claims: Sequence,
    published: Mapping[str, dt.date | None],
    noun: str = "occurrence",
    texts: Mapping[str, str] | None = None,
) -> list[Proposition]:
    """The claims of one series grouped by what they say, in a deterministic order; ``texts``
    (source id -> text) let a sentence tell that its ordinal is the news occurrence's.

    An undated occurrence in the news is one occurrence for every source: it is dated by the
    earliest publication of the story, not by each source's own (reports published on 30 April
    and 1 May speak of one visit, not of one in April and another in May).
    """
    dates = [day for day in published.values() if day is not None]
    news = min(dates) if dates else None
    grouped: dict[tuple[Bound, ...], list] = {}
    words: dict[tuple[Bound, ...], tuple[str, str]] = {}
    undated: list[tuple] = []
    for claim in claims:
        current = texts is not None and of_the_news(claim, texts.get(claim.source, ""))
        read = constraints_of(claim, news if published.get(claim.source) else None, noun, current)
        if read is None and news is None and current and _undated_count(claim):
            undated.append((claim, _count_of_the_news(claim.value.ordinal, noun)))
            continue
        if read is None:
            continue
        bounds, statement, arithmetic = read
        key = tuple(sorted(bounds, key=_bound_key))
        grouped.setdefault(key, []).append(claim)
        words.setdefault(key, (statement, arithmetic))
    if not grouped:
        # No report is dated: what the reports say of the occurrence in the news can still be
        # compared, as of one time, but not with the dated occurrences of the series.
        for claim, read in undated:
            grouped.setdefault(read[0], []).append(claim)
            words.setdefault(read[0], read[1:])
    result = []
    for key, members in grouped.items():
        statement, arithmetic = words[key]
        ordered = sorted(members, key=lambda c: (c.source, c.start, c.id))
        result.append(
            Proposition(
                bounds=key,
                statement=statement,
                arithmetic=arithmetic,
                claims=tuple(c.id for c in ordered),
                sources=tuple(sorted({c.source for c in ordered})),
            )
        )
    return sorted(result, key=lambda p: (p.sources, p.claims))


# The month of the occurrence in the news when no report is dated: any one month, the same for all
_NEWS_MONTH = 0


def _undated_count(claim) -> bool:
    """Whether the claim counts the occurrences before the one in the news and nothing else ("her
    second conviction", "two prior convictions"), so that no date is needed to compare it."""
    value = claim.value
    return (
        claim.kind == "recurrence"
        and value.ordinal is not None
        and value.window_start is None
        and value.previous_gap_years is None
        and value.occurrence is None
        and value.title is None
    )


def _count_of_the_news(ordinal: int, noun: str) -> tuple[tuple[Bound, ...], str, str]:
    bounds = (
        Bound(None, _NEWS_MONTH, ordinal - 1, ordinal - 1),
        Bound(_NEWS_MONTH, _NEWS_MONTH + 1, 1, None),
    )
    statement = f"{_count(ordinal - 1, noun)} before the one in the news (the {_ordinal(ordinal)} {noun})"
    return tuple(sorted(bounds, key=_bound_key)), statement, ""


def _bound_key(bound: Bound) -> tuple:
    return (-(10**9) if bound.start is None else bound.start, bound.end, bound.low, bound.high or -1)


def _holds(props: Sequence[Proposition]) -> bool:
    return satisfiable([b for p in props for b in p.bounds])


def find_conflict(
    series: str, props: Sequence[Proposition], independent: Callable[[Sequence[str]], int]
) -> SeriesConflict | None:
    """The smallest correction that makes ``props`` consistent, and what it contradicts."""
    if _holds(props):
        return None
    correction = _smallest_correction(props, independent)
    if correction is None:
        return None
    kept = [p for p in props if p not in correction]
    contradicted: list[Proposition] = []
    witnesses: list[tuple[Proposition, ...]] = []
    for removed in correction:
        for size in range(1, min(MAX_SET_SIZE, len(kept) + 1)):
            for others in itertools.combinations(kept, size):
                candidate = (removed, *others)
                if _holds(candidate) or not all(
                    _holds(_without(candidate, i)) for i in range(len(candidate))
                ):
                    continue
                witnesses.append(candidate)
                contradicted.extend(p for p in others if p not in contradicted)
    if not contradicted:
        return None
    contradicted.sort(key=lambda p: (p.sources, p.claims))
    witness = min(
        witnesses, key=lambda w: (len(w), -len({s for p in w for s in p.sources}), [p.claims for p in w])
    )
    return SeriesConflict(series, tuple(correction), tuple(contradicted), _explain(witness))


def _without(items: Sequence, index: int) -> tuple:
    return tuple(item for i, item in enumerate(items) if i != index)


def _smallest_correction(
    props: Sequence[Proposition], independent: Callable[[Sequence[str]], int]
) -> tuple[Proposition, ...] | None:
    best: tuple | None = None
    best_cost: tuple | None = None
    largest = MAX_SET_SIZE if len(props) <= 12 else 3 if len(props) <= 20 else 2
    for size in range(1, largest + 1):
        for removal in itertools.combinations(props, size):
            rest = [p for p in props if p not in removal]
            if not _holds(rest):
                continue
            sources = sorted({s for p in removal for s in p.sources})
            cost = (independent(sources), len(sources), size, [p.claims for p in removal])
            if best_cost is None or cost < best_cost:
                best, best_cost = removal, cost
    return best


def _explain(witness: Sequence[Proposition]) -> str:
    arithmetic = [p.arithmetic for p in witness if p.arithmetic]
    statements = [p.statement for p in witness]
    if len(statements) == 2:
        clash = f"{statements[0]} contradicts {statements[1]}"
    else:
        clash = ", ".join(statements[:-1]) + f" and {statements[-1]} cannot all hold"
    return "; ".join([*arithmetic, clash]) + "."


def _join_bare_legal_steps(unnamed: dict[str, list]) -> None:
    """A record told by its step alone ("two previous convictions for drink-driving": ``conviction:``)
    joins the one record of the story told with its offence ("three previous drink-driving convictions":
    ``drink-driving:``); beside records of two offences, which one is meant cannot be told."""
    for bare in [key for key in unnamed if key[:-1] in LEGAL_STEPS]:
        step = bare[:-1]
        specific = [
            key
            for key in unnamed
            if key != bare and any(step in (c.value.series or "").lower() for c in unnamed[key])
        ]
        if len(specific) == 1:
            unnamed[specific[0]] += unnamed.pop(bare)


def series_groups(claims: Sequence, texts: Mapping[str, str]) -> dict[str, list]:
    """The claims of each series, by its event key, with the time claims of that event.

    A count of earlier occurrences ("she has two prior convictions") forms a series by its noun
    (``conviction:``), whatever event its sentence names, with the ordinals of that noun that name no
    event ("this is her third conviction"), when they are the record of at most one person (two
    people's records are two series). So do such ordinals alone, when reports give them to the
    occurrence in the news ("It was his fourth defence" in one, "It was the fifth defence" in another).
    An ordinal of occurrences that names no event ("for the third time", "her second stint") counts the
    one kind of incident its sentence tells ("check_in:").
    """
    recurrences = [c for c in claims if c.kind == "recurrence"]
    counted = {series_key(c.value.series) for c in recurrences if PRIOR_COUNT_QUOTE.match(c.quote)}
    by_series: dict[str, list] = {}
    unnamed: dict[str, list] = {}
    for claim in recurrences:
        key = event_key(claim.event)
        noun = series_key(claim.value.series)
        if not key and claim.quote.lower().rpartition(" ")[2] in _OCCURRENCE_WORDS:
            key = _incident_of_sentence(claim, texts.get(claim.source, ""))
        if noun and (not key or (noun in counted and _undated_count(claim))):
            unnamed.setdefault(noun, []).append(claim)
        elif key:
            by_series.setdefault(key, []).append(claim)
    for claim in claims:
        if (
            claim.kind == "time"
            and event_key(claim.event) in by_series
            and not _in_future_clause(claim, texts.get(claim.source, ""))
        ):
            by_series[event_key(claim.event)].append(claim)
    _join_bare_legal_steps(unnamed)
    people = _people_by_word(claims)
    for key, members in unnamed.items():
        counts = [c for c in members if PRIOR_COUNT_QUOTE.match(c.quote)]
        owners = {owner for c in members if (owner := _owner(c, texts, people))}
        # "It was Ivo Marsh's fourth defence" in one report, "It was the fifth defence" in another
        told_of_the_news = len({c.source for c in members}) > 1 and all(
            _given_to_the_news(c, texts.get(c.source, "")) for c in members
        )
        if (counts or told_of_the_news) and len(owners) <= 1 and key not in by_series:
            by_series[key] = members
    return by_series


# Words of an ordinal that count the occurrences of whatever its sentence tells: "for the third time",
# "her second stint" (not "his second interception", "the first woman": those count their own things)
_OCCURRENCE_WORDS = frozenset({"time", "stint", "stay", "spell"})


def _incident_of_sentence(claim, text: str) -> str:
    """The series of an ordinal of occurrences whose words name no event ("checked into a clinic for the
    third time", "her second stint in a treatment facility"): the one kind of incident its sentence tells, by
    the story lexicon, as a key of its own ("check_in:"); "" where the sentence tells none or several."""
    sentence = text[claim.sentence_start : claim.sentence_end]
    classes = {name for *_, name in sentence_events(sentence) if kind_of(name) == "incident"}
    return f"{classes.pop()}:" if len(classes) == 1 else ""


# A clause that tells of an occurrence yet to come ("she will host it this year", "he is set to visit in
# May"): its time dates the coming occurrence, which a source may place loosely ("this year" for a
# ceremony of the next), and which no ordinal counts among the earlier ones.
_FUTURE = re.compile(
    r"\b(?:will|shall)\s|['’]ll\s|\b(?:is|are)\s+(?:set|scheduled|due|slated|expected|going)\s+to\s",
    re.IGNORECASE,
)
_CLAUSE_START = re.compile(r"[,;:—(]|\b(?:and|but|who|which|after|before|when|while)\s", re.IGNORECASE)


def _in_future_clause(claim, text: str) -> bool:
    """Whether the clause of a time claim, up to the time, tells of an occurrence yet to come."""
    head = text[claim.sentence_start : claim.start]
    starts = [m.end() for m in _CLAUSE_START.finditer(head)]
    return bool(_FUTURE.search(head, starts[-1] if starts else 0))


# The name a count of earlier occurrences belongs to: the last capitalised word of its clause before it
# ("Court records show Hale has three prior convictions")
_OWNER_RE = re.compile(r"\b([A-Z][A-Za-z'’-]+)[^,;:.A-Z]*$")
_PRONOUNS = frozenset("He She They It His Her Their Its This That".split())


def _owner(claim, texts: Mapping[str, str], people: Mapping[str, set[str]]) -> str | None:
    """Whose record the claim counts: its event's agent or patient, else the person its clause names before it
    (by any word of their name), else None (a pronoun: "this is his second")."""
    if claim.subject:
        return claim.subject
    patient = event_key(claim.event).partition(">")[2]
    if patient and any(patient in ids for ids in people.values()):
        return patient  # "his second conviction": the one convicted, not a place ("a conviction in Leeds")
    text = texts.get(claim.source, "")
    named = _OWNER_RE.search(text, claim.sentence_start, claim.start) if text else None
    if named is None or named[1] in _PRONOUNS or named.start() == claim.sentence_start:
        return None
    ids = people.get(named[1].lower(), set())
    return next(iter(ids)) if len(ids) == 1 else named[1].lower()


def _people_by_word(claims: Sequence) -> dict[str, set[str]]:
    """The people of the story by each word of their names, lower-cased."""
    by_word: dict[str, set[str]] = {}
    for claim in claims:
        if claim.kind == "entity" and claim.value.kind == "person":
            for word in claim.value.name.lower().split():
                by_word.setdefault(word, set()).add(claim.value.id)
    return by_word


def series_words(key: str, members: Sequence) -> tuple[str, str]:
    """The noun a series' statements count ("visit", "DUI conviction") and the fact it is, in words
    ("Ann Lee's visits to Chile", "the number of DUI convictions before the one in the news")."""
    unnamed = _unnamed_series_noun(members)
    if unnamed:
        return unnamed, f"the number of {unnamed}s before the one in the news"
    word = event_verb(key).replace("_", "-")  # "check-in", of the incident class "check_in"
    return (word if word.replace("-", "").isalpha() else "occurrence"), series_phrase(key)


def _unnamed_series_noun(members: Sequence) -> str | None:
    """The noun of a series that no event names, as its count of earlier occurrences writes it, in
    the singular ("DUI conviction"); None for a series with an event."""
    for claim in members:
        if claim.kind == "recurrence" and PRIOR_COUNT_QUOTE.match(claim.quote):
            words = claim.value.series.split()
            last = words[-1]
            if last.endswith("s") and not last.endswith("ss") and len(last) > 3:
                words[-1] = last[:-1]
            return " ".join(words)
    return None
