"""A player's line in the game a story reports: "Jo Reed scored 31 points and grabbed 12 rebounds".

Counts of things people have each their own of are no fact of the story (each player of a match
report has their own catches). A player's count in the story's game is a fact of that player: one
report's "Reed scored 31 points" against another's "Reed had 28 points" cannot both hold. A count is
read as such when

- a verb of a player's line stands before it ("scored", "had", "finished with", "added", "grabbed",
  "threw for", "rushed for"...), directly or over the other counts of one list ("had 28 points and
  12 rebounds"), or a line of passes, runs or catches stands before yards ("completed 24 of 35 passes
  for 305 yards", "ran 19 times for 88 yards", "caught six passes for 94 yards": passing, rushing and
  receiving yards; "88 yards on 19 carries" are rushing yards; "drove in five runs" are five RBIs);
- the one participant named last before that verb in the sentence is its owner;
- its thing is a statistic of a game (points, rebounds, goals, yards...);
- and nothing in its clause (the sentence up to the count, and on to the first break after it)
  makes it a total of more than the game ("this season", "career", "per game", "in his last five
  games", "last week"); "had 28 points, breaking the career record" is the game's.

A player's line of the last season is a fact of that player too, apart from the game's: "Reed hit
.292 with 33 homers and 103 RBIs last season" against "batted .292 with 113 RBIs last year". It is
read when "last season" or "last year" is in the count's clause and nothing else there makes it more
(a career, an average); "with" may stand for the verb ("hit .292 with 33 homers"), as a season's
line is told.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from factcheck.compare.sentences import tells_background

# What a player's line counts, as the frame names a count's thing (the singular head).
STATISTICS = frozenset(
    """point rebound assist steal block goal save strikeout hit run touchdown yard carry catch reception
    tackle sack interception three-pointer birdie ace homer rbi""".split()
)
_VERB = (
    r"(?:scored|had|finished\s+with|added|tallied|grabbed|pulled\s+down|dished\s+out|racked\s+up|"
    r"threw\s+for|passed\s+for|ran\s+for|rushed\s+for|collected|recorded|contributed|chipped\s+in(?:\s+with)?|"
    r"poured\s+in|put\s+up|piled\s+up|notched|netted|drove\s+in|knocked\s+in|"
    r"led(?:\s+(?:the\s+)?[A-Z][\w.'\u2019-]*){1,3}\s+with)"  # "led the Otters with 27 points"
)
# the counts of one list before this one: "28 points, 12 rebounds and", "31 homers and"
_EARLIER_COUNTS = r"(?:[\d,]+\s+[A-Za-z-]+(?:\s+[a-z-]+)?(?:\s*,\s*|\s+and\s+))*"
# the verb, those counts, then a "game-high" or "career-high" ("a career-high 31 points" is this game's)
_LINE_BEFORE = re.compile(
    r"\b(?P<verb>" + _VERB + r")\s+" + _EARLIER_COUNTS + r"(?:an?\s+[a-z]+-high\s+)?\Z", re.I
)
_SEASON_LINE_BEFORE = re.compile(r"\b(?P<verb>" + _VERB + r"|with)\s+" + _EARLIER_COUNTS + r"\Z")
_LAST_SEASON = re.compile(r"\blast\s+(?:season|year)\b", re.I)
_MORE_THAN_A_SEASON = re.compile(r"\b(?:career|per\s+game|a\s+game|averag\w*|seasons|totals?)\b", re.I)
_MORE_THAN_THE_GAME = re.compile(
    r"\b(?:season|seasons|career(?![\s-]+(?:high|best))|per\s+game|a\s+game|averag\w*|so\s+far|this\s+year|"
    r"last\s+(?:week|year|season|game|night|month)|in\s+(?:his|her|their)\s+(?:last|past|previous)|"
    r"(?:last|past|previous|first)\s+(?:\w+\s+)?games|previous|earlier|totals?)\b",
    re.I,
)
_CLAUSE_END = re.compile(r"[,;:(\u2014]|\s[-\u2013]\s")
_SHORT_GAP = 45
_YARDS_OF_VERB = {
    "threw": "passing yard",
    "passed": "passing yard",
    "ran": "rushing yard",
    "rushed": "rushing yard",
}
_FEW = r"(?:\d+|[a-z]+)"
# the lines yards end, and the yards each gains: "completed 24 of 35 passes for", "was 24-for-35 for",
# "ran 19 times for", "caught six passes for"
_LINES_BEFORE_YARDS = (
    (
        re.compile(
            r"\b(?P<verb>completed|was|went|finished|ended)\s+\d+(?:-(?:of|for)-|\s+(?:of|for)\s+)\d+"
            r"(?:\s+(?:passes|pass\s+attempts|attempts))?\s+for\s+\Z",
            re.I,
        ),
        "passing yard",
    ),
    (
        re.compile(rf"\b(?P<verb>ran|rushed|carried)\s+(?:the\s+ball\s+)?{_FEW}\s+times\s+for\s+\Z", re.I),
        "rushing yard",
    ),
    (
        re.compile(
            rf"\b(?P<verb>caught|hauled\s+in|had)\s+{_FEW}\s+(?:passes|catches|receptions|balls)\s+for\s+\Z",
            re.I,
        ),
        "receiving yard",
    ),
)
# "88 yards on 19 carries": the yards of the runs or of the catches counted after them
_PLAYS_AFTER_YARDS = re.compile(rf"\s+on\s+{_FEW}\s+(?P<plays>carries|rushes|catches|receptions)\b", re.I)
# "ran for two yards to give them the lead", "for a touchdown": one play, not the player's line
_A_PLAY_AFTER = re.compile(
    r"\s+(?:to\s+(?:give|put|tie|cut|make|pull|set)|for\s+(?:a|the)\s+(?:touchdown|score|go-ahead))\b", re.I
)


def game_statistic(value, verb: str) -> str | None:
    """The statistic of a game a quantity counts, in the singular with at most one word before it
    ("rushing yard" of "rushing yards"; of a length in yards, the yards the ``verb`` gains: "threw for"
    passing, "ran for" rushing yards), or None: "points" is one, "fans" is not."""
    if value.measure == "length" and value.unit == "yard" and not value.counted:
        return _YARDS_OF_VERB.get(verb.split()[0].lower(), "yard")
    words = re.findall(r"[a-z][a-z-]*", (value.counted or "").lower()) if value.measure == "count" else []
    if not words:
        return None
    last = words[-1]
    for singular in (last, last[:-1], last[:-3] + "y"):
        if singular in STATISTICS:
            return " ".join([*words[-2:-1], singular])
    return None


def line_in_game(
    claim, text: str, people_in: Callable[[str], list[tuple[int, int, str]]]
) -> tuple[str, str, str] | None:
    """(player, "", statistic) when the quantity ``claim`` is a player's count in the story's game, the
    players found by ``people_in`` (a sentence's participants as (start, end, id))."""
    if claim.value.measure not in ("count", "length"):
        return None
    sentence = text[claim.sentence_start : claim.sentence_end]
    start = claim.start - claim.sentence_start
    head = sentence[max(0, start - 120) : start]
    verb, gained = _LINE_BEFORE.search(head), None
    if verb is None and claim.value.measure == "length":
        verb, gained = next(
            ((found, yards) for pattern, yards in _LINES_BEFORE_YARDS if (found := pattern.search(head))),
            (None, None),
        )
    if verb is None or _A_PLAY_AFTER.match(text, claim.end):
        return None
    # "had 28 points on Tuesday, breaking the career record": a total is told in the count's own clause
    # (the sentence up to it, and on to the first break after it)
    after = claim.end - claim.sentence_start
    clause_end = _CLAUSE_END.search(sentence, after)
    if _MORE_THAN_THE_GAME.search(sentence, 0, clause_end.start() if clause_end else len(sentence)):
        return None
    statistic = game_statistic(claim.value, verb.group("verb"))
    if statistic == "run" and verb.group("verb").lower().endswith(" in"):
        statistic = "rbi"  # "drove in five runs" are runs batted in, as "five RBIs"
    if statistic == "yard":
        plays = _PLAYS_AFTER_YARDS.match(text, claim.end)
        gained = gained or (
            plays and ("rushing yard" if plays["plays"] in ("carries", "rushes") else "receiving yard")
        )
    if statistic is None or tells_background(sentence):
        return None
    owner = subject_of(people_in(sentence), start - len(head) + verb.start(), start)
    return (owner, "", gained or statistic) if owner else None


def line_of_last_season(
    claim, text: str, people_in: Callable[[str], list[tuple[int, int, str]]]
) -> tuple[str, str, str] | None:
    """(player, "last season", statistic) when the quantity ``claim`` is a player's count of the last
    season (see the module docstring), the players found by ``people_in``."""
    if claim.value.measure != "count":
        return None
    sentence = text[claim.sentence_start : claim.sentence_end]
    start = claim.start - claim.sentence_start
    clause_end = _CLAUSE_END.search(sentence, claim.end - claim.sentence_start)
    clause = sentence[: clause_end.start() if clause_end else len(sentence)]
    if not _LAST_SEASON.search(clause) or _MORE_THAN_A_SEASON.search(clause):
        return None
    head = sentence[max(0, start - 120) : start]
    verb = _SEASON_LINE_BEFORE.search(head)
    statistic = game_statistic(claim.value, verb.group("verb")) if verb else None
    if statistic is None:
        return None
    owner = subject_of(people_in(sentence), start - len(head) + verb.start(), start)
    return (owner, "last season", statistic) if owner else None


# "averaged 24.3 points per game", "is averaging 23 points a game": a player's average, with the stats
# told after it on one list ("averaging 23 points and 9 rebounds")
_AVERAGE_BEFORE = re.compile(
    r"\baverag(?:ed|es|ing)\s+" + _EARLIER_COUNTS.replace(r"[\d,]", r"[\d,.]") + r"\Z", re.I
)
_CAREER = re.compile(r"\bcareer\b(?![\s-]+(?:high|best))", re.I)


def average_line(
    claim, text: str, people_in: Callable[[str], list[tuple[int, int, str]]], published: dt.date | None
) -> tuple[str, str, str] | None:
    """(player, "per game as of" the report's day ``published``, or "per game last season", statistic)
    when the quantity ``claim`` is a player's average of a season, the players found by ``people_in``:
    "Reed is averaging 23.1 points a game" against another report's of the same day "Reed averaged 24.3
    points per game this season" (an average of a season going on moves with every game); not a
    career's."""
    if claim.value.measure != "count":
        return None
    sentence = text[claim.sentence_start : claim.sentence_end]
    start = claim.start - claim.sentence_start
    verb = _AVERAGE_BEFORE.search(sentence, max(0, start - 60), start)
    statistic = game_statistic(claim.value, "averaged") if verb else None
    clause_end = _CLAUSE_END.search(sentence, claim.end - claim.sentence_start)
    clause = sentence[: clause_end.start() if clause_end else len(sentence)]
    if statistic is None or _CAREER.search(clause):
        return None
    owner = subject_of(people_in(sentence), verb.start(), start)
    if _LAST_SEASON.search(clause):
        when = "per game last season"
    elif published is not None:
        when = f"per game as of {published.isoformat()}"
    else:
        return None
    return (owner, when, statistic) if owner else None


def subject_of(
    people: list[tuple[int, int, str]], verb: int, count: int, reach: int = _SHORT_GAP
) -> str | None:
    """Whose a count at offset ``count`` of a sentence is, by its verb at offset ``verb``: the one of
    the sentence's ``people`` (as (start, end, id)) named last before the verb, at most ``reach``
    characters before it, and no one named between the verb and the count."""
    before = [p for p in people if p[1] <= verb]
    if not before or any(verb < p[0] < count for p in people):
        return None
    _, owner_end, owner = before[-1]
    if verb - owner_end > reach:
        return None  # "Reed, who missed two games with a sprained ankle, ..., had": too far to tell
    return owner


# what may stand between a doer's name and the verb: an aside in commas ("Vesk, who was born in 1938,",
# "Orrin, 34,"), an adverb, an auxiliary
_DOER_TO_VERB = re.compile(
    r"(?:\s*,[^,;:.]{1,60},)?\s*(?:(?:had|has|have|allegedly|then|also|reportedly|repeatedly|later|eventually)\s+)*"
)


def doer_of(
    claim, text: str, people_in: Callable[[str], list[tuple[int, int, str]]], verb_before
) -> str | None:
    """Who did what the count ``claim`` counts, by its verb (``verb_before``, a pattern that ends where the
    count starts: "fired ", "recorded more than "), up to 30 characters before it: the one of the
    sentence's participants (``people_in``: (start, end, id)) named right before the verb
    (:data:`_DOER_TO_VERB` between them at most: "Ivo Marsh said the gunman fired 11 shots" is not
    Marsh's), no one named between the verb and the count, the sentence not another occurrence's."""
    sentence = text[claim.sentence_start : claim.sentence_end]
    start = claim.start - claim.sentence_start
    verb = verb_before.search(sentence, max(0, start - 30), start)
    if verb is None or tells_background(sentence):
        return None
    people = people_in(sentence)
    owner = subject_of(people, verb.start(), start)
    if owner is None:
        return None
    owner_end = max(end for _, end, person in people if person == owner and end <= verb.start())
    return owner if _DOER_TO_VERB.fullmatch(sentence, owner_end, verb.start()) else None
