"""The town of the story's incident: which place mentions say where it happened, and which one a
report means when it names several (a neighbourhood and its city, its station's dateline town).

Only towns the gazetteer knows count, as written (not an alternate name of a town elsewhere, nor the
start of a county's or a street's name).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache

from factcheck.extract.gazetteer import Place, fold, namesakes, place_names, slug, states
from factcheck.extract.name_words import PART_OF_A_PLACE, town_of_a_thing
from factcheck.extract.patterns import search_at_end
from factcheck.records import Entity

# "shot in Leeds", "a crash near Leeds", "in north Leeds", "outside of Leeds": the place of what the
# clause tells.
_LOCATIVE = re.compile(
    r"\b(?:in|at|near|outside(?:\s+of)?)\s+(?:the\s+(?:city|town|village)\s+of\s+)?"
    r"(?:(?:" + "|".join(sorted(PART_OF_A_PLACE)) + r")\s+)?\Z",
    re.I,
)
# A dateline: "LEEDS -", "Leeds, England (AP) -", "LEEDS, Yorks. (June 15, 2014) -", "LEEDS, Ala. --".
_DATELINE_AFTER = re.compile(
    r"(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s*(?:\([^()]{1,40}\))?\s*(?:--?|>>|[\u2013\u2014:])\s"
)
# "Leeds police said", "police in Leeds are investigating": a local force names its town.
_FORCE_AFTER = re.compile(r"(?:\s+Metropolitan|\s+City)?\s+(?:police|officers|detectives)\b", re.I)
_FORCE_BEFORE = re.compile(r"\b(?:police|police\s+officers|detectives)\s+in\s+\Z", re.I)


# "a trauma center in Leeds", "transported four victims to Mercy in Leeds": where the wounded were
# taken.
_HOSPITAL_BEFORE = re.compile(
    r"(?:\b(?:hospital|medical\s+cent(?:er|re)|trauma\s+cent(?:er|re)|clinic|infirmary)\s+(?:\w+\s+){0,2}?"
    # not past a clause of the incident ("taken to hospitals after a shooting in Leeds")
    r"|\b(?:taken|transported|rushed|flown|airlifted|brought)\s+(?:[^.;]{0,60}?\s)?to\s+"
    r"(?:(?!\b(?:after|following|when|during|while)\b)[^.;]){0,60}?\s)"
    r"(?:in|at|near)\s+(?:the\s+city\s+of\s+|nearby\s+)?\Z",
    re.I,
)


# Incidents that happen where people are cared for: "died at a hospital in Leeds", "checked into a
# clinic in Leeds" tell where they happened
_AT_A_PLACE_OF_CARE = frozenset({"death", "check_in"})


def place_evidence(claim, text: str, incident: bool, incident_class: str | None = None) -> int | None:
    """How a place mention says it is the incident's (lower is stronger), or None when it does not:
    0 the place of the incident's own clause (``incident``: the claim's clause tells the incident),
    1 the town of the police that speak of it, 2 a dateline. The town of a hospital is none, but in
    the story of an incident (of ``incident_class``) that happens at one: a death, a check-in."""
    at = fold(text[claim.start : claim.end]).rfind(fold(claim.value.name))
    if not (incident_class in _AT_A_PLACE_OF_CARE and incident) and _HOSPITAL_BEFORE.search(
        text, claim.sentence_start, claim.start + max(at, 0)
    ):
        return None
    extracted = claim.predicate == "place" and ":lead:" not in claim.id
    if incident and (extracted or _LOCATIVE.search(text, claim.sentence_start, claim.start)):
        return 0
    if incident and _written_where_a_thing_is(claim, text, at):
        return 0
    if _FORCE_AFTER.match(text, claim.end) or _FORCE_BEFORE.search(text, claim.sentence_start, claim.start):
        return 1
    if claim.start == claim.sentence_start and _DATELINE_AFTER.match(text, claim.end):
        return DATELINE_EVIDENCE
    return None


DATELINE_EVIDENCE = 2
# "taken to a Leeds hospital": the town of where the wounded were taken
_HOSPITAL_AFTER = re.compile(r"\s+(?:area\s+)?(?:hospital|medical|trauma|clinic|infirmary)\b", re.I)


def _written_where_a_thing_is(claim, text: str, at: int) -> bool:
    """Whether the town a place claim names, written ``at`` characters into its quote, is that of a thing
    in the clause (:func:`~factcheck.extract.name_words.town_of_a_thing`), other than a hospital."""
    # a district's claim made for its city (``<id>:town``) writes the district, not the city
    start, end = (
        (claim.start + at, claim.start + at + len(claim.value.name)) if at >= 0 else (claim.start, claim.end)
    )
    return town_of_a_thing(text, start, end) and not _HOSPITAL_AFTER.match(text, end)


# What a town's name goes on to name when it is not the town: "Orange County", "Turk Street", "Belmont
# and Junction avenues", "Leeds High School"; in a folded text, the county's and the street's names.
_SUBDIVISIONS = r"County|Parish|Township|Borough|Street|Avenue|Road|Boulevard|Drive"
NOT_THE_TOWN_AFTER = re.compile(
    r"\s+(?:" + _SUBDIVISIONS + r"|St\b|Streets|Ave\b|Rd\b|Lane|"
    r"Park|Neighborhood|Neighbourhood|neighborhood|neighbourhood|section|area|district|community|High|"
    r"School|Hospital|University|College|Center|Centre|Mall|Airport)\b"
    r"|\s+and\s+(?:[A-Z][\w.'-]*\s+){1,2}(?:[Ss]treets|[Aa]venues|[Rr]oads|[Bb]oulevards|[Dd]rives)\b"
)
_NOT_THE_TOWN_FOLDED = re.compile(r"\s+(?:" + _SUBDIVISIONS + r")\b", re.I)
# "in a Leeds neighborhood", "an east Leeds community": one part of the town, where "the Leeds
# neighborhood" is one named for it
_ONE_PART_AFTER = re.compile(r"\s+(?:neighbou?rhood|section|district|community)\b", re.I)
_ONE_OF_ITS_PARTS_BEFORE = re.compile(r"\b[Aa]n?\s+(?:[a-z]+\s+)?\Z")


def written_as_town(claim, text: str) -> bool:
    """Whether a place claim names a gazetteer town as written: not an alternate name of a town
    elsewhere ("Puna" read as "Pune"), nor the start of a county, street or building's name."""
    place = place_names().get(fold(claim.value.name))
    if place is None or place.kind != "city":
        return False
    written = fold(text[claim.start : claim.end])
    at = written.rfind(fold(claim.value.name))
    if at < 0:
        return False
    end = claim.start + at + len(claim.value.name)
    if _ONE_PART_AFTER.match(text, end):
        return search_at_end(_ONE_OF_ITS_PARTS_BEFORE, text, claim.start + at) is not None
    return not NOT_THE_TOWN_AFTER.match(text, end)


# The tag of the ids of the towns :mod:`~factcheck.compare.town_readings` reads.
UNKNOWN_TOWN = "unknown-town"


def is_unknown_town(claim) -> bool:
    """Whether a claim is a town the gazetteer does not know, read by
    :mod:`~factcheck.compare.town_readings`."""
    return f":{UNKNOWN_TOWN}:" in claim.id


def place_tier(claim, text: str) -> str | None:
    """Which of :data:`PLACE_TIERS` a place claim may be the incident's place in, if any: a town the
    gazetteer knows (:func:`written_as_town`) or one it does not
    (:mod:`~factcheck.compare.town_readings`)."""
    if is_unknown_town(claim):
        return PLACE_TIERS[1]
    return PLACE_TIERS[0] if written_as_town(claim, text) else None


# The place fact's claims by tier, strongest first: the incident's place is read from the first tier
# with a place in it (:func:`incident_place`).
PLACE_TIERS = ("", "unknown town")


def best_place_in_each_source(claims: list, texts: Mapping[str, str], evidence: Callable) -> list:
    """Of the towns one report places the incident in, the one most reports of the story name (a
    neighbourhood is named by fewer than its city), then the larger (a neighbourhood that shares its
    name with a town elsewhere is still smaller than its city), then the one its strongest evidence
    gives: the incident's own clause before the police force's town before the dateline (a station's
    dateline is often its own city), the first in the text among equals. ``evidence(claim)`` is
    :func:`place_evidence` of the claim."""
    names = {claim.value.name for claim in claims}
    # not through fold's cache, which would keep every report folded (4 MB for 5,000 sources)
    folded = [fold.__wrapped__(text) for text in texts.values()]
    reach = {name: sum(_names_the_town(name, text) for text in folded) for name in names}
    size = {name: getattr(place_names().get(fold(name)), "population", 0) for name in names}
    by_source: dict[str, list] = {}
    for claim in claims:
        strength = evidence(claim)
        # a claim made for a district's city may have none where the district's own claim had some
        weakest = math.inf if strength is None else strength
        rank = (-reach[claim.value.name], -size[claim.value.name], weakest, claim.start)
        by_source.setdefault(claim.source, []).append((rank, claim))
    kept = []
    for members in by_source.values():
        best = min(members, key=lambda item: item[0])[1].value.name
        kept.extend(claim for _, claim in members if claim.value.name == best)
    return kept


def incident_place(
    tiers: Sequence[list], claims: Iterable, texts: Mapping[str, str], evidence: Callable
) -> tuple[list, list]:
    """The place fact's claims, and the claims made for cities, from the claims of each of
    :data:`PLACE_TIERS`: the gazetteer's towns of the story's region (:func:`towns_of_the_region`,
    ``claims`` every claim and reading of the story) that each report places the incident in
    (:func:`best_place_in_each_source`); when no report places it in one, the towns the gazetteer
    does not know that the story writes as towns ("Dunmore, Ark.", "the Dunmore police") or that two
    reports place the incident in."""
    towns, unknown = tiers
    places = [c for c in claims if c.kind == "entity" and c.value.kind == "place"]
    kept, made = towns_of_the_region(towns, places, texts) if towns else ([], [])
    found = best_place_in_each_source(kept, texts, evidence)
    if found or not unknown:
        return found, made
    # each name is looked for in every report: only the names most claims give, so that a big story
    # with a name in every report's sentence ("in Week 3") costs no more than a few searches
    claimed = Counter(claim.value.name for claim in unknown)
    names = sorted(claimed, key=lambda name: (-claimed[name], name))[:_UNKNOWN_NAMES_LOOKED_FOR]
    # two reports that place the incident in a name, in its own clause, say it is a place; each claim's
    # evidence is read once, here, and ranked with below
    strength = {claim.id: evidence(claim) for claim in unknown}
    placing = Counter(name for name, _ in {(c.value.name, c.source) for c in unknown if strength[c.id] == 0})
    written = {name for name in names if placing[name] >= 2 or _written_as_a_town(name, texts.values())}
    kept = [claim for claim in unknown if claim.value.name in written]
    return best_place_in_each_source(kept, texts, lambda claim: strength[claim.id]), made


_UNKNOWN_NAMES_LOOKED_FOR = 20


def _names_the_town(name: str, folded: str) -> bool:
    """Whether a folded text writes a town's name as the town's: not only in "Leeds County"."""
    written = fold(name)
    at = folded.find(written)
    while at >= 0:
        if not _NOT_THE_TOWN_FOLDED.match(folded, at + len(written)):
            return True
        at = folded.find(written, at + 1)
    return False


def a_surname(claim, people: list[str]) -> bool:
    """Whether a one-word town's name is the surname of one of ``people`` (the full names of the
    participants its report names): "shot at Taylor" of Cary Taylor speaks of the person."""
    name = claim.value.name
    return " " not in name and any(" " in person and person.split()[-1] == name for person in people)


def town_of_id(entity_id: str):
    """The gazetteer place an event key's patient id names, if any ("north_korea", "paris")."""
    return place_names().get(entity_id.replace("_", " "))


# A neighbourhood lies this close to the centre of its city at most (a borough of New York, a
# district of Chicago), and its city has at least this many times its people: a town of its own
# beside a city is usually further out, or nearer its size.
DISTRICT_KM = 15.0
DISTRICT_SIZE_RATIO = 4


# asked of what every report writes after a town's comma, and a story's reports write a few such words
@lru_cache(maxsize=1024)
def states_written(token: str) -> frozenset[str]:
    """The US states (postal codes) a word after a town's comma may name: its name ("Florida"), its
    code ("FL"), or an abbreviation with dots: one per word of the name, each the start of its word
    ("N.J.", "W.Va."), or for a name of one word its first letter and some others in order ("Fla.",
    "Pa.", "Calif."). An abbreviation can fit several states ("Ala.": Alabama and Alaska)."""
    token = token.strip()
    by_name = {fold(name): code for code, name in states().items()}
    if fold(token) in by_name:
        # "Coney Island, New York": a state's name that is also a bigger city's names the city
        named = place_names().get(fold(token))
        return frozenset({by_name[fold(token)]}) if named is None or named.kind == "state" else frozenset()
    if token in states():
        return frozenset({token})
    parts = [part.lower() for part in token.split(".")]
    if not token.endswith(".") or parts[-1] or not all(part.isalpha() for part in parts[:-1]):
        return frozenset()
    parts = parts[:-1]

    def fits(part: str, word: str) -> bool:
        return re.match(".*?".join(map(re.escape, part)), word) is not None

    found = set()
    for code, name in states().items():
        words = name.lower().split()
        if len(parts) > 1:
            if len(words) == len(parts) and all(fits(p, w) for w, p in zip(words, parts, strict=True)):
                found.add(code)
        elif len(words) == 1 and len(parts[0]) >= 2 and fits(parts[0], words[0]):
            found.add(code)
    return frozenset(found)


def _state_of(written: str) -> frozenset[str]:
    """The states a capitalised phrase after a comma names, reading its longest start that is one
    ("New Jersey", "Florida" of "Florida police")."""
    words = written.split()
    return states_written(written) or (states_written(words[0]) if len(words) > 1 else frozenset())


# "Leeds, Ala.", "Leeds, N.J.", "Leeds, New Jersey", "LEEDS, AL": a town written with its state.
_STATE_AFTER = re.compile(
    r",\s+(?P<state>(?:[A-Z][a-z]?\.){2,}|[A-Z][a-z]{1,5}\.|[A-Z]{2}\b|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
)
_TOWN_WITH_STATE = re.compile(r"\b[A-Z][\w'.-]*" + _STATE_AFTER.pattern)


def _states_written_in(text: str) -> set[str]:
    """What the text writes after a town's comma that may be a state ("Fla.", "New Jersey")."""
    return {match.group("state") for match in _TOWN_WITH_STATE.finditer(text)}


def region_of_story(places: Iterable[str], texts: Iterable[str] = ()) -> tuple[str | None, str] | None:
    """The (country, first-level division) the story's places agree on: the one where most of the
    names it writes (``places``: towns and states; the states ``texts`` write after a town's comma)
    have a namesake, when at least two do and no other region has as many; None when the names do not
    tell ("Birmingham" alone is in England, Alabama and Michigan; "Ala." may be Alabama or Alaska)."""
    support: dict[tuple[str | None, str], int] = {}
    written = {_state_of(found) for text in texts for found in _states_written_in(text)}
    regions = [{("US", code) for code in codes} for codes in written if codes]
    for name in {fold(name) for name in places} - {
        fold(states()[code]) for codes in written for code in codes
    }:
        place = place_names().get(name)
        found = [place] if place is not None and place.kind == "state" else list(namesakes(name))
        options = {(p.country, p.region) for p in found if p.region}
        # a state that shares its name with a country the gazetteer knows by it ("Georgia")
        options |= {("US", code) for code, state in states().items() if fold(state) == name}
        regions.append(options)
    for options in regions:
        for region in options:
            support[region] = support.get(region, 0) + 1
    ranked = sorted(support.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


# What only a town has: "Leeds police", "Leeds Police Department", "Leeds Mayor Jo Reed", "the
# city of Leeds".
_MUNICIPAL_AFTER = re.compile(
    _FORCE_AFTER.pattern + r"|\s+(?:Police\s+Department|mayor|city\s+council)\b", re.I
)
_MUNICIPAL_BEFORE = re.compile(r"\b(?:city|town|village|borough)\s+of\s+\Z", re.I)


def _written_as_a_town(name: str, texts: Iterable[str]) -> int:
    """How a report writes the name as a place of its own: 2 as a town, which city districts are not:
    with its state abbreviated ("Leeds, Ala.", "Leeds, AL"), with its own police or mayor ("Leeds
    police"), as "the city of Leeds"; 1 with a state's name ("Leeds, Alabama", but also "Coney Island,
    New York", the city) or as a dateline ("LEEDS (AP) -", which may be a district's); 0 neither."""
    pattern = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", re.I)
    level = 0
    for text in texts:
        for match in pattern.finditer(text):
            if _MUNICIPAL_AFTER.match(text, match.end()) or search_at_end(
                _MUNICIPAL_BEFORE, text, match.start()
            ):
                return 2
            state = _STATE_AFTER.match(text, match.end())
            if state and _state_of(state.group("state")):
                if re.fullmatch(r"[A-Z]{2}|.*\.", state.group("state")):
                    return 2
                level = 1
            line_start = match.start() == 0 or text[match.start() - 1] == "\n"
            if line_start and _DATELINE_AFTER.match(text, match.end()):
                level = 1
    return level


def towns_of_the_region(claims: list, places: Iterable, texts: Mapping[str, str]) -> tuple[list, list]:
    """The place fact's claims read in the story's region (:func:`region_of_story` of the towns and
    states that ``places``, every place claim of the story, write): a town the gazetteer knows only outside that region is a
    neighbourhood or a street sharing its name with a town elsewhere, not the incident's town, and is
    dropped; a town lying within :data:`DISTRICT_KM` of a much larger town that its own report names
    is a district of that city, and its claim stands for the city ("shot in Jamaica Plain" with
    "Boston police"). A town a report writes with its state abbreviated is a town of its own
    whatever the gazetteer knows; one it writes as a dateline or with a state's name may be a
    district, but is never dropped (:func:`_written_as_a_town`). Returns the claims kept and the claims made for cities
    (``<id>:town``: the district's quote, the city as value)."""
    state_names = {fold(name) for name in states().values()}
    names = sorted(
        {
            fold(place.value.name)
            for place in places
            if written_as_town(place, texts[place.source]) or fold(place.value.name) in state_names
        }
    )
    region = region_of_story(names, texts.values())
    story = f" {_words(texts.values())} "
    written = {name: _written_as_a_town(name, texts.values()) for name in {c.value.name for c in claims}}
    kept, made = [], []
    # the city a town's name stands for is the same in every claim that writes it: found once
    cities: dict[str, Place | None] = {}
    for claim in claims:
        if written[claim.value.name] == 2:
            kept.append(claim)
            continue
        own = [p for p in namesakes(claim.value.name) if region is None or (p.country, p.region) == region]
        if not own and not written[claim.value.name]:
            continue
        if claim.value.name not in cities:
            cities[claim.value.name] = _city_of_district(own, names, region, story)
        city = cities[claim.value.name]
        if city is None:
            kept.append(claim)
            continue
        value = Entity(id=slug(city.name), kind="place", name=city.name)
        town = claim.model_copy(update={"id": f"{claim.id}:town", "subject": value.id, "value": value})
        kept.append(town)
        made.append(town)
    return kept, made


def _words(texts: Iterable[str]) -> str:
    """The words (``[a-z0-9]+`` once folded) of ``texts``, one space between each: text by text, for a
    story of 5,000 sources writes a million words, and a list of them was 50 MB; and not through the
    cache of :func:`fold`, which would keep every text and its folded copy."""
    folded = (_NOT_WORD.sub(" ", fold.__wrapped__(text)).strip(" ") for text in texts)
    return " ".join(words for words in folded if words)


_NOT_WORD = re.compile(r"[^a-z0-9]+")


def _city_of_district(
    district: list[Place], names: list[str], region: tuple[str | None, str] | None, text: str
) -> Place | None:
    """The nearest city, named in ``text`` (folded, words between spaces), that the district lies in."""
    nearest = None
    for name in names:
        if f" {' '.join(re.findall(r'[a-z0-9]+', name))} " not in text:
            continue
        for city in namesakes(name):
            if region is not None and (city.country, city.region) != region:
                continue
            for place in district:
                if (
                    (place.country, place.region) == (city.country, city.region)
                    and city.population >= DISTRICT_SIZE_RATIO * max(place.population, 1)
                    and (km := _km(place, city)) <= DISTRICT_KM
                    and (nearest is None or km < nearest[0])
                ):
                    nearest = (km, city)
    return nearest[1] if nearest else None


def _km(a: Place, b: Place) -> float:
    """The great-circle distance between two places, in kilometres."""
    la, lb = math.radians(a.latitude), math.radians(b.latitude)
    dlat, dlon = lb - la, math.radians(b.longitude - a.longitude)
    h = math.sin(dlat / 2) ** 2 + math.cos(la) * math.cos(lb) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))
