"""What a count counts, in words: the participles after a count's noun, and its thing in the plural
("shots fired", "counts of assault", "people arrested"), as a count says it."""

from __future__ import annotations

from factcheck.values import plural

# Words that introduce a part of a count told before: "including five children", "of them two"
PART_WORDS = r"including|among\s+them|among\s+whom|of\s+whom|of\s+them"
IRREGULAR_PARTICIPLES = frozenset(
    "hurt shot left lost held taken stolen built sold sent seen found hidden brought caught kept".split()
)
# words that follow a counted noun as a participle does, and tell what became of them ("nine people
# missing", "50 people aboard")
_NOUN_PARTICIPLES = IRREGULAR_PARTICIPLES | {"struck", "hit", "missing", "aboard"}
INTRANSITIVE_OUTCOMES = frozenset(
    {"died", "perished", "drowned", "disappeared", "vanished", "fled", "survived", "escaped"}
)

# The participle of a verb after a count ("killing 14" -> "killed")
VERB_PARTICIPLE = {
    "killing": "killed",
    "kills": "killed",
    "injuring": "injured",
    "injures": "injured",
    "wounding": "wounded",
    "wounds": "wounded",
    "leaving": "left",
    "arresting": "arrested",
    "detaining": "detained",
    "capturing": "captured",
    "seizing": "seized",
    "evacuating": "evacuated",
    "displacing": "displaced",
    "rescuing": "rescued",
    "destroying": "destroyed",
    "damaging": "damaged",
    "hospitalizing": "hospitalized",
    "hospitalising": "hospitalised",
    "firing": "fired",
    "launching": "launched",
    "affecting": "affected",
}


def is_participle(word: str) -> bool:
    """Whether a word of a count's thing is a participle after its noun ("fired", "sent", "hit")."""
    return word.endswith("ed") or word in _NOUN_PARTICIPLES


def plural_phrase(counted: str) -> str:
    """What a count counts, in the plural, as a count says it: "game" -> "games", "shot fired" ->
    "shots fired", "vehicle struck" -> "vehicles struck" (the noun is the word before the first
    participle after it, else the last word), "count assault" -> "counts of assault", a participle
    alone the people's: "arrested" -> "people arrested"."""
    words = counted.split()
    if len(words) == 1 and is_participle(words[0]):
        # "arrested": the people, a key's filler word left out; "escaped": what they did
        return f"people who {words[0]}" if words[0] in INTRANSITIVE_OUTCOMES else f"people {words[0]}"
    if len(words) > 1 and words[0] == "count":
        return f"counts of {' '.join(words[1:])}"  # "two counts of assault", its "of" folded away
    head = next(
        (i - 1 for i in range(1, len(words)) if is_participle(words[i])),
        len(words) - 1,
    )
    if words:
        words[head] = plural(words[head])
    return " ".join(words)
