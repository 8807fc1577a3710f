"""Dates an undated report borrows from its story's publication dates: the year, month or week only."""

from __future__ import annotations

import datetime as dt

from factcheck.compare.borrowed import borrowed_dates
from factcheck.extract.claims import claims_of
from factcheck.records import Source


def _source(name: str, text: str, published: dt.date | None) -> Source:
    return Source(id=name, path=f"{name}.md", text=text, content_hash=name, published=published)


def _times(source: Source, borrowed) -> dict[str, tuple]:
    found = {}
    for claim in claims_of(source):
        if claim.kind == "time":
            value = borrowed.get(claim.id, claim).value
            found[claim.quote] = (value.start, value.anchor)
    return found


def test_an_undated_report_borrows_the_year_its_story_was_published_in():
    dated = _source("a", "The Tamsin works burned on Friday.", dt.date(2024, 9, 14))
    undated = _source("b", "The works burned on Friday. It had opened last year. Yesterday it closed.", None)
    claims = [*claims_of(dated), *claims_of(undated)]
    times = _times(undated, borrowed_dates([dated, undated], claims))
    assert times["last year"] == (dt.date(2023, 1, 1), "inferred")
    # a day is never invented
    assert times["Yesterday"] == (None, "unresolved") and times["Friday"][0] is None


def test_a_span_that_crosses_a_year_settles_no_year():
    early = _source("a", "The works burned.", dt.date(2024, 12, 30))
    late = _source("c", "The works burned.", dt.date(2025, 1, 2))
    undated = _source("b", "The works had opened last year.", None)
    claims = [*claims_of(early), *claims_of(late), *claims_of(undated)]
    assert borrowed_dates([early, late, undated], claims) == {}


def test_nothing_is_borrowed_when_no_report_or_every_report_is_dated():
    undated = _source("b", "The works had opened last year.", None)
    dated = _source("a", "The works had opened last year.", dt.date(2024, 9, 14))
    assert borrowed_dates([undated], claims_of(undated)) == {}
    assert borrowed_dates([dated], claims_of(dated)) == {}


def test_the_report_shows_the_borrowed_value_with_its_anchor(run_cli, tmp_path):
    import json

    (tmp_path / "a.md").write_text(
        "---\npublished: 2024-09-14\n---\nA fire at the Tamsin works killed 3 people on Friday.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.md").write_text(
        "A fire at the Tamsin works killed 3 people. It opened last year.\n", encoding="utf-8"
    )
    result = run_cli("check", tmp_path, "--format", "json", "--no-cache", "--exit-zero", "-q")
    claims = json.loads(result.stdout)["claims"]
    last_year = next(c for c in claims if c["quote"] == "last year")
    assert last_year["value"]["anchor"] == "inferred" and last_year["value"]["start"] == "2023-01-01"
