"""The age of the one person a story's reports say was killed or hurt, where none of them names them.

"An 8-year-old girl was wounded" in one report and "A 7-year-old girl asleep in her bed was shot in
her left leg" in another give two ages of one girl, where every report that counts that part (the killed,
the injured or the shot) counts one, and no participant the story names had that part. An age is read
so only in a report's lead, whose sentences tell of the incident (a later one may tell of another
time), with the part its clause gives it; where a report gives two such ages for one part, no age of
that part is compared. Where the story names the one person who had that part, the age is theirs,
from the reports that give none with their name ("A 15-year-old youth died ... officers had found Ivo
Marsh" against "Ivo Marsh, 16, died").

So with the one suspect: "officers detained a 19-year-old suspect" or "a 52-year-old man shot his
neighbour" in one report and "the suspect, 21," in another, where no report names a suspect or tells of
several ("two men were arrested", "the gunmen"). The relative a harm takes is the one harmed ("stabbed his
61-year-old brother"), not one told beside them ("with her 10-year-old sister").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, MutableMapping, Sequence

from factcheck.compare.fact_keys import FactKey
from factcheck.compare.harm_patterns import DID_FIRST, KILLED_OBJECT
from factcheck.compare.roles import POSSESSED, part_in, parts_had

_LONE_PARTS = ("killed", "injured")
_SHOT = "shot"  # shot or stabbed: killed or hurt, as the counts tell
# the person's own verb of what was done to them: "was shot", "asleep in her bed was shot in her left
# leg", "was stabbed", "was fatally shot", "was killed", "was grazed"; or of what they did to themselves
# ("accidentally shot himself": the one shot, whoever held the gun); or of the wound they took ("suffered
# a gunshot wound", "sustained fatal stab wounds", "with life-threatening injuries") or the care they
# are in ("is recovering", "was hospitalized")
_OWN_VERB_AFTER = re.compile(
    r"(?:\s+(?!(?:when|while|as|after|before|because|and|but|who|that|he|she|they)\b)[\w'’-]+){0,6}?"
    r",?\s+(?:(?:was|has\s+been)\s+(?:(?P<adverb>\w+ly)\s+)?"
    r"(?P<verb>shot|stabbed|killed|slain|gunned\s+down|wounded|injured|hurt|grazed|hit|struck)\b"
    r"(?:\s+(?P<outcome>and\s+(?:killed|wounded|injured)|dead|to\s+death)\b)?"
    r"|(?:(?P<own_adverb>\w+ly)\s+)?(?P<own_verb>shot|stabbed|wounded|injured|hurt)\s+"
    r"(?:him|her|them)sel(?:f|ves)\b"
    r"|(?:suffered|sustained|with|suffering(?:\s+from)?)\s+(?:an?\s+)?(?P<wound>(?:[\w-]+\s+){0,2}?)"
    r"(?P<wound_noun>(?:gunshot|bullet|stab)\s+wounds?|injur(?:y|ies)|wounds?)\b"
    r"|(?:is|was|remains|remained)\s+(?:\w+ly\s+)?(?P<care>recovering|hospitali[sz]ed"
    r"|in\s+(?:critical|serious|stable|fair|grave|good)(?:\s+but\s+stable)?\s+condition)\b"
    r"|(?:later\s+)?(?P<died>died)\b"
    # what they did to one of their own: "a 52-year-old man shot his neighbour" is the one who shot (not
    # "shot an intruder": a householder who fired is no suspect)
    r"|(?:\w+ly\s+)?(?P<doer>shot|stabbed|killed|wounded|attacked)\s+(?:his|her|their)\s"
    # what they did to someone else: "a 60-year-old man shot and killed an intruder" is the one who fired
    r"|(?:\w+ly\s+)?(?P<fired>shot|stabbed|killed|wounded)(?:\s+and\s+(?:killed|wounded|injured))?"
    r"\s+(?:an?|the|two|three|four|\d+)\s)"
)
# "stabbed his 61-year-old brother", "killed his 80-year-old father": the relative a harm takes is the one harmed
_HARMED_RELATIVE_BEFORE = re.compile(
    r"\b(?P<verb>shot|stabbed|killed|wounded|injured)\s+(?:his|her|their)\s+\Z"
)
_SUSPECT = "suspect"
_FIRED = "fired"  # the one who did harm to someone not their own: no part of a victim's nor a suspect's
# Words of more than one suspect: "the suspects", "the gunmen", "a second suspect", "two men were arrested"
_SEVERAL_SUSPECTS = re.compile(
    r"\b(?:suspects|gunmen|shooters|assailants|(?:second|third|another|other)\s+suspect"
    r"|(?:two|three|four|five|both|several|\d+)\s+(?:[\w-]+\s+){0,2}"
    r"(?:were|have\s+been|had\s+been)\s+(?:arrested|charged|detained|booked))\b",
    re.I,
)
_KILLED_VERBS = frozenset({"killed", "slain", "gunned down"})
_HURT_VERBS = frozenset({"wounded", "injured", "hurt", "grazed"})
_FATALLY = frozenset({"fatally", "mortally"})


# "a 5-year-old boy found a pistol in a drawer and shot himself": the one shot, after what he did first
_DID_FIRST_THEN_SHOT_SELF = re.compile(
    DID_FIRST + r"\s+(?:\w+ly\s+)?(?:shot|stabbed|wounded|injured)\s+(?:him|her)self\b"
)


def _own_part(text: str, start: int, end: int) -> str | None:
    """The part the person's own verb right after ``start`` gives them: killed, injured, or shot (either,
    as the counts tell)."""
    own = _OWN_VERB_AFTER.match(text, start, end)
    if own is None:
        return _SHOT if _DID_FIRST_THEN_SHOT_SELF.match(text, start, end) else None
    if own["doer"]:
        return _SUSPECT
    if own["fired"]:
        return _FIRED
    verb, outcome = _part_of_verb(own["verb"] or own["own_verb"]), own["outcome"] or ""
    if (
        verb == "killed"
        or own["died"]
        or (own["adverb"] or own["own_adverb"]) in _FATALLY
        or "fatal" in (own["wound"] or "").split()
        or outcome
        and not outcome.endswith(("wounded", "injured"))
    ):
        return "killed"
    if (
        verb == "injured"
        or outcome
        or own["care"]
        or (own["wound_noun"] or "").startswith(("injur", "wound"))
    ):
        return "injured"
    return _SHOT


def _part_of_verb(verb: str | None) -> str | None:
    """The part a verb of harm gives the one it befell: "killed", "injured", or None where the counts
    tell which ("shot", "stabbed")."""
    words = " ".join((verb or "").split())
    if words in _KILLED_VERBS:
        return "killed"
    return "injured" if words in _HURT_VERBS else None


def _killed_object(text: str, claim) -> bool:
    """Whether the age's person is the one a verb or a noun of killing before them takes."""
    return any(
        found.start("object") == claim.start
        for found in KILLED_OBJECT.finditer(text, claim.sentence_start, claim.sentence_end)
    )


def lone_victim_key(claim, text: str, lead: Sequence) -> FactKey | None:
    """The fact an age no named participant takes may be of: the one killed or the one injured, by the
    part its clause in the report's ``lead`` (its first sentences) gives it."""
    if not any(segment.start == claim.sentence_start for segment in lead):
        return None
    if POSSESSED.search(text, max(claim.sentence_start, claim.start - 20), claim.start):
        harmed = _HARMED_RELATIVE_BEFORE.search(
            text, max(claim.sentence_start, claim.start - 30), claim.start
        )
        if harmed is None:
            return None  # "with her 10-year-old sister": someone's relative, told beside the one hurt
        return FactKey("age", "", _part_of_verb(harmed["verb"]) or _SHOT)
    own = _own_part(text, claim.end, claim.sentence_end)
    if own == _FIRED:
        return None
    sentence = text[claim.sentence_start : claim.sentence_end]
    part = part_in(sentence, claim.start - claim.sentence_start, claim.end - claim.sentence_start)
    if part is None and _killed_object(text, claim):
        part = "killed"  # "a crash that claimed the life of a 70-year-old cyclist"
    if part in (None, "suspect"):
        # "A 15-year-old boy was shot Friday": killed or hurt, as the counts tell; "A 61-year-old woman was
        # killed and a 67-year-old man was wounded": each by their own verb; "Officers held a neighbour
        # once a 19-year-old was stabbed": the arrest is another's, the stabbing this person's own
        part = own or part
    return FactKey("age", "", part) if part in (*_LONE_PARTS, _SHOT, _SUSPECT) else None


def settle_lone_victims(
    facts: MutableMapping[FactKey, list], parts: dict[str, set[str]], texts: Mapping[str, str]
) -> None:
    """Keep the ages of each lone victim's fact only where the story has that one victim: every count
    of the part (and of the people shot) is one, no named participant had the part, and each report
    gives one age. So with the one suspect no report names, where no report (of ``texts``) tells of
    several."""
    had = {part for found in parts.values() for part in parts_had(found)}
    suspects = facts.pop(FactKey("age", "", _SUSPECT), [])
    if suspects and _SUSPECT not in had and _one_age_each(suspects):
        if not any(_SEVERAL_SUSPECTS.search(text) for text in texts.values()):
            facts[FactKey("age", "", _SUSPECT)] = suspects
    shot = facts.pop(FactKey("age", "", _SHOT), [])
    # the one shot is the one hurt where no one died, the one killed where no one was hurt
    none_of = {
        part
        for part in _LONE_PARTS
        if all(c.value.high == 0 for c in facts.get(FactKey(part), []) if c.kind == "quantity")
    }
    for part in _LONE_PARTS:
        ages = facts.pop(FactKey("age", "", part), [])
        # the ages of the one shot are theirs only where all the shot had the part; an age told with
        # the part ("a 34-year-old woman was killed") needs only the one of it ("the two were shot")
        took_shot = none_of == {other for other in _LONE_PARTS if other != part}
        if took_shot:
            ages += shot
        counts = [claim for claim in facts.get(FactKey(part), []) if claim.kind == "quantity"]
        if took_shot or not counts:
            counts += [claim for claim in facts.get(FactKey("shot"), []) if claim.kind == "quantity"]
        one = bool(counts) and all(claim.value.low == 1 and claim.value.high == 1 for claim in counts)
        if not (ages and one and _one_age_each(ages)):
            continue
        if part not in had:
            facts[FactKey("age", "", part)] = ages
            continue
        # of the named who had the part, those a count of it names with the age a report gives them ("Ivo
        # Marsh, 16, died"), not one told beside the incident ("Jo Reed, 81, said the shooting
        # of a girl ...")
        named = [
            who
            for who, found in parts.items()
            if part in parts_had(found) and _counted_by_name(facts.get(FactKey("age", who), []), counts)
        ]
        if len(named) == 1:
            # "A 15-year-old youth died" where the one killed is named in the story: his age, from the
            # reports that give none with his name
            own = facts[FactKey("age", named[0])]
            aged = {claim.source for claim in own}
            own.extend(claim for claim in ages if claim.source not in aged)


def _one_age_each(ages: list) -> bool:
    """Whether each report gives one age (however often it gives it)."""
    told: dict[str, set[int]] = {}
    for claim in ages:
        told.setdefault(claim.source, set()).add(claim.value.years)
    return all(len(years) == 1 for years in told.values())


def _counted_by_name(ages: list, counts: list) -> bool:
    """Whether a count of the harmed quotes the name one of ``ages`` gives its person."""
    names = {claim.value.person for claim in ages if claim.kind == "age" and claim.value.person}
    return any(name in claim.quote for claim in counts for name in names)
