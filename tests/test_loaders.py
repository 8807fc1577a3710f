"""Loading sources: each format, each encoding, metadata layers, and every bad-input case."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from paths import FIXTURES

from factcheck.errors import BadRecordError, FrontMatterError, InputError
from factcheck.read.loaders import LoadOptions, decode, load_sources

LOADERS = FIXTURES / "loaders"
ARTICLE = "Ferry runs aground\nA ferry carrying 212 passengers ran aground off Kelby on Sunday, the coastguard said.\n"


def only_source(path: Path | str, **options):
    loaded = load_sources([path], LoadOptions(**options))
    assert len(loaded.sources) == 1
    return loaded.sources[0]


# --------------------------------------------------------------------------
# Formats


def test_plain_text_is_the_whole_file_with_the_stem_as_id():
    source = only_source(LOADERS / "quake.txt")
    raw = (LOADERS / "quake.txt").read_text(encoding="utf-8")
    assert source.id == "quake"
    assert source.path == (LOADERS / "quake.txt").as_posix()
    assert source.text == raw
    assert source.content_hash == hashlib.sha256(raw.encode("utf-8")).hexdigest()
    assert source.published is None


def test_markdown_front_matter_gives_metadata_and_the_text_after_it():
    source = only_source(LOADERS / "court.md")
    assert source.title == "Jury convicts driver in bus crash case"
    assert source.outlet == "The Riverside Ledger"
    assert source.url == "https://ledger.example/court/bus-crash"
    assert source.published == dt.date(2023, 11, 7)
    assert source.story == "riverside-bus-crash"
    assert source.metadata == {"section": "Courts", "tags": '["courts", "transport"]'}
    assert source.text.startswith("A jury on Monday convicted Dana Holt, 41,")
    assert source.text.endswith("Sentencing is set for January.\n")


def test_markdown_without_front_matter_is_all_text(tmp_path):
    (tmp_path / "note.md").write_text("# Heading\n\nText --- with dashes.\n", encoding="utf-8")
    assert only_source(tmp_path / "note.md").text == "# Heading\n\nText --- with dashes.\n"


def test_html_keeps_the_article_and_drops_navigation_and_footer():
    source = only_source(LOADERS / "election.html")
    assert "Turnout in Sunday's municipal election in Ostberg reached 71 percent" in source.text
    assert "The Green List won 14 of the council's 45 seats" in source.text
    assert "Politics" not in source.text
    assert "Terms of use" not in source.text
    assert source.title == "Turnout hits record in Ostberg vote"
    assert source.outlet == "Northern Courier"
    assert source.published == dt.date(2022, 5, 9)


def test_html_date_comes_from_metadata_only_never_from_the_body():
    source = only_source(LOADERS / "storm.html")
    assert "March 3, 2019" in source.text
    assert source.published is None


def test_jsonl_gives_one_source_per_record_with_its_fields():
    sources = load_sources([LOADERS / "corpus.jsonl"]).sources
    assert [s.id for s in sources] == ["wire-001", "corpus#3"]
    first, second = sources
    assert first.text.startswith("A fire destroyed a warehouse in the port of Halden")
    assert (first.title, first.outlet, first.published, first.story) == (
        "Warehouse fire in Halden",
        "Wire Service",
        dt.date(2021, 8, 3),
        "halden-fire",
    )
    assert first.metadata == {"desk": "regional"}
    assert second.published == dt.date(2021, 8, 4)
    assert {s.path for s in sources} == {(LOADERS / "corpus.jsonl").as_posix()}


def test_jsonl_bad_line_names_the_line(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"text": "One."}\n{"text": \n', encoding="utf-8")
    with pytest.raises(BadRecordError) as caught:
        load_sources([corpus])
    assert caught.value.line == 2
    assert f"{corpus.as_posix()}:2: E109" in str(caught.value)


def test_jsonl_keep_going_skips_bad_records(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        '{"text": "One."}\n[1, 2]\n{"text": "Three.", "published": "2020-13-01"}\n', encoding="utf-8"
    )
    loaded = load_sources([corpus], LoadOptions(keep_going=True))
    assert [s.id for s in loaded.sources] == ["c#1"]
    assert [(d.code, d.line) for d in loaded.diagnostics if d.code != "W109"] == [("E109", 2), ("E106", 3)]


def test_directory_is_read_recursively_in_sorted_order_skipping_hidden_and_unknown(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Two.", encoding="utf-8")
    (tmp_path / "a" / "one.md").write_text("One.", encoding="utf-8")
    (tmp_path / "z.txt").write_text("Zed.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden.", encoding="utf-8")
    (tmp_path / ".git" / "x.txt").write_text("Git.", encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\x00")
    (tmp_path / "z.txt.meta.yaml").write_text("published: 2020-01-01\n", encoding="utf-8")
    sources = load_sources([tmp_path]).sources
    assert [s.id for s in sources] == ["one", "two", "z"]
    assert sources[2].published == dt.date(2020, 1, 1)


def test_same_file_given_twice_is_one_source(tmp_path):
    (tmp_path / "a.txt").write_text("Alpha.", encoding="utf-8")
    assert len(load_sources([tmp_path, tmp_path / "a.txt"]).sources) == 1


def test_symbolic_links_neither_duplicate_a_file_nor_lead_into_another_folder(tmp_path):
    story, elsewhere = tmp_path / "story", tmp_path / "elsewhere"
    story.mkdir()
    elsewhere.mkdir()
    (story / "a.txt").write_text("Alpha.", encoding="utf-8")
    (story / "same.txt").symlink_to(story / "a.txt")
    (elsewhere / "b.txt").write_text("Beta.", encoding="utf-8")
    (story / "linked").symlink_to(elsewhere, target_is_directory=True)
    assert [s.text for s in load_sources([story]).sources] == ["Alpha."]


def test_clashing_stems_get_ids_from_their_paths(tmp_path):
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(f"From {folder}.", encoding="utf-8")
    ids = [s.id for s in load_sources([tmp_path]).sources]
    assert ids == [(tmp_path / "x" / "story.txt").as_posix(), (tmp_path / "y" / "story.txt").as_posix()]


def test_stdin_is_read_with_a_dash(run_cli):
    result = run_cli("check", "-", "--format", "json", input=ARTICLE)
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert [(s["id"], s["path"]) for s in report["sources"]] == [("stdin", "-")]


def test_stdin_markdown_front_matter_is_recognised(run_cli):
    result = run_cli("check", "-", "--format", "json", input="---\npublished: 2024-01-02\n---\n" + ARTICLE)
    assert json.loads(result.stdout)["sources"][0]["published"] == "2024-01-02"


# --------------------------------------------------------------------------
# Metadata layers


def test_sidecar_overrides_front_matter(tmp_path):
    article = tmp_path / "story.md"
    article.write_text("---\ntitle: Old\npublished: 2020-01-01\n---\n" + ARTICLE, encoding="utf-8")
    (tmp_path / "story.md.meta.json").write_text(
        '{"published": "2020-02-02", "desk": "metro"}', encoding="utf-8"
    )
    source = only_source(article)
    assert (source.title, source.published, source.metadata) == (
        "Old",
        dt.date(2020, 2, 2),
        {"desk": "metro"},
    )


def test_published_option_overrides_everything(tmp_path):
    article = tmp_path / "story.md"
    article.write_text("---\npublished: 2020-01-01\n---\n" + ARTICLE, encoding="utf-8")
    (tmp_path / "story.md.meta.yaml").write_text("published: 2020-02-02\n", encoding="utf-8")
    assert only_source(article, published=dt.date(2024, 6, 17)).published == dt.date(2024, 6, 17)


def test_broken_sidecar_is_an_input_error(tmp_path):
    article = tmp_path / "story.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "story.txt.meta.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    with pytest.raises(FrontMatterError) as caught:
        load_sources([article])
    assert caught.value.path == (tmp_path / "story.txt.meta.yaml").as_posix()


# --------------------------------------------------------------------------
# Encodings

TEXT_WITH_ACCENTS = "Café owner José Müller, 52, said the “blast” shook the street.\n"


@pytest.mark.parametrize(
    "encoded",
    [
        TEXT_WITH_ACCENTS.encode("utf-8"),
        b"\xef\xbb\xbf" + TEXT_WITH_ACCENTS.encode("utf-8"),
        b"\xff\xfe" + TEXT_WITH_ACCENTS.encode("utf-16-le"),
        b"\xfe\xff" + TEXT_WITH_ACCENTS.encode("utf-16-be"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom"],
)
def test_unicode_encodings_decode_without_warning_and_without_bom(tmp_path, encoded):
    (tmp_path / "a.txt").write_bytes(encoded)
    loaded = load_sources([tmp_path / "a.txt"], LoadOptions(published=dt.date(2024, 5, 3)))
    assert loaded.sources[0].text == TEXT_WITH_ACCENTS
    assert loaded.diagnostics == []


def test_legacy_encoding_falls_back_to_cp1252_with_a_warning(tmp_path, run_cli):
    (tmp_path / "old.txt").write_bytes(TEXT_WITH_ACCENTS.encode("cp1252"))
    loaded = load_sources([tmp_path / "old.txt"], LoadOptions(published=dt.date(2024, 5, 3)))
    assert loaded.sources[0].text == TEXT_WITH_ACCENTS
    assert [(d.code, d.path) for d in loaded.diagnostics] == [("W108", (tmp_path / "old.txt").as_posix())]
    result = run_cli("check", tmp_path / "old.txt")
    assert result.exit_code == 0
    assert (
        f"factcheck: warning: {(tmp_path / 'old.txt').as_posix()}: W108 not valid UTF-8, read as cp1252"
        in (result.stderr)
    )


def test_bytes_cp1252_cannot_map_fall_back_to_latin1(tmp_path):
    (tmp_path / "odd.txt").write_bytes(b"Caf\xe9 \x81 opened.")
    loaded = load_sources([tmp_path / "odd.txt"])
    assert loaded.sources[0].text == "Café \x81 opened."
    assert "latin-1" in loaded.diagnostics[0].message


# --------------------------------------------------------------------------
# Bad input: one line naming the file, the problem and the fix; exit code 2


def _missing(tmp_path: Path) -> Path:
    return tmp_path / "nowhere.txt"


def _empty_directory(tmp_path: Path) -> Path:
    (tmp_path / "story").mkdir()
    (tmp_path / "story" / "notes.docx").write_bytes(b"PK")
    return tmp_path / "story"


def _write(name: str, data: bytes):
    def make(tmp_path: Path) -> Path:
        (tmp_path / name).write_bytes(data)
        return tmp_path / name

    return make


BAD_INPUTS = [
    ("missing", _missing, "E101", "no such file or directory"),
    ("no-sources", _empty_directory, "E102", "no readable sources in this directory"),
    ("binary", _write("scan.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "E103", "binary data"),
    ("empty", _write("empty.txt", b""), "E104", "the file is empty"),
    ("whitespace", _write("blank.md", b"  \n\t\n"), "E104", "the file is empty"),
    ("unclosed-front-matter", _write("a.md", b"---\ntitle: A\nText.\n"), "E105", "never closed"),
    ("bad-yaml", _write("b.md", b"---\ntitle: [A\n---\nText.\n"), "E105", "not valid YAML"),
    (
        "impossible-date",
        _write("c.md", b"---\npublished: 2024-02-30\n---\nText.\n"),
        "E106",
        "does not exist",
    ),
    ("undecodable", _write("d.txt", b"\xff\xfeA"), "E108", "invalid utf-16-le"),
]


@pytest.mark.parametrize(
    ("make", "code", "problem"), [case[1:] for case in BAD_INPUTS], ids=[c[0] for c in BAD_INPUTS]
)
def test_bad_input_is_one_line_naming_file_and_problem_with_exit_code_2(
    tmp_path, run_cli, make, code, problem
):
    path = make(tmp_path)
    result = run_cli("check", path)
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"factcheck: error: {path.as_posix()}")
    assert f": {code} " in lines[0]
    assert problem in lines[0]
    assert lines[0].endswith(")")  # the hint on how to fix it


def test_file_over_the_size_limit_is_refused(tmp_path, run_cli):
    (tmp_path / "long.txt").write_text(ARTICLE, encoding="utf-8")
    result = run_cli("check", tmp_path / "long.txt", "--max-bytes", "20")
    assert result.exit_code == 2
    assert result.stderr == (
        f"factcheck: error: {(tmp_path / 'long.txt').as_posix()}: E107 the file is {len(ARTICLE.encode()):,} bytes, "
        "over the limit of 20 (raise the limit with --max-bytes or split the file)\n"
    )


def test_impossible_published_option_is_a_usage_error(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = run_cli("check", tmp_path / "a.txt", "--published", "2023-02-29")
    assert result.exit_code == 2
    assert result.stderr.startswith(
        "factcheck: error: --published: E106 the published date '2023-02-29' does not exist"
    )


def test_keep_going_turns_bad_inputs_into_warnings_and_checks_the_rest(tmp_path, run_cli):
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    bad_paths = [make(tmp_path) for name, make, *_ in BAD_INPUTS if name not in ("missing", "no-sources")]
    result = run_cli("check", tmp_path, tmp_path / "gone.txt", "--keep-going", "--format", "json")
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert [s["id"] for s in report["sources"]] == ["good"]
    # the good source has no date either: that is W109, a warning of its own
    codes = sorted(d["code"] for d in report["diagnostics"] if d["code"] != "W109")
    assert codes == sorted(
        ["E101"] + [code for name, _, code, _ in BAD_INPUTS if name not in ("missing", "no-sources")]
    )
    warnings = [line for line in result.stderr.splitlines() if line.startswith("factcheck: warning: ")]
    # each bad input, the missing path, and good.txt's missing date: each once
    assert len(warnings) == len(bad_paths) + 2
    assert sum("good.txt: W109 no publication date" in line for line in warnings) == 1


def test_keep_going_with_nothing_loadable_is_still_an_error(tmp_path, run_cli):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run_cli("check", tmp_path / "empty.txt", "--keep-going")
    assert result.exit_code == 2
    assert "E102 no source could be loaded" in result.stderr


def test_library_raises_input_errors_with_their_code(tmp_path):
    with pytest.raises(InputError) as caught:
        load_sources([tmp_path / "missing.md"])
    assert caught.value.code == "E101"


def test_nothing_is_ever_written_next_to_an_input(tmp_path, run_cli):
    (tmp_path / "a.md").write_text("---\ntitle: A\n---\n" + ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    before = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*")}
    for command in ("check", "extract"):
        assert run_cli(command, tmp_path).exit_code == 0
    after = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*")}
    assert after == before
    assert sorted(os.listdir(tmp_path)) == ["a.md", "b.txt"]


def test_front_matter_with_windows_line_endings(tmp_path):
    (tmp_path / "w.md").write_bytes(
        b"---\r\ntitle: Flood\r\npublished: 2021-07-15\r\n---\r\nRivers rose.\r\n"
    )
    source = only_source(tmp_path / "w.md")
    assert (source.title, source.published, source.text) == (
        "Flood",
        dt.date(2021, 7, 15),
        "Rivers rose.\r\n",
    )


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_decode_to_text_or_a_named_input_error(data):
    try:
        text, _ = decode(data, "x.txt")
    except InputError as error:
        assert error.path == "x.txt"
        assert error.code in ("E103", "E108")
    else:
        assert isinstance(text, str)
        assert "\x00" not in text


def test_every_bad_input_is_named_in_one_run(run_cli, tmp_path) -> None:
    from factcheck.errors import InputErrors

    story = tmp_path / "story"
    story.mkdir()
    (story / "a.md").write_text("---\npublished: 2024-02-30\n---\nThe ferry sank.\n", encoding="utf-8")
    (story / "b.txt").write_text("", encoding="utf-8")
    (story / "c.txt").write_text("The ferry sank on Friday.\n", encoding="utf-8")
    with pytest.raises(InputErrors) as raised:
        load_sources([story, tmp_path / "missing.md"])
    assert [error.code for error in raised.value.errors] == ["E106", "E104", "E101"]
    result = run_cli("check", story, tmp_path / "missing.md")
    assert result.exit_code == 2 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 3 and all(line.startswith("factcheck: error: ") for line in lines)
    assert ["a.md" in lines[0], "b.txt" in lines[1], "missing.md" in lines[2]] == [True] * 3


def test_one_bad_input_is_raised_as_itself() -> None:
    from factcheck.errors import MissingPathError

    with pytest.raises(MissingPathError):
        load_sources(["/nonexistent/factcheck/story.md"])


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ('{"text": ' + "[" * 20_000 + "]" * 20_000 + "}", "nested too deeply"),
        ('{"text": "One.", "n": ' + "7" * 5_000 + "}", "5,000 digits"),
        ('{"text": "One \\udc00 two."}', "lone UTF-16 surrogate"),
    ],
)
def test_jsonl_hostile_line_is_a_bad_record_and_keep_going_reads_the_rest(tmp_path, line, problem):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(line + '\n{"text": "Two boats sank."}\n', encoding="utf-8")
    with pytest.raises(BadRecordError, match=problem):
        load_sources([corpus])
    loaded = load_sources([corpus], LoadOptions(keep_going=True))
    assert [s.text for s in loaded.sources] == ["Two boats sank."]
    assert [(d.code, d.line) for d in loaded.diagnostics if d.code != "W109"] == [("E109", 1)]


def test_sidecar_with_hostile_json_is_a_front_matter_error(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.txt.meta.json").write_text('{"title": "\\ud800"}', encoding="utf-8")
    with pytest.raises(FrontMatterError, match="surrogate"):
        load_sources([tmp_path / "a.txt"])


def test_symbolic_link_loops_in_a_folder_are_reported_not_a_crash(tmp_path, run_cli):
    story = tmp_path / "story"
    (story / "sub").mkdir(parents=True)
    (story / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (story / "self").symlink_to(story / "self")  # no source's name: passed over
    (story / "sub" / "up").symlink_to(story, target_is_directory=True)
    (story / "loop.txt").symlink_to(story / "loop.txt")
    stopped = run_cli("check", story, "--no-cache")
    assert stopped.exit_code == 2 and stopped.stderr.count("factcheck: error") == 1
    assert "loop.txt" in stopped.stderr and "loops" in stopped.stderr
    kept = run_cli("check", story, "--no-cache", "--keep-going", "--format", "json")
    assert kept.exit_code in (0, 1)
    assert [line.split(": E100")[0] for line in kept.stderr.splitlines() if ": E100" in line] == [
        f"factcheck: warning: {(story / 'loop.txt').as_posix()}"
    ]
    assert len(json.loads(kept.stdout)["sources"]) == 1
    looping = run_cli("check", story / "self", "--no-cache")
    assert looping.exit_code == 2 and "leads nowhere" in looping.stderr


def test_an_unlistable_sub_folder_is_a_problem_not_silence(tmp_path, monkeypatch):
    story = tmp_path / "story"
    (story / "locked").mkdir(parents=True)
    (story / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (story / "locked" / "b.txt").write_text(ARTICLE, encoding="utf-8")
    scandir = os.scandir

    def refuse_locked(path):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied")
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refuse_locked)
    with pytest.raises(InputError, match="cannot list the folder: Permission denied"):
        load_sources([story])
    loaded = load_sources([story], LoadOptions(keep_going=True))
    assert [s.path for s in loaded.sources] == [(story / "a.txt").as_posix()]
    assert [d.path for d in loaded.diagnostics if d.code != "W109"] == [(story / "locked").as_posix()]


def test_a_hostile_file_name_stays_on_one_escaped_line_on_stderr(tmp_path, run_cli):
    story = tmp_path / "story"
    story.mkdir()
    (story / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (story / "bad\x1b[31m\n::error x.md").write_text(
        "---\npublished: 2024-02-30\n---\nText.\n", encoding="utf-8"
    )
    stopped = run_cli("check", story, "--no-cache")
    assert stopped.exit_code == 2 and stopped.stderr.count("factcheck: error") == 1
    assert "bad\\x1b[31m\\x0a::error x.md: E106" in stopped.stderr and "\x1b" not in stopped.stderr
    kept = run_cli("check", story, "--no-cache", "--keep-going")
    warnings = [line for line in kept.stderr.splitlines() if "E106" in line]
    assert len(warnings) == 1 and warnings[0].startswith("factcheck: warning: ")
    assert not any(line.lstrip().startswith("::") for line in kept.stderr.splitlines())


BILLION_LAUGHS = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{name}: &{name} [{', '.join([f'*{previous}'] * 9)}]\n"
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True)
)


@pytest.mark.parametrize(
    ("metadata", "problem"),
    [
        (BILLION_LAUGHS, "YAML alias (*a) is not allowed"),
        ("a: &a [*a]\n", "YAML alias (*a) is not allowed"),
        ("count: " + "9" * 5000 + "\n", "a value cannot be read"),
        ("n: " + "[" * 5000 + "]" * 5000 + "\n", "nest"),
    ],
    ids=["alias-bomb", "self-alias", "huge-int", "deep"],
)
@pytest.mark.parametrize("where", ["front matter", "sidecar"])
def test_hostile_yaml_metadata_is_a_front_matter_error(tmp_path, metadata, problem, where):
    if where == "front matter":
        path = tmp_path / "a.md"
        path.write_text(f"---\n{metadata}---\n{ARTICLE}", encoding="utf-8")
    else:
        path = tmp_path / "a.txt"
        path.write_text(ARTICLE, encoding="utf-8")
        (tmp_path / "a.txt.meta.yaml").write_text(metadata, encoding="utf-8")
    with pytest.raises(FrontMatterError, match=re.escape(problem)):
        load_sources([path])


def test_an_asterisk_in_a_quoted_value_is_no_alias(tmp_path):
    (tmp_path / "a.md").write_text(f'---\ntitle: "5 * 3 = *fifteen*"\n---\n{ARTICLE}', encoding="utf-8")
    assert only_source(tmp_path / "a.md").title == "5 * 3 = *fifteen*"


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_pipe_or_a_device_as_a_path_is_refused_without_reading(tmp_path, run_cli, kind):
    if kind == "fifo":
        path = tmp_path / "pipe.txt"
        os.mkfifo(path)  # opened to read, it would wait for a writer forever
    else:
        path = Path(os.devnull)
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    stopped = run_cli("check", path, "--no-cache")
    assert stopped.exit_code == 2 and "not a regular file" in stopped.stderr
    kept = run_cli("check", path, tmp_path / "a.txt", "--no-cache", "--keep-going", "--format", "json")
    assert "not a regular file" in kept.stderr and len(json.loads(kept.stdout)["sources"]) == 1
