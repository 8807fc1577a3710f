"""The length an event gives: a prison sentence, a player's contract, a ban, a fugitive's time on the run.

A duration is a term when a word of such an event stands beside it: "sentenced to 2 years", "serving 2
years" (not "serving 20 years in the Army"), "jailed for six years", "a 2-1/2 year sentence", "a
four-year contract", "a four-year, $85 million deal" (a deal's value may stand between its length and
its noun), "a two-year ban", "banned from driving for eight years" (a driving ban), "after 11 years on
the run", "a fugitive for 15 years"; how long an incident or a jury took: "a four-hour siege", "the raid
lasted about 15 minutes", "jurors deliberated for nine hours"; how long a couple had been married; how
long someone has served: in all ("a seven-year veteran", their career) or where they work ("a veteran of
the department", "has been with the department for nine years", "after four years in the post", "18
months after she took the job", "who led the firm for six years", "eight years at the helm", their
tenure); how long a player will be out hurt ("will miss four to six weeks"). The noun after the duration
says which event it is; without one, the sentence's event word does, and a term of no known event is a
sentence's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from factcheck.compare.fact_keys import FactKey
from factcheck.compare.sentences import event_word_of

# "sentenced to", and with when, where or whom between ("sentenced on Monday to", "sentenced him to");
# not an earlier sentence ("sentenced in 2012 to", "previously sentenced to")
_TERM_BEFORE = re.compile(
    r"\b(?<!previously\s)(?<!earlier\s)(?<!once\s)(?<!already\s)"
    r"(?:sentenced(?:\s+(?!\d{4}\b|(?:previously|earlier|before|once)\b)[^\s,.;:()]+){0,6}?\s+to"
    r"|(?:jailed|imprisoned)(?:\s+(?!\d{4}\b|(?:previously|earlier|before|once)\b)[^\s,.;:()]+){0,4}?\s+for"
    r"|(?P<ban>(?:banned|disqualified|barred)\s+from\s+driving)\s+for"
    r"|sentence\s+of|term\s+of|contract\s+of|(?:signed|agreed)\s+to\s+an?|serving"
    r"|(?P<flight>fugitive|on\s+the\s+run|in\s+hiding|at\s+large)\s+for(?:\s+(?:about|almost|nearly|more\s+than))?"
    # how long an incident or a jury took: "the siege lasted nearly six hours", "deliberated for nine hours"
    r"|(?P<lasted>siege|standoff|stand-off|raid|robbery|heist|manhunt)\s+(?:had\s+)?lasted"
    r"(?:\s+(?:about|almost|nearly|more\s+than|less\s+than|just\s+over|just\s+under))?"
    r"|(?P<jury>deliberated|deliberating|deliberates)(?:\s+for)?(?:\s+(?:about|almost|nearly|more\s+than|less\s+than|just\s+over))?"
    # how long a couple had been married: "had been married for 25 years"
    r"|(?P<married>(?:been|was|were)\s+married)(?:\s+for)?(?:\s+(?:about|almost|nearly|more\s+than|just\s+over))?"
    # how long a player is out hurt: "will miss four to six weeks", "expected to be out at least eight weeks"
    r"|(?P<absence>(?:will|to|could|should|would|may)\s+(?:miss|be\s+out|be\s+sidelined)(?:\s+for)?"
    r"(?:\s+(?:at\s+least|about|up\s+to|another|an\s+estimated|roughly))?)"
    # how long someone has served where they work: "has been with the department for nine years"
    r"|(?P<tenure>(?:has|had|have)\s+(?:been\s+with|worked\s+(?:at|for|with|in)|served\s+(?:on|with|in|at)|"
    r"practi[sc]ed\s+(?:at|in)|(?:held|played|filled)\s+(?:the|that|this|his|her)\s+(?:post|job|role|part|office|"
    r"position|seat)|been\s+in\s+(?:the|that|this|his|her)\s+(?:post|job|role|office|position))"
    r"(?:\s+[^\s,.;:()]+){0,6}?\s+for(?:\s+(?:about|almost|nearly|more\s+than|over))?"
    # "who led the company for six years", "ran the agency for a decade": not "led police on a chase for"
    r"|(?:led|ran|headed|coached|managed|chaired)(?:\s+(?!(?:in|on|to|into|by)\b)[^\s,.;:()]+){1,5}?\s+for"
    r"(?:\s+(?:about|almost|nearly|more\s+than|over))?))"
    r"\s+\Z",
    re.I,
)
_TERM_AFTER = re.compile(
    r"(?:\s*,\s*[$€£][\d.,]+(?:\s+(?:million|billion))?)?\s+(?:prison\s+|jail\s+)?"
    r"(?P<noun>sentence|term|contract|deal|driving\s+ban|ban|suspension|on\s+the\s+run|in\s+hiding|at\s+large|as\s+a\s+fugitive|"
    # how long someone has served: "a seven-year veteran", "after four years in the post"
    r"veteran(?:\s+of)?|in\s+(?:the|that|this|his|her)\s+(?:post|job|role|office|position)|at\s+the\s+helm|in\s+charge|"
    # "18 months after she took the job", "two years after he took office": the time served up to now
    r"after\s+(?:he|she)\s+(?:took|assumed)\s+(?:(?:the|that|this|his|her)\s+(?:post|job|role|position)|office)|"
    # an incident's own length, not a noun it names ("a 12-year robbery sentence", "a robbery spree")
    r"(?:siege|standoff|stand-off|raid|robbery|heist|manhunt)"
    r"(?!\s+(?:sentences?|terms?|suspects?|convictions?|charges?|cases?|spree|trial)\b))\b",
    re.I,
)
_HELD_AFTER = re.compile(r"\s+(?:before|awaiting|while|pending|until|since|without)\b", re.I)
_SERVICE_AFTER = re.compile(
    r"\s+(?:in\s+the\s+(?:army|navy|military|air\s+force|marines?|national\s+guard|legislature|senate|house|"
    r"assembly|council)|as|on\s+the|with\s+the)\b",
    re.I,
)
# The events a term is the length of, and the noun that names the term of each.
TERM_NOUNS = {
    "sentencing": "sentence",
    "appointment": "contract",
    "dismissal": "suspension",
    "flight": "time on the run",
    "driving ban": "driving ban",
    "siege": "siege",
    "raid": "raid",
    "robbery": "robbery",
    "manhunt": "manhunt",
    "deliberations": "deliberations",
    "marriage": "marriage",
    "career": "career",
    "tenure": "tenure",
    "injury": "time out injured",
}
# Terms that are no event of the story: a fugitive's time on the run ends with the arrest the story
# tells of, and no date of it is the flight's.
NO_EVENT_TERMS = frozenset({"flight", "career", "tenure", "injury"})
# The term a report tells as a forecast, all it can know of it: "will miss four to six weeks"
FORECAST_TERM = "injury"
_EVENT_OF_NOUN = {
    "contract": "appointment",
    "deal": "appointment",
    "ban": "dismissal",
    "driving ban": "driving ban",
    "suspension": "dismissal",
    "on the run": "flight",
    "in hiding": "flight",
    "at large": "flight",
    "as a fugitive": "flight",
    "siege": "siege",
    "standoff": "siege",
    "stand-off": "siege",
    "raid": "raid",
    "robbery": "robbery",
    "heist": "robbery",
    "manhunt": "manhunt",
    "veteran": "career",
    "veteran of": "tenure",
    "in the post": "tenure",
    "in the job": "tenure",
    "in the role": "tenure",
    "in the office": "tenure",
    "in the position": "tenure",
    "at the helm": "tenure",
    "in charge": "tenure",
}


# The events of the named cues before a duration ("on the run for", "deliberated for", "been married for")
_EVENT_OF_CUE = {
    "flight": "flight",
    "ban": "driving ban",
    "jury": "deliberations",
    "married": "marriage",
    "tenure": "tenure",
    "absence": "injury",
}


def term_event(claim, text: str) -> str | None:
    """The event whose length the duration ``claim`` gives ("sentencing", "appointment", "dismissal"), if
    it is a term."""
    event = _term_event(claim, text)
    if event in ("career", "tenure") and _ANOTHER_TIME.search(text, claim.sentence_start, claim.sentence_end):
        return None  # "was a three-year veteran at the time", "in 2012": the service up to then
    return event


# a sentence told of another time than the report's: "at the time", "then", a year
_ANOTHER_TIME = re.compile(r"\bat\s+the\s+time\b|\bthen\b|\b(?:19|20)\d\d\b", re.I)


def _term_event(claim, text: str) -> str | None:
    before = _TERM_BEFORE.search(text[max(claim.sentence_start, claim.start - 60) : claim.start])
    after = _TERM_AFTER.match(text, claim.end)
    if not (before or after):
        return None
    noun = re.sub(r"^in \w+ ", "in the ", " ".join(after.group("noun").lower().split())) if after else ""
    if noun.startswith("after"):
        noun = "in the post"
    named = _EVENT_OF_NOUN.get(noun)  # "in his post" is "in the post"
    if named is not None:
        return named
    if before and before.group("lasted"):
        return _EVENT_OF_NOUN[before.group("lasted").lower()]
    cued = next((event for group, event in _EVENT_OF_CUE.items() if before and before.group(group)), None)
    if cued is not None:
        return cued
    cue = before.group().lower() if before else ""
    if cue.startswith("serving") and _SERVICE_AFTER.match(text, claim.end):
        return None  # "serving 20 years in the Army", "serving four years as mayor": a service, no sentence
    if cue.startswith(("jailed", "imprisoned")) and _HELD_AFTER.match(text, claim.end):
        return None  # "jailed for a week before prosecutors consented to his release": held, no sentence
    if cue.startswith(("sentenced", "serving", "jailed", "imprisoned")):
        return "sentencing"  # whatever else the words between name ("sentenced him in court to")
    word = event_word_of(claim, text)
    event = "sentencing" if word is None or word[2] == "sentencing" else word[2]
    return event if event in TERM_NOUNS else None


def term_holder(facts: Mapping[FactKey, object], key: FactKey) -> FactKey:
    """Whose a term no one is named for is ("A bank manager was sentenced on Monday to 12 years"): the
    one participant the story gives a term of that event (among the keys of ``facts``), if there is one."""
    if key.attribute != "term" or key.subject:
        return key
    whose = {k.subject for k in facts if k.attribute == "term" and k.event == key.event and k.subject}
    return FactKey("term", whose.pop(), key.event) if len(whose) == 1 else key
