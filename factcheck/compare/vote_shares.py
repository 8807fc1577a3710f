"""A candidate's share of the vote: "Ivo Marsh won re-election with 54 percent of the vote".

Percentages are many things a story gives (turnout, a poll, a rate); the share of the vote a
candidate won in the story's election is a fact of that candidate: one report's 54 percent against
another's 58 cannot both hold. A percentage is read as such when

- the sentence is about a vote (it says "vote", "ballots", "election" or "re-election"), and the
  percentage is one candidate's: "for Ivo Marsh" follows it, or a verb of winning stands before it
  ("won", "took", "received", "got", "with"), the one participant named last before that verb being
  the candidate, or before the verb of defeating that "with" follows ("Lena Voss defeated Ivo Marsh
  with 58 percent": Voss's);
- nothing in the sentence makes it another count than the final one: a poll or a forecast
  ("polls", "expected", "projected"), a count not yet finished ("precincts reporting", "partial
  results", "so far"), another round or another election ("first round", "runoff", "in 2019",
  "last time").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from factcheck.compare.sentences import tells_background
from factcheck.compare.stat_lines import subject_of

_A_VOTE = re.compile(r"\b(?:votes?|voters|ballots|election|re-election|reelection)\b", re.I)
_WON_BEFORE = re.compile(
    r"\b(?:won|wins?|winning|took|takes|taking|received|receives|receiving|got|gets|garnered|captured|"
    r"secured|polled|with)\s+(?:about|nearly|almost|roughly|some|more\s+than|less\s+than|over|under|"
    r"just\s+(?:over|under))?\s*\Z",
    re.I,
)
_FOR_AFTER = re.compile(r"(?:\s+of\s+(?:the\s+)?(?:votes?|ballots))?\s+for\s+", re.I)
_NOT_THE_FINAL_COUNT = re.compile(
    r"\b(?:polls?|polling|surveys?|approval|expected|projected|forecasts?|predicted|estimates?|"
    r"reporting|counted|partial|preliminary|early\s+returns|so\s+far|first\s+round|second\s+round|runoff|"
    r"primary|previous|last\s+(?:time|election)|ago|(?:19|20)\d\d)\b",
    re.I,
)
_NEAR = 40
# "Lena Voss defeated Ivo Marsh with 58 percent", "..., beating challenger Ivo Marsh with": the share is
# the winner's, named before the verb of defeating, not its object's
_DEFEATED_WITH = re.compile(
    r"\b(?:defeat(?:ed|ing|s)?|beat(?:ing|s)?|edg(?:ed|ing|es)(?:\s+out)?|oust(?:ed|ing|s)?|unseat(?:ed|ing|s)?"
    r"|trounc(?:ed|ing|es))\s+[^,;.]{1,60}?\s+with\s+\Z",
    re.I,
)
_PARTICIPLE_AFTER_COMMA = re.compile(r",\s+\w+ing\s+(?:\w+\s+)?\Z", re.I)
# "Jo Reed was re-elected mayor of Kestrel Bay on Sunday, winning 58 percent": the candidate is the
# subject of the main clause, a participle's length before the share
_SUBJECT_REACH = 80


@lru_cache(maxsize=256)
def _of_the_final_vote(sentence: str) -> bool:
    """Whether a sentence is about a vote's final count (asked once per sentence, not per percentage)."""
    return (
        bool(_A_VOTE.search(sentence))
        and not _NOT_THE_FINAL_COUNT.search(sentence)
        and not tells_background(sentence)
    )


def vote_share(claim, text: str, people_in: Callable[[str], list[tuple[int, int, str]]]) -> str | None:
    """The candidate (a participant's id) whose share of the vote the percentage ``claim`` is, or
    None; the participants found by ``people_in`` (a sentence's, as (start, end, id))."""
    if claim.value.measure != "percent":
        return None
    sentence = text[claim.sentence_start : claim.sentence_end]
    if not _of_the_final_vote(sentence):
        return None
    start, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    people = people_in(sentence)
    after = _FOR_AFTER.match(sentence, end)
    if after is not None:
        named = [p for p in people if p[0] == after.end()]
        return named[0][2] if named else None
    verb = _WON_BEFORE.search(sentence, max(0, start - _NEAR), start)
    if verb is None:
        return None
    beaten = _DEFEATED_WITH.search(sentence, max(0, verb.end() - _SUBJECT_REACH), verb.end())
    if beaten is not None:
        return subject_of(
            [p for p in people if p[1] <= beaten.start()], beaten.start(), start, _SUBJECT_REACH
        )
    if _PARTICIPLE_AFTER_COMMA.search(sentence, 0, verb.end()):
        # "Lena Voss unseated Mayor Ivo Marsh on Tuesday, winning 57 percent": the share is the main
        # clause's subject's, not that of its object named last
        first = [p for p in people if p[1] <= verb.start()][:1]
        return first[0][2] if first and not any(verb.start() < p[0] < start for p in people) else None
    return subject_of(people, verb.start(), start, _SUBJECT_REACH)
