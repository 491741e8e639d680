"""
The claim store's SQLite schema and its forward migrations.

The schema version lives in `PRAGMA user_version`; `PRAGMA application_id` holds
`APPLICATION_ID` so that a foreign SQLite file is told apart from a claimtrack store
without being touched. `MIGRATIONS[n]` takes a database at version *n* to version
*n + 1*; a new store runs them all, so the path an old store takes to the current
version is the path every new store has already taken.

Tables (version 2):

- `documents`: one row per `Document`, its canonical JSON (`claimtrack.serialize`)
  plus the few columns queries need.
- `claims`: one row per claim, pointing into its document, with denormalised indexed
  columns for filtering (`day`, `place` in its comparable form, `speaker`,
  `organization`) and two caches:
  `status` (the graph's derived status, filled by `Store.save_relations`) and `verdict`
  (of the deciding assessment not undone, kept up to date from `history`).
- `figures`: one row per figure of a claim (`metric` in its comparable form, `low`,
  `high`, `value`).
- `entities`: the distinct names of people and organizations, for merges.
- `history`: the append-only log of decisions (assessments, undos, merges, splits).
- `relations`: a cache of the graph's links, written by `Store.save_relations`.
"""

from __future__ import annotations

import json
import sqlite3
import struct
from collections.abc import Callable
from pathlib import Path

from claimtrack.model import to_datetime

__all__ = [
    "APPLICATION_ID",
    "MIGRATIONS",
    "SCHEMA_NAME",
    "SCHEMA_VERSION",
    "Header",
    "metric_key",
    "migrate",
    "newest_first",
    "place_key",
    "read_header",
    "refill_columns",
    "refresh_verdicts",
]

APPLICATION_ID = 0x436C6D54
"""`PRAGMA application_id` of every claimtrack store: the bytes "ClmT"."""

SCHEMA_NAME = "claimtrack.store"
"""The name a store's JSON Lines export gives its schema."""

_SQLITE_MAGIC = b"SQLite format 3\x00"
_HEADER_SIZE = 100

_V1 = """
CREATE TABLE documents (
    seq       INTEGER PRIMARY KEY,
    id        TEXT NOT NULL UNIQUE,
    published TEXT,
    publisher TEXT,
    url       TEXT,
    added     TEXT NOT NULL,
    json      TEXT NOT NULL
);
CREATE TABLE claims (
    seq          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL,
    document     INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    day          TEXT,
    place        TEXT COLLATE NOCASE,
    speaker      TEXT COLLATE NOCASE,
    organization TEXT COLLATE NOCASE,
    UNIQUE (document, position)
);
CREATE INDEX claims_id ON claims(id);
CREATE INDEX claims_day ON claims(day);
CREATE INDEX claims_speaker ON claims(speaker, day);
CREATE INDEX claims_organization ON claims(organization, day);
CREATE TABLE figures (
    claim    INTEGER NOT NULL REFERENCES claims(seq) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    metric   TEXT COLLATE NOCASE,
    low      REAL,
    high     REAL,
    value    REAL NOT NULL,
    PRIMARY KEY (claim, position)
) WITHOUT ROWID;
CREATE INDEX figures_metric ON figures(metric, value);
CREATE TABLE entities (
    name TEXT NOT NULL COLLATE NOCASE,
    kind TEXT NOT NULL,
    PRIMARY KEY (name, kind)
) WITHOUT ROWID;
CREATE TABLE history (
    seq    INTEGER PRIMARY KEY,
    at     TEXT NOT NULL,
    by     TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    other  TEXT,
    note   TEXT NOT NULL DEFAULT '',
    undoes INTEGER REFERENCES history(seq),
    data   TEXT
);
CREATE INDEX history_target ON history(target, action);
"""

_V2 = """
ALTER TABLE claims ADD COLUMN status TEXT NOT NULL DEFAULT 'unverified';
ALTER TABLE claims ADD COLUMN verdict TEXT;
CREATE INDEX claims_place ON claims(place, day);
CREATE TABLE relations (
    seq  INTEGER PRIMARY KEY,
    a    TEXT NOT NULL,
    b    TEXT NOT NULL,
    kind TEXT NOT NULL,
    json TEXT NOT NULL
);
CREATE INDEX relations_kind ON relations(kind);
"""


def _execute_script(connection: sqlite3.Connection, script: str) -> None:
    # executescript() would COMMIT the caller's transaction; run statement by statement.
    for statement in script.split(";"):
        if statement.strip():
            connection.execute(statement)


def _to_v1(connection: sqlite3.Connection) -> None:
    _execute_script(connection, _V1)


def _to_v2(connection: sqlite3.Connection) -> None:
    _execute_script(connection, _V2)
    refill_columns(connection)
    refresh_verdicts(connection)


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_to_v1, _to_v2)
"""`MIGRATIONS[n]` takes a store at schema version *n* to version *n + 1*."""

SCHEMA_VERSION = len(MIGRATIONS)
"""The schema version this claimtrack writes."""


def migrate(connection: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """
    Bring the database up to schema version *target* inside the caller's transaction.

    Returns the version the database was at before.

    Examples:
        >>> import sqlite3
        >>> db = sqlite3.connect(":memory:")
        >>> migrate(db), db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        (0, True)
    """
    (before,) = connection.execute("PRAGMA user_version").fetchone()
    for version in range(before, target):
        MIGRATIONS[version](connection)
    if before < target:
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.execute(f"PRAGMA user_version = {int(target)}")
    return int(before)


def _in_force(connection: sqlite3.Connection, claim_id: str | None) -> list[tuple[int, str, str]]:
    """(seq, claim id, assessment JSON) of every assessment no undo has taken back."""
    sql = """
        SELECT h.seq, h.target, h.data FROM history AS h
        WHERE h.action = 'assess' {only}
          AND NOT EXISTS (SELECT 1 FROM history AS u
                          WHERE u.action = 'undo_assessment' AND u.undoes = h.seq)
        ORDER BY h.seq
    """
    if claim_id is None:
        return connection.execute(sql.format(only="")).fetchall()
    return connection.execute(sql.format(only="AND h.target = ?"), (claim_id,)).fetchall()


def newest_first(rows: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """
    Order assessment rows as the graph does: the deciding one (latest `on`, then latest
    recorded) first.
    """
    return sorted(
        rows, key=lambda row: (to_datetime(json.loads(row[2])["on"]), row[0]), reverse=True
    )


def refresh_verdicts(connection: sqlite3.Connection, claim_id: str | None = None) -> None:
    """
    Recompute the `claims.verdict` cache from `history`: the verdict of the assessment in
    force (not undone) with the latest `on` (then the latest recorded), as the graph
    decides a claim's status.

    Args:
        connection: An open store connection, in a write transaction.
        claim_id: Refresh this claim only; None refreshes every claim.
    """
    verdicts: dict[str, str] = {}
    for _, target, data in newest_first(_in_force(connection, claim_id)):
        verdicts.setdefault(target, json.loads(data)["verdict"])
    if claim_id is None:
        connection.execute("UPDATE claims SET verdict = NULL WHERE verdict IS NOT NULL")
    else:
        connection.execute("UPDATE claims SET verdict = NULL WHERE id = ?", (claim_id,))
    connection.executemany(
        "UPDATE claims SET verdict = ? WHERE id = ?", [(v, k) for k, v in verdicts.items()]
    )


def place_key(place: str | None) -> str | None:
    """
    Return the comparable form of a place the `claims.place` column holds (the graph's
    `norm_place`: case, "the", "city" and transliteration folded).

    Examples:
        >>> place_key("Kharkiv city") == place_key("the KHARKIV")
        True
    """
    from claimtrack.graph.relations import norm_place

    return None if place is None else norm_place(place)


def metric_key(metric: str | None) -> str | None:
    """
    Return the comparable form of a metric the `figures.metric` column holds (the graph's
    `norm_metric`: "dead" and "death toll" are "killed").

    Examples:
        >>> metric_key("death toll")
        'killed'
    """
    from claimtrack.graph.relations import norm_metric

    return None if metric is None else norm_metric(metric)


def refill_columns(connection: sqlite3.Connection) -> None:
    """
    Re-derive the comparable `claims.place` and `figures.metric` columns from the stored
    documents (version 1 stores held them as written).
    """
    from claimtrack.model import Document
    from claimtrack.serialize import from_json

    for seq, text in connection.execute("SELECT seq, json FROM documents").fetchall():
        document = from_json(text, Document)
        for position, claim in enumerate(document.claims):
            (claim_seq,) = connection.execute(
                "SELECT seq FROM claims WHERE document = ? AND position = ?", (seq, position)
            ).fetchone()
            connection.execute(
                "UPDATE claims SET place = ? WHERE seq = ?", (place_key(claim.place), claim_seq)
            )
            connection.executemany(
                "UPDATE figures SET metric = ? WHERE claim = ? AND position = ?",
                [
                    (metric_key(figure.metric), claim_seq, index)
                    for index, figure in enumerate(claim.figures)
                ],
            )


class Header:
    """
    What the first 100 bytes of a SQLite file say, read without opening it as a database.

    Examples:
        >>> Header(b"not a database").is_sqlite
        False
    """

    def __init__(self, data: bytes, file_size: int | None = None) -> None:
        self.is_sqlite = len(data) >= _HEADER_SIZE and data.startswith(_SQLITE_MAGIC)
        self.application_id = 0
        self.user_version = 0
        self.truncated = False
        if not self.is_sqlite:
            return
        (page_size,) = struct.unpack(">H", data[16:18])
        page_size = 65536 if page_size == 1 else page_size
        (change_counter, pages) = struct.unpack(">II", data[24:32])
        (self.user_version,) = struct.unpack(">I", data[60:64])
        (self.application_id,) = struct.unpack(">I", data[68:72])
        (valid_for,) = struct.unpack(">I", data[92:96])
        # The page count in the header is trustworthy only when it was written by the
        # same change as the change counter (SQLite's own rule).
        if file_size is not None and valid_for == change_counter and pages:
            self.truncated = file_size < pages * page_size


def read_header(path: Path) -> Header:
    """
    Read the SQLite header of the file at *path* without opening it as a database.
    """
    with path.open("rb") as handle:
        data = handle.read(_HEADER_SIZE)
    return Header(data, path.stat().st_size)
