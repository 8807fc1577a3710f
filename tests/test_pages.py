"""Corpus pages: each story's HTML and Markdown beside its JSON, and index.html linking them."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import jsonschema
import pytest
from conftest import FIXTURES
from lxml import html as lxml_html

from factcheck.run import pages as pages_module
from factcheck.run.corpus import check_corpus
from factcheck.run.workers import RunOptions

CORPUS = FIXTURES / "corpus"


def test_every_story_gets_html_and_markdown_linked_from_index_html(run_cli, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run_cli("corpus", CORPUS, "--out-dir", out, "--no-cache", "--fail-on", "never").exit_code == 0
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    page = lxml_html.fromstring((out / "index.html").read_text(encoding="utf-8"))
    rows = page.xpath("//tbody/tr")
    assert len(rows) == len(index["stories"]) == 3
    by_story = {row.xpath("./td[1]/a")[0].text_content(): row for row in rows}
    for entry in index["stories"]:
        row = by_story[entry["story"]]
        assert row.xpath(".//a/@href") == [entry["html"], entry["markdown"], entry["report"]]
        cells = [cell.text_content() for cell in row.xpath("./td")]
        counts = entry["by_severity"]
        assert cells[1:6] == [
            str(entry["sources"]),
            *(str(counts[k]) for k in ("error", "warning", "info")),
            str(entry["diagnostics"]),
        ]
        story_page = (out / entry["html"]).read_text(encoding="utf-8")
        assert story_page.startswith("<!DOCTYPE html>")
        assert (out / entry["markdown"]).read_text(encoding="utf-8").startswith("# ")
    # the stories with errors come first
    errors = [int(row.xpath("./td[3]")[0].text_content()) for row in rows]
    assert errors == sorted(errors, reverse=True)


def test_index_json_follows_its_published_schema(run_cli, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_cli("corpus", CORPUS, "--out-dir", out, "--no-cache", "--fail-on", "never")
    schema = json.loads(run_cli("schema", "index").stdout)
    jsonschema.validate(json.loads((out / "index.json").read_text(encoding="utf-8")), schema)


def test_a_story_known_from_an_earlier_run_still_gets_pages_with_its_texts(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    cache = RunOptions(cache=tmp_path / "cache.sqlite")
    check_corpus([corpus], tmp_path / "first", run=cache)
    # the second run reads no story again (its files are unchanged), into a fresh folder
    check_corpus([corpus], tmp_path / "second", run=cache)
    for name in ("harbour-quake.html", "harbour-quake.md"):
        first = (tmp_path / "first" / "reports" / name).read_text(encoding="utf-8")
        second = (tmp_path / "second" / "reports" / name).read_text(encoding="utf-8")
        assert second == first.replace(str(tmp_path / "first"), str(tmp_path / "second"))
    assert "(text not available)" not in (tmp_path / "second" / "reports" / "harbour-quake.html").read_text(
        encoding="utf-8"
    )


def test_pages_of_a_story_compared_now_are_rendered_from_the_report_as_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # where the story is compared (a worker), not in the process that writes the files after
    # reading the report's JSON back
    expected = tmp_path / "expected"
    check_corpus([CORPUS], expected)

    def no_reading_back(*args: object, **kwargs: object) -> None:
        raise AssertionError("a report read back from its JSON to render its pages")

    monkeypatch.setattr(pages_module.Report, "model_validate_json", no_reading_back)
    check_corpus([CORPUS], tmp_path / "out")
    pages = [page for page in (expected / "reports").iterdir() if page.suffix in (".html", ".md")]
    assert len(pages) == 6
    for page in pages:
        assert (tmp_path / "out" / "reports" / page.name).read_bytes() == page.read_bytes()


def test_a_story_whose_report_the_cache_holds_gets_its_pages_rendered_again(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    cache = RunOptions(cache=tmp_path / "cache.sqlite")
    check_corpus([corpus], tmp_path / "first", run=cache)
    # touched, its files are read again, and its report is the cache's (the same sources): no
    # pages come with it
    path = corpus / "bus-crash" / "daily-ledger.md"
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000_000))
    check_corpus([corpus], tmp_path / "second", run=cache)
    for name in ("bus-crash.html", "bus-crash.md"):
        first = (tmp_path / "first" / "reports" / name).read_bytes()
        assert (tmp_path / "second" / "reports" / name).read_bytes() == first
