"""English plurals of the nouns counts count: "child" -> "children", "injury" -> "injuries"."""

from __future__ import annotations

IRREGULAR_PLURALS = {
    "people": "people",
    "persons": "people",
    "person": "people",
    "children": "children",
    "child": "children",
    "men": "men",
    "man": "men",
    "women": "women",
    "woman": "women",
    "police": "police",
    "staff": "staff",
    "personnel": "personnel",
    "crew": "crew",
    "aircraft": "aircraft",
    "cattle": "cattle",
    "sheep": "sheep",
    "fish": "fish",
    "feet": "feet",
    "teeth": "teeth",
    "mice": "mice",
    "geese": "geese",
    "deer": "deer",
    "livestock": "livestock",
}


def is_plural(word: str) -> bool:
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word] == word or word == "persons"
    if len(word) > 4 and word.endswith("men"):
        return True  # "gunmen", "firemen"
    return len(word) > 2 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s"))


def plural(word: str) -> str:
    """The plural of a noun ("child" -> "children", "injury" -> "injuries"); a plural stays as it is."""
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if is_plural(word):
        return word
    if len(word) > 4 and word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"
