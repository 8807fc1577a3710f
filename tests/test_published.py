"""Publication dates read from the body's first lines and from the URL, and the order of trust."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from factcheck.read.loaders import LoadOptions, load_sources
from factcheck.read.published import MAX_CHARS, archived_before, date_in_text, date_in_url, resolve

D = dt.date
LEAD = "A ferry carrying 212 passengers ran aground off Kelby on Sunday, the coastguard said.\n"


def read(text: str) -> dt.date | None:
    found = date_in_text(text)
    return None if found is None else found.date


# --------------------------------------------------------------------------
# Datelines and date lines


@pytest.mark.parametrize(
    ("first_lines", "expected"),
    [
        # wire datelines: the place, the date, the agency, a dash
        ("PORT ILARI, June 18, 2024 (Tidewire) - " + LEAD, D(2024, 6, 18)),
        ("PORT ILARI, June 18, 2024 /Harbour Newswire/ -- " + LEAD, D(2024, 6, 18)),
        ("KELBY, Ost. (June 18, 2024) — " + LEAD, D(2024, 6, 18)),
        # date lines, with cue words, times and zones
        ("Ferry runs aground\nUpdated 4:12 p.m. ET, Fri March 6, 2009\n" + LEAD, D(2009, 3, 6)),
        ("Ferry runs aground\nPosted: Sunday, February 16, 2014 1:50 PM EST\n" + LEAD, D(2014, 2, 16)),
        ("Ferry runs aground\nPublished: 12:01 AM, March 3, 2015\n" + LEAD, D(2015, 3, 3)),
        ("Ferry runs aground\n(Published Wednesday, March 25, 2015)\n" + LEAD, D(2015, 3, 25)),
        ("Last updated on 5 March 2015\n" + LEAD, D(2015, 3, 5)),
        ("March 6, 2009 | 4:12 p.m.\n" + LEAD, D(2009, 3, 6)),
        ("Monday 9th March 2009 08:15 GMT\n" + LEAD, D(2009, 3, 9)),
        ("Published 2015-03-06\n" + LEAD, D(2015, 3, 6)),
        ("2015-03-06 14:02\n" + LEAD, D(2015, 3, 6)),
        # numeric dates only when day and month cannot be swapped
        ("Updated 03/16/2015 01:03 PM\n" + LEAD, D(2015, 3, 16)),
        ("Posted 16/03/2015\n" + LEAD, D(2015, 3, 16)),
        ("12/23/12 06:03 PM ET\n" + LEAD, D(2012, 12, 23)),
        ("By Ana Petrov, Harbour Desk | May 7, 2021 4:12 PM\n" + LEAD, D(2021, 5, 7)),
        # a headline and its date line joined on one line: the cue says where the date is
        ("Ferry runs aground off Kelby Posted: Sunday, July 5, 2015 7:23 AM EDT\n" + LEAD, D(2015, 7, 5)),
    ],
)
def test_date_in_text_reads_the_forms_news_pages_print(first_lines: str, expected: dt.date):
    assert read(first_lines) == expected


@pytest.mark.parametrize(
    "first_lines",
    [
        "Posted 06/03/2015\n",  # 6 March or 3 June: a cue word does not tell which
        "06/03/2015\n",
        "Updated 9:06 AM\n",  # a time, no date
        "Ferry runs aground on June 3, 2015, near Kelby\n",  # a headline that mentions a date
        "The ferry ran aground on Sunday, June 3, 2015, the coastguard said.\n",  # a sentence of the story
        "The video was posted on June 3, 2015, by a passenger.\n",
        "Fri March 7, 2009\n",  # 7 March 2009 was a Saturday
        "February 30, 2015\n",
        "May 7, 2014 - June 3, 2016\n",  # a span, not a page's date
        "A passenger filmed it. (Published Sunday, June 3, 2015)\n",  # the caption's date, not the page's
        "On Friday, June 3, 2016 — a ferry ran aground.\n",
        "By Ana Petrov, who sailed on it on June 3, 2016\n",  # a byline that tells a story, not a date line
    ],
)
def test_date_in_text_does_not_read_what_is_not_a_date_line(first_lines: str):
    assert date_in_text(first_lines + LEAD) is None


def test_a_dateline_without_a_year_gives_no_date():
    assert date_in_text("PORT ILARI, June 18 (Tidewire) - " + LEAD) is None
    assert date_in_text("June 18 4:33 AM EST\n" + LEAD) is None


def test_a_dateline_without_a_year_takes_it_from_the_same_line_only():
    assert read("PORT ILARI, June 18 (Tidewire) - The 2024 season opened with a ferry aground.\n") == D(
        2024, 6, 18
    )
    # two years in the line: which one is unknown
    assert date_in_text("PORT ILARI, June 18 (Tidewire) - From 2019 to 2024 no ferry ran aground.\n") is None
    # never from the next line
    assert (
        date_in_text("PORT ILARI, June 18 (Tidewire) - A ferry ran aground.\nIt was built in 2003.\n") is None
    )


def test_the_first_publication_wins_over_the_update():
    line = "Posted: Sunday, July 5, 2015 7:23 AM EDT Updated: Monday, July 6, 2015 10:14 AM EDT\n"
    assert read(line + LEAD) == D(2015, 7, 5)
    # written update-first, the publication is still the earlier date
    assert read("Updated July 6, 2015 | Published July 5, 2015\n" + LEAD) == D(2015, 7, 5)


def test_date_in_text_gives_the_offset_where_the_date_is_written():
    text = "Ferry runs aground\nPosted: Sunday, July 5, 2015 7:23 AM EDT\n" + LEAD
    found = date_in_text(text)
    assert found is not None
    assert text[found.offset :].startswith("Sunday, July 5, 2015")


def test_date_in_text_reads_only_the_first_lines():
    filler = "".join(f"Line {n} of the story.\n" for n in range(1, 6))
    assert date_in_text(filler + "Posted: July 5, 2015\n") is None  # the sixth non-empty line
    assert read("\n\n" + filler[:40] + "\nPosted: July 5, 2015\n") == D(
        2015, 7, 5
    )  # blank lines do not count
    assert date_in_text("x" * MAX_CHARS + "\nPosted: July 5, 2015\n") is None


def test_the_month_may_is_not_the_verb_may():
    assert date_in_text("Ferries may 5 times a day run aground, 2015 figures show\n") is None


# --------------------------------------------------------------------------
# URLs


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example/2016/11/12/ferry-runs-aground/", D(2016, 11, 12)),
        ("https://news.example/world/2016/nov/12/ferry-runs-aground", D(2016, 11, 12)),
        ("https://news.example/story/2016-11-12/ferry-runs-aground/", D(2016, 11, 12)),
        ("https://news.example/local/ferry-aground-20160209-story.html", D(2016, 2, 9)),
        ("https://news.example/local/ferry_aground_20160209", D(2016, 2, 9)),
        ("https://news.example/ferry/20161112/kelby/aground", D(2016, 11, 12)),
        ("https://news.example/2016/11/12", D(2016, 11, 12)),
    ],
)
def test_date_in_url_reads_the_path(url: str, expected: dt.date):
    assert date_in_url(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "https://news.example/story/38291014/ferry-runs-aground",  # an id, not a date
        "https://news.example/2016/11/ferry-runs-aground",  # a month is not a day
        "https://news.example/2016/11/5-things-about-the-ferry",  # the slug's number
        "https://news.example/ferry-19851112-aground",  # before the web's news archives
        "https://news.example/ferry-20161332-aground",  # no 32nd of the 13th month
        "https://news.example/2016/11/12/ferry-20161113-aground",  # two dates that disagree
        "https://news.example/ferry?date=2016-11-12",  # the query is not the path
    ],
)
def test_date_in_url_does_not_read_what_is_not_a_date(url: str):
    assert date_in_url(url) is None


def test_an_archived_copy_is_dated_by_its_original_url_not_the_archiving_time():
    archived = "http://web.archive.org/web/20170420145531/http://news.example/2016/11/12/ferry-runs-aground/"
    assert date_in_url(archived) == D(2016, 11, 12)
    # the archive's own timestamp is never the publication
    assert (
        date_in_url("http://web.archive.org/web/20170420145531/http://news.example/ferry-runs-aground")
        is None
    )
    # and an original dated after its own archiving cannot be right
    assert (
        date_in_url("http://web.archive.org/web/20160420145531/http://news.example/2016/11/12/ferry/") is None
    )


# --------------------------------------------------------------------------
# Order of trust and the loaders


def test_resolve_trusts_metadata_then_the_dateline_then_the_url():
    text = "Posted: July 5, 2015\n" + LEAD
    url = "https://news.example/2015/07/04/ferry/"
    assert resolve(D(2015, 7, 6), text, url) == (D(2015, 7, 6), "metadata")
    assert resolve(None, text, url) == (D(2015, 7, 5), "dateline")
    assert resolve(None, LEAD, url) == (D(2015, 7, 4), "url")
    assert resolve(None, LEAD, None) == (None, None)


def test_loaders_record_where_each_date_came_from(tmp_path):
    story = tmp_path / "story"
    story.mkdir()
    (story / "a.md").write_text(
        "---\npublished: 2015-07-06\nurl: https://news.example/2015/07/04/ferry/\n---\n\nPosted: July 5, 2015\n"
        + LEAD,
        encoding="utf-8",
    )
    (story / "b.md").write_text(
        "---\nurl: https://news.example/2015/07/04/ferry/\n---\n\nPosted: July 5, 2015\n" + LEAD,
        encoding="utf-8",
    )
    (story / "c.md").write_text(
        "---\nurl: https://news.example/2015/07/04/ferry/\n---\n\n" + LEAD, encoding="utf-8"
    )
    (story / "d.txt").write_text(LEAD, encoding="utf-8")
    sources = {source.id: source for source in load_sources([story]).sources}
    found = {key: (source.published, source.published_from) for key, source in sources.items()}
    assert found == {
        "a": (D(2015, 7, 6), "metadata"),
        "b": (D(2015, 7, 5), "dateline"),
        "c": (D(2015, 7, 4), "url"),
        "d": (None, None),
    }
    # the date line stays in the text: offsets into it do not move
    assert sources["b"].text.lstrip("\n").startswith("Posted: July 5, 2015\n")


def test_the_published_option_is_metadata_and_wins_over_the_dateline(tmp_path):
    (tmp_path / "a.md").write_text("Posted: July 5, 2015\n" + LEAD, encoding="utf-8")
    source = load_sources([tmp_path / "a.md"], LoadOptions(published=D(2015, 7, 9))).sources[0]
    assert (source.published, source.published_from) == (D(2015, 7, 9), "metadata")


ARCHIVED = "http://web.archive.org/web/20150710093000/http://news.example/ferry-aground.html"


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (D(2019, 2, 1), D(2015, 7, 10)),  # years after the copy: a site's later date, not the publication
        (D(2015, 7, 11), None),  # a day later: the archive's clock and the page's time zone
        (D(2015, 7, 9), None),
        (None, None),
    ],
)
def test_a_date_after_the_archive_copied_the_page_cannot_be_the_publication(published, expected):
    assert archived_before(published, ARCHIVED) == expected
    assert archived_before(published, "https://news.example/ferry-aground.html") is None


def test_a_metadata_date_after_the_archive_copy_is_warned_about_and_the_dateline_used(tmp_path):
    (tmp_path / "a.md").write_text(
        f"---\npublished: 2019-02-01\nurl: {ARCHIVED}\n---\n\nPosted: July 5, 2015\n" + LEAD,
        encoding="utf-8",
    )
    loaded = load_sources([tmp_path])
    (source,) = loaded.sources
    assert (source.published, source.published_from) == (D(2015, 7, 5), "dateline")
    (warning,) = loaded.diagnostics
    assert warning.code == "W110" and "2019-02-01" in warning.message and "2015-07-10" in warning.message
    # a date the user gives is theirs to answer for
    given = load_sources([tmp_path], LoadOptions(published=D(2019, 2, 1)))
    assert given.sources[0].published == D(2019, 2, 1) and not given.diagnostics


def test_check_json_reports_a_date_read_from_the_first_line(run_cli, tmp_path):
    (tmp_path / "aground.md").write_text(
        "Updated 4:12 p.m. ET, Fri March 6, 2009\n\nA ferry ran aground off Kelby yesterday, the coastguard said.\n",
        encoding="utf-8",
    )
    result = run_cli("check", tmp_path / "aground.md", "--format", "json", "--exit-zero")
    assert result.exit_code == 0, result.stderr
    (source,) = json.loads(result.stdout)["sources"]
    assert source["published"] == "2009-03-06"
    assert source["published_from"] == "dateline"


def test_a_word_draft_reads_its_date_line_like_any_source(tmp_path):
    import docx

    from factcheck.read.drafts import load_draft

    document = docx.Document()
    for paragraph in ("Posted: Sunday, July 5, 2015", "A ferry ran aground off Kelby yesterday."):
        document.add_paragraph(paragraph)
    document.save(tmp_path / "draft.docx")
    draft = load_draft(str(tmp_path / "draft.docx"))
    assert (draft.published, draft.published_from) == (D(2015, 7, 5), "dateline")
    given = load_draft(str(tmp_path / "draft.docx"), LoadOptions(published=D(2015, 7, 9)))
    assert (given.published, given.published_from) == (D(2015, 7, 9), "metadata")
