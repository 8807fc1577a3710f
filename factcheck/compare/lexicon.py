"""The words news uses for what happened, grouped by meaning.

An *event class* is one kind of happening whatever the word that names it:
"shooting", "shot", "gunfire" and "opened fire" are all ``shooting``;
"arrested", "taken into custody" and "turned himself in" are all ``arrest``.
The classes cover the kinds of stories the checker reads (crime, accidents,
disasters, courts, sport, politics, business and culture); each word is
listed in every inflection so that finding them is a dictionary lookup.

Classes have a *kind*:

- ``incident``: a happening a story can be about (a shooting, a crash, a
  game, a visit): the story frame's incident is one of these;
- ``outcome``: what an incident did to people (deaths, injuries): it belongs
  to the incident of its sentence, not to an event of its own;
- ``follow_up``: what comes after an incident (an arrest, charges, a court
  hearing, a funeral): a separate event with its own date and place.
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.extract.patterns import word_trie
from factcheck.extract.word_senses import another_sense, overturned_vehicle

# gatherings to mourn: "friends gathered Sunday to remember the teen shot on Thursday" (not "gathered"
# alone: a party where shots were fired is a gathering too)
_MOURN = ("to mourn", "to remember", "to honor", "to honour", "to pray")
# class -> (kind, words). Multi-word phrases are matched as written, lowercased.
EVENT_CLASSES: dict[str, tuple[str, tuple[str, ...]]] = {
    "shooting": (
        "incident",
        (
            "shooting",
            "shootings",
            "shoot",
            "shoots",
            "shot",
            "gunfire",
            "gunshot",
            "gunshots",
            "opened fire",
            "open fire",
            "opens fire",
            "fired shots",
            "fired a shot",
            "fired several shots",
            "fired multiple shots",
            "fired two shots",
            "fired three shots",
            # not "fired at" alone: a coach may be "fired at halftime"
            "fired at him",
            "fired at her",
            "fired at them",
            "fired at police",
            "fired at officers",
            "fired at the officers",
            "fired at the car",
            "fired at the vehicle",
            "fired at the house",
            "fired into",
            "shots were fired",
            "shot was fired",
            "shots had been fired",
            "rounds were fired",
            "shots fired",
            "shots rang out",
            "drive-by",
            "shootout",
            "gunned down",
            "gunshot wound",
            "gunshot wounds",
            # the killing itself, not a death that may come days later
            "shot to death",
        ),
    ),
    "stabbing": ("incident", ("stabbing", "stabbings", "stabbed", "stab", "stabs", "knifed", "knife attack")),
    "killing": (
        "incident",
        (
            "killings",
            "murder",
            "murders",
            "murdered",
            "homicide",
            "homicides",
            "slaying",
            "slayings",
            "slain",
            "murder-suicide",
            "murder-suicides",
            "manslaughter",
            "strangled",
            "beaten to death",
        ),
    ),
    "assault": ("incident", ("assault", "assaulted", "attacked", "beating", "beaten", "mugging", "mugged")),
    "robbery": (
        "incident",
        (
            "robbery",
            "robberies",
            "robbed",
            "holdup",
            "hold-up",
            "carjacking",
            "carjacked",
            "burglary",
            "burglarized",
            "break-in",
            "heist",
            "held up",
            "stole",
            "stolen",
        ),
    ),
    "crash": (
        "incident",
        (
            "crash",
            "crashes",
            "crashed",
            "collision",
            "collided",
            "wreck",
            "wrecked",
            "accident",
            "derailed",
            "derailment",
            "overturned",
            "plunged",
            "ran off the road",
            "skidded off",
            "veered off",
            "slid off",
            "overran the runway",
            "overshot the runway",
            "hit-and-run",
            "struck by a",
            "hit by a",
            "struck and killed",
            "run over",
        ),
    ),
    "fire": (
        "incident",
        (
            "blaze",
            "blazes",
            "fire broke out",
            "caught fire",
            "caught alight",
            "wildfire",
            "wildfires",
            "arson",
            "torched",
            "set ablaze",
            "set on fire",
            "went up in flames",
            "inferno",
            "burned down",
            "burnt down",
            "gutted",
            # the noun with what a fire does, or the kind of fire ("fire" alone is a gun's as often:
            # "opened fire", "returned fire", and the fire service's)
            "fire destroyed",
            "fire tore through",
            "fire ripped through",
            "fire swept through",
            "fire raced through",
            "fire engulfed",
            "fire gutted",
            "fire damaged",
            "fire started",
            "fire spread",
            "fire was reported",
            "the fire",  # not the fire service's ("the fire department"): extract.events.fire_service
            "house fire",
            "apartment fire",
            "structure fire",
            "warehouse fire",
            "factory fire",
            "forest fire",
            "brush fire",
            "bush fire",
            "huge fire",
            "massive fire",
            "large fire",
            "major fire",
            "deadly fire",
            "fatal fire",
        ),
    ),
    "explosion": (
        "incident",
        (
            "explosion",
            "explosions",
            "exploded",
            "explodes",
            "exploding",
            "blew up",
            "blown up",
            "blast",
            "blasts",
            "bombing",
            "bombings",
            "bombed",
            "detonated",
        ),
    ),
    "quake": ("incident", ("earthquake", "earthquakes", "quake", "quakes", "tremor", "tremors")),
    "aftershock": ("incident", ("aftershock", "aftershocks")),
    "storm": (
        "incident",
        (
            "storm",
            "storms",
            "hurricane",
            "typhoon",
            "cyclone",
            "tornado",
            "tornadoes",
            "flood",
            "floods",
            "flooding",
            "flooded",
        ),
    ),
    "landslide": ("incident", ("landslide", "landslides", "mudslide", "mudslides", "rockslide", "rockfall")),
    "avalanche": ("incident", ("avalanche", "avalanches")),
    "attack": (
        "incident",
        (
            "attack",
            "attacks",
            "airstrike",
            "airstrikes",
            "air strike",
            "air strikes",
            "drone strike",
            "drone strikes",
            "missile strike",
            "missile strikes",
            "ambush",
            "ambushed",
            "raid",
        ),
    ),
    # workers' stoppage (an attack from the air is the attack's, read first as the longer phrase); not
    # "walked out", of a door as often
    "strike": (
        "incident",
        (
            "strike",
            "strikes",
            "on strike",
            "walkout",
            "walkouts",
            "industrial action",
            "strikers",
        ),
    ),
    "rescue": ("incident", ("rescue", "rescued", "rescues", "rescuers", "saved")),
    # a building, a bridge, a mine; "collapsed" of a person ("he collapsed in the street") too, which
    # dates a shooting's claims only where no word of the shooting is nearer
    "collapse": ("incident", ("collapse", "collapsed", "collapses", "caved in", "cave-in", "cave-ins")),
    # "sank" of a putt or a basket is in a game story, whose own words are nearer its claims
    "sinking": (
        "incident",
        ("sank", "sunk", "sinks", "sinking", "capsized", "capsize", "capsizes", "capsizing", "shipwreck"),
    ),
    # not "standoff": police stand off with many a gunman who took no hostage; not "held captive", said
    # of a kidnapping's victim as often
    "hostage": ("incident", ("hostage", "hostages", "hostage-taking", "siege")),
    # a ship, a plane or a bus seized; not "pirates", a team's name as often
    "hijacking": (
        "incident",
        ("hijacking", "hijackings", "hijacked", "hijack", "hijackers", "hijacker", "piracy"),
    ),
    "disappearance": (
        "incident",
        ("missing", "disappeared", "disappearance", "vanished", "abducted", "kidnapped", "kidnapping"),
    ),
    "escape": (
        "incident",
        (
            "escape from",
            "escaped from",
            "escapes from",
            "escapee",
            "escapees",
            "broke out of",
            "broken out of",
            "breakout",
            "jailbreak",
            "prison break",
        ),
    ),
    # a stay in a clinic begun: "checked into a rehab clinic", "entered rehab"
    "check_in": (
        "incident",
        (
            "checked into",
            "checks into",
            "checking into",
            "entered rehab",
            "enters rehab",
            "entering rehab",
            "in rehab",
            "to rehab",
            "into rehab",
            "rehab clinic",
            "rehab facility",
            "rehab center",
            "rehab centre",
            "treatment facility",
            "treatment center",
            "treatment centre",
        ),
    ),
    "riot": (
        "incident",
        ("riot", "riots", "rioting", "rioters", "clashes", "clashed", "unrest"),
    ),
    "game": (
        "incident",
        (
            "game",
            "games",
            "match",
            "matches",
            "beat",
            "beats",
            "defeated",
            "defeat",
            "win",
            "wins",
            "won",
            "victory",
            "loss",
            "lost",
            "routed",
            "edged",
            "rallied",
            "playoff",
            "final",
            "tie",
            "tied",
            # a fight: "retained his title with a ninth-round knockout"
            "bout",
            "bouts",
            "knockout",
            "knocked out",
            "stoppage",
            "title fight",
            "retain",
            "retains",
            "retained",
        ),
    ),
    "visit": (
        "incident",
        (
            "visit",
            "visits",
            "visited",
            "visiting",
            "trip",
            "trips",
            "tour",
            "toured",
            "travelled",
            "traveled",
        ),
    ),
    "summit": ("incident", ("summit", "summits", "talks")),
    "election": (
        "incident",
        (
            "election",
            "elections",
            "elected",
            "re-elected",
            "reelected",
            "vote",
            "voted",
            "referendum",
            "ballot",
        ),
    ),
    "appointment": (
        "incident",
        (
            "appointed",
            "appointment",
            "named",
            "nominated",
            "nomination",
            "hired",
            "hires",
            "promoted",
            "signed",
            "re-signed",
            "picked up",
            "acquired",
            "traded",
        ),
    ),
    # Not "fired" (a gun is fired far more often than a coach) nor "released" (from hospital, jail).
    # Not "retired" either: "a retired postman" describes a person.
    "dismissal": (
        "incident",
        (
            "sacked",
            "ousted",
            "resigned",
            "resignation",
            "quit",
            "stepped down",
            "waived",
            # "fired" alone (or "fired as", "the firing of") is a shot's as often: "fired coach Ivo
            # Marsh", "was fired as manager"
            "fired as coach",
            "fired as head coach",
            "fired as manager",
            "fired as general manager",
            "fired as chief executive",
            "fired coach",
            "fired head coach",
            "fired manager",
            "fired its coach",
            "fired their coach",
            "fired its manager",
            "fired their manager",
            "firing of coach",
            "firing of head coach",
            "firing of manager",
        ),
    ),
    # a product called back; not "recalled" or "recalling", of a memory as often
    "recall": ("incident", ("recall", "recalls")),
    "launch": (
        "incident",
        (
            "launch",
            "launched",
            "launches",
            "unveiled",
            "unveil",
            "introduced",
            "debuted",
            "premiere",
            "premiered",
        ),
    ),
    "ruling": (
        "incident",
        (
            "ruling",
            "ruled",
            "rules",
            "decision",
            "decided",
            "verdict",
            "rejected",
            "overturned",
            "upheld",
            "struck down",
            "approved",
            "blocked",
        ),
    ),
    "award": (
        "incident",
        (
            "award",
            "awards",
            "awarded",
            "prize",
            "honored",
            "honoured",
            "ceremony",
            "nominated",
            "host",
            "hosts",
            "hosted",
            "hosting",
        ),
    ),
    "proposal": (
        "incident",
        (
            "proposed",
            "proposal",
            "proposes",
            "unveiled",
            "introduced",
            "drafted",
            "finalized",
            "finalised",
            "adopted",
            "issued",
            "enacted",
            "passed",
        ),
    ),
    # What incidents do to people.
    # Killed in the incident: at its time. A death may come days later ("died Friday of his wounds"): it
    # is an outcome of the incident for counting, but does not date it (see DATES_INCIDENT).
    "killing_outcome": (
        "outcome",
        (
            "killed",
            "kills",
            "kill",
            "killing",
            "fatally",
            "shot dead",
            "gunned down",
            "lost their lives",
            "lost his life",
            "lost her life",
        ),
    ),
    "death": (
        "outcome",
        (
            "died",
            "dies",
            "die",
            "dead",
            "death",
            "deaths",
            "fatal",
            "fatalities",
            "fatality",
            "perished",
            "drowned",
            "passed away",
            # the death, not the wound: "succumbed to his injuries on Sunday"
            "succumbed",
            "succumbed to his injuries",
            "succumbed to her injuries",
            "succumbed to their injuries",
            "succumbed to his wounds",
            "succumbed to her wounds",
            "succumbed to their wounds",
            "pronounced dead",
            "found dead",
            "body",
            "bodies",
        ),
    ),
    "injury": (
        "outcome",
        (
            "injured",
            "injuries",
            "injury",
            "injuring",
            "wounded",
            "wounds",
            "wounding",
            "hurt",
            "smoke inhalation",
            # a body's own attack is no one's attack: "died nine days after suffering a heart attack"
            "heart attack",
            "heart attacks",
            "asthma attack",
            "panic attack",
            "anxiety attack",
        ),
    ),
    # The call for help and the answer to it, minutes after the incident: "officers responded to a report
    # of gunfire about 1 a.m. Sunday", "when officers arrived Friday night" and "a neighbour called 911 at
    # 2:10 a.m. Friday" date it.
    "response": (
        "outcome",
        (
            # the responders named: "the mayor responded to criticism" is no call for help
            "police responded",
            "officers responded",
            "deputies responded",
            "troopers responded",
            "firefighters responded",
            "paramedics responded",
            "crews responded",
            "responded to a call",
            "responded to calls",
            "responded to a report",
            "responded to reports",
            "responding to a call",
            "responding to calls",
            "responding to a report",
            "responding to reports",
            "were dispatched",
            # "officers were sent to the depot at 11:48 p.m.": the responders named, as for "responded"
            "police were sent",
            "officers were sent",
            "deputies were sent",
            "troopers were sent",
            "firefighters were sent",
            "paramedics were sent",
            "was dispatched",
            "called 911",
            "911 call",
            "911 calls",
            "were called to",
            "police arrived",
            "officers arrived",
            "deputies arrived",
            "troopers arrived",
            "firefighters arrived",
            "paramedics arrived",
        ),
    ),
    # The incident found out, some time after it: "the escape was discovered at 5 a.m.", "guards noticed
    # the inmates were gone": the time is the discovery's
    "discovery": (
        "outcome",
        (
            "was discovered",
            "were discovered",
            "discovered missing",
            "found missing",
            "noticed",
            "was recovered",
            "were recovered",
            "was retrieved",
            "were retrieved",
        ),
    ),
    # What comes after.
    "arrest": (
        "follow_up",
        (
            "arrest",
            "arrests",
            "arrested",
            "detained",
            "detention",
            "custody",
            "apprehended",
            "surrendered",
            "turned himself in",
            "turned herself in",
            "turned themselves in",
            "booked",
            "jailed",
            "captured",
            "recaptured",
            "nabbed",
        ),
    ),
    # not "charge" alone, of a battery or of a team ("in charge of") as often
    "charge": (
        "follow_up",
        ("charged", "charges", "charging", "a charge of", "indicted", "indictment", "accused"),
    ),
    "court": (
        "follow_up",
        (
            "arraigned",
            "arraignment",
            "hearing",
            "trial",
            "court",
            "pleaded",
            "plea",
            "testified",
            "appeared",
            "appearance",
            "bail",
            "bond",
            "released from jail",
            "released from custody",
        ),
    ),
    "conviction": ("follow_up", ("convicted", "conviction", "guilty", "acquitted", "acquittal")),
    # "jailed for six years" is a sentence ("jailed" alone an arrest: "jailed on $50,000 bail")
    "sentencing": (
        "follow_up",
        ("sentenced", "sentencing", "sentence", "sentences", "jailed for", "imprisoned for"),
    ),
    "funeral": (
        "follow_up",
        ("funeral", "vigil", "memorial", "buried", "burial", "mourned", "prayers", *_MOURN),
    ),
    "investigation": ("follow_up", ("investigation", "investigating", "investigate", "probe", "autopsy")),
}

# Follow-up words whose active subject is the one it happens to: "Reed surrendered", "Reed turned
# himself in" tell of Reed's arrest as "Reed was arrested" does. ("pleaded" is not one: a mother
# pleads for answers as often as a defendant pleads guilty.)
UNDERGONE_BY_SUBJECT = frozenset(
    {"surrendered", "turned himself in", "turned herself in", "turned themselves in"}
)

# Words of more than one class: the first class listed for a word wins unless the word is listed here.
_PREFERRED = {
    "nominated": "appointment",
    "unveiled": "launch",
    "introduced": "launch",
    "overturned": "ruling",
}


@cache
def class_of_word() -> dict[str, str]:
    """Every listed word or phrase -> its event class."""
    table: dict[str, str] = {}
    for name, (_, words) in EVENT_CLASSES.items():
        for word in words:
            table.setdefault(word, name)
    table.update(_PREFERRED)
    return table


# Kinds of incident that one story tells as one: a killing done by shooting is "the shooting" in one
# report and "the homicide" in the next.
RELATED_INCIDENTS = (
    frozenset({"shooting", "stabbing", "killing", "assault", "robbery", "attack"}),
    frozenset({"fire", "explosion"}),
    # "the blast, at about 10:15 a.m., collapsed the front of the building": what fell is the blast's
    frozenset({"explosion", "collapse"}),
    # "an air strike hit the market" and "warplanes bombed the market"; "the attack" and "the blast"
    frozenset({"attack", "explosion"}),
    # "the storm killed 12" and "the landslide killed 12": the slide the rain brought down
    frozenset({"storm", "landslide", "avalanche"}),
)
# Incidents told in the words of another, one way only: an election as a win ("Ivo Marsh won a second
# term on Tuesday, defeating Lena Voss"), never a game as an election ("they elected to receive")
_TOLD_AS = {"election": frozenset({"game"})}


@cache
def incident_family(event_class: str) -> frozenset[str]:
    """The incident classes told as one with ``event_class``: itself, those of every group it is in (an
    attack is told as a shooting and as a bombing, a shooting never as a bombing) and those it is told as
    (an election as a win)."""
    return frozenset({event_class}).union(
        _TOLD_AS.get(event_class, ()), *(family for family in RELATED_INCIDENTS if event_class in family)
    )


# Incidents that harm no one: a death told with one is a death of its own ("she won four awards")
HARMLESS_INCIDENTS = frozenset(
    {
        "game",
        "visit",
        "summit",
        "election",
        "appointment",
        "dismissal",
        "launch",
        "ruling",
        "award",
        "proposal",
        "rescue",
        "recall",
    }
)


# Outcomes that happen when the incident does, so that their time is the incident's.
DATES_INCIDENT = frozenset({"killing_outcome", "injury", "response"})


def kind_of(event_class: str) -> str:
    return EVENT_CLASSES[event_class][0]


@cache
def _pattern() -> re.Pattern[str]:
    # a trie, not an alternation of the words: the engine then fails at the first letter no word goes
    # on with, instead of trying every word at every position
    return re.compile(r"(?<![a-z-])(?:" + word_trie(class_of_word()) + r")(?![a-z-])")


def names_an_event(text: str) -> bool:
    """Whether ``text`` has an event word at all: a page without one (a paywall's notice, a station's
    blurb where its story should be) does not tell a story."""
    # most reports name one in their first sentence: the rest is lowered only when they do not (the
    # first part ends before its last word, which may go on after it: "win" of "window")
    first = (text[:2000].rsplit(None, 1) or [""])[0].lower() if len(text) > 2000 else ""
    return _pattern().search(first) is not None or _pattern().search(text.lower()) is not None


def event_words(text: str) -> list[tuple[int, int, str]]:
    """Every event word or phrase of ``text``: (start, end, class), in text order."""
    table = class_of_word()
    lowered = text.lower()
    return [
        (m.start(), m.end(), "crash" if overturned_vehicle(lowered, m.start(), m.end()) else table[m.group()])
        for m in _pattern().finditer(lowered)
        if not another_sense(lowered, m.start(), m.end())
    ]
