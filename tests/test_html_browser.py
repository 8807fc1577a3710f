"""The HTML report in a real headless Chromium (Debian's ``chromium``, installed by .ci/run).

Without Chromium these tests skip and say why, so that the README's test command passes on a fresh
machine; .ci/run sets ``FACTCHECK_REQUIRE_BROWSER=1``, which turns the skip into a failure, so CI
never skips them silently.

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
from collections.abc import Mapping
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


REQUIRE_ENV = "FACTCHECK_REQUIRE_BROWSER"
MISSING = "Chromium is needed for the browser tests: apt-get install -y chromium (.ci/run does it)"


def find_chromium(environ: Mapping[str, str] | None = None) -> str:
    """The browser's path; a skip naming the fix without one, or a failure when it is required."""
    environ = os.environ if environ is None else environ
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path:
        return path
    if environ.get(REQUIRE_ENV, "") not in ("", "0"):
        pytest.fail(f"{MISSING}; {REQUIRE_ENV} is set, so the browser tests may not be skipped")
    pytest.skip(MISSING)


def _load(page: Path, tmp_path: Path) -> tuple[str, list[str]]:
    """The DOM after loading ``page``, and the console lines Chromium logged."""
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    done = subprocess.run(
        [find_chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", page.resolve().as_uri()],
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


def test_missing_browser_skips_with_the_fix(monkeypatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(pytest.skip.Exception, match="apt-get install -y chromium"):
        find_chromium({})
    with pytest.raises(pytest.skip.Exception):
        find_chromium({REQUIRE_ENV: "0"})


def test_missing_browser_fails_when_required(monkeypatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(pytest.fail.Exception, match=REQUIRE_ENV):
        find_chromium({REQUIRE_ENV: "1"})


def test_ci_script_requires_the_browser() -> None:
    script = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert f"export {REQUIRE_ENV}=1" in script


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
    assert tree.findtext(".//title") == "story: factcheck report"  # the payload did not change it
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
            assert [link.text_content() for link in quote_links] == [ref.quote]


# What an editor sees: measured in the browser by a harness page that loads the report in a frame
# (the report itself runs no script) and writes what it measured into its own DOM.
HARNESS = """<!DOCTYPE html><html><head><title>harness</title></head><body>
<iframe id="f" src="%s" style="width:1200px;height:3000px"></iframe><pre id="out"></pre>
<script>
document.getElementById('f').addEventListener('load', () => {
  const d = document.getElementById('f').contentDocument, w = document.getElementById('f').contentWindow;
  const box = e => { const r = e.getBoundingClientRect(); return [Math.round(r.left), Math.round(r.top)]; };
  document.getElementById('out').textContent = JSON.stringify({
    title: d.title,
    sides: [...d.querySelectorAll('.finding')].map(f => [...f.querySelectorAll('.side')].map(box)),
    marks: [...d.querySelectorAll('mark')].map(m => [m.className, !!m.closest('pre'),
                                                    w.getComputedStyle(m).backgroundColor]),
    articles: [...d.querySelectorAll('.source')].map(a => [a.id, a.querySelector('details').open,
               a.querySelector('pre').checkVisibility(), !!a.querySelector('.conflicting')]),
    facts: [...d.querySelectorAll('#facts tbody tr')].map(r => [r.cells[0].textContent, r.cells[1].textContent,
            Math.round(r.getBoundingClientRect().top), r.checkVisibility()]),
  });
});
</script></body></html>"""


def _measure(page: Path, tmp_path: Path, fragment: str = "") -> dict:
    import json

    harness = page.with_name(f"harness{len(fragment)}.html")
    harness.write_text(HARNESS % (page.name + fragment), encoding="utf-8")
    profile = tmp_path / "profile-measure"
    profile.mkdir(exist_ok=True)
    flags = [flag for flag in CHROMIUM_FLAGS if flag != "--dump-dom"]
    done = subprocess.run(
        [
            find_chromium(),
            *flags,
            "--allow-file-access-from-files",
            "--window-size=1300,3200",
            "--dump-dom",
            f"--user-data-dir={profile}",
            harness.resolve().as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    out = lxml_html.fromstring(done.stdout).get_element_by_id("out").text_content()
    assert out, "the harness measured nothing: " + done.stderr[-2000:]
    return json.loads(out)


@pytest.fixture(scope="module")
def editor_page(tmp_path_factory) -> Path:
    page = tmp_path_factory.mktemp("editor") / "report.html"
    page.write_text(get_format("html").render(sample_report(), sample_context()), encoding="utf-8")
    return page


def test_page_names_the_story_and_shows_sides_side_by_side(editor_page, tmp_path) -> None:
    seen = _measure(editor_page, tmp_path)
    assert seen["title"] == "story: factcheck report"
    for sides in seen["sides"]:
        assert len(sides) == 2
        (left_a, top_a), (left_b, top_b) = sides
        assert top_a == top_b and left_a < left_b  # one row, A then B


def test_the_facts_table_is_on_the_first_screen(editor_page, tmp_path) -> None:
    seen = _measure(editor_page, tmp_path)
    assert [row[:2] for row in seen["facts"]] == [
        ["disputed", "the number killed in the collapse"],
        ["disputed", "the date of the collapse"],
        ["single-source", "the age of Dana Quist"],
    ]
    # visible, and above the fold of a laptop screen (768 px high)
    assert all(visible and top < 768 for _, _, top, visible in seen["facts"])


def test_each_side_has_its_own_colour_in_the_conflicts_and_in_the_articles(editor_page, tmp_path) -> None:
    seen = _measure(editor_page, tmp_path)
    colours: dict[str, set[str]] = {}
    for css, _in_text, colour in seen["marks"]:
        colours.setdefault(css, set()).add(colour)
    assert set(colours) == {"side-0", "side-1"}
    # one colour per side, the same in a conflict's quotes and in the article text, and not the other's
    assert all(len(found) == 1 for found in colours.values())
    assert colours["side-0"] != colours["side-1"]
    assert {css for css, in_text, _ in seen["marks"] if in_text} == {"side-0", "side-1"}


def test_articles_start_collapsed_with_their_conflicting_sentences_shown(editor_page, tmp_path) -> None:
    seen = _measure(editor_page, tmp_path)
    assert [(id_, opened, visible) for id_, opened, visible, _ in seen["articles"]] == [
        ("source-beacon", False, False),
        ("source-herald", False, False),
    ]
    assert all(conflicting for *_, conflicting in seen["articles"])


def test_following_a_quote_opens_its_article(editor_page, tmp_path) -> None:
    seen = _measure(editor_page, tmp_path, "#span-herald_3a_c1")
    assert [(id_, opened) for id_, opened, *_ in seen["articles"]] == [
        ("source-beacon", False),
        ("source-herald", True),
    ]


def test_screenshot_of_the_page(editor_page, tmp_path) -> None:
    shot = tmp_path / "report.png"
    profile = tmp_path / "profile-shot"
    flags = [flag for flag in CHROMIUM_FLAGS if flag != "--dump-dom"]
    subprocess.run(
        [
            find_chromium(),
            *flags,
            f"--screenshot={shot}",
            "--window-size=1280,1600",
            f"--user-data-dir={profile}",
            editor_page.resolve().as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    print(f"screenshot of the HTML report: {shot}")  # shown with pytest -s, kept in the tmp folder
