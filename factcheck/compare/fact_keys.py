"""Which fact of a story's frame a claim fills: the key the frame's facts are held by, what each
attribute is called and which family of rules compares it."""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.compare.play_facts import PLAY_ATTRIBUTES, PLAY_FAMILIES


@dataclass(frozen=True, order=True)
class FactKey:
    """Which fact a claim fills: an attribute of the incident (``subject`` empty) or of a participant;
    ``thing`` is what a story-wide count counts ("comments")."""

    attribute: str
    subject: str = ""
    event: str = ""
    thing: str = ""


ATTRIBUTE_WORDS = {
    "date": "the date",
    "weekday": "the weekday",
    "time": "the time of day",
    "place": "the place",
    "killed": "the number killed",
    "injured": "the number injured",
    "shot": "the number shot",
    "age": "the age",
    "residence": "the place of residence",
    "block": "the block",
    "injury": "the injury",
    "phone": "the phone number",
    "count": "the number",
    "term": "the length",
    "wins": "the number of wins",
    "losses": "the number of losses",
    "knockouts": "the number of wins by knockout",
    "round": "the round of the stoppage",
    "winning score": "the winner's points",
    "losing score": "the loser's points",
    "share": "the share of the vote",
    **PLAY_ATTRIBUTES,
}
FAMILY_OF_ATTRIBUTE = {
    "date": "time",
    "weekday": "time",
    "time": "time",
    "place": "place",
    "killed": "quantity",
    "injured": "quantity",
    "shot": "quantity",
    "age": "age",
    "residence": "residence",
    "block": "block",
    "injury": "injury",
    "phone": "phone",
    "count": "quantity",
    "term": "duration",
    "wins": "record",
    "losses": "record",
    "knockouts": "record",
    "round": "quantity",
    "winning score": "quantity",
    "losing score": "quantity",
    "share": "quantity",
    **PLAY_FAMILIES,
}

# How the facts name the events of a participant: "the weekday of Jo Reed's signing".
EVENT_NOUNS = {
    "appointment": "signing or appointment",
    "dismissal": "departure",
    "arrest": "arrest",
    "charge": "charging",
    "court": "court appearance",
    "conviction": "conviction",
    "sentencing": "sentencing",
    "funeral": "funeral",
    "death": "death",
    "injury": "injury",
    "investigation": "investigation",
    "game": "game",
    "visit": "visit",
    "election": "election",
    "award": "award",
    "launch": "launch",
    "proposal": "proposal",
    "ruling": "ruling",
    "quake": "earthquake",
    "hostage": "hostage-taking",
    "killing_outcome": "killing",
    "disappearance": "disappearance",
    "check_in": "check-in",
}


def to_come(incident: str | None) -> str:
    """The event of an occasion's day a report looks forward to: "award to come" ("the date of the
    award to come"), a fact apart from the day the news of it was made."""
    return f"{EVENT_NOUNS.get(incident or '', incident or 'occasion')} to come"
