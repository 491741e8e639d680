"""
JSON and JSON Lines for every claimtrack object, through one cattrs converter.

This is the one place that turns objects into plain dicts and back. Dates and datetimes
are ISO 8601 strings; enums are their string values; a speaker carries a `"type"` key
(`"person"` or `"organization"`). A top-level object written by `to_json` carries a
`"_type"` key naming its class, so `from_json` needs no hint.
"""

from __future__ import annotations

import datetime as _dt
import io
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, TypeVar, cast

import attrs
import cattrs
import pendulum

from claimtrack import model
from claimtrack.errors import ClaimtrackError, SerializationError

__all__ = [
    "converter",
    "from_json",
    "read_jsonl",
    "register_type",
    "structure",
    "to_json",
    "unstructure",
    "write_jsonl",
]

T = TypeVar("T")

converter = cattrs.Converter(forbid_extra_keys=True)
"""The converter every claimtrack type goes through."""

_TYPES: dict[str, type[Any]] = {}


def register_type(cls: type[T], name: str | None = None) -> type[T]:
    """
    Make *cls* readable by `from_json` under *name* (default: the class name).

    Layers above the model (graph records, store history) call this for their own attrs
    classes, so one converter serves them all.
    """
    _TYPES[name or cls.__name__] = cls
    return cls


for _cls in (
    model.Span,
    model.Person,
    model.Organization,
    model.Period,
    model.Affiliation,
    model.Source,
    model.Figure,
    model.Attribution,
    model.Claim,
    model.DocumentWarning,
    model.Document,
    model.Assessment,
    model.Link,
):
    register_type(_cls)


def _structure_datetime(value: Any, _: Any) -> pendulum.DateTime:
    if isinstance(value, _dt.datetime):
        return model.to_datetime(value)
    if not isinstance(value, str):
        msg = f"expected an ISO 8601 datetime string, got {value!r}"
        raise SerializationError(msg)
    return model.to_datetime(value)


def _structure_date(value: Any, _: Any) -> pendulum.Date:
    if not isinstance(value, (str, _dt.date)):
        msg = f"expected an ISO 8601 date string, got {value!r}"
        raise SerializationError(msg)
    return model.to_date(value)


def _structure_number(value: Any, _: Any) -> float:
    # Keep ints as ints so that 2000 reads back as 2000, not 2000.0.
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        msg = f"expected a number, got {value!r}"
        raise SerializationError(msg)
    return value


converter.register_unstructure_hook(pendulum.DateTime, lambda dt: dt.isoformat())
converter.register_structure_hook(pendulum.DateTime, _structure_datetime)
converter.register_unstructure_hook(pendulum.Date, lambda d: d.isoformat())
converter.register_structure_hook(pendulum.Date, _structure_date)
converter.register_structure_hook(float, _structure_number)

_SPEAKER_TYPES: dict[str, type[Any]] = {"person": model.Person, "organization": model.Organization}


def _unstructure_speaker(value: model.Person | model.Organization | None) -> Any:
    if value is None:
        return None
    return {"type": type(value).__name__.lower(), **converter.unstructure(value)}


def _structure_speaker(value: Any, _: Any) -> model.Person | model.Organization | None:
    if value is None:
        return None
    if not isinstance(value, dict) or value.get("type") not in _SPEAKER_TYPES:
        msg = f"a speaker must be an object with type 'person' or 'organization', got {value!r}"
        raise SerializationError(msg)
    data = dict(value)
    cls = _SPEAKER_TYPES[data.pop("type")]
    return cast("model.Person | model.Organization", converter.structure(data, cls))


for _union in (model.Person | model.Organization, model.Person | model.Organization | None):
    converter.register_unstructure_hook(_union, _unstructure_speaker)
    converter.register_structure_hook(_union, _structure_speaker)


def unstructure(obj: Any) -> Any:
    """
    Return *obj* as plain dicts, lists, strings and numbers.

    Examples:
        >>> unstructure(model.Span(3, 7))
        {'start': 3, 'end': 7}
    """
    return converter.unstructure(obj)


def structure(data: Any, cls: type[T]) -> T:
    """
    Build a *cls* from plain data, validating it on the way.

    Raises:
        SerializationError: If the data does not describe a *cls*.
    """
    try:
        return converter.structure(data, cls)
    except ClaimtrackError as exc:
        if isinstance(exc, SerializationError):
            raise
        msg = f"invalid {cls.__name__}: {exc}"
        raise SerializationError(msg) from exc
    except (cattrs.BaseValidationError, KeyError, TypeError, ValueError) as exc:
        detail = (
            "; ".join(cattrs.transform_error(exc, format_exception=_describe))
            if isinstance(exc, cattrs.BaseValidationError)
            else str(exc)
        )
        msg = f"invalid {cls.__name__}: {detail}"
        raise SerializationError(msg) from None


def _describe(exc: BaseException, type_: Any) -> str:
    # Our own validators already say what is wrong; keep their words.
    if isinstance(exc, ClaimtrackError):
        return str(exc)
    return cattrs.v.format_exception(exc, type_)


def _tagged(obj: Any) -> dict[str, Any]:
    if not attrs.has(type(obj)):
        msg = f"to_json takes a claimtrack object, got {type(obj).__name__}"
        raise SerializationError(msg)
    name = type(obj).__name__
    if _TYPES.get(name) is not type(obj):
        msg = f"{name} is not a registered claimtrack type"
        raise SerializationError(msg)
    data = unstructure(obj)
    return {"_type": name, **data}


def _untag(data: Any, cls: type[T] | None, where: str) -> T:
    if not isinstance(data, dict):
        msg = f"{where}: expected a JSON object, got {type(data).__name__}"
        raise SerializationError(msg)
    data = dict(data)
    name = data.pop("_type", None)
    if cls is None:
        if name is None:
            msg = f"{where}: the object has no '_type' key; pass cls= to say what it is"
            raise SerializationError(msg)
        found = _TYPES.get(name)
        if found is None:
            msg = f"{where}: unknown '_type' {name!r}"
            raise SerializationError(msg)
        cls = cast("type[T]", found)
    elif name is not None and _TYPES.get(name) is not cls:
        msg = f"{where}: the object is a {name}, not a {cls.__name__}"
        raise SerializationError(msg)
    try:
        return structure(data, cls)
    except SerializationError as exc:
        msg = f"{where}: {exc}"
        raise SerializationError(msg) from None


def to_json(obj: Any, *, indent: int | None = None) -> str:
    """
    Return *obj* as a JSON string that `from_json` reads back to an equal object.

    Examples:
        >>> from claimtrack import Figure
        >>> text = to_json(Figure.more_than(2000, metric="killed"))
        >>> from_json(text) == Figure.more_than(2000, metric="killed")
        True
    """
    return json.dumps(_tagged(obj), ensure_ascii=False, indent=indent)


def from_json(text: str | bytes, cls: type[T] | None = None) -> T:
    """
    Read one object written by `to_json`.

    Args:
        text: The JSON text.
        cls: The expected class; needed only when the JSON has no `"_type"` key.

    Raises:
        SerializationError: If the text is not JSON or not a claimtrack object.
    """
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        msg = f"not valid JSON: {exc}"
        raise SerializationError(msg) from None
    return _untag(data, cls, "JSON")


def write_jsonl(objects: Iterable[Any], target: str | os.PathLike[str] | IO[str]) -> int:
    """
    Write *objects* as JSON Lines, one tagged object a line; return how many.

    *target* is a path or an open text file.
    """
    if isinstance(target, (str, os.PathLike)):
        with Path(target).open("w", encoding="utf-8") as handle:
            return write_jsonl(objects, handle)
    count = 0
    for obj in objects:
        target.write(json.dumps(_tagged(obj), ensure_ascii=False))
        target.write("\n")
        count += 1
    return count


def read_jsonl(source: str | os.PathLike[str] | IO[str], cls: type[T] | None = None) -> Iterator[T]:
    """
    Yield the objects of a JSON Lines file written by `write_jsonl`; blank lines are
    skipped.

    Raises:
        SerializationError: Naming the line that cannot be read.
    """
    if isinstance(source, (str, os.PathLike)):
        with Path(source).open(encoding="utf-8") as handle:
            yield from read_jsonl(handle, cls)
        return
    name = (
        getattr(source, "name", "<stream>") if not isinstance(source, io.StringIO) else "<string>"
    )
    for number, line in enumerate(source, start=1):
        if not line.strip():
            continue
        where = f"{name} line {number}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            msg = f"{where}: not valid JSON: {exc}"
            raise SerializationError(msg) from None
        yield _untag(data, cls, where)
