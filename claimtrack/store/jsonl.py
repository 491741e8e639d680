"""
A whole claim store as JSON Lines, to share, archive or diff.

The file is written by `claimtrack.serialize` (one tagged object a line) in this order:

1. one `StoreHeader`: `{"_type": "StoreHeader", "schema": "claimtrack.store",
   "version": 1, "exported": ..., "counts": {...}}`;
2. every `Document` (its claims, people, organizations and affiliations inside it);
3. every `HistoryEntry` (assessments, undos, merges, splits), oldest first;
4. every cached relation as a `Link`;
5. every cached `ClaimStatus` other than the default `"unverified"`.

Importing reads and checks the whole file first, so a bad line changes nothing: every
record must be readable, and no document may conflict with the store or with another
document of the file (a different document under a source id already held, or a claim id
held by another source: `DuplicateSourceError`, naming the record). Documents are then
streamed in batches, so memory stays bounded; the import adds the documents not yet
stored and the history entries not yet there (an entry already in the store, same time,
person, action and target, is not added twice), so importing the same file twice is a
no-op.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pendulum

from claimtrack.errors import (
    DuplicateSourceError,
    SchemaVersionError,
    SerializationError,
    StoreError,
)
from claimtrack.model import Document, Link
from claimtrack.serialize import read_jsonl, write_jsonl
from claimtrack.store.history import ClaimStatus, HistoryEntry, StoreHeader
from claimtrack.store.schema import SCHEMA_NAME

if TYPE_CHECKING:
    from claimtrack.store.sqlite import Store

__all__ = ["JSONL_VERSION", "export_jsonl", "import_jsonl"]

JSONL_VERSION = 1
"""The version of the JSON Lines layout this claimtrack writes and reads."""


def export_jsonl(store: Store, path: str | os.PathLike[str]) -> int:
    """
    Write *store* to *path* as JSON Lines; return how many lines were written.

    The file is written beside *path* and renamed into place, so a reader never sees
    half of it.

    Examples:
        >>> import tempfile, pathlib
        >>> from claimtrack.store import Store
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> export_jsonl(Store(), folder / "empty.jsonl")
        1
    """
    target = Path(path)
    counts = store.count()
    header = StoreHeader(
        SCHEMA_NAME,
        JSONL_VERSION,
        pendulum.now("UTC"),
        counts={key: counts[key] for key in ("documents", "claims", "history", "relations")},
    )
    partial = target.with_name(f".{target.name}.partial")
    try:
        written = write_jsonl(
            itertools.chain(
                [header], store.documents(), store.history(), store.relations(), store.statuses()
            ),
            partial,
        )
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        msg = f"cannot write the store export {target}: {exc.strerror or exc}"
        raise StoreError(msg) from None
    return written


def _records(path: Path) -> Iterator[tuple[int, Any]]:
    """Yield the records after the header, numbered from 2, checking the header first."""
    objects: Iterator[Any] = read_jsonl(path)
    try:
        header = next(objects)
    except StopIteration:
        msg = f"{path} is empty, not a claimtrack store export"
        raise SerializationError(msg) from None
    if not isinstance(header, StoreHeader) or header.schema != SCHEMA_NAME:
        msg = f"{path} line 1: not a claimtrack store export (it has no {SCHEMA_NAME} header)"
        raise SerializationError(msg)
    if header.version > JSONL_VERSION:
        msg = (
            f"{path} is a store export of version {header.version}, newer than this "
            f"claimtrack reads ({JSONL_VERSION}); upgrade claimtrack to import it"
        )
        raise SchemaVersionError(msg)
    for number, obj in enumerate(objects, start=2):
        if not isinstance(obj, (Document, HistoryEntry, Link, ClaimStatus)):
            msg = f"{path}: record {number} is a {type(obj).__name__}, which a store export does not hold"
            raise SerializationError(msg)
        yield number, obj


def _raced(source: Path, exc: DuplicateSourceError) -> DuplicateSourceError:
    """
    The error for a document that passed the check but was refused when written: another
    process stored a conflicting document in between.
    """
    numbers = (n for n, r in _records(source) if isinstance(r, Document))
    number = next(itertools.islice(numbers, exc.position or 0, None), None)
    msg = (
        f"{source} record {number}: {exc.args[0]}; another process stored a conflicting "
        "document during the import, so its history, relations and statuses were not "
        "imported (import the file again once the conflict is resolved)"
    )
    error = DuplicateSourceError(msg)
    error.source_id = exc.source_id
    return error


def import_jsonl(store: Store, path: str | os.PathLike[str]) -> dict[str, int]:
    """
    Read a store export into *store*; return how many documents, history entries,
    relations and statuses were new.

    Raises:
        SerializationError: The file is not a store export or a line cannot be read
            (nothing is imported then).
        SchemaVersionError: The export was written by a newer claimtrack.
        DuplicateSourceError: A document of the file conflicts with a stored one or with
            another of the file (nothing is imported then).
    """
    source = Path(path)

    def fetch(wanted: int) -> Document:
        record = next(r for number, r in _records(source) if number == wanted)
        assert isinstance(record, Document)
        return record

    entries: list[HistoryEntry] = []
    links: list[Link] = []
    statuses: list[ClaimStatus] = []

    def documents() -> Iterator[tuple[int, Document]]:
        for number, record in _records(source):
            if isinstance(record, Document):
                yield number, record
            elif isinstance(record, HistoryEntry):
                entries.append(record)
            elif isinstance(record, Link):
                links.append(record)
            elif isinstance(record, ClaimStatus):
                statuses.append(record)

    try:
        # First pass: read and check every record, keeping only the small ones, so a bad
        # line or a conflicting document stops the import before anything is written,
        # and memory stays bounded.
        store._precheck(documents(), lambda number: f"{source} record {number}", fetch)
        # Second pass: stream the documents into the store, in batches.
        try:
            added = store.add_many(r for _, r in _records(source) if isinstance(r, Document))
        except DuplicateSourceError as exc:
            raise _raced(source, exc) from None
    except OSError as exc:
        msg = f"cannot read the store export {source}: {exc.strerror or exc}"
        raise StoreError(msg) from None
    return {"documents": added, **store._import(entries, links, statuses)}
