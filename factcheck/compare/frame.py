"""The story frame: what the reports of one story say happened, fact by fact.

Reports of one story retell the same few facts in different words. Before
comparing, the frame puts every claim it can place into a *fact* of the
story:

- the **incident**: the kind of event most reports lead with (their title
  and first sentences), whatever word names it (:mod:`~factcheck.compare.lexicon`);
  a claim belongs to it when the nearest event word of its clause names the
  incident or one of its outcomes (deaths, injuries), and it speaks of the
  time of the news (within a month of publication); claims of later events
  (an arrest, a hearing) and of other years stay apart;
- the **people**: one participant per individual across the reports
  (:mod:`~factcheck.compare.people`), people written by role joined to the
  one participant with that part (:mod:`~factcheck.compare.roles`);
- the **facts**: the incident's date, weekday, time of day, town
  (:mod:`~factcheck.compare.towns`), the numbers killed, injured and shot;
  each participant's age, residence, and the date and time of their own
  events (a signing, an arrest), the length of a sentence or contract; the
  story's counts that no person owns ("235,000 comments"); the length, period and clock of each
  play of a game (:mod:`~factcheck.compare.play_facts`). What a lead says
  without a number ("a man was shot and killed") is read by
  :mod:`~factcheck.compare.readings`.

A disagreement the frame is not sure of (a town, a toll read from a lead, an
age joined by role, dates read in different weeks, a story of several
incidents) is reported at info (:meth:`StoryFrame.confident`).

Each fact is single-valued: values that cannot all hold are a discrepancy,
named in plain words ("the age of Anna Berg", "the weekday of the shooting").
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from factcheck.compare import roundups, tolls
from factcheck.compare.align import dates_the_event, event_verb
from factcheck.compare.bouts import one_bout, stoppage_round_claims
from factcheck.compare.charges import counts_charged
from factcheck.compare.counting import (
    ADDED_BEFORE,
    PART_BEFORE,
    PART_QUOTE,
    PEOPLE_COUNTED,
    TO_HOSPITAL,
    attackers_counted,
    compounds_joined,
    counted_as_possessed,
    counted_as_someones,
    counted_name,
    counted_noun,
    counts_the_others,
    followed_by_more,
    individuals_set_apart,
    initial_counts_set_apart,
    one_count_per_source,
    part_after,
    tells_remainder,
)
from factcheck.compare.dating import (
    SCHEDULED,
    dated_by_clock,
    dates_the_incident_named_after,
    earlier_occasions_set_apart,
    earliest_in_each_source,
    names_its_day,
    names_no_day,
    of_the_news,
    on_the_reports_own_day,
    retells_its_day,
    retells_its_place,
    set_for_ahead,
    the_day_of,
    with_earlier_dates,
    written_day,
)
from factcheck.compare.fact_keys import ATTRIBUTE_WORDS, EVENT_NOUNS, FactKey, to_come
from factcheck.compare.groups import group_age_claims, is_group_reading, named_ages
from factcheck.compare.incident import (
    incident_class,
    lead_sentences,
    of_another_incident,
    several_incidents,
    storyless_sources,
)
from factcheck.compare.injuries import injury_readings, several_injuries_set_apart
from factcheck.compare.lexicon import DATES_INCIDENT, class_of_word, incident_family, kind_of
from factcheck.compare.lone_victim import lone_victim_key, settle_lone_victims
from factcheck.compare.naming import cased_like
from factcheck.compare.occurrences import is_read, one_occurrence, stated_before_read
from factcheck.compare.own_counts import count_done_by
from factcheck.compare.parts import FrameParts, readings_alone, team_aliases
from factcheck.compare.people import (
    NameTable,
    Participant,
    find_names,
    gender,
    name_table,
    participants,
    written_names_in,
)
from factcheck.compare.person_times import persons_one_event, times_of_a_persons_one_event
from factcheck.compare.phones import PhoneBook, line_name, line_of, phone_book
from factcheck.compare.play_facts import PLAY_ATTRIBUTES, play_readings
from factcheck.compare.readings import (
    death_readings,
    hurt_readings,
    lead_readings,
    residence_readings,
    tells_someone_hurt,
)
from factcheck.compare.roles import participant_parts
from factcheck.compare.rules.clock import part_of_day
from factcheck.compare.scores import LOSER, WINNER, final_score_claims
from factcheck.compare.sentences import (
    PERSONAL,
    PRONOUN_START,
    event_word_of,
    named_by_the_incident,
    sentence_events,
    tells_background,
    told_after,
    told_as_going_on,
    told_as_its_end,
    told_as_response,
)
from factcheck.compare.shots import TIMES_HIT, shots_fired_by, times_hit_of
from factcheck.compare.standings import is_record_reading, record_key, team_record_claims
from factcheck.compare.stat_lines import average_line, line_in_game, line_of_last_season
from factcheck.compare.terms import FORECAST_TERM, TERM_NOUNS, term_event, term_holder
from factcheck.compare.towns import (
    DATELINE_EVIDENCE,
    PLACE_TIERS,
    a_surname,
    incident_place,
    is_unknown_town,
    place_evidence,
    place_tier,
)
from factcheck.compare.vote_shares import vote_share
from factcheck.compare.whose import (
    age_person,
    named_person,
    note_stated_ages,
    outvoted_by_full_name,
    participant_event,
    person_by_role,
    term_of,
)
from factcheck.extract.quantities.phrases import plural_phrase
from factcheck.records import Source
from factcheck.values import harm_of, is_point_in_time

# Reports published this far apart can resolve "Thursday" to different weeks.
SAME_WEEK_DAYS = 3
# A date line of the page, not of the news: "Posted: Sunday, July 19, 2015 6:17 PM", a quoted post's
# "- Jo Reed (@joreed) July 19, 2015".
_DATE_LINE_CUE = re.compile(
    r"\b(?:posted|updated?|published|last\s+modified|modified)\b\W*(?:on\s+)?[^.!?]{0,40}$|\(@\w+\)\s*$", re.I
)


@dataclass
class StoryFrame:
    """The incident, the participants and, for each placed claim, the facts it fills.

    ``readings`` are the claims the frame read itself from the reports' leads
    (:mod:`~factcheck.compare.readings`); the report lists them with the others.
    """

    incident: str | None
    participants: dict[str, Participant] = field(default_factory=dict)
    person_of: dict[str, str] = field(default_factory=dict)
    facts: dict[FactKey, list] = field(default_factory=dict)
    readings: list = field(default_factory=list)
    direct: set[str] = field(default_factory=set)
    several: bool = False
    # the things counted as someone's (their own count: "Reed had five catches"), by the sources that do
    owned: dict[str, set[str]] = field(default_factory=dict)
    # every source's claim is placed: what is placed now is a draft's, read against the sources' facts
    built: bool = False
    parts: dict[str, set[str]] = field(default_factory=dict)
    genders: dict[str, str | None] = field(default_factory=dict)
    by_role: set[str] = field(default_factory=set)
    # counts of the injured read from a transport to hospital ("two were taken to hospital"): some at least
    to_hospital: set[str] = field(default_factory=set)
    # the sources that tell no incident of the story: a paywall's notice, a page of another story
    storyless: set[str] = field(default_factory=set)
    # what a fact's claim is judged as, when not as written (a count taken to hospital: "at least"), by id
    lower_bounds: dict[str, object] = field(default_factory=dict)
    published: dict = field(default_factory=dict)
    # a town written before one team's nickname: "springfield" -> "otters"
    team_aliases: dict[str, str] = field(default_factory=dict)
    # the one event of their own most reports tell of a person (their arrest): participant id -> event
    main_events: dict[str, str] = field(default_factory=dict)
    # the ages each report writes with a participant's name: (source, participant id) -> years -> whether
    # it writes one with the full name
    stated_ages: dict[tuple[str, str], dict[int, bool]] = field(default_factory=dict)
    # the telephone numbers the reports give
    phone_numbers: PhoneBook = field(default_factory=lambda: phone_book(()))
    _names: NameTable | None = None
    # people_in's answers by text: a sentence is asked about once per claim it holds
    _named: dict[str, tuple[tuple[int, int, str], ...]] = field(default_factory=dict)
    # _place_evidence's answers by claim id while the frame is built: the place fact's ranking asks again
    _evidence: dict[str, int | None] = field(default_factory=dict)

    @functools.cached_property
    def first_published(self) -> dt.date | None:
        dates = [date for date in self.published.values() if date is not None]
        return min(dates) if dates else None

    @functools.cached_property
    def surnames(self) -> frozenset[str]:
        """The last words of the participants' full names: the only towns that may be a surname."""
        return frozenset(
            person.name.split()[-1] for person in self.participants.values() if " " in person.name
        )

    def confident(self, key: FactKey, sides: Sequence[Sequence]) -> bool:
        """Whether a disagreement on ``key`` is worth a warning: each side states it with the
        incident's own word in the claim's clause (not through an outcome or a lead), and the story
        tells of one incident only (no "shootings", "games" in the plural). A person's age is their
        own whatever the event."""
        if key.attribute == "age":
            # an age given by role ("a 41-year-old man") joined its person by elimination: a guess
            return all(any(claim.id not in self.by_role for claim in side) for side in sides)
        if key.attribute in (
            "residence",
            "injury",
            "term",
            "block",
            "phone",
            WINNER,
            LOSER,
            *PLAY_ATTRIBUTES,
        ):
            return True
        if key.attribute == "place":
            # Only towns the incident's own verb takes ("crashed near Leeds"), on every side.
            return all(
                any(c.predicate == "place" and not is_read(c) and c.id in self.direct for c in side)
                for side in sides
            )
        dates = [self.published.get(claim.source) for side in sides for claim in side]
        known = [date for date in dates if date is not None]
        if key.attribute in ("wins", "losses", "knockouts"):
            # a record changes with every game: reports of different days may give it before and after one
            return not known or (max(known) - min(known)).days <= 1
        if key.subject:
            # One named person's signing or arrest is one event: unless the reports are a week apart
            # (when "Tuesday" may be read in another week), two days or times for it cannot both hold.
            return (
                key.attribute == "time" or len(known) < 2 or (max(known) - min(known)).days <= SAME_WEEK_DAYS
            )
        if self.several:
            return False
        apart = len(known) != len(dates) or (max(known) - min(known)).days > SAME_WEEK_DAYS
        if key.attribute in ("date", "weekday") and apart:
            # Undated reports, or reports a week apart, may resolve "Thursday" to another day.
            return False
        if key.attribute == "count":
            return True
        if key.attribute in ("killed", "injured", "shot"):
            # A toll the copy states with its number ("12 people were injured"), not one read from "a man"
            # nor one inferred from a count of the shot (:mod:`~factcheck.compare.tolls`)
            return all(
                any(not is_read(claim) and not tolls.shot_as(claim, key.attribute) for claim in side)
                for side in sides
            )
        return all(any(claim.id in self.direct for claim in side) for side in sides)

    def people_in(self, text: str) -> list[tuple[int, int, str]]:
        """Where a text names participants (a full name, or a surname only one participant has):
        (start, end, participant id) in text order."""
        if self._names is None:
            self._names = name_table(self.participants)
        found = self._named.get(text)
        if found is None:
            found = self._named[text] = tuple(find_names(text, self._names))
        return list(found)

    def add_name(self, participant: str, name: str) -> None:
        """One more way a participant's name is written (a draft's spelling of a source's name)."""
        person = self.participants[participant]
        if name not in person.names:
            self.participants[participant] = replace(person, names=(*person.names, name))
            self._names = None  # the table of names is made again with it
            self._named.clear()

    def incident_noun(self) -> str:
        if self.incident is None:
            return "the incident"
        return "the " + EVENT_NOUNS.get(self.incident, self.incident)

    def name_of(self, key: FactKey) -> str:
        """The fact in plain words: "the age of Anna Berg", "the weekday of the shooting"."""
        words = ATTRIBUTE_WORDS.get(key.attribute, f"the {key.attribute}")
        if key.attribute in PLAY_ATTRIBUTES:
            return f"{words} of {key.event}"  # "the length of Jo Reed's touchdown run"
        if key.attribute == "term":
            noun = TERM_NOUNS.get(key.event, key.event)
            whose = f"{self.participants[key.subject].name}'s " if key.subject else "the "
            return f"the length of {whose}{noun}"
        if key.subject and key.attribute == "count" and key.thing.startswith("time "):
            return f"the number of times {self.participants[key.subject].name} was {key.thing.split()[1]}"
        if key.subject and key.attribute == "count":
            whom = "against" if key.thing.startswith("count ") else "by"  # charges; a player's line
            when = f" {key.event}" if key.event else ""  # "last season"
            counted = [c.value.counted for c in self.facts.get(key, ()) if c.kind == "quantity"]
            thing = cased_like(plural_phrase(key.thing), filter(None, counted))  # "RBIs", not "rbis"
            return f"the number of {thing} {whom} {self.participants[key.subject].name}{when}"
        if key.subject and key.event:
            noun = EVENT_NOUNS.get(key.event, key.event)
            return f"{words} of {self.participants[key.subject].name}'s {noun}"
        if key.attribute == "share":
            return f"{self.participants[key.subject].name}'s share of the vote"
        if key.subject:
            return f"{words} of {self.participants[key.subject].name}"
        if key.attribute == "age":  # the one killed, hurt or suspected no report names
            whom = "the suspect" if key.event == "suspect" else f"the person {key.event}"
            return f"the age of {whom} in {self.incident_noun()}"
        event = self.incident_noun() if not key.event else f"the {key.event}"
        if key.attribute in ("killed", "injured", "shot"):
            return f"{words} in {event}"
        if key.attribute in ("wins", "losses", "knockouts"):
            team = " ".join(word[:1].upper() + word[1:] for word in key.thing.split())
            return f"{words} of the {team}"
        if key.attribute == "block":
            return f"the block of {key.thing}"
        if key.attribute == "phone":
            return f"the phone number {line_name(self.facts.get(key, ()))}"
        if key.attribute == "count":
            added = "additional " if key.event == "added" else ""
            return f"the number of {added}{counted_name(key.thing, self.facts.get(key, ()))}"
        return f"{words} of {event}"

    def subject_name(self, key: FactKey) -> str | None:
        return self.participants[key.subject].name if key.subject else None


def build_frame(
    sources: Sequence[Source],
    claims: Sequence,
    segments_of: Mapping[str, Sequence],
    counting_sources: int = 2,
    parts_of: Mapping[str, FrameParts] | None = None,
) -> StoryFrame:
    """The frame of one story from its sources, their claims and their content segments.

    A thing no person owns is a count of the story when ``counting_sources`` sources count it (a draft
    audited against the frame is one more). ``parts_of``: what was read of some sources alone, by id
    (:mod:`~factcheck.compare.parts`); the others' is read here."""
    parts_of = parts_of or {}
    texts = {s.id: s.text for s in sources}
    published = {s.id: s.published for s in sources}
    read = {i: part.lead_events for i, part in parts_of.items()}  # the events each report leads with
    incident = incident_class(sources, segments_of, read)
    people = [(c.value.id, c.value.name) for c in claims if c.kind == "entity" and c.value.kind == "person"]
    # A name the entity stage did not read as a person's (an unusual given name) still names one when
    # an age is given with it: "Tyquavious Hale, 21".
    people += [(age_person(c), c.value.person) for c in claims if c.kind == "age" and age_person(c)]
    sources_of: dict[str, set[str]] = {}
    for claim in claims:
        if claim.kind == "entity" and claim.value.kind == "person":
            sources_of.setdefault(claim.value.id, set()).add(claim.source)
    found, owner = participants(people, sources_of)
    frame = StoryFrame(incident, found, owner, published=published)
    if incident is None:
        return frame
    leads = {s.id: lead_sentences(segments_of.get(s.id, ())) for s in sources}
    content = {s.id: [x for x in segments_of.get(s.id, ()) if x.content] for s in sources}
    # incidents in the plural in a period's tally or another occurrence's sentence are the background
    # ("pirates have attacked more than 90 ships this year"), not a second incident of the story
    frame.several = several_incidents(
        incident,
        [x.text for s in sources for x in segments_of.get(s.id, ())],
        lambda sentence: roundups.tallies_a_period(sentence) or tells_background(sentence),
    )
    frame.parts = participant_parts([x.text for s in sources for x in content[s.id]], frame.people_in)
    frame.genders = {pid: gender(person.name) for pid, person in frame.participants.items()}
    mourning = {
        s.id for s in sources if (parts_of[s.id].mourning if s.id in parts_of else tolls.death_told(s.text))
    }

    def hurt(source: str) -> bool:  # asked by the toll only of a report that counts no one injured
        return parts_of[source].hurt if source in parts_of else tells_someone_hurt(texts[source])

    for s in sources:
        frame.readings += (
            parts_of[s.id].lead_readings()
            if s.id in parts_of
            else lead_readings(s, leads[s.id], content[s.id])
        )
        worded = parts_of[s.id].hurt_worded if s.id in parts_of else None
        frame.readings += hurt_readings(
            s, leads[s.id], content[s.id], frame.people_in, s.id in mourning, worded
        )
        frame.readings += residence_readings(s, content[s.id], frame.people_in)
        frame.readings += injury_readings(s, content[s.id], frame.people_in, incident)
        frame.readings += death_readings(s, content[s.id], frame.people_in)
        frame.readings += (
            parts_of[s.id].readings_alone() if s.id in parts_of else readings_alone(s, content[s.id])
        )
    frame.phone_numbers = phone_book(frame.readings)
    note_stated_ages(frame, claims)
    # a paywall's notice, a weather box, a page of another story: no incident of theirs
    storyless = storyless_sources(sources) | of_another_incident(
        sources, incident, segments_of, sources_of, read
    )
    frame.storyless = storyless
    days: dict[str, object] = {}  # "at 1:40 a.m. Friday" as the day it dates, by claim id
    for claim in [*claims, *frame.readings]:
        for key in _facts_of(
            claim, frame, texts[claim.source], published.get(claim.source), leads[claim.source]
        ):
            placed = claim
            if key.attribute == "date" and claim.kind == "time" and claim.value.clock:
                placed = days.setdefault(claim.id, the_day_of(claim))
            if key.subject or claim.source not in storyless:
                frame.facts.setdefault(key, []).append(placed)
    frame.readings += days.values()
    frame.team_aliases = team_aliases(sources, parts_of)
    # read after every named age is placed: a group's ages are paired with those
    ages_of = named_ages(frame)
    for source in sources:
        read = parts_of.get(source.id)  # None: nothing is known of it, every reading is tried
        if read is None or read.group_ages:
            for claim in group_age_claims(frame, source, content[source.id], ages_of):
                frame.facts.setdefault(FactKey("age", claim.subject), []).append(claim)
                frame.readings.append(claim)
        if read is None or read.records:
            for claim in team_record_claims(frame, source, content[source.id]):
                frame.facts.setdefault(record_key(claim), []).append(claim)
                frame.readings.append(claim)
    rounds = [pair for s in sources for pair in stoppage_round_claims(s, content[s.id], frame.people_in)]
    scores = [((side,), c) for s in sources for side, c in final_score_claims(s, leads[s.id])]
    for key, claim in [*one_bout(rounds), *scores, *play_readings(sources, content, incident)]:
        frame.facts.setdefault(FactKey(*key), []).append(claim)
        frame.readings.append(claim)
    times_of_a_persons_one_event(frame, claims, texts, segments_of)
    for key in [k for k in frame.facts if k.attribute == "term" and not k.subject]:
        if (holder := term_holder(frame.facts, key)) != key:
            frame.facts.setdefault(holder, []).extend(frame.facts.pop(key))
    for key in list(frame.facts):
        frame.facts[key] = one_occurrence(stated_before_read(frame.facts[key]))
    several_injuries_set_apart(frame.facts)
    leading = {s.id: [s.title or "", *(x.text for x in leads[s.id][:2])] for s in sources}
    roundups.set_apart(frame.facts, roundups.roundup_sources(leading), texts)
    frame.readings += tolls.settle(frame.facts, FactKey, mourning, hurt, texts)
    settle_lone_victims(frame.facts, frame.parts, texts)
    frame.lower_bounds = tolls.taken_at_least(frame.facts, FactKey, frame.to_hospital)
    frame.readings += frame.lower_bounds.values()
    compounds_joined(frame.facts)
    initial_counts_set_apart(frame.facts)
    for key in [k for k in frame.facts if k.attribute == "count"]:
        frame.facts[key] = individuals_set_apart(frame.facts[key])
        # a thing as many reports count as someone's as count for the story is each one's (a player's catches)
        owners = frame.owned.get(key.thing, set()) if not key.subject else set()
        owned = len(owners) >= len({claim.source for claim in frame.facts[key]})
        if owned or not one_count_per_source(frame.facts[key], counting_sources):
            del frame.facts[key]
    for key in [k for k in frame.facts if k.attribute in _FIRST_IN_EACH_SOURCE]:
        frame.facts[key] = earliest_in_each_source(frame.facts[key])
    # a report with no date of the news gives its incident's earlier date ("the April 28 shooting")
    dates = with_earlier_dates(frame.facts.get(FactKey("date"), []), frame.facts.pop(_EARLIER_DATE, []))
    clocks = [*frame.facts.get(FactKey("time"), []), *frame.facts.get(_RESPONSE_TIME, [])]
    dates, made = dated_by_clock(dates, clocks, frame.direct, texts)
    frame.readings += made
    if dates:
        frame.facts[FactKey("date")] = dates
    earlier_occasions_set_apart(frame.facts, [*claims, *frame.readings], dates, texts)
    tiers = [frame.facts.pop(FactKey("place", "", tier), []) for tier in PLACE_TIERS]
    evidence = lambda c: _place_evidence(c, frame, texts[c.source], leads[c.source])  # noqa: E731
    places, made = incident_place(tiers, [*claims, *frame.readings], texts, evidence)
    used = {place.id for place in places}
    frame.readings = [c for c in frame.readings if c.id in used or not is_unknown_town(c)] + made
    frame.direct.update(town.id for town in made if town.id.removesuffix(":town") in frame.direct)
    if places:  # none when every town read lies outside the story's region: not an empty place
        frame.facts[FactKey("place")] = places
    frame.built = True
    return frame


def place_claim(
    frame: StoryFrame, claim, text: str, published: dt.date | None, segments: Sequence
) -> list[FactKey]:
    """The facts of ``frame`` one more text's claim fills (a draft's, audited against the frame of
    its sources), by the same reading as the sources' claims; ``segments`` are that text's. A draft's
    earlier date of the incident ("the April 2 shooting") is held against the incident's date."""
    keys = _facts_of(claim, frame, text, published, lead_sentences(segments))
    if keys:
        return [FactKey("date") if key == _EARLIER_DATE else term_holder(frame.facts, key) for key in keys]
    key = persons_one_event(frame, claim, text, [segment.start for segment in segments if segment.content])
    if key is None:
        return []
    frame.direct.add(claim.id)  # as for a source's: the person is named, or the pronoun's only antecedent
    return [key]


# A report dates its incident first and its aftermath later ("recovering Wednesday after he was shot
# late Tuesday"; "died Friday of wounds suffered Monday"): of the times one source gives the incident,
# the earliest is the incident's own.
_FIRST_IN_EACH_SOURCE = frozenset({"date", "time"})
_EARLIER_DATE = FactKey("date", "", "earlier")
# the clock of the police's (or medics') response to the incident: not the incident's own
_RESPONSE_TIME = FactKey("time", "", "response")


def _belongs_to_incident(
    claim, frame: StoryFrame, text: str, lead: Sequence, *, dating: bool = False, toll: bool = False
) -> bool:
    """Whether the claim speaks of the incident: the nearest event word of its clause is the incident's,
    or an outcome of it with no other event in the sentence. ``dating``: only outcomes that happen at the
    incident's time count (a death may come days later). ``toll``: a count of the harmed told with what
    followed ("charged in the deaths of two men") is still the incident's: a follow-up has no dead."""
    sentence = text[claim.sentence_start : claim.sentence_end]
    if tells_background(sentence) or roundups.told_after_one_of_several(text, claim.sentence_start):
        return False
    word = event_word_of(claim, text)
    family = incident_family(frame.incident)
    # "Jo Reed died Friday of a wound suffered in a robbery Thursday": the robbery's own time
    if _someone_elses(claim, frame) and (word is None or word[2] not in family):
        return False
    if word is None:
        # A sentence that names no event at all, in a report's first two sentences, is its lead; unless
        # it is about a person ("Reed, 32, was stopped at 2 a.m."): that person's event is told there.
        if retells_its_day(claim, text) or retells_its_place(claim, text):  # "It happened in Leeds"
            frame.direct.add(claim.id)
            return True
        if [p for p in frame.people_in(sentence) if p[0] < 4] or PRONOUN_START.match(sentence):
            return False
        return any(segment.start == claim.sentence_start for segment in lead[:2])
    another = roundups.event_told_as_another(sentence, word[0], word[1])
    if another and not (toll and another.start() >= claim.start - claim.sentence_start):
        return False  # "the second blast", "another shooting": not the incident itself (a count's own
        # "four other people wounded" was weighed by the caller)
    found = word[2]
    if found in family or named_by_the_incident(sentence, word, family):
        frame.direct.add(claim.id)
        return True
    # "riots spread after police shot dead a boy": the death came before the incident, not in it
    if (
        kind_of(found) != "outcome"
        or (dating and found not in DATES_INCIDENT)
        or told_after(sentence, word[0], family)
    ):
        return False
    events = sentence_events(sentence)
    classes = {name for _, _, name in events}
    if found == "response" and classes & family:
        frame.direct.add(claim.id)  # "officers were called to a shooting at 3 a.m.": the incident's own word
        return True
    ignored = ("outcome", "follow_up") if toll else ("outcome",)
    # "detectives are investigating the Tarnby shooting that hurt a man at 10 p.m.": what followed, told before the
    # incident's word, is not what the time after it is of
    incident_at = min(
        (w[0] for w in events if w[2] in family and w[0] < claim.start - claim.sentence_start), default=-1
    )
    others = {
        name
        for w_start, _, name in events
        if kind_of(name) not in ignored and not (kind_of(name) == "follow_up" and w_start < incident_at)
    } - family
    if dating and classes & family and not others:
        frame.direct.add(claim.id)  # "was shot and wounded at 11 p.m.": the wound is the incident's own time
    return bool(classes & family) or not others


# "a little before 8 p.m.", "shortly after 3:15 p.m.": a time of day, not a bound.
_NEAR_CLOCK = re.compile(
    r"\b(?:shortly|just|a\s+little|a\s+bit|moments|minutes|soon)\s+(?:before|after)\s+$", re.I
)


def _someone_elses(claim, frame: StoryFrame) -> bool:
    """Whether extraction tied the claim to another event than the incident, done by or to someone it
    names ("arrest:jo_reed" in a story about a shooting, "die:jane_doe"): that event's alignment is
    extraction's own."""
    verb, _, rest = (claim.event or "").partition(":")
    agent = rest.partition(">")[0]
    if not agent:
        return False
    found = class_of_word().get(verb) or class_of_word().get(verb + "ed")
    if found == "death":
        # "die:jane_doe": the death of one named person, which may come days after the incident; in a
        # story of a death (an obituary), the incident itself
        return frame.incident != "death"
    return found is not None and kind_of(found) != "outcome" and found not in incident_family(frame.incident)


def _place_evidence(claim, frame: StoryFrame, text: str, lead: Sequence) -> int | None:
    if frame.built:
        return _evidence_of(claim, frame, text, lead)
    if claim.id not in frame._evidence:
        frame._evidence[claim.id] = _evidence_of(claim, frame, text, lead)
    return frame._evidence[claim.id]


def _evidence_of(claim, frame: StoryFrame, text: str, lead: Sequence) -> int | None:
    sentence = text[claim.sentence_start : claim.sentence_end]
    if tells_background(sentence):
        return None  # "after recent attacks on police in Leeds": not even the police's town is the incident's
    incident = _belongs_to_incident(claim, frame, text, lead) and not roundups.several_incidents_in(sentence)
    evidence = place_evidence(claim, text, incident, frame.incident)
    if evidence == DATELINE_EVIDENCE and frame.incident in _TRAVELS:
        return None  # "LONDON: The president will visit Oslo": where it was filed, not the visit's place
    return evidence


# Incidents whose people travel to them: a report's dateline is where it was filed, often far away.
_TRAVELS = frozenset({"visit", "summit"})


def _facts_of(
    claim, frame: StoryFrame, text: str, published: dt.date | None, lead: Sequence
) -> list[FactKey]:
    kind = claim.kind
    if is_group_reading(claim):
        return [FactKey("age", claim.subject)]
    if is_record_reading(claim):
        return [record_key(claim)]
    if kind == "age":
        person = named_person(claim, frame)
        if person is None:
            person = person_by_role(claim, frame, text)
            if person is not None:
                frame.by_role.add(claim.id)
                return [FactKey("age", person)]
        if person is None:
            lone = lone_victim_key(claim, text, lead)  # "An 8-year-old girl was wounded", named nowhere
            return [lone] if lone is not None else []
        if not written_names_in(claim.quote, frame.participants[person].names):
            # "A young boy died ... The boy, Jo Reed,": theirs when the part the role gives is theirs
            if person_by_role(claim, frame, text, claim.quote.rsplit(None, 1)[-1]) != person:
                return []
            frame.by_role.add(claim.id)
            return [FactKey("age", person)]
        return [] if outvoted_by_full_name(claim, frame, person) else [FactKey("age", person)]
    if claim.stance.kind == "denied" or claim.stance.negated:
        return []
    forecast = claim.stance.kind == "expected"
    set_ahead = kind == "time" and frame.incident in SCHEDULED  # "the awards will be held Feb. 24"
    if forecast and not set_ahead and not (kind == "duration" and term_event(claim, text) == FORECAST_TERM):
        return []  # but "will miss four to six weeks": the time out injured is told only as a forecast
    if kind == "time":
        value = claim.value
        near_clock = bool(value.clock) and _NEAR_CLOCK.search(text, max(0, claim.start - 30), claim.start)
        current = (
            of_the_news(claim, published, frame.first_published)
            or on_the_reports_own_day(claim, text, published)
            or set_for_ahead(claim, published)
        )
        if not (is_point_in_time(value) or near_clock) or not (
            current or written_day(claim, frame.first_published)
        ):
            return []
        possessed = dates_the_incident_named_after(claim, text, frame.incident)  # "Saturday's shooting"
        if (
            _DATE_LINE_CUE.search(text, claim.sentence_start, claim.start)
            or not (possessed or dates_the_event(claim, text))
            or names_no_day(claim, text)
            or told_as_going_on(claim, text)
        ):
            return []
        if possessed or _belongs_to_incident(claim, frame, text, lead, dating=True):
            # the day an occasion is set for is a fact of its own: "the date of the award to come"
            subject, event = "", to_come(frame.incident) if forecast else ""
            if not current:  # a follow-up's date of its incident, months before: "the April 28 shooting"
                return [_EARLIER_DATE] if claim.id in frame.direct else []
        elif not current or forecast:
            return []  # a forecast dates only the occasion itself, not anyone's part in it
        else:
            found = participant_event(claim, frame, text)
            if found is None:
                return []
            event, subject = found
        # "the siege ended at about 3 p.m.": not when it began (on its day, though)
        ended = bool(value.clock or part_of_day(value)) and told_as_its_end(claim, text, incident=not event)
        # "officers were called at 2:10 a.m.": a call comes after what it is for, at a time of its own
        responded = not event and (value.clock or part_of_day(value)) and told_as_response(claim, text)
        clock = _RESPONSE_TIME if responded else FactKey("time", subject, event)
        if value.clock and (value.granularity == "time" or (value.start is None and value.weekday is None)):
            if ended:
                return []
            return [FactKey("date", subject, event), clock] if names_its_day(claim, text) else [clock]
        if value.granularity == "day" and value.start is not None:
            date = FactKey("date", subject, event)
            # "Friday evening" dates the event and bounds its time of day
            return [date, clock] if part_of_day(value) and not ended else [date]
        if value.granularity == "day" and value.weekday is not None and value.start is None:
            return [FactKey("weekday", subject, event)]
        return []
    if kind == "quantity":
        # "Reed scored 31 points": Reed's points in the game; "Reed faces two counts of arson": Reed's
        line = (
            average_line(claim, text, frame.people_in, published)
            or line_in_game(claim, text, frame.people_in)
            or line_of_last_season(claim, text, frame.people_in)
            or counts_charged(claim, text, frame.people_in)
            or shots_fired_by(claim, text, frame.people_in)
            or times_hit_of(claim, text, frame.people_in)
            or count_done_by(claim, text, frame.people_in)
        )
        if line is not None:
            return [FactKey("count", *line)]
        candidate = vote_share(claim, text, frame.people_in)
        if candidate is not None:
            return [FactKey("share", candidate)]  # "Reed won 54 percent of the vote"
        counted = claim.value.counted or ""
        if counted in TIMES_HIT:
            return []  # "was shot five times", of no one named: not a toll, nor anyone's count
        attribute = harm_of(counted)
        if attribute not in ("killed", "injured"):
            attribute = "shot" if counted.split()[-1:] == ["shot"] else None
        if attribute == "shot" and tolls.shot_dead(claim, text):
            attribute = "killed"
        elif attribute == "shot" and tolls.shot_besides(claim, text):
            attribute = "injured"
        beside = tolls.beside_another_harm(claim, text, attribute)  # "one was killed and four others wounded"
        if claim.value.measure != "count" or tolls.not_the_toll(claim, text, attribute, beside):
            return []  # "killed in the second blast", "two other men": a part of the story, not the incident's toll
        added = not beside and (
            PART_QUOTE.match(claim.quote)
            or ADDED_BEFORE.search(text, max(claim.sentence_start, claim.start - 20), claim.start)
        )
        if attribute is None and added:
            # "an additional six engines", "a further four appliances": the reinforcement is a count of
            # its own, compared with the other reports' additions, never with the whole
            thing = counted_noun(counted)
            sentence = text[claim.sentence_start : claim.sentence_end]
            if not thing or frame.people_in(sentence) or PERSONAL.search(sentence):
                return []
            return [FactKey("count", "", "added", thing)]
        part = part_after(claim, text)
        if (
            PART_BEFORE.search(text, max(claim.sentence_start, claim.start - 30), claim.start)
            or added
            or (
                part
                and not (beside and tolls.MORE.match(text, claim.end))
                and not tolls.harmed_part(part, attribute, text)
            )
        ):
            return []  # "including one man", "another four", "two of the five": a part, not the whole
        if (
            attribute is None
            and TO_HOSPITAL.match(text, claim.end)
            and PEOPLE_COUNTED.search(counted or "people")
        ):
            attribute = "injured"  # "sent four people to the hospital", "two men were hospitalized"
            frame.to_hospital.add(claim.id)
        if attribute is None:
            # A count no person owns ("the agency received 235,000 comments") is the story's; "Reed had
            # five catches" is Reed's, and each player of a match report has their own.
            sentence = text[claim.sentence_start : claim.sentence_end]
            thing = counted_noun(counted) or attackers_counted(claim, text)
            if not thing or tells_background(sentence) or tells_remainder(claim, text):
                return []  # "two fire tenders would remain at the scene": not the count at its height
            if counts_the_others(claim, text) or followed_by_more(claim, text):
                return []  # "the other three robbers", "two suspects ... a third suspect": a part
            if counted_as_possessed(claim, text):
                return []  # "her two children": someone's own
            won = claim.subject and event_verb(claim.event or "") == "win"  # "the Unity Party won 103 seats"
            story_count = FactKey("count", "", "", thing)
            # a draft's count of what the sources count for the story is that count, whoever its sentence names
            if (won or counted_as_someones(claim, text, frame.people_in)) and not (
                frame.built and story_count in frame.facts
            ):
                frame.owned.setdefault(thing, set()).add(claim.source)
                return []
            return [story_count]
        if not _belongs_to_incident(claim, frame, text, lead, toll=True) or roundups.counts_several(
            text[claim.sentence_start : claim.sentence_end]
        ):
            return []  # a count of several incidents or of a period adds up more than the incident's
        return [FactKey(attribute)]
    if kind == "duration" and not claim.stance.negated:
        found = term_of(claim, frame, text)
        return [FactKey("term", found[1], found[0])] if found else []
    if kind == "entity" and claim.predicate == "residence":
        return [FactKey("residence", claim.subject)]
    if kind == "entity" and claim.predicate == "injury":
        return [FactKey("injury", claim.subject)]
    if kind == "entity" and claim.predicate == "block":
        return [FactKey("block", thing=claim.subject)]
    if kind == "entity" and claim.predicate == "phone":
        return [FactKey("phone", thing=line_of(claim.subject, frame.phone_numbers))]
    if kind == "entity" and claim.value.kind == "place" and (tier := place_tier(claim, text)) is not None:
        # the people a whole report names are looked for only when the town may be one's surname
        if _place_evidence(claim, frame, text, lead) is not None and not (
            claim.value.name in frame.surnames
            and a_surname(claim, [frame.participants[pid].name for *_, pid in frame.people_in(text)])
        ):
            return [FactKey("place", "", tier)]
    return []
