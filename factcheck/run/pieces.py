"""A big report's JSON made a piece at a time, for the cache to compress as it comes.

``to_json(indent=2)`` of one story of 5,000 sources is 80 MB, and pydantic builds it in a buffer that
doubles as it grows, then copies it out: the run's memory rose by twice the report. The pieces are the
same bytes: the report with its lists emptied, each list spliced in, its items serialised one at a
time and indented one level deeper (a JSON string never holds a line break, so every line break of an
item's JSON starts one of its lines).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

from pydantic import BaseModel, TypeAdapter


def json_pieces(record: BaseModel) -> Iterator[bytes]:
    """``record.__pydantic_serializer__.to_json(record, indent=2)``, in pieces: one per item of each
    list field (an item is small, or one finding citing thousands of claims: a few MB; a batch of
    findings was all of them), and the text between them."""
    lists = [name for name, value in record if isinstance(value, list) and value]
    shell = record.model_copy(update={name: [] for name in lists})
    rest = shell.__pydantic_serializer__.to_json(shell, indent=2)
    for name in lists:
        opening = b'\n  "' + name.encode() + b'": ['
        before, rest = rest.split(opening + b"]", 1)  # a top-level field: two spaces in, nothing nested is
        yield before + opening
        adapter = _adapter(type(record), name)
        for position, item in enumerate(getattr(record, name)):
            inner = adapter.dump_json([item], indent=2)[2:-2]  # without "[\n" and "\n]"
            yield (b"," if position else b"") + b"\n  " + inner.replace(b"\n", b"\n  ")
        yield b"\n  ]"
    yield rest


@cache
def _adapter(model: type[BaseModel], name: str) -> Any:
    return TypeAdapter(model.model_fields[name].annotation)
