"""The event a claim belongs to, as a key the comparison blocks and aligns on.

A key is ``lemma:agent>patient`` ("visit:vladimir_putin>north_korea",
"quake:>turkey", "die:mark_felt"), built by general means:

- the lemma is the event predicate of the claim's sentence nearest the
  claim (same clause first), read through a table of English news event
  verbs and their nominalisations ("visited", "visiting", "trip" -> visit;
  "earthquake", "tremor" -> quake; "death", "died" -> die);
- the agent is the entity (or "X and Y") right before the predicate, the
  patient the first entity after it in the same clause; a city stands for
  its country in the key when it is the capital, so "visited Pyongyang" and
  "visited North Korea" are one series (other cities stay themselves);
- an agent the sentence does not name comes from context only when that is
  safe: "he"/"she" is the one person of the previous sentence, and "the
  visit"/"the quake" is the last event of that lemma met in the text;
  otherwise the agent stays empty;
- an event with no participant at all has no key (the comparison does not
  compare what it cannot place), but for "the shooting" met with no one
  named and none before it: that is the story's own, ``shoot:``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from factcheck.extract.entities import EntityIndex, Mention
from factcheck.extract.gazetteer import countries, fold, place_names, slug
from factcheck.extract.patterns import Breaks, search_at_end, word_trie
from factcheck.extract.word_senses import circumstance_of_harm, mountain_top, named_as_identified
from factcheck.values import MONTHS

# English news event predicates: every inflection and nominalisation -> lemma.
_LEMMAS: dict[str, tuple[str, ...]] = {
    "visit": ("visit", "visits", "visited", "visiting", "trip", "trips", "tour", "toured", "touring"),
    "travel": ("travel", "travels", "traveled", "travelled", "traveling", "travelling", "head", "heads"),
    "summit": ("summit", "summits"),
    "meet": ("meet", "meets", "met", "meeting", "meetings", "talks"),
    "die": ("die", "dies", "died", "dying", "death", "deaths", "dead", "passed", "succumbed"),
    "kill": ("kill", "kills", "killed", "killing", "killings"),
    "injure": (
        "injure",
        "injures",
        "injured",
        "injuring",
        "injury",
        "injuries",
        "wounded",
        "wounding",
        "hurt",
    ),
    "veto": ("veto", "vetoes", "vetoed", "vetoing"),
    "launch": ("launch", "launches", "launched", "launching"),
    "fire": ("fired", "firing"),
    "sanction": ("sanction", "sanctions", "sanctioned", "sanctioning"),
    "quake": (
        "quake",
        "quakes",
        "earthquake",
        "earthquakes",
        "tremor",
        "tremors",
    ),
    # An aftershock is another quake than the main one: it happens elsewhere and later.
    "aftershock": ("aftershock", "aftershocks"),
    "crash": ("crash", "crashes", "crashed", "crashing", "collision", "collided", "derailed", "derailment"),
    "shoot": ("shoot", "shoots", "shot", "shooting", "shootings", "gunfire"),
    "arrest": ("arrest", "arrests", "arrested", "arresting", "detained", "detention"),
    "charge": ("charged", "charges", "indicted", "indictment"),
    "convict": ("convicted", "conviction", "guilty"),
    "sentence": ("sentence", "sentenced", "sentencing"),
    "acquit": ("acquitted", "acquittal"),
    "elect": ("elect", "elected", "election", "elections", "reelected", "re-elected", "vote", "voted"),
    "win": ("win", "wins", "won", "winning", "victory", "defeated", "beat"),
    "resign": ("resign", "resigned", "resignation", "quit"),
    "appoint": ("appointed", "appointment", "named", "nominated"),
    "burn": ("blaze", "wildfire", "burned", "burnt", "burning"),
    "explode": ("explosion", "exploded", "blast", "bombing", "bombed"),
    "flood": ("flood", "floods", "flooding", "flooded"),
    "attack": ("attack", "attacks", "attacked", "airstrike", "airstrikes"),
    "invade": ("invasion", "invaded", "invade", "invading"),
    "sign": ("sign", "signed", "signing", "signs"),
    "recognise": ("recognise", "recognised", "recognize", "recognized", "recognition"),
    "collapse": ("collapse", "collapsed", "dissolution"),
    "close": ("closed", "closes", "closure"),
    "impose": ("imposed", "impose", "imposes", "imposing"),
    "send": ("sent", "send", "sends", "delivered", "supplied", "provided", "providing", "transferred"),
    "buy": ("purchased", "bought", "buys", "purchase"),
    "accuse": ("accused", "accuses", "accusation"),
    "release": ("released", "freed", "release"),
    "evacuate": ("evacuated", "evacuation", "evacuations"),
    "rescue": ("rescued", "rescue"),
    "born": ("born", "birth"),
    # a body's founding; "found" alone is "find" far more often than "establish"
    "found": ("founded", "co-founded", "cofounded", "founding"),
    "marry": ("married", "marriage", "wedding"),
    "invite": ("invited", "invitation"),
    "host": ("host", "hosts", "hosted", "hosting"),
    "open": ("opened", "opening", "inaugurated"),
}
# Events with no patient: "the collapse of X" is X's collapse.
_INTRANSITIVE = frozenset({"die", "collapse", "resign", "born", "explode", "crash", "quake", "flood", "burn"})
# Of these, only a place introduced as one ("died in Paris") follows: "the collapse in 1991 left North
# Korea without a benefactor" is not a collapse of North Korea.
_NO_OBJECT = frozenset({"die", "collapse", "resign", "born", "explode"})
# Meetings of a series happen in different places: "their first summit in Vladivostok" and "their
# second summit in Vostochny" are one series, so the venue is not part of the key.
_VENUE_NOT_PATIENT = frozenset({"meet", "summit", "sign", "host"})
# What is hosted or won is often an event or a title with a proper name that is no person, place or
# organisation ("hosted the Spring Gala", "won the Harbour Cup"): that name tells one series from
# another, so a host of one ceremony is not counted among the hosts of another.
_NAMED_THING_PATIENT = frozenset({"host", "win"})
_NAMED_THING = re.compile(
    r"\s+the\s+(?:(?:\d{4}|\d+(?:st|nd|rd|th))\s+)?([A-Z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*){0,3})"
)
# Incidents happen somewhere: their place is their patient wherever the clause names it.
_INCIDENTS = frozenset({"kill", "injure", "shoot", "die", "crash", "quake", "burn", "explode", "flood"})
# Incidents that happen in one place, whose place a report states with the verb ("crashed near X",
# "killed in X", "struck X"). A death or an arrest is one place only for one named person. A flood
# covers a region: "flooding in X" and "flooding in Y" are usually both true.
_PLACED_INCIDENTS = frozenset(
    {"crash", "quake", "shoot", "burn", "explode", "attack", "kill", "injure", "die", "arrest"}
)
_PLACED_ONLY_WITH_AGENT = frozenset({"die", "arrest"})
_INCIDENT_PLACE_GAP = re.compile(
    r"\s+(?:(?:that|which)\s+)?(?:(?:has|have|had|was|were)\s+)?"
    r"(?:struck|hit|rocked|jolted|shook|ravaged|devastated)\s+(?:the\s+)?"
    r"|(?:\s+[\w-]+){0,5}?\s+(?:in|at|near|outside|off)\s+(?:the\s+)?",
    re.I,
)
# A place name that goes on ("outside the Sam's Club", "near Paris Street") names something else.
_LONGER_NAME_AFTER = re.compile(r"[\u2019']s\b|\s+[A-Z]")
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside|off|on)\s+(?:the\s+)?\Z", re.I)
LEMMA_OF: dict[str, str] = {word: lemma for lemma, words in _LEMMAS.items() for word in words}
# Verbs of saying: a time next to one dates the saying ("On Monday, the coroner said he died"), so they
# rank among the predicates, and a claim takes no event across one.
_REPORTING = "report"
_REPORTING_WORDS = frozenset(
    {
        "say",
        "said",
        "says",
        "told",
        "tells",
        "announced",
        "announces",
        "confirmed",
        "confirms",
        "ruled",
        "reported",
        "stated",
        "admitted",
        "admits",
        "testified",
        "insisted",
        "denied",
        "denies",
        "claimed",
    }
)
_PREDICATE_OF = {**LEMMA_OF, **dict.fromkeys(_REPORTING_WORDS, _REPORTING)}
# A participle between a determiner or preposition and a noun modifies the noun ("on injured reserve",
# "the wounded soldiers", "sanctioned banks"): no event happens there.
_ATTRIBUTIVE_BEFORE = re.compile(
    r"(?:^|\s)(?:the|a|an|his|her|their|its|our|on|in|of|for|with|from|at|by|into|to)\s+\Z"
)
_MODIFIER_CANDIDATE = re.compile(r"\s([a-z][a-z-]*ed|hurt|shot|burnt)(?=\s+[a-z])")
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
_NOT_NOUNS = frozenset(
    "was were is are be been being am has have had will would may might can could should must do does did "
    "and or but nor so yet than then as if when while who whom whose which that what where there here "
    "in on at to by from with of for into onto over under after before during since until near about "
    "across through against among between without within the a an this these those his her their its "
    "our my your some any all no not".split()
)
_IRREGULAR_PARTICIPLES = frozenset({"hurt", "shot", "burnt"})
# Events done to a person: "his release", "Marsh's arrest" name the one released or arrested. A release
# may also be of a thing ("released a statement"): then the thing goes into the key.
_DONE_TO_A_PERSON = frozenset(
    {
        "release",
        "arrest",
        "convict",
        "sentence",
        "acquit",
        "rescue",
        "evacuate",
        "kill",
        "appoint",
        "elect",
        "fire",
    }
)
_NOMINALISATIONS = frozenset(
    {
        "release",
        "arrest",
        "arrests",
        "detention",
        "conviction",
        "sentence",
        "sentencing",
        "acquittal",
        "rescue",
        "evacuation",
        "killing",
    }
)
_NAMED_POSSESSIVE_BEFORE = re.compile(r"[\u2019']s\s+(?:[\w-]+\s+){0,2}\Z")
_THING_OBJECT = re.compile(r"\s+(?:a|an|the|its|his|her|their)((?:\s+[a-z][a-z-]*){1,3})")
# Definite noun phrases that refer back to an event of the text ("the quake", "the visit").
_ANAPHOR = re.compile(r"\b(?:the|this|that)\s+(?:\w+\s+)?(\w+)\b", re.I)
_MODALS = r"(?:(?:has|have|had|was|were|is|are|be|been|will|would|may|might|could|also|reportedly)\s+)*"
# The second verb of a clause has the first's subject and voice: "he was booked into the jail and
# released on bail" (released: passive, of "he")
_FIRST_VERB_AND = r"(?:[a-z]+(?:ed|en)\b[^,.;:]{0,60}?\s+and\s+(?:then\s+|later\s+)?)?"
_PRONOUN_SUBJECT = re.compile(r"\b(?:he|she)\s+" + _MODALS + _FIRST_VERB_AND + r"\Z", re.I)
_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|been|being|is|are|be|got)\s+(?:\w+ly\s+)?" + _FIRST_VERB_AND + r"\Z", re.I
)
_EVENT_SUBJECT = re.compile(r"\b(?:the|this|that)\s+(\w+)\s+" + _MODALS + r"\Z", re.I)
_POSSESSIVE_BEFORE = re.compile(r"\b(his|her|their)\s+(?:\w+\s+){0,2}\Z", re.I)
_AUXILIARIES = re.compile(
    r"(?:[\u2019']s)?\s*(?:(?:has|have|had|was|were|is|are|will|would|then|first|also|later|\w+ly)\s+)*"
)
_PATIENT_REACH = 4
_SHORT_GAP = re.compile(r"(?:[\u2019']s)?\s+(?:[\w-]+\s+){0,5}")
_AND_BETWEEN = re.compile(r"\s+(?:and|&)\s+")
_DEFINITE = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?\Z", re.I)
# "the shooting", not "that": "a team that won 40 games" names no event of the story.
# "the shooting", "the fatal shooting", "the June 2 shooting" (an abbreviated month's stop ends the look
# back: see search_at_end)
_THE_BEFORE = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+|(?:" + "|".join(MONTHS) + r")\s+\d{1,2}\s+)?\Z")
_OF_AGENT = re.compile(r"\s+(?:of|by)\s")
# A birth or a founding told in an apposition of the one born or founded: "Ivo Marsh, born in 1961,",
# "Norvik Systems, which was founded in 2014,"
_APPOSED_ORIGIN_GAP = re.compile(r",\s+(?:(?:who|which|that)\s+(?:was|were)\s+)?")
_ORIGINS = frozenset({"born", "found"})
_APPOSITION_BEFORE = re.compile(r",\s[^,;:()]{1,60},\s(?:\w+\s+){0,2}\Z")
_AGE_AND_HOME_BEFORE = re.compile(
    r",\s\d{1,3},\s+(?:of\s+[^,;:()]{1,40}|who\s+[^,;:()]{1,80}),\s(?:\w+\s+){0,2}\Z"
)
_COMMA_OR_AND_BEFORE = re.compile(r"(?:,|\band)\s*\Z")
_THE_COUNTRY = re.compile(r"\s+(?:to|in|into|from|of)?\s*the\s+country\b", re.I)
_SUBORDINATOR = re.compile(r"\b(?:since|after|before|until|when|while|because)\b", re.I)
# Between a time and the verb in the past right after it ("Police on Friday arrested", "a man on Sunday
# was arrested"), and the words before such a time
_CLAIM_THEN_VERB = re.compile(r"\s+(?:(?:was|were|had\s+been|has\s+been)\s+)?")
_ON_BEFORE = re.compile(r"\b(?:on|early|late|last)\s+\Z", re.I)
# Between a verb and the claim after it, an object of a few words: "arrested Friday", "charged a man on
# Monday", "arrested Ivo Marsh early Friday", "sentenced him last week", "wounded 17 people"
_VERB_THEN_CLAIM = re.compile(
    r"(?:\s+(?:him|her|them|an?|the|two|three|four|five|six|\d+|[A-Z][\w'’-]*)(?:\s+[\w'’-]+){0,3}?)?"
    r"\s+(?:(?:on|early|late|last|this)\s+)?"
)
_ELLIPTICAL_APPOSITION = re.compile(r"\s*(?:his|her|their|its)\s+\w+(?:st|nd|rd|th)\b", re.I)
# "The shooting left Jo Reed dead": the state the event left someone in is the event's, not another
_RESULT_STATES = frozenset({"dead", "injured", "wounded", "hurt"})
# "succumbed to his injuries": the death, the wound told as its cause
_SUCCUMBED_TO = re.compile(r"\bsuccumbed\s+to\s+(?:his|her|their)\s+\Z")
_LEFT_BEFORE = re.compile(r"\bleft\s+(?:[\w'\u2019-]+\s+){1,4}\Z")
_APPOSITION_COMMA = re.compile(r",\s+(?:(?:who|which)\s*)?\Z")
_CLAUSE_BREAK = re.compile(r"[;:()\u2014]|,\s|\s[-\u2013]\s|\b(?:which|who|while|whereas|but)\b")


@dataclass(frozen=True)
class Event:
    """An event of a sentence: its lemma, who did it and to whom/where, and where the predicate is."""

    lemma: str
    agent: str | None
    patient: str | None
    start: int
    end: int

    @property
    def key(self) -> str:
        return f"{self.lemma}:{self.agent or ''}>{self.patient or ''}".rstrip(">")


def _place_key(mention: Mention) -> str:
    """A capital stands for its country in event keys ("visited Pyongyang" = "visited North Korea")."""
    if mention.kind != "place":
        return mention.entity
    return _country_of_city(mention.text) or mention.entity


@lru_cache(maxsize=65_536)
def _country_of_city(name: str) -> str | None:
    place = place_names().get(fold(name))
    if place is not None and place.kind == "city" and place.capital and place.country:
        return countries()[place.country].id
    return None


@cache
def _country_ids() -> frozenset[str]:
    return frozenset(place.id for place in countries().values())


@lru_cache(maxsize=4096)
def predicates(sentence: str, offset: int) -> tuple[tuple[int, int, str], ...]:
    """Every event predicate of a sentence and every verb of saying (lemma ``report``): (start, end,
    lemma), with offsets in the source. Attributive participles are left out (see ``modifiers``)."""
    lower = sentence.lower()
    return tuple(
        (offset + m.start(), offset + m.end(), _PREDICATE_OF[m.group()])
        for m in _predicate_word().finditer(lower)
        if _starts_word(lower, m.start())
        and not _attributive(lower, m.start(), m.end())
        and not (m.group() in _RESULT_STATES and search_at_end(_LEFT_BEFORE, lower, m.start()))
        and not search_at_end(_SUCCUMBED_TO, lower, m.start())
        and not mountain_top(lower, m.start(), m.end())
        and not named_as_identified(lower, m.start(), m.end())
        and not circumstance_of_harm(lower, m.start(), m.end())
    )


@cache
def _predicate_word() -> re.Pattern[str]:
    """A predicate or verb of saying that ends a word of a lowered sentence (a word: a letter, then
    letters and hyphens, as "re-elected").

    A trie finds the few a sentence has twice as fast as looking up its every word. Compiled on first
    use: it takes about 10 ms.
    """
    return re.compile(r"(?<![a-z])(?:" + word_trie(_PREDICATE_OF) + r")(?![a-z-])")


def _starts_word(lower: str, position: int) -> bool:
    """Whether a word of ``lower`` starts at ``position``, which no letter precedes: hyphens before it
    join it to a word before them ("x-killed"), not when no letter comes first ("--killed")."""
    first_hyphen = position
    while first_hyphen > 0 and lower[first_hyphen - 1] == "-":
        first_hyphen -= 1
    return first_hyphen in (0, position) or not "a" <= lower[first_hyphen - 1] <= "z"


@lru_cache(maxsize=4096)
def modifiers(sentence: str, offset: int) -> tuple[tuple[int, int, str], ...]:
    """The attributive participles of a sentence ("on injured reserve"): they date nothing, but the
    event they presuppose is one a later "the injury" can refer back to."""
    lower = sentence.lower()
    return tuple(
        (offset + m.start(1), offset + m.end(1), LEMMA_OF[word])
        for m in _MODIFIER_CANDIDATE.finditer(lower)
        if (word := m.group(1)) in LEMMA_OF and _attributive(lower, m.start(1), m.end(1))
    )


def _attributive(lower: str, start: int, end: int) -> bool:
    word = lower[start:end]
    if not (word.endswith("ed") or word in _IRREGULAR_PARTICIPLES):
        return False
    if not search_at_end(_ATTRIBUTIVE_BEFORE, lower, start):
        return False
    after = _WORD_AFTER.match(lower, end)
    return bool(after) and after.group(1) not in _NOT_NOUNS and not after.group(1).endswith("ly")


class EventResolver:
    """Events of one source, read in text order so context ("he", "the visit") can be resolved."""

    def __init__(self, text: str, index: EntityIndex):
        self.text = text
        self.index = index
        self.last_by_lemma: dict[str, Event] = {}
        self.sentences_read: set[int] = set()
        self.breaks: dict[tuple[int, int], Breaks] = {}  # the clause breaks of each sentence read

    def event_at(
        self, sentence_start: int, sentence_end: int, start: int, end: int, *, depth: int = 0
    ) -> Event | None:
        """The event of the claim at ``[start, end)`` in the sentence ``[sentence_start, sentence_end)``."""
        sentence = self.text[sentence_start:sentence_end]
        if sentence_start not in self.sentences_read:
            self.sentences_read.add(sentence_start)
            for modifier in modifiers(sentence, sentence_start):
                presupposed = self._event_of(modifier, sentence_start, sentence_end, depth=3)
                if presupposed is not None:
                    self.last_by_lemma[presupposed.lemma] = presupposed
        found = list(predicates(sentence, sentence_start))
        if depth:  # looking for the clause a participle hangs on: only predicates before it
            found = [item for item in found if item[1] <= end]
        reporting = [p_start for p_start, _, lemma in found if lemma == _REPORTING]  # in text order
        if reporting:

            def saying_between(low: int, high: int) -> bool:
                first = bisect.bisect_left(reporting, low)
                return first < len(reporting) and reporting[first] < high

            found = [item for item in found if not saying_between(min(end, item[1]), max(start, item[0]))]
        if not any(lemma != _REPORTING for _, _, lemma in found):
            return None
        clause_start, clause_end = self._clause(sentence_start, sentence_end, start, end)
        # "In July 2000, early in his presidency, Putin visited": fronted adverbials date the main clause;
        # a clause in apposition to a name ("Ola Vesk, the star of the 1962 musical, died") does not
        while (
            clause_end < sentence_end
            and not any(sentence_start <= p < clause_end for p, _, _ in found)
            and not self._in_apposition(sentence_start, sentence_end, clause_start)
        ):
            extended_from = clause_end
            clause_end = self._clause(sentence_start, sentence_end, clause_end + 1, clause_end + 1)[1]
            # "He will take office on April 2, becoming the third president since the country won
            # independence": a verb after a subordinator in the next clause is another clause's event
            found = [
                item
                for item in found
                if not (item[0] >= extended_from and _SUBORDINATOR.search(self.text, extended_from, item[0]))
            ]
        if not any(lemma != _REPORTING for _, _, lemma in found):
            return None
        taking = [
            item
            for item in found
            if item[2] != _REPORTING
            and clause_start <= item[0]
            and (
                _VERB_THEN_CLAIM.fullmatch(self.text, item[1], start)
                # "Police on Friday arrested a man": the verb in the past right after a time
                or (
                    item[0] >= end
                    and _CLAIM_THEN_VERB.fullmatch(self.text, end, item[0])
                    and self.text.endswith("ed", item[0], item[1])
                    and search_at_end(_ON_BEFORE, self.text, start) is not None
                )
            )
        ]
        if taking and not any(start <= p_start and p_end <= end for p_start, p_end, _ in found):
            # "Police arrested Ivo Marsh Friday in the killing of Lena Voss", "A man was sentenced Friday
            # for the shooting": the claim is the verb's it follows, or, where that verb's person is not
            # named, an event told before it ("was shot and killed Friday"), never the event the
            # sentence gives after it as the reason
            event = self._event_of(taking[-1], sentence_start, sentence_end, depth)
            if event is not None:
                if event.start == taking[-1][0]:
                    self.last_by_lemma[event.lemma] = event
                return event
            found = [item for item in found if item[1] <= start]
            if not any(lemma != _REPORTING for _, _, lemma in found):
                return None

        def distance(item: tuple[int, int, str]) -> tuple[int, int, int, bool]:
            p_start, p_end, lemma = item
            inside = p_start >= start and p_end <= end
            same_clause = clause_start <= p_start < clause_end
            gap = 0 if inside else min(abs(p_start - end), abs(start - p_end))
            return (not inside, not same_clause, gap, lemma == _REPORTING)

        if any(clause_start <= p_end <= start and lemma != _REPORTING for _, p_end, lemma in found):
            # "was hurt on Nov. 3 after officers said ...": a verb of saying after the claim dates it
            # only when no event precedes the claim in its clause
            found = [item for item in found if not (item[2] == _REPORTING and item[0] >= end)]
        ranked = sorted(found, key=distance)
        if ranked[0][2] == _REPORTING:
            return None  # "Police said Monday the man died": the time is the saying's
        found = [item for item in found if item[2] != _REPORTING]
        best = distance(ranked[0])[:2]
        candidates = [item for item in ranked if distance(item)[:2] == best and item[2] != _REPORTING]
        if best == (True, True) and _ELLIPTICAL_APPOSITION.match(self.text, clause_start, end):
            # "Putin's upcoming visit to North Korea, his second in less than five years,": an elliptical
            # ordinal in apposition is about the event named just before its comma
            candidates = [item for item in found if item[1] <= clause_start][-1:]
        elif best == (True, True):
            return None  # no predicate in the claim's clause: "the father of the current leader"
        # The nearest predicate that can be placed, among the equally good (same clause) ones:
        # "vetoed the resolution on sanctions in May 2022" is the veto's date.
        # One with an agent before one with only a place: in "Russia vetoed the renewal of the panel
        # monitoring sanctions on North Korea in March 2024" the date is the veto's.
        placed = [
            (candidate, event)
            for candidate in candidates
            if (event := self._event_of(candidate, sentence_start, sentence_end, depth)) is not None
        ]
        nearest_is_specific = bool(
            placed and search_at_end(_POSSESSIVE_BEFORE, self.text[sentence_start : placed[0][0][0]])
        )  # "during his visit to Japan last year" stays the visit's, even when "his" is unresolved
        if not nearest_is_specific:
            # a person an act was done to counts as its agent here: "he was released in 2016 and attacked
            # her again" dates the release
            placed.sort(key=lambda pair: pair[1].agent is None and pair[1].lemma not in _DONE_TO_A_PERSON)
        if not placed:
            return None
        candidate, event = placed[0]
        if event.start == candidate[0]:
            self.last_by_lemma[event.lemma] = event
        return event

    def incident_places(self, sentence_start: int, sentence_end: int) -> list[tuple[str, int, Mention]]:
        """Where each incident of a sentence happened, as its verb states it: (event key without the
        place, where the verb starts, place mention). Only the place the incident's own verb takes
        counts ("crashed near X", "struck X"): in "a quake struck X and was felt in Y" only X is the
        quake's."""
        sentence = self.text[sentence_start:sentence_end]
        if self.index.is_headline(sentence_start, sentence_end, sentence):
            return []  # title case makes words names: "Killed In Hit" names no town called Hit
        mentions = self.index.within(sentence_start, sentence_end)
        if not any(m.kind == "place" for m in mentions):
            return []  # most sentences name no place: their predicates are not read for one
        found = predicates(sentence, sentence_start)
        places = []
        for p_start, p_end, lemma in found:
            if lemma not in _PLACED_INCIDENTS:
                continue
            clause = _CLAUSE_BREAK.search(self.text, p_end, sentence_end)
            clause_end = clause.start() if clause else sentence_end
            # A demonym ("the Russian attack") names no place where something happened.
            named = [
                m
                for m in mentions
                if m.kind == "place"
                and p_end <= m.start
                and m.end <= clause_end
                and fold(m.text) in place_names()
                and not _LONGER_NAME_AFTER.match(self.text, m.end)
            ]
            if not named or not _INCIDENT_PLACE_GAP.fullmatch(self.text, p_end, named[0].start):
                continue
            if any(p_end <= other < named[0].start for other, _, _ in found):
                continue  # "killed in a crash in X": the place is the nearer incident's
            agent = self._agent(mentions, sentence_start, p_start, lemma)
            key = f"{lemma}:{agent or ''}"
            if lemma == "arrest":
                # "Marsh was arrested in Leeds" places Marsh's arrest; "police arrested two men in Leeds"
                # names only who arrested, and the police of a story make many arrests
                done_by, done_to = self._done_to(
                    agent, None, self.text[sentence_start:p_start], p_start, p_end
                )
                key = f"{lemma}:>{done_to}" if done_by is None and done_to else ""
            if not key or (agent is None and lemma in _PLACED_ONLY_WITH_AGENT):
                continue
            places.append((key, p_start, named[0]))
        return places

    def _event_of(
        self, predicate: tuple[int, int, str], sentence_start: int, sentence_end: int, depth: int
    ) -> Event | None:
        p_start, p_end, lemma = predicate
        head = self.text[sentence_start:p_start]
        subject = search_at_end(_EVENT_SUBJECT, head)
        if subject and LEMMA_OF.get(subject.group(1).lower()) in self.last_by_lemma:
            # "the quake may have injured dozens": the claim belongs to the quake named before
            return self.last_by_lemma[LEMMA_OF[subject.group(1).lower()]]
        mentions = self.index.within(sentence_start, sentence_end)
        agent = self._agent(mentions, sentence_start, p_start, lemma)
        patient = self._patient(mentions, p_end, sentence_start, sentence_end, lemma)
        if agent is None and _OF_AGENT.match(self.text, p_end):
            # "the visit of Russian President Vladimir Putin to Pyongyang", "the collapse of the Soviet
            # Union": the agent follows the noun
            kinds = ("person", "organisation", "place") if lemma in _INTRANSITIVE else ("person",)
            following = [m for m in mentions if m.start >= p_end and m.kind in kinds]
            if following and len(self.text[p_end : following[0].start].split()) <= _PATIENT_REACH:
                agent = _place_key(following[0])
                patient = self._patient(mentions, following[0].end, sentence_start, sentence_end, lemma)
        if lemma in _DONE_TO_A_PERSON:
            agent, patient = self._done_to(agent, patient, head, p_start, p_end)
        if patient is None and agent is not None and lemma in _NAMED_THING_PATIENT:
            # only a known doer's: the name alone would give an event no one was found to do
            patient = self._named_thing(p_end, sentence_start, sentence_end)
        if agent is not None and agent == patient:
            patient = None
        # only trailing spaces follow the comma or the "and": its search starts just before them
        comma = _COMMA_OR_AND_BEFORE.search(head, max(0, len(head.rstrip()) - 3))
        if agent is None and comma and depth < 3 and self.text[p_start:p_end].endswith("ing"):
            # "A quake struck Turkey, killing two people": the participle's event is the main clause's
            position = sentence_start + comma.start()
            main = self.event_at(sentence_start, sentence_end, position, position, depth=depth + 1)
            if main is not None:
                return main
        if agent is None and search_at_end(_DEFINITE, head) and lemma in self.last_by_lemma:
            # "The quake hit near Izmir": the quake the text spoke of before
            return self.last_by_lemma[lemma]
        if agent is None and patient is None and not search_at_end(_THE_BEFORE, head):
            return None  # an event with no participant cannot be told from others of its kind
        # ... unless it is "the shooting", met first here: the one the story is about
        return Event(lemma, agent, patient, p_start, p_end)

    def _done_to(
        self, agent: str | None, patient: str | None, head: str, p_start: int, p_end: int
    ) -> tuple[str | None, str | None]:
        """Agent and patient of an event done to a person, read from a possessive or a thing object."""
        word = self.text[p_start:p_end].lower()
        if (
            agent is not None
            and word in _NOMINALISATIONS
            and (search_at_end(_POSSESSIVE_BEFORE, head) or search_at_end(_NAMED_POSSESSIVE_BEFORE, head))
        ):
            return None, agent  # "his release", "Marsh's arrest": the possessor is the one released
        if agent is not None and word.endswith("ed") and search_at_end(_PASSIVE_BEFORE, head):
            return None, agent  # "Marsh was released": the subject is the one released
        thing = _THING_OBJECT.match(self.text, p_end)
        if agent is not None and word == "released" and thing:
            words = []
            for candidate in thing.group(1).split():
                if candidate in _NOT_NOUNS or candidate.endswith(("ing", "ly")):
                    break
                words.append(candidate)
            if words:
                # "Marsh released a new album": the album, not whoever is named after; without an agent
                # ("released the name of the victim") a thing alone would tell no event from another
                return agent, words[-1]
        return agent, patient

    def _in_apposition(self, sentence_start: int, sentence_end: int, clause_start: int) -> bool:
        """Whether the clause starting at ``clause_start`` follows a comma (and "who" or "which") right
        after a person's or organisation's name: it describes them, and its times are not the main
        clause's."""
        comma = _APPOSITION_COMMA.search(self.text, max(sentence_start, clause_start - 12), clause_start)
        if comma is None:
            return False
        return any(
            m.end == comma.start() and m.kind in ("person", "organisation")
            for m in self.index.within(sentence_start, sentence_end)
        )

    def _clause(self, sentence_start: int, sentence_end: int, start: int, end: int) -> tuple[int, int]:
        breaks = self._breaks(sentence_start, sentence_end)
        right = breaks.first_start(end)
        return breaks.last_end(start) or sentence_start, sentence_end if right is None else right

    def _breaks(self, sentence_start: int, sentence_end: int) -> Breaks:
        sentence = (sentence_start, sentence_end)
        if sentence not in self.breaks:
            self.breaks[sentence] = Breaks(_CLAUSE_BREAK, self.text, sentence_start, sentence_end)
        return self.breaks[sentence]

    def _agent(
        self, mentions: list[Mention], sentence_start: int, predicate_start: int, lemma: str
    ) -> str | None:
        before = [m for m in mentions if m.end <= predicate_start]
        head = self.text[sentence_start:predicate_start]
        possessive = search_at_end(_POSSESSIVE_BEFORE, head)
        if possessive:
            # "his second visit": the one person named before in the sentence, else of the previous
            # sentence; "their first summit": the people named before in the sentence
            people = sorted({m.entity for m in before if m.kind == "person"})
            if possessive.group(1).lower() == "their":
                return "+".join(people) if 2 <= len(people) <= 3 else None
            if people:
                return people[0] if len(people) == 1 else None
            return self._previous_person(sentence_start)
        # a match runs from the comma before the last one to the end: its search starts there
        apposition = _APPOSITION_BEFORE.search(head, max(0, head.rfind(",", 0, max(0, head.rfind(",")))))
        named = []
        if apposition:
            # "Sergei Shoigu, Russia's then-defence minister, visited": the name before the apposition
            named = [m for m in before if m.end == sentence_start + apposition.start()]
            longer = _AGE_AND_HOME_BEFORE.search(head, max(0, head.rfind(",", 0, apposition.start())))
            if not named and longer:
                # "Jo Reed, 44, of Easton, died", "Jo Reed, 44, who was shot on May 2, died": an age and a
                # home town or a relative clause, two pieces in a row
                named = [m for m in before if m.end == sentence_start + longer.start()]
                apposition = longer if named else apposition
            before = named or before
        if before:
            last = before[-1]
            gap = self.text[last.end : predicate_start]
            if apposition and named:
                gap = self.text[sentence_start + apposition.end() : predicate_start]
            # "Putin visited", "Putin's visit", "Putin sought to renew ties by visiting": no clause break between
            if (
                not _CLAUSE_BREAK.search(gap)
                and not _REPORTING_WORDS.intersection(gap.lower().split())
                and (_AUXILIARIES.fullmatch(gap) or (last.kind == "person" and _SHORT_GAP.fullmatch(gap)))
            ) or (lemma in _ORIGINS and _APPOSED_ORIGIN_GAP.fullmatch(gap)):
                agents = [_place_key(last)]
                if len(before) >= 2 and _AND_BETWEEN.fullmatch(self.text[before[-2].end : last.start]):
                    agents.append(_place_key(before[-2]))
                return "+".join(sorted(set(agents)))
        if search_at_end(_PRONOUN_SUBJECT, head) and not before:
            return self._previous_person(sentence_start)
        anaphor = list(_ANAPHOR.finditer(head[-40:]))
        if anaphor and LEMMA_OF.get(anaphor[-1].group(1).lower()) == lemma and lemma in self.last_by_lemma:
            return self.last_by_lemma[lemma].agent
        return None

    def _patient(
        self, mentions: list[Mention], predicate_end: int, sentence_start: int, sentence_end: int, lemma: str
    ) -> str | None:
        clause_end = self._breaks(sentence_start, sentence_end).first_start(predicate_end)
        if clause_end is None:
            clause_end = sentence_end
        # The patient follows closely ("visited Pyongyang", "visit to the Russian Far East"); an entity
        # further on belongs to something else ("vetoed a resolution aimed at sanctions on North Korea").
        after = [
            m
            for m in mentions
            if m.start >= predicate_end
            and m.end <= clause_end
            and len(self.text[predicate_end : m.start].split()) <= _PATIENT_REACH
            and (lemma not in _NO_OBJECT or _LOCATIVE_BEFORE.search(self.text[predicate_end : m.start]))
            and not (
                lemma in _VENUE_NOT_PATIENT and _LOCATIVE_BEFORE.search(self.text[predicate_end : m.start])
            )
        ]
        if _THE_COUNTRY.match(self.text, predicate_end):
            # "his visit to the country": the last country named before, in the same sentence
            earlier = [m for m in mentions if m.end <= predicate_end and m.kind == "place"]
            countries_named = [m for m in earlier if _place_key(m) in _country_ids()]
            return _place_key(countries_named[-1]) if countries_named else None
        if not after and lemma in _INCIDENTS:
            # "were hurt in a stabbing at a wedding in Leeds": an incident's place may come
            # further on in its clause, introduced as a place
            after = [
                m
                for m in mentions
                if m.kind == "place"
                and m.start >= predicate_end
                and m.end <= clause_end
                and _LOCATIVE_BEFORE.search(self.text, predicate_end, m.start)
            ]
        return _place_key(after[0]) if after else None

    def _named_thing(self, predicate_end: int, sentence_start: int, sentence_end: int) -> str | None:
        """The proper name of what is hosted or won, right after the predicate ("hosted the Spring
        Gala"), as a key."""
        clause_end = self._breaks(sentence_start, sentence_end).first_start(predicate_end)
        named = _NAMED_THING.match(
            self.text, predicate_end, sentence_end if clause_end is None else clause_end
        )
        return slug(named.group(1)) if named else None

    def _previous_person(self, sentence_start: int) -> str | None:
        """The one person of the previous sentence that names any person."""
        earlier = self.index.before(sentence_start, kind="person")
        if not earlier:
            return None
        last_segment = earlier[-1].segment
        people = {m.entity for m in earlier if m.segment == last_segment}
        return next(iter(people)) if len(people) == 1 else None
