"""What a sum of money is the amount of: a deal's value (a contract, a sale, a takeover), the price
a buyer pays a share, a price, or the value of what was stolen.

The counted noun of a count is the noun after its number; a sum of money mostly has none ("agreed to
buy the firm for $5.4 billion", "signed him to a four-year, $85 million contract"), so that two
reports' prices of one deal could not be compared. A sum is the value of a deal when:

- a deal's noun follows it, after at most three modifiers: "a $5.4 billion cash and stock deal", "an
  $82 million contract extension";
- it follows a deal's noun and "worth" or "valued at": "a five-year deal worth nearly $80 million";
- it is what a buyer pays: "agreed to buy the chipmaker for $4.5 billion", "sold the team for $2
  billion".

A sum is a price when a thing is sold for it: "priced at $799", "prices start at $119.99", "sells for
$40"; not what something cost, as a story gives the costs of many things.

Contracts, agreements, takeovers, acquisitions and purchases are one kind, "deal": a story's reports
call the one deal by each of these names. An offer or a bid is not the deal, and a rate is not its
value ("$17 million a year", "$21.50 a share", "$60 million guaranteed"). A sum "a share" (or "per
share") is the price per share of a takeover where its sentence tells of buying, not of the shares'
trading or earnings ("shares closed at $21 a share", "a dividend of $1.40 a share").

A sum between an article (or a possessive) and a noun is that thing's amount, the noun with at most
one modifier before it, where a comma, a stop or a function word ends it: "a $10 million signing
bonus, the source said" (the "signing bonus"), "a $50,000 reward for information", "his $2 million
bail". A noun read on without such an end ("paid a $400 fine last week") is not taken. A sum after a
noun and "of" is that noun's: "a ransom of $25 million", "bail of $50,000".

A sum is the value of what was stolen where its sentence tells of a theft and the sum is what the
things taken were "worth" or "valued at", or what was taken: "stole jewels worth $2 million", "made
off with $40,000", "for stealing $3 million", "embezzled $90,000".
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.records import Segment
from factcheck.values import DEAL, PER_SHARE, PRICE, SALARY, STOLEN

_DEAL_NOUN = (
    r"(?:contract|deal|agreement|extension|acquisition|takeover|buyout|purchase|merger|transaction|sale)"
)
_MODIFIER = r"(?!(?:a|an|the|of|in|for|to|with|from|by|on|at|per|each|or|plus|than|over)\b)[a-z][a-z-]*"
# "$85 million contract", "$184 million, eight-year deal" (its length told after a comma)
_NOUN_AFTER = re.compile(
    r"(?:,\s*(?:[a-z]+|\d+)-(?:year|season|month)\b)?(?:\s*-\s*|\s+)(?:"
    + _MODIFIER
    + r"\s+){0,3}?"
    + _DEAL_NOUN
    + r"\b"
)
_HEDGE = (
    r"(?:(?:about|around|nearly|almost|roughly|some|approximately|just\s+over|just\s+under|more\s+than|"
    r"less\s+than|over|under|up\s+to|an\s+estimated)\s+)?"
)
_WORTH_BEFORE = re.compile(
    r"\b"
    + _DEAL_NOUN
    + r"\s*,?\s+(?:(?:that|which)\s+(?:is|was)\s+|(?:is|was)\s+)?(?:worth|valued\s+at)\s+"
    + _HEDGE
    + r"\Z",
    re.I,
)
_BUYER_PAYS_BEFORE = re.compile(
    r"\b(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchases|purchased|"
    r"purchasing|sell|sells|sold|selling)\b[^.;:$€£]{0,60}?\bfor\s+" + _HEDGE + r"\Z",
    re.I,
)
# "priced at $899", "starts at $119.99", "sells for $40", "at a price of $5" (not "cost": a story gives
# the costs of many things)
_PRICE_BEFORE = re.compile(
    r"\b(?:priced\s+at|(?:a|the|its|retail)\s+price\s+of|prices?\s+(?:starts?|begins?)\s+at|"
    r"(?:starts?|starting|begins?|beginning)\s+at|sells?\s+for|selling\s+for|retails?\s+(?:at|for)|"
    r"will\s+go\s+for|goes\s+for|"
    # "will go on sale Sept. 27 for", "will be available in stores on Friday for"
    r"(?:go|goes|went|going)\s+on\s+sale(?:\s+[^,;$]{1,30}?)?\s+for|available(?:\s+[^,;$]{1,30}?)?\s+for)\s+"
    + _HEDGE
    + r"\Z",
    re.I,
)
_RATE_AFTER = re.compile(
    r"(?:\s+|-)(?:a|an|per|each)[\s-]+(?:year|season|month|week|day|hour|share|game)\b"
    r"|\s+(?:annually|guaranteed|apiece|each)\b",
    re.I,
)
# a year's pay: "her salary will be $185,000", "will earn $192,000 annually", "is paid $90,000 a year" (the
# verbs only with the year: "earned $40,000 in tips")
_SALARY_BEFORE = re.compile(
    r"\b(?:annual\s+)?(?:salary|pay)\s+(?:will\s+be|would\s+be|is|was|of)\s+" + _HEDGE + r"[$€£]?\s*\Z", re.I
)
_EARNS_BEFORE = re.compile(
    r"\b(?:earn|earns|earning|earned|(?:be|is|was|being)\s+paid)\s+" + _HEDGE + r"[$€£]?\s*\Z", re.I
)
_YEARLY = re.compile(r"(?:\s+|-)(?:a|per)[\s-]+year\b|\s+annually\b", re.I)
_PER_SHARE_RATE = re.compile(r"(?:\s+|-)(?:a|per)[\s-]+share\b", re.I)
_BUYING = re.compile(
    r"\b(?:buy|buys|bought|buying|acquire[sd]?|acquiring|acquisition|takeover|buyout|merger|deal|offer|"
    r"offered|offering|bid|pay|pays|paying|paid|tender)\b",
    re.I,
)
# a share's price on the market, or what a share earns: no buyer's price
_NO_BUYERS_PRICE = re.compile(
    r"\b(?:closed|closing|traded|trading|rose|fell|jumped|dropped|slid|surged|gained|dividends?|earnings|"
    r"earned|profits?|revenue|income|losses)\b",
    re.I,
)
_THEFT = re.compile(
    r"\b(?:stole|stolen|steal|steals|stealing|robbed|robbery|robberies|robbers?|heist|theft|thefts|thief|"
    r"thieves|burglar\w*|loot|looted|embezzl\w*|made\s+off\s+with)\b",
    re.I,
)
_VALUED_BEFORE = re.compile(r"\b(?:worth|valued\s+at|estimated\s+at)\s+" + _HEDGE + r"\Z", re.I)
_TAKEN_BEFORE = re.compile(
    r"\b(?:stole|stolen|steal|steals|stealing|embezzl(?:e|ed|es|ing)|made\s+off\s+with|escaped\s+with|fled\s+with|"
    r"got\s+away\s+with)\s+" + _HEDGE + r"\Z",
    re.I,
)
_SYMBOL_BEFORE = re.compile(r"(?:[A-Z]{0,2}[$€£¥])\s*\Z")
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|his|her|its|their)\s+\Z", re.I)
_FUNCTION_WORD = (
    r"(?:a|an|the|of|in|on|at|to|for|from|by|with|and|or|but|as|than|that|which|who|per|each|more|less|"
    r"is|was|are|were|be|been|will|would|has|have|had|can|could|may|might|this|these|those|it|he|she|they)"
)
_CONTENT_WORD = r"(?!" + _FUNCTION_WORD + r"\b)[a-z][a-z-]*"
_THING_AFTER = re.compile(
    rf"(?:\s*-\s*|\s+)({_CONTENT_WORD}(?:\s+{_CONTENT_WORD})?)(?=\s*[,.;:)]|\s+{_FUNCTION_WORD}\b)"
)
_REACH = 90
# The sums a noun right after names, article or none: "$5,000 bail", "$10,000 bond", "a $3,000 reward"
NAMED_SUMS = ("bail", "bond", "ransom", "reward")
_NAMED_SUM_AFTER = re.compile(r"\s+(" + "|".join(NAMED_SUMS) + r")\b(?![-\w])", re.I)
# words that say a sum is a sum, naming no thing: "a total of $40,000", "in lieu of $50,000"
_AN_AMOUNT = r"(?:total|sum|amount|average|maximum|minimum|excess|upwards|lieu)"
# "a ransom of $25 million", "set bail of $50,000": the thing a sum after "of" is the amount of
_THING_OF_BEFORE = re.compile(r"\b([a-z]{3,})\s+of\s+" + _HEDGE + r"\Z", re.I)
_NO_THING = re.compile(rf"{_FUNCTION_WORD}|{_AN_AMOUNT}", re.I)


def money_counted(text: str, segment: Segment, start: int, end: int) -> tuple[str | None, int]:
    """(what the sum of money whose number is at ``start`` and whose words end at ``end`` is the amount
    of, the end of the phrase that says so): (DEAL, end of "contract") for "$85 million contract",
    (None, ``end``) when it says nothing."""
    rate = _RATE_AFTER.match(text, end, segment.end)
    yearly = rate is not None and _YEARLY.match(rate.group(0))
    reach = max(segment.start, start - _REACH)
    if (
        (rate is None or yearly)
        and _SALARY_BEFORE.search(text, reach, start)
        or (yearly and _EARNS_BEFORE.search(text, reach, start))
    ):
        return SALARY, (rate.end() if rate is not None else end)  # "her salary will be $185,000 a year"
    if rate is not None:
        if _PER_SHARE_RATE.match(rate.group(0)) and _tells_of_buying(
            segment.text, _clause_around(text, segment, start, rate.end())
        ):
            return PER_SHARE, rate.end()  # "will pay $26.50 a share"
        return None, end
    after = _NOUN_AFTER.match(text, end, min(segment.end, end + _REACH))
    if after is not None:
        return DEAL, after.end()
    named = _NAMED_SUM_AFTER.match(text, end, segment.end)
    if named is not None:
        return named.group(1).lower(), named.end(1)  # "released on $5,000 bail", "held on $1 million bond"
    before = text[max(segment.start, start - _REACH) : start]
    symbol = _SYMBOL_BEFORE.search(before)
    before = before[: symbol.start()] if symbol else before
    if _PRICE_BEFORE.search(before):
        return PRICE, end  # before a buyer's: "it sells for $40" is a price, "sold it for $2 billion" a deal
    if _WORTH_BEFORE.search(before) or _BUYER_PAYS_BEFORE.search(before):
        return DEAL, end
    if (_VALUED_BEFORE.search(before) or _TAKEN_BEFORE.search(before)) and _tells_of_a_theft(segment.text):
        return STOLEN, end
    thing = _THING_AFTER.match(text, end, segment.end) if _ARTICLE_BEFORE.search(before) else None
    if thing is not None:
        return thing.group(1), thing.end(1)
    named = _THING_OF_BEFORE.search(before)
    if named is not None and not _NO_THING.fullmatch(named.group(1)):
        return named.group(1).lower(), end  # "a ransom of $25 million", "bail of $50,000"
    return None, end


# asked once per sentence and clause, not for each of its sums
@lru_cache(maxsize=256)
def _tells_of_buying(sentence: str, clause: str) -> bool:
    """Whether a sum a share is a buyer's price: the sentence tells of buying, and the sum's own clause
    not of trading or earnings ("$38 a share, a premium over Friday's closing price" is the buyer's)."""
    return bool(_BUYING.search(sentence)) and not _NO_BUYERS_PRICE.search(clause)


_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]")


def _clause_around(text: str, segment: Segment, start: int, end: int) -> str:
    """The words from the last clause break before ``start`` to the next one after ``end``."""
    opening = max(
        (m.end() for m in _CLAUSE_BREAK.finditer(text, segment.start, start)), default=segment.start
    )
    closing = _CLAUSE_BREAK.search(text, end, segment.end)
    return text[opening : closing.start() if closing else segment.end]


@lru_cache(maxsize=256)
def _tells_of_a_theft(sentence: str) -> bool:
    return bool(_THEFT.search(sentence))
