"""TimeML interop: read ``.tml`` documents as sources, write sources back with TIMEX3 tags.

Reading takes the text of the ``TEXT`` element (inline tags dropped, text
kept byte for byte) and the document creation time from the ``DCT``
element's ``TIMEX3 value``. Writing gives the same document with a
``TIMEX3`` (``tid``, ``type``, ``value``, ``mod`` where set) around every
time and duration claim, the creation time as a ``DCT`` TIMEX3 with
``functionInDocument="CREATION_TIME"``: the input the TempEval-3 scorer
takes. Removing the tags from ``TEXT`` gives the source text back. A source
tagged with its own times is :func:`factcheck.extract.timex.tag_source`.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape, quoteattr

from factcheck.errors import InputError, TimeMLError
from factcheck.records import Claim, Source

if TYPE_CHECKING:
    from factcheck.read.loaders import Document

__all__ = ["parse_timeml", "read_timeml", "write_timeml"]

#: The TIMEX3 ``mod`` values of TimeML 1.2; other modifiers are not written.
TIMEML_MODS = frozenset(
    "BEFORE AFTER ON_OR_BEFORE ON_OR_AFTER LESS_THAN MORE_THAN EQUAL_OR_LESS EQUAL_OR_MORE START MID END APPROX".split()
)

# Characters XML 1.0 cannot hold, even as references.
_NOT_XML = {code: "\ufffd" for code in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF)}


def parse_timeml(text: str, path: str) -> list[Document | InputError]:
    """The loader's parser for ``.tml`` files: one document with its DCT and DOCID.

    Registered in :data:`factcheck.read.loaders.FORMATS`; returns loader
    ``Document`` records (or the :class:`TimeMLError` to report).
    """
    from factcheck.read.loaders import Document

    try:
        root = ET.fromstring(text)
    except ET.ParseError as error:
        line = error.position[0] if error.position else None
        return [
            TimeMLError(
                f"not well-formed XML: {error}", path=path, line=line, hint="fix the XML of the .tml file"
            )
        ]
    body = root.find(".//TEXT")
    if body is None:
        return [
            TimeMLError(
                "no TEXT element", path=path, hint="a TimeML document holds its text in <TEXT>...</TEXT>"
            )
        ]
    fields: dict[str, object] = {}
    dct = root.find(".//DCT/TIMEX3")
    if dct is not None and dct.get("value"):
        published = _date_of(dct.get("value", ""))
        if published is None:
            return [
                TimeMLError(
                    f"the DCT value {dct.get('value')!r} is not a calendar date",
                    path=path,
                    hint='write the DCT as <TIMEX3 ... value="YYYY-MM-DD">',
                )
            ]
        fields["published"] = published.isoformat()
    for tag, key in (("DOCID", "id"), ("TITLE", "title")):
        element = root.find(f".//{tag}")
        if element is not None and "".join(element.itertext()).strip():
            fields[key] = " ".join("".join(element.itertext()).split())
    return [Document("".join(body.itertext()), fields)]


def _date_of(value: str) -> dt.date | None:
    """The date of a TIMEX3 value: ``2024-06-17``, ``2024-06-17T10:00``, ``20240617``."""
    digits = value[:10]
    for candidate in (digits, f"{value[:4]}-{value[4:6]}-{value[6:8]}"):
        try:
            return dt.date.fromisoformat(candidate)
        except ValueError:
            continue
    return None


def read_timeml(path: str | Path) -> Source:
    """The source of one ``.tml`` file (its TEXT, DCT as ``published``, DOCID as ``id``)."""
    from factcheck.read.loaders import load_sources

    loaded = load_sources([path])
    if len(loaded.sources) != 1:
        raise TimeMLError("expected one TimeML document", path=str(path), hint="give a single .tml file")
    return loaded.sources[0]


def write_timeml(source: Source, time_claims: Iterable[Claim]) -> str:
    """``source`` as a TimeML document with a TIMEX3 around each time and duration claim.

    Claims of other kinds are ignored; of overlapping claims the first (then
    the longest) is tagged, as inline TimeML cannot nest.
    """
    timed = sorted(
        (c for c in time_claims if c.kind in ("time", "duration") and c.source == source.id),
        key=lambda c: (c.start, -c.end, c.id),
    )
    pieces: list[str] = []
    position = 0
    tid = 0
    has_dct = source.published is not None
    for claim in timed:
        if claim.start < position or claim.end <= claim.start:
            continue
        tid += 1
        value = claim.value
        attributes = {"tid": f"t{tid}", "type": value.timex_type, "value": value.timex_value}
        if value.modifier in TIMEML_MODS:
            attributes["mod"] = value.modifier
        relative = getattr(value, "anchor", "absolute") in ("publication", "text")
        attributes["temporalFunction"] = "true" if relative else "false"
        attributes["functionInDocument"] = "NONE"
        if relative and getattr(value, "anchor", None) == "publication" and has_dct:
            attributes["anchorTimeID"] = "t0"
        pieces.append(_text(source.text[position : claim.start]))
        pieces.append(
            f"<TIMEX3 {_attributes(attributes)}>{_text(source.text[claim.start : claim.end])}</TIMEX3>"
        )
        position = claim.end
    pieces.append(_text(source.text[position:]))
    head = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">',
        f"<DOCID>{_text(source.id)}</DOCID>",
    ]
    if has_dct:
        day = source.published.isoformat()  # type: ignore[union-attr]
        head.append(
            f'<DCT><TIMEX3 tid="t0" type="DATE" value="{day}" temporalFunction="false" '
            f'functionInDocument="CREATION_TIME">{day}</TIMEX3></DCT>'
        )
    if source.title:
        head.append(f"<TITLE>{_text(source.title)}</TITLE>")
    return "\n".join(head) + "\n<TEXT>" + "".join(pieces) + "</TEXT>\n</TimeML>\n"


def _text(text: str) -> str:
    """Character data: XML-escaped, carriage returns kept as references (parsers drop raw ones)."""
    return escape(text.translate(_NOT_XML)).replace("\r", "&#13;")


def _attributes(attributes: dict[str, str]) -> str:
    return " ".join(f"{name}={quoteattr(value.translate(_NOT_XML))}" for name, value in attributes.items())
