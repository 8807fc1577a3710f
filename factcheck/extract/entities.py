"""People, places and organisations, and every mention of them in a source.

Names are found as runs of capitalised words and sorted out with data, not
with a trained model:

- places and demonyms through :mod:`factcheck.extract.gazetteer` ("Russian"
  -> Russia, "Salonika" -> Thessaloniki, "U.S." -> United States); a city
  counts only where a city is likely (a capital, a city of a million, after
  "in"/"to"/"from"/"near", or before ", <country>"), because many small
  towns are named like ordinary words;
- organisations by their head word ("Council", "Ministry", "Survey") or as
  acronyms; an acronym defined in the text ("Democratic People's Republic of
  Korea (DPRK)") or spelling the initials of a name in the text ("USGS" for
  "U.S. Geological Survey") is that entity; dots do not matter ("U.N." is
  "UN");
- people as two to four capitalised words that start with a known given name
  or follow a title ("President", "Minister"); later short forms ("Putin",
  "President Putin", "Kim" for "Kim Jong Un") are the same person when
  exactly one person of the text so far has that first or last name.

:func:`canonicalise` merges the entities of several sources of a story:
spellings of one name ("Kim Jong Un", "Kim Jong-un") merge; different
people who share a family name ("Kim Jong Un", "Kim Jong Il") do not.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any

from factcheck.extract.gazetteer import (
    Place,
    demonyms,
    fold,
    given_names,
    multiword_name_starts,
    person_titles,
    place_codes,
    place_names,
    slug,
)
from factcheck.extract.name_words import (
    FEATURE_HEADS,
    FUNCTION_WORDS,
    LOCATIVE_WORDS,
    ORGANISATION_HEADS,
    OTHER_HEADS,
    PART_OF_A_PLACE,
    TITLE_WORDS,
    town_of_a_thing,
)
from factcheck.extract.near_names import NearNames
from factcheck.extract.person_nouns import role_before_name
from factcheck.extract.spans import claim_span
from factcheck.records import Entity, EntityClaim, Segment, Source

_CITY_MIN_POPULATION_WITHOUT_CONTEXT = 1_000_000
_MAX_NAME_TOKENS = 4

# The capital that starts the first three forms is matched once, before them: the engine then tries
# one branch instead of three at each lower-case letter (the scan runs 40% faster).
_TOKEN = re.compile(
    r"[A-Z](?:"
    r"\.(?:[A-Z]\.)+"  # dotted acronym: U.S., U.N.
    r"|\.(?=\s[A-Z])"  # a middle initial: George W. Bush
    r"|[A-Za-z0-9]*(?:[-'\u2019][A-Za-z]+)*"  # capitalised word, hyphenated or with apostrophe
    r")"
    r"|(?<=\s)(?:of|for|de|del|al|bin|van|von|der|la|le)(?=\s+[A-Z])"  # connectors inside names
)
_INITIALS = re.compile(r"[A-Z]\.[A-Z]\.\Z")
_BARE_INITIALS = re.compile(r"[A-Z]{2}\Z")
_LAST_WORD = re.compile(r"\b([a-z]+)\s+\Z")
_CONTRACTION = re.compile(r"[\u2019'](?:m|re|ll|ve|d|t)\Z", re.I)
_POSSESSIVE = re.compile(r"[’']s?\Z")
# ", Illinois" after a town; "the" before a name; "-19" after "COVID"; "(DPRK)" after a name
_STREET_AND_COMMA = re.compile(
    r"(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Drive|Dr\.|Lane|Boulevard|Blvd\.|Court|Way|Highway|Parkway),\Z"
)
_SPEECH_AFTER = re.compile(r"\s+(?:said|says|told|added)\b")
_REGION_AFTER = re.compile(r",\s+([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)")
_THE_BEFORE = re.compile(r"\bthe\s+\Z")
# After a name, what says it is a person's: an age, or what is done only to people
_PERSON_AFTER = re.compile(
    r"\s*,\s*\d{1,2}\s*,|\s+(?:was|were|had\s+been)\s+(?:pronounced\s+dead|declared\s+dead|found\s+dead|"
    r"(?:fatally\s+)?shot|stabbed|(?:later\s+)?arrested|taken\s+into\s+custody|(?:taken|rushed|transported|"
    r"airlifted|flown)\s+to\s+[^.;,]{0,40}?\b[Hh]ospital)\b"
)
_CODE_NUMBER_AFTER = re.compile(r"-\d")
_ACRONYM_AFTER = re.compile(r"\s*(?:\(|,)\s*((?:[A-Z]\.?){2,8})\b")
_ACRONYM_DEFINITION = re.compile(r"\(\s*((?:[A-Z]\.?){2,8})\s*\)|,\s*((?:[A-Z]\.?){2,8})\s*\)")


@dataclass(frozen=True)
class Mention:
    """One mention of an entity: where it is and which entity it names."""

    start: int
    end: int
    text: str
    entity: str
    kind: str
    segment: int


@dataclass
class EntityIndex:
    """The entities of one source and their mentions, in text order (not changed once made)."""

    source: str
    mentions: list[Mention] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    # Whether each segment read reads as a headline, by its (start, end): read once, asked again later.
    headlines: dict[tuple[int, int], bool] = field(default_factory=dict)
    # Where each mention starts: a sentence's mentions are found by bisection, not by a pass over all.
    _starts: list[int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._starts = [m.start for m in self.mentions]

    def within(self, start: int, end: int) -> list[Mention]:
        """The mentions inside ``[start, end)``, in text order."""
        first = bisect.bisect_left(self._starts, start)
        last = bisect.bisect_right(self._starts, end, lo=first)
        return [m for m in self.mentions[first:last] if m.end <= end]

    def before(self, position: int, kind: str | None = None) -> list[Mention]:
        """The mentions that end at or before ``position``, latest last."""
        return [m for m in self.mentions if m.end <= position and (kind is None or m.kind == kind)]

    @cached_property
    def people_by_written_name(self) -> dict[str, set[str]]:
        """Each way the source writes a person's name -> the people written so."""
        found: dict[str, set[str]] = {}
        for mention in self.mentions:
            if mention.kind == "person":
                found.setdefault(mention.text, set()).add(mention.entity)
        return found

    def name(self, entity_id: str | None) -> str | None:
        entity = self.entities.get(entity_id or "")
        return entity.name if entity else None

    def is_headline(self, start: int, end: int, sentence: str) -> bool:
        """:func:`is_headline` of the sentence at ``[start, end)``, as found when its segment was read."""
        known = self.headlines.get((start, end))
        return is_headline(sentence) if known is None else known


@dataclass(slots=True)
class _Token:
    start: int
    end: int
    text: str  # without a possessive ending
    possessive: bool
    raw: str  # as written, possessive included
    # Read once here, looked at many times when the run is resolved:
    key: str = field(init=False)  # the text folded, as the tables are keyed
    acronym: bool = field(init=False)

    def __post_init__(self) -> None:
        self.key = fold(self.text)
        self.acronym = _is_acronym(self.text)


_PLURAL_NOUN = re.compile(r"[a-z]{3,}[^s]s")


def _runs(text: str, offset: int) -> list[list[_Token]]:
    """Runs of adjacent capitalised tokens (one space, or a connector, between them)."""
    runs: list[list[_Token]] = []
    current: list[_Token] = []
    last_end = -1
    for match in _TOKEN.finditer(text):
        word = match.group()
        # a cheap look at the last character before the possessive pattern (most words have none)
        possessive = word[-1] in "s'\u2019" and bool(_POSSESSIVE.search(word)) and len(word) > 2
        possessive = possessive and not word.isupper()
        clean = _POSSESSIVE.sub("", word) if possessive else word
        token = _Token(offset + match.start(), offset + match.start() + len(clean), clean, possessive, word)
        adjacent = current and match.start() - last_end == 1 and text[last_end] == " "
        left, _, right = word.partition("-") if "-" in word else (word, "", "")
        if right[:1].isupper() and (
            _memo("places", place_names)[fold(left)] or _memo("demonyms", demonyms)[fold(left)]
        ):
            # "Russia-North Korea relations": two names joined by a hyphen
            if current:
                runs.append(current)
            runs.append([_Token(token.start, token.start + len(left), left, False, left)])
            start = token.start + len(left) + 1
            current = [_Token(start, token.end, clean[len(left) + 1 :], possessive, word[len(left) + 1 :])]
            last_end = match.end()
            continue
        if not adjacent:
            if current:
                runs.append(current)
            current = []
        current.append(token)
        last_end = match.end()
    if current:
        runs.append(current)
    for run in runs:  # a connector never starts or ends a run
        while run and run[-1].text.islower():
            run.pop()
        while run and run[0].text.islower():
            run.pop(0)
    return [run for run in runs if run]


def _is_acronym(word: str) -> bool:
    letters = word.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha()


def _acronym_key(word: str) -> str:
    return word.replace(".", "")


def _initials(words: Iterable[str]) -> str:
    out = []
    for word in words:
        if word.islower():
            continue
        out.append(_acronym_key(word) if _is_acronym(word) else word[0])
    return "".join(out)


# The first letter of each word: one-letter strings are shared, not built for every word.
_WORD_INITIAL = re.compile(r"([A-Za-z])[A-Za-z'\u2019-]*")
# A quotation may close the sentence: "...", ...” or, in older wire copy, ...''; a colon opens a
# statement quoted below ("X issued the following statement:").
_CLOSING_PUNCTUATION = re.compile(r"(?:[.!?:][\"”'’]*|[\"”])\s*\Z")


def is_headline(text: str) -> bool:
    """A headline or a line that is no sentence: title case, or no closing punctuation."""
    initials = _WORD_INITIAL.findall(text)
    if len(initials) < 3:
        return True
    capitalised = sum(map(str.isupper, initials))
    return capitalised / len(initials) > 0.8 or not _CLOSING_PUNCTUATION.search(text.strip())


_BODY_CONTEXT = re.compile(
    r"\b(?:the|The)\s+([A-Z]{2,6})\s+(?:said|says|announced|reported|confirmed|stated)\b"
    r"|\baccording to (?:the\s+)?([A-Z]{2,6})\b"
    r"|\b([A-Z]{2,6})\s+(?:[a-z]+\s+)?(?:officials?|spokes\w+|monitors?|officers?|agents?|chief|director|statement|"
    r"members?|investigators?|inspectors?|headquarters)\b"
)


def _acronyms_used_as_bodies(text: str) -> frozenset[str]:
    """Acronyms the text treats as a body somewhere ("the NYPD said", "NYPD officers", "UN monitors").

    "X said" alone is not enough: nicknames ("TJ said") speak too.
    """
    return frozenset(m.group(1) or m.group(2) or m.group(3) for m in _BODY_CONTEXT.finditer(text))


class _Memo(dict):
    """A read-through memo over a stored table: news repeats the same few hundred names.

    ``memo[key]`` is the table's value for ``key`` (None when it has none), or for a set whether it
    holds ``key``. A dict that fills itself on a miss: a repeated key costs one dict lookup.
    """

    _LIMIT = 200_000

    def __init__(self, table: Mapping[str, Any] | AbstractSet[str]):
        super().__init__()
        self.table = table

    def __missing__(self, key: str) -> Any:
        if len(self) > self._LIMIT:
            self.clear()
        value = self.table.get(key) if isinstance(self.table, Mapping) else key in self.table
        self[key] = value
        return value


_MEMOS: dict[str, _Memo] = {}


def _memo(name: str, table: Callable[[], Mapping[str, Any] | AbstractSet[str]]) -> _Memo:
    if name not in _MEMOS:
        _MEMOS[name] = _Memo(table())
    return _MEMOS[name]


@cache
def _titles() -> frozenset[str]:
    # nameparser's titles include a few codes ("US"): a place is never a title.
    return frozenset((set(person_titles()) | TITLE_WORDS) - {fold(code) for code in place_codes()})


@dataclass
class _Person:
    entity: str
    tokens: tuple[str, ...]


class _Resolver:
    """Turns runs of capitalised tokens into mentions, remembering the people named so far."""

    def __init__(self, source_text: str):
        self.text = source_text
        self.places = _memo("places", place_names)
        self.codes = _memo("codes", place_codes)
        self.demonyms = _memo("demonyms", demonyms)
        self.given = _memo("given", given_names)
        self.multiword_starts = _memo("multiword starts", multiword_name_starts)
        self.titles = _titles()
        self.people: dict[str, str] = {}  # full name as a slug -> the first person of that name
        self.people_by_name: dict[str, set[str]] = {}  # folded first or last name -> people
        self.bodies = set(_acronyms_used_as_bodies(source_text))
        self.acronyms: dict[str, tuple[str, str]] = {}  # acronym -> (entity id, kind)
        self.organisations: dict[str, str] = {}  # initials -> entity id
        self.names: dict[str, tuple[str, str, list[str]]] = {}  # id -> (kind, name, surfaces)

    # -- registry

    def _register(self, entity_id: str, kind: str, name: str, surface: str) -> None:
        known = self.names.setdefault(entity_id, (kind, name, []))
        if surface not in known[2]:
            known[2].append(surface)

    def _mention(
        self, tokens: Sequence[_Token], entity_id: str, kind: str, name: str, segment: int
    ) -> Mention:
        start, end = tokens[0].start, tokens[-1].end
        surface = self.text[start:end]
        self._register(entity_id, kind, name, surface)
        return Mention(start, end, surface, entity_id, kind, segment)

    # -- lookups

    def _place(self, tokens: Sequence[_Token]) -> Place | None:
        if len(tokens) == 1:
            token = tokens[0]
            if token.acronym:
                code = self.codes[token.text]
                return code if code or len(token.text) < 4 else self.places[token.key]
            return self.places[token.key]
        return self.places[fold(" ".join(t.raw for t in tokens[:-1]) + " " + tokens[-1].text)]

    def _demonym(self, tokens: Sequence[_Token]) -> Place | None:
        return self.demonyms[tokens[0].key if len(tokens) == 1 else " ".join(t.key for t in tokens)]

    def _city_is_likely(self, place: Place, tokens: Sequence[_Token], run_start: bool) -> bool:
        if place.kind != "city" or len(tokens) >= 2:
            return True  # "San Francisco", "New Delhi": a name of several words is no ordinary word
        if place.capital or place.population >= _CITY_MIN_POPULATION_WITHOUT_CONTEXT:
            return True
        before = self.text[max(0, tokens[0].start - 20) : tokens[0].start].split()
        after = self.text[tokens[-1].end : tokens[-1].end + 40]
        if run_start and before and before[-1].lower() in PART_OF_A_PLACE:
            before = before[:-1]  # "in north Leeds": the locative word comes before the part
        if run_start and before and before[-1].lower() in LOCATIVE_WORDS:
            return True
        if run_start and town_of_a_thing(self.text, tokens[0].start, tokens[-1].end):
            return True
        if run_start and before and _STREET_AND_COMMA.match(before[-1]):
            # "on Elm Street, Fresno", not "on Elm Street, Newman said" (of a Dana Newman named before or not)
            speaker = _SPEECH_AFTER.match(after) or self._known_person(tokens[0].text, tokens[0].start)
            return not speaker
        follow = _REGION_AFTER.match(after)
        if follow:
            region = self.places[fold(follow.group(1))]
            return region is not None and region.kind in ("country", "state")
        return False

    def _known_person(self, word: str, position: int) -> str | None:
        """The one person named so far whose first or last name is ``word``."""
        if len(word) < 3 or word.isupper():
            return None
        matches = self.people_by_name.get(fold(word), ())
        return next(iter(matches)) if len(matches) == 1 else None

    def _add_person(self, person: _Person) -> None:
        self.people.setdefault(slug(" ".join(person.tokens)), person.entity)
        for word in (person.tokens[0], person.tokens[-1]):
            self.people_by_name.setdefault(fold(word), set()).add(person.entity)

    # -- the run

    def resolve(self, run: list[_Token], segment: int, headline: bool) -> list[Mention]:
        mentions: list[Mention] = []
        i = 0
        saw_title = False
        while i < len(run):
            first = run[i]
            low = first.key
            if low in FUNCTION_WORDS and i == 0:
                i += 1
                continue
            consumed = self._organisation(run, i, segment, mentions)
            if consumed:
                i += consumed
                saw_title = False
                continue
            consumed = self._gazetteer(run, i, segment, mentions)
            if consumed:
                i += consumed
                continue
            if not first.possessive and (
                low in self.titles or role_before_name([t.text for t in run[i : i + 3]], self.text)
            ):
                saw_title = True
                i += 1
                continue
            consumed = self._person(run, i, segment, mentions, saw_title, headline)
            if consumed:
                i += consumed
                saw_title = False
                continue
            if first.acronym and (len(run) == 1 or not all(t.text.isupper() for t in run)):
                self._acronym_mention(first, segment, mentions)
            i += 1
            saw_title = False
        return mentions

    def _organisation(self, run: list[_Token], i: int, segment: int, out: list[Mention]) -> int:
        """An organisation's name from ``run[i]``: up to the last head word of the run."""
        heads = [j for j in range(i, len(run)) if run[j].key in ORGANISATION_HEADS]
        if not heads:
            return 0
        last = heads[-1]
        # A possessive place ends the name: "Russia's Defence Ministry" is a place, then an organisation.
        for j in range(i, last):
            if run[j].possessive and (self._place(run[i : j + 1]) or self._place(run[j : j + 1])):
                return 0
        of = i + 1 if last > i + 2 and run[i + 1].key == "of" else None
        if of is not None and _PLURAL_NOUN.fullmatch(run[i].key) and run[i].key not in ORGANISATION_HEADS:
            # "Shares of Norvik Inc.", "Members of the Kelby Council": what a body has or is made of,
            # and the body named after "of" ("Order of Police", "Secretary of State's Office" stay whole)
            start = of + 1 + (run[of + 1].key == "the")
            named = self._organisation(run, start, segment, out) if start < last else 0
            return start - i + named if named else 0
        words = run[i : last + 1]
        if words[0].key in FUNCTION_WORDS:
            return 0
        if len(words) == 1 and words[0].key in ORGANISATION_HEADS - {"kremlin", "pentagon"}:
            return 1  # a bare "Office" or "Police" names no one body
        name = " ".join(
            _acronym_key(t.text) if t.acronym else (t.text if k == len(words) - 1 else t.raw)
            for k, t in enumerate(words)
        )
        if words[0].acronym:
            self.bodies.add(_acronym_key(words[0].text))  # "UN Security Council": the UN is a body
        entity_id = slug(name)
        initials = _initials(t.text for t in words)
        if initials in self.acronyms:
            entity_id = self.acronyms[initials][0]
        self.organisations.setdefault(initials, entity_id)
        out.append(self._mention(words, entity_id, "organisation", name, segment))
        self._acronym_definition(words, entity_id, "organisation")
        return len(words)

    def _gazetteer(self, run: list[_Token], i: int, segment: int, out: list[Mention]) -> int:
        # Most words start no name of several words: those are looked up alone.
        longest = min(6, len(run) - i) if self.multiword_starts[fold(run[i].raw)] else 1
        for size in range(longest, 0, -1):
            words = run[i : i + size]
            if size < len(run) and len(words) < 2 and all(t.text.isupper() for t in run):
                continue  # in an all-capitals line only whole names count: not "INDIAN" of "THE NEW INDIAN"
            if size < len(run) - i and run[i + size].key in FEATURE_HEADS:
                continue  # "Tumen River" is the river, not a town
            place = self._place(words)
            if place is not None and self._city_is_likely(place, words, i == 0):
                if place.kind == "city" and size == 1 and self._starts_person(run, i):
                    return 0
                out.append(self._mention(words, place.id, "place", place.name, segment))
                self._acronym_definition(words, place.id, "place")
                return size
            demonym = None if any(t.possessive for t in words[:-1]) else self._demonym(words)
            if demonym is not None:
                out.append(self._mention(words, demonym.id, "place", demonym.name, segment))
                return size
        feature = self._feature(run, i)
        if feature:
            words = run[i : i + feature]
            name = " ".join(t.text for t in words)
            out.append(self._mention(words, slug(name), "place", name, segment))
            return feature
        return 0

    def _feature(self, run: list[_Token], i: int) -> int:
        for j in range(i + 1, min(len(run), i + 4)):
            if run[j].key in FEATURE_HEADS and not any(t.possessive for t in run[i:j]):
                if run[i].key in FUNCTION_WORDS:
                    return 0
                return j - i + 1
        return 0

    def _starts_person(self, run: list[_Token], i: int) -> bool:
        return (
            self.given[run[i].key]
            and i + 1 < len(run)
            and not run[i].possessive
            and self._place(run[i + 1 : i + 2]) is None
            and run[i + 1].key not in FUNCTION_WORDS
        )

    def _said_of_a_person(self, token: _Token) -> bool:
        """Whether what follows a name says it is a person's, whatever its first name: an age ("Ilo
        Brask, 3,") or what is done only to people ("Ilo Brask was pronounced dead")."""
        return _PERSON_AFTER.match(self.text, token.end, token.end + 60) is not None

    def _after_the(self, token: _Token) -> bool:
        return _THE_BEFORE.search(self.text[max(0, token.start - 5) : token.start].lower()) is not None

    def _after_title(self, token: _Token) -> bool:
        """Whether a title in lower case is written just before ``token`` ("general manager AJ")."""
        before = _LAST_WORD.search(self.text, max(0, token.start - 30), token.start)
        return before is not None and before.group(1).lower() in self.titles

    def _person(
        self, run: list[_Token], i: int, segment: int, out: list[Mention], titled: bool, headline: bool
    ) -> int:
        end = i
        # "A.J. Smith", "T.J. Reed": a first name written as its initials; "AJ Reed" only after a title
        # ("general manager AJ Reed"), as two capitals alone are mostly an acronym ("US Army")
        initials = (
            bool(
                _INITIALS.match(run[i].text)
                or (_BARE_INITIALS.match(run[i].text) and self._after_title(run[i]))
            )
            and i + 1 < len(run)
            and not run[i + 1].acronym
        )
        while end < len(run) and end - i < _MAX_NAME_TOKENS:
            word = run[end].key
            if word == "sr" and end - i >= 2:
                end += 1  # "Ivo Marsh Sr.": after a name, the father's suffix, not a title ("Sr. Ann")
                break
            if (
                word in FUNCTION_WORDS
                or word in self.titles
                or (run[end].acronym and not (initials and end == i))
            ):
                break
            if _CONTRACTION.search(run[end].raw) or run[end].raw.endswith("-"):
                break  # "Reggie I'm", not a name
            place = self._place(run[end : end + 1])
            if end > i and (self._demonym(run[end : end + 1]) or (place and place.kind != "city")):
                break
            end += 1
            if run[end - 1].possessive:
                break
        words = run[i:end]
        if not words:
            return 0
        tail_words = {t.key for t in words}
        if tail_words & OTHER_HEADS or tail_words & FEATURE_HEADS:
            return len(words)
        if (
            i == 0
            and not titled
            and _THE_BEFORE.search(self.text[max(0, words[0].start - 5) : words[0].start])
        ):
            return len(words)  # "the Houston Texans", "the Charles Village": people are not "the" anyone
        said_of_a_person = (
            len(words) >= 2
            and not headline
            and self._said_of_a_person(words[-1])
            and not self._after_the(words[0])  # "the Orsa Brask Trophy": people are not "the" anyone
        )
        if said_of_a_person and len(words) >= 3 and not (titled or initials or self.given[words[0].key]):
            # "Unemployed Jo Reed, 23,": a capitalised word before a first name is no part of the name
            first_given = next((k for k in range(1, len(words) - 1) if self.given[words[k].key]), None)
            if first_given is not None:
                return first_given
        if (
            len(words) >= 2
            and not headline
            and (titled or initials or self.given[words[0].key] or said_of_a_person)
        ):
            name = " ".join(t.text for t in words)
            entity_id = self._same_person(tuple(t.text for t in words)) or slug(name)
            if entity_id == slug(name):
                self._add_person(_Person(entity_id, tuple(t.text for t in words)))
            out.append(
                self._mention(words, entity_id, "person", self.names.get(entity_id, ("", name))[1], segment)
            )
            return len(words)
        if headline and len(words) >= 2:
            # a headline names people the body introduced: "Harbour Secretary Dana Quell Says ..."
            for size in range(len(words), 1, -1):
                entity_id = self._same_person(tuple(t.text for t in words[:size]))
                if entity_id is not None:
                    out.append(
                        self._mention(words[:size], entity_id, "person", self.names[entity_id][1], segment)
                    )
                    return size
        known = self._known_person(words[0].text, words[0].start)
        if known is not None and len(words) == 1:
            out.append(self._mention(words, known, "person", self.names[known][1], segment))
            return 1
        return len(words) if len(words) >= 2 else 0

    def _same_person(self, tokens: tuple[str, ...]) -> str | None:
        return self.people.get(slug(" ".join(tokens)))

    def _acronym_mention(self, token: _Token, segment: int, out: list[Mention]) -> None:
        if _CODE_NUMBER_AFTER.match(self.text[token.end : token.end + 2]):
            return  # a code such as "COVID-19" or "F-16", not a body
        key = _acronym_key(token.text)
        if key in self.acronyms:
            entity_id, kind = self.acronyms[key]
        elif key in self.organisations:
            entity_id, kind = self.organisations[key], "organisation"
        elif "." in token.text or key in self.bodies:
            entity_id, kind = slug(key), "organisation"
        else:
            return  # "DWI", "GPS", "CEO": capitals alone do not make an organisation
        name = self.names.get(entity_id, (kind, key))[1]
        out.append(self._mention([token], entity_id, kind, name, segment))

    def _acronym_definition(self, words: Sequence[_Token], entity_id: str, kind: str) -> None:
        """ "Democratic People's Republic of Korea (DPRK)": the acronym names the same entity."""
        follow = self.text[words[-1].end : words[-1].end + 14]
        match = _ACRONYM_AFTER.match(follow)
        if match:
            self.acronyms[_acronym_key(match.group(1))] = (entity_id, kind)
        self.acronyms.setdefault(_initials(t.text for t in words), (entity_id, kind)) if len(
            words
        ) > 1 else None


def find_entities(source: Source, segments: Sequence[Segment]) -> EntityIndex:
    """Every mention of a person, place or organisation in ``source``, in text order."""
    resolver = _Resolver(source.text)
    ordered = sorted(segments, key=lambda s: s.start)
    headline_spans = {(s.start, s.end): is_headline(s.text) for s in ordered}
    headlines = {s.index for s in ordered if headline_spans[s.start, s.end]}
    # Body sentences first, so a headline's "Putin" finds the "Vladimir Putin" of the body.
    mentions: list[Mention] = []
    runs = {s.index: _runs(s.text, s.start) for s in ordered}
    for segment in [s for s in ordered if s.index not in headlines] + [
        s for s in ordered if s.index in headlines
    ]:
        for run in runs[segment.index]:
            mentions.extend(resolver.resolve(run, segment.index, segment.index in headlines))
    mentions = _resolve_late_short_forms(resolver, mentions, ordered, runs)
    mentions.sort(key=lambda m: (m.start, m.end))
    index = EntityIndex(source=source.id, mentions=mentions, headlines=headline_spans)
    for entity_id, (kind, name, surfaces) in sorted(resolver.names.items()):
        index.entities[entity_id] = Entity(
            id=entity_id, kind=kind, name=name, aliases=tuple(sorted(set(surfaces) - {name}))
        )
    return index


def _resolve_late_short_forms(
    resolver: _Resolver, mentions: list[Mention], segments: list[Segment], runs: dict[int, list[list[_Token]]]
) -> list[Mention]:
    """A short form met before its full name ("Putin" in a headline): resolve it now if unambiguous."""
    taken = {position for m in mentions for position in range(m.start, m.end)}
    extra = []
    for segment in segments:
        for run in runs[segment.index]:
            for token in run:
                if token.start in taken:
                    continue
                known = resolver._known_person(token.text, token.start)
                if known is not None:
                    extra.append(
                        resolver._mention([token], known, "person", resolver.names[known][1], segment.index)
                    )
    return mentions + extra


def entity_claims(source: Source, segments: Sequence[Segment], index: EntityIndex) -> list[EntityClaim]:
    """One claim per entity of the source, at its first mention: the source speaks of it."""
    by_segment = {s.index: s for s in segments}
    seen: set[str] = set()
    claims = []
    for mention in index.mentions:
        if mention.entity in seen:
            continue
        seen.add(mention.entity)
        segment = by_segment[mention.segment]
        claims.append(
            EntityClaim(
                id=f"{source.id}:entity:{mention.start}",
                **claim_span(source, segment, mention.start, mention.end),
                subject=mention.entity,
                predicate="mentions",
                value=index.entities[mention.entity],
            )
        )
    return claims


def canonicalise(entities: Iterable[Entity]) -> dict[str, str]:
    """Map each entity id of a story to its canonical id (itself when nothing merges).

    Same kind, and near-identical names once spaces, hyphens and accents are
    gone ("Kim Jong Un" = "Kim Jong-un", rapidfuzz ratio >= 94); an acronym
    and the one spelled-out name of the story with its initials ("UN" =
    "United Nations"); a name without a middle name joins the one fuller name
    of the story ("Dana Quell" = "Dana R. Quell"); a person's
    short form ("Putin") joins the one full name of the story it ends or
    starts. Names that differ in a word ("Kim Jong Il") never merge.

    Each name is read (slugged, folded) once, and the names kept so far are
    indexed by what each test looks up (kind, initials, first and last word,
    and for the near-identical test the few names that can score 94, see
    :class:`~factcheck.extract.near_names.NearNames`): the work grows with the
    story, not with its square.
    The first kept name that passes a test wins, as when they were tried in turn.
    """
    from rapidfuzz import fuzz

    unique: dict[str, Entity] = {}
    for entity in entities:
        unique.setdefault(entity.id, entity)
    ordered = sorted(unique.values(), key=lambda e: (-len(e.name.split()), e.id))
    canonical: dict[str, str] = {}
    # what is kept, in the order kept, per kind: its entity, compact name and slug's words
    kept: dict[str, list[Entity]] = {}
    compact: dict[str, list[str]] = {}
    kept_words: dict[str, list[list[str]]] = {}
    # organisations without an acronym by initials; persons by (first, last) slug word, with the
    # number of words; persons by folded first and last word
    spelled: dict[str, list[str]] = {}
    by_ends: dict[tuple[str, str], list[tuple[int, str]]] = {}
    by_word: dict[str, list[str]] = {}
    near_names: dict[str, NearNames] = {}
    for entity in ordered:
        target = None
        words = entity.name.split()
        slug_words = slug(entity.name).split("_")
        name_compact = "".join(slug_words)
        if len(words) >= 2 and len(name_compact) >= 6 and compact.get(entity.kind):
            for index in near_names[entity.kind].candidates(name_compact):
                if fuzz.ratio(name_compact, compact[entity.kind][index]) >= 94 and _same_words_but_spacing(
                    slug_words, kept_words[entity.kind][index]
                ):
                    target = kept[entity.kind][index].id
                    break
        acronym = any(_is_acronym(w) for w in words)
        if target is None and entity.kind == "organisation" and acronym:
            # "UN" = "United Nations", "UN Security Council" = "United Nations Security Council"
            found = spelled.get(_initials(words), [])
            if len(found) == 1:
                target = found[0]
        if target is None and entity.kind == "person" and len(slug_words) == 2:
            # "Dana Quell" = "Dana R. Quell": same first and last name, one more middle name
            longer = [o for length, o in by_ends.get((slug_words[0], slug_words[-1]), []) if length > 2]
            if len(longer) == 1:
                target = longer[0]
        if target is None and entity.kind == "person" and len(words) == 1:
            full = by_word.get(fold(entity.name), [])
            if len(full) == 1:
                target = full[0]
        canonical[entity.id] = canonical.get(target, target) if target else entity.id
        if target is not None:
            continue
        kept.setdefault(entity.kind, []).append(entity)
        compact.setdefault(entity.kind, []).append(name_compact)
        kept_words.setdefault(entity.kind, []).append(slug_words)
        near_names.setdefault(entity.kind, NearNames()).add(name_compact)
        if entity.kind == "organisation" and not acronym:
            spelled.setdefault(_initials(words), []).append(entity.id)
        if entity.kind == "person":
            by_ends.setdefault((slug_words[0], slug_words[-1]), []).append((len(slug_words), entity.id))
            # once per name: "Lee Lee" is one full name to "Lee", not two
            for word in dict.fromkeys((fold(words[0]), fold(words[-1]))):
                by_word.setdefault(word, []).append(entity.id)
    return dict(sorted(canonical.items()))


def _same_words_but_spacing(wa: list[str], wb: list[str]) -> bool:
    """True when two names (their slugs' words) differ only in spacing, hyphens, case or a letter's
    spelling inside one word."""
    from rapidfuzz import fuzz

    if "".join(wa) == "".join(wb):
        return True
    if len(wa) != len(wb):
        return False
    return all(x == y or (len(x) > 4 and fuzz.ratio(x, y) >= 85) for x, y in zip(wa, wb, strict=True))
