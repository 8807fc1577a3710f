"""The words of time expressions and the patterns of their forms.

Each form of expression is one regular expression (:data:`_FORMS`); the
scanner tries at each word only the forms that word can begin
(:data:`_FORM_STARTS`, compiled into :data:`_DISPATCH`). The cue words and
tense patterns the resolver reads around an expression are here too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from factcheck.extract.patterns import word_trie
from factcheck.values import PARTS_OF_DAY

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
_PARTS_OF_DAY = {name: code for code, name in PARTS_OF_DAY.items()}  # "evening" -> "EV"
_SMALL_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "one hundred": 100, "a dozen": 12, "dozen": 12,
    "a couple of": 2, "a couple": 2, "couple of": 2, "half a": 0.5, "half an": 0.5, "a half": 0.5, "single": 1,
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
# Digits with an optional vulgar fraction ("2 1/2", "2-1/2"); never the denominator of one ("1/2 years").
_NUM = rf"(?:(?<![\d.,/])\d+(?:\.\d+)?(?:(?:\s|-)[1-9]/[2-9](?!\d))?(?![\d,/])|{_NUM_WORD}(?:\s+and\s+a\s+half)?|{_alt(_VAGUE_NUMBERS)})"
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
    # a clock time its part of the day puts before or after noon: "11:30 Thursday night", "9:30 last night",
    # "2:05 this morning", "10:15 at night"
    ("clockpod", rf"(?P<cp_h>(?<![\d.:,$£€])(?:[01]?\d|2[0-3])):(?P<cp_m>[0-5]\d)\s+(?:on\s+)?(?:(?P<cp_day>today|yesterday|tomorrow|{_WEEKDAY})\s+|(?P<cp_rel>[Tt]his|[Ll]ast|[Tt]hat)\s+|(?:at|in\s+the)\s+)(?P<cp_pod>{_PART_OF_DAY})(?!\w)"),
    ("clock24", rf"(?<![\d.:,$£€])(?P<c24_h>[01]?\d|2[0-3])(?::?(?P<c24_m>[0-5]\d))(?P<c24_z>{_ZONE})(?:\s+(?P<c24_day>today|yesterday|tomorrow|{_WEEKDAY}))?"),
    # police and military time: "at 2330 hours", "around 0200 hrs" (a cue before it tells it from a duration)
    ("clockhours", r"(?<![\d.:,$£€])(?P<ch_h>[01]\d|2[0-3]):?(?P<ch_m>[0-5]\d)\s+(?:hours|hrs)(?![\w-])"),
    ("noon", r"(?<!\w)(?P<noon>[Nn]oon|[Mm]idnight|[Mm]idday)(?!\w)"),
    # holidays named as days: Christmas Eve, New Year's Day, the Fourth of July, Thanksgiving night
    ("holiday", r"(?P<hol>(?:[Cc]hristmas|[Nn]ew\s+[Yy]ear(?:['’]?s)?)\s+(?:[Ee]ve|[Dd]ay)|[Cc]hristmas|[Tt]hanksgiving(?:\s+[Dd]ay)?|[Hh]alloween|[Ee]aster(?:\s+[Ss]unday)?|(?:[Mm]emorial|[Ll]abou?r|[Ii]ndependence|[Vv]eterans)\s+[Dd]ay|[Tt]he\s+[Ff]ourth\s+of\s+[Jj]uly|(?:[Vv]alentine|[Mm]other|[Ff]ather)(?:['’]?s)?\s+[Dd]ay)(?:\s+(?P<hol_pod>morning|afternoon|evening|night))?(?![\w'’-])"),
    ("year", _MOD_PREFIX("year") + rf"(?P<yr>{_YEAR})(?!\s*(?:per\s*cent|percent))"),
    # ago / later / earlier
    ("ago", rf"(?:(?P<ago_q>{_QUALIFIER})\s+)?(?:(?P<ago_n>{_NUM})\s+)?(?P<ago_u>{_UNIT_WORD_CI})(?P<ago_pl>s)?(?P<ago_half>\s+and\s+a\s+half)?\s+(?P<ago_dir>ago|earlier|later|before|after|previously|hence)(?!\w)"),
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
    ("duration", rf"(?:(?P<du_past>[Tt]he\s+(?:past|last|next|previous|coming|first|final|following))\s+)?(?:(?P<du_q>{_QUALIFIER})\s+)?(?P<du_n>{_NUM})(?:\s+or\s+(?P<du_n2>{_NUM})|\s*(?:-|–|to)\s*(?P<du_n3>{_NUM}))?(?P<du_sep>[- ]|\s+(?:consecutive|straight|full|long|more|trading|calendar|successive)\s+)(?P<du_u>{_UNIT_WORD})(?P<du_pl>s)?(?P<du_half>\s+and\s+a\s+half)?(?P<du_long>-long)?(?![\w-])"),
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
    "theyear": "the", "year": "MODP #", "clock": "#", "clockpod": "#", "clock24": "#", "clockhours": "#", "noon": "noon midnight midday",
    "holiday": "christmas new thanksgiving halloween easter memorial labor labour independence veterans the valentine mother father",
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
    rf"|\d+(?:\.\d+)?(?:(?:\s|-)[1-9]/[2-9])?(?:\s+or\s+\S+|\s*(?:-|–|to)\s*\S+)?(?:[- ]|\s+[a-z]+\s+){_UNIT_WORD_CI}"
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
    # "is expected to be discharged Friday": the participle is the future's, not a past
    r"(?:\s+be\s+[a-z]+)?"
    r"|\b(?:is|are)\s+to\b|\bto\s+be\s+[a-z]+|\b(?:plans?|planning|intends?|expects?|hopes?)\s+to\b(?:\s+be\s+[a-z]+)?"
    r"|\b(?:scheduled|slated|upcoming|planned|forthcoming)\b"
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|said|told|went|came|took|died|met|left|began|fell|won|lost|saw|made|gave|held|rose|"
    r"sold|bought|hit|struck|broke|ran|became|sank|shot|\w+ught|[a-z]{2,}(?<![e])(?<!hundr)ed|"
    # the other irregular pasts of news, none of them a present or a common noun ("read", "cut", "bit")
    r"shook|stole|drove|rode|wrote|spoke|chose|froze|woke|wore|tore|swore|threw|flew|drew|grew|knew|blew|"
    r"withdrew|found|stood|understood|sent|spent|kept|felt|meant|built|led|paid|laid|lit|got|hung|dug|rang|"
    r"sang|sat|hid|stuck|swung|slid|spun|forgot|forgave|arose|awoke|strode|overtook|undertook|"
    # and two whose present a report writes only of what is done: "the Otters beat the Hawks on Sunday"
    r"beat|quit)\b"
    # a state in the present that only an event past can have left: "a cyclist is dead after a crash
    # Saturday", "two are in critical condition", "she is recovering", "he is fighting for his life"
    r"|\b(?:is|are)\s+(?:now\s+|still\s+)?(?:dead|recovering|in\s+(?:[a-z]+\s+){1,2}condition|fighting\s+for)\b"
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
