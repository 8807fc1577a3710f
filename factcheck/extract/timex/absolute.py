"""Dates named on the calendar, and clock times.

"2024-06-19", "June 19, 2024", "the 1990s", "spring 2019", "Q3", "3 a.m.". A
month, season, quarter or weekday named without its year takes the
publication date's, moved by the tense of the sentence.
"""

from __future__ import annotations

import datetime as dt
import re

from factcheck.extract.timex.dates import (
    TimeMention,
    _add_months,
    _date,
    _day,
    _month,
    _season_of,
    _season_span,
    _span,
    _unresolved,
    _year,
)
from factcheck.extract.timex.scanner import _Scanner
from factcheck.extract.timex.vocabulary import (
    _ADDRESS_AFTER,
    _COUNT_NOUNS,
    _FULL_MONTH,
    _MONTH_CUES,
    _MONTHS,
    _NEXT_WORD,
    _ORDINALS,
    _SEASONS,
    _TENSE_SLACK_DAYS,
    _TIME_PREPOSITIONS,
    _WEEKDAYS,
    _YEAR_CUES,
)

# Words that put a four-digit time of day after them ("at 2330 hours", "shortly before 0200 hrs").
_CLOCK_CUE_BEFORE = re.compile(
    r"\b(?:at|around|about|approximately|near|by|until|till|before|after|from|to|since)\s+\Z", re.IGNORECASE
)
# Words of a match report: its "third quarter" is a period of the game, not a quarter of the year.
_GAME_WORDS = re.compile(
    r"\b(?:touchdowns?|TDs?|field\s+goals?|yards?|yd|interceptions?|intercepted|picked\s+off|quarterbacks?|"
    r"halftime|fumbled?|punt(?:s|ed)?|kickoff|rushing|scored|tied\s+the\s+(?:game|score)|comebacks?|overtime|"
    r"free\s+throws?|three-pointers?|baskets?|rebounds?)\b",
    re.I,
)


class _CalendarForms(_Scanner):
    """The forms of calendar dates and clock times."""

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
            if not m["q_y"] and _GAME_WORDS.search(self.text, s, e):
                return None  # "picked off in the third quarter": a period of the game, not of the year
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
        self,
        m: re.Match[str],
        s: int,
        e: int,
        hour: int,
        minute: int,
        zone: str,
        day_word: str | None,
        next_day: bool = False,
    ):
        """``next_day``: the clock is of the early hours after the day named ("1:30 Saturday night")."""
        clock = f"{hour:02d}:{minute:02d}"
        suffix = "Z" if re.search(r"UTC|GMT", zone) and not re.search(r"[+-]\s*\d", zone) else ""
        day, anchor = self._clock_day(day_word, s, e, m.start())
        weekday = _WEEKDAYS.get((day_word or "").lower())
        if next_day:
            day = day + dt.timedelta(days=1) if day is not None else None
            weekday = (weekday + 1) % 7 if weekday is not None else None
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

    def _form_clockpod(self, m: re.Match[str], s: int, e: int) -> TimeMention | None:
        hour, part = int(m["cp_h"]), m["cp_pod"].lower()
        rel = (m["cp_rel"] or "").lower()
        day_word = m["cp_day"] or {"this": "today", "last": "yesterday"}.get(rel)
        if rel == "last" and part != "night":
            return None  # "8:30 last morning" is no English; leave it to the other forms
        named = day_word is not None or rel == "that"
        next_day = False
        if part == "morning" and 1 <= hour <= 12:
            hour %= 12
        elif part == "afternoon" and (1 <= hour <= 6 or hour == 12):
            hour = hour % 12 + 12
        elif part == "evening" and 4 <= hour <= 11:
            hour += 12
        elif part == "night" and 5 <= hour <= 11:
            hour += 12
        elif part == "night" and named and (hour == 12 or 1 <= hour <= 4):
            # "12:15 Saturday night" is a quarter past midnight, Sunday ("that night" names no day to move)
            hour, next_day = hour % 12, day_word is not None
        else:
            return None  # a 24-hour clock, or an hour outside its part of the day: not this form
        return self._clock(m, s, e, hour, int(m["cp_m"]), "", day_word, next_day)

    def _form_clock24(self, m: re.Match[str], s: int, e: int) -> TimeMention | None:
        return self._clock(m, s, e, int(m["c24_h"]), int(m["c24_m"]), m["c24_z"], m["c24_day"])

    def _form_clockhours(self, m: re.Match[str], s: int, e: int) -> TimeMention | None:
        if not _CLOCK_CUE_BEFORE.search(self.text, max(s, m.start() - 30), m.start()):
            return None  # "logged 1200 hours": a duration
        return self._clock(m, s, e, int(m["ch_h"]), int(m["ch_m"]), "", None)

    def _form_noon(self, m: re.Match[str], s: int, e: int) -> TimeMention | None:
        hour = 0 if m["noon"].lower() == "midnight" else 12
        return self._clock(m, s, e, hour, 0, "", None)
