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
from factcheck.compare.readings import entity_reading
from factcheck.extract.patterns import word_trie
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
    "acl": ("acl", "anterior cruciate", "anterior cruciate ligament"),
    "mcl": ("mcl", "medial collateral", "medial collateral ligament"),
    "pcl": ("pcl", "posterior cruciate", "posterior cruciate ligament"),
    "lcl": ("lcl", "lateral collateral", "lateral collateral ligament"),
    "meniscus": ("meniscus",),
    "kneecap": ("kneecap", "patella"),
    "knee": ("knee",),
    "tibia": ("tibia", "shinbone", "shin bone"),
    "fibula": ("fibula",),
    "lower leg": ("lower leg", "shin"),
    "achilles": ("achilles", "achilles tendon"),
    "calf": ("calf",),
    "ankle": ("ankle",),
    "femur": ("femur", "thighbone", "thigh bone"),
    "hamstring": ("hamstring",),
    "quadriceps": ("quadriceps", "quad"),
    "thigh": ("thigh",),
    "groin": ("groin",),
    "hip": ("hip",),
    "pelvis": ("pelvis",),
    "foot": ("foot",),
    "toe": ("toe",),
    "leg": ("leg",),
    "collarbone": ("collarbone", "collar bone", "clavicle"),
    "shoulder blade": ("shoulder blade", "scapula"),
    "rotator cuff": ("rotator cuff",),
    "shoulder": ("shoulder",),
    "elbow": ("elbow",),
    "forearm": ("forearm",),
    "wrist": ("wrist",),
    "arm": ("arm",),
    "hand": ("hand",),
    "finger": ("finger",),
    "thumb": ("thumb",),
    "rib": ("rib", "ribs"),
    "chest": ("chest",),
    "jaw": ("jaw",),
    "nose": ("nose",),
    "face": ("face",),
    "skull": ("skull",),
    "head": ("head",),
    "neck": ("neck",),
    "vertebra": ("vertebra", "vertebrae"),
    "back": ("back",),
}
_PART_WRITTEN = {written: part for part, forms in _WRITTEN.items() for written in forms}
# tries: the engine tries a plain alternation's branches one by one at every position of a text
_PART = word_trie(_PART_WRITTEN)
_HARMED = word_trie(
    """broke broken breaking breaks fractured fracturing fractures tore torn tearing tears sprained spraining
    sprains strained straining dislocated dislocating separated ruptured rupturing bruised injured injuring
    injures hurt hurting hyperextended""".split()
)
_INJURY_NOUN = word_trie(
    "injury injuries fracture break sprain strain tear bruise dislocation contusion surgery".split()
)
_SIDE = r"(?:(?P<{}>left|right)\s+)?"
# "broke his right fibula", "a torn left ACL", "a fractured collarbone", "tore the ACL in his left
# knee"; "a right knee injury"; an injury list's "Jo Reed (left ankle)"
_INJURY = re.compile(
    r"\b(?:(?:"
    + _HARMED
    + r")\s+(?:(?:his|her|their|a|an|the)\s+)?"
    + _SIDE.format("side")
    + r"(?P<part>"
    + _PART
    + r")"
    + r"(?:\s+in\s+(?:his|her|their|the)\s+(?P<side3>left|right)\s+(?:knee|ankle|shoulder|elbow|wrist|hip|leg|arm))?"
    + r"|"
    + _SIDE.format("side2")
    + r"(?P<part2>"
    + _PART
    + r")\s+(?:"
    + _INJURY_NOUN
    + r"))\b"
    + r"|(?<=\()"
    + _SIDE.format("side4")
    + r"(?P<part4>"
    + _PART
    + r")(?=\))",
    re.IGNORECASE,
)
# what an injury this module reads is told with: a harm's word, an injury's noun, or an injury list's
# "(left ankle)"; a sentence with none is not read further
_CUE = re.compile(r"\b(?:" + _HARMED + "|" + _INJURY_NOUN + r")\b|\(", re.IGNORECASE)
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
    written = match.group("part") or match.group("part2") or match.group("part4")
    side = match.group("side") or match.group("side2") or match.group("side3") or match.group("side4")
    return _PART_WRITTEN[" ".join(written.lower().split())], side.lower() if side else None


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
    for index, segment in enumerate(segments):
        if not _CUE.search(source.text, segment.start, segment.end):
            continue
        found = list(_INJURY.finditer(source.text, segment.start, segment.end))
        sentence = source.text[segment.start : segment.end]
        if not found or _WOUND.search(sentence) or _ANOTHER_OCCASION.search(sentence):
            continue
        named = people_in(sentence)
        for match in found:
            nearest = [
                (segment.start + end, person)
                for _, end, person in named
                if segment.start + end <= match.start()
            ]
            if nearest:
                anchor, person = nearest[-1]
            elif index and _PRONOUN_FIRST.match(source.text, segment.start, match.start()):
                earlier = segments[index - 1]
                before = {person for _, _, person in people_in(source.text[earlier.start : earlier.end])}
                if len(before) != 1:
                    continue
                anchor, (person,) = segment.start, before
            else:
                continue
            if _A_NAME.search(source.text, anchor, match.start()):
                continue  # "Fenn ran for 84 yards. Lineman Jo Reed sprained his ankle": a name no report shares
            part, side = _part_of(match)
            name = f"{side} {part}" if side else part
            claims.append(
                entity_reading(
                    source, segment, match, "injury", person, Entity(id=name, kind="other", name=name)
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
