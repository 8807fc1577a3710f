"""Reading and echoing what a user's files hold, whatever they hold.

Input files are written by people and scrapers, not by us: a JSON line may
nest thousands deep, hold a 5,000-digit number or a lone UTF-16 surrogate
(``"\\ud800"``), a YAML header may expand aliases into gigabytes, a file name
or an article line may carry terminal escape sequences or GitHub workflow
commands. Each helper here turns such input into either a value factcheck
can use or a :class:`ValueError` whose message is one short line, and
:func:`inert_log_line` keeps a line of the user's text from being read as a CI log command
(:func:`factcheck.errors.printable` escapes its control characters).

Only the standard library is imported: every layer from read/ up may use it.
"""

from __future__ import annotations

import json
import re
from typing import Any

# A JSON number longer than this is refused before Python's int() would raise (its limit is 4,300
# digits) or a float would silently turn it into inf: no real metadata value needs that many.
MAX_NUMBER_CHARS = 400

_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _int(text: str) -> int:
    if len(text) > MAX_NUMBER_CHARS:
        raise ValueError(f"a number has {len(text):,} digits")
    return int(text)


def _float(text: str) -> float:
    if len(text) > MAX_NUMBER_CHARS:
        raise ValueError(f"a number has {len(text):,} characters")
    return float(text)


def _has_surrogate(value: Any) -> bool:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if _SURROGATE.search(item):
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def load_json(text: str | bytes) -> Any:
    """``json.loads`` that raises :class:`ValueError` with a one-line reason for anything a
    later stage could not handle: bad syntax (a :class:`json.JSONDecodeError`, with its
    position), nesting too deep for the parser, an over-long number, and a
    lone surrogate (a string no UTF-8 file can hold)."""
    try:
        value = json.loads(text, parse_int=_int, parse_float=_float)
    except RecursionError:
        raise ValueError("the JSON is nested too deeply") from None
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    if _SURROGATE_ESCAPE.search(text) and _has_surrogate(value):
        raise ValueError("a string holds a lone UTF-16 surrogate (\\ud800-\\udfff), not a character")
    return value


def json_problem(error: ValueError) -> str:
    """The one-line reason of an error :func:`load_json` raised."""
    if isinstance(error, json.JSONDecodeError):
        where = f"line {error.lineno} column" if error.lineno > 1 else "column"
        return f"{error.msg} at {where} {error.colno}"
    return str(error)


_LEGACY_COMMAND = "##["


def inert_log_line(line: str) -> str:
    """``line`` as a CI runner will not read a workflow command in it: GitHub's runner takes a
    line whose first non-blank characters are ``::`` as a command (``::error ...::``), and a
    ``##[`` anywhere in a line as one of the older form (``##[error]...``). A space is put inside
    each: the reader sees the same text, the runner sees none."""
    stripped = line.lstrip()
    if stripped.startswith("::"):
        line = line[: len(line) - len(stripped)] + ": :" + stripped[2:]
    if _LEGACY_COMMAND in line:
        line = line.replace(_LEGACY_COMMAND, "## [")
    return line


def load_yaml(text: str, loader: Any) -> Any:
    """``yaml.load(text, Loader=loader)`` for a file a user wrote: aliases (``*name``) are refused,
    as a few lines of them expand to gigabytes (and one that names itself never ends); nesting too
    deep for the constructor and an integer past Python's digit limit are :class:`ValueError` too.
    PyYAML's own errors (:class:`yaml.YAMLError`) pass through, with their line."""
    import yaml

    if "*" in text:  # no alias without one: the event scan is paid only where one may be
        for event in yaml.parse(text, Loader=loader):
            if isinstance(event, yaml.AliasEvent):
                line = event.start_mark.line if event.start_mark is not None else None
                raise YamlRefused(f"a YAML alias (*{event.anchor}) is not allowed here", line)
    try:
        return yaml.load(text, Loader=loader)
    except RecursionError:
        raise YamlRefused("the YAML is nested too deeply") from None
    except ValueError as error:  # an integer past Python's digit limit, a bad timestamp or base64
        raise YamlRefused(f"a value cannot be read ({' '.join(str(error).split())[:100]})") from None


class YamlRefused(ValueError):
    """What :func:`load_yaml` refuses; ``line`` counts from 0 in the text given, when known."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.line = line
