"""Words that tell what a run of capitalised words names (:mod:`factcheck.extract.entities`): the head
words of organisations, geographical features and other things, the title words written before a name,
the words that open sentences and are never part of one, and the words before a place.

English vocabulary of news, not any one story's.
"""

from __future__ import annotations

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
