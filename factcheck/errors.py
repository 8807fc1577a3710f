"""Errors the library raises, each naming what failed, where, and how to fix it.

Every error has a stable code (``E1xx`` input, ``E2xx`` configuration,
``E3xx`` usage) so that messages can be looked up and tested. The CLI turns
them into one line and exit code 2.
"""

from __future__ import annotations


def printable(text: str) -> str:
    """``text`` safe for a terminal or a CI log: control characters (escape sequences, line
    breaks, carriage returns) become visible escapes such as ``\\x1b``, so that a file name or
    an article cannot move the cursor, recolour the screen or start a new log line (a GitHub
    workflow command)."""
    return "".join(_escaped(char) for char in text)


def _escaped(char: str) -> str:
    code = ord(char)
    if code < 0x20 or 0x7F <= code < 0xA0:
        return f"\\x{code:02x}"
    if char in "\u2028\u2029" or 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069:
        return f"\\u{code:04x}"  # line separators and bidirectional overrides
    return char


def warning_text(path: str, code: str, message: str) -> str:
    """A warning about the run (a damaged cache), as the CLI prints it after ``factcheck:
    warning:``: "PATH: CODE message", like the inputs' warnings. It stays out of reports and the
    corpus index, which depend on the inputs only, never on the state of the cache."""
    return f"{path}: {code} {message}"


class FactcheckError(Exception):
    """Base of every error factcheck raises on purpose."""

    code = "E000"

    def __init__(
        self, message: str, *, path: str | None = None, line: int | None = None, hint: str | None = None
    ):
        self.message = message
        self.path = path
        self.line = line
        self.hint = hint
        super().__init__(self.one_line())

    def one_line(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{self.path}:{self.line}: " if self.line is not None else f"{self.path}: "
        hint = f" ({self.hint})" if self.hint else ""
        return f"{where}{self.code} {self.message}{hint}"


class InputError(FactcheckError):
    """A source file cannot be read as an article."""

    code = "E100"


class InputErrors(InputError):
    """Several inputs cannot be read: all of them, so that one run names every one to fix."""

    code = "E100"

    def __init__(self, errors: list[InputError]):
        self.errors = list(errors)
        super().__init__(f"{len(self.errors)} inputs cannot be read")

    def one_line(self) -> str:
        """One line per input (the CLI prints each as its own error)."""
        return "\n".join(error.one_line() for error in getattr(self, "errors", ()))


class ConfigError(FactcheckError):
    """The configuration is invalid."""

    code = "E200"


class MissingPathError(InputError):
    """A path given on the command line does not exist."""

    code = "E101"


class NoSourcesError(InputError):
    """A directory (or the whole run) holds no readable source."""

    code = "E102"


class BinaryFileError(InputError):
    """A file holds binary data, not text."""

    code = "E103"


class EmptySourceError(InputError):
    """A source has no text (empty or only whitespace)."""

    code = "E104"


class FrontMatterError(InputError):
    """YAML front matter (or a metadata sidecar) cannot be read."""

    code = "E105"


class BadDateError(InputError):
    """A date in the metadata is not a real calendar date."""

    code = "E106"


class FileTooLargeError(InputError):
    """A source is over the configured size limit."""

    code = "E107"


class UndecodableError(InputError):
    """A file's bytes cannot be decoded as text in its declared encoding."""

    code = "E108"


class BadRecordError(InputError):
    """A line of a JSON Lines corpus is not a valid document record."""

    code = "E109"


class TimeMLError(InputError):
    """A .tml file is not TimeML factcheck can read (bad XML, no TEXT element, bad DCT)."""

    code = "E110"


class ExpectedClaimsError(InputError):
    """A file of expected claims (claims/) cannot be read, or a quote in it is not in its source."""

    code = "E111"


class UnknownConfigKeyError(ConfigError):
    """A configuration file holds a key factcheck does not know."""

    code = "E201"


class BadConfigValueError(ConfigError):
    """A configuration value has the wrong type or an unknown choice."""

    code = "E202"


class BadBaselineError(ConfigError):
    """A baseline file cannot be read as a factcheck baseline."""

    code = "E203"


class ForeignCacheError(ConfigError):
    """The claim cache path names a file factcheck did not write (an article, another program's
    database, a device or a pipe): it is never replaced."""

    code = "E204"


class UsageError(FactcheckError):
    """The command was called with options that cannot work together or an unknown choice."""

    code = "E300"
