"""The resolver's core: scanning a sentence and what every form reads around it.

Sentence by sentence, each word that can begin an expression is tried
against its forms; the sentence's tense, the signal before an expression and
its prefix modifier ("early", "the end of") are read here for every form.
The forms themselves are in :mod:`.absolute`, :mod:`.relative` and
:mod:`.durations`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from factcheck.extract.timex.dates import TimeMention, _mod_name
from factcheck.extract.timex.vocabulary import (
    _DETERMINERS,
    _DIGITS_OF_TIME,
    _DISPATCH,
    _FUTURE,
    _NEXT_WORD_OK,
    _PAST,
    _PRECEDING_WORD,
    _SIGNAL_TENSE,
    _SIGNALS,
    _WEEKDAY_OR_DEICTIC,
    _WORD_START,
    _matches,
)
from factcheck.records import Duration, TimeSpan

# Between a clock time and its day: a time zone ("GMT", "(0630 GMT)", "local time") and "on"/"of".
_CLOCK_TO_DAY = re.compile(
    r"\s*(?:(?:[A-Z]{2,5}|\([^()]{1,20}\)|local\s+time)\s*)?(?:(?:on|of)\s+)?(?:the\s+)?"
)

# A day named as the possessor of a noun: "Sunday's earthquake", "Friday’s game"
_POSSESSIVE_WORD = re.compile(r"[A-Za-z]+['’]s\b")


class _Scanner:
    """Scans one text, sentence by sentence, in order; the forms are its subclasses' ``_form_<name>``.

    Keeps the last resolved point in time as the anchor of text-anchored
    expressions ("the following day").
    """

    def __init__(self, text: str, dct: dt.date | None):
        self.text = text
        self.dct = dct
        self.last: TimeSpan | None = None
        self.last_sentence = -1
        self._cues_of: tuple[tuple[int, int], tuple[list[int], list[int]]] = ((-1, -1), ([], []))

    # -- sentence context ---------------------------------------------------

    def _tense(self, sentence_start: int, sentence_end: int, position: int) -> int:
        """+1 if the sentence speaks of the future around ``position``, -1 past, 0 undecided.

        A signal settles it ("since Friday", "until Friday"); otherwise the
        nearest tense cue before ``position`` does (a trailing "..., officials
        said" reports the news, it does not date the event), or, when there is
        none before, the nearest after.
        """
        signal = self._signal(sentence_start, position)
        # "flattened by Sunday's earthquake": the preposition is the noun's, not the day's ("by Sunday")
        if signal in _SIGNAL_TENSE and not _POSSESSIVE_WORD.match(self.text, position):
            return _SIGNAL_TENSE[signal]
        starts, tenses = self._tense_cues(sentence_start, sentence_end)
        before = bisect.bisect_left(starts, position - sentence_start)
        if before:
            return tenses[before - 1]
        return tenses[0] if tenses else 0

    def _tense_cues(self, sentence_start: int, sentence_end: int) -> tuple[list[int], list[int]]:
        """The tense cues of a sentence, found once for all its expressions (a run-on sentence has
        hundreds): where each starts, in order, and its tense (+1 future, -1 past; no two start at
        the same place). A past cue inside a future one ("will be finalized") is the future's."""
        if self._cues_of[0] != (sentence_start, sentence_end):
            sentence = self.text[sentence_start:sentence_end]
            future_spans = [m.span() for m in _FUTURE.finditer(sentence)]
            future_starts = [a for a, _ in future_spans]

            def in_future(at: int) -> bool:
                last = bisect.bisect_right(future_starts, at) - 1  # the spans are disjoint and in order
                return last >= 0 and at < future_spans[last][1]

            cues = sorted(
                [(a, 1) for a in future_starts]
                + [(m.start(), -1) for m in _PAST.finditer(sentence) if not in_future(m.start())]
            )
            self._cues_of = ((sentence_start, sentence_end), ([at for at, _ in cues], [t for _, t in cues]))
        return self._cues_of[1]

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
        if signal != "since" and _POSSESSIVE_WORD.match(self.text, start):
            # "the toll from Wednesday's crash": the preposition is the noun's ("since Sunday's summit"
            # still bounds what follows it)
            signal = None
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
