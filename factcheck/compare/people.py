"""The people of a story: one participant per individual across its reports.

Extraction gives each story one entity id per name once spacing, accents,
a missing middle name and a lone surname are accounted for
(:func:`factcheck.extract.entities.canonicalise`). Reports still write one
person in ways that rule leaves apart; here they join when nothing else in
the story could be meant:

- a name that is the start of a longer one: "Maria Lopez" and "Maria Lopez
  Garcia" (a second surname left out), as long as no other longer name of
  the story starts the same way ("Maria Lopez Diaz" too: then it stays apart);
- the same surname with a first name that is a known short form of the
  other's ("Bob Hale" and "Robert Hale"), or an initial of it ("R. Hale");
- the same names in another order or with the initials spaced differently;
- the same surname with a first name spelt another way ("Kathryn" / "Katherine", "Robin" / "Robyn":
  the same consonants, most letters shared), when no report writes both: one report naming two people
  with the surname tells them apart.

People written by role only ("a 41-year-old man", "the victim") are joined
later, by the story frame, to the one participant that has that role.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache

from rapidfuzz import fuzz

# Common English short forms of first names (a short form maps to its full forms). A general list of
# hypocorisms, as name-matching tools ship them; not the names of any story.
_SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "abe": ("abraham",),
    "al": ("albert", "alan", "allen", "alfred"),
    "alex": ("alexander", "alexandra"),
    "andy": ("andrew",),
    "ben": ("benjamin",),
    "bill": ("william",),
    "billy": ("william",),
    "bob": ("robert",),
    "bobby": ("robert",),
    "brad": ("bradley",),
    "cathy": ("catherine", "cathleen"),
    "charlie": ("charles",),
    "chris": ("christopher", "christine", "christina"),
    "chuck": ("charles",),
    "dan": ("daniel",),
    "danny": ("daniel",),
    "dave": ("david",),
    "deb": ("deborah",),
    "debbie": ("deborah",),
    "dick": ("richard",),
    "don": ("donald",),
    "ed": ("edward", "edwin"),
    "eddie": ("edward",),
    "frank": ("francis", "franklin"),
    "fred": ("frederick",),
    "greg": ("gregory",),
    "hank": ("henry",),
    "jack": ("john",),
    "jake": ("jacob",),
    "jim": ("james",),
    "jimmy": ("james",),
    "joe": ("joseph",),
    "joey": ("joseph",),
    "jon": ("jonathan",),
    "ken": ("kenneth",),
    "kathy": ("katherine", "kathleen"),
    "kate": ("katherine", "catherine"),
    "katie": ("katherine",),
    "larry": ("lawrence",),
    "liz": ("elizabeth",),
    "beth": ("elizabeth",),
    "matt": ("matthew",),
    "mike": ("michael",),
    "mick": ("michael",),
    "nick": ("nicholas",),
    "pat": ("patrick", "patricia"),
    "pete": ("peter",),
    "phil": ("philip", "phillip"),
    "ray": ("raymond",),
    "rick": ("richard",),
    "rob": ("robert",),
    "ron": ("ronald",),
    "sam": ("samuel", "samantha"),
    "steve": ("steven", "stephen"),
    "sue": ("susan",),
    "ted": ("edward", "theodore"),
    "tim": ("timothy",),
    "tom": ("thomas",),
    "tommy": ("thomas",),
    "tony": ("anthony",),
    "vince": ("vincent",),
    "walt": ("walter",),
    "will": ("william",),
    "zach": ("zachary",),
    "jen": ("jennifer",),
    "jenny": ("jennifer",),
    "jeff": ("jeffrey",),
    "josh": ("joshua",),
    "meg": ("margaret",),
    "peggy": ("margaret",),
    "sandy": ("sandra",),
    "terry": ("terrence", "terence"),
    "trish": ("patricia",),
    "vicky": ("victoria",),
}
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sgt", "officer", "deputy", "det", "lt", "capt"})


def _suffix(name: str) -> str | None:
    """A name's generational suffix, folded ("Ivo Marsh Jr." -> "jr"), or None."""
    words = name.replace(",", " ").split()
    last = words[-1].strip(".").lower() if len(words) > 1 else ""
    return last if last in _SUFFIXES else None


def name_words(name: str) -> tuple[str, ...]:
    """A name's words, folded to lowercase ASCII, without titles and suffixes ("Dr. Ann Lee Jr." ->
    ("ann", "lee"))."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = re.findall(r"[a-z]+(?:'[a-z]+)?", folded.replace("-", " "))
    while words and words[0] in _TITLES:
        words = words[1:]
    while words and words[-1] in _SUFFIXES:
        words = words[:-1]
    return tuple(words)


def _first_names_match(first: str, other: str) -> bool:
    if first == other:
        return True
    if len(first) == 1 or len(other) == 1:
        return first[0] == other[0]
    return other in _SHORT_FORMS.get(first, ()) or first in _SHORT_FORMS.get(other, ())


_SOUNDS_ALIKE = ((re.compile(r"c(?=[aou])|ck|q"), "k"), (re.compile(r"ph"), "f"), (re.compile(r"y"), "i"))
# How much of two spellings of one first name is shared, once they are written as they sound (rapidfuzz's
# ratio): "Kathryn" and "Catherine" 88%, "Brian" and "Bruno" (the same consonants, two names) 60%.
_SPELLING_RATIO = 70


def _sounded(first: str) -> str:
    for pattern, sound in _SOUNDS_ALIKE:
        first = pattern.sub(sound, first)
    return first


def _consonants(sounded: str) -> str:
    skeleton = sounded[0] + re.sub(r"[aeiouh]", "", sounded[1:])
    return re.sub(r"(.)\1+", r"\1", skeleton)


def spelt_alike(name: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether two names (from :func:`name_words`) differ only by the spelling of the first name:
    the same surname, first names of the same consonants that share most of their letters."""
    if len(name) < 2 or len(other) < 2 or name[-1] != other[-1] or name[0] == other[0]:
        return False
    first, second = _sounded(name[0]), _sounded(other[0])
    if min(len(first), len(second)) < 3:
        return False
    # name_words folds case ("kathryn"); the table of names keeps it ("Kathryn")
    genders = {gender(name[0].capitalize()), gender(other[0].capitalize())} - {None}
    if first != second and len(genders) > 1:
        # "Daniel" and "Danielle"; "Robin" and "Robyn" are written alike whatever they tell, and a rarer
        # spelling the table of names lacks ("Chaunci") tells no gender against the other
        return False
    return _consonants(first) == _consonants(second) and fuzz.ratio(first, second) >= _SPELLING_RATIO


def gender(name: str) -> str | None:
    """ "male" or "female" when a first name says so clearly (as gender-guesser tells), else None."""
    from factcheck.extract.gazetteer import gendered_names

    words = name.split()
    first = words[0] if words else ""
    return next((g for g in ("male", "female") if first in gendered_names(g)), None)


def same_person(name: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether two names (from :func:`name_words`) can be one person's, by their words alone."""
    if len(name) < 2 or len(other) < 2:
        return False
    if len(name) == len(other) and len(name) > 2:
        # "Ann M. Lee" and "Ann Mae Lee": each middle word agrees with the other's (initial or word)
        return (
            _first_names_match(name[0], other[0])
            and name[-1] == other[-1]
            and all(
                a == b or (min(len(a), len(b)) == 1 and a[0] == b[0])
                for a, b in zip(name[1:-1], other[1:-1], strict=True)
            )
        )
    shorter, longer = sorted((name, other), key=len)
    if not _first_names_match(shorter[0], longer[0]):
        return False
    if shorter[-1] == longer[-1]:
        # Same surname; the shorter's middle words must all be in the longer ("Ann Lee" / "Ann Mae Lee").
        middle = set(longer[1:-1])
        return all(
            word in middle or (len(word) == 1 and any(m[0] == word for m in middle)) for word in shorter[1:-1]
        )
    # A second surname left out: "Maria Lopez" starts "Maria Lopez Garcia".
    return len(shorter) >= 2 and longer[: len(shorter)][1:] == shorter[1:]


@dataclass(frozen=True)
class Participant:
    """One individual of a story: an id, the fullest name reports give, and every name written."""

    id: str
    name: str
    names: tuple[str, ...]


def participants(
    people: Iterable[tuple[str, str]], sources_of: Mapping[str, Iterable[str]] | None = None
) -> tuple[dict[str, Participant], dict[str, str]]:
    """People of a story, from (entity id, name) pairs, as participants; and entity id -> participant id.

    A name joins another only when the story leaves no other choice: a short name that could be
    two different longer people stays on its own. ``sources_of`` (entity id -> the reports naming
    it) lets two spellings of one name join when no report writes both, and a name without its
    generational suffix join the one suffixed form when no report writes both ("Jr." and "Sr." never
    join).
    """
    names: dict[str, str] = {}
    for entity, name in people:
        names.setdefault(entity, name)
    words = {entity: name_words(name) for entity, name in names.items()}
    suffixes = {entity: _suffix(name) for entity, name in names.items()}
    # Longest names first: a shorter name joins a longer one, never the other way round; of names as
    # long, one with a suffix first ("Ivo Marsh" joins "Ivo Marsh Jr.", the name the rest leave out).
    order = sorted(names, key=lambda e: (-len(words[e]), suffixes[e] is None, e))

    def same_generation(entity: str, other: str) -> bool:
        # "Ivo Marsh Sr." is never "Ivo Marsh Jr."; nor is "Ivo Marsh" when a report writes him beside
        # "Ivo Marsh Jr." (the son's name is his father's)
        mine, theirs = suffixes[entity], suffixes[other]
        if mine is not None and theirs is not None:
            return mine == theirs
        if (mine is None and theirs is None) or sources_of is None:
            return True
        return not set(sources_of.get(entity, ())) & set(sources_of.get(other, ()))

    owner: dict[str, str] = {}
    # The names (heads so far) by each of their words after the first: a name can only be one
    # person's with a longer or as long one that has its last word among those (same_person), so
    # each is compared with those alone, not with every name before it.
    heads_by_word: dict[str, list[str]] = {}
    for entity in order:
        name = words[entity]
        candidates = heads_by_word.get(name[-1], []) if len(name) >= 2 else []
        heads = sorted(
            {
                other
                for other in candidates
                if same_person(name, words[other]) and same_generation(entity, other)
            }
        )
        owner[entity] = heads[0] if len(heads) == 1 else entity
        if owner[entity] == entity:
            for word in set(name[1:]):
                heads_by_word.setdefault(word, []).append(entity)
    if sources_of is not None:
        _join_spellings(order, words, owner, sources_of)
    _join_honorifics(order, names, words, owner)
    members: dict[str, list[str]] = {}
    for entity in order:
        members.setdefault(owner[entity], []).append(entity)
    result: dict[str, Participant] = {}
    for head, group in members.items():
        result[head] = Participant(head, names[head], tuple(sorted({names[e] for e in group})))
    return result, owner


# What an honorific says of whom it names ("Mr Marsh" is no Lena Marsh)
_HONORIFIC_GENDER = {"mr": "male", "mrs": "female", "ms": "female", "miss": "female"}


def _join_honorifics(order: list[str], names: Mapping[str, str], words, owner: dict[str, str]) -> None:
    """Join a surname written with an honorific ("Miss Pask", "Mr. Marsh": a report that gives the full
    name only in its title) to the one participant of the story with that surname whom the honorific
    can name; with two ("Mrs Pask" beside a Lena and an Ana Pask) or none ("Mr Pask" beside Lena Pask
    alone), it stays."""
    heads: dict[str, list[str]] = {}
    for entity in order:
        if owner[entity] == entity and len(words[entity]) >= 2:
            heads.setdefault(words[entity][-1], []).append(entity)
    for entity in order:
        honorific = names[entity].split()[0].strip(".").lower() if names[entity].split() else ""
        if len(words[entity]) != 1 or owner[entity] != entity or honorific not in _HONORIFIC_GENDER:
            continue
        said = _HONORIFIC_GENDER[honorific]
        candidates = [h for h in heads.get(words[entity][0], []) if gender(names[h]) in (None, said)]
        if len(candidates) == 1:
            owner[entity] = candidates[0]


def _join_spellings(
    order: list[str], words: Mapping[str, tuple[str, ...]], owner: dict[str, str], sources_of
) -> None:
    """Join participants whose names are spellings of one name (:func:`spelt_alike`) that no report
    writes both of; compared only within one surname and one sound of the first name (linear)."""
    reports: dict[str, set[str]] = {}
    for entity in order:
        reports.setdefault(owner[entity], set()).update(sources_of.get(entity, ()))
    position = {entity: i for i, entity in enumerate(order)}
    blocks: dict[tuple[str, str], list[str]] = {}
    for head in sorted(reports, key=position.__getitem__):
        name = words[head]
        if len(name) >= 2 and len(name[0]) >= 3:
            blocks.setdefault((name[-1], _consonants(_sounded(name[0]))), []).append(head)
    joined: dict[str, str] = {}
    for heads in blocks.values():
        for i, head in enumerate(heads):
            for earlier in heads[:i]:
                target = joined.get(earlier, earlier)
                if spelt_alike(words[head], words[earlier]) and not reports[head] & reports[target]:
                    joined[head] = target
                    reports[target] |= reports[head]
                    break
    for entity in order:
        owner[entity] = joined.get(owner[entity], owner[entity])


# A capitalised word with its inner apostrophes and hyphens ("O'Neil", "Da’Vaughn", "Ruiz-Lopez")
_CAPITALISED_WORD = re.compile(r"\b[A-Z][\w'’-]*")
_POSSESSIVE_END = re.compile(r"['’]s?$")
# What a quote may write around a name that is no part of it: a nickname in quotes ('Ivo "Bear" Marsh'),
# an age at a sentence's start ("Twenty-year-old Ivo Marsh") and the town after it ("19-year-old Konya
# man Ivo Marsh"), the others an age is shared with ("Ivo Marsh and Al Ray, both 19"), a title ("Dr.
# Ivo Marsh, 41")
_NOT_NAME_PARTS = re.compile(
    r"[\"“][^\"“”]*[\"”]"
    r"|\b[\w-]*years?[\s-]+olds?\b(?-i:\s+(?:[A-Z][\w'’-]*\s+){1,2}(?=[a-z]+\s+[A-Z]))?"
    r"|(?:,\s+[^,]+)*,?\s+and\s+[^,]+,\s+(?:both|all)\s+\d+$"
    r"|^(?:He|She|The)\b"  # "She was 85", "The 24-year-old added": a pronoun or an article is no name
    r"|\b(?:Mr|Mrs|Ms|Dr|Prof|Rev)\.",  # a title before the name: "Dr. Ann Lee, 41"
    re.IGNORECASE,
)


def _name_pieces(word: str) -> list[str]:
    # a name's parts between its apostrophes and hyphens, however each report writes them ("O’Neil",
    # "O'Neil"; "Ruiz-Lopez", "Ruiz Lopez")
    return [piece for piece in re.split(r"['’-]+", word.lower()) if piece]


def written_names_in(quote: str, names: Iterable[str]) -> bool:
    """Whether every name written in ``quote`` (its capitalised words with a small letter) is made of
    the words of ``names``: "Tom Reed, 23" is not Anna Reed's age, "Jo Ruiz-Lopez, 23" is Jo Ruiz-Lopez's."""
    return _names_written_in(quote, tuple(names))


# asked of each age claim by the frame and by the alignment, and a big story's copies repeat their quotes
@lru_cache(maxsize=1024)
def _names_written_in(quote: str, names: tuple[str, ...]) -> bool:
    known = {piece for name in names for word in name.split() for piece in _name_pieces(word)}
    written = (
        _POSSESSIVE_END.sub("", word) for word in _CAPITALISED_WORD.findall(_NOT_NAME_PARTS.sub(" ", quote))
    )
    return all(set(_name_pieces(word)) <= known for word in written if any(c.islower() for c in word))


_TOKEN = re.compile(r"[\w'’.-]+")
# Where a word of the text starts with a letter that is not a lower-case ASCII one (a capital, or a
# letter the caller checks): the places a name may start.
_CAPITAL_START = re.compile(r"(?<![\w'’.-])[^\W\d_a-z]")


@dataclass(frozen=True)
class NameTable:
    """Each way the participants are written, as a tuple of lowercased words -> participant id (a
    surname alone only when one participant has it); and the most words a name has."""

    owners: Mapping[tuple[str, ...], str]
    longest: int

    @cached_property
    def first_words(self) -> frozenset[str]:
        """The first word of every name: a capital that begins none of them begins no name, and most
        capitals of a text begin a sentence or another name."""
        return frozenset(words[0] for words in self.owners)


def name_table(people: Mapping[str, Participant]) -> NameTable:
    """The :class:`NameTable` of a story's participants."""
    owners: dict[tuple[str, ...], str] = {}
    surnames: dict[str, set[str]] = {}
    for pid, person in people.items():
        for name in person.names:
            words = tuple(word.rstrip(".") for word in name.lower().split())  # "A.J." is read as "a.j"
            owners[words] = pid
            if len(words) >= 2:
                surnames.setdefault(words[-1], set()).add(pid)
    for surname, pids in surnames.items():
        if len(pids) == 1 and (surname,) not in owners:
            owners[(surname,)] = next(iter(pids))
    return NameTable(owners, max((len(words) for words in owners), default=0))


def find_names(text: str, table: NameTable) -> list[tuple[int, int, str]]:
    """The participants' names in a text, longest first at each word, by dictionary lookups of word
    runs (a regular expression of thousands of names would cost as many tries per position). A name
    starts with a capital: only the words from one are read, and only where the first is a name's."""
    found: list[tuple[int, int, str]] = []
    if not table.owners:
        return found  # a story of no one named: no capital need be read
    resume = 0
    for capital in _CAPITAL_START.finditer(text):
        start = capital.start()
        if start < resume or not text[start].isupper():
            continue
        if _TOKEN.match(text, start).group().lower().rstrip(".") not in table.first_words:
            continue
        tokens = list(itertools.islice(_TOKEN.finditer(text, start), table.longest))
        run = [token.group().lower().rstrip(".") for token in tokens]
        for size in range(len(tokens), 0, -1):
            pid = table.owners.get(tuple(run[:size]))
            if pid is not None:
                found.append((start, tokens[size - 1].end(), pid))
                resume = tokens[size - 1].end()
                break
    return found
