"""The words news writes unnamed people with: the part a noun gives ("the gunman" is a suspect), the
nouns that say only who ("a 41-year-old man"), and those that tell a man from a woman."""

from __future__ import annotations

# Nouns an unnamed person is written with, and the role each one gives when it says it alone.
ROLE_NOUNS: dict[str, str] = {
    **dict.fromkeys(("victim", "victims"), "victim"),
    **dict.fromkeys(
        (
            "suspect",
            "suspects",
            "gunman",
            "gunmen",
            "shooter",
            "shooters",
            "assailant",
            "attacker",
            "killer",
            "defendant",
            "accused",
            "robber",
            "robbers",
            "perpetrator",
        ),
        "suspect",
    ),
    **dict.fromkeys(("officer", "deputy", "trooper", "policeman", "policewoman", "detective"), "officer"),
    **dict.fromkeys(("witness", "witnesses", "neighbor", "neighbour", "bystander"), "witness"),
    **dict.fromkeys(("driver", "motorist"), "driver"),
}
# People nouns that say who, not what part they had ("a 41-year-old man").
PERSON_NOUNS = frozenset(
    """man woman boy girl child teen teenager youth toddler baby infant person male female juvenile adult
    resident student mother father son daughter brother sister husband wife""".split()
)
MALE_NOUNS = frozenset("man boy male son father brother husband policeman".split())
FEMALE_NOUNS = frozenset("woman girl female daughter mother sister wife policewoman".split())
