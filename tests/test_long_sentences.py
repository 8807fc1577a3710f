"""A long sentence costs work in proportion to its length: what each claim reads around itself does not
grow with the sentence it sits in (counted in characters scanned, never timed)."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.compare import sentences
from factcheck.extract import events, stance
from factcheck.extract.claims import claims_of
from factcheck.extract.patterns import Breaks, search_at_end
from factcheck.records import Source

# Invented clauses of a news story, each with something to extract: people, places, dates, counts,
# ages, verbs of saying, hedges, denials.
CLAUSES = [
    "Mayor Lena Voss said {n} people died in the fire on {day} and {m} were hurt",
    "police arrested {m} men in Kelby last {day}",
    "the Harbour Authority reportedly closed {n} roads near Tarrow until March {d}",
    "Mira Haddad, {age}, was taken to hospital with burns to {m} percent of her body",
    "a spokesman for Northern Rail told reporters that {n} homes had been evacuated since {day}",
    "the quake struck Port Ilari at {h} a.m. on May {d}, killing {m} people",
    "officials will not confirm whether the {n}-year-old bridge may have collapsed in 20{m:02d}",
    "Kofi Brennan denied that the council had spent ${n} million on the scheme, according to Voss",
    "about {n} residents were moved to a shelter {m} kilometres from Lyne two days later",
    "the storm, which dropped {m} inches of rain, is expected to reach Vessberg by {day} evening",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _run_on(length: int, seed: int) -> str:
    """One sentence of about ``length`` characters: clauses joined by commas."""
    parts, size, n = [], 0, seed
    while size < length:
        n += 7
        clause = CLAUSES[n % len(CLAUSES)]
        parts.append(clause.format(n=n % 900 + 2, m=n % 40 + 2, d=n % 28 + 1, h=n % 11 + 1, age=n % 70 + 18, day=DAYS[n % 7]))  # fmt: skip
        size += len(parts[-1]) + 2
    text = ", ".join(parts) + "."
    return text[0].upper() + text[1:]


class _Counted:
    """A compiled pattern that adds up the characters its scans read (a search: up to its match)."""

    def __init__(self, pattern: re.Pattern[str], read: list[int]):
        self.pattern, self.read = pattern, read

    def _span(self, text: str, pos: int, endpos: int) -> int:
        return max(0, min(endpos, len(text)) - pos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        found = self.pattern.search(text, pos, endpos)
        self.read.append(self._span(text, pos, found.end() if found else endpos))
        return found

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        self.read.append(self._span(text, pos, endpos))
        return self.pattern.finditer(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        self.read.append(self._span(text, pos, endpos))
        return self.pattern.findall(text, pos, endpos)

    def __getattr__(self, name: str):
        return getattr(self.pattern, name)


def _read_per_character(monkeypatch, length: int) -> float:
    """Characters the extractors' patterns scan per character of a text of 16,000 characters made of
    sentences of ``length`` characters."""
    read: list[int] = []
    with monkeypatch.context() as patched:
        for name, module in list(sys.modules.items()):
            if name.startswith(("factcheck.extract", "factcheck.read")):
                for attribute, value in list(vars(module).items()):
                    if isinstance(value, re.Pattern):
                        patched.setattr(module, attribute, _Counted(value, read))
        stance._breaks.cache_clear()
        text = " ".join(_run_on(length, seed) for seed in range(16_000 // length))
        claims = claims_of(Source(id="s", path="s.txt", text=text, content_hash="h"))
    assert len(claims) > 200
    return sum(read) / len(text)


def test_what_a_claim_reads_around_itself_does_not_grow_with_its_sentence(monkeypatch) -> None:
    """Each claim finds its clause, the tense and the subject before its verb by scanning its sentence
    from the start: in sentences eight times longer (1,900 characters, under the 2,000 at which a
    sentence is cut), that read 4.3 times as much per character of text; now about as much."""
    claims_of(Source(id="w", path="w.txt", text="Police said 3 people died on Monday.", content_hash="w"))
    short, long = _read_per_character(monkeypatch, 240), _read_per_character(monkeypatch, 1_900)
    assert long < 1.3 * short


_BREAK = re.compile(r"[;:]|,\s|\b(?:which|although|but)\b")
_TEXT = st.lists(
    st.sampled_from(
        [
            "the",
            "his",
            "a",
            "was",
            "has",
            "visit",
            "which",
            "but",
            "although",
            "x",
            ",",
            ".",
            ";",
            ":",
            " ",
            "  ",
        ]
    ),
    max_size=30,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TEXT, st.data())
def test_breaks_find_the_last_match_a_shorter_scan_finds(text: str, data) -> None:
    pos = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(pos, len(text)))
    endpos = data.draw(st.integers(0, end))
    expected = None
    for match in _BREAK.finditer(text, pos, endpos):
        expected = match.end()
    assert Breaks(_BREAK, text, pos, end).last_end(endpos) == expected


@settings(max_examples=400, deadline=None)
@given(_TEXT, st.data())
def test_a_search_at_the_end_finds_what_a_search_from_the_start_finds(text: str, data) -> None:
    end = data.draw(st.integers(0, len(text)))
    for pattern in (events._POSSESSIVE_BEFORE, events._EVENT_SUBJECT, re.compile(r"(?:^|\s)(?:a|the)\s+\Z")):
        found, expected = search_at_end(pattern, text, end), pattern.search(text, 0, end)
        assert (found and (found.span(), found.groups())) == (
            expected and (expected.span(), expected.groups())
        )


_COMPARED = st.lists(
    st.sampled_from([" after", " since", " sincere", "before", " which", " and", "x", ", ", ";", "—", " - "]),
    max_size=30,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(_COMPARED, st.data())
def test_the_compare_stage_finds_clauses_and_subordinators_as_a_scan_from_the_start_does(
    text: str, data
) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    expected_start = 0
    for match in sentences.CLAUSE_BREAK.finditer(text, 0, start):
        expected_start = match.end()
    assert sentences.clause_of(text, start, end)[0] == expected_start
    expected = bool(sentences._SUBORDINATE_BEFORE.search(text, start, end))
    assert sentences._subordinate_between(text, start, end) == expected
    # a cut inside a word makes a boundary: "since" of "sincere" counts when the event word follows it
    assert sentences._subordinate_between("a sincere", 0, 7) and not sentences._subordinate_between(
        "a sincere", 0, 9
    )
