"""Where a source's publication date comes from when its metadata has none.

In order of trust (:func:`resolve`): the metadata (front matter, sidecar,
JSON Lines field, HTML metadata, ``--published``), else a dateline or date
line among the first lines of the body (:func:`date_in_text`), else a date in
the URL's path (:func:`date_in_url`), else none. A metadata date after the
day a web archive copied the page (:func:`archived_before`) cannot be the
publication and is not used (unless given with ``--published``). ``Source.published_from``
records which one gave the date.

Both readers say nothing rather than guess. A date is read only where news
pages conventionally print the publication date, never from the story's
sentences:

- a wire dateline opening the body: "SPRINGFIELD, May 4, 2021 (Wire) -",
  "SPRINGFIELD, May 4, 2021 /PR Wire/ --", "SPRINGFIELD, Ill. (May 4, 2021) --";
- a date line: a line that holds nothing but dates, times, weekdays, time
  zones and cue words ("Updated 4:12 p.m. ET, Fri May 7, 2021",
  "May 7, 2021 | 4:12 p.m.", "Last updated on 7 May 2021"), perhaps after a
  byline ("By Jane Doe | May 7, 2021"), or a date right after a capitalised
  cue word ("Posted:", "Published", "Updated") anywhere in the line, as when
  a page's headline and date line were joined into one.

A date without a year takes the year only from elsewhere in the same line;
a numeric date is read only when its day and month cannot be swapped (a day
over 12, or both the same): "06/03/2021" is 3 June in one country and
6 March in another, and a cue word does not tell which. When a line holds
several dates (posted, then updated), the earliest is the publication.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple
from urllib.parse import urlsplit

from factcheck.records import PublishedFrom

# How far into the body a dateline or date line may be: pages print it above
# or at the start of the article, never further down.
MAX_LINES = 5
MAX_CHARS = 600

# Years a news date can have; outside them a number is not a year.
_FIRST_YEAR = 1900
_LAST_YEAR = 2100
# URL digit runs are read more strictly: an 8-digit run before 1990 is more
# often an id than a date (the web's news archives start in the 1990s).
_FIRST_URL_YEAR = 1990


class FoundDate(NamedTuple):
    """A publication date read from the body, and the character offset where it was written."""

    date: dt.date
    offset: int


# A web archive's copy and the page's own metadata may disagree by a time zone.
_ARCHIVE_CLOCK_DAYS = 1


def archived_before(published: dt.date | None, url: str | None) -> dt.date | None:
    """The day a web archive copied the page, when that is before ``published`` could be: such a
    date (often the day a site was re-built, years later) is not the publication."""
    archived = _ARCHIVED.search(url) if published is not None and url else None
    if archived is None:
        return None
    copied = _copied_on(archived)
    if copied is None or published <= copied + dt.timedelta(days=_ARCHIVE_CLOCK_DAYS):
        return None
    return copied


def resolve(
    published: dt.date | None, text: str, url: str | None
) -> tuple[dt.date | None, PublishedFrom | None]:
    """The publication date and where it came from: metadata, else the body's first lines, else the URL."""
    if published is not None:
        return published, "metadata"
    found = date_in_text(text)
    if found is not None:
        return found.date, "dateline"
    from_url = date_in_url(url) if url else None
    if from_url is not None:
        return from_url, "url"
    return None, None


# --------------------------------------------------------------------------
# Dates as pages print them

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?"
)
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WEEKDAY = r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)(?![a-z])\.?"
_YEAR = r"(?:19|20|21)\d\d(?![\d:])"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"

_DATE = re.compile(
    rf"(?<![\w/.-])(?:(?P<wd>{_WEEKDAY}),?\s+)?(?:"
    # May 7, 2021 / May 7 2021 / May 7 / Fri May 7, 2021 / May 7th, 2021
    rf"(?P<m1>{_MONTH})\s*(?P<d1>{_DAY})(?:,?\s*(?P<y1>{_YEAR}))?"
    # 7 May 2021 / 7th of May, 2021 / 07 May
    rf"|(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{_MONTH}),?(?:\s*(?P<y2>{_YEAR}))?"
    # 2021-05-07
    r"|(?P<iy>(?:19|20|21)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?![\d-])"
    # 05/07/2021, 5/7/21: read only when day and month cannot be swapped
    r"|(?P<na>[0-3]?\d)/(?P<nb>[0-3]?\d)/(?P<ny>(?:19|20)\d\d|\d\d)(?![\d/])"
    r")",
    re.IGNORECASE,
)

# What else a date line may hold besides its dates.
_TIME = r"\d{1,2}(?:[:.]\d\d){1,2}\s*(?:[ap]\.?\s?m\b\.?|[ap]\b)?|\d{1,2}\s*[ap]\.?\s?m\b\.?|\d{4}\s*(?=gmt|utc)|noon|midnight"
# Zones are upper case ("ET", "PDT", "GMT"): in lower case "at" or "pst" would be words.
_ZONE = r"(?-i:\b(?:[A-Z]{1,3}[SD]?T|UTC|GMT)\b)"
_CUES = (
    r"posted|published|updated|last\s+updated|last\s+modified|modified|first\s+published"
    r"|originally\s+published|created|date|released|filed"
)
_CUE = re.compile(rf"\b(?:{_CUES})\b", re.IGNORECASE)
_FILLER = re.compile(
    rf"(?:{_TIME})|{_ZONE}|\b(?:{_CUES}|on|at|last|time|and|the)\b|{_WEEKDAY}|[\s|,;:()\[\]@·•/*\-–—]+",
    re.IGNORECASE,
)
# Between a cue and its date: only a weekday, a time, a zone and small words ("Posted: Sun, 4:12 PM, May 7").
_CUE_GAP = re.compile(rf"^(?:(?:{_TIME})|{_ZONE}|\b(?:on|at)\b|{_WEEKDAY}|[\s,:|()\-–—])*$", re.IGNORECASE)

# A byline set off from the date line it opens: "By Jane Doe, Staff Writer | May 7, 2021".
_BYLINE = re.compile(r"^\s*By\s+[A-Z][^|·•—–\d]{0,80}?(?:[|·•—–]|\s-\s)")

# A wire dateline: a place (capitalised words, e.g. "SPRINGFIELD, Ill."), the
# date, perhaps the agency "(Wire)" or "/PR Wire/", then a dash that opens the story.
_DATELINE_DASH = re.compile(r"\s(?:-{1,2}|–|—)\s|\)\s*(?:-{1,2}|–|—)|(?:–|—)")
_AGENCY = re.compile(r"\((?!\s*\d)[^()\d]{1,40}\)|/[^/\d]{1,40}/")
_PLACE_WORD = re.compile(r"[A-Z][\w'’.&-]*")
# Capitalised words that open a sentence, not a place: "On Friday, May 7, 2021 — ..." is no dateline.
_NOT_PLACE = frozenset(
    {"on", "in", "at", "by", "the", "a", "an", "since", "until", "from", "last", "this", "as", "for"}
)


class _Match(NamedTuple):
    start: int
    end: int
    date: dt.date | None  # None: a date without a year, or one that cannot be read unambiguously
    month_day: tuple[int, int] | None
    weekday: int | None


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year


def _dates(line: str) -> list[_Match]:
    matches = []
    for match in _DATE.finditer(line):
        month_name = match["m1"] or match["m2"]
        if month_name is not None and not month_name[0].isupper():
            continue  # "may" in lower case is a verb
        weekday = None
        if match["wd"]:
            weekday = _WEEKDAYS.index(match["wd"][:3].lower())
        year: int | None
        if month_name is not None:
            month = _MONTHS[month_name[:3].lower()]
            day = int(re.match(r"\d+", match["d1"] or match["d2"])[0])
            year_text = match["y1"] or match["y2"]
            year = int(year_text) if year_text else None
        elif match["iy"]:
            year, month, day = int(match["iy"]), int(match["im"]), int(match["id"])
        else:
            first, second, year = int(match["na"]), int(match["nb"]), _year(match["ny"])
            if first > 12 >= second:
                day, month = first, second
            elif second > 12 >= first or first == second:
                month, day = first, second
            else:
                matches.append(_Match(match.start(), match.end(), None, None, weekday))
                continue
        matches.append(
            _Match(match.start(), match.end(), _real_date(year, month, day, weekday), (month, day), weekday)
        )
    return matches


def _real_date(year: int | None, month: int, day: int, weekday: int | None) -> dt.date | None:
    if year is None or not _FIRST_YEAR <= year <= _LAST_YEAR:
        return None
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    if weekday is not None and date.weekday() != weekday:
        return None  # "Fri May 8, 2021" names a day that does not exist
    return date


def _line_year(line: str) -> int | None:
    """The one year written in the line, for a date written without one; none if there are several."""
    years = {int(found) for found in re.findall(rf"(?<![\d/.-]){_YEAR}", line)}
    years = {year for year in years if _FIRST_YEAR <= year <= _LAST_YEAR}
    return years.pop() if len(years) == 1 else None


def _with_year(match: _Match, line: str) -> dt.date | None:
    if match.date is not None or match.month_day is None:
        return match.date
    year = _line_year(line)
    if year is None:
        return None
    return _real_date(year, *match.month_day, match.weekday)


# --------------------------------------------------------------------------
# Which dates of a line are its publication date


def _date_line(line: str, matches: list[_Match]) -> list[_Match]:
    """All the line's dates when the line is only a date line ("Posted May 7, 2021 | 4:12 PM")."""
    rest = line
    for match in reversed(matches):
        rest = rest[: match.start] + " " + rest[match.end :]
    rest = _BYLINE.sub("", rest, count=1)
    if _FILLER.sub("", rest):
        return []
    if len({match.date or match.month_day for match in matches}) > 1 and not _CUE.search(line):
        return []  # "May 7, 2014 - June 3, 2016" is a span (a life, a season), not a page's dates
    return matches


def _after_cues(line: str, matches: list[_Match]) -> list[_Match]:
    """The dates right after a cue word: "Posted: Sunday, May 7, 2021" at the end of a joined headline.

    Mid-line the cue must be capitalised: "posted on May 7" in a sentence is
    something else that was posted; and it must not follow a whole sentence.
    """
    chosen = []
    for cue in _CUE.finditer(line):
        before = line[: cue.start()].rstrip(" (")
        if before and not cue[0][0].isupper():
            continue
        if before.endswith((".", "!", "?", '."', ".”")):
            continue  # after a whole sentence, "(Published May 7, 2021)" dates what it captions, a video or photo
        for match in matches:
            if match.start >= cue.end() and _CUE_GAP.match(line[cue.end() : match.start]):
                chosen.append(match)
                break
    return chosen


def _dateline(line: str, matches: list[_Match]) -> list[_Match]:
    """The dates of a wire dateline that opens the line ("SPRINGFIELD, May 4 (Wire) - ...")."""
    dash = _DATELINE_DASH.search(line, 0, 160)
    if dash is None:
        return []
    head_end = dash.start() + (1 if line[dash.start()] == ")" else 0)
    in_head = [match for match in matches if match.end <= head_end]
    if not in_head:
        return []
    rest = line[:head_end]
    for match in reversed(in_head):
        rest = rest[: match.start] + " " + rest[match.end :]
    rest = _AGENCY.sub(" ", rest)
    words = re.findall(r"[^\s,()]+", rest)
    if not words or len(words) > 6:
        return []
    if not all(_PLACE_WORD.fullmatch(word) and word.lower() not in _NOT_PLACE for word in words):
        return []
    return in_head


def date_in_text(text: str) -> FoundDate | None:
    """The publication date printed in the first lines of the body, with its offset, or ``None``.

    Reads at most the first :data:`MAX_LINES` non-empty lines within the first
    :data:`MAX_CHARS` characters; the first line that is a dateline or a date
    line decides, and its earliest date is the publication.
    """
    window = text[:MAX_CHARS]
    offset = 0
    seen = 0
    for raw in window.splitlines(keepends=True):
        start = offset
        offset += len(raw)
        line = raw.rstrip("\r\n")
        if not line.strip():
            continue
        seen += 1
        if seen > MAX_LINES:
            break
        matches = _dates(line)
        if not matches:
            continue
        chosen = _dateline(line, matches) or _date_line(line, matches) or _after_cues(line, matches)
        dated = [(date, match.start) for match in chosen if (date := _with_year(match, line)) is not None]
        if dated:
            date, at = min(dated)
            return FoundDate(date, start + at)
    return None


# --------------------------------------------------------------------------
# Dates in URLs

# A web archive's address holds the time of the copy, then the original URL:
# ".../web/20160420145531/http://..." (also with a flag, "20160420145531id_").
_ARCHIVED = re.compile(
    r"/(?P<stamp>\d{14})(?:[a-z]{2}_)?/(?P<original>(?:https?:/?/?)?[^/]+\..*)$", re.IGNORECASE
)
_URL_DATES = (
    # /2021/05/07/ (or at the end, or before an extension): a day followed by
    # a slug ("/2021/05/7-things") may be the slug's number, so it is not read
    re.compile(r"/(?P<y>(?:19|20|21)\d\d)/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?=/|\.[a-z]+$|$)", re.IGNORECASE),
    # /2021/may/07/
    re.compile(rf"/(?P<y>(?:19|20|21)\d\d)/(?P<mn>{_MONTH})/(?P<d>[0-3]?\d)(?=/|\.[a-z]+$|$)", re.IGNORECASE),
    # /2021-05-07/, /2021-05-07-slug: the full ISO form cannot be a slug's number
    re.compile(r"(?:(?<=[/_.-])|^)(?P<y>(?:19|20|21)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?=[/_.-]|$)"),
    # -20210507-, _20210507, /20210507/: a run of exactly eight digits between separators
    re.compile(r"(?:(?<=[/_.-])|^)(?P<y>(?:19|20|21)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?=[/_.-]|$)"),
)


def _copied_on(archived: re.Match[str]) -> dt.date | None:
    """The day of a web archive's copy, from its address's timestamp (:data:`_ARCHIVED`)."""
    stamp = archived["stamp"]
    return _real_date(int(stamp[:4]), int(stamp[4:6]), int(stamp[6:8]), None)


def date_in_url(url: str) -> dt.date | None:
    """The date written in a URL's path, or ``None`` when there is none or its dates disagree.

    For a web archive's copy, only the original URL is read (the archive's
    own timestamp is when the copy was made), and a date after that
    timestamp cannot be the publication.
    """
    latest: dt.date | None = None
    archived = _ARCHIVED.search(url)
    if archived is not None:
        latest = _copied_on(archived)
        url = archived["original"]
    if "://" not in url:
        url = "http://" + url.lstrip("/")
    path = urlsplit(url).path
    found: set[dt.date] = set()
    for pattern in _URL_DATES:
        for match in pattern.finditer(path):
            year = int(match["y"])
            month = _MONTHS[match["mn"][:3].lower()] if "mn" in match.groupdict() else int(match["m"])
            date = _real_date(year, month, int(match["d"]), None)
            if date is None or year < _FIRST_URL_YEAR or (latest is not None and date > latest):
                continue
            found.add(date)
    return found.pop() if len(found) == 1 else None
