"""Segmentation: a source's text into sentences with exact character offsets.

Lines first (headlines and captions carry no full stop), then sentences
inside each line. For every segment ``source.text[start:end] == text``; the
segments cover every non-space character of the text, in order.

The sentence splitter is our own, a regular expression that finds candidate
ends (``.``, ``!``, ``?``, ``…`` with closing quotes or brackets, then
space) and a few rules that decide them:

- a capital initial (``J. K. Rowling``) and a title before a name (``Gen.``,
  ``Dr.``, ``Sen.``) never end a sentence;
- a dotted abbreviation (``U.S.``, ``U.N.``, ``a.m.``), a month (``Jan.``),
  a US state (``Wash.``) or ``Jr.``/``Inc.`` ends one only when the next word
  is one that starts sentences (``The``, ``He``, ``It`` ...): ``U.S. Army``
  goes on, ``at 5 a.m. It was`` ends; ``a.m.`` and ``p.m.`` end one unless a
  day, a month or a time zone follows (``at 5 a.m. Sunday`` goes on, ``at 5
  a.m. Reed died`` ends);
- a lower-case next word never starts a sentence.

Why not a library: syntok gets the same cases right but runs at 0.35-0.4 MB/s
here, below the 0.5 MB/s this stage may take; its token offsets also shift
where it rejoins hyphenated line breaks. This runs at several MB/s.

Cleaning (:mod:`factcheck.read.cleaning`) marks web-page leftovers as not content
and repeated statements as duplicates of their first occurrence.
"""

from __future__ import annotations

import re

from factcheck.read.cleaning import PHOTO_CREDIT, furniture_reason, statement_key
from factcheck.records import Segment, Source

_LINE = re.compile(r"[^\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]+")
_PARAGRAPH = re.compile(r"\S(?:[^\n]|\n(?![ \t\r]*\n))*")
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")
_WRAP_WIDTH = 100
# The longest sentence read as one (see _pieces).
MAX_SENTENCE_CHARS = 2_000
# A candidate end: punctuation before space; or a full stop a scraped page glued to the next
# sentence ("the report says.It was"), between a lower-case word and a capitalised one.
_CANDIDATE_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)|\.(?<=[a-z][a-z]\.)(?=[A-Z][a-z])")
# What a glued full stop may not end: a web address ("www.Example.org"), an e-mail, a path.
_ADDRESS = re.compile(r"www\.|[/@]|\.[A-Za-z]+\.[a-z]")
_SPACE = re.compile(r"\s+")
_LAST_TOKEN = re.compile(r"[^\s\"'“‘«(\[]*$")
_NEXT_WORD = re.compile(r"[\"'“‘«(\[]*([^\s\"'”’»),.;:!?]*)")

# Words before a name: a full stop after them never ends a sentence.
_TITLES = frozenset(
    "Mr Mrs Ms Messrs Dr Prof Gen Lt Col Maj Capt Sgt Cpl Pvt Adm Cmdr Cdr Gov Sen Sens Rep Reps Rev Hon "
    "Pres Supt Insp Det Fr Atty Mt Ft vs v approx".split()
)
# Abbreviations before a number ("No. 10", "p. 4"): "No." before a word is the answer "No."
_BEFORE_NUMBERS = frozenset("No Nos Vol Art Fig Sec Ch pp p".split())
# Abbreviations that may also close a sentence.
_AMBIGUOUS = frozenset(
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec "
    "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Mass Md Mich Minn Miss Mo Mont Neb Nev "
    "Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo "
    "Jr Sr Inc Co Corp Ltd Bros Dept Univ Assn St Ave Blvd Rd etc al".split()
)
_ABBREVIATIONS = _TITLES | _BEFORE_NUMBERS | _AMBIGUOUS
# Words that open sentences: after an abbreviation, they show that a new sentence began.
_SENTENCE_STARTERS = frozenset(
    "The A An This That These Those There Then It Its He She His Her They Their Them We Our I You Your "
    "But And Or So Yet Now Still Also However Meanwhile Later Earlier After Before When While As If In On "
    "At By For From With Without Since During Under Over Police Officials Authorities".split()
)


# Capitalised words a clock time goes on with: a day, a month, a time zone ("at 8 p.m. Sunday", "p.m. ET")
_AFTER_CLOCK = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun "
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec "
    "ET EST EDT CT CST CDT MT MST MDT PT PST PDT AKST AKDT HST GMT UTC BST CET CEST IST AEST AEDT "
    "Eastern Central Mountain Pacific Atlantic Alaska Hawaii Greenwich British local Local".split()
)


def segment_source(source: Source) -> list[Segment]:
    """The sentences of ``source`` in text order, cleaned (see :mod:`factcheck.read.cleaning`)."""
    text = source.text
    segments: list[Segment] = []
    first_of: dict[str, int] = {}
    for block_start, block_end in blocks(text):
        block_reason = furniture_reason(text[block_start:block_end])
        spans = sentence_spans(text, block_start, block_end)
        if block_reason == PHOTO_CREDIT and len(spans) > 1:
            block_reason = None
        for start, end in spans:
            sentence = text[start:end]
            reason = block_reason or (furniture_reason(sentence) if len(spans) > 1 else None)
            index = len(segments)
            duplicate_of = None
            if reason is None:
                key = statement_key(sentence)
                duplicate_of = first_of.setdefault(key, index)
                if duplicate_of == index:
                    duplicate_of = None
            segments.append(
                Segment(
                    source=source.id,
                    index=index,
                    start=start,
                    end=end,
                    text=sentence,
                    content=reason is None,
                    reason=reason,
                    duplicate_of=duplicate_of,
                )
            )
    return segments


def blocks(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each line, or of each paragraph when the text is hard-wrapped.

    News text puts one paragraph (or headline) on a line, so a line break
    ends a sentence. Text wrapped at a fixed width (short, evenly long lines,
    paragraphs between blank lines) is read by paragraph instead, so that a
    sentence wrapped over two lines stays one.
    """
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    lengths = [end - start for start, end in lines]
    wrapped = (
        len(lines) >= 4
        and max(lengths) <= _WRAP_WIDTH
        and sum(length >= _WRAP_WIDTH // 2 for length in lengths) * 2 >= len(lengths)
        and _BLANK_LINE.search(text) is not None
    )
    if not wrapped:
        return lines
    return [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of ``text[start:end]``, without surrounding space."""
    end = len(text) if end is None else end
    spans = []
    sentence_start = start
    for candidate in _CANDIDATE_END.finditer(text, start, end):
        if _ends_sentence(text, candidate.group(), candidate.start(), candidate.end(), end):
            spans.append((sentence_start, candidate.end()))
            sentence_start = candidate.end()
    spans.append((sentence_start, end))
    return [
        trimmed
        for span in spans
        for piece in _pieces(text, *span)
        if (trimmed := _trim(text, *piece)) is not None
    ]


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span over :data:`MAX_SENTENCE_CHARS` cut into pieces no longer, each at the last clause
    boundary (``;``, ``,``, ``:``, else a space) in its second half, else at the limit.

    No news sentence comes near the limit (the longest of the development stories has 618
    characters); a run-on "sentence" of 100 KB (a list joined by bullets, a text without full
    stops, a scraper's one-line dump) otherwise makes every stage that reads a sentence around
    each claim quadratic or worse in its length.
    """
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        low, high = start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS
        cut = -1
        for boundary in ("; ", ", ", ": ", " "):
            cut = text.rfind(boundary, low, high)
            if cut >= 0:
                cut += len(boundary.rstrip())
                break
        cut = cut if cut > start else high
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _ends_sentence(text: str, punctuation: str, mark: int, after: int, limit: int) -> bool:
    space = _SPACE.match(text, after, limit)
    following = space.end() if space else after
    if following >= limit:
        return True
    if space is None:  # glued: "says.It", not "www.Example.org" nor "approx.Ten"
        token = _LAST_TOKEN.search(text, max(0, mark - 40), mark).group()
        # no address in the glued word (up to the next space, within 40 characters)
        return token not in _ABBREVIATIONS and not _ADDRESS.search(
            text, mark - len(token), _word_end(text, after, min(limit, after + 40))
        )
    next_char = text[following]
    if next_char.islower():
        return False
    if not punctuation.startswith("."):
        return True
    token = _LAST_TOKEN.search(text, max(0, mark - 40), mark).group()
    word = token.rstrip(".")
    if not word:
        return True
    if len(word) == 1 and word.isupper():
        return False  # an initial
    # All-caps text ("GEN.", "FEB.") abbreviates the same words.
    known = word if word in _ABBREVIATIONS else word.capitalize()
    if known in _TITLES:
        return False
    if known in _BEFORE_NUMBERS and next_char.isdigit():
        return False
    if known in _AMBIGUOUS or "." in word:
        next_word = _NEXT_WORD.match(text, following, limit).group(1)
        if word.lower() in ("a.m", "p.m") and next_word[:1].isupper():
            return next_word not in _AFTER_CLOCK  # "at 8 p.m. Reed died" ends, "at 8 p.m. Sunday" goes on
        return next_word in _SENTENCE_STARTERS
    return next_char.isupper() or next_char.isdigit() or not next_char.isalnum()


def _word_end(text: str, start: int, limit: int) -> int:
    space = _SPACE.search(text, start, limit)
    return space.start() if space else limit
