"""How long and how often.

Durations ("24 years", "less than five years", "for years", "the past
decade") and sets, times that recur ("annually", "every week").
"""

from __future__ import annotations

import re

from factcheck.extract.timex.dates import TimeMention, _duration, _number, _ranged
from factcheck.extract.timex.scanner import _Scanner
from factcheck.extract.timex.vocabulary import (
    _ISO_UNIT,
    _QUALIFIERS,
    _SETS,
    _SIGNALS,
    _UNIT_SCALE,
    _UNITS,
    _VAGUE_DURATION_CUES,
)
from factcheck.records import Duration

_FRACTION_BEFORE = re.compile(r"\b(a\s+quarter\s+of|three\s+quarters\s+of|half)\s+\Z", re.I)
_FRACTIONS = {"a quarter of": 0.25, "three quarters of": 0.75, "half": 0.5}


class _DurationForms(_Scanner):
    """The forms of durations and of sets (recurring times)."""

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
        if unit_word == "hour" and re.fullmatch(r"0\d[0-5]\d", number_text):
            return None  # "0215 hours": a time of day
        if number_text in ("some", "many", "several") and m["du_q"]:
            return None
        if number_text[:1].isdigit() and self.text[m.start("du_n") - 1 : m.start("du_n")] in "$£€#":
            return None
        unit = _UNITS[unit_word if unit_word != "centurie" else "century"]
        number = _number(number_text)
        if m["du_half"] and (number is None or m["du_n2"] or m["du_n3"]):
            return None  # "some hours and a half", "two or three days and a half": no one amount
        start = m.start()
        fraction = _FRACTION_BEFORE.search(self.text, max(0, start - 20), start) if number == 1 else None
        if fraction:  # "a quarter of an hour", "half an hour", "three quarters of an hour"
            number = _FRACTIONS[" ".join(fraction.group(1).lower().split())]
            start = fraction.start()
        if number is not None:
            number = (number + (0.5 if m["du_half"] else 0)) * _UNIT_SCALE.get(unit_word, 1)
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

    # -- sets -----------------------------------------------------------------

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
