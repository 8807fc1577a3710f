"""Fuzzing the whole pipeline: whatever the sources hold, loading, extraction, comparison and every
output format finish with a report or a named input error, never a crash.

CI runs a bounded number of examples; to search longer, raise it, e.g.
``FACTCHECK_FUZZ_EXAMPLES=5000 python -m pytest tests/test_pipeline.py`` (see the README).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.errors import InputError
from factcheck.formats import FORMATS, get_format
from factcheck.read.loaders import LoadOptions, load_sources
from factcheck.records import Source
from factcheck.report.publish import Settings, publish
from factcheck.run.pipeline import compare_sources

EXAMPLES = int(os.environ.get("FACTCHECK_FUZZ_EXAMPLES", "40"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Invented pieces of news copy that the extractors react to, and the characters they split on.
FRAGMENTS = [
    "yesterday", "last week", "Q2", "on Monday", "in 1999", "since 2019", "two days ago", "the following day",
    "next month", "last September", "this weekend", "early next year", "the 1990s", "tomorrow", "in 24 years",
    "3 a.m.", "on 12 March 2020", "0001", "9999", "10000", "1,000", "3.5", "12", "twelve", "a dozen",
    "first", "24th", "the first visit in 24 years", "people died", "were injured", "aged 34", "34-year-old",
    "Mayor Dana Quist", "the police", "Port Ilari", "Kelby", "said", "killing", "at least", "more than",
    "km", "per cent", "%", "$5m", "Minister", "President", "the fire", "the quake", "was not", "denied",
    ". ", ", ", "; ", "\n", "\n\n", "<!--", "-->", "<!-- factcheck: ignore FC201 -->", "\u2022", "...", "\u2014",
    "(", ")", '"', "'", "::error", "##[error]", "\x1b[31m", "\u202e", "Mr.", "U.S.", "No.",
]  # fmt: skip
EDGE_DATES = [dt.date.min, dt.date(1, 1, 2), dt.date(1, 12, 31), dt.date(9999, 1, 1), dt.date.max]

texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), min_size=1, max_size=60).map(
    " ".join
)
published = st.one_of(st.none(), st.sampled_from(EDGE_DATES), st.dates())


def make_source(number: int, text: str, day: dt.date | None) -> Source:
    return Source(
        id=f"s{number}",
        path=f"story/s{number}.txt",
        text=text,
        published=day,
        content_hash=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
    )


@FUZZ
@given(st.lists(st.tuples(texts, published), min_size=1, max_size=3))
def test_any_story_gives_a_report_in_every_format(story: list[tuple[str, dt.date | None]]) -> None:
    sources = [make_source(number, text, day) for number, (text, day) in enumerate(story)]
    report, ordered = compare_sources(sources)
    by_id = {source.id: source for source in ordered}
    for finding in report.discrepancies:
        for ref in finding.claims:
            assert by_id[ref.source].text[ref.start : ref.end] == ref.quote
    shown = publish(report, ordered, Settings(verbose=True))
    for name in sorted(FORMATS):
        assert isinstance(get_format(name).render(shown.report, shown.context), str)


@FUZZ
@given(
    st.sampled_from([".txt", ".md", ".jsonl", ".html", ".htm"]),
    st.one_of(
        st.binary(max_size=400),
        texts.map(lambda text: text.encode("utf-8", "surrogatepass")),
        st.builds(
            lambda head, body: f"---\n{head}\n---\n{body}".encode("utf-8", "surrogatepass"), texts, texts
        ),
        st.builds(lambda body: ('{"text": "' + body + '", "published": "9999-12-31"}').encode(), texts),
    ),
)
def test_any_file_loads_or_is_a_named_input_error(suffix: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"source{suffix}"
        path.write_bytes(data)
        try:
            loaded = load_sources([path], LoadOptions(keep_going=True))
        except InputError as error:
            assert "\n" not in error.one_line()
            return
        for source in loaded.sources:
            source.text.encode("utf-8")  # no lone surrogate got through
        compare_sources(loaded.sources)


RELATIVE = (
    "The fire started yesterday and three people died last week, in Q2 of last year. On Monday the mayor "
    "said 12 people were hurt two days ago, the first fire in 24 years, since 2019, next month, the "
    "following day, early next year, late last month, tomorrow, three years ago, this weekend."
)


def test_edge_dates_with_relative_times_are_checked_in_story_and_corpus_mode(run_cli, tmp_path) -> None:
    story = tmp_path / "story"
    story.mkdir()
    for day in EDGE_DATES:
        (story / f"{day.isoformat()}.md").write_text(
            f"---\npublished: {day.isoformat()}\n---\n{RELATIVE}\n", encoding="utf-8"
        )
    for command in (
        ["check", story],
        ["extract", story],
        ["audit", story / "9999-12-31.md", "--sources", story],
    ):
        result = run_cli(*command, "--no-cache")
        assert result.exit_code in (0, 1), result.stderr
    corpus = tmp_path / "day.jsonl"
    corpus.write_text(
        "".join(
            f'{{"story": "{name}", "text": "{RELATIVE}", "published": "{day}"}}\n'
            for name, day in (("edge", "9999-12-31"), ("edge", "0001-01-01"), ("plain", "2024-03-05"))
        ),
        encoding="utf-8",
    )
    result = run_cli("corpus", corpus, "--out-dir", tmp_path / "out", "--no-cache", "--fail-on", "never")
    assert result.exit_code == 0 and sorted(p.name for p in (tmp_path / "out" / "reports").iterdir()) == [
        "edge.json",
        "plain.json",
    ]
