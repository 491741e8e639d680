"""
`Store`: a claim base in one SQLite file, with an append-only history of decisions.

Documents are stored whole, as the canonical JSON of `claimtrack.serialize`, with a few
denormalised, indexed columns per claim and per figure so that filtering a million
claims by place, date, speaker or metric is an index lookup. Decisions (assessments,
their undos, merges and splits of people and organizations) are rows in an append-only
`history` table; the claim graph is derived, never stored as truth: `Store.graph()`
builds a `ClaimGraph` from the stored documents and replays the history into it.

Every write is one `BEGIN IMMEDIATE` transaction, retried with backoff when another
process holds the write lock, so many processes can read and write one store at once.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import random
import sqlite3
import threading
import time
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

import attrs
import pendulum

from claimtrack.errors import (
    DuplicateSourceError,
    GraphError,
    NotAClaimtrackDatabaseError,
    ReadOnlyStoreError,
    SchemaVersionError,
    StoreError,
    UnknownClaimError,
    UnknownDocumentError,
    UnknownEntityError,
)
from claimtrack.model import (
    Assessment,
    Claim,
    Document,
    Link,
    Organization,
    Person,
    Relation,
    Verdict,
    to_date,
)
from claimtrack.serialize import from_json, to_json
from claimtrack.store import schema
from claimtrack.store.history import Action, ClaimStatus, HistoryEntry

if TYPE_CHECKING:
    from claimtrack.graph import ClaimGraph

__all__ = ["UNVERIFIED", "Store"]

T = TypeVar("T")

UNVERIFIED = "unverified"
"""The cached status a claim has until `Store.save_relations` says otherwise."""

_MAX_RETRIES = 8
_CHUNK = 500  # SQLite binds at most 32,766 parameters; stay far below.


def _now() -> pendulum.DateTime:
    return pendulum.now("UTC")


def _is_busy(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def _entity_names(document: Document) -> set[tuple[str, str]]:
    """Every (name, kind) of a person or organization a document mentions."""
    found: set[tuple[str, str]] = set()

    def organization(org: Organization | None) -> None:
        while org is not None:
            found.add((org.name, "organization"))
            org = org.parent

    def speaker(who: Person | Organization | None) -> None:
        if isinstance(who, Person):
            found.add((who.name, "person"))
        else:
            organization(who)

    for person in document.people:
        speaker(person)
    for org in document.organizations:
        organization(org)
    for affiliation in document.affiliations:
        speaker(affiliation.person)
        organization(affiliation.organization)
    for claim in document.claims:
        speaker(claim.attribution.speaker)
        organization(claim.attribution.organization)
    return found


def claim_day(claim: Claim) -> str | None:
    """
    Return the ISO day the store files a claim under for `since` and `until`: the day it
    was said, else the calendar day its source was published, else None.

    Examples:
        >>> from claimtrack import Claim, Source
        >>> claim_day(Claim("clm-1", "words", None,
        ...                 Source("src-1", published="2022-03-02T23:30:00+02:00")))
        '2022-03-02'
    """
    if claim.said_on is not None:
        return claim.said_on.isoformat()
    if claim.source.published is not None:
        return claim.source.published.date().isoformat()
    return None


def claim_organization(claim: Claim) -> str | None:
    """
    Return the organization a claim speaks for: the attribution's organization, else
    the speaker when the speaker is an organization.
    """
    attribution = claim.attribution
    if attribution.organization is not None:
        return attribution.organization.name
    if isinstance(attribution.speaker, Organization):
        return attribution.speaker.name
    return None


def _few(ids: Sequence[str], limit: int = 3) -> str:
    """
    Name up to *limit* ids, and how many more there are.

    Examples:
        >>> _few(["clm-1", "clm-2", "clm-3", "clm-4", "clm-5"])
        "'clm-1', 'clm-2', 'clm-3' and 2 more"
        >>> _few([])
        'none'
    """
    if not ids:
        return "none"
    named = ", ".join(repr(i) for i in ids[:limit])
    return f"{named} and {len(ids) - limit} more" if len(ids) > limit else named


def differences(stored: Document, new: Document) -> str:
    """
    Say in words how the document *new* differs from the document *stored* under the
    same source id: its text, its claim ids, which claims changed, and any other part.

    Examples:
        >>> from claimtrack import Claim, Document, Source
        >>> source = Source("src-1")
        >>> first = Document(source, "Five were killed.", [Claim("clm-a", "Five", None, source)])
        >>> second = Document(source, "Six were killed.", [Claim("clm-b", "Six", None, source)])
        >>> differences(first, second)
        "the text differs (17 characters stored, 16 new); the claim ids differ (only stored: 'clm-a'; only new: 'clm-b')"
    """
    parts: list[str] = []
    if stored.text != new.text:
        parts.append(
            f"the text differs ({len(stored.text):,} characters stored, {len(new.text):,} new)"
        )
    old_ids = [claim.id for claim in stored.claims]
    new_ids = [claim.id for claim in new.claims]
    if old_ids != new_ids:
        only_old = [i for i in old_ids if i not in set(new_ids)]
        only_new = [i for i in new_ids if i not in set(old_ids)]
        if only_old or only_new:
            parts.append(
                f"the claim ids differ (only stored: {_few(only_old)}; only new: {_few(only_new)})"
            )
        else:
            parts.append("the same claim ids come in another order")
    else:
        changed = [a.id for a, b in zip(stored.claims, new.claims, strict=True) if a != b]
        if changed:
            parts.append(f"claims {_few(changed)} differ")
    for field in attrs.fields(Document):
        if field.name in ("text", "claims"):
            continue
        if getattr(stored, field.name) != getattr(new, field.name):
            verb = "differs" if field.name == "source" else "differ"
            parts.append(f"the {field.name} {verb}")
    return "; ".join(parts) or "their canonical JSON differs"


class _Rows:
    """The rows one document becomes, computed before any transaction starts."""

    def __init__(self, document: object) -> None:
        if not isinstance(document, Document):
            msg = f"Store.add takes a Document, got {type(document).__name__}"
            raise StoreError(msg)
        source = document.source
        self.id = source.id
        self.value = document
        self.json = to_json(document)
        self.claim_ids = list(dict.fromkeys(claim.id for claim in document.claims))
        self.document = (
            source.id,
            None if source.published is None else source.published.isoformat(),
            source.publisher,
            source.url,
            self.json,
        )
        self.claims = [
            (
                (
                    claim.id,
                    position,
                    claim_day(claim),
                    schema.place_key(claim.place),
                    claim.attribution.speaker_name,
                    claim_organization(claim),
                ),
                [
                    (index, schema.metric_key(figure.metric), figure.low, figure.high, figure.value)
                    for index, figure in enumerate(claim.figures)
                ],
            )
            for position, claim in enumerate(document.claims)
        ]
        self.entities = sorted(_entity_names(document))


def _same(stored_json: str, rows: _Rows) -> bool:
    """Whether a stored document is the document of *rows* (equal, as the graph says)."""
    return stored_json == rows.json or from_json(stored_json, Document) == rows.value


def _duplicate(msg: str, source_id: str) -> DuplicateSourceError:
    error = DuplicateSourceError(msg)
    error.source_id = source_id
    return error


def _check(conn: sqlite3.Connection, rows: _Rows, where: str) -> bool:
    """
    Return whether the document of *rows* is new to the store: False when the same
    document is stored already.

    Raises:
        DuplicateSourceError: A different document is stored under its source id, or one
            of its claim ids under another source.
    """
    found = conn.execute("SELECT json FROM documents WHERE id = ?", (rows.id,)).fetchone()
    if found is not None:
        if _same(found[0], rows):
            return False
        stored = from_json(found[0], Document)
        msg = (
            f"source id {rows.id!r} already holds a different document in the store {where} "
            f"({differences(stored, rows.value)}); give the new version its own source id "
            "(a different url) to keep both"
        )
        raise _duplicate(msg, rows.id)
    ids = rows.claim_ids
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        owner = conn.execute(
            "SELECT c.id, d.id FROM claims AS c JOIN documents AS d ON d.seq = c.document "
            f"WHERE c.id IN ({', '.join('?' * len(chunk))}) AND d.id != ? LIMIT 1",
            (*chunk, rows.id),
        ).fetchone()
        if owner is not None:
            msg = (
                f"claim id {owner[0]!r} of source {rows.id!r} is already stored under source "
                f"{owner[1]!r} in the store {where}; claim ids must be unique "
                "(Claim.make_id derives them from the source id)"
            )
            raise _duplicate(msg, rows.id)
    return True


def _digest(rows: _Rows) -> bytes:
    return hashlib.blake2b(rows.json.encode("utf-8"), digest_size=16).digest()


def _check_earlier(
    scratch: sqlite3.Connection,
    rows: _Rows,
    number: int,
    label: Callable[[int], str],
    fetch: Callable[[int], Document],
) -> None:
    """
    Check the document of *rows* (record *number*) against the earlier documents of an
    import, whose ids and digests *scratch* keeps, and add it there when it is new.
    *fetch* reads an earlier record back, when digests differ, to compare the documents
    themselves.
    """
    found = scratch.execute("SELECT number, digest FROM documents WHERE id = ?", (rows.id,))
    earlier = found.fetchone()
    if earlier is not None:
        if earlier[1] == _digest(rows):
            return
        document = fetch(earlier[0])
        if document == rows.value:
            return
        msg = (
            f"{label(number)}: source id {rows.id!r} already holds a different document at "
            f"{label(earlier[0])} ({differences(document, rows.value)})"
        )
        raise _duplicate(msg, rows.id)
    ids = rows.claim_ids
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        owner = scratch.execute(
            f"SELECT id, source, number FROM claims WHERE id IN ({', '.join('?' * len(chunk))}) "
            "AND source != ? LIMIT 1",
            (*chunk, rows.id),
        ).fetchone()
        if owner is not None:
            msg = (
                f"{label(number)}: claim id {owner[0]!r} of source {rows.id!r} is already "
                f"used by source {owner[1]!r} at {label(owner[2])}; claim ids must be unique "
                "(Claim.make_id derives them from the source id)"
            )
            raise _duplicate(msg, rows.id)
    scratch.execute("INSERT INTO documents VALUES (?, ?, ?)", (rows.id, number, _digest(rows)))
    scratch.executemany(
        "INSERT OR IGNORE INTO claims VALUES (?, ?, ?)",
        [(claim_id, rows.id, number) for claim_id in ids],
    )


class Store:
    """
    A claim base in a SQLite file (or in memory), safe to share between processes.

    Args:
        path: The database file (created when missing) or `":memory:"`.
        readonly: Open for reading only; every write raises `ReadOnlyStoreError`.
        timeout: Seconds to wait for another process's write lock before giving up.

    Raises:
        NotAClaimtrackDatabaseError: The file is not a claimtrack store or is corrupt.
        SchemaVersionError: The store was written by a newer claimtrack.
        ReadOnlyStoreError: The file or its folder cannot be written.
        StoreError: Any other reason the store cannot be opened.

    A source id names one document: adding the same document again is a no-op, adding a
    different one under a stored source id raises `DuplicateSourceError` (as
    `ClaimGraph.add` raises `GraphError`).

    Examples:
        >>> from claimtrack import Claim, Document, Figure, Source
        >>> source = Source("src-1", published="2022-03-02T10:00:00Z")
        >>> claim = Claim("clm-1", "at least 25 people were killed", None, source,
        ...               figures=[Figure.at_least(25, metric="killed")], place="Kharkiv")
        >>> with Store() as store:
        ...     store.add(Document(source, "At least 25 people were killed.", [claim]))
        ...     store.add(Document(source, "At least 25 people were killed.", [claim]))
        ...     [c.content for c in store.claims(place="Kharkiv", since="2022-03-01")]
        True
        False
        ['at least 25 people were killed']
    """

    def __init__(
        self,
        path: str | os.PathLike[str] = ":memory:",
        *,
        readonly: bool = False,
        timeout: float = 30.0,
    ) -> None:
        self.readonly = readonly
        self.timeout = timeout
        self._lock = threading.RLock()
        memory = str(path) == ":memory:"
        self.path: Path | None = None if memory else Path(path).expanduser().absolute()
        self._where = ":memory:" if self.path is None else str(self.path)
        if memory and readonly:
            msg = "a read-only store needs a file; an in-memory store starts empty"
            raise StoreError(msg)
        new = True if self.path is None else self._check_file(self.path)
        try:
            if self.path is None:
                target, uri = ":memory:", False
            else:
                mode = "ro" if readonly else "rwc"
                target, uri = f"{self.path.as_uri()}?mode={mode}", True
            self._conn = sqlite3.connect(
                target, timeout=timeout, isolation_level=None, check_same_thread=False, uri=uri
            )
        except sqlite3.Error as exc:
            raise self._error(exc, "open") from None
        try:
            self._setup(new)
        except BaseException:
            self._conn.close()
            raise

    # ------------------------------------------------------------------ opening

    def _check_file(self, path: Path) -> bool:
        """Refuse a file that is not ours before SQLite touches it; return whether new."""
        try:
            exists = path.exists()
            if exists and path.is_dir():
                msg = f"cannot open a store at {path}: it is a directory"
                raise StoreError(msg)
            if exists and path.stat().st_size > 0:
                header = schema.read_header(path)
            elif exists:
                header = None
        except OSError as exc:
            msg = f"cannot read {path}: {exc.strerror or exc}"
            raise StoreError(msg) from None
        if not exists:
            if self.readonly:
                msg = f"there is no claim store at {path} to open read-only"
                raise StoreError(msg)
            parent = path.parent
            if parent.is_dir():
                if not os.access(parent, os.W_OK | os.X_OK):
                    msg = f"cannot create a store at {path}: the folder {parent} is not writable"
                    raise ReadOnlyStoreError(msg)
            elif parent.exists():
                msg = f"cannot create a store at {path}: {parent} is a file, not a folder"
                raise ReadOnlyStoreError(msg)
            else:
                msg = f"cannot create a store at {path}: the folder {parent} does not exist"
                raise StoreError(msg)
            return True
        if header is None:  # an empty file: SQLite makes a new database of it
            if self.readonly:
                msg = f"{path} is an empty file, not a claimtrack store"
                raise NotAClaimtrackDatabaseError(msg)
            return True
        if not header.is_sqlite:
            msg = f"{path} is not a claimtrack store: it is not a SQLite database at all"
            raise NotAClaimtrackDatabaseError(msg)
        if header.application_id != schema.APPLICATION_ID:
            msg = (
                f"{path} is not a claimtrack store: it is a SQLite database of another "
                f"application (application_id {header.application_id:#010x})"
            )
            raise NotAClaimtrackDatabaseError(msg)
        if header.truncated:
            msg = f"{path} is a corrupt claimtrack store: the file is shorter than its header says"
            raise NotAClaimtrackDatabaseError(msg)
        if header.user_version > schema.SCHEMA_VERSION:
            raise self._newer(header.user_version)
        if not self.readonly and not os.access(path, os.W_OK):
            msg = (
                f"cannot write the store {path}: the file is read-only (open it with readonly=True)"
            )
            raise ReadOnlyStoreError(msg)
        return False

    def _newer(self, version: int) -> SchemaVersionError:
        msg = (
            f"{self._where} is a claimtrack store of schema version {version}, newer than "
            f"this claimtrack reads ({schema.SCHEMA_VERSION}); upgrade claimtrack to open it"
        )
        return SchemaVersionError(msg)

    def _setup(self, new: bool) -> None:
        conn = self._conn
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            (application_id,) = conn.execute("PRAGMA application_id").fetchone()
            (version,) = conn.execute("PRAGMA user_version").fetchone()
            (tables,) = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error as exc:
            msg = f"{self._where} cannot be read as a claimtrack store: {exc}"
            raise NotAClaimtrackDatabaseError(msg) from None
        blank = application_id == 0 and version == 0 and tables == 0
        if not blank and application_id != schema.APPLICATION_ID:
            msg = f"{self._where} is not a claimtrack store: application_id {application_id:#010x}"
            raise NotAClaimtrackDatabaseError(msg)
        if version > schema.SCHEMA_VERSION:
            raise self._newer(version)
        if blank and not new:  # pragma: no cover - _check_file refuses these first
            msg = f"{self._where} is not a claimtrack store"
            raise NotAClaimtrackDatabaseError(msg)
        if version < schema.SCHEMA_VERSION:
            if self.readonly:
                msg = (
                    f"{self._where} is a claimtrack store of schema version {version}; open it "
                    f"once without readonly=True to migrate it to version {schema.SCHEMA_VERSION}"
                )
                raise SchemaVersionError(msg)
            # Created or migrated in rollback-journal mode, so that the application id
            # reaches the main file at once (a header read sees it); WAL comes after.
            self._write(schema.migrate, "migrate")
        if not self.readonly and self.path is not None:
            self._retry(lambda: conn.execute("PRAGMA journal_mode = WAL").fetchone(), "open")

    # ------------------------------------------------------------------ plumbing

    def _error(self, exc: sqlite3.Error, what: str) -> StoreError:
        text = str(exc)
        lowered = text.lower()
        if "readonly" in lowered or "read-only" in lowered:
            msg = f"cannot {what}: the store {self._where} is read-only ({text})"
            return ReadOnlyStoreError(msg)
        if "not a database" in lowered or "malformed" in lowered:
            msg = f"cannot {what}: {self._where} is corrupt or not a claimtrack store ({text})"
            return NotAClaimtrackDatabaseError(msg)
        if "closed" in lowered:
            msg = f"cannot {what}: the store {self._where} is closed"
            return StoreError(msg)
        msg = f"cannot {what} in the store {self._where}: {text}"
        return StoreError(msg)

    def _retry(self, action: Callable[[], T], what: str) -> T:
        """Run *action*, retrying with backoff while another process holds a lock."""
        deadline = time.monotonic() + max(self.timeout, 0.1)
        delay = 0.005
        for attempt in range(_MAX_RETRIES + 1):
            try:
                with self._lock:
                    return action()
            except sqlite3.OperationalError as exc:
                if not _is_busy(exc) or attempt == _MAX_RETRIES or time.monotonic() > deadline:
                    raise self._error(exc, what) from None
            except sqlite3.Error as exc:
                raise self._error(exc, what) from None
            time.sleep(delay * (1 + random.random()))
            delay = min(delay * 2, 1.0)
        raise AssertionError("unreachable")  # pragma: no cover

    def _write(self, work: Callable[[sqlite3.Connection], T], what: str) -> T:
        """Run *work* in one write transaction; roll it back (and only it) on any error."""
        if self.readonly:
            msg = f"cannot {what}: the store {self._where} was opened read-only"
            raise ReadOnlyStoreError(msg)

        def transaction() -> T:
            conn = self._conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                result = work(conn)
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    # The error that stopped the work matters more than a failed rollback
                    # (SQLite rolls back on its own when the connection closes).
                    with contextlib.suppress(sqlite3.Error):
                        conn.execute("ROLLBACK")
                raise
            return result

        return self._retry(transaction, what)

    def _read(self, what: str, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        try:
            with self._lock:
                return self._conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise self._error(exc, what) from None

    def _iterate(self, what: str, sql: str, params: Sequence[Any] = ()) -> Iterator[Any]:
        try:
            with self._lock:
                cursor = self._conn.execute(sql, params)
            while True:
                with self._lock:
                    rows = cursor.fetchmany(_CHUNK)
                if not rows:
                    return
                yield from rows
        except sqlite3.Error as exc:
            raise self._error(exc, what) from None

    # ------------------------------------------------------------------ context

    def close(self) -> None:
        """
        Close the store; closing twice is harmless.
        """
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        mode = ", readonly=True" if self.readonly else ""
        return f"Store({self._where!r}{mode})"

    # ------------------------------------------------------------------ documents

    @staticmethod
    def _insert(conn: sqlite3.Connection, rows: _Rows, added: str) -> bool:
        cursor = conn.execute(
            "INSERT OR IGNORE INTO documents (id, published, publisher, url, json, added) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (*rows.document, added),
        )
        if cursor.rowcount == 0:
            return False
        document = cursor.lastrowid
        for values, figures in rows.claims:
            claim = conn.execute(
                "INSERT INTO claims (id, document, position, day, place, speaker, organization) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (values[0], document, *values[1:]),
            ).lastrowid
            if figures:
                conn.executemany(
                    "INSERT INTO figures (claim, position, metric, low, high, value) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    [(claim, *figure) for figure in figures],
                )
        conn.executemany("INSERT OR IGNORE INTO entities (name, kind) VALUES (?, ?)", rows.entities)
        return True

    def add(self, document: Document) -> bool:
        """
        Store *document* with all its claims in one transaction.

        Returns:
            True when stored, False when the same document was already there (adding a
            document again is a no-op).

        Raises:
            DuplicateSourceError: A different document is stored under its source id, or
                one of its claim ids under another source (the store is unchanged).
            ReadOnlyStoreError: The store was opened read-only.
        """
        rows = _Rows(document)
        added = _now().isoformat()

        def work(conn: sqlite3.Connection) -> bool:
            return _check(conn, rows, self._where) and self._insert(conn, rows, added)

        return self._write(work, f"add {rows.id!r}")

    def add_many(
        self, documents: Iterable[Document], *, progress: bool = False, batch_size: int = 500
    ) -> int:
        """
        Store many documents in order, *batch_size* per transaction; return how many were
        new (the same document again is skipped, as by `add`).

        add_many stops at the first document it refuses (not a `Document`, or a
        `DuplicateSourceError`): every document before it is stored, it and those after
        it are not, and the error names its position in *documents* (also
        `DuplicateSourceError.position`; `.stored` says how many new documents were
        stored before it), so the rest can be added after it. Should
        SQLite fail (a full disk), the batch being written is rolled back whole and the
        batches before it stay stored.

        Raises:
            DuplicateSourceError: A document conflicts with a stored one, or with an
                earlier one of *documents*.
            StoreError: An item is not a `Document`, or the store cannot be written.
        """
        if batch_size < 1:
            msg = f"batch_size must be at least 1, got {batch_size}"
            raise StoreError(msg)
        total = len(documents) if isinstance(documents, Sequence) else None
        stored = 0
        with contextlib.ExitStack() as stack:
            advance: Callable[[int], None] = lambda _: None  # noqa: E731
            if progress:
                from rich.progress import Progress

                bar = stack.enter_context(Progress(transient=True))
                task = bar.add_task("storing documents", total=total)
                advance = lambda n: bar.advance(task, n)  # noqa: E731
            batch: list[_Rows] = []
            start = 0
            for position, document in enumerate(documents):
                if not isinstance(document, Document):
                    stored += self._add_batch(batch, start, stored)  # type: ignore[unreachable]
                    msg = (
                        f"Store.add_many takes Documents, got a {type(document).__name__} at "
                        f"position {position}; the documents before it are stored, it and "
                        "those after it are not"
                    )
                    raise StoreError(msg)
                batch.append(_Rows(document))
                if len(batch) >= batch_size:
                    stored += self._add_batch(batch, start, stored)
                    advance(len(batch))
                    start += len(batch)
                    batch = []
            if batch:
                stored += self._add_batch(batch, start, stored)
                advance(len(batch))
        return stored

    def _add_batch(self, batch: list[_Rows], start: int, before: int) -> int:
        """
        Store one batch of add_many (its first document at *start*, *before* new ones
        stored by earlier batches) in one transaction. A refused document ends the batch:
        the ones before it are committed, then the error is raised.
        """
        if not batch:
            return 0
        added = _now().isoformat()

        def work(conn: sqlite3.Connection) -> tuple[int, int, DuplicateSourceError | None]:
            stored = 0
            for offset, rows in enumerate(batch):
                try:
                    new = _check(conn, rows, self._where)
                except DuplicateSourceError as exc:
                    return stored, offset, exc
                if new:
                    stored += self._insert(conn, rows, added)
            return stored, len(batch), None

        stored, offset, refused = self._write(work, f"add {len(batch)} documents")
        if refused is not None:
            position = start + offset
            msg = (
                f"add_many refused the document at position {position}: {refused}; the "
                f"documents before it are stored ({before + stored} new), it and those after "
                "it are not"
            )
            error = _duplicate(msg, batch[offset].id)
            error.position = position
            error.stored = before + stored
            raise error from None
        return stored

    def documents(self) -> Iterator[Document]:
        """
        Yield every stored document, in the order they were added.
        """
        for (text,) in self._iterate("list documents", "SELECT json FROM documents ORDER BY seq"):
            yield from_json(text, Document)

    def document(self, source_id: str) -> Document:
        """
        Return the stored document of the source *source_id*.

        Raises:
            UnknownDocumentError: No such document is stored (a `StoreError`).
        """
        rows = self._read(
            "read a document", "SELECT json FROM documents WHERE id = ?", (source_id,)
        )
        if not rows:
            msg = f"no document with source id {source_id!r} in the store {self._where}"
            raise UnknownDocumentError(msg)
        return from_json(rows[0][0], Document)

    # ------------------------------------------------------------------ claims

    def _filters(
        self,
        *,
        speaker: str | None,
        organization: str | None,
        place: str | None,
        metric: str | None,
        since: object,
        until: object,
        min_value: float | None,
    ) -> tuple[list[str], list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        for column, name in (("speaker", speaker), ("organization", organization)):
            if name is not None:
                names = sorted(self._group(name))
                clauses.append(f"c.{column} IN ({', '.join('?' * len(names))})")
                params.extend(names)
        if place is not None:
            clauses.append("c.place = ?")
            params.append(schema.place_key(place))
        if since is not None:
            clauses.append("c.day >= ?")
            params.append(to_date(since).isoformat())
        if until is not None:
            clauses.append("c.day <= ?")
            params.append(to_date(until).isoformat())
        if metric is not None or min_value is not None:
            figure = ["f.claim = c.seq"]
            if metric is not None:
                figure.append("f.metric = ?")
                params.append(schema.metric_key(metric))
            if min_value is not None:
                # As the graph: the figure's floor (its low, else its value) reaches it.
                figure.append("coalesce(f.low, f.value) >= ?")
                params.append(min_value)
            clauses.append(f"EXISTS (SELECT 1 FROM figures AS f WHERE {' AND '.join(figure)})")
        return clauses, params

    def _claims(self, clauses: list[str], params: list[Any], what: str) -> list[Claim]:
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self._read(
            what, f"SELECT c.document, c.position FROM claims AS c {where} ORDER BY c.seq", params
        )
        documents = self._load([document for document, _ in rows])
        return [documents[document].claims[position] for document, position in rows]

    def _load(self, seqs: Iterable[int]) -> dict[int, Document]:
        wanted = sorted(set(seqs))
        loaded: dict[int, Document] = {}
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            for seq, text in self._read(
                "read documents",
                f"SELECT seq, json FROM documents WHERE seq IN ({', '.join('?' * len(chunk))})",
                chunk,
            ):
                loaded[seq] = from_json(text, Document)
        return loaded

    def claims(
        self,
        *,
        speaker: str | None = None,
        organization: str | None = None,
        place: str | None = None,
        metric: str | None = None,
        since: object = None,
        until: object = None,
        min_value: float | None = None,
    ) -> list[Claim]:
        """
        Return the stored claims that pass every filter given, in the order they were
        added.

        Args:
            speaker: Said by this person or organization (any letter case), or by a name
                merged with it.
            organization: Speaking for this organization (or a name merged with it).
            place: About this place, compared in the graph's folded form ("Kharkiv
                city", "the KHARKIV" and "Kharkov" are one); places inside it are not
                searched (the graph's filter does that).
            metric: With a figure of this metric ("dead" and "death toll" are
                "killed").
            since: Said (else published) on or after this day.
            until: Said (else published) on or before this day.
            min_value: With a figure (of *metric*, when given) whose low (else its
                value) is at least this.
        """
        clauses, params = self._filters(
            speaker=speaker,
            organization=organization,
            place=place,
            metric=metric,
            since=since,
            until=until,
            min_value=min_value,
        )
        return self._claims(clauses, params, "list claims")

    def unverified(
        self,
        *,
        speaker: str | None = None,
        organization: str | None = None,
        place: str | None = None,
        metric: str | None = None,
        since: object = None,
        until: object = None,
        min_value: float | None = None,
    ) -> list[Claim]:
        """
        Return the claims that stand unverified: no assessment, and a cached status of
        `"unverified"`.

        The status cache says `"unverified"` for every claim until `save_relations`
        stores the statuses a `ClaimGraph` derives; save them again after adding
        documents for an up-to-date answer. Filters are those of `claims`.
        """
        clauses, params = self._filters(
            speaker=speaker,
            organization=organization,
            place=place,
            metric=metric,
            since=since,
            until=until,
            min_value=min_value,
        )
        clauses += ["c.status = ?", "c.verdict IS NULL"]
        params.append(UNVERIFIED)
        return self._claims(clauses, params, "list unverified claims")

    def claim(self, claim_id: str) -> Claim:
        """
        Return the claim *claim_id* (the first stored, should a store written before
        claimtrack refused shared claim ids hold one under two sources).

        Raises:
            UnknownClaimError: No such claim is stored.
        """
        found = self._claims(["c.id = ?"], [claim_id], "read a claim")
        if not found:
            msg = f"no claim with id {claim_id!r} in the store {self._where}"
            raise UnknownClaimError(msg)
        return found[0]

    def count(self) -> dict[str, int]:
        """
        Return how many documents, claims, figures, entities, assessments in force,
        history entries and cached relations the store holds.

        Examples:
            >>> Store().count()["claims"]
            0
        """
        (row,) = self._read(
            "count",
            "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM claims), "
            "(SELECT count(*) FROM figures), (SELECT count(*) FROM entities), "
            "(SELECT count(*) FROM claims WHERE verdict IS NOT NULL), "
            "(SELECT count(*) FROM history), (SELECT count(*) FROM relations)",
        )
        keys = (
            "documents",
            "claims",
            "figures",
            "entities",
            "assessed",
            "history",
            "relations",
        )
        return dict(zip(keys, row, strict=True))

    # ------------------------------------------------------------------ history

    def _record(self, conn: sqlite3.Connection, entry: HistoryEntry) -> int:
        cursor = conn.execute(
            "INSERT INTO history (at, by, action, target, other, note, undoes, data) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                entry.at.isoformat(),
                entry.by,
                entry.action.value,
                entry.target,
                entry.other,
                entry.note,
                entry.undoes,
                None if entry.assessment is None else to_json(entry.assessment),
            ),
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    @staticmethod
    def _entry(row: Sequence[Any]) -> HistoryEntry:
        seq, at, by, action, target, other, note, undoes, data = row
        assessment = None if data is None else from_json(data, Assessment)
        return HistoryEntry(seq, at, by, action, target, other, note, undoes, assessment)

    def history(self, target: str | None = None) -> list[HistoryEntry]:
        """
        Return the decision history, oldest first: who assessed, undid, merged or split
        what, when and why.

        Args:
            target: Only entries about this claim id or entity name.
        """
        sql = "SELECT seq, at, by, action, target, other, note, undoes, data FROM history"
        params: tuple[str, ...] = ()
        if target is not None:
            sql += " WHERE target = ?"
            params = (target,)
        return [
            self._entry(row) for row in self._read("read history", sql + " ORDER BY seq", params)
        ]

    def _require_claim(self, conn: sqlite3.Connection, claim_id: str) -> None:
        if (
            conn.execute("SELECT 1 FROM claims WHERE id = ? LIMIT 1", (claim_id,)).fetchone()
            is None
        ):
            msg = f"no claim with id {claim_id!r} in the store {self._where}"
            raise UnknownClaimError(msg)

    def assess(
        self,
        claim_id: str,
        verdict: Verdict | str,
        *,
        by: str,
        note: str = "",
        on: object = None,
        reliability: str | None = None,
        credibility: int | None = None,
    ) -> Assessment:
        """
        Record a person's verdict on a claim; it overrides the claim's derived status.

        Args:
            claim_id: The claim assessed.
            verdict: verified, false, misleading or retracted.
            by: Who assesses.
            note: Why.
            on: When (default: now).
            reliability: Admiralty source reliability, A to F.
            credibility: Admiralty information credibility, 1 to 6.

        Raises:
            UnknownClaimError: No such claim is stored.
        """
        assessment = Assessment(
            claim_id,
            Verdict(verdict),
            by=by,
            on=_now() if on is None else on,
            note=note,
            reliability=reliability,
            credibility=credibility,
        )
        entry = HistoryEntry(
            0, _now(), by, Action.ASSESS, claim_id, note=note, assessment=assessment
        )

        def work(conn: sqlite3.Connection) -> None:
            self._require_claim(conn, claim_id)
            self._record(conn, entry)
            schema.refresh_verdicts(conn, claim_id)

        self._write(work, f"assess {claim_id!r}")
        return assessment

    def _in_force(self, claim_id: str) -> list[tuple[int, Assessment]]:
        """The assessments not undone, in the graph's order: the deciding one last."""
        try:
            with self._lock:
                rows = schema.newest_first(schema._in_force(self._conn, claim_id))
        except sqlite3.Error as exc:
            raise self._error(exc, "read assessments") from None
        return [(seq, from_json(data, Assessment)) for seq, _, data in reversed(rows)]

    def assessments(self, claim_id: str) -> list[Assessment]:
        """
        Return the assessments of a claim still in force (not undone), oldest first by
        `on` (then by when they were recorded); the last one decides the claim's verdict,
        as in the graph.
        """
        return [assessment for _, assessment in self._in_force(claim_id)]

    def undo_assessment(self, claim_id: str, *, by: str, note: str = "") -> Assessment:
        """
        Take back the deciding assessment of a claim (the last of `assessments`), and
        return it.

        History is append-only: the undo is a new entry, and the assessment it undoes
        stays on record.

        Raises:
            StoreError: The claim has no assessment in force.
        """

        def work(conn: sqlite3.Connection) -> Assessment:
            in_force = self._in_force(claim_id)
            if not in_force:
                msg = f"claim {claim_id!r} has no assessment to undo in the store {self._where}"
                raise StoreError(msg)
            seq, assessment = in_force[-1]
            self._record(
                conn,
                HistoryEntry(
                    0, _now(), by, Action.UNDO_ASSESSMENT, claim_id, note=note, undoes=seq
                ),
            )
            schema.refresh_verdicts(conn, claim_id)
            return assessment

        return self._write(work, f"undo the assessment of {claim_id!r}")

    # ------------------------------------------------------------------ entities

    def _require_entity(self, conn: sqlite3.Connection, name: str) -> None:
        if conn.execute("SELECT 1 FROM entities WHERE name = ?", (name,)).fetchone() is None:
            msg = f"no person or organization named {name!r} in the store {self._where}"
            raise UnknownEntityError(msg)

    def _merges(self) -> list[tuple[str, str]]:
        """The merges in force, oldest first: every merge not taken back by a split."""
        pairs: list[tuple[str, str]] = []
        for action, target, other in self._read(
            "read merges",
            "SELECT action, target, other FROM history WHERE action IN (?, ?) ORDER BY seq",
            (Action.MERGE.value, Action.SPLIT.value),
        ):
            if action == Action.MERGE.value:
                pairs.append((target, other))
            else:
                key = target.casefold()
                pairs = [p for p in pairs if key not in (p[0].casefold(), p[1].casefold())]
        return pairs

    def _group(self, name: str) -> set[str]:
        """*name* and every name merged with it, directly or through others."""
        group = {name}
        keys = {name.casefold()}
        pairs = self._merges()
        grown = True
        while grown:
            grown = False
            for a, b in pairs:
                if (a.casefold() in keys) != (b.casefold() in keys):
                    group |= {a, b}
                    keys |= {a.casefold(), b.casefold()}
                    grown = True
        return group

    def canonical(self, name: str) -> str:
        """
        Return the canonical name of a person or organization: the first name of the
        earliest merge in force that reaches it, else the name itself.
        """
        keys = {n.casefold() for n in self._group(name)}
        for a, b in self._merges():
            if a.casefold() in keys or b.casefold() in keys:
                return a
        return name

    def merge(self, name_a: str, name_b: str, *, by: str, note: str = "") -> HistoryEntry:
        """
        Record that two names are the same person or organization (*name_a* is kept as
        the canonical name); speaker and organization filters then find both.

        Raises:
            UnknownEntityError: A name is not stored.
        """

        def work(conn: sqlite3.Connection) -> int:
            self._require_entity(conn, name_a)
            self._require_entity(conn, name_b)
            return self._record(
                conn, HistoryEntry(0, _now(), by, Action.MERGE, name_a, other=name_b, note=note)
            )

        return self._entry_at(self._write(work, f"merge {name_a!r} and {name_b!r}"))

    def split(self, name: str, *, by: str, note: str = "") -> HistoryEntry:
        """
        Take back every merge in force that involves *name*, making it its own entity
        again.

        Raises:
            UnknownEntityError: The name is not stored.
        """

        def work(conn: sqlite3.Connection) -> int:
            self._require_entity(conn, name)
            return self._record(conn, HistoryEntry(0, _now(), by, Action.SPLIT, name, note=note))

        return self._entry_at(self._write(work, f"split {name!r}"))

    def _entry_at(self, seq: int) -> HistoryEntry:
        (row,) = self._read(
            "read history",
            "SELECT seq, at, by, action, target, other, note, undoes, data FROM history "
            "WHERE seq = ?",
            (seq,),
        )
        return self._entry(row)

    # ------------------------------------------------------------------ graph

    def graph(self, progress: bool = False) -> ClaimGraph:
        """
        Build a `ClaimGraph` of the stored documents and replay the history into it:
        merges and splits in order, and the assessments still in force.

        The graph is derived, never stored as truth; call `save_relations` to cache its
        relations and statuses in the store.

        Args:
            progress: Show progress on standard error while adding the documents and
                linking them (which then happens here rather than on the first query).

        Warns:
            UserWarning: When stored documents cannot join the graph (a store written
                before claim ids were checked may hold two sources sharing a claim id):
                they are left out of the graph, named in the warning, and stay stored.
        """
        from claimtrack.graph import ClaimGraph

        graph = ClaimGraph()
        refused: list[GraphError] = []  # the graph unchanged by each; the others go in
        graph.add_many(self.documents(), progress=progress, errors=refused)
        if refused:
            more = f"; and {len(refused) - 3} more" if len(refused) > 3 else ""
            shown = "; ".join(str(exc) for exc in refused[:3])
            msg = (
                f"store.graph() left out {len(refused)} stored document(s) that the graph "
                f"cannot hold (they stay stored): {shown}{more}"
            )
            warnings.warn(msg, UserWarning, stacklevel=2)
        history = self.history()
        undone = {entry.undoes for entry in history if entry.undoes is not None}
        for entry in history:
            if entry.action is Action.MERGE and entry.other is not None:
                graph.merge(entry.target, entry.other, by=entry.by, note=entry.note, on=entry.at)
            elif entry.action is Action.SPLIT:
                graph.split(entry.target, by=entry.by, note=entry.note, on=entry.at)
            elif entry.action is Action.ASSESS and entry.seq not in undone:
                assert entry.assessment is not None
                graph.add_assessment(entry.assessment)
        if progress:
            graph.link(progress=True)
        return graph

    def save_relations(self, graph: ClaimGraph) -> int:
        """
        Cache a graph's relations and the status it derives for every claim; return how
        many relations were saved. Replaces what was cached before.
        """
        graph.link()
        links = list(graph.relations())
        statuses = [
            (str(getattr(status, "value", status)), claim.id)
            for claim in graph.claims()
            for status in [graph.status(claim)]
        ]
        rows = [(link.a, link.b, link.kind.value, to_json(link)) for link in links]

        def work(conn: sqlite3.Connection) -> int:
            conn.execute("DELETE FROM relations")
            conn.executemany("INSERT INTO relations (a, b, kind, json) VALUES (?, ?, ?, ?)", rows)
            conn.execute("UPDATE claims SET status = ?", (UNVERIFIED,))
            conn.executemany("UPDATE claims SET status = ? WHERE id = ?", statuses)
            return len(rows)

        return self._write(work, "save relations")

    def relations(self, kind: Relation | str | None = None) -> list[Link]:
        """
        Return the cached relations (of one kind, when given).
        """
        if kind is None:
            rows = self._read("read relations", "SELECT json FROM relations ORDER BY seq")
        else:
            rows = self._read(
                "read relations",
                "SELECT json FROM relations WHERE kind = ? ORDER BY seq",
                (Relation(kind).value,),
            )
        return [from_json(text, Link) for (text,) in rows]

    def statuses(self) -> Iterator[ClaimStatus]:
        """
        Yield the cached status of every claim whose status is not the default
        `"unverified"`.
        """
        for claim_id, status in self._iterate(
            "read statuses",
            "SELECT DISTINCT id, status FROM claims WHERE status != ? ORDER BY id",
            (UNVERIFIED,),
        ):
            yield ClaimStatus(claim_id, status)

    # ------------------------------------------------------------------ interchange

    def export_jsonl(self, path: str | os.PathLike[str]) -> int:
        """
        Write the whole store as JSON Lines (see `claimtrack.store.jsonl`); return how
        many lines were written.
        """
        from claimtrack.store.jsonl import export_jsonl

        return export_jsonl(self, path)

    def import_jsonl(self, path: str | os.PathLike[str]) -> dict[str, int]:
        """
        Read a store's JSON Lines export into this store; return how many documents,
        history entries, relations and statuses were new.
        """
        from claimtrack.store.jsonl import import_jsonl

        return import_jsonl(self, path)

    def _precheck(
        self,
        documents: Iterable[tuple[int, Document]],
        label: Callable[[int], str],
        fetch: Callable[[int], Document],
    ) -> None:
        """
        Refuse, before anything is written, documents to import that conflict with the
        store or with an earlier one of them.

        Args:
            documents: The documents, each with its record number.
            label: Names a record number in messages ("claims.jsonl record 3").
            fetch: Reads back the document of an earlier record number (only called when
                two records share a source id but not their canonical JSON).

        Only the ids and a digest of each document are kept, in a private temporary
        database on disk, so memory stays bounded however many there are.

        Raises:
            DuplicateSourceError: Naming the record of the document refused.
        """
        scratch = sqlite3.connect("")  # "": a temporary database, deleted when closed
        try:
            scratch.execute(
                "CREATE TABLE documents (id TEXT PRIMARY KEY, number INTEGER, digest BLOB)"
            )
            scratch.execute(
                "CREATE TABLE claims (id TEXT PRIMARY KEY, source TEXT, number INTEGER)"
            )
            for number, document in documents:
                rows = _Rows(document)
                try:
                    with self._lock:
                        new = _check(self._conn, rows, self._where)
                except DuplicateSourceError as exc:
                    raise _duplicate(f"{label(number)}: {exc}", rows.id) from None
                except sqlite3.Error as exc:
                    raise self._error(exc, "check the documents to import") from None
                if new:
                    _check_earlier(scratch, rows, number, label, fetch)
        finally:
            scratch.close()

    def _import(
        self,
        entries: Sequence[HistoryEntry],
        links: Sequence[Link],
        statuses: Sequence[ClaimStatus],
    ) -> dict[str, int]:
        """Append imported history, relations and statuses in one transaction."""

        def work(conn: sqlite3.Connection) -> dict[str, int]:
            seqs: dict[int, int] = {}
            new_entries = 0
            for entry in entries:
                undoes = None
                if entry.undoes is not None:
                    if entry.undoes not in seqs:
                        msg = f"history entry {entry.seq} undoes entry {entry.undoes}, which is not before it"
                        raise StoreError(msg)
                    undoes = seqs[entry.undoes]
                found = conn.execute(
                    "SELECT seq FROM history WHERE at = ? AND by = ? AND action = ? AND "
                    "target = ? AND other IS ? AND note = ? AND undoes IS ?",
                    (
                        entry.at.isoformat(),
                        entry.by,
                        entry.action.value,
                        entry.target,
                        entry.other,
                        entry.note,
                        undoes,
                    ),
                ).fetchone()
                if found is not None:
                    seqs[entry.seq] = found[0]
                    continue
                seqs[entry.seq] = self._record(conn, _evolve_undoes(entry, undoes))
                new_entries += 1
            schema.refresh_verdicts(conn)
            known = {text for (text,) in conn.execute("SELECT json FROM relations")}
            rows = [
                (link.a, link.b, link.kind.value, text)
                for link in links
                if (text := to_json(link)) not in known
            ]
            conn.executemany("INSERT INTO relations (a, b, kind, json) VALUES (?, ?, ?, ?)", rows)
            changed = 0
            for status in statuses:
                changed += conn.execute(
                    "UPDATE claims SET status = ? WHERE id = ? AND status != ?",
                    (status.status, status.claim_id, status.status),
                ).rowcount
            return {"history": new_entries, "relations": len(rows), "statuses": changed}

        return self._write(work, "import history")

    # ------------------------------------------------------------------ backups

    def backup(self, path: str | os.PathLike[str]) -> Path:
        """
        Copy the store, consistent as of one moment, to *path* with SQLite's online
        backup API; readers and writers may go on meanwhile. Returns the backup's path.

        Raises:
            StoreError: *path* exists and is not a claimtrack store (it is not
                overwritten), or cannot be written.
        """
        target = Path(path).expanduser().absolute()
        if self.path is not None and target == self.path:
            msg = f"cannot back up {self._where} onto itself"
            raise StoreError(msg)
        if target.exists() and target.stat().st_size > 0:
            Store(target, readonly=True).close()  # refuses anything but a claimtrack store
        Store._check_parent(target)
        try:
            destination = sqlite3.connect(target)
            try:
                with self._lock:
                    self._conn.backup(destination)
            finally:
                destination.close()
        except sqlite3.Error as exc:
            raise self._error(exc, f"back up to {target}") from None
        return target

    @staticmethod
    def _check_parent(path: Path) -> None:
        parent = path.parent
        if not parent.is_dir() or not os.access(parent, os.W_OK | os.X_OK):
            msg = f"cannot write {path}: {parent} is not a writable folder"
            raise ReadOnlyStoreError(msg)


def _evolve_undoes(entry: HistoryEntry, undoes: int | None) -> HistoryEntry:
    return attrs.evolve(entry, undoes=undoes)
