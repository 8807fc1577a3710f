"""The Python API of the README: factcheck.check, extract and audit, as usable as the CLI; and the
whole pipeline fuzzed: whatever the sources hold, loading, extraction, comparison and every output
format finish with a report or a named input error, never a crash.

CI runs a bounded number of fuzz examples; to search longer, raise it, e.g.
``FACTCHECK_FUZZ_EXAMPLES=5000 python -m pytest tests/test_pipeline.py`` (see the README).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from paths import FIXTURES, ROOT, SOURCES

import factcheck
from factcheck.errors import InputError
from factcheck.formats import FORMATS, get_format
from factcheck.read.loaders import LoadOptions, load_sources
from factcheck.records import Report, Severity, Source
from factcheck.report.publish import Settings, publish
from factcheck.run.pipeline import compare_sources


def test_api_functions_are_listed_and_importable() -> None:
    for name in ("check", "extract", "audit"):
        assert name in dir(factcheck) and name in factcheck.__all__
        assert callable(getattr(factcheck, name))
    from factcheck import audit, check  # noqa: F401 - the import itself is the test


@pytest.mark.parametrize("given", [str(SOURCES), SOURCES, [str(SOURCES)], (SOURCES,)])
def test_check_takes_one_path_or_several(given) -> None:
    report = factcheck.check(given)
    assert len(report.sources) == len([p for p in SOURCES.iterdir() if p.suffix == ".md"])


def test_check_of_a_single_file_reads_that_file(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The Tarrow ferry ran aground on Friday with 40 people on board.\n", encoding="utf-8")
    assert [source.path for source in factcheck.check(article).sources] == [article.as_posix()]
    assert factcheck.extract(str(article))


def test_audit_labels_the_drafts_claims(run_cli) -> None:
    draft = FIXTURES / "audit" / "putin_draft.md"
    result = factcheck.audit(draft, SOURCES)
    cli = json.loads(run_cli("audit", draft, "--sources", SOURCES, "--format", "json").stdout)
    assert result.model_dump(mode="json") == cli
    assert sum(result.count(label) for label in ("supported", "contradicted", "unverified")) == len(
        result.claims
    )


def test_check_reports_the_example_storys_one_error(monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    report = factcheck.check(["sources/"])  # word for word as in the README
    assert isinstance(report, Report)
    assert [source.id[:3] for source in report.sources] == ["000", "001", "002", "003", "004"]
    errors = [finding for finding in report.discrepancies if finding.severity == Severity.error]
    assert [finding.code for finding in errors] == ["FC401"]
    quotes = {(ref.source[:3], ref.quote) for ref in errors[0].claims}
    # "second visit to the country since 2019" (001) cannot hold with "first time in 24 years" (003)
    assert ("001", "second visit to the country since 2019") in quotes
    assert ("003", "first time in 24 years") in quotes
    sides = {
        ref.side
        for ref in errors[0].claims
        if ref.quote in ("second visit to the country since 2019", "first time in 24 years")
    }
    assert len(sides) == 2
    assert report.diagnostics == []


def test_extract_gives_the_example_storys_claims_as_records(run_cli) -> None:
    # importing the subpackage factcheck/extract/ binds its name on the package: still callable
    import factcheck.extract.ages  # noqa: F401

    claims = factcheck.extract([SOURCES])
    july = [c for c in claims if c.source.startswith("001_") and c.quote == "July 2000"]
    assert len(july) == 1 and july[0].kind == "time"
    assert (july[0].value.start, july[0].value.end) == (dt.date(2000, 7, 1), dt.date(2000, 8, 1))
    # the same claims, in the same order, as `factcheck extract` prints
    printed = [json.loads(line) for line in run_cli("extract", SOURCES).stdout.splitlines()]
    assert [claim.id for claim in claims] == [claim["id"] for claim in printed]
    assert len(claims) > 100


# --------------------------------------------------------------------------
# Fuzzing

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
    assert result.exit_code == 0
    assert sorted({p.stem for p in (tmp_path / "out" / "reports").iterdir()}) == ["edge", "plain"]
