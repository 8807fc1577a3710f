"""Which rules run, and with which tolerances, from the configuration file and the flags.

As in ruff: ``select`` (codes or prefixes: ``FC2`` is every quantity rule) chooses the rules,
``--select`` replacing the file's; ``ignore`` (also ``disable``) leaves rules out, ``--ignore``
adding to the file's. A code that names no rule is an error listing the known ones: a typo
must not silently change the gate. The file's codes are checked first, and the error names
the file.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.compare import CompareOptions
from factcheck.compare.rules import UnknownRuleError, disabled_codes
from factcheck.config import Config
from factcheck.errors import BadConfigValueError


def compare_options(config: Config, select: Sequence[str] = (), ignore: Sequence[str] = ()) -> CompareOptions:
    """The comparison's options: the file's tolerances and the rules the file and flags leave out."""
    return CompareOptions(
        tolerances=config.tolerances(), disabled_rules=disabled_rules(config, select, ignore)
    )


def disabled_rules(config: Config, select: Sequence[str] = (), ignore: Sequence[str] = ()) -> frozenset[str]:
    """The rule codes left out (all unknown codes, of the file or of the flags, in one error)."""
    if config.path is not None:
        try:
            disabled_codes(config.select, config.disable)
        except UnknownRuleError as error:
            raise BadConfigValueError(error.message, path=str(config.path), hint=error.hint) from None
    chosen = list(select) if select else config.select
    return disabled_codes(chosen, [*config.disable, *ignore])
