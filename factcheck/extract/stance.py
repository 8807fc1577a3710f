"""How a sentence holds the claim at a span: asserted, attributed, alleged, denied, expected or hedged.

A cue counts for a claim when it governs the claim's clause:

- attribution: "according to X" anywhere in the sentence, a closing
  "..., X said." (or "said X") for everything before it, and "X said (that)",
  "X told reporters", "X reiterated", "X announced" for what follows;
- allegation ("accused ... of", "alleged", "claims that") and denial
  ("denied", "deny", "rejected claims") for what follows them;
- expectation ("will", "is set to", "is scheduled to", "is expected to",
  "plans to", "upcoming") and hedges ("reportedly", "possibly", "may have",
  "likely") in the same clause before the claim; a participial clause
  (", marking ...") takes the stance of the clause it hangs on;
- negation ("not", "no", "never", "n't") in the same clause, a few words
  before the claim.

When several hold, the strongest wins: denied > alleged > attributed >
expected > hedged > asserted; the speaker is kept whatever the kind.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from factcheck.extract.patterns import Breaks, word_trie
from factcheck.records import Stance

# Verbs of saying; "told" also takes its audience ("told reporters").
_SAY_WORDS = (
    "said says say told tells announced announces reiterated stated states added adds confirmed confirms "
    "reported reports noted explained wrote insisted warned claimed claims alleged alleges concluded "
    "estimated estimates believes believe predicted predict"
).split()
_SAY = "|".join(_SAY_WORDS).replace("told", r"told(?:\s+(?:reporters|journalists|the\s+\w+))?")
_SPEAKER = (
    r"((?:(?:[Tt]he|[Aa])\s+[a-z]+(?:\s+[a-z]+)?(?=\s+(?:has\s+|have\s+|had\s+)?(?:"
    + _SAY
    + r")\b)|[Hh]e|[Ss]he|[Tt]hey|police|officials|authorities|investigators|prosecutors|witnesses|experts|[A-Z][\w.'’&-]*|the|The|a|an|its|his|her|their|\b(?!(?:after|before|when|while|as|and|but|that|to|of|in|on|at|by|for|with|from|said|says|if|because)\b)[a-z]+(?=\s+(?:officials?|spokesperson|spokesman|spokeswoman|police|experts?|monitors?|sources?|authorities|residents|witnesses)))(?:\s+(?:[A-Z][\w.'’&-]*|of|the|and|&|in(?=\s+[A-Z])|officials?|spokesperson|spokesman|spokeswoman|police|experts?|monitors?|sources?|authorities|residents|witnesses|ministry|department|agency|media|reports?|[a-z]+(?=\s+(?:officials?|spokesperson|experts?|monitors?|sources?)))){0,7})"
)


# Whether a sentence has a verb of saying at all ("told reporters" has "told"): the slow speaker
# patterns run only then.
_SAYING = re.compile(r"\b" + word_trie(_SAY_WORDS) + r"\b")
_ACCORDING = re.compile(r"\baccording to\s+" + _SPEAKER, re.I)
_TRAILING = re.compile(
    r"[,\"”]\s*(?:"
    + _SPEAKER
    + r"\s+(?:"
    + _SAY
    + r")|(?:said|says|according to)\s+"
    + _SPEAKER
    + r")(?:\s+(?:on|late|early|last|this|in\s+a)\s+\w+(?:\s+\w+)?)?\s*[.!]?[\"”]?\s*\Z"
)
_LEADING = re.compile(_SPEAKER + r"\s+(?:has\s+|have\s+|had\s+)?(?:" + _SAY + r")\b(?:\s+that\b)?")
_ALLEGED = re.compile(
    r"\b(?:accus(?:ed|es|e|ing)|alleg(?:ed|es|e|ing|edly)|claim(?:s|ed)?\s+that|charg(?:ed|es)\s+(?:\w+\s+){0,3}with)\b",
    re.I,
)
_DENIED = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|rejected\s+(?:the\s+)?(?:claims?|allegations?|reports?)|refuted)\b", re.I
)
# "will" and "may" only in lower case: "Will" and "May" within a sentence are a name and a month.
_EXPECTED = re.compile(
    r"\b(?:(?-i:will)|won't|shall|(?:is|are|was|were)\s+(?:set|scheduled|expected|due|poised|slated|planning|going)\s+to|"
    r"plans?\s+to|planned\s+to|intends?\s+to|upcoming|forthcoming|would)\b",
    re.I,
)
_HEDGED = re.compile(
    r"\b(?:reportedly|possibly|possible|perhaps|probably|likely|unlikely|(?-i:may)|might|could|apparently|"
    r"believed\s+to|thought\s+to|suspected|unconfirmed|potentially|purportedly|rumou?red)\b",
    re.I,
)
_NEGATION = re.compile(r"\b(?:not|no|never|none|nobody|neither|nor|without)\b|n't\b|n’t\b", re.I)
_NEGATED_AFTER = re.compile(
    r"\s*(?:\w+\s+)?(?:was|were|is|are|has|have|had|did|does|do)\s+not\b|\s*\w*n[’']t\b"
)
_CLAUSE_BREAK = re.compile(
    r"[;:()\u2014]|,\s|\s[-\u2013]\s|\b(?:that|which|who|whom|whose|because|although|though|while|whereas|but)\b"
)
_PARTICIPLE = re.compile(r"\s*(?:\w+ing|in\s+\w+ing)\b")
_NEGATION_REACH = 6
_MODIFIER_REACH = 4

_KINDS_BY_STRENGTH = ("denied", "alleged", "attributed", "expected", "hedged")


def _clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``[start, end)``: from the last break before it to the first after it."""
    right = _breaks(sentence).first_start(end)
    return _clause_start(sentence, start), len(sentence) if right is None else right


def _main_clause_before(sentence: str, clause_start: int) -> tuple[int, int] | None:
    """The clause a participial clause (", marking ...") hangs on, if the claim is in one."""
    if clause_start == 0 or not _PARTICIPLE.match(sentence, clause_start):
        return None
    comma = sentence.rfind(",", 0, clause_start)
    if comma < 0:
        return None
    return _clause(sentence, max(0, comma - 1), max(0, comma - 1))


def _clause_start(sentence: str, start: int) -> int:
    return _breaks(sentence).last_end(start) or 0


@lru_cache(maxsize=64)
def _breaks(sentence: str) -> Breaks:
    return Breaks(_CLAUSE_BREAK, sentence, 0, len(sentence))


@lru_cache(maxsize=4096)
def _attributions(sentence: str) -> tuple[re.Match[str] | None, re.Match[str] | None, re.Match[str] | None]:
    """The attribution cues of a sentence, found once for all its claims.

    Of the leading ones ("X said ..."), the first: a later one ends later, so it governs a claim only
    where the first does too.
    """
    according = _ACCORDING.search(sentence) if "ccording" in sentence else None
    if not _SAYING.search(sentence):  # the speaker patterns are slow: most sentences report nobody
        return according, None, None
    return according, _TRAILING.search(sentence), _LEADING.search(sentence)


_Cue = tuple[int, int, str]


# Words without which a cue pattern cannot match: most sentences skip most patterns.
_TRIGGERS = {
    "alleged": frozenset(
        "accused accuses accuse accusing alleged alleges allege alleging allegedly claim claims claimed "
        "charged charges".split()
    ),
    "denied": frozenset("deny denies denied denying rejected refuted".split()),
    "expected": frozenset(
        "will won't shall set scheduled expected due poised slated planning going plan plans planned intend "
        "intends upcoming forthcoming would".split()
    ),
    "hedged": frozenset(
        "reportedly possibly possible perhaps probably likely unlikely may might could apparently believed "
        "thought suspected unconfirmed potentially purportedly rumoured rumored".split()
    ),
}
_CUE_PATTERNS = {"alleged": _ALLEGED, "denied": _DENIED, "expected": _EXPECTED, "hedged": _HEDGED}
_WORDS = re.compile(r"[a-z][a-z']*")


@lru_cache(maxsize=4096)
def _cues(sentence: str) -> dict[str, tuple[_Cue, ...]]:
    """Every allegation, denial, expectation and hedge cue of a sentence, found once for all its claims."""
    words = set(_WORDS.findall(sentence.lower().replace("\u2019", "'")))
    return {
        kind: tuple((m.start(), m.end(), m.group(0)) for m in pattern.finditer(sentence))
        if words & _TRIGGERS[kind]
        else ()
        for kind, pattern in _CUE_PATTERNS.items()
    }


def stance_of(
    sentence: str,
    start: int,
    end: int,
    speaker_of: Callable[[int, int], str | None] | None = None,
) -> Stance:
    """The stance of the claim at ``sentence[start:end]``.

    ``speaker_of(start, end)`` names the speaker phrase at those offsets of
    the sentence (an entity id); without it, or when it returns ``None``, the
    speaker is the phrase itself in lower case.
    """
    found: dict[str, str] = {}
    speaker: str | None = None

    def name(match: re.Match[str], group: int) -> str | None:
        phrase = match.group(group)
        if not phrase:
            return None
        resolved = speaker_of(match.start(group), match.end(group)) if speaker_of else None
        if resolved:
            return resolved
        words = phrase.split()
        while words and words[0].lower() in ("the", "a", "an", "its", "his", "her", "their"):
            words = words[1:]
        if not words or words[0].lower() in ("he", "she", "they", "it", "we", "i"):
            return None
        if words[-1].endswith(".") and "." not in words[-1][:-1]:
            words[-1] = words[-1][:-1]  # the sentence's full stop, not an abbreviation's ("U.S.")
        return " ".join(words).lower()

    according, trailing, leading = _attributions(sentence)
    cues = _cues(sentence)
    if not (according or trailing or leading or any(cues.values())):
        # Most sentences attribute, allege, deny, expect and hedge nothing: only a negation can qualify
        # their claims, and it needs no more than where the claim's clause starts.
        return _stance("asserted", None, None, _negated(sentence, _clause_start(sentence, start), start, end))
    if according and not (according.start(1) <= start < according.end(1)):
        found["attributed"] = according.group(0)
        speaker = name(according, 1)
    if trailing and trailing.start() >= end:
        group = 1 if trailing.group(1) else 2
        found.setdefault("attributed", trailing.group(0).strip(' ,."”'))
        speaker = speaker or name(trailing, group)
    if leading and leading.end() <= start:
        found.setdefault("attributed", leading.group(0))
        speaker = speaker or name(leading, 1)

    clause_start, clause_end = _clause(sentence, start, end)
    for cue_kind in ("alleged", "denied"):
        for cue_start, cue_end, cue in cues[cue_kind]:
            # "entities allegedly involved in ... in May 2024": a modifier reaches only the next few words
            is_modifier = cue.lower() in ("allegedly", "alleged")
            near = len(sentence[cue_end:start].split()) <= _MODIFIER_REACH and cue_start >= clause_start
            if cue_end <= start and (not is_modifier or near):
                found.setdefault(cue_kind, cue)
    scopes = [(clause_start, clause_end)]
    main = _main_clause_before(sentence, clause_start)
    if main:
        scopes.append(main)
    for cue_kind in ("expected", "hedged"):
        for scope_start, scope_end in scopes:
            limit = start if (scope_start, scope_end) == (clause_start, clause_end) else scope_end
            inside = [
                cue
                for cue_start, cue_end, cue in cues[cue_kind]
                if scope_start <= cue_start and cue_end <= limit
            ]
            if inside:
                found.setdefault(cue_kind, inside[0])
                break

    negated = _negated(sentence, clause_start, start, end)
    for kind in _KINDS_BY_STRENGTH:
        if kind in found:
            return _stance(kind, speaker, found[kind], negated)
    return _stance("asserted", None, None, negated)


def _negated(sentence: str, clause_start: int, start: int, end: int) -> bool:
    """Whether the claim at ``sentence[start:end]`` is negated: a negation a few words before it in its
    clause, or a "was not" right after it."""
    before = sentence[clause_start:start].split()[-_NEGATION_REACH:]
    return bool(_NEGATION.search(" ".join(before)) or _NEGATED_AFTER.match(sentence, end))


@lru_cache(maxsize=4096)
def _stance(kind: str, speaker: str | None, cue: str | None, negated: bool) -> Stance:
    """One (frozen) record per distinct stance: most claims share a handful, and validating each is slow."""
    return Stance(kind=kind, speaker=speaker, cue=cue, negated=negated)
