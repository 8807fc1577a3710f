"""Sentences with exact offsets: abbreviations, initials, headlines, and the offset property."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.read import segment as segmentation
from factcheck.read.segment import MAX_SENTENCE_CHARS, blocks, segment_source, sentence_spans
from factcheck.records import Source


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]


def segments_of(text: str):
    return segment_source(Source(id="s", path="s.txt", text=text, content_hash="0"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The U.S. Navy said the U.N. team left. It gave no reason.",
            ["The U.S. Navy said the U.N. team left.", "It gave no reason."],
        ),
        (
            "Gen. Mark Ollen spoke on Jan. 5 in Tarrow. He left.",
            ["Gen. Mark Ollen spoke on Jan. 5 in Tarrow.", "He left."],
        ),
        (
            "J. K. Rowling and T. S. Eliot were named. Both wrote.",
            ["J. K. Rowling and T. S. Eliot were named.", "Both wrote."],
        ),
        (
            "Dr. Ana Ruiz met Sen. Tom Hale at 10 a.m. Monday.",
            ["Dr. Ana Ruiz met Sen. Tom Hale at 10 a.m. Monday."],
        ),
        ("The quake hit at 2:30 a.m. It killed nine.", ["The quake hit at 2:30 a.m.", "It killed nine."]),
        # after a clock time, a name starts a sentence; a day, a month, a time zone or a dash goes on
        ("It hit at 8:15 p.m. Marsh died there.", ["It hit at 8:15 p.m.", "Marsh died there."]),
        ("It hit at 8:15 P.M. Ola Brant died.", ["It hit at 8:15 P.M.", "Ola Brant died."]),
        ("It hit at 8 p.m. Sunday in Kelby.", ["It hit at 8 p.m. Sunday in Kelby."]),
        ("It hit at 8 p.m. EDT on a Sunday.", ["It hit at 8 p.m. EDT on a Sunday."]),
        ("It hit at 8 p.m. Jan. 5 in Kelby.", ["It hit at 8 p.m. Jan. 5 in Kelby."]),
        (
            "He was home at 3 p.m. – after school – when it hit.",
            ["He was home at 3 p.m. – after school – when it hit."],
        ),
        ("Aid went to the U.S. The rest stayed.", ["Aid went to the U.S.", "The rest stayed."]),
        ("She lives in Kelby, Wash. and works there.", ["She lives in Kelby, Wash. and works there."]),
        ("It cost $3.5 million. Shares fell 2.5%.", ["It cost $3.5 million.", "Shares fell 2.5%."]),
        ("He ran. Smith followed. 10 people died.", ["He ran.", "Smith followed.", "10 people died."]),
        ("“Stop!” he shouted. “Now.” Then he ran?", ["“Stop!” he shouted.", "“Now.”", "Then he ran?"]),
        (
            "Room No. 4 was hit (near St. Mary's). Two died.",
            ["Room No. 4 was hit (near St. Mary's).", "Two died."],
        ),
        (
            "FIRE AT 2 A. M. FEB. 23 KILLS TWO. GEN. OLLEN SPOKE.",
            ["FIRE AT 2 A. M. FEB. 23 KILLS TWO.", "GEN. OLLEN SPOKE."],
        ),
        ("See p. 4 of the ruling. No. It was not.", ["See p. 4 of the ruling.", "No.", "It was not."]),
    ],
)
def test_abbreviations_and_initials_do_not_end_sentences(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ola Brant was charged, records show.It happened on Main Street.",
            ["Ola Brant was charged, records show.", "It happened on Main Street."],
        ),
        (
            "The fire spread.Crews came. The U.S.Army did not.",
            ["The fire spread.", "Crews came.", "The U.S.Army did not."],
        ),
        ("Read more at www.Tarrow.org today.", ["Read more at www.Tarrow.org today."]),
        ("Write to ola.Brant@tarrow.org today.", ["Write to ola.Brant@tarrow.org today."]),
        ("It weighs approx.Ten pounds.", ["It weighs approx.Ten pounds."]),
    ],
)
def test_a_full_stop_glued_to_the_next_sentence_ends_it(text, expected):
    assert sentences(text) == expected


def _read_after_glued_stops(monkeypatch, text: str) -> float:
    """Characters a glued full stop may scan for the end of its word, per character of ``text``."""
    scanned = []
    word_end = segmentation._word_end

    def counted(text: str, start: int, limit: int) -> int:
        scanned.append(limit - start)
        return word_end(text, start, limit)

    monkeypatch.setattr(segmentation, "_word_end", counted)
    sentences(text)
    assert scanned
    return sum(scanned) / len(text)


def test_a_glued_full_stop_reads_a_bounded_stretch_after_it(monkeypatch):
    # a run of glued words with no space, each with an address-like dot ("aa.Bb.cc"): every glued stop
    # scanned to the end of the run, quadratic in its length
    short = _read_after_glued_stops(monkeypatch, "aa.Bb.cc" * 250)
    long = _read_after_glued_stops(monkeypatch, "aa.Bb.cc" * 2_000)
    assert long < 1.3 * short


def test_a_headline_without_full_stop_is_its_own_segment():
    text = "Dam bursts after week of rain\nA dam burst near Ostry on Monday. Hundreds fled.\n"
    assert [s.text for s in segments_of(text)] == [
        "Dam bursts after week of rain",
        "A dam burst near Ostry on Monday.",
        "Hundreds fled.",
    ]


def test_windows_line_endings_are_not_part_of_a_segment():
    text = "Fire in Kelby\r\nThe fire started at noon.\r\n"
    assert [s.text for s in segments_of(text)] == ["Fire in Kelby", "The fire started at noon."]


def test_hard_wrapped_text_is_split_by_paragraph_not_by_line():
    paragraph = (
        "The regional court in Halden sentenced the driver of the coach that crashed\n"
        "in March to four years in prison on Thursday, a spokeswoman for the court\n"
        "said. The driver had denied the charges throughout the three-week trial\n"
        "and his lawyer said an appeal would be filed before the end of the month.\n"
    )
    text = paragraph + "\n" + paragraph
    segments = segments_of(text)
    assert len(blocks(text)) == 2
    assert [s.text.split()[:2] for s in segments] == [["The", "regional"], ["The", "driver"]] * 2
    assert [s.duplicate_of for s in segments] == [None, None, 0, 1]


def check_offsets(text: str) -> None:
    segments = segments_of(text)
    previous_end = 0
    covered = set()
    for index, segment in enumerate(segments):
        assert segment.index == index
        assert text[segment.start : segment.end] == segment.text
        assert segment.text and not segment.text[0].isspace() and not segment.text[-1].isspace()
        assert segment.start >= previous_end
        previous_end = segment.end
        covered.update(range(segment.start, segment.end))
        if segment.duplicate_of is not None:
            assert segment.duplicate_of < index
            assert segments[segment.duplicate_of].duplicate_of is None
    uncovered = [i for i, ch in enumerate(text) if i not in covered and not ch.isspace()]
    assert uncovered == []


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_offsets_index_the_original_text_for_arbitrary_text(text):
    check_offsets(text)


NEWSY = st.lists(
    st.sampled_from(
        [
            "The",
            "U.S.",
            "said",
            "Gen.",
            "J.",
            "K.",
            "Rowling",
            "Jan.",
            "5",
            "a.m.",
            "It",
            "killed",
            "10.",
            "people.",
            "“Quote.”",
            "(AP)",
            "—",
            "Mr.",
            "?",
            "!",
            "...",
            " ",
            "  ",
            "\n",
            "\n\n",
            "\r\n",
            "\t",
            "\u2028",
            "\xa0",
            "Wash.",
            "No.",
            "St.",
            "é",
            "ﬁ",
            "İ",
        ]
    ),
    max_size=60,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(NEWSY)
def test_offsets_index_the_original_text_for_news_like_text(text):
    check_offsets(text)


def _run_on(length: int) -> str:
    """An invented run-on "sentence" of about ``length`` characters: clauses joined by commas and
    bullets, no full stop, as a scraper's one-line dump or a long list gives."""
    clause = "the council said {n} homes were flooded and {m} roads closed"
    parts, size, n = [], 0, 0
    while size < length:
        n += 1
        part = clause.format(n=n, m=n % 17 + 2) + (", " if n % 3 else " \u2022 ")
        parts.append(part)
        size += len(part)
    return "".join(parts).rstrip(", \u2022")


def test_a_run_on_sentence_is_read_in_pieces_of_bounded_length() -> None:
    text = _run_on(100_000)
    spans = sentence_spans(text)
    assert max(end - start for start, end in spans) <= MAX_SENTENCE_CHARS
    assert len(spans) >= 100_000 // MAX_SENTENCE_CHARS
    # nothing lost: the pieces hold every non-space character, in order
    assert "".join(text[start:end] for start, end in spans).replace(" ", "") == text.replace(" ", "")
    assert all(text[end - 1] in ",\u2022" or text[end - 1].isalnum() for start, end in spans)


def test_a_run_without_any_space_is_cut_at_the_limit() -> None:
    text = "7" * 10_000
    assert [end - start for start, end in sentence_spans(text)] == [MAX_SENTENCE_CHARS] * 5


def test_news_sentences_are_never_cut() -> None:
    sentence = "Officials said " + ", ".join(f"{n} people were hurt in district {n}" for n in range(40)) + "."
    assert len(sentence) < MAX_SENTENCE_CHARS
    assert sentence_spans(sentence) == [(0, len(sentence))]
