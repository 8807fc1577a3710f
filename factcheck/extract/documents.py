"""The event a time dates when it dates a document: when a rule, a law or a treaty was adopted or proposed.

News dates the acts of government by the document they made, not by who made it: "the harbour
levy's rule, approved in October", "the zoning changes made in spring", "Signed in 1994, the water
treaty", "introduced its fishing bill in March". The event verbs of :mod:`factcheck.extract.events` name no such
act and the sentence names no participant, so without this the time has no event and no report's
date of the rule could be compared with another's.

A time is read as the date of a document's adoption or proposal only when the verb that takes it
is next to it, with the document's noun beside the verb:

- "<document>, (which was) <verb> <prep> <time>" and "<document> was <verb> <time>";
- "<verb> the (new) <document> <prep> <time>" (active: "introduced its fishing bill in March");
- "<verb> <prep> <time>, the (new) <document>" (a fronted participle).

Documents are grouped by kind, so that one report's "regulations" and another's "rule changes" are
one document: rules and regulations and the changes or amendments made to them; laws, acts, statutes
and bills; treaties and agreements; orders and decrees; policies. The event key is
``adopt:>rule``, ``propose:>law``...: one per kind, as a story's reports tell of one such act.
"""

from __future__ import annotations

import re

# The noun -> the kind of document it names (plurals added below).
_KINDS = {
    "rule": "rule",
    "regulation": "rule",
    "change": "rule",
    "amendment": "rule",
    "law": "law",
    "act": "law",
    "statute": "law",
    "bill": "law",
    "legislation": "law",
    "ordinance": "law",
    "treaty": "treaty",
    "agreement": "treaty",
    "accord": "treaty",
    "pact": "treaty",
    "order": "order",
    "decree": "order",
    "directive": "order",
    "policy": "policy",
}
_KINDS |= {noun + "s": kind for noun, kind in _KINDS.items() if noun not in ("legislation", "policy")} | {
    "policies": "policy"
}
DOCUMENT_KINDS = frozenset(_KINDS.values())
_NOUN = r"(?P<noun>" + "|".join(sorted(_KINDS, key=len, reverse=True)) + r")"
# The verb of the act -> its event lemma. "Made" and "issued" adopt only with a document beside them.
_ACTS = {
    "adopted": "adopt",
    "enacted": "adopt",
    "passed": "adopt",
    "approved": "adopt",
    "finalized": "adopt",
    "finalised": "adopt",
    "issued": "adopt",
    "made": "adopt",
    "signed": "adopt",
    "proposed": "propose",
    "unveiled": "propose",
    "introduced": "propose",
    "drafted": "propose",
}
_VERB = r"(?P<verb>" + "|".join(_ACTS) + r")"
_PREPOSITION = r"(?:(?:in|on|during|back\s+in|earlier\s+in)\s+)?"
_WORDS = r"(?:[\w'’-]+\s+){0,3}?"

# "the levy's rule, approved in ", "zoning changes made in ", "The change to the timetable was made ",
# "orders issued ", "the bill, which was introduced in "
_PASSIVE = re.compile(
    r"\b" + _NOUN + r"(?:\s+(?:to|of)\s+(?:the\s+)?[\w-]+){0,2}[\s,]+(?:(?:which|that)\s+)?"
    r"(?:(?:was|were|had|has|have|been|being|is|are|first|only|just|\w+ly)\s+)*"
    + _VERB
    + r"\s+"
    + _PREPOSITION
    + r"\Z",
    re.I,
)
# "introduced its fishing bill in ", "adopted its policy on "
_ACTIVE = re.compile(
    r"\b" + _VERB + r"\s+(?:the|a|an|its|their|his|her)\s+" + _WORDS + _NOUN + r"\s+" + _PREPOSITION + r"\Z",
    re.I,
)
# "Signed in " at the start of the sentence or a clause, then "<time>, the water treaty"
_FRONTED_VERB = re.compile(r"(?:^|[,;:]\s+)" + _VERB + r"\s+" + _PREPOSITION + r"\Z", re.I)
_FRONTED_NOUN = re.compile(r"\s*,\s+(?:the|a|an|this|that|its|their)\s+" + _WORDS + _NOUN + r"\b", re.I)
# How far back from the time the verb and its document are looked for: a few words, so that a long
# sentence costs no more than a short one.
_REACH = 120


def document_event(sentence: str, start: int, end: int) -> tuple[str, str] | None:
    """The act ``(lemma, kind)`` that the time at ``[start, end)`` of ``sentence`` dates, if it dates
    a document's adoption or proposal: ("adopt", "rule") for "the levy's rule, approved in October"."""
    head = sentence[:start]
    window = max(0, start - _REACH)
    found = _PASSIVE.search(head, window) or _ACTIVE.search(head, window)
    if found is None:
        fronted = _FRONTED_VERB.search(head, window)
        noun = _FRONTED_NOUN.match(sentence, end) if fronted else None
        if noun is None:
            return None
        return _ACTS[fronted.group("verb").lower()], _KINDS[noun.group("noun").lower()]
    return _ACTS[found.group("verb").lower()], _KINDS[found.group("noun").lower()]
