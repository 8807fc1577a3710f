"""Where on the body a named person was hurt: "broke his right fibula", "a torn ACL", "(sprained
left ankle)".

Sports and accident copy names a player's or a victim's injury by the part of the body ("tore his
left ACL", "a fractured collarbone"). Each such mention with one person it can belong to is read
as that person's injury, one reading per mention; the frame compares the injuries a story gives one
person (:mod:`factcheck.compare.rules.injury`). Two parts conflict only when one cannot be the other
told more broadly or more narrowly (a "broken leg" may be a broken fibula; a broken tibia is not a
broken fibula), or one part is given two sides.

Not read: the wounds of a shooting, a stabbing or an attack (a victim may have several, and a
report tells one); an injury told with a year, a season or a word of another occasion ("tore his
ACL in 2019", "his second broken collarbone"): a person's earlier injuries are theirs too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from factcheck.compare.lexicon import incident_family
from factcheck.compare.readings import frame_reading
from factcheck.records import Entity, EntityClaim, Segment, Source

# each part by its broader parts: what a report may call the same injury when it says less
_BROADER: dict[str, tuple[str, ...]] = {
    "acl": ("knee", "leg"),
    "mcl": ("knee", "leg"),
    "pcl": ("knee", "leg"),
    "lcl": ("knee", "leg"),
    "meniscus": ("knee", "leg"),
    "kneecap": ("knee", "leg"),
    "knee": ("leg",),
    "tibia": ("lower leg", "ankle", "leg"),
    "fibula": ("lower leg", "ankle", "leg"),
    "lower leg": ("leg",),
    "achilles": ("ankle", "lower leg", "leg"),
    "calf": ("lower leg", "leg"),
    "ankle": ("leg", "foot"),
    "femur": ("thigh", "leg"),
    "hamstring": ("thigh", "leg"),
    "quadriceps": ("thigh", "leg"),
    "thigh": ("leg",),
    "groin": ("hip",),
    "hip": (),
    "pelvis": ("hip",),
    "foot": (),
    "toe": ("foot",),
    "leg": (),
    "collarbone": ("shoulder",),
    "shoulder blade": ("shoulder", "back"),
    "rotator cuff": ("shoulder",),
    "shoulder": ("arm",),
    "elbow": ("arm",),
    "forearm": ("arm",),
    "wrist": ("arm", "hand"),
    "arm": (),
    "hand": ("arm",),
    "finger": ("hand",),
    "thumb": ("hand",),
    "rib": ("chest",),
    "chest": (),
    "jaw": ("face", "head"),
    "nose": ("face", "head"),
    "face": ("head",),
    "skull": ("head",),
    "head": (),
    "neck": ("back",),
    "vertebra": ("back", "neck"),
    "back": (),
}
_SOFT_TISSUE = frozenset(
    {
        "acl",
        "mcl",
        "pcl",
        "lcl",
        "meniscus",
        "achilles",
        "calf",
        "hamstring",
        "quadriceps",
        "groin",
        "rotator cuff",
    }
)
# the words news writes each part with
_WRITTEN = {
    "acl": r"acl|anterior\s+cruciate(?:\s+ligament)?",
    "mcl": r"mcl|medial\s+collateral(?:\s+ligament)?",
    "pcl": r"pcl|posterior\s+cruciate(?:\s+ligament)?",
    "lcl": r"lcl|lateral\s+collateral(?:\s+ligament)?",
    "meniscus": r"meniscus",
    "kneecap": r"kneecap|patella",
    "knee": r"knee",
    "tibia": r"tibia|shinbone|shin\s+bone",
    "fibula": r"fibula",
    "lower leg": r"lower\s+leg|shin",
    "achilles": r"achilles(?:\s+tendon)?",
    "calf": r"calf",
    "ankle": r"ankle",
    "femur": r"femur|thighbone|thigh\s+bone",
    "hamstring": r"hamstring",
    "quadriceps": r"quadriceps|quad",
    "thigh": r"thigh",
    "groin": r"groin",
    "hip": r"hip",
    "pelvis": r"pelvis",
    "foot": r"foot",
    "toe": r"toe",
    "leg": r"leg",
    "collarbone": r"collarbone|collar\s+bone|clavicle",
    "shoulder blade": r"shoulder\s+blade|scapula",
    "rotator cuff": r"rotator\s+cuff",
    "shoulder": r"shoulder",
    "elbow": r"elbow",
    "forearm": r"forearm",
    "wrist": r"wrist",
    "arm": r"arm",
    "hand": r"hand",
    "finger": r"finger",
    "thumb": r"thumb",
    "rib": r"ribs?",
    "chest": r"chest",
    "jaw": r"jaw",
    "nose": r"nose",
    "face": r"face",
    "skull": r"skull",
    "head": r"head",
    "neck": r"neck",
    "vertebra": r"vertebrae?",
    "back": r"back",
}
_PART = "|".join(f"(?P<p{i}>{words})" for i, words in enumerate(_WRITTEN.values()))
_PARTS = list(_WRITTEN)
_HARMED = (
    r"broke|broken|breaking|breaks|fractured|fracturing|fractures|tore|torn|tearing|tears|sprained|"
    r"spraining|sprains|strained|straining|dislocated|dislocating|separated|ruptured|rupturing|bruised|"
    r"injured|injuring|injures|hurt|hurting|hyperextended"
)
_INJURY_NOUN = r"injury|injuries|fracture|break|sprain|strain|tear|bruise|dislocation|contusion|surgery"
# "broke his right fibula", "a torn left ACL", "a fractured collarbone", "tore the ACL in his left
# knee"; "a right knee injury"; an injury list's "Jo Reed (left ankle)"
_INJURY = re.compile(
    r"\b(?:(?:"
    + _HARMED
    + r")\s+(?:(?:his|her|their|a|an|the)\s+)?(?P<side>left|right)?\s*(?:"
    + _PART
    + r")(?:\s+in\s+(?:his|her|their|the)\s+(?P<side3>left|right)\s+(?:knee|ankle|shoulder|elbow|wrist|hip|leg|arm))?"
    r"|(?P<side2>left|right)?\s*(?:" + _PART.replace("?P<p", "?P<q") + r")\s+(?:" + _INJURY_NOUN + r"))\b"
    r"|(?<=\()(?P<side4>left|right)?\s*(?:" + _PART.replace("?P<p", "?P<r") + r")(?=\))",
    re.IGNORECASE,
)
# a wound of a shooting, a stabbing or an attack: a victim may have several, and a report tells one
_WOUND = re.compile(
    r"\b(?:shot|stabbed|struck|hit|wounded|gunshot|bullet|grazed|slashed|cut)\b", re.IGNORECASE
)
# an earlier or another injury than the news's
_ANOTHER_OCCASION = re.compile(
    r"\b(?:19|20)\d\d\b|\b(?:last|previous|prior|earlier|past)\s+(?:season|year|injury|injuries)\b|"
    r"\bearlier\s+(?:this|that|in\s+the)\s+(?:season|year|month)\b|"
    r"\b(?:another|again|re-?injur\w*|career|history)\b|\b(?:second|third|fourth)\s+(?:time|injury|broken|torn)\b",
    re.IGNORECASE,
)


_VIOLENCE = incident_family("shooting")
# a sentence that goes on with the person of the one before: "He had broken his left wrist"
_PRONOUN_FIRST = re.compile(r"(?:He|She|His|Her)\b[^A-Z]*\Z")
# a name between the person and the injury: someone else's (only the story's participants are known)
_A_NAME = re.compile(r"\b[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+")


def _part_of(match: re.Match) -> tuple[str, str | None]:
    groups = match.groupdict()
    index = next(int(name[1:]) for name, value in groups.items() if name[0] in "pqr" and value)
    side = (
        next((value for name, value in groups.items() if name.startswith("side") and value), "").lower()
        or None
    )
    return _PARTS[index], side


def compatible(one: str, other: str) -> bool:
    """Whether two injuries' parts ("fibula", "right knee") may be one injury told more or less
    narrowly: one part within the other, and no part given two sides."""
    one_side, one_part = _split(one)
    other_side, other_part = _split(other)
    if one_side and other_side and one_side != other_side:
        return False
    if one_part == other_part or one_part in _BROADER[other_part] or other_part in _BROADER[one_part]:
        return True
    # a joint's ligaments, cartilage and tendons are often hurt together ("a sprained MCL and a torn
    # meniscus"); two bones are two breaks
    joint = _BROADER[one_part][:1]
    return bool(joint) and joint == _BROADER[other_part][:1] and bool({one_part, other_part} & _SOFT_TISSUE)


def _split(injury: str) -> tuple[str | None, str]:
    side, _, part = injury.partition(" ")
    return (side, part) if side in ("left", "right") else (None, injury)


def injury_readings(
    source: Source, segments: Sequence[Segment], people_in: Callable[[str], list], incident: str | None
) -> list[EntityClaim]:
    """One reading per injury a content sentence names, its subject the id of the person named
    nearest before it ("Quist said Reed broke his wrist": Reed's); an injury before any name takes
    the one person of the sentence before when a pronoun stands for them ("Reed left the game. He had
    broken his left wrist"). None in a story of a shooting, a stabbing or an attack: its victims'
    wounds are no injuries of one part each."""
    if incident in _VIOLENCE:
        return []
    claims: list[EntityClaim] = []
    previous: set[str] = set()
    for segment in segments:
        sentence = source.text[segment.start : segment.end]
        named = people_in(sentence)
        before, previous = previous, {person for _, _, person in named}
        if _WOUND.search(sentence) or _ANOTHER_OCCASION.search(sentence):
            continue
        for match in _INJURY.finditer(source.text, segment.start, segment.end):
            nearest = [
                (segment.start + end, person)
                for _, end, person in named
                if segment.start + end <= match.start()
            ]
            if nearest:
                anchor, person = nearest[-1]
            elif len(before) == 1 and _PRONOUN_FIRST.match(source.text, segment.start, match.start()):
                anchor, (person,) = segment.start, before
            else:
                continue
            if _A_NAME.search(source.text, anchor, match.start()):
                continue  # "Fenn ran for 84 yards. Lineman Jo Reed sprained his ankle": a name no report shares
            part, side = _part_of(match)
            name = f"{side} {part}" if side else part
            claims.append(
                frame_reading(
                    EntityClaim,
                    source,
                    segment,
                    match.start(),
                    match.end(),
                    "injury",
                    subject=person,
                    predicate="injury",
                    value=Entity(id=name, kind="other", name=name),
                )
            )
    return claims


def several_injuries_set_apart(facts: dict) -> None:
    """Take out the injury facts of a person one report gives two injuries that cannot be one ("broke
    his wrist and sprained his ankle"): the person was hurt more than once, and no one part is theirs."""
    for key in [k for k in facts if k.attribute == "injury"]:
        by_source: dict[str, list[str]] = {}
        for claim in facts[key]:
            by_source.setdefault(claim.source, []).append(claim.value.id)
        if any(not compatible(a, b) for parts in by_source.values() for a in parts for b in parts):
            del facts[key]
