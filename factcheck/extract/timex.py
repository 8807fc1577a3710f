"""Time expressions and durations, resolved against the publication date.

A rule-based tagger in the manner of HeidelTime's news mode. Each form of
expression (:data:`_FORMS`: "June 19, 2024", "four months ago", "less than five
years", ...) is one regular expression with a resolver (``_form_<name>``) that
turns its match into a :class:`~factcheck.records.TimeSpan` or a
:class:`~factcheck.records.Duration` with its TimeML TIMEX3 type and value.
The scanner visits only the words that can begin an expression and tries, in
order, the forms that such a word can begin (:data:`_FORM_STARTS`); the first
form whose resolver accepts the match wins. Tense ("will", "was", "said")
decides between the last and the next Friday or September.

Relative expressions ("last September", "Friday", "four months ago") are
resolved against the document creation time (DCT, the publication date);
text-anchored ones ("the following September", "later that year", "the next
day") against the previous time expression of the same text. What cannot be
resolved keeps ``anchor="unresolved"`` and an ``X``-value (``XXXX-WXX-2``) and
is never guessed.

Two entry points:

- :func:`resolve` is pure: text and DCT in, :class:`TimeMention` list out
  (used by tests, TimeML output and the MEANTIME benchmark);
- :func:`find_times` makes claims from the content segments of a source
  (and :func:`tag_source` writes them as TimeML).

Windows for recurrence claims ("first time in 24 years", "second visit since
2019", "his second in less than five years") come out as:

- "since 2019": ``TimeSpan(start=2019-01-01, end=DCT, signal="since")``;
- "in 24 years": ``Duration(low=24, high=24, unit="year", signal="in")``,
  never the year 2048;
- "less than five years": ``Duration(low=0, high=5, modifier="LESS_THAN")``.

:func:`window_of` turns any of them into the interval of days it covers.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from factcheck.extract.patterns import word_trie
from factcheck.records import Duration, DurationClaim, Segment, Source, TimeClaim, TimeSpan

__all__ = ["TimeMention", "find_times", "resolve", "tag_source", "window_of"]


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A time expression: its span in the text and its normalised value.

    ``parts`` holds the endpoint mentions of a range ("from 2006 to 2017"),
    which TimeML tags one by one.
    """

    start: int
    end: int
    text: str
    value: TimeSpan | Duration
    parts: tuple[TimeMention, ...] = ()


# --------------------------------------------------------------------------
# Vocabulary

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_SEASON_START_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_SMALL_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "one hundred": 100, "a dozen": 12, "dozen": 12,
    "a couple of": 2, "a couple": 2, "couple of": 2, "half a": 0.5, "half an": 0.5, "single": 1,
}  # fmt: skip
_VAGUE_NUMBERS = ("a few", "few", "several", "many", "some", "dozens of", "hundreds of")
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}
_UNITS = {
    "second": "second", "minute": "minute", "hour": "hour", "day": "day", "night": "day",
    "week": "week", "fortnight": "week", "month": "month", "quarter": "month", "year": "year",
    "decade": "decade", "century": "century", "centurie": "century",
}  # fmt: skip
_UNIT_SCALE = {"fortnight": 2, "quarter": 3}
_ISO_UNIT = {"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "month": "M", "year": "Y"}
_TIME_UNITS = {"second", "minute", "hour"}
_QUALIFIERS = {
    "less than": "LESS_THAN", "fewer than": "LESS_THAN", "under": "LESS_THAN",
    "more than": "MORE_THAN", "over": "MORE_THAN", "just over": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
    "nearly": "EQUAL_OR_LESS", "almost": "EQUAL_OR_LESS", "just under": "EQUAL_OR_LESS",
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX",
}  # fmt: skip
#: "nearly five years" is at least this share of five years.
NEARLY_LOW = 0.8
_SETS = {
    "annual": "P1Y", "annually": "P1Y", "yearly": "P1Y", "monthly": "P1M", "weekly": "P1W",
    "daily": "P1D", "nightly": "P1D", "hourly": "PT1H",
}  # fmt: skip

# Nouns that make a bare four-digit number a count, not a year ("2000 people").
_COUNT_NOUNS = frozenset(
    "people persons men women children kids troops soldiers police officers workers staff jobs homes "
    "houses buildings cars vehicles feet foot ft metres meters m km kilometres kilometers miles mi kg "
    "tonnes tons pounds lbs dollars euros yuan yen rupees points votes seats units shares barrels "
    "calories passengers residents students patients cases deaths victims times block blocks".split()
)

# --------------------------------------------------------------------------
# The combined pattern


def _alt(words: Iterable[str]) -> str:
    """Any of ``words``, the first letter in either case, any run of spaces between words, the longest
    first.

    Written as a trie: the number words alone are some 150, and an alternation of them in each form
    would be many times slower to compile and to match.
    """
    return "(?:" + word_trie(words, either_case_first=True).replace(r"\ ", r"\s+") + ")"


_MONTH_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_MONTH = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})(?![A-Za-z])"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![A-Za-z])"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|[:.]\d)"
_YEAR = r"(?<![\w$£€#.,/])(?:1[0-9]\d\d|20\d\d)(?![\d%]|[,.]\d|-\d(?!\d))"
_NUM_WORD = _alt(list(_SMALL_NUMBERS) + [f"{t}-{u}" for t in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety") for u in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")])  # fmt: skip
_NUM = rf"(?:(?<![\d.,])\d+(?:\.\d+)?(?![\d,])|{_NUM_WORD}(?:\s+and\s+a\s+half)?|{_alt(_VAGUE_NUMBERS)})"
_UNIT_WORD = (
    r"(?:second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|centur(?:y|ie))"
)
_UNIT_WORD_CI = _alt(["second", "minute", "hour", "day", "night", "week", "weekend", "fortnight", "month", "quarter", "year", "decade", "century", "centurie"])  # fmt: skip
_SEASON = _alt(_SEASONS)
_PART_OF_DAY = r"(?:morning|afternoon|evening|night)"
_REL = r"(?:[Tt]his|[Ll]ast|[Nn]ext|[Tt]he\s+(?:current|previous|past|coming|following|same))"
_YEAR_REF = rf"(?:(?:of\s+)?(?:{_REL}\s+year|(?:{_YEAR})))"
_QUALIFIER = _alt(_QUALIFIERS)
_ZONE = r"(?:\s*\(?(?:UTC|GMT|CET|CEST|BST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|local\s+time)(?:\s*[+-]\s*\d{1,2})?\)?)"
_MOD_PREFIX = (
    r"(?P<{}_mod>(?:[Tt]he\s+)?(?:very\s+)?(?:beginning|start|end|middle|close|turn)\s+of\s+(?:the\s+)?"
    r"|(?:[Tt]he\s+)?(?:first|second|latter|last)\s+half\s+of\s+(?:the\s+)?"
    r"|[Ee]arly(?:\s+in)?[- ]|[Ll]ate(?:\s+in)?[- ]|[Mm]id[- ]?)?"
).format

_FORMS: list[tuple[str, str]] = [
    # 2024-06-19, 2024-06-19T12:45
    ("iso", r"(?<![\w.-])(?P<iso_y>\d{4})-(?P<iso_m>\d\d)-(?P<iso_d>\d\d)(?:T(?P<iso_hh>\d\d):(?P<iso_mm>\d\d))?(?![\w-])"),
    # 7/8/07 (month first, as in US news)
    ("slash", r"(?<![\w./])(?P<sl_m>1[0-2]|0?[1-9])/(?P<sl_d>3[01]|[12]\d|0?[1-9])/(?P<sl_y>\d{4}|\d\d)(?![\w/])"),
    # from 2006 to 2017, between 2014 and 2016, 2006-2017
    ("yrange", rf"(?:(?P<yr_sig>[Ff]rom|[Bb]etween)\s+)(?P<yr_a>{_YEAR})\s*(?:to|until|till|through|and|-|–)\s*(?P<yr_b>{_YEAR})"),
    ("yrange2", rf"(?P<yr2_a>{_YEAR})\s*[-–]\s*(?P<yr2_b>{_YEAR}|\d\d(?!\d))"),
    # Tuesday, June 18 (2024) / Saturday 8 June 2013: one date, its weekday named
    ("wdate", rf"(?P<wd_w>{_WEEKDAY}),?\s+(?:the\s+)?(?:(?P<wd_d>{_DAY})\s+(?:of\s+)?(?P<wd_m>{_MONTH})|(?P<wd_m2>{_MONTH})\s+(?P<wd_d2>{_DAY}))(?:,?\s+(?P<wd_y>{_YEAR}))?"),
    # 19 June 2024, 19-20 June
    ("dmy", rf"(?P<dmy_d>{_DAY})(?:\s*[-–]\s*(?P<dmy_d2>{_DAY}))?\s+(?:of\s+)?(?P<dmy_m>{_MONTH})(?:,?\s+(?P<dmy_y>{_YEAR}))?"),
    # June 19, 2024 / June 19-20 / July 2000 / September / the first week of March
    ("mdy", _MOD_PREFIX("mdy") + rf"(?:(?P<md_rel0>[Ll]ast|[Tt]his|[Nn]ext|[Tt]he\s+(?:previous|coming))\s+(?={_MONTH_FULL}))?(?P<md_m>{_MONTH})(?:\s+(?P<md_d>{_DAY})(?:\s*(?:-|–|and)\s*(?P<md_d2>{_DAY}))?)?(?:,?\s+(?:of\s+)?(?P<md_y>{_YEAR}|(?P<md_rel>{_REL})\s+year))?"),
    # the year 2000, in 2000, early 1990s, mid-20th century, the 1950s
    ("decade", _MOD_PREFIX("decade") + r"(?:(?P<dec_the>[Tt]he)\s+)?(?:(?P<dec_full>1\d\d|20\d)0|'(?P<dec_short>\d)0)s(?![\w'])"),
    ("century", _MOD_PREFIX("century") + r"(?:(?P<cen_the>[Tt]he)\s+)?(?P<cen_n>1\d|2[01]|[1-9])(?:st|nd|rd|th)[- ](?P<cen_w>[Cc]entury)"),
    ("season", _MOD_PREFIX("season") + rf"(?:(?P<sea_rel>{_REL})\s+)?(?P<sea>{_SEASON})(?:\s+(?:of\s+)?(?P<sea_y>{_YEAR}))?"),
    ("quarter", rf"(?:(?P<q_the>[Tt]he)\s+)?(?:(?P<q_rel>[Ll]ast|[Pp]revious|[Cc]urrent|[Nn]ext|[Tt]his)\s+quarter(?!\w)|(?P<q_ord>{_alt(_ORDINALS)})[- ]quarter(?:\s+(?:of\s+)?(?P<q_y>{_YEAR_REF}))?|Q(?P<q_n>[1-4])(?:\s+(?P<q_y2>{_YEAR}))?(?!\w))"),
    ("fiscal", rf"(?:[Ff]iscal(?:\s+[Yy]ear)?\s+|FY\s?)(?P<fy>{_YEAR}|\d\d(?!\d))"),
    ("theyear", rf"(?:[Tt]he\s+year\s+)(?P<ty>{_YEAR})"),
    # clock times: 12:45 p.m., 3 a.m., 18:00 UTC, noon
    ("clock", rf"(?P<clk_h>(?<![\d.:,$£€])(?:[01]?\d|2[0-3]))(?:[:.](?P<clk_m>[0-5]\d))?\s*(?P<clk_ap>[AaPp](?:\.\s?[Mm]\.?|\s?[Mm])(?![A-Za-z])|[Oo]'clock){_ZONE}?(?:\s+(?P<clk_day>today|yesterday|tomorrow|{_WEEKDAY}))?"),
    ("clock24", rf"(?<![\d.:,$£€])(?P<c24_h>[01]?\d|2[0-3])(?::?(?P<c24_m>[0-5]\d))(?P<c24_z>{_ZONE})(?:\s+(?P<c24_day>today|yesterday|tomorrow|{_WEEKDAY}))?"),
    ("noon", r"(?<!\w)(?P<noon>[Nn]oon|[Mm]idnight|[Mm]idday)(?!\w)"),
    ("year", _MOD_PREFIX("year") + rf"(?P<yr>{_YEAR})(?!\s*(?:per\s*cent|percent))"),
    # ago / later / earlier
    ("ago", rf"(?:(?P<ago_q>{_QUALIFIER})\s+)?(?:(?P<ago_n>{_NUM})\s+)?(?P<ago_u>{_UNIT_WORD_CI})(?P<ago_pl>s)?\s+(?P<ago_dir>ago|earlier|later|before|after|previously|hence)(?!\w)"),
    # the following September, the next day, later that year, that day
    ("anchored", rf"(?P<anc>[Tt]he\s+(?:following|next|previous|preceding|same)\s+(?P<anc_u>day|week|month|year|morning|night|{_MONTH_FULL}|{_WEEKDAY}|{_SEASON})|(?:[Ll]ater|[Ee]arlier)\s+(?:that|the\s+same)\s+(?P<anc_u2>day|week|month|year)|(?:[Tt]hat|[Tt]he\s+same)\s+(?P<anc_u3>day|week|month|year|morning|night)|[Tt]he\s+day\s+(?P<anc_ba>before|after)(?!\s+(?:the|a|an|his|her|their|its)\b))(?!\w)"),
    ("shortly", r"(?P<shortly>(?:[Ss]hortly|[Ss]oon|[Ii]mmediately)\s+(?:after(?:wards?)?|thereafter)|[Ss]hortly\s+(?:before|afterwards?))(?=\s*[,.;])"),
    ("weekof", rf"[Tt]he\s+(?P<wk_ord>first|second|third|fourth|last|final)\s+week\s+of\s+(?P<wk_m>{_MONTH_FULL})(?:,?\s+(?P<wk_y>{_YEAR}))?"),
    ("theday", _MOD_PREFIX("theday") + r"(?P<td>[Tt]he\s+day)(?!\s+(?:of|after|before|when|that|in\s+which|on\s+which|the)\b)(?![\w-])"),
    ("yearref", _MOD_PREFIX("yearref") + r"(?P<tyr>[Tt]he\s+(?:(?P<tyr_all>entire|whole|full)\s+)?(?P<tyr_u>year|month|week))(?!\s+(?:\d|of|before|after|when|that|in\s+which|ago|earlier|later)\b)(?![\w-])"),
    ("thattime", r"[Tt]hat\s+time(?![\w-])"),
    ("weekend", r"(?P<we>[Tt]he)\s+weekend(?![\w-])"),
    # yesterday, today, tonight, this morning, Friday night
    ("deictic", rf"(?P<dei>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|{_WEEKDAY}|(?:[Ll]ast|[Tt]his|[Nn]ext)\s+{_WEEKDAY})(?:\s+(?P<dei_pod>{_PART_OF_DAY}))?(?!\w)"),
    ("podrel", r"(?P<pod_rel>[Tt]his|[Ll]ast|[Ee]arlier\s+this|[Ll]ater\s+this)\s+(?P<pod>morning|afternoon|evening|night)(?!\w)"),
    ("earlier_today", r"(?P<et>[Ee]arlier|[Ll]ater)\s+(?P<et_u>today|tonight)(?!\w)"),
    # this month, last year, next week, earlier this year, the end of last year
    ("relunit", _MOD_PREFIX("relunit") + r"(?:(?P<ru_mod2>[Ee]arlier|[Ll]ater)\s+)?(?P<ru_rel>[Tt]his|[Ll]ast|[Nn]ext|[Tt]he\s+(?:current|previous|past|last|coming|next))\s+(?P<ru_u>week(?:end)?|month|year|decade|century)(?!\w)"),
    # durations: 24 years, two-day, less than five years, the past two decades
    ("duration", rf"(?:(?P<du_past>[Tt]he\s+(?:past|last|next|previous|coming|first|final|following))\s+)?(?:(?P<du_q>{_QUALIFIER})\s+)?(?P<du_n>{_NUM})(?:\s+or\s+(?P<du_n2>{_NUM})|\s*(?:-|–|to)\s*(?P<du_n3>{_NUM}))?(?P<du_sep>[- ]|\s+(?:consecutive|straight|full|long|more|trading|calendar|successive)\s+)(?P<du_u>{_UNIT_WORD})(?P<du_pl>s)?(?P<du_long>-long)?(?![\w-])"),
    ("vague_dur", r"(?:(?P<vd_rec>[Rr]ecent)\s+|(?P<vd_the>the)\s+)?(?P<vd_u>years|decades|months|weeks|days|hours|minutes|centuries)(?:-long)?(?!\w)"),
    ("pastunit", r"(?P<pu_the>[Tt]he\s+(?:past|last|next|coming|previous))\s+(?P<pu_u>decade|century|fortnight|few\s+(?:years|months|weeks|days|decades))(?!\w)"),
    ("set", rf"(?P<set>{_alt(_SETS)}|(?:[Ee]very|[Ee]ach|[Pp]er)\s+(?P<set_u>day|week|month|year))(?!\w)"),
    ("ref", r"(?P<ref>[Nn]owadays|[Cc]urrently|[Pp]resently|(?:[Mm]ore\s+|[Mm]ost\s+|[Vv]ery\s+)?[Rr]ecently|[Aa]t\s+present|[Tt]he\s+present\s+day|[Tt]hese\s+days|[Tt]he\s+time\s+being|[Nn]ow|[Cc]urrent|[Rr]ecent|[Tt]he\s+(?:near\s+|distant\s+|recent\s+)?(?:past|future)(?!\s+(?:\S+\s+){0,2}(?:decade|year|month|week|day|centur|quarter))|[Tt]he\s+(?:near|short|long)\s+term|(?:[Vv]ery|[Qq]uite)\s+soon)(?!\w)"),
]  # fmt: skip


# Which forms can begin with which word: the scanner tries at each word start only the forms its
# first word can begin, so most of the text costs one dictionary lookup. "#" stands for a digit.
_WORD_CLASSES = {
    "MONTH": " ".join(_MONTHS),
    "WEEKDAY": " ".join(_WEEKDAYS),
    "SEASON": " ".join(_SEASONS),
    "MODP": "the very beginning start end middle close turn first second latter last early late mid",
    "QUAL": "less fewer more over under just at no up nearly almost about around approximately roughly some",
    "NUM": "# "
    + " ".join(sorted({w.split()[0] for w in _SMALL_NUMBERS} | {w.split()[0] for w in _VAGUE_NUMBERS})),
    "UNIT": "second minute hour day night week weekend fortnight month quarter year decade century centurie",
}
_FORM_STARTS = {
    "iso": "#", "slash": "#", "yrange": "from between", "yrange2": "#", "wdate": "WEEKDAY", "dmy": "#",
    "mdy": "MODP MONTH this next the", "decade": "MODP # '", "century": "MODP #", "season": "MODP SEASON this next",
    "quarter": "the last previous current next this first second third fourth final q", "fiscal": "fiscal fy",
    "theyear": "the", "year": "MODP #", "clock": "#", "clock24": "#", "noon": "noon midnight midday",
    "ago": "QUAL NUM UNIT", "anchored": "the later earlier that", "shortly": "shortly soon immediately",
    "weekof": "the", "theday": "MODP", "yearref": "MODP", "thattime": "that", "weekend": "the",
    "deictic": "WEEKDAY yesterday today tomorrow tonight last this next", "podrel": "this last earlier later",
    "earlier_today": "earlier later", "relunit": "MODP earlier later this last next",
    "duration": "the QUAL NUM", "vague_dur": "recent the UNIT", "pastunit": "the", "set": "every each per " + " ".join(_SETS),
    "ref": "nowadays currently presently more most very recently at the these now current recent quite",
}  # fmt: skip
# "the" and "a" open most noun phrases: go on only if the next word can continue a time expression.
_NEXT_WORDS = {
    "the": "end beginning start middle close turn very first second third fourth latter last half final following "
    "next previous preceding same past coming current year day week weekend month decade century entire whole full "
    "near short long distant recent present future time spring summer autumn fall winter years decades",
    "a": "few couple dozen hundred half single full long whole second minute hour day night week weekend fortnight month quarter "
    "year decade century",
}
_NEXT_WORDS["an"] = "hour"
_NEXT_WORDS |= {
    "that": "day week month year morning night time", "at": "least most present", "up": "to", "no": "more less",
    "from": "#", "between": "#", "just": "over under", "more": "than recently", "less": "than", "fewer": "than",
    "most": "recently", "very": "soon recently beginning start end middle close turn", "quite": "soon",
    "over": "NUM", "about": "NUM", "around": "NUM", "approximately": "NUM", "roughly": "NUM", "nearly": "NUM",
    "almost": "NUM", "under": "NUM", "some": "NUM UNIT",
}  # fmt: skip


def _expand(spec: str) -> set[str]:
    words: set[str] = set()
    for item in spec.split():
        words |= _expand(_WORD_CLASSES[item]) if item in _WORD_CLASSES else {item}
    return words


def _dispatch_table() -> dict[str, tuple[tuple[str, re.Pattern[str]], ...]]:
    """For each first word, the forms it can begin, in order, each compiled on its own.

    One pattern per form, not one alternation of all: the regex engine saves
    every group's mark at each backtracking point, so a pattern with hundreds
    of groups is many times slower than its parts.
    """
    starts = {name: _expand(spec) for name, spec in _FORM_STARTS.items()}
    assert set(starts) == {name for name, _ in _FORMS}, "every form needs its first words"
    compiled = {name: re.compile(body) for name, body in _FORMS}
    return {
        word: tuple((name, compiled[name]) for name, _ in _FORMS if word in starts[name])
        for word in sorted(set().union(*starts.values()))
    }


_DISPATCH = _dispatch_table()


def _matches(forms: tuple[tuple[str, re.Pattern[str]], ...], text: str, at: int, end: int):
    """Each form (in order) that matches at ``at`` with its match: the first one accepted wins."""
    for form, pattern in forms:
        match = pattern.match(text, at, end)
        if match is not None:
            yield form, match


# A word that can begin an expression, at a word start (a digit or an apostrophe stands for "#").
_WORD_START = re.compile(
    rf"(?<![A-Za-z0-9_])(?:[0-9]|'\d|{word_trie(_DISPATCH, either_case_first=True)}s?(?![a-z]))"
)
# A number begins a time expression only in these shapes (most numbers are counts: "10 people").
_DIGITS_OF_TIME = re.compile(
    r"\d{4}(?!\d)"
    r"|\d{1,2}(?:st|nd|rd|th)?\s*[-–/:.]\s*\d"
    r"|\d+(?:\.\d+)?\s*(?:[AaPp]\.?\s?[Mm](?![A-Za-z])|[Oo]'clock)"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}}(?:st|nd|rd|th)?)?\s+(?:of\s+)?{_MONTH}"
    r"|\d{1,2}(?:st|nd|rd|th)[- ][Cc]entury"
    r"|\d{3}0s"
    rf"|\d{{1,4}}{_ZONE}"
    rf"|\d+(?:\.\d+)?(?:\s+or\s+\S+|\s*(?:-|–|to)\s*\S+)?(?:[- ]|\s+[a-z]+\s+){_UNIT_WORD_CI}"
)
_NEXT_WORD_OK = {
    word: re.compile(rf"\s+(?:[0-9']|{word_trie(_expand(spec), either_case_first=True)}s?(?![a-z]))")
    for word, spec in _NEXT_WORDS.items()
}

# The word right before an expression: cues for bare months and years, signals.
_PRECEDING_WORD = re.compile(r"([A-Za-z]+)[\s-]*$")
_MONTH_CUES = frozenset(
    "in on since until till by from to through during before after of between and or last this next "
    "early late mid end beginning start each every".split()
)
_YEAR_CUES = _MONTH_CUES | {
    "the",
    "year",
    "circa",
    "around",
    "about",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
}
_DETERMINERS = frozenset("the a an its his her their this that".split())
_SIGNALS = frozenset(
    "in on at since until till by before after from to during through throughout between within for over "
    "of around about".split()
)
# Modals take their verb along, so that "will be finalized" is not read as a past "-ed"; a modal is a
# whole word ("mayoral", "Willis" and "mustard" are no future).
_FUTURE = re.compile(
    r"\b(?:[Ww]ill|[Ww]on't|[Ss]hall|[Ww]ould|[Ss]hould|[Cc]ould|[Mm]ight|must|may)\b(?:\s+(?:not|also|still|now|soon|then|only))?"
    r"(?:\s+(?:be|have\s+been|have|get)\b)?(?:\s+[a-z]+)?"
    r"|'ll\b|\b(?:is|are|am|was|were|has\s+been|have\s+been)\s+(?:set|scheduled|expected|due|slated|poised|planning|going|about)\s+to"
    r"|\b(?:is|are)\s+to\b|\bto\s+be\s+[a-z]+|\b(?:plans?|planning|intends?|expects?|hopes?)\s+to\b"
    r"|\b(?:scheduled|slated|upcoming|planned|forthcoming)\b"
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|said|told|went|came|took|died|met|left|began|fell|won|lost|saw|made|gave|held|rose|"
    r"sold|bought|hit|struck|broke|ran|became|sank|shot|\w+ught|[a-z]{2,}(?<![e])(?<!hundr)ed)\b"
)
#: How far a month or day named without a year may lie on the "wrong" side of the publication
#: date for its tense before it is moved to the previous or next year.
_TENSE_SLACK_DAYS = 45
#: Prepositions that settle the tense of the day or month they introduce.
_SIGNAL_TENSE = {"since": -1, "until": 1, "till": 1, "by": 1}
_FULL_MONTH = re.compile(_MONTH_FULL)
_WEEKDAY_OR_DEICTIC = re.compile(rf"{_WEEKDAY}|today|yesterday|tomorrow")
_THE_DAY_CUES = frozenset({"on", "for", "during", "in", "over", "through", "throughout"})
_VAGUE_DURATION_CUES = frozenset({"for", "in", "over", "within", "after", "took", "lasted", "spanning"})
_TIME_PREPOSITIONS = frozenset("in since until till during before after by from of".split())
_ADDRESS_AFTER = re.compile(
    r"\s+(?:[NSEW]\.?\s+)?(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr"
    r"|Way|Highway|Hwy|Place|Pl|Court|Ct|Parkway|Pkwy|Terrace|Circle)\b"
)
_NEXT_WORD = re.compile(r"\s+([a-z]+)")
_THAN = re.compile(r"\s+than\b")
_COMMA_AFTER = re.compile(r"\s*(?:[,.;:!?)]|$)")


# --------------------------------------------------------------------------
# Calendar helpers


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _month_start(year: int, month: int) -> dt.date:
    return dt.date(year, month, 1)


def _week_monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _week_value(day: dt.date) -> str:
    iso = day.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def _season_of(day: dt.date) -> tuple[int, str]:
    """The (year, season) containing ``day``; winter belongs to the year it starts in."""
    if day.month == 12:
        return day.year, "WI"
    if day.month <= 2:
        return day.year - 1, "WI"
    return day.year, ("SP", "SU", "FA")[(day.month - 3) // 3]


def _season_span(year: int, season: str) -> tuple[dt.date, dt.date]:
    first = dt.date(year, _SEASON_START_MONTH[season], 1)
    return first, _add_months(first, 3)


_GRANULARITY_RANK = {
    "time": 0, "day": 1, "week": 2, "month": 3, "season": 4, "quarter": 5, "year": 6, "decade": 7, "century": 8,
}  # fmt: skip


def _valid_year(year: int) -> bool:
    return 1 <= year <= 9998


# --------------------------------------------------------------------------
# Value constructors


def _span(
    start: dt.date | None,
    end: dt.date | None,
    granularity: str,
    value: str,
    anchor: str,
    *,
    timex_type: str = "DATE",
    **extra: object,
) -> TimeSpan:
    return TimeSpan(
        start=start,
        end=end,
        granularity=granularity,
        timex_value=value,
        anchor=anchor,
        timex_type=timex_type,
        **extra,
    )


def _day(day: dt.date, anchor: str, **extra: object) -> TimeSpan:
    return _span(day, day + dt.timedelta(days=1), "day", day.isoformat(), anchor, **extra)


def _month(year: int, month: int, anchor: str, **extra: object) -> TimeSpan:
    first = _month_start(year, month)
    return _span(first, _add_months(first, 1), "month", f"{year:04d}-{month:02d}", anchor, **extra)


def _year(year: int, anchor: str, **extra: object) -> TimeSpan:
    return _span(dt.date(year, 1, 1), dt.date(year + 1, 1, 1), "year", f"{year:04d}", anchor, **extra)


def _week(day: dt.date, anchor: str, *, weekend: bool = False, **extra: object) -> TimeSpan:
    monday = _week_monday(day)
    if weekend:
        return _span(monday + dt.timedelta(days=5), monday + dt.timedelta(days=7), "week",
                     _week_value(day) + "-WE", anchor, **extra)  # fmt: skip
    return _span(monday, monday + dt.timedelta(days=7), "week", _week_value(day), anchor, **extra)


def _unresolved(value: str, granularity: str = "day", **extra: object) -> TimeSpan:
    return _span(None, None, granularity, value, "unresolved", **extra)


def _number(text: str) -> float | None:
    """The value of a number in digits or words; ``None`` for vague ones ("several")."""
    words = " ".join(text.lower().split())
    half = 0.0
    if words.endswith(" and a half"):
        words, half = words[: -len(" and a half")], 0.5
    if words[:1].isdigit():
        return float(words) + half
    if words in _SMALL_NUMBERS:
        return _SMALL_NUMBERS[words] + half
    tens, _, unit = words.partition("-")
    if tens in _SMALL_NUMBERS and unit in _SMALL_NUMBERS:
        return _SMALL_NUMBERS[tens] + _SMALL_NUMBERS[unit] + half
    return None


def _amount(number: float) -> str:
    return str(int(number)) if number == int(number) else f"{number:g}"


def _duration_value(number: float | None, unit: str, unit_word: str = "") -> str:
    """The TIMEX3 value of ``number`` ``unit`` (decades and centuries in years, as TimeML does)."""
    if unit_word == "quarter":
        return f"P{'X' if number is None else _amount(number / 3)}Q"
    if unit in ("decade", "century"):
        scale = 10 if unit == "decade" else 100
        return "PXY" if number is None else f"P{_amount(number * scale)}Y"
    prefix = "PT" if unit in _TIME_UNITS else "P"
    return f"{prefix}{'X' if number is None else _amount(number)}{_ISO_UNIT[unit]}"


def _duration(
    low: float | None,
    high: float | None,
    number: float | None,
    unit: str,
    modifier: str | None,
    signal: str | None,
    unit_word: str = "",
) -> Duration:
    return Duration(
        low=low,
        high=high,
        unit=unit,
        modifier=modifier,
        signal=signal,
        timex_value=_duration_value(number, unit, unit_word),
    )


def _ranged(number: float, modifier: str | None) -> tuple[float | None, float | None]:
    """The [low, high] a qualifier gives ``number``: "less than 5" is (0, 5), "more than 5" (5, None)."""
    if modifier == "LESS_THAN":
        return 0.0, number
    if modifier in ("MORE_THAN", "EQUAL_OR_MORE"):
        return number, None
    if modifier == "EQUAL_OR_LESS":
        return number * NEARLY_LOW, number
    return number, number


def _shift(day: dt.date, number: float, unit: str, sign: int) -> tuple[dt.date, str] | None:
    """``day`` moved by ``number`` ``unit``s and the granularity of the result."""
    whole = int(number)
    if whole != number or unit in _TIME_UNITS:
        return None
    try:
        if unit == "day":
            return day + dt.timedelta(days=sign * whole), "day"
        if unit == "week":
            return day + dt.timedelta(weeks=sign * whole), "week"
        if unit == "month":
            return _add_months(day, sign * whole), "month"
        years = whole * {"year": 1, "decade": 10, "century": 100}[unit]
        target = day.year + sign * years
        if not _valid_year(target):
            return None
        return dt.date(target, day.month, min(day.day, 28 if day.month == 2 else day.day)), "year"
    except (OverflowError, ValueError):
        return None


def _at_granularity(day: dt.date, granularity: str, anchor: str, **extra: object) -> TimeSpan:
    if granularity == "day":
        return _day(day, anchor, **extra)
    if granularity == "week":
        return _week(day, anchor, **extra)
    if granularity == "month":
        return _month(day.year, day.month, anchor, **extra)
    return _year(day.year, anchor, **extra)


# --------------------------------------------------------------------------
# The resolver


# Between a clock time and its day: a time zone ("GMT", "(0630 GMT)", "local time") and "on"/"of".
_CLOCK_TO_DAY = re.compile(
    r"\s*(?:(?:[A-Z]{2,5}|\([^()]{1,20}\)|local\s+time)\s*)?(?:(?:on|of)\s+)?(?:the\s+)?"
)


class _Resolver:
    """Resolves the expressions of one text, sentence by sentence, in order.

    Keeps the last resolved point in time as the anchor of text-anchored
    expressions ("the following day").
    """

    def __init__(self, text: str, dct: dt.date | None):
        self.text = text
        self.dct = dct
        self.last: TimeSpan | None = None
        self.last_sentence = -1

    # -- sentence context ---------------------------------------------------

    def _tense(self, sentence_start: int, sentence_end: int, position: int) -> int:
        """+1 if the sentence speaks of the future around ``position``, -1 past, 0 undecided.

        A signal settles it ("since Friday", "until Friday"); otherwise the
        nearest tense cue before ``position`` does (a trailing "..., officials
        said" reports the news, it does not date the event), or, when there is
        none before, the nearest after.
        """
        signal = self._signal(sentence_start, position)
        if signal in _SIGNAL_TENSE:
            return _SIGNAL_TENSE[signal]
        sentence = self.text[sentence_start:sentence_end]
        offset = position - sentence_start
        future_spans = [m.span() for m in _FUTURE.finditer(sentence)]
        cues = [(a, 1) for a, _ in future_spans] + [
            (m.start(), -1)
            for m in _PAST.finditer(sentence)
            if not any(a <= m.start() < b for a, b in future_spans)
        ]
        before = [(offset - at, tense) for at, tense in cues if at < offset]
        if before:
            return min(before)[1]
        after = [(at - offset, tense) for at, tense in cues]
        return min(after)[1] if after else 0

    def _preceding_word(self, sentence_start: int, position: int) -> str:
        match = _PRECEDING_WORD.search(self.text, max(sentence_start, position - 24), position)
        return match.group(1).lower() if match else ""

    # -- scanning -------------------------------------------------------------

    def scan(self, start: int, end: int) -> list[TimeMention]:
        """The mentions of the sentence ``text[start:end]``."""
        mentions: list[TimeMention] = []
        text = self.text
        done = start
        for word in _WORD_START.finditer(text, start, end):
            at = word.start()
            if at < done:
                continue
            token = word.group()
            key = "#" if token[0].isdigit() else "'" if token[0] == "'" else token.lower()
            if key not in _DISPATCH:
                key = key[:-1]  # a plural: "years"
                if len(key) < 3:
                    continue
            follow = _NEXT_WORD_OK.get(key)
            if follow is not None and not follow.match(text, word.end(), end):
                continue
            if key == "#" and not _DIGITS_OF_TIME.match(text, at, end):
                continue
            mention = None
            for form, match in _matches(_DISPATCH[key], text, at, end):
                try:
                    mention = getattr(self, f"_form_{form}")(match, start, end)
                except (ValueError, OverflowError):
                    mention = None  # resolves outside the calendar (year 0, year 10000): not a date
                if mention is not None:
                    break
            if mention is None:
                continue  # the words of a rejected match may still begin another expression
            done = mention.end
            mentions.append(mention)
            value = mention.value
            if isinstance(value, TimeSpan) and value.start is not None and value.timex_value[:1].isdigit():
                self.last = self._point(mention)
                self.last_sentence = start
        return self._clocks_on_their_day(mentions)

    def _clocks_on_their_day(self, mentions: list[TimeMention]) -> list[TimeMention]:
        """Puts a clock time on the day named right after it ("at 3 a.m. on 19 June", "2:30 a.m. Sunday").

        The day may be an unresolved weekday: "8.40am on Saturday" is then
        ``XXXX-WXX-6T08:40``, not the day of some earlier date. A day further on
        belongs to another clause ("arrested at 2 a.m. and released ... before
        a game on Sunday").
        """
        days = [m for m in mentions if isinstance(m.value, TimeSpan) and m.value.granularity == "day"
                and m.value.timex_type == "DATE" and (m.value.start is not None or m.value.weekday is not None)]  # fmt: skip
        if not days:
            return mentions
        fixed = []
        for mention in mentions:
            value = mention.value
            later = [d for d in days if d.start > mention.start]
            if (
                isinstance(value, TimeSpan)
                and value.clock
                and value.anchor != "absolute"
                and later
                and _CLOCK_TO_DAY.fullmatch(self.text, mention.end, later[0].start)
                and not _WEEKDAY_OR_DEICTIC.search(mention.text)
            ):
                day = later[0].value
                assert isinstance(day, TimeSpan)
                clock_value = value.timex_value.partition("T")[2]
                update = {"start": day.start, "end": day.end, "anchor": day.anchor, "weekday": day.weekday,
                          "timex_value": f"{day.timex_value}T{clock_value}"}  # fmt: skip
                mention = TimeMention(
                    mention.start, mention.end, mention.text, value.model_copy(update=update)
                )
            fixed.append(mention)
        return fixed

    def _point(self, mention: TimeMention) -> TimeSpan:
        """The anchor a mention leaves for the next ones: windows count by their start."""
        value = mention.value
        assert isinstance(value, TimeSpan)
        if value.signal == "since" and mention.parts:
            return mention.parts[0].value  # type: ignore[return-value]
        return value

    def _mention(self, start: int, end: int, value: TimeSpan | Duration, *parts: TimeMention) -> TimeMention:
        return TimeMention(start, end, self.text[start:end], value, parts)

    def _signal(self, sentence_start: int, position: int) -> str | None:
        """The preposition before an expression, across a determiner ("since the 2019 summit")."""
        match = _PRECEDING_WORD.search(self.text, max(sentence_start, position - 24), position)
        if match is None:
            return None
        word = match.group(1).lower()
        if word in _DETERMINERS:
            word = self._preceding_word(sentence_start, match.start())
        return word if word in _SIGNALS else None

    def _finish(
        self, match: re.Match[str], sentence_start: int, value: TimeSpan, start: int | None = None
    ) -> TimeMention:
        """Adds the signal, the "since" window and the prefix modifier to a date."""
        start = match.start() if start is None else start
        signal = self._signal(sentence_start, start)
        extra: dict[str, object] = {}
        if signal:
            extra["signal"] = signal
        point = self._mention(start, match.end(), value)
        if signal == "since" and value.start is not None and self.dct is not None and self.dct > value.start:
            extra["end"] = self.dct
        if extra:
            value = value.model_copy(update=extra)
            return self._mention(start, match.end(), value, *((point,) if signal == "since" else ()))
        return point

    def _modified(self, match: re.Match[str], value: TimeSpan) -> TimeSpan:
        """Applies "early", "mid-", "the end of" to a span: narrows it and sets the TimeML mod."""
        prefix = next((match[g] for g in match.re.groupindex if g.endswith("_mod") and match[g]), None)
        if not prefix or value.start is None or value.end is None:
            if prefix:
                return value.model_copy(update={"modifier": _mod_name(prefix), "approximate": True})
            return value
        name = _mod_name(prefix)
        length = (value.end - value.start).days
        third = dt.timedelta(days=max(1, length // 3))
        if name == "START":
            start, end = value.start, value.start + third
        elif name == "END":
            start, end = value.end - third, value.end
        else:
            start, end = value.start + third, value.end - third
        return value.model_copy(update={"start": start, "end": end, "modifier": name, "approximate": True})

    # -- forms --------------------------------------------------------------

    def _form_iso(self, m: re.Match[str], s: int, e: int) -> TimeMention | None:
        day = _date(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))
        if day is None:
            return None
        if m["iso_hh"]:
            clock = f"{m['iso_hh']}:{m['iso_mm']}"
            return self._mention(m.start(), m.end(), _day(day, "absolute", clock=clock, timex_type="TIME").model_copy(
                update={"timex_value": f"{day.isoformat()}T{clock}"}))  # fmt: skip
        return self._finish(m, s, _day(day, "absolute"))

    def _form_slash(self, m: re.Match[str], s: int, e: int) -> TimeMention | None:
        year = int(m["sl_y"])
        if year < 100:
            year += 2000 if year < 50 else 1900
        day = _date(year, int(m["sl_m"]), int(m["sl_d"]))
        return None if day is None else self._finish(m, s, _day(day, "absolute"))

    def _form_yrange(self, m: re.Match[str], s: int, e: int) -> TimeMention | None:
        return self._year_range(
            m, m.start("yr_a"), int(m["yr_a"]), m.start("yr_b"), m["yr_b"], m["yr_sig"].lower()
        )

    def _form_yrange2(self, m: re.Match[str], s: int, e: int) -> TimeMention | None:
        return self._year_range(m, m.start("yr2_a"), int(m["yr2_a"]), m.start("yr2_b"), m["yr2_b"], None)

    def _year_range(
        self, m: re.Match[str], a_at: int, first: int, b_at: int, second_text: str, signal: str | None
    ):
        second = int(second_text) if len(second_text) == 4 else first // 100 * 100 + int(second_text)
        if second <= first:
            return None
        a = self._mention(a_at, a_at + 4, _year(first, "absolute", signal=signal))
        b = self._mention(b_at, b_at + len(second_text), _year(second, "absolute"))
        value = _span(dt.date(first, 1, 1), dt.date(second + 1, 1, 1), "year", f"P{second - first}Y", "absolute",
                      timex_type="DURATION", signal=signal)  # fmt: skip
        return self._mention(m.start(), m.end(), value, a, b)

    def _form_wdate(self, m: re.Match[str], s: int, e: int) -> TimeMention | None:
        mention = self._month_day(
            m, s, e, m["wd_m"] or m["wd_m2"], m["wd_d"] or m["wd_d2"], None, m["wd_y"], None, None
        )
        if mention is None:
            return None
        weekday = _WEEKDAYS[m["wd_w"].lower()]
        return TimeMention(
            mention.start, mention.end, mention.text, mention.value.model_copy(update={"weekday": weekday})
        )

    def _form_dmy(self, m: re.Match[str], s: int, e: int) -> TimeMention | None:
        return self._month_day(m, s, e, m["dmy_m"], m["dmy_d"], m["dmy_d2"], m["dmy_y"], None, None)

    def _form_mdy(self, m: re.Match[str], s: int, e: int) -> TimeMention | None:
        if m["md_rel0"] is not None and m["md_d"] is None and m["md_y"] is None:
            return self._relative_month(m, s, _MONTHS[m["md_m"].lower()], m["md_rel0"].split()[-1].lower())
        if m["md_d"] is None and m["md_y"] is None and m["mdy_mod"] is None:
            word = self._preceding_word(s, m.start())
            if word not in _MONTH_CUES or not _FULL_MONTH.fullmatch(m["md_m"]):
                return None  # "May" the verb, "March" the walk, "Jan" the name
        return self._month_day(
            m, s, e, m["md_m"], m["md_d"], m["md_d2"], m["md_y"], m["md_rel"], m["mdy_mod"]
        )

    def _relative_month(self, m: re.Match[str], s: int, month: int, rel: str) -> TimeMention:
        """ "last September": the latest September before the DCT's month; "next": the first after."""
        if self.dct is None:
            return self._finish(m, s, _unresolved(f"XXXX-{month:02d}", "month"))
        year = self.dct.year
        if rel in ("last", "previous") and month >= self.dct.month:
            year -= 1
        elif rel in ("next", "coming") and month <= self.dct.month:
            year += 1
        return self._finish(m, s, _month(year, month, "publication"))

    def _month_day(self, m, s, e, month_text, day_text, day2_text, year_text, rel, mod) -> TimeMention | None:
        month = _MONTHS[month_text.rstrip(".").lower()]
        anchor = "absolute"
        if rel is not None:
            year = self._relative_year(rel)
            if year is None:
                return self._finish(m, s, _unresolved(f"XXXX-{month:02d}", "month"))
            anchor = "publication"
        elif year_text is not None and year_text[:1].isdigit():
            year = int(year_text)
        else:
            year, anchor = self._year_for_month(
                month, int(day_text.rstrip("stndrh")) if day_text else None, s, e, m.start()
            )
            if year is None:
                day_part = f"-{int(day_text.rstrip('stndrh')):02d}" if day_text else ""
                return self._finish(
                    m, s, _unresolved(f"XXXX-{month:02d}{day_part}", "day" if day_text else "month")
                )
        if day_text is None:
            value = self._modified(m, _month(year, month, anchor)) if mod else _month(year, month, anchor)
            return self._finish(m, s, value)
        day = _date(year, month, int(day_text.rstrip("stndrh")))
        if day is None:
            return None
        if day2_text is not None:
            last = _date(year, month, int(day2_text.rstrip("stndrh")))
            if last is None or last <= day:
                return None
            value = _span(day, last + dt.timedelta(days=1), "day", f"P{(last - day).days + 1}D", anchor,
                          timex_type="DURATION")  # fmt: skip
            return self._finish(m, s, value)
        return self._finish(m, s, _day(day, anchor))

    def _year_for_month(
        self, month: int, day: int | None, s: int, e: int, position: int
    ) -> tuple[int | None, str]:
        """The year of a month named without one: the DCT's, moved by the tense of the sentence.

        As in HeidelTime's news mode; the year of an earlier expression is not
        used ("since its launch in 2003 and as of February" is this February).
        """
        if self.dct is None:
            return None, "unresolved"
        tense = self._tense(s, e, position)
        year = self.dct.year
        first = dt.date(year, month, 1)
        last = _add_months(first, 1) - dt.timedelta(days=1)
        if day is not None:
            first = last = dt.date(year, month, min(day, last.day))
        # A date just across the publication date is this year's whatever the tense says.
        if tense > 0 and (self.dct - last).days > _TENSE_SLACK_DAYS:
            return year + 1, "publication"
        if tense < 0 and (first - self.dct).days > _TENSE_SLACK_DAYS:
            return year - 1, "publication"
        return year, "publication"

    def _relative_year(self, rel: str) -> int | None:
        if self.dct is None:
            return None
        word = rel.split()[-1].lower()
        return self.dct.year + {
            "last": -1,
            "previous": -1,
            "past": -1,
            "next": 1,
            "coming": 1,
            "following": 1,
        }.get(word, 0)

    def _form_decade(self, m: re.Match[str], s: int, e: int) -> TimeMention | None:
        if m["dec_full"]:
            decade = int(m["dec_full"])
        else:
            decade = 190 + int(m["dec_short"])
        start = dt.date(decade * 10, 1, 1)
        value = _span(start, dt.date(decade * 10 + 10, 1, 1), "decade", f"{decade}X", "absolute")
        return self._finish(m, s, self._modified(m, value))

    def _form_century(self, m: re.Match[str], s: int, e: int) -> TimeMention | None:
        number = int(m["cen_n"])
        first = max(1, (number - 1) * 100)
        value = _span(
            dt.date(first, 1, 1), dt.date(number * 100, 1, 1), "century", f"{number - 1:02d}", "absolute"
        )
        return self._finish(m, s, self._modified(m, value))

    def _form_season(self, m: re.Match[str], s: int, e: int) -> TimeMention | None:
        season = _SEASONS[m["sea"].lower()]
        rel = m["sea_rel"]
        if m["sea_y"]:
            year, anchor = int(m["sea_y"]), "absolute"
        elif rel is not None:
            if self.dct is None:
                return self._finish(m, s, _unresolved(f"XXXX-{season}", "season"))
            current_year, current = _season_of(self.dct)
            current_start = _season_span(current_year, current)[0]
            this_start = _season_span(self.dct.year, season)[0]
            word = rel.split()[-1].lower()
            if word in ("last", "previous", "past"):
                year = self.dct.year if this_start < current_start else self.dct.year - 1
            elif word in ("next", "coming", "following"):
                year = self.dct.year if this_start > current_start else self.dct.year + 1
            else:
                year = self.dct.year
            anchor = "publication"
        else:
            # A bare season needs a cue ("in spring"); "fall" alone is a verb.
            if m["sea"].lower() == "fall" or self._preceding_word(s, m.start()) not in _MONTH_CUES | {"the"}:
                return None
            if self.dct is None:
                return self._finish(m, s, _unresolved(f"XXXX-{season}", "season"))
            year, anchor = self.dct.year, "publication"
        first, last = _season_span(year, season)
        value = _span(first, last, "season", f"{year:04d}-{season}", anchor)
        return self._finish(m, s, self._modified(m, value))

    def _form_quarter(self, m: re.Match[str], s: int, e: int) -> TimeMention | None:
        if m["q_n"]:
            number, year_text = int(m["q_n"]), m["q_y2"]
        elif m["q_ord"]:
            word = m["q_ord"].lower()
            if word in ("last", "final") and not m["q_y"]:
                return None
            number, year_text = _ORDINALS[word], m["q_y"]
        else:
            number, year_text = 0, None
        anchor = "absolute"
        if year_text and year_text.lstrip("of ").strip()[:1].isdigit():
            year = int(year_text.split()[-1])
        elif self.dct is None:
            return self._finish(m, s, _unresolved(f"XXXX-Q{number or 'X'}", "quarter"))
        else:
            anchor = "publication"
            current = (self.dct.month - 1) // 3 + 1
            year = self.dct.year
            if year_text:
                year = self._relative_year(year_text.replace("of", " ").split()[0]) or year
            elif number == 0:
                word = m["q_rel"].lower()
                step = {"last": -1, "previous": -1, "next": 1}.get(word, 0)
                index = year * 4 + current - 1 + step
                year, number = index // 4, index % 4 + 1
            elif number > current and self._tense(s, e, m.start()) < 0:
                year -= 1
        first = dt.date(year, 3 * number - 2, 1)
        return self._finish(
            m, s, _span(first, _add_months(first, 3), "quarter", f"{year:04d}-Q{number}", anchor)
        )

    def _form_fiscal(self, m: re.Match[str], s: int, e: int) -> TimeMention | None:
        text = m["fy"]
        year = int(text) if len(text) == 4 else 2000 + int(text)
        return self._finish(
            m, s, _year(year, "absolute").model_copy(update={"timex_value": f"FY{year}", "approximate": True})
        )

    def _form_theyear(self, m: re.Match[str], s: int, e: int) -> TimeMention | None:
        return self._finish(m, s, _year(int(m["ty"]), "absolute"))

    def _form_year(self, m: re.Match[str], s: int, e: int) -> TimeMention | None:
        """A bare year: 1900-2099 anywhere, others only after a cue ("in 1848"); never a count ("2000 people")."""
        year = int(m["yr"])
        if (m["year_mod"] or "").rstrip().lower().endswith("the"):
            return None  # "the end of the 2009 season": the end of the season, not of the year
        following = _NEXT_WORD.match(self.text, m.end(), e)
        if following and following.group(1) in _COUNT_NOUNS:
            return None
        if (
            _ADDRESS_AFTER.match(self.text, m.end(), e)
            and self._preceding_word(s, m.start()) not in _TIME_PREPOSITIONS
        ):
            return None  # "at 2000 Pennsylvania Avenue", but "in 2000 Putin Street was renamed"
        if (
            m["year_mod"] is None
            and not 1900 <= year <= 2099
            and self._preceding_word(s, m.start()) not in _YEAR_CUES
        ):
            return None
        return self._finish(m, s, self._modified(m, _year(year, "absolute")))

    # -- clock times ----------------------------------------------------------

    def _clock_day(self, day_word: str | None, s: int, e: int, position: int) -> tuple[dt.date | None, str]:
        if day_word:
            word = day_word.lower()
            if word in _WEEKDAYS:
                resolved = self._weekday(_WEEKDAYS[word], None, s, e, position)
                return (resolved.start, resolved.anchor) if resolved.start else (None, "unresolved")
            if self.dct is None:
                return None, "unresolved"
            return self.dct + dt.timedelta(
                days={"today": 0, "yesterday": -1, "tomorrow": 1}[word]
            ), "publication"
        if self.last is not None and self.last.granularity in ("day", "time") and self.last.start is not None:
            return self.last.start, "text"
        if self.dct is not None:
            return self.dct, "publication"
        return None, "unresolved"

    def _clock(
        self, m: re.Match[str], s: int, e: int, hour: int, minute: int, zone: str, day_word: str | None
    ):
        clock = f"{hour:02d}:{minute:02d}"
        suffix = "Z" if re.search(r"UTC|GMT", zone) and not re.search(r"[+-]\s*\d", zone) else ""
        day, anchor = self._clock_day(day_word, s, e, m.start())
        weekday = _WEEKDAYS.get((day_word or "").lower())
        if day is None and weekday is not None:
            value = _unresolved(
                f"XXXX-WXX-{weekday + 1}T{clock}{suffix}", clock=clock, timex_type="TIME", weekday=weekday
            )
        elif day is None:
            value = _unresolved(f"XXXX-XX-XXT{clock}{suffix}", clock=clock, timex_type="TIME")
        else:
            value = _day(day, anchor, clock=clock, timex_type="TIME").model_copy(
                update={"timex_value": f"{day.isoformat()}T{clock}{suffix}", "granularity": "time"}
            )
        return self._finish(m, s, value)

    def _form_clock(self, m: re.Match[str], s: int, e: int) -> TimeMention | None:
        hour = int(m["clk_h"])
        ap = m["clk_ap"].lower()
        if ap.startswith("o"):
            if not 1 <= hour <= 12:
                return None
        elif not 1 <= hour <= 12:
            return None
        elif ap.startswith("p") and hour != 12:
            hour += 12
        elif ap.startswith("a") and hour == 12:
            hour = 0
        zone = m.group()[m.end("clk_ap") - m.start() :]
        return self._clock(m, s, e, hour, int(m["clk_m"] or 0), zone, m["clk_day"])

    def _form_clock24(self, m: re.Match[str], s: int, e: int) -> TimeMention | None:
        return self._clock(m, s, e, int(m["c24_h"]), int(m["c24_m"]), m["c24_z"], m["c24_day"])

    def _form_noon(self, m: re.Match[str], s: int, e: int) -> TimeMention | None:
        hour = 0 if m["noon"].lower() == "midnight" else 12
        return self._clock(m, s, e, hour, 0, "", None)

    # -- relative to the DCT or the text ----------------------------------------

    def _form_ago(self, m: re.Match[str], s: int, e: int) -> TimeMention | None:
        """ "four months ago", "two days later", "seconds later", "a year earlier"."""
        unit_word = m["ago_u"].lower()
        if m["ago_u"][0].isupper() and m["ago_n"] is not None:
            return None  # "Monday Two Days Later": a title, not a time
        if unit_word == "weekend" or (m["ago_n"] is None and not m["ago_pl"]):
            return None
        unit = _UNITS[unit_word]
        number = _number(m["ago_n"]) if m["ago_n"] else None
        if number is not None:
            number *= _UNIT_SCALE.get(unit_word, 1)
        direction = m["ago_dir"].lower()
        comparative = direction in ("later", "earlier") and _THAN.match(self.text, m.end(), e)
        if comparative or (
            direction in ("before", "after") and not _COMMA_AFTER.match(self.text, m.end(), e)
        ):
            # "two days after the crash", "three days later than planned": a difference, not a date.
            end = m.end("ago_pl") if m["ago_pl"] else m.end("ago_u")
            if number is None:
                return None
            return self._duration_only(m, s, m.start(), end, number, unit, m["ago_q"])
        if direction in ("ago", "hence"):
            base, anchor = self.dct, "publication"
        else:
            base, anchor = (self.last.start, "text") if self.last is not None else (None, "text")
        sign = -1 if direction in ("ago", "earlier", "before", "previously") else 1
        modifier = _QUALIFIERS.get(" ".join(m["ago_q"].lower().split())) if m["ago_q"] else None
        if base is None:
            value = _unresolved("PAST_REF" if sign < 0 else "FUTURE_REF", modifier=modifier)
        elif unit in _TIME_UNITS and (anchor == "publication" or self.last.granularity in ("day", "time")):
            # Seconds, minutes or hours away: the same day, give or take midnight.
            value = _day(base, anchor, approximate=True)
        elif unit in _TIME_UNITS:
            value = self.last.model_copy(update={"anchor": "text", "modifier": "BEFORE" if sign < 0 else "AFTER",
                                                 "approximate": True, "signal": None})  # fmt: skip
        elif number is None:
            value = self.last.model_copy(update={"anchor": "text", "modifier": "BEFORE" if sign < 0 else "AFTER",
                                                 "approximate": True, "signal": None}) if anchor == "text" and \
                self.last is not None else _unresolved("PAST_REF" if sign < 0 else "FUTURE_REF")  # fmt: skip
        elif (
            anchor == "text"
            and _GRANULARITY_RANK[unit if unit in _GRANULARITY_RANK else "year"]
            < _GRANULARITY_RANK[self.last.granularity]
        ):
            # "three weeks later" after "in 2010": later than 2010 began, but which week is not known.
            value = self.last.model_copy(update={"anchor": "text", "modifier": "BEFORE" if sign < 0 else "AFTER",
                                                 "approximate": True, "signal": None})  # fmt: skip
        else:
            shifted = _shift(base, number, unit, sign)
            if shifted is None:
                value = _unresolved("PAST_REF" if sign < 0 else "FUTURE_REF", modifier=modifier)
            else:
                value = _at_granularity(
                    shifted[0], shifted[1], anchor, modifier=modifier, approximate=modifier is not None
                )
        return self._mention(m.start(), m.end(), value)

    def _form_anchored(self, m: re.Match[str], s: int, e: int) -> TimeMention | None:
        """ "the following September", "the next day", "later that year", "the same week".

        Anchored to the previous time of the text; "the next year" in a
        sentence about the future counts from the publication date instead.
        """
        text = m.group().lower()
        unit = (m["anc_u"] or m["anc_u2"] or m["anc_u3"] or "day").lower()
        anchor, kind = self.last, "text"
        if self.dct is not None and "next" in text.split() and self._tense(s, e, m.start()) > 0:
            anchor, kind = _day(self.dct, "publication"), "publication"
        if anchor is None or anchor.start is None:
            return self._mention(m.start(), m.end(), _unresolved("XXXX-XX-XX"))
        base = anchor.start
        if m["anc_ba"]:
            step = -1 if m["anc_ba"] == "before" else 1
        elif "later" in text or "earlier" in text:
            step = 0  # "later that year" is still that year
        elif any(w in text for w in ("following", "next")):
            step = 1
        elif any(w in text for w in ("previous", "preceding")):
            step = -1
        else:
            step = 0
        if unit in _MONTHS:
            month = _MONTHS[unit]
            year = base.year + (1 if month <= base.month else 0) if step > 0 else base.year
            return self._mention(m.start(), m.end(), _month(year, month, kind))
        if unit in _WEEKDAYS:
            delta = (_WEEKDAYS[unit] - base.weekday()) % 7 or 7
            return self._mention(m.start(), m.end(), _day(base + dt.timedelta(days=delta), kind))
        if unit in _SEASONS:
            year, season = _season_of(base)
            target = _SEASONS[unit]
            if step > 0 and _SEASON_START_MONTH[target] <= _SEASON_START_MONTH[season]:
                year += 1
            first, last = _season_span(year, target)
            return self._mention(
                m.start(), m.end(), _span(first, last, "season", f"{year:04d}-{target}", kind)
            )
        granularity = {"morning": "day", "night": "day"}.get(unit, unit)
        if _GRANULARITY_RANK[granularity] < _GRANULARITY_RANK[anchor.granularity]:
            # "the next day" after "in 2019": which day is not known.
            placeholder = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX"}[granularity]
            return self._mention(m.start(), m.end(), _unresolved(placeholder, granularity))
        shifted = _shift(base, 1, granularity, step) if step else (base, granularity)
        if shifted is None:
            return None
        return self._mention(m.start(), m.end(), _at_granularity(shifted[0], granularity, kind))

    def _form_shortly(self, m: re.Match[str], s: int, e: int) -> TimeMention | None:
        anchor = self.last
        modifier = "BEFORE" if "before" in m.group().lower() else "AFTER"
        if anchor is None or anchor.start is None:
            return self._mention(m.start(), m.end(), _unresolved("XXXX-XX-XX", modifier=modifier))
        value = anchor.model_copy(
            update={"anchor": "text", "modifier": modifier, "approximate": True, "signal": None}
        )
        return self._mention(m.start(), m.end(), value)

    def _weekday(self, weekday: int, rel: str | None, s: int, e: int, position: int) -> TimeSpan:
        iso = f"XXXX-WXX-{weekday + 1}"
        if self.dct is None:
            return _unresolved(iso, weekday=weekday)
        if rel == "last":
            delta = -((self.dct.weekday() - weekday) % 7 or 7)
        elif rel == "next":
            delta = (weekday - self.dct.weekday()) % 7 or 7
        elif rel == "this":
            delta = weekday - self.dct.weekday()
        else:
            tense = self._tense(s, e, position)
            if tense < 0:
                delta = -((self.dct.weekday() - weekday) % 7)
            elif tense > 0:
                delta = (weekday - self.dct.weekday()) % 7
            elif weekday == self.dct.weekday():
                delta = 0
            else:
                return _unresolved(iso, weekday=weekday)
        return _day(self.dct + dt.timedelta(days=delta), "publication", weekday=weekday)

    def _form_deictic(self, m: re.Match[str], s: int, e: int) -> TimeMention | None:
        words = m["dei"].lower().split()
        part = m["dei_pod"]
        if words[-1] in _WEEKDAYS:
            value = self._weekday(_WEEKDAYS[words[-1]], words[0] if len(words) > 1 else None, s, e, m.start())
        elif words[0] == "tonight":
            part = "night"
            value = _day(self.dct, "publication") if self.dct else _unresolved("XXXX-XX-XX")
        elif self.dct is None:
            value = _unresolved("XXXX-XX-XX" if words[0] != "today" else "PRESENT_REF")
        else:
            offset = {"yesterday": -1, "today": 0, "tomorrow": 1}[words[0]]
            value = _day(self.dct + dt.timedelta(days=offset), "publication")
        if part:
            code = _PARTS_OF_DAY[part.lower()]
            base = value.timex_value if value.start is not None else "XXXX-XX-XX"
            value = value.model_copy(update={"timex_type": "TIME", "timex_value": f"{base}T{code}"})
        return self._finish(m, s, value)

    def _form_weekof(self, m: re.Match[str], s: int, e: int) -> TimeMention | None:
        month = _MONTHS[m["wk_m"].lower()]
        if m["wk_y"]:
            year, anchor = int(m["wk_y"]), "absolute"
        else:
            year, anchor = self._year_for_month(month, None, s, e, m.start())
            if year is None:
                return self._finish(m, s, _unresolved("XXXX-WXX", "week"))
        first = dt.date(year, month, 1)
        if m["wk_ord"] in ("last", "final"):
            day = _add_months(first, 1) - dt.timedelta(days=7)
        else:
            day = first + dt.timedelta(weeks=_ORDINALS[m["wk_ord"]] - 1)
        return self._finish(m, s, _week(day, anchor))

    def _form_theday(self, m: re.Match[str], s: int, e: int) -> TimeMention | None:
        """ "on the day", "late in the day": the day the text speaks of, else the publication day."""
        if m["theday_mod"] is None and self._preceding_word(s, m.start()) not in _THE_DAY_CUES:
            return None
        if self.last is not None and self.last.granularity in ("day", "time") and self.last.start is not None:
            value = _day(self.last.start, "text")
        elif self.dct is not None:
            value = _day(self.dct, "publication")
        else:
            value = _unresolved("XXXX-XX-XX")
        return self._finish(m, s, self._modified(m, value))

    def _form_yearref(self, m: re.Match[str], s: int, e: int) -> TimeMention | None:
        """ "the beginning of the year", "the end of the month": the one the sentence speaks of, else the current one."""
        if m["yearref_mod"] is None and m["tyr_all"] is None:
            return None
        unit = m["tyr_u"]
        last = (
            self.last
            if self.last is not None and self.last.start is not None and self.last_sentence == s
            else None
        )
        if last is not None and _GRANULARITY_RANK[last.granularity] <= _GRANULARITY_RANK[unit]:
            value = _at_granularity(last.start, unit, "text")
        elif self.dct is not None:
            value = _at_granularity(self.dct, unit, "publication")
        else:
            value = _unresolved({"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX"}[unit], unit)
        return self._finish(m, s, self._modified(m, value))

    def _form_thattime(self, m: re.Match[str], s: int, e: int) -> TimeMention | None:
        if self.last is None or self.last.start is None:
            return None
        return self._mention(
            m.start(), m.end(), self.last.model_copy(update={"anchor": "text", "signal": None})
        )

    def _form_weekend(self, m: re.Match[str], s: int, e: int) -> TimeMention | None:
        if self.dct is None:
            return self._mention(m.start(), m.end(), _unresolved("XXXX-WXX-WE", "week"))
        tense = self._tense(s, e, m.start())
        day = self.dct
        if tense < 0 and day.weekday() < 5:
            day -= dt.timedelta(weeks=1)
        return self._finish(m, s, _week(day, "publication", weekend=True))

    def _form_podrel(self, m: re.Match[str], s: int, e: int) -> TimeMention | None:
        code = _PARTS_OF_DAY[m["pod"].lower()]
        rel = m["pod_rel"].lower()
        if self.dct is None:
            return self._mention(m.start(), m.end(), _unresolved(f"XXXX-XX-XXT{code}", timex_type="TIME"))
        day = self.dct - dt.timedelta(days=1) if rel == "last" else self.dct
        value = _day(day, "publication", timex_type="TIME").model_copy(
            update={"timex_value": f"{day.isoformat()}T{code}"}
        )
        return self._finish(m, s, value)

    def _form_earlier_today(self, m: re.Match[str], s: int, e: int) -> TimeMention | None:
        if self.dct is None:
            return self._mention(m.start(), m.end(), _unresolved("XXXX-XX-XX"))
        return self._finish(m, s, _day(self.dct, "publication"))

    def _form_relunit(self, m: re.Match[str], s: int, e: int) -> TimeMention | None:
        rel = m["ru_rel"].lower().split()[-1]
        unit = m["ru_u"].lower()
        later = (m["ru_mod2"] or "").lower()
        if rel == "past" and unit in ("decade", "century"):
            return None  # "the past decade" is a duration
        step = {"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1}.get(rel, 0)
        if self.dct is None:
            placeholder = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "year": "XXXX",
                           "decade": "XXX", "century": "XX"}[unit]  # fmt: skip
            return self._finish(m, s, _unresolved(placeholder, "week" if unit == "weekend" else unit))
        dct = self.dct
        if unit in ("week", "weekend"):
            value = _week(dct + dt.timedelta(weeks=step), "publication", weekend=unit == "weekend")
        elif unit == "month":
            first = _add_months(dct.replace(day=1), step)
            value = _month(first.year, first.month, "publication")
        elif unit == "year":
            value = _year(dct.year + step, "publication")
        elif unit == "decade":
            decade = dct.year // 10 + step
            value = _span(dt.date(decade * 10, 1, 1), dt.date(decade * 10 + 10, 1, 1), "decade", f"{decade}X",
                          "publication")  # fmt: skip
        else:
            century = dct.year // 100 + step
            value = _span(dt.date(max(1, century * 100), 1, 1), dt.date(century * 100 + 100, 1, 1), "century",
                          f"{century:02d}", "publication")  # fmt: skip
        if later == "earlier" and step == 0:
            value = value.model_copy(update={"end": dct})
        elif later == "later" and step == 0:
            value = value.model_copy(update={"start": dct})
        return self._finish(m, s, self._modified(m, value))

    def _form_ref(self, m: re.Match[str], s: int, e: int) -> TimeMention | None:
        word = " ".join(m["ref"].lower().split())
        if word in ("now", "currently", "presently", "nowadays", "at present", "these days", "the time being",
                    "the present day", "current"):  # fmt: skip
            value, point = "PRESENT_REF", self.dct
        elif "recent" in word or word.endswith("past"):
            value, point = "PAST_REF", None
        else:
            value, point = "FUTURE_REF", None
        if word == "now" and self.text[m.end() : m.end() + 1] == "-":
            return None
        span = _day(point, "publication") if point is not None else _unresolved(value)
        return self._mention(m.start(), m.end(), span.model_copy(update={"timex_value": value}))

    # -- durations ------------------------------------------------------------

    def _duration_only(self, m, s, start, end, number, unit, qualifier_text) -> TimeMention:
        modifier = _QUALIFIERS.get(qualifier_text.lower()) if qualifier_text else None
        low, high = _ranged(number, modifier) if number is not None else (None, None)
        return self._mention(start, end, _duration(low, high, number, unit, modifier, self._signal(s, start)))

    def _form_duration(self, m: re.Match[str], s: int, e: int) -> TimeMention | None:
        unit_word = m["du_u"].lower()
        number_text = m["du_n"].lower()
        following = self.text[m.end() : m.end() + 12].lower()
        if re.match(r"[- ]?olds?\b", following) or (m["du_pl"] and following.startswith(" old")):
            return None  # an age
        if unit_word == "second" and not m["du_pl"] and not number_text[:1].isdigit():
            return None  # "a second visit", "one second"
        if (
            unit_word == "quarter"
            and (number_text in ("a", "an") or following.startswith(" of"))
            and m["du_sep"] in (" ", "-")
        ):
            return None  # "a quarter of the vote", "about a quarter, of its dealers"
        if unit_word == "weekend":
            return None
        if number_text in ("some", "many", "several") and m["du_q"]:
            return None
        if number_text[:1].isdigit() and self.text[m.start("du_n") - 1 : m.start("du_n")] in "$£€#":
            return None
        unit = _UNITS[unit_word if unit_word != "centurie" else "century"]
        number = _number(number_text)
        if number is not None:
            number *= _UNIT_SCALE.get(unit_word, 1)
        modifier = _QUALIFIERS.get(" ".join(m["du_q"].lower().split())) if m["du_q"] else None
        if number is None:
            low, high = None, None
        elif m["du_n2"] or m["du_n3"]:
            other = _number(m["du_n2"] or m["du_n3"])
            if other is None or other <= number:
                return None
            low, high = number, other * _UNIT_SCALE.get(unit_word, 1)
        else:
            low, high = _ranged(number, modifier)
        start = m.start()
        signal = self._signal(s, start)
        if m["du_past"] and signal is None:
            signal = m["du_past"].split()[-1].lower()
        value = _duration(low, high, number, unit, modifier, signal, unit_word)
        return self._mention(start, m.end(), value)

    def _form_vague_dur(self, m: re.Match[str], s: int, e: int) -> TimeMention | None:
        """ "for years", "in decades", "recent years", "decades-long", "over the years": an unknown amount."""
        word = self._preceding_word(s, m.start())
        if word in ("just", "only", "mere"):  # "in just minutes"
            word = self._preceding_word(s, m.start() - len(word) - 1)
        unit = _UNITS[m["vd_u"].lower().rstrip("s").replace("centurie", "century")]
        if (
            not (m["vd_rec"] or m["vd_the"] or m.group().endswith("-long"))
            and word not in _VAGUE_DURATION_CUES
        ):
            return None
        if m["vd_the"] and word not in ("over", "through", "throughout", "during"):
            return None
        signal = word if word in _SIGNALS else None
        return self._mention(m.start(), m.end(), _duration(None, None, None, unit, None, signal))

    def _form_pastunit(self, m: re.Match[str], s: int, e: int) -> TimeMention | None:
        words = m["pu_u"].lower().split()
        unit_word = words[-1].rstrip("s") if words[0] == "few" else words[0]
        unit = _UNITS[unit_word.replace("centurie", "century")]
        number = None if words[0] == "few" else float(_UNIT_SCALE.get(unit_word, 1))
        signal = self._signal(s, m.start()) or m["pu_the"].split()[-1].lower()
        return self._mention(m.start(), m.end(), _duration(number, number, number, unit, None, signal))

    def _form_set(self, m: re.Match[str], s: int, e: int) -> TimeMention | None:
        word = m["set"].lower()
        if m["set_u"]:
            unit = m["set_u"].lower()
            value = f"P1{_ISO_UNIT[unit]}"
        else:
            value = _SETS[" ".join(word.split())]
            unit = {"Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour"}[value[-1]]
        duration = Duration(low=1, high=1, unit=unit, timex_type="SET", timex_value=value)
        return self._mention(m.start(), m.end(), duration)


def _mod_name(prefix: str) -> str:
    words = prefix.lower()
    if (
        "first half" in words
        or "beginning" in words
        or "start" in words
        or "early" in words
        or "turn" in words
    ):
        return "START"
    if (
        "end" in words
        or "close" in words
        or "late" in words
        or "second half" in words
        or "latter" in words
        or "last half" in words
    ):
        return "END"
    return "MID"


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# --------------------------------------------------------------------------
# Public API

_SENTENCE_BREAK = re.compile(r"\n+|(?<=[.!?])[\"')\]]?\s+(?=[\"'(\[]?[A-Z0-9])")
_ABBREVIATION_END = re.compile(
    r"(?:\b(?:[A-Z]|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|No|Gen|Gov|Sen|Rep|Lt|Col|Sgt|Prof|Inc|Co|Corp|vs|[ap]\.m)\.)$"
)


def _sentences(text: str) -> list[tuple[int, int]]:
    bounds = []
    start = 0
    for brk in _SENTENCE_BREAK.finditer(text):
        if brk.group()[:1] != "\n" and _ABBREVIATION_END.search(text, max(0, brk.start() - 6), brk.start()):
            continue
        if brk.start() > start:
            bounds.append((start, brk.start()))
        start = brk.end()
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds


def resolve(text: str, dct: dt.date | None) -> list[TimeMention]:
    """The time expressions of ``text``, in order, resolved against ``dct``.

    Splits ``text`` into sentences with a simple rule (line breaks and
    sentence-final punctuation) for tense decisions; relative expressions
    stay unresolved when ``dct`` is ``None``.
    """
    resolver = _Resolver(text, dct)
    mentions: list[TimeMention] = []
    for start, end in _sentences(text):
        mentions.extend(resolver.scan(start, end))
    return mentions


def find_times(source: Source, segments: Sequence[Segment]) -> list[TimeClaim | DurationClaim]:
    """Time and duration claims of the content segments of ``source``, in text order.

    Relative expressions resolve against ``source.published``; text-anchored
    ones against the previous time expression of the source's content.
    """
    resolver = _Resolver(source.text, source.published)
    claims: list[TimeClaim | DurationClaim] = []
    for segment in segments:
        if not segment.content or segment.duplicate_of is not None:
            continue
        for mention in resolver.scan(segment.start, segment.end):
            claims.append(_claim(source, segment, mention))
    return claims


def _claim(source: Source, segment: Segment, mention: TimeMention) -> TimeClaim | DurationClaim:
    common = {
        "source": source.id,
        "start": mention.start,
        "end": mention.end,
        "quote": mention.text,
        "sentence_start": segment.start,
        "sentence_end": segment.end,
    }
    if isinstance(mention.value, Duration):
        predicate = "frequency" if mention.value.timex_type == "SET" else "duration"
        return DurationClaim(id=f"{source.id}:{mention.start}-{mention.end}:duration", predicate=predicate,
                             value=mention.value, **common)  # fmt: skip
    return TimeClaim(
        id=f"{source.id}:{mention.start}-{mention.end}:time", predicate="time", value=mention.value, **common
    )


def window_of(value: TimeSpan | Duration, published: dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    """The interval of days ``[start, end)`` a window claim covers, looking back from ``published``.

    "since 2019" is ``[2019-01-01, published)``; "in 24 years" is
    ``[published - 24 years, published)``; "less than five years" is
    ``(published - 5 years, published)`` (the start is the earliest bound).
    Unknown bounds are ``None``.
    """
    if isinstance(value, TimeSpan):
        return value.start, value.end
    if published is None:
        return None, None
    longest = value.high if value.high is not None else value.low
    if longest is None:
        return None, published
    shifted = _shift(published, longest, value.unit, -1) if longest == int(longest) else None
    if shifted is None:
        return None, published
    return shifted[0], published


def tag_source(source: Source) -> str:
    """``source`` as TimeML with every time expression of its content tagged."""
    from factcheck.read.segment import segment_source
    from factcheck.read.timeml import write_timeml

    return write_timeml(source, find_times(source, segment_source(source)))
