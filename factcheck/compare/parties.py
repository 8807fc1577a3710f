"""Whom a claim's speaker speaks for: whether two sides that disagree are a dispute between parties
(FC802) or one party's sources that disagree.

English vocabulary of news, not any one story's.
"""

from __future__ import annotations

from collections.abc import Iterable

from factcheck.compare.align import normal

# Speakers that are whichever company the story is about: "the company said" is Harlow's own word; and
# the companies of a deal speaking together ("the companies said"), one of them whatever another names
_THE_COMPANY = frozenset({"company", "the company", "firm", "the firm", "corporation", "the corporation"}) | {
    f"{both} {companies}".strip()
    for both in ("", "the", "both", "the two", "both the")
    for companies in ("companies", "firms")
}

# Speakers that may be any party's people: "officials said" may be the commission another report names
_ANYONE_OFFICIAL = frozenset(
    {"officials", "authorities", "sources", "a source", "a spokesman", "a spokeswoman", "a spokesperson"}
    | {"spokesman", "spokeswoman", "spokesperson"}
)

_POLICE = "police"
# Words of a speaker that is the police, however a report names it ("the sheriff's office", "detectives")
_POLICE_WORDS = frozenset(
    "police sheriff sheriff's deputies detectives investigators officers troopers".split()
)
# Ranks of the police: whoever a report titles with one speaks for the police ("Sgt. Jo Reed said")
_POLICE_RANKS = frozenset(
    "chief sheriff deputy sergeant sgt detective det lieutenant lt officer constable inspector "
    "superintendent captain capt corporal cpl trooper".split()
)
# Words that may stand beside a rank in a police title ("assistant police chief"); any other word makes
# it another service's or office's ("fire chief", "deputy mayor")
_RANK_QUALIFIERS = frozenset("police assistant acting interim senior county state district".split())


def police_ranked(claims: Iterable) -> frozenset[str]:
    """The speakers (as :func:`~factcheck.compare.align.normal` writes their entity ids) that some
    report titles with a police rank: "Chief Jo Reed", "Detective Sgt. Jo Reed"."""
    ranked = set()
    for claim in claims:
        if claim.kind != "role" or not claim.subject:
            continue
        words = set(normal(claim.value.title).split())
        if words & _POLICE_RANKS and words <= _POLICE_RANKS | _RANK_QUALIFIERS:
            ranked.add(normal(claim.subject))
    return frozenset(ranked)


def _party(speaker: str, police: frozenset[str]) -> str:
    if speaker in police or set(speaker.split()) & _POLICE_WORDS:
        return _POLICE
    return speaker


def distinct_parties(
    first: frozenset[str], second: frozenset[str], police: frozenset[str] = frozenset()
) -> bool:
    """Whether two sides' speakers are different parties: no speaker of one is a speaker of the other
    told shorter or longer ("the survey", "the geological survey") or of the same police ("police",
    "the sheriff's office", a speaker of ``police``: titled with a rank), and neither side only "the
    company" (a report saying "the company announced" quotes the company another names) or only
    officials at large ("officials", "authorities", "a spokesman": whose, the report does not say)."""
    if any(side <= _THE_COMPANY or side <= _ANYONE_OFFICIAL for side in (first, second)):
        return False
    words = [[frozenset(_party(speaker, police).split()) for speaker in side] for side in (first, second)]
    return not any(a <= b or b <= a for a in words[0] for b in words[1])
