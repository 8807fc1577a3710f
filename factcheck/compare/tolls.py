"""The toll of the incident: how many were killed and how many hurt, settled from what reports count.

Reports count the harmed in several ways: the injured alone ("three people were wounded"), everyone
shot ("four people were shot, one fatally"), or one person at a time ("a teen was shot"). The frame
places each claim in the fact its words name (killed, injured, shot); what those claims imply
together is settled here, as the archive of record counts it (the injured are the people hurt and
not killed):

- where no report counts a death, everyone a report without a word of death says was shot was
  hurt: its count of the shot is a count of the injured;
- where someone died, a report that counts both the shot and the dead counts the injured as the
  difference ("four people were shot, one fatally": three hurt);
- where someone died, one person a report says was shot is no injury unless the report also tells
  a death and says the person was hurt ("a man was killed and a woman wounded"): the person of "the
  victim was shot", of "a teen was shot" in a report written before the death, is the one who died;
  so is the person hurt whose death the report tells later ("a girl is in critical condition ... the
  girl died"), and not one said to have lived ("was also shot, but survived") or told beside the dead
  in one sentence ("shot his son and killed his wife");
- a report that counts no dead ("no deaths were reported") mourns no one of the incident, and a count
  of the shot said to have all lived ("all are expected to survive") counts the hurt.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Mapping

from factcheck.compare.counting import ORDINAL_WORD
from factcheck.compare.harm_patterns import DEATH_AFTER
from factcheck.compare.lexicon import event_words
from factcheck.compare.occurrences import is_read
from factcheck.compare.sentences import sentence_starts_before
from factcheck.records import Quantity, QuantityClaim

# Words by which a text may say someone died ("murder" too: a count of the shot is then not safely
# a count of the hurt).
_DEATH_CLASSES = frozenset({"death", "killing_outcome", "killing"})
# "attempted murder", "no deaths were reported", "two were shot, neither fatally": a word of death that
# tells none.
_NO_DEATH_BEFORE = re.compile(r"\b(?:attempted|no|neither|none(?:\s+of\s+them)?)\s+\Z", re.I)
# Ordinals that make a count one part of the story whatever was told before it.
_NOT_OTHER = re.compile(r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|earlier|later|previous)\b")
# "eight youths have been hurt or killed": a count of both harms together, neither toll.
_EITHER_HARM = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:injured|hurt|wounded|killed|shot|dead)\s+or\s+(?:killed|injured|wounded|hurt|dead)\b",
    re.I,
)
# "a 10-year-old boy and two adults were wounded", "two girls and eight adults": the count is a part
# of the sum.
_ONE_AND = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\d+)\s+(?:(?!(?:was|were|is|are|has|had|been|dead|hurt|shot)\b)[\w-]+(?<!ed)\s+){0,5}?(?:and|&)\s+\Z"
)
# "Three of the victims are in serious condition and two suffered minor injuries": the sentence parts
# a whole told before, and each of its counts is a part.
_PARTITION = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+of\s+(?:the|them|those|whom)\b", re.I
)
# "one of the men was found dead": a part drawn from a whole named before
_PARTITIVE_AFTER = re.compile(r"\s+of\s+(?:the|them|those|these)\b", re.I)
# "One man died in the yard and a second later": the count is the first of those the clause goes on
# to tell one by one, when what the next one suffered is the same harm, or left unsaid ("two died in
# the car and a third in hospital"); "one girl dead and another hurt" are two tolls
_ANOTHER_AFTER = re.compile(
    r"[^.;:]{0,80}?\band\s+(?:a\s+|the\s+)?(?:second|third|fourth|another|other|one\s+other)\b"
    r"(?P<rest>[^.;:,]{0,60})",
    re.I,
)
_HARM_WORDS = {
    "killed": re.compile(r"\b(?:died|dies|dead|killed|fatally|slain)\b", re.I),
    "injured": re.compile(r"\b(?:wounded|injured|hurt|hospitali[sz]ed|condition)\b", re.I),
    "shot": re.compile(r"\b(?:shot|hit|struck)\b", re.I),
}


def _told_one_by_one(claim, text: str, attribute: str) -> bool:
    following = _ANOTHER_AFTER.match(text, claim.end, claim.sentence_end)
    if following is None:
        return False
    harms = {harm for harm, words in _HARM_WORDS.items() if words.search(following["rest"])}
    return not harms or attribute in harms


# "Initially, reports said eight were hurt, but ...": a count the report tells as one given before it
# was corrected.
_SUPERSEDED = re.compile(
    r"\b(?:originally|initially|at\s+first|early\s+reports|earlier\s+reports|first\s+reports)\b", re.I
)
# "four men shot to death", "two were shot dead": the dead, whatever the count's noun reads as.
_SHOT_DEAD_AFTER = re.compile(
    r"\s+(?:(?:were|was|are|is|have\s+been|had\s+been)\s+)?shot\s+(?:to\s+death|dead)\b", re.I
)
# "four other people", "three more people" (not "more than 20 people"): told apart from someone.
_OTHERS = re.compile(r"\b(?:other|more)\b(?!\s+than\b)", re.I)
MORE = re.compile(r"\s+(?:others?\s+)?more\b", re.I)
# What says a person lived ("survived", "is expected to recover", "was released from the hospital").
_LIVED = re.compile(r"\b(?:survived|recover\w*|released|being\s+treated)\b", re.I)
# What says a person was hurt and lived, not only that they were shot.
_HURT = re.compile(r"\b(?:wounded|wounding|injured|injuring|hurt|condition|hospital\w*)\b", re.I)


# "though all are believed to have survived", "none of the wounds were life-threatening", "neither
# fatally", "non-fatal wounds": the people a count of the shot counts lived.
_ALL_LIVED = re.compile(
    r"\b(?:all|both|each|none|neither)\b[^.;]{0,50}?\b(?:survived?|(?:expected|going)\s+to\s+(?:survive|recover|live)"
    r"|life[- ]threatening)\b|\bnon[- ]life[- ]threatening\b"
    r"|\b(?:none|neither)(?:\s+of\s+them)?\s+fatally\b|\bnon-?fatal(?:ly)?\b",
    re.I,
)


def _said_to_live(claim, text: str) -> bool:
    """Whether a count of the shot says in its sentence that they all lived, and tells no death there."""
    sentence = text[claim.sentence_start : claim.sentence_end]
    return bool(_ALL_LIVED.search(sentence)) and not death_told(sentence)


def death_told(text: str) -> bool:
    """Whether a report has a word of death ("attempted murder", "no deaths" are none)."""
    return any(
        name in _DEATH_CLASSES and not _NO_DEATH_BEFORE.search(text, max(0, start - 16), start)
        for start, _, name in event_words(text)
    )


def settle(
    facts: dict,
    key: Callable[[str], Hashable],
    mourning: set[str],
    hurt: Callable[[str], bool] | None = None,
    texts: Mapping[str, str] | None = None,
) -> list:
    """Settle the frame's injured fact (``facts`` by ``key(attribute)``) from its killed, injured and
    shot claims, ``mourning``: the sources with a word of death (:func:`death_told`); the claims it
    derives, to list with the readings. ``hurt(source)``: whether a source tells of someone hurt (a
    read of its whole text, asked only of a source that counts no one injured); such a source and one
    that counts people shot says "no one was injured" of a part of the story or of another event.
    A report that counts no dead ("no deaths were reported") mourns no one of the incident, whatever
    else it says ("a homicide investigation"); a count of the shot that says they lived ("all are
    believed to have survived") counts the hurt whatever else its report tells (``texts``: the
    sources' texts, by id)."""
    if texts is not None:
        for attribute in ("killed", "injured"):
            if key(attribute) in facts:
                facts[key(attribute)] = _parts_of_a_whole_set_apart(facts[key(attribute)], texts)
    killed, shot = facts.get(key("killed"), []), facts.get(key("shot"), [])
    none_dead = {c.source for c in killed if c.value.high == 0} - {
        c.source for c in killed if c.value.high != 0
    }
    mourning = mourning - none_dead
    counted = facts.pop(key("injured"), [])
    shot_hurt = {claim.source for claim in shot if (claim.value.low or 0) > 0}
    none_hurt = {claim.source for claim in counted if claim.value.high == 0}  # not "at least two" (no high)
    # "No one was injured. Two firefighters were treated": a report that counts someone hurt says "no one"
    # of the others
    counted_hurt = {claim.source for claim in counted if (claim.value.low or 0) > 0}
    hurt_in = {
        source
        for source in none_hurt
        if source in shot_hurt or source in counted_hurt or (hurt is not None and hurt(source))
    }
    told = [c for c in counted if c.source not in hurt_in or c.value.high != 0]
    lived = [
        c for c in shot if texts is not None and c.source in mourning and _said_to_live(c, texts[c.source])
    ]
    injured = injured_claims(killed, told, shot, mourning - {c.source for c in lived})
    if injured:
        facts[key("injured")] = injured
    return [claim for claim in injured if ":toll:" in claim.id]


def _parts_of_a_whole_set_apart(claims: list, texts: Mapping[str, str]) -> list:
    """The claims of a toll but those of a part drawn from a whole their own report counts higher: "Two
    men were killed ... one of the men was found inside" tells one of the two dead, not a toll of one;
    "two were shot; one of them died" alone is the toll."""
    most: dict[str, float] = {}
    for claim in claims:
        most[claim.source] = max(most.get(claim.source, 0), claim.value.low or 0)
    return [
        claim
        for claim in claims
        if not (
            _PARTITIVE_AFTER.match(texts.get(claim.source, ""), claim.end)
            and (claim.value.high or 0) < most[claim.source]
        )
    ]


def injured_claims(killed: list, injured: list, shot: list, mourning: set[str]) -> list:
    """The claims of the injured fact, from the claims the frame placed in the killed, injured and
    shot facts; ``mourning``: the sources with a word of death. A count of no dead ("no one was
    killed") is no death."""
    killed = [claim for claim in killed if (claim.value.high or 0) > 0]
    if killed:
        dead_in = {claim.source for claim in killed}
        kept = [claim for claim in injured if not _the_dead_one(claim, dead_in, killed)]
        counted = {claim.source for claim in kept}
        return kept + [claim for claim in _shot_less_killed(killed, shot) if claim.source not in counted]
    return _shot_are_hurt(injured, [claim for claim in shot if claim.source not in mourning])


def beside_another_harm(claim, text: str, attribute: str | None) -> bool:
    """Whether a count of the injured told as "other", "more" or "another" counts them apart from the
    dead its sentence has just told ("one man was killed and four others were wounded", "three more
    were hurt"): it is then all the injured, not a part. So a count of the dead apart from the hurt just
    told ("two were injured and another was killed")."""
    if attribute not in ("injured", "killed") or _NOT_OTHER.search(claim.value.counted or ""):
        return False
    before = text[claim.sentence_start : claim.start]
    if not before.strip():
        # "Four other people were wounded." opening its sentence: the others are the dead just told
        previous = sentence_starts_before(text, claim.sentence_start, _SENTENCE_BEFORE)[-1]
        before = text[previous : claim.sentence_start]
    told = ("death", "killing_outcome") if attribute == "injured" else ("injury",)
    return any(name in told for *_, name in event_words(before))


# How far back the sentence before a count is read
_SENTENCE_BEFORE = 400


def not_the_toll(claim, text: str, attribute: str | None, beside: bool) -> bool:
    """Whether a count is no toll of the incident: of people "injured or killed" together, one a
    report says was corrected ("initially, reports said eight"), a part of a sum ("a boy and two
    adults were wounded"), of a partition ("three of the victims ... and two") or of a count told
    one by one ("one died in the yard and a second later"), one of an ordinal ("killed in the second
    blast") or others than someone ("two other men") not told beside the dead (``beside``)."""
    if (ORDINAL_WORD.search(claim.value.counted or "") or _OTHERS.search(claim.quote)) and not beside:
        return True
    if _EITHER_HARM.match(text, claim.end) or _SUPERSEDED.search(text, claim.sentence_start, claim.start):
        return True
    if attribute in ("shot", "injured") and not beside and _others_told_next(claim, text):
        return True
    # a reading tells its own person apart ("killing a boy and wounding his father")
    return bool(
        attribute
        and not is_read(claim)
        and (
            _ONE_AND.search(text, max(claim.sentence_start, claim.start - 40), claim.start)
            or _PARTITION.search(text, claim.sentence_start, claim.start)
            or _told_one_by_one(claim, text, attribute)
        )
    )


# "Two other victims went to a clinic by car", "two additional people were later found": people
# told after a count as others of the same harm (not the dead: "two died; four others were hurt")
_OTHER_VICTIMS = re.compile(
    r"\s*(?:\w+\s+){0,3}?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several)\s+"
    r"(?:other|additional)\s+(?:people|persons|victims|men|women|teens|teenagers|children)\b(?P<rest>[^.;]*)",
    re.I,
)


def _others_told_next(claim, text: str) -> bool:
    """Whether the sentence after a count of the shot or hurt tells others of them: "officers found four
    people with gunshot wounds. Two other victims went to a clinic by car" (the four are some of the
    shot)."""
    others = _OTHER_VICTIMS.match(text, claim.sentence_end)
    return others is not None and not DEATH_AFTER.search(others["rest"])


def shot_besides(claim, text: str) -> bool:
    """Whether a count of the shot counts "others" ("four others were shot"): those shot besides the
    ones told before, the dead of the incident, and so its hurt; not a part of a sum ("he and three
    others had been shot"), but for the dead ("left a cook dead and five others with gunshot wounds")."""
    before = max(claim.sentence_start, claim.start - 16)
    return bool(_OTHERS_SHOT.match(claim.quote)) and (
        not _AND_BEFORE.search(text, before, claim.start)
        or bool(_DEAD_AND_BEFORE.search(text, before, claim.start))
    )


_OTHERS_SHOT = re.compile(r"\S+\s+others\b", re.I)
_AND_BEFORE = re.compile(r"\band\s+\Z", re.I)
_DEAD_AND_BEFORE = re.compile(r"\b(?:dead|killed|slain),?\s+and\s+\Z", re.I)


def shot_dead(claim, text: str) -> bool:
    """Whether a count of the shot is one of people "shot to death" or "shot dead": the killed."""
    return bool(_SHOT_DEAD_AFTER.match(text, claim.end))


def shot_as(claim, attribute: str) -> bool:
    """Whether a count of the shot stands for another harm ("six people were shot" as the injured)."""
    return attribute != "shot" and (claim.value.counted or "").split()[-1:] == ["shot"]


def _shot_are_hurt(injured: list, shot: list) -> list:
    """Where no one died, each report's injured: its count of the shot, unless it counts as many
    injured or more itself ("six people were shot; one victim is in critical condition" counts a
    part)."""
    by_source: dict[str, list] = {}
    for claim in shot:
        by_source.setdefault(claim.source, []).append(claim)
    kept = []
    for claim in injured:
        most = max((c.value.low or 0 for c in by_source.get(claim.source, ())), default=0)
        if (claim.value.high or 0) >= most:
            kept.append(claim)
    counted = {claim.source for claim in kept}
    return kept + [claim for claim in shot if claim.source not in counted]


def _the_dead_one(claim, dead_in: set[str], killed: list) -> bool:
    """Whether one person a report was read to say was hurt may be the one who died: the report
    tells no death itself (it was written before it), it only says they were shot ("a 6-month-old
    was shot" in a report of the baby's death), or it tells later of the death of the same person
    (:func:`_told_again`); not where its sentence tells the dead apart (:func:`_beside`)."""
    if not is_read(claim) or claim.value.low != 1 or _LIVED.search(claim.quote):
        return False
    if any(_beside(claim, death) for death in killed):
        return False  # "shot his son and killed his wife": the sentence tells the dead apart
    if claim.source not in dead_in:
        return True
    return not _HURT.search(claim.quote) or any(_told_again(claim, death) for death in killed)


def _beside(hurt, death) -> bool:
    """Whether a death the frame read is told in the same sentence as one person hurt, of other words
    ("shot his son and killed his wife")."""
    return (
        is_read(death)
        and death.source == hurt.source
        and death.sentence_start == hurt.sentence_start
        and (death.start >= hurt.end or death.end <= hurt.start)
    )


# "the girl", "the victim", "she": a person told before, not a new one.
_TOLD_BEFORE = re.compile(r"(?:the|this|that)\s+(?:[\w-]+\s+)??(?P<noun>[a-z]+)\b|(?:he|she)\b", re.I)


def _told_again(hurt, death) -> bool:
    """Whether a report's one death, read after its one person hurt, is told of that person again
    ("A 2-year-old girl is in critical condition ... police said the girl had died"): "the" with the
    same noun, "the victim", or "he" or "she"."""
    if not is_read(death) or death.source != hurt.source or death.start <= hurt.start or death.value.low != 1:
        return False
    match = _TOLD_BEFORE.match(death.quote)
    if match is None:
        return False
    noun = (match["noun"] or "").lower()
    return not noun or noun == "victim" or re.search(rf"\b{noun}\b", hurt.quote, re.I) is not None


def _shot_less_killed(killed: list, shot: list) -> list:
    """For each report that counts the shot with a number and the dead, the injured it implies:
    the shot less the dead, when more were shot than died (a claim on the span of the count of the
    shot, read by the frame)."""
    derived = []
    for claim in shot:
        value = claim.value
        if is_read(claim) or value.low is None or value.low != value.high or not value.exact:
            continue
        dead = {c.value.low for c in killed if c.source == claim.source and c.value.low == c.value.high}
        if len(dead) != 1:
            continue
        hurt = value.low - dead.pop()
        if hurt <= 0:
            continue
        count = Quantity.count_of(hurt, "people injured")
        derived.append(
            QuantityClaim(
                id=f"{claim.source}:lead:toll:{claim.start}",
                source=claim.source,
                start=claim.start,
                end=claim.end,
                quote=claim.quote,
                sentence_start=claim.sentence_start,
                sentence_end=claim.sentence_end,
                predicate="quantity",
                value=count,
            )
        )
    return derived


def harmed_part(part: re.Match[str], attribute: str | None, text: str) -> bool:
    """Whether a part of a whole ("two of them", "one of the victims") is the incident's dead or hurt:
    of those shot, the part that died is the toll; "two others more" are not, nor the wounded who died
    since ("two of the wounded died in hospital": more dead, added to a toll told before)."""
    if attribute == "killed" and _OF_THE_HURT.match(text, part.end()):
        return False
    return attribute in ("killed", "injured") and part.group().split()[0] == "of"


_OF_THE_HURT = re.compile(r"\s*(?:wounded|injured|hurt|critically\s+(?:wounded|injured))\b", re.I)


def taken_at_least(
    facts: dict, key: Callable[[str], Hashable], to_hospital: set[str]
) -> dict[str, QuantityClaim]:
    """The injured fact's counts of people taken to hospital (ids ``to_hospital``) read as lower bounds,
    by the id of the claim each stands for (``<claim id>:at-least``): "Two people were rushed to the
    hospital in Kelby" may be some of the ten injured (others went to a clinic, or were treated where
    they fell), never more than all. The dead may have been taken too ("Four people were taken to the
    hospital ... one of them died there"): as many fewer as the most dead any report counts. The fact
    keeps the count as written."""
    dead = most_dead(facts, key)
    return {
        claim.id: at_least(claim, dead)
        for claim in facts.get(key("injured"), [])
        if claim.id in to_hospital and claim.value.low is not None and claim.value.high is not None
    }


def most_dead(facts: dict, key: Callable[[str], Hashable]) -> float:
    """The most dead any report of the frame's ``facts`` counts."""
    return max(
        (claim.value.high or claim.value.low or 0 for claim in facts.get(key("killed"), [])), default=0
    )


def at_least(claim: QuantityClaim, dead: float) -> QuantityClaim:
    """A count of people taken to hospital as the lower bound of the injured it stands for, ``dead`` of
    them perhaps among the dead (:func:`taken_at_least`)."""
    low = max(0.0, (claim.value.low or 0) - dead)
    update = {"low": low, "si_low": low, "high": None, "si_high": None, "hedge": "at least", "exact": False}
    return claim.model_copy(
        update={"id": f"{claim.id}:at-least", "value": claim.value.model_copy(update=update)}
    )
