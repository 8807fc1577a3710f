"""Hostile input: JSON a later stage could not handle, and text that must not steer a terminal or CI."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.errors import printable
from factcheck.read.untrusted import inert_log_line, json_problem, load_json

HOSTILE_JSON = {
    "deep": '{"text": ' + "[" * 50_000 + "]" * 50_000 + "}",
    "huge number": '{"n": ' + "9" * 5_000 + "}",
    "huge float": '{"n": 1.' + "5" * 5_000 + "}",
    "lone surrogate": '{"text": "a \\ud800 b"}',
    "lone surrogate key": '{"\\udfff": 1}',
}


@pytest.mark.parametrize("name", sorted(HOSTILE_JSON))
def test_hostile_json_is_a_value_error_with_a_one_line_reason(name: str) -> None:
    with pytest.raises(ValueError) as caught:
        load_json(HOSTILE_JSON[name])
    reason = json_problem(caught.value)
    assert reason and "\n" not in reason and len(reason) < 120


def test_a_surrogate_pair_and_an_escaped_backslash_are_ordinary_json() -> None:
    assert load_json('{"t": "\\ud83d\\ude00", "u": "\\\\ud800"}') == {"t": "\U0001f600", "u": "\\ud800"}


def test_a_syntax_error_names_its_column() -> None:
    with pytest.raises(ValueError) as caught:
        load_json('{"text": }')
    assert json_problem(caught.value) == "Expecting value at column 10"


def test_printable_escapes_terminal_and_log_controls() -> None:
    text = "a\x1b[2Jb\r\nc\x07\u202ed\x9b"
    assert printable(text) == "a\\x1b[2Jb\\x0d\\x0ac\\x07\\u202ed\\x9b"
    assert printable("plain: café, 3 columns") == "plain: café, 3 columns"


@given(st.text())
def test_printable_is_always_one_line_without_escape_characters(text: str) -> None:
    shown = printable(text)
    assert "\n" not in shown and "\r" not in shown and "\x1b" not in shown


def test_an_inert_log_line_is_no_runner_command() -> None:
    assert inert_log_line("  ::error file=a::x") == "  : :error file=a::x"
    assert inert_log_line("a ##[error]b ##[group]") == "a ## [error]b ## [group]"
    assert inert_log_line("plain line: a::b") == "plain line: a::b"
