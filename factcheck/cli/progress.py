"""Progress of a corpus run on stderr: stories done, findings so far and the time left.

Only on a terminal: piped or in a CI log, stderr keeps its warnings and nothing else. The
line is rewritten in place and cleared when the run ends; a warning printed meanwhile clears
it first (:func:`factcheck.cli.options.warn_text`), and the next story brings it back.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO


def _duration(seconds: float) -> str:
    seconds = max(0, round(seconds))
    if seconds < 60:
        return f"{seconds}s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes}m{seconds:02d}s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m"


class Progress:
    """``on_story(done, total, findings)`` of :func:`factcheck.run.corpus.check_corpus`."""

    def __init__(self, stream: TextIO | None = None, clock: Callable[[], float] = time.monotonic):
        self.stream = stream if stream is not None else sys.stderr
        isatty = getattr(self.stream, "isatty", None)
        self.active = bool(isatty and isatty())
        self.clock = clock
        self.started = clock()
        self.shown = False

    def __call__(self, done: int, total: int, findings: int) -> None:
        from factcheck.cli.options import warning_state

        if not self.active or warning_state()["quiet"]:
            return
        elapsed = self.clock() - self.started
        left = elapsed / done * (total - done) if done else 0.0
        plural = "s" if findings != 1 else ""
        line = f"factcheck: {done}/{total} stories, {findings} finding{plural} so far"
        if done < total:
            line += f", about {_duration(left)} left"
        self.stream.write(f"\r{line}\x1b[K")
        self.stream.flush()
        self.shown = True
        warning_state()["progress"] = True

    def close(self) -> None:
        """Clear the line, so that the summary and the prompt start clean."""
        from factcheck.cli.options import warning_state

        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            warning_state()["progress"] = False
