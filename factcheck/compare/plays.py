"""The plays of a game, as recaps tell them: who made the play, what kind it was, and its facts (its
length in yards, its period, the game clock).

A play is read where a report names one with its kind: "a 71-yard touchdown run", "Fenwick's tying
38-yard field goal", "a 38-yarder", "Varga was picked off by Ostrow", "returned an interception 41
yards", "a nine-yard touchdown pass to Kerr". Its player is the person the clause gives it to
("by Ostrow", "Brill's ...", "Ostrow intercepted ..."; a pass has a passer and a receiver, so "a
40-yard pass" and "a 40-yard catch" can be one play told from either end). The period and the clock
of its sentence are its own when the sentence tells of no other play (:mod:`.game_time`).

Two mentions are one play when they are of the same kind and of the same player (no player named
for a role the other gives to someone else), and something makes them the same one:

- the same moment of the game ("on the first play of the second half");
- the same score made ("for a 10-3 lead", "tied the game at 17-17"): a score is made once;
- a scoring play (a touchdown, an interception) of a player no report gives two of, and of whom
  none says more than one ("two touchdowns", "scored twice", "his second touchdown");
- a long scoring play (10 yards or more) of the player of the same length.

A tie ("tied the game with 5:20 left in the second quarter") is a moment of the game even with no
play named; it is the story's one tie when the reports name one tied score only, none tells of
more ties ("tied it again"), and it is told in the same period.

A sentence that goes on with the play of the sentence before ("Varga's second interception came in
the fourth quarter. ... was picked off by Ostrow") tells of the same play, and so does a play of the
player of a sentence that gave only its moment ("Brill stunned the crowd on the first play of
the second half. He ... for a 71-yard touchdown run.").

Not plays of the game: plays of another game or of a season ("two weeks ago", "this season", "her
third interception of the year"), plays taken back ("overturned", "nullified by a penalty"), another
play than the one told ("another 60-yard run"), totals ("ran for 140 yards", "two runs of 50 or
more yards"), field goal attempts and misses (not a field goal made).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

from factcheck.compare.game_time import Clock, Period, clocks_in, periods_in
from factcheck.extract.numbers import WORD_NUMBERS
from factcheck.records import Source

_LENGTH = r"(?P<len>\d{1,3}|" + "|".join(WORD_NUMBERS) + r")[- ]?(?:yard|yd)s?\.?[- ]"
_MODIFIERS = (
    r"(?:(?:touchdown|TD|scoring|rushing|receiving|interception|fumble|punt|kickoff|kick|game-winning|"
    r"go-ahead|game-tying|tying|winning)\s+)*"
)
# kinds of plays: the noun and the family it belongs to
_RUN = r"runs?|rush|scamper|dash|jaunt|carry"
_PASS = r"pass|throw|strike|toss"
_CATCH = r"reception|catch|grab"
_RETURN = r"return"
_FIELD_GOAL = r"field\s+goal|FG"
_TOUCHDOWN = r"touchdown|TD|score"
_LENGTHED = re.compile(
    _LENGTH
    + r"(?P<mods>"
    + _MODIFIERS
    + r")(?P<noun>"
    + "|".join((_RUN, _PASS, _CATCH, _RETURN, _FIELD_GOAL, _TOUCHDOWN))
    + r")\b"
    + r"|(?P<yarder>\d{2})-yarder\b",
    re.I,
)
_UNLENGTHED = re.compile(
    r"\b(?P<td>touchdown|TD|scoring)\s+(?P<noun>run|rush|pass|throw|reception|catch|grab)\b"
    r"|\b(?P<fg>field\s+goal)\b"
    r"|\b(?P<int>interception|intercepted|picked\s+off|pick[- ]six)\b"
    r"|\breturn(?:ed|ing|s)?\s+(?:it|(?:an?|the|his|her)\s+(?:opening\s+|second-half\s+)?(?:interception|pick|ball|"
    r"kick|kickoff|punt|fumble)(?:\s+of\s+the\s+(?:first|second)\s+half)?)\s+(?P<rlen>\d{1,3})\s+yards\b"
    # "raced 71 yards for a touchdown": a touchdown run told by its verb
    r"|\b(?:ran|raced|romped|dashed|sprinted|scampered|rumbled|galloped)\s+(?P<vlen>\d{1,3})\s+yards\s+"
    r"(?:for|to)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+)?(?:touchdown|TD|score)\b",
    re.I,
)
_SCORED_ON = re.compile(r"\bscor(?:ed|es|ing)\s+(?:on|with)\s+(?:an?|the|his|her)\s+\Z", re.I)
_FOR_A_SCORE = re.compile(
    r"\s+(?:for\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+)?(?:touchdown|TD|score)|into\s+the\s+end\s+zone)\b",
    re.I,
)
_RETURNED = re.compile(r"return(?:ed|ing|s)?\s+(?:it|the\b|his\b|her\b)", re.I)
_MISSED = re.compile(
    r"\b(?:miss(?:ed|es|ing)?|block(?:ed|s)?|shank(?:ed)?|no\s+good)\s+(?:an?\s+|the\s+)?\Z", re.I
)
_ANOTHER = re.compile(r"\b(?:another|other|an\s+earlier|a\s+later)\s+(?:[\w-]+\s+){0,2}\Z", re.I)
# a sentence about another game, a season or a career: its plays are not this game's
_ELSEWHERE = re.compile(
    r"\bago\b|\blast\s+(?:week|season|year|game|month|time)\b|\bprevious\b|\bseason\b(?![- ](?:long|high|best))"
    r"|\bthis\s+year\b|\bof\s+the\s+year\b|\bcareer\b(?![- ](?:long|high|best))|\bin\s+(?:19|20)\d\d\b|\bhistory\b",
    re.I,
)
# a play taken back: it did not happen
_VOID = re.compile(
    r"\b(?:overturned|nullified|wiped\s+out|called\s+back|negated|brought\s+back|reversed)\b", re.I
)
# more than one play of a kind: "two touchdowns", "scored twice", "his second touchdown", "both picks"
_SEVERAL = re.compile(
    r"\b(?:two|three|four|five|2|3|4|5|both|multiple|several|second|third|another|pair\s+of|couple\s+of)\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<what>touchdowns?|TDs?|scores|scoring\s+(?:catches|receptions|runs|passes|plays|strikes|"
    r"grabs)|interceptions?|picks|pick-sixes|field\s+goals|FGs|returns)\b|\btwice\b"
    # "picked off two passes", "scored three times"
    r"|\b(?P<picks>intercepted|picked\s+off)\s+(?:two|three|both|2|3)\b"
    r"|\b(?:scored|found\s+the\s+end\s+zone)\s+(?:two|three|four|2|3|4)\s+times\b",
    re.I,
)
# the first play of a half or of the game: one moment, whoever tells it
_ANCHOR = re.compile(
    r"\bthe\s+(?:first|opening)\s+(?:play|kickoff)\s+(?:from\s+scrimmage\s+)?of\s+the\s+"
    r"(?P<half>first|second|1st|2nd)\s+half\b"
    r"|\bthe\s+(?P<kick>second|2nd)[- ]half\s+kickoff\b"
    r"|\bthe\s+(?:first|opening)\s+play\s+(?:from\s+scrimmage\s+)?of\s+the\s+game\b|\bthe\s+opening\s+kickoff\b",
    re.I,
)
_HALF = {"first": 1, "1st": 1, "second": 2, "2nd": 2}
_SCORE = r"(?P<a>\d{1,3})[-\u2013](?P<b>\d{1,3})"
_MADE_LEAD = re.compile(
    r"\b(?:(?P<lead>(?:for|to\s+give|giving|gave|gives|jump(?:ing|ed|s)?\s+(?:out\s+)?to|took|to\s+take|taking)\s+"
    r"(?:(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){0,3})?(?:an?\s+)?(?:(?:touchdown|TD)\s+and\s+an?\s+)?)"
    r"|to\s+(?:make\s+it|cut\s+(?:the|their|its)\s+(?:deficit|lead)\s+to|trim\s+(?:the|their|its)\s+"
    r"(?:deficit|lead)\s+to|pull\s+within)\s+)" + _SCORE + r"(?(lead)\s+(?:lead|advantage|edge)\b)"
)
_TIE = re.compile(
    r"\b(?P<verb>tied|ties|tie|tying|knotted|evened)\s+(?:the\s+)?(?:game|score|contest|match|it)"
    r"(?:\s+(?:up\s+)?(?:at\s+)?(?P<a>\d{1,3})(?:[-\u2013](?:(?P<b>\d{1,3})|all))?)?"
    r"|\bgame-tying\b|\btying\s+(?:[\w-]+\s+){0,2}(?:field\s+goal|touchdown|TD|score|run|kick|basket|goal|shot)\b",
    re.I,
)
# more than one tie in the game: "the lead changed hands five times and there were four ties", "tied it again"
TIES = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple)\s+ties\b|\b(?:re-?tied|tied\s+(?:it|the\s+"
    r"(?:game|score))\s+(?:again|twice)|second\s+tie|lead\s+changes)\b",
    re.I,
)
# "two chances to tie the score", "tried to tie": no tie was made
_TRIED = re.compile(
    r"\b(?:chances?|attempts?|tr(?:y|ied|ying)|bid|failed|hoped?|would|could|might|can)\s+(?:\w+\s+){0,2}\Z",
    re.I,
)
_CLAUSE_BREAK = re.compile(
    r"[;:]|,\s+(?:but|and|while|which|before|after|as)\b|\b(?:before|after|while)\b|\band\s+(?:they|he|she|it|then)\b"
)
_PRONOUN_START = re.compile(r"\s*(?:[Hh]e|[Ss]he)\b")
_PASSIVE_END = re.compile(r"\b(?:was|were|got|been|is|are)\s+\Z", re.I)
# "Kerr caught a 40-yard pass", "Kerr scored on a 40-yard pass": the receiver's
_CAUGHT = re.compile(
    r"\b(?:caught|catch(?:es|ing)?|hauled|collected|grabbed|snagged|reeled|pulled\s+in|scored\s+on)\b", re.I
)
# "Varga threw an interception", "Varga was picked off", "Varga finished 20 of 31 with an interception"
_THROWN = re.compile(
    r"\b(?:threw|throws|thrown|throwing|tossed|was\s+picked|was\s+intercepted|complet\w*|attempts?|passes|"
    r"passing|sacked)\b",
    re.I,
)
_PRIMARY = {
    "run": "runner",
    "field goal": "kicker",
    "missed field goal": "kicker",
    "field goal attempt": "kicker",
    "return": "returner",
}
# families a single player rarely makes twice in a game, and whose player the reports name
_SCORING = frozenset({"touchdown run", "touchdown catch", "interception"})


@dataclass
class Mention:
    """One report's telling of a play (or of a tie of the game): where, its kind, its players by role
    and the facts it gives, each with the span that gives it."""

    source: Source
    segment: object
    start: int
    end: int
    family: str
    touchdown: bool
    players: dict[str, str] = field(default_factory=dict)
    length: tuple[int, int, int] | None = None
    period: tuple[int, int, Period] | None = None
    clock: tuple[int, int, Clock] | None = None
    anchor: str | None = None
    score: str | None = None
    tie: bool = False

    @property
    def kind(self) -> str:
        if self.family in ("run", "pass") and self.touchdown:
            return "touchdown run" if self.family == "run" else "touchdown catch"
        return self.family


def _number(word: str) -> int:
    return int(word) if word.isdigit() else WORD_NUMBERS[word.lower()]


def _family(noun: str, mods: str) -> tuple[str, bool]:
    noun, mods = noun.lower(), mods.lower()
    touchdown = bool(re.search(r"touchdown|td|scoring", mods)) or noun in ("touchdown", "td", "score")
    if re.fullmatch(_RUN, noun, re.I) or (noun in ("touchdown", "td") and "rushing" in mods):
        return "run", touchdown
    if noun in ("touchdown", "td") and "receiving" in mods:
        return "pass", touchdown
    if re.fullmatch(_PASS, noun, re.I) or re.fullmatch(_CATCH, noun, re.I):
        return "pass", touchdown
    if noun == "return":
        return ("interception" if "interception" in mods else "return"), touchdown
    if re.fullmatch(_FIELD_GOAL, noun, re.I):
        return "field goal", False
    return "touchdown", True


# Every play pattern needs one of these (lowered), and every tie one of the last: most sentences of a
# match report have none
_PLAY_CUES = ("yard", "yd", "touchdown", "td", "scoring", "field", "intercept", "pick")
_TIE_CUES = ("tie", "tying", "knotted", "evened")


def _sentence_mentions(source: Source, segment) -> list[Mention]:
    text = source.text
    lowered = text[segment.start : segment.end].lower()
    if not any(cue in lowered for cue in _PLAY_CUES):
        return []
    found: dict[int, Mention] = {}
    for match in _LENGTHED.finditer(text, segment.start, segment.end):
        if match["yarder"]:
            family, touchdown, length = "field goal", False, int(match["yarder"])
            span = (match.start(), match.end())
        else:
            family, touchdown = _family(match["noun"], match["mods"])
            length, span = _number(match["len"]), (match.start("len"), match.end())
        found[match.start()] = Mention(
            source, segment, match.start(), match.end(), family, touchdown, length=(*span, length)
        )
    covered = [(m.start, m.end) for m in found.values()]
    for match in _UNLENGTHED.finditer(text, segment.start, segment.end):
        if any(s <= match.start() < e or s < match.end() <= e for s, e in covered):
            continue
        if match["td"]:
            family, touchdown = _family(match["noun"], "touchdown")
        elif match["fg"]:
            family, touchdown = "field goal", False
        else:
            family, touchdown = "interception", "six" in match.group().lower()
        if match["vlen"]:
            if _CAUGHT.search(text, max(segment.start, match.start() - 50), match.start()):
                continue  # "caught a short pass and raced 40 yards for a touchdown": a catch
            family, touchdown = "run", True
        mention = Mention(source, segment, match.start(), match.end(), family, touchdown)
        if match["vlen"]:
            mention.length = (match.start("vlen"), match.end("vlen"), int(match["vlen"]))
        if match["rlen"]:
            mention.family = "interception" if "interception" in match.group().lower() else "return"
            mention.length = (match.start("rlen"), match.end("rlen"), int(match["rlen"]))
        found[match.start()] = mention
    mentions = []
    for start in sorted(found):
        mention = found[start]
        before = text[max(segment.start, start - 40) : start]
        if _ANOTHER.search(before):
            continue
        if mention.family == "run" and (_SCORED_ON.search(before) or _FOR_A_SCORE.match(text, mention.end)):
            mention.touchdown = True  # "scored on a 71-yard run", "a 71-yard run for a touchdown"
        if mention.family == "field goal" and _MISSED.search(before):
            mention.family = "missed field goal"
        elif mention.family == "field goal" and re.match(r"\s+(?:attempt|try)\b", text[mention.end :]):
            mention.family = "field goal attempt"  # made or missed: "his 45-yard field goal attempt"
        returned = _RETURNED.match(text, mention.start)
        if (
            returned
            and mentions
            and mentions[-1].family in ("interception", "return")
            and not mentions[-1].length
        ):
            mentions[-1].length = mention.length  # "intercepted a pass and returned it 35 yards": its return
            continue
        mentions.append(mention)
    return mentions


def _roles(mention: Mention, sentence_start: int, text: str, people: Sequence[tuple[int, int, str]]) -> None:
    """The players of a mention, by role, from the people its sentence names (offsets in ``text``)."""
    family = mention.family
    noun = text[mention.start : mention.end].lower()
    passive = family == "interception" and _PASSIVE_END.search(
        text, max(0, mention.start - 10), mention.start
    )
    for start, end, pid in people:
        start, end = start + sentence_start, end + sentence_start
        if end <= mention.start and passive:
            # "Varga overthrew a pass to Kerr and was picked off": the clause's subject threw it
            if not _CLAUSE_BREAK.search(text[end : mention.start]) and mention.start - end <= 100:
                mention.players.setdefault("thrower", pid)
        elif end <= mention.start:
            between = text[end : mention.start]
            if _CLAUSE_BREAK.search(between) or len(between) > 70:
                continue
            role = _role_before(family, noun, between)
            others = [p for p in people if end <= p[0] + sentence_start < mention.start]
            if others and family == "pass" and role == "passer":
                receiver = others[-1]
                mention.players.setdefault("receiver", receiver[2])
            if role and (not others or family == "pass"):
                mention.players.setdefault(role, pid)
        elif start >= mention.end:
            gap = text[mention.end : start]
            word = re.search(r"\b(by|to|from)\s+(?:[\w-]+\s+){0,3}$", gap)
            if word is None or len(gap) > 40 or _CLAUSE_BREAK.search(gap):
                continue
            if word[1] == "by":
                role = "interceptor" if family == "interception" else _PRIMARY.get(family, "passer")
                mention.players[role] = pid
            elif family in ("pass", "touchdown") and word[1] == "to":
                mention.players.setdefault("receiver", pid)
            elif family == "interception" and word[1] == "to":
                mention.players["interceptor"] = pid  # "threw an interception to Ostrow"
            elif family in ("pass", "touchdown") and word[1] == "from":
                mention.players.setdefault("passer", pid)


def _role_before(family: str, noun: str, between: str) -> str | None:
    """The role of a person named before a play's words, ``between`` them."""
    if family == "interception":
        if _THROWN.search(between) or _PASSIVE_END.search(between):
            return "thrower"
        if "return" in noun:
            return "interceptor"  # "Ostrow's 35-yard interception return": its returner made it
        if re.match(r"^\s?['\u2019]", between):
            return "any"  # "Varga's interception": thrown or made
        return "interceptor"
    if family == "pass":
        return "receiver" if re.search(_CATCH, noun, re.I) or _CAUGHT.search(between) else "passer"
    if family == "touchdown":
        return "any"
    return _PRIMARY.get(family)


def _moments(mentions: list[Mention], source: Source, segment) -> None:
    """Bind the sentence's periods, clocks, moment and score made to its plays."""
    text = source.text
    sentence = text[segment.start : segment.end]
    if not mentions and not any(cue in sentence.lower() for cue in _TIE_CUES):
        return  # with no play, only a tie of the game makes one
    clocks = clocks_in(text, segment.start, segment.end)
    periods = periods_in(text, segment.start, segment.end)
    anchor = _ANCHOR.search(sentence)
    made = _MADE_LEAD.search(sentence)
    tie = next((t for t in _TIE.finditer(sentence) if not _TRIED.search(sentence, 0, t.start())), None)

    def nearest(position: int) -> Mention | None:
        """The play a moment of the sentence is told of: the nearest before it in its clause, or the
        sentence's one play when the moment sets the scene before it ("Late in the third quarter, ...")."""
        earlier = [
            m for m in mentions if m.end <= position and not _CLAUSE_BREAK.search(text[m.end : position])
        ]
        if earlier:
            return earlier[-1]
        return mentions[0] if len(mentions) == 1 and mentions[0].start >= position else None

    for start, end, clock, period in clocks:
        owner = nearest(start)
        if owner is not None:
            owner.clock = (start, end, clock)
            if period is not None:
                owner.period = (start, end, period)
    for start, end, period in periods:
        owner = nearest(start)
        if owner is not None and owner.period is None:
            owner.period = (start, end, period)
    if anchor is not None and len(mentions) == 1:
        mentions[0].anchor, period = _moment_of(anchor)
        if mentions[0].period is None:
            mentions[0].period = (segment.start + anchor.start(), segment.start + anchor.end(), period)
    for mention in mentions:
        if mention.clock and not mention.clock[2].scope and mention.period:
            # "in the fourth quarter with 8:10 left": the time left in the period the sentence names
            start, end, clock = mention.clock
            mention.clock = (start, end, replace(clock, scope=mention.period[2].id))
    owner = nearest(segment.start + made.start()) if made is not None else None
    if owner is not None:
        owner.score = _score(made["a"], made["b"])
    owner = nearest(segment.start + tie.start()) if tie is not None and mentions else None
    if owner is not None:
        owner.tie = True
        if tie["a"]:
            owner.score = _score(tie["a"], tie["b"] or tie["a"])
    if tie is not None and not mentions:
        start = segment.start + tie.start()
        mentions.append(Mention(source, segment, start, segment.start + tie.end(), "tie", False))
        if clocks:
            mentions[0].clock = clocks[0][:2] + (clocks[0][2],)
            if clocks[0][3] is not None:
                mentions[0].period = (clocks[0][0], clocks[0][1], clocks[0][3])
        if periods and mentions[0].period is None:
            mentions[0].period = periods[0]
        mentions[0].tie = True
        if tie["a"]:
            mentions[0].score = _score(tie["a"], tie["b"] or tie["a"])


def _score(a: str, b: str) -> str:
    high, low = sorted((int(a), int(b)), reverse=True)
    return f"{high}-{low}"


def play_mentions(
    source: Source, segments: Sequence, people_in: Callable[[str], list[tuple[int, int, str]]]
) -> list[Mention]:
    """Every play (and tie) the content segments of ``source`` tell of, in text order, each sentence
    that goes on with the one before it joined to it."""
    text = source.text
    mentions: list[Mention] = []
    previous: tuple[list[Mention], list[tuple[int, int, str]], Mention | None] = ([], [], None)
    for segment in segments:
        sentence = text[segment.start : segment.end]
        if _ELSEWHERE.search(sentence) or _VOID.search(sentence):
            previous = ([], [], None)
            continue
        found = _sentence_mentions(source, segment)
        people = people_in(sentence)
        for mention in found:
            _roles(mention, segment.start, text, people)
        _moments(found, source, segment)
        pending = _moment_only(source, segment, people) if not found else None
        _go_on(found, people, sentence, previous)
        mentions += found
        previous = (found, people, pending)
    return mentions


def _moment_only(source: Source, segment, people) -> Mention | None:
    """A sentence that gives a named player's moment of the game and no play ("Brill stunned
    the crowd on the first play of the second half"): the moment, for the next sentence's play."""
    anchor = _ANCHOR.search(source.text, segment.start, segment.end)
    if anchor is None or len({p[2] for p in people}) != 1:
        return None
    moment = Mention(source, segment, anchor.start(), anchor.end(), "moment", False)
    moment.players = {"any": people[0][2]}
    moment.anchor, period = _moment_of(anchor)
    moment.period = (anchor.start(), anchor.end(), period)
    return moment


def _moment_of(anchor: re.Match) -> tuple[str, Period]:
    """The moment an :data:`_ANCHOR` names and its period: the first play of a half is in that half."""
    half = _HALF[(anchor["half"] or anchor["kick"] or "first").lower()]
    return f"first play of half {half}", Period("quarter", 2 * half - 1, 2 * half)


_GOES_ON_CUE = re.compile(r"\b(?:another|also|later|again|added|second|next)\b", re.I)


def _go_on(found: list[Mention], people, sentence: str, previous) -> None:
    """A sentence's one play that goes on with the play (or moment) of the sentence before: the same
    player (named, or "he"/"she" for the only one named before), no moment of its own, no word of
    another play. It takes the earlier one's moment and players."""
    earlier, earlier_people, moment = previous
    if len(found) != 1 or _GOES_ON_CUE.search(sentence):
        return
    mention = found[0]
    if mention.period is not None or mention.clock is not None or mention.anchor is not None:
        return
    named = {p[2] for p in people}
    if not named and _PRONOUN_START.match(sentence) and len({p[2] for p in earlier_people}) == 1:
        named = {earlier_people[0][2]}
        mention.players.setdefault(_PRIMARY.get(mention.family, "any"), earlier_people[0][2])
    candidates = (
        [m for m in earlier if m.family == mention.family] if earlier else ([moment] if moment else [])
    )
    if len(candidates) != 1:
        return
    before = candidates[0]
    if not (set(before.players.values()) & (named | set(mention.players.values()))):
        return
    if (
        before.length
        and mention.length
        and before.length[2] != mention.length[2]
        and before.family != "moment"
    ):
        return
    mention.period, mention.anchor = before.period, before.anchor
    if before.family != "moment":
        mention.clock = mention.clock or before.clock
        mention.score = mention.score or before.score
        for role, pid in before.players.items():
            if role not in mention.players and pid not in mention.players.values():
                mention.players[role] = pid
        mention.touchdown = mention.touchdown or before.touchdown


_NAME_WORD = r"(?:[A-Z][a-z]*[A-Z]?[a-z]+(?:['\u2019][A-Z][a-z]+)?(?:-[A-Z][a-z]+)?|[A-Z]\.)"
_NAME = re.compile(rf"\b{_NAME_WORD}(?:\s{_NAME_WORD})*(?!\w)")
# capitalised words that begin a sentence or a title before a name: not part of it
_NOT_NAMES = frozenset(
    """one two three four five six seven eight nine ten the a an on in with after before when his her their its it that this but and then later despite
    meanwhile also both former interim head while as at for from by to of during since if so yet however
    still though although once there here what who how why kicker quarterback cornerback receiver wide
    running back safety linebacker rookie veteran coach tight end defensive offensive tackle guard center
    corner punter returner star free agent senior junior sophomore freshman forward striker goalkeeper
    keeper pitcher catcher midfielder defender captain notes sunday monday tuesday wednesday thursday
    friday saturday january february march april may june july august september october november
    december week""".split()
)
_NOT_LAST = frozenset(
    "stadium field park arena center centre bowl league conference division university college school "
    "club city county street avenue road high".split()
)


def players_in(texts: Sequence[str]) -> tuple[Callable[[str], list[tuple[int, int, str]]], dict[str, str]]:
    """Who the players of a story are, by the names its reports write (entity extraction does not know
    every given name: "Quavon", "Jarique"): a function that finds them in a sentence ((start, end, key)
    in text order) and each key's fullest name. A surname alone is the one player of the story who
    has it; team names ("Port Ilari Herons", "the Otters") and places are not players."""
    from factcheck.extract.gazetteer import fold, place_names

    places = place_names()
    story = " ".join(texts)

    def words_of(written: str) -> list[str]:
        words = written.split()
        while words and words[0].lower() in _NOT_NAMES:
            words = words[1:]
        return words

    def is_team_or_place(words: list[str]) -> bool:
        if words[-1].lower() in _NOT_LAST or fold(" ".join(words)) in places:
            return True
        # "Port Ilari Herons", "Easton Otters": a town before a nickname ("Brady Lund" is a person)
        if len(words) >= 3 and fold(" ".join(words[:2])) in places:
            return True
        plural = words[-1].endswith("s")
        return plural and (fold(words[0]) in places or f"the {words[-1]}" in story)

    full: dict[str, str] = {}
    by_surname: dict[str, set[str]] = {}
    for text in texts:
        for match in _NAME.finditer(text):
            words = words_of(match.group())
            if len(words) < 2 or words[-1].endswith(".") or is_team_or_place(words):
                continue
            key = "_".join(fold(word).strip(".") for word in words)
            full.setdefault(key, " ".join(words))
            by_surname.setdefault(fold(words[-1]), set()).add(key)

    def find(sentence: str) -> list[tuple[int, int, str]]:
        found = []
        for match in _NAME.finditer(sentence):
            words = words_of(match.group())
            if not words:
                continue
            start = (
                match.end() - len(" ".join(words))
                if match.group().endswith(" ".join(words))
                else match.start()
            )
            key = "_".join(fold(word).strip(".") for word in words)
            if len(words) == 1:
                keys = by_surname.get(fold(words[0]), set())
                if len(keys) == 1:
                    found.append((start, match.end(), next(iter(keys))))
            elif key in full:
                found.append((start, match.end(), key))
        return found

    return find, full


def several_of(sentences: Iterable[str], people_in) -> set[tuple[str, str]]:
    """(player, kind) pairs some sentence says there were more than one of ("two touchdowns",
    "his second interception"): the players of the count's clause."""
    marked = set()
    for sentence in sentences:
        if _VOID.search(sentence):
            continue
        for match in _SEVERAL.finditer(sentence):
            if _ELSEWHERE.search(sentence, match.start(), match.end() + 60):
                continue  # "his second pick-six of the season": a count of the season
            what = "interceptions" if match["picks"] else (match["what"] or "").lower()
            if what.startswith(("interception", "pick")):
                kinds = {"interception"}
            elif what.startswith("field"):
                kinds = {"field goal"}
            else:
                kinds = set(_SCORING)
            for start, end, pid in people_in(sentence):
                # the people of the count's clause before it ("Reed and Lee each scored twice"), or after
                # it as its makers ("two touchdowns by Reed")
                before = end <= match.start() and not _CLAUSE_BREAK.search(sentence, end, match.start())
                after = start >= match.end() and re.fullmatch(
                    r"\s+(?:by|from)\s+", sentence[match.end() : start]
                )
                if before or after:
                    marked.update((pid, kind) for kind in kinds)
    return marked
