"""The gazetteer's keys."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.gazetteer import fold


def test_a_name_is_folded_without_accents_case_or_curly_quotes():
    assert fold("Ørsta-Über Cañada’s") == "ørsta-uber canada's"
    assert fold("Łódź") == "łodz"  # a letter of its own, not a letter and a mark, stays


@given(st.text())
def test_folding_drops_the_marks_a_letter_by_letter_reading_drops(text):
    straightened = text.replace("\u2019", "'").replace("\u2018", "'")
    decomposed = unicodedata.normalize("NFKD", straightened)
    assert fold.__wrapped__(text) == "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
