"""Age claims: a person's age in years as of the source's publication date.

Forms read: "NAME, 32," "NAME, aged 27", "NAME (45)", "31-year-old NAME",
"a 45-year-old man", "the victim, 19,", "NAME, who is 32 years old",
"at the age of 95" and "aged 27" (the person then is the nearest name
before it in the sentence), and one age shared by people named in a row
("Jo Reed and Al Ray, both 19"). An unnamed person's age ("a 23-year-old man") is the age of the
name they are identified by, in the same sentence ("a 23-year-old man, later identified as Jo Reed,")
or a later one ("Police identified the victim as Jo Reed"). ``person`` is the name as written ("Robert
Buckley"; a nickname in quotes left out), or the nominal ("man", "victim")
when no name is given; canonicalising names is left to the entity stage.

Not ages: "Chapter 32", "Route 66", "Boeing 737", "June 19, 2024",
"Article 5", ranges ("aged 18 to 25") and numbers beyond 120.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from factcheck.extract.gazetteer import fold, given_names, person_titles, place_names
from factcheck.extract.name_words import TITLE_WORDS
from factcheck.extract.numbers import NumberMention, find_numbers
from factcheck.extract.person_nouns import PERSON_NOUNS, common_word, role_before_name
from factcheck.extract.spans import claim_span
from factcheck.records import Age, AgeClaim, Segment, Source

MAX_AGE = 120

# A capitalised word, an initial, or an abbreviation with its full stop; a word's own full stop ends a sentence
_NAME_WORD = r"(?:(?:Mr|Mrs|Ms|Dr|St|Jr|Sr)\.|[A-Z]\.|[A-Z][A-Za-z'’\-]*[a-z][A-Za-z'’\-]*|II|III|IV)"
_NAME_LINK = r"(?:de|van|von|der|bin|al|da|di|du|le|la|del|dos|ter)"
# A nickname in quotes between a given name and a surname ('Ivo "Bear" Marsh'): part of the name as written
_NICKNAME = r"[\"“][^\"“”\n]{1,25}[\"”]"
_NICKNAME_RE = re.compile(rf"\s+{_NICKNAME}(?=\s)")
_NAME = rf"{_NAME_WORD}(?:\s+(?:{_NAME_LINK}\s+|{_NICKNAME}\s+)?{_NAME_WORD}){{0,3}}"
_NAME_ANYWHERE_RE = re.compile(rf"(?<![\w'’])({_NAME})")
_NAME_AFTER_NOUN_RE = re.compile(rf"\s+({_NAME})")

_SPACES = re.compile(r"\s*")

# Words that label a number ("Chapter 32", "Page 5"): no name's when they come right before one
_LABEL_WORDS = frozenset(
    """chapter route article section flight room page apartment unit suite highway interstate
    number no act part volume episode season round level grade gate terminal platform""".split()
)
_NOT_NAMES = _LABEL_WORDS | frozenset(
    """january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday the a an he she they it we i his her their this that these
    those while when after before
    in at on from to near for with by of into
    but and as if although though since because during until unless where whereas meanwhile also then later
    earlier today yesterday tonight police officials authorities former""".split()
)
_ENDS_NAME = _NOT_NAMES - _LABEL_WORDS
# Person nouns no one has for a surname: capitalised at a name's end, they are a headline's words
_HEADLINE_NOUNS = frozenset("boy girl man woman child baby toddler infant teen teenager".split())
_HEADLINE_NOUN_END_RE = re.compile(r"\b([A-Z][a-z]+)$")

# Every age form has one of these right after or right before its number
_AGE_CUE_AFTER_RE = re.compile(r"[\s-]years?[\s-]", re.IGNORECASE)
_AGE_CUES_BEFORE = (
    ", ",
    ", also ",
    ", now ",
    ",",
    "(",
    "aged ",
    "Aged ",
    ", age ",
    "age of ",
    " is ",
    " was ",
    " just ",
    " only ",
    " turned ",
    " turns ",
    " be ",
    "died at ",
    "dies at ",
    "dead at ",
    "away at ",
    " at age ",
)
# "Jo Reed, Al Ray and Ed Cole, all 19": the names the age is shared by
_SHARED_AGE_BEFORE_RE = re.compile(
    rf"(?P<first>{_NAME})(?P<middle>(?:,\s+{_NAME})*),?\s+and\s+(?P<last>{_NAME}),\s+(?P<word>both|all)\s+$"
)
# An age's number is one end of a range ("aged 18 to 25"), not an age
_RANGE_AFTER_RE = re.compile(r"^\s*(?:-|–|to|and|or)\s*\d")
_RANGE_BEFORE_RE = re.compile(r"\d\s*(?:-|–|to|and|or)\s*$")
_CAPITAL_RE = re.compile(r"[A-Z]")
_POSSESSIVE_RE = re.compile(r"['’]s?$")
_NOUN_AFTER_RE = re.compile(r"\s+([a-z]+)\b")
_CLAUSE_WORDS = frozenset(
    "who whose was is has had and or but with from of in at on when while after before who's said says "
    "remains remained".split()
)
_PLACE_PREPOSITIONS = frozenset("in at on from to near for with by of into outside inside across".split())
# Prepositions a person follows as often as a place: "the death of Jo Reed, 3,", "was with Al Ray, 62,",
# "the prize went to Jo Reed, 72,"
_PERSON_PREPOSITIONS = frozenset("of with by for to".split())
_YEAR_OLD_RE = re.compile(r"^(?:-|\s)years?(?:-|\s)olds?\b", re.IGNORECASE)
_AGED_BEFORE_RE = re.compile(r"(?:,\s*|\b)(aged|age)\s+$", re.IGNORECASE)
_AT_AGE_BEFORE_RE = re.compile(r"\b(?:at\s+)?the\s+age\s+of\s+$", re.IGNORECASE)
# when an age was reached, after it: "who turned 30 last week", "on Friday"
_WHEN_AFTER_RE = re.compile(r"\s+(?:on|last|this|earlier|in)\s+[A-Za-z]")
_WHO_IS_BEFORE_RE = re.compile(r",?\s+who\s+(?:is|was|turned|turns|will\s+be)\s+$", re.IGNORECASE)
# "died at 85", "dead at age 77", "passed away aged 90": the age of a death; "pronounced dead at 5" is
# the time of it
_DIED_AT_BEFORE_RE = re.compile(
    r"\b(?:died|dies|(?<!pronounced )(?<!declared )(?<!found )dead|passed\s+away)\s+(?:at\s+(?:age\s+)?|aged\s+)$",
    re.I,
)
# "died in Vessberg on Tuesday, aged 85": a few words of where and when between the death and its age
# (quoted from "aged": the words between may name others)
_DIED_THEN_AGED_RE = re.compile(
    r"\b(?:died|dies|passed\s+away)\s+(?:[\w'’.-]+,?\s+){1,8}?(?P<cue>aged|at\s+(?:the\s+)?age(?:\s+of)?)\s+$",
    re.I,
)
_LAST_WORD = re.compile(r"([a-z]+),?\s*$")


def _someone_elses_age(before_cue: str) -> bool:
    """Whether the words before an age's cue end with another person's noun ("his wife, aged 80")."""
    last = _LAST_WORD.search(before_cue)
    return last is not None and last.group(1) in PERSON_NOUNS


# What may follow a death's age: the sentence goes on with when or where, not a clock ("died at 4 p.m.")
_AFTER_DEATH_AGE_RE = re.compile(r"\s+(?:on|in|at|after|following|last|this|early|late|years)\b")
_CLOCK_AFTER_RE = re.compile(
    r"\s*(?::\d|[ap]\.?m\b|o['’]clock|in\s+the\s+(?:morning|afternoon|evening)|at\s+night|tonight)", re.I
)
# "She was 85." after a sentence naming her: the whole sentence is the age; "She died at 85"
_SENTENCE_START = r"(?:^|(?<=[.!?\"”]\s)|(?<=\n))"
_PRONOUN_START = _SENTENCE_START + r"[\"“]?(?:He|She)\s+"
# a determiner and at most one word before a capitalised run: a thing's name ("in his grey Orla Rover")
_DETERMINER_BEFORE_RE = re.compile(r"\b(?:his|her|their|its|my|our|your|a|an|the)\s+(?:[a-z]+\s+)?\Z")
# "The 24-year-old" that starts a sentence and is its subject: a comma, a verb of a clause or one in the
# past ("added", "was", "has") follows, not a noun ("The 35-year-old building")
_THE_AT_START_RE = re.compile(_SENTENCE_START + r"The\s+\Z")
_INDEFINITE_BEFORE_RE = re.compile(r"\b(?:a|an)\s+\Z", re.IGNORECASE)
# what only a person does or suffers, right after an age whose noun is left out ("a 19-year-old was shot")
_PERSON_VERB_AFTER_RE = re.compile(
    r"\s+(?:(?:was|is|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:shot|stabbed|killed|wounded|injured|hurt|"
    r"arrested|charged|taken|hospitali[sz]ed|pronounced|found|struck|hit)|died|suffered"
    # "a 16-year-old remains in fair condition": a patient's
    r"|(?:was|is|remains|remained)\s+(?:listed\s+)?in\s+(?:critical|serious|stable|fair|grave|good)\s+condition)\b"
)
_VERB_OR_COMMA_AFTER_RE = re.compile(
    r"\s*,|\s+(?:was|is|has|had|will|would|could|also|said|told|made|won|lost|led|took|threw|went|came|became|"
    r"began|spent|hit|faces|remains|[a-z]{2,}ed)\b"
)
_WAS_BEFORE_AGE = r"(?:was|is)\s+(?:(?:just|only)\s+)?\Z"
_PRONOUN_WAS_RE = re.compile(_PRONOUN_START + _WAS_BEFORE_AGE)
# "Ivo Marsh was 24.", "The dead man, Ivo Marsh, was just 24.": a name before "was" and the age that
# ends the sentence
_NAME_WAS_RE = re.compile(rf"({_NAME}),?\s+{_WAS_BEFORE_AGE}")
_PRONOUN_SUBJECT_RE = re.compile(_PRONOUN_START + r"\Z")
_PRONOUN_AGE_END_RE = re.compile(
    # the age ends the sentence, or more about the person follows ("was 58 and had worked", "and a mother"), or
    # another's age ("Reed was 23 and Ray was 24"), or who said so ("Ray was 24, the coroner said")
    r"(?:[\s-]years?[\s-]old)?(?:\s*[.!]?[\"”]?\s*\Z|,?\s+and\s+(?:(?:an?\s+)?[a-z]{2,}\b|[A-Z][\w'’-]+\s+(?:was|is)\s+\d)"
    r"|,\s+(?:[\w'’-]+\s+){0,4}?(?:said|says|told\s+\w+)\s*[.!]?\s*\Z)"
)
_SENTENCE_END_RE = re.compile(r"[.!?][\"”']?\s+")
_QUOTED_TITLE_RE = re.compile(r"[\"“‘][^\"“”‘’]+[\"”’]")
# "Jo Reed, 14,", of a second person of one age "Al Reed, also 14,", and of the report's day "Al Reed, now 41,"
_COMMA_BEFORE_RE = re.compile(r",\s+(?:(?:also|now)\s+)?$")
_PAREN_BEFORE_RE = re.compile(r"\s\($")
# "a former county treasurer", "a Kelby climber" (a town or a nation's word first)
_NOMINAL_END_RE = re.compile(
    r"\b(?i:the|a|an|his|her|their|our)\s+((?:[A-Z][a-z]+[\s-]+)?(?:[a-z]+[\s-]+){0,2}([a-z]+))$"
)
_NOMINAL_AFTER_RE = re.compile(r"^\s+((?:[a-z]+[\s-]+){0,2}?([a-z]+))\b")
_TITLE_WORDS = (
    r"(?:(?:former|late|then|fellow|retired|veteran|British|American|local|actor|actress|singer|"
    r"President|Prime\s+Minister|Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady)\.?\s+)*"
)
_NAME_AFTER_YEAR_OLD_RE = re.compile(rf"^\s+{_TITLE_WORDS}({_NAME})")

# "A 23-year-old man, later identified as Jo Reed,", "The girl shot on Tuesday has been identified as
# Jo Reed", "Police identified the man as Jo Reed": who an unnamed person is
_IDENTIFIED_AS = r"(?:(?:later|since|now|tentatively|officially|formally)\s+)?identified\s+as\s+"
_IDENTIFIED_APPOSITIVE_RE = re.compile(rf"\s*,\s+(?:who\s+(?:was|has\s+been)\s+)?{_IDENTIFIED_AS}({_NAME})")
# "a 17-year-old boy, Jo Reed, was shot": a name alone in apposition, closed by a comma or the sentence's
# end; not one of a list ("her 4-year-old daughter, Marc, and her husband": three people)
_NAME_APPOSITIVE_RE = re.compile(rf"\s*,\s+({_NAME})(?=\s*(?:,(?!\s*(?:and|or)\b)|[;)]|[.!?][\"”']?\s*$|$))")
_IDENTIFIED_PREDICATE_RE = re.compile(rf"\b(?:was|is|has\s+been|had\s+been)\s+{_IDENTIFIED_AS}({_NAME})")
# What may stand between a person and its "was identified as": words that describe them ("shot on
# Tuesday", "who died", "in the crash"), not a clause of its own ("after the victim was identified as")
_DESCRIBES_RE = re.compile(
    r"\s*(?:who|that|shot|killed|found|wounded|injured|hurt|struck|hit|stabbed|slain|involved|in|at|on|"
    r"from|of|near|inside|outside|behind)\b"
)
_NEW_CLAUSE_RE = re.compile(
    r"\b(?:after|when|while|before|because|since|but|until|as|and\s+(?:a|an|the|his|her|their|police))\b|[,;:(]"
)
_RELATIVE_WORDS = frozenset({"who", "that", "which"})
# how far after a person's nominal their identification may be read in its sentence (a run-on sentence
# of many ages is not read to its end for each)
_IDENTIFIED_REACH = 160
# A later sentence that names an unnamed person: "The man who died was identified as Jo Reed", "Police
# identified the victim as Jo Reed", "Police identified the dead man as Jo Reed", "Police identified him as
# Jo Reed", "The boy, Jo Reed, was killed late on Saturday"
_IDENTIFIED_LATER_RE = re.compile(
    rf"{_SENTENCE_START}(?:The|That|This)\s+(?P<noun>[a-z]+)(?P<said>(?:\s+[a-z]+){{0,6}}?)\s+"
    rf"(?:was|is|has\s+been|had\s+been)\s+{_IDENTIFIED_AS}(?P<name>{_NAME})"
    rf"|\bidentified\s+(?:(?:the|that|this)\s+(?:(?P<object_said>[a-z]+)\s+)?(?P<object>[a-z]+)|(?P<pronoun>him|her))\s+as\s+"
    rf"(?P<object_name>{_NAME})"
    rf"|{_SENTENCE_START}(?:The|That|This)\s+(?P<apposed>[a-z]+)\s*,\s+(?P<apposed_name>{_NAME})\s*,"
    rf"|\b(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?P<called>[a-z]+)\s*,\s+(?:who\s+(?:was|has\s+been)\s+)?{_IDENTIFIED_AS}"
    rf"(?P<called_name>{_NAME})"
)
_AFTER_IDENTIFIED_NAME_RE = re.compile(
    r"\s*(?:[,.;:!?()\"”]|$|\s+(?:of|and|from|who|was|were|is|in|on|at|by|as|after|when|according)\b)"
)
_DEATH_WORDS_RE = re.compile(r"\b(?:died|dies|killed|dead|slain|deceased|fatally)\b")
_INJURY_WORDS_RE = re.compile(r"\b(?:wounded|injured|hurt|survived|hospitali[sz]ed)\b")
_CLAUSE_END_RE = re.compile(r",|;|\s+and\s+(?:a|an|the|his|her|two|three)\b|[.!?](?:\s|$)")
_MALE_NOUNS = frozenset("man boy father son brother husband grandfather boyfriend male".split())
_FEMALE_NOUNS = frozenset("woman girl mother daughter sister wife grandmother girlfriend female".split())


def find_ages(source: Source, segments: Sequence[Segment]) -> list[AgeClaim]:
    """The age claims of the content segments of ``source``, in text order."""
    claims: list[AgeClaim] = []
    for segment in segments:
        if not segment.content or segment.duplicate_of is not None:
            continue
        for number in find_numbers(source.text, segment.start, segment.end):
            shared = _shared_age_claims(source, segment, number)
            claim = None if shared else _age_claim(source, segment, number)
            claims += shared or ([claim] if claim is not None else [])
    claims.sort(key=lambda c: (c.start, c.end, c.id))
    return _named_later(source, claims)


def _shared_age_claims(source: Source, segment: Segment, number: NumberMention) -> list[AgeClaim]:
    """One age given to several people named in a row: "Jo Reed and Al Ray, both 19," (a claim for each,
    quoted from its own name to the age)."""
    text = source.text
    if not text[max(segment.start, number.start - 6) : number.start].endswith(("both ", "all ")):
        return []  # the cheap look first: few numbers follow "both"
    if not number.digits or not number.is_integer or not 0 <= number.value <= MAX_AGE or number.glued:
        return []
    before = text[max(segment.start, number.start - 160) : number.start]
    shared = _SHARED_AGE_BEFORE_RE.search(before)
    after = text[number.end : min(segment.end, number.end + 80)]
    if shared is None or not (_ends_phrase(after) or re.match(r"\s*(?:--|—|–)", after)):
        return []
    if _RANGE_AFTER_RE.match(after) or re.match(r"\s+of\b", after):
        return []  # "both 18 to 20"; "all 3 of them": a count
    offset = number.start - len(before)
    first = _trim_name(shared.group("first"))
    middle = offset + shared.start("middle")
    spans = [
        (offset + shared.end("first") - len(first), offset + shared.end("first")),
        *((middle + m.start(), middle + m.end()) for m in re.finditer(_NAME, shared.group("middle"))),
        (offset + shared.start("last"), offset + shared.end("last")),
    ]
    names = [text[start:end] for start, end in spans]
    if shared.group("word").lower() == "both" and len(names) != 2:
        return []
    if not all(_is_name(name) and fold(name) not in place_names() for name in names):
        return []  # "Akron and Canton, both 5 miles away": places
    return [
        _claim(source, segment, start, number.end, name, number.value)
        for (start, _), name in zip(spans, names, strict=True)
    ]


def _age_claim(source: Source, segment: Segment, number: NumberMention) -> AgeClaim | None:
    if not number.is_integer or not 0 <= number.value <= MAX_AGE or number.glued:
        return None
    text = source.text
    if not (
        _AGE_CUE_AFTER_RE.match(text, number.end, segment.end)
        or text[max(segment.start, number.start - 10) : number.start].endswith(_AGE_CUES_BEFORE)
    ):
        return None  # most numbers are no ages: a cheap look at their neighbours first
    before = text[max(segment.start, number.start - 80) : number.start]
    before_offset = number.start - len(before)
    after = text[number.end : min(segment.end, number.end + 80)]
    if _RANGE_AFTER_RE.match(after) or _RANGE_BEFORE_RE.search(before):
        return None

    year_old = _YEAR_OLD_RE.match(after)
    if _PRONOUN_AGE_END_RE.match(text, number.end, segment.end):
        # "She was 85.", "Ivo Marsh was 24.": the age ends the sentence or its clause
        end = number.end + (len(year_old.group(0).rstrip()) if year_old else 0)
        pronoun = _PRONOUN_WAS_RE.search(before)
        if pronoun:
            start = before_offset + pronoun.start()
            person = _antecedent_name(text, start)
            return _claim(source, segment, start, end, person, number.value) if person else None
        named = _name_was_before(text, segment, before, before_offset)
        if named is not None:
            return _claim(source, segment, named[0], end, named[1], number.value)
    if year_old:
        if _CAPITAL_RE.search(year_old.group(0)):
            return None  # a title-case headline ("Five Year Old Boy Hurt")
        rest = after[year_old.end() :]
        end = number.end + year_old.end()
        named = _NAME_AFTER_YEAR_OLD_RE.match(rest)
        name = _name_after_number(named.group(1)) if named else ""
        appositive = _appositive(text, before, before_offset)
        possessive = rest[:2] in ("'s", "’s")
        if appositive is not None and possessive:
            return None  # "Jo Reed, the 22-year-old's father": the age of someone the sentence does not name
        if appositive is not None and len(name.split()) == 1:
            # "Jo Reed, a 22-year-old Peruvian,": the word after the age is a noun written with a capital
            return _claim(source, segment, appositive[0], end, appositive[2], number.value)
        if name:
            name_end = named.start(1) + len(name)
            noun = _NOUN_AFTER_RE.match(rest[name_end:])
            if noun and noun.group(1) in PERSON_NOUNS:
                # "a 40-year-old Springfield woman": the name is a place before the person noun; and
                # "19-year-old Konya resident Ivo Marsh": the person's own name follows it
                noun_end = end + name_end + noun.end(1)
                own = _NAME_AFTER_NOUN_RE.match(text, noun_end, segment.end)
                name = _name_after_number(own.group(1)) if own else ""
                if len(name.split()) >= 2 and _is_name(name) and fold(name) not in place_names():
                    return _claim(source, segment, number.start, own.start(1) + len(name), name, number.value)
                start = _determiner_start(text, segment, number.start)
                return _claim(source, segment, start, noun_end, noun.group(1), number.value)
            name = _POSSESSIVE_RE.sub("", name)  # "9-year-old Rosa Delgado' death"
            return _claim(source, segment, number.start, end + named.start(1) + len(name), name, number.value)
        nominal = _NOMINAL_AFTER_RE.match(rest)
        if nominal and nominal.group(2) in PERSON_NOUNS and appositive is not None:
            # "Jo Reed, a 22-year-old man, was shot": the man is the one named
            return _claim(source, segment, appositive[0], end + nominal.end(2), appositive[2], number.value)
        if nominal and nominal.group(2) in PERSON_NOUNS:
            start = _determiner_start(text, segment, number.start)
            identified = _identified_name(text, end + nominal.end(2), segment.end)
            if identified is not None:
                return _claim(source, segment, start, identified[0], identified[1], number.value)
            return _claim(source, segment, start, end + nominal.end(2), nominal.group(2), number.value)
        the = _THE_AT_START_RE.search(before)
        if the and rest.startswith(","):
            # "The 23-year-old, Ivo Marsh, died": the name that stands beside the age
            identified = _identified_name(text, end, segment.end)
            if identified is not None:
                return _claim(
                    source, segment, before_offset + the.start(), identified[0], identified[1], number.value
                )
        if the and _VERB_OR_COMMA_AFTER_RE.match(rest):
            # "Milo Brook scored 52. The 24-year-old added 11 rebounds": the one person the sentence
            # before names in full
            start = before_offset + the.start()
            person = _antecedent_name(text, start)
            if (
                person is None
                or len(person.split()) < 2
                or fold(person.split()[0].lower()) not in given_names()
            ):
                return None  # a body's name ("the Saints"), a word that starts a sentence ("However")
            if _aged_otherwise(text[:start], person, int(number.value)):
                return None
            return _claim(source, segment, start, end, person, number.value)
        thing = _NOUN_AFTER_RE.match(rest)
        if thing and thing.group(1) not in _CLAUSE_WORDS:
            if appositive is not None:
                return _claim(source, segment, appositive[0], end, appositive[2], number.value)
            return None  # "a 35-year-old vessel", "35-year-old regulations": the age of a thing
        person = _name_before(
            before,
            before_offset,
            r"(?:,?\s+who\s+(?:is|was|turned)|\s+(?:is|was|turned)|,\s+(?:an?|the)(?:\s+[a-z]+){0,3}|,)\s*$",
        )
        if person is not None and not possessive:
            return _claim(source, segment, person[0], end, person[2], number.value)
        if _INDEFINITE_BEFORE_RE.search(before) and _PERSON_VERB_AFTER_RE.match(rest):
            # "a 19-year-old was stabbed": a person, the noun left out
            return _claim(
                source, segment, _determiner_start(text, segment, number.start), end, "person", number.value
            )
        return None

    died_at = _DIED_AT_BEFORE_RE.search(before) or _DIED_THEN_AGED_RE.search(before)
    if died_at and _someone_elses_age(
        before[: died_at.start("cue")] if "cue" in died_at.re.groupindex else ""
    ):
        died_at = None  # "died on Monday after his wife, aged 80, called for help": the wife's
    if (
        died_at
        and not _CLOCK_AFTER_RE.match(after)
        and (_ends_phrase(after) or _AFTER_DEATH_AGE_RE.match(after))
    ):
        head = text[segment.start : before_offset + died_at.start()]
        person = _who_died(head)
        if person is None and _PRONOUN_SUBJECT_RE.search(head):
            person = _antecedent_name(text, segment.start + len(head) - len(head.lstrip()))
        if person is not None:
            cue = died_at.start("cue") if "cue" in died_at.re.groupindex else died_at.start()
            return _claim(source, segment, before_offset + cue, number.end, person, number.value)
        return None
    aged = _AGED_BEFORE_RE.search(before)
    at_age = _AT_AGE_BEFORE_RE.search(before)
    who_is = _WHO_IS_BEFORE_RE.search(before)
    turned_when = who_is is not None and "turned" in who_is.group().lower() and _WHEN_AFTER_RE.match(after)
    if who_is and not turned_when and (not _ends_phrase(after) or re.match(r"\s+of\b", after)):
        who_is = None  # "who was one of the ...", but "who turned 30 last week" is an age
    if aged or who_is:
        cue = aged or who_is
        head = before[: cue.start()]
        person = _person_at_end(head, before_offset)
        if person is not None:
            return _claim(source, segment, person[0], number.end, person[2], number.value)
        if aged:
            return None
    if at_age:
        person = _nearest_name(text[segment.start : before_offset + at_age.start()], segment.start)
        if person is not None:
            return _claim(source, segment, before_offset + at_age.start(), number.end, person, number.value)
        return None
    if not _ends_phrase(after):
        return None
    if (
        number.digits
        and _COMMA_BEFORE_RE.search(before)
        and re.match(
            r"^\s*(?:,|\)|;|\.(?!\d)|[\u2014\u2013]|-\s|\s+(?:and|were|was|is|are|has|had|have|who|died)\b|$)",
            after,
        )
    ):
        head = before[: _COMMA_BEFORE_RE.search(before).start()]
        person = _person_at_end(
            head,
            before_offset,
            enclosed=bool(re.match(r"\s*[,;]", after)),
            ends_sentence=bool(re.match(r"\s*\.(?!\d)\s*(?:$|[A-Z\"“])", after)),
        )
        if person is not None and not re.match(r"^,\s*\d", after):
            return _claim(source, segment, person[0], number.end, person[2], number.value)
    if number.digits and _PAREN_BEFORE_RE.search(before) and after.startswith(")"):
        head = before[:-2]
        person = _name_before(head, before_offset, r"$")
        if person is not None:
            return _claim(source, segment, person[0], number.end + 1, person[2], number.value)
    return None


def _aged_otherwise(before: str, person: str, years: int) -> bool:
    """Whether the text before "The 3-year-old" gives an unnamed person that age ("a 3-year-old child":
    the one it stands for) or gives ``person`` another ("26-year-old Jo Reed", "Jo Reed, 26")."""
    if re.search(rf"\b(?:a|an)\s+{years}[\s-]+years?[\s-]+old\b", before, re.IGNORECASE):
        return True
    name = re.escape(person)
    for stated in re.finditer(rf"\b(\d+)[\s-]+years?[\s-]+old\s+{name}\b|\b{name},\s+(\d+)\b", before):
        if int(stated.group(1) or stated.group(2)) != years:
            return True
    return False


def _identified_name(text: str, end: int, sentence_end: int) -> tuple[int, str] | None:
    """The name the person whose nominal ends at ``end`` is identified by in the rest of its sentence
    ("a 23-year-old man, identified as Jo Reed,", "a 17-year-old boy, Jo Reed,"), with where the name
    ends."""
    rest = text[end : min(sentence_end, end + _IDENTIFIED_REACH)]
    match = _IDENTIFIED_APPOSITIVE_RE.match(rest) or _NAME_APPOSITIVE_RE.match(rest)
    if match is None:
        match = _IDENTIFIED_PREDICATE_RE.search(rest)
        if match is None:
            return None
        between = rest[: match.start()]
        words = between.split()
        if words and (not _DESCRIBES_RE.match(between) or _NEW_CLAUSE_RE.search(between)):
            return None
        if len(words) > 1 and words[-1].lower() in _RELATIVE_WORDS:
            return None  # "a 23-year-old man shot by a gunman who was identified as": the gunman's name
    name = _identified(text, end + match.start(1))
    return (end + match.start(1) + len(name), name) if name else None


def _identified(text: str, start: int) -> str:
    """The person's name that starts at ``start``, after "identified as"; "" when the words there are no
    person's name ("a Kelby Road resident": a noun follows them)."""
    name = _name_after_number(_NAME_ANYWHERE_RE.match(text, start).group(1))
    if not name or not _is_name(name) or fold(name) in place_names():
        return ""
    return name if _AFTER_IDENTIFIED_NAME_RE.match(text, start + len(name)) else ""


def _named_later(source: Source, claims: list[AgeClaim]) -> list[AgeClaim]:
    """The age claims of ``claims`` with an unnamed person named where a later sentence identifies them:
    "A 26-year-old man was killed ... The man who died was identified as Jo Reed", "... after the man,
    identified as Jo Reed, drew a gun".

    The identification must be the next one after the age, before any other unnamed person's age; it
    names the person by the age's own noun, or (as "the victim", "him" or "her") the report's only
    unnamed person with an age; what it says of them ("who died", "who was wounded") is what the age's
    clause says; and the report gives the name no age of its own."""
    unnamed = [i for i, claim in enumerate(claims) if claim.value.person in PERSON_NOUNS]
    if not unnamed:
        return claims
    text = source.text
    aged = {fold(claim.value.person) for claim in claims}
    named = list(claims)
    for position, index in enumerate(unnamed):
        claim = claims[index]
        limit = claims[unnamed[position + 1]].start if position + 1 < len(unnamed) else len(text)
        match = _IDENTIFIED_LATER_RE.search(text, claim.sentence_end, limit)
        if match is None:
            continue
        apposed = match.group("apposed") or match.group("called")
        noun = match.group("noun") or match.group("object") or apposed or ""
        pronoun = match.group("pronoun") or ""
        person = claim.value.person
        if noun != person and (apposed or not (len(unnamed) == 1 and _may_be(noun, pronoun, person))):
            continue  # "The victim, Jo Reed," names the victim; "identified the victim as" may name "the man"
        said = match.group("said") or match.group("object_said") or ""  # "the man who died", "the dead man"
        clause = text[claim.end : claim.sentence_end]
        clause = clause[: m.start()] if (m := _CLAUSE_END_RE.search(clause)) else clause
        if any(
            words.search(said) and not words.search(clause) for words in (_DEATH_WORDS_RE, _INJURY_WORDS_RE)
        ):
            continue
        named_at = next(
            match.start(group)
            for group in ("name", "object_name", "apposed_name", "called_name")
            if match.group(group)
        )
        name = _identified(text, named_at)
        if not name or fold(name) in aged or any(fold(name.split()[-1]) == a.split()[-1] for a in aged if a):
            continue
        named[index] = claim.model_copy(update={"value": claim.value.model_copy(update={"person": name})})
    return named


def _may_be(noun: str, pronoun: str, person: str) -> bool:
    """Whether "the victim" (``noun``) or "him"/"her" (``pronoun``) may be the unnamed ``person``."""
    if pronoun:
        return person not in (_FEMALE_NOUNS if pronoun == "him" else _MALE_NOUNS)
    return noun == "victim"


def _appositive(text: str, before: str, offset: int) -> tuple[int, int, str] | None:
    """The name an age's phrase is in apposition to, as (start, end, name): "Jo Reed, a 22-year-old
    cook,", "Jo Reed, the 22-year-old cook,", or "Reed, a 22-year-old cook," after "Jo Reed" was
    written; not "Tarrow Mills, a 90-year-old firm," (no given name first)."""
    named = _name_before(before, offset, r",\s+(?:an?|the)\s*$")
    if named is None:
        return None
    named = _without_titles(named, text)
    words = named[2].split()
    if len(words) > 1 and fold(words[0]) in given_names():
        return named
    if len(words) == 1 and any(
        fold(full.group(1)) in given_names()
        for full in _full_names_ending(words[0]).finditer(text, max(0, named[0] - _FULL_NAME_REACH), named[0])
    ):
        return named
    return None


def _without_titles(named: tuple[int, int, str], text: str) -> tuple[int, int, str]:
    """A name without the titles written before it: "Dr. Jo Reed", "Police Chief Jo Reed" are Jo Reed
    (an abbreviation, a title, or a common word, that is no given name)."""
    start, end, name = named
    words = name.split()
    given = given_names()
    while (
        len(words) > 2
        and fold(words[0].lower()) not in given
        and (words[0].endswith(".") or fold(words[0].lower()) in _titles() or common_word(words[0], text))
    ):
        rest = name[len(words[0]) :].lstrip()
        start, name, words = start + len(name) - len(rest), rest, words[1:]
    return start, end, name


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(person_titles()) | TITLE_WORDS


# how far before a lone surname its full name is looked for: a few paragraphs, not a whole long text
# for each of its surnames
_FULL_NAME_REACH = 3000


@lru_cache(maxsize=256)
def _full_names_ending(surname: str) -> re.Pattern[str]:
    """A full name ending with ``surname`` (its first word in group 1): "Jo Reed", "Jo A. Reed"."""
    return re.compile(rf"\b([A-Z][a-z]+)\s+(?:[A-Z][a-z]*\.?\s+)?{re.escape(surname)}\b")


def _ends_phrase(after: str) -> bool:
    return bool(
        re.match(
            r"^\s*(?:,|\)|;|:|\.(?!\d)|[\u2014\u2013]|\s-\s|\s+(?:and|when|while|who|was|were|is|are|has|had|died|of|from|in)\b|$)",
            after,
        )
    )


def _person_at_end(
    head: str, offset: int, enclosed: bool = False, ends_sentence: bool = False
) -> tuple[int, int, str] | None:
    """The name or person nominal that ``head`` ends with, as (start, end, person).

    ``enclosed`` (the comma-enclosed form, that marks an age on its own) accepts any singular nominal
    ("a former county treasurer, 58,") and a full name after a preposition of persons ("the death of Jo
    Reed, 3,"); not a place's ("In Paris, 3 were killed"). An age that ends the sentence
    (``ends_sentence``) accepts that full name too ("Police are looking for Jo Reed, 40.").
    """
    head = head.rstrip()
    named = _name_before(head, offset, r"$", after_preposition=enclosed or ends_sentence)
    if named is not None:
        return named
    headline = _HEADLINE_NOUN_END_RE.search(head)
    if headline and headline.group(1).lower() in _HEADLINE_NOUNS:
        # "Shooting Wounds Boy, 5": a title-case headline's person noun
        return offset + headline.start(1), offset + headline.end(1), headline.group(1).lower()
    nominal = _NOMINAL_END_RE.search(head)
    noun = nominal.group(2) if nominal else ""
    if nominal and (noun in PERSON_NOUNS or enclosed and (not noun.endswith("s") or noun.endswith("ss"))):
        return offset + nominal.start(), offset + nominal.end(), nominal.group(2)
    return None


def _name_before(
    head: str, offset: int, tail: str, after_preposition: bool = False
) -> tuple[int, int, str] | None:
    match = re.search(rf"({_NAME}){tail}", head)
    if match is None:
        return None
    name = _trim_name(match.group(1))
    if not _is_name(name):
        return None
    before_name = head[: match.start(1) + len(match.group(1)) - len(name)].split()
    preposition = before_name[-1].lower() if before_name else ""
    if preposition in _PLACE_PREPOSITIONS and not (
        after_preposition
        and preposition in _PERSON_PREPOSITIONS
        and len(name.split()) > 1
        and fold(name) not in place_names()
    ):
        return None  # "In Paris, 3 were killed": a place
    end = offset + match.start(1) + len(match.group(1))
    start = end - len(name)
    return start, end, name


def _trim_name(name: str) -> str:
    """Drop the sentence-start or function words glued before a name, and what comes before them ("The
    Smith" is "Smith", "Late Monday Jo Reed" is "Jo Reed")."""
    words = name.split()
    last = max((i for i, word in enumerate(words[:-1]) if word.lower() in _NOT_NAMES), default=-1)
    return " ".join(words[last + 1 :]) if last >= 0 else name


def _is_name(name: str) -> bool:
    words = re.split(r"[\s-]+", name)
    # "Shooting Wounds Boy, 5": a title-case headline, not a name
    return words[-1].lower() not in _HEADLINE_NOUNS and all(
        w.lower().strip(".") not in _NOT_NAMES for w in words
    )


def _name_after_number(name: str) -> str:
    """The name a "31-year-old" is followed by, up to a word that ends it ("Jo Reed Tuesday morning" is
    "Jo Reed"); "" when it starts with one. A word that labels a number ("Page") is a surname here."""
    words = name.split()
    kept = 0
    while kept < len(words) and not any(
        piece.lower().strip(".") in _ENDS_NAME for piece in words[kept].split("-")
    ):
        kept += 1
    if kept == 0 or kept == 1 and words[0].lower() in _LABEL_WORDS:
        return ""
    return name[: [m.end() for m in re.finditer(r"\S+", name)][kept - 1]]


def _nearest_name(head: str, offset: int) -> str | None:
    names = [m.group(1) for m in _NAME_ANYWHERE_RE.finditer(head) if _is_name(_trim_name(m.group(1)))]
    return _trim_name(names[-1]) if names else None


def _who_died(head: str) -> str | None:
    """Who "died at 85" is, from the words before it: the nearest full name that starts with a given name
    ("Sam Vell, the first Asian American diver to win a medal, dies at 96"), or a surname that opens
    the sentence ("Kemp died")."""
    names = [name for m in _NAME_ANYWHERE_RE.finditer(head) if _is_name(name := _trim_name(m.group(1)))]
    names = [name for name in names if fold(name) not in place_names()]
    full = [name for name in names if " " in name and fold(name.split()[0]) in given_names()]
    if full:
        return full[-1]
    return names[0] if names and head.lstrip().startswith(names[0]) else None


def _antecedent_name(text: str, start: int) -> str | None:
    """Whom "he" or "she" starting a sentence at ``start`` is: the one person the sentence before names
    (by full name or surname), going back over one more sentence that starts with a pronoun itself."""
    window = text[max(0, start - 400) : start]
    sentences = [part for part in _SENTENCE_END_RE.split(window) if part.strip()][-2:]
    for sentence in reversed(sentences):
        names: dict[str, str] = {}
        for match in _NAME_ANYWHERE_RE.finditer(sentence):
            name = _trim_name(match.group(1))
            before_name = sentence[: match.end(1) - len(name)].split()
            if not _may_name_someone(name, text) or _modifier_of_a_person_noun(
                sentence, match.start(1), name
            ):
                continue  # not "Veteran" of "Veteran actress Ola Vesk died", nor "Jazz" of "Jazz singer Ola Vesk"
            if before_name and before_name[-1].lower() in _PLACE_PREPOSITIONS:
                continue  # "at Cedar Hill hospital", "in Los Angeles"
            if _DETERMINER_BEFORE_RE.search(sentence, 0, match.end(1) - len(name)):
                continue  # "drove off in his grey Orla Rover": a thing's name
            if _QUOTED_TITLE_RE.match(sentence, match.start(1) - 1, match.end(1) + 2):
                continue  # 'the musical "Night Harbor"': the title of a work, no one's name
            if role_before_name(name.split(), text):
                name = name.split(None, 1)[1]  # "Actress Ola Vesk"
            surname = name.split()[-1]
            names[surname] = max(names.get(surname, ""), name, key=len)
        full = [name for name in names.values() if " " in name]
        if len(full) == 1 and next(iter(names.values())) == full[0]:
            # "Ola Vesk, best known for the Tarrow films, died": the one full name, written first, not a
            # capitalised word of a title after it
            return full[0]
        if names:
            return next(iter(names.values())) if len(names) == 1 else None
        if not re.match(r"\s*[\"“]?(?:He|She)\b", sentence):
            return None
    return None


def _name_was_before(text: str, segment: Segment, before: str, before_offset: int) -> tuple[int, str] | None:
    """(start, name) of "Ivo Marsh was" ending ``before``: a person's name that starts its sentence or
    its clause (after a comma, or what someone said: "officers said Ivo Marsh was 24"), not one read
    in another's words ("the number worn by Ivo Marsh was 24."), and no place's."""
    match = _NAME_WAS_RE.search(before)
    if match is None:
        return None
    name, start = _trim_name(match.group(1)), before_offset + match.end(1)
    start -= len(name)
    opening = text[segment.start : start]
    # "..., Ivo Marsh was", "Al Ray was 23 and Ivo Marsh was": a clause of its own
    clause_start = opening.rstrip().endswith((",", " and"))
    if opening.strip(' "“') and not clause_start and not _SAID_BEFORE_RE.search(opening):
        return None
    return (start, name) if _may_name_someone(name, text) else None


_SAID_BEFORE_RE = re.compile(r"\b(?:said|says|told\s+\w+|confirmed|added|stated)\s+(?:that\s+)?\Z")
_PERSON_NOUN_THEN_NAME_RE = re.compile(r"\s+([a-z]+)\s+[A-Z]")


def _modifier_of_a_person_noun(sentence: str, start: int, name: str) -> bool:
    """Whether one capitalised word opening a sentence describes the person noun after it ("Jazz singer
    Ola Vesk died"): capitalised by its place, not a name."""
    if " " in name or sentence[:start].strip(' "“'):
        return False
    after = _PERSON_NOUN_THEN_NAME_RE.match(sentence, start + len(name))
    return after is not None and after.group(1) in PERSON_NOUNS


def _may_name_someone(name: str, text: str) -> bool:
    """Whether capitalised words may be a person's name: no label or headline noun, no place, and not
    one word the text also writes in lower case ("Veteran" of "Veteran actress Ola Vesk")."""
    return (
        _is_name(name)
        and (fold(name) not in place_names() or _surname_of_someone_named(name, text))
        and not (" " not in name and common_word(name, text))
    )


def _surname_of_someone_named(name: str, text: str) -> bool:
    """Whether one word that may be a place is the surname of someone the text names in full, by a
    given name: "Voss was 42." after "his wife, Lena Voss" (Voss is also a town)."""
    return " " not in name and any(
        fold(full.group(1)) in given_names() for full in _full_names_ending(name).finditer(text)
    )


def _determiner_start(text: str, segment: Segment, start: int) -> int:
    match = re.search(r"\b(?:a|an|the)\s+$", text[max(segment.start, start - 6) : start], re.IGNORECASE)
    return start - (len(text[max(segment.start, start - 6) : start]) - match.start()) if match else start


def _claim(source: Source, segment: Segment, start: int, end: int, person: str, years: float) -> AgeClaim:
    person = _NICKNAME_RE.sub(
        "", person
    )  # the person is named without the nickname, as the entity stage names them
    role = person.split(None, 1)[0] if person else ""
    if role_before_name(person.split(), source.text):
        person = person[len(role) :].lstrip()  # "Suspect Ola Vesk, 31": the role is not the name
        if source.text.startswith(role, start):
            start = _SPACES.match(source.text, start + len(role)).end()
    return AgeClaim(
        id=f"{source.id}:{start}-{end}:age",
        **claim_span(source, segment, start, end),
        predicate="age",
        value=Age(person=person, years=int(years), as_of=source.published),
    )
