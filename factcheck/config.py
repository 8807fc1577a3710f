"""Configuration: ``[tool.factcheck]`` in pyproject.toml, or a ``factcheck.toml``.

The file is found from the working directory upwards: in each directory a
``factcheck.toml`` wins over a ``pyproject.toml``, and a pyproject.toml
without a ``[tool.factcheck]`` table is passed over. ``--config FILE``, else
the environment variable ``FACTCHECK_CONFIG``, names the file instead and
nothing is searched (an empty factcheck.toml there means: the defaults,
whatever folder the run starts in). Command-line flags override the file.
Keys::

    sources = ["wire/", "draft.md"]   # checked when no PATHS are given
    fail-on = "warning"               # error | warning | info | never
    fail-on-unverified = "never"      # audit: the level of an unverified claim of the draft
    fail-on-disputed = "never"        # audit: ... of a claim the sources are split on
    fail-on-sources = "never"         # audit: from which level the sources' own discrepancies fail
    min-severity = "info"             # findings below are not shown
    select = ["FC1", "FC201"]         # only these rules (codes or prefixes); default: all
    ignore = ["FC802"]                # rules left out (also: disable)
    exclude = ["drafts/old/", "*.bak.md"]   # paths left out when a folder is read (gitignore syntax)
    baseline = "factcheck-baseline.json"

    [tolerances.relative]             # per measure: fraction of the larger value
    length = 0.05
    [tolerances.absolute]             # per measure: in the measure's base unit
    magnitude = 0.1

(in pyproject.toml, under ``[tool.factcheck]`` and ``[tool.factcheck.tolerances.relative]``).
Paths are relative to the file's directory. An unknown key is an error that
names the key and the file: a typo must not silently change the gate.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, get_args

from factcheck.errors import BadConfigValueError, ConfigError, UnknownConfigKeyError

CONFIG_FILE = "factcheck.toml"
PYPROJECT = "pyproject.toml"
CONFIG_ENV = "FACTCHECK_CONFIG"
# The levels of fail-on (the publication gate's threshold) and of min-severity. The records are
# imported on use: the CLI reads these choices at start-up.
FAIL_ON_CHOICES = ("error", "warning", "info", "never")
SEVERITY_CHOICES = ("error", "warning", "info")
_KEYS = (
    "sources",
    "fail-on",
    "fail-on-unverified",
    "fail-on-disputed",
    "fail-on-sources",
    "min-severity",
    "select",
    "ignore",
    "disable",
    "exclude",
    "baseline",
    "tolerances",
)
_TOLERANCE_KINDS = ("relative", "absolute")


_BUILT_IN_RELATIVE = {"count": 0.0, "percent": 0.0, "magnitude": 0.0, "money": 0.01}
_BUILT_IN_DEFAULT_RELATIVE = 0.02


@dataclass(frozen=True)
class Tolerances:
    """How far apart two numbers may be and still agree (``[tolerances]`` in the configuration).

    ``relative`` is a fraction of the larger magnitude (0.02 = 2 %) allowed
    per measure ("length", "mass", ...); ``absolute`` an amount in the
    measure's base unit. Counts default to no tolerance: 10 and 12 killed
    disagree. Numbers of 100 and more written with trailing zeros ("2,000
    feet") are read as rounded to their last non-zero digit ("10 km" is
    exact), unless ``rounding`` is off; such a
    number takes that rounding or the relative tolerance, whichever is wider.
    The built-in relative tolerances are for a conversion or a hedge; one set
    to another value holds for every pair.
    """

    relative: Mapping[str, float] = field(default_factory=lambda: dict(_BUILT_IN_RELATIVE))
    absolute: Mapping[str, float] = field(default_factory=lambda: {"magnitude": 0.05})
    default_relative: float = _BUILT_IN_DEFAULT_RELATIVE
    rounding: bool = True
    age_years_without_dates: int = 1

    def relative_for(self, measure: str, as_written: bool = False) -> float:
        """The relative tolerance of ``measure``; ``as_written``: for two exact numbers in one unit,
        where only a tolerance set to other than the built-in one applies."""
        value = self.relative.get(measure, self.default_relative)
        if as_written and value == _BUILT_IN_RELATIVE.get(measure, _BUILT_IN_DEFAULT_RELATIVE):
            return 0.0
        return value

    def absolute_for(self, measure: str) -> float:
        return self.absolute.get(measure, 0.0)


@dataclass(frozen=True)
class Config:
    """The settings a file gives (defaults when there is none); ``path`` is the file read."""

    path: Path | None = None
    sources: tuple[str, ...] = ()
    fail_on: str = "error"
    fail_on_unverified: str = "never"
    fail_on_disputed: str = "never"
    fail_on_sources: str = "never"
    min_severity: str = "info"
    disable: tuple[str, ...] = ()
    select: tuple[str, ...] | None = None
    exclude: tuple[str, ...] = ()
    baseline: str | None = None
    relative_tolerances: Mapping[str, float] = field(default_factory=dict)
    absolute_tolerances: Mapping[str, float] = field(default_factory=dict)

    def tolerances(self) -> Tolerances:
        """The comparison's :class:`Tolerances` with this file's values laid over the defaults."""
        defaults = Tolerances()
        return Tolerances(
            relative={**defaults.relative, **self.relative_tolerances},
            absolute={**defaults.absolute, **self.absolute_tolerances},
        )


def find_config(start: Path | None = None) -> Path | None:
    """The configuration file for ``start`` (default: the working directory), searching upwards."""
    directory = (start or Path.cwd()).resolve()
    for folder in (directory, *directory.parents):
        candidate = folder / CONFIG_FILE
        if candidate.is_file():
            return candidate
        pyproject = folder / PYPROJECT
        if pyproject.is_file() and "factcheck" in _tool_table(_read(pyproject)):
            return pyproject
    return None


def load_config(path: str | Path | None = None) -> Config:
    """The configuration in ``path``, else in ``$FACTCHECK_CONFIG``, else in the file
    :func:`find_config` finds, else the defaults."""
    hint = "check the --config path"
    if path is None and os.environ.get(CONFIG_ENV):
        path, hint = os.environ[CONFIG_ENV], f"check the path in ${CONFIG_ENV}"
    if path is not None and not Path(path).is_file():
        raise ConfigError("the configuration file does not exist", path=str(path), hint=hint)
    file = Path(path) if path is not None else find_config()
    if file is None:
        return Config()
    data = _read(file)
    if file.name == PYPROJECT:
        data = _tool_table(data).get("factcheck", {})
        prefix = "tool.factcheck."
        if not isinstance(data, dict):
            raise BadConfigValueError("tool.factcheck must be a table ([tool.factcheck])", path=str(file))
    else:
        prefix = ""
    return _parse(data, file, prefix)


def _read(file: Path) -> dict[str, Any]:
    try:
        with file.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"not valid TOML: {error}", path=str(file), hint="fix the TOML syntax") from None
    except UnicodeDecodeError:
        raise ConfigError(
            "not valid TOML: the file is not UTF-8", path=str(file), hint="save it as UTF-8"
        ) from None
    except (ValueError, RecursionError) as error:
        # tomllib lets a few hostile values through as plain exceptions: an integer past Python's
        # digit limit (ValueError), arrays nested thousands deep (RecursionError).
        reason = "nested too deeply" if isinstance(error, RecursionError) else "a value is out of range"
        raise ConfigError(f"not valid TOML: {reason}", path=str(file), hint="fix the TOML syntax") from None
    except OSError as error:
        raise ConfigError(f"cannot read the file: {error.strerror}", path=str(file)) from None


def _tool_table(data: Mapping[str, Any]) -> Mapping[str, Any]:
    """The ``[tool]`` table of a pyproject.toml, or an empty one when ``tool`` is not a table."""
    tool = data.get("tool", {})
    return tool if isinstance(tool, dict) else {}


def _parse(data: Mapping[str, Any], file: Path, prefix: str) -> Config:
    label = str(file)
    _known_keys(data, _KEYS, prefix, label)
    base = file.parent

    def choice(key: str, choices: tuple[str, ...], default: str) -> str:
        value = data.get(key, default)
        if value not in choices:
            raise BadConfigValueError(
                f"{prefix}{key} = {value!r} is not one of: {', '.join(choices)}", path=label
            )
        return value

    def strings(key: str) -> tuple[str, ...]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise BadConfigValueError(f"{prefix}{key} must be a list of strings", path=label)
        return tuple(value)

    baseline = data.get("baseline")
    if baseline is not None and not isinstance(baseline, str):
        raise BadConfigValueError(f"{prefix}baseline must be a path (a string)", path=label)
    relative, absolute = _tolerances(data.get("tolerances", {}), prefix + "tolerances.", label)
    select = strings("select") if "select" in data else None
    ignore = (*strings("disable"), *strings("ignore"))
    return Config(
        path=file,
        sources=tuple(str(base / source) for source in strings("sources")),
        fail_on=choice("fail-on", FAIL_ON_CHOICES, "error"),
        fail_on_unverified=choice("fail-on-unverified", FAIL_ON_CHOICES, "never"),
        fail_on_disputed=choice("fail-on-disputed", FAIL_ON_CHOICES, "never"),
        fail_on_sources=choice("fail-on-sources", FAIL_ON_CHOICES, "never"),
        min_severity=choice("min-severity", SEVERITY_CHOICES, "info"),
        disable=tuple(code.upper() for code in ignore),
        select=None if select is None else tuple(code.upper() for code in select),
        exclude=strings("exclude"),
        baseline=None if baseline is None else str(base / baseline),
        relative_tolerances=relative,
        absolute_tolerances=absolute,
    )


def _tolerances(data: Any, prefix: str, label: str) -> tuple[dict[str, float], dict[str, float]]:
    if not isinstance(data, dict):
        raise BadConfigValueError(f"{prefix.rstrip('.')} must be a table", path=label)
    _known_keys(data, _TOLERANCE_KINDS, prefix, label)
    tables = []
    for kind in _TOLERANCE_KINDS:
        table = data.get(kind, {})
        if not isinstance(table, dict):
            raise BadConfigValueError(f"{prefix}{kind} must be a table of measure = number", path=label)
        _known_keys(table, _measures(), f"{prefix}{kind}.", label)
        for measure, value in table.items():
            if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
                raise BadConfigValueError(f"{prefix}{kind}.{measure} must be a number >= 0", path=label)
        tables.append({measure: float(value) for measure, value in sorted(table.items())})
    return tables[0], tables[1]


def _measures() -> tuple[str, ...]:
    """The measures a tolerance may name (:data:`factcheck.records.Measure`)."""
    from factcheck.records import Measure

    return get_args(Measure)


def _known_keys(data: Mapping[str, Any], known: tuple[str, ...], prefix: str, label: str) -> None:
    for key in sorted(data):
        if key not in known:
            raise UnknownConfigKeyError(
                f"unknown configuration key '{prefix}{key}'",
                path=label,
                hint=f"known keys: {', '.join(known)}",
            )
