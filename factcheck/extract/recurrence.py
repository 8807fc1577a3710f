"""Ordinal and recurrence claims: the n-th occurrence of a series of events.

- "for the first time in 24 years" (published 2024-06-17): ordinal 1,
  ``previous_gap_years=24``, window [2000-06-17, 2024-06-17): the previous
  occurrence about 24 years back and none in between;
- "his second visit to the country since 2019": ordinal 2 within
  [2019-01-01, published);
- "his second in less than five years": ordinal 2 within (published - 5
  years, published);
- "their first summit": ordinal 1, no window;
- "In July 2000 ... visited North Korea for the first time" and "when Putin
  first visited": ordinal 1, ``occurrence`` the time of the sentence;
- "the 12th Doctor", "the 46th president": ``title`` with its ordinal;
- "the first to recognize North Korea": ordinal 1 of the verb's series;
- "she has two prior convictions": ordinal 3 of the series "conviction",
  the one in the news (two before it).

Times are not parsed here: the time claims of the source (from
:mod:`factcheck.extract.timex`) come in, and the window is the duration or
"since" span right after the ordinal. ``series`` is the lemma of the thing
counted: the noun after the ordinal ("visit", "summit"), or for "the first
time" and elliptical ordinals ("his second in ...") the nearest event word
before it ("visit" in "will visit North Korea for the first time"), or the
verb of a "that" clause after it ("the first time since 1990 that the river
has flooded"). A window belongs to the ordinal only when it follows its
phrase ("the first woman to lead the party in its 120-year history" has
none).

Not recurrences: "First," opening a sentence, an ordinal in what a person is called before their
name ("first baseman Tor Lindh", "first officer Ana Bell"), "at first", "first-hand",
"first lady", "first aid", ranks ("second-largest"), dates ("the 19th of
June", "June 19th"), centuries ("21st century"), addresses ("117th
Street"), names such as "the Second World War" or "the First Amendment",
and bare ordinals without a window ("she finished third").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from factcheck.extract.gazetteer import fold, given_names
from factcheck.extract.numbers import OrdinalMention, find_ordinals, words_value
from factcheck.extract.patterns import may_hold_any
from factcheck.extract.spans import claim_span
from factcheck.extract.timex import window_of
from factcheck.records import (
    Duration,
    DurationClaim,
    Recurrence,
    RecurrenceClaim,
    Segment,
    Source,
    TimeClaim,
    TimeSpan,
)
from factcheck.values import singular_noun

# How far after an ordinal (in characters) its window may start: "first time in 24 years", "second visit to
# the country since 2019"
WINDOW_REACH = 60
# How far before an ordinal (in characters) its event word is looked for ("will visit North Korea for the
# first time")
EVENT_REACH = 160

_MONTH_NAMES = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_NOT_RECURRENCE_AFTER_RE = re.compile(
    rf"^(?:-?hand\b|-degree\b|\s+degree\b|\s+lady\b|\s+aid\b|\s+responders?\b|\s*-?\s*(?:century|centuries|"
    rf"millennium)\b|\s+of\s+(?:{_MONTH_NAMES})\b|\s+(?:{_MONTH_NAMES})\b|[\s-]+(?:[a-z]+est|most|least|largest|"
    rf"biggest)\b|\s+(?:half|quarter|person|place|cousin|hand|nature|glance|sight|thing|things|name|names)\b|\s*,)",
    re.IGNORECASE,
)
_NOT_RECURRENCE_BEFORE_RE = re.compile(
    rf"(?:\b(?:at|every|a\s+split)\s+$|\b(?:{_MONTH_NAMES})\.?\s+(?:the\s+)?$)",
    re.IGNORECASE,
)
_EVER_RE = re.compile(r"^(?:-|\s+)ever\b", re.IGNORECASE)
# What may stand between an ordinal's noun and its "in N years" window
_DURATION_LEAD_RE = re.compile(
    r"\s*(?:in|within)\s+(?:the\s+(?:past|last)\s+)?(?:(?:more|less|fewer)\s+than\s+|nearly\s+|almost\s+|"
    r"about\s+|over\s+|just\s+)?",
    re.IGNORECASE,
)
# "first visit to the country in 24 years": where the occurrence went may come between the noun and its window
_DESTINATION_RE = re.compile(
    r"(?:\s+(?:to|of|in|at|with)\s+(?:the\s+|a\s+|an\s+)?(?:[A-Za-z'’.-]+\s*?){1,3})?"
    + _DURATION_LEAD_RE.pattern,
    re.IGNORECASE,
)
# A comma ends the ordinal's phrase before a "since" window; an infinitive does not: "the first storm
# to reach the coast since 2011" counts storms since 2011
_CLAUSE_BREAK_RE = re.compile(r"[,;:()]")
_THAT_CLAUSE_RE = re.compile(r"[^.;:]{0,40}?\bthat\s+([^.;:,]{0,80})")
_LOWER_WORD_RE = re.compile(r"\b[a-z]+\b")
_AUXILIARY_FORMS = frozenset("is was were has had".split())
_INFINITIVE_RE = re.compile(r"\s+to\s+([a-z]+)\b")
_WORD_AFTER_RE = re.compile(r"\s*([A-Za-z][A-Za-z'’\-]*)")
_POSSESSIVE_RE = re.compile(r"['’]s?$")
# The capitalised words after an ordinal, then the first word that is not one
_WORDS_UP_TO_LOWER_RE = re.compile(r"\s*((?:[A-Z][A-Za-z'’\-]*\s+)*)([A-Za-z][A-Za-z'’\-]*)")
# A title after an ordinal ("46th President", "12th Doctor", "first prime minister"), and what it is of
_TITLE_WORDS_RE = re.compile(
    r"\s+((?:[A-Z][A-Za-z'’\-]*)(?:\s+(?:[A-Z][A-Za-z'’\-]*))*|[a-z][a-z\-]*(?:\s+minister)?)"
)
_OF_NAME_RE = re.compile(r"\s+of\s+((?:the\s+)?[A-Z][A-Za-z'’\-]*(?:\s+[A-Z][A-Za-z'’\-]*)*)")
_ROLE_NOUNS = frozenset(
    """president prime minister chancellor secretary-general secretary pope king queen emperor empress governor
    mayor doctor chief executive ceo director chairman chairwoman chair speaker premier archbishop bishop
    dalai lama commissioner commander general justice duke earl baron sultan emir president-elect""".split()
)
_STOP_WORDS = frozenset(
    """a an the of in on at to from by for with and or but as than that which who whom whose this these those
    it its their his her our your my we they he she i you is are was were be been being have has had do does
    did will would can could may might must shall should not no so if then there here when where while after
    before during since until about over under into onto out up down off per each every all any some more
    most such other same own only just also still even yet ago later earlier last next ever set expected
    due scheduled planned upcoming historic official said says say according time times one ones what
    marking marks marked making against among amid between toward towards through across behind beyond near
    within without despite including via""".split()
)
# "has three prior convictions", "with two previous arrests": a count of the earlier occurrences of a
# series, owned by whoever has them (not "the two previous games", which counts no one's record)
# The words a prior count needs: most reports have none, and their sentences are not searched for one.
PRIOR_WORDS = ("prior", "previous", "earlier")
_PRIOR = "|".join(PRIOR_WORDS)
_PRIOR_COUNT_RE = re.compile(
    r"\b(?:has|had|have|having|with|his|her|their)\s+"
    r"(?P<count>no|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
    rf"(?:{_PRIOR})\s+(?P<noun>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){{0,2}})",
    re.IGNORECASE,
)
# A prior count's quote as the comparison sees it: it is about the occurrence in the news
PRIOR_COUNT_QUOTE = re.compile(rf"[\w-]+\s+(?:{_PRIOR})\s", re.IGNORECASE)
_NOT_SERIES_NOUNS = frozenset("occasion occasions attempt attempts".split())
# What "a prior ..." counts as one: a record's step ("Hale has a prior theft conviction")
_ONE_ON_RECORD = frozenset("conviction arrest offense offence charge".split())
# Modifiers between an ordinal and its noun ("second such arrest", "81st annual awards", "third straight win")
_SERIES_MODIFIERS = frozenset("such straight consecutive annual successive".split())
# Capitalised words after a digit ordinal that make an address, not a title ("117th Street")
_ADDRESS_WORDS = frozenset(
    """street st avenue ave road rd boulevard blvd lane ln drive dr place pl terrace court ct way parkway
    highway precinct district ward floor""".split()
)
# Words after which a verb comes ("will visit", "to meet", "has visited")
_VERB_CUES = frozenset("will would to has have had did does could should may might must shall can".split())
_COMPLEMENT_RE = re.compile(r"\s+(?:to|with|on|of|into|by|against)\b")
_TIME_WORDS = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years decade decades".split()
)
_ORDINAL_WORDS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth".split())
_IRREGULAR_LEMMAS = {
    "met": "meet",
    "held": "hold",
    "took": "take",
    "taken": "take",
    "went": "go",
    "gone": "go",
    "came": "come",
    "made": "make",
    "won": "win",
    "ran": "run",
    "flew": "fly",
    "flown": "fly",
    "saw": "see",
    "seen": "see",
    "gave": "give",
    "given": "give",
    "led": "lead",
    "left": "leave",
    "began": "begin",
    "begun": "begin",
    "fell": "fall",
    "fallen": "fall",
    "struck": "strike",
    "hit": "hit",
    "became": "become",
    "sent": "send",
    "spoke": "speak",
    "spoken": "speak",
    "wrote": "write",
    "written": "write",
    "built": "build",
    "bought": "buy",
    "sold": "sell",
    "told": "tell",
    "thought": "think",
    "brought": "bring",
    "people": "person",
    "children": "child",
    "men": "man",
    "women": "woman",
    "is": "be",
    "was": "be",
    "were": "be",
    "has": "have",
    "had": "have",
    "news": "news",
    "series": "series",
}
# Stems that lost a final "e" to "-ed"/"-ing" ("arrived", "caused", "injured", "closed", "fired", "damaged")
_KEEP_FINAL_E = ("v", "z", "c", "g", "us", "ur", "os", "as", "ir", "et")


def find_recurrences(
    source: Source,
    segments: Sequence[Segment],
    time_claims: Iterable[TimeClaim | DurationClaim] = (),
) -> list[RecurrenceClaim]:
    """The ordinal and recurrence claims of the content segments of ``source``, in text order.

    ``time_claims`` are the source's time and duration claims (from
    :func:`factcheck.extract.timex.find_times`); windows and occurrences
    are taken from those of the same sentence.
    """
    by_sentence: dict[int, list[TimeClaim | DurationClaim]] = {}
    for claim in sorted(time_claims, key=lambda c: (c.start, c.end, c.id)):
        by_sentence.setdefault(claim.sentence_start, []).append(claim)
    claims: list[RecurrenceClaim] = []
    counts_prior = may_hold_any(source.text, PRIOR_WORDS)
    for segment in segments:
        if not segment.content or segment.duplicate_of is not None:
            continue
        sentence_times = by_sentence.get(segment.start, [])
        ordinals = find_ordinals(source.text, segment.start, segment.end)
        for index, ordinal in enumerate(ordinals):
            previous_end = ordinals[index - 1].end if index else segment.start
            next_start = ordinals[index + 1].start if index + 1 < len(ordinals) else segment.end
            claim = _recurrence(source, segment, ordinal, sentence_times, (previous_end, next_start))
            if claim is not None:
                claims.append(claim)
        if counts_prior:
            claims.extend(_prior_counts(source, segment))
    claims.sort(key=lambda c: (c.start, c.end, c.id))
    return claims


def _recurrence(
    source: Source,
    segment: Segment,
    ordinal: OrdinalMention,
    times: list[TimeClaim | DurationClaim],
    neighbours: tuple[int, int],
) -> RecurrenceClaim | None:
    """The claim of one ordinal; ``neighbours`` bound its clause (the ends of the ordinals around it)."""
    previous_end, next_start = neighbours
    text = source.text
    before = text[max(segment.start, ordinal.start - 40) : ordinal.start]
    after = text[ordinal.end : segment.end]
    if _NOT_RECURRENCE_AFTER_RE.match(after) or _NOT_RECURRENCE_BEFORE_RE.search(before):
        return None
    if _inside_time(ordinal, times):
        return None
    if ordinal.text[0].isdigit() and re.search(r"\bon\s+the\s+$", before, re.IGNORECASE):
        return None  # "on the 19th": a day of the month
    if ordinal.value == 1 and not text[segment.start : ordinal.start].strip() and ordinal.text[0].isupper():
        # "First, ..." / "First responders ..." open sentences as adverbs or fixed phrases
        if not re.match(r"^\s+[a-z]+\s+[a-z]", after):
            return None
    position = ordinal.end
    ever = _EVER_RE.match(after)
    if ever:
        position += ever.end()
    following = _WORD_AFTER_RE.match(text, position, segment.end)
    if (
        following
        and following.group(1)[0].isupper()
        and following.group(1).lower().rstrip(".") in _ADDRESS_WORDS
    ):
        return None
    title, title_end = _title(text, segment, ordinal, position)
    if title is None and _names_something(text, segment, ordinal, position):
        return None
    if title is not None:
        series, series_end, has_noun = title.lower(), title_end, True
    else:
        series, series_end, has_noun = _series(text, segment, ordinal, position)
        if has_noun and _given_name_after(text, series_end, segment.end):
            return None  # "first baseman Tor Lindh": the ordinal is part of what the person is called
    end = max(series_end, position)
    window_start = window_end = None
    gap = None
    occurrence = None
    window = _window(text, times, end, min(next_start, end + WINDOW_REACH))
    if window is None and title is None and ordinal.value >= 2:
        window = _since_clause(text, times, end, min(next_start, end + WINDOW_REACH), source.published)
    if window is not None and title is None:
        window_start, window_end = window_of(window.value, source.published)
        value = window.value
        if (
            isinstance(value, Duration)
            and value.low is not None
            and value.low == value.high
            and ordinal.value == 1
        ):
            gap = _years(value)
        end = max(end, window.end)
    elif not has_noun:
        return None  # a bare ordinal ("finished third") says nothing comparable without a window
    elif title is None:
        occurrence = _occurrence(text, times, ordinal, previous_end, next_start)
    if series is None:
        series = _event_after(text, end, segment.end)
    recurrence = Recurrence(
        ordinal=ordinal.value,
        series=series,
        window_start=window_start,
        window_end=window_end,
        previous_gap_years=gap,
        occurrence=occurrence,
        title=title,
    )
    start = ordinal.start
    return RecurrenceClaim(
        id=f"{source.id}:{start}-{end}:recurrence",
        **claim_span(source, segment, start, end),
        predicate="title" if title else "recurrence",
        value=recurrence,
    )


_PERSON_NAMED_AFTER = re.compile(r" +[A-Z][a-z]+\b")


def _given_name_after(text: str, position: int, end: int) -> bool:
    word = _PERSON_NAMED_AFTER.match(text, position, end)
    return word is not None and fold(word.group().strip()) in given_names()


def _prior_counts(source: Source, segment: Segment) -> list[RecurrenceClaim]:
    """ "has three prior convictions": the occurrence in the news is the fourth of its series."""
    found = []
    for match in _PRIOR_COUNT_RE.finditer(source.text, segment.start, segment.end):
        word = match["count"].lower()
        count = (
            0
            if word == "no"
            else 1
            if word in ("a", "an")
            else int(word)
            if word.isdigit()
            else words_value(word)
        )
        nouns = []
        for noun in match["noun"].split():
            # a participle ends the noun phrase: "three prior convictions spanning two years"
            if noun.lower() in _STOP_WORDS or (nouns and noun.islower() and noun.endswith(("ing", "ed"))):
                break
            nouns.append(noun)
        if word in ("a", "an") and (not nouns or nouns[-1].lower() not in _ONE_ON_RECORD):
            continue  # "had a previous meeting": at least one, no count
        if count is None or not nouns or nouns[0].lower() in _TIME_WORDS | _NOT_SERIES_NOUNS:
            continue
        start = match.start("count")
        end = match.start("noun") + len(" ".join(nouns))
        found.append(
            RecurrenceClaim(
                id=f"{source.id}:{start}-{end}:recurrence",
                **claim_span(source, segment, start, end),
                predicate="recurrence",
                value=Recurrence(ordinal=count + 1, series=" ".join(nouns)),
            )
        )
    return found


def _inside_time(ordinal: OrdinalMention, times: list[TimeClaim | DurationClaim]) -> bool:
    return any(c.start <= ordinal.start and ordinal.end <= c.end for c in times)


def _names_something(text: str, segment: Segment, ordinal: OrdinalMention, position: int) -> bool:
    """True for a word ordinal inside a name ("the Second World War", "First Lady", "the First Amendment").

    A capitalised modifier before a common noun ("the first Russian leader") is not a name.
    """
    if ordinal.text[0].isdigit():
        return False
    mid_sentence = bool(text[segment.start : ordinal.start].strip())
    if ordinal.text[0].isupper() and mid_sentence:
        return True
    following = _WORDS_UP_TO_LOWER_RE.match(text[position : segment.end])
    if following is None:
        return False
    return following.group(2)[0].isupper()


def _title(text: str, segment: Segment, ordinal: OrdinalMention, position: int) -> tuple[str | None, int]:
    """An ordinal title: "the 12th Doctor", "the 46th president of the United States"."""
    match = _TITLE_WORDS_RE.match(text[position : segment.end])
    if match is None:
        return None, position
    words = match.group(1)
    if words[0].isupper() and not ordinal.text[0].isdigit():
        return None, position
    if words[0].islower() and words.lower() not in _ROLE_NOUNS:
        return None, position
    end = position + match.end()
    role = _WORD_AFTER_RE.match(text, end, segment.end)
    if words[0].isupper() and role and role.group(1) in _ROLE_NOUNS:
        words, end = f"{words} {role.group(1)}", role.end()  # "the 46th US president"
    of = _OF_NAME_RE.match(text[end : segment.end])
    if of:
        words = f"{words} of {of.group(1)}"
        end += of.end()
    return words, end


def _series(
    text: str, segment: Segment, ordinal: OrdinalMention, position: int
) -> tuple[str | None, int, bool]:
    """(lemma of the thing counted, end of its noun or ``position``, whether a noun follows the ordinal)."""
    tokens: list[tuple[str, int]] = []
    cursor = position
    while len(tokens) < 3:
        match = _WORD_AFTER_RE.match(text, cursor, segment.end)
        if match is None or match.start(1) > cursor + 2:
            break
        word = match.group(1)
        lower = _POSSESSIVE_RE.sub("", word.lower())
        if lower in _SERIES_MODIFIERS:
            cursor = match.end()
            continue
        if lower in _STOP_WORDS and lower != "time" or tokens and lower.endswith("ed") or len(lower) < 2:
            break
        if (
            word[0].isupper()
            and tokens == []
            and not re.match(r"\s+[a-z]", text[match.end() : match.end() + 3])
        ):
            break
        tokens.append((lower, match.start(1) + len(lower)))
        cursor = match.end()
        if lower == "time" or lower.endswith(("ed",)) and len(tokens) == 1 or lower != word.lower():
            break
        following = text[cursor : cursor + 2]
        if not following.startswith(" ") or following[1:2].isupper() and len(tokens) >= 1:
            break
    if tokens and tokens[-1][0] == "time":
        return _event_before(text, segment, ordinal), tokens[-1][1], True
    if tokens:
        head = tokens[-1][0]
        return (_lemma(head) if head.endswith("ed") else _singular(head)), tokens[-1][1], True
    infinitive = _INFINITIVE_RE.match(text, position, segment.end)
    if infinitive and infinitive.group(1) not in _STOP_WORDS:
        # "the first to recognize North Korea" counts recognitions; "the first to do so" what was done
        verb = infinitive.group(1)
        series = _event_before(text, segment, ordinal) if verb == "do" else _lemma(verb)
        return series, infinitive.end(), True
    return _event_before(text, segment, ordinal), position, False


def _event_before(text: str, segment: Segment, ordinal: OrdinalMention) -> str | None:
    """The event word nearest before the ordinal in its sentence, as a lemma.

    A verb is preferred ("visit" in "will visit the island for the first time": a word after a modal or
    "to", or a past or -ing form; for a passive or a participle clause, the noun after it: "quake" in
    "was hit by a quake", "split" in ", causing a split for the first time"), then a
    noun that takes a complement ("visit" in "his visit to the island, his second ..."), then the
    nearest content word.
    """
    before = text[max(segment.start, ordinal.start - EVENT_REACH) : ordinal.start]
    candidates: list[tuple[str, str, str]] = []  # (word, word before, text after) nearest first
    words = list(re.finditer(r"[A-Za-z][A-Za-z'’\-]*", before))
    for index in range(len(words) - 1, -1, -1):
        word = words[index].group(0)
        lower = word.lower()
        if word[0].isupper() or "'" in word or "’" in word or len(word) < 3 or lower.endswith("ly"):
            continue
        if (
            lower in _STOP_WORDS
            or lower in _TIME_WORDS
            or lower in _ORDINAL_WORDS
            or words_value(lower) is not None
        ):
            continue
        previous = words[index - 1].group(0).lower() if index else ""
        if before[: words[index].start()].rstrip().endswith(","):
            previous = ","
        candidates.append((lower, previous, before[words[index].end() :]))
    for index, (lower, previous, after) in enumerate(candidates):
        if (
            previous in _VERB_CUES
            or lower in _IRREGULAR_LEMMAS
            or lower.endswith(("ed", "ing"))
            and len(lower) > 5
        ):
            if index and (re.match(r"\s+by\b", after) or previous == "," and lower.endswith("ing")):
                # a passive ("was hit by a quake") or a participle clause ("..., causing a split for the
                # first time") counts the noun after the verb
                head = _object_head(after)
                if head is not None:
                    return _singular(head)
            return _lemma(lower)
    for lower, _, after in candidates:
        if _COMPLEMENT_RE.match(after):
            return _singular(lower)
    return _lemma(candidates[0][0]) if candidates else None


def _event_after(text: str, start: int, stop: int) -> str | None:
    """The verb of a "that" clause after the ordinal ("flood" in "the first time since the 1990s that the
    river has flooded")."""
    clause = _THAT_CLAUSE_RE.match(text, start, stop)
    if clause is None:
        return None
    for match in _LOWER_WORD_RE.finditer(clause.group(1)):
        word = match.group(0)
        if (
            word in _IRREGULAR_LEMMAS
            and word not in _AUXILIARY_FORMS
            or len(word) > 4
            and word.endswith("ed")
        ):
            return _lemma(word)
    return None


def _object_head(after: str) -> str | None:
    """The head of the first noun phrase in ``after`` ("split" in " a public split in the council")."""
    head = None
    for match in re.finditer(r"[A-Za-z][A-Za-z'’\-]*", after):
        lower = match.group(0).lower()
        if lower in _STOP_WORDS:
            if head is not None:
                break
            continue
        head = lower
    return head


def _lemma(word: str) -> str:
    """A rough lemma of an English noun or verb ("visited" -> "visit", "summits" -> "summit")."""
    word = word.lower().strip("-")
    if word in _IRREGULAR_LEMMAS:
        return _IRREGULAR_LEMMAS[word]
    for suffix in ("ed", "ing"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            if stem.endswith("i") and suffix == "ed":
                return stem[:-1] + "y"
            if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] in "bdgmnprt":
                return stem[:-1]
            if stem.endswith("ell") and len(stem) > 4:
                return stem[:-1]
            if stem.endswith(_KEEP_FINAL_E) and not stem.endswith(("ss", "sh", "ch")):
                return stem + "e"
            return stem
    return _singular(word)


def _singular(word: str) -> str:
    """A noun without its plural ending ("summits" -> "summit"); "meeting" stays "meeting"."""
    word = word.lower().strip("-")
    return _IRREGULAR_LEMMAS[word] if word in _IRREGULAR_LEMMAS else singular_noun(word)


# "the second escape from the prison since it opened in ", "the third title since he took over in "
_SINCE_CLAUSE_RE = re.compile(
    r"(?:\s+(?:to|of|in|at|with|from|for|by)\s+(?:the\s+|a\s+|an\s+)?(?:[A-Za-z'’.-]+\s*?){1,3})?"
    r"\s+since\s+(?:it|he|she|they|we|the\s+[\w-]+|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+"
    r"(?:(?:was|were|had|has|first)\s+)?[a-z]+(?:\s+(?:over|up|back))?\s+in\s+\Z"
)


def _since_clause(
    text: str, times: list[TimeClaim | DurationClaim], start: int, stop: int, published: dt.date | None
) -> TimeClaim | None:
    """The window of a count since an event told by its own clause: "the second escape since it
    opened in 1998" counts within [1998, publication). Only for a second or later: "the first win
    since he took over in 2019" says none since then, not that the last one was in 2019, as "the
    first since 2019" does."""
    for claim in times:
        value = claim.value
        if (
            start <= claim.start <= stop
            and isinstance(value, TimeSpan)
            and value.start is not None
            and value.granularity in ("year", "month", "day")
            and _SINCE_CLAUSE_RE.fullmatch(text, start, claim.start)
        ):
            return claim.model_copy(
                update={"value": value.model_copy(update={"signal": "since", "end": published})}
            )
    return None


def _window(
    text: str, times: list[TimeClaim | DurationClaim], start: int, stop: int
) -> TimeClaim | DurationClaim | None:
    """The window right after the ordinal's noun: a "since" span ("second visit to the country since
    2019") or a duration introduced by "in"/"within" ("first time in 24 years"); not one inside another
    phrase ("the first woman to lead the party in its 120-year history")."""
    for claim in times:
        if claim.start < start or claim.start > stop:
            continue
        between = text[start : claim.start]
        value = claim.value
        if isinstance(value, TimeSpan) and value.signal == "since" and value.start is not None:
            if not _CLAUSE_BREAK_RE.search(between):
                return claim
        if (
            isinstance(value, Duration)
            and value.signal in ("in", "within")
            and (_DURATION_LEAD_RE.fullmatch(between) or _DESTINATION_RE.fullmatch(between))
        ):
            return claim
    return None


# A clause of its own between an ordinal and a date: "the fourth defence of the title he won in 2023",
# "the third edition of the race that began in 2019", "the title Ivo Marsh won in 2023"
_RELATIVE_CLAUSE_RE = re.compile(
    r"\b(?:that|which|who|whom|he|she|they|we)\s+(?:\w+\s+)?[a-z]+\b"
    r"|\b[A-Z][a-z'’-]+\s+(?:[a-z]+ed|won|took|made|held|lost|began|became|got|set|built|bought|sold)\s"
)


def _occurrence(
    text: str,
    times: list[TimeClaim | DurationClaim],
    ordinal: OrdinalMention,
    previous_end: int,
    next_start: int,
) -> TimeSpan | None:
    """The time the ordinal's occurrence happens at: the nearest resolved date after it in its clause
    ("a second summit in September 2023"), else the nearest before it ("In July 2000, ... for the first time").

    Vague references ("current": PRESENT_REF) date nothing.
    """
    dates = [
        claim
        for claim in times
        if isinstance(claim, TimeClaim)
        and claim.value.start is not None
        and not claim.value.timex_value.endswith("_REF")
        and claim.value.signal not in ("since", "until", "till", "by", "before", "after")
    ]
    after = [
        c
        for c in dates
        if ordinal.end <= c.start < min(next_start, ordinal.end + WINDOW_REACH)
        and not re.search(r"[,;:()]", text[ordinal.end : c.start])
        and not _RELATIVE_CLAUSE_RE.search(text, ordinal.end, c.start)
    ]
    if after:
        return min(after, key=lambda c: (c.start, c.end)).value
    before = [c for c in dates if previous_end <= c.start and c.end <= ordinal.start]
    if before:
        return max(before, key=lambda c: (c.end, c.start)).value
    return None


def _years(value: Duration) -> float | None:
    per_year = {
        "year": 1.0,
        "decade": 10.0,
        "century": 100.0,
        "month": 1 / 12,
        "week": 7 / 365.25,
        "day": 1 / 365.25,
    }
    if value.low is None or value.unit not in per_year:
        return None
    return round(value.low * per_year[value.unit], 6)
