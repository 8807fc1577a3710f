"""Verdicts on the draft's sentences that state something without a typed value.

"The two leaders will sign a partnership deal" has no date, count or age, yet a source can say the
same. A sentence of the draft that no typed claim covers is a *statement* when it tells of an event
(a word of the frame's lexicon, :func:`factcheck.compare.lexicon.event_words`) or names someone or
somewhere with enough words to say something about them. It is **supported** when a sentence of a
source names the same people and places (by their entity ids, name variants merged by the frame) and
the same predicate by meaning (an event word of the same class: "travelled to" and "visited"; else
most of the draft sentence's content words), with the same polarity; **unverified** otherwise.
A bare mention ("Russian President Vladimir Putin") is not a statement.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.compare.align import counted_key, normal
from factcheck.compare.lexicon import event_words
from factcheck.compare.rules.polarity import is_negative
from factcheck.read.segment import segment_source
from factcheck.records import ClaimRef
from factcheck.values import value_key

# Of the draft sentence's content words, this share must recur in a source sentence that has no
# event word in common with it.
WORD_OVERLAP = 0.6
# ... and this share when the two sentences name an event of the same kind.
EVENT_OVERLAP = 0.4
MIN_WORDS = 4
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
# Numbers written out are values, not what a sentence is about.
_NUMBER_WORDS = frozenset(
    "four five nine eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty "
    "forty fifty sixty seventy eighty ninety hundred thousand million billion three seven eight dozen dozens "
    "half".split()
)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_NEGATION = re.compile(r"\b(?:not|never|no|denied|denies|deny|n['’]t|neither|nor)\b", re.I)
_STOP = frozenset(
    """about after again against also among amid another around because been before being between both
    could during each every from have having here into itself just more most much must only other over
    said says same should since some such than that their them then there these they this those through
    under until very were what when where which while will with would your year years time times first
    second last next week month today tuesday monday wednesday thursday friday saturday sunday""".split()
)


@dataclass(frozen=True)
class _Sentence:
    source: str
    start: int
    end: int
    text: str
    entities: frozenset[str]
    events: frozenset[str]
    words: frozenset[str]
    negated: bool


def _stem(word: str) -> str:
    word = word.lower().replace("’", "'").removesuffix("'s")
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _words(text: str) -> frozenset[str]:
    return frozenset(
        _stem(w) for w in _WORD.findall(text) if len(w) >= 4 and w.lower() not in _STOP | _NUMBER_WORDS
    )


def _sentences(source, claims, judge) -> list[_Sentence]:
    entities: dict[int, set[str]] = {}
    segments = [s for s in segment_source(source) if s.content and s.duplicate_of is None]
    starts = [s.start for s in segments]
    for claim in claims:
        if claim.source != source.id or claim.kind != "entity":
            continue
        at = _segment_at(starts, claim.start)
        if at is not None:
            ident = judge.frame.person_of.get(claim.value.id, claim.value.id)
            entities.setdefault(at, set()).add(ident)
    found = []
    for i, segment in enumerate(segments):
        people = {pid for _, _, pid in judge.frame.people_in(segment.text)}
        found.append(
            _Sentence(
                source=source.id,
                start=segment.start,
                end=segment.end,
                text=segment.text,
                entities=frozenset(entities.get(i, set()) | people),
                events=frozenset(name for _, _, name in event_words(segment.text)),
                words=_words(segment.text),
                negated=bool(_NEGATION.search(segment.text)),
            )
        )
    return found


def _segment_at(starts: list[int], offset: int) -> int | None:
    import bisect

    index = bisect.bisect_right(starts, offset) - 1
    return index if index >= 0 else None


def _says_same(mine: _Sentence, theirs: _Sentence) -> bool:
    """Whether a source's sentence states what the draft's does: the same polarity, the people and
    places the draft names (two of them at least, when it names two), and the same kind of event with
    some of the same words, or most of the same words."""
    if mine.negated != theirs.negated:
        return False
    shared = mine.entities & theirs.entities
    if len(shared) < min(2, len(mine.entities)):
        return False
    overlap = len(mine.words & theirs.words) / max(1, len(mine.words))
    if mine.events & theirs.events:
        # "trip" or "talks" recur all through a story: the same event needs some of the same words too
        return overlap >= EVENT_OVERLAP
    # without an event word of the lexicon ("fired coach Maurice Cheeks"), the more of the same people
    # and places, the fewer of the same words it takes
    return overlap >= WORD_OVERLAP - 0.1 * min(2, len(shared))


def sentence_verdicts(judge, claims: Sequence, verdicts: list) -> list:
    """The draft's verdicts completed from the sources' sentences: a typed claim no fact or slot
    judged is supported when a source sentence that tells the same thing (:func:`_says_same`, by
    entities or event) states the same value ("on Tuesday" in "set to visit on Tuesday and
    Wednesday"); then a verdict for each checkable sentence that no typed claim's verdict covers."""
    from factcheck.compare.verdicts import DraftClaim

    draft = judge.draft
    mine_all = _sentences(draft, claims, judge)
    theirs: list[_Sentence] = []
    for source_id in sorted(judge.sources):
        theirs += _sentences(judge.sources[source_id], judge.source_claims, judge)
    by_sentence: dict[tuple[str, int], list] = {}
    for claim in judge.source_claims:
        by_sentence.setdefault((claim.source, claim.sentence_start), []).append(claim)
    index = {c.id: c for c in claims}
    result = []
    for verdict in verdicts:
        claim = index.get(verdict.claim)
        if verdict.label == "unverified" and claim is not None and claim.kind != "entity":
            sentence = next((s for s in mine_all if s.start <= claim.start < s.end), None)
            if sentence is not None:
                verdict = _parallel(judge, claim, verdict, sentence, claims, theirs, by_sentence)
        result.append(verdict)
    covered = [(v.start, v.end) for v in result]
    for sentence in mine_all:
        if any(sentence.start <= start < sentence.end for start, _ in covered) or not _checkable(sentence):
            continue
        same = [other for other in theirs if _says_same(sentence, other)]
        refs = [
            ClaimRef(
                claim=f"{o.source}:statement:{o.start}",
                source=o.source,
                start=o.start,
                end=o.end,
                quote=o.text,
                side="agree",
                value="the same statement",
            )
            for o in same
        ]
        result.append(
            DraftClaim(
                claim=f"{draft.id}:statement:{sentence.start}",
                kind="statement",
                start=sentence.start,
                end=sentence.end,
                quote=sentence.text,
                label="supported" if refs else "unverified",
                supported_by=judge.evidence_of(refs),
            )
        )
    return sorted(result, key=lambda v: (v.start, -v.end, v.claim))


def _parallel(judge, claim, verdict, sentence: _Sentence, claims, theirs, by_sentence):
    """A typed claim no fact or slot judged, against the claims of the sources' sentences that tell
    the same thing (:func:`_related`): of the same kind and sort ("missed nine games" and "missed 10
    games"), the same value supports it ("on Tuesday" in "set to visit on Tuesday and Wednesday"); a
    value the comparison's rules find impossible with it, when each sentence holds only that one
    claim of its sort, contradicts it, at warning (a sentence's parallel is less sure than a fact)."""
    from factcheck.compare.verdicts import Severity

    siblings = [c for c in claims if c.sentence_start == claim.sentence_start and _same_sort(judge, claim, c)]
    support, against, codes, why = [], [], [], []
    for other in theirs:
        if sentence.negated != other.negated or not (
            sentence.entities & other.entities or sentence.events & other.events
        ):
            continue
        strict = _related(claim, sentence, other)
        there = by_sentence.get((other.source, other.start), ())
        support += [c for c in there if c.kind == claim.kind and _alike(claim, c) and _same_value(claim, c)]
        candidates = [c for c in there if _same_sort(judge, claim, c)]
        for candidate in candidates:
            if _same_value(claim, candidate):
                continue
            if (
                not strict
                or len(candidates) > 1
                or len(siblings) > 1
                or not _said_alike(judge, claim, candidate)
            ):
                continue  # not clearly the same thing, or which value answers which is not clear
            found = judge._conflict(claim, candidate, _rules_for(claim))
            if found is not None:
                against.append(candidate)
                codes.append(found[0])
                why.append(found[1])
    if not support and not against:
        return verdict
    supported_by, contradicted_by = judge.evidence(support, "agree"), judge.evidence(against, "against")
    pro, con = supported_by.independent_sources, contradicted_by.independent_sources
    label = "contradicted" if con > pro else "disputed" if con == pro else "supported"
    return verdict.model_copy(
        update={
            "label": label,
            "severity": Severity.warning if label == "contradicted" else None,
            "supported_by": supported_by,
            "contradicted_by": contradicted_by,
            "explanations": tuple(dict.fromkeys(why)),
            "rules": tuple(sorted(set(codes))),
        }
    )


def _rules_for(claim) -> tuple[str, ...]:
    """The rules that judge two values of one sort: a time of day by its clock alone (the day a bare
    "8 p.m." was resolved to is a guess), as the frame judges it."""
    if claim.kind == "time" and claim.value.granularity == "time":
        return ("FC103",)
    return _RULES[claim.kind]


def _alike(claim, other) -> bool:
    """Whether two claims of equal value could say the same thing: counts of things named with a word
    in common ("three people" and "three victims" are not told apart, "three cars" is), ages given
    with the same name; any two times, durations or ordinals of sentences about the same thing."""
    if claim.kind == "quantity":
        mine, theirs = (
            set(counted_key(claim.value.counted or "").split()),
            set(counted_key(other.value.counted or "").split()),
        )
        return claim.value.measure == other.value.measure and (bool(mine & theirs) or not (mine and theirs))
    if claim.kind == "age":
        return normal(claim.value.person) == normal(other.value.person)
    return claim.kind in ("time", "duration", "recurrence", "role")


def _same_value(claim, other) -> bool:
    """The same value, or the same weekday where one of the two is a bare weekday ("arrives on
    Tuesday" and "on Tuesday, June 18")."""
    if is_negative(claim) != is_negative(other):
        return False
    if value_key(claim) == value_key(other):
        return True
    if claim.kind != "time" or claim.value.weekday is None or claim.value.granularity != "day":
        return False
    if claim.value.start is not None and other.value.start is not None:
        return False
    weekday = other.value.weekday if other.value.start is None else other.value.start.weekday()
    return weekday == claim.value.weekday


_RULES = {"time": ("FC101", "FC102", "FC103"), "quantity": ("FC201",), "age": ("FC301",)}


def _same_sort(judge, claim, other) -> bool:
    """Two claims that could state one thing: times of one granularity read against publication dates
    days apart at most, counts of one thing, measures of one dimension, ages of one participant."""
    if claim.kind != other.kind or claim.kind not in _RULES:
        return False
    a, b = claim.value, other.value
    if claim.kind == "time":
        if "_REF" in a.timex_value or "_REF" in b.timex_value:
            return False
        if not _same_week(judge, claim, other):
            return False  # "Friday" in reports a year apart are two Fridays
        return a.granularity == b.granularity and bool(a.clock) == bool(b.clock)
    if claim.kind == "quantity":
        if a.measure != b.measure:
            return False
        # the thing counted or measured must be named alike: a story gives many sums of money
        key = counted_key(a.counted or "")
        return bool(key) and key == counted_key(b.counted or "") and a.dimension == b.dimension
    # one participant of the story's, by name: not "a 21-year-old man" and "a 66-year-old man"
    people = judge.frame.person_of
    mine, theirs = people.get(claim.subject or ""), people.get(other.subject or "")
    return mine is not None and mine == theirs


# Two days this far apart at most may be two reports' dates of one occasion.
_NEAR_DAYS = 7
# Words that may stand between a value and the word that says what it is of: "missed [only] nine games".
_FILLER_BEFORE = frozenset(
    "a an the of to at for with only just nearly almost about some over under than more less least "
    "most around roughly by on in his her their its".split()
)


def _head(text: str, claim) -> str:
    """The word that governs a value in its sentence ("missed" in "he missed nine games"), stemmed."""
    before = text[claim.sentence_start : claim.start]
    words = [w.lower() for w in _WORD.findall(before) if w.lower() not in _FILLER_BEFORE]
    return _stem(words[-1]) if words else ""


def _said_alike(judge, claim, other) -> bool:
    """Whether two values are said of the same thing in the same way, as a contradiction between
    sentences needs: a count governed by the same word ("missed nine games", "missed 10 games"; not
    "played eight games"); a day or a time of day that dates the event, not the reporting ("the
    Academy announced Friday"), in sentences that name the same event."""
    from factcheck.compare.align import dates_the_event

    if claim.kind == "time":
        if claim.value.granularity not in ("day", "time"):
            return False  # a year or a month in a story dates many things
        a, b = claim.value.start, other.value.start
        if (
            claim.value.granularity == "day"
            and a is not None
            and b is not None
            and abs((a - b).days) > _NEAR_DAYS
        ):
            return False  # days weeks apart are two occasions, not two dates of one
        return dates_the_event(claim, judge.texts[claim.source]) and dates_the_event(
            other, judge.texts[other.source]
        )
    if claim.kind == "quantity":
        mine, theirs = _head(judge.texts[claim.source], claim), _head(judge.texts[other.source], other)
        return bool(mine) and mine == theirs
    return True


def _same_week(judge, claim, other) -> bool:
    from factcheck.compare.frame import SAME_WEEK_DAYS

    if claim.value.anchor == "absolute" and other.value.anchor == "absolute":
        return True
    dates = [judge.published.get(claim.source), judge.published.get(other.source)]
    return None not in dates and abs((dates[0] - dates[1]).days) <= SAME_WEEK_DAYS


def _related(claim, mine: _Sentence, theirs: _Sentence) -> bool:
    """Whether a source's sentence surely tells of the same thing as the draft's, so that another value
    there contradicts the draft's: same polarity; the same people where both name some (one player's
    missed games are not another's); an event or a name in common, and many words (a story dates and
    counts many things)."""
    if mine.negated != theirs.negated:
        return False
    entities = bool(mine.entities & theirs.entities)
    if mine.entities and theirs.entities and not entities:
        return False
    events = bool(mine.events & theirs.events)
    overlap = len(mine.words & theirs.words) / max(1, len(mine.words))
    if claim.kind == "time":
        return events and overlap >= WORD_OVERLAP / 2
    return (entities or events) and overlap >= WORD_OVERLAP / 2


def _checkable(sentence: _Sentence) -> bool:
    """A sentence that states something: it tells of an event or names someone or somewhere, or says
    enough in plain words ("The fire started in a boiler room"); not a question, an exclamation or a
    line too short to say anything (a headline, a byline)."""
    text = _COMMENT.sub("", sentence.text).rstrip()  # a directive states nothing
    if len(_WORD.findall(text)) < MIN_WORDS or text.endswith(("?", "!")):
        return False
    if sentence.events or sentence.entities:
        return len(sentence.words) >= 2
    return len(sentence.words) >= 3
