"""Cleaning: which lines of a source are web-page leftovers, and which statements repeat.

Pages copied or scraped from the web carry furniture that is not part of the
article: links to other stories ("Also read: ..."), the site's logo and
navigation, image captions and credits, share and follow buttons, sign-up
and log-in prompts, advertisements, cookie notices, copyright lines, bylines
and bare time stamps. :func:`furniture_reason` recognises them by the
*form* such lines take on any site (a link label and a colon, a line made
only of a date, a second-person prompt about a newsletter ...), never by
one site's wording, and returns a short reason; segmentation marks those
segments as not content.

:func:`statement_key` is what makes two sentences of one source the same
statement (a lede repeated as standfirst and again after a dateline).
"""

from __future__ import annotations

import re

# A sentence that ends in a photo credit "(Photo: ...)" is a caption, but the other sentences of its
# line may be article text: this reason applies to the sentence, not to its whole line.
PHOTO_CREDIT = "photo-credit"

_URL = re.compile(r"https?://|www\.", re.IGNORECASE)
_URL_AT_END = re.compile(r"(?:https?://|\bwww\.)\S+\s*$", re.IGNORECASE)
_WORD = re.compile(r"\w+(?:['’.-]\w+)*")

_LINK = re.compile(
    r"^\W*(?:also read|read (?:more|also|next)|more from|see also|related(?: \w+)?|recommended(?: \w+)?"
    r"|you (?:may|might) also like|more (?:stories|news|on this)|top stories|trending(?: now)?|must read"
    r"|don['’]t miss|watch|listen|next article|previous article|further reading)(?:\s*[:|»›>]|\s+[-–—])",
    re.IGNORECASE,
)
_NAVIGATION = re.compile(
    r"^\W*(?:site (?:icon|logo)\b|skip to (?:the )?(?:main )?(?:content|navigation)\b"
    r"|(?:exit|view|switch to|go to) (?:the )?(?:mobile|desktop|full|amp|classic) (?:version|site|view|edition)\b"
    r"|(?:toggle|open|close) (?:the )?(?:navigation|menu|search)\b|back to top\b|scroll to top\b)",
    re.IGNORECASE,
)
_CLOSE_BUTTON = re.compile(r"^\s*[×✕✖⨯]")
_NAV_MARKS = "|»›>•·"
_NAV_SEPARATORS = re.compile(rf"\s+[{_NAV_MARKS}]\s+")
_CAPTION_LABEL = re.compile(
    r"^\W*(?:(?:file |featured |cover |top |lead )?(?:image|photo|picture|photograph|video|graphic|gallery)s?"
    r"(?: (?:for|credits?|courtesy|by|source|caption))?|credits?|caption)\s*[:|/]",
    re.IGNORECASE,
)
_CAPTION_MARK = re.compile(r"📷|📸|\b(?:image|photo|picture)s? (?:credits?|courtesy)\b", re.IGNORECASE)
_PHOTO_CREDIT = re.compile(r"\((?:[^()]*\b(?:photos?|images?|pictures|getty)\b[^()]*)\)\s*$", re.IGNORECASE)
_SHARE = re.compile(
    r"^\W*(?:share|tweet|pin|email|e-mail|print)(?: (?:this|on|via|to|with)\b.*)?\W*$"
    r"|^\W*(?:follow|like) (?:us|@\w+)\b",
    re.IGNORECASE,
)
_SOCIAL_LIST = re.compile(
    r"^(?:\W*(?:facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|telegram|email|e-mail|print|copy link|share|"
    r"messenger|flipboard|tumblr|instagram|youtube|tiktok|threads|bluesky)\W*){2,}$",
    re.IGNORECASE,
)
_SIGN_UP_WORDS = re.compile(
    r"\b(?:sign(?:ed)? up|sign(?:ed)? in|log(?:ged)? in|login|register|subscribe|subscribers?|subscriptions?"
    r"|newsletters?|e-?mail alerts|e-?mail notifications?|notifications?|your account|create an account)\b",
    re.IGNORECASE,
)
_SIGN_UP_STRONG = re.compile(
    r"^\W*(?:subscribers?|newsletters?|e-?mail alerts|e-?mail notifications?|subscription service|create an account)\b",
    re.IGNORECASE,
)
_SECOND_PERSON = re.compile(r"\byou(?:r|['’]re|['’]ll|['’]ve)?\b", re.IGNORECASE)
_IMPERATIVE_START = re.compile(
    r"^\W*(?:close\s+)?(?:sign|log|register|subscribe|get|join|already|click|tap|enter|re-enter|please|sorry|"
    r"download|create|manage|update your|turn on)\b",
    re.IGNORECASE,
)
_INTERFACE = re.compile(
    r"\b(?:click|tap)(?: (?:here|on|the|below|to|back))\b|\benter the characters\b|\bzip ?codes?\b|\bjavascript\b"
    r"|\byour browser\b|\bcaptcha\b|\bpop-?up blocker\b",
    re.IGNORECASE,
)
_ADVERTISEMENT = re.compile(
    r"^\W*(?:advertisement|advertising|advert|ad|sponsored(?: content)?|promoted(?: content)?|paid content"
    r"|story continues below(?: (?:this )?advertisement)?|continue reading(?: below)?|skip (?:ad|advert)"
    r"|remove ads)\W*$",
    re.IGNORECASE,
)
_COOKIE_CONTEXT = re.compile(
    r"\b(?:we use|uses|accept|policy|consent|settings|preferences|this (?:site|website)|browsing)\b",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(
    r"^\W*(?:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}|by\b)|\ball rights reserved\b"
    r"|\bmay not be (?:re)?published\b.*\bredistributed\b",
    re.IGNORECASE,
)


def _any_of(*substrings: str) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, substrings)))


# Cheap substring tests that must hold before the slower patterns are tried (one search each: most
# lines hold none of them).
_COPYRIGHT_HINTS = _any_of("copyright", "©", "(c)", "rights reserved", "redistributed")
_CAPTION_HINTS = _any_of("📷", "📸", "credit", "courtesy")
_SIGN_UP_HINTS = _any_of("sign", "log", "regist", "subscri", "newsletter", "alert", "notification", "account")
_INTERFACE_HINTS = _any_of("click", "tap ", "enter the", "zip", "javascript", "browser", "captcha", "pop")
_NAME = r"[A-Z][\w'’.-]*"
_BYLINE = re.compile(
    rf"^\W*By\s+{_NAME}(?:\s+{_NAME}){{0,3}}(?:\s*(?:,|and|&)\s*{_NAME}(?:\s+{_NAME}){{0,3}})*\s*"
    rf"(?:$|[|•·,–—-]\s*(?i:updated|published|posted|staff|reporter|correspondent|writer|editor|senior|"
    rf"associated press|reuters|\w+ (?:reporter|correspondent|writer|editor)))"
)
_TIMESTAMP_WORDS = frozenset(
    "updated published posted last first on at @ | – — - am pm a.m. p.m. gmt bst utc est edt cst cdt mst mdt pst pdt et pt "
    "ist cet cest jst aest".split()
)
_MONTH_OR_DAY = re.compile(
    r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
    r"(?:[a-z]*)\.?$"
)
_DIGIT = re.compile(r"\d")
_DATE_PIECE = re.compile(r"^[\d:/.-]+(?:am|pm|a|p|st|nd|rd|th)?$")
_FULL_DATE_OR_CLOCK = re.compile(r"\d{1,4}[/-]\d{1,2}[/-]\d{1,4}|\d{1,2}:\d{2}(?:am|pm|a|p)?")
_DATELINE = re.compile(
    r"^[A-Z]{2}[A-Z'’.-]*(?:[ ,]+[A-Z][A-Za-z'’.-]*){0,4}\s*(?:\([^()]{1,30}\))?\s*[:—–-]+\s+"
)
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"'})


# The most words any test below asks about, and how far into a line its words are first counted: a
# news paragraph has more than that many in its first characters, and the rest need no counting.
_MOST_WORDS_ASKED = 40
_WORDS_COUNTED_FIRST_IN = 400


def _word_count(line: str) -> int:
    """The number of words of ``line``, or any number past :data:`_MOST_WORDS_ASKED` when it has more."""
    # a scan stopped at a character counts the words that start before it: never more than all
    words = len(_WORD.findall(line, 0, _WORDS_COUNTED_FIRST_IN))
    if words > _MOST_WORDS_ASKED or len(line) <= _WORDS_COUNTED_FIRST_IN:
        return words
    return len(_WORD.findall(line))


def furniture_reason(line: str) -> str | None:
    """Why ``line`` is web-page furniture rather than article text, or ``None`` if it is text."""
    words = _word_count(line)
    if words == 0:
        return None
    lower = line.lower()
    short = words <= _MOST_WORDS_ASKED
    if _LINK.match(line):
        return "link"
    if (
        words <= 15
        and ("http" in lower or "www." in lower)
        and (_URL.match(line.strip()) or _URL_AT_END.search(line))
    ):
        return "link"
    if _NAVIGATION.match(line) or _CLOSE_BUTTON.match(line) or (short and _is_navigation_bar(line)):
        return "navigation"
    if _CAPTION_LABEL.match(line) or (short and _CAPTION_HINTS.search(lower) and _CAPTION_MARK.search(line)):
        return "caption"
    if short and line.rstrip().endswith(")") and _PHOTO_CREDIT.search(line):
        return PHOTO_CREDIT
    if words <= 10 and (_SHARE.match(line) or _SOCIAL_LIST.match(line)):
        return "share"
    if _ADVERTISEMENT.match(line):
        return "advertisement"
    if short and "cookie" in lower and _COOKIE_CONTEXT.search(line):
        return "cookie-notice"
    if short and _COPYRIGHT_HINTS.search(lower) and _COPYRIGHT.search(line):
        return "copyright"
    if words <= 30 and _SIGN_UP_HINTS.search(lower) and _is_sign_up(line):
        return "sign-up"
    if words <= 30 and _INTERFACE_HINTS.search(lower) and _INTERFACE.search(line):
        return "interface"
    if words <= 14 and _BYLINE.match(line):
        return "byline"
    if words <= 12 and _is_timestamp(line):
        return "timestamp"
    return None


def _is_navigation_bar(line: str) -> bool:
    """A row of three or more short menu items between separators ("Home | World | Sport")."""
    if not any(mark in line for mark in _NAV_MARKS):
        return False  # most lines have no separator at all: a look for its marks, not a split
    items = _NAV_SEPARATORS.split(line.strip())
    return len(items) >= 3 and all(
        len(item.split()) <= 3 and not item.endswith((".", "?", "!")) for item in items
    )


def _is_sign_up(line: str) -> bool:
    if not _SIGN_UP_WORDS.search(line):
        return False
    return bool(_SIGN_UP_STRONG.match(line) or _SECOND_PERSON.search(line) or _IMPERATIVE_START.match(line))


def _is_timestamp(line: str) -> bool:
    """A line made only of a date and/or clock time, perhaps labelled "Updated"."""
    if not _DIGIT.search(line):
        return False  # every timestamp has a day, a year or a clock time
    tokens = [token.strip(",|·•:()") for token in line.lower().split()]
    tokens = [token for token in tokens if token]
    # Most lines fail here, at their first ordinary word.
    if not all(
        token in _TIMESTAMP_WORDS or _MONTH_OR_DAY.match(token) or _DATE_PIECE.match(token)
        for token in tokens
    ):
        return False
    has_month = any(_MONTH_OR_DAY.match(token) for token in tokens)
    has_number = any(_DATE_PIECE.match(token) and _DIGIT.search(token) for token in tokens)
    return has_month and has_number or any(_FULL_DATE_OR_CLOCK.fullmatch(token) for token in tokens)


def statement_key(sentence: str) -> str:
    """What two sentences must share to be one statement: same words, ignoring case, quote style,
    spacing and a leading dateline ("CITY, State (Agency) - ")."""
    text = _DATELINE.sub("", sentence.strip(), count=1)
    # one space for each run of spaces (neither end has any: the dateline takes those after it)
    return " ".join(text.translate(_QUOTES).split()).casefold()
