"""What a folder walk leaves out: gitignore patterns, build and tool folders, --exclude."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from factcheck.read.ignore import compile_pattern, excluded
from factcheck.read.loaders import LoadOptions, load_sources

BASE = "/repo"


def _excluded(lines: list[str], path: str, is_dir: bool = False) -> bool:
    patterns = [p for line in lines if (p := compile_pattern(line, BASE)) is not None]
    return excluded(patterns, f"{BASE}/{path}", is_dir)


@pytest.mark.parametrize(
    ("lines", "path", "is_dir", "expected"),
    [
        (["*.bak.md"], "story/a.bak.md", False, True),
        (["*.bak.md"], "story/a.md", False, False),
        (["drafts/"], "x/drafts", True, True),  # no slash inside: any depth
        (["drafts/"], "x/drafts", False, False),  # a trailing slash: folders only
        (["/drafts"], "x/drafts", True, False),  # a leading slash anchors it
        (["/drafts"], "drafts", True, True),
        (["a/*/c.md"], "a/b/c.md", False, True),
        (["a/*/c.md"], "a/b/x/c.md", False, False),  # * stays within one segment
        (["a/**/c.md"], "a/b/x/c.md", False, True),
        (["**/old"], "deep/er/old", True, True),
        (["wire/**"], "wire/x/y.md", False, True),
        (["*.md", "!keep.md"], "story/keep.md", False, False),  # the last match wins
        (["# a comment", "", "x?.txt"], "xy.txt", False, True),
        (["report[0-9].md"], "report7.md", False, True),
        (["report[!0-9].md"], "report7.md", False, False),
    ],
)
def test_gitignore_patterns(lines, path, is_dir, expected) -> None:
    assert _excluded(lines, path, is_dir) is expected


def test_patterns_apply_only_below_their_folder() -> None:
    assert excluded([compile_pattern("*.md", "/repo/sub")], "/repo/a.md", False) is False
    assert excluded([compile_pattern("*.md", "/repo/sub")], "/repo/subway/a.md", False) is False
    assert excluded([compile_pattern("*.md", "/repo/sub")], "/repo/sub/a.md", False) is True


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


ARTICLE = "The Tarrow ferry ran aground on Friday with 40 people on board.\n"


def _read(root: Path, **options) -> list[str]:
    loaded = load_sources([root], LoadOptions(published=None, **options))
    return sorted(Path(source.path).relative_to(root).as_posix() for source in loaded.sources)


def test_walk_skips_build_tool_and_venv_folders(tmp_path) -> None:
    _write(
        tmp_path,
        {
            "story/a.md": ARTICLE,
            "factcheck.egg-info/PKG-INFO.txt": ARTICLE,
            "build/lib/b.md": ARTICLE,
            "__pycache__/c.txt": ARTICLE,
            "env/pyvenv.cfg": "home = /usr/bin\n",
            "env/lib/d.txt": ARTICLE,
        },
    )
    assert _read(tmp_path) == ["story/a.md"]


def test_walk_honours_gitignore_files_from_the_repository_top(tmp_path) -> None:
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    _write(
        tmp_path,
        {
            ".gitignore": "scratch/\n*.tmp.md\n",
            "stories/x/a.md": ARTICLE,
            "stories/x/a.tmp.md": ARTICLE,
            "stories/x/scratch/b.md": ARTICLE,
            "stories/x/.gitignore": "/notes.md\n",
            "stories/x/notes.md": ARTICLE,
            "stories/x/sub/notes.md": ARTICLE,
        },
    )
    # the walk starts below the repository's top, and still sees its .gitignore
    assert _read(tmp_path / "stories") == ["x/a.md", "x/sub/notes.md"]
    assert _read(tmp_path / "stories", gitignore=False) == [
        "x/a.md",
        "x/a.tmp.md",
        "x/notes.md",
        "x/scratch/b.md",
        "x/sub/notes.md",
    ]


def test_exclude_patterns_win_and_named_files_are_always_read(tmp_path) -> None:
    _write(tmp_path, {"a.md": ARTICLE, "old/b.md": ARTICLE, "c.md": ARTICLE})
    exclude = ((str(tmp_path), "old/"), (str(tmp_path), "/c.md"))
    assert _read(tmp_path, exclude=exclude) == ["a.md"]
    named = load_sources([tmp_path / "c.md"], LoadOptions(exclude=exclude))
    assert [Path(source.path).name for source in named.sources] == ["c.md"]


def test_check_exclude_flag_and_config_exclude(run_cli, tmp_path, monkeypatch) -> None:
    _write(
        tmp_path,
        {
            "story/a.md": ARTICLE,
            "story/b.md": ARTICLE.replace("40", "41"),
            "story/old/c.md": ARTICLE,
            "factcheck.toml": 'exclude = ["old/"]\n',
        },
    )
    monkeypatch.chdir(tmp_path)

    def paths(*flags: str) -> list[str]:
        import json

        result = run_cli(
            "check",
            "story",
            "--format",
            "json",
            "--exit-zero",
            "--published",
            "2024-05-03",
            "--config",
            "factcheck.toml",
            *flags,
        )
        assert result.exit_code == 0, result.stderr
        return [source["path"] for source in json.loads(result.stdout)["sources"]]

    assert paths() == ["story/a.md", "story/b.md"]
    assert paths("--exclude", "b.md") == ["story/a.md"]


def test_corpus_skips_excluded_and_tool_folders(run_cli, tmp_path) -> None:
    _write(
        tmp_path / "corpus",
        {
            "ferry/a.md": ARTICLE,
            "ferry/b.md": ARTICLE,
            "ferry.egg-info/c.md": ARTICLE,
            "drafts/d.md": ARTICLE,
        },
    )
    result = run_cli(
        "corpus",
        tmp_path / "corpus",
        "--out-dir",
        tmp_path / "out",
        "--exclude",
        "drafts/",
        "--published",
        "2024-05-03",
    )
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "out" / "reports").iterdir() if p.suffix == ".json") == [
        "ferry.json"
    ]
