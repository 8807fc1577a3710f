"""What a count counts, and whether it is the whole: the counted thing of a story-wide count, a toll
told as a part ("including one man", "two of the five") or an addition ("a further four").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache

from factcheck.compare.sentences import PERSONAL
from factcheck.extract.numbers import WORD_NUMBERS
from factcheck.extract.person_nouns import PERSON_NOUNS
from factcheck.extract.quantities.phrases import PART_WORDS, is_participle, plural_phrase
from factcheck.values import COUNTED_SYNONYMS, OUTCOME_PARTICIPLES, plural, singular_noun

_COUNTED_STOP = frozenset("the a an of in on at to for from with by and or people persons".split())
# Nouns for people at large, who are counted by what happened to them
_ANYONE_BY_KIND = frozenset(
    "individuals men women adults males females teens teenagers youths juveniles boys girls".split()
)
_ANYONE = frozenset("residents locals villagers inhabitants suspects".split()) | _ANYONE_BY_KIND
_SCOPE_WORDS = frozenset(
    "total net gross combined average straight consecutive successive career season first last".split()
)
_CHUNK_END = frozenset("of in on at to for from with by and or".split())
# A group counted by its members or as a whole: "21 crew members", "a crew of 21"
_GROUPS_OF_MEMBERS = frozenset(
    "crew staff family band cast team board council committee faculty jury".split()
)


@lru_cache(maxsize=4096)  # asked of every count at every step that weighs it, of a few things
def counted_noun(counted: str) -> str:
    """The noun a count counts, plural folded: its head, the last noun before a participle or a
    preposition ("undersea cables cut" -> "cable", "residents of nearby flats" -> "resident"), a
    synonym by its group's word ("fire engines" -> "engine"), people by what happened to them
    ("people evacuated" -> "evacuated") or by where they were ("people aboard" -> "aboard")."""
    all_words = _words(counted)
    words = [w for w in all_words if w not in _COUNTED_STOP]
    outcome = next((w for w in words if w in OUTCOME_PARTICIPLES or w == _CARRIED), None)
    chunk = _head_chunk(all_words)
    noun = chunk[-1] if chunk else ""
    if outcome and (not noun or noun in _ANYONE or (outcome in _DONE_TO_PEOPLE and _a_person(noun))):
        # "40 people were evacuated", "60 residents of nearby flats were evacuated": one count, of the
        # evacuated; "two men were arrested" and "three people detained" likewise; "six inmates escaped"
        # is the count of the escaped (the prison's 1,400 inmates are another)
        return COUNTED_SYNONYMS.get(outcome, outcome)
    if not noun or noun in _ANYONE_BY_KIND:
        return ""  # "several men", "one woman": no thing of the story without what happened to them
    before = chunk[-2] if len(chunk) > 1 else ""
    if noun in ("member", "members") and before in _GROUPS_OF_MEMBERS:
        return COUNTED_SYNONYMS.get(before, before)  # "21 crew members" are "a crew of 21"
    if f"{before}-{noun}" in COUNTED_SYNONYMS:
        return COUNTED_SYNONYMS[f"{before}-{noun}"]  # "fire engines", written open, are "fire-engines"
    head = COUNTED_SYNONYMS.get(noun) or singular_noun(noun)
    # "120 net rushing yards" and "300 total yards" count other things, "five straight games" and
    # "six games" too: a word that narrows what is counted stays in its key, one that describes the
    # things ("undersea", "public", "local") does not
    scope = [w for w in chunk[:-1] if w in _SCOPE_WORDS or (w.endswith("ing") and len(w) > 5)]
    return " ".join([*scope, head])


# the people a ship, a plane or a bus carries are counted by where they were, as others by what befell them
_CARRIED = "aboard"


def _words(counted: str) -> list[str]:
    return re.findall(r"[a-z]+", counted.lower())


def _head_chunk(words: Sequence[str]) -> list[str]:
    """The words of a count's noun phrase up to its head, without articles and people at large."""
    return [w for w in words[: _chunk_end(words)] if w not in _COUNTED_STOP]


def _chunk_end(words: Sequence[str]) -> int:
    """Where a count's noun phrase ends: at the first preposition, or participle after its first word
    ("cables cut", "comments received", "officers hurt")."""
    return next(
        (
            i
            for i, w in enumerate(words)
            if i and (w in _CHUNK_END or is_participle(w) or w in OUTCOME_PARTICIPLES)
        ),
        len(words),
    )


# What happens to people themselves (not "deployed", "fired": what they are sent or do)
_DONE_TO_PEOPLE = frozenset(
    "arrested detained evacuated displaced rescued missing stranded trapped hospitalized hospitalised charged "
    "convicted escaped captured seized".split()
)


_PEOPLE_PLURALS = frozenset("children crew staff police personnel".split())


def _a_person(noun: str) -> bool:
    # "23 pirates captured", "two gunmen arrested": those who did it are people too
    return (
        noun in _PEOPLE_PLURALS
        or (noun.endswith("s") and noun[:-1] in PERSON_NOUNS)
        or COUNTED_SYNONYMS.get(noun) == "attacker"
    )


# "taken in a raid by 40 officers", "found by a team of 60 officers": who did what the sentence tells
_DOERS_BEFORE = re.compile(
    r"\bby\s+(?:(?:a|an)\s+(?:team|group|force|unit|squad|crew|contingent)\s+of\s+)?"
    r"(?:(?:about|some|nearly|around|almost|more\s+than|at\s+least|over)\s+)?\Z",
    re.I,
)


_SAYING = re.compile(r"\b(?:said|says|told|added|according\s+to)\b", re.I)


def counted_as_someones(claim, text: str, people_in: Callable[[str], Sequence]) -> bool:
    """Whether a count's sentence names a person or speaks of one ("he", "her"), so that the count may be
    theirs ("Reed had five catches"); not when it counts who did what the sentence tells ("Reed was
    arrested by 40 officers"), nor when it follows a speaker's verb with no one named between ("Reed
    said the council received 4,000 comments")."""
    sentence = text[claim.sentence_start : claim.sentence_end]
    if _DOERS_BEFORE.search(text, max(claim.sentence_start, claim.start - 40), claim.start):
        return False
    said = list(_SAYING.finditer(sentence, 0, claim.start - claim.sentence_start))
    if said and not people_in(sentence[said[-1].end() : claim.start - claim.sentence_start]):
        return False  # "Jo Reed said the council received 4,000 comments": what the speaker told of
    # "40 firefighters fought the fire, Chief Jo Reed said.": the speaker after it owns nothing told
    attribution = _TRAILING_ATTRIBUTION.search(sentence, claim.end - claim.sentence_start)
    told = sentence[: attribution.start()] if attribution else sentence
    return bool(people_in(told) or PERSONAL.search(told))


_TRAILING_ATTRIBUTION = re.compile(
    r",\s+(?:[^,;]{1,60}?\s+(?:said|says|told\s+[^,;]{1,40}|added)|(?:said|says|according\s+to)\s+[^,;]{1,60})"
    r"\s*[.!?]?[\"”’]?\s*\Z",
    re.I,
)


def counted_name(thing: str, claims: Sequence) -> str:
    """A story-wide count's thing as the reports write it, in the plural: "public comments" for the
    ``thing`` "comment" (:func:`counted_noun` keys a count by its head noun, a synonym by its group's
    word), the phrase most of its ``claims`` write up to a preposition or a participle; the plural of
    ``thing`` when none does, and for each claim counted by what its people did."""
    own = plural_phrase(thing) if is_participle(thing) else plural(thing)
    phrases: dict[str, int] = {}
    for claim in claims:
        words = (claim.value.counted or "").lower().split()
        chunk = [w for w in words[: _chunk_end(words)] if w not in ("the", "a", "an")]
        if chunk and counted_noun(" ".join(chunk)) == thing:
            phrase = plural_phrase(" ".join(chunk))
        elif counted_noun(claim.value.counted or "") != thing:
            phrase = own  # counted by what they did ("four men robbed a shop"): named by the thing
        else:
            continue
        phrases[phrase] = phrases.get(phrase, 0) + 1
    if not phrases:
        return own
    return min(phrases, key=lambda phrase: (-phrases[phrase], len(phrase), phrase))


def individuals_set_apart(claims: list) -> list:
    """A count's claims without its "one" when reports count more of the same thing: "About 60
    firefighters fought the blaze. One firefighter was treated for heat exhaustion" tells of one of
    them, not of how many there were."""
    if not any((c.value.low or 0) > 1 for c in claims):
        return claims
    return [c for c in claims if not c.value.low == c.value.high == 1]


def one_count_per_source(claims: list, least: int = 2) -> bool:
    """Whether a counted thing is one number of the story: every source that counts it gives one value,
    however hedged (a match report giving each player's catches gives several), and ``least`` sources
    count it."""
    values: dict[str, set] = {}
    for claim in claims:
        values.setdefault(claim.source, set()).add((claim.value.low, claim.value.high))
    return len(values) >= least and all(_one_value(found) for found in values.values())


def _one_value(values: set) -> bool:
    """Whether a report's values of a count can all be one number: "ten engines" and "around 10 pumps"."""
    if len(values) == 1:
        return True
    if any(low is None or high is None or high == float("inf") for low, high in values):
        return False  # "at least 12 games" and "23 games" are two counts
    return max(low for low, _ in values) <= min(high for _, high in values)


# What a count of people goes on to say when they were hurt: "... to the hospital", "... hospitalized",
# "... are in critical condition", "... are now fighting for their lives", "... are recovering".
TO_HOSPITAL = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:(?:to|in|into|at)\s+(?:the\s+|a\s+|area\s+|local\s+)?hospitals?\b|"
    r"(?:were|was|are|being)\s+(?:hospitali[sz]ed|treated)\b|"
    r"(?:were|was|are|is|remain|remains|remained)\s+(?:now\s+|still\s+|listed\s+)?(?:in\s+(?:critical|serious|stable|fair"
    r"|grave|good)\s+condition|fighting\s+for\s+(?:their|his|her)\s+li(?:fe|ves)|recovering)\b)",
    re.I,
)
PEOPLE_COUNTED = re.compile(
    r"\b(?:people|persons|men|women|victims|others|children|teens|teenagers|boys|girls|adults|students|residents"
    r"|passengers|occupants|tenants|guests|workers|employees|customers|officers|firefighters|patients)\b|^$"
)
PART_BEFORE = re.compile(rf"\b(?:{PART_WORDS}|plus)\s+\Z", re.I)
PART_QUOTE = re.compile(r"(?:another|an\s+additional|a\s+further|additional|further)\b", re.I)
# "the two other victims were taken to...": those besides some told before, a part of a count
OTHERS_QUOTE = re.compile(r"\S+\s+other\b", re.I)
# "the other three robbers", "its remaining two engines": likewise, with the word before the number
_OTHERS_BEFORE = re.compile(r"\b(?:the|its|their|his|her)\s+(?:other|remaining)\s+\Z", re.I)
ADDED_BEFORE = re.compile(r"\b(?:additional|further|another|extra)\s+\Z", re.I)
_PART_AFTER = re.compile(
    r"\s+(?:more|others?\s+more|of\s+(?:the|them|those|whom)(?P<whole>\s+(?:\d|(?:one|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve|dozen)\b))?)\b",
    re.I,
)


def part_after(claim, text: str) -> re.Match[str] | None:
    """What after a count makes it a part of a whole: "two of the five", "one of them", "four more".
    Not the "of" of whose or what the counted are, when the count writes its own noun: "21 crew
    members of the ship", "300 employees of the bank" are all of them; "two men of the five" are not."""
    part = _PART_AFTER.match(text, claim.end)
    if part is None or part.group().split()[0].lower() != "of" or part.group("whole"):
        return part
    noun = counted_noun(claim.value.counted or "")
    return None if noun and noun in claim.quote.lower() else part


ORDINAL_WORD = re.compile(
    r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|another|other|earlier|later|previous)\b"
)


def compounds_joined(facts: dict) -> None:
    """Count a compound's things with its first noun's when the story counts those: with "two
    touchdowns" in one report, "three touchdown passes" in another are touchdowns too (a count is
    keyed by its head noun, "passes"). ``facts``: the frame's, keyed by FactKey."""
    for key in [k for k in facts if k.attribute == "count" and not k.subject and not k.event]:
        moved = set()
        for claim in facts[key]:
            chunk = _head_chunk(_words(claim.value.counted or ""))
            # a word of a synonym's group names the thing itself, not a kind of the compound's head:
            # "bullet holes" are no bullets, "home runs" no homes
            compound = len(chunk) > 1 and chunk[0] not in COUNTED_SYNONYMS
            first = replace(key, thing=counted_noun(chunk[0])) if compound else key
            if first != key and first in facts and {c.source for c in facts[first]} - {claim.source}:
                facts[first].append(claim)
                moved.add(claim.id)
        if moved:
            facts[key] = [claim for claim in facts[key] if claim.id not in moved]
            if not facts[key]:
                del facts[key]


def initial_counts_set_apart(facts: dict) -> None:
    """Take out of each story-wide count the counts a report adds to later: "eight fire engines were
    sent, with a further six sent later" gives no whole of eight (what was sent first), so only its
    addition is compared (with the other reports' additions, never with a whole). ``facts``: the
    frame's, keyed by :class:`~factcheck.compare.fact_keys.FactKey`."""
    for added in [key for key in facts if key.attribute == "count" and key.event == "added"]:
        whole = replace(added, event="")
        last_addition = {}
        for claim in facts[added]:
            last_addition[claim.source] = max(last_addition.get(claim.source, -1), claim.start)
        if whole in facts:
            kept = [claim for claim in facts[whole] if claim.start > last_addition.get(claim.source, -1)]
            if kept:
                facts[whole] = kept
            else:
                del facts[whole]


# What is left at the scene after the event: "two fire tenders would remain at the scene", "three crews
# stayed overnight" (not a state: "one suspect remains at large", "two remain in hospital")
_REMAINDER_AFTER = re.compile(
    r"[^.;:!?\d]{0,80}?\b(?:remain|remains|remained|remaining|stay|stays|stayed|staying)\s+"
    r"(?:at\s+the\s+scene|on\s+(?:the\s+)?scene|on\s+site|overnight|behind)\b",
    re.IGNORECASE,
)


def tells_remainder(claim, text: str) -> bool:
    """Whether a count is of what stayed after the event ("two fire tenders would remain at the scene
    until Monday"): no whole of the story, which is counted at its height. The verb must be the count's,
    with no other number before it ("ten engines fought it, and two stayed": the ten are the whole)."""
    found = _REMAINDER_AFTER.match(text, claim.end, claim.sentence_end)
    return found is not None and not any(word in WORD_NUMBERS for word in found.group().lower().split())


def counts_the_others(claim, text: str) -> bool:
    """Whether a count is of those besides some told before ("police are looking for the other three
    robbers"): a part of the story's count of the things, not the whole; or the window of an ordinal
    ("the third win in four games", "her second goal in his last 10 starts"), which counts no thing
    of the story. (A harm's "the other two victims were wounded", after the dead, is the whole of the
    wounded: the toll weighs that.)"""
    reach = max(claim.sentence_start, claim.start - 40)
    return bool(
        _OTHERS_BEFORE.search(text, reach, claim.start)
        or _ORDINALS_WINDOW_BEFORE.search(text, reach, claim.start)
    )


_ORDINALS_WINDOW_BEFORE = re.compile(
    r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
    r"(?:[a-z-]+\s+){1,2}(?:in|over|of)\s+(?:(?:the|his|her|their|its)\s+)?(?:(?:last|past|previous)\s+)?\Z",
    re.I,
)


# The deeds only the people who did a crime do, told of them in the active voice: a count of men, or
# of people at large, with one of these after it counts the attackers ("four men robbed a store", "two
# men opened fire"), as "four robbers" does. A verb that also tells what was done to someone takes its
# object ("two men robbed a store", not "two men robbed at gunpoint"; "two men shot the clerk", not
# "two men shot in the leg").
_OBJECT = r"(?:a|an|the|his|her|their|its|two|three|four|five|six|several|\d[\d,]*|[A-Z][a-z]+)\b"
_DID_THE_CRIME = re.compile(
    # what they wore or held may stand between: "four men dressed as guards robbed", "two men armed with rifles"
    r"(?:,?\s+(?:dressed|disguised|wearing|armed\s+with|carrying|wielding)\s+[^,.;:]{1,40}?,?)?"
    r"(?:\s+(?:who|then|allegedly|reportedly|apparently))?\s+"
    r"(?:(?:stole|opened\s+fire|forced\s+their\s+way|made\s+off\s+with|fled\s+with)\b"
    r"|(?:robbed|raided|stormed|ambushed|attacked|held\s+up|broke\s+into|burst\s+into|carjacked|abducted"
    r"|kidnapped|shot(?:\s+at)?|stabbed|assaulted)\s+" + _OBJECT + ")"
)
_PEOPLE_WHO_DID = _ANYONE | {"people", "persons"}


def attackers_counted(claim, text: str) -> str:
    """The thing a count of people of no named part counts when they did the crime, or "": "Four armed
    men robbed a jewellery store" counts the attackers, as "four robbers" does (:func:`counted_noun`)."""
    words = _words(claim.value.counted or "")
    if words and words[-1] in _PEOPLE_WHO_DID and _DID_THE_CRIME.match(text, claim.end):
        return COUNTED_SYNONYMS["attackers"]
    return ""


_ORDINALS = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_ONE_MORE = re.compile(r"\b(?:a|the)\s+(?P<ordinal>" + "|".join(_ORDINALS) + r")\s+(?P<next>[a-z]+)", re.I)
# what may follow "a third" that still counts one more of the same: a verb ("A third was caught"), a person
_ONE_MORE_OF_ANY = frozenset(
    "was is were has had remains remained died fled escaped man woman person".split()
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
# "..., and four more were called later", "with six others on the way": a number more of the same
_NUMBER_MORE = re.compile(
    r"[^.;:!?]{0,80}?\b(?:and|with|plus|then)\s+(?:\d+|"
    + "|".join(word for word, value in WORD_NUMBERS.items() if 2 <= value <= 12)
    + r")\s+(?:more|others)\b",
    re.I,
)


def followed_by_more(claim, text: str) -> bool:
    """Whether a count is followed, in its sentence or the next, by one more of its kind: "police
    released two suspects and are still hunting a third suspect", "two inmates broke out. A third was
    caught"; or, in its sentence, by a number more: "ten engines were sent, and four more were called
    later". The count is a part of the whole, which is more."""
    if _NUMBER_MORE.match(text, claim.end, claim.sentence_end):
        return True
    if claim.value.low is None or claim.value.low != claim.value.high or not 1 <= claim.value.low <= 9:
        return False
    wanted = _ORDINALS[int(claim.value.low) - 1]
    first_end = _SENTENCE_END.search(text, claim.end)
    second_end = _SENTENCE_END.search(text, first_end.end()) if first_end else None
    end = second_end.end() if second_end else len(text)
    head = counted_noun(claim.value.counted or "")
    return any(
        found["ordinal"].lower() == wanted
        and (found["next"].lower() in _ONE_MORE_OF_ANY or counted_noun(found["next"]) == head)
        for found in _ONE_MORE.finditer(text, claim.end, end)
    )


# "her two children", "the victim's three sons": someone's, not a count of the story's
_POSSESSED_BEFORE = re.compile(r"(?:\b(?:her|his|their)|\w['\u2019]s)\s+\Z", re.I)


def counted_as_possessed(claim, text: str) -> bool:
    """Whether a count is of someone's own ("her two children"), written after a possessive."""
    return _POSSESSED_BEFORE.search(text, max(0, claim.start - 20), claim.start) is not None
