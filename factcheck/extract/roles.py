"""Roles: a person holding a title, of an organisation or country, at a time.

Three ways news text gives a title, each next to a person the entity index
found:

- before the name: "Russian Defence Minister Andrei Belousov", "US State
  Department spokesperson Matthew Miller", "then-leader Kim Jong Il",
  "former president X" (the country or body just before the title is the
  organisation);
- in apposition after it: "Sergei Shoigu, Russia's then-defense minister",
  "Matt Smith, the 12th Doctor";
- in apposition before it: "its leader, Kim Jong Un", "Vladimir Putin's
  foreign policy adviser, Yuri Ushakov", "the 12th Doctor, Matt Smith";
- after a verb that names or makes the person its holder: "Ola Vesk has been
  named as the 13th Doctor", "Ola Vesk was sworn in as the 44th president",
  "Ola Vesk has been cast as the 14th Doctor",
  "Ola Vesk will become the 15th head coach" (the future tense).

Titles are normalised to lower case with one spelling ("defense" ->
"defence", "PM" -> "prime minister", "spokesman" -> "spokesperson"); an
ordinal before the title ("12th", "first") goes to ``ordinal``; "then-" and
"former"/"ex-" make the tense "then"/"former", "-elect"/"incoming" make it
"future". ``as_of`` is the publication date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.extract.entities import EntityIndex, Mention
from factcheck.extract.numbers import find_ordinals
from factcheck.extract.spans import claim_span
from factcheck.records import Role, RoleClaim, Segment, Source

# Nouns that name an office or function (English), the head of a title.
ROLE_HEADS = frozenset(
    "president minister leader spokesperson spokesman spokeswoman adviser advisor secretary chancellor "
    "governor mayor senator ambassador envoy chief director chairman chairwoman chair commander general "
    "judge prosecutor sheriff king queen prince princess pope premier pm ceo founder coach captain doctor "
    "head representative lawmaker attorney editor manager ruler dictator emperor monarch admiral marshal "
    "commissioner superintendent inspector detective officer diplomat negotiator president-elect "
    "vice-president deputy lawyer".split()
)
# Words that qualify a title: portfolios and ranks.
TITLE_MODIFIERS = frozenset(
    "defence defense foreign interior finance home justice health trade economy economic education state "
    "deputy vice acting prime chief supreme first general foreign-policy policy security national "
    "military press top senior assistant executive managing attorney district police fire "
    "federal provincial regional county city party".split()
)
TITLE_SPELLINGS = {
    "defense": "defence",
    "pm": "prime minister",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "advisor": "adviser",
    "chairman": "chair",
    "chairwoman": "chair",
    "vice-president": "vice president",
}
_TENSE_WORDS = {"then": "then", "former": "former", "ex": "former", "late": "former", "incoming": "future"}
_WORD = re.compile(r"[A-Za-z][A-Za-z.'\u2019]*(?:-[A-Za-z]+)*|\d+(?:st|nd|rd|th)")
_MAX_TITLE_WORDS = 5


def normalise_title(words: Sequence[str]) -> str:
    """Lower case, one spelling per word: ["Defense", "Minister"] -> "defence minister"."""
    out = []
    for word in words:
        low = word.lower().strip(".")
        out.append(TITLE_SPELLINGS.get(low, low))
    return " ".join(out)


def _split_tense(word: str) -> tuple[str | None, str]:
    low = word.lower()
    for prefix, tense in (("then-", "then"), ("ex-", "former"), ("former-", "former")):
        if low.startswith(prefix):
            return tense, word[len(prefix) :]
    if low.endswith("-elect"):
        return "future", word[: -len("-elect")]
    return None, word


def _title_words(words: list[tuple[int, int, str]]) -> tuple[int, list[str], str, int | None] | None:
    """From words ending at a title head: (start offset, title words, tense, ordinal).

    ``words`` is read right to left; it must end with a role head.
    """
    if not words:
        return None
    tense_head, head = _split_tense(words[-1][2])
    if head.lower().strip(".") not in ROLE_HEADS:
        return None
    title = [head]
    tense = tense_head or "current"
    start = words[-1][0]
    ordinal = None
    for begin, _, word in reversed(words[:-1]):
        if len(title) >= _MAX_TITLE_WORDS:
            break
        word_tense, bare = _split_tense(word)
        low = bare.lower().strip(".")
        if word_tense:
            tense = word_tense
        if low in _TENSE_WORDS and not word_tense:
            tense = _TENSE_WORDS[low]
            start = begin
            break
        ordinals = find_ordinals(bare)
        if (
            ordinals
            and ordinals[0].start == 0
            and ordinals[0].end == len(bare)
            and low != "second-in-command"
        ):
            ordinal = ordinals[0].value
            start = begin
            break
        if low in TITLE_MODIFIERS or low in ROLE_HEADS:
            title.insert(0, bare)
            start = begin
            if word_tense:
                break
            continue
        break
    return start, title, tense, ordinal


# How far before a name its title can start: more than the most words a title has.
_TITLE_REACH = 200


def _words(text: str, offset: int) -> list[tuple[int, int, str]]:
    return [(offset + m.start(), offset + m.end(), m.group()) for m in _WORD.finditer(text)]


def find_roles(source: Source, segments: Sequence[Segment], index: EntityIndex) -> list[RoleClaim]:
    """Every title given to a person of the index, in text order."""
    claims: list[RoleClaim] = []
    by_segment: dict[int, list[Mention]] = {}
    for mention in index.mentions:
        by_segment.setdefault(mention.segment, []).append(mention)
    for segment in segments:
        mentions = by_segment.get(segment.index, [])
        for position, mention in enumerate(mentions):
            if mention.kind != "person":
                continue
            previous = mentions[position - 1] if position else None
            following = mentions[position + 1] if position + 1 < len(mentions) else None
            found = (
                _title_before(source, segment, mention, previous)
                or _apposition_after(source, segment, mention, following)
                or _apposition_before(source, segment, mention, previous)
                or _title_made(source, segment, mention, following)
            )
            if found:
                start, end, title, tense, ordinal, organisation = found
                claims.append(
                    _claim(source, segment, index, mention, start, end, title, tense, ordinal, organisation)
                )
    return sorted({c.id: c for c in claims}.values(), key=lambda c: (c.start, c.end))


_Found = tuple[int, int, list[str], str, int | None, str | None]


def _title_before(
    source: Source, segment: Segment, mention: Mention, previous: Mention | None
) -> _Found | None:
    """ "Russian Defence Minister Andrei Belousov": title words right before the name."""
    text = source.text
    floor = max(segment.start, previous.end if previous else segment.start)
    words = _words(
        text[max(floor, mention.start - _TITLE_REACH) : mention.start],
        max(floor, mention.start - _TITLE_REACH),
    )
    if not words or text[words[-1][1] : mention.start].strip():
        return None
    parsed = _title_words(words)
    if parsed is None:
        return None
    start, title, tense, ordinal = parsed
    organisation = None
    if (
        previous
        and previous.kind in ("place", "organisation")
        and not text[previous.end : start].strip(" \u2019's")
    ):
        organisation = previous.entity
        start = previous.start
    return start, mention.end, title, tense, ordinal, organisation


_COMMA = re.compile(r",\s+")
# An apposition is a phrase of at most 80 characters up to a comma, a clause or the end.
_APPOSITION = re.compile(
    r"[^,;.()\"\u201c\u201d]{1,80}?(?=[,;.()\"\u201c\u201d]|\s+(?:who|which|and|was|is|has|had|said|visited)\b|$)"
)
# "the 46th mayor of Konya": the body a title is of, named after it
_OF_BODY = r"\s+of\s+(?:the\s+)?"
_OF_BODY_AT_END = re.compile(_OF_BODY + r"\Z")
_OF_BODY_AFTER = re.compile(_OF_BODY)
_COMMA_AT_END = re.compile(r",\s*\Z")
_DETERMINER_AT_END = re.compile(r"(?:\b(?:the|its|his|her|their)\s+|^[\u2019']s\s+)\Z", re.I)


def _apposition_after(
    source: Source, segment: Segment, mention: Mention, following: Mention | None
) -> _Found | None:
    """ "Sergei Shoigu, Russia's then-defense minister," / "Matt Smith, the 12th Doctor"."""
    text = source.text
    # an apposition is a phrase of at most 80 characters: a long sentence is read no further
    match = _COMMA.match(text[mention.end : min(segment.end, mention.end + _TITLE_REACH)])
    if not match:
        return None
    begin = mention.end + match.end()
    rest = text[begin : min(segment.end, begin + _TITLE_REACH)]
    phrase = _APPOSITION.match(rest)
    if not phrase:
        return None
    words = _words(phrase.group(), begin)
    organisation = None
    if following and following.start >= begin and following.end <= begin + phrase.end():
        if following.kind == "person":
            return None  # "X, Kim Jong Un's sister": a relation to another person, not a title
        ahead = source.text[begin : following.start]
        of_body = _OF_BODY_AT_END.search(ahead)
        if of_body and following.end == begin + phrase.end():
            # "X, the 46th mayor of Tarrow": the title, then whose
            organisation = following.entity
            words = [w for w in words if w[1] <= begin + of_body.start()]
            if words and words[0][2].lower() in ("the", "a", "an"):
                words = words[1:]
        elif ahead.strip().lower() not in ("", "the"):
            return None  # "X, the father of the current North Korean leader": the title is someone else's
        else:
            organisation = following.entity
            # "X, Tarrow's 46th mayor": the possessive's "s" is no word of the title
            words = [w for w in words if w[0] >= following.end and (w[0] > following.end or w[2] != "s")]
    elif words and words[0][2].lower() in ("the", "a", "an", "its", "his", "her", "their"):
        words = words[1:]
    parsed = _title_words(words)
    if parsed is None or parsed[0] != (words[0][0] if words else -1):
        return None
    _, title, tense, ordinal = parsed
    return mention.start, words[-1][1], title, tense, ordinal, organisation


def _apposition_before(
    source: Source, segment: Segment, mention: Mention, previous: Mention | None
) -> _Found | None:
    """ "its leader, Kim Jong Un" / "Vladimir Putin's foreign policy adviser, Yuri Ushakov"."""
    text = source.text
    # only the last words before the name can be its title: a long sentence is read no further back
    window = max(segment.start, mention.start - _TITLE_REACH)
    before = text[window : mention.start]
    if not _COMMA_AT_END.search(before):
        return None
    cut_end = window + len(before.rstrip().rstrip(","))
    floor = segment.start
    organisation = None
    if previous and previous.end <= cut_end:
        floor = previous.end
    words = _words(text[max(floor, window) : cut_end], max(floor, window))
    parsed = _title_words(words)
    if parsed is None:
        return None
    start, title, tense, ordinal = parsed
    lead_start = max(floor, start - 20)  # the determiner is the word just before the title
    lead = text[lead_start:start]
    determiner = _DETERMINER_AT_END.search(lead)
    if not determiner:
        return None
    if previous and lead_start == previous.end and lead.startswith(("\u2019s", "'s")):
        organisation = previous.entity  # "Vladimir Putin's adviser": whose adviser
        start = previous.start
    else:
        start = lead_start + determiner.start()
    return start, mention.end, title, tense, ordinal, organisation


# What names or makes a person the holder of a title, right after the name; "will" makes the holding future
_MADE_HOLDER = re.compile(
    r"\s+(?:(?P<future>will\s+(?:become|be(?:\s+sworn\s+in\s+as)?)|is\s+(?:set|due|expected)\s+to\s+become)|"
    r"(?:(?:has|have)\s+been\s+|was\s+|is\s+|were\s+)?(?:named|appointed|elected|confirmed|chosen|picked|"
    r"sworn\s+in)(?:\s+as)?|(?:(?:has|have)\s+been\s+|was\s+|is\s+)?(?:cast|unveiled|announced|revealed)\s+as|"
    r"becomes|became|has\s+become|is)\s+(?:the|its|their)\s+"
    # "the country's fourth president": whose title, in a common noun (a name is an organisation's own)
    r"(?:[a-z]+['\u2019]s\s+)?",
    re.I,
)

# after a title, what makes it one of a series of people: "the fifth coach fired", "the first leader to visit"
_SERIES_AFTER = re.compile(r"\s+(?:to|who|that)\s|\s+[a-z]+ed\b")


def _title_made(
    source: Source, segment: Segment, mention: Mention, following: Mention | None
) -> _Found | None:
    """ "Ola Vesk has been named as the 13th Doctor": a title after a verb that makes its holder."""
    text = source.text
    made = _MADE_HOLDER.match(text, mention.end, segment.end)
    if made is None:
        return None
    begin = made.end()
    phrase = _APPOSITION.match(text[begin : min(segment.end, begin + _TITLE_REACH)])
    if not phrase:
        return None
    words = _words(phrase.group(), begin)
    # the title is the phrase's first words up to a head: "the 44th president on Tuesday"
    for last in range(len(words), 0, -1):
        parsed = _title_words(words[:last])
        if parsed is not None and parsed[0] == words[0][0]:
            if following and following.start < words[last - 1][1]:
                return None  # a name inside the title: whose title it is, is not told here
            if _SERIES_AFTER.match(text, words[last - 1][1], segment.end):
                return None  # "the fifth coach fired this season": one of a series, not the office
            _, title, tense, ordinal = parsed
            future = "future" if made.group("future") else tense
            of_body = _OF_BODY_AFTER.match(text, words[last - 1][1])
            if of_body and following and following.start == of_body.end() and following.kind != "person":
                # "sworn in as the 45th mayor of Konya": whose office
                return mention.start, following.end, title, future, ordinal, following.entity
            return mention.start, words[last - 1][1], title, future, ordinal, None
    return None


def _claim(
    source: Source,
    segment: Segment,
    index: EntityIndex,
    mention: Mention,
    start: int,
    end: int,
    title_words: list[str],
    tense: str,
    ordinal: int | None,
    organisation: str | None,
) -> RoleClaim:
    title = normalise_title(title_words)
    return RoleClaim(
        id=f"{source.id}:role:{start}",
        **claim_span(source, segment, start, end),
        subject=mention.entity,
        predicate="title",
        object=title,
        value=Role(
            person=index.name(mention.entity) or mention.text,
            title=title,
            organisation=organisation,
            ordinal=ordinal,
            tense=tense,
            as_of=source.published,
        ),
    )
