"""TimeML in and out: .tml files load as sources, and tagged output is valid TimeML that round-trips."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from paths import FIXTURES

from factcheck.errors import TimeMLError
from factcheck.extract.timex import find_times, tag_source
from factcheck.read.loaders import load_sources
from factcheck.read.timeml import read_timeml, write_timeml
from factcheck.records import Segment, Source

TML = FIXTURES / "timeml"


def _source(text: str, published: dt.date | None = dt.date(2024, 6, 17)) -> Source:
    return Source(id="court-1", path="court.txt", text=text, published=published, content_hash="x")


def _whole(source: Source) -> list[Segment]:
    return [Segment(source=source.id, index=0, start=0, end=len(source.text), text=source.text)]


def _timexes(document: str) -> list[ET.Element]:
    return ET.fromstring(document).findall("./TEXT/TIMEX3")


def test_read_timeml_takes_the_text_element_and_the_dct():
    source = read_timeml(TML / "quake.tml")
    assert source.id == "quake_01"
    assert source.published == dt.date(2024, 6, 17)
    assert "quake struck the coast on Friday, killing 10 people & injuring 80." in source.text
    assert "<" not in source.text  # inline EVENT and TIMEX3 tags are dropped, their text kept


def test_read_timeml_accepts_a_compact_dct_and_a_title():
    source = read_timeml(TML / "election.tml")
    assert source.published == dt.date(2023, 11, 5)
    assert source.title == "Runoff set for December"


def test_write_timeml_tags_the_expressions_with_type_value_and_mod():
    text = "The jury deliberated for less than five hours on Friday & the verdict came at 3 p.m."
    source = _source(text)
    document = write_timeml(source, find_times(source, _whole(source)))
    tags = _timexes(document)
    assert [(t.text, t.get("type"), t.get("value"), t.get("mod")) for t in tags] == [
        ("less than five hours", "DURATION", "PT5H", "LESS_THAN"),
        ("Friday", "DATE", "2024-06-14", None),
        ("3 p.m.", "TIME", "2024-06-14T15:00", None),
    ]
    assert [t.get("tid") for t in tags] == ["t1", "t2", "t3"]


def test_write_timeml_has_the_creation_time_in_the_dct():
    source = _source("Polls closed yesterday.")
    dct = ET.fromstring(write_timeml(source, find_times(source, _whole(source)))).find("./DCT/TIMEX3")
    assert dct is not None
    assert (dct.get("value"), dct.get("functionInDocument"), dct.get("type")) == (
        "2024-06-17",
        "CREATION_TIME",
        "DATE",
    )


def test_write_timeml_text_without_tags_is_the_source_text():
    text = 'The court said <"guilty"> & adjourned on 3 May 2022.\r\nSentencing follows next week.'
    source = _source(text)
    root = ET.fromstring(write_timeml(source, find_times(source, _whole(source))))
    body = root.find("./TEXT")
    assert body is not None
    assert "".join(body.itertext()) == text
    assert len(body.findall("TIMEX3")) == 2


def test_written_timeml_reads_back_to_the_same_source_text(tmp_path):
    source = read_timeml(TML / "election.tml")
    path = tmp_path / "tagged.tml"
    path.write_text(tag_source(source), encoding="utf-8")
    again = read_timeml(path)
    assert (again.text, again.published, again.id) == (source.text, source.published, source.id)


def test_bad_xml_is_an_input_error_with_the_line(tmp_path):
    path = tmp_path / "broken.tml"
    path.write_text("<TimeML>\n<TEXT>unclosed\n</TimeML>\n", encoding="utf-8")
    with pytest.raises(TimeMLError) as error:
        load_sources([path])
    assert error.value.code == "E110" and error.value.line == 3


def test_missing_text_element_is_an_input_error(tmp_path):
    path = tmp_path / "empty.tml"
    path.write_text("<TimeML><DOCID>x</DOCID></TimeML>", encoding="utf-8")
    with pytest.raises(TimeMLError, match="no TEXT element"):
        load_sources([path])


def test_cli_extract_writes_timeml(run_cli):
    result = run_cli("extract", TML / "quake.tml", "--format", "timeml")
    assert result.exit_code == 0, result.stderr
    tags = _timexes(result.stdout)
    assert [(t.text, t.get("value")) for t in tags] == [("Friday", "2024-06-14"), ("two days", "P2D")]


def test_cli_timeml_wants_one_source(run_cli):
    result = run_cli("extract", TML / "quake.tml", TML / "election.tml", "--format", "timeml")
    assert result.exit_code == 2
    assert "E300" in result.stderr


_XML_SAFE = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff")
    | st.sampled_from("\n\r\t"),
    max_size=120,
)
_WORDS = st.sampled_from(
    "on Friday since 2019 for two days & < > \" ' at 3 p.m. June 19-20 in 2000 next week".split(" ")
)


@settings(max_examples=150, deadline=None)
@given(st.one_of(_XML_SAFE, st.lists(_WORDS, max_size=30).map(" ".join)))
def test_write_timeml_round_trips_any_text(text):
    source = _source(text)
    root = ET.fromstring(write_timeml(source, find_times(source, _whole(source))))
    body = root.find("./TEXT")
    assert body is not None and "".join(body.itertext()) == text
