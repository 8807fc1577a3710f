"""The HTML report in a real headless Chromium (Debian's ``chromium``, installed by .ci/run).

The page is loaded from a file with scripts' virtual time run out, then its
DOM is dumped: every finding and both sides' highlighted quotes are there, no
console message was logged, and article text holding ``<script>`` and
``<img onerror>`` stayed text (the payload would have changed the title).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import html as lxml_html
from report_samples import BEACON, DEATHS, sample_context, sample_report

from factcheck.formats import get_format

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--enable-logging=stderr",
    "--v=0",
    "--virtual-time-budget=2000",
    "--dump-dom",
]
PAYLOAD = (
    "<script>document.title='pwned'</script> and "
    "<img src=x onerror=\"document.title='pwned'\"> and "
    "<a href=\"javascript:document.title='pwned'\">x</a>"
)


def _chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    assert path, "Chromium is needed for this test: apt-get install -y chromium (.ci/run does it)"
    return path


def _load(page: Path, tmp_path: Path) -> tuple[str, list[str]]:
    """The DOM after loading ``page``, and the console lines Chromium logged."""
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    done = subprocess.run(
        [_chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", page.resolve().as_uri()],
        # Chromium also writes under $HOME and the XDG folders (dconf, its config): keep that in tmp too
        env={
            **os.environ,
            "HOME": str(tmp_path),
            "XDG_CACHE_HOME": str(tmp_path / "cache"),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
        },
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    console = [line for line in done.stderr.splitlines() if "CONSOLE" in line]
    return done.stdout, console


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> tuple[object, list[str]]:
    tmp_path = tmp_path_factory.mktemp("browser")
    report = sample_report()
    texts = dict(sample_context().texts)
    texts["beacon"] = BEACON + PAYLOAD + "\n"
    # The payload also goes where renderers put article data other than the text: a fact and a value.
    evil = DEATHS.model_copy(
        update={
            "fact": "people killed " + PAYLOAD,
            "sides": (DEATHS.sides[0].model_copy(update={"value": PAYLOAD}), DEATHS.sides[1]),
        }
    )
    report.discrepancies = [evil, *report.discrepancies[1:]]
    page = tmp_path / "report.html"
    page.write_text(get_format("html").render(report, sample_context(texts=texts)), encoding="utf-8")
    dom, console = _load(page, tmp_path)
    return report, (lxml_html.fromstring(dom), console)


def test_harness_detects_a_script_that_runs(tmp_path) -> None:
    page = tmp_path / "control.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>before</title></head><body>"
        "<script>console.error('ran'); document.title='pwned'</script></body></html>",
        encoding="utf-8",
    )
    dom, console = _load(page, tmp_path)
    assert "<title>pwned</title>" in dom
    assert any("ran" in line for line in console)


def test_html_report_logs_nothing_to_the_console(rendered) -> None:
    _, (_, console) = rendered
    assert console == []


def test_article_markup_stays_inert_text(rendered) -> None:
    _, (tree, _) = rendered
    assert tree.findtext(".//title") == "factcheck report"
    assert tree.xpath("//script") == [] and tree.xpath("//img") == []
    assert not tree.xpath("//a[starts-with(@href, 'javascript:')]")
    beacon = tree.get_element_by_id("source-beacon").text_content()
    assert PAYLOAD in beacon


def test_every_finding_and_both_sides_quotes_are_highlighted(rendered) -> None:
    report, (tree, _) = rendered
    for finding in report.discrepancies:
        article = tree.get_element_by_id("finding-" + finding.id)
        assert finding.explanation in article.text_content()
        assert {ref.side for ref in finding.claims} == {side.label for side in finding.sides}
        for ref in finding.claims:
            marks = tree.xpath(f"//mark[@data-claim='{ref.claim}']")
            assert "".join(mark.text_content() for mark in marks) == ref.quote
            assert all(mark.xpath("./a/@href") == [f"#finding-{finding.id}"] for mark in marks)
            quote_links = article.xpath(f".//a[@href='#span-{re.sub(':', '_3a_', ref.claim)}']")
            assert [link.text_content() for link in quote_links] == [f"\u201c{ref.quote}\u201d"]
