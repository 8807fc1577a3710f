"""What befell the counted, as the words after a count's noun tell it: the participle after it ("were
killed", "were found dead", "suffered minor injuries", "lost their lives"), and the predicate past an
aside or a relative clause ("Three men, ages 19 and 24, were killed"; "two men who were sitting in a
car were wounded")."""

from __future__ import annotations

import re

from factcheck.extract.quantities.phrases import INTRANSITIVE_OUTCOMES, IRREGULAR_PARTICIPLES
from factcheck.records import Segment
from factcheck.values import OUTCOME_PARTICIPLES

# Participles that may follow the noun of a count ("two vehicles struck", "shots fired")
_AUXILIARIES = (
    r"(?:were|was|are|is|have|has|had|been|be|being|reportedly|also|later|all|now|still|confirmed|who|that"
    r"|remain|remains|remained)"
)
_RAISING_PARTICIPLES = frozenset(
    """expected set scheduled due supposed poised slated bound planned required allowed forced asked urged
    told believed thought said reported understood known feared estimated alleged considered""".split()
)
_STATE_VERBS = frozenset("left confirmed reported feared believed presumed declared pronounced".split())
_LEFT_STATE_RE = re.compile(r"\s+(homeless|dead|killed|injured|stranded|missing|hurt)\b", re.IGNORECASE)
_TO_RE = re.compile(r"\s+to\b")
_OUT_RE = re.compile(r" out\b")
_PASSIVE_AUXILIARIES = frozenset({"were", "was", "are", "is", "been", "be", "being"})
_PARTICIPLE_AFTER_RE = re.compile(rf"^\s+((?:{_AUXILIARIES}\s+){{0,3}})([a-z]+)\b")


# "lost their lives": died
_THEIR_LIVES_RE = re.compile(r"\s+(?:their|his|her)\s+lives?\b")
# "two men were fatally shot", "four were critically wounded": an adverb before the participle
_ADVERB_PARTICIPLE_RE = re.compile(rf"^\s+((?:{_AUXILIARIES}\s+){{0,3}})([a-z]+ly)\s+([a-z]+)\b")
_FATALLY = frozenset({"fatally", "mortally"})
_WOUNDING_PARTICIPLES = frozenset({"shot", "stabbed", "wounded", "injured", "struck", "hit"})
# "three men were shot and killed", "shot to death", "shot dead"; not "two men shot and killed a
# clerk", where the counted did the killing
_BY_GUNFIRE_RE = re.compile(
    r"(?:\s+by\s+(?:gunfire|(?:a\s+|stray\s+)?bullets?)"
    r"|(?:\s+(?:a|multiple|several|minor|serious|critical|apparent|non-life-threatening))*\s+gunshot\s+wounds?)\b"
)
_INJURY_KINDS = (
    r"minor|serious|critical|severe|moderate|non-life-threatening|life-threatening|fatal|multiple|various"
)
_INJURIES_RE = re.compile(rf"(?P<kinds>(?:\s+(?:{_INJURY_KINDS}))*)\s+injur(?:y|ies)\b")
_WITH_INJURIES_RE = re.compile(
    rf"\s+with(?P<kinds>(?:\s+(?:gunshot|{_INJURY_KINDS}))*)\s+(?:injur(?:y|ies)|(?<=gunshot\s)wounds?)\b"
)
# "suffering from gunshot wounds": what they suffered follows
_FROM_RE = re.compile(r"\s+from\b")
_SHOT_DEAD_RE = re.compile(r"\s+(?:and\s+killed|to\s+death|dead)\b")
# "the two shot at each other": they fired, whoever was hit
_SHOT_AT_EACH_OTHER_RE = re.compile(r"\s+at\s+(?:each\s+other|one\s+another)\b")
_OBJECT_AFTER_RE = re.compile(r"\s+(?:(?:an?|the|his|her|their|its|one|two|three|four|five|\d+)\b|[A-Z])")


# Where the counted were, between them and what happened to them: "at the party", "in the car", "on
# board", "aboard the bus" (a common noun: "at Dale Park" may begin a name's clause)
_WHERE_THEY_WERE_RE = re.compile(
    r"\s+(?:on\s+board|aboard(?:\s+(?:the|a|an)\s+[a-z-]+(?:\s+[a-z-]+)?)?|(?:at|in|inside|outside)\s+"
    r"(?:the|a|an)\s+[a-z-]+(?:\s+[a-z-]+)?)(?=\s+(?:were|was|are|is|had|have|been|got|died)\b)"
)


def participle_after(text: str, segment: Segment, position: int) -> tuple[str | None, int]:
    """What befell the counted whose words end at ``position``, as the participle after them says ("were
    killed", "were found dead", "suffered minor injuries"), and where its words end; (None, ``position``)
    where no participle tells it."""
    where = _WHERE_THEY_WERE_RE.match(text, position, segment.end)
    if where:  # "two men at the party were shot", "all 12 people on board were killed"
        position = where.end()
    with_injuries = _WITH_INJURIES_RE.match(text, position, segment.end)
    if with_injuries:  # "leaving 14 people with minor injuries"; "six people with gunshot wounds" were shot
        kinds = with_injuries.group("kinds").split()
        outcome = "killed" if "fatal" in kinds else "shot" if "gunshot" in kinds else "injured"
        return outcome, with_injuries.end()
    window = text[position : min(segment.end, position + 60)]
    match = _ADVERB_PARTICIPLE_RE.match(window) or _PARTICIPLE_AFTER_RE.match(window)
    if not match:
        return None, position
    word = match.group(match.lastindex or 0).lower()
    if match.re is _ADVERB_PARTICIPLE_RE and match.group(2) in _FATALLY and word in _WOUNDING_PARTICIPLES:
        return "killed", position + match.end()
    if word == "broke" and _OUT_RE.match(text, position + match.end()):
        return "escaped", position + match.end() + 4  # "seven prisoners broke out of the jail"
    lives = _THEIR_LIVES_RE.match(text, position + match.end()) if word == "lost" else None
    if lives:
        return "died", lives.end()  # "Fourteen people lost their lives"
    if word in ("struck", "hit", "suffered", "suffering"):
        # "were struck by gunfire", "were hit by stray bullets", "suffered gunshot wounds", "suffering from
        # gunshot wounds": shot; "suffered minor injuries": injured
        after = position + match.end()
        if word == "suffering" and (cause := _FROM_RE.match(text, after, segment.end)):
            after = cause.end()
        by_gunfire = _BY_GUNFIRE_RE.match(text, after, segment.end)
        if by_gunfire:
            return "shot", by_gunfire.end()
        injuries = _INJURIES_RE.match(text, after, segment.end) if word.startswith("suffer") else None
        if injuries is None:
            return None, position
        return ("killed" if "fatal" in injuries.group("kinds").split() else "injured"), injuries.end()
    if word in ("shot", "stabbed"):
        if _SHOT_AT_EACH_OTHER_RE.match(text, position + match.end(), segment.end):
            return None, position
        dead = _SHOT_DEAD_RE.match(text, position + match.end(), segment.end)
        passive = bool(set(match.group(1).split()) & _PASSIVE_AUXILIARIES)
        if dead and (passive or not _OBJECT_AFTER_RE.match(text, dead.end(), segment.end)):
            return "killed", dead.end()
    auxiliaries = set(match.group(1).split())
    if word == "found" and auxiliaries & _PASSIVE_AUXILIARIES:
        # "four people were found dead", "found shot to death", "found fatally stabbed": what they were
        # found to be is what happened to them
        state = _LEFT_STATE_RE.match(text, position + match.end())
        if state:
            return state.group(1).lower(), state.end()
        found, end = participle_after(text, segment, position + match.end())
        if found is not None:
            return found, end
    state = _LEFT_STATE_RE.match(text, position + match.end()) if word in _STATE_VERBS else None
    if state:
        # "12,000 were left homeless", "ten people are feared dead", "three were confirmed killed"
        return state.group(1).lower(), state.end()
    passive = bool(auxiliaries & _PASSIVE_AUXILIARIES)
    if word in _RAISING_PARTICIPLES and _TO_RE.match(text, position + match.end()):
        return None, position  # "are expected to sign", "were believed to be": not what happened to them
    if auxiliaries & {"have", "has", "had"} and not passive and word not in INTRANSITIVE_OUTCOMES:
        return None, position  # "events that have shaped", "gunmen have killed": active, not an outcome
    if word in OUTCOME_PARTICIPLES or (passive and (word.endswith("ed") or word in IRREGULAR_PARTICIPLES)):
        return word, position + match.end()
    return None, position


def predicate_outcome(text: str, segment: Segment, position: int) -> str | None:
    """What happened to the subject that ends at ``position``, as its predicate says: "died", "were
    killed"; a participle right after the subject describes it ("those killed", "the people shot")
    and the predicate, if any, comes after it ("two of those killed were teens": nothing happened)."""
    for _ in range(2):
        outcome, outcome_end = participle_after(text, segment, position)
        if outcome is None:
            return None
        said = text[position:outcome_end]
        if _PREDICATE_AUXILIARY_RE.search(said) or outcome in INTRANSITIVE_OUTCOMES:
            return outcome if outcome in OUTCOME_PARTICIPLES else None
        position = outcome_end
    return None


# An aside between a count and its predicate: "Three men, ages 19, 20 and 24, were killed", "Five
# people -- two of them children -- died", "Four people (all adults) were hurt". A comma aside may
# hold commas of its own (a list of ages): it ends at the first comma its predicate follows.
_ASIDE_OPEN_RE = re.compile(r",|\s+--|\s*[\u2014\u2013]|\s+\(")
_DASH_CLOSE_RE = re.compile(r"\s*[\u2014\u2013]")
_ASIDE_CLOSE = {
    ",": re.compile(r","),
    "--": re.compile(r"\s+--"),
    "(": re.compile(r"\)"),
    "\u2014": _DASH_CLOSE_RE,
    "\u2013": _DASH_CLOSE_RE,
}
_ASIDE_STOP_RE = re.compile(r"[.;:\n]")
_ASIDE_LENGTH = 60


def outcome_after_aside(text: str, segment: Segment, position: int) -> str | None:
    """What happened to a count's subject as its predicate after an aside says, or None."""
    opened = _ASIDE_OPEN_RE.match(text, position, segment.end)
    if opened is None:
        return None
    mark = opened.group(0).strip()
    close = _ASIDE_CLOSE[mark]
    limit = min(segment.end, opened.end() + _ASIDE_LENGTH)
    for closed in close.finditer(text, opened.end(), limit):
        aside = text[opened.end() : closed.start()]
        if not aside.strip() or _ASIDE_STOP_RE.search(aside):
            return None
        outcome = predicate_outcome(text, segment, closed.end())
        if outcome is not None or mark != ",":
            return outcome
    return None


# A relative between a count and its predicate: "60 people living in flats nearby were evacuated",
# "two men who were sitting in a car were wounded", "three men suspected of sheltering him were
# arrested" (up to the first auxiliary: the predicate's)
_RELATIVE_RE = re.compile(
    r"\s+(?:[a-z]+ing|who\s+[a-z]+|(?:suspected|accused|believed|thought|alleged|said|known|wanted|linked"
    r"|involved)\s+(?:of|to|in|with)\b)\b[^,.;:()\n\u2014\u2013]{0,60}?(?=\s+(?:were|was|are|is|had|have|has)\s)"
)


def outcome_after_relative(text: str, segment: Segment, position: int) -> str | None:
    relative = _RELATIVE_RE.match(text, position, segment.end)
    return predicate_outcome(text, segment, relative.end()) if relative else None


# "were killed", "remain missing": a predicate, not a participle describing the counted
_PREDICATE_AUXILIARY_RE = re.compile(
    r"\b(?:was|were|is|are|been|be|being|got|remain|remains|remained)\b", re.IGNORECASE
)
