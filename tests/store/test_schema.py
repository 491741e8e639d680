"""
Tests for the store schema: versions, migrations and the header read without opening.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from claimtrack import Assessment, SchemaVersionError, Verdict, to_json
from claimtrack.store import Action, Store
from claimtrack.store.schema import (
    APPLICATION_ID,
    MIGRATIONS,
    SCHEMA_VERSION,
    Header,
    migrate,
    read_header,
)
from tests.store.helpers import article


def _version_1_store(path: Path) -> None:
    """Write a store the way claimtrack wrote schema version 1: one assessed document."""
    document = article(4)
    claim = document.claims[0]
    assessment = Assessment(claim.id, Verdict.FALSE, by="desk", on="2023-06-08T10:00:00Z")
    conn = sqlite3.connect(path)
    conn.execute("BEGIN")
    assert 0 == migrate(conn, target=1)
    conn.execute(
        "INSERT INTO documents (id, published, publisher, url, added, json) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (document.id, None, None, None, "2023-06-08T09:00:00+00:00", to_json(document)),
    )
    for position, c in enumerate(document.claims):
        conn.execute(
            "INSERT INTO claims (id, document, position, day, place, speaker, organization) "
            "VALUES (?, 1, ?, ?, ?, ?, ?)",
            (c.id, position, "2023-06-07", c.place, c.attribution.speaker_name, None),
        )
    conn.execute(
        "INSERT INTO history (at, by, action, target, note, data) VALUES (?, ?, ?, ?, ?, ?)",
        ("2023-06-08T10:00:00+00:00", "desk", "assess", claim.id, "", to_json(assessment)),
    )
    conn.execute("COMMIT")
    conn.close()


class TestMigrate:
    def test_new_database_runs_every_migration(self) -> None:
        """A blank database is brought to the current version with our application id."""
        conn = sqlite3.connect(":memory:")
        assert 0 == migrate(conn)
        assert (SCHEMA_VERSION, APPLICATION_ID) == (
            conn.execute("PRAGMA user_version").fetchone()[0],
            conn.execute("PRAGMA application_id").fetchone()[0],
        )
        assert len(MIGRATIONS) == SCHEMA_VERSION

    def test_version_1_store_is_migrated(self, tmp_path: Path) -> None:
        """Opening a version 1 store migrates it and keeps its documents and verdicts."""
        path = tmp_path / "old.db"
        _version_1_store(path)
        assert 1 == read_header(path).user_version
        with Store(path) as store:
            assert SCHEMA_VERSION == store._conn.execute("PRAGMA user_version").fetchone()[0]
            assert [article(4)] == list(store.documents())
            claim = article(4).claims[0]
            assert [Verdict.FALSE] == [a.verdict for a in store.assessments(claim.id)]
            assert claim not in store.unverified()
            assert 2 == len(store.unverified())
            assert [Action.ASSESS] == [e.action for e in store.history()]
            store.add(article(5))
            assert 6 == store.count()["claims"]

    def test_old_store_read_only_is_refused(self, tmp_path: Path) -> None:
        """A version 1 store opened read-only asks to be opened writable once."""
        path = tmp_path / "old.db"
        _version_1_store(path)
        before = path.read_bytes()
        with pytest.raises(SchemaVersionError, match="without readonly=True"):
            Store(path, readonly=True)
        assert before == path.read_bytes()


class TestHeader:
    def test_header_of_a_store(self, tmp_path: Path) -> None:
        """The file header of a new store names claimtrack and the schema version."""
        path = tmp_path / "claims.db"
        Store(path).close()
        header = read_header(path)
        assert (True, APPLICATION_ID, SCHEMA_VERSION, False) == (
            header.is_sqlite,
            header.application_id,
            header.user_version,
            header.truncated,
        )

    def test_short_garbage(self) -> None:
        """Fewer than 100 bytes are not a SQLite header."""
        assert not Header(b"SQLite format 3\x00").is_sqlite
