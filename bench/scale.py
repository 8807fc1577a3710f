"""Scale benchmark: synthetic news corpora of 100, 1,000 and 10,000 sources through `factcheck corpus`.

    python bench/scale.py                       # sizes 100, 1000, 10000
    python bench/scale.py --sizes 100,1000      # a quicker run
    python bench/scale.py --sizes 100 --keep    # keep the generated corpora (printed path)

Each corpus is a folder of story folders (about five sources a story, each a
Markdown article with front matter). Stories are accidents, earthquakes,
shootings, elections, state visits, wildfires and floods, written from
several phrasings of each fact, with hedges, unit conversions and relative
dates that agree across sources. About half of the stories carry one planted
conflict (a date, a weekday, a count, an age, a unit, a magnitude, a depth, an
ordinal, a place or a percentage given differently by one source); the
benchmark reports the recall of those and the findings nobody planted.

Printed per size: sources/s and MB/s of a cold run (empty cache, --jobs 1),
comparisons made, peak memory (largest resident set of any process of the
run), the warm (cached) re-run, --jobs 2 against --jobs 1 (no cache) at
1,000 sources, the CLI start-up time, and whether the targets are met.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES_PER_STORY = (3, 7)
PLANT_PROBABILITY = 0.5

# --------------------------------------------------------------------------
# Vocabulary: generic, invented people and outlets; real places

FIRST_NAMES = "Maria James Aiko Omar Grace Lukas Priya Daniel Sofia Kwame Elena Mateo Hannah Yusuf Ingrid Carlos Mei Tomasz Amara Felix Leila Pavel Nadia Samuel Rosa Hiroshi Fatima Oliver Zainab Victor".split()
LAST_NAMES = "Okafor Lindqvist Tanaka Haddad Moreno Kowalski Mensah Novak Fischer Ramirez Sato Petrov Dubois Adeyemi Costa Nakamura Brennan Rossi Ivanova Mwangi Larsen Khan Silva Horvat Bauer Okoro Jensen Alvarez Yilmaz Park".split()
CITIES = {
    "Italy": ["Naples", "Bologna", "Palermo", "Turin"],
    "Turkey": ["Izmir", "Konya", "Antalya", "Bursa"],
    "Peru": ["Arequipa", "Cusco", "Trujillo", "Piura"],
    "Japan": ["Sendai", "Niigata", "Kumamoto", "Nagano"],
    "Kenya": ["Mombasa", "Kisumu", "Nakuru", "Eldoret"],
    "Canada": ["Calgary", "Halifax", "Winnipeg", "Regina"],
    "Indonesia": ["Bandung", "Medan", "Makassar", "Padang"],
    "Greece": ["Patras", "Larissa", "Heraklion", "Volos"],
    "Chile": ["Valparaiso", "Concepcion", "Antofagasta", "Temuco"],
    "Philippines": ["Cebu", "Davao", "Iloilo", "Baguio"],
}
OUTLETS = "Northern Herald | Valley Courier | Daily Ledger | Coastal Times | Metro News | City Post | Evening Standard Wire | Global Dispatch | The Observer Online | Regional Gazette | News Agency Wire | Morning Bulletin".split(
    " | "
)
MONTHS = "January February March April May June July August September October November December".split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
ORDINALS = "first second third fourth fifth sixth".split()
NUMBER_WORDS = "zero one two three four five six seven eight nine ten".split()


# --------------------------------------------------------------------------
# Facts: a true value, phrasings that state it, and a way to contradict it


@dataclass
class Fact:
    """One checkable fact of a story: ``render(value, source)`` gives a sentence stating it."""

    key: str
    kind: str  # the kind of conflict a changed value plants
    value: object
    render: object  # (rng, value, source) -> a sentence stating the value
    perturb: object  # (rng, value) -> another value that cannot also hold


@dataclass
class SourcePlan:
    published: dt.date
    outlet: str
    weekday_ok: bool  # whether "on <weekday>" resolves to the event's day from this publication date


@dataclass
class StoryPlan:
    name: str
    kind: str
    title_words: str
    event_date: dt.date
    lede: object  # (rng, the source's values by fact key, source) -> sentences
    facts: list[Fact]
    filler: list[str]
    sources: list[SourcePlan] = field(default_factory=list)


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def count_text(rng: random.Random, n: int, capital: bool = False) -> str:
    if n <= 10 and rng.random() < 0.5:
        word = NUMBER_WORDS[n]
        return word.capitalize() if capital else word
    return f"{n:,}"


def date_text(rng: random.Random, day: dt.date) -> str:
    if rng.random() < 0.5:
        return f"{MONTHS[day.month - 1]} {day.day}"
    return f"{day.day} {MONTHS[day.month - 1]}"


def event_day(values: dict[str, object], day: dt.date) -> dt.date:
    """The event's day as this source tells it (a planted date or weekday changes it)."""
    told = values.get("date", values.get("weekday", day))
    return told if isinstance(told, dt.date) else day


def when_phrase(rng: random.Random, day: dt.date, source: SourcePlan) -> str:
    """'on Tuesday' where the publication date makes it unambiguous, else 'on March 3'."""
    if source.weekday_ok and rng.random() < 0.5:
        return f"on {WEEKDAYS[day.weekday()]}"
    return f"on {date_text(rng, day)}"


def render_count(what: list[str], events: list[str]):
    """Phrasings of an exact toll; ``what`` are ways to name the counted, ``events`` the event."""
    templates = [
        "{N} people were {verb} in the {event}, officials said.",
        "Officials said {n} people were {verb} in the {event}.",
        "Local authorities put the number of people {verb} in the {event} at {n}.",
        "The {event} left {n} people {verb}, according to the authorities.",
    ]

    def render(rng: random.Random, n: int, source: SourcePlan) -> str:
        template = rng.choice(templates)
        number = count_text(rng, n, capital=template.startswith("{N}"))
        verb = rng.choice(what)
        if "left" in template:  # "left 12 people dead", not "left 12 people killed"
            verb = {"killed": "dead", "shot dead": "dead"}.get(verb, verb)
        return template.format(N=number, n=number, verb=verb, event=rng.choice(events))

    return render


def perturb_count(rng: random.Random, n: int) -> int:
    return n + max(3, round(n * rng.uniform(0.3, 0.6)))


def render_age(role: str, name: str):
    def render(rng: random.Random, age: int, source: SourcePlan) -> str:
        form = rng.randrange(3)
        if form == 0:
            return f"The {role}, {name}, {age}, spoke briefly to reporters."
        if form == 1:
            return f"The {role} was identified as {age}-year-old {name}."
        return f"{name}, aged {age}, is the {role}, officials confirmed."

    return render


def perturb_age(rng: random.Random, age: int) -> int:
    return age + rng.choice([-6, -5, -4, -3, 3, 4, 5, 6])


def render_ordinal(template: str):
    """``template`` holds ``{ordinal}``: "It was the {ordinal} deadly crash on the road this year." """

    def render(rng: random.Random, k: int, source: SourcePlan) -> str:
        return template.format(ordinal=ORDINALS[k - 1])

    return render


def perturb_ordinal(rng: random.Random, k: int) -> int:
    return k + 1 if k < len(ORDINALS) else k - 1


def render_place(what: str):
    def render(rng: random.Random, city: str, source: SourcePlan) -> str:
        return f"The {what} happened in {city}, local media reported."

    return render


def perturb_place(country: str):
    def perturb(rng: random.Random, city: str) -> str:
        return rng.choice([c for c in CITIES[country] if c != city])

    return perturb


def render_date(what: str):
    def render(rng: random.Random, day: dt.date, source: SourcePlan) -> str:
        text = date_text(rng, day)
        return f"The {what} took place on {text}, officials confirmed."

    return render


def perturb_date(rng: random.Random, day: dt.date) -> dt.date:
    return day - dt.timedelta(days=rng.choice([2, 3, 4]))


def render_weekday(what: str):
    def render(rng: random.Random, day: dt.date, source: SourcePlan) -> str:
        name = WEEKDAYS[day.weekday()]
        return f"The {what} happened on {name}, witnesses said."

    return render


def perturb_weekday(rng: random.Random, day: dt.date) -> dt.date:
    return day - dt.timedelta(days=rng.choice([1, 2]))


@dataclass(frozen=True)
class InMiles:
    """A distance in kilometres told with the same number in miles: the unit conflict."""

    km: float


def render_distance(what: str):
    """A distance in kilometres with its conversion in miles, or in one unit alone."""

    def render(rng: random.Random, km: float | InMiles, source: SourcePlan) -> str:
        if isinstance(km, InMiles):
            text = f"{km.km:g} miles"
        else:
            miles = km / 1.609344
            text = rng.choice([f"{km:g} kilometres ({miles:.0f} miles)", f"{km:g} km", f"{miles:.0f} miles"])
        return f"The {what} was about {text} away, rescuers said."

    return render


def perturb_distance(rng: random.Random, km: float) -> InMiles:
    return InMiles(km)


def render_magnitude(rng: random.Random, magnitude: float, source: SourcePlan) -> str:
    form = rng.randrange(3)
    if form == 0:
        text = f"magnitude {magnitude:.1f}"
        return f"The quake measured {text}, the seismological agency said."
    if form == 1:
        text = f"{magnitude:.1f}-magnitude"
        return f"The {text} tremor was felt across the region."
    text = f"a magnitude of {magnitude:.1f}"
    return f"Seismologists gave the earthquake {text}."


def perturb_magnitude(rng: random.Random, magnitude: float) -> float:
    return round(magnitude + rng.choice([-0.9, -0.7, 0.7, 0.9]), 1)


def render_depth(rng: random.Random, depth: int, source: SourcePlan) -> str:
    text = f"{depth} kilometres" if rng.random() < 0.5 else f"{depth} km"
    return f"It struck at a depth of {text}."


def perturb_depth(rng: random.Random, depth: int) -> int:
    return depth * 10


def render_percent(what: str):
    def render(rng: random.Random, share: int, source: SourcePlan) -> str:
        text = f"{share} percent" if rng.random() < 0.5 else f"{share}%"
        return f"The {what} was {text}, the election commission said."

    return render


def perturb_percent(rng: random.Random, share: int) -> int:
    return share + rng.choice([-9, -7, 7, 9])


def render_hedged(noun: str, verb: str):
    """A count told with hedges that all hold for the true value."""

    def render(rng: random.Random, n: int, source: SourcePlan) -> str:
        form = rng.randrange(3)
        if form == 0:
            text = f"about {round(n, -1):,}"
        elif form == 1:
            text = f"more than {max(1, n - rng.randint(1, max(1, n // 10))):,}"
        else:
            text = f"{n:,}"
        return f"Authorities said {text} {noun} were {verb}."

    return render


# --------------------------------------------------------------------------
# Story kinds


# Background any disaster story can carry: no value another source could contradict.
DISASTER_FILLER = [
    "Officials said more details would be released in the coming days.",
    "The authorities urged people to follow official channels for updates.",
    "Images shared on social media showed the scale of the damage.",
    "Neighbouring regions offered to send help.",
    "The news drew reactions from leaders across the country.",
    "Local businesses stayed closed as a mark of respect.",
    "A hotline was set up for families seeking information.",
    "An independent inquiry is expected to examine what happened.",
    "Community groups organised food and shelter for those affected.",
    "The regional governor said lessons would have to be learned.",
    "Several roads in the area remained closed to traffic.",
    "Messages of sympathy arrived from abroad.",
]
QUOTES = [
    '"We are doing everything we can to help the people affected," said {name}, a regional spokesperson.',
    '"It was a terrible day for all of us," {name}, a local resident, told reporters.',
    '"Our thoughts are with the families," {name}, a member of the city council, said in a statement.',
    '"We need answers, and we need them quickly," said {name}, who lives nearby.',
]


def accident(rng: random.Random, name: str, day: dt.date) -> StoryPlan:
    country = rng.choice(sorted(CITIES))
    city = rng.choice(CITIES[country])
    vehicle = rng.choice(["bus", "train", "ferry", "minibus", "truck"])
    killed, injured = rng.randint(3, 40), rng.randint(5, 90)
    driver = person(rng)
    facts = [
        Fact(
            "killed",
            "count",
            killed,
            render_count(["killed"], ["crash", f"{vehicle} crash"]),
            perturb_count,
        ),
        Fact(
            "injured",
            "count",
            injured,
            render_count(["injured", "hurt"], ["crash", "accident"]),
            perturb_count,
        ),
        Fact("driver-age", "age", rng.randint(24, 66), render_age("driver", driver), perturb_age),
        Fact("date", "date", day, render_date(f"{vehicle} crash"), perturb_date),
        Fact("weekday", "weekday", day, render_weekday("crash"), perturb_weekday),
        Fact("place", "place", city, render_place(f"{vehicle} crash"), perturb_place(country)),
        Fact(
            "distance",
            "unit",
            float(rng.randint(5, 40)),
            render_distance("nearest hospital"),
            perturb_distance,
        ),
        Fact(
            "ordinal",
            "ordinal",
            rng.randint(1, 4),
            render_ordinal(f"It was the {{ordinal}} deadly {vehicle} crash in {country} this year."),
            perturb_ordinal,
        ),
    ]

    def lede(rng: random.Random, values: dict[str, object], source: SourcePlan) -> list[str]:
        when = when_phrase(rng, event_day(values, day), source)
        place = values.get("place", city)
        return [f"A {vehicle} crashed near {place}, {country}, {when}, leaving many passengers trapped."]

    filler = [
        "Rescue teams worked through the night to free passengers from the wreckage.",
        "The cause of the crash is under investigation.",
        "Witnesses described scenes of chaos as emergency services arrived.",
        "The transport ministry said it would review safety on the route.",
        "Relatives gathered outside the hospital waiting for news.",
        "Heavy rain had been reported in the area earlier in the day.",
        *DISASTER_FILLER,
    ]
    return StoryPlan(name, "accident", f"{vehicle} crash near {city}", day, lede, facts, filler)


def earthquake(rng: random.Random, name: str, day: dt.date) -> StoryPlan:
    country = rng.choice(sorted(CITIES))
    city = rng.choice(CITIES[country])
    facts = [
        Fact("magnitude", "magnitude", round(rng.uniform(4.5, 7.5), 1), render_magnitude, perturb_magnitude),
        Fact("depth", "depth", rng.choice([8, 10, 12, 15, 20, 35]), render_depth, perturb_depth),
        Fact(
            "killed",
            "count",
            rng.randint(2, 60),
            render_count(["killed"], ["earthquake", "quake"]),
            perturb_count,
        ),
        Fact(
            "injured",
            "count",
            rng.randint(10, 300),
            render_count(["injured", "hurt"], ["earthquake", "quake"]),
            perturb_count,
        ),
        Fact("date", "date", day, render_date("earthquake"), perturb_date),
        Fact("place", "place", city, render_place("earthquake"), perturb_place(country)),
        Fact("homes", "none", rng.randint(100, 900), render_hedged("homes", "damaged"), None),
    ]

    def lede(rng: random.Random, values: dict[str, object], source: SourcePlan) -> list[str]:
        when = when_phrase(rng, event_day(values, day), source)
        place = values.get("place", city)
        return [f"A strong earthquake shook {place} in {country} {when}, damaging buildings."]

    filler = [
        "Residents fled into the streets as buildings swayed.",
        "Several aftershocks were felt in the hours that followed.",
        "Schools in the region were closed while engineers inspected them.",
        "The government sent soldiers to help clear rubble.",
        "Power was cut in parts of the region.",
        *DISASTER_FILLER,
    ]
    return StoryPlan(name, "earthquake", f"earthquake hits {city}", day, lede, facts, filler)


def shooting(rng: random.Random, name: str, day: dt.date) -> StoryPlan:
    country = rng.choice(sorted(CITIES))
    city = rng.choice(CITIES[country])
    suspect = person(rng)
    facts = [
        Fact(
            "killed",
            "count",
            rng.randint(2, 12),
            render_count(["killed", "shot dead"], ["shooting", "attack"]),
            perturb_count,
        ),
        Fact(
            "injured",
            "count",
            rng.randint(3, 25),
            render_count(["wounded", "injured"], ["shooting", "attack"]),
            perturb_count,
        ),
        Fact("suspect-age", "age", rng.randint(18, 60), render_age("suspect", suspect), perturb_age),
        Fact("weekday", "weekday", day, render_weekday("shooting"), perturb_weekday),
        Fact("place", "place", city, render_place("shooting"), perturb_place(country)),
        Fact(
            "ordinal",
            "ordinal",
            rng.randint(1, 4),
            render_ordinal(f"It was the {{ordinal}} mass shooting in {country} this year."),
            perturb_ordinal,
        ),
    ]

    def lede(rng: random.Random, values: dict[str, object], source: SourcePlan) -> list[str]:
        when = when_phrase(rng, event_day(values, day), source)
        place = values.get("place", city)
        return [f"A gunman opened fire at a shopping centre in {place} {when}, police said."]

    filler = [
        "Police cordoned off the area and urged residents to stay indoors.",
        "The motive for the attack was not immediately clear.",
        "Candles and flowers were left outside the building.",
        "The mayor called the attack a tragedy for the whole city.",
        "Investigators were examining security camera footage.",
        *DISASTER_FILLER,
    ]
    return StoryPlan(name, "shooting", f"shooting in {city}", day, lede, facts, filler)


def election(rng: random.Random, name: str, day: dt.date) -> StoryPlan:
    country = rng.choice(sorted(CITIES))
    city = rng.choice(CITIES[country])
    winner = person(rng)
    facts = [
        Fact(
            "share",
            "percent",
            rng.randint(40, 70),
            render_percent(f"share of the vote won by {winner}"),
            perturb_percent,
        ),
        Fact("turnout", "percent", rng.randint(30, 80), render_percent("turnout"), perturb_percent),
        Fact("winner-age", "age", rng.randint(35, 72), render_age("mayor-elect", winner), perturb_age),
        Fact("date", "date", day, render_date("vote"), perturb_date),
        Fact(
            "term",
            "ordinal",
            rng.randint(1, 3),
            render_ordinal(f"It is the {{ordinal}} term for {winner} as mayor."),
            perturb_ordinal,
        ),
    ]

    def lede(rng: random.Random, values: dict[str, object], source: SourcePlan) -> list[str]:
        when = when_phrase(rng, event_day(values, day), source)
        place = values.get("place", city)
        return [f"{winner} won the mayoral election in {place} {when}, according to official results."]

    filler = [
        "Supporters celebrated in the main square late into the night.",
        "The campaign focused on housing, transport and jobs.",
        "The outgoing mayor congratulated the winner.",
        "Opposition parties said they would accept the result.",
        "Observers reported no major irregularities.",
        "Voters queued outside polling stations from early morning.",
        "The new council is expected to meet for the first time next month.",
        "Analysts said the result reflected frustration with rising rents.",
        "Campaigners urged the new administration to improve public transport.",
        "The losing candidate called for unity after a bitter campaign.",
    ]
    return StoryPlan(name, "election", f"{winner} elected mayor of {city}", day, lede, facts, filler)


def visit(rng: random.Random, name: str, day: dt.date) -> StoryPlan:
    host, guest = rng.sample(sorted(CITIES), 2)
    leader = person(rng)
    deals = rng.randint(3, 15)
    facts = [
        Fact("deals", "count", deals, render_count_of("agreements", "signed"), perturb_count),
        Fact("date", "date", day, render_date(f"visit of {leader}"), perturb_date),
        Fact(
            "leader-age", "age", rng.randint(45, 78), render_age(f"president of {guest}", leader), perturb_age
        ),
        Fact(
            "ordinal",
            "ordinal",
            rng.randint(1, 4),
            render_ordinal(f"It is the {{ordinal}} visit by {leader} to {host}."),
            perturb_ordinal,
        ),
    ]

    def lede(rng: random.Random, values: dict[str, object], source: SourcePlan) -> list[str]:
        when = when_phrase(rng, event_day(values, day), source)
        return [f"The president of {guest}, {leader}, arrived in {host} {when} for a two-day visit."]

    filler = [
        "Talks focused on trade, energy and security.",
        "The two leaders held a joint news conference.",
        "Protesters gathered near the presidential palace.",
        "Officials described the relationship as a strategic partnership.",
        "The visit was closely watched by neighbouring governments.",
        "A state banquet was held in the guest's honour.",
        "Business leaders travelled with the delegation.",
        "Both sides pledged to expand cultural and student exchanges.",
        "Security was tight around the venues of the talks.",
    ]
    return StoryPlan(name, "visit", f"{leader} visits {host}", day, lede, facts, filler)


def render_count_of(noun: str, verb: str):
    def render(rng: random.Random, n: int, source: SourcePlan) -> str:
        number = count_text(rng, n)
        return f"The two sides {verb} {number} {noun} during the visit."

    return render


def wildfire(rng: random.Random, name: str, day: dt.date) -> StoryPlan:
    country = rng.choice(sorted(CITIES))
    city = rng.choice(CITIES[country])
    facts = [
        Fact(
            "homes", "count", rng.randint(20, 400), render_count_of_fire("homes", "destroyed"), perturb_count
        ),
        Fact("firefighters", "none", rng.randint(200, 1500), render_hedged("firefighters", "deployed"), None),
        Fact(
            "killed",
            "count",
            rng.randint(1, 20),
            render_count(["killed"], ["fire", "wildfire"]),
            perturb_count,
        ),
        Fact("date", "date", day, render_date("fire"), perturb_date),
        Fact("place", "place", city, render_place("wildfire"), perturb_place(country)),
        Fact("distance", "unit", float(rng.randint(5, 60)), render_distance("fire front"), perturb_distance),
    ]

    def lede(rng: random.Random, values: dict[str, object], source: SourcePlan) -> list[str]:
        when = when_phrase(rng, event_day(values, day), source)
        place = values.get("place", city)
        return [f"A wildfire swept through hills near {place} {when}, forcing residents to flee."]

    filler = [
        "Strong winds and dry weather fanned the flames.",
        "Water-dropping aircraft were deployed to fight the blaze.",
        "Evacuation centres were opened in nearby towns.",
        "Smoke could be seen from many kilometres away.",
        *DISASTER_FILLER,
    ]
    return StoryPlan(name, "wildfire", f"wildfire near {city}", day, lede, facts, filler)


def render_count_of_fire(noun: str, verb: str):
    def render(rng: random.Random, n: int, source: SourcePlan) -> str:
        number = count_text(rng, n)
        return f"The fire {verb} {number} {noun}, the fire service said."

    return render


STORY_KINDS = [accident, earthquake, shooting, election, visit, wildfire]


# --------------------------------------------------------------------------
# Writing a corpus


@dataclass
class Planted:
    story: str
    kind: str
    fact: str
    deviant_file: str
    true_files: list[str]


def plan_sources(rng: random.Random, day: dt.date, count: int) -> list[SourcePlan]:
    outlets = rng.sample(OUTLETS, count)
    plans = []
    for outlet in outlets:
        published = day + dt.timedelta(days=rng.choice([0, 1, 1, 2]))
        # a weekday names the event's day unambiguously when published within the week after it
        plans.append(SourcePlan(published, outlet, weekday_ok=0 < (published - day).days < 7))
    return plans


def write_story(rng: random.Random, story: StoryPlan, folder: Path) -> tuple[Planted | None, int]:
    """Write the story's sources; the planted conflict (if any) and the bytes written."""
    files = [
        f"{i:02d}-{source.outlet.lower().replace(' ', '-')}.md" for i, source in enumerate(story.sources)
    ]
    # a weekday is stated only where the publication date makes it name the event's day
    able = {
        fact.key: [i for i, source in enumerate(story.sources) if fact.kind != "weekday" or source.weekday_ok]
        for fact in story.facts
    }
    mentions = {fact.key: {i for i in able[fact.key] if rng.random() < 0.6} for fact in story.facts}
    planted = None
    plantable = [fact for fact in story.facts if fact.perturb is not None and len(able[fact.key]) >= 2]
    if plantable and rng.random() < PLANT_PROBABILITY:
        fact = rng.choice(plantable)
        deviant, other = rng.sample(able[fact.key], 2)
        mentions[fact.key] |= {deviant, other}
        true_files = [files[i] for i in sorted(mentions[fact.key]) if i != deviant]
        planted = Planted(story.name, fact.kind, fact.key, files[deviant], true_files)
    written = 0
    folder.mkdir(parents=True)
    for index, source in enumerate(story.sources):
        values = {fact.key: fact.value for fact in story.facts}
        if planted is not None and files[index] == planted.deviant_file:
            fact = next(f for f in story.facts if f.key == planted.fact)
            values[fact.key] = fact.perturb(rng, fact.value)
        body = [
            fact.render(rng, values[fact.key], source) for fact in story.facts if index in mentions[fact.key]
        ]
        body.extend(rng.sample(story.filler, k=rng.randint(4, min(9, len(story.filler)))))
        body.append(rng.choice(QUOTES).format(name=person(rng)))
        rng.shuffle(body)
        sentences = story.lede(rng, values, source) + body
        paragraphs = "\n\n".join(sentences)
        text = (
            "---\n"
            f"title: {story.title_words[0].upper() + story.title_words[1:]}\n"
            f"outlet: {source.outlet}\n"
            f"published: {source.published.isoformat()}\n"
            "---\n"
            f"{paragraphs}\n"
        )
        (folder / files[index]).write_text(text, encoding="utf-8")
        written += len(text.encode("utf-8"))
    return planted, written


def generate(root: Path, sources: int, seed: int) -> tuple[list[Planted], int, int]:
    """A corpus of about ``sources`` sources under ``root``: planted conflicts, stories, bytes."""
    rng = random.Random(seed)
    planted: list[Planted] = []
    total = written = stories = 0
    while total < sources:
        count = min(rng.randint(*SOURCES_PER_STORY), max(2, sources - total))
        day = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(6 * 365))
        name = f"story-{stories:05d}"
        story = rng.choice(STORY_KINDS)(rng, name, day)
        story.sources = plan_sources(rng, day, count)
        found, size = write_story(rng, story, root / name)
        if found is not None:
            planted.append(found)
        total += count
        written += size
        stories += 1
    return planted, stories, written


# --------------------------------------------------------------------------
# Running and measuring

_MEASURED = """
import json, resource, subprocess, sys, time
started = time.perf_counter()
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
elapsed = time.perf_counter() - started
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"seconds": elapsed, "peak_kib": usage.ru_maxrss, "cpu": usage.ru_utime + usage.ru_stime,
                  "code": done.returncode,
                  "stdout": done.stdout, "stderr": done.stderr}))
"""


@dataclass
class Measured:
    seconds: float  # wall time
    cpu: float  # user + system time of every process of the run
    peak_mib: float
    stdout: str
    stderr: str = ""


@dataclass(frozen=True)
class Bench:
    """Where the runs happen: the work folder, and a copy of the package taken at the start
    (so that edits made to the tree during a long run cannot change the code between runs)."""

    workdir: Path

    @property
    def code(self) -> Path:
        return self.workdir / "code"

    def snapshot(self) -> None:
        """Copy the package and compile it to bytecode, as ``pip install`` does (without it, and with
        PYTHONDONTWRITEBYTECODE set, every run would compile every module again)."""
        import compileall

        shutil.copytree(
            ROOT / "factcheck", self.code / "factcheck", ignore=shutil.ignore_patterns("__pycache__")
        )
        compileall.compile_dir(self.code / "factcheck", quiet=1)

    def measure(self, *args: str) -> Measured:
        """Wall time and the largest resident set of any process of ``factcheck ARGS...``."""
        environment = {**os.environ, "PYTHONPATH": str(self.code)}
        return measure([sys.executable, "-m", "factcheck", *args], environment, self.workdir)


def measure(command: list[str], environment: dict[str, str], cwd: Path) -> Measured:
    """Wall time and the largest resident set of any process of ``command``."""
    done = subprocess.run(
        [sys.executable, "-c", _MEASURED, *command],
        capture_output=True,
        text=True,
        check=True,
        env=environment,
        cwd=cwd,
    )
    result = json.loads(done.stdout)
    if result["code"] not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed ({result['code']}):\n{result['stderr']}")
    return Measured(
        result["seconds"], result["cpu"], result["peak_kib"] / 1024, result["stdout"], result["stderr"]
    )


def run_corpus(bench: Bench, corpus: Path, out: Path, *options: str, rerun: bool = False) -> Measured:
    """``factcheck corpus``; a re-run writes into the reports of the run before, as a newsroom's would."""
    if out.exists() and not rerun:
        shutil.rmtree(out)
    return bench.measure("corpus", str(corpus), "--out-dir", str(out), "--fail-on", "never", *options)


def evaluate(out: Path, planted: list[Planted]) -> tuple[Counter, Counter, int, int]:
    """Planted conflicts found per kind, planted per kind, findings nobody planted, comparisons.

    A planted conflict is found when a finding (warning or error) cites the
    source that tells it differently and a source that tells the true value.
    """
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    by_story = {item.story: item for item in planted}
    found, total = Counter(), Counter(item.kind for item in planted)
    unplanted = 0
    for entry in index["stories"]:
        report = json.loads((out / entry["report"]).read_text(encoding="utf-8"))
        files = {source["id"]: Path(source["path"]).name for source in report["sources"]}
        findings = [d for d in report["discrepancies"] if d["severity"] in ("error", "warning")]
        item = by_story.get(entry["story"])
        if item is not None:
            for finding in findings:
                cited = {files.get(ref["source"]) for ref in finding["claims"]}
                if item.deviant_file in cited and cited & set(item.true_files):
                    found[item.kind] += 1
                    findings.remove(finding)
                    break
        unplanted += len(findings)
    return found, total, unplanted, index["totals"].get("comparisons", 0)


def startup_times(bench: Bench) -> tuple[float, float]:
    """Best-of-five wall time of `factcheck --version` and of `factcheck check sources/` (no cache)."""
    version = min(bench.measure("--version").seconds for _ in range(5))
    check = min(bench.measure("check", str(ROOT / "sources"), "--no-cache").seconds for _ in range(3))
    return version, check


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,1000,10000", help="comma-separated corpus sizes in sources")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", action="store_true", help="keep the generated corpora and reports")
    parser.add_argument("--workdir", help="where to generate (default: a temporary folder)")
    args = parser.parse_args(argv)
    sizes = [int(size) for size in args.sizes.split(",")]
    workdir = Path(args.workdir or tempfile.mkdtemp(prefix="factcheck-scale-"))
    workdir.mkdir(parents=True, exist_ok=True)
    print(f"factcheck scale benchmark (cpus: {os.cpu_count()}, work folder: {workdir})")
    bench = Bench(workdir)
    bench.snapshot()
    version_s, check_s = startup_times(bench)
    print(
        f"start-up: factcheck --version {version_s:.3f} s; factcheck check sources/ {check_s:.3f} s (best of runs)"
    )
    rows = {}
    try:
        for size in sizes:
            corpus = workdir / f"corpus-{size}"
            if corpus.exists():
                shutil.rmtree(corpus)
            planted, stories, size_bytes = generate(corpus, size, args.seed + size)
            cache = workdir / f"cache-{size}.sqlite"
            for stale in workdir.glob(f"cache-{size}.sqlite*"):
                stale.unlink()
            out = workdir / f"out-{size}"
            cold = run_corpus(bench, corpus, out, "--cache", str(cache), "--jobs", "1")
            found, total, unplanted, comparisons = evaluate(out, planted)
            warm = run_corpus(bench, corpus, out, "--cache", str(cache), "--jobs", "1", rerun=True)
            row = {
                "stories": stories,
                "bytes": size_bytes,
                "cold": cold,
                "warm": warm,
                "comparisons": comparisons,
                "found": found,
                "total": total,
                "unplanted": unplanted,
            }
            if size == 1000 or (len(sizes) == 1):
                row["jobs1"] = run_corpus(bench, corpus, out, "--no-cache", "--jobs", "1")
                row["jobs2"] = run_corpus(bench, corpus, out, "--no-cache", "--jobs", "2")
            rows[size] = row
            print_row(size, row)
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    print_targets(rows, version_s, check_s)
    return 0


def print_row(size: int, row: dict) -> None:
    cold, warm = row["cold"], row["warm"]
    megabytes = row["bytes"] / 1e6
    print(
        f"\n{size:,} sources, {row['stories']:,} stories, {megabytes:.1f} MB:\n"
        f"  cold (empty cache, --jobs 1): {cold.seconds:.2f} s = {size / cold.seconds:.0f} sources/s, "
        f"{megabytes / cold.seconds:.2f} MB/s, {1000 * cold.seconds / size:.2f} ms/source "
        f"(CPU {cold.cpu:.2f} s); peak memory {cold.peak_mib:.0f} MiB\n"
        f"  warm (all cached): {warm.seconds:.2f} s ({cold.seconds / warm.seconds:.1f}x faster; "
        f"CPU {warm.cpu:.2f} s); peak memory {warm.peak_mib:.0f} MiB\n"
        f"  comparisons made: {row['comparisons']:,}"
    )
    if "jobs1" in row:
        one, two = row["jobs1"], row["jobs2"]
        print(
            f"  --jobs 1: {one.seconds:.2f} s (CPU {one.cpu:.2f} s); --jobs 2: {two.seconds:.2f} s "
            f"(CPU {two.cpu:.2f} s): {one.seconds / two.seconds:.2f}x; peak memory {two.peak_mib:.0f} MiB"
        )
    total, found = row["total"], row["found"]
    planted = sum(total.values())
    recall = sum(found.values()) / planted if planted else 0.0
    kinds = ", ".join(f"{kind} {found[kind]}/{total[kind]}" for kind in sorted(total))
    print(f"  planted conflicts found: {sum(found.values())}/{planted} (recall {recall:.2f}): {kinds}")
    print(f"  findings (warning or error) nobody planted: {row['unplanted']} in {row['stories']} stories")


def print_targets(rows: dict, version_s: float, check_s: float) -> None:
    print("\ntargets:")
    checks = [
        ("factcheck --version under 0.3 s", version_s < 0.3, f"{version_s:.3f} s"),
        ("factcheck check sources/ under 1 s", check_s < 1.0, f"{check_s:.3f} s"),
    ]
    if 1000 in rows and 10000 in rows:
        small = rows[1000]["cold"].seconds / 1000
        large = rows[10000]["cold"].seconds / 10000
        checks.append(
            ("time per source at 10,000 within 1.5x of 1,000", large <= 1.5 * small, f"{large / small:.2f}x")
        )
    if 10000 in rows:
        peak = max(rows[10000]["cold"].peak_mib, rows[10000]["warm"].peak_mib)
        checks.append(("peak memory under 1 GiB at 10,000", peak < 1024, f"{peak:.0f} MiB"))
    if 1000 in rows:
        row = rows[1000]
        speedup = row["cold"].seconds / row["warm"].seconds
        checks.append(("cached re-run at least 10x faster at 1,000", speedup >= 10, f"{speedup:.1f}x"))
        parallel = row["jobs1"].seconds / row["jobs2"].seconds
        checks.append(("--jobs 2 at least 1.6x faster at 1,000", parallel >= 1.6, f"{parallel:.2f}x"))
    for label, passed, figure in checks:
        print(f"  [{'PASS' if passed else 'FAIL'}] {label}: {figure}")


if __name__ == "__main__":
    sys.exit(main())
