"""Corpus progress on stderr: only on a terminal, stories done, findings so far, time left."""

from __future__ import annotations

import io

from factcheck.cli.progress import Progress


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_shows_stories_findings_and_time_left_on_a_terminal() -> None:
    ticks = iter([100.0, 110.0, 130.0])  # start, after story 1, after story 2 (a fake clock)
    stream = _Terminal()
    progress = Progress(stream, clock=lambda: next(ticks))
    progress(1, 4, 0)
    progress(2, 4, 3)
    progress.close()
    lines = stream.getvalue().split("\r")
    assert lines[1] == "factcheck: 1/4 stories, 0 findings so far, about 30s left\x1b[K"
    assert lines[2] == "factcheck: 2/4 stories, 3 findings so far, about 30s left\x1b[K"
    assert lines[3] == "\x1b[K"  # cleared at the end


def test_progress_is_silent_when_stderr_is_not_a_terminal() -> None:
    stream = io.StringIO()
    progress = Progress(stream, clock=lambda: 0.0)
    progress(1, 2, 5)
    progress.close()
    assert stream.getvalue() == ""


def test_the_last_story_shows_no_time_left() -> None:
    stream = _Terminal()
    progress = Progress(stream, clock=lambda: 0.0)
    progress(3, 3, 1)
    assert stream.getvalue() == "\rfactcheck: 3/3 stories, 1 finding so far\x1b[K"
