"""Times relative to the publication date or to the previous time of the text.

"four months ago", "yesterday", "last week", "now" count from the
publication date; "the following September", "later that year", "the next
day" from the time the text last named.
"""

from __future__ import annotations

import datetime as dt
import re

from factcheck.extract.timex.dates import (
    _GRANULARITY_RANK,
    TimeMention,
    _add_months,
    _at_granularity,
    _day,
    _in_part_of_day,
    _month,
    _number,
    _season_of,
    _season_span,
    _shift,
    _span,
    _unresolved,
    _week,
    _year,
)
from factcheck.extract.timex.scanner import _Scanner
from factcheck.extract.timex.vocabulary import (
    _COMMA_AFTER,
    _MONTHS,
    _ORDINALS,
    _PARTS_OF_DAY,
    _QUALIFIERS,
    _SEASON_START_MONTH,
    _SEASONS,
    _THAN,
    _THE_DAY_CUES,
    _TIME_UNITS,
    _UNIT_SCALE,
    _UNITS,
    _WEEKDAYS,
)
from factcheck.records import TimeSpan


class _RelativeForms(_Scanner):
    """The forms of times relative to the publication date or to the text."""

    def _form_ago(self, m: re.Match[str], s: int, e: int) -> TimeMention | None:
        """ "four months ago", "two days later", "seconds later", "a year earlier"."""
        unit_word = m["ago_u"].lower()
        if m["ago_u"][0].isupper() and m["ago_n"] is not None:
            return None  # "Monday Two Days Later": a title, not a time
        if unit_word == "weekend" or (m["ago_n"] is None and not m["ago_pl"]):
            return None
        unit = _UNITS[unit_word]
        number = _number(m["ago_n"]) if m["ago_n"] else None
        if m["ago_half"] and number is None:
            return None
        if number is not None:
            # "a week and a half ago"
            number = (number + (0.5 if m["ago_half"] else 0)) * _UNIT_SCALE.get(unit_word, 1)
        direction = m["ago_dir"].lower()
        comparative = direction in ("later", "earlier") and _THAN.match(self.text, m.end(), e)
        if comparative or (
            direction in ("before", "after") and not _COMMA_AFTER.match(self.text, m.end(), e)
        ):
            # "two days after the crash", "three days later than planned": a difference, not a date.
            end = m.end("ago_half") if m["ago_half"] else m.end("ago_pl") if m["ago_pl"] else m.end("ago_u")
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
            placeholder = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}[
                granularity
            ]
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
        return self._finish(m, s, _in_part_of_day(value, part))

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
