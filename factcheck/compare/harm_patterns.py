"""The words and patterns of people harmed, as a report's lead tells them.

"A 19-year-old man was shot and killed", "a man and his daughter were found
dead", "two men and a woman were wounded", "shot his neighbour, wounding
him": one person (a determiner, up to three words and a person's noun, or a
name), the pairs, families and lists a sentence counts together, and what
happened to them. :mod:`factcheck.compare.readings` reads the counts.
"""

from __future__ import annotations

import re

from factcheck.extract.person_nouns import PERSON_NOUNS as NOUNS_OF_PEOPLE
from factcheck.values import MONTHS, WEEKDAYS, plural

# Those who did harm, not the harmed a lead counts: "the gunman killed two people" is no one killed
_DOERS = frozenset({"gunman", "shooter", "suspect", "defendant"})
# and those whose harm a killing answered, as the object of one: "shot and killed an intruder"
_HARM_DOERS = frozenset({"intruder", "robber", "burglar", "attacker", "assailant", "carjacker"})
# what someone is, did or was where it happened: "a pilot and his passenger died", "a clerk was killed"
_PERSON_NOUNS = (
    (NOUNS_OF_PEOPLE - _DOERS)
    # and the relatives and roles that list lacks
    | {
        "grader",
        "relative",
        "cousin",
        "nephew",
        "niece",
        "grandson",
        "granddaughter",
        "stepson",
        "stepdaughter",
    }
    | {"clerk", "cashier", "guard", "bystander", "passerby", "patron", "motorist", "homeowner", "tenant"}
    | {"roommate", "firefighter", "deputy", "trooper"}
    | {"bartender", "waiter", "waitress", "bouncer"}
)


def _longest_first(words: set[str] | frozenset[str]) -> list[str]:
    return sorted(words, key=lambda word: (-len(word), word))  # in one order whatever the sets' hashing


_PERSON = "|".join(
    _longest_first(_PERSON_NOUNS)
    # an age alone is a person: "a 15-year-old was shot", "a six-year-old", "a 14-month old"
    + [r"[\w-]+-(?:year|month|week|day)[- ]old"]
)
# The words before a person's noun: "A 10-year-old boy", "one man", "the victim", "his father".
_DETERMINERS = r"(?:[Aa]n?|[Oo]ne|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)"
_DETERMINED = _DETERMINERS + r"\s+(?:(?!and\b|or\b)[\w-]+\s+){0,3}?(?:" + _PERSON + r")"
# One more person, after those just told: "another", "a second"
ONE_MORE = r"(?:another|a\s+(?:second|third|fourth|fifth))"
# One person, as a lead names them: "A 10-year-old boy", "one man", "the victim", "a three-year old
# child in Leeds", "Jo Reed, 13,", "Jo Reed, a 22-year-old man,". Not one of two ("Adam and Ethan Lee
# died", "a father and daughter dead"): see one_of_two.
ONE_PERSON = (
    r"(?P<np>\b" + _DETERMINED + r"\b"
    r"(?:\s+(?:in|from|of)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?"
    r"|\b[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
    # one more, in a clause of its own after the people just told: "a woman died and another was
    # hurt", "two were killed, and a third was hurt"
    r"|(?:(?<=\band\s)|(?<=[,;]\s))" + ONE_MORE + r"(?=\s+(?:was|is|has)\b))"
    # "Jo Reed, 28, of Kelby,": an age, what they were, where they lived
    r"(?:(?:\s*,\s*(?:\d{1,3}|an?\s+[^,]{3,40}|identified\s+as\s+[^,]{3,40}|who\s+[^,]{3,60}|of\s+[A-Z][^,]{2,40})){1,2}\s*,)?"
    r"(?!\s+and\s)"
)
# "Jo Reed was taken to a hospital, where he was pronounced dead", "was rushed to Mercy Hospital where
# she later died": the person named died of the harm the sentence tells.
TAKEN_WHERE_DIED = (
    r"(?:was|were)\s+(?:\w+ly\s+)?(?:taken|rushed|transported|flown|airlifted)\s+to\s+[^.;]{0,80}?,?\s+where\s+"
    r"(?:he|she|they)\s+(?:(?:was|were)\s+)?(?:later\s+)?(?:died|pronounced\s+dead)"
)
# "was gunned down", "lost his life", "succumbed to her wounds", "the victim of a deadly attack"
_DEATH_WORDS = (
    r"(?:killed|dead|died|passed\s+away|slain|fatally\s+(?:shot|stabbed|wounded|injured|struck)|shot\s+dead|shot\s+to\s+death"
    r"|stabbed\s+to\s+death|beaten\s+to\s+death|gunned\s+down|lost\s+(?:his|her|their)\s+li(?:fe|ves)"
    r"|succumbed\s+to\s+(?:[\w-]+\s+){0,3}?(?:injuries|wounds)|the\s+victim\s+of\s+an?\s+(?:fatal|deadly)\s+\w+)"
)
# Between a person and their own passive verb, what they did first: "a man who opened fire on officers
# was killed" (a clause of one verb: not "a man who was with the boy who was shot")
_WHO_DID_FIRST = (
    r"\s+who(?:\s+(?!(?:who|whom|was|were|is|are|and|had|has|been)\b)[\w'\u2019-]+){2,10}?"
    r"(?=\s+(?:was|is|has\s+been|had\s+been)\s)|\s+who"
)
_WHO_DID = r"(?:" + _WHO_DID_FIRST + r")?"
# Between a person and their death, the harm that led to it: "a man who was shot Friday in Kelby died
# on Sunday", "a man shot Saturday has died"
_HURT_FIRST = (
    r"\s+(?:who\s+(?:was|had\s+been)\s+)?(?:shot|stabbed|wounded|injured|hurt)"
    r"(?:\s+(?!(?:who|whom|and|was|were|is|are)\b)[\w'\u2019-]+){0,8}?(?=\s+(?:has\s+|had\s+)?died\b)"
)
KILLED = re.compile(
    ONE_PERSON
    + r"(?:"
    + _HURT_FIRST
    + r"|"
    + _WHO_DID_FIRST
    + r")?"
    + r"\s+(?:(?P<passive>was|is|has\s+been|had\s+been)\s+|(?:has|had)\s+)?(?:\w+ly\s+)?"
    r"(?:(?:shot|stabbed|struck|hit)\s+and\s+)?(?:(?:found|pronounced|declared)\s+)?" + _DEATH_WORDS + r"\b"
    # not in the passive, a verb with an object is the person's own act: "a man shot and killed his wife"
    r"(?(passive)|(?!\s+(?:his|her|their|its|an?|the|\d+)\b))"
    # "He was pronounced dead at the scene", "shot his brother, killing him"
    r"|\b(?:[Hh]e|[Ss]he)\s+(?:(?:was|had\s+been)\s+(?:later\s+)?(?:(?:pronounced|declared|found)\s+dead|fatally\s+shot"
    r"|shot\s+and\s+killed|killed)|(?:later\s+)?died)\b|\b(?:killing|fatally\s+wounding)\s+(?:him|her)\b"
)
# One person a verb or a noun of killing takes: "a shooting that killed a 3-year-old girl", "shot and
# killed his friend, Jo Reed,", "the fatal shooting of a 14-year-old boy", "the death of 17-year-old Jo
# Reed"; not the first of a list ("killed his wife, son and daughter").
_OBJECT = (
    r"(?P<object>" + _DETERMINED + r"|(?:[\w-]+-year-old\s+)?[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+)\b"
    r"(?!\s+(?:and|&)\s+(?:(?:his|her|their|an?|the|one|two|three|four|\d+|" + _PERSON + r")\b|[A-Z])"
    r"|,\s*(?:[\w-]+\s+){0,2}?(?:and|&)\s)"
)
KILLED_OBJECT = re.compile(
    r"\b(?:(?:shot\s+and\s+)?(?:killed|killing|kills|murdered|murdering)|fatally\s+(?:shot|shooting|wounded|wounding)"
    r"|(?:fatal|deadly)\s+shooting\s+of|(?:shooting\s+)?death\s+of|murder\s+of|killing\s+of|slaying\s+of"
    r"|claimed\s+the\s+life\s+of)"
    # the one who did harm may be killed too: "shot and killed an intruder", "the fatal shooting of a suspect"
    r"\s+(?:the\s+)?(?:" + _OBJECT + r"|(?:an?\s+|the\s+)?(?:armed\s+|alleged\s+|would-be\s+)?"
    r"(?:" + "|".join(sorted(_DOERS | _HARM_DOERS)) + r")\b(?!['’-]))"
)
INJURED_OBJECT = re.compile(
    r"(?<!fatally\s)(?<!mortally\s)\b(?:(?!fatally|mortally)\w+ly\s+)?(?:wounding|injuring|wounded|injured)\s+"
    + _OBJECT
    + r"(?!\s+(?:dead|to\s+death))"
)
# Two people who died together: "a man and his daughter were found dead", "a woman and her 6-year-old
# granddaughter both died", "found a father and son dead".
_PAIR = (
    r"\b" + _DETERMINED + r"\s+(?:and|&)\s+(?:(?:[Hh]is|[Hh]er|[Tt]heir|[Aa]n?|[Tt]he)\s+)?"
    r"(?:(?!and\b|or\b)[\w-]+\s+){0,2}?(?:" + _PERSON + r")\b"
)
PAIR_KILLED = re.compile(
    r"(?P<np>"
    + _PAIR
    + r")\s+(?:(?:were|are|have\s+been|had\s+been)\s+)?(?:both\s+)?(?:(?!fatally|mortally)\w+ly\s+)?"
    r"(?:(?:shot|stabbed)\s+and\s+)?(?:found\s+)?" + _DEATH_WORDS + r"\b"
    r"|\bfound\s+(?P<found>" + _PAIR + r")\s+dead\b"
)
# One person and their children who died with them: "a mother and her two sons found dead".
NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
FAMILY_KILLED = re.compile(
    r"(?P<np>\b" + _DETERMINED + r"\s+(?:and|&)\s+(?:his|her|their)\s+(?P<n>two|three|four|five|six|[2-6])\s+"
    r"(?:(?!and\b|or\b)[\w-]+\s+){0,2}?(?:sons|daughters|children|kids|boys|girls|grandchildren|stepchildren))\b"
    r"\s+(?:(?:were|are|have\s+been|had\s+been)\s+)?(?:all\s+)?(?:(?:shot|stabbed)\s+and\s+)?(?:found\s+)?"
    + _DEATH_WORDS
    + r"\b"
)
# People listed together with one harm: "Two men and a woman were wounded", "a man, a teen and two women
# were shot": as many as the list names (an item is one person or a counted few).
# "two passengers", "three deputies", "two 17-year-olds" as well
_PLURAL_PEOPLE = (
    r"(?:"
    + "|".join(_longest_first({plural(noun) for noun in _PERSON_NOUNS} | {"others"}))
    + r"|[\w-]+-(?:year|month)[- ]olds)"
)
_FEW = r"[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[2-6]"
_FEW_NOUN = rf"\s+(?:(?!and\b|or\b)[\w-]+\s+){{0,2}}?{_PLURAL_PEOPLE}"  # "two men", "three young women"
_COUNTED_FEW = rf"(?P<n>{_FEW}){_FEW_NOUN}"
_FEW_PEOPLE = rf"(?:{_FEW}){_FEW_NOUN}"  # without its group, to be repeated in one pattern
_LISTED_ITEM = re.compile(rf"(?:{_COUNTED_FEW}\b|{_DETERMINED}\b)")
LIST_HURT = re.compile(
    rf"(?P<np>(?:{_COUNTED_FEW}\b|\b{_DETERMINED}\b)(?:\s*,\s*(?:[\w-]+\s+){{0,3}}?[\w-]+)*?,?\s+(?:and|&)\s+"
    rf"(?:[\w-]+\s+){{0,4}}?(?:{_PLURAL_PEOPLE}|{_PERSON})\b)\s+(?:were|have\s+been|had\s+been)\s+"
    r"(?:(?!fatally|mortally)\w+ly\s+)?(?P<verb>wounded|injured|hurt|shot|stabbed)\b(?!\s+(?:and\s+killed|dead|to\s+death))"
)
# Two or three people one verb of killing takes: "shot and killed his wife and her mother", "killed a
# man, a woman and a teenager", "killed two men and a woman": as many as the list names (not "killed a
# man and wounded a woman", nor "his wife and her two children", whose number a person's noun hides).
_KILLED_ITEM = (
    r"(?:" + _FEW_PEOPLE + r"|" + _DETERMINERS + r"\s+"
    r"(?:(?!and\b|or\b|two\b|three\b|four\b|five\b|six\b|\d)[\w-]+\s+){0,3}?(?:" + _PERSON + r"))\b(?!['’])"
)
KILLED_LIST = re.compile(
    r"\b(?:(?:shot|stabbed)\s+and\s+)?(?:killed|killing|murdered|murdering|fatally\s+(?:shot|shooting))\s+"
    rf"(?P<np>{_KILLED_ITEM}(?:\s*,\s*{_KILLED_ITEM})*,?\s+(?:and|&)\s+{_KILLED_ITEM})"
)
INJURED = re.compile(
    ONE_PERSON
    # "a girl shot in her bed is now recovering": the participle's phrase between subject and verb
    + r"(?:\s+(?:shot|wounded|injured|hit)\s+[^,.;:]{0,40}?(?=\s+(?:is|was|remains)\s))?"
    + _WHO_DID
    + r"\s+(?:(?:was|is|has\s+been)\s+(?:(?!fatally|mortally)\w+ly\s+)?"
    r"(?:wounded|injured|hurt|shot|stabbed|grazed|hospitali[sz]ed"
    # "was hit by a stray bullet", "struck by gunfire"
    r"|(?:hit|struck)\s+by\s+(?:an?\s+)?(?:stray\s+|errant\s+)?(?:bullets?|rounds?|gunfire|shotgun\s+pellets)"
    r"|(?:airlifted|flown|rushed|taken|transported)\s+to\s+"
    r"(?:an?\s+|the\s+)?(?:[A-Z][\w'-]*\s+|area\s+|local\s+|nearby\s+){0,4}hospital)\b"
    r"(?!\s+(?:and\s+killed|dead|to\s+death|or\s+killed))"
    # "a woman is in critical condition", "his father remains hospitalized in stable condition"
    r"|(?:is|was|remains|remained)\s+(?:listed\s+|hospitali[sz]ed\s+)?in\s+(?:critical|serious|stable|fair|grave|good"
    r"|guarded)(?:,?\s+(?:but|and)\s+stable)?\s+condition\b"
    # "a teen is recovering", "a girl is fighting for her life", "a boy continued to recover"
    r"|(?:is|was|remains)\s+(?:now\s+|still\s+)?(?:at\s+home\s+)?(?:recovering|fighting\s+for\s+(?:his|her)\s+life)\b"
    r"|continue[sd]?\s+to\s+recover\b)"
)
# "A female victim suffered a non-life-threatening gunshot wound", "the boy is expected to recover",
# "a woman was also shot, but survived", "the officer was shot in the leg and is expected to make a full
# recovery", "the cook was treated and released from Mercy Hospital", "she is still being treated",
# "a bystander was treated on the scene and released".
_RECOVER = r"(?:recover|survive|make\s+a\s+(?:full\s+)?recovery)"
_ALIVE = (
    r"\s+(?:(?:suffered|sustained)\s+(?:an?\s+)?(?:[\w-]+\s+){0,4}?(?:gunshot\s+)?(?:wounds?|injur(?:y|ies))"
    r"|(?:(?:is|was)\s+(?:now\s+)?expected\s+to|should|will)\s+" + _RECOVER + "|"
    r"(?:was|were)\s+(?:also\s+)?(?:shot|wounded|injured|hurt|stabbed|hit|struck)\b[^.;]{0,80}?\b(?:but|and)\s+"
    r"(?:survived|(?:is|was)\s+(?:now\s+)?expected\s+to\s+" + _RECOVER + ")|"
    r"(?:was|were|has\s+been|had\s+been)\s+(?:treated\s+and\s+)?released\s+from\s+(?:the|an?)\s+"
    r"(?:[\w-]+\s+){0,3}?hospital|(?:is|was|are|were)\s+(?:still\s+)?being\s+treated"
    # "a bystander was treated on the scene and released"
    r"|(?:was|were)\s+treated\s+(?:at|on|for)\s+[^.;]{1,40}?\s+and\s+released)\b"
)
# "the officer who was shot was released from the hospital": the person's harm told between
_WHO_WAS_HURT = r"(?:\s+who\s+was\s+(?:shot|wounded|injured|hurt|stabbed))?"
SUFFERED = re.compile(ONE_PERSON + _WHO_WAS_HURT + _ALIVE)
# What INJURED's and SUFFERED's verbs need: a sentence without one of these words matches neither.
# Written in small letters as those patterns are, not case-blind: a case-blind alternation is tried at
# every character, a cased one only where one of its first letters stands.
HURT_WORDS = (
    *("wounded", "injured", "hurt", "shot", "stabbed", "grazed", "hospital"),
    *("condition", "recover", "fighting", "suffered", "sustained", "survive", "treated"),
    *("bullet", "gunfire", " round", "pellets"),
)
HURT_WORD = re.compile("|".join(HURT_WORDS))
# After a named person: "Mya Reed, 16, was flown to a hospital in critical condition", "Reed suffered
# a minor hand injury".
ALIVE_AFTER = re.compile(
    r"(?:\s*,\s*\d{1,3}\s*,|,)?(?:" + _ALIVE + r"|\s+(?:was|is|remains)\s+(?:(?:listed|hospitali[sz]ed|"
    r"(?:airlifted|flown|rushed|taken|transported)\s+to\s+[^.;]{0,40}?hospital)\s+)?in\s+"
    r"(?:critical|serious|stable|fair|good|guarded)(?:,?\s+(?:but|and)\s+stable)?\s+condition\b)"
)
# "A 3-year-old boy shot himself", "a bullet grazed a 3-year-old", "the shooting of a toddler": shot,
# and hurt only if no one died (:mod:`~factcheck.compare.tolls` decides).
# "a 5-year-old boy found a pistol in a drawer and shot himself": what the one shot did first, in words
# that start no other clause
DID_FIRST = r"(?:\s+(?!(?:and|but|as|when|while|who|that|was|were|is|are|had|has)\b)[\w'’-]+){1,9}?\s+and"
SHOT_SELF = re.compile(
    ONE_PERSON + "(?:" + DID_FIRST + ")?" + r"\s+(?:\w+ly\s+)?shot\s+(?:himself|herself)\b"
)
SHOT_OBJECT = re.compile(
    r"\b(?:shot|shoots|shooting(?:\s+of)?|grazed|grazing|struck|striking|hit|hitting)\s+(?:the\s+)?"
    + _OBJECT
    # "shot the man and killed him" tells one death; "shot his son and killed his wife" two people
    + r"(?!\s+(?:and\s+killed\b(?!\s+(?:his|her|their|an?|the)\b)|dead|to\s+death)|[^.;]*\b(?:killing|fatally|died|dead)\b)"
)
# "shot his girlfriend and her son, wounding both": the two just told
BOTH = re.compile(r"\b(?:(?P<killed>killing)|(?:\w+ly\s+)?(?:wounding|injuring))\s+(?:them\s+)?both\b")
# "officers found a man suffering from a gunshot wound", "found a 25-year-old woman with gunshot wounds"
FOUND_SHOT = re.compile(
    r"\b(?:found|find|finding|located|discovered)\s+" + _OBJECT + r"(?:\s*,\s*\d{1,3}\s*,)?"
    r"\s+(?:suffering\s+(?:from\s+)?|with\s+)(?:an?\s+|multiple\s+|several\s+)?(?:apparent\s+)?gunshot\s+wounds?\b"
)
# After people told with their harm, one more whose verb is left out: "two were killed and a third
# hospitalized", "one man was wounded and another killed", "a cook was killed and his brother wounded"
_AND_ONE_MORE = (
    r",?\s+and\s+(?P<np>"
    + ONE_MORE
    + r"(?:\s+(?:[\w-]+\s+){0,2}?(?:"
    + _PERSON
    + r"))?|"
    + _DETERMINED
    + r")\s+"
)
# "a shooting that left a teenager injured", "leaving a six-year-old dead"; one more dead after the hurt
LEFT_DEAD = re.compile(
    r"\b(?:left|leaves|leaving)\s+" + _OBJECT + r"\s+dead\b"
    r"|\b(?:wounded|injured|hurt|hospitali[sz]ed)" + _AND_ONE_MORE + r"(?:(?:killed|dead|slain)\b"
    r"|fatally\s+(?:shot|stabbed|wounded|injured)\b)"
)
# "a triple shooting", "a double homicide": as many people shot, or killed (one incident: not "double
# shootings", nor "the third double shooting this month")
MULTIPLE = re.compile(
    r"\b(?:an?|the|this|Saturday's|Sunday's|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's)\s+"
    r"(?P<n>double|triple|quadruple)[- ](?P<killed>fatal\s+shooting|homicide|murder|slaying)?(?P<shot>shooting)?\b(?!s)",
    re.I,
)
MULTIPLES = {"double": 2, "triple": 3, "quadruple": 4}
# "leaving a 31-year-old woman with life-threatening injuries" (not "fatal injuries"); after the dead, one
# more hurt in a clause whose verb is left out: "left one man dead and another wounded", "two were
# killed and a third hospitalized", "a cook was killed and his brother wounded"
LEFT_HURT = re.compile(
    r"\b(?:left|leaves|leaving)\s+" + _OBJECT + r"\s+(?:(?:\w+ly\s+)?(?:injured|wounded|hurt)"
    r"|with\s+(?:an?\s+)?(?!fatal\b)(?:[\w-]+\s+){0,2}?(?:injur(?:y|ies)|wounds?))\b"
    r"|\b(?:dead|killed|slain)" + _AND_ONE_MORE + r"(?:(?:\w+ly\s+)?(?:injured|wounded|hurt|hospitali[sz]ed)"
    r"|in\s+(?:critical|serious|stable|fair|grave|guarded)\s+condition)\b"
)

# Before the second of two people ("Adam and Ethan Lee", "a soldier and his daughter", "Reed, 31, and
# Ray"), where "and" does not join two clauses ("a man was killed and a woman wounded").
CALENDAR = r"(?:" + "|".join((*WEEKDAYS, *MONTHS)) + r")\b"
_AND_PERSON = re.compile(
    r"(?:\b(?:" + _PERSON + r")|\b(?!" + CALENDAR + r")[A-Z][\w'-]*|\d{1,3}),?\s+(?:and|&)\s+\Z"
)
DEATH_AFTER = re.compile(r"\b(?:died|dies|dead|killed|fatal|fatally|death)\b", re.I)
# Someone told between one killed and a death by one's own hand, who may be the one who took it: "a
# woman was killed before her husband turned the gun on himself", "killed by her ex-partner, who then
# shot himself", "Jo Reed"
SOMEONE = re.compile(
    r"\b(?:his|her|their|an?|the)\s+(?:[\w-]+\s+){0,3}?(?:"
    + _PERSON
    + "|"
    + "|".join(sorted(_DOERS))
    + r")\b"
    r"|\bby\s+(?:his|her|their|an?|the)\s+[\w-]+|\b[A-Z][a-z]+\s+[A-Z][a-z]+\b"
)
# "A woman was shot Sunday in Kelby and died at a hospital", "the teen who was shot Friday has died": the
# one just told hurt died of it
AND_THEN_DIED = re.compile(
    r"[^.;]{0,80}?\band\s+(?:later\s+)?(?:died|was\s+pronounced\s+dead)\b"
    r"|(?:(?!\band\b)[^.;,]){0,80}?\s(?:has|had)\s+(?:since\s+|now\s+)?died\b"
)
# "a woman was wounded and her boyfriend killed": a death told after this is another person's
ANOTHER_PERSON = re.compile(
    r"\band\s+(?:"
    + ONE_MORE
    + r"|(?:his|her|their|an?|one)\s+(?:(?!and\b|or\b)[\w-]+\s+){0,3}?(?:"
    + _PERSON
    + r"))\b"
)


def listed(people: str) -> int:
    """How many people a list names: "Two men and a woman" are three."""
    items = list(_LISTED_ITEM.finditer(people))
    return sum(NUMBERS.get(item["n"].lower(), 0) or int(item["n"]) if item["n"] else 1 for item in items)


def one_of_two(text: str, match: re.Match) -> bool:
    """Whether the person a match reads is the second of two ("Adam and Ethan Lee died")."""
    return bool(_AND_PERSON.search(text, max(0, match.start() - 40), match.start()))
