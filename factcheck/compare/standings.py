"""Teams' records: "Springfield (8-3)", "the Otters' record rose to 7-3", "the Otters stand at 8-3",
"the Otters beat the Herons to improve to 8-3", "the Otters' 7-3 season"; and a fighter's, "Ivo Marsh
improved to 37-2", "Marsh is now 36-2".

A match report gives each team's win-loss record after the game. One team is
written by its town or its nickname ("Springfield", "the Otters"); the story
tells which is which where it writes both together ("the Springfield
Otters"). Each record is read as two counts of the team, its wins and its
losses, which the story frame compares across the reports like any count. A person's record
("Ivo Marsh, 37, improved to 37-2") is read where it rose, fell or stands, as that person's wins and
losses; a person's "(6-2)" is a height.

Not records: a score ("won 20-13", "a 20-13 lead": never after a team's name
in parentheses nor after "record ... to"), a person's height or career span
("Joe Bell (5-11)", "Ann Lee (1994-96)": the name is a person's, the years
too large), a season's record in a sentence that names another time ("a 2-14
season in 2011", "last year's 2-14 mark"), a record with its ties kept apart ("(8-7-1)" is read as 8 wins
and 7 losses).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.compare.fact_keys import FactKey
from factcheck.extract.gazetteer import fold, place_names
from factcheck.extract.spans import claim_span
from factcheck.records import Quantity, QuantityClaim, Segment, Source

if TYPE_CHECKING:
    from factcheck.compare.frame import StoryFrame

# The most games a team plays in a season (baseball's 162), with room for a career's record.
_MOST_GAMES = 200
_TEAM = r"(?P<team>(?:[A-Z][\w.'\u2019-]*|\d+ers)(?:\s+(?:[A-Z][\w.'\u2019-]*|\d+ers)){0,3})"
_AGE = r"(?:,\s+\d{1,2},)?"
_RECORD = r"(?P<wins>\d{1,3})-(?P<losses>\d{1,3})(?:-\d{1,2})?"
# a fighter's wins inside the distance, after the record: "37-2 with 30 knockouts"
_KNOCKOUTS = r"(?:\s+(?:with|and|including)\s+(?P<kos>\d{1,3})\s+(?:knockouts|KOs|stoppages)\b)?"
_FORMS = (
    # "Springfield (8-3)", "The Otters (8-3, 4-1 away)"
    re.compile(_TEAM + r"\s+\(" + _RECORD + r"\s*[,;)]"),
    # "Springfield's record rose to 7-3", "the Otters improved to 8-3", "the Otters stand at 8-3"; a
    # fighter's "Ivo Marsh, 37, improved to 37-2"
    re.compile(
        _TEAM
        + _AGE
        + r"(?:\s?['\u2019]s?\s+record)?\s+(?:rose|improved|fell|dropped|slipped|moved|went|climbed|"
        r"improve|fall|drop|slip|move|go|climb)\s+to\s+" + _RECORD + r"\b(?!-)" + _KNOCKOUTS
    ),
    # "Ivo Marsh, 37, improved his record to 37-2", "the Otters pushed their mark to 8-3"
    re.compile(
        _TEAM
        + _AGE
        + r"\s+(?:improved|pushed|took|ran|raised|lifted|extended|moved|upped|dropped|improves|pushes|takes|"
        r"runs|raises|lifts|extends|moves|ups|drops)\s+(?:his|her|their|its)\s+(?:record|mark)\s+to\s+"
        + _RECORD
        + r"\b(?!-)"
        + _KNOCKOUTS
    ),
    re.compile(
        _TEAM
        + _AGE
        + r"(?:\s+(?:(?:stand|stands|stood|sit|sits)\s+at|(?:are|is)\s+now(?:\s+at)?)|,\s+now)\s+"
        + _RECORD
        + r"\b(?!-)"
        + _KNOCKOUTS
    ),
    # "the Otters beat the Herons 27-24 on Sunday to improve to 8-3": the record the result took its
    # subject to; "Ivo Marsh stopped Al Ray in the third round to improve to 37-2"
    re.compile(
        _TEAM
        + r"\s+(?:beat|defeated|downed|topped|edged|routed|blanked|stopped|outpointed|outlasted|won|lost|fell|"
        r"rallied|held\s+off|knocked\s+out)\b[^.;:]{0,120}?\bto\s+(?:improve|move|climb|rise|go|get|fall|drop|"
        r"slip)\s+to\s+" + _RECORD + r"\b(?!-)" + _KNOCKOUTS
    ),
)
# "the Otters' 7-3 season", "left the Otters a 7-3 record": a season's record, which may be another
# season's ("a 2-14 season in 2011", "last year's 2-14 record"), so read only where no other is named.
_SEASON_FORMS = (re.compile(_TEAM + r"(?:['\u2019]s?|\s+an?)\s+" + _RECORD + r"\s+(?:season|record|mark)\b"),)
# the forms a person's record is written in: what rose, fell or stands is no height
_PERSONS_FORMS = _FORMS[1:]
# a person's record of some games only, or over more than their fights or games so far: "in his career",
# "this season", "at home", "against left-handers", "as a starter", "in title fights"
_A_PART_OF_A_RECORD = re.compile(
    r"[^.;]*?\b(?:career|season|seasons|year|home|road|away|against|as\s+an?|in\s+(?:title|one-score|"
    r"close|road|home|playoff|postseason)|lifetime|all-time|starts?|starter)\b",
    re.I,
)
_ANY_RECORD = re.compile(r"\d-\d")
_ANOTHER_SEASON = re.compile(r"\b(?:1[89]\d\d|20\d\d|last|previous|prior|former|since)\b", re.I)
_NICKNAME = re.compile(r"\b(?P<town>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?P<nick>[A-Z][a-z]+s|\d+ers)\b")
_LEADING = re.compile(r"^(?:The|the)\s+")


@dataclass(frozen=True)
class Standing:
    """A team's record as one report gives it: ``[start, end)`` of the text, in the sentence ``segment``."""

    start: int
    end: int
    segment: Segment
    team: str
    wins: int
    losses: int
    person: bool = False  # a person's record (a fighter's), not a team's
    knockouts: int | None = None  # a fighter's wins inside the distance, if given


def nicknames(texts: Iterable[str]) -> dict[str, str]:
    """Each town the story writes before one team's nickname ("Port Ilari Herons"), folded, and that
    nickname, folded; a town written before two nicknames ("New York Jets", "New York Giants") has none."""
    return nicknames_of([nicknames_in(text) for text in texts])


def nicknames_in(text: str) -> tuple[tuple[str, str], ...]:
    """Each town one text writes before a team's nickname, and that nickname, both folded, in text order."""
    found = []
    for match in _NICKNAME.finditer(text):
        words = match.group("town").split()
        # "The Springfield Otters": the longest end of the words before the nickname that is a town
        towns = [fold(" ".join(words[i:])) for i in range(len(words))]
        town = next((name for name in towns if name in place_names()), None)
        if town is not None:
            found.append((town, fold(match.group("nick"))))
    return tuple(found)


def nicknames_of(found: Iterable[Iterable[tuple[str, str]]]) -> dict[str, str]:
    """:func:`nicknames` of a story from the :func:`nicknames_in` of each of its texts."""
    by_town: dict[str, set[str]] = {}
    for pairs in found:
        for town, nickname in pairs:
            by_town.setdefault(town, set()).add(nickname)
    return {town: next(iter(nicks)) for town, nicks in by_town.items() if len(nicks) == 1}


def team_key(team: str, aliases: dict[str, str]) -> str:
    """One name per team: the nickname, whether the report wrote it or its town."""
    words = _LEADING.sub("", team).split()
    folded = fold(" ".join(words))
    if folded in aliases:
        return aliases[folded]
    return fold(words[-1]) if words else folded


def may_give_records(segments: Sequence) -> bool:
    """Whether any of ``segments`` has what :func:`standings` reads: where none has, it finds nothing."""
    return any(form.search(segment.text) for segment in segments for form in _FORMS)


def standings(source: Source, segments: Sequence, is_person: Callable[[str], bool]) -> list[Standing]:
    """Every team record in the content segments of ``source``, in text order; ``is_person(text)``
    tells a person's name (whose "(5-11)" is a height)."""
    found: dict[int, Standing] = {}
    for segment in segments:
        if not _ANY_RECORD.search(segment.text):
            continue  # most sentences hold no "W-L" at all
        other_season = bool(_ANOTHER_SEASON.search(segment.text))
        for form in _FORMS if other_season else (*_FORMS, *_SEASON_FORMS):
            for match in form.finditer(segment.text):
                wins, losses = int(match.group("wins")), int(match.group("losses"))
                knockouts = int(match["kos"]) if "kos" in form.groupindex and match["kos"] else None
                team = _LEADING.sub("", match.group("team"))
                if wins + losses > _MOST_GAMES or not team:
                    continue
                person = is_person(team)
                if person and (
                    form not in _PERSONS_FORMS or _A_PART_OF_A_RECORD.match(segment.text, match.end())
                ):
                    continue  # "Lio Maran (6-2)": a height; "Maran is now 12-1 at home": a part of a record
                start = segment.start + match.start("team")
                found.setdefault(
                    start,
                    Standing(
                        start, segment.start + match.end(), segment, team, wins, losses, person, knockouts
                    ),
                )
    return [found[start] for start in sorted(found)]


def is_record_reading(claim) -> bool:
    """Whether a claim is one of :func:`standing_readings`' (a team's or a person's wins or losses)."""
    return ":standing:" in claim.id or ":record:" in claim.id


def record_key(claim) -> FactKey:
    """The fact a team's or a person's wins or losses fill (a claim of :func:`standing_readings`): a
    person's (its subject the participant's id), or the team's (its subject the team's key)."""
    if ":record:" in claim.id:
        return FactKey(claim.value.counted, claim.subject)
    return FactKey(claim.value.counted, thing=claim.subject)


def standing_readings(source: Source, standing: Standing, team: str) -> list[QuantityClaim]:
    """The record as two counts of the team or person (``team``, the team's key or the person's id):
    its wins and its losses."""
    tag = "record" if standing.person else "standing"
    return [
        QuantityClaim(
            id=f"{source.id}:{tag}:{standing.start}:{counted}",
            **claim_span(source, standing.segment, standing.start, standing.end),
            predicate="quantity",
            subject=team,
            value=Quantity.count_of(number, counted),
        )
        for counted, number in (
            ("wins", standing.wins),
            ("losses", standing.losses),
            *((("knockouts", standing.knockouts),) if standing.knockouts is not None else ()),
        )
    ]


def team_record_claims(frame: StoryFrame, source: Source, segments: Sequence) -> list:
    """Each team's (and person's) wins and losses as a report gives its record."""
    claims = []
    for standing in standings(source, segments, lambda text: bool(frame.people_in(text))):
        if standing.person:
            people = {person for _, _, person in frame.people_in(standing.team)}
            claims += standing_readings(source, standing, people.pop()) if len(people) == 1 else []
        else:
            claims += standing_readings(source, standing, team_key(standing.team, frame.team_aliases))
    return claims
