"""A big report's JSON made a piece at a time, for the cache to compress as it comes.

``to_json(indent=2)`` of one story of 5,000 sources is 80 MB, and pydantic builds it in a buffer that
doubles as it grows, then copies it out: the run's memory rose by twice the report. The pieces are the
same bytes: each record with its lists of records emptied, each such list spliced in, its items one at
a time. An item holding lists of records itself (a fact or finding citing thousands of claims: a few
MB of JSON, held several times over while it was made and indented) is made the same way, indented
where it stands (a JSON string never holds a line break, so every line break starts a line); any other
item is serialised where it stands (in a list of its own under a key of its own, at the depth of the
report's lists) and given as a view of that JSON without the key and brackets around it.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

from pydantic import BaseModel, TypeAdapter


def json_pieces(record: BaseModel) -> Iterator[bytes | memoryview]:
    """``record.__pydantic_serializer__.to_json(record, indent=2)``, in pieces: one per item of each
    list of records, and the text between them."""
    return _pieces(record, b"")


def _pieces(record: BaseModel, pad: bytes) -> Iterator[bytes | memoryview]:
    """The JSON of ``record`` with ``pad`` before each of its lines but the first."""
    lists = [name for name, value in record if _records(value)]
    shell = record.model_copy(update={name: type(getattr(record, name))() for name in lists})
    rest = shell.__pydantic_serializer__.to_json(shell, indent=2)
    if pad:
        rest = rest.replace(b"\n", b"\n" + pad)
    for name in lists:
        # a field of this record: two spaces in; anything nested in it is further in
        opening = b"\n" + pad + b'  "' + name.encode() + b'": ['
        before, rest = rest.split(opening + b"]", 1)
        yield before + opening
        items = getattr(record, name)
        for position, item in enumerate(items):
            if position:
                yield b","
            if isinstance(item, BaseModel) and any(_records(value) for _, value in item):
                yield b"\n" + pad + b"    "
                yield from _pieces(item, pad + b"    ")
                continue
            # {"": [item]}: the item as it stands in the report's lists, "\n    " before it
            whole = _adapter(type(record), name).dump_json({"": type(items)((item,))}, indent=2)
            inner = memoryview(whole)[len(_WRAPPED_BEFORE) : -len(_WRAPPED_AFTER)]
            yield bytes(inner).replace(b"\n", b"\n" + pad) if pad else inner
        yield b"\n" + pad + b"  ]"
    yield rest


def _records(value: Any) -> bool:
    return isinstance(value, list | tuple) and bool(value) and isinstance(value[0], BaseModel)


_WRAPPED_BEFORE = b'{\n  "": ['
_WRAPPED_AFTER = b"\n  ]\n}"


@cache
def _adapter(model: type[BaseModel], name: str) -> Any:
    return TypeAdapter(dict[str, model.model_fields[name].annotation])  # type: ignore[name-defined]
