"""What a count counts: the noun phrase after a number, normalised.

"12 people were killed" counts "people killed": the head of the noun phrase
(plural), the outcome that happened to it (a participle after it, a verb
before it, a death toll), or for a measure its dimension ("depth",
"distance from calbuco") or the attribute a sentence gives it ("turnout").
"""

from __future__ import annotations

import re

from factcheck.extract.numbers import NumberMention
from factcheck.extract.patterns import words_before
from factcheck.extract.person_nouns import PERSON_NOUNS
from factcheck.extract.quantities.attributes import (
    VERB_HEDGE,
    aftershock_prefix,
    alarms_after,
    collective_after,
    collective_before,
    copular_attribute,
    counted_by_verb,
    distance_reference,
)
from factcheck.extract.quantities.money import money_counted
from factcheck.extract.quantities.outcomes import (
    outcome_after_aside,
    outcome_after_relative,
    participle_after,
    predicate_outcome,
)
from factcheck.extract.quantities.phrases import (
    IRREGULAR_PARTICIPLES,
    VERB_PARTICIPLE,
    is_participle,
)
from factcheck.extract.quantities.units import _Measure, blood_alcohol_before
from factcheck.records import Segment
from factcheck.values import (
    HARM_WORDS,
    IRREGULAR_PLURALS,
    OUTCOME_PARTICIPLES,
    harm_of,
    is_plural,
    plural,
    singular_noun,
)

# Function words that end a counted noun phrase, and modifiers skipped at its start
_STOP_WORDS = frozenset(
    """a an the of in on at to from by for with and or but nor as than that which who whom whose this these those
    it its their his her our your my we they he she i you is are was were be been being have has had do does did
    will would can could may might must shall should not no so if then there here when where while after before
    during since until about over under into onto out up down off per each every all any some many much more most
    other same own only just also still even yet ago later earlier last next first second this
    said says say told according ever never times""".split()
)
# Heads that make a duration or a frequency, the time extractor's business ("a few days", "three times")
_TIME_HEADS = frozenset(
    "seconds minutes hours days nights weeks weekends months years decades centuries times".split()
)
_SKIPPED_MODIFIERS = frozenset("more other additional further such new total fewer extra".split())
_HUMAN_HEADS = frozenset({"people", "others"})
_ONLY_PEOPLE_OUTCOMES = frozenset({"arrested", "detained"})
_DEATH_WORDS = frozenset("killed dead died deaths fatalities perished deceased".split())
_INJURY_WORDS = frozenset("injured wounded hurt injuries".split())
_THING_OUTCOMES = frozenset("destroyed damaged collapsed fired launched seized deployed".split())
_VERB_BEFORE_RE = re.compile(
    r"\b(killing|killed|kills|injuring|injured|injures|wounding|wounded|wounds|leaving|left|arresting|arrested|"
    r"detaining|detained|capturing|captured|seizing|seized|"
    r"evacuating|evacuated|displacing|displaced|rescuing|rescued|destroying|destroyed|damaging|damaged|"
    r"hospitalizing|hospitalising|hospitalized|hospitalised|firing|fired|launching|launched|affecting|affected|"
    r"(?:claimed|claiming|claims|took|taking|takes|cost|costing|costs)\s+the\s+lives\s+of)"
    # "wounding his two friends": whose they are may stand between
    r"\s+(?:(?:his|her|their)\s+)?(?:(?:an\s+estimated|at\s+least|more\s+than|nearly|almost|about|some|around|"
    r"over|up\s+to|as\s+many\s+as|another|all|a\s+further|at\s+most)\s+)?$",
    re.IGNORECASE,
)
# Gunfire that hit people shot them: "bullets struck two children", "gunfire hit six people"
_GUNFIRE_HIT_BEFORE_RE = re.compile(
    r"\b(?:shots|bullets|gunfire|rounds|a\s+bullet|a\s+shot|stray\s+bullets?)\s+(?:[\w-]+\s+){0,5}?"
    r"(?:hit|hitting|struck|striking)\s+(?:(?:at\s+least|another|all)\s+)?$",
    re.IGNORECASE,
)
# "a man opened fire near the pier, hitting five people": the gunfire's
_OPENED_FIRE_HITTING_BEFORE_RE = re.compile(
    r"\bopened\s+fire\b[^.;:]{0,50}?\s(?:hitting|striking)\s+(?:(?:at\s+least|another|all)\s+)?$",
    re.IGNORECASE,
)
_DEATH_TOLL_BEFORE_RE = re.compile(
    r"\b(death\s+toll|toll|injury\s+toll|number\s+of\s+(?:people\s+)?(?:dead|deaths|fatalities|killed|shot\s+dead"
    r"|injured|injuries|hurt|wounded))\b[^.;:!?]{0,80}?"
    r"\b(?:to|at|of|reached|hit|is|was|stood|stands|now|rose|climbed|jumped)\s+$",
    re.IGNORECASE,
)
_TOLL_REACH = 120
_HOSTAGE_AFTER_RE = re.compile(r"\s+(?:as\s+)?hostages?\b", re.IGNORECASE)
_INJURY_TOLL_RE = re.compile(r"injur|hurt|wounded", re.IGNORECASE)
# "the bodies of four people were found": the count is of the dead
_BODIES_OF_BEFORE_RE = re.compile(r"\bbodies\s+of\s+(?:(?:the|all|at\s+least)\s+)?$", re.IGNORECASE)

_DISTANCE_AFTER_RE = re.compile(
    r"^\s+(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|"
    r"south-west|northern|southern|eastern|western|inland|offshore|outside|away)\s+)?(?:of|from)\b"
    r"|^\s+away\b",
    re.IGNORECASE,
)
_DIMENSION_AFTER_RE = re.compile(
    r"^\s+(deep|tall|high|long|wide|thick|below|underground|downstream|upstream|downriver)\b", re.IGNORECASE
)
_DIMENSION_BEFORE_RE = re.compile(
    r"\b(depth|height|length|width|distance|altitude|elevation|fall|drop|plunge)\s+of\s+(?:(?:about|some|around|nearly|"
    r"approximately|roughly|more\s+than|over|up\s+to|at\s+least|just)\s+)?$",
    re.IGNORECASE,
)
_FALL = "fall distance"
_DIMENSION_WORDS = {
    "deep": "depth",
    "below": "depth",
    "underground": "depth",
    "tall": "height",
    "high": "height",
    "long": "length",
    "wide": "width",
    "thick": "thickness",
    "altitude": "height",
    "elevation": "height",
    "downstream": "distance downstream",  # where a body, a boat or a car was found in a river
    "downriver": "distance downstream",
    "upstream": "distance upstream",
    "fall": _FALL,
    "drop": _FALL,
    "plunge": _FALL,
}
# the hedge a measure may have between its verb and its number: "fell about 50 feet"
_VERB_TO_MEASURE_HEDGE = (
    r"\s+(?:(?:about|some|around|nearly|almost|approximately|roughly|more\s+than|over|up\s+to|at\s+least|"
    r"an\s+estimated|just)\s+)?$"
)
_MEASURED_OF_BEFORE_RE = re.compile(r"\b([a-z]{3,})\s+of" + _VERB_TO_MEASURE_HEDGE, re.IGNORECASE)
# "fell 100 metres", "plunged about 50 feet": how far someone or something fell
_FELL_BEFORE_RE = re.compile(
    r"\b(?:fell|falling|fallen|plunged|plunging|plummeted|plummeting|tumbled|tumbling)"
    + _VERB_TO_MEASURE_HEDGE,
    re.IGNORECASE,
)
# "the river crested at 24.5 feet", "peaked at 30 feet": the highest a river or a tide rose
_CRESTED_BEFORE_RE = re.compile(
    r"\b(?:crest(?:ed|ing|s)?|peak(?:ed|ing|s)?)\s+(?:at|near)" + _VERB_TO_MEASURE_HEDGE, re.IGNORECASE
)
# "6 inches of rain", "a foot of snow": how much fell
_FALLEN_AFTER_RE = re.compile(r"\s+of\s+(?:(rain|snow)(?:fall)?|precipitation)\b", re.IGNORECASE)
# "burned 12,000 acres", "has scorched about 40 square miles": the area a fire burned
_BURNED_BEFORE_RE = re.compile(
    r"\b(?:burned|burnt|burning|scorched|scorching|charred|blackened|consumed|torched)"
    + _VERB_TO_MEASURE_HEDGE,
    re.IGNORECASE,
)
_BURNED = "area burned"
# "a premium of 24 percent", "an increase of about 5%": the noun a share is of
_SHARE_OF_BEFORE_RE = re.compile(
    r"\b(?:a|an|the|its|their)\s+([a-z]+)\s+of" + _VERB_TO_MEASURE_HEDGE, re.IGNORECASE
)
# "a 42 percent premium", "the 5% tax": a determiner before the share, its noun after it
_A_BEFORE_RE = re.compile(
    r"\b(?:a|an|the|its|their)\s+(?:(?:about|some|nearly|almost|roughly)\s+)?$", re.IGNORECASE
)
_SHARE_NOUN_AFTER_RE = re.compile(r"\s+([a-z]+)\b(?![-'’])")
# "70 percent of the country's internet capacity": the whole a share is of, up to its head noun
_WHOLE_AFTER_RE = re.compile(
    r"\s+of\s+(?:(?:the|its|their|his|her|our|this|that)\s+)?(?:[A-Za-z][\w-]*(?:\s+[A-Z][\w-]*)?[’']s\s+)?"
    r"((?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*)\b(?![-'’])"
)
# "weighs 3 pounds", "weighing about 40 tonnes", "a weight of 2 kg": what something weighs
_WEIGHS_BEFORE_RE = re.compile(
    r"\b(?:weighs|weighed|weighing|weigh|(?:a|its|the)\s+weight\s+of|tips\s+the\s+scales?\s+at)"
    + _VERB_TO_MEASURE_HEDGE,
    re.IGNORECASE,
)
# "... at about $3 million": what ends an estimate's words, before its value
_AT_THE_VALUE = r"\s+at" + _VERB_TO_MEASURE_HEDGE.removesuffix("$") + r"[$€£]?\s*$"
# "officials put turnout at 61%", "estimated the cost of the storm at $3 million": the attribute an
# estimate is of
_ESTIMATED_AT_RE = re.compile(
    r"\b(?:put|puts|putting|estimated|estimates|estimating|placed|places|pegged|pegs)\s+"
    r"(?:(?:the|its|their)\s+)?([a-z][a-z'’-]*(?:[ \t]+[a-z][a-z'’-]*){0,2}?)(?:\s+of\s+[^,;:]{1,40}?)?"
    + _AT_THE_VALUE,
    re.IGNORECASE,
)
# "fired four times", "fired it three times", "fired at the car at least five times"; not one
# dismissed ("was fired three times")
_FIRED_BEFORE_RE = re.compile(
    r"(?<!was\s)(?<!were\s)(?<!been\s)(?<!be\s)\bfired"
    r"(?:\s+(?:it"
    r"|(?:his|her|their|the|a)\s+(?:service\s+)?(?:weapons?|guns?|handguns?|rifles?|pistols?|shotguns?)"
    r"|at\s+(?:the\s+|a\s+|an\s+|him|her|them)?[a-z]*))?" + _VERB_TO_MEASURE_HEDGE,
    re.IGNORECASE,
)
_TIMES_AFTER_RE = re.compile(r"\s+times\b")
_HIT_BEFORE_RE = re.compile(
    r"\b(?:was|were|been|got)\s+(?:\w+ly\s+)?(shot|stabbed)" + _VERB_TO_MEASURE_HEDGE, re.I
)
_MARGIN_BEFORE_RE = re.compile(
    r"\b(?:leads?|led|leading|ahead|trails?|trailed|trailing|behind|won|wins?|beat|beaten|lost|lose|loses|edged"
    r"|defeated|margin)\b[^.;:,]{0,50}?\bby\s+\Z",
    re.I,
)
# "Damage was put at 200 million euros", "the cost of the storm is estimated at $2 billion"
_ESTIMATED_PASSIVE_RE = re.compile(
    r"\b([a-z][a-z'’-]*)(?:\s+(?:of|to|from)\s+[^,;:]{1,80}?)?\s+(?:was|were|is|are|has\s+been|had\s+been)\s+"
    r"(?:put|estimated|placed|pegged)" + _AT_THE_VALUE,
    re.IGNORECASE,
)
_ESTIMATE_REACH = 120
_OF_NOUN_RE = re.compile(r"\s+of\s+([a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){0,2})\b")

_DEFINITE_BEFORE_RE = re.compile(r"\b(?:the|these|those|both)\s+$", re.IGNORECASE)

_MEASURE_OF_RE = re.compile(r"\s+(?:of|in|worth\s+of)\s+")
# "two 16-year-old boys": an age before the noun describes the counted, whose noun follows it
_NOUN_GAP_RE = re.compile(r"\s*-?\s*(?:\d{1,3}-(?:year|month|week)-old\s+(?=[a-z]))?")
_SPACES_RE = re.compile(r"[ \t]+")
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*")


def _counted(
    text: str,
    segment: Segment,
    number: NumberMention,
    last: NumberMention,
    measure: _Measure,
    end: int,
    before: str,
    previous_head: str | None,
) -> tuple[str | None, int, str | None]:
    """(counted key, end of the noun phrase, head noun) of the quantity."""
    after = text[end : segment.end]
    if measure.measure == "length":
        dimension_before = _DIMENSION_BEFORE_RE.search(before)
        if dimension_before:
            word = dimension_before.group(1).lower()
            return aftershock_prefix(text, segment) + _DIMENSION_WORDS.get(word, word), end, None
        if _FELL_BEFORE_RE.search(before):
            return _FALL, end, None
        if _CRESTED_BEFORE_RE.search(before):
            return "crest", end, None
        fallen = _FALLEN_AFTER_RE.match(after)
        if fallen:
            return f"{(fallen.group(1) or 'rain').lower()}fall", end + fallen.end(), None
        dimension_after = _DIMENSION_AFTER_RE.match(after)
        if dimension_after:
            word = _DIMENSION_WORDS[dimension_after.group(1).lower()]
            return aftershock_prefix(text, segment) + word, end + dimension_after.end(), None
        distance_after = _DISTANCE_AFTER_RE.match(after)
        if distance_after:
            reference = distance_reference(after[distance_after.end() :])
            if reference is None:
                attribute = copular_attribute(text, segment, number)
                reference = f"to {attribute}" if attribute else None
            return ("distance " + reference) if reference else "distance", end, None
    if measure.measure in ("speed", "temperature") and (measured := _MEASURED_OF_BEFORE_RE.search(before)):
        # "winds of up to 140 km/h", "gusts of 90 mph", "temperatures of 45C": what the measure is of
        noun = measured.group(1).lower()
        if noun not in _STOP_WORDS:
            return singular_noun(noun), end, None
    if measure.measure == "magnitude":
        return aftershock_prefix(text, segment) + "magnitude", end, None
    if measure.measure == "other" and blood_alcohol_before(before):
        return "blood alcohol level", end, None
    if measure.measure == "length" and measure.unit != "yard" and "-" in text[number.end : end]:
        # "a 13.6-inch screen", "a 14-inch display", "a 30-metre tower": the thing the length is of (a
        # "28-yard touchdown" is a play, read with its player by the frame)
        sized = _SIZED_NOUN_AFTER_RE.match(text, end, segment.end)
        noun = sized.group(1).lower() if sized else ""
        if noun and noun not in _STOP_WORDS:
            return ("screen size" if noun in ("screen", "display") else noun), end, None
    if measure.measure == "area" and _BURNED_BEFORE_RE.search(before):
        return _BURNED, end, None
    if measure.measure == "mass" and _WEIGHS_BEFORE_RE.search(before):
        return "weight", end, None
    if measure.measure == "percent":
        # "a premium of 24 percent", "a 42 percent premium": the share the noun is
        share = _SHARE_OF_BEFORE_RE.search(before)
        attributive = _A_BEFORE_RE.search(before) and _SHARE_NOUN_AFTER_RE.match(after)
        if share and share.group(1).lower() not in _STOP_WORDS:
            return share.group(1).lower(), end, None
        if attributive and attributive.group(1).lower() not in _STOP_WORDS:
            return attributive.group(1).lower(), end + attributive.end(1), None
        voted = _VOTERS_WHO_VOTED_RE.match(after)
        if voted:
            return "turnout", end + voted.end(), None  # "49 percent of voters cast ballots": the turnout
        whole = _share_whole(after)
        if whole:
            return whole, end, None
    if measure.measure == "count" and _MARGIN_BEFORE_RE.search(before):
        return None, end, None  # "lead the division by three games", "won by 12 points": a margin
    alarms = alarms_after(text, end, segment.end) if measure.measure == "count" else None
    if alarms:
        return "alarms", alarms, "alarms"  # "a four-alarm fire": how many alarms were sounded
    if measure.measure == "money":
        deal, deal_end = money_counted(text, segment, number.start, end)
        if deal is not None:
            return deal, deal_end, None
    if measure.measure != "count":
        # "damage to the restaurant on the corner of Main Street was put at": the subject may lie far back
        wider = words_before(text, segment.start, number.start, _ESTIMATE_REACH)
        estimated = _ESTIMATED_AT_RE.search(wider) or _ESTIMATED_PASSIVE_RE.search(wider)
        if estimated and estimated.group(1).lower() not in _STOP_WORDS:
            return " ".join(estimated.group(1).lower().split()), end, None
    if measure.measure not in ("count", "money"):
        attribute = copular_attribute(text, segment, number)
        if attribute:
            return attribute, end, None
    if measure.measure == "count" and last is number and _GAINED_BEFORE_RE.search(before):
        won = _WON_OF_A_WHOLE_RE.match(text, end, segment.end)
        if won is not None:
            # "won 103 of the 125 seats": the seats won are 103, as in "won 103 seats"
            phrase, phrase_end, head = _noun_phrase(text, segment, won.end(), 2.0, _Measure(None, "count", 0))
            if phrase is not None:
                return _counted_key(phrase, head, None), phrase_end, head
    if measure.measure == "count" and last is number and _WON_PART_BEFORE_RE.search(before):
        return None, end, None  # the whole of "won 103 of 125 seats"
    if measure.measure == "count" and last is number:
        part = _part_of_a_whole(text, segment, end, previous_head, before)
        if part is not None:
            return part
        if _FATALLY_AFTER_RE.match(text, end, segment.end) and previous_head in (*_PERSON_PLURALS, None):
            return _counted_key(previous_head or "people", previous_head or "people", "killed"), end, None
        if _WHOLE_OF_A_PART_BEFORE_RE.search(before):
            # "three of the four victims died": the four are the whole, what happened is the three's
            return None, end, None
    if measure.measure == "count" and _FIRED_BEFORE_RE.search(before):
        times = _TIMES_AFTER_RE.match(text, end, segment.end)
        if times:  # "the officer fired four times": the shots fired, not how often something happened
            return "shots fired", times.end(), "shots"
    hit = _HIT_BEFORE_RE.search(before) if measure.measure == "count" else None
    if hit and (times := _TIMES_AFTER_RE.match(text, end, segment.end)):
        return f"times {hit.group(1).lower()}", times.end(), "times"  # "Jo Reed was shot five times"
    if measure.measure == "count" and _BODIES_OF_BEFORE_RE.search(before):
        phrase, phrase_end, head = _noun_phrase(text, segment, end, number.value, measure)
        if head in _PERSON_PLURALS:
            return _counted_key(phrase, head, "killed"), phrase_end, head
    # "the death toll from Monday's twin bombings at a market rose to 34": the toll may be told far back
    toll = _DEATH_TOLL_BEFORE_RE.search(text, max(segment.start, number.start - _TOLL_REACH), number.start)
    if measure.measure == "count" and toll:
        injured = _INJURY_TOLL_RE.search(toll.group(1)) is not None
        return ("people injured" if injured else "people killed"), end, "people"
    verb_match = _VERB_BEFORE_RE.search(before)
    verb_participle = None
    if verb_match and measure.measure == "count":
        verb = verb_match.group(1).lower()
        # "claimed the lives of two teenagers": they were killed
        verb_participle = "killed" if verb.endswith(" of") else VERB_PARTICIPLE.get(verb, verb)
    elif measure.measure == "count" and (
        _GUNFIRE_HIT_BEFORE_RE.search(before) or _OPENED_FIRE_HITTING_BEFORE_RE.search(before)
    ):
        verb_participle = "shot"  # "shots fired into the crowd hit six people"
    member = collective_after(text, end, segment.end) if measure.measure == "count" else None
    if member is not None:
        return member[0], member[1], member[0]  # "a 25-member crew": the crew's size
    phrase, phrase_end, head = _noun_phrase(
        text, segment, end, number.value if last is number else 2.0, measure
    )
    if measure.measure != "count":
        return phrase, phrase_end if phrase else end, head
    held = _HOSTAGE_AFTER_RE.match(text, phrase_end, segment.end) if head in _PERSON_PLURALS else None
    if held:
        return "hostages", held.end(), "hostages"  # "held 12 people hostage": the hostages
    participle, _ = participle_after(text, segment, phrase_end if phrase else end)
    # a count of one with an aside is mostly someone named or a part ("One victim, Jo Reed, was killed",
    # "One person, I believe, was hurt on campus"): not read through it
    if (
        participle is None
        and phrase is not None
        and number.value >= 2
        and not _LAST_CONJUNCT_RE.search(before)
    ):
        participle = outcome_after_aside(text, segment, phrase_end)
    if phrase is not None and participle not in OUTCOME_PARTICIPLES:
        participle = outcome_after_relative(text, segment, phrase_end) or participle
    if verb_participle == "left":
        verb_participle = participle if participle in OUTCOME_PARTICIPLES else None
        participle = None
    outcome = verb_participle or participle
    group = collective_before(before) if phrase is None and outcome is None else None
    if group is not None:
        return group, end, None  # "the crew of 25 were safe": the crew's size
    if phrase is None and previous_head and _ADDITION_BEFORE_RE.search(before):
        phrase = head = previous_head  # "eight engines were sent, and a further six later": six engines
    if phrase is None:
        if outcome is None or outcome not in OUTCOME_PARTICIPLES:
            return None, end, None
        if (
            number.value == 1
            and verb_participle is None
            and not re.match(r"\s+(?:dead|killed|injured|wounded|hurt|missing)\b", after)
            and not _one_more_harmed(outcome, previous_head, before)
        ):
            # "one was taken to hospital" reads as a pronoun; "1 dead" and "killing one" as a count
            return None, end, None
        if re.search(r"[A-Z][\w'’-]*,\s*$", before):
            return None, end, None  # "Mara Lind, 31 were arrested": an age with a comma missing
        # a bare number takes the head of the count before it ("killing 10 people and injuring 80"),
        # a person's outcome ("12,000 were left homeless") a person's head
        if outcome in _THING_OUTCOMES:
            if previous_head is None:
                return None, end, None
            head = previous_head
        else:
            head = previous_head if previous_head in _PERSON_PLURALS else "people"
        phrase = head
    if outcome is None and _DEFINITE_BEFORE_RE.search(before[-12:]):
        return None, end, None  # "the two nations", "both countries": a reference that counts nothing
    if (
        number.value == 1
        and last is number
        and outcome is None
        and head not in _PERSON_PLURALS
        and head != previous_head
    ):
        # "one point", "one thing": a count of one needs an outcome, a person, or a count of the same
        # thing before it ("three counts of fraud and one count of perjury")
        return None, end, None
    if outcome is None and head in _JOB_NOUNS and _JOBS_CUT_BEFORE.search(before):
        outcome = "cut"  # "will cut about 12,000 jobs", "plans to shed 15,000 positions"
    elif outcome is None and (by_verb := counted_by_verb(head, before, text, phrase_end, segment.end)):
        phrase = head = by_verb  # "the plant employs 340 people", "carrying 50 people": its staff, aboard
    key = _counted_key(phrase, head, outcome)
    return key, (phrase_end if phrase_end > end else end), head


# A count that is part of a whole: "three of the four victims died", "two of them were hurt", "one of
# the men was killed". What happened is the part's; the whole ("the four victims") is only a reference.
_PART_OF_RE = re.compile(
    r"\s+of\s+(?:(?P<pronoun>them|whom)\b|(?:the|these|those)"
    r"(?:\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))?(?=\s))",
    re.IGNORECASE,
)
_WHOLE_OF_A_PART_BEFORE_RE = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|most|some|several|many|none|either|neither)"
    r"\s+of\s+(?:the|these|those)\s+$",
    re.IGNORECASE,
)


# What a winner gained, of a whole: "won 103 of the 125 seats", "took 12 of 20 medals"
_GAINED = r"\b(?:won|wins|win|winning|took|takes|taking|captured|secured|claimed|gained|picked\s+up)\s+"
_GAINED_BEFORE_RE = re.compile(
    _GAINED + r"(?:(?:just|only|about|nearly|almost|more\s+than|at\s+least)\s+)?\Z", re.I
)
_A_NUMBER = r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_WON_OF_A_WHOLE_RE = re.compile(r"\s+of\s+(?:the\s+)?" + _A_NUMBER + r"(?=\s+[a-z])", re.I)
# the whole of it ("won 103 of 125 seats"), not a sum ("took a total of 40 medals")
_WON_PART_BEFORE_RE = re.compile(_GAINED + _A_NUMBER + r"\s+of\s+(?:the\s+)?\Z", re.I)


_WHOLES_RELATIVE_RE = re.compile(r"\s+(?:who|that|which)\b", re.IGNORECASE)
# "Three people were shot, two of them fatally", "..., one fatally": the part that died
_FATALLY_AFTER_RE = re.compile(r"\s+fatally\b(?!\s+(?:injured|wounded|hurt)\b)", re.IGNORECASE)


def _part_of_a_whole(
    text: str, segment: Segment, end: int, previous_head: str | None, before: str = ""
) -> tuple[str | None, int, str | None] | None:
    """The counted key of a part of a whole ("three of the four victims died": victims killed; "killing
    97 of them": the verb before, ``before`` the number, tells it), or None when the count is not
    followed by "of the ..."; a part without an outcome counts nothing."""
    part = _PART_OF_RE.match(text, end, segment.end)
    if part is None:
        return None
    phrase = None
    if part.group("pronoun"):
        phrase_end, head = part.end(), previous_head if previous_head in _PERSON_PLURALS else "people"
    else:
        phrase, phrase_end, head = _noun_phrase(text, segment, part.end(), 2.0, _Measure(None, "count", 0))
        if phrase is None:
            # "three of the four were wounded": the whole's noun left out, people
            phrase_end, head = part.end(), "people"
    if _WHOLES_RELATIVE_RE.match(text, phrase_end, segment.end):
        # "four of the six inmates who escaped remained at large": what the relative says is the whole's;
        # the part's outcome is the predicate after it, if one is found
        outcome = outcome_after_relative(text, segment, phrase_end)
    else:
        fatally = _FATALLY_AFTER_RE.match(text, phrase_end, segment.end)
        # "one of the men, 34, died": past an aside too
        outcome = (
            "killed"
            if fatally
            else predicate_outcome(text, segment, phrase_end)
            or outcome_after_aside(text, segment, phrase_end)
        )
    verb = _VERB_BEFORE_RE.search(before) if outcome is None else None
    if verb is not None and not verb.group(1).lower().endswith(" of"):
        outcome = VERB_PARTICIPLE.get(verb.group(1).lower(), verb.group(1).lower())
    if outcome is None:
        return None, end, None
    return _counted_key(phrase or head, head, outcome), end, head


# "five people were hurt and one was killed": a count joined to the one before it
_JOINED_BEFORE_RE = re.compile(r"(?:\b(?:and|but)|[;,])\s*\Z", re.IGNORECASE)


def _one_more_harmed(outcome: str, previous_head: str | None, before: str) -> bool:
    """Whether a bare "one" with ``outcome`` counts those it befell: joined to a count of people before
    it by a harm of its own ("five people were hurt and one was killed", "six were shot; one died"); not
    one of those counted with the same harm ("four were hurt, and one was badly injured")."""
    harm = harm_of(outcome)
    return (
        harm is not None
        and previous_head in _PERSON_PLURALS
        and _JOINED_BEFORE_RE.search(before) is not None
        and harm not in {HARM_WORDS.get(word) for word in re.findall(r"[a-z]+", before.lower())}
    )


# "Jo Reed and their two children, ...": the count is one part of its predicate's subject
_LAST_CONJUNCT_RE = re.compile(r"\band\s+(?:(?:his|her|their|its|the|our)\s+)?$", re.IGNORECASE)

# Jobs a company cuts: the count of the jobs cut, whatever the verb
_JOB_NOUNS = frozenset("jobs positions posts roles workers employees staff".split())
_JOBS_CUT_BEFORE = re.compile(
    r"\b(?:cut|cuts|cutting|eliminate|eliminates|eliminating|shed|sheds|shedding|slash|slashes|slashing|"
    r"axe|axes|axing|lay\s+off|lays\s+off|laying\s+off|laid\s+off)\s+" + VERB_HEDGE + "$",
    re.IGNORECASE,
)
_SIZED_NOUN_AFTER_RE = re.compile(r"\s+([a-z]{3,})\b")
_ADDITION_BEFORE_RE = re.compile(r"\b(?:a\s+further|an\s+additional|another|an\s+extra)\s+$", re.IGNORECASE)


def _counted_key(phrase: str, head: str | None, outcome: str | None) -> str:
    """The normalised key of what is counted (see the module docstring)."""
    if head in ("deaths", "fatalities", "dead", "lives", "bodies"):
        return "people killed"
    if head == "injuries":
        return "people injured"
    words = phrase.split()
    if len(words) > 1 and words[0] in OUTCOME_PARTICIPLES and outcome is None:
        # "12 injured people" is "people injured"
        outcome, phrase = words[0], " ".join(words[1:])
    if outcome in _DEATH_WORDS:
        outcome = "killed"
    elif outcome in _INJURY_WORDS:
        outcome = "injured"
    if head in _HUMAN_HEADS:
        phrase = phrase[: len(phrase) - len(head)] + "people"
    elif outcome in _ONLY_PEOPLE_OUTCOMES and head and head not in _PERSON_PLURALS:
        # "arrested 89 suspected members of the clan": only people are arrested; "two men" may be a part
        # of them ("two men and a woman"), and stay men
        phrase = "people"
    return f"{phrase} {outcome}" if outcome else phrase


def _noun_phrase(
    text: str, segment: Segment, position: int, value: float, measure: _Measure
) -> tuple[str | None, int, str | None]:
    """(normalised noun phrase, its end, its plural head) right after ``position``."""
    window = text[position : min(segment.end, position + 90)]
    if measure.measure != "count":
        of_match = _MEASURE_OF_RE.match(window)
        if not of_match:
            return None, position, None
        window_offset = of_match.end()
    else:
        of_match = _NOUN_GAP_RE.match(window)
        window_offset = of_match.end() if of_match else 0
    words: list[tuple[str, int]] = []
    cursor = window_offset
    while len(words) < 4:
        match = _WORD_RE.match(window, cursor)
        if match is None:
            break
        words.append((match.group(0), position + match.end()))
        gap = _SPACES_RE.match(window, match.end())
        if gap is None:
            break
        cursor = gap.end()
    tokens: list[str] = []
    cased: list[str] = []
    end = position
    for index, (word, word_end) in enumerate(words):
        lower = word.lower().replace("’", "'")
        # "four other people", "three more people": the modifier is skipped, though a stop word elsewhere
        if not tokens and lower in _SKIPPED_MODIFIERS:
            continue
        if lower in _STOP_WORDS:
            break
        if tokens and (
            lower in OUTCOME_PARTICIPLES
            or lower.endswith("ed")
            # "400 kilograms of cocaine hidden in a shipment": what is measured, not where it was
            or (measure.measure != "count" and lower in IRREGULAR_PARTICIPLES)
        ):
            break
        acronym = _ACRONYM_PLURAL_RE.fullmatch(word) is not None  # "103 RBIs", "three IEDs"
        if word[0].isupper() and not (tokens or len(words) > 1) and not acronym:
            break
        if "'" in lower or lower.endswith("ly") and _adverb_before(words[index + 1 :]):
            break
        tokens.append(word if acronym else lower)
        cased.append(word)
        end = word_end
        if is_plural(lower) and value != 1 and measure.measure == "count":
            following = words[index + 1][0].lower() if index + 1 < len(words) else ""
            if not (lower in _NOUNS_BEFORE_A_NOUN and is_plural(following)):
                break  # but "12 police officers", "three crew members": the next noun is the head
    while tokens and not _head_fits(tokens[-1], value, measure):
        tokens.pop()
    # a capitalised head is a name or a headline ("Four Corners", "5 Biggest Surprises"); an acronym in
    # the plural is a thing ("98 RBIs")
    written = cased[len(tokens) - 1] if tokens else ""
    if not written or not (written[0].islower() or _ACRONYM_PLURAL_RE.fullmatch(written)):
        return None, position, None
    if measure.measure == "count":
        end = position + _phrase_end(window, tokens)
    if measure.measure != "count":
        return " ".join(tokens), end, tokens[-1]
    head = plural(tokens[-1])
    phrase = " ".join([*tokens[:-1], head])
    of_phrase = _OF_NOUN_RE.match(text, end, segment.end)
    if of_phrase:
        # "containers of munitions", "counts of attempted murder"; not "people of the village"
        of_words = list(re.finditer(r"[a-z][a-z-]*", of_phrase.group(1)))
        kept = 0
        while kept < len(of_words) and of_words[kept].group(0) not in _STOP_WORDS:
            kept += 1
        while kept > 1 and (
            of_words[kept - 1].group(0).endswith("ed") or of_words[kept - 1].group(0) in OUTCOME_PARTICIPLES
        ):
            kept -= 1
        if kept:
            phrase += " of " + " ".join(word.group(0) for word in of_words[:kept])
            end = of_phrase.start(1) + of_words[kept - 1].end()
    return phrase, end, head


_ACRONYM_PLURAL_RE = re.compile(r"[A-Z]{2,5}s")
# Plural nouns that also stand before the noun they describe ("police officers", "crew members")
_NOUNS_BEFORE_A_NOUN = frozenset({"police", "staff", "crew"})


def _adverb_before(rest: list[tuple[str, int]]) -> bool:
    """Whether a word in -ly after a number is an adverb ("two critically injured", "three reportedly"),
    not a modifier of the thing counted ("three family members", "24 monthly payments", "five elderly
    residents"): a participle, a word that ends the phrase, or nothing follows it."""
    if not rest:
        return True
    following = rest[0][0].lower()
    return (
        following in _STOP_WORDS
        or following.endswith("ed")
        or following in OUTCOME_PARTICIPLES
        or following in IRREGULAR_PARTICIPLES
    )


def _phrase_end(window: str, tokens: list[str]) -> int:
    lower = window.lower().replace("’", "'")
    cursor = 0
    for token in tokens:
        found = lower.find(token.lower(), cursor)
        cursor = found + len(token)
    return cursor


def _head_fits(word: str, value: float, measure: _Measure) -> bool:
    if (
        word in _STOP_WORDS
        or word in _SKIPPED_MODIFIERS
        or word in _TIME_HEADS
        or word in OUTCOME_PARTICIPLES
        or word.endswith(("ed", "ing"))
        and word not in IRREGULAR_PLURALS
    ):
        return False
    if measure.measure != "count":
        return True
    if value == 1:
        return not is_plural(word) or word in IRREGULAR_PLURALS and IRREGULAR_PLURALS[word] != word
    return is_plural(word)


# "of registered voters cast ballots", "of the electorate voted": the share of voters who voted
_VOTERS_WHO_VOTED_RE = re.compile(
    r"\s+of\s+(?:the\s+|all\s+)?(?:(?:registered|eligible)\s+)?(?:voters|electorate)\s+(?:cast\s+(?:their\s+)?"
    r"(?:ballots|votes)|voted|turned\s+out|went\s+to\s+the\s+polls)\b",
    re.I,
)
# what ends the words of a whole: a verb of saying ("70 percent of the town said ...")
_SAYING_WORDS = frozenset("said says say told tell tells think thinks believe believes".split())


def _share_whole(after: str) -> str | None:
    """The head noun of the whole a share is of, in the words after it ("of its international
    capacity" -> "capacity"); none for a whole that is people ("of voters"), who are counted otherwise."""
    whole = _WHOLE_AFTER_RE.match(after)
    words = whole.group(1).split() if whole else []
    ends = (i for i, w in enumerate(words) if w in _STOP_WORDS or is_participle(w) or w in _SAYING_WORDS)
    head = words[: next(ends, len(words))][-1:]
    return None if not head or head[0] in _PERSON_PLURALS or head[0].endswith(("ing", "ly")) else head[0]


_PERSON_PLURALS = frozenset(plural(noun) for noun in PERSON_NOUNS) | {"people", "police", "staff", "crew"}
