"""The words that stand for a person: the nouns an unnamed person is called by ("a 45-year-old man",
"the victim, 19,") and the roles written before a name like a title ("Suspect Ola Vesk")."""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.extract.gazetteer import fold, given_names
from factcheck.extract.patterns import lower_case_words

# Person nominals that can stand for an unnamed person ("a 45-year-old man", "the victim, 19,")
PERSON_NOUNS = frozenset(
    """man woman boy girl child baby toddler infant teenager teen youth person victim suspect driver passenger
    male female juvenile adult youngster
    pedestrian cyclist motorcyclist rider pilot mother father son daughter brother sister husband wife
    grandmother grandfather student pupil worker resident officer soldier gunman shooter defendant
    inmate prisoner patient nurse doctor teacher player athlete actor actress singer musician artist
    owner employee friend neighbour neighbor girlfriend boyfriend survivor hiker climber swimmer
    fisherman farmer tourist visitor journalist photographer refugee migrant veteran retiree pensioner
    lawyer judge mayor candidate pitcher quarterback receiver linebacker goalkeeper goalie striker defender
    midfielder coach rapper comedian novelist author writer poet painter director producer hostage customer
    champion challenger boxer fighter wrestler golfer runner jockey cricketer captain manager president
    minister senator governor executive businessman businesswoman""".split()
)


def role_before_name(words: Sequence[str], text: str) -> bool:
    """Whether the first of ``words`` is a role written before a person's name, not part of it:
    "Suspect Ola Vesk", "Pitcher Ola Vesk" (a role at the start of a sentence, or written like a
    title). It is no given name, a given name and a surname follow it, and it is a person noun or a
    word ``text`` also writes in lower case: a name's unusual first word ("Jaylo Ann Reed") is not; of
    two joined roles ("Singer-songwriter Ola Vesk") one such word is enough."""
    pieces = words[0].split("-") if len(words) >= 3 else []
    if not pieces or not all(piece.isalpha() for piece in pieces):
        return False
    first = words[0].lower()
    if fold(first) in given_names() or fold(words[1]) not in given_names():
        return False
    return any(common_word(piece, text) for piece in pieces)


def common_word(word: str, text: str) -> bool:
    """Whether a capitalised word is a common one: a person noun, or a word ``text`` writes in lower case."""
    lower = word.lower()
    # "Pianist", "Cellist", "Activist": a person by what they do, as no given name ends
    return (
        lower in PERSON_NOUNS or (len(lower) > 5 and lower.endswith("ist")) or lower in lower_case_words(text)
    )
