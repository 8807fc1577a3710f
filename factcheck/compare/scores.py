"""The final score of the game a story reports: "the Otters beat the Herons 31-24", "defeated Tarrow
31-17", "a 31-24 win over the Herons", "fell to the Herons 24-31".

A game ends with one score, so a lead that gives 31-24 and another that gives 31-17 for the story's
game cannot both hold. The score is read as two counts, the winner's points and the loser's (the
larger and the smaller number, whichever way a report writes them), and only where a verb or noun of
winning or losing takes it, in a report's first sentences: a match report opens with its game, and
scores further down are of other games ("last week's 20-10 loss"). Not read: a sentence that names
another time ("last season", "in 2019", "earlier"), a record ("improved to 8-3") or a score at a
moment of the game ("led 14-7 at halftime": no verb or noun of winning takes them), and a report whose
first sentences give two final scores (of two games).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcheck.extract.spans import claim_span
from factcheck.records import Quantity, QuantityClaim, Source

_SCORE = r"(?P<a>\d{1,3})-(?P<b>\d{1,3})\b(?!-)"
_TEAM = r"(?:\s+(?:the\s+)?[A-Z][\w.'\u2019-]*){1,4}"
# "beat the Herons 31-24", "won 31-24", "fell to the Herons 24-31", "led the Otters past Rockford 27-20":
# the verb, its object, the score ("fell to 2-9", with no team, is a record)
_BY_VERB = re.compile(
    r"(?:\b(?:beat|beats|defeated|defeats|topped|tops|edged|edges|routed|routs|downed|downs|blanked|blanks|"
    r"outlasted|outlasts|outscored|outscores|stunned|stuns|upset|upsets|held\s+off|holds\s+off|knocked\s+off|"
    r"knocks\s+off|survived|survives|won|wins|lost|loses|fell|falls|dropped|drops)\b(?:" + _TEAM + r")?"
    r"|\b(?:to|past|over)" + _TEAM + r")\s+(?:by\s+)?(?:a\s+score\s+of\s+)?" + _SCORE
)
# "a 31-24 win over the Herons", "Sunday's 24-31 loss"
_BY_NOUN = re.compile(_SCORE + r"\s+(?:win|victory|triumph|loss|defeat|rout|upset)\b")
# a sentence that tells of another game too
_ANOTHER_GAME = re.compile(r"\b(?:last|previous|prior|earlier|former|19\d\d|20\d\d)\b", re.I)
# how many first sentences of a report are read for its game's score
LEAD = 3

WINNER, LOSER = "winning score", "losing score"


def is_score_reading(claim) -> bool:
    """Whether a claim is one of :func:`final_score_claims`' (a winner's or a loser's points)."""
    return ":score:" in claim.id


def final_score_claims(source: Source, lead: Sequence) -> list[tuple[str, QuantityClaim]]:
    """The winner's and the loser's points of the one final score the first sentences of ``source``
    (``lead``: its content segments) give, or none: (:data:`WINNER` or :data:`LOSER`, the count)."""
    found = []
    for segment in lead[:LEAD]:
        if not re.search(r"\d-\d", segment.text) or _ANOTHER_GAME.search(segment.text):
            continue  # most sentences give no score
        for match in [*_BY_VERB.finditer(segment.text), *_BY_NOUN.finditer(segment.text)]:
            found.append((segment, match))
    scores = {tuple(sorted((int(m["a"]), int(m["b"])))) for _, m in found}
    if len(scores) != 1:
        return []  # no score, or two (of two games, or a report corrected): which is the game's is not told
    segment, match = min(found, key=lambda item: (item[0].start, item[1].start()))
    start, end = segment.start + match.start("a"), segment.start + match.end("b")
    loser, winner = sorted((int(match["a"]), int(match["b"])))
    return [
        (
            side,
            QuantityClaim(
                id=f"{source.id}:score:{start}:{side.split()[0]}",
                **claim_span(source, segment, start, end),
                predicate="quantity",
                value=Quantity.count_of(points, "points"),
            ),
        )
        for side, points in ((WINNER, winner), (LOSER, loser))
    ]
