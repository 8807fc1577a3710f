"""Words that tell what a run of capitalised words names (:mod:`factcheck.extract.entities`): the head
words of organisations, geographical features and other things, the title words written before a name,
the words that open sentences and are never part of one, and the words before a place, or around a
town that says where a thing is (:func:`town_of_a_thing`).

English vocabulary of news, not any one story's.
"""

from __future__ import annotations

import re

from factcheck.extract.person_nouns import PERSON_NOUNS

# Words that end an organisation's name (English nouns for kinds of bodies).
ORGANISATION_HEADS = frozenset(
    "academy agency alliance arena army assembly association authority bank board bureau cabinet center centre church club coalition college commission "
    "committee company congress corporation council court department directorate federation force forces "
    "foundation fund group guard hospital house inc institute kremlin league ministry navy nations office "
    "museum organisation organization parliament party patrol police pentagon school stadium senate service services survey tribunal "
    "union university".split()
    # a company's legal form, and the words companies name their trade with ("Norvik Systems"); not
    # "Co.", a county's abbreviation as often as a company's
    + "corp ltd llc plc limited incorporated holdings industries technologies systems airlines airways "
    "motors pharmaceuticals laboratories labs networks communications entertainment studios partners "
    "ventures software enterprises bancorp".split()
)
# Words that end the name of a geographical feature.
FEATURE_HEADS = frozenset(
    "airport avenue bay boulevard bridge canal coast county desert district east expressway freeway gulf "
    "highway island islands lake parkway turnpike "
    "mountain mountains ocean peninsula province region river road sea square strait street valley "
    "village west".split()
)
# Words that end names of events, periods, works and things: such runs are not people.
OTHER_HEADS = frozenset(
    "war wars games cup olympics day festival prize award awards summit treaty act agreement crisis "
    "pandemic revolution election elections championship league series show program programme".split()
)
# Title words beyond nameparser's list: portfolios and office words written before a name.
TITLE_WORDS = frozenset(
    "defence defense foreign interior finance home justice health trade economy education state deputy "
    "vice acting former prime chief spokesperson spokesman spokeswoman adviser advisor envoy ambassador "
    "leader pm premier secretary general minister president chairman chairwoman chair head commander "
    "director manager coach captain detective officer sheriff mayor governor senator judge pope king queen prince "
    "princess lord lady sir dame supreme first major inspector sergeant lieutenant colonel corporal constable "
    "superintendent chancellor rabbi reverend bishop cardinal".split()
)
# Capitalised words that open sentences or headlines and are never part of a name.
FUNCTION_WORDS = frozenset(
    "a an the this that these those there then it its he she his her they their them we our i you your "
    "but and or so yet now still also however meanwhile later earlier after before when while as if in "
    "on at by for from with without since during under over to of into about against between among "
    "following amid amidst despite through throughout according overall subsequently additionally "
    "historically satellite media independent experts officials police authorities residents witnesses "
    "image photo video watch read more also site exit share click sign subscribe advertisement "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june "
    "july august september october november december".split()
)
LOCATIVE_WORDS = frozenset(
    "in at to from near outside inside toward towards across around visit visited visiting visits "
    "via into of".split()
)
# Words of a part of a place, between a locative word and the town: "in north Leeds", "in suburban Leeds"
PART_OF_A_PLACE = frozenset(
    "north south east west northeast northwest southeast southwest northern southern eastern western "
    "central downtown suburban rural".split()
)

# "at a Leeds bar", "in their Leeds home", "in a quiet Leeds neighborhood": a town written before the
# thing it says the place of. Not after "the": "at the Warren home" is as often a family's as a town's.
_THING_OF_A_TOWN_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|inside|into|across|around|behind|on|of)\s+(?:a|an|his|her|their|its)\s+"
    r"(?-i:[a-z]+\s+)?\Z",
    re.I,
)
_COMMON_NOUN_AFTER = re.compile(r"\s+([a-z]+)")
# "in a Leeds police chase", "in a Leeds officer-involved shooting", "at a Leeds man's home": the town of
# the people named after it, which need not be where it was
_PEOPLE_OF_A_TOWN = PERSON_NOUNS | frozenset("police family couple native men women children people".split())
# "in a Pontiac sedan", "inside a Lincoln SUV", "in a Winchester rifle's case": a maker's name, which may
# be a town's, before what it made
_MADE_THINGS = frozenset(
    "car truck sedan suv van pickup minivan coupe convertible vehicle motorcycle wagon hatchback limousine "
    "rifle pistol handgun shotgun revolver".split()
)
# "sped off in a grey Lincoln and vanished", "prayed to a gracious Lord who": no thing named after the name
_NO_THING = frozenset(
    "and or but nor who whom which that whose with without in on at to of for from by as than then when "
    "while after before where is was are were has had have".split()
)
_NOT_A_PLACE = _PEOPLE_OF_A_TOWN | _MADE_THINGS | _NO_THING
# "on Leeds's east side", "in Leeds' downtown": a part of a town after its possessive (not "on Leeds's
# biggest night", nor a holiday's "on Valentine's Day")
_PART_OF_A_TOWN_BEFORE = re.compile(r"\b(?:in|at|on)\s+\Z", re.I)
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s?\s")
_PART_OF_A_TOWN_AFTER = re.compile(
    r"['\u2019]s?\s+(?:(?:[a-z]+\s+)?(?:side|end)\b|downtown|outskirts|suburbs?\b|neighbou?rhoods?\b|streets\b"
    r"|cent(?:er|re)\b|heart\b|edge\b|district\b|area\b)"
)


def town_of_a_thing(text: str, start: int, end: int) -> bool:
    """Whether the town written at ``text[start:end]`` says where a thing the words around it name is:
    the thing after it ("at a Leeds bar", "in their Leeds home"), or a part of the town after its
    possessive ("on Leeds's east side")."""
    window = max(0, start - 20)
    if _POSSESSIVE_AFTER.match(text, end):
        return bool(
            _PART_OF_A_TOWN_AFTER.match(text, end) and _PART_OF_A_TOWN_BEFORE.search(text, window, start)
        )
    noun = _COMMON_NOUN_AFTER.match(text, end)
    if noun is None or noun.group(1) in _NOT_A_PLACE or noun.group(1).removesuffix("s") in _NOT_A_PLACE:
        return False
    return bool(_THING_OF_A_TOWN_BEFORE.search(text, window, start))
