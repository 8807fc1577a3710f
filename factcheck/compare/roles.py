"""People written by role: "a 41-year-old man was arrested", "the teen who died".

A mention without a name joins the one participant of the story who had the same part in it (was
killed, was hurt, was arrested or charged), when the story has exactly one such participant and
nothing in the mention says otherwise (a woman is not the man arrested). Otherwise it stays apart:
"a 19-year-old" of a story with two victims could be either. A mention by what a person is called
("the 27-year-old actor") also joins the one participant the reports call so before their name
("Actor Ola Vesk", "first baseman Ola Vesk", "the hiker, Ola Vesk").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from factcheck.compare.person_words import FEMALE_NOUNS, MALE_NOUNS, ROLE_NOUNS
from factcheck.compare.sentences import clause_of, sentence_events

# What happened to someone, by the event class of the words around their mention.
_PART_OF_CLASS = {
    "death": "killed",
    "killing_outcome": "killed",
    "injury": "injured",
    "arrest": "suspect",
    "charge": "suspect",
    "court": "suspect",
    "conviction": "suspect",
    "sentencing": "suspect",
}
_PART_OF_ROLE_NOUN = {"suspect": "suspect", "victim": None}


def part_in(sentence: str, start: int, end: int) -> str | None:
    """The part the person mentioned at ``[start, end)`` had, by the event words of their clause:
    "killed", "injured" or "suspect"; None when the clause tells none or several, but for a suspect's
    step told before what it was for."""
    clause_start, clause_end = clause_of(sentence, start, end)
    if _HARMED_BY_GERUND_BEFORE.search(sentence, clause_start, start):
        return None  # "he is accused of shooting Ivo Marsh": the one harmed, not the suspect
    told = sorted(
        (w_start, part)
        for w_start, w_end, name in sentence_events(sentence)
        if clause_start <= w_start < clause_end
        and (part := _part_of_word(sentence, w_end, name)) is not None
        and not _SAID_BETWEEN.search(sentence, min(end, w_start), max(start, w_start))
    )
    parts = {part for _, part in told}
    if len(parts) == 1:
        return parts.pop()
    # "a cook was killed and a pupil was wounded": the person's own verb, right after them, tells theirs
    own = next((part for w_start, part in told if _OWN_VERB_BETWEEN.fullmatch(sentence, end, w_start)), None)
    if own is not None:
        return own
    # "A man was charged with murder in the killing of Jo Reed", "arrested a man in the death of Jo Reed":
    # what a suspect's step was for follows it, and the person named before it is the suspect
    first_other = next((w_start for w_start, part in told if part != "suspect"), None)
    if told and told[0][1] == "suspect" and first_other is not None and end <= first_other:
        return "suspect"
    return None


def _part_of_word(sentence: str, end: int, name: str) -> str | None:
    """The part an event word of class ``name`` ending at ``end`` gives the person of its clause: "shot
    to death" is the shooting itself, and a death, so the one shot was killed."""
    return "killed" if sentence.endswith(" to death", 0, end) else _PART_OF_CLASS.get(name)


# The harm a suspect's step is for, with the one it befell after it: "accused of shooting", "charged
# with stabbing and robbing"
_HARMED_BY_GERUND_BEFORE = re.compile(
    r"\b(?:of|with|for|in)\s+(?:\w+ly\s+)?(?:shooting|killing|murdering|stabbing|robbing|attacking|assaulting"
    r"|beating|kidnapping|wounding|injuring|strangling|raping)(?:\s+and\s+\w+ing)?\s+\Z"
)
# what befell a person, in the passive right after them ("was killed"), or their own dying; not a verb
# of theirs that befell another ("a boy shot and killed a man")
_OWN_VERB_BETWEEN = re.compile(
    r"\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?:\w+ly\s+)?|\s+(?=died\b|dies\b)"
)
# A verb of saying between a person and an event word: what they said, not what they did or suffered
# ("Ola Brant, 70, said the killing shook the street"); not of themselves ("said he was shot")
_SAID_BETWEEN = re.compile(
    r"\b(?:said|says|told|added|recalled|explained)\b(?!\s+(?:that\s+)?(?:he|she|they|I)\b)"
)
# the word a report calls a person by right before their name: "Actor Ola Vesk", "the hiker, Ola Vesk"
_CALLED_BEFORE = re.compile(r"\b([A-Za-z]+),?\s+\Z")
_CALLED = "called:"
# "her 12-year-old daughter", "the boy's 5-year-old sister": someone's relative, before a person's words
POSSESSED = re.compile(r"(?:\b(?:her|his|their|its)|\w['’]s?)\s+\Z", re.I)
# Offices whose holders speak of a case rather than take a part in it: where "Sheriff Ola Vesk said the
# boy was arrested" makes the sheriff the one suspect named, the boy's age is not the sheriff's
_SPEAKING_OFFICES = frozenset(
    "sheriff prosecutor judge attorney lawyer spokesman spokeswoman spokesperson detective superintendent "
    "commissioner inspector mayor governor chief sgt sergeant lt lieutenant".split()
)


def participant_parts(
    sentences: Sequence[str], people_in: Callable[[str], list[tuple[int, int, str]]]
) -> dict[str, set[str]]:
    """Each named participant's parts in the story, from every sentence that names them, and what
    each is called before their name ("called:actor")."""
    parts: dict[str, set[str]] = {}
    # a sentence read again (copies of one report repeat theirs word for word) adds nothing new
    for sentence in dict.fromkeys(sentences):
        for start, end, person in people_in(sentence):
            found = part_in(sentence, start, end)
            if found is not None:
                parts.setdefault(person, set()).add(found)
            called = _CALLED_BEFORE.search(sentence, max(0, start - 30), start)
            if called is not None:
                parts.setdefault(person, set()).add(_CALLED + called.group(1).lower())
    return parts


def parts_had(found: set[str]) -> set[str]:
    """The parts a participant had in the story, of all :func:`participant_parts` found: not what they
    are called."""
    return {part for part in found if not part.startswith(_CALLED)}


def role_person(
    noun: str, part: str | None, parts: Mapping[str, set[str]], genders: Mapping[str, str | None]
) -> str | None:
    """The one participant a mention by ``noun`` ("man", "teen", "suspect") with ``part`` can be."""
    part = part or _PART_OF_ROLE_NOUN.get(ROLE_NOUNS.get(noun, ""), None) or _CALLED + noun
    gender = "male" if noun in MALE_NOUNS else "female" if noun in FEMALE_NOUNS else None
    candidates = [
        person
        for person, found in parts.items()
        if part in found and (gender is None or genders.get(person) in (None, gender))
    ]
    if len(candidates) != 1 or any(_CALLED + office in parts[candidates[0]] for office in _SPEAKING_OFFICES):
        return None
    return candidates[0]
