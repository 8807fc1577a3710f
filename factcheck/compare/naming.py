"""Facts named in plain words, for the alignment's slots and the series of events.

An event key ``lemma:agent>patient`` becomes a phrase an editor reads: "visit:vladimir_putin>
north_korea" is "Vladimir Putin's visit to North Korea", "shoot:>leeds" "the shooting in Leeds",
"injure:jo_reed" "Jo Reed's injury". Entity ids are turned back into names by their words
("north_korea" -> "North Korea"); a story's own spelling is not needed to read the fact.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from factcheck.extract.documents import named_by_its_thing
from factcheck.extract.quantities.money import NAMED_SUMS
from factcheck.extract.quantities.phrases import plural_phrase
from factcheck.values import DAMAGE, MONTHS, PER_SHARE, PRICE, SALARY, STOLEN, ordinal_word

# Extraction's event lemmas as nouns ("die" -> "death"); a lemma missing here reads as itself.
_NOUNS = {
    "adopt": "adoption",
    "propose": "proposal",
    "build": "construction",
    "found": "founding",
    "die": "death",
    "kill": "killing",
    "injure": "injury",
    "shoot": "shooting",
    "crash": "crash",
    "quake": "earthquake",
    "burn": "fire",
    "explode": "explosion",
    "flood": "flooding",
    "attack": "attack",
    "invade": "invasion",
    "arrest": "arrest",
    "charge": "charging",
    "convict": "conviction",
    "sentence": "sentencing",
    "acquit": "acquittal",
    "elect": "election",
    "win": "win",
    "resign": "resignation",
    "appoint": "appointment",
    "check_in": "check-in",
    "visit": "visit",
    "travel": "trip",
    "meet": "meeting",
    "summit": "summit",
    "veto": "veto",
    "launch": "launch",
    "fire": "firing",
    "sanction": "sanctions",
    "sign": "signing",
    "recognise": "recognition",
    "collapse": "collapse",
    "close": "closure",
    "impose": "imposition",
    "send": "delivery",
    "buy": "purchase",
    "accuse": "accusation",
    "release": "release",
    "evacuate": "evacuation",
    "rescue": "rescue",
    "born": "birth",
    "marry": "wedding",
    "invite": "invitation",
    "host": "hosting",
    "open": "opening",
    "report": "report",
}
# Lemmas whose patient is where the event happened rather than what it was done to.
_IN_PLACE = frozenset(
    {"shoot", "crash", "quake", "burn", "explode", "flood", "attack", "kill", "injure", "die", "born"}
)
_TO_PLACE = frozenset({"visit", "travel", "send", "invade"})
# Nouns that name a measure themselves: "the depth", not "the length of depth".
_MEASURE_NOUNS = frozenset(
    {
        "depth",
        "height",
        "length",
        "width",
        "thickness",
        "distance",
        "magnitude",
        "area",
        "weight",
        "size",
        "speed",
        "diameter",
        "altitude",
        "elevation",
        "temperature",
        "level",
        "crest",
        "rainfall",
        "snowfall",
    }
)


def entity_name(entity_id: str) -> str:
    """An entity id read back as a name: "north_korea" -> "North Korea", "jo_reed+al_ray" -> "Jo Reed
    and Al Ray"."""
    return " and ".join(
        " ".join(w.capitalize() for w in part.split("_") if w) for part in entity_id.split("+")
    )


def event_phrase(event: str, people: Collection[str] = ()) -> str:
    """An event key in words: "Vladimir Putin's visit to North Korea", "the shooting in Leeds", "the
    killing of Jo Reed" (a patient among ``people``, the story's people by entity id, is whom it was
    done to, not where)."""
    lemma, _, rest = event.partition(":")
    agent, _, patient = rest.partition(">")
    noun = _NOUNS.get(lemma, lemma or "event")
    phrase = f"{entity_name(agent)}'s {noun}" if agent else f"the {noun}"
    if patient:
        in_place = lemma in _IN_PLACE and patient not in people
        preposition = "in" if in_place else "to" if lemma in _TO_PLACE else "of"
        thing = f"the {patient}" if named_by_its_thing(lemma, patient) else entity_name(patient)
        phrase += f" {preposition} {thing}"
    return phrase


def series_phrase(event: str) -> str:
    """A series of events in words: "Vladimir Putin's visits to North Korea"."""
    phrase = event_phrase(event)
    lemma = event.partition(":")[0]
    noun = _NOUNS.get(lemma, lemma or "event")
    plural = noun if noun.endswith("s") else noun + "s"
    return phrase.replace(f" {noun}", f" {plural}", 1) if f" {noun}" in phrase else phrase


def _occasion_phrase(occasion: str) -> str:
    """An alignment occasion in words, after a fact: "" for the story's own time, " (in 2003)" for a
    past year range, " (on October 19)" for a day whose year no report gives."""
    if occasion == "current":
        return ""
    if occasion.startswith("unresolved "):
        day = re.fullmatch(r"XXXX-(\d\d)(?:-(\d\d))?", occasion.removeprefix("unresolved "))
        if day is None or not 1 <= int(day[1]) <= 12:
            return " (at another time)"
        month = MONTHS[int(day[1]) - 1]
        return f" (on {month} {int(day[2])})" if day[2] else f" (in {month})"
    first, _, last = occasion.partition("-")
    return f" (in {first})" if first == last else f" (in {first} to {last})"


# What a story-wide sum is of, in words (a deal's is "the value of the deal")
_SUMS = {
    PRICE: PRICE,
    PER_SHARE: PER_SHARE,
    SALARY: SALARY,
    STOLEN: "value of what was stolen",
    DAMAGE: "cost of the damage",
    **{noun: noun for noun in NAMED_SUMS},  # "the bail in the release of Jo Reed"
}


def slot_name(key: tuple[str, ...], counted: Iterable[str] = (), people: Collection[str] = ()) -> str:
    """An alignment slot's fact in words (see :mod:`factcheck.compare.align` for the keys); ``counted``,
    what its claims count as extraction wrote it, gives a name back its case ("from Kelby"); ``people``
    are the story's people, by entity id."""
    family = key[0]
    if family == "quantity" and counted:
        key = (*key[:3], cased_like(key[3], counted), *key[4:])
    if family == "time":
        return f"the time of {event_phrase(key[1], people)}"
    if family == "quantity":
        occasion = _occasion_phrase(key[4])
        whose = "the story" if key[1] == "the story" else _subject_phrase(key[1], people)
        lemma, _, agent = key[1].partition(":")
        if key[2] == "count" and lemma == "fire" and key[3].endswith(" fired") and agent and ">" not in agent:
            # "the number of shots fired by Ana Holt", not "in Ana Holt's firing" (a dismissal's word too)
            return f"the number of {plural_phrase(key[3])} by {entity_name(agent)}{occasion}"
        if key[2] == "count":
            return f"the number of {plural_phrase(key[3])} in {whose}{occasion}"
        if key[2] == "money" and key[1] != "the story" and ":" not in key[1]:
            # a person's own: "the value of Ivo Marsh's deal", "Ivo Marsh's salary"
            thing = _SUMS.get(key[3])
            return f"{whose}'s {thing}{occasion}" if thing else f"the value of {whose}'s {key[3]}{occasion}"
        if key[2] == "money":
            thing = _SUMS.get(key[3], f"value of the {key[3]}")
            return f"the {thing} in {whose}{occasion}"
        words = key[3].split()
        if words and (words[0] in _MEASURE_NOUNS or words[-1] in _MEASURE_NOUNS or key[2] == "percent"):
            # "depth", "aftershock magnitude", "distance from the town", a share ("premium"): the thing
            # names its measure
            return f"the {key[3]} in {whose}{occasion}"
        return f"the {key[2]} of {key[3]} in {whose}{occasion}"
    if family == "harm":
        occasion = _occasion_phrase(key[2])
        whose = "the story" if key[1] == "the story" else _subject_phrase(key[1], people)
        return f"the harm done in {whose}{occasion}"
    if family == "age":
        return f"the age of {entity_name(key[1].replace(' ', '_'))}"
    if family == "title":
        ordinal = f"{ordinal_word(int(key[3]))} " if key[3].isdigit() else ""
        organisation = f" of {entity_name(key[2])}" if key[2] else ""
        return f"who is the {ordinal}{key[1]}{organisation}"
    if family == "edition":
        return f"the edition of the {cased_like(key[1], counted)}"  # counted: the titles, as written
    if family == "person-title":
        return f"which {key[2]} {entity_name(key[1].replace(' ', '_'))} is"
    return f"the place of {event_phrase(key[1], people)}"


def cased_like(words: str, counted: Iterable[str]) -> str:
    """``words`` (a normalised key, in lower case) with each word a name in ``counted`` in its case."""
    names = {word.lower(): word for phrase in counted for word in phrase.split() if not word.islower()}
    return " ".join(names.get(word, word) for word in words.split())


def _subject_phrase(subject: str, people: Collection[str] = ()) -> str:
    return event_phrase(subject, people) if ":" in subject else entity_name(subject.replace(" ", "_"))
