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

The package, by concern: :mod:`.vocabulary` (words and patterns),
:mod:`.dates` (values and calendar arithmetic), :mod:`.scanner` (the
resolver's core), :mod:`.absolute`, :mod:`.relative` and :mod:`.durations`
(the forms), :mod:`.resolver` (the entry points).

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

from factcheck.extract.timex.dates import TimeMention
from factcheck.extract.timex.resolver import find_times, resolve, tag_source, window_of

__all__ = ["TimeMention", "find_times", "resolve", "tag_source", "window_of"]
