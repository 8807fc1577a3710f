"""The event a time dates when it dates a document or a building: when a rule was adopted, a church built.

News dates the acts of government by the document they made, not by who made it: "the harbour
levy's rule, approved in October", "the zoning changes made in spring", "Signed in 1994, the water
treaty", "introduced its fishing bill in March". It dates a building or an institution the same way:
"the church, built in 1892", "the school, which was founded in 1954". The event verbs of
:mod:`factcheck.extract.events` name no such act and the sentence names no participant, so without
this the time has no event and no report's date of the rule, or of the church, could be compared
with another's.

A time is read as the date of such an act only when the verb that takes it is next to it, with the
noun beside the verb:

- "<noun>, (which was) <verb> <prep> <time>" and "<noun> was <verb> <time>";
- "<verb> the (new) <noun> <prep> <time>" (active: "introduced its fishing bill in March");
- "<verb> <prep> <time>, the (new) <noun>" (a fronted participle).

Documents are grouped by kind, so that one report's "regulations" and another's "rule changes" are
one document: rules and regulations and the changes or amendments made to them; laws, acts, statutes
and bills; treaties and agreements; orders and decrees; policies. The event key is
``adopt:>rule``, ``propose:>law``...: one per kind, as a story's reports tell of one such act. A
building is built (built, constructed, erected) and an institution founded (founded, established),
each once: ``build:>church``, ``found:>school``; each verb goes with its own nouns ("the church,
approved in 1890" dates nothing).
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
# Buildings and institutions, each its own kind: a story's reports tell of one church, one school
_BUILDINGS = (
    "church cathedral chapel mosque temple synagogue building house home mansion hotel mill factory "
    "warehouse bridge tower castle theatre theater stadium arena museum library station prison jail barn "
    "hall lighthouse"
).split()
_INSTITUTIONS = "school college university hospital company firm club charity".split()
BUILT_KINDS = frozenset(_BUILDINGS + _INSTITUTIONS)
_KINDS |= {noun: noun for noun in BUILT_KINDS}
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
    "built": "build",
    "constructed": "build",
    "erected": "build",
    "founded": "found",
    "established": "found",
}
# The acts each kind of noun goes through
_ACTS_OF = {"build": frozenset(_BUILDINGS), "found": frozenset(_INSTITUTIONS)}
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
        act = _ACTS[fronted.group("verb").lower()], _KINDS[noun.group("noun").lower()]
    else:
        act = _ACTS[found.group("verb").lower()], _KINDS[found.group("noun").lower()]
    lemma, kind = act
    nouns = _ACTS_OF.get(lemma, DOCUMENT_KINDS)
    return act if kind in nouns else None


def named_by_its_thing(lemma: str, patient: str) -> bool:
    """Whether an event key's patient is the document or building its act was done to ("adopt:>rule",
    "build:>church"), not a participant or a place."""
    return patient in DOCUMENT_KINDS or patient in _ACTS_OF.get(lemma, ())
